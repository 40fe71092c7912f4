"""Differential testing: a function run natively and as BTC must agree.

``Differ`` translates live code of this process (with the translator's
``ProcessSource``), grows the region on misses the way the kernel's daemon
will, and runs each call twice from identical memory and registers.  It
compares everything the caller can observe — every GPR, the flags that are
defined there (see ``RETURN_FLAGS``), xmm0, MXCSR, errno, the argument
buffers and the whole stack — and for a native fault requires the BTC run to
have left through FAULT or CHECK at the faulting instruction and then to
fault the same way, with DF and every arithmetic flag that is live at that
instruction equal (the translator leaves dead ones undefined there; a
translator that does not say which are live gets every flag compared).
"""

from __future__ import annotations

import ctypes
import itertools
import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rich.console import Console

from ubypass import abi
from ubypass.hostrt import runner
from ubypass.hostrt.arena import Arena, Call, random_call
from ubypass.hostrt.runner import GPR_NAMES, LoadedImage, RunResult, Status, TraceEntry

__all__ = [
    "CallReport",
    "Differ",
    "Mismatch",
    "Translate",
    "Translated",
    "compare_function",
    "ran_translated",
    "translation_api",
    "translator_api",
]


class Translated(Protocol):
    """An image plus which arithmetic flags are live before each user RIP
    (``ubypass.translator.Translation`` is one)."""

    @property
    def image(self) -> bytes: ...

    def live_flags(self, rip: int) -> int: ...


#: entries -> image bytes, or an image that knows its live flags
Translate = Callable[[Sequence[int]], "bytes | Translated"]
GROWTH_ROUNDS = 16
#: After a return, the SysV ABI defines only DF (clear); the status flags are
#: the callee's scratch, and may even be architecturally undefined (imul's
#: ZF), so a translator may legitimately leave other values there.
RETURN_FLAGS = 0x400
#: At a fault a signal handler sees every user flag -- but those dead at the
#: faulting instruction are undefined after a CHECK exit or fault there, so
#: ``Differ`` narrows this to DF and the live ones (``Translated.live_flags``).
FAULT_FLAGS = abi.UB_USER_FLAGS_MASK
_DF = 0x400


def translator_api() -> Translate:
    """The real translator on this process's live code."""
    from ubypass.translator import translate
    from ubypass.translator.source import ProcessSource

    def run(entries: Sequence[int]) -> bytes:
        image: bytes = translate(ProcessSource(os.getpid()), list(entries)).image
        return image

    return run


def translation_api() -> Callable[[Sequence[int]], Translated]:
    """The real translator on this process's live code, whole translations."""
    from ubypass.translator import translate
    from ubypass.translator.source import ProcessSource

    def run(entries: Sequence[int]) -> Translated:
        return translate(ProcessSource(os.getpid()), list(entries))

    return run


@dataclass(frozen=True)
class Mismatch:
    what: str
    native: str
    btc: str


@dataclass
class CallReport:
    call: Call
    native: RunResult
    btc: RunResult | None
    mismatches: list[Mismatch] = field(default_factory=list)
    skipped: str = ""

    @property
    def translated(self) -> bool:
        return self.btc is not None and ran_translated(self.btc, self.native)


def ran_translated(btc: RunResult, native: RunResult | None = None) -> bool:
    """Did BTC code run all the way: entered at the start, every syscall
    chained back into BTC code, and the end reached from BTC code (the return
    to the landing pad as a MISS, or a FAULT/CHECK at the native fault)?"""
    trace = list(btc.trace)
    if btc.trace_overflow or not trace or not trace[0].is_enter:
        return False
    for prev, cur in itertools.pairwise(trace):
        if prev.reason == abi.ExitReason.SYSCALL and not cur.is_enter:
            return False
        if prev.is_enter and cur.is_enter:
            return False
    last = trace[-1]
    if btc.status == Status.LANDED:
        return last.reason == abi.ExitReason.MISS and last.aux == runner.landing_pad()
    if btc.status == Status.SIGNAL and native is not None:
        return hands_over_at(last, native.regs.rip)
    return False


def hands_over_at(exit_: TraceEntry | None, rip: int) -> bool:
    """Did BTC code hand over exactly where native execution then faults?
    FAULT or CHECK at the faulting instruction, a MISS to a target whose
    fetch faults, or a SYSCALL whose syscall raised the signal (delivered
    right after `syscall`, as abort's tgkill does)."""
    if exit_ is None:
        return False
    if exit_.reason in (abi.ExitReason.FAULT, abi.ExitReason.CHECK, abi.ExitReason.SYSCALL):
        return exit_.user_rip == rip
    return exit_.reason == abi.ExitReason.MISS and exit_.aux == rip


