"""The runtime rejects every image that breaks a rule of docs/abi.md.

Each case starts from one valid image and breaks exactly one rule, so a
rejection can only come from that rule's check (the valid image is loaded
first to prove it).
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable

import pytest

from ubypass import abi
from ubypass.hostrt import runner
from ubypass.hostrt.asm import R, mem, op
from ubypass.hostrt.handmade import BtcBlock, HandImage, locs

HDR = ctypes.sizeof(abi.UbImageHdr)


def valid() -> HandImage:
    """Two entries, two exits, one fault, two relocations: every table in use."""
    b = BtcBlock()
    b.entry(0x1000)
    b.faulting(op("MOV_R64_RM64", R.RAX, mem(R.RDI)), 0x1000, locs())
    b.exit(0)
    b.entry(0x1010)
    b.exit(1)
    return b.image([(abi.ExitReason.END, 0x1003), (abi.ExitReason.MISS, 0)], (0x1000, 0x1020))


def hdr_of(blob: bytes) -> abi.UbImageHdr:
    return abi.UbImageHdr.from_buffer_copy(blob)


def patch(blob: bytes, off: int, fmt: str, value: int) -> bytes:
    out = bytearray(blob)
    struct.pack_into(fmt, out, off, value)
    return bytes(out)


def test_valid_image_loads_relocated_and_rx() -> None:
    img = valid()
    with runner.LoadedImage(img.blob()) as li:
        perms = _perms(li.code_addr)
        assert perms.startswith("r-x"), perms
        code = ctypes.string_at(li.code_addr, len(img.code) + 64)
        for field in img.relocs:
            rel = struct.unpack_from("<i", code, field)[0]
            target = li.code_addr + field + 4 + rel
            # the target is the runtime's exit (directly or via an absolute jump)
            insn = ctypes.string_at(target, 14)
            if insn[:6] == b"\xff\x25\x00\x00\x00\x00":
                target = struct.unpack_from("<Q", insn, 6)[0]
            assert target == runner.exit_routine()


def _perms(addr: int) -> str:
    with open("/proc/self/maps") as f:
        for line in f:
            lo, hi = (int(x, 16) for x in line.split()[0].split("-"))
            if lo <= addr < hi:
                return line.split()[1]
    raise AssertionError("code not mapped")


Breaker = Callable[[HandImage], bytes]


def _entry_field(img: HandImage, index: int, off: int, fmt: str, value: int) -> bytes:
    blob = img.blob()
    return patch(blob, hdr_of(blob).entry_off + 16 * index + off, fmt, value)


def _exit_field(img: HandImage, index: int, off: int, fmt: str, value: int) -> bytes:
    blob = img.blob()
    return patch(blob, hdr_of(blob).exit_off + 16 * index + off, fmt, value)


def _fault_field(img: HandImage, off: int, fmt: str, value: int) -> bytes:
    blob = img.blob()
    return patch(blob, hdr_of(blob).fault_off + off, fmt, value)


def _reloc_field(img: HandImage, index: int, off: int, fmt: str, value: int) -> bytes:
    blob = img.blob()
    return patch(blob, hdr_of(blob).reloc_off + 8 * index + off, fmt, value)


CASES: dict[str, tuple[Breaker, str]] = {
    "short": (lambda i: i.blob()[: HDR - 1], "shorter than its header"),
    "magic": (lambda i: i.blob(magic=0x12345678), "bad magic"),
    "version": (lambda i: i.blob(version=2), "unsupported version"),
    "hdr_size": (lambda i: i.blob(hdr_size=HDR + 8), "hdr_size"),
    "total_size": (lambda i: i.blob(total_size=len(i.blob()) + 8), "total_size"),
    "truncated": (lambda i: i.blob()[:-8], "total_size"),
    "hdr_flags": (lambda i: i.blob(flags=1), "header flags"),
    "code_align": (lambda i: i.blob(code_off=hdr_of(i.blob()).code_off + 8), "code"),
    "code_in_header": (lambda i: i.blob(code_off=0), "code"),
    "code_past_end": (lambda i: i.blob(code_size=len(i.blob())), "code"),
    "entry_align": (lambda i: i.blob(entry_off=hdr_of(i.blob()).entry_off + 4), "entry table"),
    "entry_outside": (lambda i: i.blob(nr_entries=1000), "entry table"),
    "exit_outside": (lambda i: i.blob(exit_off=len(i.blob())), "exit table"),
    "fault_align": (lambda i: i.blob(fault_off=hdr_of(i.blob()).fault_off + 2), "fault table"),
    "reloc_outside": (lambda i: i.blob(nr_relocs=10**6), "relocation table"),
    "no_exits": (lambda i: i.blob(nr_exits=0), "no exits"),
    "entry_flags": (lambda i: _entry_field(i, 0, 12, "<I", 1), "entry 0: flags"),
    "entry_code_off": (lambda i: _entry_field(i, 1, 8, "<I", len(i.code)), "outside the code"),
    "entry_unsorted": (lambda i: _entry_field(i, 0, 0, "<Q", 0x1018), "not sorted"),
    "entry_duplicate": (lambda i: _entry_field(i, 1, 0, "<Q", 0x1000), "not sorted"),
    "exit_flags": (lambda i: _exit_field(i, 1, 12, "<I", 4), "exit 1: flags"),
    "exit_reason_fault": (lambda i: _exit_field(i, 0, 8, "<I", abi.ExitReason.FAULT), "reason"),
    "exit_reason_zero": (lambda i: _exit_field(i, 0, 8, "<I", 0), "reason"),
    "fault_flags": (lambda i: _fault_field(i, 4, "<I", 1), "fault 0: flags"),
    "fault_code_off": (lambda i: _fault_field(i, 0, "<I", len(i.code) + 3), "outside the code"),
    "fault_bad_loc": (lambda i: _fault_field(i, 16 + 3, "<B", 0x30), "bad location"),
    "fault_bad_spill": (lambda i: _fault_field(i, 16 + 5, "<B", 0x48), "bad location"),
    "fault_padding": (lambda i: _fault_field(i, 16 + 20, "<B", 1), "padding"),
    "fault_rsp_adj_up": (
        lambda i: _fault_field(i, 16 + abi.UB_LOC_RSP_ADJ, "<b", abi.UB_RSP_ADJ_MAX + 1),
        "rsp adjustment 17 out of range",
    ),
    "fault_rsp_adj_down": (
        lambda i: _fault_field(i, 16 + abi.UB_LOC_RSP_ADJ, "<b", -abi.UB_RSP_ADJ_MAX - 1),
        "rsp adjustment -17 out of range",
    ),
    "reloc_type": (lambda i: _reloc_field(i, 0, 4, "<H", 2), "unknown type"),
    "reloc_sym": (lambda i: _reloc_field(i, 0, 6, "<H", 1), "unknown symbol"),
    "reloc_straddles": (
        lambda i: _reloc_field(i, 1, 0, "<I", len(i.code) - 2),
        "not inside the code",
    ),
    "reloc_unsorted": (lambda i: _reloc_field(i, 1, 0, "<I", i.relocs[0]), "overlapping"),
}


#: The end of user memory: the kernel's TASK_SIZE_MAX with 4-level paging.
TASK_SIZE_MAX = 0x7FFF_FFFF_F000
#: A user address far above the test text (a second library, say).
FAR = 0x4000_0000_0000


def _exit(img: HandImage, index: int, reason: int, user_rip: int) -> bytes:
    blob = img.blob()
    out = patch(blob, hdr_of(blob).exit_off + 16 * index, "<Q", user_rip)
    return patch(out, hdr_of(out).exit_off + 16 * index + 8, "<I", reason)


def _pack(
    img: HandImage, ranges: list[tuple[int, int]], text: tuple[int, int] | None = None
) -> bytes:
    """``img`` laid out again with these ranges (text: their hull unless given)."""
    faults = []
    for code_off, user_rip, loc in img.faults:
        f = abi.UbFault(code_off=code_off, user_rip=user_rip)
        f.loc[:] = loc
        faults.append(f)
    return abi.pack_image(
        img.code,
        text or (ranges[0][0], ranges[-1][1]),
        [abi.UbEntry(user_rip=r, code_off=o) for r, o in img.entries],
        [abi.UbExit(user_rip=r, reason=w) for w, r in img.exits],
        faults,
        [abi.UbReloc(code_off=o, type=abi.RelocType.REL32, sym=abi.Sym.EXIT) for o in img.relocs],
        ranges,
    )


# The rules of docs/runtime.md (section 6) that the host runtime shares with
# the kernel's verifier (kernel/ub/verify.c), each with its exact message, the
# same in both; the last two pin the hex format both print ("0x%x": the
# kernel's "%#x" prints 0 as "0x0", glibc's as "0").
EXACT: dict[str, tuple[Breaker, str]] = {
    "no_entries": (lambda i: i.blob(nr_entries=0), "no entries"),
    "text_empty": (
        lambda i: i.blob(text_end=0x1000),
        "text [0x1000, 0x1000) empty or not user memory",
    ),
    "text_reversed": (
        lambda i: i.blob(text_start=0x1020, text_end=0x1000),
        "text [0x1020, 0x1000) empty or not user memory",
    ),
    "text_beyond_user": (
        lambda i: _pack(i, [(0x1000, TASK_SIZE_MAX + 1)]),
        "text [0x1000, 0x7ffffffff001) empty or not user memory",
    ),
    "no_ranges": (lambda i: i.blob(nr_ranges=0), "no ranges"),
    "range_table_outside": (
        lambda i: i.blob(nr_ranges=1000),
        "range table misplaced or misaligned",
    ),
    "range_empty": (
        lambda i: _pack(i, [(0x1000, 0x1004), (0x1008, 0x1008), (0x1010, 0x1020)]),
        "range 1: [0x1008, 0x1008) is empty",
    ),
    "ranges_touching": (
        lambda i: _pack(i, [(0x1000, 0x1010), (0x1010, 0x1020)]),
        "ranges not sorted and apart at 1",
    ),
    "ranges_unsorted": (
        lambda i: _pack(i, [(0x1000, 0x1004), (0x1010, 0x1020), (0x1008, 0x100C)]),
        "ranges not sorted and apart at 2",
    ),
    "text_not_the_hull": (
        lambda i: _pack(i, [(0x1000, 0x1018)], (0x1000, 0x1020)),
        "text [0x1000, 0x1020) is not the hull of the ranges",
    ),
    "entry_between_ranges": (
        lambda i: _pack(i, [(0x1000, 0x1004), (0x1011, 0x1020)]),
        "entry 1: user_rip 0x1010 in no range",
    ),
    "entry_below_text": (
        lambda i: _pack(i, [(0x1001, 0x1020)]),
        "entry 0: user_rip 0x1000 in no range",
    ),
    "entry_at_text_end": (
        lambda i: _pack(i, [(0x1000, 0x1010)]),
        "entry 1: user_rip 0x1010 in no range",
    ),
    "exit_at_task_size_max": (
        lambda i: _exit(i, 0, abi.ExitReason.END, TASK_SIZE_MAX),
        "exit 0: user_rip 0x7ffffffff000 not user memory",
    ),
    "exit_kernel_address": (
        lambda i: _exit(i, 0, abi.ExitReason.CHECK, 0xFFFF_FFFF_8100_0000),
        "exit 0: user_rip 0xffffffff81000000 not user memory",
    ),
    "syscall_exit_at_1": (
        lambda i: _exit(i, 0, abi.ExitReason.SYSCALL, 1),
        "exit 0: user_rip 0x1 has no syscall before it",
    ),
    "syscall_exit_at_0": (
        lambda i: _exit(i, 0, abi.ExitReason.SYSCALL, 0),
        "exit 0: user_rip 0x0 has no syscall before it",
    ),
    "exit_flags_hex": (lambda i: _exit_field(i, 1, 12, "<I", 4), "exit 1: flags 0x4 are not zero"),
    "magic_zero": (lambda i: i.blob(magic=0), "bad magic 0x0"),
}

# Just inside each of those rules: accepted.
ACCEPTED: dict[str, Breaker] = {
    "text_up_to_task_size_max": lambda i: _pack(i, [(0x1000, TASK_SIZE_MAX)]),
    "entries_fill_the_ranges": lambda i: _pack(i, [(0x1000, 0x1001), (0x1010, 0x1011)]),
    "ranges_far_apart": lambda i: _pack(i, [(0x1000, 0x1001), (0x1010, 0x1011), (FAR, FAR + 1)]),
    "exit_below_task_size_max": lambda i: _exit(i, 0, abi.ExitReason.END, TASK_SIZE_MAX - 1),
    "miss_exit_rip_ignored": lambda i: _exit(i, 1, abi.ExitReason.MISS, 2**64 - 1),
    "syscall_exit_at_2": lambda i: _exit(i, 0, abi.ExitReason.SYSCALL, 2),
    "fault_rsp_adj_max": lambda i: _fault_field(i, 16 + abi.UB_LOC_RSP_ADJ, "<b",
                                                abi.UB_RSP_ADJ_MAX),
    "fault_rsp_adj_min": lambda i: _fault_field(i, 16 + abi.UB_LOC_RSP_ADJ, "<b",
                                                -abi.UB_RSP_ADJ_MAX),
}


def test_entry_code_off_at_the_code_end() -> None:
    """An entry must point at code: code_off == code_size is outside."""
    img = valid()
    with pytest.raises(runner.ImageError) as info:
        runner.LoadedImage(_entry_field(img, 1, 8, "<I", len(img.code)))
    assert str(info.value) == f"entry 1: code_off {len(img.code):#x} outside the code"


@pytest.mark.parametrize("case", sorted(EXACT))
def test_rejects_with_message(case: str) -> None:
    runner.LoadedImage(valid().blob()).close()
    breaker, message = EXACT[case]
    with pytest.raises(runner.ImageError) as info:
        runner.LoadedImage(breaker(valid()))
    assert str(info.value) == message


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_accepts_at_the_limit(case: str) -> None:
    runner.LoadedImage(ACCEPTED[case](valid())).close()


def test_unsorted_fault_map() -> None:
    b = BtcBlock()
    b.entry(0x1000)
    b.faulting(op("MOV_R64_RM64", R.RAX, mem(R.RDI)), 0x1000, locs())
    b.faulting(op("MOV_R64_RM64", R.RAX, mem(R.RSI)), 0x1003, locs())
    b.exit(0)
    img = b.image([(abi.ExitReason.END, 0x1006)])
    runner.LoadedImage(img.blob()).close()
    img.faults.reverse()
    with pytest.raises(runner.ImageError, match="fault map not sorted"):
        runner.LoadedImage(img.blob())


@pytest.mark.parametrize("case", sorted(CASES))
def test_rejects(case: str) -> None:
    runner.LoadedImage(valid().blob()).close()
    breaker, message = CASES[case]
    with pytest.raises(runner.ImageError, match=message):
        runner.LoadedImage(breaker(valid()))
