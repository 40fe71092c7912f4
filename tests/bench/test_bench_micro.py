"""``ub bench micro`` on the host: the arithmetic, the records, the table, the command.

The figures are hand-computed here (not recomputed with the code under
test), so a change in the definition of the bound or the share shows up.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from rich.console import Console

import ubypass.bench.baseline as baseline_mod
import ubypass.bench.micro as micro_mod
from ubypass.bench.baseline import BenchError
from ubypass.bench.cli import bench, micro
from ubypass.bench.micro import MicroRun, collect, guest_command, share_of_bound, summarize
from ubypass.bench.micro_table import (
    cells,
    format_gain,
    format_seconds,
    format_share,
    notes,
    render,
)
from ubypass.bench.records import emit_line, parse_bench_line

REQUIRED = {"kpti", "size", "sum", "native_iops", "ub_iops", "speedup", "crossings_avoided"}


def rnd(iops: float, checksum: int = 0, chained: int | None = None) -> dict[str, Any]:
    r: dict[str, Any] = {
        "reads": 1000,
        "seconds": 1000 / iops if iops else 0.0,
        "iops": iops,
        "checksum": checksum,
        "end_offset": 64000,
        "verified": True,
        "fs": "tmpfs",
    }
    if chained is not None:
        r["stats"] = {"runs": 2, "chained": chained, "exits": {"syscall": 1}, "nr_images": 1}
    return r


#: Native best 100,000 reads/s = 10,000 ns/read; with a 4,000 ns crossing the
#: bound is 10,000 / 6,000 = 1.6667. UB best 160,000: speedup 1.6, which is
#: 0.6 / 0.6667 = 90% of the bound. Medians: 90,000 and 150,000 (×1.6667).
POINT: dict[str, Any] = {
    "size": 64,
    "sum": True,
    "reads": 1000,
    "bypass": {
        "pid": 120, "first_chain_s": 12.5, "established_s": 15.0, "cache": "miss",
        "sites": [{"symbol": "libc.so.6:__libc_pread64+0x2a", "state": "installed",
                   "image_id": 3, "cache": "miss"}],
        "images_changed": False,
    },
    "native": [rnd(100_000, 77), rnd(80_000, 77), rnd(90_000, 77)],
    "ub": [rnd(150_000, 77, 999), rnd(160_000, 77, 998), rnd(120_000, 77, 990)],
}


def test_summarize_hand_computed() -> None:
    rec = summarize(POINT, kpti=True, crossing_ns=4000.0, run={"accel": "tcg"})
    assert rec.keys() >= REQUIRED
    assert rec["kpti"] is True and rec["size"] == 64 and rec["sum"] is True
    assert rec["case"] == "pread 64 B + sum"
    assert rec["native_iops"] == 100_000 and rec["ub_iops"] == 160_000
    assert rec["speedup"] == pytest.approx(1.6)
    assert rec["bound"] == pytest.approx(10_000 / 6_000)
    assert rec["share"] == pytest.approx(0.9)
    # The chaining of the best bypassed round, per read of it.
    assert rec["crossings_avoided"] == 998
    assert rec["chained_per_read"] == pytest.approx(0.998)
    assert rec["min_chained_per_read"] == pytest.approx(0.990)
    assert rec["native_median_iops"] == 90_000 and rec["ub_median_iops"] == 150_000
    assert rec["median_speedup"] == pytest.approx(150 / 90)
    assert rec["checksums_equal"] is True and rec["ub_checksum"] == rec["native_checksum"] == 77
    assert rec["rounds"] == 3 and rec["reads"] == 1000
    assert rec["first_chain_s"] == 12.5 and rec["established_s"] == 15.0
    assert rec["cache"] == "miss" and rec["images_changed"] is False
    assert rec["bypass"]["sites"][0]["symbol"] == "libc.so.6:__libc_pread64+0x2a"
    assert rec["ub_exits"] == {"syscall": 1} and rec["btc_runs"] == 2
    assert rec["run"] == {"accel": "tcg"}
    json.dumps(rec)


def test_summarize_kpti_off_numbers() -> None:
    # 500,000 reads/s = 2,000 ns/read; crossing 500 ns: bound 2000/1500 = 1.3333.
    # UB 600,000: ×1.2, share 0.2 / 0.3333 = 60%.
    point = {**POINT, "native": [rnd(500_000)], "ub": [rnd(600_000, 0, 1000)]}
    rec = summarize(point, kpti=False, crossing_ns=500.0, run={})
    assert rec["bound"] == pytest.approx(4 / 3)
    assert rec["share"] == pytest.approx(0.6)
    assert rec["chained_per_read"] == 1.0


def test_summarize_without_a_usable_crossing_cost() -> None:
    assert summarize(POINT, kpti=True, crossing_ns=None, run={})["bound"] is None
    # A crossing longer than a whole read: the figures contradict each other.
    rec = summarize(POINT, kpti=True, crossing_ns=20_000.0, run={})
    assert rec["bound"] is None and rec["share"] is None


def test_summarize_sees_different_checksums() -> None:
    point = copy.deepcopy(POINT)
    point["ub"][1]["checksum"] = 78
    assert summarize(point, kpti=True, crossing_ns=None, run={})["checksums_equal"] is False


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"size": 0}, "read size"),
        ({"sum": 1}, "sum flag"),
        ({"reads": None}, "read count"),
        ({"ub": []}, "no ub rounds"),
        ({"native": [rnd(100_000) | {"verified": False}]}, "verify"),
        ({"native": [rnd(100_000) | {"reads": 999}]}, "verify 1000 reads"),
        ({"ub": [rnd(100_000)]}, "without statistics"),
        ({"ub": [rnd(0.0, 0, 5)]}, "reads/s"),
        ({"bypass": None}, "without its bypass"),
        ({"bypass": {**POINT["bypass"], "first_chain_s": None}}, "first_chain_s"),
        ({"bypass": {**POINT["bypass"], "cache": ""}}, "cache"),
    ],
)
def test_summarize_refuses_broken_points(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        summarize({**POINT, **change}, kpti=False, crossing_ns=None, run={})


@pytest.mark.parametrize(
    ("speedup", "bound", "share"),
    [(1.5, 2.0, 0.5), (1.88, 2.0, 0.88), (0.9, 2.0, -0.1), (2.0, 1.5, 2.0), (1.2, None, None),
     (1.2, 1.0, None)],
)  # fmt: skip
def test_share_of_bound(speedup: float, bound: float | None, share: float | None) -> None:
    got = share_of_bound(speedup, bound)
    assert got == (None if share is None else pytest.approx(share))


def test_formatting() -> None:
    assert format_gain(1.88) == "×1.88"
    assert format_gain(0.95) == "×0.95"
    assert format_share(0.9) == "90%"
    assert format_share(None) == "–"
    rec = summarize(POINT, kpti=True, crossing_ns=4000.0, run={})
    assert cells(rec) == [
        "on", "64 B + sum", "100,000", "160,000", "×1.60", "998", "1.00", "×1.67", "90%",
    ]  # fmt: skip
    assert format_seconds(0.04) == "0.0 s" and format_seconds(None) == "–"
    rec["checksums_equal"] = False
    assert cells(rec)[1] == "64 B + sum ≠native!"


def records() -> list[dict[str, Any]]:
    off = summarize({**POINT, "sum": False}, kpti=False, crossing_ns=500.0, run={"kernel": "k"})
    on = summarize(POINT, kpti=True, crossing_ns=4000.0, run={"kernel": "k"})
    return [on, off]


def test_render_orders_kpti_off_first_and_notes_the_figures() -> None:
    console = Console(record=True, width=200)
    console.print(render(records(), title="T"))
    text = console.export_text()
    assert text.index("64 B  ") < text.index("64 B + sum")  # off before on
    assert "×1.60" in text and "90%" in text
    lines = notes(records())
    assert "crossing cost (getppid round trip, same boot): KPTI off 500 ns, KPTI on 4,000 ns" in (
        lines
    )
    assert any(line.startswith("bypassed: started with `ub run`") for line in lines)
    assert (
        "first chain (from the program's start to its first chained syscall): "
        "cache miss 12.5 s (64 B, KPTI off), 12.5 s (64 B + sum, KPTI on)"
    ) in lines
    assert any("best of 3 alternating rounds" in line for line in lines)
    assert any("equal the native ones in every round" in line for line in lines)
    assert lines[-1] == (
        "paper (OSDI'23, real hardware, KPTI on): +88% (×1.88) at 64 B, +30% (×1.30) at 4 KiB"
    )
    # 100,000 best vs 90,000 median is within 25%: nothing noisy.
    assert not any(line.startswith("noisy") for line in lines)
    # KPTI off: ×1.6 against a bound of ×1.05.
    assert any(line.startswith("share above 100%") for line in lines)
    assert not any(line.startswith("share above") for line in notes(records()[:1]))


def test_notes_say_the_kernel_settings() -> None:
    recs = records()
    assert not any("kernel settings" in line for line in notes(recs))
    for r in recs:
        r["run"]["guest"] = {"ub": {"budget": "65536", "hot_gap_ns": "100000", "enabled": "1"}}
    assert (
        "kernel settings (/proc/sys/kernel/ub): budget 65536 (back edges per BTC run); "
        "hot_gap_ns 100000 (a shorter gap after a syscall makes its site hot; the lab's TCG "
        "value, 5000 on hardware)"
    ) in notes(recs)


def test_notes_separate_cache_hits_from_misses() -> None:
    recs = records() + records() + records()  # six distinct records
    firsts = [(30.0, "miss"), (0.4, "hit"), (0.8, "hit"), (0.6, "hit"), (0.5, "hit"), (0.7, "hit")]
    for r, (first, cache) in zip(recs, firsts, strict=True):
        r["first_chain_s"], r["cache"] = first, cache
    lines = notes(recs)
    # The miss one by one (where the image was translated), the hits as a spread.
    assert (
        "first chain (from the program's start to its first chained syscall): "
        "cache miss 30.0 s (64 B + sum, KPTI on); cache hit 0.4–0.8 s (median 0.6 s, 5 points)"
    ) in lines
    assert not any(line.startswith("IMAGES CHANGED") for line in lines)
    recs[1]["images_changed"] = True
    assert "IMAGES CHANGED during the timed rounds (grown or removed): 64 B, KPTI off" in (
        notes(recs)
    )


def test_notes_flag_noise_and_bad_checksums() -> None:
    recs = records()
    recs[0]["ub_median_iops"] = 100_000.0  # best 160,000
    recs[1]["checksums_equal"] = False
    lines = notes(recs)
    assert any(line.startswith("noisy") and "64 B + sum ub (KPTI on)" in line for line in lines)
    assert any(line.startswith("CHECKSUMS DIFFER") and "64 B (KPTI off)" in line for line in lines)


# --- what the guest prints, and the host's reading of it ---------------------------------

GETPPID = parse_bench_line(
    '{"bench": "getppid", "calls": 1000, "seconds": 0.004, "ns_per_call": 4000.0}'
)


def guest_output(*extra: str, done: bool = True) -> str:
    lines = [
        "[    4.2] ub: userspace bypass core",
        emit_line("env", {"env": {"kernel": "6.12.0-ub"}, "budget": {}}),
        "[micro] pread 64 B + sum: pid 120 bypassed",
        emit_line("point", {"point": POINT}),
        emit_line("crossing", {"measurement": GETPPID.to_dict()}),
        *extra,
    ]
    if done:
        lines.append(emit_line("done", {"failed": 0}))
    return "\r\n".join(lines)


def test_collect() -> None:
    got = collect(guest_output(), kpti=True, run={"accel": "tcg"})
    assert got.errors == []
    (rec,) = got.records
    assert rec["crossing_ns"] == 4000.0 and rec["share"] == pytest.approx(0.9)
    assert rec["run"] == {"accel": "tcg", "guest": {"kernel": "6.12.0-ub"}}


def test_collect_keeps_failed_points_beside_the_others() -> None:
    why = "not bypassed: ubd gave up on pid 120"
    out = guest_output(emit_line("error", {"bench": "pread 4 KiB", "error": why}))
    got = collect(out, kpti=False, run={})
    assert len(got.records) == 1
    assert got.errors == ["KPTI off: pread 4 KiB: not bypassed: ubd gave up on pid 120"]


@pytest.mark.parametrize(
    ("output", "message"),
    [
        (guest_output(done=False), "did not finish"),
        (emit_line("done", {"failed": 1}), "no points"),
        (guest_output(emit_line("point", {"point": {**POINT, "ub": []}})), "bad point"),
        (guest_output(emit_line("crossing", {"measurement": {}})), "bad crossing"),
        (guest_output("UBBENCH {broken"), "unreadable"),
    ],
)
def test_collect_refuses_incomplete_runs(output: str, message: str) -> None:
    with pytest.raises(BenchError, match=message):
        collect(output, kpti=True, run={})


def test_guest_command() -> None:
    cmd = guest_command(True, sizes=[64, 4096])
    assert cmd[:3] == ["env", "PYTHONPATH=/ub/src", "PYTHONDONTWRITEBYTECODE=1"]
    assert cmd[3:6] == ["python3", "-m", "ubypass.bench.guest_micro"]
    assert cmd[cmd.index("--bin-dir") + 1] == "/bench"
    assert "--quick" in cmd and cmd[-2:] == ["--sizes", "64,4096"]
    assert "--quick" not in guest_command(False) and "--sizes" not in guest_command(False)


# --- the command --------------------------------------------------------------------------


@pytest.fixture
def fake_lab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """run_micro replaced by canned records; returns what it was asked."""
    calls: list[dict[str, Any]] = []

    def fake(states: list[bool], **kw: Any) -> MicroRun:
        calls.append({"states": list(states), **kw})
        return MicroRun([r for r in records() if r["kpti"] in states], [])

    monkeypatch.setattr(micro_mod, "run_micro", fake)
    monkeypatch.setattr(baseline_mod, "RESULTS_DIR", tmp_path / "results")
    return calls


def test_micro_command(fake_lab: list[dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    res = CliRunner().invoke(bench, ["micro", "--json", str(out), "--sizes", "64,4096"])
    assert res.exit_code == 0, res.output
    assert fake_lab[0]["states"] == [False, True] and fake_lab[0]["sizes"] == [64, 4096]
    assert fake_lab[0]["quick"] is False and fake_lab[0]["accel"] == "tcg"
    saved = json.loads(out.read_text())
    assert saved == records() and all(r.keys() >= REQUIRED for r in saved)
    (default,) = (tmp_path / "results").glob("micro-*.json")
    assert json.loads(default.read_text()) == saved
    assert "reads/s" in res.output and "of bound" in res.output
    assert "crossing cost" in res.output and "+88% (×1.88) at 64 B" in res.output


def test_micro_one_state_quick(fake_lab: list[dict[str, Any]]) -> None:
    res = CliRunner().invoke(bench, ["micro", "--kpti", "on", "--quick"])
    assert res.exit_code == 0, res.output
    assert fake_lab[0]["states"] == [True] and fake_lab[0]["quick"] is True
    assert fake_lab[0]["sizes"] == [64, 256, 1024, 4096]


@pytest.mark.parametrize("sizes", ["64,x", "0", "64,64", ""])
def test_micro_refuses_bad_sizes(fake_lab: list[dict[str, Any]], sizes: str) -> None:
    res = CliRunner().invoke(bench, ["micro", "--sizes", sizes])
    assert res.exit_code == 2, res.output
    assert "--sizes" in res.output
    assert fake_lab == []


def test_micro_prints_the_table_then_fails_on_failed_points(
    fake_lab: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    def partly(states: list[bool], **kw: Any) -> MicroRun:
        return MicroRun(records(), ["KPTI on: pread 4 KiB: not bypassed: ubd gave up on pid 120"])

    monkeypatch.setattr(micro_mod, "run_micro", partly)
    res = CliRunner().invoke(bench, ["micro"])
    assert res.exit_code == 1
    assert "reads/s" in res.output
    assert "some points failed" in res.output
    assert "not bypassed: ubd gave up on pid 120" in res.output


def test_micro_reports_bench_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(states: list[bool], **kw: Any) -> MicroRun:
        raise BenchError("the lab run with KPTI off failed: oops")

    monkeypatch.setattr(micro_mod, "run_micro", broken)
    res = CliRunner().invoke(bench, ["micro"])
    assert res.exit_code == 1 and "oops" in res.output


def test_micro_can_be_invoked_with_kpti_only(fake_lab: list[dict[str, Any]]) -> None:
    """``ub demo`` does ctx.invoke(micro, kpti="both"): defaults must be usable as they are."""

    @click.command()
    @click.pass_context
    def demo(ctx: click.Context) -> None:
        ctx.invoke(micro, kpti="both")

    res = CliRunner().invoke(demo, [])
    assert res.exit_code == 0, res.output
    assert fake_lab[0]["states"] == [False, True]
    assert fake_lab[0]["sizes"] == [64, 256, 1024, 4096]


# --- ub demo ------------------------------------------------------------------------------


def fake_baseline(calls: list[str]) -> Any:
    from ubypass.bench.records import parse_bench_line as parse

    def run(states: list[bool], **kw: Any) -> list[dict[str, Any]]:
        calls.append(f"baseline only={kw.get('only')}")
        m = parse('{"bench": "getppid", "calls": 10, "seconds": 0.01, "ns_per_call": 1000000.0}')
        return [{**m.to_dict(), "kpti": k, "mode": "native", "run": {"kernel": "k"}}
                for k in states]  # fmt: skip

    return run


def test_demo_runs_micro_then_baseline(
    fake_lab: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ubypass.cli import main

    calls: list[str] = []
    monkeypatch.setattr(baseline_mod, "run_baseline", fake_baseline(calls))
    res = CliRunner().invoke(main, ["demo"])
    assert res.exit_code == 0, res.output
    assert fake_lab[0]["states"] == [False, True]
    # The baseline's pread rows are the micro-benchmark's native column.
    assert calls == ["baseline only=['getppid', 'redis']"]
    assert res.output.index("of bound") < res.output.index("Baseline")


def test_demo_goes_on_after_a_failed_micro_and_fails_at_the_end(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ubypass.cli import main

    def broken(states: list[bool], **kw: Any) -> MicroRun:
        raise BenchError("no /dev/ub in the guest")

    calls: list[str] = []
    monkeypatch.setattr(micro_mod, "run_micro", broken)
    monkeypatch.setattr(baseline_mod, "run_baseline", fake_baseline(calls))
    monkeypatch.setattr(baseline_mod, "RESULTS_DIR", tmp_path / "results")
    res = CliRunner().invoke(main, ["demo"])
    assert res.exit_code == 1
    assert calls == ["baseline only=['getppid', 'redis']"]
    assert "ub bench micro failed: no /dev/ub in the guest" in res.output
    assert "failed: ub bench micro" in res.output


def test_icount_table_gives_instructions_per_read() -> None:
    """Under icount 10**9 guest instructions make a guest second: 1,000,000
    reads/s natively is 1,000 instructions per read."""
    from ubypass.bench.micro_table import render_instructions

    rec = {"kpti": False, "case": "pread 64 B", "native_iops": 1e6, "ub_iops": 8e5}
    console = Console(width=120, record=True)
    console.print(render_instructions([rec], title="t"))
    row = next(ln for ln in console.export_text().splitlines() if "pread 64 B" in ln)
    assert row.split()[-3:] == ["1,000", "1,250", "+250"], row
