"""The harness itself: it must catch a wrong BTC and a BTC that did not run.

A differential test is only as good as its comparison, so these feed the
harness hand-made "translations" that are wrong in known ways.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from diffsupport import addr_of, arena, funcs, funcs_path

from ubypass import abi
from ubypass.hostrt.arena import Arena, make_call
from ubypass.hostrt.asm import R, op
from ubypass.hostrt.compare import Differ, compare_function
from ubypass.hostrt.handmade import BtcBlock

__all__ = ["arena"]


def clobbering(entries: Sequence[int]) -> bytes:
    """Each entry overwrites rbx (callee-saved) and ends: a wrong BTC."""
    b = BtcBlock()
    for i, e in enumerate(entries):
        b.entry(e)
        b.add(op("MOV_R64_IMM64", R.RBX, 0x1234))
        b.exit(i)
    return b.image([(abi.ExitReason.END, e) for e in entries]).blob()


def refusing(entries: Sequence[int]) -> bytes:
    """Each entry ends at once: right, but nothing ran translated."""
    b = BtcBlock()
    for i, e in enumerate(entries):
        b.entry(e)
        b.exit(i)
    return b.image([(abi.ExitReason.END, e) for e in entries]).blob()


def test_harness_catches_a_wrong_btc(arena: Arena) -> None:
    differ = Differ(addr_of(funcs(), "f_switch"), clobbering, arena=arena)
    rng = random.Random(1)
    try:
        reports = [differ.compare(make_call(rng, [rng.randrange(99)] * 3)) for _ in range(5)]
    finally:
        differ.close()
    for rep in reports:
        assert "rbx" in [m.what for m in rep.mismatches]
        assert not rep.translated


def test_harness_sees_that_nothing_ran_translated(arena: Arena) -> None:
    differ = Differ(addr_of(funcs(), "f_fib"), refusing, arena=arena)
    rng = random.Random(2)
    try:
        rep = differ.compare(make_call(rng, [10]))
    finally:
        differ.close()
    assert rep.mismatches == []
    assert not rep.translated


def test_compare_function_with_the_translator() -> None:
    assert compare_function(funcs_path(), "f_switch", 20, 4) == 0
