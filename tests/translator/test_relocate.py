"""Relocatable translations: an image made at one library base, moved with
``relocate``, is byte for byte the translation made at the other base, and
still runs like native code there."""

from __future__ import annotations

import ctypes
import os
import random
import shutil
import struct
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile
from iced_x86 import Decoder, Mnemonic
from test_btc_runs import GENS
from trsupport import addr

from ubypass import abi
from ubypass.hostrt import lib as hostrt_lib
from ubypass.hostrt import runner
from ubypass.hostrt.arena import Arena, make_call
from ubypass.hostrt.asm import CodeFile
from ubypass.hostrt.compare import Differ
from ubypass.hostrt.runner import LoadedImage, Regs
from ubypass.translator import ElfSource, NotTranslatable, ProcessSource, Translation, translate
from ubypass.translator.image import build, validate
from ubypass.translator.relocate import RelocationError, relocate

B1 = 0x5555_0000_0000
B2 = 0x7F12_3456_7000
LIBC = "/usr/lib/x86_64-linux-gnu/libc.so.6"
L1 = 0x7F00_0000_0000
L2 = 0x7FA1_0000_0000
P2 = 0x5601_2345_6000
#: direct and recursive calls (pushed return addresses), a jump table
#: (rip-relative .rodata, compare tree), an indirect call through a
#: function pointer in .data, PLT calls to setjmp/longjmp (rip-relative GOT
#: loads), the fs: canary
REGION = ["t_switch", "t_indirect", "t_fib", "t_canary", "t_varargs", "t_setjmp", "t_struct"]


def _extent(path: Path | str) -> tuple[int, int]:
    """[lowest, highest) p_vaddr of the PT_LOAD segments: the module's span."""
    with open(path, "rb") as f:
        loads = [s for s in ELFFile(f).iter_segments() if s["p_type"] == "PT_LOAD"]
        return min(s["p_vaddr"] for s in loads), max(s["p_vaddr"] + s["p_memsz"] for s in loads)


def _sections(path: Path) -> list[tuple[int, int, str]]:
    with open(path, "rb") as f:
        return [
            (s["sh_addr"], s["sh_addr"] + s["sh_size"], s.name)
            for s in ELFFile(f).iter_sections()
            if s["sh_addr"]
        ]


def _by_delta(modules: Sequence[tuple[int, int, int]]) -> Callable[[int], int]:
    """move() from (start, end, delta) per module, as a cache would build it."""

    def move(a: int) -> int:
        for lo, hi, delta in modules:
            if lo <= a < hi:
                return a + delta
        raise RelocationError(f"{a:#x} is in no known module")

    return move


@pytest.fixture(scope="module")
def pair(progs_so: Path) -> tuple[Translation, Translation]:
    out = []
    for base in (B1, B2):
        elf = ElfSource(progs_so, base)
        out.append(translate(elf, [elf.symbol(n) for n in REGION]))
    return out[0], out[1]


def test_relocated_image_is_the_translation_at_the_other_base(
    progs_so: Path, pair: tuple[Translation, Translation]
) -> None:
    t1, t2 = pair
    assert t1.image != t2.image
    assert relocate(t1.image, t1.addr_relocs, lambda a: a - B1 + B2) == t2.image
    assert relocate(t2.image, t2.addr_relocs, lambda a: a - B2 + B1) == t1.image
    assert [(off, v - B1 + B2) for off, v in t1.addr_relocs] == t2.addr_relocs


def test_every_kind_of_embedded_address_is_tagged(
    progs_so: Path, pair: tuple[Translation, Translation]
) -> None:
    """Each kind is there to be relocated: pushed return addresses, compare
    tree and prediction targets (code), and rip-relative data operands."""
    t1, _ = pair
    elf = ElfSource(progs_so, B1)
    values = {v for _, v in t1.addr_relocs}
    where = {name for lo, hi, name in _sections(progs_so) for v in values if lo <= v - B1 < hi}
    assert {".text", ".rodata", ".got.plt", ".data"} <= where, where
    calls = [
        ins
        for rip in t1.original
        for ins in [Decoder(64, elf.read(rip, 5), ip=rip).decode()]
        if ins.mnemonic == Mnemonic.CALL and ins.is_call_near
    ]
    assert calls and {c.next_ip for c in calls} <= values  # return addresses
    rodata = next((lo, hi) for lo, hi, name in _sections(progs_so) if name == ".rodata")
    (table,) = [v for v in values if rodata[0] <= v - B1 < rodata[1]]  # t_switch's lea
    cases = {table + o for (o,) in struct.iter_unpack("<i", elf.read_data(table, 4 * 8))}
    assert cases <= values  # ... and the targets the compare tree has for its jmp


