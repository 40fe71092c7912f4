"""What the hot-syscall identifier costs a process it watches, measured where this runs.

This runs inside the lab's guest (``python3 -m ubypass.bench.guest_identifier``
with ``PYTHONPATH=/ub/src``), on our kernel, as root; the host side is
:mod:`ubypass.bench.identifier`. It imports only the standard library and
the checkout's stdlib-only modules (records, the opt-in prctl, the
``/dev/ub`` wrapper).

The question is the identifier's price for a process whose sites are never
hot, which is what most watched processes are most of the time: every
syscall pays the countdown on exit and the test on entry, one in about
``hot_period`` pays a sample. So ``hot_gap_ns`` is set to 1 (no gap is
that short: nothing is ever counted as a hit, nothing reported, no
daemon needed), and each benchmark program (getppid round trip, pread of
64 B) runs in four configurations, alternated within every round so that
a slow spell of the host hits all of them alike:

- ``off`` / ``on``: opted in (``PR_SET_UB`` before exec), identifier
  (``hot_enabled``) off / on — the identifier's cost;
- ``plain_off`` / ``plain_on``: not opted in, identifier off / on — what
  every other task pays for the identifier existing (the entry test).

A pass runs all rounds under one sampling setting: ``default`` (the
kernel's ``hot_period``/``hot_max_period`` as booted; a fresh process
starts at ``hot_period`` and doubles it per quiet window) or ``none``
(both at the kernel's limit, 16384: samples are negligible, what remains
is the cost of an unsampled syscall). After each run the ``/dev/ub``
event queue is drained and its HOT/EARLY events counted (there must be
none); after each pass a control run asks the kernel (``UB_IOC_HOT``)
whether it really sampled an opted-in loop with the identifier on, and
not with it off — a figure for "on" that sampled nothing would measure
nothing.

Lines go to stdout as marker lines (:mod:`ubypass.bench.records`):
``env``, ``sample`` (one per run), ``pass`` (per sampling), ``error`` and
``done``; progress goes to stderr. The sysctls are put back as found,
whatever happens.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from ubypass.bench.records import Scalar, emit_line, parse_bench_line, pread_case

__all__ = [
    "CASES",
    "CONFIGS",
    "KNOBS",
    "NO_SAMPLING_PERIOD",
    "PREAD_SIZE",
    "SAMPLINGS",
    "Budget",
    "Config",
    "Knobs",
    "Sample",
    "case_label",
    "main",
    "measure",
    "run_program",
]

KNOBS = Path("/proc/sys/kernel/ub")
CASES = ("getppid", "pread")
PREAD_SIZE = 64
SAMPLINGS = ("default", "none")
#: The kernel's limit for hot_period and hot_max_period (the task's
#: countdown is an s16 drawn below 2 × period).
NO_SAMPLING_PERIOD = 16384
#: What the driver sets, and puts back afterwards.
TOUCHED = ("enabled", "hot_enabled", "hot_gap_ns", "hot_period", "hot_max_period")
#: No gap is shorter than 1 ns: no site is ever hot.
NEVER_HOT_GAP_NS = 1


@dataclass(frozen=True)
class Config:
    """One way of running a program: opted in or not, identifier on or off."""

    name: str
    opted_in: bool
    hot: bool


CONFIGS = (
    Config("off", opted_in=True, hot=False),
    Config("on", opted_in=True, hot=True),
    Config("plain_off", opted_in=False, hot=False),
    Config("plain_on", opted_in=False, hot=True),
)


@dataclass
class Budget:
    """How long each run measures, and how many alternating rounds there are."""

    seconds: float
    warmup: float
    rounds: int
    #: Guest seconds one run may take; None: a margin over the budget.
    #: Under icount the guest's clock jumps over idle waits (a 9p read, a
    #: grace period) by whole seconds, so the host disables it there and
    #: its own real-time limit bounds the run instead.
    timeout: float | None = None

    def run_timeout(self) -> float:
        if self.timeout is not None:
            return self.timeout
        # Generous: a guest slowed by a host build still finishes.
        return 120.0 + 20.0 * (self.seconds + self.warmup)

    @classmethod
    def default(cls, quick: bool) -> Budget:
        # 0.5 s is ~100k getppid calls under TCG with KPTI on; five rounds
        # of four configurations let each have a run the host left alone.
        return cls(0.1, 0.02, 2) if quick else cls(0.5, 0.1, 5)


@dataclass(frozen=True)
class Sample:
    """One run's figure: nanoseconds per syscall over ``calls`` syscalls."""

    ns: float
    calls: int


