"""The pread micro-benchmark, natively and bypassed, where this process runs.

This runs inside the lab's guest (``python3 -m ubypass.bench.guest_micro``
with ``PYTHONPATH=/ub/src``) as root, on our kernel. For each point (read
size, with or without sum) it starts two ``pread --wait-start`` processes
from ``bench/``: a native one, and one opted in to the bypass through
``python3 -m ubypass exec --`` whose hot loop it then attaches
(:func:`ubypass.bypass.attach.attach`: ptrace sampling, translation, install
through ``/dev/ub``). Both serve timed rounds of the same number of reads on
request, native and bypassed alternating, and every round is checked:
``--verify`` against the file's formula in the program, and here the two
processes' checksums and end offsets against each other. Around each
bypassed round it reads the bypass's statistics, so the crossings avoided
(syscalls chained without a user↔kernel crossing) are those of exactly that
timed phase. The getppid round trip, measured in the same boot between the
points, gives the crossing cost.

Records go to stdout as marker lines (see :mod:`ubypass.bench.records`):
raw rounds only; the host derives best-of figures, speedups and bounds
(:mod:`ubypass.bench.micro`). Progress goes to stderr. The exit status is 1
if any point failed (the others still report).

Only the standard library, :mod:`ubypass.bench.records` and
:mod:`ubypass.bench.guest_baseline` are imported up front; the bypass client
is imported when the first point needs it, so this module runs natively on
the host with a stand-in backend, which is how the tests exercise it.
"""

from __future__ import annotations

import argparse
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
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from ubypass.bench.guest_baseline import PREAD_SIZES, bench_getppid, environment
from ubypass.bench.guest_baseline import Budget as BaselineBudget
from ubypass.bench.records import Measurement, best_of, emit_line, pread_case

__all__ = [
    "BUDGET_KNOB",
    "DEFAULT_BTC_BUDGET",
    "DEFAULT_EXEC_PREFIX",
    "DEFAULT_MAX_INSNS",
    "Bypass",
    "BypassStats",
    "KernelBypass",
    "MicroBudget",
    "PointResult",
    "PreadServer",
    "btc_budget",
    "main",
    "parse_sizes",
    "run",
    "run_point",
]

#: The translator's region budget per attach. The loop is a few dozen
#: instructions; the default of the client (20,000) also translates most of
#: libc behind the loop's error and exit paths, which takes seconds natively
#: and minutes under TCG, for nothing this benchmark runs.
DEFAULT_MAX_INSNS = 1000

#: How a process is opted in to the bypass: the client's ``exec`` command
#: (prctl PR_SET_UB, then exec), so the pid of what it starts is pread's.
DEFAULT_EXEC_PREFIX = ("python3", "-m", "ubypass", "exec", "--")


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
    """The bypass's counters for one process, as far as this benchmark needs them."""

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


class Bypass(Protocol):
    """What the driver needs from the bypass: attach a process, read its counters."""

    def attach(self, pid: int) -> dict[str, Any]: ...

    def stats(self, pid: int) -> BypassStats: ...


