"""Debian's Redis natively and under ``ub run``, where this process runs (the guest).

``python3 -m ubypass.bench.guest_redis bench`` is ``ub bench redis``'s guest
side: the paper's setup (redis-benchmark GET and SET, 50 clients, no
pipelining) at each value size, a native and a bypassed server in the same
boot, each pinned to vCPU 0 and the client to vCPU 1, alternating rounds.
Per point it records requests/s of each, and of the bypassed server the
kernel's counts over the round (BTC runs, chained syscalls, exits by reason)
and the sites ubd installed; syscalls per request come from ``strace -c``
on the native server over a separate, untimed round.

``python3 -m ubypass.bench.guest_redis suite --src DIR --units U...`` runs
Redis's own test suite (from Debian's ``redis`` source package, shared at
``DIR``) the way its README documents for an existing server, ``./runtest
--host H --port P``, once against a native server and once against a
bypassed one, both started from the suite's own ``tests/assets/default.conf``
(DEBUG and module commands on, as its tests expect).  The bypassed server is
warmed with ``redis-benchmark`` until ubd has installed, grown and fused its
request path and it chains syscalls, so the suite runs through BTCs; the
kernel's counts before and after the suite say how much it did.  The result
(one JSON line after ``RESULT_TAG``) holds each test's outcome per server.

Tests the suite skips against an external server (tagged ``external:skip``:
they restart the server, read its log or replicate) are skipped in both runs.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ubypass.bench.serving import (
    START_S,
    WARM_S,
    counts_delta,
    reap,
    ubd_story,
    warm_until_settled,
)

__all__ = ["CI_UNITS", "RESULT_TAG", "Server", "parse_suite", "redis_server"]

RESULT_TAG = "UBREDIS "
UB = [sys.executable, "-m", "ubypass"]
#: Units whose tests do not time themselves against the wall clock (under TCG
#: a timing test fails natively too), and not unit/type/hash: its big-hash
#: tests took 146 s natively and ~220 s bypassed, a tenth of CI for commands
#: the scripted session covers.  CI runs these; ``ub bench redis --suite``
#: every unit.
CI_UNITS = ("unit/type/string", "unit/type/incr", "unit/keyspace",
            "unit/protocol", "unit/multi", "unit/quit", "unit/info-command")
SIZES = (1, 4, 16, 64, 256, 1024, 4096, 16384)  # the paper's -d values
SERVER_CPU, CLIENT_CPU = "0", "1"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_OUTCOME = re.compile(r"^\[(ok|err|skip|ignore|exception)\]: (.*?)(?: \(\d+ ms\))?$")


def parse_suite(output: str) -> dict[str, str]:
    """Test name -> outcome (ok, err, skip, ignore, exception) from runtest's output."""
    out: dict[str, str] = {}
    for line in output.splitlines():
        m = _OUTCOME.match(_ANSI.sub("", line).strip())
        if m:
            name = m.group(2)
            while name in out:  # the suite repeats a few names
                name += " (again)"
            out[name] = m.group(1)
    return out


def cli(port: int, *args: str, timeout: float = 60) -> str:
    return subprocess.run(["redis-cli", "-p", str(port), *args], capture_output=True,
                          text=True, timeout=timeout, check=False).stdout


class Server:
    """A running redis-server and, when bypassed, ubd's view of it."""

    def __init__(self, port: int, bypassed: bool, proc: subprocess.Popen[bytes]) -> None:
        self.port, self.bypassed, self.proc = port, bypassed, proc
        self.pid = 0
        self.rc: int | None = None

    def status(self) -> dict[str, Any]:
        """ubd's record of this server's process ({} natively)."""
        if not self.bypassed:
            return {}
        from ubypass.daemon.client import request

        for p in request({"op": "status"})["processes"]:
            if p["tgid"] == self.pid and not p["gone"]:
                return dict(p)
        return {}

    def warm(self, timeout: float = WARM_S, idle: bool = False) -> dict[str, Any]:
        """Load it until it chains and ubd has settled (:func:`warm_until_settled`);
        the keys the load wrote are flushed after."""
        def load() -> None:
            subprocess.run(["redis-benchmark", "-p", str(self.port), "-t", "get,set",
                            "-n", "4000", "-c", "20", "-d", "64", "-q"],
                           capture_output=True, timeout=600, check=False)

        seconds, procs = warm_until_settled(
            load, lambda: [st] if (st := self.status()) else [], timeout, idle)
        cli(self.port, "flushall")
        return {"warm_s": seconds, "chained": sum(p["chained"] for p in procs),
                "sites": sum(len(p["sites"]) for p in procs),
                "pending": [x for p in procs for x in p.get("pending", [])],
                "ubd": ubd_story()}


