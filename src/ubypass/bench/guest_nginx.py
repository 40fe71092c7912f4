"""Debian's nginx natively and under ``ub run``, where this process runs (the guest).

Two servers from one configuration (``worker_processes`` 1 pinned to vCPU 0,
as in the paper, or ``auto``; ``sendfile on``; access log off), one native
and one under ``ub run`` (master and forked workers opted in; the workers'
images come from the translation cache once one worker has them), serving
the same files: 1, 4, 16, 64 and 256 KiB of deterministic bytes.

``verify`` fetches every file many times from both, over keep-alive and
fresh connections, and compares the bodies and the headers that must match;
``bench`` runs wrk against each (``ub bench nginx``'s guest side).  Results
are JSON lines after ``RESULT_TAG``.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import re
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
    summed,
    ubd_story,
    warm_until_settled,
)

__all__ = ["FILE_KIB", "RESULT_TAG", "Nginx", "nginx_server", "verify"]

RESULT_TAG = "UBNGINX "
UB = [sys.executable, "-m", "ubypass"]
FILE_KIB = (1, 4, 16, 64, 256)
#: headers a bypassed server must send exactly as the native one (Date and
#: Server's version aside, which do not depend on the code path)
SAME_HEADERS = ("content-length", "content-type", "last-modified", "etag", "accept-ranges",
                "connection")
SERVER_CPU, CLIENT_CPU = "0", "1"

CONF = """daemon off;
master_process on;
worker_processes {workers};
{affinity}
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
    }}
}}
"""


def file_bytes(kib: int) -> bytes:
    """Deterministic, incompressible-looking content: a hash chain."""
    out = bytearray()
    block = f"ubypass-{kib}".encode()
    while len(out) < kib * 1024:
        block = hashlib.sha256(block).digest()
        out += block
    return bytes(out[: kib * 1024])


def make_root(root: Path) -> dict[str, str]:
    """The served files, and their SHA-256 by URL path."""
    root.mkdir(parents=True, exist_ok=True)
    sums = {}
    for kib in FILE_KIB:
        data = file_bytes(kib)
        (root / f"{kib}k.bin").write_bytes(data)
        sums[f"/{kib}k.bin"] = hashlib.sha256(data).hexdigest()
    return sums


class Nginx:
    """A running nginx (master and workers) and, when bypassed, ubd's view of it."""

    def __init__(self, port: int, bypassed: bool, work: Path,
                 proc: subprocess.Popen[bytes]) -> None:
        self.port, self.bypassed, self.work, self.proc = port, bypassed, work, proc
        self.rc: int | None = None

    def pids(self) -> list[int]:
        """Master first, then its workers."""
        master = int((self.work / "nginx.pid").read_text())
        kids = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True,
                              check=False).stdout.split()
        return [master, *map(int, kids)]

    def status(self) -> list[dict[str, Any]]:
        """ubd's records of the master and workers ([] natively)."""
        if not self.bypassed:
            return []
        from ubypass.daemon.client import request

        pids = set(self.pids())
        return [dict(p) for p in request({"op": "status"})["processes"]
                if p["tgid"] in pids and not p["gone"]]

    def chained(self) -> int:
        return sum(p["chained"] for p in self.status())

    def warm(self, timeout: float = WARM_S, idle: bool = False) -> dict[str, Any]:
        """wrk load until the workers chain and ubd has settled."""
        def load() -> None:
            for kib in (1, 16):
                wrk(self.port, f"/{kib}k.bin", connections=16, seconds=3)

        seconds, procs = warm_until_settled(load, self.status, timeout, idle)
        return {"warm_s": seconds, "chained": sum(p["chained"] for p in procs),
                "pending": [x for p in procs for x in p.get("pending", [])],
                "ubd": ubd_story()}


@contextmanager
def nginx_server(port: int, bypassed: bool, work: Path, root: Path,
                 workers: str = "1") -> Iterator[Nginx]:
    work.mkdir(parents=True, exist_ok=True)
    affinity = f"worker_cpu_affinity {1 << int(SERVER_CPU):b};" if workers == "1" else ""
    conf = work / "nginx.conf"
    conf.write_text(CONF.format(workers=workers, affinity=affinity, work=work, port=port,
                                root=root))
    cmd = ["nginx", "-c", str(conf), "-p", str(work)]
    if bypassed:
        cmd = [*UB, "run", "--", *cmd]
    log = (work / "server.log").open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    srv = Nginx(port, bypassed, work, proc)
    try:
        deadline = time.monotonic() + START_S
        while True:
            try:
                fetch(port, "/1k.bin", http.client.HTTPConnection("127.0.0.1", port, timeout=10))
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"nginx on {port} did not answer: "
                                       f"{(work / 'error.log').read_text()[-1000:]}") from None
                time.sleep(0.2)
        yield srv
    finally:
        subprocess.run(["nginx", "-c", str(conf), "-p", str(work), "-s", "quit"],
                       capture_output=True, check=False)
        srv.rc = reap(proc)
        log.close()


def fetch(port: int, path: str, conn: http.client.HTTPConnection,
          close: bool = False) -> tuple[int, dict[str, str], bytes]:
    conn.request("GET", path, headers={"Connection": "close"} if close else {})
    resp = conn.getresponse()
    body = resp.read()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body


