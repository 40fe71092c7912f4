"""``ub bench micro``: the paper's pread micro-benchmark, native beside bypassed, in the lab.

The host compiles ``bench/``, boots the guest once per KPTI state and runs
:mod:`ubypass.bench.guest_micro` there, which reports every timed round of
every point (read size, with or without sum) for a native and a bypassed
process, the bypass's statistics around each bypassed round, and the
getppid round trip of the same boot. Here those rounds become one record
per (KPTI state, point):

- ``native_iops``, ``ub_iops``: the best round of each side (the host's load
  only ever slows a round down), medians beside them;
- ``speedup`` = ub_iops / native_iops;
- ``crossings_avoided``: the syscalls the kernel chained (dispatched without
  a user↔kernel crossing) during the best bypassed round;
- ``bound``: the zero-crossing bound, the speedup if every read's crossing
  cost nothing, from the native rate and the crossing cost (getppid) of the
  same boot (:func:`ubypass.bench.table.zero_crossing_bound`);
- ``share`` = (speedup − 1) / (bound − 1): how much of the bound the bypass
  reaches;
- ``first_chain_s``: seconds from the bypassed program's start to the first
  syscall the kernel chained for it (the identifier found the site, ubd
  translated it or took it from its cache, and installed it), and
  ``cache``: "hit" if every installed image came from ubd's cache.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console

from ubypass.bench.baseline import (
    GUEST_BIN_DIR,
    GUEST_SRC_DIR,
    BenchError,
    boot_and_run,
    built_benchmarks,
    guest_driver,
)
from ubypass.bench.records import Measurement, extract_lines, pread_case
from ubypass.bench.table import zero_crossing_bound

__all__ = [
    "MicroRun",
    "collect",
    "guest_command",
    "run_micro",
    "share_of_bound",
    "summarize",
]


#: how much longer in wall time an icount guest takes for the same guest time
_ICOUNT_SLOWDOWN = 4


def guest_command(
    quick: bool,
    *,
    sizes: Sequence[int] | None = None,
    bin_dir: str = GUEST_BIN_DIR,
    src_dir: str = GUEST_SRC_DIR,
    tmp_dir: str = "/tmp",
) -> list[str]:
    """The command the guest runs: the micro-benchmark driver from the shared checkout."""
    cmd = guest_driver("ubypass.bench.guest_micro", quick, bin_dir, src_dir, tmp_dir)
    if sizes:
        cmd += ["--sizes", ",".join(str(s) for s in sizes)]
    return cmd


def share_of_bound(speedup: float, bound: float | None) -> float | None:
    """How much of the zero-crossing bound a speedup reaches: (speedup − 1) / (bound − 1).

    None without a bound, or with a bound of no gain at all (nothing to reach).
    """
    if bound is None or not bound > 1.0:
        return None
    return (speedup - 1.0) / (bound - 1.0)


def _number(obj: Mapping[str, Any], key: str, what: str) -> float:
    v = obj.get(key)
    if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
        raise ValueError(f"{what}: {key} is {v!r}")
    return float(v)


def _rounds(point: Mapping[str, Any], side: str, reads: int) -> list[Mapping[str, Any]]:
    rounds = point.get(side)
    if not isinstance(rounds, list) or not rounds:
        raise ValueError(f"no {side} rounds")
    for r in rounds:
        if not isinstance(r, Mapping):
            raise ValueError(f"a {side} round is {r!r}")
        if _number(r, "iops", side) <= 0:
            raise ValueError(f"{side} round without reads/s: {r!r}")
        if r.get("reads") != reads or r.get("verified") is not True:
            raise ValueError(f"{side} round did not do and verify {reads} reads: {r!r}")
        if side == "ub":
            stats = r.get("stats")
            if not isinstance(stats, Mapping):
                raise ValueError(f"bypassed round without statistics: {r!r}")
            _number(stats, "chained", "stats")
    return rounds


def summarize(
    point: Mapping[str, Any], *, kpti: bool, crossing_ns: float | None, run: Mapping[str, Any]
) -> dict[str, Any]:
    """One record from the rounds of one point (see the module doc for the fields)."""
    size, with_sum = point.get("size"), point.get("sum")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        raise ValueError(f"point without a read size: {size!r}")
    if not isinstance(with_sum, bool):
        raise ValueError(f"point without a sum flag: {with_sum!r}")
    reads = point.get("reads")
    if not isinstance(reads, int) or isinstance(reads, bool) or reads <= 0:
        raise ValueError(f"point without a read count: {reads!r}")
    native = _rounds(point, "native", reads)
    ub = _rounds(point, "ub", reads)
    bypass = point.get("bypass")
    if not isinstance(bypass, Mapping):
        raise ValueError(f"point without its bypass: {bypass!r}")
    cache = bypass.get("cache")
    if cache not in ("hit", "miss"):
        raise ValueError(f"bypass: cache is {cache!r}")
    best_native = max(native, key=lambda r: float(r["iops"]))
    best_ub = max(ub, key=lambda r: float(r["iops"]))
    native_iops, ub_iops = float(best_native["iops"]), float(best_ub["iops"])
    speedup = ub_iops / native_iops
    avoided = int(best_ub["stats"]["chained"])
    bound = zero_crossing_bound(native_iops, crossing_ns) if crossing_ns else None
    native_checksums = {(r.get("checksum"), r.get("end_offset")) for r in native}
    ub_checksums = {(r.get("checksum"), r.get("end_offset")) for r in ub}
    native_median = statistics.median(float(r["iops"]) for r in native)
    ub_median = statistics.median(float(r["iops"]) for r in ub)
    return {
        "kpti": kpti,
        "size": size,
        "sum": with_sum,
        "case": pread_case(size, with_sum),
        "native_iops": native_iops,
        "ub_iops": ub_iops,
        "speedup": speedup,
        "crossings_avoided": avoided,
        "chained_per_read": avoided / reads,
        "crossing_ns": crossing_ns,
        "bound": bound,
        "share": share_of_bound(speedup, bound),
        "native_median_iops": native_median,
        "ub_median_iops": ub_median,
        "median_speedup": ub_median / native_median,
        "min_chained_per_read": min(int(r["stats"]["chained"]) for r in ub) / reads,
        "btc_runs": int(best_ub["stats"].get("runs", 0)),
        "ub_exits": dict(best_ub["stats"].get("exits", {})),
        "reads": reads,
        "rounds": min(len(native), len(ub)),
        "native_checksum": best_native.get("checksum"),
        "ub_checksum": best_ub.get("checksum"),
        "checksums_equal": len(native_checksums) == 1 and native_checksums == ub_checksums,
        "verified": True,
        "first_chain_s": _number(bypass, "first_chain_s", "bypass"),
        "established_s": _number(bypass, "established_s", "bypass"),
        "cache": cache,
        "images_changed": bypass.get("images_changed") is True,
        "bypass": dict(bypass),
        "run": dict(run),
    }


@dataclass
class MicroRun:
    """The records of one boot (or of several, merged) and the points that failed."""

    records: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def extend(self, other: MicroRun) -> None:
        self.records.extend(other.records)
        self.errors.extend(other.errors)


def collect(output: str, *, kpti: bool, run: Mapping[str, Any]) -> MicroRun:
    """Records from one guest run's output.

    A point that failed in the guest is an error beside the others'
    records; a run without its closing ``done`` line, a line that cannot be
    read, or a run without a single record is a BenchError.
    """
    try:
        lines = extract_lines(output)
    except ValueError as e:
        raise BenchError(str(e)) from None
    state = "on" if kpti else "off"
    env: dict[str, Any] = {}
    points: list[Mapping[str, Any]] = []
    crossing: float | None = None
    out = MicroRun()
    done = False
    for obj in lines:
        kind = obj["kind"]
        if kind == "env" and isinstance(obj.get("env"), dict):
            env = obj["env"]
        elif kind == "error":
            out.errors.append(f"KPTI {state}: {obj.get('bench')}: {obj.get('error')}")
        elif kind == "point" and isinstance(obj.get("point"), dict):
            points.append(obj["point"])
        elif kind == "crossing":
            try:
                crossing = Measurement.from_dict(obj.get("measurement")).value
            except ValueError as e:
                raise BenchError(f"bad crossing cost from the guest: {e}") from None
        elif kind == "done":
            done = True
    if not done:
        raise BenchError(f"the guest's run with KPTI {state} did not finish (no 'done' line)")
    for point in points:
        try:
            out.records.append(
                summarize(point, kpti=kpti, crossing_ns=crossing, run={**run, "guest": env})
            )
        except ValueError as e:
            raise BenchError(f"bad point from the guest (KPTI {state}): {e}") from None
    if not out.records:
        raise BenchError(
            f"the guest reported no points with KPTI {state}"
            + ("".join(f"\n{e}" for e in out.errors) if out.errors else "")
        )
    return out


def run_micro(
    kpti_states: Sequence[bool],
    *,
    accel: str = "tcg",
    quick: bool = False,
    sizes: Sequence[int] | None = None,
    console: Console | None = None,
    timeout: float | None = None,
    variant: str | None = None,
    icount: bool = False,
) -> MicroRun:
    """Boot the lab once per KPTI state and run every point of the micro-benchmark there.

    ``variant`` picks the kernel build (the lab's default, the release
    kernel, when None; the lab tests use the debug one).  ``icount``: QEMU
    ``-icount shift=0,sleep=off``, a guest second is 10**9 instructions, so
    reads per second say instructions per read; the guest runs several
    times slower in wall time, hence the longer timeout.
    """
    console = console or Console(stderr=True)
    binaries = built_benchmarks(console)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    result = MicroRun()
    for kpti in kpti_states:
        guest, run = boot_and_run(
            console,
            guest_command(quick, sizes=sizes),
            kpti=kpti,
            accel=accel,
            timeout=timeout if timeout is not None else (
                (1200.0 if quick else 2400.0) * (_ICOUNT_SLOWDOWN if icount else 1)),
            binaries=binaries,
            started=stamp,
            quick=quick,
            variant=variant,
            icount=icount,
        )
        run["variant"] = variant or "release"
        found = collect(guest.output, kpti=kpti, run=run)
        if guest.exit_status != 0 and not found.errors:
            state = "on" if kpti else "off"
            found.errors.append(f"KPTI {state}: the guest's run exited with {guest.exit_status}")
        result.extend(found)
    return result