@contextmanager
def redis_server(port: int, bypassed: bool, workdir: Path, conf: Path | None = None,
                 report: Path | None = None, cpu: str = "") -> Iterator[Server]:
    """A redis-server on ``port`` (under ``ub run`` if ``bypassed``; pinned to
    ``cpu`` if given), shut down after."""
    workdir.mkdir(parents=True, exist_ok=True)
    args = [str(conf)] if conf else ["--save", "", "--appendonly", "no"]
    args += ["--port", str(port), "--dir", str(workdir), "--pidfile", str(workdir / "pid"),
             "--bind", "127.0.0.1"]
    cmd = ["redis-server", *args]
    if bypassed:
        cmd = [*UB, "run", *(["--stats-json", str(report)] if report else []), "--", *cmd]
    if cpu:
        cmd = ["taskset", "-c", cpu, *cmd]
    log = (workdir / "server.log").open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=workdir)
    srv = Server(port, bypassed, proc)
    try:
        deadline = time.monotonic() + START_S
        while cli(port, "ping", timeout=10).strip() != "PONG":
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(f"redis-server on {port} did not answer: "
                                   f"{(workdir / 'server.log').read_text()[-1000:]}")
            time.sleep(0.2)
        srv.pid = int((workdir / "pid").read_text())
        yield srv
    finally:
        cli(port, "shutdown", "nosave")
        srv.rc = reap(proc)
        log.close()


def run_suite(src: Path, units: list[str], bypassed: bool, port: int, work: Path,
              timeout: float, warm_s: float = WARM_S) -> dict[str, Any]:
    """One pass of ``./runtest --host`` over ``units`` against a fresh server."""
    tree = work / ("suite-ub" if bypassed else "suite-native")
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    shutil.copy2(src / "runtest", tree / "runtest")
    shutil.copytree(src / "tests", tree / "tests")
    out: dict[str, Any] = {"bypassed": bypassed}
    with redis_server(port, bypassed, tree / "srv", tree / "tests/assets/default.conf",
                      work / f"report-{port}.json") as srv:
        if bypassed:
            out["warm"] = srv.warm(warm_s)
        before = srv.status()
        t0 = time.monotonic()
        args = ["./runtest", "--host", "127.0.0.1", "--port", str(port), "--timeout", "1200"]
        for u in units:
            args += ["--single", u]
        try:
            res = subprocess.run(args, cwd=tree, capture_output=True, text=True,
                                 timeout=timeout, check=False)
            text, out["rc"] = res.stdout + res.stderr, res.returncode
        except subprocess.TimeoutExpired as e:
            text, out["rc"] = str(e.stdout or ""), None
        out["seconds"] = round(time.monotonic() - t0, 1)
        after = srv.status()
        out["chained_during"] = after.get("chained", 0) - before.get("chained", 0)
        out["runs_during"] = after.get("runs", 0) - before.get("runs", 0)
        out["sites"] = [{k: s.get(k) for k in ("symbol", "state", "runs", "chained", "leaks")}
                        for s in after.get("sites", []) if s["state"] == "installed"]
    out["server_rc"] = srv.rc
    out["tests"] = parse_suite(text)
    out["tail"] = _ANSI.sub("", text)[-3000:]
    return out


def _bench_rps(port: int, test: str, size: int, requests: int, clients: int) -> float:
    res = subprocess.run(["taskset", "-c", CLIENT_CPU, "redis-benchmark", "-p", str(port),
                          "-t", test, "-d", str(size), "-n", str(requests),
                          "-c", str(clients), "-P", "1", "--csv"],
                         capture_output=True, text=True, timeout=1800, check=False)
    for line in res.stdout.splitlines():
        cells = [c.strip('"') for c in line.split(",")]
        if cells and cells[0].upper() == test.upper():
            return float(cells[1])
    raise RuntimeError(f"redis-benchmark -t {test} -d {size}: no result: {res.stderr[-500:]}")


