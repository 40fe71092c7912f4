"""The code validator: what an image's BTC code can do, proved from its bytes.

The kernel must not trust the translator (issue 10): an image is a ring-0
code load, and a translator bug a hostile program can trigger must not
become a kernel memory write.  This module is the rule set the kernel's
``kernel/ub/validate.c`` is to apply before an image's text is made
executable, written so that the C follows it line by line: one decode pass
over the code, then one pass in address order that keeps an abstract state
per instruction and, for branch targets, the meet of what the branches to
them bring.  Linear in the code size, no fixpoint: a target reached by a
backward branch starts from the empty state, so a loop must establish what
it needs inside its body.

The state: which GPRs hold a value checked against the frame's address
limit (``cmp r64, [rsp+ADDR_LIMIT]`` directly followed by ``jae``) and not
written since, except by adding a positive constant (``add r64, imm``,
``lea r, [r+d]``); per checked register how far such adds moved it up since
its check (its *past*, under ``GUARD``); and whether the budget was charged
since the last target of a backward branch.  A forward branch brings only
registers of past 0 to its target.  The rules, per instruction:

* it decodes, is not privileged or a system instruction (``DENIED``), has
  no ``fs:``/``gs:`` override, and its control flow is fall-through or a
  direct branch -- a ``jmp rel32`` whose field the loader patches (an exit
  relocation) is the only way out;
* a direct branch lands on an instruction boundary inside the code;
* ``rsp`` is never written and never read as a value;
* every memory operand is either the frame -- ``[rsp+d]``, no index,
  inside ``UB_FRAME_SIZE``, never a write of the address limit, a write of
  the budget only in a charge form -- or ``[r+d]`` with ``r`` checked, no
  index, ``0 <= d`` and ``past + d + size <= GUARD``: the limit is
  TASK_SIZE_MAX, below the non-canonical hole, so such an access faults
  (#GP) rather than reach kernel memory (an unrolled loop's copies walk a
  pointer up from one check: ``translator.unroll``);
* a string instruction's pointers are checked, past 0; a ``rep`` one comes right
  after the translator's fixed range check and budget charge
  (``_rep_ranges``), matched whole as NaCl matches its pseudo-instructions;
* every backward branch leaves from a charged state, and a charge is
  ``sub qword [rsp+BUDGET], k`` (k > 0) whose ``jge`` carries it (or
  whose ``jl`` leaves), or the flag-free ``mov rcx,[budget]; jrcxz;
  lea rcx,[rcx-1]; mov [budget],rcx`` of a budget that cannot be negative
  there, or a rep's charge; every cycle of the code pays (``_check_budget``).
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from iced_x86 import (
    Code,
    Decoder,
    EncodingKind,
    FlowControl,
    Instruction,
    InstructionInfoFactory,
    MandatoryPrefix,
    MemorySizeExt,
    Mnemonic,
    OpAccess,
    OpCodeInfo,
    OpCodeTableKind,
    OpKind,
    Register,
    RegisterExt,
)

from ubypass import abi
from ubypass.translator import vecops
from ubypass.translator.ir import Reg

__all__ = ["ALLOWED", "GUARD", "ImageCode", "Rejected", "advance", "image_code", "validate_code",
           "validate_image"]

#: how far past a checked address an access may reach: the limit is
#: TASK_SIZE_MAX, one guard page below the non-canonical hole
GUARD = 4096
_RSP = Register.RSP
_NO_MEM_ACCESS = frozenset({Mnemonic.LEA, Mnemonic.NOP, Mnemonic.PREFETCHW,
                            Mnemonic.PREFETCHNTA, Mnemonic.PREFETCHT0,
                            Mnemonic.PREFETCHT1, Mnemonic.PREFETCHT2})
#: instructions no BTC may hold, privileged or not: they leave the BTC,
#: change kernel state, or tell kernel addresses
DENIED = frozenset({
    Mnemonic.SYSCALL, Mnemonic.SYSENTER, Mnemonic.SYSEXIT, Mnemonic.SYSRET, Mnemonic.INT,
    Mnemonic.INT1, Mnemonic.INT3, Mnemonic.INTO, Mnemonic.IRET, Mnemonic.IRETD,
    Mnemonic.IRETQ, Mnemonic.CLI, Mnemonic.STI, Mnemonic.CLAC, Mnemonic.STAC,
    Mnemonic.HLT, Mnemonic.SWAPGS, Mnemonic.WRFSBASE, Mnemonic.WRGSBASE,
    Mnemonic.RDFSBASE, Mnemonic.RDGSBASE, Mnemonic.SGDT, Mnemonic.SIDT, Mnemonic.SLDT,
    Mnemonic.STR, Mnemonic.SMSW, Mnemonic.LSL, Mnemonic.LAR, Mnemonic.VERR,
    Mnemonic.VERW, Mnemonic.WRPKRU, Mnemonic.XRSTOR, Mnemonic.XRSTOR64,
    Mnemonic.XSAVE, Mnemonic.XSAVE64, Mnemonic.XSAVEOPT, Mnemonic.XSAVEOPT64,
    Mnemonic.XSAVEC, Mnemonic.XSAVEC64, Mnemonic.FXRSTOR, Mnemonic.FXRSTOR64,
    Mnemonic.UD0, Mnemonic.UD1, Mnemonic.UD2, Mnemonic.UMONITOR, Mnemonic.UMWAIT,
    Mnemonic.TPAUSE, Mnemonic.ENQCMD, Mnemonic.ENQCMDS, Mnemonic.MOVDIR64B,
    Mnemonic.XBEGIN, Mnemonic.XABORT, Mnemonic.XEND, Mnemonic.LSS, Mnemonic.LFS,
    Mnemonic.LGS, Mnemonic.ENCLU, Mnemonic.PUSHF, Mnemonic.POPF, Mnemonic.POPFQ,
    Mnemonic.POPFD, Mnemonic.ENTER, Mnemonic.LEAVE, Mnemonic.IN, Mnemonic.OUT,
    Mnemonic.INSB, Mnemonic.INSW, Mnemonic.INSD, Mnemonic.OUTSB, Mnemonic.OUTSW,
    Mnemonic.OUTSD, Mnemonic.PUSHFQ, Mnemonic.PUSHFD,
})
_JAE = (Code.JAE_REL8_64, Code.JAE_REL32_64)
_info = InstructionInfoFactory()
_NO_PAST = (0,) * 16


class _Checked(NamedTuple):
    """The checked registers (a mask) and each one's past: what it may
    reach beyond its check is ``GUARD - past``."""

    mask: int
    past: tuple[int, ...] = _NO_PAST

    def room(self, n: int) -> int:
        """Bytes an access through register n may reach past it (-1: none)."""
        return GUARD - self.past[n] if self.mask >> n & 1 else -1

    def meet(self, mask: int) -> _Checked:
        return _Checked(self.mask & mask, self.past)

    def at(self, n: int, past: int) -> _Checked:
        """Register n checked, ``past`` bytes up from its check."""
        return _Checked(self.mask | 1 << n, (*self.past[:n], past, *self.past[n + 1:]))

    def exact(self) -> int:
        """The checked registers that have not moved since their check."""
        return self.mask & ~sum(1 << r for r, p in enumerate(self.past) if p)


_NOTHING = _Checked(0)

#: one-byte map: opcode -> the ModRM.reg groups allowed (None: no group)
_GP1: dict[int, frozenset[int] | None] = {
    **{op: None for op in range(0x40) if op & 7 < 6},
    **{op: None for op in (0x63, 0x69, 0x6B, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B,
                           0x8D, 0x90, 0x98, 0x99, 0x9E, 0x9F, 0xA8, 0xA9, 0xB0, 0xB8, 0xE3,
                           0xE9, 0xEB, 0xF5, 0xF8, 0xF9, 0xFC, 0xFD)},
    **{op: None for op in range(0x70, 0x80)},
    **{op: None for op in range(0xA4, 0xB0) if op not in (0xA8, 0xA9)},
    **{op: frozenset(range(8)) for op in (0x80, 0x81, 0x83, 0xC0, 0xC1, 0xD0, 0xD1, 0xD2,
                                          0xD3, 0xF6, 0xF7)},
    0xC6: frozenset({0}), 0xC7: frozenset({0}), 0xFE: frozenset({0, 1}),
    0xFF: frozenset({0, 1}),
}  # fmt: skip
#: two-byte (0f) map, general purpose
_GP2: dict[int, frozenset[int] | None] = {
    **{op: None for op in range(0x40, 0x50)},
    **{op: None for op in range(0x80, 0xA0)},
    **{op: None for op in range(0xC8, 0xD0)},
    **{op: None for op in (0x31, 0xA3, 0xAB, 0xB3, 0xBB, 0xA4, 0xA5, 0xAC, 0xAD, 0xAF, 0xB6,
                           0xB7, 0xBE, 0xBF, 0xB8, 0xBC, 0xBD, 0xB0, 0xB1, 0xC0, 0xC1)},
    0x0D: frozenset({1}), 0x18: frozenset({0, 1, 2, 3}), 0x1F: frozenset({0}),
    0xBA: frozenset({4, 5, 6, 7}), 0xC7: frozenset({1}),
}  # fmt: skip
_GP_CODES = frozenset({Code.ENDBR64, Code.LFENCE, Code.MFENCE, Code.SFENCE, Code.RDTSCP})
_GP_DENIED = frozenset({Code.MOVSXD_R16_RM16, Code.MOVSXD_R32_RM32, Code.BSWAP_R16,
                        Code.JECXZ_REL8_64})
_T1 = OpCodeTableKind.T0F


def gp_owned(o: OpCodeInfo) -> bool:
    """Whether the general-purpose tables decide the code's encodings (its
    one-byte or 0f opcode is theirs); validate.c's ub_gp1 and ub_gp2."""
    if o.encoding != EncodingKind.LEGACY:
        return False
    if o.table == OpCodeTableKind.NORMAL:
        return o.op_code in _GP1
    return o.table == _T1 and o.op_code in _GP2