def case_label(case: str) -> str:
    """The table's name of a case (the same as the baseline's rows)."""
    return "getppid round trip" if case == "getppid" else pread_case(PREAD_SIZE, False)


class Knobs:
    """The bypass's sysctls (one file each under ``base``)."""

    def __init__(self, base: Path = KNOBS) -> None:
        self.base = base

    def read(self, name: str) -> str:
        return (self.base / name).read_text().strip()

    def write(self, name: str, value: int | str) -> None:
        (self.base / name).write_text(f"{value}\n")

    def all(self) -> dict[str, str]:
        """Every knob's value, for the records."""
        out: dict[str, str] = {}
        for p in sorted(self.base.iterdir()):
            try:
                out[p.name] = p.read_text().strip()
            except OSError:
                continue
        return out

    @contextmanager
    def saved(self, names: Sequence[str]) -> Iterator[dict[str, str]]:
        """Yield the values of ``names``, and write them back on the way out."""
        old = {name: self.read(name) for name in names}
        try:
            yield old
        finally:
            for name in reversed(names):
                self.write(name, old[name])


class Events(Protocol):
    def drain(self) -> Counter[str]:
        """The events queued since the last drain, counted by type name."""


class NoEvents:
    """Where there is no ``/dev/ub`` (tests on the host): nothing is ever queued."""

    def drain(self) -> Counter[str]:
        return Counter()


class DeviceEvents:
    """The ``/dev/ub`` event queue, read by nobody else while this runs."""

    def __init__(self) -> None:
        from ubypass.bypass.device import UbDevice

        self.device = UbDevice()

    def drain(self) -> Counter[str]:
        found: Counter[str] = Counter()
        while events := self.device.events(0):
            for ev in events:
                found[getattr(ev.type, "name", str(ev.type))] += 1
        return found


Runner = Callable[[str, bool], Sample]
Control = Callable[[bool], dict[str, Any]]


def _log(msg: str) -> None:
    print(f"[identifier] {msg}", file=sys.stderr, flush=True)


def _emit(kind: str, payload: dict[str, Any]) -> None:
    print(emit_line(kind, payload), flush=True)


def _opt_in() -> None:
    # In the child between fork and exec: the flag survives the exec.
    from ubypass.bypass.optin import set_optin

    set_optin(True)


def program_command(bin_dir: Path, case: str, budget: Budget, tmp_dir: Path) -> list[str]:
    """The benchmark program's argv for ``case`` (a plain timed run)."""
    timing = ["--seconds", str(budget.seconds), "--warmup", str(budget.warmup)]
    if case == "getppid":
        return [str(bin_dir / "getppid"), *timing]
    if case == "pread":
        return [str(bin_dir / "pread"), "--size", str(PREAD_SIZE), *timing,
                "--dir", str(tmp_dir), "--verify"]  # fmt: skip
    raise ValueError(f"unknown case {case!r}")


def run_program(
    bin_dir: Path, case: str, opted_in: bool, budget: Budget, tmp_dir: Path
) -> Sample:
    """Run ``case`` once (opted in or not) and return its ns per syscall."""
    cmd = program_command(bin_dir, case, budget, tmp_dir)
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=budget.run_timeout(),
                          preexec_fn=_opt_in if opted_in else None)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {done.returncode}: "
                           f"{done.stderr.strip()[-2000:]}")
    lines = done.stdout.strip().splitlines()
    if len(lines) != 1:
        raise ValueError(f"{case} printed {len(lines)} lines, expected 1")
    m = parse_bench_line(lines[0])
    if case == "getppid":
        return Sample(m.value, int(_count(m.raw, "calls")))
    if m.params != {"size": PREAD_SIZE, "sum": False} or m.raw.get("verified") is not True:
        raise ValueError(f"pread answered another question or did not verify: {lines[0]}")
    reads = int(_count(m.raw, "reads"))
    return Sample(_count(m.raw, "seconds") * 1e9 / reads, reads)


