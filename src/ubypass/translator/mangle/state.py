"""The mangler's state and the small emitters every rewrite uses.

What the hot code knows at the current instruction (checked registers,
where the user rsp and flags are, which user registers are displaced to
frame slots) lives here, so that each rewrite module can rely on it and
none has to repeat how it is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from iced_x86 import (
    Code,
    Instruction,
    MemoryOperand,
    Mnemonic,
    OpAccess,
    OpKind,
    Register,
    RegisterExt,
    RflagsBits,
)
from iced_x86 import InstructionInfoFactory as _Factory

from ubypass import abi
from ubypass.translator.ir import Br, CodeT, Item, Label, Mark, Op, frame_mem, reg_code, spill_mem
from ubypass.translator.isa import Kind
from ubypass.translator.liveness import RSP_BIT, Liveness
from ubypass.translator.region import Node, Region
from ubypass.translator.validate import GUARD, advance

_T = 11  # dispatch target register (r11): usually dead at call/return sites
_U = 10  # dispatch compare register (r10)
_SLOT_T = 6
_SLOT_U = 5
_SLOT_BUDGET = 4
_SLOT_RAX = 3  # rax while it holds the flags (lahf; seto al)
_NR_GENERAL_SLOTS = 3  # slots 0-2: scratch registers
_RSP = Register.RSP
_SCRATCH_ORDER = (11, 10, 9, 8, 1, 2, 6, 7, 3, 5, 12, 13, 14, 15)  # rax: flags
_WRITES = frozenset(
    {OpAccess.WRITE, OpAccess.READ_WRITE, OpAccess.COND_WRITE, OpAccess.READ_COND_WRITE}
)
_info = _Factory()
#: indirect transfers hand the dispatcher the flags in rax (lahf/seto) and
#: may exit (BUDGET, MISS): liveness counts them as reading all flags anyway
_FLAGS_ALWAYS_SAVED = frozenset({Kind.RET, Kind.JMP_IND, Kind.CALL_IND, Kind.END, Kind.SYSCALL})
_USER_FLAGS = 0x7F  # iced RflagsBits: OF SF ZF AF CF PF DF
_U64 = (1 << 64) - 1


class Exits:
    """The exit table being built: (user_rip, reason) pairs, deduplicated."""

    def __init__(self) -> None:
        self.table: list[tuple[int, abi.ExitReason]] = []
        self._ids: dict[tuple[int, abi.ExitReason], int] = {}

    def id(self, rip: int, reason: abi.ExitReason) -> int:
        key = (rip, reason)
        if key not in self._ids:
            self._ids[key] = len(self.table)
            self.table.append(key)
        return self._ids[key]


def _i32(v: int) -> int:
    v &= (1 << 64) - 1
    return v - (1 << 64) if v >= 1 << 63 else v


def _fits_i32(v: int) -> bool:
    return -(1 << 31) <= _i32(v) < (1 << 31)


_HIGH_BYTES = frozenset({Register.AH, Register.CH, Register.DH, Register.BH})


class State:
    """What the hot code knows, and the emitters that keep it current."""

    def __init__(self, region: Region, live: Liveness) -> None:
        self.region = region
        self.live = live
        self.exits = Exits()
        self.stats = MangleStats()
        self.hot: list[Item] = []
        self.cold: list[Item] = []  # trampolines and the dispatcher
        self.stub_buf: list[Item] = []  # exit stubs
        self.budget_buf: list[Item] = []  # shared back-edge budget blocks
        self.tail_buf: list[Item] = []  # their shared restoring tails
        self.tails: dict[tuple[tuple[tuple[int, int], ...], bool], Label] = {}
        self.buf = self.hot
        self.labels: dict[int, Label] = {}
        self.stubs: dict[tuple[int, tuple[tuple[int, int], ...], bool], Label] = {}
        self.rip = 0
        self.flags_saved = False  # rax holds lahf/seto of the user's current flags
        self.flags_home = True  # RFLAGS holds them
        self.flags_dead = False  # no user flag is live at the current instruction
        self.dispatch: Label | None = None
        self.budgets: dict[int, Label] = {}  # back-edge target -> its budget block
        self.hits: dict[int, Label] = {}  # known target -> its dispatcher exit
        self.predicts: dict[tuple[int, ...], Label] = {}  # predicted targets -> block
        self.dispatch_body = Label("dispatch_u")  # the tree, U already saved
        self.back_edges: dict[int, int] = {}  # target -> number of back edges to it
        for n in region.nodes.values():
            t = n.target
            if n.kind in (Kind.JMP, Kind.JCC, Kind.CALL) and t is not None and t <= n.rip:
                self.back_edges[t] = self.back_edges.get(t, 0) + 1
        self.ends: list[tuple[int, str]] = []
        self.displaced: dict[int, int] = {}  # dead user reg -> slot with its value
        self.kill = 0  # registers the current original instruction overwrites
        self.uses = 0  # registers it reads (incl. partial writes)
        #: GPRs the hot code has checked against the address limit and not
        #: written since, on every path here (the code validator's state):
        #: an access through one needs no check of its own
        self.checked = 0
        #: per checked register, how far adds of constants moved it up since
        #: its check (absent: 0): an access may reach GUARD - that past it
        self.past: dict[int, int] = {}
        #: the scratch register holding frame.user_rsp's value on every path
        #: here (loaded from it or stored to it, not written since), if any:
        #: a run of stack accesses loads the user rsp once
        self.rsp_copy: int | None = None

    def label(self, rip: int) -> Label:
        lab = self.labels.get(rip)
        if lab is None:
            lab = self.labels[rip] = Label(f"{rip:#x}")
        return lab

    def op(self, instr: Instruction, fault: bytes | None = None) -> None:
        if fault is not None and not self.flags_home:
            self.restore_flags()  # faults report the user's flags in RFLAGS
        self.buf.append(Op(instr, self.rip, fault))
        self.emitted(instr)

    def emitted(self, instr: Instruction) -> None:
        """What the hot code knows after ``instr``; cold code changes none of
        it (none falls through into hot code).  ``mov r, frame.user_rsp``
        and ``mov frame.user_rsp, r`` make r the user rsp's copy
        (:attr:`rsp_copy`); any other write to frame.user_rsp ends it, and a
        write to a register, all of it or a part, unchecks it and ends its
        being the copy."""
        if self.buf is not self.hot:
            return
        user_rsp = (instr.memory_base == _RSP and instr.memory_index == Register.NONE
                    and _i32(instr.memory_displacement) == abi.UB_FRAME_USER_RSP
                    and any(instr.op_kind(i) == OpKind.MEMORY for i in range(instr.op_count)))
        if user_rsp and instr.code in (Code.MOV_R64_RM64, Code.MOV_RM64_R64):
            loads = instr.code == Code.MOV_R64_RM64
            n = RegisterExt.number(instr.op0_register if loads else instr.op1_register)
            if loads:
                self.checked &= ~(1 << n)
            self.rsp_copy = n
            return
        if not self.checked and self.rsp_copy is None:
            return
        up, k = advance(instr)
        room = self.room(up) if up >= 0 else -1
        info = _info.info(instr)
        if user_rsp and info.used_memory()[0].access in _WRITES:
            self.rsp_copy = None
        for u in info.used_registers():
            if u.access in _WRITES and RegisterExt.is_gpr(u.register):
                n = RegisterExt.number(RegisterExt.full_register(u.register))
                self.checked &= ~(1 << n)
                if n == self.rsp_copy:
                    self.rsp_copy = None
        if k <= room:  # moved up within its guard: still checked
            self.checked |= 1 << up
            self.past[up] = self.past.get(up, 0) + k

    def room(self, reg: int) -> int:
        """How far past ``reg`` an access may reach unchecked (-1: it may not)."""
        return GUARD - self.past.get(reg, 0) if self.checked >> reg & 1 else -1

    def load_user_rsp(self, reg: int) -> None:
        """reg = the user rsp, unless it holds it already."""
        if self.rsp_copy != reg:
            self.load(reg, frame_mem(abi.UB_FRAME_USER_RSP))

    def br(self, code: CodeT, target: Label) -> None:
        self.buf.append(Br(code, target, self.rip))

    def mark(self, lab: Label) -> None:
        """A branch target: nothing is known to be checked there, nor where
        the user rsp is.  Labels of cold code (stubs, budget blocks, the
        dispatcher) leave the hot code's facts alone: no cold code falls
        through into hot code."""
        self.buf.append(Mark(lab))
        if self.buf is self.hot:
            self.checked = 0
            self.past = {}
            self.rsp_copy = None

    def load(self, reg: int, m: MemoryOperand, fault: bytes | None = None) -> None:
        self.op(Instruction.create_reg_mem(Code.MOV_R64_RM64, reg_code(reg), m), fault)

    def store(self, m: MemoryOperand, reg: int) -> None:
        self.op(Instruction.create_mem_reg(Code.MOV_RM64_R64, m, reg_code(reg)))

    def lea(self, reg: int, m: MemoryOperand) -> None:
        self.op(Instruction.create_reg_mem(Code.LEA_R64_M, reg_code(reg), m))

    def mov_imm(self, reg: int, value: int) -> None:
        value &= (1 << 64) - 1
        if _fits_i32(value):
            self.op(Instruction.create_reg_i32(Code.MOV_RM64_IMM32, reg_code(reg), _i32(value)))
        else:
            self.op(Instruction.create_reg_u64(Code.MOV_R64_IMM64, reg_code(reg), value))

    def mov_addr(self, reg: int, value: int) -> None:
        """``mov reg, imm64`` of a user address, tagged (``Op.addr``): always
        the 8-byte form, whatever the value, so relocating it to another
        library base only rewrites the field."""
        ins = Instruction.create_reg_u64(Code.MOV_R64_IMM64, reg_code(reg), value & _U64)
        self.buf.append(Op(ins, self.rip, None, True))
        self.emitted(ins)

    def save_flags(self) -> None:
        """``lahf; seto al``: the flags into rax (its user value to a slot).

        Far cheaper than pushfq/popfq (microcoded); DF is never touched by
        BTC code, so it needs no saving.  Nothing to save where the flags are
        dead (:meth:`clobber_flags`).
        """
        if self.flags_saved or self.flags_dead:
            return
        if 0 not in self.displaced:
            self.store(spill_mem(_SLOT_RAX), 0)
            self.displaced[0] = _SLOT_RAX
        self.op(Instruction.create(Code.LAHF))
        self.op(Instruction.create_reg(Code.SETO_RM8, Register.AL))
        self.flags_saved = True

    def rax_free(self) -> bool:
        """rax holds the user's rax and :meth:`save_flags` will not need it."""
        return self.flags_dead and not self.flags_saved and 0 not in self.displaced

    def clobber_flags(self) -> None:
        """BTC code just overwrote RFLAGS' arithmetic flags.

        Where they are dead at the current original instruction they need no
        putting back: RFLAGS counts as home, holding values nothing reads
        (a CHECK exit or a fault here reports them as they are).
        """
        if not self.flags_dead:
            self.flags_home = False

    def restore_flags(self) -> None:
        """``cmp al, 0x81; sahf``: OF from al, the rest from ah; rax unchanged."""
        assert self.flags_saved
        self.op(Instruction.create_reg_i32(Code.CMP_RM8_IMM8, Register.AL, -127))
        self.op(Instruction.create(Code.SAHF))
        self.flags_home = True

    def reload_rax(self) -> None:
        """Give rax its user value back (ending the saved-flags image)."""
        if 0 in self.displaced:
            self.ensure_home()
            self.load(0, spill_mem(self.displaced.pop(0)))
            self.flags_saved = False

    def regs_for_user(self) -> None:
        """Before the original instruction itself: the registers it reads home."""
        if self.uses & 1:
            self.reload_rax()
        for reg in [r for r in self.displaced if self.uses >> r & 1]:
            self.load(reg, spill_mem(self.displaced.pop(reg)))

    def pick(self, node: Node, n: int, avoid: int) -> _Scratch:
        if node.instr is not None and _uses_high_byte(node.instr):
            avoid |= 0xFF00  # ah..bh cannot be encoded with r8-r15 (REX)
        return self._pick(node, n, avoid)

    def _pick(self, node: Node, n: int, avoid: int) -> _Scratch:
        """n scratch registers, user values saved in frame.spill[].

        Dead registers (liveness) are preferred.  A scratch register is
        *displaced*: its user value stays in its slot until an original
        instruction reads it (reloaded just before), overwrites it (dropped)
        or the block ends (:meth:`settle`), so a run of checks pays one store
        and one reload.  The fault map and exit stubs find every user value.
        """
        avoid |= RSP_BIT | 1
        free = sorted((r for r in self.displaced if r and not avoid >> r & 1),
                      key=lambda r: r != self.rsp_copy)
        regs = free[:n]
        if len([r for r in self.displaced if r]) + n - len(regs) > _NR_GENERAL_SLOTS:
            self.reload_displaced()
            regs = []
        dead = ~self.live.live_in_at(node.rip)
        for want_dead in (True, False):
            for r in _SCRATCH_ORDER:
                if len(regs) == n:
                    break
                if r in regs or avoid >> r & 1 or (want_dead and not dead >> r & 1):
                    continue
                used = set(self.displaced.values())
                slot = min(k for k in range(_NR_GENERAL_SLOTS) if k not in used)
                self.store(spill_mem(slot), r)
                self.stats.spills += 1
                self.displaced[r] = slot
                regs.append(r)
        return _Scratch(regs, dict(self.displaced), {})

    def unspill(self, sc: _Scratch) -> None:
        for reg, slot in sc.temps.items():
            self.load(reg, spill_mem(slot))

    def reload_displaced(self) -> None:
        self.ensure_home()
        for reg, slot in sorted(self.displaced.items()):
            self.load(reg, spill_mem(slot))
        if 0 in self.displaced:
            self.flags_saved = False
        self.displaced.clear()

    def settle(self) -> None:
        """User registers and flags home: control may now go anywhere."""
        self.reload_displaced()

    def ensure_home(self) -> None:
        """Put the user's flags back before control can reach other code."""
        if not self.flags_home:
            self.restore_flags()

    def user_op(self, instr: Instruction, fault: bytes | None = None) -> None:
        """Emit a (rewritten) original instruction and track its flag effects.

        An instruction that reads flags or writes only some of them sees the
        user's real flags, so dead-but-clobbered flags never leak into state
        an exit or a fault could report.
        """
        modified = instr.rflags_modified & 0x3F
        full = modified & ~instr.rflags_undefined & 0x3F
        if instr.mnemonic in (Mnemonic.AND, Mnemonic.OR, Mnemonic.XOR, Mnemonic.TEST):
            full = modified
        if (
            instr.rflags_read & 0x3F
            or (modified and full != 0x3F)
            or (instr.rflags_modified & RflagsBits.DF)
        ):
            self.ensure_home()
        self.regs_for_user()
        self.op(instr, fault)
        self.drop_killed()
        if instr.rflags_modified & _USER_FLAGS:  # incl. DF: cld/std
            self.flags_saved = False
            self.flags_home = True

    def drop_killed(self) -> None:
        """Registers the original instruction overwrote hold user values again."""
        for reg in [r for r in self.displaced if self.kill >> r & 1]:
            del self.displaced[reg]
            if reg == 0:
                self.flags_saved = False


@dataclass
class MangleStats:
    insns: int = 0
    checks: int = 0
    spills: int = 0
    original_bytes: int = 0
    unrolled: int = 0  # loops laid out more than once (translator.unroll)


@dataclass
class Mangled:
    items: list[Item]
    labels: dict[int, Label]  # user RIP -> label of its translation
    exits: Exits
    stats: MangleStats
    ends: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Scratch:
    regs: list[int]
    spills: dict[int, int]  # reg -> slot holding its user value (all of them)
    temps: dict[int, int]  # live registers borrowed for this instruction only


def _uses_high_byte(instr: Instruction) -> bool:
    return any(
        instr.op_kind(i) == OpKind.REGISTER and instr.op_register(i) in _HIGH_BYTES
        for i in range(instr.op_count)
    )