def _gp_allowed(o: OpCodeInfo) -> bool:
    """Whether BTC code may hold this general-purpose instruction (by opcode
    and ModRM.reg group, as validate.c's ub_gp1 and ub_gp2 allow it)."""
    if not o.mode64 or not o.is_instruction or o.code in _GP_DENIED or \
            "KNC" in _CODE_NAMES[o.code]:
        return False
    if o.code in _GP_CODES:
        return True
    if gp_owned(o):
        groups = (_GP1 if o.table == OpCodeTableKind.NORMAL else _GP2)[o.op_code]
        return _flow_ok(o) and (groups is None or o.group_index in groups)
    return False


@functools.cache
def gp_allowed_codes() -> frozenset[int]:
    """The general-purpose codes BTC code may hold (vecops.py adds the rest)."""
    return frozenset(c for c in _CODE_NAMES if _gp_allowed(OpCodeInfo(c)))  # type: ignore[arg-type]


def _flow_ok(o: OpCodeInfo) -> bool:
    """Branches only in their 64-bit forms (jmp rel8/32, jcc, jrcxz)."""
    name = _CODE_NAMES[o.code]
    return not name.startswith(("J", "LOOP")) or name.endswith("_64")


_CODE_NAMES = vecops.CODE_NAMES
#: the iced Codes BTC code may hold
ALLOWED = gp_allowed_codes() | vecops.codes()
_PREFIXES = frozenset({0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3})
_BIT_OFFSET = frozenset({Code.BT_RM16_R16, Code.BT_RM32_R32, Code.BT_RM64_R64, Code.BTS_RM16_R16,
                         Code.BTS_RM32_R32, Code.BTS_RM64_R64, Code.BTR_RM16_R16,
                         Code.BTR_RM32_R32, Code.BTR_RM64_R64, Code.BTC_RM16_R16,
                         Code.BTC_RM32_R32, Code.BTC_RM64_R64})
