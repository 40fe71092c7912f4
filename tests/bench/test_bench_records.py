"""Parsing of what the benchmarks print, and the marker lines that carry it out of the guest."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from ubypass.bench.records import (
    MARKER,
    Measurement,
    best_of,
    emit_line,
    extract_lines,
    parse_bench_line,
    parse_redis_csv,
    pread_case,
)

# Printed by redis-benchmark 7.0.15 (bookworm) with -t get,set -n 2000 -d 64 --csv.
REDIS7_CSV = (
    '"test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms",'
    '"p99_latency_ms","max_latency_ms"\n'
    '"SET","45454.55","0.643","0.136","0.551","1.079","2.559","2.879"\n'
    '"GET","66666.67","0.384","0.112","0.359","0.623","0.703","0.791"\n'
)

GETPPID_LINE = (
    '{"bench": "getppid", "calls": 2186517, "seconds": 0.449906, '
    '"ns_per_call": 205.764, "warmup_seconds": 0.119083}'
)
PREAD_LINE = (
    '{"bench": "pread", "size": 64, "sum": true, "reads": 616135, "seconds": 0.311231, '
    '"iops": 1979672.3, "checksum": 5027653621, "verified": true, "file_size": 4194304, '
    '"fs": "tmpfs", "warmup_seconds": 0.142805}'
)


def test_getppid_line() -> None:
    m = parse_bench_line(GETPPID_LINE)
    assert (m.bench, m.case, m.metric, m.unit) == (
        "getppid",
        "getppid round trip",
        "ns_per_call",
        "ns/call",
    )
    assert m.value == pytest.approx(205.764)
    assert m.higher_is_better is False
    assert m.raw == {"calls": 2186517, "seconds": 0.449906}


def test_pread_line() -> None:
    m = parse_bench_line(PREAD_LINE)
    assert m.case == "pread 64 B + sum"
    assert m.params == {"size": 64, "sum": True}
    assert m.value == pytest.approx(1979672.3)
    assert m.higher_is_better is True
    assert m.raw["checksum"] == 5027653621
    assert m.raw["verified"] is True
    assert m.raw["fs"] == "tmpfs"


def test_rate_must_agree_with_counts() -> None:
    obj = json.loads(PREAD_LINE)
    obj["iops"] *= 1.01
    with pytest.raises(ValueError, match="disagrees"):
        parse_bench_line(json.dumps(obj))
    obj = json.loads(GETPPID_LINE)
    obj["ns_per_call"] /= 2
    with pytest.raises(ValueError, match="disagrees"):
        parse_bench_line(json.dumps(obj))


@pytest.mark.parametrize(
    "line",
    [
        "getppid: 200 ns",
        "[1, 2]",
        '{"bench": "fio"}',
        '{"bench": "getppid", "calls": 0, "seconds": 1.0, "ns_per_call": 1.0}',
        '{"bench": "getppid", "calls": 10, "seconds": 1.0}',
        '{"bench": "pread", "size": 64, "sum": "yes", "reads": 1, "seconds": 1, "iops": 1}',
        '{"bench": "pread", "size": 64, "sum": true, "reads": true, "seconds": 1, "iops": 1}',
    ],
)
def test_bad_bench_lines(line: str) -> None:
    with pytest.raises(ValueError):
        parse_bench_line(line)


@pytest.mark.parametrize(
    ("size", "with_sum", "case"),
    [
        (64, False, "pread 64 B"),
        (256, True, "pread 256 B + sum"),
        (1024, False, "pread 1 KiB"),
        (4096, True, "pread 4 KiB + sum"),
        (1500, False, "pread 1500 B"),
    ],
)
def test_pread_case(size: int, with_sum: bool, case: str) -> None:
    assert pread_case(size, with_sum) == case


def test_redis7_csv() -> None:
    ms = parse_redis_csv(REDIS7_CSV, params={"requests": 2000})
    assert [m.case for m in ms] == ["redis SET", "redis GET"]
    assert [m.value for m in ms] == [pytest.approx(45454.55), pytest.approx(66666.67)]
    assert ms[1].params == {"op": "GET", "requests": 2000}
    assert ms[1].raw["p50_latency_ms"] == pytest.approx(0.359)
    assert all(m.unit == "req/s" and m.higher_is_better for m in ms)


def test_redis_csv_without_header_and_crlf() -> None:
    ms = parse_redis_csv('"SET","1000.50"\r\n"GET","3700.00"\r\n')
    assert [(m.params["op"], m.value) for m in ms] == [("SET", 1000.5), ("GET", 3700.0)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        REDIS7_CSV.splitlines()[0] + "\n",
        '"GET","n/a"\n',
        '"GET","0.00"\n',
        '"GET"\n',
        '"","100"\n',
    ],
)
def test_bad_redis_csv(text: str) -> None:
    with pytest.raises(ValueError):
        parse_redis_csv(text)


def test_markers_round_trip_through_a_noisy_console() -> None:
    m = parse_bench_line(GETPPID_LINE)
    out = "\r\n".join(
        [
            "[    5.1] random: crng init done",
            emit_line("env", {"env": {"kernel": "6.12"}}),
            "[    5.3] virtio_net: link up"
            + emit_line("measurement", {"measurement": m.to_dict()}),
            "[bench] getppid round trip: 205.8 ns/call",
            emit_line("done", {"failed": 0}) + " trailing garbage",
        ]
    )
    found = extract_lines(out)
    assert [o["kind"] for o in found] == ["env", "measurement", "done"]
    assert Measurement.from_dict(found[1]["measurement"]) == m


def test_unreadable_marker_is_an_error() -> None:
    with pytest.raises(ValueError, match="unreadable"):
        extract_lines(MARKER + '{"kind": "measurement", "measurement": {"bench"')
    with pytest.raises(ValueError, match="kind"):
        extract_lines(MARKER + '{"measurement": {}}')


@pytest.mark.parametrize(
    "change",
    [
        {"value": 0},
        {"value": "12"},
        {"value": True},
        {"bench": ""},
        {"higher_is_better": 1},
        {"params": {"size": [64]}},
        {"raw": "x"},
    ],
)
def test_from_dict_rejects(change: dict[str, object]) -> None:
    obj = parse_bench_line(PREAD_LINE).to_dict()
    obj.update(change)
    with pytest.raises(ValueError):
        Measurement.from_dict(obj)


def test_from_dict_needs_every_field() -> None:
    obj = parse_bench_line(PREAD_LINE).to_dict()
    assert Measurement.from_dict(obj) == parse_bench_line(PREAD_LINE)
    del obj["unit"]
    with pytest.raises(ValueError, match="lacks"):
        Measurement.from_dict(obj)


def sample(value: float, calls: int) -> Measurement:
    return Measurement(
        bench="getppid",
        case="getppid round trip",
        metric="ns_per_call",
        unit="ns/call",
        value=value,
        higher_is_better=False,
        raw={"calls": calls},
    )


def test_best_of_is_one_of_the_runs() -> None:
    m = best_of([sample(300.0, 3), sample(100.0, 1), sample(200.0, 2), sample(250.0, 4)])
    assert m.value == 100.0  # ns per call: lower is better
    assert m.raw == {"calls": 1, "repeats": 4, "median": 200.0, "min": 100.0, "max": 300.0}
    one = best_of([sample(5.0, 5)])
    assert one.raw == {"calls": 5, "repeats": 1, "median": 5.0, "min": 5.0, "max": 5.0}


def test_best_of_a_rate_is_the_highest() -> None:
    fast = parse_bench_line(PREAD_LINE)
    slow = replace(fast, value=fast.value / 2, raw={**fast.raw, "reads": 1})
    m = best_of([slow, fast, slow])
    assert m.value == fast.value and m.raw["reads"] == fast.raw["reads"]
    assert m.raw["median"] == slow.value


def test_best_of_refuses_mixed_or_no_samples() -> None:
    with pytest.raises(ValueError):
        best_of([])
    other = parse_bench_line(PREAD_LINE)
    with pytest.raises(ValueError, match="different cases"):
        best_of([sample(1.0, 1), other])
