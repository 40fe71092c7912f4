"""Benchmark measurements: parsing what the benchmarks print, and one record shape.

Everything the benchmarks print goes through here, on both sides of the lab:
the guest (which has only Python's standard library, so this module must
not import anything else) turns the C programs' JSON lines and
redis-benchmark's CSV into :class:`Measurement` objects and prints them as
marker lines; the host finds those lines in the run's output. One record
shape for every benchmark lets tables put any two runs side by side, and
the ``mode`` field ("native" now, the bypassed runs later) lets a later
issue add columns without changing the format.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = [
    "MARKER",
    "Measurement",
    "Scalar",
    "best_of",
    "emit_line",
    "extract_lines",
    "parse_bench_line",
    "parse_redis_csv",
    "pread_case",
]

#: Prefix of the lines that carry records through the guest's console.
MARKER = "UBBENCH "

Scalar = str | int | float | bool | None


@dataclass(frozen=True)
class Measurement:
    """One figure of one benchmark case, with what is needed to compare it.

    ``case`` names the table row (all parameters that make a row distinct);
    ``higher_is_better`` says in which direction a change is a gain, so a
    ratio can be read without knowing the metric.
    """

    bench: str
    case: str
    metric: str
    unit: str
    value: float
    higher_is_better: bool
    params: dict[str, Scalar] = field(default_factory=dict)
    raw: dict[str, Scalar] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "bench": self.bench,
            "case": self.case,
            "metric": self.metric,
            "unit": self.unit,
            "value": self.value,
            "higher_is_better": self.higher_is_better,
            "params": dict(self.params),
            "raw": dict(self.raw),
        }

    @classmethod
    def from_dict(cls, obj: object) -> Measurement:
        """Rebuild a measurement, refusing anything that is not one."""
        if not isinstance(obj, dict):
            raise ValueError(f"measurement is not an object: {obj!r}")
        try:
            value = obj["value"]
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"value is not a number: {value!r}")
            m = cls(
                bench=_str(obj, "bench"),
                case=_str(obj, "case"),
                metric=_str(obj, "metric"),
                unit=_str(obj, "unit"),
                value=_positive(float(value), "value"),
                higher_is_better=_bool(obj, "higher_is_better"),
                params=_scalars(obj.get("params", {}), "params"),
                raw=_scalars(obj.get("raw", {}), "raw"),
            )
        except KeyError as e:
            raise ValueError(f"measurement lacks {e}") from None
        return m


def _str(obj: dict[str, Any], key: str) -> str:
    v = obj[key]
    if not isinstance(v, str) or not v:
        raise ValueError(f"{key} is not a non-empty string: {v!r}")
    return v


def _bool(obj: dict[str, Any], key: str) -> bool:
    v = obj[key]
    if not isinstance(v, bool):
        raise ValueError(f"{key} is not a boolean: {v!r}")
    return v


def _number(obj: dict[str, Any], key: str) -> float:
    v = obj.get(key)
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ValueError(f"{key} is not a number: {v!r}")
    return float(v)


def _positive(v: float, what: str) -> float:
    if not math.isfinite(v) or v <= 0:
        raise ValueError(f"{what} is not a positive finite number: {v!r}")
    return v


def _scalars(obj: object, what: str) -> dict[str, Scalar]:
    if not isinstance(obj, dict):
        raise ValueError(f"{what} is not an object: {obj!r}")
    out: dict[str, Scalar] = {}
    for k, v in obj.items():
        if not isinstance(k, str) or not (v is None or isinstance(v, str | int | float | bool)):
            raise ValueError(f"{what}[{k!r}] is not a scalar: {v!r}")
        out[k] = v
    return out


def pread_case(size: int, with_sum: bool) -> str:
    """The row name of one pread point, e.g. ``pread 1 KiB + sum``."""
    label = f"{size // 1024} KiB" if size >= 1024 and size % 1024 == 0 else f"{size} B"
    return f"pread {label}" + (" + sum" if with_sum else "")


def parse_bench_line(line: str) -> Measurement:
    """Turn one JSON line printed by a C benchmark under ``bench/`` into a measurement.

    The figures are re-derived from the raw counts (calls and seconds) and
    checked against what the program printed, so a program that prints a
    rate not backed by its own counts is caught here.
    """
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"not a JSON line: {line!r} ({e})") from None
    if not isinstance(obj, dict):
        raise ValueError(f"not a JSON object: {line!r}")
    bench = obj.get("bench")
    if bench == "getppid":
        calls = _positive(_number(obj, "calls"), "calls")
        seconds = _positive(_number(obj, "seconds"), "seconds")
        ns = _positive(_number(obj, "ns_per_call"), "ns_per_call")
        _agree(ns, seconds * 1e9 / calls, "ns_per_call")
        return Measurement(
            bench="getppid",
            case="getppid round trip",
            metric="ns_per_call",
            unit="ns/call",
            value=ns,
            higher_is_better=False,
            raw={"calls": int(calls), "seconds": seconds},
        )
    if bench == "pread":
        size = int(_positive(_number(obj, "size"), "size"))
        with_sum = _bool(obj, "sum")
        reads = _positive(_number(obj, "reads"), "reads")
        seconds = _positive(_number(obj, "seconds"), "seconds")
        iops = _positive(_number(obj, "iops"), "iops")
        _agree(iops, reads / seconds, "iops")
        raw: dict[str, Scalar] = {"reads": int(reads), "seconds": seconds}
        for key in ("checksum", "verified", "file_size", "fs"):
            if key in obj:
                raw[key] = obj[key]
        return Measurement(
            bench="pread",
            case=pread_case(size, with_sum),
            metric="iops",
            unit="reads/s",
            value=iops,
            higher_is_better=True,
            params={"size": size, "sum": with_sum},
            raw=_scalars(raw, "raw"),
        )
    raise ValueError(f"unknown benchmark in line: {line!r}")


def _agree(printed: float, derived: float, what: str) -> None:
    # The C side prints with a few significant digits; 0.1% is far above
    # rounding and far below any real disagreement.
    if abs(printed - derived) > 1e-3 * derived:
        raise ValueError(f"{what} {printed} disagrees with its counts ({derived})")


def parse_redis_csv(text: str, *, params: dict[str, Scalar] | None = None) -> list[Measurement]:
    """Parse ``redis-benchmark --csv`` output into one measurement per test.

    Redis 7 prints a header row ("test","rps","avg_latency_ms",...) and one
    row per test; older versions print rows without a header
    ("GET","3700.00"). Both are accepted; anything else is an error, since
    an empty result would otherwise look like a benchmark that ran.
    """
    rows = [r for r in csv.reader(io.StringIO(text.replace("\r", ""))) if r]
    if not rows:
        raise ValueError("redis-benchmark printed no CSV rows")
    header = ["test", "rps"]
    if rows[0][:2] == header:
        header, rows = rows[0], rows[1:]
    out: list[Measurement] = []
    for row in rows:
        if len(row) < 2:
            raise ValueError(f"bad redis-benchmark CSV row: {row!r}")
        test = row[0].strip()
        try:
            rps = _positive(float(row[1]), "rps")
        except ValueError:
            raise ValueError(f"bad requests/s in redis-benchmark row: {row!r}") from None
        raw: dict[str, Scalar] = {}
        for key, cell in zip(header[2:], row[2:], strict=False):
            try:
                raw[key] = float(cell)
            except ValueError:
                raw[key] = cell
        name = test.split()[0].upper() if test else ""
        if not name:
            raise ValueError(f"redis-benchmark row without a test name: {row!r}")
        out.append(
            Measurement(
                bench="redis",
                case=f"redis {name}",
                metric="rps",
                unit="req/s",
                value=rps,
                higher_is_better=True,
                params={"op": name, **(params or {})},
                raw=raw,
            )
        )
    if not out:
        raise ValueError("redis-benchmark printed a header but no results")
    return out


def best_of(samples: Sequence[Measurement]) -> Measurement:
    """The fastest run of one point, with the median and spread of all runs in ``raw``.

    The lab's guest shares the host's cores with everything else on it, and
    that only ever slows a run down: the fastest run is the one least
    disturbed, so it is the figure; the median stays beside it as a check.
    The figure is one of the runs, so its raw counts still match its value.
    """
    if not samples:
        raise ValueError("no samples")
    if len({(m.bench, m.case, m.metric, m.higher_is_better) for m in samples}) != 1:
        raise ValueError("samples of different cases")
    ordered = sorted(samples, key=lambda m: m.value)
    best = ordered[-1] if ordered[0].higher_is_better else ordered[0]
    spread: dict[str, Scalar] = {
        "repeats": len(samples),
        "median": ordered[(len(ordered) - 1) // 2].value,
        "min": ordered[0].value,
        "max": ordered[-1].value,
    }
    return replace(best, raw={**best.raw, **spread})


def emit_line(kind: str, payload: dict[str, Any]) -> str:
    """One marker line that carries *payload* through the guest's console."""
    return MARKER + json.dumps({"kind": kind, **payload}, sort_keys=True)


def extract_lines(output: str) -> list[dict[str, Any]]:
    """Every marker payload in *output*, in order.

    A marker may follow other text on the same line (a console can glue a
    kernel message in front of it); what follows the JSON object is
    ignored. A marker whose JSON cannot be read is an error rather than a
    silently missing figure.
    """
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []
    for line in output.splitlines():
        at = line.find(MARKER)
        if at < 0:
            continue
        text = line[at + len(MARKER) :].strip()
        try:
            obj, _ = decoder.raw_decode(text)
        except json.JSONDecodeError as e:
            raise ValueError(f"unreadable benchmark line: {line!r} ({e})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("kind"), str):
            raise ValueError(f"benchmark line without a kind: {line!r}")
        found.append(obj)
    return found