def test_tagged_fields_hold_module_addresses(
    progs_so: Path, pair: tuple[Translation, Translation]
) -> None:
    """Every tagged field holds its address, inside the module; moving by
    nothing is the identity; and an untagged user address would be caught by
    the byte comparison: dropping any one tag breaks it."""
    t1, t2 = pair
    lo, hi = _extent(progs_so)
    offs = [off for off, _ in t1.addr_relocs]
    assert offs == sorted(set(offs)) and len(offs) > 20
    for off, v in t1.addr_relocs:
        assert B1 + lo <= v < B1 + hi
        assert int.from_bytes(t1.code[off : off + 8], "little") == v
        assert t1.code[off - 2] & 0xF8 == 0x48 and t1.code[off - 1] & 0xF8 == 0xB8  # mov r, imm64
    assert relocate(t1.image, t1.addr_relocs, lambda a: a) == t1.image
    for i in range(len(t1.addr_relocs)):
        short = t1.addr_relocs[:i] + t1.addr_relocs[i + 1 :]
        assert relocate(t1.image, short, lambda a: a - B1 + B2) != t2.image


def test_stale_field_is_refused(pair: tuple[Translation, Translation]) -> None:
    t1, _ = pair
    off, v = t1.addr_relocs[3]
    assert relocate(t1.image, [(off, v)], lambda a: a)
    with pytest.raises(RelocationError, match="does not hold"):
        relocate(t1.image, [(off, v + 1)], lambda a: a)
    with pytest.raises(RelocationError, match="no known module"):
        relocate(t1.image, t1.addr_relocs, _by_delta([(B1, B1 + 0x1000, 0)]))


class _TwoModules:
    """progs.so and libc at chosen bases, as one code source."""

    def __init__(self, progs: Path, p_base: int, l_base: int) -> None:
        self.parts = (ElfSource(progs, p_base), ElfSource(LIBC, l_base))

    def _any(self, how: str, a: int, n: int) -> bytes:
        for part in self.parts:
            try:
                data: bytes = getattr(part, how)(a, n)
                return data
            except NotTranslatable:
                continue
        raise NotTranslatable(f"{a:#x}")

    def read(self, a: int, n: int) -> bytes:
        return self._any("read", a, n)

    def read_data(self, a: int, n: int) -> bytes:
        return self._any("read_data", a, n)


def _two_module_translation(progs: Path, p_base: int, l_base: int) -> Translation:
    src = _TwoModules(progs, p_base, l_base)
    entries = [src.parts[0].symbol(n) for n in ("t_indirect", "t_fib", "t_switch")]
    entries += [src.parts[1].symbol(n) for n in ("qsort", "strtol")]
    return translate(src, entries, max_insns=3000)


def test_two_modules_at_different_deltas(progs_so: Path) -> None:
    t1 = _two_module_translation(progs_so, B1, L1)
    t2 = _two_module_translation(progs_so, P2, L2)
    plo, phi = _extent(progs_so)
    llo, lhi = _extent(LIBC)
    move = _by_delta([(B1 + plo, B1 + phi, P2 - B1), (L1 + llo, L1 + lhi, L2 - L1)])
    values = [v for _, v in t1.addr_relocs]
    assert any(v < L1 for v in values) and any(v >= L1 for v in values)
    moved = relocate(t1.image, t1.addr_relocs, move)
    assert moved == t2.image
    validate(moved)
    with LoadedImage(moved) as img:  # the host runtime's copy of the kernel's rules
        assert img.entry_rips == [move(e) for e in t1.entries] == t2.entries
    # libc below progs: the compare tree's order would no longer hold
    swapped = _by_delta([(B1 + plo, B1 + phi, P2 - B1), (L1 + llo, L1 + lhi, 0x1000_0000 - L1)])
    with pytest.raises(RelocationError, match="order"):
        relocate(t1.image, t1.addr_relocs, swapped)
    # ... and past the end of user memory: the header rules refuse it
    high = _by_delta([(B1 + plo, B1 + phi, 0), (L1 + llo, L1 + lhi, 0x7FFF_FFFF_0000 - L1)])
    with pytest.raises(RelocationError, match="outside user memory"):
        relocate(t1.image, t1.addr_relocs, high)


