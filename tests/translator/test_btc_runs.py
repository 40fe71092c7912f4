"""Translated test objects run on the host runtime exactly like native code.

Each function targets one rewrite (DF=1 rep movs, rep stos, repne scas,
flags live across checked loads, leave/push/pop, loop/jrcxz, indirect calls,
the stack canary, setjmp/longjmp, jump tables, locked ops across a cache
line); ``Differ`` runs every call natively and translated from identical
state and compares registers, flags, memory and the stack.  Pointers near
the end of a buffer make some calls fault, and then the BTC must leave at
the same instruction.
"""

from __future__ import annotations

import ctypes
import random
from collections.abc import Callable

import pytest
from trsupport import addr

from ubypass.abi import ExitReason
from ubypass.hostrt import lib as hostrt_lib
from ubypass.hostrt.arena import BUF_SIZE, Arena, Call, make_call
from ubypass.hostrt.compare import CallReport, Differ
from ubypass.hostrt.runner import Status

Gen = Callable[[random.Random], Call]


def buf(r: random.Random) -> bytes:
    return r.randbytes(BUF_SIZE)


GENS: dict[str, Gen] = {
    "t_rep_movsb_down": lambda r: make_call(r, [buf(r), buf(r), r.randrange(BUF_SIZE + 64)]),
    "t_rep_stosq": lambda r: make_call(r, [buf(r), r.getrandbits(64), r.randrange(1 << 16)]),
    "t_repne_scasb": lambda r: make_call(r, [buf(r), r.randrange(1 << 13)]),
    "t_adc_chain": lambda r: make_call(r, [buf(r), buf(r)]),
    "t_leave": lambda r: make_call(r, [r.getrandbits(64)]),
    "t_loop_insn": lambda r: make_call(r, [r.randrange(1 << 10)]),
    "t_push_mem": lambda r: make_call(r, [buf(r)]),
    "t_indirect": lambda r: make_call(r, [r.randrange(64)]),
    "t_switch": lambda r: make_call(r, [r.randrange(12), r.getrandbits(64), r.getrandbits(64)]),
    "t_canary": lambda r: make_call(r, [buf(r), buf(r), r.randrange(1 << 16)]),
    "t_setjmp": lambda r: make_call(r, [r.randrange(1 << 16)]),
    "t_varargs": lambda r: make_call(r, [r.randrange(16)] + [r.getrandbits(64) for _ in range(5)]),
    "t_struct": lambda r: make_call(r, [r.getrandbits(64), r.getrandbits(64)]),
    "t_lock_split": lambda r: make_call(r, [buf(r), r.randrange(128), r.getrandbits(64)]),
}


def _splits_a_line(report: CallReport) -> bool:
    """t_lock_split(buf, off, _): its qword at off & 127 or its dword 64 bytes
    on crosses a 64-byte line (buf is page-aligned) iff off % 64 > 56."""
    off = report.call.args[1]
    assert isinstance(off, int)
    return off % 64 > 56


@pytest.fixture(scope="module")
def arena() -> Arena:
    hostrt_lib.library()  # load the runtime before Differ looks for its text
    return Arena()


@pytest.mark.parametrize("name", sorted(GENS))
def test_matches_native(progs_lib: ctypes.CDLL, arena: Arena, name: str) -> None:
    rng = random.Random(name)
    differ = Differ(addr(progs_lib, name), arena=arena)
    try:
        reports = [differ.compare(GENS[name](rng)) for _ in range(30)]
    finally:
        differ.close()
    bad = [(r.call.args, r.mismatches) for r in reports if r.mismatches]
    assert not bad, bad[:3]
    ran = [r for r in reports if not r.skipped]
    if name == "t_lock_split":  # a locked op across a cache line is left to native code
        split = [r for r in ran if _splits_a_line(r)]
        assert split and all(
            r.btc and [e.kind for e in r.btc.exits] == [int(ExitReason.CHECK)] for r in split
        ), [r.btc.exits for r in split if r.btc]
        ran = [r for r in ran if r not in split]
    assert ran and all(r.translated for r in ran), differ.errors
    if name == "t_rep_movsb_down":  # lengths past the buffer fault, in both runs
        assert any(r.native.status == Status.SIGNAL for r in ran)
        assert any(r.native.status == Status.LANDED for r in ran)


def test_runs_of_pushes_and_pops_fault_at_the_same_push_or_pop(
        progs_lib: ctypes.CDLL, arena: Arena) -> None:  # fmt: skip
    """A run of pushes or pops commits the user rsp once, after its last
    access: a fault part-way must still leave at that very push or pop, with
    rsp and the registers popped before it as native code has them."""
    rng = random.Random("stack runs")
    differ = Differ(addr(progs_lib, "t_stack_runs"), arena=arena)
    down = arena.rsp - arena.stack_lo - 6 * 8  # from rsp after the saving pushes to stack_lo
    try:
        # the (j+1)-th push faults; then the (k+1)-th pop
        calls = [make_call(rng, [down - 8 * j, arena.stack_hi]) for j in range(6)]
        calls += [make_call(rng, [rng.randrange(1 << 12), arena.stack_hi - 8 * k])
                  for k in range(6)]
        calls += [make_call(rng, [rng.randrange(1 << 12),
                                  arena.stack_hi - 8 * rng.randrange(6, 64)]) for _ in range(6)]
        reports = [differ.compare(c) for c in calls]
    finally:
        differ.close()
    bad = [(r.call.args, r.mismatches) for r in reports if r.mismatches]
    assert not bad, bad[:3]
    assert all(r.translated for r in reports if not r.skipped), differ.errors
    faulted = [r for r in reports if r.native.status == Status.SIGNAL]
    assert len(faulted) == 12 and all(r.native.status == Status.LANDED for r in reports[12:])
    fault_rips = {r.btc.exits[-1].user_rip for r in faulted if r.btc}
    assert len(fault_rips) == 12  # each at its own push or pop, as native code
