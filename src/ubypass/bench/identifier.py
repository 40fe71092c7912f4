"""``ub bench identifier``: what the hot-syscall identifier costs, measured in the lab.

The host compiles ``bench/``, boots the guest once per KPTI state and runs
:mod:`ubypass.bench.guest_identifier` there: getppid round trips and 64 B
preads of an opted-in process whose sites are never hot, identifier on and
off, plus the same programs not opted in, in alternating rounds. Here the
runs of each (sampling, case) become one record:

- ``off_ns``, ``on_ns``: ns per syscall, opted in, identifier off / on;
  ``plain_off_ns``, ``plain_on_ns``: the same, not opted in;
- ``slowdown`` = on / off − 1 and ``extra_ns`` = on − off (and ``plain_*``
  of the not-opted-in pair): the identifier's cost, and what it costs
  every other task.

Two clocks. ``wall``: the guest's clock runs with the host's, each figure
is the best of the rounds (the host's load only ever slows a run down).
``icount`` (``--icount``, QEMU ``-icount shift=0,sleep=off``): the guest's
clock advances 1 ns per instruction executed, so ns per syscall *is*
instructions per syscall, whatever the host is doing; there each figure
is the median of the rounds (what varies is where the guest's timer
ticks land, which goes both ways), and the pass runs twice: with the
kernel's sampling (``default``) and with ``hot_period`` = ``hot_max_period``
= 16384 (``none``), where ``extra_ns`` is the instructions an *unsampled*
syscall pays. The icount guest has one vCPU, so the clock counts the
benchmark's instructions and not a second CPU's.

A run is refused (BenchError) unless it is complete (every configuration
ran every round), no site was reported hot (the premise), and the
control saw the identifier sample the opted-in loop when on and not when
off: a figure for "on" from an identifier that sampled nothing would
measure nothing.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ubypass.bench.baseline import (
    GUEST_BIN_DIR,
    GUEST_MEM,
    GUEST_SMP,
    GUEST_SRC_DIR,
    BenchError,
    _ProgressStream,
    built_benchmarks,
    guest_driver,
)
from ubypass.bench.guest_identifier import CASES, CONFIGS, case_label
from ubypass.bench.records import extract_lines

if TYPE_CHECKING:
    from ubypass.bench.build import BenchBuild

__all__ = [
    "CLOCKS",
    "EXTRA_TARGET",
    "ICOUNT_BUDGET",
    "SLOWDOWN_TARGET",
    "cells",
    "collect",
    "guest_command",
    "headers",
    "notes",
    "render",
    "run_identifier",
    "summarize",
]

CLOCKS = ("wall", "icount")
#: The issue's targets: under 1% slower, about 15 instructions per unsampled syscall.
SLOWDOWN_TARGET = 0.01
EXTRA_TARGET = 15.0
#: icount runs are deterministic: fewer, shorter rounds say as much
#: (seconds, warm-up seconds, rounds); an icount guest runs ~10× slower.
ICOUNT_BUDGET = (0.2, 0.05, 3)
#: One vCPU under icount: guest time then counts this CPU's instructions only.
ICOUNT_SMP = 1
#: Guest seconds a run may take under icount: in effect none. With
#: ``sleep=off`` the guest's clock jumps over every idle wait (a 9p read,
#: an RCU grace period: whole seconds each), so a guest-side limit fires on
#: runs that are not stuck; the host's real-time timeout bounds the boot.
ICOUNT_RUN_TIMEOUT = 1e6
_ROLES = tuple(c.name for c in CONFIGS)


def guest_command(
    quick: bool,
    *,
    samplings: Sequence[str] = ("default",),
    seconds: float | None = None,
    warmup: float | None = None,
    rounds: int | None = None,
    run_timeout: float | None = None,
    bin_dir: str = GUEST_BIN_DIR,
    src_dir: str = GUEST_SRC_DIR,
    tmp_dir: str = "/tmp",
) -> list[str]:
    """The guest's command: the identifier driver from the shared checkout."""
    cmd = guest_driver("ubypass.bench.guest_identifier", quick, bin_dir, src_dir, tmp_dir)
    cmd += ["--sampling", ",".join(samplings)]
    if seconds is not None:
        cmd += ["--seconds", str(seconds)]
    if warmup is not None:
        cmd += ["--warmup", str(warmup)]
    if rounds is not None:
        cmd += ["--rounds", str(rounds)]
    if run_timeout is not None:
        cmd += ["--run-timeout", str(run_timeout)]
    return cmd