def _runtime_range() -> tuple[int, int]:
    """The runtime library's mappings, whose landing pad must never join a region."""
    pad = runner.landing_pad()  # also loads the library
    lines = Path("/proc/self/maps").read_text().splitlines()
    spans = [
        (int(a, 16), int(b, 16), line.split()[-1])
        for line in lines
        for a, b in [line.split()[0].split("-")]
    ]
    path = next(p for lo, hi, p in spans if lo <= pad < hi)
    mine = [(lo, hi) for lo, hi, p in spans if p == path]
    return min(lo for lo, _ in mine), max(hi for _, hi in mine)


def _translatable(rip: int) -> bool:
    """Is ``rip`` in code the translator may read (file-backed, executable,
    not writable)?  Growing onto anything else would only add END stubs."""
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split()
        lo, hi = (int(x, 16) for x in fields[0].split("-"))
        if lo <= rip < hi:
            perms = fields[1]
            return (
                perms[2] == "x"
                and perms[1] != "w"
                and len(fields) > 5
                and fields[5].startswith("/")
            )
    return False


class Differ:
    """Compare one function's native and BTC runs, growing its region on misses."""

    def __init__(
        self,
        fn: int,
        translate: Translate | None = None,
        *,
        arena: Arena | None = None,
        addr_limit: int = runner.DEFAULT_ADDR_LIMIT,
        timeout: float = 2.0,
        return_flags: int = RETURN_FLAGS,
        fault_flags: int = FAULT_FLAGS,
    ) -> None:
        self.fn = fn
        self.translate: Translate = translate or translation_api()
        self.arena = arena or Arena()
        self.addr_limit = addr_limit
        self.timeout = timeout
        self.flag_masks = {Status.LANDED: return_flags, Status.SIGNAL: fault_flags}
        self.entries: list[int] = [fn]
        self.refused: set[int] = set()
        self.runtime = _runtime_range()
        self.image: LoadedImage | None = None
        self.live_flags: Callable[[int], int] | None = None  # None: all live
        self.errors: list[str] = []
        self._retranslate()

    def _retranslate(self) -> bool:
        try:
            out = self.translate(sorted(self.entries))
            blob = out if isinstance(out, bytes) else out.image
            image = LoadedImage(blob)
        except Exception as exc:  # the translator or the loader refused: report, go on
            self.errors.append(f"entries {[hex(e) for e in self.entries]}: {exc!r}")
            return False
        if self.image is not None:
            self.image.close()
        self.image = image
        self.live_flags = None if isinstance(out, bytes) else out.live_flags
        return True

    def _growth_targets(self, res: RunResult) -> list[int]:
        """RIPs where BTC code handed back to native code that it could keep."""
        out: list[int] = []
        trace = list(res.trace)
        for i, t in enumerate(trace):
            nxt = trace[i + 1] if i + 1 < len(trace) else None
            if t.reason == abi.ExitReason.MISS:
                out.append(t.aux)
            elif t.reason in (abi.ExitReason.SYSCALL, abi.ExitReason.END) and (
                nxt is None or not nxt.is_enter
            ):
                out.append(t.user_rip)
        lo, hi = self.runtime
        return [
            r
            for r in out
            if not lo <= r < hi
            and r not in self.entries
            and r not in self.refused
            and _translatable(r)
        ]

    def run_native(self, call: Call) -> tuple[RunResult, tuple[bytes, list[bytes]], int]:
        regs = self.arena.prepare(call, self.fn)
        res = runner.run(regs, None, xmm=call.xmm, timeout=self.timeout)
        return res, self.arena.snapshot(), self.arena.errno.get()

    def run_btc(self, call: Call) -> tuple[RunResult, tuple[bytes, list[bytes]], int]:
        """Run translated; on a growable exit, add the target and run again
        (the last run is always with the latest image)."""
        for round_ in range(GROWTH_ROUNDS + 1):
            regs = self.arena.prepare(call, self.fn)
            res = runner.run(
                regs, self.image, xmm=call.xmm, timeout=self.timeout, addr_limit=self.addr_limit
            )
            state = self.arena.snapshot(), self.arena.errno.get()
            targets = self._growth_targets(res)
            if not targets or res.status == Status.BUG or round_ == GROWTH_ROUNDS:
                break
            self.entries.extend(targets)
            if not self._retranslate():
                for t in targets:  # drop what the translator will not take
                    self.entries.remove(t)
                    self.refused.add(t)
                self._retranslate()
                break
        return res, state[0], state[1]

    def compare(self, call: Call) -> CallReport:
        native, nmem, nerrno = self.run_native(call)
        if native.status == Status.TIMEOUT:
            return CallReport(call, native, None, skipped="native run timed out")
        if self.image is None:
            rep = CallReport(call, native, None)
            rep.mismatches.append(Mismatch("translation", "-", "; ".join(self.errors)))
            return rep
        btc, bmem, berrno = self.run_btc(call)
        rep = CallReport(call, native, btc)
        mask = self.flag_masks.get(native.status, abi.UB_USER_FLAGS_MASK)
        if native.status == Status.SIGNAL and self.live_flags is not None:
            # Flags dead at the faulting instruction are undefined there
            # (docs/abi.md); DF is never clobbered, so always compared.
            mask &= self.live_flags(native.regs.rip) | _DF
        rep.mismatches.extend(_diff(native, btc, nmem, bmem, nerrno, berrno, mask))
        return rep

    def close(self) -> None:
        if self.image is not None:
            self.image.close()
            self.image = None