#: allowed only without any prefix or REX (validate.c matches their bytes)
_BARE = frozenset({Code.LFENCE, Code.MFENCE, Code.SFENCE, Code.RDTSCP})
_OWN_PREFIX = {MandatoryPrefix.P66: {0x66}, MandatoryPrefix.PF3: {0xF3},
               MandatoryPrefix.PF2: {0xF2}}
_OWN_PREFIX.update({p: set() for p in (MandatoryPrefix.NONE, MandatoryPrefix.PNP)})
_BRANCH = (FlowControl.UNCONDITIONAL_BRANCH, FlowControl.CONDITIONAL_BRANCH)


def _encoding_reason(code: bytes, ins: Instruction) -> str | None:
    """Why the instruction's opcode or prefixes are not allowed, or None:
    the allowlist; legacy prefixes only 66, f0, f2, f3, each once and not f2
    with f3; one REX right before the opcode; no prefix on a branch; f2/f3
    only on a string instruction, pause, or as the opcode's own (then
    without 66 on a vector one); no bit offset in a register on memory (it
    reaches 2^60 bytes past the address); no EVEX broadcast or rounding."""
    if ins.code not in ALLOWED:
        return "not allowed in BTC code"
    k, seen = ins.ip, set()
    while code[k] in _PREFIXES:
        if code[k] not in (0x66, 0xF0, 0xF2, 0xF3) or code[k] in seen:
            return "prefix not allowed"
        seen.add(code[k])
        k += 1
    rex = 0x40 <= code[k] <= 0x4F
    if rex and (code[k + 1] in _PREFIXES or 0x40 <= code[k + 1] <= 0x4F):
        return "prefix not allowed"
    if {0xF2, 0xF3} <= seen or (ins.flow_control in _BRANCH and (seen or rex)):
        return "prefix not allowed"
    o = OpCodeInfo(ins.code)
    rep = seen & {0xF2, 0xF3}
    own = {MandatoryPrefix.PF3: 0xF3, MandatoryPrefix.PF2: 0xF2}.get(o.mandatory_prefix)
    if rep and not ins.is_string_instruction:
        alone = seen == {0xF3} and not rex  # pause, endbr64: f3 and nothing else
        gp = (o.table, o.op_code) in ((_T1, 0xB8), (_T1, 0xBC), (_T1, 0xBD))  # popcnt tzcnt lzcnt
        if (ins.code in (Code.PAUSE, Code.ENDBR64) and not alone) or (
                ins.code != Code.PAUSE and rep != {own}) or (0x66 in seen and not gp
                                                              and ins.code != Code.PAUSE):
            return "prefix not allowed"
    if o.encoding == EncodingKind.LEGACY and ins.code in vecops.codes() and (
            0xF0 in seen or seen - {0xF0} != _OWN_PREFIX[o.mandatory_prefix]):
        return "prefix not allowed"  # its own, and nothing else
    if ins.code in _BARE and (seen or rex):
        return "prefix not allowed"
    if ins.code in _BIT_OFFSET and ins.op0_kind == OpKind.MEMORY:
        return "bit offset in a register on a memory operand"
    if ins.is_broadcast or ins.suppress_all_exceptions or ins.rounding_control:
        return "not allowed in BTC code"
    return None