def _count(raw: Mapping[str, Scalar], key: str) -> float:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"{key} is {value!r}")
    return float(value)


def measure(
    *,
    cases: Sequence[str],
    samplings: Sequence[str],
    budget: Budget,
    runner: Runner,
    knobs: Knobs,
    events: Events,
    control: Control | None = None,
    emit: Callable[[str, dict[str, Any]], None] = _emit,
) -> None:
    """Every pass, round, case and configuration; the sysctls restored afterwards.

    The order of the configurations is reversed every other round (ABCD
    DCBA ...), so a drift of the host's speed during a round is shared
    evenly rather than always falling on the last.
    """
    with knobs.saved(TOUCHED) as booted:
        knobs.write("enabled", 1)  # the whole bypass: without it no task is looked at
        knobs.write("hot_gap_ns", NEVER_HOT_GAP_NS)
        events.drain()
        for sampling in samplings:
            if sampling == "none":
                period = max_period = str(NO_SAMPLING_PERIOD)
            else:
                period, max_period = booted["hot_period"], booted["hot_max_period"]
            knobs.write("hot_period", period)
            knobs.write("hot_max_period", max_period)
            seen: Counter[str] = Counter()
            per_config: dict[str, Counter[str]] = {}
            for round_no in range(1, budget.rounds + 1):
                order = CONFIGS if round_no % 2 else CONFIGS[::-1]
                for case in cases:
                    for config in order:
                        knobs.write("hot_enabled", 1 if config.hot else 0)
                        sample = runner(case, config.opted_in)
                        found = events.drain()
                        seen.update(found)
                        per_config.setdefault(config.name, Counter()).update(found)
                        emit("sample", {
                            "sampling": sampling, "case": case, "config": config.name,
                            "round": round_no, "ns": sample.ns, "calls": sample.calls,
                        })  # fmt: skip
                        _log(f"{sampling} sampling, {case}, {config.name}: {sample.ns:,.1f} "
                             f"ns/syscall (round {round_no}/{budget.rounds})")
            checks = {}
            if control is not None:
                for hot in (True, False):
                    knobs.write("hot_enabled", 1 if hot else 0)
                    checks["on" if hot else "off"] = control(hot)
                seen.update(events.drain())
            emit("pass", {
                "sampling": sampling, "hot_period": int(period),
                "hot_max_period": int(max_period), "hot_gap_ns": NEVER_HOT_GAP_NS,
                "events": dict(seen),
                "events_by_config": {k: dict(v) for k, v in per_config.items()},
                "control": checks,
            })  # fmt: skip


def control_run(bin_dir: Path, tmp_dir: Path, hot: bool, *, polls: int = 100) -> dict[str, Any]:
    """Ask the kernel what its identifier saw of an opted-in pread loop.

    ``pread --wait-start`` keeps its loop running until told to stop;
    while it does, ``UB_IOC_HOT`` reads the sites the identifier keeps for
    its mm. With the identifier on there must be sampled gaps (it is
    measuring something) and no short ones (``hot_gap_ns`` works); with
    it off there must be none at all. With it on this polls every 0.1 s
    until the first sample arrives (at most ``polls`` times: with sampling
    "none" one syscall in ~16384 is sampled); with it off it watches three
    polls (0.3 s of a loop that, sampled, would give hundreds of samples).
    Polls, not a deadline: under icount the guest's clock can jump.
    """
    from ubypass.bypass.device import UbDevice

    cmd = [str(bin_dir / "pread"), "--size", str(PREAD_SIZE), "--seconds", "0.05",
           "--warmup", "0.01", "--dir", str(tmp_dir), "--wait-start"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_opt_in)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if '"ready"' not in line:
            raise RuntimeError(f"the control loop did not start: {line!r}")
        with UbDevice() as dev:
            for _ in range(max(1, polls if hot else 3)):
                time.sleep(0.1)
                sites = dev.hot(proc.pid)
                total = sum(s.total for s in sites.sites)
                if hot and total > 0:
                    break
        return {
            "sites": len(sites.sites),
            "samples": total,
            "hits": sum(s.hits for s in sites.sites),
            "reported": sum(1 for s in sites.sites if s.reported),
            "period": sites.period,
        }
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)


