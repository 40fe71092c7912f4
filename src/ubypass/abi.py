"""Python mirror of ``kernel/include/uapi/linux/ub.h``: the BTC image format
and the ``/dev/ub`` control interface.

The translator writes images with these definitions, and the host runtime and
the kernel interface read them, so a change here must match the C header (a
test compiles the header and compares every size, offset and ioctl number).
"""

from __future__ import annotations

import ctypes
import enum
from collections.abc import Sequence

__all__ = [
    "GPR_NAMES",
    "PR_GET_UB",
    "PR_SET_UB",
    "UB_CODE_ALIGN",
    "UB_FRAME_ADDR_LIMIT",
    "UB_FRAME_AUX",
    "UB_FRAME_BUDGET",
    "UB_FRAME_EXIT_ID",
    "UB_FRAME_FS_BASE",
    "UB_FRAME_RUNTIME",
    "UB_FRAME_SIZE",
    "UB_FRAME_SPILL",
    "UB_FRAME_USER_RSP",
    "UB_HOT_REPORTED",
    "UB_IMAGE_MAGIC",
    "UB_IMAGE_VERSION",
    "UB_INSTALL_REPLACE",
    "UB_INSTALL_TAKE",
    "UB_IOC_HOT",
    "UB_IOC_INSTALL",
    "UB_IOC_MAGIC",
    "UB_IOC_REMOVE",
    "UB_IOC_STATS",
    "UB_LOC_FLAGS",
    "UB_LOC_HOME",
    "UB_LOC_REG_BASE",
    "UB_LOC_RSP_ADJ",
    "UB_LOC_SPILL_BASE",
    "UB_NR_GPRS",
    "UB_NR_LOCS",
    "UB_NR_REASONS",
    "UB_NR_SPILL",
    "UB_RSP_ADJ_MAX",
    "UB_TABLE_ALIGN",
    "UB_USER_FLAGS_MASK",
    "EventType",
    "ExitReason",
    "RelocType",
    "Sym",
    "UbCounts",
    "UbEntry",
    "UbEvent",
    "UbExit",
    "UbFault",
    "UbFrame",
    "UbHotQuery",
    "UbHotSite",
    "UbImageHdr",
    "UbInstall",
    "UbReloc",
    "UbRemove",
    "UbStats",
    "ioc",
    "pack_image",
]

UB_IMAGE_MAGIC = 0x43544255
UB_IMAGE_VERSION = 1
UB_CODE_ALIGN = 16
UB_TABLE_ALIGN = 8

UB_NR_GPRS = 16
UB_LOC_FLAGS = 16
UB_LOC_RSP_ADJ = 17  # not a location: signed qwords added to the located rsp
UB_RSP_ADJ_MAX = 16
UB_NR_LOCS = 24
UB_LOC_HOME = 0x00
UB_LOC_REG_BASE = 0x10
UB_LOC_SPILL_BASE = 0x40

UB_NR_SPILL = 8
UB_FRAME_USER_RSP = 0
UB_FRAME_FS_BASE = 8
UB_FRAME_ADDR_LIMIT = 16
UB_FRAME_BUDGET = 24
UB_FRAME_EXIT_ID = 32
UB_FRAME_AUX = 40
UB_FRAME_SPILL = 48
UB_FRAME_RUNTIME = 112
UB_FRAME_SIZE = 128

UB_USER_FLAGS_MASK = 0x0CD5

#: The GPRs in hardware encoding order: the order of ``ub_fault.loc``.
GPR_NAMES = (
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
    "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
)


class ExitReason(enum.IntEnum):
    SYSCALL = 1
    MISS = 2
    CHECK = 3
    BUDGET = 4
    END = 5
    FAULT = 6


class Sym(enum.IntEnum):
    EXIT = 0


class RelocType(enum.IntEnum):
    REL32 = 1