def _positive(v: object, what: str) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or v <= 0:
        raise ValueError(f"{what} is {v!r}")
    return float(v)


def _spread(values: Sequence[float]) -> dict[str, Any]:
    return {
        "best": min(values),
        "median": statistics.median(values),
        "max": max(values),
        "n": len(values),
        "values": list(values),
    }


def summarize(
    values: Mapping[str, Sequence[float]],
    *,
    clock: str,
    case: str,
    sampling: str,
    kpti: bool,
    run: Mapping[str, Any],
    passed: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """One record from the ns per syscall of every run of one (sampling, case).

    ``values`` maps each configuration (off, on, plain_off, plain_on) to its
    runs' figures; every configuration must have run, and equally often.
    """
    if clock not in CLOCKS:
        raise ValueError(f"unknown clock {clock!r}")
    missing = [role for role in _ROLES if not values.get(role)]
    if missing:
        raise ValueError(f"{case}, {sampling} sampling: no runs of {', '.join(missing)}")
    counts = {role: len(values[role]) for role in _ROLES}
    if len(set(counts.values())) != 1:
        raise ValueError(f"{case}, {sampling} sampling: unequal rounds {counts}")
    spreads = {role: _spread([_positive(v, f"{role} ns") for v in values[role]])
               for role in _ROLES}  # fmt: skip
    figure = "best" if clock == "wall" else "median"
    ns = {role: float(spreads[role][figure]) for role in _ROLES}
    median = {role: float(spreads[role]["median"]) for role in _ROLES}
    rec: dict[str, Any] = {
        "bench": "identifier",
        "clock": clock,
        "kpti": kpti,
        "sampling": sampling,
        "case": case_label(case),
        "program": case,
        "unit": "ns/syscall",
        "figure": figure,
        **{f"{role}_ns": ns[role] for role in _ROLES},
        "slowdown": ns["on"] / ns["off"] - 1.0,
        "extra_ns": ns["on"] - ns["off"],
        "plain_slowdown": ns["plain_on"] / ns["plain_off"] - 1.0,
        "plain_extra_ns": ns["plain_on"] - ns["plain_off"],
        "median_slowdown": median["on"] / median["off"] - 1.0,
        "median_plain_slowdown": median["plain_on"] / median["plain_off"] - 1.0,
        "rounds": counts["on"],
        "runs": spreads,
        "run": dict(run),
    }
    if clock == "icount":
        # shift=0: one guest instruction is one ns of guest time.
        rec["extra_instructions"] = rec["extra_ns"]
        rec["plain_extra_instructions"] = rec["plain_extra_ns"]
    if passed is not None:
        for key in ("hot_period", "hot_max_period", "hot_gap_ns", "events", "events_by_config",
                    "control"):
            rec[key] = passed.get(key)
    return rec


def _check_pass(passed: Mapping[str, Any], where: str) -> None:
    """The premises of a pass: nothing hot, and the identifier sampled only when on."""
    events = passed.get("events")
    if not isinstance(events, Mapping):
        raise BenchError(f"{where}: no event counts")
    hot = {k: v for k, v in events.items() if k in ("HOT", "EARLY") and v}
    if hot:
        raise BenchError(f"{where}: sites were reported hot ({hot}) although hot_gap_ns "
                         "makes no gap short: the figures are not of never-hot sites")
    control = passed.get("control")
    if not isinstance(control, Mapping):
        raise BenchError(f"{where}: no control run")
    on, off = control.get("on"), control.get("off")
    if not isinstance(on, Mapping) or not isinstance(off, Mapping):
        raise BenchError(f"{where}: incomplete control run: {dict(control)}")
    if not (isinstance(on.get("samples"), int) and on["samples"] > 0):
        raise BenchError(f"{where}: with the identifier on, it sampled nothing of an "
                         f"opted-in loop ({dict(on)}): 'on' would measure nothing")
    if on.get("hits") != 0:
        raise BenchError(f"{where}: the identifier counted short gaps ({dict(on)})")
    if off.get("samples") != 0:
        raise BenchError(f"{where}: with the identifier off, it still sampled ({dict(off)})")


def collect(
    output: str, *, kpti: bool, clock: str, run: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """Records from one guest run's output, or BenchError if anything is missing or wrong."""
    state = "on" if kpti else "off"
    try:
        lines = extract_lines(output)
    except ValueError as e:
        raise BenchError(str(e)) from None
    env: dict[str, Any] = {}
    errors: list[str] = []
    values: dict[tuple[str, str], dict[str, list[float]]] = {}
    passes: dict[str, Mapping[str, Any]] = {}
    done = False
    for obj in lines:
        kind = obj["kind"]
        if kind == "env" and isinstance(obj.get("env"), dict):
            env = obj["env"]
        elif kind == "error":
            errors.append(f"{obj.get('bench')}: {obj.get('error')}")
        elif kind == "sample":
            sampling, case, config = obj.get("sampling"), obj.get("case"), obj.get("config")
            if case not in CASES or config not in _ROLES or not isinstance(sampling, str):
                raise BenchError(f"bad sample from the guest: {obj}")
            try:
                ns = _positive(obj.get("ns"), "ns")
            except ValueError as e:
                raise BenchError(f"bad sample from the guest: {e}: {obj}") from None
            values.setdefault((sampling, case), {}).setdefault(config, []).append(ns)
        elif kind == "pass" and isinstance(obj.get("sampling"), str):
            passes[obj["sampling"]] = obj
        elif kind == "done":
            done = True
    where = f"{clock} clock, KPTI {state}"
    if errors:
        raise BenchError(f"the identifier benchmark failed in the guest ({where}):\n"
                         + "\n".join(errors))
    if not done:
        raise BenchError(f"the guest's run did not finish ({where}; no 'done' line)")
    if not values:
        raise BenchError(f"the guest reported no runs ({where})")
    records = []
    for (sampling, case), by_config in values.items():
        passed = passes.get(sampling)
        if passed is None:
            raise BenchError(f"{where}: no end of the {sampling} sampling pass")
        _check_pass(passed, f"{where}, {sampling} sampling")
        try:
            records.append(summarize(by_config, clock=clock, case=case, sampling=sampling,
                                     kpti=kpti, run={**run, "guest": env}, passed=passed))
        except ValueError as e:
            raise BenchError(f"{where}: {e}") from None
    return records


def _boot(
    console: Console,
    command: Sequence[str],
    *,
    kpti: bool,
    clock: str,
    accel: str,
    timeout: float,
    binaries: BenchBuild,
    variant: str | None,
) -> tuple[str, int, dict[str, Any]]:
    """Boot once, run the driver; its output, exit status and the run's metadata."""
    from ubypass.lab.vm import LabError, run_in_guest

    state = "on" if kpti else "off"
    icount = clock == "icount"
    smp = ICOUNT_SMP if icount else GUEST_SMP
    console.print(f"[bold]booting the lab with KPTI {state}[/bold] ({accel}"
                  + (", icount: 1 ns = 1 instruction" if icount else "") + ")")
    stream: TextIO = _ProgressStream(console)  # type: ignore[assignment]
    t0 = time.monotonic()
    extra: dict[str, Any] = {} if variant is None else {"variant": variant}
    try:
        guest = run_in_guest(
            command, kpti=kpti, accel=accel, smp=smp, mem=GUEST_MEM, timeout=timeout,
            stream=stream, shares={GUEST_BIN_DIR: binaries.directory}, icount=icount, **extra,
        )  # fmt: skip
    except LabError as e:
        raise BenchError(f"the lab run with KPTI {state} ({clock} clock) failed: {e}") from e
    if guest.kpti != kpti:
        raise BenchError(f"asked for KPTI {state}, the guest ran with KPTI {guest.kpti}")
    return guest.output, guest.exit_status, {
        "accel": accel,
        "icount": icount,
        "smp": smp,
        "mem": GUEST_MEM,
        "variant": variant or "release",
        "kernel": guest.kernel_version,
        "boot_seconds": guest.boot_seconds,
        "wall_seconds": time.monotonic() - t0,
        "bench_build": binaries.digest,
    }


def run_identifier(
    kpti_states: Sequence[bool],
    *,
    accel: str = "tcg",
    quick: bool = False,
    icount: bool = False,
    console: Console | None = None,
    timeout: float | None = None,
    variant: str | None = None,
) -> list[dict[str, Any]]:
    """Boot once per KPTI state (and per clock, with ``icount``); return every record."""
    if icount and accel != "tcg":
        raise BenchError("--icount needs --accel tcg: KVM cannot count guest instructions")
    console = console or Console(stderr=True)
    binaries = built_benchmarks(console)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    records: list[dict[str, Any]] = []
    for clock in ("wall", "icount") if icount else ("wall",):
        if clock == "icount":
            seconds, warmup, rounds = (None, None, None) if quick else ICOUNT_BUDGET
            command = guest_command(quick, samplings=("default", "none"), seconds=seconds,
                                    warmup=warmup, rounds=rounds,
                                    run_timeout=ICOUNT_RUN_TIMEOUT)
        else:
            command = guest_command(quick)
        for kpti in kpti_states:
            output, status, run = _boot(
                console, command, kpti=kpti, clock=clock, accel=accel,
                timeout=timeout if timeout is not None else (1200.0 if quick else 3600.0),
                binaries=binaries, variant=variant,
            )  # fmt: skip
            run.update(started=stamp, quick=quick)
            found = collect(output, kpti=kpti, clock=clock, run=run)
            if status != 0:
                raise BenchError(f"the guest's run exited with {status}")
            records.extend(found)
    return records


# --- the tables -------------------------------------------------------------


def headers(clock: str) -> tuple[str, ...]:
    """Column titles: the opted-in pair and its cost, then the same for the others.

    Short enough for an 80-column terminal; the notes give the unit (ns or
    instructions per syscall) and say who the others are.
    """
    cost = ("extra", "slower") if clock == "icount" else ("slower",)
    return ("KPTI", "case", "sampling", "opted in\noff", "\non", *(f"\n{c}" for c in cost),
            "others\noff", "\non", f"\n{cost[0]}")


def _n(v: float, clock: str) -> str:
    # Instructions are exact to a fraction; wall-clock ns are not.
    return f"{v:,.1f}" if clock == "icount" or v < 1000 else f"{v:,.0f}"


def _pct(v: float) -> str:
    return f"{v:+.2%}"


def _extra(v: float) -> str:
    return f"{v:+.1f}"


def cells(rec: Mapping[str, Any]) -> list[str]:
    """One table row for one record."""
    clock = str(rec["clock"])
    case = "getppid" if rec.get("program") == "getppid" else str(rec["case"])
    row = ["on" if rec["kpti"] else "off", case, str(rec["sampling"])]
    off, on = _n(float(rec["off_ns"]), clock), _n(float(rec["on_ns"]), clock)
    poff, pon = _n(float(rec["plain_off_ns"]), clock), _n(float(rec["plain_on_ns"]), clock)
    if clock == "icount":
        return [*row, off, on, _extra(float(rec["extra_ns"])), _pct(float(rec["slowdown"])),
                poff, pon, _extra(float(rec["plain_extra_ns"]))]
    return [*row, off, on, _pct(float(rec["slowdown"])),
            poff, pon, _pct(float(rec["plain_slowdown"]))]


def _ordered(records: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    samplings = {"default": 0, "none": 1}
    return sorted(records, key=lambda r: (bool(r["kpti"]), samplings.get(r["sampling"], 2)))


def render(records: Sequence[Mapping[str, Any]], *, clock: str, title: str) -> Group:
    """The table of one clock's records, then the notes it needs to be read."""
    mine = _ordered([r for r in records if r["clock"] == clock])
    # No padding: the box's blank column rules separate the cells, and ten
    # columns of icount figures then fit an 80-column terminal.
    table = Table(title=title, box=box.SIMPLE_HEAD, padding=(0, 0), collapse_padding=True,
                  pad_edge=False, show_edge=False)
    for i, h in enumerate(headers(clock)):
        table.add_column(h, justify="left" if i < 3 else "right", no_wrap=True)
    for i, rec in enumerate(mine):
        last = i + 1 == len(mine) or (mine[i + 1]["kpti"], mine[i + 1]["sampling"]) != (
            rec["kpti"], rec["sampling"])
        table.add_row(*cells(rec), end_section=last)
    return Group(table, *(Text(line) for line in notes(mine, clock=clock)))


def notes(records: Sequence[Mapping[str, Any]], *, clock: str) -> list[str]:
    """How the figures were made, the checks they passed, and the targets."""
    out: list[str] = []
    if not records:
        return out
    rounds = {r["rounds"] for r in records}
    n = "/".join(str(x) for x in sorted(rounds))
    if clock == "wall":
        out.append(f"each figure: the best of {n} alternating rounds, ns per syscall "
                   "(the host's load only slows a run down; medians in the records)")
        worst = max(records, key=lambda r: float(r["slowdown"]))
        out.append(f"largest slowdown, opted in, identifier on vs off: "
                   f"{_pct(float(worst['slowdown']))} ({worst['case']}, KPTI "
                   f"{'on' if worst['kpti'] else 'off'}; target: under "
                   f"{SLOWDOWN_TARGET:.0%})")
    else:
        out.append(f"icount: guest time advances 1 ns per instruction, so each figure is "
                   f"instructions per syscall (the median of {n} alternating rounds)")
        unsampled = [r for r in records if r["sampling"] == "none"]
        if unsampled:
            worst = max(unsampled, key=lambda r: float(r["extra_ns"]))
            out.append(
                "sampling none: hot_period = hot_max_period = "
                f"{worst.get('hot_period')}, the cost of an unsampled syscall; largest extra: "
                f"{_extra(float(worst['extra_ns']))} instructions ({worst['case']}, KPTI "
                f"{'on' if worst['kpti'] else 'off'}; target: at most ~{EXTRA_TARGET:.0f})")
    periods = sorted({(r["sampling"], r.get("hot_period"), r.get("hot_max_period"))
                      for r in records}, key=str)  # fmt: skip
    out.append("sampling: " + ", ".join(f"{s} (hot_period {p}, hot_max_period {m})"
                                        for s, p, m in periods)
               + "; with the default a process starts at hot_period and doubles it per quiet "
               "window, so a short run pays more samples than a long-lived process")
    samples = [int(r["control"]["on"]["samples"]) for r in records
               if isinstance(r.get("control"), Mapping)]  # fmt: skip
    out.append(
        "never hot: hot_gap_ns = 1, no site reported hot; control (UB_IOC_HOT on an opted-in "
        f"pread loop): {min(samples, default=0):,}–{max(samples, default=0):,} gaps sampled with "
        "the identifier on, none short; none sampled with it off")
    out.append("others: the same programs not opted in: what every other task pays for the "
               "identifier (nothing is meant: a sampled exit sets a syscall work bit, so no "
               "entry tests anything)")
    return out
