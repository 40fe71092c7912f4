"""One translation, run in a worker process so the daemon's loop never waits.

A job gets a pid and entry RIPs and returns plain data (picklable, and what
the cache stores): the image, the embedded user addresses, the modules the
image spans with the bases it was made for.  Code is read only through
:class:`~ubypass.translator.ProcessSource`, which serves only file-backed,
read-only executable mappings.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ubypass.abi import ExitReason
from ubypass.daemon.modules import ModuleError, Symbols, module_map
from ubypass.translator import NotTranslatable, ProcessSource, translate
from ubypass.translator.region import discover

__all__ = ["WORKER_NICE", "JobResult", "lower_priority", "run_job"]

#: A translation is a bet on the future: it must not take CPU from the
#: programs it is for (a Redis under load has nothing to spare), yet run
#: whenever a CPU has time left.  At nice 10 a worker gets about a tenth
#: of a CPU it shares with a busy nice-0 task (CFS weights 110 and 1024),
#: and all of an idle one.
WORKER_NICE = 10

_symbols = Symbols()
#: Rounds of adding the RIPs after the region's own syscalls as entries, and
#: the region size up to which it is done: in a large region most syscalls
#: are on cold paths (errors, cancellation), and every round translates the
#: whole region again (a 20,000-instruction libc region took 15 s a round
#: under TCG).
_CLOSURE_ROUNDS = 4
_CLOSURE_MAX_INSNS = 2000


def _dead(pid: int) -> bool:
    """Whether ``pid`` has exited (reaped, or a zombie whose memory is gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] in (b"Z", b"X")
    except (OSError, IndexError):
        return True


def lower_priority() -> None:
    """The pool's initializer: each worker runs at ``WORKER_NICE``."""
    os.nice(max(0, WORKER_NICE - os.nice(0)))


@dataclass
class JobResult:
    """What a worker returns: an image, or why there is none (``error``)."""

    pid: int
    entries: list[int]
    error: str = ""
    gone: bool = False  # the error is that the process exited or exec'd
    image: bytes = b""
    addr_relocs: list[tuple[int, int]] = field(default_factory=list)
    modules: list[dict[str, Any]] = field(default_factory=list)
    symbol: str = ""
    insns: int = 0
    ends: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0
    #: the user instructions the image runs: what a fusion must keep of it
    region: list[int] = field(default_factory=list)


def run_job(pid: int, site: int, entries: Sequence[int], max_insns: int,
            fuse: Sequence[tuple[Sequence[int], int, Sequence[int]]] = ()) -> JobResult:
    """Translate ``pid``'s code from ``entries`` (``site`` first); never raises
    for a process that died or code that cannot be translated.

    ``fuse``: the (entries, cap, region) of each image being fused, the
    site's own first; the result runs their code, as one image: each image's
    region (the instructions it ran, :attr:`JobResult.region`; empty if not
    known) and, for the site's own image and any without a region, what its
    entries reach under its cap.  The region matters for a fused image: what
    earlier fusions took in lies beyond its cap from its entries, and was
    lost at every fusion while only the cap counted.  Finding the other
    images' code again from their entries would give their regions back at
    the price of a walk under each one's cap: with Redis's ~30 growths
    (cap 4,000 each) a fusion walked up to ~120,000 instructions again, and
    a fusion that takes minutes under TCG falls behind the growth it is
    to take in."""
    t0 = time.monotonic()
    wanted = sorted(set(entries))
    try:
        source = ProcessSource(pid)
        layout = module_map(pid)
        if not source.segments:  # a zombie's maps are empty: it is exiting
            return JobResult(pid, wanted, "the process exited", gone=True,
                             seconds=time.monotonic() - t0)
        code = [s for s in source.segments if s.code]

        def in_code(rip: int) -> bool:
            return any(s.start <= rip < s.end for s in code)

        usable = [e for e in wanted if in_code(e)]
        if site not in usable:
            return JobResult(pid, wanted, "not in a file-backed read-only executable mapping")
        within: set[int] | None = None
        if fuse:  # the code of the images fused: each region as it was
            within = set()
            for i, (group, cap, known) in enumerate(fuse):
                within |= {rip for rip in known if in_code(rip)}
                if known and i:
                    continue  # found from its entries under its cap already
                region = discover(source, [e for e in group if in_code(e)], cap)
                within |= {rip for rip, n in region.nodes.items() if n.instr is not None}
            max_insns = len(within)
        # The kernel chains a syscall into the next BTC run only where an entry
        # starts; the code after each of the region's syscalls is made one, so a
        # loop of several syscalls chains all of them, not one per round.
        for _ in range(1 if fuse else _CLOSURE_ROUNDS):
            tr = translate(source, usable, max_insns=max_insns, within=within)
            if tr.stats.insns > _CLOSURE_MAX_INSNS:
                break
            after = {rip for rip, reason in tr.exits
                     if reason == ExitReason.SYSCALL and rip not in usable and in_code(rip)}
            if not after:
                break
            usable = sorted(set(usable) | after)
        ran = sorted(tr.original)
        addrs = {v for _, v in tr.addr_relocs} | set(tr.entries) | set(ran)
        addrs |= {rip for rip, _ in tr.exits if rip} | {rip for _, rip, _ in tr.faults}
        mods = {layout.find(a) for a in addrs}
        return JobResult(
            pid, usable, image=tr.image, addr_relocs=list(tr.addr_relocs),
            modules=[asdict(m) for m in sorted(mods, key=lambda m: m.base)],
            symbol=_symbols.name(layout, site), insns=tr.stats.insns, ends=list(tr.ends),
            seconds=time.monotonic() - t0, region=ran)
    except (NotTranslatable, ModuleError, ValueError) as e:
        if _dead(pid):  # it died while being read: that is why reading it failed
            return JobResult(pid, wanted, "the process exited", gone=True,
                             seconds=time.monotonic() - t0)
        return JobResult(pid, wanted, f"cannot translate: {e}", seconds=time.monotonic() - t0)
    except OSError as e:  # exited (ENOENT, ESRCH) or exec'd (EIO on the old mm)
        return JobResult(pid, wanted, f"the process exited or exec'd ({e.strerror or e})",
                         gone=True, seconds=time.monotonic() - t0)
