"""Hand-made BTC images: the runtime's tests must not depend on the translator.

``BtcBlock`` is an :class:`~ubypass.hostrt.asm.Block` that knows the BTC
conventions (exit stubs with their relocation, fault-map marks, entry labels);
``HandImage`` serialises the result in the ABI layout and can break any rule
on request, so validation is tested one rule at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from iced_x86 import Instruction

from ubypass import abi
from ubypass.hostrt.asm import Block, Label, R, mem, op

__all__ = ["BtcBlock", "HandImage", "locs"]

#: A placeholder target for exit jumps; relocation replaces the rel32 field.
_EXIT_PLACEHOLDER = 0x4000_0000


def locs(**where: int) -> list[int]:
    """A fault-map ``loc`` list: every register home unless named (``rcx=0x40``)."""
    names = (*abi.GPR_NAMES, "flags")
    out = [abi.UB_LOC_HOME] * abi.UB_NR_LOCS
    for name, value in where.items():
        out[names.index(name)] = value
    return out


@dataclass
class HandImage:
    code: bytes
    entries: list[tuple[int, int]]  # (user_rip, code_off)
    exits: list[tuple[int, int]]  # (reason, user_rip)
    faults: list[tuple[int, int, list[int]]] = field(default_factory=list)
    relocs: list[int] = field(default_factory=list)
    text: tuple[int, int] = (0, 0)

    def blob(self, **hdr_overrides: int) -> bytes:
        """The image bytes; header fields can be overridden to break rules."""
        faults = []
        for code_off, user_rip, loc in self.faults:
            f = abi.UbFault(code_off=code_off, user_rip=user_rip)
            f.loc[:] = loc
            faults.append(f)
        out = bytearray(
            abi.pack_image(
                self.code,
                self.text,
                [abi.UbEntry(user_rip=r, code_off=o) for r, o in self.entries],
                [abi.UbExit(user_rip=r, reason=w) for w, r in self.exits],
                faults,
                [
                    abi.UbReloc(code_off=o, type=abi.RelocType.REL32, sym=abi.Sym.EXIT)
                    for o in self.relocs
                ],
            )
        )
        hdr = abi.UbImageHdr.from_buffer(out)
        for name, value in hdr_overrides.items():
            setattr(hdr, name, value)
        return bytes(out)


class BtcBlock(Block):
    """A block of BTC code with exit stubs, fault marks and entry labels."""

    def __init__(self) -> None:
        super().__init__()
        self._exit_jumps: list[int] = []
        self._fault_marks: list[tuple[int, int, list[int]]] = []
        self._entries: list[tuple[int, Label]] = []

    def entry(self, user_rip: int) -> None:
        """The next instruction is where BTC code for ``user_rip`` starts."""
        label = self.label()
        self.bind(label)
        self._entries.append((user_rip, label))

    def exit(self, exit_id: int, aux_from: object = None) -> None:
        """``mov frame.exit_id, id; jmp UB_SYM_EXIT`` (relocated)."""
        self.add(op("MOV_RM64_IMM32", mem(R.RSP, abi.UB_FRAME_EXIT_ID), exit_id))
        self._exit_jumps.append(self.jump("JMP_REL32_64", _EXIT_PLACEHOLDER))

    def faulting(self, instr: Instruction, user_rip: int, loc: list[int]) -> None:
        """An instruction that may fault, standing for the one at ``user_rip``."""
        self._fault_marks.append((self.add(instr), user_rip, loc))

    def image(
        self, exits: list[tuple[int, int]], text: tuple[int, int] | None = None
    ) -> HandImage:
        """The image; ``text`` defaults to the smallest range holding every entry."""
        code, offsets, labels = self.encode(0)
        relocs = []
        for index in self._exit_jumps:
            if code[offsets[index]] != 0xE9:
                raise ValueError("exit jump was not encoded as jmp rel32")
            relocs.append(offsets[index] + 1)
        faults = sorted((offsets[i], rip, loc) for i, rip, loc in self._fault_marks)
        entries = sorted((rip, labels[label.ip]) for rip, label in self._entries)
        if text is None:
            rips = [rip for rip, _ in entries]
            text = (min(rips), max(rips) + 1) if rips else (0, 0)
        return HandImage(code, entries, exits, faults, relocs, text)
