"""The user stack: push, pop, leave and direct calls through the user rsp
the frame holds, a run of pushes or pops with one check and one commit.
"""

from __future__ import annotations

from collections.abc import Sequence

from iced_x86 import Code, Instruction, OpKind, Register, RegisterExt

from ubypass import abi
from ubypass.translator.ir import CodeT, frame_mem, mem, reg_code
from ubypass.translator.isa import Kind
from ubypass.translator.mangle.budget import Budget
from ubypass.translator.mangle.checks import _reg_mask
from ubypass.translator.mangle.state import _RSP, _i32
from ubypass.translator.region import Node, Region

#: A run of pushes or pops accesses the stack through one checked register
#: at displacements up to 8 * (this - 1), within the validator's GUARD, and
#: its fault entries' rsp adjustments stay within the ABI's.
_MAX_STACK_RUN = abi.UB_RSP_ADJ_MAX
_PUSHES = frozenset({Code.PUSH_R64, Code.PUSHQ_IMM8, Code.PUSHQ_IMM32})
_POPS = frozenset({Code.POP_R64})


class Stack(Budget):
    """Stack instructions and direct calls."""

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
