"""Run the baseline benchmarks where this process runs, and print their records.

This runs inside the lab's guest (``python3 -m ubypass.bench.guest_baseline``
with ``PYTHONPATH=/ub/src``), where only Python's standard library exists:
it must import nothing outside it and :mod:`ubypass.bench.records`. It also
runs natively on the host, which is how the tests exercise it. All
benchmarks run in one process per boot so that every figure of a KPTI mode
comes from the same kernel, the same boot and the same moment.

Records go to stdout as marker lines (see :mod:`ubypass.bench.records`);
progress goes to stderr. The exit status is 1 if any benchmark failed (the
others still report).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ubypass.bench.records import (
    Measurement,
    best_of,
    emit_line,
    parse_bench_line,
    parse_redis_csv,
)

__all__ = [
    "PREAD_SIZES",
    "Budget",
    "bench_getppid",
    "bench_pread",
    "bench_redis",
    "environment",
    "main",
    "redis_server",
]

PREAD_SIZES = (64, 256, 1024, 4096)
REDIS_OPS = ("set", "get")  # SET first, so that GET finds its key


_FAILURES = (OSError, RuntimeError, ValueError, subprocess.TimeoutExpired)


@dataclass
class Budget:
    """How long each point runs, and how often; ``--quick`` trades stability for time.

    Each figure is the best of ``repeats`` runs: the host's cores are shared
    (TCG, other jobs), and one slow spell must not make a row.
    """

    seconds: float
    warmup: float
    redis_seconds: float
    repeats: int

    @classmethod
    def default(cls, quick: bool) -> Budget:
        # Under TCG with KPTI on, 0.6 s is ~50k getppid calls: a stable figure
        # when the host leaves the guest alone, which 5 rounds make likely.
        return cls(0.3, 0.1, 1.0, 1) if quick else cls(0.6, 0.2, 2.0, 5)


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def _emit(kind: str, payload: dict[str, Any]) -> None:
    print(emit_line(kind, payload), flush=True)


def _run(cmd: Sequence[str], timeout: float) -> str:
    done = subprocess.run(list(cmd), capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} exited with {done.returncode}: {done.stderr.strip()[-2000:]}"
        )
    return done.stdout


def _timeout(budget: Budget) -> float:
    # Generous: the budget is what the program measures, not what it may take
    # to create its file or to calibrate on a guest slowed by a host build.
    return 120.0 + 20.0 * (budget.seconds + budget.warmup)


def bench_getppid(bin_dir: Path, budget: Budget) -> Measurement:
    cmd = [
        str(bin_dir / "getppid"),
        "--seconds", str(budget.seconds),
        "--warmup", str(budget.warmup),
    ]  # fmt: skip
    lines = _run(cmd, _timeout(budget)).strip().splitlines()
    if len(lines) != 1:
        raise ValueError(f"getppid printed {len(lines)} lines, expected 1")
    return parse_bench_line(lines[0])


def bench_pread(
    bin_dir: Path, size: int, with_sum: bool, budget: Budget, tmp_dir: Path
) -> Measurement:
    cmd = [
        str(bin_dir / "pread"),
        "--size", str(size),
        "--seconds", str(budget.seconds),
        "--warmup", str(budget.warmup),
        "--dir", str(tmp_dir),
        "--verify",
    ]  # fmt: skip
    if with_sum:
        cmd.append("--sum")
    lines = _run(cmd, _timeout(budget)).strip().splitlines()
    if len(lines) != 1:
        raise ValueError(f"pread printed {len(lines)} lines, expected 1")
    m = parse_bench_line(lines[0])
    if m.params != {"size": size, "sum": with_sum} or m.raw.get("verified") is not True:
        raise ValueError(f"pread answered another question or did not verify: {lines[0]}")
    return m


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2.0) as s:
            s.sendall(b"PING\r\n")
            return s.recv(64).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def redis_server(port: int, work_dir: Path, timeout: float = 60.0) -> Iterator[int]:
    """A throw-away redis-server on loopback: no persistence, gone afterwards."""
    log = work_dir / "redis-server.log"
    cmd = [
        "redis-server",
        "--port", str(port),
        "--bind", "127.0.0.1",
        "--save", "",
        "--appendonly", "no",
        "--protected-mode", "no",
        "--dir", str(work_dir),
        "--logfile", str(log),
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + timeout
        while not _ping(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                text = log.read_text(errors="replace")[-2000:] if log.exists() else ""
                raise RuntimeError(f"redis-server did not answer PING on port {port}:\n{text}")
            time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _redis_benchmark(
    port: int, ops: Sequence[str], requests: int, clients: int, data_size: int, timeout: float
) -> list[Measurement]:
    cmd = [
        "redis-benchmark",
        "-h", "127.0.0.1",
        "-p", str(port),
        "-t", ",".join(ops),
        "-n", str(requests),
        "-c", str(clients),
        "-d", str(data_size),
        "--csv",
    ]  # fmt: skip
    params: dict[str, Any] = {"requests": requests, "clients": clients, "data_size": data_size}
    return parse_redis_csv(_run(cmd, timeout), params=params)


def bench_redis(
    budget: Budget, work_dir: Path, *, port: int = 0, clients: int = 50, data_size: int = 64
) -> list[Measurement]:
    """SET and GET through redis-benchmark, each sized to run for about the budget.

    A short warm-up run measures the rate first, because the rate differs
    twentyfold between the host and TCG with KPTI on, and a fixed request
    count would either take minutes or measure nothing.
    """
    warm_requests = 200 if budget.redis_seconds < 2 else 1000
    timeout = 600.0
    with redis_server(port or _free_port(), work_dir) as p:
        warm = {m.params["op"]: m.value for m in _redis_benchmark(
            p, REDIS_OPS, warm_requests, clients, data_size, timeout)}  # fmt: skip
        requests: dict[str, int] = {}
        for op in REDIS_OPS:
            rate = warm.get(op.upper())
            if rate is None:
                raise ValueError(f"redis-benchmark warm-up gave no {op.upper()} figure")
            requests[op] = int(min(max(rate * budget.redis_seconds, 200), 2_000_000))
        samples: dict[str, list[Measurement]] = {op: [] for op in REDIS_OPS}
        for round_no in range(1, budget.repeats + 1):
            for op in REDIS_OPS:
                found = _redis_benchmark(p, [op], requests[op], clients, data_size, timeout)
                if [m.params["op"] for m in found] != [op.upper()]:
                    raise ValueError(f"redis-benchmark -t {op} reported {[m.case for m in found]}")
                m = found[0]
                _log(f"{m.case}: {m.value:,.1f} {m.unit} (round {round_no}/{budget.repeats})")
                samples[op].append(m)
        return [best_of(samples[op]) for op in REDIS_OPS]


def _read(path: str) -> str | None:
    try:
        return Path(path).read_text().strip()
    except OSError:
        return None


def environment() -> dict[str, Any]:
    """What a reader needs to trust the figures: kernel, KPTI state and clock, as seen inside."""
    try:
        redis = _run(["redis-server", "--version"], 30).strip()
    except (OSError, RuntimeError, subprocess.TimeoutExpired):
        redis = None
    return {
        "kernel": os.uname().release,
        "meltdown": _read("/sys/devices/system/cpu/vulnerabilities/meltdown"),
        # Without a vDSO-capable clocksource, clock_gettime is a syscall too.
        "clocksource": _read("/sys/devices/system/clocksource/clocksource0/current_clocksource"),
        "cmdline": _read("/proc/cmdline"),
        "cpus": os.cpu_count(),
        "redis": redis,
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="guest_baseline", description=__doc__)
    ap.add_argument("--bin-dir", type=Path, required=True, help="compiled bench/ programs")
    ap.add_argument("--quick", action="store_true", help="short budgets (tests, smoke runs)")
    ap.add_argument("--seconds", type=float, help="measured seconds per point")
    ap.add_argument("--warmup", type=float, help="warm-up seconds per point")
    ap.add_argument("--redis-seconds", type=float, help="seconds per redis-benchmark test")
    ap.add_argument("--repeat", type=int, help="runs per point (the best is reported)")
    ap.add_argument("--only", default="getppid,pread,redis", help="comma-separated benchmarks")
    ap.add_argument("--sizes", default=",".join(map(str, PREAD_SIZES)), help="pread sizes")
    ap.add_argument("--tmp-dir", type=Path, default=Path("/tmp"), help="where pread's file goes")
    ap.add_argument("--redis-port", type=int, default=0, help="0: any free port")
    args = ap.parse_args(argv)

    budget = Budget.default(args.quick)
    budget.seconds = args.seconds or budget.seconds
    budget.warmup = args.warmup or budget.warmup
    budget.redis_seconds = args.redis_seconds or budget.redis_seconds
    budget.repeats = args.repeat or budget.repeats
    if budget.repeats < 1:
        ap.error("--repeat must be at least 1")
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = only - {"getppid", "pread", "redis"}
    if unknown:
        ap.error(f"unknown benchmarks: {', '.join(sorted(unknown))}")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    env = environment()
    _emit("env", {"env": env, "budget": asdict(budget)})
    _log(f"kernel {env['kernel']}, meltdown: {env['meltdown']}")

    # Rounds over all points rather than repeats of one point in a row, so
    # that a slow spell of the host (TCG shares its cores) hits every point.
    points: list[tuple[str, Callable[[], Measurement]]] = []
    if "getppid" in only:
        points.append(("getppid", partial(bench_getppid, args.bin_dir, budget)))
    if "pread" in only:
        for size in sizes:
            for with_sum in (False, True):
                thunk = partial(bench_pread, args.bin_dir, size, with_sum, budget, args.tmp_dir)
                points.append(("pread", thunk))
    samples: dict[str, list[Measurement]] = {}
    broken: set[int] = set()
    failed = 0

    def fail(name: str, e: Exception) -> None:
        nonlocal failed
        failed += 1
        _log(f"{name}: FAILED: {e}")
        _emit("error", {"bench": name, "error": str(e)})

    for round_no in range(1, budget.repeats + 1):
        for i, (name, point) in enumerate(points):
            if i in broken:
                continue
            try:
                m = point()
            except _FAILURES as e:
                broken.add(i)
                fail(name, e)
                continue
            samples.setdefault(m.case, []).append(m)
            _log(f"{m.case}: {m.value:,.1f} {m.unit} (round {round_no}/{budget.repeats})")
    for found in samples.values():
        if len(found) == budget.repeats:
            _emit("measurement", {"measurement": best_of(found).to_dict()})

    if "redis" in only:
        with tempfile.TemporaryDirectory(prefix="ub-redis-", dir=args.tmp_dir) as work:
            try:
                for m in bench_redis(budget, Path(work), port=args.redis_port):
                    _emit("measurement", {"measurement": m.to_dict()})
            except _FAILURES as e:
                fail("redis", e)
    _emit("done", {"failed": failed})
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
