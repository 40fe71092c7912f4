"""Exits: the stubs and shared tails through which BTC code leaves, and the
fault map's view of where each user value is.

Every exit reports the exact state before the original instruction, so
each one restores the displaced registers and the flags it finds; the
restoring is shared by all exits with the same set to restore.
"""

from __future__ import annotations

from iced_x86 import Code, Instruction

from ubypass import abi
from ubypass.translator.ir import Br, ExitJmp, Item, Label, Mark, frame_mem, spill_mem
from ubypass.translator.mangle.state import State, _Scratch


class ExitCode(State):
    """Exit stubs, their shared tails, fault-map locations."""

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

    def check_fail(self, sc: _Scratch | dict[int, int]) -> Label:
        extra = sc.temps if isinstance(sc, _Scratch) else sc
        spills = {**self.displaced, **extra}
        return self.stub(self.rip, abi.ExitReason.CHECK, spills, self.flags_saved)


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
