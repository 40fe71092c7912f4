"""Mangling: rewrite each original instruction into SFI-safe BTC code.

Rewrites (one method per class; A/R/T/U are scratch registers, dead ones
preferred, their user values in frame.spill[]; "F" is the user's arithmetic
flags, saved as ``lahf; seto al`` in rax -- rax's own value in a slot -- and
put back with ``cmp al, 0x81; sahf``, never with pushfq/popfq on hot paths;
where no arithmetic flag is live at the original instruction (liveness: every
path overwrites each before any read, exit or back edge), F is neither saved
nor restored -- see the last paragraph):

* plain, no memory, no rsp      -> copied (div/idiv get a fault entry)
* memory operand (any class,    -> A = address (lea; rip-relative as imm64;
  incl. SSE/AVX, lock, fs:,        rsp base: the user rsp; fs: + frame.fs_base)
  rip-relative)                     save F ; cmp A, frame.addr_limit ; jae CHECK
                                    restore F ; insn with its operand = [A]
                                    ([reg] operands are checked in place)
* rsp as operand/base           -> R = frame.user_rsp; insn on R; store R back
* push/pop/leave                -> R = new user rsp, checked, access through R,
                                    then frame.user_rsp = R (commit after access);
                                    a run of pushes (pops) falling through to each
                                    other: one check of the lowest slot, [R+8i],
                                    one commit (fault entries adjust rsp)
* call rel32                    -> push the user return address (checked) the
                                    same way, then a direct jmp to the callee
* ret, jmp/call indirect        -> T = target (checked load, non-canonical ->
                                    CHECK before the transfer), rsp updated,
                                    jmp DISPATCH: a compare tree over the
                                    region's known targets; miss -> MISS exit
                                    (ret / indirect call with at most 2 likely
                                    targets: jmp to a cold block comparing
                                    those first -- _predict_returns/_calls)
* rep/non-rep string insns      -> check rsi/rdi; under rep, t = rcx * size
                                    and each pointer p < limit, p + t <= limit,
                                    p >= t, whatever DF (a fixed sequence the
                                    validator matches); then rep pays
                                    frame.budget (rcx >> REP_SHIFT) + 1,
                                    BUDGET exit at the rep if it cannot
* jmp/jcc/call backwards        -> frame.budget -= 1 flag-free (rcx, jrcxz),
  (and every indirect transfer)     inline for a target's only back edge, else
                                    in one cold block per target that all its
                                    back edges jump to (settled: same state);
                                    BUDGET exit when it would go negative
* syscall                       -> SYSCALL exit (resume at the next RIP)
* anything isa.classify refuses -> END exit before it

Every user address the code needs (rip-relative operands, return addresses,
indirect-target compares) is the imm64 of a ``mov r64, imm64`` tagged
``Op.addr``, never a shorter or split immediate: translator.relocate moves a
cached translation to other library bases by rewriting those fields.

Exit stubs write exit_id and jump to a shared tail that restores F and the
displaced registers and jumps to UB_SYM_EXIT.  Stubs are laid out after the
next unconditional transfer (near their checks, so the jcc is often rel8;
flushing them behind a ``jmp`` inside straight runs was tried: smaller, but a
taken jump per group cost loops up to 15%), and stubs of one group that share
a tail relay through the last one's ``jmp tail``.  Nothing user-visible is
committed before the last instruction that may fault, flags are always home
at a faulting instruction, and every displaced register is in the fault map,
so every exit and fault reports exactly the state before the original
instruction -- except that at a CHECK exit or fault, flags that are dead at
that instruction are undefined (the check's ``cmp`` left them; nothing but a
signal handler reading ucontext can tell, docs/abi.md).  DF is never touched,
and every other exit (SYSCALL, MISS, END, BUDGET, returns, indirect
transfers, calls out of the region) sees exact flags: liveness counts each
of them, and every back edge, as reading all flags.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from iced_x86 import (
    Code,
    Instruction,
    MemoryOperand,
    MemorySizeExt,
    Mnemonic,
    OpAccess,
    OpKind,
    Register,
    RegisterExt,
    RflagsBits,
    UsedRegister,
)
from iced_x86 import InstructionInfoFactory as _Factory

from ubypass import abi
from ubypass.translator.ir import (
    Br,
    CodeT,
    ExitJmp,
    Item,
    Label,
    Mark,
    Op,
    Reg,
    as_reg,
    frame_mem,
    mem,
    reg_code,
    spill_mem,
)
from ubypass.translator.isa import Kind, is_nonaccess_mem
from ubypass.translator.liveness import RSP_BIT, Liveness
from ubypass.translator.region import Node, Region
from ubypass.translator.unroll import unrolled
from ubypass.translator.validate import GUARD, advance

__all__ = ["REP_SHIFT", "Exits", "MangleStats", "Mangled", "mangle"]

#: A rep string instruction costs ``(rcx >> REP_SHIFT) + 1`` budget units:
#: one per 64 iterations.  A unit stands for one loop iteration, tens to a
#: hundred cycles; 64 iterations of cmps/scas/lods (a cycle or two each) or
#: of fast-string movs/stos (64 bytes up to 512 for movsq, a few tens of
#: cycles) cost about the same.  So the budget bounds a BTC run with rep to
#: the same order of time as one with loops: 65536 units are at most 4M
#: iterations (32 MiB of rep movsq, a few ms), where an unbounded rcx could
#: sweep all of populated memory with preemption off.
REP_SHIFT = 6

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


def _i32(v: int) -> int:
    v &= (1 << 64) - 1
    return v - (1 << 64) if v >= 1 << 63 else v


def _fits_i32(v: int) -> bool:
    return -(1 << 31) <= _i32(v) < (1 << 31)


class _Mangler:
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
        self.predicted = _predict_returns(region)
        self.call_targets = _predict_calls(region)
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

    # -- small emitters ---------------------------------------------------

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

    def check(self, reg: int, fail: Label, jcc: CodeT = Code.JAE_REL32_64) -> None:
        """``cmp reg, frame.addr_limit; jae fail``."""
        self.op(
            Instruction.create_reg_mem(
                Code.CMP_R64_RM64, reg_code(reg), frame_mem(abi.UB_FRAME_ADDR_LIMIT)
            )
        )
        self.clobber_flags()
        self.br(jcc, fail)
        self.stats.checks += 1
        if jcc == Code.JAE_REL32_64 and self.buf is self.hot:
            self.checked |= 1 << reg
            self.past.pop(reg, None)

    def split_check(self, a: int, s: int, size: int, fail: Label) -> None:
        """``[a, a+size)`` must not cross a cache line: exit CHECK if it does.

        Only for locked accesses.  With split-lock detection on, a split
        ``lock`` in kernel mode raises #AC, which the kernel treats as fatal
        (no exception fixup); natively, in user mode, it is a warning or a
        SIGBUS, which the CHECK exit leaves to the native instruction.
        """
        self.lea(s, mem(reg_code(a), size - 1))
        self.op(Instruction.create_reg_reg(Code.XOR_R64_RM64, reg_code(s), reg_code(a)))
        self.op(Instruction.create_reg_u32(Code.SHR_RM64_IMM8, reg_code(s), _CACHE_LINE_SHIFT))
        self.clobber_flags()
        self.br(Code.JNE_REL32_64, fail)
        self.stats.checks += 1

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

    def loc(self, spills: dict[int, int], rsp_adj: int = 0) -> bytes:
        """The fault map's locations; ``rsp_adj``: qwords the user rsp is off
        from frame.user_rsp (inside a run of pushes or pops)."""
        loc = bytearray(abi.UB_NR_LOCS)
        for reg, slot in {**self.displaced, **spills}.items():
            loc[reg] = abi.UB_LOC_SPILL_BASE + slot
        assert abs(rsp_adj) <= abi.UB_RSP_ADJ_MAX
        loc[abi.UB_LOC_RSP_ADJ] = rsp_adj & 0xFF
        return bytes(loc)

    def exit_inline(self, rip: int, reason: abi.ExitReason) -> None:
        eid = self.exits.id(rip, reason)
        exit_id = frame_mem(abi.UB_FRAME_EXIT_ID)
        self.op(Instruction.create_mem_i32(Code.MOV_RM64_IMM32, exit_id, eid))
        self.buf.append(ExitJmp(self.rip))

    def stub(self, rip: int, reason: abi.ExitReason, spills: dict[int, int], flags: bool) -> Label:
        """Cold exit code, in two parts so that the restoring is shared:

        stub:  mov qword [rsp+exit_id], id ; jmp tail
        tail:  [cmp al, 0x81 ; sahf] [mov reg, [slot]]... ; jmp UB_SYM_EXIT
        """
        eid = self.exits.id(rip, reason)
        restore = (tuple(sorted(spills.items())), flags)
        key = (eid, *restore)
        lab = self.stubs.get(key)
        if lab is None:
            lab = self.stubs[key] = Label(f"exit{eid}")
            saved, self.buf = self.buf, self.stub_buf
            home, flags_saved = self.flags_home, self.flags_saved
            self.mark(lab)
            exit_id = frame_mem(abi.UB_FRAME_EXIT_ID)
            self.op(Instruction.create_mem_i32(Code.MOV_RM64_IMM32, exit_id, eid))
            self.br(Code.JMP_REL32_64, self.tail(restore))
            self.buf, self.flags_home, self.flags_saved = saved, home, flags_saved
        return lab

    def tail(self, restore: tuple[tuple[tuple[int, int], ...], bool]) -> Label:
        lab = self.tails.get(restore)
        if lab is None:
            lab = self.tails[restore] = Label("exit_tail")
            saved, self.buf, rip = self.buf, self.tail_buf, self.rip
            self.rip = 0
            self.mark(lab)
            if restore[1]:
                self.flags_saved = True
                self.restore_flags()
            for reg, slot in restore[0]:
                self.load(reg, spill_mem(slot))
            self.buf.append(ExitJmp(0))
            self.buf, self.rip = saved, rip
        return lab

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

    def check_fail(self, sc: _Scratch | dict[int, int]) -> Label:
        extra = sc.temps if isinstance(sc, _Scratch) else sc
        spills = {**self.displaced, **extra}
        return self.stub(self.rip, abi.ExitReason.CHECK, spills, self.flags_saved)

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

    # -- address computation ---------------------------------------------

    def address(self, dst: int, instr: Instruction, rsp_reg: int | None) -> list[int]:
        """dst = instr's effective address, but for frame fields still to add.

        Flag-free (lea/mov) and reading user registers only before writing
        dst, so dst may be one of the operand's registers; returns the frame
        offsets (user rsp, fs base) that :meth:`address_adds` adds once the
        flags are saved.
        """
        base, index = instr.memory_base, instr.memory_index
        scale, disp = instr.memory_index_scale, _i32(instr.memory_displacement)
        if base == Register.RIP:
            self.mov_addr(dst, instr.ip_rel_memory_address)
            return []
        adds: list[int] = []
        if base == _RSP:
            if rsp_reg is None:
                base = Register.NONE
                adds.append(abi.UB_FRAME_USER_RSP)
            else:
                base = reg_code(rsp_reg)
        if instr.memory_segment == Register.FS:
            adds.append(abi.UB_FRAME_FS_BASE)
        if base == Register.NONE and index == Register.NONE:
            self.mov_imm(dst, disp)
        elif base == reg_code(dst) and index == Register.NONE and disp == 0:
            pass  # [R] with R the user rsp already in dst: no lea
        else:
            self.lea(dst, mem(base, disp, index, scale))
        return adds

    def address_adds(self, dst: int, adds: list[int]) -> None:
        assert not adds or self.flags_saved or self.flags_dead
        for off in adds:
            self.op(Instruction.create_reg_mem(Code.ADD_R64_RM64, reg_code(dst), frame_mem(off)))
            self.clobber_flags()

    # -- per-class rewrites -----------------------------------------------

    def generic(self, node: Node) -> None:
        instr = node.instr
        assert instr is not None
        kinds = [instr.op_kind(i) for i in range(instr.op_count)]
        mem_op = OpKind.MEMORY in kinds
        used = node.used_registers()
        rsp_reg = OpKind.REGISTER in kinds and any(
            kind == OpKind.REGISTER and RegisterExt.full_register(instr.op_register(i)) == _RSP
            for i, kind in enumerate(kinds)
        )
        faulty = instr.mnemonic in (Mnemonic.DIV, Mnemonic.IDIV)
        if mem_op and instr.mnemonic != Mnemonic.LEA and is_nonaccess_mem(instr):
            return  # nop/prefetch with a memory operand: no effect, no access
        access = mem_op and not is_nonaccess_mem(instr)
        base = instr.memory_base if mem_op else Register.NONE
        if mem_op and not access and base == Register.RIP:
            self.lea_rip(instr)
            return
        if not access and not rsp_reg and base != _RSP:
            self.user_op(instr.copy(), self.loc({}) if faulty else None)
            return
        rsp_written = any(
            RegisterExt.full_register(u.register) == _RSP and u.access in _WRITES for u in used
        )
        avoid = _reg_mask(used)
        need_r = rsp_reg or base == _RSP
        n = 2 if rsp_reg and access else 1
        split = access and _locked(instr) and _mem_size(instr) > 1
        # [reg+d] is checked in place (reg, unless an earlier check of it
        # dominates), unless reg is rax and rax takes the flags
        direct = (
            access and not split and _direct_base(instr)
            and (base != Register.RAX or self.rax_free())
        )
        if direct:
            n = 1 if rsp_reg else 0
        # [rsp+d] likewise: the register holding the user rsp is checked
        direct_rsp = access and not split and not rsp_reg and _direct_rsp(instr)
        sc = self.pick(node, n + split, avoid)
        r = sc.regs[0] if need_r else None
        a = (sc.regs[1] if rsp_reg else sc.regs[0]) if access and not direct else None
        if r is not None:
            self.load_user_rsp(r)
        new = instr.copy()
        if rsp_reg:
            assert r is not None
            _subst_rsp(new, r)
        if direct or direct_rsp:
            checked = RegisterExt.number(base) if direct else r
            assert checked is not None
            if self.room(checked) < _i32(instr.memory_displacement) + _mem_size(instr):
                self.save_flags()
                self.check(checked, self.check_fail(sc))
            if direct_rsp:
                new.memory_base = reg_code(checked)
            self.user_op(new, self.loc(sc.spills))
        elif access:
            assert a is not None
            adds = self.address(a, instr, r)
            self.save_flags()
            self.address_adds(a, adds)
            self.check(a, self.check_fail(sc))
            if split:
                self.split_check(a, sc.regs[-1], _mem_size(instr), self.check_fail(sc))
            _set_mem(new, reg_code(a))
            self.user_op(new, self.loc(sc.spills))
        else:
            if base == _RSP:
                assert r is not None
                new.memory_base = reg_code(r)
            self.user_op(new, self.loc(sc.spills) if faulty else None)
        if rsp_written:
            assert r is not None
            self.store(frame_mem(abi.UB_FRAME_USER_RSP), r)
        self.unspill(sc)

    def lea_rip(self, instr: Instruction) -> None:
        """lea r, [rip+x] -> mov r, imm64 (the user address, not the BTC's);
        a 32-bit destination then truncates it with ``mov r32, r32`` (the
        field stays a whole relocatable address).  isa refuses 16-bit ones."""
        dst = instr.op0_register
        full = RegisterExt.number(RegisterExt.full_register(dst))
        self.mov_addr(full, instr.ip_rel_memory_address)
        if RegisterExt.size(dst) == 4:
            self.op(Instruction.create_reg_reg(Code.MOV_R32_RM32, dst, dst))

    def push(self, node: Node, run: Sequence[Node] = ()) -> None:
        """push, or a run of pushes (``node`` and ``run``: :func:`_stack_run`)
        with one user-rsp load, one check of the lowest slot and one store of
        the new rsp, committed after the last push: a fault at the i-th push
        reports the rsp i - 1 pushes down (``loc`` rsp_adj)."""
        instr = node.instr
        assert instr is not None
        pushes = [node, *run]
        used = [u for n in pushes for u in n.used_registers()]
        from_mem = instr.op0_kind == OpKind.MEMORY
        sc = self.pick(node, 2 if from_mem else 1, _reg_mask(used))
        r = sc.regs[0]
        if from_mem:
            v = sc.regs[1]
            adds = self.address(v, instr, None)
            self.save_flags()
            self.address_adds(v, adds)
            self.check(v, self.check_fail(sc))
            self.load(v, mem(reg_code(v)), self.loc(sc.spills))
        self.save_flags()
        self.load_user_rsp(r)
        self.lea(r, mem(reg_code(r), -8 * len(pushes)))
        self.check(r, self.check_fail(sc))
        self.ensure_home()
        self.regs_for_user()
        for i, p in enumerate(pushes):
            pi = p.instr
            assert pi is not None
            self.rip = p.rip  # a fault here is this push's
            slot = mem(reg_code(r), 8 * (len(pushes) - 1 - i))
            if from_mem:
                st = Instruction.create_mem_reg(Code.MOV_RM64_R64, slot, reg_code(sc.regs[1]))
            elif pi.op0_kind == OpKind.REGISTER:
                st = Instruction.create_mem_reg(Code.MOV_RM64_R64, slot, pi.op0_register)
            else:
                st = Instruction.create_mem_i32(Code.MOV_RM64_IMM32, slot,
                                                _i32(pi.immediate(0)))
            self.op(st, self.loc(sc.spills, -i))
        self.store(frame_mem(abi.UB_FRAME_USER_RSP), r)
        self.unspill(sc)

    def pop_mem(self, node: Node) -> None:
        """pop [mem]: the destination address uses the incremented rsp.

        R = user rsp + 8 ; A = destination (rsp base: R) ; lahf; seto al
        check A ; V = R - 8, checked ; V = [V] ; [A] = V ; user rsp = R
        """
        instr = node.instr
        assert instr is not None
        sc = self.pick(node, 3, _reg_mask(node.used_registers()))
        r, v, a = sc.regs
        self.load_user_rsp(r)
        self.lea(r, mem(reg_code(r), 8))
        adds = self.address(a, instr, r)
        self.save_flags()
        self.address_adds(a, adds)
        self.check(a, self.check_fail(sc))
        self.lea(v, mem(reg_code(r), -8))
        self.check(v, self.check_fail(sc))
        self.load(v, mem(reg_code(v)), self.loc(sc.spills))
        self.op(
            Instruction.create_mem_reg(Code.MOV_RM64_R64, mem(reg_code(a)), reg_code(v)),
            self.loc(sc.spills),
        )
        self.store(frame_mem(abi.UB_FRAME_USER_RSP), r)

    def pop(self, node: Node, run: Sequence[Node] = ()) -> None:
        """pop, or a run of pops (an epilogue): one check of the lowest slot,
        loads in order, the new rsp committed after the last; a fault at the
        i-th pop finds the i - 1 before it done, rsp included (rsp_adj)."""
        instr = node.instr
        assert instr is not None
        if instr.op0_kind == OpKind.MEMORY:
            self.pop_mem(node)
            return
        pops = [node, *run]
        used = [u for n in pops for u in n.used_registers()]
        sc = self.pick(node, 1, _reg_mask(used))
        r = sc.regs[0]
        self.load_user_rsp(r)
        if self.room(r) < 8 * len(pops):  # a run of pushes just checked it
            self.save_flags()
            self.check(r, self.check_fail(sc))
        popped: set[int] = set()
        for j, p in enumerate(pops):
            assert p.instr is not None
            dst = p.instr.op0_register
            self.rip = p.rip  # a fault here is this pop's
            spills = {k: v for k, v in sc.spills.items() if k not in popped}
            self.op(Instruction.create_reg_mem(Code.MOV_R64_RM64, dst, mem(reg_code(r), 8 * j)),
                    self.loc(spills, j))
            n = RegisterExt.number(RegisterExt.full_register(dst))
            popped.add(n)
            if self.displaced.pop(n, None) is not None and n == 0:
                self.flags_saved = False
        self.drop_killed()
        self.lea(r, mem(reg_code(r), 8 * len(pops)))
        self.store(frame_mem(abi.UB_FRAME_USER_RSP), r)
        self.unspill(sc)

    def leave(self, node: Node) -> None:
        sc = self.pick(node, 1, 1 << 5)
        r = sc.regs[0]
        self.op(Instruction.create_reg_reg(Code.MOV_R64_RM64, reg_code(r), Register.RBP))
        self.save_flags()
        self.check(r, self.check_fail(sc))
        self.op(
            Instruction.create_reg_mem(Code.MOV_R64_RM64, Register.RBP, mem(reg_code(r))),
            self.loc(sc.spills),
        )
        self.lea(r, mem(reg_code(r), 8))
        self.store(frame_mem(abi.UB_FRAME_USER_RSP), r)
        self.unspill(sc)

    def store_retaddr(self, reg: int, value: int, via: int, spills: dict[int, int]) -> None:
        """Write the user return address at [reg] through register ``via``:
        a user address is only ever an imm64 (:meth:`mov_addr`)."""
        self.mov_addr(via, value)
        self.op(
            Instruction.create_mem_reg(Code.MOV_RM64_R64, mem(reg_code(reg)), reg_code(via)),
            self.loc(spills),
        )

    def call(self, node: Node) -> None:
        instr = node.instr
        assert instr is not None and node.target is not None
        sc = self.pick(node, 2, 0)
        r, v = sc.regs
        self.load_user_rsp(r)
        self.lea(r, mem(reg_code(r), -8))
        self.save_flags()
        self.check(r, self.check_fail(sc))
        self.store_retaddr(r, instr.next_ip, v, sc.spills)
        self.store(frame_mem(abi.UB_FRAME_USER_RSP), r)
        self.unspill(sc)
        self.goto(node.target, backward=node.target <= node.rip)

    def budget(self, resume: int, then: Label) -> None:
        """frame.budget -= 1, then jmp ``then``; BUDGET exit at ``resume``
        instead when the budget would go negative.

        Where the flags are dead at ``resume`` (the loop head overwrites them
        before reading), ``sub [budget], 1 ; jge then`` -- a BUDGET exit
        leaves dead flags undefined.  Otherwise flag-free (rcx, jrcxz, lea),
        so loops pay no pushfq/popfq:

            mov [spill0], rcx ; mov rcx, [budget] ; jrcxz out
            lea rcx, [rcx-1]  ; mov [budget], rcx ; mov rcx, [spill0]
            jmp then
          out: mov qword [budget], -1 ; jmp BUDGET-stub (restores rcx)
        """
        if self.live.flags_dead_at(resume):
            budget = frame_mem(abi.UB_FRAME_BUDGET)
            self.op(Instruction.create_mem_i32(Code.SUB_RM64_IMM8, budget, 1))
            self.br(Code.JGE_REL32_64, then)
            self.br(Code.JMP_REL32_64, self.stub(resume, abi.ExitReason.BUDGET, {}, False))
            return
        spills = {1: _SLOT_BUDGET}
        self.store(spill_mem(_SLOT_BUDGET), 1)
        self.load(1, frame_mem(abi.UB_FRAME_BUDGET))
        out = Label("budget_out")
        self.br(Code.JRCXZ_REL8_64, out)
        self.lea(1, mem(Register.RCX, -1))
        self.store(frame_mem(abi.UB_FRAME_BUDGET), 1)
        self.load(1, spill_mem(_SLOT_BUDGET))
        self.br(Code.JMP_REL32_64, then)
        self.mark(out)
        self.op(Instruction.create_mem_i32(Code.MOV_RM64_IMM32, frame_mem(abi.UB_FRAME_BUDGET), -1))
        self.br(Code.JMP_REL32_64, self.stub(resume, abi.ExitReason.BUDGET, spills, False))

    def goto(self, target: int, *, backward: bool, share: bool = True) -> None:
        """jmp target; a back edge pays the budget first (its target's shared
        block, or inline: its only edge, or ``share`` off for a loop-closing
        jmp, which would otherwise take one more jump per iteration)."""
        self.settle()
        if backward and (not share or self.back_edges.get(target, 0) <= 1):
            self.budget(target, self.label(target))
        elif backward:
            self.br(Code.JMP_REL32_64, self.budget_block(target))
        else:
            self.br(Code.JMP_REL32_64, self.label(target))

    def budget_block(self, target: int) -> Label:
        """The budget decrement in front of ``target``, shared by every back
        edge to it.

        It is hot (a loop takes it every iteration), so it is laid out after
        the next unconditional transfer, near the loop, not with the cold
        code: a far block costs a taken jump to another page per iteration
        (and, under emulation, a translation-block lookup).

        Every back edge jumps here settled (user registers and flags home,
        nothing displaced), and the block is flag-free with a BUDGET exit
        that resumes at ``target``, so which edge came is irrelevant.
        """
        lab = self.budgets.get(target)
        if lab is None:
            lab = self.budgets[target] = Label(f"budget{target:#x}")
            assert not self.displaced and self.flags_home
            saved, self.buf, rip = self.buf, self.budget_buf, self.rip
            self.rip = target
            self.mark(lab)
            self.budget(target, self.label(target))
            self.buf, self.rip = saved, rip
        return lab

    def branch_to(self, code: CodeT, node: Node) -> None:
        """A conditional branch; backward ones go through the budget block."""
        assert node.target is not None
        if node.target > node.rip:
            self.br(code, self.label(node.target))
            return
        assert not self.displaced and self.flags_home
        self.br(code, self.budget_block(node.target))

    def jcc(self, node: Node) -> None:
        instr = node.instr
        assert instr is not None and node.fall is not None
        mn = instr.mnemonic
        if mn == Mnemonic.JRCXZ or mn == Mnemonic.LOOP:
            self.settle()
            if mn == Mnemonic.LOOP:
                self.lea(1, mem(Register.RCX, -1))
            # jrcxz only reaches 127 bytes: bounce through local jumps.
            zero, other = Label("rcx0"), Label("rcx!0")
            self.br(Code.JRCXZ_REL8_64, zero)
            self.br(Code.JMP_REL32_64, other)
            self.mark(zero)
            if mn == Mnemonic.JRCXZ:
                self.branch_to(Code.JMP_REL32_64, node)
                self.mark(other)
            else:
                self.br(Code.JMP_REL32_64, self.label(node.fall))
                self.mark(other)
                self.branch_to(Code.JMP_REL32_64, node)
            return
        self.settle()
        self.branch_to(_near_jcc(instr), node)

    def string(self, node: Node) -> None:
        instr = node.instr
        assert instr is not None
        size = _elem(instr)
        ptrs = []
        kinds = {instr.op_kind(i) for i in range(instr.op_count)}
        if OpKind.MEMORY_SEG_RSI in kinds:
            ptrs.append(6)
        if OpKind.MEMORY_ESRDI in kinds or OpKind.MEMORY_SEG_RDI in kinds:
            ptrs.append(7)
        rep = instr.has_rep_prefix or instr.has_repe_prefix or instr.has_repne_prefix
        if not rep:
            self.save_flags()
            for p in ptrs:
                self.check(p, self.check_fail({}))
            self.user_op(instr.copy(), self.loc({}))
            return
        sc = self.pick(node, 2, (1 << 1) | (1 << 6) | (1 << 7))
        t, u = sc.regs
        # Either direction (DF is not read): each pointer p and the byte
        # count t = rcx * size satisfy p < limit, p + t <= limit and
        # p >= t, so [p - t, p + t] is user memory (a p below its count
        # going up leaves through CHECK and runs natively); then the
        # budget.  One fixed sequence, which the validator matches whole.
        self.save_flags()
        fail = self.check_fail(sc)
        self.check(1, fail)
        self.lea(t, mem(Register.NONE, 0, Register.RCX, size))
        for p in ptrs:
            self.check(p, fail)
            self.lea(u, mem(reg_code(p), 0, reg_code(t), 1))
            self.check(u, fail, Code.JA_REL32_64)
            self.op(Instruction.create_reg_reg(Code.CMP_R64_RM64, reg_code(p), reg_code(t)))
            self.br(Code.JB_REL32_64, fail)
        self.rep_budget(t, sc)
        self.user_op(instr.copy(), self.loc(sc.spills))
        self.unspill(sc)

    def rep_budget(self, t: int, sc: _Scratch) -> None:
        """Charge frame.budget ``(rcx >> REP_SHIFT) + 1`` for the rep string
        instruction about to run (its address checks passed); BUDGET exit at
        it instead if that makes the budget negative.  Flags are saved or
        dead here; ``t`` is a scratch register.

            mov t, rcx ; shr t, REP_SHIFT ; not t     t = -(rcx >> REP_SHIFT) - 1
            add t, [budget] ; jl BUDGET               SF != OF: the true sum < 0
            mov [budget], t

        ``not`` folds the +1 into one ``add``, and ``jl`` reads the sign of
        the unwrapped sum, so no rcx (up to 2^64-1) can wrap the budget
        positive; it is stored only when it stays >= 0.
        """
        rcx, r = Register.RCX, reg_code(t)
        self.op(Instruction.create_reg_reg(Code.MOV_R64_RM64, r, rcx))
        self.op(Instruction.create_reg_i32(Code.SHR_RM64_IMM8, r, REP_SHIFT))
        self.op(Instruction.create_reg(Code.NOT_RM64, r))
        self.op(Instruction.create_reg_mem(Code.ADD_R64_RM64, r, frame_mem(abi.UB_FRAME_BUDGET)))
        self.clobber_flags()
        spills = {**self.displaced, **sc.temps}
        out = self.stub(self.rip, abi.ExitReason.BUDGET, spills, self.flags_saved)
        self.br(Code.JL_REL32_64, out)
        self.store(frame_mem(abi.UB_FRAME_BUDGET), t)

    # -- indirect transfers -------------------------------------------------

    def indirect(self, node: Node) -> None:
        """ret / jmp / call through a register or memory: look the target up.

        mov [T slot], T ; T = target (checked load) ; lahf; seto al
        budget-- (BUDGET before the instruction) ; user rsp updated
        jmp DISPATCH
        """
        instr = node.instr
        assert instr is not None
        self.settle()
        self.store(spill_mem(_SLOT_T), _T)
        self.stats.spills += 1
        adds: list[int] = []
        is_mem = node.kind is not Kind.RET and instr.op0_kind == OpKind.MEMORY
        if node.kind is Kind.RET:
            self.load(_T, frame_mem(abi.UB_FRAME_USER_RSP))
        elif is_mem:
            adds = self.address(_T, instr, None)
        elif instr.op0_register == _RSP:
            self.load(_T, frame_mem(abi.UB_FRAME_USER_RSP))
        elif RegisterExt.number(instr.op0_register) != _T:
            self.op(Instruction.create_reg_reg(Code.MOV_R64_RM64, reg_code(_T), instr.op0_register))
        self.save_flags()
        spills = {**self.displaced, _T: _SLOT_T}
        self.op(Instruction.create_mem_i32(Code.SUB_RM64_IMM8, frame_mem(abi.UB_FRAME_BUDGET), 1))
        self.flags_home = False
        self.br(Code.JL_REL32_64, self.stub(node.rip, abi.ExitReason.BUDGET, spills, True))
        fail = self.check_fail(spills)
        load_t = Instruction.create_reg_mem(Code.MOV_R64_RM64, reg_code(_T), mem(reg_code(_T)))
        if node.kind is Kind.RET:
            self.check(_T, fail)
            self.op(load_t, self.loc(spills))
            self.canonical(fail)
            pop = 8 + (instr.immediate16 if instr.code == Code.RETNQ_IMM16 else 0)
            self.op(Instruction.create_mem_i32(Code.ADD_RM64_IMM32, frame_mem(0), pop))
            self.flags_home = False
        elif is_mem:
            self.address_adds(_T, adds)
            self.check(_T, fail)
            self.op(load_t, self.loc(spills))
            self.canonical(fail)
        else:
            self.canonical(fail)
        if node.kind is Kind.CALL_IND:
            self.store(frame_mem(abi.UB_FRAME_AUX), _T)
            self.load(_T, frame_mem(abi.UB_FRAME_USER_RSP))
            self.lea(_T, mem(reg_code(_T), -8))
            self.check(_T, fail)
            # U carries the return address; the dispatcher saves it again
            self.store(spill_mem(_SLOT_U), _U)
            self.store_retaddr(_T, instr.next_ip, _U, {**spills, _U: _SLOT_U})
            self.load(_U, spill_mem(_SLOT_U))
            self.store(frame_mem(abi.UB_FRAME_USER_RSP), _T)
            self.load(_T, frame_mem(abi.UB_FRAME_AUX))
        if self.dispatch is None:
            self.dispatch = Label("dispatch")
        if node.kind is Kind.RET:
            preds = self.predicted.get(node.rip)
        elif node.kind is Kind.CALL_IND:
            preds = self.call_targets
        else:
            preds = None
        if preds:
            # Prediction: a ret's callers' return sites, an indirect call's
            # likely callees, first, each straight to the dispatcher's exit
            # for it (same state: T, U and rax in their slots, flags in rax);
            # else the tree.
            self.br(Code.JMP_REL32_64, self.predict_block(tuple(preds)))
        else:
            self.br(Code.JMP_REL32_64, self.dispatch)
        self.displaced.clear()  # the dispatcher owns them now
        self.flags_saved, self.flags_home = False, True

    def canonical(self, fail: Label) -> None:
        """A non-canonical target faults (#GP) on the branch itself, before
        rsp moves: leave through ``fail`` (state before the instruction).

        Fast path: T below addr_limit is canonical in any paging mode.  The
        cold path accepts 48-bit canonical addresses; anything else leaves
        through ``fail``, which is always safe (with 5-level paging a 57-bit
        canonical target just runs natively instead of missing).

            cmp T, [limit] ; jae slow     slow: mov [U slot], U ; mov U, 1 << 47
          back:                                 add U, T ; shr U, 48
                                                mov U, [U slot] ; je back ; jmp fail
        """
        slow, back = Label("canon"), Label("canon_back")
        self.check(_T, slow)
        self.stats.checks -= 1
        self.mark(back)
        saved, self.buf = self.buf, self.cold
        u = reg_code(_U)
        self.mark(slow)
        self.store(spill_mem(_SLOT_U), _U)
        self.mov_imm(_U, 1 << 47)
        self.op(Instruction.create_reg_reg(Code.ADD_RM64_R64, u, reg_code(_T)))
        self.op(Instruction.create_reg_i32(Code.SHR_RM64_IMM8, u, 48))
        self.load(_U, spill_mem(_SLOT_U))
        self.br(Code.JE_REL32_64, back)
        self.br(Code.JMP_REL32_64, fail)
        self.buf = saved

    def emit_dispatch(self) -> None:
        """The compare tree over known targets (cold, shared by all sites).

        On entry T holds the target, rax the lahf/seto image of the flags,
        and the user values of T and rax are in their slots; U is saved
        here.  Every way out restores all three and the flags (cheaply:
        cmp al, 0x81; sahf), so the target sees exact user state.
        """
        if self.dispatch is None:
            return
        self.buf = self.cold
        self.rip = 0
        self.mark(self.dispatch)
        self.store(spill_mem(_SLOT_U), _U)
        self.mark(self.dispatch_body)
        targets = sorted(self.region.known)
        miss = Label("miss")
        hits = [self.hit(t) for t in targets]
        self._tree(targets, hits, 0, len(targets) - 1, miss)
        restore = {0: _SLOT_RAX, _U: _SLOT_U, _T: _SLOT_T}
        for t, hit in zip(targets, hits, strict=True):
            self.rip = t
            self.mark(hit)
            self._leave_dispatch(restore)
            self.br(Code.JMP_REL32_64, self.label(t))
        self.rip = 0
        self.mark(miss)
        self.store(frame_mem(abi.UB_FRAME_AUX), _T)
        self._leave_dispatch(restore)
        self.exit_inline(0, abi.ExitReason.MISS)

    def predict_block(self, preds: tuple[int, ...]) -> Label:
        """Cold code shared by the sites predicting ``preds``: compare T with
        each, straight to the dispatcher's exit on a match, else the tree."""
        lab = self.predicts.get(preds)
        if lab is None:
            lab = self.predicts[preds] = Label("predict")
            saved, self.buf, rip = self.buf, self.cold, self.rip
            self.rip = 0
            self.mark(lab)
            self.store(spill_mem(_SLOT_U), _U)
            for p in preds:
                self.mov_addr(_U, p)
                self.op(Instruction.create_reg_reg(Code.CMP_R64_RM64, reg_code(_T), reg_code(_U)))
                self.br(Code.JE_REL32_64, self.hit(p))
            self.br(Code.JMP_REL32_64, self.dispatch_body)
            self.buf, self.rip = saved, rip
        return lab

    def hit(self, target: int) -> Label:
        """The dispatcher's way out to known ``target`` (restores and jumps)."""
        lab = self.hits.get(target)
        if lab is None:
            lab = self.hits[target] = Label(f"hit{target:#x}")
        return lab

    def _leave_dispatch(self, restore: dict[int, int]) -> None:
        self.flags_saved = True
        self.restore_flags()
        for reg, slot in restore.items():
            self.load(reg, spill_mem(slot))

    def _tree(self, targets: list[int], hits: list[Label], lo: int, hi: int, miss: Label) -> None:
        while lo <= hi:
            mid = (lo + hi) // 2
            self.mov_addr(_U, targets[mid])
            self.op(Instruction.create_reg_reg(Code.CMP_R64_RM64, reg_code(_T), reg_code(_U)))
            self.br(Code.JE_REL32_64, hits[mid])
            if lo < mid:
                left = Label("lt")
                self.br(Code.JB_REL32_64, left)
                self._tree(targets, hits, mid + 1, hi, miss)
                self.mark(left)
                hi = mid - 1
            else:
                lo = mid + 1
        self.br(Code.JMP_REL32_64, miss)

    # -- driver -------------------------------------------------------------

    def unroll(self, body: list[Node], copies: int, prev_falls: bool) -> None:
        """The loop ``body`` (:mod:`unroll`) laid out ``copies`` times: each
        copy but the last leaves by the inverted branch to the loop's exit,
        the last goes back through the budget; what the copies know (checked
        pointers moving up within their guard) carries from one to the next."""
        self.stats.unrolled += 1
        for n in range(copies):
            for i, node in enumerate(body):
                self.node(node, prev_falls if n == i == 0 else True, copy=n > 0,
                          leave=n < copies - 1)

    def node(self, node: Node, prev_falls: bool, run: Sequence[Node] = (),
             copy: bool = False, leave: bool = False) -> None:
        """Mangle ``node`` (and the pushes or pops of ``run`` after it, as one);
        ``copy``: again, in a later copy of an unrolled loop, reached only by
        falling through from the copy before (no label, not counted);
        ``leave``: a jcc that closes such a copy but the last, so it leaves
        the loop on the inverted condition and falls into the next copy."""
        labelled = node.rip in self.region.labelled and not copy
        if prev_falls and labelled:
            self.settle()
        assert not self.displaced or prev_falls
        self.rip = node.rip
        if not prev_falls or labelled:
            self.flags_saved = False
            self.flags_home = True
        if not copy:
            known = self.checked, self.past, self.rsp_copy
            self.mark(self.label(node.rip))
            if prev_falls and not labelled:  # only reached by falling through
                self.checked, self.past, self.rsp_copy = known
        kind = node.kind
        self.uses, self.kill = self.live.use_kill.get(node.rip, (0, 0))
        for n in run:
            self.uses |= self.live.use_kill.get(n.rip, (0, 0))[0]
        self.flags_dead = kind not in _FLAGS_ALWAYS_SAVED and self.live.flags_dead_at(node.rip)
        self.regs_for_user()  # their user values may be address registers
        if kind in (Kind.END, Kind.SYSCALL):
            self.settle()
        if kind is Kind.END:
            self.ends.append((node.rip, node.reason))
            self.exit_inline(node.rip, abi.ExitReason.END)
            return
        instr = node.instr
        assert instr is not None
        for n in (node, *run):
            assert n.instr is not None
            self.stats.insns += not copy
            self.stats.original_bytes += 0 if copy else n.instr.len
        if kind is Kind.SYSCALL:
            self.ends.append((node.rip, "syscall"))
            self.exit_inline(instr.next_ip, abi.ExitReason.SYSCALL)
        elif kind is Kind.JMP:
            assert node.target is not None
            self.goto(node.target, backward=node.target <= node.rip, share=False)
        elif kind is Kind.JCC and leave:
            assert node.fall is not None
            inverted = instr.copy()
            inverted.negate_condition_code()
            self.settle()
            self.br(_near_jcc(inverted), self.label(node.fall))
        elif kind is Kind.JCC:
            self.jcc(node)
        elif kind is Kind.CALL:
            self.call(node)
        elif kind in (Kind.RET, Kind.JMP_IND, Kind.CALL_IND):
            self.indirect(node)
        elif instr.mnemonic == Mnemonic.PUSH:
            self.push(node, run)
        elif instr.mnemonic == Mnemonic.POP:
            self.pop(node, run)
        elif instr.mnemonic == Mnemonic.LEAVE:
            self.leave(node)
        elif instr.is_string_instruction:
            self.string(node)
        elif instr.mnemonic != Mnemonic.ENDBR64:
            self.generic(node)
        self.drop_killed()


def mangle(region: Region, live: Liveness) -> Mangled:
    """Rewrite the whole region: hot code in address order, then cold stubs."""
    m = _Mangler(region, live)
    order = sorted(region.nodes)
    prev_fall: int | None = None
    i = 0
    while i < len(order):
        node = region.nodes[order[i]]
        body, copies = unrolled(region, node.rip, m.back_edges)
        if copies > 1 and order[i:i + len(body)] == [n.rip for n in body]:
            m.unroll(body, copies, prev_fall == node.rip)
            i += len(body) - 1
            node, run = body[-1], []
        else:
            run = _stack_run(region, order, i)
            m.node(node, prev_fall == node.rip, run)
        i += len(run)
        node = run[-1] if run else node
        prev_fall = node.fall if node.kind in (Kind.PLAIN, Kind.JCC) else None
        i += 1
        nxt = order[i] if i < len(order) else None
        if prev_fall is not None and prev_fall != nxt:
            m.settle()
            m.br(Code.JMP_REL32_64, m.label(prev_fall))
            prev_fall = None
        if prev_fall is None and m.budget_buf:
            m.hot.extend(m.budget_buf)  # loop budget blocks near their loops
            m.budget_buf.clear()
        if prev_fall is None and m.stub_buf:
            m.hot.extend(_relay_tails(m.stub_buf))  # exit stubs near their checks: short jcc
            m.stub_buf.clear()

    m.emit_dispatch()
    hot = m.hot + m.budget_buf
    return Mangled(hot + m.cold + m.stub_buf + m.tail_buf, m.labels, m.exits, m.stats, m.ends)


#: A run of pushes or pops accesses the stack through one checked register
#: at displacements up to 8 * (this - 1), within the validator's GUARD, and
#: its fault entries' rsp adjustments stay within the ABI's.
_MAX_STACK_RUN = abi.UB_RSP_ADJ_MAX
_PUSHES = frozenset({Code.PUSH_R64, Code.PUSHQ_IMM8, Code.PUSHQ_IMM32})
_POPS = frozenset({Code.POP_R64})


def _stack_code(node: Node) -> frozenset[CodeT] | None:
    """The codes a run starting at ``node`` may hold: pushes of registers
    and immediates, or pops into registers; never rsp itself."""
    instr = node.instr
    if node.kind is not Kind.PLAIN or instr is None or (
            instr.op0_kind == OpKind.REGISTER and instr.op0_register == _RSP):
        return None
    if instr.code in _PUSHES:
        return _PUSHES
    return _POPS if instr.code in _POPS else None


def _stack_run(region: Region, order: list[int], i: int) -> list[Node]:
    """The pushes (pops) right after ``order[i]`` that it can be mangled
    with: a prologue saves its callee-saved registers in a row, an epilogue
    restores them, and each push or pop alone pays a load, a check and a
    store of the user rsp.  Only nodes reached by falling through."""
    first = region.nodes[order[i]]
    codes = _stack_code(first)
    if codes is None:
        return []
    run: list[Node] = []
    prev = first
    for rip in order[i + 1:i + _MAX_STACK_RUN]:
        node = region.nodes[rip]
        if prev.fall != rip or rip in region.labelled or _stack_code(node) is not codes:
            break
        run.append(node)
        prev = node
    return run


#: Return prediction compares at most this many return sites before the tree.
_MAX_PREDICTED = 2


def _predict_returns(region: Region) -> dict[int, list[int]]:
    """Per ``ret``: the return sites its function's callers are likely at.

    A heuristic (a wrong guess only costs the compare tree): the function of
    a ``ret`` is the nearest direct-call target or region entry at or below
    it; its callers are the direct calls to that address, or -- when nothing
    calls it directly (entered by an indirect call) -- the indirect calls.
    Only known targets (the dispatcher has an exit for them), at most
    :data:`_MAX_PREDICTED`.
    """
    known = set(region.known)
    callers: dict[int, list[int]] = {}
    indirect: list[int] = []
    rets: list[int] = []
    for node in region.nodes.values():
        if node.kind is Kind.CALL and node.target is not None and node.fall in known:
            callers.setdefault(node.target, []).append(node.fall)
        elif node.kind is Kind.CALL_IND and node.fall in known:
            indirect.append(node.fall)
        elif node.kind is Kind.RET:
            rets.append(node.rip)
    starts = sorted(set(callers) | set(region.entries))
    out: dict[int, list[int]] = {}
    for rip in rets:
        i = bisect.bisect_right(starts, rip) - 1
        if i < 0:
            continue
        sites = callers.get(starts[i], indirect)
        sites = list(dict.fromkeys(sites))
        if 0 < len(sites) <= _MAX_PREDICTED:
            out[rip] = sites
    return out


def _relay_tails(stubs: list[Item]) -> list[Item]:
    """Exit stubs laid out together that jump to the same tail: all but the
    last jump (short) to the last one's ``jmp tail`` instead of to the tail
    (far, at the end of the code).  Same path, fewer bytes.
    """
    last: dict[int, int] = {}
    for i, item in enumerate(stubs):
        if type(item) is Br and item.code == Code.JMP_REL32_64:
            last[item.target.id] = i
    if len(last) == sum(1 for it in stubs if type(it) is Br):
        return stubs  # no tail shared inside this group
    relays: dict[int, Label] = {}
    for i, item in enumerate(stubs):
        if type(item) is Br and item.code == Code.JMP_REL32_64 and last[item.target.id] != i:
            tail = item.target.id
            relay = relays.get(tail)
            if relay is None:
                relay = relays[tail] = Label("relay")
            item.target = relay
    out: list[Item] = []
    for i, item in enumerate(stubs):
        if type(item) is Br and item.code == Code.JMP_REL32_64:
            relay = relays.get(item.target.id) if last.get(item.target.id) == i else None
            if relay is not None:
                out.append(Mark(relay))
        out.append(item)
    return out


def _predict_calls(region: Region) -> list[int]:
    """Likely targets of indirect calls: the region's entries that are not
    return sites or syscall continuations (a MISS at an indirect call grows
    the region with its callee as an entry), newest first, if at most
    :data:`_MAX_PREDICTED`; a wrong guess only costs the compare tree.
    """
    other: set[int] = set()
    for node in region.nodes.values():
        if node.kind in (Kind.CALL, Kind.CALL_IND, Kind.SYSCALL) and node.instr is not None:
            other.add(node.instr.next_ip)
    known = set(region.known)
    cands = [e for e in reversed(region.entries) if e not in other and e in known]
    cands = list(dict.fromkeys(cands))
    return cands if len(cands) <= _MAX_PREDICTED else []


def _reg_mask(used: Sequence[UsedRegister]) -> int:
    mask = 0
    for u in used:
        reg = u.register
        if RegisterExt.is_gpr(reg):
            mask |= 1 << RegisterExt.number(RegisterExt.full_register(reg))
    return mask


def _subst_rsp(instr: Instruction, r: int) -> None:
    """Replace rsp/esp register operands and an rsp base by scratch ``r``."""
    for i in range(instr.op_count):
        if instr.op_kind(i) == OpKind.REGISTER:
            reg = instr.op_register(i)
            if reg == Register.RSP:
                instr.set_op_register(i, reg_code(r))
            elif reg == Register.ESP:
                instr.set_op_register(i, as_reg(Register.EAX + r))
    if instr.memory_base == Register.RSP:
        instr.memory_base = reg_code(r)


_HIGH_BYTES = frozenset({Register.AH, Register.CH, Register.DH, Register.BH})


def _uses_high_byte(instr: Instruction) -> bool:
    return any(
        instr.op_kind(i) == OpKind.REGISTER and instr.op_register(i) in _HIGH_BYTES
        for i in range(instr.op_count)
    )


_CACHE_LINE_SHIFT = 6  # 64-byte lines: the split-lock granule


def _locked(instr: Instruction) -> bool:
    """An atomic read-modify-write: ``lock`` prefixed, or xchg with memory."""
    return instr.has_lock_prefix or instr.mnemonic == Mnemonic.XCHG


def _mem_size(instr: Instruction) -> int:
    return int(MemorySizeExt.size(instr.memory_size))


def _direct_base(instr: Instruction) -> bool:
    """``[reg+d]``, ``0 <= d``, ``d + size <= GUARD``: check the user register
    itself.  Past a checked register lies at most the guard page below the
    non-canonical hole, which faults natively too (the fault map returns
    such an access to user mode, where it faults the same way)."""
    base = instr.memory_base
    size = _mem_size(instr)
    return (
        base not in (Register.NONE, Register.RIP, _RSP)
        and instr.memory_index == Register.NONE
        and size > 0 and instr.memory_displacement + size <= GUARD
        and instr.memory_segment not in (Register.FS, Register.GS)
    )


def _direct_rsp(instr: Instruction) -> bool:
    """``[rsp+d]`` as :func:`_direct_base` allows ``[reg+d]``: through the
    register holding the user rsp, checked."""
    size = _mem_size(instr)
    return (
        instr.memory_base == _RSP and instr.memory_index == Register.NONE
        and size > 0 and instr.memory_displacement + size <= GUARD
        and instr.memory_segment not in (Register.FS, Register.GS)
    )


def _set_mem(instr: Instruction, base: Reg) -> None:
    instr.memory_base = base
    instr.memory_index = Register.NONE
    instr.memory_index_scale = 1
    instr.memory_displacement = 0
    instr.memory_displ_size = 0
    instr.segment_prefix = Register.NONE


def _elem(instr: Instruction) -> int:
    """Element size of a string instruction, from its mnemonic's suffix."""
    name = _MNEMONIC_NAMES.get(instr.mnemonic, "b")
    return {"b": 1, "w": 2, "d": 4, "q": 8}[name[-1]]


_MNEMONIC_NAMES = {
    getattr(Mnemonic, n): n.lower()
    for n in dir(Mnemonic)
    if not n.startswith("_") and isinstance(getattr(Mnemonic, n), int)
}

_JCC_NEAR: dict[int, CodeT] = {
    Mnemonic.JO: Code.JO_REL32_64, Mnemonic.JNO: Code.JNO_REL32_64,
    Mnemonic.JB: Code.JB_REL32_64, Mnemonic.JAE: Code.JAE_REL32_64,
    Mnemonic.JE: Code.JE_REL32_64, Mnemonic.JNE: Code.JNE_REL32_64,
    Mnemonic.JBE: Code.JBE_REL32_64, Mnemonic.JA: Code.JA_REL32_64,
    Mnemonic.JS: Code.JS_REL32_64, Mnemonic.JNS: Code.JNS_REL32_64,
    Mnemonic.JP: Code.JP_REL32_64, Mnemonic.JNP: Code.JNP_REL32_64,
    Mnemonic.JL: Code.JL_REL32_64, Mnemonic.JGE: Code.JGE_REL32_64,
    Mnemonic.JLE: Code.JLE_REL32_64, Mnemonic.JG: Code.JG_REL32_64,
}  # fmt: skip


def _near_jcc(instr: Instruction) -> CodeT:
    return _JCC_NEAR[instr.mnemonic]
