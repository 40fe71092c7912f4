"""GPR and arithmetic-flag liveness over the region graph.

Check code needs scratch registers and clobbers the flags; liveness says
which registers are free (dead and unused) at an instruction and whether the
flags must be put back before the original instruction runs.  Every exit,
indirect transfer and return counts as reading everything, so "dead" always
means "overwritten before anything can observe it".

A back edge (jmp/jcc/call to a RIP not after it) may leave through a BUDGET
exit, which resumes native code at its target: what is live there is what
the exit hands over, so flags dead at a loop head are undefined at a BUDGET
exit there, exactly as at a CHECK exit (docs/abi.md), and the loop's budget
code may clobber them.

Bit n (0..15) is GPR n in hardware order; bits 16..21 are OF SF ZF AF CF PF.
"""

from __future__ import annotations

from iced_x86 import (
    Instruction,
    InstructionInfoFactory,
    Mnemonic,
    OpAccess,
    OpKind,
    RegisterExt,
    RflagsBits,
    UsedRegister,
)

from ubypass.translator.isa import Kind
from ubypass.translator.region import Node, Region

__all__ = ["ALL", "FLAGS", "RSP_BIT", "Liveness", "compute", "rflags_mask", "use_def"]

FLAGS = 0x3F << 16
RSP_BIT = 1 << 4
ALL = 0xFFFF | FLAGS

_info = InstructionInfoFactory()
_READS = frozenset(
    {OpAccess.READ, OpAccess.COND_READ, OpAccess.READ_WRITE, OpAccess.READ_COND_WRITE}
)
_LOGICAL = frozenset({Mnemonic.AND, Mnemonic.OR, Mnemonic.XOR, Mnemonic.TEST})
_SHIFTS = frozenset(
    {
        Mnemonic.SHL, Mnemonic.SHR, Mnemonic.SAR, Mnemonic.SAL, Mnemonic.ROL, Mnemonic.ROR,
        Mnemonic.RCL, Mnemonic.RCR, Mnemonic.SHLD, Mnemonic.SHRD,
    }
)  # fmt: skip


#: liveness flag bit -> RFLAGS bit (OF SF ZF AF CF PF)
_RFLAGS_BITS = ((16, 0x800), (17, 0x80), (18, 0x40), (19, 0x10), (20, 0x1), (21, 0x4))


def rflags_mask(live: int) -> int:
    """The arithmetic flags of a liveness mask, in RFLAGS bit positions."""
    out = 0
    for bit, rf in _RFLAGS_BITS:
        if live >> bit & 1:
            out |= rf
    return out


def _flag_bits(rflags: int) -> int:
    return (rflags & 0x3F) << 16


def _shift_may_keep_flags(instr: Instruction) -> bool:
    """A shift by zero leaves every flag alone, so it cannot kill them."""
    last = instr.op_count - 1
    if instr.op_kind(last) == OpKind.REGISTER:
        return True
    if instr.op_kind(last) == OpKind.IMMEDIATE8:
        mask = 0x3F if _operand_size(instr) == 8 else 0x1F
        return instr.immediate8 & mask == 0
    return False


def _rep_string(instr: Instruction) -> bool:
    """rep cmps/scas with rcx = 0 run no iteration and leave every flag alone."""
    return instr.is_string_instruction and (
        instr.has_rep_prefix or instr.has_repe_prefix or instr.has_repne_prefix
    )


def _operand_size(instr: Instruction) -> int:
    if instr.op0_kind == OpKind.REGISTER:
        return int(RegisterExt.size(instr.op0_register))
    return 8