class KernelBypass:
    """The real thing: :mod:`ubypass.bypass` over ``/dev/ub``.

    Imported on first use: the client needs the translator's dependencies,
    which only the bypassed points need.
    """

    def __init__(
        self,
        *,
        follow_quiet: float = 2.0,
        follow_max: float = 300.0,
        max_insns: int = DEFAULT_MAX_INSNS,
    ) -> None:
        self.max_insns = max_insns
        self.follow_quiet = follow_quiet
        self.follow_max = follow_max
        self._stack = ExitStack()
        self._device: Any = None
        self._attach: Any = None
        self._plan: Any = None

    def __enter__(self) -> KernelBypass:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stack.close()

    def _open(self) -> Any:
        if self._device is None:
            device_mod = importlib.import_module("ubypass.bypass.device")
            attach_mod = importlib.import_module("ubypass.bypass.attach")
            self._attach = attach_mod.attach
            self._plan = getattr(attach_mod, "plan", None)
            self._device = self._stack.enter_context(device_mod.UbDevice())
        return self._device

    def attach(self, pid: int) -> dict[str, Any]:
        """Attach, then grow the image from MISS events until none came for a while.

        The sampled entries are syscall returns inside libc's wrapper; the
        loop that calls it is reached through the wrapper's ``ret``, whose
        target the kernel reports in a MISS event (its ``rip``), and so on
        for the next unknown target. Each growth translates again with the
        targets as extra entries and replaces the image atomically, as the
        daemon will; here it runs while the loop is hot, before any round.
        Only targets in the mapping of the first entry are taken (one image
        covers one mapping; the vDSO is not translatable).
        """
        dev = self._open()
        attached = self._attach(pid, device=dev, max_insns=self.max_insns)
        to_json = getattr(attached, "to_json", None)
        info: dict[str, Any] = dict(to_json()) if callable(to_json) else {}
        entries = getattr(attached, "entries", ())
        info.setdefault("entries", [int(e) for e in entries] if _is_seq(entries) else entries)
        image_id, cookie = int(attached.image_id), int(attached.mm_cookie)
        requested = [int(r) for r in getattr(attached, "requested", None) or entries]
        home = _mapping_of(pid, requested[0]) if requested else None
        added: list[int] = []
        if self.follow_quiet > 0 and home is not None and self._plan is not None:
            deadline = time.monotonic() + self.follow_max
            quiet_until = time.monotonic() + self.follow_quiet
            while (now := time.monotonic()) < deadline and now < quiet_until:
                new = sorted(
                    {
                        int(ev.rip)
                        for ev in dev.events(min(0.5, quiet_until - now))
                        if int(ev.type) == MISS_EVENT
                        and int(ev.mm_cookie) == cookie
                        and int(ev.image_id) == image_id
                        and home[0] <= int(ev.rip) < home[1]
                    }
                    - set(requested)
                )
                if not new:
                    continue
                requested = sorted({*requested, *new})
                added += new
                tr = self._plan(pid, rips=requested, max_insns=self.max_insns).translation
                inst = dev.install(pid, tr.image, cookie=cookie, replace=image_id)
                image_id = int(inst.image_id)
                info["entries"] = [hex(int(e)) for e in tr.entries]
                info["image_size"] = len(tr.image)
                quiet_until = time.monotonic() + self.follow_quiet
        info["image_id"] = image_id
        info["mm_cookie"] = cookie
        info["requested"] = [hex(r) for r in requested]
        info["grown"] = len(added)
        info["miss_targets"] = [hex(r) for r in added]
        return info

    def stats(self, pid: int) -> BypassStats:
        st = self._open().stats(pid)
        exits = {_reason(k): int(v) for k, v in dict(st.exits).items()}
        return BypassStats(
            runs=int(st.runs), chained=int(st.chained), exits=exits, nr_images=int(st.nr_images)
        )


#: ``UB_EV_MISS`` (``kernel/include/uapi/linux/ub.h``): ``rip`` is the unknown target.
MISS_EVENT = 1


def _mapping_of(pid: int, addr: int) -> tuple[int, int] | None:
    """The span of the file's executable mappings that hold ``addr`` in /proc/PID/maps."""
    try:
        lines = Path(f"/proc/{pid}/maps").read_text().splitlines()
    except OSError:
        return None
    spans: dict[str, list[tuple[int, int]]] = {}
    owner = None
    for line in lines:
        fields = line.split(None, 5)
        if len(fields) < 6 or "x" not in fields[1] or not fields[5].startswith("/"):
            continue
        lo, hi = (int(x, 16) for x in fields[0].split("-"))
        spans.setdefault(fields[5], []).append((lo, hi))
        if lo <= addr < hi:
            owner = fields[5]
    if owner is None:
        return None
    return min(lo for lo, _ in spans[owner]), max(hi for _, hi in spans[owner])


def _reason(key: object) -> str:
    """An exit reason's name (``syscall``, ``budget``...) whether it is an enum or not."""
    name = getattr(key, "name", None)
    return name.lower() if isinstance(name, str) else str(key)


def _is_seq(x: object) -> bool:
    return isinstance(x, list | tuple)


def _log(msg: str) -> None:
    print(f"[micro] {msg}", file=sys.stderr, flush=True)


def _emit(kind: str, payload: dict[str, Any]) -> None:
    print(emit_line(kind, payload), flush=True)


