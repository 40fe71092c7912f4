"""A small assembler over iced-x86 for hand-written test code.

Tests need user code (mapped from a file, as the translator requires) and
hand-made BTC images; writing them as iced ``Instruction`` objects keeps them
encodable by the same library the translator uses.  ``op("ADD_RM64_R64",
R.RAX, R.RBX)`` picks the right ``Instruction.create_*`` from the operands;
``Block`` adds labels and returns the offset of every instruction.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iced_x86 import (
    BlockEncoder,
    Code,
    Decoder,
    Instruction,
    MemoryOperand,
    OpCodeInfo,
    OpCodeOperandKind,
)
from iced_x86 import Register as R

from ubypass.hostrt.mem import PAGE, PROT_EXEC, PROT_READ, Mapping
from ubypass.paths import cache_dir

__all__ = ["Block", "CodeFile", "R", "mem", "op"]

Operand = Any  # an iced Register value, a MemoryOperand or an int


def mem(
    base: Any = R.NONE, disp: int = 0, index: Any = R.NONE, scale: int = 1, seg: Any = R.NONE
) -> MemoryOperand:
    """``[base + index*scale + disp]`` (disp sign-extended)."""
    return MemoryOperand(base, index, scale, disp, 8 if disp else 0, False, seg)


def op(code: str, *ops: Operand) -> Instruction:
    """One instruction from an iced ``Code`` name and its operands.

    Which ``Instruction.create_*`` to call follows from the opcode's operand
    kinds (iced registers are plain ints, so the values cannot tell).
    """
    c = getattr(Code, code)
    info = OpCodeInfo(c)
    kinds = ""
    for n, o in enumerate(ops):
        if isinstance(o, MemoryOperand):
            kinds += "m"
        elif _KIND_NAMES[info.op_kind(n)].startswith("IMM"):
            kinds += "u" if _KIND_NAMES[info.op_kind(n)] == "IMM64" else "i"
        else:
            kinds += "r"
    if kinds == "":
        return Instruction.create(c)
    args = [
        o - 2**64 if k == "i" and o >= 2**63 else o - 2**32 if k == "i" and o >= 2**31 else o
        for k, o in zip(kinds, ops, strict=True)
    ]
    name = "_".join({"r": "reg", "m": "mem", "i": "i32", "u": "u64"}[k] for k in kinds)
    instr: Instruction = getattr(Instruction, f"create_{name}")(c, *args)
    return instr


_KIND_NAMES = {v: k for k, v in vars(OpCodeOperandKind).items() if not k.startswith("_")}


@dataclass
class Label:
    ip: int


class Block:
    """Instructions with labels, encoded together; offsets come from decoding."""

    def __init__(self) -> None:
        self.items: list[Instruction | Label] = []
        self._next_label = 1 << 40

    def label(self) -> Label:
        self._next_label += 1
        return Label(self._next_label)

    def bind(self, label: Label) -> None:
        self.items.append(label)

    def add(self, *instrs: Instruction) -> int:
        """Append; returns the index of the first one (see ``encode``)."""
        first = sum(isinstance(i, Instruction) for i in self.items)
        self.items.extend(instrs)
        return first

    def jump(self, code: str, target: Label | int) -> int:
        """A branch to a label of this block, or to an absolute address."""
        ip = target.ip if isinstance(target, Label) else target
        return self.add(Instruction.create_branch(getattr(Code, code), ip))

    def encode(self, rip: int = 0) -> tuple[bytes, list[int], dict[int, int]]:
        """Return (code, offset of each instruction, label ip -> offset)."""
        instrs: list[Instruction] = []
        label_index: dict[int, int] = {}
        for item in self.items:
            if isinstance(item, Label):
                label_index[item.ip] = len(instrs)
            else:
                instrs.append(item)
        if any(i >= len(instrs) for i in label_index.values()):
            raise ValueError("label bound at the end of a block")
        for n, instr in enumerate(instrs):
            instr.ip = n + 1  # BlockEncoder needs a unique IP per instruction
        for instr in instrs:
            target = instr.near_branch_target
            if target in label_index:
                instr.near_branch64 = label_index[target] + 1
        enc = BlockEncoder(64)
        enc.add_many(instrs)
        code: bytes = enc.encode(rip)
        offsets = [d.ip - rip for d in Decoder(64, code, ip=rip)]
        if len(offsets) != len(instrs):
            raise ValueError("decoded a different instruction count than encoded")
        return code, offsets, {ip: offsets[n] for ip, n in label_index.items()}


class CodeFile:
    """Code in a file mapped PROT_READ|PROT_EXEC, as the translator requires."""

    def __init__(self, code: bytes, *, addr: int | None = None) -> None:
        directory = cache_dir("hostrt", "code")
        fd, name = tempfile.mkstemp(dir=directory, suffix=".bin")
        size = (len(code) + PAGE - 1) // PAGE * PAGE or PAGE
        with os.fdopen(fd, "wb") as f:
            f.write(code + b"\xcc" * (size - len(code)))
        self.path = Path(name)
        self.mapping = Mapping(size, PROT_READ | PROT_EXEC, addr=addr, path=self.path)
        self.addr = self.mapping.addr

    def close(self) -> None:
        self.mapping.close()
        self.path.unlink(missing_ok=True)
