"""The vector and 0f38/0f3a/VEX instructions BTC code may hold, as one table.

The translator emits vector code as it is (isa.py allows SSE to AVX-512 by
CPUID feature), and both code validators must accept exactly that, with the
same view of each instruction's memory access and GPR writes.  A hand-kept
opcode list in each validator fell behind the translator at once (libm's
cvtsi2sd and mulsd, strcasestr's pcmpistri: whole images refused).  So the
list is derived: every iced-x86 ``Code`` that isa.py translates as it is and
the general-purpose tables of validate.py do not cover is instantiated
(register and memory forms), decoded back, and described by what iced says
it does.  validate.py allows exactly these codes; ``kernel/ub/validate_ops.h``
is the same table for validate.c, written by ``python -m
ubypass.translator.vecops`` and checked to be current by the tests.  The
kernel does not trust this program at run time: the header is data in its
tree, reviewed like the kernel's own opcode map.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from iced_x86 import (
    Code,
    Decoder,
    Encoder,
    EncodingKind,
    Instruction,
    InstructionInfoFactory,
    MandatoryPrefix,
    MemorySizeExt,
    OpAccess,
    OpCodeInfo,
    OpCodeOperandKind,
    OpCodeTableKind,
    OpKind,
    Register,
    RegisterExt,
)

from ubypass.translator import isa

__all__ = ["CODE_NAMES", "VecOp", "c_header", "codes", "header_path", "samples", "table"]

#: a row field that matches any value
ANY = 0xFF
_ENC = {EncodingKind.LEGACY: 0, EncodingKind.VEX: 1, EncodingKind.EVEX: 2}
_MAP = {OpCodeTableKind.T0F: 1, OpCodeTableKind.T0F38: 2, OpCodeTableKind.T0F3A: 3}
_PP = {MandatoryPrefix.NONE: 0, MandatoryPrefix.PNP: 0, MandatoryPrefix.P66: 1,
       MandatoryPrefix.PF3: 2, MandatoryPrefix.PF2: 3}
#: two-byte opcodes whose encodings validate.py's general-purpose table
#: decides; 0f ae and 0f c7 hand the groups it does not own on to this one
_GP2_OWNED_EXCEPT = (0xAE, 0xC7)

#: ub_vop.flags: validate.c's UB_V_* (the header defines them in this order)
FLAGS = {
    "MR": "reads its memory operand",
    "MW": "writes it",
    "REGF": "has a register form (ModRM.mod 3)",
    "MEMF": "has a memory form",
    "NOMODRM": "has no ModRM byte",
    "REG_G": "ModRM.reg is a GPR",
    "REG_GW": "... it writes",
    "RM_G": "ModRM.rm (register form) is a GPR",
    "RM_GW": "... it writes",
    "RM_G8": "... a byte register (ah..bh without REX)",
    "VVVV": "uses vvvv (else it must be 1111)",
    "VVVV_G": "vvvv is a GPR",
    "VVVV_GW": "... it writes",
    "VVVV_K": "vvvv is an opmask register",
    "REG_K": "ModRM.reg is an opmask register",
    "RM_K": "ModRM.rm is an opmask register",
    "MASK": "EVEX.aaa may name a mask",
    "ZERO": "EVEX.z may zero",
}
_F = {name: 1 << i for i, name in enumerate(FLAGS)}

_KIND_NAMES = {v: k for k, v in vars(OpCodeOperandKind).items()
               if not k.startswith("_") and isinstance(v, int)}
#: iced Code value -> name (validate.py uses it too)
CODE_NAMES: dict[int, str] = {v: k for k, v in vars(Code).items()
                              if not k.startswith("_") and isinstance(v, int)}
#: a register of each class for the synthesized instances, by ModRM field:
#: distinct numbers, none of them rsp
_BASE_REG = {"R8": Register.DL, "R16": Register.DX, "R32": Register.EDX, "R64": Register.RDX,
             "XMM": Register.XMM2, "YMM": Register.YMM2, "ZMM": Register.ZMM2,
             "K": Register.K2, "MM": Register.MM2}
_FIELD_NUM = {"REG": 1, "RM": 3, "OR_MEM": 3, "VVVV": 6, "IS4": 7}
_MEM_BASE = Register.R11
_GPR_CLASSES = ("R8", "R16", "R32", "R64")
_WRITES = frozenset({OpAccess.WRITE, OpAccess.READ_WRITE, OpAccess.COND_WRITE,
                     OpAccess.READ_COND_WRITE})
_READS = frozenset({OpAccess.READ, OpAccess.COND_READ, OpAccess.READ_WRITE,
                    OpAccess.READ_COND_WRITE})
_info = InstructionInfoFactory()


class VecOp(NamedTuple):
    """One row: an encoding (enc, map, pp, op, and the ModRM.reg group, W and
    L it needs) and what the instruction does with memory and GPRs."""

    enc: int
    map: int
    pp: int
    op: int
    grp: int
    w: int
    lmask: int
    msize: int
    flags: int
    iwr: int  # implicit GPRs written, as bits of their numbers
    code: int  # the iced Code of the row (one of them, after merging)


def _kind(o: OpCodeInfo, i: int) -> tuple[str, str]:
    """(register class, ModRM field) of operand ``i``: ("XMM", "OR_MEM")."""
    name = _KIND_NAMES[o.op_kind(i)]
    cls, _, where = name.partition("_")
    return cls, where


def _instance(code: int, mem: bool) -> Instruction | None:
    """``code`` with registers (and ``[r11+0]`` when ``mem``), encoded and
    decoded back, or None when it has no such form or an operand BTC code
    cannot hold."""
    o = OpCodeInfo(code)  # type: ignore[arg-type]
    ins = Instruction.create(code)  # type: ignore[arg-type]
    has_mem = False
    for i in range(o.op_count):
        cls, where = _kind(o, i)
        name = _KIND_NAMES[o.op_kind(i)]
        if name == "MEM" or (where == "OR_MEM" and mem):
            ins.set_op_kind(i, OpKind.MEMORY)
            ins.memory_base = _MEM_BASE
            has_mem = True
        elif cls in _BASE_REG and where in _FIELD_NUM:
            ins.set_op_kind(i, OpKind.REGISTER)
            ins.set_op_register(i, _BASE_REG[cls] + _FIELD_NUM[where] - 2)  # type: ignore[arg-type]
        elif name in ("IMM8", "IMM8SEX32", "IMM8SEX64"):
            ins.set_op_kind(i, OpKind.IMMEDIATE8)
            ins.immediate8 = 0
        else:
            return None
    if mem != has_mem:
        return None
    encoder = Encoder(64)
    try:
        encoder.encode(ins, 0)
    except ValueError:
        return None
    back = Decoder(64, encoder.take_buffer()).decode()
    return back if back.code == code else None


def _flags(o: OpCodeInfo, ins: Instruction) -> tuple[int, int, int]:
    """(flags, msize, implicit GPR writes) of one form."""
    info = _info.info(ins)
    flags, explicit = 0, set()
    for i in range(o.op_count):
        cls, where = _kind(o, i)
        if ins.op_kind(i) == OpKind.MEMORY:
            continue
        if ins.op_kind(i) == OpKind.REGISTER:
            explicit.add(RegisterExt.full_register(ins.op_register(i)))
        field = {"REG": "REG", "RM": "RM", "OR_MEM": "RM", "VVVV": "VVVV"}.get(where)
        if field is None:
            continue
        if field == "VVVV":
            flags |= _F["VVVV"]
        if cls in _GPR_CLASSES:
            flags |= _F[f"{field}_G"]
            if info.op_access(i) in _WRITES:
                flags |= _F[f"{field}_GW"]
            if cls == "R8" and field == "RM":
                flags |= _F["RM_G8"]
        elif cls == "K":
            flags |= _F[f"{field}_K"]
    iwr = 0
    for used in info.used_registers():
        full = RegisterExt.full_register(used.register)
        if not RegisterExt.is_gpr(full) or full in explicit or full == _MEM_BASE:
            continue
        if full == Register.RSP:
            raise ValueError("uses rsp")
        if used.access in _WRITES:
            iwr |= 1 << RegisterExt.number(full)
    msize = 0
    for mem in info.used_memory():
        msize = MemorySizeExt.size(mem.memory_size)
        flags |= _F["MR"] if mem.access in _READS else 0
        flags |= _F["MW"] if mem.access in _WRITES else 0
    return flags, msize, iwr


def _candidate(o: OpCodeInfo, gp_allowed: frozenset[int]) -> bool:
    """Whether the code is this table's to describe (not the GP tables')."""
    if not o.mode64 or not o.is_instruction or o.encoding not in _ENC or \
            o.table not in _MAP or o.is_rm_group or o.op_code_len != 1 or o.code in gp_allowed:
        return False
    if o.encoding == EncodingKind.LEGACY and o.operand_size == 16:
        return False  # 66 as operand size on an instruction with its own prefix
    from ubypass.translator.validate import gp_owned
    return not gp_owned(o) or (o.op_code in _GP2_OWNED_EXCEPT and
                               not (o.op_code == 0xC7 and o.group_index == 1))


def _w(o: OpCodeInfo, wide: set[tuple[int, int, int, int]]) -> int:
    if o.encoding != EncodingKind.LEGACY:
        return ANY if o.is_wig else o.w
    if o.operand_size == 64:
        return 1
    return 0 if _key(o)[:4] in wide else ANY


def _key(o: OpCodeInfo) -> tuple[int, int, int, int, int]:
    return (_ENC[o.encoding], _MAP[o.table], _PP[o.mandatory_prefix], o.op_code,
            o.group_index if o.is_group else ANY)


def _lmask(o: OpCodeInfo) -> int:
    if o.encoding == EncodingKind.LEGACY:
        return 1
    if o.is_lig:
        return 0b111 if o.encoding == EncodingKind.EVEX else 0b11
    return 1 << o.l


def _row(o: OpCodeInfo, wide: set[tuple[int, int, int, int]]) -> VecOp | None:
    forms = [f for f in (_instance(o.code, False), _instance(o.code, True))
             if f is not None and isa.classify_as_is(f)]
    if not forms:
        return None
    flags, msize, iwr = 0, 0, 0
    for form in forms:
        try:
            f, m, i = _flags(o, form)
        except ValueError:
            return None
        flags |= f
        msize = max(msize, m)
        iwr |= i
        flags |= _F["MEMF"] if form.memory_base == _MEM_BASE and m else _F["REGF"]
    if not o.op_code_string.count("/"):
        flags |= _F["NOMODRM"]
    if o.can_use_op_mask_register:
        flags |= _F["MASK"]
    if o.can_use_zeroing_masking:
        flags |= _F["ZERO"]
    enc, map_, pp, op, grp = _key(o)
    return VecOp(enc, map_, pp, op, grp, _w(o, wide), _lmask(o), msize, flags, iwr, o.code)


def _conflict(a: VecOp, b: VecOp) -> bool:
    """Whether some encoding matches both rows and they describe it apart."""
    if a[:4] != b[:4] or not (a.grp == b.grp or ANY in (a.grp, b.grp)) or \
            not (a.w == b.w or ANY in (a.w, b.w)) or not a.lmask & b.lmask:
        return False
    both = a.flags & b.flags
    if both & _F["MEMF"] and (a.msize, a.flags, a.iwr) != (b.msize, b.flags, b.iwr):
        return True
    form = _F["REGF"] | _F["MEMF"]
    return bool(both & (_F["REGF"] | _F["NOMODRM"])) and \
        ((a.flags & ~form, a.iwr) != (b.flags & ~form, b.iwr))


@functools.cache
def _build() -> tuple[tuple[VecOp, ...], frozenset[int]]:
    from ubypass.translator.validate import gp_allowed_codes
    gp = gp_allowed_codes()
    infos = [OpCodeInfo(c) for c in CODE_NAMES]  # type: ignore[arg-type]
    cands = [o for o in infos if _candidate(o, gp)]
    wide = {_key(o)[:4] for o in cands
            if o.encoding == EncodingKind.LEGACY and o.operand_size == 64}
    rows: dict[tuple[int, ...], VecOp] = {}
    by_key: dict[tuple[int, ...], list[VecOp]] = {}
    described = set()
    for o in cands:
        row = _row(o, wide)
        if row is None:
            continue
        described.add(o.code)
        same = by_key.setdefault(row[:4], [])
        for other in same:
            if _conflict(other, row):
                raise AssertionError(f"{CODE_NAMES[other.code]} and {CODE_NAMES[row.code]}"
                                     " share an encoding but not a description")
        if row[:10] not in rows:
            rows[row[:10]] = row
            same.append(row)
    ordered = sorted(rows.values(), key=lambda r: (r.enc, r.map, r.op, r.pp, r.grp, r.w,
                                                   r.lmask))
    return tuple(ordered), frozenset(described)


def table() -> tuple[VecOp, ...]:
    """The rows, sorted by (enc, map, op, pp) as validate.c searches them."""
    return _build()[0]


def codes() -> frozenset[int]:
    """Every iced Code a row describes."""
    return _build()[1]


def samples() -> Iterator[Instruction]:
    """An instance of every allowed code: register form and memory form
    (``[r11+0]``) where it has them."""
    for code in sorted(codes()):
        for mem in (False, True):
            ins = _instance(code, mem)
            if ins is not None and isa.classify_as_is(ins):
                yield ins


def _c_row(r: VecOp) -> list[str]:
    flags = [f"UB_V_{n}" for n in FLAGS if r.flags & _F[n]] or ["0"]
    head = (f"\t{{ {r.enc}, {r.map}, {r.pp}, {r.op:#04x}, "
            f"{'UB_ANY' if r.grp == ANY else r.grp}, {'UB_ANY' if r.w == ANY else r.w}, "
            f"{r.lmask:#x}, {r.msize}, {r.iwr:#06x},")
    out, line = [f"\t/* {CODE_NAMES[r.code].lower()} */", head], "\t "
    for k, f in enumerate(flags):
        part = f" {f}" + (" |" if k + 1 < len(flags) else " },")
        if len(line.expandtabs(8)) + len(part) > 80:
            out.append(line)
            line = "\t "
        line += part
    return [*out, line]


def c_header() -> str:
    """kernel/ub/validate_ops.h: the flags and the table as validate.c's
    ub_vops[] (struct ub_vop is validate.c's)."""
    lines = [
        "/* SPDX-License-Identifier: GPL-2.0-only */",
        "/*",
        " * The vector and 0f38/0f3a/VEX instructions BTC code may hold: one row",
        " * per encoding, with its memory access size and the GPRs it writes.",
        f" * Generated from iced-x86 {_iced_version()} by",
        " * `python -m ubypass.translator.vecops` (src/ubypass/translator/vecops.py):",
        " * do not edit.",
        " */",
        "",
        "/* ub_vop.flags */",
    ]
    for k, (name, doc) in enumerate(FLAGS.items()):
        define = f"#define UB_V_{name}"
        lines.append(define + "\t" * (3 - len(define) // 8) + f"BIT({k})\t/* {doc} */")
    lines += ["", "static const struct ub_vop ub_vops[] = {"]
    for r in table():
        lines += _c_row(r)
    lines += ["};", ""]
    return "\n".join(lines)


def _iced_version() -> str:
    from importlib.metadata import version
    return version("iced-x86")


def header_path() -> Path:
    return Path(__file__).resolve().parents[3] / "kernel" / "ub" / "validate_ops.h"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else header_path()
    path.write_text(c_header())
    print(f"{path}: {len(table())} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
