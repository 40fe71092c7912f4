"""Support for the differential tests: the test library and a checking loop."""

from __future__ import annotations

import ctypes
import random
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

from ubypass.hostrt.arena import Arena, Call
from ubypass.hostrt.cbuild import shared_object
from ubypass.hostrt.compare import CallReport, Differ
from ubypass.hostrt.runner import Status

HERE = Path(__file__).resolve().parent
FUNCS_FLAGS = [
    "-O2",
    "-fstack-protector-strong",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-U_FORTIFY_SOURCE",
]


@cache
def funcs_path() -> Path:
    """funcs.c built once per source hash into the cache."""
    return shared_object("funcs", (HERE / "funcs.c").read_bytes(), FUNCS_FLAGS)


@cache
def funcs() -> ctypes.CDLL:
    return ctypes.CDLL(str(funcs_path()))


def addr_of(lib: ctypes.CDLL, symbol: str) -> int:
    value = ctypes.cast(getattr(lib, symbol), ctypes.c_void_p).value
    assert value is not None
    return value


@pytest.fixture(scope="session")
def arena() -> Iterator[Arena]:
    a = Arena()
    yield a
    a.close()


Gen = Callable[[random.Random], Call]


def check(
    arena: Arena, fn: int, gen: Gen, n: int, seed: int, *, require: str = "all", **differ_kw: int
) -> list[CallReport]:
    """Compare ``n`` generated calls; fail on any mismatch or on BTC code that
    did not run to the end (``require``: "all" calls, or "landed" ones only)."""
    rng = random.Random(seed)
    differ = Differ(fn, arena=arena, **differ_kw)
    reports: list[CallReport] = []
    try:
        for _ in range(n):
            reports.append(differ.compare(gen(rng)))
    finally:
        differ.close()
    bad = [r for r in reports if r.mismatches]
    assert not bad, _explain(bad, arena)
    ran = [r for r in reports if not r.skipped]
    assert ran, "every call timed out natively"
    must = [r for r in ran if require == "all" or r.native.status == Status.LANDED]
    untranslated = [r for r in must if not r.translated]
    if untranslated:
        first = untranslated[0].btc
        trace = [str(t) for t in first.trace] if first else None
        raise AssertionError(
            f"{len(untranslated)} of {len(must)} calls did not run translated to the end; "
            f"first trace: {trace}; translator errors: {differ.errors}"
        )
    return reports


def _explain(bad: list[CallReport], arena: Arena) -> str:
    lines = [f"{len(bad)} mismatching calls"]
    for rep in bad[:5]:
        lines.append(f"call {rep.call.describe(arena)}:")
        lines += [f"  {m.what}: native {m.native} btc {m.btc}" for m in rep.mismatches]
        if rep.btc is not None:
            lines.append("  trace: " + ", ".join(str(t) for t in rep.btc.trace[-10:]))
    return "\n".join(lines)
