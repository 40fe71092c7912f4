"""Name guest PCs: kernel functions, BTC text, user code per ELF symbol.

- Kernel: the lab build's System.map (text symbols only), shifted by the
  KASLR slide that the guest's /proc/kallsyms ``_text`` gives.  A PC counts
  as kernel text only inside ``_stext.._etext`` or ``_sinittext.._einittext``.
- BTC text: the ub runtime puts translated code in execmem (EXECMEM_BPF, the
  module area, ``kernel/ub/image.c``), above the kernel image: any other
  kernel PC in :data:`EXECMEM` is "BTC text" (a BPF JIT program would be
  too; the lab loads none).
- User: the profiled process's /proc/PID/maps snapshot maps a PC to a file
  and offset; the file (copied out of the guest) maps the offset to a
  virtual address through its PT_LOAD segments and that to the enclosing
  function symbol (.symtab, else .dynsym).  PCs of other processes that
  fall in the same ranges are named as if they were the profiled one's: a
  window should hold one process's user code.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "EXECMEM",
    "ElfSymbols",
    "KernelSymbols",
    "Mapping",
    "UserSymbols",
    "kallsyms_slide",
    "parse_maps",
]

#: x86-64 MODULES_VADDR..MODULES_END with KASLR (KERNEL_IMAGE_SIZE = 1 GiB),
#: where execmem_alloc() places module, BPF and BTC text.
EXECMEM = (0xFFFF_FFFF_C000_0000, 0xFFFF_FFFF_FF00_0000)
_TEXT_TYPES = frozenset("TtWw")


class _Sorted:
    """Sorted (address, name) pairs with an optional end per symbol."""

    def __init__(self, items: Iterable[tuple[int, int | None, str]]) -> None:
        rows = sorted(items)
        self.starts = [start for start, _, _ in rows]
        self.ends = [end for _, end, _ in rows]
        self.names = [name for _, _, name in rows]

    def find(self, addr: int) -> str | None:
        i = bisect.bisect_right(self.starts, addr) - 1
        if i < 0:
            return None
        end = self.ends[i]
        if end is not None and addr >= end:
            return None
        return self.names[i]


class KernelSymbols:
    """The kernel's text symbols, from System.map, at the guest's addresses."""

    def __init__(self, system_map: str, slide: int = 0) -> None:
        syms: list[tuple[int, int | None, str]] = []
        marks: dict[str, int] = {}
        for line in system_map.splitlines():
            parts = line.split()
            if len(parts) < 3:
                continue
            try:
                addr = int(parts[0], 16) + slide
            except ValueError:
                continue
            marks.setdefault(parts[2], addr)
            if parts[1] in _TEXT_TYPES:
                syms.append((addr, None, parts[2]))
        bounds = (("_stext", "_etext"), ("_sinittext", "_einittext"))
        self.ranges = [(marks[lo], marks[hi]) for lo, hi in bounds
                       if lo in marks and hi in marks]
        self.text_start = marks.get("_text")
        self._syms = _Sorted(syms)

    @classmethod
    def from_file(cls, path: Path, slide: int = 0) -> KernelSymbols:
        return cls(path.read_text(errors="replace"), slide)

    def in_text(self, pc: int) -> bool:
        return any(lo <= pc < hi for lo, hi in self.ranges)

    def lookup(self, pc: int) -> str | None:
        """The function holding pc, or None outside the kernel's text."""
        return self._syms.find(pc) if self.in_text(pc) else None


def kallsyms_slide(system_map_text: int | None, kallsyms_line: str) -> int:
    """The KASLR slide: the running ``_text`` (a /proc/kallsyms line) minus System.map's."""
    parts = kallsyms_line.split()
    if system_map_text is None or len(parts) < 3 or parts[2] != "_text":
        return 0
    return int(parts[0], 16) - system_map_text


@dataclass(frozen=True)
class Mapping:
    """One line of /proc/PID/maps."""

    start: int
    end: int
    perms: str
    offset: int
    path: str

    @property
    def executable(self) -> bool:
        return "x" in self.perms


def parse_maps(text: str) -> list[Mapping]:
    """The mappings of a /proc/PID/maps text (malformed lines are skipped)."""
    out: list[Mapping] = []
    for line in text.splitlines():
        parts = line.split(None, 5)
        if len(parts) < 5 or "-" not in parts[0]:
            continue
        lo, _, hi = parts[0].partition("-")
        try:
            out.append(Mapping(int(lo, 16), int(hi, 16), parts[1], int(parts[2], 16),
                               parts[5].strip() if len(parts) == 6 else ""))
        except ValueError:
            continue
    return out


class ElfSymbols:
    """Function symbols of one ELF file, found by file offset."""

    def __init__(self, path: Path) -> None:
        from elftools.elf.elffile import ELFFile

        self.loads: list[tuple[int, int, int]] = []  # (file offset, size, vaddr)
        syms: list[tuple[int, int | None, str]] = []
        with path.open("rb") as f:
            elf = ELFFile(f)
            for seg in elf.iter_segments():
                if seg["p_type"] == "PT_LOAD":
                    self.loads.append((seg["p_offset"], seg["p_filesz"], seg["p_vaddr"]))
            for name in (".symtab", ".dynsym"):
                table = elf.get_section_by_name(name)
                if table is None:
                    continue
                for sym in table.iter_symbols():  # type: ignore[attr-defined]
                    if sym["st_info"]["type"] == "STT_FUNC" and sym["st_value"] and sym.name:
                        size = sym["st_size"]
                        syms.append((sym["st_value"],
                                     sym["st_value"] + size if size else None, sym.name))
                if syms:
                    break
        self._syms = _Sorted(syms)

    def vaddr(self, offset: int) -> int | None:
        for off, size, vaddr in self.loads:
            if off <= offset < off + size:
                return vaddr + offset - off
        return None

    def lookup_offset(self, offset: int) -> str | None:
        vaddr = self.vaddr(offset)
        return None if vaddr is None else self._syms.find(vaddr)


class UserSymbols:
    """User PCs of one process, named through its maps and its files' symbols.

    ``open_file`` gives the host copy of a guest path (None when it was not
    copied out); files are parsed once, on first use.
    """

    def __init__(self, maps: list[Mapping], open_file: Callable[[str], Path | None]) -> None:
        self.maps = sorted((m for m in maps if m.executable), key=lambda m: m.start)
        self._starts = [m.start for m in self.maps]
        self._open = open_file
        self._elves: dict[str, ElfSymbols | None] = {}

    def _elf(self, path: str) -> ElfSymbols | None:
        if path not in self._elves:
            host = self._open(path) if path.startswith("/") else None
            try:
                self._elves[path] = ElfSymbols(host) if host is not None else None
            except Exception:  # not an ELF file, or one pyelftools cannot read
                self._elves[path] = None
        return self._elves[path]

    def lookup(self, pc: int) -> tuple[str, str | None] | None:
        """(file or [region], symbol or None) for pc, or None outside the maps."""
        i = bisect.bisect_right(self._starts, pc) - 1
        if i < 0 or pc >= self.maps[i].end:
            return None
        m = self.maps[i]
        if not m.path.startswith("/"):
            return (m.path or "[anon]", None)
        elf = self._elf(m.path)
        name = elf.lookup_offset(pc - m.start + m.offset) if elf is not None else None
        return (m.path, name)