def _hex(b: bytes) -> str:
    return b.hex()


def _diff(
    n: RunResult,
    b: RunResult,
    nmem: tuple[bytes, list[bytes]],
    bmem: tuple[bytes, list[bytes]],
    nerrno: int,
    berrno: int,
    mask: int,
) -> list[Mismatch]:
    out: list[Mismatch] = []
    if n.status != b.status:
        out.append(
            Mismatch(
                "end of run",
                f"{n.status.name} sig {n.signo} at {n.regs.rip:#x}",
                f"{b.status.name} sig {b.signo} at {b.regs.rip:#x} {b.message}",
            )
        )
        return out
    for i, name in enumerate(GPR_NAMES):
        if n.regs.gpr[i] != b.regs.gpr[i]:
            out.append(Mismatch(name, f"{n.regs.gpr[i]:#x}", f"{b.regs.gpr[i]:#x}"))
    if n.regs.rflags & mask != b.regs.rflags & mask:
        out.append(Mismatch("rflags", f"{n.regs.rflags & mask:#x}", f"{b.regs.rflags & mask:#x}"))
    if n.regs.rip != b.regs.rip:
        out.append(Mismatch("rip", f"{n.regs.rip:#x}", f"{b.regs.rip:#x}"))
    if n.xmm[0] != b.xmm[0]:
        out.append(Mismatch("xmm0", _hex(n.xmm[0]), _hex(b.xmm[0])))
    if n.mxcsr != b.mxcsr:
        out.append(Mismatch("mxcsr", f"{n.mxcsr:#x}", f"{b.mxcsr:#x}"))
    if n.status == Status.SIGNAL:
        nsig = (n.signo, n.sig_code, n.fault_addr)
        bsig = (b.signo, b.sig_code, b.fault_addr)
        if nsig != bsig:
            out.append(Mismatch("signal (signo, code, addr)", str(nsig), str(bsig)))
        last = b.last_exit
        if not hands_over_at(last, n.regs.rip):
            out.append(
                Mismatch(
                    "exit before the native fault",
                    f"FAULT/CHECK at {n.regs.rip:#x}",
                    str(last) if last else "no BTC exit",
                )
            )
    if nerrno != berrno:
        out.append(Mismatch("errno", str(nerrno), str(berrno)))
    for i, (nb, bb) in enumerate(zip(nmem[1], bmem[1], strict=True)):
        if nb != bb:
            out.append(Mismatch(f"buffer {i}", *_first_diff(nb, bb)))
    if nmem[0] != bmem[0]:
        out.append(Mismatch("stack", *_first_diff(nmem[0], bmem[0])))
    return out


def _first_diff(a: bytes, b: bytes) -> tuple[str, str]:
    i = next(k for k in range(len(a)) if a[k] != b[k])
    return f"+{i:#x}: {a[i : i + 16].hex()}", f"+{i:#x}: {b[i : i + 16].hex()}"


def print_report(console: Console, rep: CallReport, arena: Arena, n: int) -> None:
    """One mismatching call, with enough to reproduce it."""
    console.print(f"[bold red]mismatch[/] in call {n} {rep.call.describe(arena)}")
    for m in rep.mismatches:
        console.print(f"  [yellow]{m.what}[/]: native {m.native}  btc {m.btc}")
    if rep.btc is not None:
        console.print("  BTC trace: " + ", ".join(str(t) for t in rep.btc.trace[-8:]))


def compare_function(elf_path: Path, symbol: str, n: int, seed: int) -> int:
    """Load ``elf_path``, compare ``symbol`` natively and as BTC on ``n`` random
    argument sets; print each mismatch and return their number."""
    console = Console()
    dll = ctypes.CDLL(str(Path(elf_path).resolve()))
    try:
        fn = ctypes.cast(getattr(dll, symbol), ctypes.c_void_p).value
    except AttributeError:
        raise ValueError(f"{elf_path}: no symbol {symbol!r}") from None
    if fn is None:
        raise ValueError(f"{symbol}: no address")
    rng = random.Random(seed)
    differ = Differ(fn)
    mismatches = translated = skipped = 0
    try:
        for k in range(n):
            rep = differ.compare(random_call(rng))
            if rep.skipped:
                skipped += 1
                continue
            translated += rep.translated
            if rep.mismatches:
                mismatches += 1
                print_report(console, rep, differ.arena, k)
    finally:
        differ.close()
        differ.arena.close()
    for err in differ.errors:
        console.print(f"[yellow]translator:[/] {err}")
    colour = "red" if mismatches else "green"
    console.print(
        f"[{colour}]{symbol}: {mismatches} mismatching of {n} calls[/] "
        f"({translated} ran translated to the end, {skipped} skipped: native timeout; "
        f"{len(differ.entries)} entries)"
    )
    return mismatches
