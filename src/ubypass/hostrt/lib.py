"""Build ``libubrt.so`` (once per source hash) and bind it with ctypes.

The library is compiled at run time rather than shipped, because it must match
the ABI header of this checkout; the cache key is a hash of every input, so an
unchanged source is never rebuilt.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from ubypass.paths import REPO_ROOT, cache_dir

__all__ = [
    "RUN_SIZE",
    "UBRT_BUG",
    "UBRT_F_STOP_AT_USER",
    "UBRT_LANDED",
    "UBRT_SIGNAL",
    "UBRT_TIMEOUT",
    "UBRT_TRACE_ENTER",
    "UBRT_USER",
    "UbrtRegs",
    "UbrtRun",
    "UbrtTraceEnt",
    "library",
    "library_path",
]

HERE = Path(__file__).resolve().parent
UAPI = REPO_ROOT / "kernel" / "include" / "uapi"
SOURCES = [HERE / "ubrt.c", HERE / "ubrt_entry.S", HERE / "ubrt.h", UAPI / "linux" / "ub.h"]
CFLAGS = [
    "-O2",
    "-g",
    "-fPIC",
    "-shared",
    "-Wall",
    "-Wextra",
    "-Werror",
    # No vector register may change between ubrt_call and the end of a run.
    "-mgeneral-regs-only",
    "-fno-tree-loop-distribute-patterns",
    "-Wl,-z,noexecstack",
]

UBRT_LANDED = 1
UBRT_SIGNAL = 2
UBRT_TIMEOUT = 3
UBRT_BUG = 4
UBRT_USER = 5
UBRT_F_STOP_AT_USER = 1
UBRT_TRACE_ENTER = 0
RUN_SIZE = 872


class UbrtRegs(ctypes.Structure):
    _fields_ = [
        ("gpr", ctypes.c_uint64 * 16),
        ("rflags", ctypes.c_uint64),
        ("rip", ctypes.c_uint64),
    ]


class UbrtTraceEnt(ctypes.Structure):
    _fields_ = [
        ("kind", ctypes.c_uint32),
        ("info", ctypes.c_uint32),
        ("user_rip", ctypes.c_uint64),
        ("aux", ctypes.c_uint64),
    ]


class UbrtRun(ctypes.Structure):
    _fields_ = [
        ("regs", UbrtRegs),
        ("xmm_in", (ctypes.c_uint8 * 16) * 16),
        ("mxcsr_in", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("image", ctypes.c_void_p),
        ("addr_limit", ctypes.c_uint64),
        ("budget", ctypes.c_int64),
        ("timeout_us", ctypes.c_uint64),
        ("trace", ctypes.POINTER(UbrtTraceEnt)),
        ("trace_cap", ctypes.c_uint32),
        ("nr_trace", ctypes.c_uint32),
        ("status", ctypes.c_uint32),
        ("signo", ctypes.c_int32),
        ("sig_code", ctypes.c_int32),
        ("mxcsr_out", ctypes.c_uint32),
        ("fault_addr", ctypes.c_uint64),
        ("bug_pc", ctypes.c_uint64),
        ("xmm_out", (ctypes.c_uint8 * 16) * 16),
        ("msg", ctypes.c_char * 128),
    ]


def _digest() -> str:
    h = hashlib.sha256()
    for src in SOURCES:
        h.update(src.name.encode() + b"\0" + src.read_bytes() + b"\0")
    h.update(" ".join(CFLAGS).encode())
    return h.hexdigest()[:16]


def library_path() -> Path:
    """Return the built library, compiling it only if this source hash is new."""
    out = cache_dir("hostrt", _digest()) / "libubrt.so"
    if out.exists():
        return out
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        tmp_out = Path(tmp) / "libubrt.so"
        cmd = [
            "gcc",
            *CFLAGS,
            "-I",
            str(UAPI),
            "-I",
            str(HERE),
            "-o",
            str(tmp_out),
            str(HERE / "ubrt.c"),
            str(HERE / "ubrt_entry.S"),
        ]
        subprocess.run(cmd, check=True)
        os.replace(tmp_out, out)  # atomic: a concurrent loader sees all or nothing
    return out


def _bind(lib: ctypes.CDLL) -> None:
    lib.ubrt_image_load.argtypes = [
        ctypes.c_char_p,
        ctypes.c_uint64,
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_char_p,
        ctypes.c_size_t,
    ]
    lib.ubrt_image_load.restype = ctypes.c_int
    lib.ubrt_image_free.argtypes = [ctypes.c_void_p]
    lib.ubrt_image_free.restype = None
    lib.ubrt_image_code.argtypes = [ctypes.c_void_p]
    lib.ubrt_image_code.restype = ctypes.c_uint64
    lib.ubrt_landing_addr.argtypes = []
    lib.ubrt_landing_addr.restype = ctypes.c_uint64
    lib.ubrt_exit_addr.argtypes = []
    lib.ubrt_exit_addr.restype = ctypes.c_uint64
    lib.ubrt_run.argtypes = [ctypes.POINTER(UbrtRun)]
    lib.ubrt_run.restype = ctypes.c_uint32
    lib.ubrt_layout.argtypes = []
    lib.ubrt_layout.restype = ctypes.c_uint64


@cache
def library() -> ctypes.CDLL:
    """Load the runtime once per process, checking that the mirror matches."""
    lib = ctypes.CDLL(str(library_path()))
    _bind(lib)
    layout = lib.ubrt_layout()
    want = (ctypes.sizeof(UbrtRun) << 32) | (128 << 16) | ctypes.sizeof(UbrtRegs)
    if layout != want or ctypes.sizeof(UbrtRun) != RUN_SIZE:
        raise RuntimeError(f"libubrt layout {layout:#x} does not match lib.py ({want:#x})")
    return lib
