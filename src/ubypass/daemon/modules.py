"""The files a process runs code from: identity, load base, symbols.

The translation cache must recognise a library in another process, or after
a restart, wherever ASLR put it: a module is named by the file's identity
(its GNU build-id, or the SHA-256 of its bytes when it has none), never by
path or address.  Files are opened through ``/proc/PID/map_files``, so the
identity is that of the very file the process mapped, even if the path now
names another one.  Identities are memoised by (device, inode, size, mtime).

A user address belongs to the module whose ELF image ``[base + lo, base +
extent)`` holds it, covering every PT_LOAD segment (``.bss`` included):
rip-relative references to a module's data move with it.  ``base`` is the
load bias (0 for a non-PIE executable, whose addresses never move).

The vDSO is a module too (programs call clock_gettime() there between their
syscalls): named by the SHA-256 of its text, read from the process, and
spanning the ``[vvar]`` pages below it, which its code reads rip-relative.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache

from elftools.common.exceptions import ELFError
from elftools.elf.elffile import ELFFile
from elftools.elf.sections import NoteSection, SymbolTableSection

from ubypass.translator.source import VDSO

__all__ = ["Module", "ModuleError", "ModuleMap", "Symbols", "module_map"]

_FUNC_TYPES = ("STT_FUNC", "STT_GNU_IFUNC", "STT_LOOS")
_HASH_CHUNK = 1 << 20


class ModuleError(Exception):
    """A process's mappings cannot be read or an address is in no module."""


@dataclass(frozen=True)
class Module:
    """One ELF file mapped in a process."""

    ident: str  # "build-id:<hex>" or "sha256:<hex>"
    path: str
    base: int  # the load bias: a PT_LOAD's address is base + p_vaddr
    extent: int  # the end of the PT_LOAD segments, from base
    lo: int = 0  # their start, from base (0 for a shared object or PIE)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    @property
    def start(self) -> int:
        return self.base + self.lo

    def contains(self, addr: int) -> bool:
        return self.base + self.lo <= addr < self.base + self.extent


@dataclass(frozen=True)
class _FileInfo:
    ident: str
    lo: int
    extent: int
    loads: tuple[tuple[int, int, int], ...]  # (p_offset, p_vaddr, p_filesz) per PT_LOAD

    def vaddr_at(self, offset: int) -> int:
        """The p_vaddr a mapping at file ``offset`` holds (its page)."""
        for off, vaddr, size in self.loads:
            if off & ~0xFFF <= offset < off + max(size, 1):
                return vaddr - off + offset
        raise ValueError(f"no PT_LOAD maps file offset {offset:#x}")


def _ident_of(f: ELFFile) -> str:
    for sec in f.iter_sections():
        if isinstance(sec, NoteSection):
            for note in sec.iter_notes():
                if note["n_type"] == "NT_GNU_BUILD_ID":
                    return f"build-id:{note['n_desc']}"
    h = hashlib.sha256()
    stream = f.stream
    stream.seek(0)
    while chunk := stream.read(_HASH_CHUNK):
        h.update(chunk)
    return f"sha256:{h.hexdigest()}"


@lru_cache(maxsize=512)
def _file_info(_key: tuple[int, int, int, int], path: str) -> _FileInfo:
    with open(path, "rb") as fobj:
        elf = ELFFile(fobj)
        loads = tuple((seg["p_offset"], seg["p_vaddr"], seg["p_filesz"])
                      for seg in elf.iter_segments() if seg["p_type"] == "PT_LOAD")
        ends = [seg["p_vaddr"] + seg["p_memsz"] for seg in elf.iter_segments()
                if seg["p_type"] == "PT_LOAD"]
        lo = min((v for _, v, _ in loads), default=0) & ~0xFFF
        return _FileInfo(_ident_of(elf), lo, max(ends, default=0), loads)


def file_info(path: str) -> _FileInfo:
    """Identity and extent of the ELF file at ``path`` (memoised per file version)."""
    st = os.stat(path)
    return _file_info((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns), path)


