"""Where user code comes from: a live process or an ELF file at a chosen base.

The translator may only translate code that cannot change under it, so a code
source refuses anything that is not executable, read-only and (for a live
process) file-backed.  Read-only data (jump tables) is read through the
separate, optional :meth:`read_data`, which never serves code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

__all__ = ["VDSO", "CodeSource", "ElfSource", "NotTranslatable", "ProcessSource", "Segment"]

_PAGE = 4096
VDSO = "[vdso]"  # its name in /proc/PID/maps
#: pyelftools names STT_GNU_IFUNC (10) STT_LOOS.
_FUNC_TYPES = ("STT_FUNC", "STT_GNU_IFUNC", "STT_LOOS")


class NotTranslatable(Exception):
    """The requested bytes are not code the translator is allowed to read."""


@runtime_checkable
class CodeSource(Protocol):
    """Anything the translator can fetch instruction bytes from."""

    def read(self, addr: int, size: int) -> bytes:
        """Return the bytes at [addr, addr+size) or raise NotTranslatable."""
        ...


@dataclass(frozen=True)
class Segment:
    """One mapped range; ``code`` says whether it may be translated."""

    start: int
    end: int
    code: bool
    name: str


def _find(segments: list[Segment], addr: int, size: int, *, code: bool) -> Segment:
    # Most reads fall in the segment of the previous one: try it first (the
    # cache holds the list itself, so it never answers for another list;
    # segment lists are replaced, never changed in place).
    hit_list, last = _LAST
    if (
        hit_list is segments
        and isinstance(last, Segment)
        and last.start <= addr
        and addr + size <= last.end
        and (last.code or not code)
    ):
        return last
    for seg in segments:
        if seg.start <= addr and addr + size <= seg.end and (seg.code or not code):
            _LAST[:] = [segments, seg]
            return seg
    what = "executable read-only code" if code else "read-only memory"
    raise NotTranslatable(f"[{addr:#x}, {addr + size:#x}) is not in {what}")


_LAST: list[Any] = [None, None]  # (segment list, its last hit)


class ElfSource:
    """An ELF file's PT_LOAD segments mapped at ``load_base + p_vaddr``.

    Only executable, non-writable segments serve code; non-writable ones serve
    data.  Writable segments are not mapped at all: their contents at run time
    are unknown.
    """

    def __init__(self, path: str | os.PathLike[str], load_base: int) -> None:
        from elftools.elf.constants import P_FLAGS
        from elftools.elf.elffile import ELFFile
        from elftools.elf.sections import SymbolTableSection

        self.path = Path(path)
        self.load_base = load_base
        self.segments: list[Segment] = []
        self._bytes: dict[int, bytes] = {}
        self._symbols: dict[str, int] = {}
        with self.path.open("rb") as f:
            elf = ELFFile(f)
            for seg in elf.iter_segments():
                if seg["p_type"] != "PT_LOAD" or seg["p_flags"] & P_FLAGS.PF_W:
                    continue
                start = load_base + seg["p_vaddr"]
                data = seg.data().ljust(seg["p_memsz"], b"\0")
                code = bool(seg["p_flags"] & P_FLAGS.PF_X)
                self.segments.append(Segment(start, start + len(data), code, str(self.path)))
                self._bytes[start] = data
            for secname in (".dynsym", ".symtab"):
                sec = elf.get_section_by_name(secname)
                if not isinstance(sec, SymbolTableSection):
                    continue
                for sym in sec.iter_symbols():
                    if sym["st_value"] and sym["st_info"]["type"] in _FUNC_TYPES:
                        self._symbols[sym.name] = load_base + sym["st_value"]

    def _slice(self, seg: Segment, addr: int, size: int) -> bytes:
        off = addr - seg.start
        return self._bytes[seg.start][off : off + size]

    def read(self, addr: int, size: int) -> bytes:
        return self._slice(_find(self.segments, addr, size, code=True), addr, size)

    def read_data(self, addr: int, size: int) -> bytes:
        return self._slice(_find(self.segments, addr, size, code=False), addr, size)

    def symbol(self, name: str) -> int:
        """The loaded address of function ``name`` (.symtab or .dynsym)."""
        try:
            return self._symbols[name]
        except KeyError:
            raise KeyError(f"{self.path}: no function symbol {name!r}") from None


class ProcessSource:
    """Code of a live process, read through /proc/PID/mem.

    Code is accepted only from file-backed, executable, non-writable mappings
    and the vDSO (the kernel's own code, which the kernel accepts too); the
    mapping list is read once (call :meth:`refresh` after mmap changes).
    Pages are cached, so decoding costs one read per page, not per instruction.
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.segments: list[Segment] = []
        self._pages: dict[int, bytes] = {}
        self.refresh()

    def refresh(self) -> None:
        """Re-read /proc/PID/maps and drop cached pages."""
        segs: list[Segment] = []
        with open(f"/proc/{self.pid}/maps") as f:
            for line in f:
                parts = line.split(maxsplit=5)
                lo, hi = (int(x, 16) for x in parts[0].split("-"))
                perms, inode = parts[1], int(parts[4])
                name = parts[5].strip() if len(parts) > 5 else ""
                if "w" in perms or "r" not in perms:
                    continue
                file_backed = (inode != 0 and name.startswith("/")) or name == VDSO
                code = "x" in perms and file_backed
                if file_backed:
                    segs.append(Segment(lo, hi, code, name))
        self.segments = segs
        self._pages.clear()

    def _page(self, page: int) -> bytes:
        data = self._pages.get(page)
        if data is None:
            with open(f"/proc/{self.pid}/mem", "rb", buffering=0) as f:
                f.seek(page)
                data = f.read(_PAGE)
            if len(data) != _PAGE:
                raise NotTranslatable(f"cannot read page {page:#x} of pid {self.pid}")
            self._pages[page] = data
        return data

    def _read(self, addr: int, size: int) -> bytes:
        page = addr & ~(_PAGE - 1)
        if addr + size <= page + _PAGE:  # within one page (nearly always)
            data = self._pages.get(page)
            if data is None:
                data = self._page(page)
            return data[addr - page : addr - page + size]
        out = bytearray()
        pos = addr
        while pos < addr + size:
            page = pos & ~(_PAGE - 1)
            chunk = self._page(page)[pos - page : min(addr + size - page, _PAGE)]
            out += chunk
            pos += len(chunk)
        return bytes(out)

    def read(self, addr: int, size: int) -> bytes:
        _find(self.segments, addr, size, code=True)
        return self._read(addr, size)

    def read_data(self, addr: int, size: int) -> bytes:
        _find(self.segments, addr, size, code=False)
        return self._read(addr, size)

    def symbol(self, name: str) -> int:
        raise KeyError(f"pid {self.pid}: pass addresses, not symbol names ({name!r})")
