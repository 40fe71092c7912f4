"""Emission: the instruction list -> code bytes, label offsets, fault map, relocations.

iced-x86's BlockEncoder resolves branches between instructions of one block
but wants a unique IP per instruction and reports no per-instruction
offsets.  So every item gets a fake IP 16 bytes apart, labels become the IP
of the instruction that follows them, and the encoded bytes are decoded
again: the n-th decoded instruction is the n-th item, which gives every
offset the fault map, the entry table and the listing need.

Exit jumps are ``db e9 00 00 00 00`` (``jmp rel32`` with a zero field) plus
a UB_RELOC_REL32 relocation: the BTC never knows where the runtime lives.
User addresses (``Op.addr``) are the imm64 of a ``mov r64, imm64``, its last
8 bytes; their offsets go to ``addr_relocs`` so that translator.relocate can
move the code to other library bases.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import cast

from iced_x86 import BlockEncoder, Code, Decoder, Instruction

from ubypass.translator.ir import Br, ExitJmp, Item, Mark, Op

__all__ = ["Emitted", "emit"]

_IP_BASE = 1 << 32
_IP_STEP = 16


@dataclass
class Emitted:
    code: bytes
    label_off: dict[int, int]  # Label.id -> code offset
    faults: list[tuple[int, int, bytes]]  # (code offset, user rip, loc)
    relocs: list[int]  # offsets of rel32 fields to patch with UB_SYM_EXIT
    addr_relocs: list[tuple[int, int]]  # (offset of an imm64 field, the user address in it)
    spans: Iterable[tuple[int, int, int]]  # per instruction: (offset, length, user rip)


def emit(items: list[Item]) -> Emitted:
    """Encode ``items``; raises ValueError if the encoder changes the shape."""
    ip_of_label: dict[int, int] = {}
    pending: list[int] = []
    instrs: list[Instruction] = []
    real: list[Op | Br | ExitJmp] = []
    branches: list[int] = []
    ip = _IP_BASE
    add_instr, add_real = instrs.append, real.append
    for item in items:
        kind = type(item)
        if kind is Mark:
            pending.append(item.label.id)  # type: ignore[union-attr]
            continue
        if pending:
            for lid in pending:
                ip_of_label[lid] = ip
            pending.clear()
        if kind is Op:
            ins = item.instr  # type: ignore[union-attr]
            ins.ip = ip
        elif kind is Br:
            branches.append(len(instrs))
            ins = _PLACEHOLDER  # replaced below, once every label has its IP
        else:
            ins = Instruction.create_declare_byte_5(0xE9, 0, 0, 0, 0)
            ins.ip = ip
        add_instr(ins)
        add_real(item)  # type: ignore[arg-type]
        ip += _IP_STEP
    if pending:
        raise ValueError("label at the end of the code")
    for i in branches:
        br = real[i]
        assert isinstance(br, Br)
        ins = Instruction.create_branch(br.code, ip_of_label[br.target.id])
        ins.ip = _IP_BASE + _IP_STEP * i
        instrs[i] = ins
    enc = BlockEncoder(64)
    enc.add_many(instrs)
    code = bytes(enc.encode(0))
    offsets: list[int] = []
    lengths: list[int] = []
    decoder = Decoder(64, code, ip=0)
    ins = Instruction()  # decode_out reuses it: no object per instruction
    invalid = Code.INVALID
    while decoder.can_decode:
        decoder.decode_out(ins)
        if ins.code == invalid:
            raise ValueError(f"undecodable output at {ins.ip:#x}")
        offsets.append(ins.ip)
        lengths.append(ins.len)
    if len(offsets) != len(real):
        raise ValueError(f"encoder made {len(offsets)} instructions from {len(real)}")
    label_off = {lid: offsets[(ip - _IP_BASE) // _IP_STEP] for lid, ip in ip_of_label.items()}
    faults: list[tuple[int, int, bytes]] = []
    relocs: list[int] = []
    addr_relocs: list[tuple[int, int]] = []
    for off, length, item in zip(offsets, lengths, real, strict=True):
        kind = type(item)
        if kind is Op:
            op = cast(Op, item)
            if op.fault is not None:
                faults.append((off, op.rip, op.fault))
            if op.addr:
                addr_relocs.append(_addr_field(code, off, length, op.instr))
        elif kind is ExitJmp:
            relocs.append(off + 1)
    rips = [item.rip for item in real]
    return Emitted(code, label_off, faults, relocs, addr_relocs, _Spans(offsets, lengths, rips))


def _addr_field(code: bytes, off: int, length: int, ins: Instruction) -> tuple[int, int]:
    """(offset, value) of the imm64 of the ``mov r64, imm64`` at ``off``,
    read back: a field that does not hold the address would be relocated
    wrongly without anyone noticing."""
    if ins.code != Code.MOV_R64_IMM64:
        raise ValueError(f"user address in {ins}, not in a mov r64, imm64")
    field = off + length - 8
    value = ins.immediate64
    if int.from_bytes(code[field : field + 8], "little") != value:
        raise ValueError(f"imm64 of the mov at {off:#x} is not {value:#x}")
    return field, value


class _Spans:
    """(offset, length, user rip) per instruction, built only when listed."""

    def __init__(self, offsets: list[int], lengths: list[int], rips: list[int]) -> None:
        self._cols = (offsets, lengths, rips)

    def __iter__(self) -> Iterator[tuple[int, int, int]]:
        return zip(*self._cols, strict=True)

    def __len__(self) -> int:
        return len(self._cols[0])


_PLACEHOLDER = Instruction()
