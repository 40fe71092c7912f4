"""``ub bench translator``: translation speed, code growth, BTC slowdown.

Issue 2's targets: 10,000 instructions translated in under 0.5 s, BTC code at
most 4x the original bytes, and BTC runs at most 1.3x slower than native
(median over the libc and test functions).  Slowdown is measured on a small
driver loop that calls the function through a pointer many times, translated
together with it, so the runtime's per-run cost (signal setup, entry) does
not hide the cost of the checks.
"""

from __future__ import annotations

import ctypes
import os
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table

from ubypass.hostrt import runner
from ubypass.hostrt.arena import BUF_SIZE, Arena, Call
from ubypass.hostrt.cbuild import shared_object
from ubypass.hostrt.compare import Differ
from ubypass.hostrt.runner import LoadedImage
from ubypass.paths import REPO_ROOT

__all__ = ["run"]

TARGET_SECONDS_PER_10K = 0.5
TARGET_GROWTH = 4.0
TARGET_SLOWDOWN = 1.3
REGION_INSNS = 10_000
REPEATS = 5
RUN_SECONDS = 0.02  # native time per measured run

DRIVER = r"""
#include <stdint.h>
typedef uint64_t u64;
typedef u64 (*fn4)(u64, u64, u64, u64);

/* Call fn(a, b, c, d) iters times: the loop the benchmark translates. */
u64 bench_loop(fn4 fn, u64 iters, u64 a, u64 b, u64 c, u64 d)
{
	u64 s = 0;

	for (u64 i = 0; i < iters; i++)
		s += fn(a, b, c, d);
	return s;
}
"""
FUNCS_C = REPO_ROOT / "tests" / "differential" / "funcs.c"
FUNCS_FLAGS = ["-O2", "-fstack-protector-strong", "-U_FORTIFY_SOURCE"]


@dataclass
class Case:
    name: str
    fn: int
    args: tuple[int | bytes, ...]  # up to four


def _addr(lib: ctypes.CDLL, name: str) -> int:
    value = ctypes.cast(getattr(lib, name), ctypes.c_void_p).value
    assert value is not None
    return value


def _cstring(n: int) -> bytes:
    return bytes((i * 7 + 1) % 255 + 1 for i in range(n)) + b"\0" * (BUF_SIZE - n)


def _cases() -> list[Case]:
    libc = ctypes.CDLL("libc.so.6")
    pattern = bytes(i % 251 for i in range(BUF_SIZE))
    zero = os.open("/dev/zero", os.O_RDONLY)
    cases = [
        Case("memcpy", _addr(libc, "memcpy"), (pattern, pattern, 256)),
        Case("memmove", _addr(libc, "memmove"), (pattern, pattern, 256)),
        Case("memset", _addr(libc, "memset"), (pattern, 0x41, 256)),
        Case("strlen", _addr(libc, "strlen"), (_cstring(255),)),
        Case("strchr", _addr(libc, "strchr"), (_cstring(255), 0)),
        Case("memcmp", _addr(libc, "memcmp"), (pattern, pattern, 256)),
        Case("strcmp", _addr(libc, "strcmp"), (_cstring(255), _cstring(255))),
        Case("read", _addr(libc, "read"), (zero, pattern, 64)),
    ]
    if FUNCS_C.exists():
        funcs = ctypes.CDLL(str(shared_object("funcs", FUNCS_C.read_bytes(), FUNCS_FLAGS)))
        cases += [
            Case("f_hash_bytes", _addr(funcs, "f_hash_bytes"), (pattern, 256)),
            Case("f_collatz", _addr(funcs, "f_collatz"), (27,)),
            Case("f_switch", _addr(funcs, "f_switch"), (5, 1234, 77)),
            Case("f_interp", _addr(funcs, "f_interp"), (pattern, 200, 9)),
            Case("f_fib", _addr(funcs, "f_fib"), (12,)),
            Case("f_struct", _addr(funcs, "f_struct"), (3, 4, 5)),
            Case("f_canary", _addr(funcs, "f_canary"), (pattern, 64, 3)),
            Case("f_varargs", _addr(funcs, "f_varargs"), (1, 2, 3, 4)),
        ]
    return cases


class _Recorder:
    """The translator, remembering its last result (for code growth)."""

    def __init__(self) -> None:
        from ubypass.translator import translate
        from ubypass.translator.source import ProcessSource

        self._translate = translate
        self._source = ProcessSource(os.getpid())
        self.last: Any = None

    def __call__(self, entries: Sequence[int]) -> bytes:
        self.last = self._translate(self._source, list(entries))
        image: bytes = self.last.image
        return image


def _call(case: Case, driver_fn: int, iters: int) -> Call:
    args: list[int | bytes] = [driver_fn, iters, *case.args]
    args += [0] * (6 - len(args))
    return Call(
        args=tuple(args),
        callee_saved=(0,) * 6,
        rax=0,
        rflags=runner.RFLAGS_BASE,
        xmm=(b"\0" * 16,) * 16,
        errno=0,
        stack_fill=1,
    )


def _timed(regs: runner.Regs, image: LoadedImage | None) -> tuple[float, runner.RunResult]:
    """One run's wall time (the runtime's own cost is a few µs per run)."""
    t0 = time.perf_counter()
    res = runner.run(regs, image, timeout=30.0)
    dt = time.perf_counter() - t0
    if res.status != runner.Status.LANDED:
        raise RuntimeError(f"benchmark run ended with {res.status.name}: {res.message}")
    return dt, res


