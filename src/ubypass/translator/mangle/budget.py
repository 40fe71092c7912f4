"""The budget: every back edge and every rep string instruction pays, so a
BTC run with preemption off is bounded (docs/abi.md).
"""

from __future__ import annotations

from iced_x86 import Code, Instruction, Mnemonic, OpKind, Register

from ubypass import abi
from ubypass.translator.ir import CodeT, Label, frame_mem, mem, reg_code, spill_mem
from ubypass.translator.mangle.checks import Checks
from ubypass.translator.mangle.state import _SLOT_BUDGET, _Scratch
from ubypass.translator.region import Node

#: A rep string instruction costs ``(rcx >> REP_SHIFT) + 1`` budget units:
#: one per 64 iterations.  A unit stands for one loop iteration, tens to a
#: hundred cycles; 64 iterations of cmps/scas/lods (a cycle or two each) or
#: of fast-string movs/stos (64 bytes up to 512 for movsq, a few tens of
#: cycles) cost about the same.  So the budget bounds a BTC run with rep to
#: the same order of time as one with loops: 65536 units are at most 4M
#: iterations (32 MiB of rep movsq, a few ms), where an unbounded rcx could
#: sweep all of populated memory with preemption off.
REP_SHIFT = 6
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


class Budget(Checks):
    """Back edges, conditional branches and rep strings, paying the budget."""

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


def _elem(instr: Instruction) -> int:
    """Element size of a string instruction, from its mnemonic's suffix."""
    name = _MNEMONIC_NAMES.get(instr.mnemonic, "b")
    return {"b": 1, "w": 2, "d": 4, "q": 8}[name[-1]]


def _near_jcc(instr: Instruction) -> CodeT:
    return _JCC_NEAR[instr.mnemonic]