def _syscalls_per_request(port: int, pid: int, test: str, size: int, requests: int,
                          clients: int) -> float:
    """strace -c on the native server over one untimed round."""
    out = Path(f"/tmp/strace-{port}.txt")
    tracer = subprocess.Popen(["strace", "-c", "-f", "-o", str(out), "-p", str(pid)],
                              stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    _bench_rps(port, test, size, requests, clients)
    tracer.send_signal(2)
    tracer.wait(timeout=60)
    total = 0
    for line in out.read_text().splitlines():
        cells = line.split()
        if cells and cells[-1] == "total":
            total = int(cells[3])  # % time, seconds, usecs/call, calls
    return total / requests


def bench(sizes: list[int], tests: list[str], requests: int, clients: int, rounds: int,
          work: Path, warm_s: float = WARM_S) -> list[dict[str, Any]]:
    """Every point, native and bypassed alternating, ``rounds`` times each."""
    from ubypass.daemon.client import DEFAULT_SOCKET, ensure_daemon

    ensure_daemon(DEFAULT_SOCKET)  # before any pinned ``ub run`` could start it pinned
    records: list[dict[str, Any]] = []
    with redis_server(6400, False, work / "native", cpu=SERVER_CPU) as nat, \
            redis_server(6401, True, work / "ub", cpu=SERVER_CPU) as byp:
        warm = byp.warm(warm_s, idle=True)
        for size in sizes:
            for test in tests:
                rec: dict[str, Any] = {"bench": "redis", "test": test, "size": size,
                                       "clients": clients, "requests": requests,
                                       "warm": warm, "native_rps": [], "ub_rps": [],
                                       "ub_counts": []}
                rec["syscalls_per_request"] = _syscalls_per_request(
                    nat.port, nat.pid, test, size, max(requests // 10, 1000), clients)
                for _ in range(rounds):
                    rec["native_rps"].append(_bench_rps(nat.port, test, size, requests,
                                                        clients))
                    before = byp.status()
                    rec["ub_rps"].append(_bench_rps(byp.port, test, size, requests, clients))
                    rec["ub_counts"].append(counts_delta(before, byp.status()))
                rec["sites"] = [{k: s.get(k) for k in ("symbol", "runs", "hops", "chained",
                                                       "leaks", "insns", "entries")}
                                for s in byp.status().get("sites", [])
                                if s["state"] == "installed"]
                print(RESULT_TAG + json.dumps(rec), flush=True)
                records.append(rec)
    return records


def main() -> int:
    ap = argparse.ArgumentParser(prog="guest_redis")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("suite", help="Redis's test suite, native then bypassed")
    s.add_argument("--src", type=Path, required=True)
    s.add_argument("--units", nargs="*", default=list(CI_UNITS),
                   help="unit names (tests/<unit>.tcl); none: every unit")
    s.add_argument("--work", type=Path, default=Path("/tmp/ub-redis-suite"))
    s.add_argument("--timeout", type=float, default=3600.0, help="seconds per pass")
    s.add_argument("--warm", type=float, default=WARM_S,
                   help="seconds of warm-up at most before the bypassed pass")
    b = sub.add_parser("bench", help="redis-benchmark, native vs bypassed")
    b.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    b.add_argument("--tests", nargs="+", default=["get", "set"])
    b.add_argument("--requests", type=int, default=20000)
    b.add_argument("--clients", type=int, default=50)
    b.add_argument("--rounds", type=int, default=3)
    b.add_argument("--work", type=Path, default=Path("/tmp/ub-redis-bench"))
    b.add_argument("--warm", type=float, default=WARM_S,
                   help="seconds of warm-up at most before the timed rounds")
    args = ap.parse_args()
    if args.cmd == "bench":
        bench(args.sizes, args.tests, args.requests, args.clients, args.rounds, args.work,
              args.warm)
        return 0
    result: dict[str, Any] = {"units": args.units}
    for port, bypassed in ((6400, False), (6401, True)):
        key = "bypassed" if bypassed else "native"
        try:
            result[key] = run_suite(args.src, args.units, bypassed, port, args.work,
                                    args.timeout, args.warm)
        except (RuntimeError, OSError, subprocess.SubprocessError) as e:
            result[key] = {"error": str(e)}
    print(RESULT_TAG + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