def _responses(port: int, rounds: int) -> list[tuple[int, dict[str, str], str]]:
    """Every file ``rounds`` times over one keep-alive connection, then each once
    more over a fresh connection per request."""
    out = []
    keep = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for _ in range(rounds):
        for kib in FILE_KIB:
            status, hdrs, body = fetch(port, f"/{kib}k.bin", keep)
            out.append((status, {h: hdrs.get(h, "") for h in SAME_HEADERS},
                        hashlib.sha256(body).hexdigest()))
    keep.close()
    for _ in range(rounds):
        for kib in FILE_KIB:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            status, hdrs, body = fetch(port, f"/{kib}k.bin", conn, close=True)
            conn.close()
            out.append((status, {h: hdrs.get(h, "") for h in SAME_HEADERS},
                        hashlib.sha256(body).hexdigest()))
    return out


def verify(work: Path, rounds: int, workers: str, warm_s: float = WARM_S) -> dict[str, Any]:
    """The bypassed server's responses against the native one's and the files."""
    root = work / "www"
    sums = make_root(root)
    with nginx_server(8080, False, work / "native", root, workers) as nat:
        native = _responses(nat.port, rounds)
    res: dict[str, Any] = {"workers": workers, "rounds": rounds}
    with nginx_server(8081, True, work / "ub", root, workers) as byp:
        res["warm"] = byp.warm(warm_s)
        before = byp.chained()
        bypassed = _responses(byp.port, rounds)
        procs = byp.status()
        master = byp.pids()[0]
        res["chained_during"] = sum(p["chained"] for p in procs) - before
        res["procs"] = [{"tgid": p["tgid"], "master": p["tgid"] == master,
                         "chained": p["chained"],
                         "cache_hits": p["cache_hits"], "translations": p["translations"],
                         "sites": [{k: s.get(k) for k in ("symbol", "state", "chained",
                                                          "cache", "leaks")}
                                   for s in p["sites"] if s["state"] == "installed"]}
                        for p in procs]
    res["server_rc"] = byp.rc
    res["requests"] = len(native)
    want = [sums[f"/{kib}k.bin"] for kib in FILE_KIB] * (2 * rounds)
    res["native_bad_bodies"] = sum(n[2] != w for n, w in zip(native, want, strict=True))
    res["body_differences"] = sum(n[2] != b[2] for n, b in zip(native, bypassed, strict=True))
    res["header_differences"] = [(i, n[1], b[1]) for i, (n, b)
                                 in enumerate(zip(native, bypassed, strict=True))
                                 if n[:2] != b[:2]][:10]
    return res


_WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")


def wrk(port: int, path: str, connections: int, seconds: int) -> float:
    res = subprocess.run(["taskset", "-c", CLIENT_CPU, "wrk", "-t1", f"-c{connections}",
                          f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"],
                         capture_output=True, text=True, timeout=seconds + 120, check=False)
    m = _WRK_RPS.search(res.stdout)
    if not m:
        raise RuntimeError(f"wrk {path}: no result: {res.stdout[-300:]} {res.stderr[-300:]}")
    return float(m.group(1))


def bench(work: Path, sizes: list[int], connections: int, seconds: int, rounds: int,
          workers: str, warm_s: float = WARM_S) -> None:
    from ubypass.daemon.client import DEFAULT_SOCKET, ensure_daemon

    ensure_daemon(DEFAULT_SOCKET)
    root = work / "www"
    make_root(root)
    with nginx_server(8080, False, work / "native", root, workers) as nat, \
            nginx_server(8081, True, work / "ub", root, workers) as byp:
        warm = byp.warm(warm_s, idle=True)
        for kib in sizes:
            rec: dict[str, Any] = {"bench": "nginx", "kib": kib, "workers": workers,
                                   "connections": connections, "seconds": seconds,
                                   "warm": warm, "native_rps": [], "ub_rps": [],
                                   "ub_counts": []}
            for _ in range(rounds):
                rec["native_rps"].append(wrk(nat.port, f"/{kib}k.bin", connections, seconds))
                before = summed(byp.status())
                rec["ub_rps"].append(wrk(byp.port, f"/{kib}k.bin", connections, seconds))
                rec["ub_counts"].append(counts_delta(before, summed(byp.status())))
            print(RESULT_TAG + json.dumps(rec), flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(prog="guest_nginx")
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("verify", help="bypassed responses against native ones")
    v.add_argument("--rounds", type=int, default=20)
    v.add_argument("--workers", default="1")
    v.add_argument("--warm", type=float, default=WARM_S,
                   help="seconds of warm-up at most before the verified requests")
    b = sub.add_parser("bench", help="wrk, native vs bypassed")
    b.add_argument("--sizes", type=int, nargs="+", default=list(FILE_KIB))
    b.add_argument("--connections", type=int, default=32)
    b.add_argument("--seconds", type=int, default=10)
    b.add_argument("--rounds", type=int, default=3)
    b.add_argument("--workers", default="1")
    b.add_argument("--warm", type=float, default=WARM_S,
                   help="seconds of warm-up at most before the timed rounds")
    for p in (v, b):
        p.add_argument("--work", type=Path, default=Path("/tmp/ub-nginx"))
    args = ap.parse_args()
    if args.cmd == "bench":
        bench(args.work, args.sizes, args.connections, args.seconds, args.rounds, args.workers,
              args.warm)
        return 0
    from ubypass.daemon.client import DEFAULT_LOG, DaemonUnavailable

    try:
        res = verify(args.work, args.rounds, args.workers, args.warm)
    except (RuntimeError, OSError, subprocess.SubprocessError, DaemonUnavailable) as e:
        log = DEFAULT_LOG.read_text()[-4000:] if DEFAULT_LOG.exists() else ""
        res = {"error": str(e), "daemon_log": log}
    print(RESULT_TAG + json.dumps(res), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