def use_def(instr: Instruction, regs: list[UsedRegister] | None = None) -> tuple[int, int]:
    """(registers/flags read, registers/flags surely overwritten).

    ``regs`` is ``instr``'s used_registers() when the caller has it already.
    """
    use = 0
    kill = 0
    for used in regs if regs is not None else _info.info(instr).used_registers():
        reg = used.register
        if not RegisterExt.is_gpr(reg):
            continue
        bit = 1 << RegisterExt.number(RegisterExt.full_register(reg))
        access = used.access
        if access in _READS:
            use |= bit
        if access == OpAccess.WRITE and RegisterExt.size(reg) >= 4:
            kill |= bit
        elif access != OpAccess.READ and access != OpAccess.COND_READ:
            use |= bit  # partial or conditional write keeps the old bits
    use |= _flag_bits(instr.rflags_read)
    modified = _flag_bits(instr.rflags_modified)
    # "Undefined" flags are often left unchanged (AMD keeps SF ZF AF PF across
    # imul and AF across shifts), so they pass liveness through; only AF of
    # the logical instructions is really cleared.
    undefined = _flag_bits(instr.rflags_undefined)
    if instr.mnemonic in _LOGICAL:
        undefined &= ~_flag_bits(RflagsBits.AF)
    if (instr.mnemonic in _SHIFTS and _shift_may_keep_flags(instr)) or _rep_string(instr):
        use |= modified
    else:
        use |= undefined
        kill |= modified & ~undefined
    return use, kill & ~use


class Liveness:
    """live_in/live_out per node RIP (bit masks as described above)."""

    def __init__(
        self,
        live_in: dict[int, int],
        live_out: dict[int, int],
        use_kill: dict[int, tuple[int, int]] | None = None,
    ) -> None:
        self.live_in = live_in
        self.live_out = live_out
        self.use_kill = use_kill or {}  # per RIP: (read, overwritten), from use_def

    def live_in_at(self, rip: int) -> int:
        return self.live_in.get(rip, ALL)

    def flags_dead_at(self, rip: int) -> bool:
        """No arithmetic flag is live before ``rip``: every path from it
        overwrites each flag before anything (an instruction, or an exit
        other than a CHECK/fault here or a BUDGET exit to a loop head where
        they are dead) can read it."""
        return not self.live_in_at(rip) & FLAGS


def _succs(node: Node) -> list[int] | None:
    """Successor RIPs, or None when control leaves to unknown code (all live)."""
    kind = node.kind
    if kind is Kind.PLAIN:
        return [node.fall] if node.fall is not None else None
    if kind is Kind.JMP or kind is Kind.CALL:
        return [node.target] if node.target is not None else None
    if kind is Kind.JCC:
        assert node.target is not None and node.fall is not None
        return [node.target, node.fall]
    return None


def compute(region: Region) -> Liveness:
    """Backward may-liveness to a fixed point (a worklist over predecessors)."""
    nodes = region.nodes
    gen: dict[int, int] = {}
    kill: dict[int, int] = {}
    use_kill: dict[int, tuple[int, int]] = {}
    succs: dict[int, list[int] | None] = {}
    preds: dict[int, list[int]] = {rip: [] for rip in nodes}
    for rip, node in nodes.items():
        if node.instr is None or node.kind is Kind.SYSCALL:
            gen[rip], kill[rip] = ALL, 0
        else:
            gen[rip], kill[rip] = use_kill[rip] = use_def(node.instr, node.used_registers())
        s = _succs(node)
        succs[rip] = s
        for t in s or ():
            preds[t].append(rip)
    live_in: dict[int, int] = {}
    live_out: dict[int, int] = {}
    work = sorted(nodes)
    queued = set(work)
    while work:
        rip = work.pop()
        queued.discard(rip)
        s = succs[rip]
        out = ALL if s is None else _union(live_in, s)
        live_out[rip] = out
        new_in = gen[rip] | (out & ~kill[rip])
        if live_in.get(rip) != new_in:
            live_in[rip] = new_in
            for p in preds[rip]:
                if p not in queued:
                    queued.add(p)
                    work.append(p)
    return Liveness(live_in, live_out, use_kill)


def _union(live_in: dict[int, int], rips: list[int]) -> int:
    out = 0
    for r in rips:
        out |= live_in.get(r, 0)
    return out
