"""Code sources hand out only code that cannot change under the translator."""

from __future__ import annotations

import ctypes
import mmap
import os

import pytest
from trsupport import BASE

from ubypass.translator import ElfSource, NotTranslatable, ProcessSource


def test_elf_symbols_are_in_code(elf: ElfSource) -> None:
    a = elf.symbol("t_loop")
    assert a > BASE
    assert len(elf.read(a, 16)) == 16


def test_elf_refuses_data_as_code(elf: ElfSource) -> None:
    rodata = [s for s in elf.segments if not s.code]
    assert rodata, "progs.so has a read-only data segment"
    with pytest.raises(NotTranslatable, match="not in executable"):
        elf.read(rodata[0].start, 4)
    assert len(elf.read_data(rodata[0].start, 4)) == 4


def test_elf_unknown_symbol(elf: ElfSource) -> None:
    with pytest.raises(KeyError):
        elf.symbol("no_such_function")


def test_process_reads_live_libc_code() -> None:
    libc = ctypes.CDLL(None)
    a = ctypes.cast(libc.strlen, ctypes.c_void_p).value
    assert a is not None
    src = ProcessSource(os.getpid())
    assert src.read(a, 32) == ctypes.string_at(a, 32)


def test_process_refuses_writable_memory() -> None:
    buf = ctypes.create_string_buffer(b"\x90" * 64)
    with pytest.raises(NotTranslatable):
        ProcessSource(os.getpid()).read(ctypes.addressof(buf), 8)


def test_process_refuses_anonymous_executable_memory() -> None:
    m = mmap.mmap(-1, 4096, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS,
                  prot=mmap.PROT_READ | mmap.PROT_EXEC)
    try:
        with open(f"/proc/{os.getpid()}/maps") as f:
            maps = f.read().splitlines()
        anon_x = [ln for ln in maps if " r-xp " in ln and len(ln.split()) == 5]
        assert anon_x, "the anonymous r-x mapping is listed"
        start = int(anon_x[0].split("-")[0], 16)
        with pytest.raises(NotTranslatable):
            ProcessSource(os.getpid()).read(start, 4)
    finally:
        m.close()


def test_process_reads_the_vdso_as_code() -> None:
    """The vDSO is the kernel's own code: calls to clock_gettime() run there."""
    with open(f"/proc/{os.getpid()}/maps") as f:
        vdso = [ln for ln in f.read().splitlines() if ln.endswith(" [vdso]")]
    if not vdso:
        pytest.fail("this kernel maps no vDSO (vdso=0?)")
    start = int(vdso[0].split("-")[0], 16)
    assert ProcessSource(os.getpid()).read(start, 4) == b"\x7fELF"