class Rejected(ValueError):
    """Why an image's code may not run in the kernel (first rule broken)."""


@dataclass
class _Code:
    insns: list[Instruction]
    at: dict[int, int]  # code offset -> index in insns
    exits: frozenset[int]  # offsets of rel32 fields the loader patches
    targets: dict[int, bool] = field(default_factory=dict)  # offset -> has a backward pred
    edges: list[list[_Edge]] = field(default_factory=list)  # per instruction


def _gpr(reg: Reg) -> int:
    """Hardware number of the 64-bit register ``reg`` belongs to, or -1."""
    if not RegisterExt.is_gpr(reg):
        return -1
    return RegisterExt.number(RegisterExt.full_register(reg))


def _signed(v: int) -> int:
    return v - (1 << 64) if v >= 1 << 63 else v


def _decode(code: bytes, exits: frozenset[int], entries: Sequence[int]) -> _Code:
    insns: list[Instruction] = []
    at: dict[int, int] = {}
    for ins in Decoder(64, code, ip=0):
        if ins.code == Code.INVALID:
            raise Rejected(f"{ins.ip:#x}: undecodable bytes")
        at[ins.ip] = len(insns)
        insns.append(ins)
    c = _Code(insns, at, exits)
    for off in entries:  # a run starts there knowing nothing, as after a back edge
        if off not in at:
            raise Rejected(f"{off:#x}: an entry is not an instruction of the image")
        c.targets[off] = True
    for ins in insns:
        if _is_exit(c, ins):
            continue
        if ins.flow_control in (FlowControl.UNCONDITIONAL_BRANCH,
                                FlowControl.CONDITIONAL_BRANCH):
            if ins.op0_kind not in (OpKind.NEAR_BRANCH64,):
                raise Rejected(f"{ins.ip:#x} {ins}: not a direct near branch")
            t = ins.near_branch_target
            if t not in at:
                raise Rejected(f"{ins.ip:#x} {ins}: target {t:#x} is not an instruction "
                               "of the image")
            c.targets[t] = c.targets.get(t, False) or t <= ins.ip
    return c


def _is_exit(c: _Code, ins: Instruction) -> bool:
    """``jmp rel32`` whose field is an exit relocation (to UB_SYM_EXIT)."""
    return ins.code == Code.JMP_REL32_64 and ins.ip + 1 in c.exits


def _frame_disp(ins: Instruction) -> int | None:
    """d of a ``[rsp+d]`` operand, or None."""
    if ins.memory_base != _RSP or ins.memory_index != Register.NONE:
        return None
    return _signed(ins.memory_displacement)


def _mem_writes(ins: Instruction) -> bool:
    return any(m.access in (OpAccess.WRITE, OpAccess.READ_WRITE, OpAccess.COND_WRITE,
                            OpAccess.READ_COND_WRITE)
               for m in _info.info(ins).used_memory())


