"""rep string instructions pay the budget: ``(rcx >> REP_SHIFT) + 1`` each,
so a BTC run with preemption off is bounded however large rcx is."""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from iced_x86 import Instruction

from ubypass.abi import ExitReason as E
from ubypass.hostrt import runner
from ubypass.hostrt.arena import BUF_SIZE, Arena
from ubypass.hostrt.asm import Block, CodeFile, op
from ubypass.hostrt.runner import LoadedImage, Regs, RunResult, Status
from ubypass.translator import ProcessSource, translate
from ubypass.translator.mangle import REP_SHIFT

#: Low enough that rdi + 8 * 2^32 stays far below the default addr_limit: the
#: address checks of a huge rep pass, only the budget stops it.
ARENA_AT = 0x4000_0000
KERNEL_BUDGET = 65536  # /proc/sys/kernel/ub/budget's default
PATTERN = bytes(range(256)) * (BUF_SIZE // 256)
SOURCE = bytes(reversed(PATTERN))  # what movsb copies over PATTERN


@dataclass
class Rep:
    code: CodeFile
    image: LoadedImage
    rep: int  # user RIP of the rep instruction
    ret: int  # ... and of the ret after it


@pytest.fixture(scope="module")
def arena() -> Iterator[Arena]:
    a = Arena(addr=ARENA_AT)
    yield a
    a.close()


@pytest.fixture(scope="module", params=["stosq", "movsb"])
def rep(request: pytest.FixtureRequest) -> Iterator[Rep]:
    b = Block()
    ins: Instruction = getattr(Instruction, f"create_{request.param}")(64, rep_prefix=1)
    b.add(ins, op("RETNQ"))
    raw, offsets, _ = b.encode(0)
    f = CodeFile(raw)
    t = translate(ProcessSource(os.getpid()), [f.addr])
    img = LoadedImage(t.image)
    yield Rep(f, img, f.addr + offsets[0], f.addr + offsets[1])
    img.close()
    f.close()


def _start(arena: Arena, rep: Rep, rcx: int) -> Regs:
    for i, data in enumerate((PATTERN, SOURCE)):
        arena.mapping.write(data, arena.slot(i) - arena.mapping.addr)
    arena.mapping.write(struct.pack("<Q", runner.landing_pad()), arena.rsp - arena.mapping.addr)
    return Regs().with_(
        rip=rep.rep,
        rsp=arena.rsp,
        rdi=arena.slot(0),
        rsi=arena.slot(1),
        rcx=rcx,
        rax=0x1122_3344_5566_7788,
        rflags=runner.RFLAGS_BASE | 0x8D5,  # every arithmetic flag set: live at the rep
    )


def _memory(arena: Arena) -> list[bytes]:
    return [arena.mapping.read(arena.slot(i) - arena.mapping.addr, BUF_SIZE) for i in (0, 1)]


def _exits(res: RunResult) -> list[tuple[E | None, int]]:
    return [(t.reason, t.user_rip) for t in res.trace]


def test_huge_rep_exits_on_budget_before_touching_memory(arena: Arena, rep: Rep) -> None:
    # 2^27 elements: each pointer is at least its byte count (1 GiB) above
    # 0, so the range checks pass; the charge (2^21 + 1) does not
    start = _start(arena, rep, ARENA_AT // 8)
    res = runner.run(start, rep.image, budget=KERNEL_BUDGET, stop_at_user=True)
    assert _exits(res) == [(None, rep.rep), (E.BUDGET, rep.rep)]
    assert res.regs == start  # every GPR, the flags, and the rep's own RIP
    assert _memory(arena) == [PATTERN, SOURCE]
    # With a budget that covers the charge and a count the checks pass
    # (each pointer at least its byte count above 0: [p - t, p + t] is user
    # memory), the rep sweeps on until the guard page after the buffer.
    start = _start(arena, rep, ARENA_AT // 8)
    res = runner.run(start, rep.image, budget=1 << 40, stop_at_user=True)
    assert _exits(res)[-1][0] == E.FAULT, _exits(res)
    assert _memory(arena)[0] != PATTERN


def test_rcx_past_the_limit_is_a_check_not_a_charge(arena: Arena, rep: Rep) -> None:
    """The address checks come first: a failing one is a CHECK exit, which
    charges nothing and leaves the instruction to native code."""
    start = _start(arena, rep, (1 << 64) - 1)
    res = runner.run(start, rep.image, budget=0, stop_at_user=True)
    assert _exits(res) == [(None, rep.rep), (E.CHECK, rep.rep)]
    assert res.regs.gpr == start.gpr


@pytest.mark.parametrize("rcx", [0, 1, 63, 64, 200, 511])
def test_small_rep_runs_like_native_and_pays_exactly(arena: Arena, rep: Rep, rcx: int) -> None:
    charge = (rcx >> REP_SHIFT) + 1
    start = _start(arena, rep, rcx)
    native = runner.run(start, None)
    native_mem = _memory(arena)
    assert native.status == Status.LANDED
    # rep and ret paid for: all the way, like native code
    res = runner.run(_start(arena, rep, rcx), rep.image, budget=charge + 1)
    assert res.status == Status.LANDED
    assert _exits(res) == [(None, rep.rep), (E.MISS, runner.landing_pad())]
    assert res.regs == native.regs and _memory(arena) == native_mem
    # only the rep paid for: it runs, the ret's budget decrement exits
    res = runner.run(_start(arena, rep, rcx), rep.image, budget=charge, stop_at_user=True)
    assert _exits(res) == [(None, rep.rep), (E.BUDGET, rep.ret)]
    assert _memory(arena) == native_mem
    assert res.regs.gpr[1] == native.regs.gpr[1] == 0  # rcx counted down
    # one unit short: exits at the rep, having touched nothing
    start = _start(arena, rep, rcx)
    res = runner.run(start, rep.image, budget=charge - 1, stop_at_user=True)
    assert _exits(res) == [(None, rep.rep), (E.BUDGET, rep.rep)]
    assert res.regs == start and _memory(arena) == [PATTERN, SOURCE]