class ModuleMap:
    """The modules of one process at one moment, by base address."""

    def __init__(self, modules: list[Module]) -> None:
        self.modules = sorted(modules, key=lambda m: m.start)
        self._starts = [m.start for m in self.modules]

    def find(self, addr: int) -> Module:
        i = bisect.bisect_right(self._starts, addr) - 1
        if i >= 0 and self.modules[i].contains(addr):
            return self.modules[i]
        raise ModuleError(f"{addr:#x} is not in a file-backed ELF mapping "
                          "(the vDSO, JIT code or anonymous memory)")

    def by_ident(self, ident: str) -> Module | None:
        for m in self.modules:
            if m.ident == ident:
                return m
        return None


def module_map(pid: int) -> ModuleMap:
    """Read ``pid``'s mapped ELF files from /proc (needs root for map_files)."""
    seen: dict[str, Module] = {}
    try:
        with open(f"/proc/{pid}/maps") as f:
            lines = f.readlines()
    except OSError as e:
        raise ModuleError(f"pid {pid}: cannot read its mappings: {e.strerror}") from None
    vvar = 0
    for line in lines:
        parts = line.split(maxsplit=5)
        name = parts[5].strip() if len(parts) == 6 else ""
        if name == "[vvar]":
            vvar = int(parts[0].split("-")[0], 16)
        elif name == VDSO:
            with contextlib.suppress(OSError):
                seen[VDSO] = _vdso_module(pid, parts[0], vvar)
        if len(parts) < 6 or int(parts[4]) == 0 or not parts[5].startswith("/"):
            continue
        rng, offset, path = parts[0], int(parts[2], 16), parts[5].strip()
        if path in seen:
            continue
        start, end = (int(x, 16) for x in rng.split("-"))
        try:  # map_files names have no leading zeros, maps lines do
            info = file_info(f"/proc/{pid}/map_files/{start:x}-{end:x}")
            base = start - info.vaddr_at(offset)
        except (OSError, ELFError, ValueError):  # not ELF (locale archives...), or gone
            continue
        seen[path] = Module(info.ident, path, base, info.extent, info.lo)
    return ModuleMap(list(seen.values()))


def _vdso_module(pid: int, rng: str, vvar: int) -> Module:
    start, end = (int(x, 16) for x in rng.split("-"))
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as f:
        f.seek(start)
        text = f.read(end - start)
    lo = (vvar - start) if vvar and vvar < start else 0
    return Module(f"vdso:{hashlib.sha256(text).hexdigest()}", VDSO, start, end - start, lo)


class Symbols:
    """``libc.so.6:__libc_pread64+0x2a`` for addresses, from .symtab/.dynsym."""

    def __init__(self) -> None:
        self._tables: dict[str, tuple[list[int], list[str]]] = {}

    def _table(self, path: str) -> tuple[list[int], list[str]]:
        table = self._tables.get(path)
        if table is None:
            pairs: dict[int, str] = {}
            try:
                with open(path, "rb") as fobj:
                    elf = ELFFile(fobj)
                    for secname in (".dynsym", ".symtab"):
                        sec = elf.get_section_by_name(secname)
                        if isinstance(sec, SymbolTableSection):
                            for sym in sec.iter_symbols():
                                if sym["st_value"] and sym["st_info"]["type"] in _FUNC_TYPES:
                                    pairs.setdefault(sym["st_value"], sym.name)
            except (OSError, ELFError):  # unreadable or not ELF: offsets only
                pairs = {}
            addrs = sorted(pairs)
            table = (addrs, [pairs[a] for a in addrs])
            self._tables[path] = table
        return table

    def name(self, modules: ModuleMap, addr: int) -> str:
        try:
            mod = modules.find(addr)
        except ModuleError:
            return f"{addr:#x}"
        off = addr - mod.base  # st_value is a p_vaddr
        addrs, names = self._table(mod.path)
        i = bisect.bisect_right(addrs, off) - 1
        if i < 0:
            return f"{mod.name}+{off:#x}"
        return f"{mod.name}:{names[i]}+{off - addrs[i]:#x}"
