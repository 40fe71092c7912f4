"""An image's parts: where the header fields, the code and each table lie.

Read-only views over the bytes; mutators write through offsets computed
here, so a mutation says exactly which bytes it changed.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

from ubypass import abi

__all__ = ["HDR_FIELDS", "TABLES", "Insn", "Layout", "decode"]

#: (field name, offset, size) of every header field.
HDR_FIELDS: tuple[tuple[str, int, int], ...] = tuple(
    (f[0], getattr(abi.UbImageHdr, f[0]).offset, getattr(abi.UbImageHdr, f[0]).size)
    for f in abi.UbImageHdr._fields_
)

#: table name -> (offset field, count field, element struct).
TABLES: dict[str, tuple[str, str, type[ctypes.Structure]]] = {
    "entry": ("entry_off", "nr_entries", abi.UbEntry),
    "exit": ("exit_off", "nr_exits", abi.UbExit),
    "fault": ("fault_off", "nr_faults", abi.UbFault),
    "reloc": ("reloc_off", "nr_relocs", abi.UbReloc),
    "range": ("range_off", "nr_ranges", abi.UbRange),
}


@dataclass(frozen=True)
class Insn:
    """One decoded instruction of the code (offsets relative to the code)."""

    off: int
    length: int
    code: int  # iced_x86.Code
    mnemonic: str
    disp_off: int  # offset of the displacement within the insn (0: none)
    disp_size: int
    branch: int  # near branch target (code offset, may be < 0), if branch_size
    branch_size: int  # bytes of the branch's relative field (1 or 4), 0 if none
    mem_base: int  # iced_x86.Register of the memory operand's base (0: none)
    mem_disp: int


def decode(code: bytes) -> list[Insn]:
    """Linear sweep of BTC code (the translator emits no data in it)."""
    from iced_x86 import Code, Decoder, OpKind

    names = {v: k for k, v in vars(Code).items() if isinstance(v, int)}
    out: list[Insn] = []
    dec = Decoder(64, code, ip=0)
    for ins in dec:
        co = dec.get_constant_offsets(ins)
        mem = any(ins.op_kind(i) == OpKind.MEMORY for i in range(ins.op_count))
        branch, branch_size = -1, 0
        if ins.is_jcc_short_or_near or ins.is_jmp_short_or_near or ins.is_call_near:
            branch = ins.near_branch_target
            if branch >= 1 << 63:  # before the code: the decoder wraps around
                branch -= 1 << 64
            branch_size = 1 if "REL8" in names.get(ins.code, "") else 4
        out.append(Insn(
            off=ins.ip, length=ins.len, code=ins.code, mnemonic=names.get(ins.code, "?"),
            disp_off=co.displacement_offset if co.has_displacement else 0,
            disp_size=co.displacement_size if co.has_displacement else 0,
            branch=branch, branch_size=branch_size,
            mem_base=ins.memory_base if mem else 0,
            mem_disp=ins.memory_displacement if mem else 0,
        ))
    return out


@dataclass(frozen=True)
class Layout:
    """The header of an image and the byte ranges of its parts."""

    hdr: abi.UbImageHdr
    size: int

    @classmethod
    def of(cls, blob: bytes) -> Layout:
        if len(blob) < ctypes.sizeof(abi.UbImageHdr):
            raise ValueError(f"an image of {len(blob)} bytes has no header")
        return cls(abi.UbImageHdr.from_buffer_copy(blob), len(blob))

    @property
    def code_range(self) -> tuple[int, int]:
        return int(self.hdr.code_off), int(self.hdr.code_off) + int(self.hdr.code_size)

    def table(self, name: str) -> tuple[int, int, int]:
        """(offset, count, element size) of table ``name``."""
        off_f, nr_f, struct = TABLES[name]
        return int(getattr(self.hdr, off_f)), int(getattr(self.hdr, nr_f)), ctypes.sizeof(struct)

    def elements(self, blob: bytes, name: str) -> list[ctypes.Structure]:
        off, n, size = self.table(name)
        struct = TABLES[name][2]
        return [struct.from_buffer_copy(blob, off + i * size) for i in range(n)]

    def code(self, blob: bytes) -> bytes:
        lo, hi = self.code_range
        return blob[lo:hi]

    def reloc_fields(self, blob: bytes) -> list[tuple[int, int]]:
        """[start, end) in code offsets of every relocated field (patched at install)."""
        return [(int(r.code_off), int(r.code_off) + 4) for r in self.elements(blob, "reloc")]
