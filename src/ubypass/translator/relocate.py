"""Moving an image to other library bases: the install step of a translation cache.

A cache keyed by file identity and file offsets hands a translation made in
one process to another process of the same binary, where ASLR put the
libraries elsewhere.  Every user address an image holds is either in its
tables (entries, exits, faults, ranges, the header's hull) or an imm64 field
of its code that ``Translation.addr_relocs`` lists (the mangler embeds user
addresses no other way), so moving an image is rewriting exactly those;
code offsets, fault-map locations and exit ids stay as they are.

``move`` maps an old user address to its new one; the caller builds it from
per-module deltas and raises :class:`RelocationError` for an address in no
known module.  Within a module everything moves by one delta, so the code
stays correct as long as the modules keep their order (the dispatcher's
compare tree is sorted by address; see :func:`relocate`).
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import struct
from collections.abc import Callable, Sequence

from ubypass import abi

__all__ = ["RelocationError", "relocate"]

#: The kernel's TASK_SIZE_MAX (4-level paging): the header rules' bound.
_TASK_SIZE_MAX = 0x7FFF_FFFF_F000
_U64 = struct.Struct("<Q")
_ENTRY_SIZE = ctypes.sizeof(abi.UbEntry)
_EXIT_SIZE = ctypes.sizeof(abi.UbExit)
_FAULT_SIZE = ctypes.sizeof(abi.UbFault)
_RANGE = struct.Struct("<QQ")
_EXIT_RIP = abi.UbExit.user_rip.offset
_EXIT_REASON = abi.UbExit.reason.offset
_ENTRY_RIP = abi.UbEntry.user_rip.offset
_FAULT_RIP = abi.UbFault.user_rip.offset


class RelocationError(ValueError):
    """The image cannot be moved as asked (retranslate instead)."""


def relocate(
    image: bytes, addr_relocs: Sequence[tuple[int, int]], move: Callable[[int], int]
) -> bytes:
    """``image`` with every user address ``a`` replaced by ``move(a)``.

    Rewrites the ``addr_relocs`` fields (offsets relative to the code), the
    entries' user RIPs (re-sorted), every exit's user RIP except 0 (MISS),
    every fault's user RIP, the ranges (re-sorted, and merged where they now
    touch or overlap) and the header's hull.  Raises :class:`RelocationError` when a
    field does not hold the address ``addr_relocs`` says (a stale list), a
    range would be split between two deltas, the tagged addresses would
    change order (two modules swapped places: the dispatcher's compare tree
    would then miss targets it knows -- safe, but a retranslation does
    better), or the result breaks the header rules of docs/abi.md.
    """
    hs = ctypes.sizeof(abi.UbImageHdr)
    if len(image) < hs:
        raise RelocationError("image shorter than its header")
    h = abi.UbImageHdr.from_buffer_copy(image)
    out = bytearray(image)
    moved: dict[int, int] = {}

    def mv(addr: int) -> int:
        new = moved.get(addr)
        if new is None:
            new = move(addr)
            if not 0 <= new < 1 << 64:
                raise RelocationError(f"{addr:#x} moves to {new:#x}, not an address")
            moved[addr] = new
        return new

    for off, value in addr_relocs:
        if not 0 <= off <= h.code_size - 8:
            raise RelocationError(f"address field at {off:#x} outside the code")
        pos = h.code_off + off
        if _U64.unpack_from(out, pos)[0] != value:
            raise RelocationError(f"the field at {off:#x} does not hold {value:#x}")
        _U64.pack_into(out, pos, mv(value))
    tagged = sorted({value for _, value in addr_relocs})
    if any(mv(a) >= mv(b) for a, b in itertools.pairwise(tagged)):
        raise RelocationError("modules change order: the dispatcher's compare tree is sorted")

    entries = []
    for i in range(h.nr_entries):
        pos = h.entry_off + i * _ENTRY_SIZE
        rec = bytearray(out[pos : pos + _ENTRY_SIZE])
        rip = mv(_U64.unpack_from(rec, _ENTRY_RIP)[0])
        _U64.pack_into(rec, _ENTRY_RIP, rip)
        entries.append((rip, bytes(rec)))
    entries.sort()
    out[h.entry_off : h.entry_off + h.nr_entries * _ENTRY_SIZE] = b"".join(r for _, r in entries)
    entry_rips = [rip for rip, _ in entries]
    if any(a == b for a, b in itertools.pairwise(entry_rips)):
        raise RelocationError("two entries move to one user RIP")

    for i in range(h.nr_exits):
        pos = h.exit_off + i * _EXIT_SIZE + _EXIT_RIP
        rip = _U64.unpack_from(out, pos)[0]
        if rip == 0:
            continue  # MISS: the target is in frame.aux
        rip = mv(rip)
        reason = struct.unpack_from("<I", out, h.exit_off + i * _EXIT_SIZE + _EXIT_REASON)[0]
        if rip >= _TASK_SIZE_MAX or (reason == abi.ExitReason.SYSCALL and rip < 2):
            raise RelocationError(f"exit {i} moves to {rip:#x}, outside user memory")
        _U64.pack_into(out, pos, rip)

    for i in range(h.nr_faults):
        pos = h.fault_off + i * _FAULT_SIZE + _FAULT_RIP
        _U64.pack_into(out, pos, mv(_U64.unpack_from(out, pos)[0]))

    ranges = _move_ranges(out, h, mv)
    if not ranges or not ranges[0][0] < ranges[-1][1] <= _TASK_SIZE_MAX:
        raise RelocationError("the ranges' hull is not inside user memory")
    starts = [lo for lo, _ in ranges]
    for rip in entry_rips:
        i = bisect.bisect_right(starts, rip) - 1
        if i < 0 or rip >= ranges[i][1]:
            raise RelocationError(f"entry {rip:#x} outside the ranges")
    old_end = h.range_off + h.nr_ranges * _RANGE.size
    new_end = h.range_off + len(ranges) * _RANGE.size
    out[h.range_off : old_end] = b"".join(_RANGE.pack(lo, hi) for lo, hi in ranges).ljust(
        old_end - h.range_off, b"\0"
    )
    if old_end == len(out):  # the range table ends the image: drop what merging freed
        del out[new_end:]
        h.total_size = new_end
    h.nr_ranges = len(ranges)
    h.text_start, h.text_end = ranges[0][0], ranges[-1][1]
    out[:hs] = bytes(h)
    return bytes(out)


def _move_ranges(
    image: bytearray, h: abi.UbImageHdr, mv: Callable[[int], int]
) -> list[tuple[int, int]]:
    """The moved ranges, sorted, with those that now touch or overlap merged
    (the header rules want ``prev.end < next.start``)."""
    moved = []
    for i in range(h.nr_ranges):
        lo, hi = _RANGE.unpack_from(image, h.range_off + i * _RANGE.size)
        if lo >= hi:
            raise RelocationError(f"empty range [{lo:#x}, {hi:#x})")
        new_lo, new_last = mv(lo), mv(hi - 1)
        if new_lo - lo != new_last - (hi - 1):
            raise RelocationError(f"range [{lo:#x}, {hi:#x}) spans two deltas")
        moved.append((new_lo, new_last + 1))
    moved.sort()
    out: list[tuple[int, int]] = []
    for lo, hi in moved:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