def daemons() -> list[int]:
    """Pids of running ``ubd`` processes (``python3 -m ubypass daemon``, ``ub daemon``)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        names = {os.path.basename(a) for a in argv}
        if b"ubd" in names or (b"daemon" in argv and names & {b"ubypass", b"ub"}):
            found.append(int(entry.name))
    return found


def _read(path: str) -> str | None:
    try:
        return Path(path).read_text().strip()
    except OSError:
        return None


def environment(knobs: Knobs) -> dict[str, Any]:
    """What a reader needs to trust the figures: kernel, KPTI, clock, the knobs as found."""
    return {
        "kernel": os.uname().release,
        "meltdown": _read("/sys/devices/system/cpu/vulnerabilities/meltdown"),
        "clocksource": _read("/sys/devices/system/clocksource/clocksource0/current_clocksource"),
        "cmdline": _read("/proc/cmdline"),
        "cpus": os.cpu_count(),
        "knobs": knobs.all(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="guest_identifier", description=__doc__)
    ap.add_argument("--bin-dir", type=Path, required=True, help="compiled bench/ programs")
    ap.add_argument("--tmp-dir", type=Path, default=Path("/tmp"), help="where pread's file goes")
    ap.add_argument("--quick", action="store_true", help="short budgets (tests, smoke runs)")
    ap.add_argument("--seconds", type=float, help="measured seconds per run")
    ap.add_argument("--warmup", type=float, help="warm-up seconds per run")
    ap.add_argument("--rounds", type=int, help="alternating rounds per pass")
    ap.add_argument("--run-timeout", type=float,
                    help="guest seconds one run may take (default: a margin over the budget)")
    ap.add_argument("--sampling", default="default", help="comma-separated: default,none")
    ap.add_argument("--cases", default=",".join(CASES), help="comma-separated: getppid,pread")
    args = ap.parse_args(argv)

    budget = Budget.default(args.quick)
    budget.seconds = args.seconds or budget.seconds
    budget.warmup = args.warmup or budget.warmup
    budget.rounds = args.rounds or budget.rounds
    budget.timeout = args.run_timeout
    if budget.rounds < 1:
        ap.error("--rounds must be at least 1")
    samplings = [s for s in args.sampling.split(",") if s]
    cases = [c for c in args.cases.split(",") if c]
    if not samplings or set(samplings) - set(SAMPLINGS):
        ap.error(f"--sampling: choose from {', '.join(SAMPLINGS)}")
    if not cases or set(cases) - set(CASES):
        ap.error(f"--cases: choose from {', '.join(CASES)}")

    knobs = Knobs()
    failed = 0
    try:
        _emit("env", {"env": environment(knobs), "budget": asdict(budget)})
        running = daemons()
        if running:
            raise RuntimeError(f"ubd is running (pids {running}): it would consume the events "
                               "and translate; the identifier's cost is measured without it")
        from ubypass.bypass.optin import get_optin

        get_optin()  # fails clearly on a kernel without the bypass
        measure(
            cases=cases, samplings=samplings, budget=budget,
            runner=lambda case, opted_in: run_program(
                args.bin_dir, case, opted_in, budget, args.tmp_dir),
            knobs=knobs, events=DeviceEvents(),
            control=lambda hot: control_run(args.bin_dir, args.tmp_dir, hot),
        )  # fmt: skip
    except Exception as e:  # whatever went wrong must reach the host as a line
        failed = 1
        _log(f"FAILED: {e}")
        _emit("error", {"bench": "identifier", "error": str(e)})
    _emit("done", {"failed": failed})
    return failed


if __name__ == "__main__":
    sys.exit(main())
