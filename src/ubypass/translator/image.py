"""The image: header, code and the entry/exit/fault/reloc tables as ABI v1 bytes.

Also :func:`validate`, the rules of docs/abi.md that every runtime applies,
so the translator checks its own output before anyone else sees it.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Sequence

from ubypass import abi

__all__ = ["build", "exit_table", "validate"]


def build(
    code: bytes,
    ranges: Sequence[tuple[int, int]],
    entries: Sequence[tuple[int, int]],
    exits: Sequence[tuple[int, int]],
    faults: Sequence[tuple[int, int, bytes]],
    relocs: Sequence[int],
) -> bytes:
    """Lay out an image; entries (user_rip, code_off), exits (user_rip, reason).

    ``ranges`` are the sorted, disjoint user code ranges it was made from.
    """
    fault_entries = []
    for off, rip, loc in sorted(faults, key=lambda f: f[0]):
        f = abi.UbFault(code_off=off, user_rip=rip)
        f.loc[:] = list(loc)
        fault_entries.append(f)
    out = abi.pack_image(
        code,
        (ranges[0][0], ranges[-1][1]) if ranges else (0, 0),
        [abi.UbEntry(user_rip=rip, code_off=off) for rip, off in sorted(entries)],
        [abi.UbExit(user_rip=rip, reason=reason) for rip, reason in exits],
        fault_entries,
        [
            abi.UbReloc(code_off=off, type=abi.RelocType.REL32, sym=abi.Sym.EXIT)
            for off in sorted(relocs)
        ],
        ranges,
    )
    validate(out)
    return out


def _table(image: bytes, off: int, n: int, cls: type[ctypes.Structure]) -> list[ctypes.Structure]:
    size = ctypes.sizeof(cls)
    return [cls.from_buffer_copy(image, off + i * size) for i in range(n)]


def exit_table(image: bytes) -> list[tuple[int, int]]:
    """(user rip, reason) per exit id of a valid image: what the kernel's
    per-exit counters are counts of."""
    h = abi.UbImageHdr.from_buffer_copy(image)
    return [(x.user_rip, x.reason) for x in _table(image, h.exit_off, h.nr_exits, abi.UbExit)]


def validate(image: bytes) -> None:
    """Raise ValueError unless ``image`` passes docs/abi.md's acceptance rules."""
    hs = ctypes.sizeof(abi.UbImageHdr)
    if len(image) < hs:
        raise ValueError("image shorter than its header")
    h = abi.UbImageHdr.from_buffer_copy(image)
    if h.magic != abi.UB_IMAGE_MAGIC or h.version != abi.UB_IMAGE_VERSION:
        raise ValueError("bad magic or version")
    if h.hdr_size != hs or h.total_size != len(image) or h.flags:
        raise ValueError("bad header size, total size or flags")
    if h.code_off % abi.UB_CODE_ALIGN or h.code_off + h.code_size > h.total_size:
        raise ValueError("code out of bounds or misaligned")
    for off, n, cls in (
        (h.entry_off, h.nr_entries, abi.UbEntry),
        (h.exit_off, h.nr_exits, abi.UbExit),
        (h.fault_off, h.nr_faults, abi.UbFault),
        (h.reloc_off, h.nr_relocs, abi.UbReloc),
        (h.range_off, h.nr_ranges, abi.UbRange),
    ):
        if off % abi.UB_TABLE_ALIGN or off + n * ctypes.sizeof(cls) > h.total_size:
            raise ValueError(f"{cls.__name__} table out of bounds or misaligned")
    if h.nr_exits < 1:
        raise ValueError("no exits")
    entries = _table(image, h.entry_off, h.nr_entries, abi.UbEntry)
    rips = [e.user_rip for e in entries]
    if rips != sorted(set(rips)):
        raise ValueError("entries not sorted and unique")
    for e in entries:
        if e.code_off >= h.code_size or e.flags:
            raise ValueError("entry outside the code or flagged")
    for x in _table(image, h.exit_off, h.nr_exits, abi.UbExit):
        if x.flags or x.reason not in (1, 2, 3, 4, 5):
            raise ValueError("bad exit")
    faults = _table(image, h.fault_off, h.nr_faults, abi.UbFault)
    offs = [f.code_off for f in faults]
    if offs != sorted(set(offs)) or any(o >= h.code_size for o in offs):
        raise ValueError("fault map not sorted, unique and inside the code")
    if any(f.flags for f in faults):
        raise ValueError("flagged fault entry")
    relocs = _table(image, h.reloc_off, h.nr_relocs, abi.UbReloc)
    roffs = [r.code_off for r in relocs]
    if roffs != sorted(roffs) or any(o + 4 > h.code_size for o in roffs):
        raise ValueError("relocations not sorted or outside the code")
    ranges = [(r.start, r.end) for r in _table(image, h.range_off, h.nr_ranges, abi.UbRange)]
    if not ranges or any(lo >= hi for lo, hi in ranges):
        raise ValueError("no ranges, or an empty one")
    if any(a[1] >= b[0] for a, b in itertools.pairwise(ranges)):
        raise ValueError("ranges not sorted and apart")
    if (h.text_start, h.text_end) != (ranges[0][0], ranges[-1][1]):
        raise ValueError("text is not the hull of the ranges")
    if not all(any(lo <= rip < hi for lo, hi in ranges) for rip in rips):
        raise ValueError("entry outside the ranges")
