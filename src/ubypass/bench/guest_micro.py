"""The pread micro-benchmark, natively and bypassed, where this process runs.

This runs inside the lab's guest (``python3 -m ubypass.bench.guest_micro``
with ``PYTHONPATH=/ub/src``) as root, on our kernel. For each point (read
size, with or without sum) it starts two ``pread --wait-start`` processes
from ``bench/``: a native one, and one under ``python3 -m ubypass run --``,
the way a user runs a program bypassed. Nothing is attached or ptraced:
while the bypassed program runs its untimed loop, the kernel's identifier
reports the hot ``pread`` and ``ubd`` translates (or takes from its cache)
and installs the code after it; the driver only watches, through ubd's
status and the kernel's counters, until the program's syscalls are chained
and nothing is left to grow (:meth:`AutoBypass.establish`). A point whose
bypass is not established in time fails with what ubd says of the site;
it never reports native figures as bypassed ones.

Then both processes serve timed rounds of the same number of reads on
request, native and bypassed alternating, and every round is checked:
``--verify`` against the file's formula in the program, and here the two
processes' checksums and end offsets against each other. Around each
bypassed round it reads the kernel's counters, so the crossings avoided
(syscalls chained without a user↔kernel crossing) are those of exactly that
timed phase. The getppid round trip, measured in the same boot between the
points, gives the crossing cost.

Records go to stdout as marker lines (see :mod:`ubypass.bench.records`):
raw rounds only; the host derives best-of figures, speedups and bounds
(:mod:`ubypass.bench.micro`). Progress goes to stderr. The exit status is 1
if any point failed (the others still report).

Only the standard library, :mod:`ubypass.bench.records` and
:mod:`ubypass.bench.guest_baseline` are imported up front; the bypass's
client modules are imported when the first point needs them, so this module
runs natively on the host with a stand-in backend, which is how the tests
exercise it.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import selectors
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from ubypass.bench.guest_baseline import PREAD_SIZES, bench_getppid, environment
from ubypass.bench.guest_baseline import Budget as BaselineBudget
from ubypass.bench.records import Measurement, best_of, emit_line, pread_case

__all__ = [
    "DEFAULT_EXEC_PREFIX",
    "AutoBypass",
    "Bypass",
    "BypassError",
    "BypassStats",
    "MicroBudget",
    "PointResult",
    "PreadServer",
    "main",
    "parse_sizes",
    "run",
    "run_point",
]

#: How the bypassed process is started: what a user types. ``ub run`` makes
#: sure ubd runs, opts the program in and execs it in a child of its own;
#: the driver finds pread's pid in its "ready" line.
DEFAULT_EXEC_PREFIX = ("python3", "-m", "ubypass", "run", "--")

#: Seconds for a point's bypass to be established: the first site of each
#: loop in a boot is translated from scratch, seconds to tens of seconds
#: under TCG (minutes for a region reaching deep into a shared libc), and
#: MISS targets may each add another translation.
DEFAULT_ESTABLISH_TIMEOUT = 900.0

#: Seconds without any hot site before a point is given up: the identifier
#: finds a tight loop within a few hundred syscalls, milliseconds even
#: under TCG; waiting longer only delays the report of why it did not.
DEFAULT_FIND_TIMEOUT = 120.0

#: Seconds of steady chaining, on the same images, that count as stable.
DEFAULT_SETTLE = 2.0

#: ubd's log in the guest (``ub run`` starts ubd with it).
UBD_LOG = Path("/var/log/ubd.log")

#: Site states after which ubd does nothing more for a site by itself.
GIVEN_UP = ("refused", "removed")

#: Seconds a process whose every site is given up still gets: another of its
#: sites (the loop's, when the first one was a vDSO call) may yet be
#: reported; the kernel repeats a hot site every hot_report_ms (2 s).
DEFAULT_GIVE_UP_GRACE = 20.0


@dataclass
class MicroBudget:
    """How long each timed round runs and how many rounds each point gets.

    Rounds alternate native and bypassed runs, and each figure is the best
    of its rounds (the host's load only ever slows a run down), with the
    median kept beside it.
    """

    seconds: float
    warmup: float
    repeats: int

    @classmethod
    def default(cls, quick: bool) -> MicroBudget:
        return cls(0.3, 0.1, 1) if quick else cls(0.6, 0.2, 5)


@dataclass(frozen=True)
class BypassStats:
    """The kernel's counters for one process, as far as this benchmark needs them."""

    runs: int
    chained: int
    exits: dict[str, int] = field(default_factory=dict)
    nr_images: int = 0

    def since(self, before: BypassStats) -> dict[str, Any]:
        """What happened between two readings."""
        return {
            "runs": self.runs - before.runs,
            "chained": self.chained - before.chained,
            "exits": {
                k: v - before.exits.get(k, 0)
                for k, v in self.exits.items()
                if v != before.exits.get(k, 0)
            },
            "nr_images": self.nr_images,
        }


class BypassError(RuntimeError):
    """The bypass of a process was not established; the message says what ubd saw."""


class Bypass(Protocol):
    """What the driver needs from the bypass: wait until a process is bypassed, count."""

    def establish(self, pid: int, launched: float) -> dict[str, Any]:
        """Return once ``pid`` (started at wall time ``launched``) runs bypassed and stable."""
        ...

    def stats(self, pid: int) -> BypassStats: ...

    def sites(self, pid: int) -> list[dict[str, Any]]:
        """What ubd says of each of ``pid``'s sites now."""
        ...


#: What a point keeps of each site ubd reports (``ub top`` shows the rest).
_SITE_KEYS = (
    "symbol", "state", "why", "image_id", "cache", "growths", "insns", "entries",
    "translate_s", "runs", "chained", "exits",
)  # fmt: skip


def _brief(site: dict[str, Any]) -> dict[str, Any]:
    return {k: site[k] for k in _SITE_KEYS if k in site}


def _describe_site(s: dict[str, Any]) -> str:
    exits = ", ".join(f"{k} {v:,}" for k, v in dict(s.get("exits") or {}).items() if v)
    why = f" ({s['why']})" if s.get("why") else ""
    return (
        f"{s.get('symbol', '?')}: {s.get('state', '?')}{why}; cache {s.get('cache') or '-'}, "
        f"{s.get('growths', 0)} growths, {s.get('runs', 0):,} runs, "
        f"{s.get('chained', 0):,} chained, exits: {exits or 'none'}"
    )


def _running(pid: int) -> bool:
    """``pid`` exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[:1] != ["Z"]


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return 0


def _descends(pid: int, ancestor: int) -> bool:
    """``pid`` is ``ancestor`` or one of its descendants."""
    for _ in range(64):
        if pid == ancestor:
            return True
        if pid <= 1:
            return False
        pid = _parent(pid)
    return False


def _tracer(pid: int) -> int | None:
    """``pid``'s ptracer (0: none): the record shows nothing attached to get the bypass."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("TracerPid:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def start_time(pid: int) -> float | None:
    """When ``pid`` was started, in wall-clock seconds (to 1/CLK_TCK), or None.

    /proc gives clock ticks since boot; the offset of the boot clock from
    the wall clock turns them into times comparable with ubd's.
    """
    try:
        ticks = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None
    boot = time.time() - time.clock_gettime(time.CLOCK_BOOTTIME)
    return boot + ticks / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class _Look:
    """One look at a process whose sites are installed and chain."""

    at: float  # monotonic
    images: tuple[int, ...]  # installed image ids
    chained: int  # the kernel's, whole mm
    miss: int  # MISS exits, whole mm


class AutoBypass:
    """The real thing: ``ub run`` opts in, the kernel finds the sites, ubd installs.

    Reads ubd's status over its socket and the kernel's counters through
    ``/dev/ub`` (``UB_IOC_STATS``: an ioctl, so ubd keeps every event).
    ``status`` and ``device`` stand in for both in tests, ``clock`` and
    ``sleep`` for time.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_ESTABLISH_TIMEOUT,
        find_timeout: float = DEFAULT_FIND_TIMEOUT,
        grace: float = DEFAULT_GIVE_UP_GRACE,
        settle: float = DEFAULT_SETTLE,
        poll: float = 0.2,
        status: Callable[[], dict[str, Any]] | None = None,
        device: Any = None,
        log_path: Path = UBD_LOG,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.clock, self.sleep = clock, sleep
        self.timeout = timeout
        self.find_timeout = find_timeout
        self.grace = grace
        self.settle = settle
        self.poll = poll
        self.log_path = log_path
        self._status_fn = status
        self._device = device
        self._close: Callable[[], None] | None = None

    def __enter__(self) -> AutoBypass:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._close is not None:
            self._close()

    def start_daemon(self) -> int:
        """ubd's pid, started now if none runs; before the first point, so that its
        start-up (seconds under TCG) is not counted in any point's times."""
        client = importlib.import_module("ubypass.daemon.client")
        return int(client.ensure_daemon())

    def _status(self) -> dict[str, Any]:
        if self._status_fn is None:
            client = importlib.import_module("ubypass.daemon.client")
            self._status_fn = lambda: dict(client.request({"op": "status"}))
        return self._status_fn()

    def _dev(self) -> Any:
        if self._device is None:
            device_mod = importlib.import_module("ubypass.bypass.device")
            dev = device_mod.UbDevice()
            self._device, self._close = dev, dev.close
        return self._device

    def stats(self, pid: int) -> BypassStats:
        st = self._dev().stats(pid)
        exits = {_reason(k): int(v) for k, v in dict(st.exits).items()}
        return BypassStats(
            runs=int(st.runs), chained=int(st.chained), exits=exits, nr_images=int(st.nr_images)
        )

    def _proc(self, status: dict[str, Any], pid: int) -> dict[str, Any] | None:
        procs: list[dict[str, Any]] = [
            p for p in status.get("processes", []) if p.get("tgid") == pid
        ]
        live = [p for p in procs if not p.get("gone")]
        return (live or procs)[-1] if procs else None

    def sites(self, pid: int) -> list[dict[str, Any]]:
        proc = self._proc(self._status(), pid)
        return [_brief(s) for s in proc["sites"]] if proc else []

    def _look(self, status: dict[str, Any], proc: dict[str, Any] | None, pid: int,
              now: float) -> _Look | None:  # fmt: skip
        """A look if ``pid`` is bypassed with nothing in progress, else None."""
        if proc is None or proc.get("gone") or status.get("daemon", {}).get("jobs", 0):
            return None
        sites = proc["sites"]
        if any(s["state"] in ("hot", "translating") for s in sites):
            return None
        installed = [s for s in sites if s["state"] == "installed"]
        if not any(s.get("chained", 0) > 0 for s in installed):
            return None
        st = self.stats(pid)
        images = tuple(sorted(int(s["image_id"]) for s in installed))
        return _Look(now, images, st.chained, st.exits.get("miss", 0))

    def establish(self, pid: int, launched: float) -> dict[str, Any]:
        """Wait until ``pid`` runs bypassed and stable; what it took.

        Stable: nothing pending in ubd for it (no translation running, no
        growth waiting to be fused), every site settled (none hot or
        being translated), and for ``settle`` seconds the same installed
        images chained syscalls without a MISS exit — a MISS is a target
        ubd may still grow the image by, replacing it during the rounds.
        MISS exits for two windows in a row that changed nothing are
        targets ubd does not grow (a given-up growth, code that cannot be
        translated), so they do not hold the point up.
        """
        t0 = self.clock()
        anchor: _Look | None = None
        misses_ignored = False
        found = False
        given_up_at: float | None = None
        while True:
            now = self.clock()
            status = self._status()
            proc = self._proc(status, pid)
            sites = list(proc["sites"]) if proc else []
            if not _running(pid) or (proc is not None and proc.get("gone")):
                raise BypassError(f"pid {pid} ended before it was bypassed"
                                  + self._explain(pid, sites))  # fmt: skip
            if sites:
                found = True
            elif not found and now - t0 > self.find_timeout:
                raise BypassError(
                    f"the kernel reported no hot site of pid {pid} in "
                    f"{self.find_timeout:.0f} s" + self._identifier(pid) + self._log_tail(pid)
                )
            if not sites or not all(s["state"] in GIVEN_UP for s in sites):
                given_up_at = None
            elif given_up_at is None:
                given_up_at = now
            elif now - given_up_at > self.grace:
                raise BypassError(f"ubd gave up on pid {pid}" + self._explain(pid, sites))
            look = self._look(status, proc, pid, now)
            if look is not None and proc and proc.get("pending"):
                look = None  # ubd will swap the images: a fusion is due
            if look is None or anchor is None or look.images != anchor.images:
                anchor, misses_ignored = look, False
            elif now - anchor.at >= self.settle:
                chaining = look.chained > anchor.chained
                if chaining and (look.miss == anchor.miss or misses_ignored):
                    return self._info(pid, launched, sites, misses_ignored)
                misses_ignored = chaining
                anchor = look
            if now - t0 > self.timeout:
                raise BypassError(
                    f"pid {pid} not bypassed and stable in {self.timeout:.0f} s"
                    + self._explain(pid, sites, status.get("daemon"))
                )
            self.sleep(self.poll)

    def _info(self, pid: int, launched: float, sites: list[dict[str, Any]],
              misses_ignored: bool) -> dict[str, Any]:  # fmt: skip
        installed = [s for s in sites if s["state"] == "installed"]
        started = start_time(pid) or launched
        # every site, not only those installed now: a fusion covers the images
        # that chained first, and their times go with them
        firsts = [float(s["first_chain_at"]) for s in sites if s.get("first_chain_at")]
        first = min(firsts) if firsts else time.time()
        return {
            "pid": pid,
            # From the program's start (its exec under ub run) to the first
            # syscall the kernel chained for it, as ubd saw it.
            "first_chain_s": round(max(0.0, first - started), 3),
            "established_s": round(time.time() - started, 3),
            "launch_s": round(max(0.0, started - launched), 3),
            "cache": "hit" if all(s.get("cache") == "hit" for s in installed) else "miss",
            "translate_s": round(sum(float(s.get("translate_s", 0)) for s in installed), 3),
            "misses_ignored": misses_ignored,
            "tracer": _tracer(pid),
            "sites": [_brief(s) for s in sites],
        }

    def _explain(self, pid: int, sites: list[dict[str, Any]],
                 daemon: dict[str, Any] | None = None) -> str:  # fmt: skip
        if not sites:
            text = "; ubd knows no site of it" + self._identifier(pid)
        else:
            text = "; ubd says: " + "; ".join(_describe_site(s) for s in sites)
        if daemon:
            text += (f"; ubd: {daemon.get('jobs', 0)} translations running, "
                     f"{daemon.get('translations', 0)} done, "
                     f"{daemon.get('lost_events', 0)} events lost")  # fmt: skip
        return text + self._log_tail(pid)

    def _identifier(self, pid: int) -> str:
        """What the kernel's identifier counted for ``pid``: why nothing was hot."""
        try:
            hot = self._dev().hot(pid)
        except Exception as e:  # the process is gone, or /dev/ub is not there
            return f"; identifier: {e}"
        knobs = _ub_knobs()
        rows = [
            f"{int(s.rip):#x} nr {s.nr}: {s.hits}/{s.samples} gaps under hot_gap_ns"
            + (f" (mean {s.gap_mean_ns} ns, min {s.gap_min_ns} ns)" if s.hits else "")
            for s in hot.sites[:4]
        ]
        return (
            f"; identifier (period {hot.period}, hot_gap_ns {knobs.get('hot_gap_ns', '?')}, "
            f"hot_min_hits {knobs.get('hot_min_hits', '?')}): " + ("; ".join(rows) or "no sites")
        )

    def _log_tail(self, pid: int, lines: int = 6) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        mine = [ln for ln in text.splitlines() if f"pid {pid} " in ln][-lines:]
        return "".join(f"\n  ubd: {ln}" for ln in mine)


def _reason(key: object) -> str:
    """An exit reason's name (``syscall``, ``budget``...) whether it is an enum or not."""
    name = getattr(key, "name", None)
    return name.lower() if isinstance(name, str) else str(key)


def _log(msg: str) -> None:
    print(f"[micro] {msg}", file=sys.stderr, flush=True)


def _emit(kind: str, payload: dict[str, Any]) -> None:
    print(emit_line(kind, payload), flush=True)


class PreadServer:
    """One ``pread --wait-start`` process: its handshake, its rounds, its end.

    Every reply is one JSON line on the program's stdout; a reply that does
    not come within ``timeout`` seconds, or a program that exits early, is an
    error that quotes what the program said on stderr. The started command
    may be a wrapper (``ub run``) that runs pread as a child: ``pid`` is
    pread's own, from its "ready" line, and signals go there.
    """

    def __init__(self, cmd: Sequence[str], *, timeout: float, name: str) -> None:
        self.name = name
        self.timeout = timeout
        self._errfile = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        self.proc = subprocess.Popen(
            list(cmd), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errfile
        )
        assert self.proc.stdout is not None and self.proc.stdin is not None
        self._out = self.proc.stdout
        os.set_blocking(self._out.fileno(), False)
        self._sel = selectors.DefaultSelector()
        self._sel.register(self._out, selectors.EVENT_READ)
        self._buf = b""
        self._eof = False
        self._stderr = ""
        self.pid = self.proc.pid
        try:
            self.ready = self.expect("ready")
        except BaseException:
            self.kill()
            raise
        pid = self.ready.get("pid")
        if not isinstance(pid, int) or not _descends(pid, self.proc.pid):
            self.kill()
            # The counters and signals must be those of the pread we started.
            raise RuntimeError(
                f"{name}: pread runs as pid {pid}, which is not the started process "
                f"{self.proc.pid} nor one of its children"
            )
        self.pid = pid
        self.reads = int(self.ready["reads"])

    def stderr_text(self) -> str:
        """What the program wrote on stderr so far (all of it, once it is closed)."""
        if self._errfile.closed:
            return self._stderr
        try:
            self._errfile.seek(0)
            return self._errfile.read().decode(errors="replace").strip()
        except (OSError, ValueError):
            return ""

    def _line(self) -> bytes:
        deadline = time.monotonic() + self.timeout
        while b"\n" not in self._buf:
            if self._eof:
                try:
                    status: int | str = self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    status = "nothing (its stdout is closed)"
                raise RuntimeError(
                    f"{self.name}: exited with {status} before answering: "
                    f"{self.stderr_text()[-2000:]}"
                )
            left = deadline - time.monotonic()
            if left <= 0:
                raise RuntimeError(
                    f"{self.name}: no answer in {self.timeout:.0f} s: {self.stderr_text()[-2000:]}"
                )
            if not self._sel.select(timeout=min(left, 1.0)):
                continue
            try:
                data = os.read(self._out.fileno(), 65536)
            except BlockingIOError:
                continue
            if data:
                self._buf += data
            else:
                self._eof = True
        line, self._buf = self._buf.split(b"\n", 1)
        return line

    def expect(self, event: str | None) -> dict[str, Any]:
        """The next line: an ``event`` line of that name, or a result (``event=None``)."""
        raw = self._line().decode(errors="replace")
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            raise RuntimeError(f"{self.name}: not a JSON line: {raw!r}") from None
        if not isinstance(obj, dict) or obj.get("event") != event:
            want = f"event {event!r}" if event else "a result"
            raise RuntimeError(f"{self.name}: expected {want}, got {raw!r}")
        return obj

    def start(self) -> None:
        """End the untimed hot loop; returns when the program waits for rounds."""
        os.kill(self.pid, signal.SIGUSR1)
        self.expect("paused")

    def round(self, reads: int) -> dict[str, Any]:
        """One timed phase of exactly ``reads`` reads; its result line."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"run {reads}\n".encode())
        self.proc.stdin.flush()
        result = self.expect(None)
        self.expect("paused")
        return result

    def close(self) -> int:
        """End of input ends the program; its exit status (a program that hangs is killed)."""
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
        except OSError:
            pass
        try:
            status = self.proc.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self._kill_child()
            self.proc.kill()
            status = self.proc.wait()
        self._stderr = self.stderr_text()
        self._sel.close()
        self._out.close()
        self._errfile.close()
        return status

    def _kill_child(self) -> None:
        # First: a wrapper killed first would leave pread to init, still running.
        if self.pid != self.proc.pid and _running(self.pid) and _descends(self.pid, self.proc.pid):
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self._kill_child()
            self.proc.kill()
        if not self._errfile.closed:
            self.close()


@dataclass
class PointResult:
    """Every round of one point, as the programs reported them, and how it was bypassed."""

    size: int
    sum: bool
    reads: int
    bypass: dict[str, Any]
    native: list[dict[str, Any]] = field(default_factory=list)
    ub: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_ROUND_KEYS = ("reads", "seconds", "iops", "checksum", "end_offset", "verified", "fs")


def _round(obj: dict[str, Any], size: int, with_sum: bool, reads: int, who: str) -> dict[str, Any]:
    if obj.get("bench") != "pread" or obj.get("size") != size or obj.get("sum") is not with_sum:
        raise RuntimeError(f"{who} answered another question: {obj}")
    if obj.get("reads") != reads:
        raise RuntimeError(f"{who} did {obj.get('reads')} reads, asked for {reads}")
    if obj.get("verified") is not True:
        raise RuntimeError(f"{who} did not verify its reads: {obj}")
    return {k: obj[k] for k in _ROUND_KEYS if k in obj}


def pread_command(
    pread: Path, size: int, with_sum: bool, budget: MicroBudget, tmp_dir: Path
) -> list[str]:
    cmd = [
        str(pread),
        "--size", str(size),
        "--seconds", str(budget.seconds),
        "--warmup", str(budget.warmup),
        "--dir", str(tmp_dir),
        "--verify",
        "--wait-start",
    ]  # fmt: skip
    if with_sum:
        cmd.append("--sum")
    return cmd


def _installed(sites: Sequence[dict[str, Any]]) -> list[int]:
    return sorted(int(s.get("image_id", 0)) for s in sites if s.get("state") == "installed")


_SETTLE_QUIET_S = 5.0  # longer than ubd's fusion delay (fuse_quiet_s) and a tick
_SETTLE_TIMEOUT_S = 300.0


def _settled(bypass: Bypass, pid: int, before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ubd's sites of ``pid`` once nothing is being translated or fused and the
    installed images have not changed for a while (at once if nothing changed)."""
    start = last_change = time.monotonic()
    last = (_installed(before), len(before))
    first = True
    while True:
        sites = bypass.sites(pid)
        now = time.monotonic()
        busy = any(s.get("state") in ("hot", "translating") or s.get("busy") for s in sites)
        key = (_installed(sites), len(sites))
        if first and not busy and key == last:
            return sites
        first = False
        if busy or key != last:
            last, last_change = key, now
        elif now - last_change >= _SETTLE_QUIET_S or now - start > _SETTLE_TIMEOUT_S:
            return sites
        time.sleep(0.5)


#: timed rounds measured again at most this often when ubd changed the images
_ATTEMPTS = 3


def _timed_rounds(result: PointResult, native: PreadServer, ub: PreadServer, bypass: Bypass,
                  repeats: int, case: str) -> None:
    """``repeats`` rounds each, alternating who goes first (a slow spell of
    the host does not always hit the same side); the bypassed process's
    counters are read right before and after each of its rounds."""
    size, with_sum = result.size, result.sum
    for round_no in range(repeats):
        order = (native, ub) if round_no % 2 == 0 else (ub, native)
        for srv in order:
            if srv is ub:
                before = bypass.stats(ub.pid)
                r = _round(ub.round(result.reads), size, with_sum, result.reads, ub.name)
                r["stats"] = bypass.stats(ub.pid).since(before)
                result.ub.append(r)
            else:
                r = _round(native.round(result.reads), size, with_sum, result.reads, srv.name)
                result.native.append(r)
        n, u = result.native[-1], result.ub[-1]
        if (n.get("checksum"), n.get("end_offset")) != (u.get("checksum"), u.get("end_offset")):
            raise RuntimeError(
                f"{case}: the bypassed run read something else: checksum/end offset "
                f"{u.get('checksum')}/{u.get('end_offset')}, natively "
                f"{n.get('checksum')}/{n.get('end_offset')}"
            )
        _log(
            f"{case} round {round_no + 1}/{repeats}: native {n['iops']:,.0f}, "
            f"ub {u['iops']:,.0f} reads/s, chained {u['stats']['chained']:,} "
            f"of {result.reads:,} reads"
        )


def run_point(
    pread: Path,
    size: int,
    with_sum: bool,
    budget: MicroBudget,
    tmp_dir: Path,
    bypass: Bypass,
    *,
    exec_prefix: Sequence[str] = DEFAULT_EXEC_PREFIX,
    timeout: float = 600.0,
) -> PointResult:
    """One point: a native and a bypassed process, their rounds alternating.

    The native process calibrates the number of reads per round (about
    ``budget.seconds`` natively); both then do exactly that many in every
    round, so their checksums and end offsets must be equal, and are
    required to be. The bypassed process's counters are read right before
    and after each of its rounds, while it waits on a blocking read.
    """
    case = pread_case(size, with_sum)
    cmd = pread_command(pread, size, with_sum, budget, tmp_dir)
    servers: list[PreadServer] = []
    try:
        native = PreadServer(cmd, timeout=timeout, name=f"{case} native")
        servers.append(native)
        native.start()  # idle until its rounds: it must not compete with the translation
        launched = time.time()
        ub = PreadServer([*exec_prefix, *cmd], timeout=timeout, name=f"{case} ub")
        servers.append(ub)
        try:
            info = bypass.establish(ub.pid, launched)
        except BypassError as e:
            said = ub.stderr_text()
            raise BypassError(
                f"not bypassed: {e}" + (f"\n  its stderr: {said}" if said else "")
            ) from None
        sites = info.get("sites") or []
        _log(
            f"{case}: pid {ub.pid} bypassed ({', '.join(str(s.get('symbol')) for s in sites)}; "
            f"cache {info.get('cache')}): first chained syscall {info.get('first_chain_s')} s "
            f"after its start, stable after {info.get('established_s')} s"
        )
        ub.start()
        result = PointResult(size, with_sum, native.reads, info)
        # One untimed round each: its end (the program's report) runs code the
        # untimed loop never did, and ubd grows by it (and fuses); the timed
        # rounds start once that has settled.
        native.round(result.reads)
        ub.round(result.reads)
        # A growth or a fusion landing during the timed rounds would mix two
        # images' figures: ubd can still fuse after a quiet spell that looked
        # settled, so such rounds are measured again, up to _ATTEMPTS times.
        for attempt in range(1, _ATTEMPTS + 1):
            sites = _settled(bypass, ub.pid, sites)
            result.native.clear()
            result.ub.clear()
            _timed_rounds(result, native, ub, bypass, budget.repeats, case)
            after = bypass.sites(ub.pid)
            changed = _installed(after) != _installed(sites)
            if not changed:
                break
            _log(f"{case}: the images changed during the timed rounds "
                 f"(attempt {attempt} of {_ATTEMPTS})")
            sites = after
        info["after"] = after
        info["images_changed"] = changed
        info["attempts"] = attempt
        for srv in servers:
            status = srv.close()
            if status != 0:
                raise RuntimeError(f"{srv.name}: exited with {status}: {srv.stderr_text()}")
        servers.clear()
        return result
    finally:
        for srv in servers:
            srv.kill()


def parse_sizes(text: str) -> list[int]:
    """``64,256`` → [64, 256]; every size a positive integer, none twice."""
    sizes: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) <= 0:
            raise ValueError(f"not a read size: {part!r}")
        if int(part) in sizes:
            raise ValueError(f"size {part} given twice")
        sizes.append(int(part))
    if not sizes:
        raise ValueError("no read sizes")
    return sizes


