"""``ub bench identifier`` without the lab: the guest driver's loop, the records, the tables.

The guest driver runs here with a fake sysctl directory, a fake program
runner and a fake control, so what it sets before each run, in which
order it alternates, and that it restores the sysctls even when a run
fails, are checked directly; its output then goes through the host's
``collect`` as a real guest's would. The real programs run natively too
(not opted in: the host kernel has no bypass).
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console

import ubypass.bench.baseline as baseline_mod
import ubypass.bench.identifier as ident
from ubypass.bench.baseline import BenchError
from ubypass.bench.build import BenchBuild, build
from ubypass.bench.cli import bench
from ubypass.bench.guest_identifier import (
    CONFIGS,
    NO_SAMPLING_PERIOD,
    Budget,
    Knobs,
    Sample,
    measure,
    run_program,
)
from ubypass.bench.records import emit_line
from ubypass.lab.qemu import Share, VmConfig, qemu_command

BOOTED = {"enabled": "1", "hot_enabled": "1", "hot_gap_ns": "5000", "hot_period": "10",
          "hot_max_period": "1024", "budget": "65536"}  # fmt: skip

#: Fake ns per syscall: the identifier costs opted-in runs 5 ns (15 with
#: default sampling), and every other task 1 ns.
BASE = {"getppid": 1000.0, "pread": 2000.0}


def fake_ns(case: str, opted_in: bool, hot: bool, period: int, round_no: int) -> float:
    extra = (5.0 + (10.0 if period < NO_SAMPLING_PERIOD else 0.0)) if opted_in else 1.0
    # Round 1 is disturbed (slower) for every configuration alike.
    return BASE[case] + (extra if hot else 0.0) + (500.0 if round_no == 1 else 0.0)


@pytest.fixture
def knobs(tmp_path: Path) -> Knobs:
    base = tmp_path / "ub"
    base.mkdir()
    for name, value in BOOTED.items():
        (base / name).write_text(value + "\n")
    return Knobs(base)


class Driver:
    """The fakes around ``measure`` and what they saw."""

    def __init__(self, knobs: Knobs, *, events: Counter[str] | None = None,
                 queued: Counter[str] | None = None,
                 control: Callable[[bool], dict[str, Any]] | None = None,
                 fail_at: int | None = None) -> None:
        self.knobs = knobs
        self.runs: list[dict[str, Any]] = []
        self.lines: list[str] = []
        # ``queued`` waits in the queue before the driver starts; ``events``
        # are posted during its first run.
        self.events = queued or Counter()
        self.during = events or Counter()
        self.control_calls: list[tuple[bool, str]] = []
        self.control = control or self.default_control
        self.fail_at = fail_at
        self.rounds = 1

    def default_control(self, hot: bool) -> dict[str, Any]:
        self.control_calls.append((hot, self.knobs.read("hot_enabled")))
        return {"sites": 1 if hot else 0, "samples": 40 if hot else 0, "hits": 0,
                "reported": 0, "period": 10}

    def drain(self) -> Counter[str]:
        found, self.events = self.events, Counter()
        return found

    def runner(self, case: str, opted_in: bool) -> Sample:
        if self.fail_at is not None and len(self.runs) == self.fail_at:
            raise RuntimeError("the program crashed")
        seen = {name: self.knobs.read(name) for name in BOOTED}
        if not self.runs:
            self.events.update(self.during)
        self.runs.append({"case": case, "opted_in": opted_in, **seen})
        per_round = 2 * len(CONFIGS)
        round_no = (len(self.runs) - 1) % (per_round * self.rounds) // per_round + 1
        ns = fake_ns(case, opted_in, seen["hot_enabled"] == "1", int(seen["hot_period"]),
                     round_no)
        return Sample(ns, 1000)

    def emit(self, kind: str, payload: dict[str, Any]) -> None:
        self.lines.append(emit_line(kind, payload))

    def measure(self, samplings: tuple[str, ...] = ("default",), rounds: int = 3) -> None:
        self.rounds = rounds
        self.emit("env", {"env": {"kernel": "6.12.0-ub"}})
        measure(cases=("getppid", "pread"), samplings=samplings,
                budget=Budget(0.1, 0.01, rounds), runner=self.runner, knobs=self.knobs,
                events=self, control=self.control, emit=self.emit)  # fmt: skip
        self.emit("done", {"failed": 0})

    def output(self) -> str:
        return "\r\n".join(["[    3.1] ub: userspace bypass v1", *self.lines])


def test_each_run_gets_its_configuration_and_the_sysctls_come_back(knobs: Knobs) -> None:
    d = Driver(knobs)
    d.measure(samplings=("none", "default"), rounds=3)
    assert len(d.runs) == 2 * 3 * 2 * len(CONFIGS)
    for run in d.runs:
        assert run["enabled"] == "1" and run["hot_gap_ns"] == "1"
    none, default = d.runs[:24], d.runs[24:]
    # "none": both periods at the kernel's limit; "default": as booted, even
    # though "none" ran first.
    assert {(r["hot_period"], r["hot_max_period"]) for r in none} == {("16384", "16384")}
    assert {(r["hot_period"], r["hot_max_period"]) for r in default} == {("10", "1024")}
    # ABCD, then DCBA: each configuration set before its run.
    configs = [(c.opted_in, "1" if c.hot else "0") for c in CONFIGS]
    first_round = [(r["opted_in"], r["hot_enabled"]) for r in none[:8]]
    second_round = [(r["opted_in"], r["hot_enabled"]) for r in none[8:16]]
    assert first_round == configs * 2
    assert second_round == configs[::-1] * 2
    assert [r["case"] for r in none[:8]] == ["getppid"] * 4 + ["pread"] * 4
    # The control runs once per pass, with the identifier on and then off.
    assert d.control_calls == [(True, "1"), (False, "0")] * 2
    assert {name: knobs.read(name) for name in BOOTED} == BOOTED


def test_a_failing_run_still_restores_the_sysctls(knobs: Knobs) -> None:
    d = Driver(knobs, fail_at=5)
    with pytest.raises(RuntimeError, match="crashed"):
        d.measure()
    assert len(d.runs) == 5
    assert {name: knobs.read(name) for name in BOOTED} == BOOTED


def test_driver_output_becomes_records(knobs: Knobs) -> None:
    d = Driver(knobs)
    d.measure(samplings=("default", "none"), rounds=3)
    recs = ident.collect(d.output(), kpti=True, clock="icount", run={"accel": "tcg"})
    assert [(r["sampling"], r["case"]) for r in recs] == [
        ("default", "getppid round trip"), ("default", "pread 64 B"),
        ("none", "getppid round trip"), ("none", "pread 64 B"),
    ]  # fmt: skip
    for r in recs:
        base = BASE[r["program"]]
        extra = 5.0 if r["sampling"] == "none" else 15.0
        # icount: the median round (rounds 2 and 3 are undisturbed).
        assert r["off_ns"] == base and r["on_ns"] == base + extra
        assert r["plain_off_ns"] == base and r["plain_on_ns"] == base + 1.0
        assert r["extra_ns"] == r["extra_instructions"] == extra
        assert r["plain_extra_instructions"] == 1.0
        assert math.isclose(r["slowdown"], extra / base)
        assert r["rounds"] == 3 and r["runs"]["on"]["n"] == 3
        assert r["kpti"] is True and r["run"]["guest"] == {"kernel": "6.12.0-ub"}
        assert r["hot_gap_ns"] == 1 and r["control"]["on"]["samples"] == 40
        assert r["hot_period"] == (NO_SAMPLING_PERIOD if r["sampling"] == "none" else 10)


def test_wall_clock_takes_the_best_round(knobs: Knobs) -> None:
    d = Driver(knobs)
    d.measure(rounds=3)
    (getppid, _) = ident.collect(d.output(), kpti=False, clock="wall", run={})
    assert getppid["figure"] == "best" and getppid["off_ns"] == 1000.0
    assert getppid["runs"]["off"]["max"] == 1500.0
    assert "extra_instructions" not in getppid


def _bad_control(hot: bool) -> dict[str, Any]:
    return {"samples": 0, "hits": 0, "sites": 0, "period": 10}


def _sampling_when_off(hot: bool) -> dict[str, Any]:
    return {"samples": 7, "hits": 0, "sites": 1, "period": 10}


def _short_gaps(hot: bool) -> dict[str, Any]:
    if hot:
        return {"samples": 7, "hits": 2, "sites": 1, "period": 10}
    return {"samples": 0, "hits": 0, "sites": 0, "period": 10}


@pytest.mark.parametrize(
    ("driver", "message"),
    [
        ({"events": Counter({"HOT": 1, "GONE": 3})}, "reported hot"),
        ({"control": _bad_control}, "sampled nothing"),
        ({"control": _sampling_when_off}, "still sampled"),
        ({"control": _short_gaps}, "short gaps"),
    ],
)
def test_a_broken_premise_is_refused(knobs: Knobs, driver: dict[str, Any], message: str) -> None:
    d = Driver(knobs, **driver)
    d.measure(rounds=2)
    with pytest.raises(BenchError, match=message):
        ident.collect(d.output(), kpti=False, clock="wall", run={})


def test_gone_events_are_no_hot_site_and_old_events_are_not_counted(knobs: Knobs) -> None:
    d = Driver(knobs, events=Counter({"GONE": 5}), queued=Counter({"HOT": 1}))
    d.measure(rounds=1)
    recs = ident.collect(d.output(), kpti=False, clock="wall", run={})
    assert recs[0]["events"] == {"GONE": 5}


def test_incomplete_or_failed_runs_are_refused(knobs: Knobs) -> None:
    d = Driver(knobs)
    d.measure(rounds=2)
    full = d.output()
    cut = "\n".join(line for line in full.splitlines() if '"kind": "done"' not in line)
    with pytest.raises(BenchError, match="did not finish"):
        ident.collect(cut, kpti=False, clock="wall", run={})
    failed = full + "\n" + emit_line("error", {"bench": "identifier", "error": "ubd is running"})
    with pytest.raises(BenchError, match="ubd is running"):
        ident.collect(failed, kpti=False, clock="wall", run={})
    # One configuration's run of a round missing: the rounds no longer match.
    lines = full.splitlines()
    drop = next(i for i, line in enumerate(lines) if '"config": "plain_on"' in line)
    with pytest.raises(BenchError, match="unequal rounds"):
        ident.collect("\n".join(lines[:drop] + lines[drop + 1:]), kpti=False, clock="wall",
                      run={})
    only_on = "\n".join(line for line in lines if '"config": "plain' not in line)
    with pytest.raises(BenchError, match="no runs of plain_off, plain_on"):
        ident.collect(only_on, kpti=False, clock="wall", run={})


def test_summarize_needs_positive_finite_figures() -> None:
    values = {c.name: [100.0] for c in CONFIGS}
    values["on"] = [math.nan]
    with pytest.raises(ValueError, match="on ns"):
        ident.summarize(values, clock="wall", case="getppid", sampling="default", kpti=False,
                        run={})


def _records(knobs: Knobs) -> list[dict[str, Any]]:
    d = Driver(knobs)
    d.measure(samplings=("default", "none"), rounds=3)
    out = []
    run = {"kernel": "6.12.0-ub"}
    for kpti in (False, True):
        out += ident.collect(d.output(), kpti=kpti, clock="wall", run=run)
        out += ident.collect(d.output(), kpti=kpti, clock="icount", run=run)
    return out


def test_tables(knobs: Knobs) -> None:
    recs = _records(knobs)
    icount = next(r for r in recs if r["clock"] == "icount" and r["sampling"] == "none"
                  and r["case"] == "getppid round trip" and r["kpti"])  # fmt: skip
    assert ident.cells(icount) == ["on", "getppid", "none", "1,000.0", "1,005.0",
                                   "+5.0", "+0.50%", "1,000.0", "1,001.0", "+1.0"]
    assert len(ident.headers("icount")) == len(ident.cells(icount))
    wall = next(r for r in recs if r["clock"] == "wall" and r["case"] == "pread 64 B"
                and r["sampling"] == "default" and not r["kpti"])  # fmt: skip
    assert ident.cells(wall) == ["off", "pread 64 B", "default", "2,000", "2,015",
                                 "+0.75%", "2,000", "2,001", "+0.05%"]
    assert len(ident.headers("wall")) == len(ident.cells(wall))
    console = Console(file=io.StringIO(), width=200, record=True)
    console.print(ident.render(recs, clock="icount", title="icount table"))
    text = console.export_text()
    assert "icount table" in text and "others: the same programs not opted in" in text
    # Every column fits an 80-column terminal (CliRunner's and a pipe's width).
    # Even with figures as wide as a debug kernel's pread under KPTI.
    wide = [{**r, **{k: 10 * v for k, v in r.items() if k.endswith("_ns")}} for r in recs]
    for clock in ("wall", "icount"):
        narrow = Console(file=io.StringIO(), width=80, record=True)
        narrow.print(ident.render(wide, clock=clock, title="t"))
        table = narrow.export_text().split("each figure" if clock == "wall" else "icount:")[0]
        assert "10,050.0" in table or "10,050" in table, table
        assert "…" not in table and "KPTI" in table, table
    assert "largest extra: +5.0 instructions (getppid round trip, KPTI off" in text
    assert "hot_period 16384, hot_max_period 16384" in text
    wall_notes = ident.notes([r for r in recs if r["clock"] == "wall"], clock="wall")
    assert any("largest slowdown" in n and "+1.50%" in n for n in wall_notes)


def test_guest_command() -> None:
    cmd = ident.guest_command(False, samplings=("default", "none"), seconds=0.2, rounds=3)
    assert cmd[cmd.index("-m") + 1] == "ubypass.bench.guest_identifier"
    assert cmd[cmd.index("--sampling") + 1] == "default,none"
    assert cmd[cmd.index("--seconds") + 1] == "0.2" and cmd[cmd.index("--rounds") + 1] == "3"
    assert "--quick" in ident.guest_command(True)


def _vm(**kwargs: Any) -> VmConfig:
    return VmConfig(kernel=Path("/k"), rootfs=Path("/r"), shares=(Share("ub", Path("/u")),),
                    **kwargs)


def test_icount_on_the_qemu_command_line() -> None:
    argv = qemu_command(_vm(icount=True))
    assert argv[argv.index("-icount") + 1] == "shift=0,sleep=off"
    # icount forbids multi-threaded TCG: say so rather than rely on a default.
    assert argv[argv.index("-accel") + 1] == "tcg,thread=single"
    plain = qemu_command(_vm())
    assert "-icount" not in plain and plain[plain.index("-accel") + 1] == "tcg"
    with pytest.raises(ValueError, match="icount"):
        _vm(icount=True, accel="kvm")


class FakeGuest:
    def __init__(self, output: str, kpti: bool) -> None:
        self.output, self.kpti, self.exit_status = output, kpti, 0
        self.kernel_version, self.boot_seconds = "6.12.0-ub", 1.0


def test_run_identifier_boots_once_per_kpti_state_and_clock(
    knobs: Knobs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import ubypass.lab.vm as vm

    d = Driver(knobs)
    d.measure(samplings=("default", "none"), rounds=2)
    boots: list[dict[str, Any]] = []

    def run_in_guest(command: list[str], **kw: Any) -> FakeGuest:
        boots.append({"command": command, **kw})
        return FakeGuest(d.output(), kw["kpti"])

    monkeypatch.setattr(vm, "run_in_guest", run_in_guest)
    monkeypatch.setattr(baseline_mod, "build", lambda: BenchBuild(tmp_path, {}, "digest", False))
    recs = ident.run_identifier([False, True], icount=True, console=Console(file=io.StringIO()))
    assert [(b["kpti"], b["icount"], b["smp"]) for b in boots] == [
        (False, False, 2), (True, False, 2), (False, True, 1), (True, True, 1)]
    wall_cmd, icount_cmd = boots[0]["command"], boots[2]["command"]
    assert wall_cmd[wall_cmd.index("--sampling") + 1] == "default"
    assert icount_cmd[icount_cmd.index("--sampling") + 1] == "default,none"
    assert icount_cmd[icount_cmd.index("--rounds") + 1] == "3"
    assert icount_cmd[icount_cmd.index("--warmup") + 1] == "0.05"
    # Under icount the guest's clock jumps over idle waits: no guest-side limit.
    assert float(icount_cmd[icount_cmd.index("--run-timeout") + 1]) >= 1e5
    assert "--run-timeout" not in wall_cmd
    assert {(r["clock"], r["kpti"]) for r in recs} == {
        (c, k) for c in ("wall", "icount") for k in (False, True)}
    assert all(r["run"]["icount"] is (r["clock"] == "icount") for r in recs)
    with pytest.raises(BenchError, match="icount needs --accel tcg"):
        ident.run_identifier([False], icount=True, accel="kvm")


def test_the_command_prints_both_tables(
    knobs: Knobs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    recs = _records(knobs)
    monkeypatch.setattr(ident, "run_identifier", lambda *a, **kw: recs)
    monkeypatch.setattr("ubypass.bench.baseline.RESULTS_DIR", tmp_path)
    out = tmp_path / "id.json"
    res = CliRunner().invoke(bench, ["identifier", "--icount", "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "Identifier cost, wall clock" in res.output
    assert "Identifier cost, icount (1 ns = 1 instruction)" in res.output
    assert out.exists()
    res = CliRunner().invoke(bench, ["identifier", "--icount", "--accel", "kvm"])
    assert res.exit_code != 0 and "icount needs --accel tcg" in res.output


@pytest.fixture(scope="module")
def binaries(tmp_path_factory: pytest.TempPathFactory) -> BenchBuild:
    return build(cache=tmp_path_factory.mktemp("bench-cache"))


@pytest.mark.parametrize("case", ["getppid", "pread"])
def test_the_real_programs_not_opted_in(binaries: BenchBuild, tmp_path: Path, case: str) -> None:
    sample = run_program(binaries.directory, case, False, Budget(0.05, 0.01, 1), tmp_path)
    assert sample.calls > 100 and 10.0 < sample.ns < 1e6
