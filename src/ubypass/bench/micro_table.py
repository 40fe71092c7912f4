"""The micro-benchmark's table: native beside bypassed, KPTI off and on, one run.

Rows are the points (read size, with or without sum) of each KPTI state;
the columns are the figures of :func:`ubypass.bench.micro.summarize`. The
cell texts come from plain functions, so tests check them without a
terminal.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from ubypass.bench.records import pread_case
from ubypass.bench.table import NOISE_TOLERANCE, format_value

__all__ = [
    "HEADERS",
    "KNOBS",
    "PAPER",
    "cells",
    "format_gain",
    "format_seconds",
    "format_share",
    "notes",
    "render",
    "render_instructions",
]

#: The paper's figures (real hardware, KPTI on), for the note under the table.
PAPER = {64: 0.88, 4096: 0.30}

#: The kernel's knobs a reader needs to judge the figures, and what each means.
KNOBS = {
    "budget": "back edges per BTC run",
    "max_chain": "syscalls chained before a return to user mode",
    "hot_gap_ns": "a shorter gap after a syscall makes its site hot; the lab's TCG value, "
    "5000 on hardware",
}

HEADERS = (
    "KPTI",
    "read",
    "native\nreads/s",
    "UB\nreads/s",
    "speedup",
    "crossings\navoided",
    "per\nread",
    "bound",
    "share\nof bound",
)


def format_gain(speedup: float) -> str:
    """``×1.88``: the ratio of reads per second, bypassed over native."""
    return f"×{speedup:.2f}"


def format_share(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def format_seconds(seconds: object) -> str:
    """``12.3 s``; a dash for a figure that is not there."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        return "–"
    return f"{seconds:.1f} s"


def _case(rec: Mapping[str, Any]) -> str:
    return str(rec["case"]).removeprefix("pread ")


def cells(rec: Mapping[str, Any]) -> list[str]:
    """One table row for one record."""
    bound = rec.get("bound")
    avoided = int(rec["crossings_avoided"])
    per_read = float(rec["chained_per_read"])
    check = "" if rec.get("checksums_equal", True) else " ≠native!"
    return [
        "on" if rec["kpti"] else "off",
        _case(rec) + check,
        format_value(float(rec["native_iops"])),
        format_value(float(rec["ub_iops"])),
        format_gain(float(rec["speedup"])),
        f"{avoided:,}",
        f"{per_read:.2f}",
        "–" if bound is None else f"×{float(bound):.2f}",
        format_share(rec.get("share")),
    ]