def _check_memory(ins: Instruction, checked: _Checked, where: str, nr_exits: int = 0) -> bool:
    """Whether ``ins`` accesses user memory (through a checked register);
    rejects any other access but the frame's."""
    kinds = [ins.op_kind(i) for i in range(ins.op_count)]
    if OpKind.MEMORY not in kinds or ins.mnemonic in _NO_MEM_ACCESS:
        return False
    if ins.segment_prefix in (Register.FS, Register.GS):
        raise Rejected(f"{where}: fs:/gs: operand")
    if ins.is_vsib:
        raise Rejected(f"{where}: vector-indexed (gather/scatter) access")
    size = MemorySizeExt.size(ins.memory_size)
    disp = _frame_disp(ins)
    if disp is not None:
        if disp < 0 or disp + size > abi.UB_FRAME_SIZE:
            raise Rejected(f"{where}: outside the frame")
        if _mem_writes(ins) and disp < abi.UB_FRAME_ADDR_LIMIT + 8 and \
                disp + size > abi.UB_FRAME_ADDR_LIMIT:
            raise Rejected(f"{where}: writes the address limit")
        if _mem_writes(ins) and nr_exits and disp < abi.UB_FRAME_EXIT_ID + 8 and \
                disp + size > abi.UB_FRAME_EXIT_ID and not (
                    ins.code == Code.MOV_RM64_IMM32 and disp == abi.UB_FRAME_EXIT_ID
                    and 0 <= ins.immediate32to64 < nr_exits):
            raise Rejected(f"{where}: writes an exit id the image does not have")
        return False
    base = _gpr(ins.memory_base)
    if base < 0 or ins.memory_index != Register.NONE:
        raise Rejected(f"{where}: address is not a checked register")
    room = checked.room(base)
    if room < 0:
        raise Rejected(f"{where}: its base is not checked on every path")
    d = _signed(ins.memory_displacement)
    if d < 0 or d + size > room:
        raise Rejected(f"{where}: displacement {d:#x} leaves the guard after the check")
    return True


def _check_registers(ins: Instruction, where: str) -> int:
    """The GPRs ``ins`` writes (a mask); rejects any use of rsp but as the
    frame's base."""
    written = 0
    for u in _info.info(ins).used_registers():
        n = _gpr(u.register)
        if n == 4 and u.access != OpAccess.READ:
            raise Rejected(f"{where}: writes rsp")
        if n >= 0 and n != 4 and u.access != OpAccess.READ:
            written |= 1 << n
    if any(ins.op_kind(i) == OpKind.REGISTER and _gpr(ins.op_register(i)) == 4
           for i in range(ins.op_count)) or (ins.mnemonic == Mnemonic.LEA
                                             and ins.memory_base == _RSP):
        raise Rejected(f"{where}: reads rsp as a value")
    return written


def advance(ins: Instruction) -> tuple[int, int]:
    """(n, k) if ``ins`` is ``add r64(n), k`` or ``lea r64(n), [r64(n)+k]``
    with k > 0: a checked register stays checked, k further up; else
    (-1, 0)."""
    if ins.code in (Code.ADD_RM64_IMM8, Code.ADD_RM64_IMM32) and \
            ins.op0_kind == OpKind.REGISTER:
        n, k = _gpr(ins.op0_register), _signed(ins.immediate(1))
    elif ins.code == Code.LEA_R64_M and ins.memory_base == ins.op0_register and \
            ins.memory_index == Register.NONE:
        n, k = _gpr(ins.op0_register), _signed(ins.memory_displacement)
    else:
        return -1, 0
    return (n, k) if k > 0 else (-1, 0)


def _is_limit_cmp(ins: Instruction) -> int:
    """n if ``ins`` is ``cmp r64(n), [rsp+ADDR_LIMIT]``, else -1."""
    if (ins.code == Code.CMP_R64_RM64 and _frame_disp(ins) == abi.UB_FRAME_ADDR_LIMIT):
        return _gpr(ins.op0_register)
    return -1


def _budget_write(ins: Instruction) -> bool:
    """A frame write that touches any byte of the budget."""
    d = _frame_disp(ins)
    return (d is not None and _mem_writes(ins) and d < abi.UB_FRAME_BUDGET + 8
            and d + MemorySizeExt.size(ins.memory_size) > abi.UB_FRAME_BUDGET)


