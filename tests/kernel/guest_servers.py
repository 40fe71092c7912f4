"""The real-server lab tests' guest side: Debian's Redis under ``ub run``.

Runs in the guest as ``python3 -m guest_servers CHECK...`` (host side:
``test_servers_lab.py``).  A scripted client session is answered once by a
native server and once by a bypassed one that load has warmed up (its hot
sites found, translated, grown and fused); the replies must be the same
bytes, and the bypassed server must chain syscalls while it answers them.
Every check records what it saw and the host side asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from guest_checks import run_with_daemon

from ubypass.bench.guest_redis import redis_server

#: warm-up cap of the servers the lab tests start: enough to chain (at 180 s
#: each warm-up had chained 1,500-29,000 syscalls); Redis's growth goes on
#: far longer (a benchmark warms for ``WARM_S``), and four servers at 180 s
#: were 12 of the 87 minutes of a CI run that must end within 90
CI_WARM_S = 120.0

ROUNDS = 10  # scripted sessions per server


def session() -> bytes:
    """Commands with deterministic replies: strings of several sizes, counters,
    lists, hashes, sets, sorted sets, deletes; one client, several reads."""
    big = "x" * 4000 + "y" * 12000  # 16 KB: a request taking several reads
    lines = [
        "SET k1 hello", "GET k1", 'APPEND k1 " world"', "GET k1", "STRLEN k1",
        "INCR counter", "INCR counter", "INCRBY counter 10", "DECR counter",
        "MSET a 1 b 2 c 3", "MGET a b c missing",
        "RPUSH list x y z", "LPUSH list w", "LRANGE list 0 -1", "RPOP list", "LLEN list",
        "HSET h f1 v1 f2 v2", "HGET h f1", "HLEN h", "HGET h nope",
        "SADD s m1 m2 m3", "SCARD s", "SISMEMBER s m2", "SREM s m1",
        "ZADD z 1 one 2 two 3 three", "ZRANGE z 0 -1 WITHSCORES", "ZSCORE z two",
        f"SET big {big}", "STRLEN big", "GETRANGE big 3990 4010", "GET big",
        "DEL k1 a b c list h s z big", "EXISTS k1 counter", "TYPE counter", "DBSIZE",
        "GET counter", "FLUSHALL", "DBSIZE",
    ]
    return ("\n".join(lines) + "\n").encode()


def replies(port: int) -> str:
    out = b"".join(subprocess.run(["redis-cli", "-p", str(port)], input=session(),
                                  capture_output=True, timeout=300, check=False).stdout
                   for _ in range(ROUNDS))
    return out.decode(errors="replace")


def native(port: int, work: Path) -> dict[str, Any]:
    with redis_server(port, False, work):
        return {"replies": replies(port)}


def bypassed(port: int, work: Path) -> dict[str, Any]:
    """A ``ub run`` server warmed until its request path is installed answers
    the session; its ``ub run`` report comes after shutdown."""
    report = work / "report.json"
    out: dict[str, Any] = {}
    with redis_server(port, True, work, report=report) as srv:
        out["warm"] = srv.warm(CI_WARM_S)
        before = srv.status()
        out["replies"] = replies(port)
        after = srv.status()
        out["chained_during"] = after.get("chained", 0) - before.get("chained", 0)
        out["runs_during"] = after.get("runs", 0) - before.get("runs", 0)
        out["sites"] = [{k: s[k] for k in ("symbol", "state", "why", "runs", "chained",
                                           "cache", "leaks")}
                        for s in after.get("sites", []) if s["state"] == "installed"]
    out["rc"] = srv.rc
    try:
        out["report"] = json.loads(report.read_text())
    except (OSError, ValueError) as e:
        out["report"] = {"error": f"no report: {e}"}
    return out


def check_redis(tmp: Path) -> dict[str, Any]:
    port = 6390
    return {"native": native(port, tmp / "native"),
            "first": bypassed(port, tmp / "first"),
            "second": bypassed(port, tmp / "second")}


CHECKS: dict[str, Callable[[Path], dict[str, Any]]] = {"redis": check_redis}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("checks", nargs="+", choices=sorted(CHECKS))
    args = ap.parse_args()
    results: dict[str, Any] = {"uname": os.uname().release}
    return run_with_daemon(args.checks, lambda name, tmp: CHECKS[name](tmp), results,
                           "ubsrv-")

if __name__ == "__main__":
    sys.exit(main())
