"""Rows, ratios and bounds of the side-by-side tables."""

from __future__ import annotations

from typing import Any

import pytest
from rich.console import Console

from ubypass.bench.table import (
    Column,
    compare,
    crossing_ns,
    format_value,
    notes,
    render,
    zero_crossing_bound,
)


def rec(case: str, kpti: bool, value: float, **kw: Any) -> dict[str, Any]:
    bench = case.split()[0]
    unit, metric, higher = {
        "getppid": ("ns/call", "ns_per_call", False),
        "pread": ("reads/s", "iops", True),
        "redis": ("req/s", "rps", True),
    }[bench]
    return {
        "bench": bench,
        "case": case,
        "metric": metric,
        "unit": unit,
        "value": value,
        "higher_is_better": higher,
        "kpti": kpti,
        "mode": kw.get("mode", "native"),
    }


RECORDS = [
    rec("getppid round trip", False, 800.0),
    rec("pread 64 B", False, 400_000.0),
    rec("redis GET", False, 3700.0),
    rec("getppid round trip", True, 18_000.0),
    rec("pread 64 B", True, 40_000.0),
    rec("redis GET", True, 1000.0),
]


def test_rows_keep_case_order_and_pair_columns() -> None:
    rows = compare(RECORDS)
    assert [r.case for r in rows] == ["getppid round trip", "pread 64 B", "redis GET"]
    assert rows[1].values == {Column("native", False): 400_000.0, Column("native", True): 40_000.0}


def test_ratio_and_slowdown_read_the_same_for_every_metric() -> None:
    getppid, pread, redis = compare(RECORDS)
    assert getppid.kpti_ratio() == pytest.approx(22.5)
    assert getppid.kpti_slowdown() == pytest.approx(22.5)
    assert pread.kpti_ratio() == pytest.approx(0.1)
    assert pread.kpti_slowdown() == pytest.approx(10.0)
    assert redis.kpti_slowdown() == pytest.approx(3.7)
    assert redis.kpti_ratio(mode="ub") is None


def test_missing_column_gives_no_ratio() -> None:
    (row,) = compare([rec("pread 64 B", True, 1.0)])
    assert row.kpti_ratio() is None
    assert row.kpti_slowdown() is None


def test_one_cell_one_measurement() -> None:
    with pytest.raises(ValueError, match="two figures"):
        compare([*RECORDS, rec("redis GET", True, 1100.0)])


def test_bypassed_mode_is_its_own_column() -> None:
    rows = compare([*RECORDS, rec("pread 64 B", True, 60_000.0, mode="ub")])
    assert rows[1].values[Column("ub", True)] == 60_000.0
    assert rows[1].kpti_ratio("native") == pytest.approx(0.1)


@pytest.mark.parametrize(
    "bad",
    [{"kpti": "on"}, {"value": "1"}, {"value": True}, {"mode": None}, {"higher_is_better": 0}],
)
def test_bad_records(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        compare([{**RECORDS[0], **bad}])


def test_crossing_cost_and_bound() -> None:
    rows = compare(RECORDS)
    assert crossing_ns(rows, False) == 800.0
    assert crossing_ns(rows, True) == 18_000.0
    assert crossing_ns(rows, True, mode="ub") is None
    # 40,000 reads/s = 25 µs per read, 18 µs of it crossing: 25 / 7.
    assert zero_crossing_bound(40_000.0, 18_000.0) == pytest.approx(25 / 7)
    assert zero_crossing_bound(40_000.0, 25_000.0) is None
    assert zero_crossing_bound(40_000.0, 0.0) is None


@pytest.mark.parametrize(
    ("value", "text"),
    [(812.4, "812"), (1_234_567.8, "1,234,568"), (12.345, "12.3"), (0.5, "0.5")],
)
def test_format_value(value: float, text: str) -> None:
    assert format_value(value) == text


def test_render_shows_both_states_ratio_and_crossing() -> None:
    console = Console(record=True, width=160)
    console.print(render(compare(RECORDS), title="t"))
    text = console.export_text()
    assert "KPTI off" in text and "KPTI on" in text and "on/off" in text
    assert "22.50" in text  # getppid on/off
    assert "0.10" in text  # pread on/off
    assert "crossing cost (getppid round trip): KPTI off 800 ns, KPTI on 18,000 ns" in text
    assert "64 B ×3.57" in text  # 25 µs / 7 µs with KPTI on


def test_render_labels_modes_once_there_are_two() -> None:
    console = Console(record=True, width=200)
    console.print(render(compare([*RECORDS, rec("pread 64 B", True, 60_000.0, mode="ub")])))
    text = console.export_text()
    assert "native KPTI off" in text and "ub KPTI on" in text


def test_noisy_cells_are_named() -> None:
    steady = {**rec("pread 64 B", False, 400_000.0), "raw": {"median": 380_000.0}}
    busy = {**rec("pread 64 B", True, 40_000.0), "raw": {"median": 20_000.0}}
    slow_calls = {**rec("getppid round trip", True, 9_000.0), "raw": {"median": 20_000.0}}
    rows = compare([steady, busy, slow_calls])
    assert not rows[0].noisy(Column("native", False))
    assert rows[0].noisy(Column("native", True))
    assert rows[1].noisy(Column("native", True))
    assert not rows[1].noisy(Column("native", False))  # no figure there at all
    (line,) = [n for n in notes(rows) if n.startswith("noisy")]
    assert line.endswith(": pread 64 B (KPTI on), getppid round trip (KPTI on)")
    assert not any(n.startswith("noisy") for n in notes(compare(RECORDS)))