def test_ranges_that_come_to_touch_are_merged() -> None:
    """Two modules' ranges moved next to each other become one range (the
    kernel wants ``prev.end < next.start``), and the image shrinks."""
    code = b"\x90" * 16
    entries = [(0x10_0000, 0), (0x50_0000, 1)]
    exits = [(0x10_0001, abi.ExitReason.END), (0, abi.ExitReason.MISS)]
    img = build(code, [(0x10_0000, 0x10_0100), (0x50_0000, 0x50_0080)], entries, exits, [], [])
    move = _by_delta([(0x10_0000, 0x20_0000, 0), (0x50_0000, 0x60_0000, 0x10_0100 - 0x50_0000)])
    out = relocate(img, [], move)
    validate(out)
    h = abi.UbImageHdr.from_buffer_copy(out)
    assert (h.nr_ranges, h.text_start, h.text_end) == (1, 0x10_0000, 0x10_0180)
    assert len(out) == len(img) - ctypes.sizeof(abi.UbRange) == h.total_size
    # overlapping instead of touching: [0x100000, 0x100100) and [0x1000c0, 0x100140)
    move = _by_delta([(0x10_0000, 0x20_0000, 0), (0x50_0000, 0x60_0000, 0x10_00C0 - 0x50_0000)])
    h = abi.UbImageHdr.from_buffer_copy(relocate(img, [], move))
    assert (h.nr_ranges, h.text_start, h.text_end) == (1, 0x10_0000, 0x10_0140)
    # a range whose two ends move apart
    split = _by_delta([(0x10_0000, 0x10_0080, 0), (0x10_0080, 0x60_0000, 0x1000)])
    with pytest.raises(RelocationError, match="two deltas"):
        relocate(img, [], split)
    # past the end of user memory (TASK_SIZE_MAX): the header rules refuse it
    ranges = [(0x10_0000, 0x10_0100), (0x50_0000, 0x50_0080)]
    only_miss = build(code, ranges, entries, exits[1:], [], [])
    to_top = 0x7FFF_FFFF_F000 - 0x50_0080  # the last range then ends at TASK_SIZE_MAX
    validate(relocate(only_miss, [], _by_delta([(0x10_0000, 0x60_0000, to_top)])))
    with pytest.raises(RelocationError, match="hull"):
        relocate(only_miss, [], _by_delta([(0x10_0000, 0x60_0000, to_top + 1)]))
    # entries from the two modules change order: the entry table is re-sorted
    swap = _by_delta([(0x10_0000, 0x20_0000, 0x80_0000), (0x50_0000, 0x60_0000, 0)])
    out = relocate(img, [], swap)
    validate(out)
    h = abi.UbImageHdr.from_buffer_copy(out)
    first = abi.UbEntry.from_buffer_copy(out, h.entry_off)
    assert (first.user_rip, first.code_off) == (0x50_0000, 1)


# --- the relocated image runs: a second copy of progs.so in this process --------


@dataclass
class _Moved:
    """A translation made at copy A, moved to copy B (Differ's Translated)."""

    image: bytes
    origin: Translation
    back: Callable[[int], int]

    def live_flags(self, rip: int) -> int:
        return self.origin.live_flags(self.back(rip))


def _mapped(path: Path) -> tuple[int, int]:
    spans = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split()
        if len(fields) > 5 and os.path.realpath(fields[5]) == str(path.resolve()):
            lo, hi = (int(x, 16) for x in fields[0].split("-"))
            spans.append((lo, hi))
    assert spans, path
    return min(lo for lo, _ in spans), max(hi for _, hi in spans)


@pytest.fixture(scope="module")
def copy_b(
    progs_so: Path, progs_lib: ctypes.CDLL, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ctypes.CDLL, int, tuple[int, int]]]:
    """progs.so loaded again from a copy (another inode: another base):
    (the copy, its delta from the first, the first's mapped span)."""
    path = tmp_path_factory.mktemp("copy") / "progs_b.so"
    shutil.copy(progs_so, path)
    lib_b = ctypes.CDLL(str(path))
    a_lo, a_hi = _mapped(progs_so)
    b_lo, _ = _mapped(path)
    assert a_lo != b_lo
    hostrt_lib.library()
    yield lib_b, b_lo - a_lo, (a_lo, a_hi)