def _charges(c: _Code, i: int) -> str:
    """How insns[i] writes the budget: "jge"/"jl", a decrement tested by the
    next instruction (the side where it stayed >= 0 is charged); "store",
    the end of the flag-free charge; "exhaust", a negative constant; ""
    when it does not write it.  Any other write is rejected."""
    ins = c.insns[i]
    if not _budget_write(ins):
        return ""
    if _frame_disp(ins) != abi.UB_FRAME_BUDGET or MemorySizeExt.size(ins.memory_size) != 8:
        raise Rejected(f"{ins.ip:#x} {ins}: writes the budget outside a charge")
    if (ins.code in (Code.SUB_RM64_IMM8, Code.SUB_RM64_IMM32)
            and 0 < _signed(ins.immediate(1)) < 1 << 31 and i + 1 < len(c.insns)
            and c.insns[i + 1].ip not in c.targets):
        nxt = c.insns[i + 1].code
        if nxt in (Code.JGE_REL8_64, Code.JGE_REL32_64):
            return "jge"
        if nxt in (Code.JL_REL8_64, Code.JL_REL32_64):
            return "jl"
    if ins.code == Code.MOV_RM64_R64 and ins.op1_register == Register.RCX and i >= 3:
        load, jrcxz, lea = c.insns[i - 3], c.insns[i - 2], c.insns[i - 1]
        if (load.code == Code.MOV_R64_RM64 and load.op0_register == Register.RCX
                and _frame_disp(load) == abi.UB_FRAME_BUDGET
                and jrcxz.code == Code.JRCXZ_REL8_64
                and lea.code == Code.LEA_R64_M and lea.op0_register == Register.RCX
                and lea.memory_base == Register.RCX and lea.memory_index == Register.NONE
                and _signed(lea.memory_displacement) < 0
                and not any(ip in c.targets for ip in (jrcxz.ip, lea.ip, ins.ip))):
            return "store"
    if ins.code == Code.MOV_RM64_R64 and i >= 5 and _rep_charge(c, i):
        return "store"  # less by at least one, and >= 0: the jl left otherwise
    if ins.code == Code.MOV_RM64_IMM32 and _signed(ins.immediate(1)) < 0:
        return "exhaust"  # marks it spent on the way to a BUDGET exit
    raise Rejected(f"{ins.ip:#x} {ins}: writes the budget outside a charge")


@dataclass
class _Edge:
    to: int  # index in insns
    paid: bool = False  # the side of a charge where the budget stayed >= 0
    spends: bool = False  # the side where it may be negative


def _rep_charge(c: _Code, i: int) -> bool:
    """insns[i-5..i] is ``mov t, rcx; shr t, k; not t; add t, [budget];
    jl out; mov [budget], t``: the budget less (rcx >> k) + 1, and >= 0."""
    mov, shr, not_, add, jl, store = c.insns[i - 5:i + 1]
    t = store.op1_register
    return (mov.code == Code.MOV_R64_RM64 and mov.op0_register == t
            and mov.op1_kind == OpKind.REGISTER and mov.op1_register == Register.RCX
            and shr.code == Code.SHR_RM64_IMM8 and shr.op0_register == t
            and not_.code == Code.NOT_RM64 and not_.op0_register == t
            and add.code == Code.ADD_R64_RM64 and add.op0_register == t
            and _frame_disp(add) == abi.UB_FRAME_BUDGET
            and jl.code in (Code.JL_REL8_64, Code.JL_REL32_64)
            and not any(x.ip in c.targets for x in (shr, not_, add, jl, store)))


def _homecoming(ins: Instruction) -> bool:
    """``cmp al, 0x81; sahf`` (the flags back) or ``mov r, [rsp+d]`` (a
    displaced register back) of anything but a rep's registers."""
    if ins.code == Code.SAHF or (ins.mnemonic == Mnemonic.CMP and ins.op_count == 2
                                  and ins.op0_kind == OpKind.REGISTER
                                  and ins.op0_register == Register.AL
                                  and ins.op1_kind == OpKind.IMMEDIATE8):
        return True
    return (ins.code == Code.MOV_R64_RM64 and _frame_disp(ins) is not None
            and _gpr(ins.op0_register) not in (1, 4, 6, 7))