def _ub_knobs() -> dict[str, str]:
    knobs: dict[str, str] = {}
    base = Path("/proc/sys/kernel/ub")
    try:
        for p in sorted(base.iterdir()):
            try:
                knobs[p.name] = p.read_text().strip()
            except OSError:
                continue
    except OSError:
        pass
    return knobs


def run(
    bin_dir: Path,
    budget: MicroBudget,
    sizes: Sequence[int],
    sums: Sequence[bool],
    tmp_dir: Path,
    bypass: Bypass,
    *,
    exec_prefix: Sequence[str] = DEFAULT_EXEC_PREFIX,
) -> int:
    """Every point, with a getppid measurement before each and one at the end."""
    env = environment()
    env["ub"] = _ub_knobs()
    _emit("env", {"env": env, "budget": asdict(budget)})
    _log(f"kernel {env['kernel']}, meltdown: {env['meltdown']}")
    getppid_budget = BaselineBudget(budget.seconds, budget.warmup, 0.0, 1)
    crossings: list[Measurement] = []
    failed = 0

    def crossing() -> None:
        nonlocal failed
        try:
            m = bench_getppid(bin_dir, getppid_budget)
        except (OSError, RuntimeError, ValueError, subprocess.TimeoutExpired) as e:
            failed += 1
            _log(f"getppid: FAILED: {e}")
            _emit("error", {"bench": "getppid", "error": str(e)})
            return
        crossings.append(m)
        _log(f"getppid round trip: {m.value:,.1f} ns/call")

    points = [(size, s) for size in sizes for s in sums]
    for i, (size, with_sum) in enumerate(points):
        if i == 0 or budget.repeats > 1:
            crossing()
        try:
            res = run_point(
                bin_dir / "pread", size, with_sum, budget, tmp_dir, bypass,
                exec_prefix=exec_prefix,
            )  # fmt: skip
        except Exception as e:  # any failure of one point: report it, go on
            failed += 1
            _log(f"{pread_case(size, with_sum)}: FAILED: {e}")
            _emit("error", {"bench": pread_case(size, with_sum), "error": str(e)})
            continue
        _emit("point", {"point": res.to_dict()})
    crossing()
    if crossings:
        _emit("crossing", {"measurement": best_of(crossings).to_dict()})
    _emit("done", {"failed": failed})
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None, bypass: Bypass | None = None) -> int:
    ap = argparse.ArgumentParser(prog="guest_micro", description=__doc__)
    ap.add_argument("--bin-dir", type=Path, required=True, help="compiled bench/ programs")
    ap.add_argument("--quick", action="store_true", help="short budgets (tests, smoke runs)")
    ap.add_argument("--seconds", type=float, help="timed seconds per round (native)")
    ap.add_argument("--warmup", type=float, help="warm-up seconds per process")
    ap.add_argument("--repeat", type=int, help="rounds per point (the best is reported)")
    ap.add_argument("--sizes", default=",".join(map(str, PREAD_SIZES)), help="read sizes")
    ap.add_argument(
        "--sum", choices=("both", "no", "yes"), default="both", help="points with/without sum"
    )
    ap.add_argument("--tmp-dir", type=Path, default=Path("/tmp"), help="where pread's files go")
    ap.add_argument(
        "--establish-timeout",
        type=float,
        default=DEFAULT_ESTABLISH_TIMEOUT,
        help="seconds for a point's bypass to be installed and stable before the point fails",
    )
    ap.add_argument(
        "--settle",
        type=float,
        default=DEFAULT_SETTLE,
        help="seconds of steady chaining on the same images that count as stable",
    )
    ap.add_argument(
        "--exec-prefix",
        default=shlex.join(DEFAULT_EXEC_PREFIX),
        help="command that runs a program bypassed",
    )
    args = ap.parse_args(argv)

    budget = MicroBudget.default(args.quick)
    if args.seconds is not None:
        if not args.seconds > 0:
            ap.error("--seconds must be positive")
        budget.seconds = args.seconds
    if args.warmup is not None:
        if not args.warmup > 0:
            ap.error("--warmup must be positive")
        budget.warmup = args.warmup
    if args.repeat is not None:
        if args.repeat < 1:
            ap.error("--repeat must be at least 1")
        budget.repeats = args.repeat
    try:
        sizes = parse_sizes(args.sizes)
    except ValueError as e:
        ap.error(str(e))
    if not args.establish_timeout > 0:
        ap.error("--establish-timeout must be positive")
    if not args.settle > 0:
        ap.error("--settle must be positive")
    sums = {"both": [False, True], "no": [False], "yes": [True]}[args.sum]
    exec_prefix = shlex.split(args.exec_prefix)
    if bypass is not None:
        return run(args.bin_dir, budget, sizes, sums, args.tmp_dir, bypass,
                   exec_prefix=exec_prefix)  # fmt: skip
    with AutoBypass(timeout=args.establish_timeout, settle=args.settle) as auto:
        try:
            pid = auto.start_daemon()
        except Exception as e:  # no daemon, no point: say why once, not per point
            _log(f"ubd: FAILED: {e}")
            _emit("error", {"bench": "ubd", "error": f"no ubd: {e}"})
            _emit("done", {"failed": 1})
            return 1
        _log(f"ubd {pid} serves the automatic bypass")
        return run(args.bin_dir, budget, sizes, sums, args.tmp_dir, auto, exec_prefix=exec_prefix)


if __name__ == "__main__":
    sys.exit(main())