class PreadServer:
    """One ``pread --wait-start`` process: its handshake, its rounds, its end.

    Every reply is one JSON line on the program's stdout; a reply that does
    not come within ``timeout`` seconds, or a program that exits early, is an
    error that quotes what the program said on stderr.
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
        try:
            self.ready = self.expect("ready")
        except BaseException:
            self.kill()
            raise
        self.pid = self.proc.pid
        if self.ready.get("pid") != self.pid:
            self.kill()
            # ``exec --`` must exec, not fork: the pid we attach must be pread's.
            raise RuntimeError(
                f"{name}: pread runs as pid {self.ready.get('pid')}, "
                f"but the started process is {self.pid}"
            )
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
        self.proc.send_signal(signal.SIGUSR1)
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
            self.proc.kill()
            status = self.proc.wait()
        self._stderr = self.stderr_text()
        self._sel.close()
        self._out.close()
        self._errfile.close()
        return status

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        if not self._errfile.closed:
            self.close()


@dataclass
class PointResult:
    """Every round of one point, as the programs reported them."""

    size: int
    sum: bool
    reads: int
    attach_seconds: float
    attach: dict[str, Any]
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
    required to be. The bypassed process's statistics are read right before
    and after each of its rounds, while it waits on a blocking read.
    """
    case = pread_case(size, with_sum)
    cmd = pread_command(pread, size, with_sum, budget, tmp_dir)
    servers: list[PreadServer] = []
    try:
        native = PreadServer(cmd, timeout=timeout, name=f"{case} native")
        servers.append(native)
        native.start()  # idle until its rounds: it must not compete with the attach
        ub = PreadServer([*exec_prefix, *cmd], timeout=timeout, name=f"{case} ub")
        servers.append(ub)
        t0 = time.monotonic()
        attach = bypass.attach(ub.pid)
        attach_seconds = time.monotonic() - t0
        entries = attach.get("entries")
        _log(
            f"{case}: attached pid {ub.pid} in {attach_seconds:.1f} s: image "
            f"{attach.get('image_id')}, "
            f"{len(entries) if isinstance(entries, list) else '?'} entries, "
            f"grown {attach.get('grown', 0)} times"
        )
        ub.start()
        result = PointResult(size, with_sum, native.reads, attach_seconds, attach)
        for round_no in range(budget.repeats):
            # Alternate who goes first, so a slow spell of the host does not
            # always hit the same side.
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
                f"{case} round {round_no + 1}/{budget.repeats}: native {n['iops']:,.0f}, "
                f"ub {u['iops']:,.0f} reads/s, chained {u['stats']['chained']:,} "
                f"of {result.reads:,} reads"
            )
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


#: The kernel's knob for the BTC loop budget: back edges and indirect
#: transfers one BTC run may take before it returns to user mode.
BUDGET_KNOB = Path("/proc/sys/kernel/ub/budget")

#: The budget this benchmark runs with. The kernel's default (4096) is less
#: than one 4 KiB read's sum loop (4096 back edges plus the outer loop's), so
#: every such read would leave the BTC on a BUDGET exit and cross natively.
#: 65536 lets every measured loop fit, and still bounds a BTC run to well
#: under a millisecond on hardware.
DEFAULT_BTC_BUDGET = 65536


@contextmanager
def btc_budget(value: int, knob: Path = BUDGET_KNOB) -> Iterator[str | None]:
    """Set the kernel's BTC budget for the run and put the old value back; yields the old one.

    Nothing happens (and None is yielded) where the knob does not exist or
    ``value`` is 0.
    """
    if value <= 0 or not knob.exists():
        yield None
        return
    old = knob.read_text().strip()
    knob.write_text(f"{value}\n")
    try:
        yield old
    finally:
        knob.write_text(f"{old}\n")


def run(
    bin_dir: Path,
    budget: MicroBudget,
    sizes: Sequence[int],
    sums: Sequence[bool],
    tmp_dir: Path,
    bypass: Bypass,
    *,
    exec_prefix: Sequence[str] = DEFAULT_EXEC_PREFIX,
    budget_was: str | None = None,
) -> int:
    """Every point, with a getppid measurement before each and one at the end."""
    env = environment()
    env["ub"] = _ub_knobs()
    if budget_was is not None:
        env["ub_budget_was"] = budget_was
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
        "--follow-quiet",
        type=float,
        default=2.0,
        help="after attaching, grow the image from MISS events until none came for this long "
        "(0: do not grow)",
    )
    ap.add_argument(
        "--max-insns",
        type=int,
        default=DEFAULT_MAX_INSNS,
        help="translator budget (instructions) per image",
    )
    ap.add_argument(
        "--btc-budget",
        type=int,
        default=DEFAULT_BTC_BUDGET,
        help=f"set {BUDGET_KNOB} for the run (0: leave it)",
    )
    ap.add_argument(
        "--exec-prefix",
        default=shlex.join(DEFAULT_EXEC_PREFIX),
        help="command that opts a program in to the bypass and execs it",
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
    if args.max_insns < 1:
        ap.error("--max-insns must be at least 1")
    sums = {"both": [False, True], "no": [False], "yes": [True]}[args.sum]
    exec_prefix = shlex.split(args.exec_prefix)
    if bypass is not None:
        return run(args.bin_dir, budget, sizes, sums, args.tmp_dir, bypass,
                   exec_prefix=exec_prefix)  # fmt: skip
    with (
        KernelBypass(follow_quiet=args.follow_quiet, max_insns=args.max_insns) as kb,
        btc_budget(args.btc_budget) as was,
    ):
        if was is not None:
            _log(f"BTC budget {args.btc_budget} for the run (was {was})")
        return run(
            args.bin_dir, budget, sizes, sums, args.tmp_dir, kb,
            exec_prefix=exec_prefix, budget_was=was,
        )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