def _rep_ranges(c: _Code, k: int) -> bool:
    """The rep string instruction insns[k] comes right after the translator's
    sequence (no branch lands inside it): ``cmp rcx, [limit]; jae F;
    lea t, [rcx*size]``; per pointer p: ``cmp p, [limit]; jae F;
    lea u, [p+t]; cmp u, [limit]; ja F; cmp p, t; jb F``; then the rep
    charge, and what brings the user's flags and registers home.  So
    t = rcx * size < 2^50 and p < limit, p + t <= limit, p >= t: whatever
    DF, the rep touches only [p - t, p + t + size), user memory or the
    guard."""
    rep = c.insns[k]
    ptrs = [r for r, kinds in ((Register.RSI, (OpKind.MEMORY_SEG_RSI,)),
                               (Register.RDI, (OpKind.MEMORY_ESRDI, OpKind.MEMORY_SEG_RDI)))
            if any(rep.op_kind(n) in kinds for n in range(rep.op_count))]
    end = k  # the user's flags and displaced registers come home first
    while end > 0 and _homecoming(c.insns[end - 1]):
        end -= 1
    start = end - 6 - 7 * len(ptrs) - 3
    if start < 0 or not _rep_charge(c, end - 1) or \
            any(x.ip in c.targets for x in c.insns[start + 1:k + 1]):
        return False
    head, seq = c.insns[start:start + 3], c.insns[start + 3:end - 6]
    t = head[2].op0_register
    size = MemorySizeExt.size(rep.memory_size)
    if not (_is_limit_cmp(head[0]) == 1 and head[1].code in _JAE
            and head[2].code == Code.LEA_R64_M and head[2].memory_base == Register.NONE
            and head[2].memory_index == Register.RCX and head[2].memory_index_scale == size
            and head[2].memory_displacement == 0
            and _gpr(t) not in (1, 4, 6, 7)):
        return False
    for n, p in enumerate(ptrs):
        cmp_p, jae, lea, cmp_u, ja, cmp_t, jb = seq[7 * n:7 * n + 7]
        u = lea.op0_register
        if not (_is_limit_cmp(cmp_p) == _gpr(p) and jae.code in _JAE
                and lea.code == Code.LEA_R64_M and lea.memory_base == p
                and lea.memory_index == t and lea.memory_index_scale == 1
                and lea.memory_displacement == 0 and _gpr(u) not in (1, 4, 6, 7, _gpr(t))
                and _is_limit_cmp(cmp_u) == _gpr(u)
                and ja.code in (Code.JA_REL8_64, Code.JA_REL32_64)
                and cmp_t.code == Code.CMP_R64_RM64 and cmp_t.op0_register == p
                and cmp_t.op1_kind == OpKind.REGISTER and cmp_t.op1_register == t
                and jb.code in (Code.JB_REL8_64, Code.JB_REL32_64)):
            return False
    return True


def _walk(c: _Code) -> Iterator[tuple[int, _Checked]]:
    """Each instruction's index and the checked state before it, in address
    order; fills ``c.edges``."""
    incoming: dict[int, int] = {}
    checked: _Checked | None = _NOTHING
    for i, ins in enumerate(c.insns):
        if ins.ip in c.targets:
            if c.targets[ins.ip]:
                checked = _NOTHING  # reached by a backward branch: assume nothing
            else:
                got = incoming.get(ins.ip)
                if checked is None:
                    checked = None if got is None else _Checked(got)
                elif got is not None:
                    checked = checked.meet(got)
        if checked is None:
            checked = _NOTHING  # only an entry reaches it: nothing known
        yield i, checked
        checked = _step(c, i, checked, incoming)


def _step(c: _Code, i: int, checked: _Checked, incoming: dict[int, int]) -> _Checked | None:
    """The checked state after insns[i] on its fall-through (None: it has
    none); records its edges and what its branch brings to its target."""
    ins = c.insns[i]
    where = f"{ins.ip:#x} {ins}"
    prev = c.insns[i - 1] if i else None
    out = _Checked(checked.mask & ~_check_registers(ins, where), checked.past)
    n, k = advance(ins)
    if n >= 0 and checked.room(n) >= k:
        out = out.at(n, checked.past[n] + k)
    if prev is not None and (n := _is_limit_cmp(prev)) >= 0 and \
            ins.code in _JAE and ins.ip not in c.targets:
        out = out.at(n, 0)
    edges: list[_Edge] = []
    c.edges.append(edges)
    if _is_exit(c, ins):
        return None
    flow = ins.flow_control
    nxt = _Edge(i + 1) if flow != FlowControl.UNCONDITIONAL_BRANCH else None
    if nxt is not None and i + 1 == len(c.insns):
        raise Rejected(f"{where}: runs off the end of the code")
    if nxt is not None:
        edges.append(nxt)
        charge = _charges(c, i)
        nxt.paid, nxt.spends = charge == "store", charge == "exhaust"
    if flow in (FlowControl.UNCONDITIONAL_BRANCH, FlowControl.CONDITIONAL_BRANCH):
        t = ins.near_branch_target
        taken = _Edge(c.at[t])
        edges.append(taken)
        kind = _charges(c, i - 1) if prev is not None else ""
        if nxt is not None and kind in ("jge", "jl"):  # a store or exhaust pays no jcc
            paid, unpaid = (taken, nxt) if kind == "jge" else (nxt, taken)
            paid.paid, unpaid.spends = True, True
        if t > ins.ip:
            have = incoming.get(t)
            exact = out.exact()
            incoming[t] = exact if have is None else have & exact
    return None if nxt is None else out


