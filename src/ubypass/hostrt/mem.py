"""Raw memory mappings for runs: user stacks, buffers, guard pages, code files.

Runs need memory at addresses chosen by the caller (identical for a native and
a BTC run, below a small ``addr_limit``, next to guard pages), which Python's
``mmap`` module cannot give, so this calls libc's mmap directly.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from pathlib import Path
from types import TracebackType

__all__ = [
    "PAGE",
    "PROT_EXEC",
    "PROT_NONE",
    "PROT_READ",
    "PROT_WRITE",
    "Mapping",
    "libc",
    "peek",
    "poke",
]

PAGE = os.sysconf("SC_PAGE_SIZE")
PROT_NONE = 0
PROT_READ = 1
PROT_WRITE = 2
PROT_EXEC = 4
MAP_PRIVATE = 0x02
MAP_FIXED = 0x10
MAP_ANONYMOUS = 0x20
MAP_FIXED_NOREPLACE = 0x100000
MAP_FAILED = ctypes.c_void_p(-1).value

libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
libc.mmap.argtypes = [
    ctypes.c_void_p,
    ctypes.c_size_t,
    ctypes.c_int,
    ctypes.c_int,
    ctypes.c_int,
    ctypes.c_long,
]
libc.mmap.restype = ctypes.c_void_p
libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
libc.munmap.restype = ctypes.c_int
libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
libc.mprotect.restype = ctypes.c_int


def _check(ret: int | None, what: str) -> int:
    if ret is None or ret == MAP_FAILED or ret == -1:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")
    return ret


def peek(addr: int, size: int) -> bytes:
    """Read process memory (the caller knows it is mapped)."""
    return ctypes.string_at(addr, size)


def poke(addr: int, data: bytes) -> None:
    """Write process memory (the caller knows it is mapped writable)."""
    ctypes.memmove(addr, data, len(data))


class Mapping:
    """One mmap'd range; anonymous unless ``path`` is given."""

    def __init__(
        self,
        size: int,
        prot: int = PROT_READ | PROT_WRITE,
        *,
        addr: int | None = None,
        path: Path | None = None,
    ) -> None:
        self.size = (size + PAGE - 1) // PAGE * PAGE
        flags = MAP_PRIVATE
        fd = -1
        if addr is not None:
            flags |= MAP_FIXED_NOREPLACE
        if path is None:
            flags |= MAP_ANONYMOUS
        else:
            fd = os.open(path, os.O_RDONLY)
        try:
            got = _check(libc.mmap(addr or 0, self.size, prot, flags, fd, 0), "mmap")
        finally:
            if fd >= 0:
                os.close(fd)
        if addr is not None and got != addr:
            libc.munmap(got, self.size)
            raise OSError(f"mmap: wanted {addr:#x}, got {got:#x}")
        self.addr: int = got
        self.end = got + self.size

    def protect(self, prot: int, offset: int = 0, size: int | None = None) -> None:
        _check(libc.mprotect(self.addr + offset, size or self.size - offset, prot), "mprotect")

    def read(self, offset: int = 0, size: int | None = None) -> bytes:
        return peek(self.addr + offset, self.size - offset if size is None else size)

    def write(self, data: bytes, offset: int = 0) -> None:
        if offset + len(data) > self.size:
            raise ValueError("write past the mapping")
        poke(self.addr + offset, data)

    def close(self) -> None:
        if self.addr:
            libc.munmap(self.addr, self.size)
            self.addr = 0

    def __enter__(self) -> Mapping:
        return self

    def __exit__(
        self, t: type[BaseException] | None, v: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
