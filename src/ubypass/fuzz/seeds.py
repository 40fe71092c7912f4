"""Base images: real translations of the lab's test programs and of libc.

Sites are found statically, not by sampling: every instruction after a
``syscall`` in a program's ``.text`` (or in named functions of a shared
library), decoded by a linear sweep.  With ASLR off for the targets, the
same program gives the same translation on every boot, so a run's mutants
are the same bytes when it resumes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ubypass.fuzz.mutate import Base
from ubypass.translator import CodeSource, translate

__all__ = ["elf_syscall_sites", "load_base", "translate_base"]


def _after_syscalls(code: bytes, ip: int) -> list[int]:
    from iced_x86 import Decoder, Mnemonic

    return [ins.next_ip for ins in Decoder(64, code, ip=ip) if ins.mnemonic == Mnemonic.SYSCALL]


def elf_syscall_sites(path: str | Path, base: int,
                      functions: Sequence[str] | None = None) -> list[int]:
    """The RIPs just after each ``syscall`` of ``path`` loaded at ``base``: in
    ``.text``, or only in ``functions`` (by their symbol sizes)."""
    from elftools.elf.elffile import ELFFile
    from elftools.elf.sections import SymbolTableSection

    sites: set[int] = set()
    with open(path, "rb") as f:
        elf = ELFFile(f)
        if functions is None:
            text = elf.get_section_by_name(".text")
            if text is None:
                raise ValueError(f"{path}: no .text")
            sites.update(_after_syscalls(text.data(), base + text["sh_addr"]))
            return sorted(sites)
        want = set(functions)
        for name in (".dynsym", ".symtab"):
            sec = elf.get_section_by_name(name)
            if not isinstance(sec, SymbolTableSection):
                continue
            for sym in sec.iter_symbols():
                if sym.name not in want or not sym["st_size"]:
                    continue
                addr, size = sym["st_value"], sym["st_size"]
                for seg in elf.iter_segments():
                    if seg["p_type"] == "PT_LOAD" and \
                            seg["p_vaddr"] <= addr < seg["p_vaddr"] + seg["p_filesz"]:
                        off = addr - seg["p_vaddr"] + seg["p_offset"]
                        f.seek(off)
                        sites.update(_after_syscalls(f.read(size), base + addr))
    return sorted(sites)


def load_base(pid: int, path: str) -> int:
    """Where ``path`` is mapped in ``pid`` (its mapping at file offset 0)."""
    real = str(Path(path).resolve())
    with open(f"/proc/{pid}/maps") as f:
        for line in f:
            parts = line.split(maxsplit=5)
            if len(parts) == 6 and parts[5].strip() == real and int(parts[2], 16) == 0:
                return int(parts[0].split("-")[0], 16)
    raise LookupError(f"pid {pid} has no mapping of {real} at offset 0")


def translate_base(name: str, source: CodeSource, entries: Sequence[int],
                   max_insns: int = 4000) -> Base:
    """Translate ``entries`` (together: one image) into a base."""
    tr = translate(source, sorted(set(entries)), max_insns=max_insns)
    return Base(name, tr.image)
