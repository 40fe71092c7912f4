"""The tables ``ub run --stats`` prints at exit and ``ub top`` refreshes.

Both show the same thing, like ``perf stat``: per site (with its symbol),
how often its BTC ran (and how many of those runs went on from another
run's MISS exit: hops, which cost a kernel lookup but no crossing), how many
syscalls it chained — each one a user↔kernel round trip avoided — per run
entered from a syscall's return, how its runs ended, and, for sites that do not run,
why; for a live one without a reason, where its runs leave other than by a
chained syscall (the exits its kernel counters name most).  Totals are per
process: exact for processes that are gone (the kernel's final counts,
removed and replaced images included).
"""

from __future__ import annotations

from typing import Any

from rich.table import Table

__all__ = ["site_table", "summary_lines", "totals"]

_REASONS = ("miss", "check", "budget", "end", "fault")


def totals(report: dict[str, Any]) -> dict[str, Any]:
    procs = report["processes"]
    out: dict[str, Any] = {"processes": len(procs), "runs": 0, "chained": 0, "hops": 0,
                           "exits": dict.fromkeys(("syscall", *_REASONS), 0)}
    for p in procs:
        for k in ("runs", "chained", "hops"):
            out[k] += p.get(k, 0)
        for r in out["exits"]:
            out["exits"][r] += p["exits"].get(r, 0)
    out["sites"] = sum(len(p["sites"]) for p in procs)
    out["translations"] = sum(p["translations"] for p in procs)
    out["cache_hits"] = sum(p["cache_hits"] for p in procs)
    return out


def _leaves(site: dict[str, Any]) -> str:
    leaks = site.get("leaks") or []
    return "leaves: " + ", ".join(leaks) if leaks else ""


def site_table(report: dict[str, Any], title: str = "") -> Table:
    t = Table(title=title or None, box=None, header_style="bold", pad_edge=False)
    for col, just in (("pid", "right"), ("comm", "left"), ("site", "left"),
                      ("state", "left"), ("runs", "right"), ("hops", "right"),
                      ("chained", "right"), ("per entry", "right"),
                      *((r, "right") for r in _REASONS),
                      ("cache", "left"), ("why", "left")):
        t.add_column(col, justify=just)  # type: ignore[arg-type]
    for p in report["processes"]:
        for s in p["sites"]:
            hops = s.get("hops", 0)
            fresh = s["runs"] - hops
            per = f"{s['chained'] / fresh:.2f}" if fresh > 0 else "-"
            t.add_row(str(p["tgid"]), p["comm"], s["symbol"], s["state"],
                      f"{s['runs']:,}", f"{hops:,}", f"{s['chained']:,}", per,
                      *(f"{s['exits'].get(r, 0):,}" for r in _REASONS),
                      s["cache"], s["why"] or _leaves(s))
    return t


def summary_lines(report: dict[str, Any]) -> list[str]:
    tot = totals(report)
    ex = ", ".join(f"{r} {n:,}" for r, n in tot["exits"].items() if n)
    return [
        f"{tot['processes']} processes, {tot['sites']} hot sites; "
        f"{tot['runs']:,} BTC runs ({tot['hops']:,} of them MISS hops), "
        f"{tot['chained']:,} syscalls chained (user↔kernel round trips avoided)",
        f"exits: {ex or 'none'}",
        f"translations: {tot['translations']}, cache hits: {tot['cache_hits']}",
    ]