def _moving_translator(
    delta: int, span: tuple[int, int], *, tagged: bool = True
) -> Callable[[Sequence[int]], _Moved]:
    """Translate at copy A what Differ asks for at copy B, then relocate:
    progs moves by ``delta``, libc (one copy) by 0 -- two modules, two deltas.
    With ``tagged`` off the code's own addresses are left at A."""
    lo, hi = span

    def to_b(a: int) -> int:
        return a + delta if lo <= a < hi else a

    def to_a(b: int) -> int:
        return b - delta if lo + delta <= b < hi + delta else b

    def run(entries: Sequence[int]) -> _Moved:
        t = translate(ProcessSource(os.getpid()), [to_a(e) for e in entries])
        return _Moved(relocate(t.image, t.addr_relocs if tagged else [], to_b), t, to_a)

    return run


@pytest.mark.parametrize("name", ["t_canary", "t_indirect", "t_switch", "t_setjmp"])
def test_relocated_image_runs_like_native(
    copy_b: tuple[ctypes.CDLL, int, tuple[int, int]], name: str
) -> None:
    lib_b, delta, span = copy_b
    rng = random.Random(name)
    differ = Differ(addr(lib_b, name), _moving_translator(delta, span), arena=Arena())
    try:
        reports = [differ.compare(GENS[name](rng)) for _ in range(12)]
    finally:
        differ.close()
        differ.arena.close()
    bad = [(r.call.args, r.mismatches) for r in reports if r.mismatches]
    assert not bad, bad[:3]
    assert all(r.translated for r in reports if not r.skipped), differ.errors
    if name == "t_setjmp":  # grown into libc (setjmp, longjmp): two modules, two deltas
        lo, hi = span
        assert any(not lo + delta <= e < hi + delta for e in differ.entries), differ.entries


def test_untagged_code_addresses_would_show(
    copy_b: tuple[ctypes.CDLL, int, tuple[int, int]],
) -> None:
    """The same run with only the tables moved: the return addresses t_fib
    pushes are copy A's, and the stack comparison sees them (gcc inlines the
    first levels of the recursion: small n make no call)."""
    lib_b, delta, span = copy_b
    differ = Differ(
        addr(lib_b, "t_fib"), _moving_translator(delta, span, tagged=False), arena=Arena()
    )
    try:
        reports = [differ.compare(make_call(random.Random(n), [n])) for n in (10, 12, 14)]
    finally:
        differ.close()
        differ.arena.close()
    assert all(any(m.what == "stack" for m in r.mismatches) for r in reports)


class _Bytes:
    """Hand-assembled code at ``base`` (a CodeSource)."""

    def __init__(self, base: int, code: bytes) -> None:
        self.base, self.code = base, code

    def read(self, a: int, n: int) -> bytes:
        if not 0 <= a - self.base <= len(self.code) - n:
            raise NotTranslatable(f"{a:#x}")
        return self.code[a - self.base : a - self.base + n]


#: lea eax, [rip+0x100] ; lea ax, [rip+0x100] ; ret
LEA_RIP = bytes.fromhex("8d0500010000668d0500010000c3")


def test_lea_rip_into_a_32_bit_register_is_relocatable() -> None:
    """A 32-bit lea keeps the whole address as its field and truncates after
    (``mov eax, eax``); a 16-bit one would need a scratch register: END."""
    t1, t2 = (translate(_Bytes(base, LEA_RIP), [base]) for base in (B1, B2))
    assert [v for _, v in t1.addr_relocs] == [B1 + 6 + 0x100]
    assert relocate(t1.image, t1.addr_relocs, lambda a: a - B1 + B2) == t2.image
    assert t1.ends == [(B1 + 6, "16-bit lea of a rip-relative address")]
    f = CodeFile(LEA_RIP)
    try:
        with LoadedImage(translate(ProcessSource(os.getpid()), [f.addr]).image) as img:
            res = runner.run(Regs().with_(rip=f.addr, rax=-1), img, stop_at_user=True)
    finally:
        f.close()
    assert res.regs.rip == f.addr + 6
    assert res.regs["rax"] == (f.addr + 6 + 0x100) & 0xFFFF_FFFF
