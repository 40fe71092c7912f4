"""``ub bench redis`` and ``ub bench nginx``: Debian's servers natively and
under ``ub run``, in the lab.

One boot per KPTI state runs a guest driver there
(:mod:`ubypass.bench.guest_redis`, :mod:`ubypass.bench.guest_nginx`), which
serves the same load from a native and a bypassed server side by side,
alternating rounds, and prints JSON records; or, for ``--suite``, Redis's own
test suite against a native and a bypassed server (its source from Debian's
``redis`` package, :mod:`ubypass.lab.debsrc`).  ``icount`` boots with
``-icount shift=0`` so rates are per guest-instruction time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from ubypass.bench.baseline import BenchError, boot_and_run, built_benchmarks
from ubypass.daemon.client import SYSTEM_CACHE

__all__ = ["GUEST_UBD_CACHE", "kept_translations", "render_nginx", "render_redis",
           "render_suite", "run_lab"]

TIMEOUT_S = 4 * 3600.0
#: ubd's translation cache in the guest (its default, on the throw-away root)
GUEST_UBD_CACHE = str(SYSTEM_CACHE)


def kept_translations(fresh: bool) -> tuple[dict[str, Path], dict[str, Any]]:
    """The guest's translation cache for a server benchmark, as writable
    shares for :func:`run_lab` and what the records say of it.

    Under TCG the guest's translator needs longer than a warm-up to build
    Redis's whole request path (session 9: still 10 translations queued and
    18 growths to fuse after 600 s), so a benchmark would time a bypass
    still being built.  A production ubd keeps its cache across restarts;
    the lab keeps it across boots, in a host directory named by the
    translator's version (entries are keyed by the binary's build-id too),
    and each run starts from the images, fused ones included, that the
    last one made.  ``fresh`` starts from an empty cache (a cold start)."""
    if fresh:
        return {}, {"ubd_cache": "fresh"}
    from ubypass.daemon.cache import translator_version
    from ubypass.paths import cache_dir

    root = cache_dir("ubd", translator_version())
    images = sum(1 for _ in root.glob("*.img"))
    return {GUEST_UBD_CACHE: root}, {"ubd_cache": f"kept, {images} images at start",
                                     "ubd_cache_dir": str(root)}


def run_lab(command: Sequence[str], tag: str, kpti_states: Sequence[bool], *,
            shares: Mapping[str, Path] | None = None,
            writable: Mapping[str, Path] | None = None, icount: bool = False,
            quick: bool = False, meta: Mapping[str, Any] | None = None,
            console: Console | None = None) -> list[dict[str, Any]]:
    """Boot the lab per KPTI state (:func:`boot_and_run`), run ``command``; every
    record it printed after ``tag``, with the run's metadata (kernel, KPTI,
    clock mode, when).  A lab failure or a run without records is a BenchError."""
    console = console or Console(stderr=True)
    binaries = built_benchmarks(console)
    records: list[dict[str, Any]] = []
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    for kpti in kpti_states:
        guest, run = boot_and_run(console, command, kpti=kpti, accel="tcg", timeout=TIMEOUT_S,
                                  binaries=binaries, started=stamp, quick=quick,
                                  shares=shares, writable=writable, icount=icount)
        found = [json.loads(ln[len(tag):]) for ln in guest.output.splitlines()
                 if ln.startswith(tag)]
        if not found:
            raise BenchError(f"KPTI {'on' if kpti else 'off'}: no results; the guest said:\n"
                             f"{guest.output[-3000:]}")
        for rec in found:
            rec["run"] = {**run, "kpti": kpti, "clock": "instructions" if icount else "tcg",
                          "command": list(command), **(meta or {})}
        records += found
    return records


def _exits(counts: list[dict[str, Any]]) -> str:
    total: dict[str, int] = {}
    for c in counts:
        for k, n in c["exits"].items():
            total[k] = total.get(k, 0) + n
    n = max(sum(total.values()), 1)
    top = sorted(((v, k) for k, v in total.items() if v), reverse=True)[:3]
    return ", ".join(f"{k} {100 * v // n}%" for v, k in top) or "-"


def render_redis(records: Sequence[dict[str, Any]]) -> Table:
    """Best-of requests/s native vs bypassed per point, with what the bypass did."""
    t = Table(title="Redis: native vs ub run (redis-benchmark, 50 clients, -P 1)")
    for col in ("KPTI", "clock", "test", "-d", "native rps", "UB rps", "UB/native",
                "syscalls/req", "chained/req", "share chained", "BTC runs/req (hops)",
                "BTC exits", "ubd idle"):
        t.add_column(col, justify="right")
    for r in records:
        nat, ub = max(r["native_rps"]), max(r["ub_rps"])
        reqs = r["requests"] * len(r["ub_rps"])
        chained = sum(c["chained"] for c in r["ub_counts"]) / reqs
        runs = sum(c["runs"] for c in r["ub_counts"]) / reqs
        hops = sum(c.get("hops", 0) for c in r["ub_counts"]) / reqs
        per_req = r["syscalls_per_request"]
        t.add_row("on" if r["run"]["kpti"] else "off", r["run"]["clock"], r["test"].upper(),
                  str(r["size"]), f"{nat:,.0f}", f"{ub:,.0f}", f"×{ub / nat:.2f}",
                  f"{per_req:.2f}", f"{chained:.2f}",
                  f"{100 * chained / per_req:.0f}%" if per_req else "-",
                  f"{runs:.1f} ({hops:.1f})", _exits(r["ub_counts"]), _idle(r))
    t.caption = _cache_caption(records)
    return t


def _cache_caption(records: Sequence[dict[str, Any]]) -> str:
    states = sorted({r["run"].get("ubd_cache", "-") for r in records})
    return "ubd's translation cache: " + "; ".join(states)


def _idle(record: dict[str, Any]) -> str:
    """Whether ubd had nothing left to do for the server when its warm-up
    ended: with translations running (in the guest, on the server's and the
    client's vCPUs) and fusions due, a point measures a bypass still being
    built, native rounds included."""
    pending = (record.get("warm") or {}).get("pending")
    if pending is None:
        return "-"
    return "yes" if not pending else f"no ({len(pending)} pending)"


def render_suite(records: Sequence[dict[str, Any]]) -> Table:
    """Per KPTI state: tests passed natively and bypassed, and every difference."""
    t = Table(title="Redis's test suite: native vs ub run (./runtest --host)")
    for col in ("KPTI", "native ok", "UB ok", "skipped", "differences", "chained during"):
        t.add_column(col, justify="right")
    for r in records:
        nat, ub = r["native"].get("tests", {}), r["bypassed"].get("tests", {})
        diff = sorted(set(nat.items()) ^ set(ub.items()))
        t.add_row("on" if r["run"]["kpti"] else "off",
                  str(sum(o == "ok" for o in nat.values())),
                  str(sum(o == "ok" for o in ub.values())),
                  str(sum(o in ("skip", "ignore") for o in nat.values())),
                  "\n".join(f"{n}: {o}" for n, o in diff[:10]) or "none",
                  str(r["bypassed"].get("chained_during", "-")))
    return t



def render_nginx(records: Sequence[dict[str, Any]]) -> Table:
    """Best-of requests/s native vs bypassed per file size."""
    t = Table(title="nginx: native vs ub run (wrk -t1, sendfile on, access log off)")
    for col in ("KPTI", "clock", "workers", "file", "conns", "native rps", "UB rps",
                "UB/native", "chained/req", "hops/req"):
        t.add_column(col, justify="right")
    for r in records:
        nat, ub = max(r["native_rps"]), max(r["ub_rps"])
        reqs = sum(r["ub_rps"]) * r["seconds"]

        def per_req(key: str, r: dict[str, Any] = r, reqs: float = reqs) -> str:
            return f"{sum(c[key] for c in r['ub_counts']) / reqs:.2f}" if reqs else "-"

        t.add_row("on" if r["run"]["kpti"] else "off", r["run"]["clock"], r["workers"],
                  f"{r['kib']} KiB", str(r["connections"]), f"{nat:,.0f}", f"{ub:,.0f}",
                  f"×{ub / nat:.2f}", per_req("chained"), per_req("hops"))
    t.caption = _cache_caption(records)
    return t