def _measure(case: Case, driver: int, arena: Arena) -> dict[str, Any]:
    rec = _Recorder()
    differ = Differ(driver, rec, arena=arena, timeout=30.0)
    try:
        probe = _call(case, case.fn, 3)
        report = differ.compare(probe)  # grows the region and checks it is right
        iters = 1000
        while True:
            regs = arena.prepare(_call(case, case.fn, iters), driver)
            dt, res = _timed(regs, None)
            if dt >= RUN_SECONDS or iters >= 1 << 24:
                break
            iters = int(iters * max(2.0, RUN_SECONDS / max(dt, 1e-6)))
        call = _call(case, case.fn, iters)
        native, btc = [], []
        for _ in range(REPEATS):
            regs = arena.prepare(call, driver)
            native.append(_timed(regs, None)[0])
            regs = arena.prepare(call, driver)
            dt, res = _timed(regs, differ.image)
            btc.append(dt)
        growth = rec.last.stats.growth if rec.last is not None else float("nan")
        return {
            "name": case.name,
            "iters": iters,
            "native_ns": statistics.median(native) / iters * 1e9,
            "btc_ns": statistics.median(btc) / iters * 1e9,
            "slowdown": statistics.median(btc) / statistics.median(native),
            "growth": growth,
            "insns": rec.last.stats.insns if rec.last is not None else 0,
            "translated": report.translated,
            "mismatches": len(report.mismatches),
            "exits": len(res.exits),
        }
    finally:
        differ.close()


def _translation_speed() -> dict[str, Any]:
    from ubypass.translator import translate
    from ubypass.translator.source import ProcessSource

    libc = ctypes.CDLL("libc.so.6")
    entry = _addr(libc, "vfprintf")
    source = ProcessSource(os.getpid())
    times, result = [], None
    for _ in range(3):
        t0 = time.perf_counter()
        result = translate(source, [entry], max_insns=REGION_INSNS)
        times.append(time.perf_counter() - t0)
    assert result is not None
    seconds = statistics.median(times)
    insns = result.stats.insns
    return {
        "region": "libc vfprintf",
        "insns": insns,
        "seconds": seconds,
        "insns_per_s": insns / seconds,
        "seconds_per_10k": seconds * 10_000 / max(insns, 1),
        "growth": result.stats.growth,
        "target_seconds_per_10k": TARGET_SECONDS_PER_10K,
    }


def run(console: Console) -> dict[str, Any]:
    """Measure everything, print a table, return the figures for JSON."""
    speed = _translation_speed()
    driver_lib = ctypes.CDLL(str(shared_object("bench_driver", DRIVER, ["-O2"])))
    driver = _addr(driver_lib, "bench_loop")
    arena = Arena()
    try:
        rows = [_measure(case, driver, arena) for case in _cases()]
    finally:
        arena.close()
    slowdown = statistics.median(r["slowdown"] for r in rows)
    growths = [r["growth"] for r in rows] + [speed["growth"]]
    result = {
        "translation": speed,
        "growth": {
            "median": statistics.median(growths),
            "max": max(growths),
            "region": speed["growth"],
            "target": TARGET_GROWTH,
        },
        "slowdown": {"median": slowdown, "target": TARGET_SLOWDOWN},
        "functions": rows,
    }
    _print(console, result)
    return result


def _mark(ok: bool) -> str:
    return "[green]ok[/]" if ok else "[red]over target[/]"


def _print(console: Console, result: dict[str, Any]) -> None:
    table = Table(
        title="BTC vs native: ns per call in a driver loop, median of 5; "
        "whole = ran translated end to end; diff = mismatches"
    )
    for col in ("function", "insns", "growth", "native ns", "BTC ns", "slower", "whole", "diff"):
        table.add_column(col, justify="right" if col != "function" else "left")
    for r in result["functions"]:
        table.add_row(
            r["name"],
            str(r["insns"]),
            f"{r['growth']:.2f}x",
            f"{r['native_ns']:.1f}",
            f"{r['btc_ns']:.1f}",
            f"{r['slowdown']:.2f}x",
            "yes" if r["translated"] else "[red]no[/]",
            str(r["mismatches"]),
        )
    console.print(table)
    sp = result["translation"]
    console.print(
        f"translation: {sp['insns']} instructions of {sp['region']} in "
        f"{sp['seconds']:.3f} s ({sp['insns_per_s']:.0f} insns/s, "
        f"{sp['seconds_per_10k']:.3f} s per 10,000; target "
        f"{TARGET_SECONDS_PER_10K} s) {_mark(sp['seconds_per_10k'] <= 0.5)}"
    )
    g = result["growth"]
    console.print(
        f"code growth: median {g['median']:.2f}x, max {g['max']:.2f}x, "
        f"10k region {g['region']:.2f}x (target {TARGET_GROWTH}x) "
        f"{_mark(g['median'] <= TARGET_GROWTH)}"
    )
    s = result["slowdown"]
    console.print(
        f"slowdown: median {s['median']:.2f}x (target {TARGET_SLOWDOWN}x) "
        f"{_mark(s['median'] <= TARGET_SLOWDOWN)}"
    )