def _ordered(records: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    # KPTI off first, then on; points in the order they ran.
    return sorted(records, key=lambda r: bool(r["kpti"]))


def render(records: Sequence[Mapping[str, Any]], title: str = "pread micro-benchmark") -> Group:
    table = Table(title=title, box=box.SIMPLE_HEAD, collapse_padding=True, pad_edge=False)
    for i, h in enumerate(HEADERS):
        table.add_column(h, justify="left" if i < 2 else "right", no_wrap=i > 0)
    ordered = _ordered(records)
    for i, rec in enumerate(ordered):
        last_of_state = i + 1 == len(ordered) or ordered[i + 1]["kpti"] != rec["kpti"]
        table.add_row(*cells(rec), end_section=last_of_state)
    return Group(table, *(Text(line) for line in notes(records)))


def _where(rec: Mapping[str, Any]) -> str:
    return f"{_case(rec)}, KPTI {'on' if rec['kpti'] else 'off'}"


def _first_chains(recs: Sequence[Mapping[str, Any]]) -> str:
    """A few points one by one (the cache misses: one per boot, normally), more as a spread."""
    if len(recs) <= 3:
        return ", ".join(f"{format_seconds(r['first_chain_s'])} ({_where(r)})" for r in recs)
    values = [float(r["first_chain_s"]) for r in recs]
    return (
        f"{min(values):.1f}–{max(values):.1f} s "
        f"(median {statistics.median(values):.1f} s, {len(values)} points)"
    )


def _bypass_notes(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """How each point came to be bypassed, and how long that took: what a user of `ub run`
    waits before a program runs faster."""
    out = [
        "bypassed: started with `ub run`; the kernel found the hot pread, ubd translated it "
        "(cache miss) or relocated an image from its cache (hit) and installed it; "
        "no attach, no ptrace"
    ]
    by_cache: dict[str, list[Mapping[str, Any]]] = {}
    for r in _ordered(records):
        first = r.get("first_chain_s")
        if isinstance(first, int | float) and not isinstance(first, bool):
            by_cache.setdefault(str(r.get("cache")), []).append(r)
    if by_cache:
        out.append(
            "first chain (from the program's start to its first chained syscall): "
            + "; ".join(
                f"cache {c} {_first_chains(rs)}" for c, rs in sorted(by_cache.items(), reverse=True)
            )
        )
    changed = [_where(r) for r in records if r.get("images_changed")]
    if changed:
        out.append(
            "IMAGES CHANGED during the timed rounds (grown or removed): " + "; ".join(changed)
        )
    return out


def _noisy(value: float, median: float) -> bool:
    return abs(value - median) > NOISE_TOLERANCE * value


def notes(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """What the table needs to be read: costs, bound, how it was bypassed, checks, the paper."""
    out: list[str] = []
    by_state: dict[bool, list[Mapping[str, Any]]] = {}
    for rec in _ordered(records):
        by_state.setdefault(bool(rec["kpti"]), []).append(rec)
    costs = []
    for kpti, recs in by_state.items():
        cost = recs[0].get("crossing_ns")
        if isinstance(cost, int | float):
            costs.append(f"KPTI {'on' if kpti else 'off'} {format_value(float(cost))} ns")
    if costs:
        out.append("crossing cost (getppid round trip, same boot): " + ", ".join(costs))
    out.append(
        "bound: the speedup if every read's crossing cost nothing, "
        "native ns/read ÷ (native ns/read − crossing); share of bound: (speedup − 1) ÷ (bound − 1)"
    )
    out.append(
        "crossings avoided: syscalls the kernel chained without returning to user mode "
        "in the best bypassed round (/dev/ub statistics read around it), and per read"
    )
    above = [r for r in records if isinstance(r.get("share"), int | float) and r["share"] > 1]
    if above:
        out.append(
            "share above 100%: the bypass saved more per read than a getppid round trip "
            "costs: a crossing also costs what it evicts (with KPTI and no PCID, as under "
            "TCG, each CR3 switch flushes the TLB the read's pages then refill)"
        )
    out.extend(_bypass_notes(records))
    knobs: dict[str, set[str]] = {}
    for r in records:
        guest = r.get("run", {}).get("guest", {})
        ub = guest.get("ub") if isinstance(guest, Mapping) else None
        for name in KNOBS:
            if isinstance(ub, Mapping) and name in ub:
                knobs.setdefault(name, set()).add(str(ub[name]))
    if knobs:
        out.append(
            "kernel settings (/proc/sys/kernel/ub): "
            + "; ".join(
                f"{name} {', '.join(sorted(v))} ({KNOBS[name]})" for name, v in knobs.items()
            )
        )
    repeats = {r.get("rounds") for r in records}
    if len(repeats) == 1 and isinstance(n := repeats.pop(), int):
        rounds = f"the best of {n} alternating rounds" if n > 1 else "one round"
        out.append(
            f"each figure: {rounds} of the same number of reads, native and bypassed; "
            "every round verified against the file's formula"
        )
    bad = [f"{_case(r)} (KPTI {'on' if r['kpti'] else 'off'})" for r in records
           if not r.get("checksums_equal", True)]  # fmt: skip
    if bad:
        out.append("CHECKSUMS DIFFER from the native run: " + ", ".join(bad))
    else:
        out.append("bypassed checksums and end offsets equal the native ones in every round")
    noisy = []
    for r in records:
        for side in ("native", "ub"):
            best, median = r.get(f"{side}_iops"), r.get(f"{side}_median_iops")
            numbers = isinstance(best, int | float) and isinstance(median, int | float)
            if numbers and _noisy(float(best), float(median)):  # type: ignore[arg-type]
                state = "on" if r["kpti"] else "off"
                noisy.append(f"{_case(r)} {side} (KPTI {state})")
    if noisy:
        out.append(
            f"noisy (median round more than {NOISE_TOLERANCE:.0%} off the best; "
            "the host was busy): " + ", ".join(noisy)
        )
    paper = ", ".join(
        f"{gain:+.0%} (×{1 + gain:.2f}) at {pread_case(size, False).removeprefix('pread ')}"
        for size, gain in PAPER.items()
    )
    out.append(f"paper (OSDI'23, real hardware, KPTI on): {paper}")
    return out


def render_instructions(records: Sequence[Mapping[str, Any]], *, title: str) -> Table:
    """Under icount a guest second is 10**9 instructions: the best rounds'
    reads per second, as guest instructions per read (the bypass's path
    length beside the native read's, crossing included)."""
    table = Table(title=title, box=box.SIMPLE_HEAVY)
    for head in ("KPTI", "read", "native\ninstr/read", "UB\ninstr/read", "UB − native"):
        table.add_column(head, justify="right")
    for r in records:
        native, ub = 1e9 / float(r["native_iops"]), 1e9 / float(r["ub_iops"])
        table.add_row("on" if r["kpti"] else "off", str(r["case"]), f"{native:,.0f}",
                      f"{ub:,.0f}", f"{ub - native:+,.0f}")
    return table
