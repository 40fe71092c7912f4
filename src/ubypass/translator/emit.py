"""Emission: the instruction list -> code bytes, label offsets, fault map, relocations.

iced-x86's BlockEncoder resolves branches between instructions of one block
but wants a unique IP per instruction and reports no per-instruction
offsets.  So every item gets a fake IP 16 bytes apart, labels become the IP
of the instruction that follows them, and the encoded bytes are decoded
again: the n-th decoded instruction is the n-th item, which gives every
offset the fault map, the entry table and the listing need.

Exit jumps are ``db e9 00 00 00 00`` (``jmp rel32`` with a zero field) plus
a UB_RELOC_REL32 relocation: the BTC never knows where the runtime lives.
"""

from __future__ import annotations

from dataclasses import dataclass

from iced_x86 import BlockEncoder, Code, Decoder, Instruction

from ubypass.translator.ir import Br, ExitJmp, Item, Label, Mark, Op

__all__ = ["Emitted", "emit"]

_IP_BASE = 1 << 32
_IP_STEP = 16


@dataclass
class Emitted:
    code: bytes
    label_off: dict[int, int]  # Label.id -> code offset
    faults: list[tuple[int, int, bytes]]  # (code offset, user rip, loc)
    relocs: list[int]  # offsets of rel32 fields to patch with UB_SYM_EXIT
    spans: list[tuple[int, int, int]]  # per instruction: (offset, length, user rip)


def emit(items: list[Item]) -> Emitted:
    """Encode ``items``; raises ValueError if the encoder changes the shape."""
    ip_of_label: dict[int, int] = {}
    pending: list[Label] = []
    ips: list[int] = []
    real: list[Op | Br | ExitJmp] = []
    for item in items:
        if isinstance(item, Mark):
            pending.append(item.label)
            continue
        ip = _IP_BASE + _IP_STEP * len(real)
        for lab in pending:
            ip_of_label[lab.id] = ip
        pending.clear()
        ips.append(ip)
        real.append(item)
    if pending:
        raise ValueError("label at the end of the code")
    instrs: list[Instruction] = []
    for ip, item in zip(ips, real, strict=True):
        if isinstance(item, Op):
            ins = item.instr
        elif isinstance(item, Br):
            ins = Instruction.create_branch(item.code, ip_of_label[item.target.id])
        else:
            ins = Instruction.create_declare_byte_5(0xE9, 0, 0, 0, 0)
        ins.ip = ip
        instrs.append(ins)
    enc = BlockEncoder(64)
    enc.add_many(instrs)
    code = bytes(enc.encode(0))
    offsets: list[int] = []
    lengths: list[int] = []
    dec = Decoder(64, code, ip=0)
    for ins in dec:
        if ins.code == Code.INVALID:
            raise ValueError(f"undecodable output at {ins.ip:#x}")
        offsets.append(ins.ip)
        lengths.append(ins.len)
    if len(offsets) != len(real):
        raise ValueError(f"encoder made {len(offsets)} instructions from {len(real)}")
    off_of_ip = dict(zip(ips, offsets, strict=True))
    label_off = {lid: off_of_ip[ip] for lid, ip in ip_of_label.items()}
    faults: list[tuple[int, int, bytes]] = []
    relocs: list[int] = []
    spans: list[tuple[int, int, int]] = []
    for off, length, item in zip(offsets, lengths, real, strict=True):
        spans.append((off, length, item.rip))
        if isinstance(item, Op) and item.fault is not None:
            faults.append((off, item.rip, item.fault))
        elif isinstance(item, ExitJmp):
            relocs.append(off + 1)
    return Emitted(code, label_off, faults, relocs, spans)