def _check_budget(c: _Code) -> None:
    """Every cycle pays: the graph without the edges on the paid side of a
    charge is acyclic.  A flag-free charge pays only where the budget it
    loads cannot be negative (a may-analysis over the whole graph)."""
    n = len(c.insns)
    spent = [False] * n
    work = list(range(n))
    while work:
        i = work.pop()
        for e in c.edges[i]:
            val = e.spends or (spent[i] and not e.paid)
            if val and not spent[e.to]:
                spent[e.to] = True
                work.append(e.to)
    for i in range(n):
        if any(e.paid for e in c.edges[i]) and _charges(c, i) == "store" and spent[i - 3]:
            ins = c.insns[i]
            raise Rejected(f"{ins.ip:#x} {ins}: flag-free charge of a budget that may be "
                           "negative")
    colour = [0] * n  # 0 new, 1 on the stack, 2 done
    for root in range(n):
        if colour[root]:
            continue
        stack = [(root, 0)]
        colour[root] = 1
        while stack:
            i, k = stack.pop()
            edges = [e for e in c.edges[i] if not e.paid]
            if k < len(edges):
                stack.append((i, k + 1))
                j = edges[k].to
                if colour[j] == 1:
                    a, b = c.insns[i], c.insns[j]
                    raise Rejected(f"{a.ip:#x} {a}: a loop back to {b.ip:#x} that does not "
                                   "pay the budget")
                if colour[j] == 0:
                    colour[j] = 1
                    stack.append((j, 0))
            else:
                colour[i] = 2


def validate_code(code: bytes, exit_fields: list[int], faults: set[int] | None = None,
                  entries: Sequence[int] = (), nr_exits: int = 0) -> None:
    """Raise :class:`Rejected` unless ``code`` keeps every rule (module doc);
    ``exit_fields``: offsets of the rel32 fields the loader patches.  With
    ``faults`` (the fault map's offsets), every user memory access must be
    in it too: the kernel kills a thread whose BTC faults elsewhere.
    ``entries``: where runs start, instruction boundaries where nothing is
    known (an entry just after a check would skip it); ``nr_exits`` (0: not
    checked): the exit ids the code may store."""
    c = _decode(code, frozenset(exit_fields), entries)
    for i, checked in _walk(c):
        ins = c.insns[i]
        where = f"{ins.ip:#x} {ins}"
        if why := _encoding_reason(code, ins):
            raise Rejected(f"{where}: {why}")
        if ins.mnemonic in DENIED:
            raise Rejected(f"{where}: not allowed in BTC code")
        if ins.is_privileged:
            raise Rejected(f"{where}: privileged")
        if ins.flow_control not in (FlowControl.NEXT, FlowControl.UNCONDITIONAL_BRANCH,
                                    FlowControl.CONDITIONAL_BRANCH):
            raise Rejected(f"{where}: {ins.flow_control!r} control transfer")
        if not ins.is_string_instruction:
            user = _check_memory(ins, checked, where, nr_exits)
        elif ins.has_rep_prefix or ins.has_repe_prefix or ins.has_repne_prefix:
            if not _rep_ranges(c, i):
                raise Rejected(f"{where}: rep without its range check and charge")
            user = True
        else:
            for reg, kinds in ((6, (OpKind.MEMORY_SEG_RSI,)),
                               (7, (OpKind.MEMORY_ESRDI, OpKind.MEMORY_SEG_RDI))):
                if any(ins.op_kind(k) in kinds for k in range(ins.op_count)) and \
                        checked.room(reg) != GUARD:
                    raise Rejected(f"{where}: string pointer not checked")
            user = True
        if user and faults is not None and ins.ip not in faults:
            raise Rejected(f"{where}: a user access missing from the fault map")
    _check_budget(c)


class ImageCode(NamedTuple):
    """What both validators read of an ABI v1 image: its code, and the code
    offsets of its exit relocations, fault map and entries."""

    code: bytes
    exit_fields: list[int]
    faults: list[int]
    entries: list[int]
    nr_exits: int


def image_code(image: bytes) -> ImageCode:
    h = abi.UbImageHdr.from_buffer_copy(image)

    def offsets(kind: type[ctypes.Structure], off: int, n: int) -> list[int]:
        return [int(x.code_off) for x in (kind * n).from_buffer_copy(image, off)] if n else []

    return ImageCode(image[h.code_off:h.code_off + h.code_size],
                     offsets(abi.UbReloc, h.reloc_off, h.nr_relocs),
                     offsets(abi.UbFault, h.fault_off, h.nr_faults),
                     offsets(abi.UbEntry, h.entry_off, h.nr_entries), h.nr_exits)


def validate_image(image: bytes) -> None:
    """:func:`validate_code` on the code and tables of an ABI v1 image."""
    c = image_code(image)
    validate_code(c.code, c.exit_fields, set(c.faults), c.entries, c.nr_exits)
