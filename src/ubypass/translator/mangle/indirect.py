"""Indirect transfers: ret, jmp and call through a register or memory look
their target up in a compare tree over the region's known targets (a
predicted one or two first); a miss leaves through a MISS exit.
"""

from __future__ import annotations

import bisect

from iced_x86 import Code, Instruction, OpKind, RegisterExt

from ubypass import abi
from ubypass.translator.ir import Label, frame_mem, mem, reg_code, spill_mem
from ubypass.translator.isa import Kind
from ubypass.translator.liveness import Liveness
from ubypass.translator.mangle.stack import Stack
from ubypass.translator.mangle.state import _RSP, _SLOT_RAX, _SLOT_T, _SLOT_U, _T, _U
from ubypass.translator.region import Node, Region

#: Return prediction compares at most this many return sites before the tree.
_MAX_PREDICTED = 2


class Indirect(Stack):
    """Indirect transfers and the dispatcher."""

    def __init__(self, region: Region, live: Liveness) -> None:
        super().__init__(region, live)
        self.predicted = _predict_returns(region)  # ret -> its likely return sites
        self.call_targets = _predict_calls(region)  # likely callees of indirect calls

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
