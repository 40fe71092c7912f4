"""The one instruction list every stage after discovery works on.

Each item carries the user RIP it stands for (DynamoRIO style), so any byte of
BTC code maps back to an original instruction for the fault map and the
listing.  Branches name :class:`Label` objects rather than addresses; the
emitter turns labels into the unique fake IPs that iced-x86's BlockEncoder
needs.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from iced_x86 import Instruction, MemoryOperand, Register

from ubypass import abi

__all__ = [
    "Br",
    "CodeT",
    "ExitJmp",
    "Item",
    "Label",
    "Mark",
    "Op",
    "Reg",
    "as_reg",
    "frame_mem",
    "mem",
    "reg_code",
    "spill_mem",
]

if TYPE_CHECKING:
    from iced_x86._iced_x86_py import Code as CodeT
    from iced_x86._iced_x86_py import Register as Reg
else:
    CodeT = int
    Reg = int

_label_ids = itertools.count()


@dataclass(eq=False, slots=True)
class Label:
    """A branch target inside the BTC; ``name`` only helps debugging."""

    name: str = ""
    id: int = field(default_factory=lambda: next(_label_ids))


@dataclass(eq=False, slots=True)
class Op:
    """One emitted instruction; ``fault`` is its loc[] if it may fault.

    ``addr`` marks a ``mov r64, imm64`` whose immediate is a user address: a
    cached translation is moved to another process by rewriting exactly
    these fields (translator.relocate), so no user address may be embedded
    any other way.
    """

    instr: Instruction
    rip: int
    fault: bytes | None = None
    addr: bool = False


@dataclass(eq=False, slots=True)
class Br:
    """A near branch (jmp/jcc/jrcxz ``code``) to a label."""

    code: CodeT
    target: Label
    rip: int


@dataclass(eq=False, slots=True)
class Mark:
    """Places a label before the next emitted instruction."""

    label: Label


@dataclass(eq=False, slots=True)
class ExitJmp:
    """``jmp rel32`` to UB_SYM_EXIT, patched by the loader (a relocation)."""

    rip: int


Item = Op | Br | Mark | ExitJmp

_GPR64: list[Reg] = [
    Register.RAX, Register.RCX, Register.RDX, Register.RBX,
    Register.RSP, Register.RBP, Register.RSI, Register.RDI,
    Register.R8, Register.R9, Register.R10, Register.R11,
    Register.R12, Register.R13, Register.R14, Register.R15,
]  # fmt: skip


def as_reg(value: int) -> Reg:
    """An iced register from arithmetic on register numbers."""
    return cast(Reg, value)


def reg_code(n: int) -> Reg:
    """iced-x86 Register of 64-bit GPR number ``n`` (hardware order)."""
    return _GPR64[n]


def mem(base: Reg, disp: int = 0, index: Reg = Register.NONE, scale: int = 1) -> MemoryOperand:
    """A 64-bit memory operand (iced registers)."""
    return MemoryOperand(base, index, scale, disp, 1 if -128 <= disp < 128 and disp else 0)


def frame_mem(off: int) -> MemoryOperand:
    """``[rsp+off]``: a field of struct ub_frame (operands are copied by iced)."""
    m = _FRAME_MEMS.get(off)
    if m is None:
        m = _FRAME_MEMS[off] = MemoryOperand(Register.RSP, Register.NONE, 1, off, 1 if off else 0)
    return m


_FRAME_MEMS: dict[int, MemoryOperand] = {}


def spill_mem(slot: int) -> MemoryOperand:
    """``[rsp+UB_FRAME_SPILL+8*slot]``."""
    return frame_mem(abi.UB_FRAME_SPILL + 8 * slot)
