"""What the server drivers in the guest share: warming a bypassed server until
ubd has settled, and stopping one (:mod:`ubypass.bench.guest_redis`,
:mod:`ubypass.bench.guest_nginx`).
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable
from typing import Any

__all__ = ["DRAIN_S", "START_S", "WARM_S", "counts_delta", "reap", "summed", "ubd_story",
           "warm_until_settled"]

#: Seconds for a started server to answer: ``ub run`` may first start ubd,
#: whose Python start under TCG took more than the 60 s this was while
#: another guest shared the host's two cores (a CI run, session 11); a
#: server that dies is noticed at once whatever this is
START_S = 300.0

#: how long a benchmark warms a server at most: Redis's growth has not settled
#: by then, but its rate has fallen to a few images a minute
WARM_S = 600.0

#: how long a warm-up lets ubd work after a round of load that left it busy:
#: the load's own CPU would slow the translations it waits for (both vCPUs
#: are the server's and the client's), and growths are fused only once the
#: load that makes them has been quiet a while (``Policy.fuse_quiet_s``, ten
#: times that once growth is over)
DRAIN_S = 60.0
_DRAIN_POLL_S = 1.0

#: ubd's log lines that explain why a server runs the way it does
_STORY = re.compile(
    r"fusing|not fused|no room|refused|removed|gave up|kept the loop|translator bug")


def warm_until_settled(load: Callable[[], None], procs: Callable[[], list[dict[str, Any]]],
                       timeout: float, idle: bool = False) -> tuple[float, list[dict[str, Any]]]:
    """Run ``load`` until the server's processes (ubd's records, ``procs``)
    chain and ubd's work on them has settled: nothing being translated and
    no new site over a whole round of load; with ``idle`` (a benchmark about
    to time the server) also nothing else pending in ubd (growths waiting to
    be fused).  After a round that left ubd busy, the load pauses until it
    is not (``DRAIN_S`` at most).  The seconds it took, and the last records."""
    def busy(last: list[dict[str, Any]]) -> bool:
        return any(s["state"] == "translating" for p in last for s in p["sites"]) or \
            (idle and any(p.get("pending") for p in last))

    t0 = time.monotonic()
    seen = -1
    last: list[dict[str, Any]] = []
    while time.monotonic() - t0 < timeout:
        load()
        last = procs()
        was_busy = busy(last)
        drain_until = min(time.monotonic() + DRAIN_S, t0 + timeout)
        while busy(last) and time.monotonic() < drain_until:
            time.sleep(_DRAIN_POLL_S)
            last = procs()
        sites = sum(len(p["sites"]) for p in last)
        if sum(p["chained"] for p in last) > 0 and not was_busy and sites == seen:
            break
        seen = -1 if busy(last) else sites
    return round(time.monotonic() - t0, 1), last


def summed(procs: list[dict[str, Any]]) -> dict[str, Any]:
    """ubd's counters of several processes (nginx's master and workers) as one."""
    out: dict[str, Any] = {"runs": 0, "hops": 0, "chained": 0, "exits": {}}
    for p in procs:
        for k in ("runs", "hops", "chained"):
            out[k] += p.get(k, 0)
        for k, n in p.get("exits", {}).items():
            out["exits"][k] = out["exits"].get(k, 0) + n
    return out


def counts_delta(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """What ubd counted for a server between its records ``a`` and ``b``."""
    exits = {k: b["exits"][k] - a.get("exits", {}).get(k, 0) for k in b.get("exits", {})}
    return {k: b.get(k, 0) - a.get(k, 0) for k in ("runs", "hops", "chained")} | {
        "exits": exits}


def ubd_story(limit: int = 40) -> list[str]:
    """The last of ubd's fusions, refusals, removals and stalls, for the
    record of a benchmark: its counters say how much, these say why."""
    from ubypass.daemon.client import DEFAULT_LOG

    try:
        lines = DEFAULT_LOG.read_text(errors="replace").splitlines()
    except OSError:
        return []
    return [ln for ln in lines if _STORY.search(ln)][-limit:]


def reap(proc: subprocess.Popen[bytes], timeout: float = 120.0) -> int:
    """The exit status of a server told to stop; killed if it does not."""
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()