class UbImageHdr(ctypes.LittleEndianStructure):
    _fields_ = [
        ("magic", ctypes.c_uint32),
        ("version", ctypes.c_uint16),
        ("hdr_size", ctypes.c_uint16),
        ("total_size", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("text_start", ctypes.c_uint64),
        ("text_end", ctypes.c_uint64),
        ("code_off", ctypes.c_uint32),
        ("code_size", ctypes.c_uint32),
        ("entry_off", ctypes.c_uint32),
        ("nr_entries", ctypes.c_uint32),
        ("exit_off", ctypes.c_uint32),
        ("nr_exits", ctypes.c_uint32),
        ("fault_off", ctypes.c_uint32),
        ("nr_faults", ctypes.c_uint32),
        ("reloc_off", ctypes.c_uint32),
        ("nr_relocs", ctypes.c_uint32),
        ("range_off", ctypes.c_uint32),
        ("nr_ranges", ctypes.c_uint32),
    ]


class UbEntry(ctypes.LittleEndianStructure):
    _fields_ = [
        ("user_rip", ctypes.c_uint64),
        ("code_off", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
    ]


class UbExit(ctypes.LittleEndianStructure):
    _fields_ = [
        ("user_rip", ctypes.c_uint64),
        ("reason", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
    ]


class UbFault(ctypes.LittleEndianStructure):
    _fields_ = [
        ("code_off", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("user_rip", ctypes.c_uint64),
        ("loc", ctypes.c_uint8 * UB_NR_LOCS),
    ]


class UbReloc(ctypes.LittleEndianStructure):
    _fields_ = [
        ("code_off", ctypes.c_uint32),
        ("type", ctypes.c_uint16),
        ("sym", ctypes.c_uint16),
    ]


class UbRange(ctypes.LittleEndianStructure):
    _fields_ = [
        ("start", ctypes.c_uint64),
        ("end", ctypes.c_uint64),
    ]


class UbFrame(ctypes.LittleEndianStructure):
    _fields_ = [
        ("user_rsp", ctypes.c_uint64),
        ("fs_base", ctypes.c_uint64),
        ("addr_limit", ctypes.c_uint64),
        ("budget", ctypes.c_int64),
        ("exit_id", ctypes.c_uint64),
        ("aux", ctypes.c_uint64),
        ("spill", ctypes.c_uint64 * UB_NR_SPILL),
        ("runtime", ctypes.c_uint64 * 2),
    ]


def _align(n: int, a: int) -> int:
    return (n + a - 1) // a * a


def pack_image(
    code: bytes,
    text: tuple[int, int],
    entries: Sequence[UbEntry],
    exits: Sequence[UbExit],
    faults: Sequence[UbFault],
    relocs: Sequence[UbReloc],
    ranges: Sequence[tuple[int, int]] | None = None,
) -> bytes:
    """Lay out an image: header, code, then the five tables in the given order.

    ``ranges`` (the user code the image was made from) defaults to ``[text]``.

    Neither sorts nor validates, so that the translator (which sorts and
    validates) and the host runtime's hand-made test images (which break
    rules on purpose) share one layout.
    """
    hdr_size = ctypes.sizeof(UbImageHdr)
    code_off = _align(hdr_size, UB_CODE_ALIGN)
    pos = _align(code_off + len(code), UB_TABLE_ALIGN)
    tables: list[tuple[int, bytes]] = []
    range_table = [UbRange(start=lo, end=hi) for lo, hi in (ranges or [text])]
    for table in (entries, exits, faults, relocs, range_table):
        data = b"".join(bytes(item) for item in table)
        tables.append((pos, data))
        pos = _align(pos + len(data), UB_TABLE_ALIGN)
    (entry_off, _), (exit_off, _), (fault_off, _), (reloc_off, _), (range_off, _) = tables
    hdr = UbImageHdr(
        magic=UB_IMAGE_MAGIC,
        version=UB_IMAGE_VERSION,
        hdr_size=hdr_size,
        total_size=pos,
        flags=0,
        text_start=text[0],
        text_end=text[1],
        code_off=code_off,
        code_size=len(code),
        entry_off=entry_off,
        nr_entries=len(entries),
        exit_off=exit_off,
        nr_exits=len(exits),
        fault_off=fault_off,
        nr_faults=len(faults),
        reloc_off=reloc_off,
        nr_relocs=len(relocs),
        range_off=range_off,
        nr_ranges=len(range_table),
    )
    out = bytearray(pos)
    out[:hdr_size] = bytes(hdr)
    out[code_off : code_off + len(code)] = code
    for off, data in tables:
        out[off : off + len(data)] = data
    return bytes(out)


# --- /dev/ub: the control interface ------------------------------------------

UB_IOC_MAGIC = 0xB7
UB_INSTALL_REPLACE = 0x1
UB_INSTALL_TAKE = 0x2
UB_NR_REASONS = 8

#: prctl options (linux/prctl.h in our kernel): opt the calling task in.
PR_SET_UB = 0x55420001
PR_GET_UB = 0x55420002

# asm-generic/ioctl.h: dir(2) | size(14) | type(8) | nr(8), from the top.
_IOC_WRITE = 1
_IOC_READ = 2


def ioc(direction: int, nr: int, struct: type[ctypes.Structure]) -> int:
    """``_IOC(dir, UB_IOC_MAGIC, nr, sizeof(struct))``, as the C macros compute it."""
    size = ctypes.sizeof(struct)
    if size >= 1 << 14:
        raise ValueError(f"{struct.__name__} is too large for an ioctl number")
    return (direction << 30) | (size << 16) | (UB_IOC_MAGIC << 8) | nr


class EventType(enum.IntEnum):
    """``enum ub_event_type``: what a ``struct ub_event`` read from /dev/ub says."""

    MISS = 1
    INVALIDATED = 2
    DROPPED = 3
    HOT = 4
    EARLY = 5
    GONE = 6
    UNSAFE = 7


class UbInstall(ctypes.LittleEndianStructure):
    _fields_ = [
        ("pidfd", ctypes.c_int32),
        ("flags", ctypes.c_uint32),
        ("mm_cookie", ctypes.c_uint64),
        ("image", ctypes.c_uint64),
        ("image_len", ctypes.c_uint32),
        ("log_len", ctypes.c_uint32),
        ("log_buf", ctypes.c_uint64),
        ("replace_id", ctypes.c_uint64),
        ("image_id", ctypes.c_uint64),
    ]


class UbRemove(ctypes.LittleEndianStructure):
    _fields_ = [
        ("pidfd", ctypes.c_int32),
        ("flags", ctypes.c_uint32),
        ("mm_cookie", ctypes.c_uint64),
        ("image_id", ctypes.c_uint64),
    ]


class UbCounts(ctypes.LittleEndianStructure):
    _fields_ = [
        ("runs", ctypes.c_uint64),
        ("chained", ctypes.c_uint64),
        ("hops", ctypes.c_uint64),
        ("exits", ctypes.c_uint64 * UB_NR_REASONS),
    ]


class UbStats(ctypes.LittleEndianStructure):
    _fields_ = [
        ("pidfd", ctypes.c_int32),
        ("flags", ctypes.c_uint32),
        ("mm_cookie", ctypes.c_uint64),
        ("image_id", ctypes.c_uint64),
        ("nr_images", ctypes.c_uint32),
        ("nr_sites", ctypes.c_uint32),
        ("sites", ctypes.c_uint64),
        ("counts", UbCounts),
    ]


class UbEvent(ctypes.LittleEndianStructure):
    _fields_ = [
        ("type", ctypes.c_uint32),
        ("tgid", ctypes.c_uint32),
        ("mm_cookie", ctypes.c_uint64),
        ("image_id", ctypes.c_uint64),
        ("rip", ctypes.c_uint64),
        ("aux", ctypes.c_uint64),
        ("tid", ctypes.c_uint32),
        ("nr", ctypes.c_uint32),
        ("hits", ctypes.c_uint32),
        ("samples", ctypes.c_uint32),
        ("gap_mean_ns", ctypes.c_uint32),
        ("gap_min_ns", ctypes.c_uint32),
        ("counts", UbCounts),
    ]


#: ``struct ub_hot_site.flags``: a UB_EV_HOT went out for the site.
UB_HOT_REPORTED = 0x1


class UbHotSite(ctypes.LittleEndianStructure):
    _fields_ = [
        ("rip", ctypes.c_uint64),
        ("nr", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("samples", ctypes.c_uint32),
        ("hits", ctypes.c_uint32),
        ("gap_mean_ns", ctypes.c_uint32),
        ("gap_min_ns", ctypes.c_uint32),
        ("total", ctypes.c_uint64),
    ]


class UbHotQuery(ctypes.LittleEndianStructure):
    _fields_ = [
        ("pidfd", ctypes.c_int32),
        ("flags", ctypes.c_uint32),
        ("mm_cookie", ctypes.c_uint64),
        ("sites", ctypes.c_uint64),
        ("nr_sites", ctypes.c_uint32),
        ("period", ctypes.c_uint32),
    ]


UB_IOC_INSTALL = ioc(_IOC_READ | _IOC_WRITE, 1, UbInstall)
UB_IOC_REMOVE = ioc(_IOC_WRITE, 2, UbRemove)
UB_IOC_STATS = ioc(_IOC_READ | _IOC_WRITE, 3, UbStats)
UB_IOC_HOT = ioc(_IOC_READ | _IOC_WRITE, 4, UbHotQuery)
