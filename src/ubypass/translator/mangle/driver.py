"""The driver: the region's instructions in address order, each to the
rewrite of its class, single-block loops unrolled (translator.unroll),
then the cold code.
"""

from __future__ import annotations

from collections.abc import Sequence

from iced_x86 import Code, Mnemonic

from ubypass import abi
from ubypass.translator.isa import Kind
from ubypass.translator.liveness import Liveness
from ubypass.translator.mangle.budget import _near_jcc
from ubypass.translator.mangle.exits import _relay_tails
from ubypass.translator.mangle.indirect import Indirect
from ubypass.translator.mangle.stack import _stack_run
from ubypass.translator.mangle.state import _FLAGS_ALWAYS_SAVED, Mangled
from ubypass.translator.region import Node, Region
from ubypass.translator.unroll import unrolled


class _Mangler(Indirect):
    """One region's mangling: the rewrites of every class, and the walk."""

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
