"""The host's real libc functions: native and BTC must agree.

These are the vector string functions glibc's IFUNCs pick on this machine
(AVX-512/EVEX where the CPU has it) and, in a child process with AVX-512
hidden from glibc, the AVX2 variants; plus the read/write/pread wrappers with
their errno path (a TLS store through fs:); and libm's floating-point code.
"""

from __future__ import annotations

import ctypes
import dataclasses
import json
import os
import random
import struct
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from diffsupport import Gen, arena, check

from ubypass.hostrt.arena import BUF_SIZE, Arena, Call, make_call, random_call

__all__ = ["arena"]

LIBC = ctypes.CDLL("libc.so.6")


def libc_addr(name: str) -> int:
    value = ctypes.cast(getattr(LIBC, name), ctypes.c_void_p).value
    assert value is not None
    return value


def buf(r: random.Random) -> bytes:
    return r.randbytes(BUF_SIZE)


def cstring(r: random.Random, nul_rate: float = 0.9) -> bytes:
    """A buffer with a NUL somewhere (or, rarely, none: the read runs into the guard page)."""
    b = bytearray(r.randbytes(BUF_SIZE).replace(b"\0", b"\1"))
    if r.random() < nul_rate:
        b[r.choice([r.randrange(64), r.randrange(BUF_SIZE)])] = 0
    return bytes(b)


def near_copy(r: random.Random, a: bytes) -> bytes:
    b = bytearray(a)
    if r.random() < 0.8:
        i = r.randrange(BUF_SIZE)
        b[i] = (b[i] + 1) % 256
    return bytes(b)


def string_gens(arena: Arena) -> dict[str, Gen]:
    def memmove(r: random.Random) -> Call:
        k = r.randrange(-512, 512)
        n = r.randrange(BUF_SIZE - 1024)
        return make_call(r, [buf(r), arena.slot(0) + 512 + k, n])

    def memcmp(r: random.Random) -> Call:
        a = buf(r)
        return make_call(r, [a, near_copy(r, a), r.randrange(BUF_SIZE + 1)])

    def strcmp(r: random.Random) -> Call:
        a = cstring(r, 0.97)
        return make_call(r, [a, near_copy(r, a)])

    return {
        "memcpy": lambda r: make_call(r, [buf(r), buf(r), r.randrange(BUF_SIZE + 1)]),
        "memmove": memmove,
        "memset": lambda r: make_call(r, [buf(r), r.randrange(256), r.randrange(BUF_SIZE + 1)]),
        "strlen": lambda r: make_call(r, [cstring(r)]),
        "strchr": lambda r: make_call(r, [cstring(r), r.choice([0, r.randrange(256)])]),
        "memcmp": memcmp,
        "strcmp": strcmp,
    }


def run_strings(arena: Arena, names: list[str], n: int) -> dict[str, int]:
    """Check each function; returns how many calls faulted natively (all matched)."""
    gens = string_gens(arena)
    faulted = {}
    for name in names:
        reports = check(arena, libc_addr(name), gens[name], n, seed=zlib.crc32(name.encode()))
        faulted[name] = sum(bool(r.native.signo) for r in reports)
    return faulted


@pytest.mark.parametrize(
    "name", ["memcpy", "memmove", "memset", "strlen", "strchr", "memcmp", "strcmp"]
)
def test_string_function(arena: Arena, name: str) -> None:
    run_strings(arena, [name], 40)


def test_strlen_into_guard_page_faults_alike(arena: Arena) -> None:
    faulted = run_strings(arena, ["strlen"], 40)
    assert faulted["strlen"] > 0


AVX2_TUNABLES = "glibc.cpu.hwcaps=-AVX512F,-AVX512VL,-AVX512BW,-AVX512DQ,-AVX512CD,-EVEX"


def test_avx2_variants_in_a_child() -> None:
    """The AVX2 variants: glibc picks them when told the CPU lacks AVX-512."""
    env = dict(os.environ, GLIBC_TUNABLES=AVX2_TUNABLES)
    here = Path(__file__).resolve().parent
    code = (
        f"import sys, json; sys.path.insert(0, {str(here)!r}); import test_libc as t; "
        "print(json.dumps(t.child_main()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=540
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    mine = {n: libc_addr(n) for n in ("memcpy", "strlen")}
    assert result["addrs"] != mine or not _has_avx512(), "the child got the same variants"
    assert result["evex"] == 0, "an EVEX instruction in the child's string functions"


def _has_avx512() -> bool:
    return "avx512f" in Path("/proc/cpuinfo").read_text()


def _evex_count(addr: int) -> int:
    """EVEX-encoded instructions in the first 256 bytes at ``addr``."""
    from iced_x86 import Decoder, EncodingKind

    code = ctypes.string_at(addr, 256)
    return sum(i.encoding == EncodingKind.EVEX for i in Decoder(64, code, ip=addr))


def test_picked_variants_are_vector_code() -> None:
    """What runs here really is glibc's vector code (EVEX with AVX-512, else VEX)."""
    from iced_x86 import Decoder, EncodingKind

    for name in ("memcpy", "strlen"):
        code = ctypes.string_at(libc_addr(name), 256)
        kinds = {i.encoding for i in Decoder(64, code)}
        assert kinds & {EncodingKind.VEX, EncodingKind.EVEX}, name


def child_main() -> dict[str, object]:
    a = Arena()
    try:
        run_strings(a, ["memcpy", "memmove", "memset", "strlen", "strchr", "memcmp", "strcmp"], 25)
        addrs = {n: libc_addr(n) for n in ("memcpy", "strlen")}
        evex = sum(_evex_count(libc_addr(n)) for n in ("memcpy", "strlen", "strcmp"))
        return {"addrs": addrs, "evex": evex}
    finally:
        a.close()


def test_wrappers_multithreaded_in_a_child() -> None:
    """Once a process has a second thread, glibc's read/write/pread take the
    cancellation path (__pthread_enable_asynccancel: TLS, lock-prefixed
    updates); that flag never goes back, so this runs in a child."""
    here = Path(__file__).resolve().parent
    code = (
        f"import sys, json; sys.path.insert(0, {str(here)!r}); import test_libc as t; "
        "print(json.dumps(t.threaded_child_main()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=540)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["single_threaded"] == 0
    assert all(n > 0 for n in result["syscalls"].values())


def threaded_child_main() -> dict[str, object]:
    import threading

    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    flag = ctypes.c_char.in_dll(LIBC, "__libc_single_threaded").value[0]
    a = Arena()
    fds = {
        "data": os.open(__file__, os.O_RDONLY),
        "zero": os.open("/dev/zero", os.O_RDONLY),
        "null": os.open("/dev/null", os.O_WRONLY),
        "bad": 777,
    }
    syscalls = {}
    try:
        for name, gen in io_gens(fds).items():
            reports = check(a, libc_addr(name), gen, 20, seed=zlib.crc32(name.encode()))
            syscalls[name] = sum(
                t.reason is not None and t.reason.name == "SYSCALL"
                for r in reports
                if r.btc
                for t in r.btc.trace
            )
    finally:
        stop.set()
        worker.join()
        a.close()
    return {"single_threaded": flag, "syscalls": syscalls}


@pytest.fixture(scope="module")
def fds() -> Iterator[dict[str, int]]:
    with tempfile.TemporaryFile() as f:
        f.write(random.Random(3).randbytes(20000))
        f.flush()
        out = {
            "data": os.dup(f.fileno()),
            "zero": os.open("/dev/zero", os.O_RDONLY),
            "null": os.open("/dev/null", os.O_WRONLY),
            "bad": 777,
        }
        yield out
        for k in ("data", "zero", "null"):
            os.close(out[k])


def io_gens(fds: dict[str, int]) -> dict[str, Callable[[random.Random], Call]]:
    return {
        "read": lambda r: make_call(
            r, [r.choice([fds["zero"], fds["bad"], fds["null"]]), buf(r), r.randrange(BUF_SIZE + 1)]
        ),
        "write": lambda r: make_call(
            r, [r.choice([fds["null"], fds["bad"], fds["zero"]]), buf(r), r.randrange(BUF_SIZE + 1)]
        ),
        "pread64": lambda r: make_call(
            r,
            [
                r.choice([fds["data"], fds["bad"], fds["null"]]),
                buf(r),
                r.randrange(BUF_SIZE + 1),
                r.choice([0, r.randrange(30000), 2**63 + 5]),
            ],
        ),
    }


@pytest.mark.parametrize("name", ["read", "write", "pread64"])
def test_syscall_wrapper(arena: Arena, fds: dict[str, int], name: str) -> None:
    reports = check(arena, libc_addr(name), io_gens(fds)[name], 30, seed=zlib.crc32(name.encode()))
    assert any(r.native.regs["rax"] == 2**64 - 1 for r in reports), "no errno path"
    assert any(r.native.regs["rax"] < 2**63 for r in reports), "no successful call"
    assert all(
        any(t.reason is not None and t.reason.name == "SYSCALL" for t in r.btc.trace)
        for r in reports
        if r.btc
    )


LIBM = ctypes.CDLL("libm.so.6")


def _double_call(r: random.Random) -> Call:
    """Doubles in xmm0/xmm1 (mostly ordinary, sometimes special), rdi a buffer
    (frexp's exponent pointer); the rest of the vector file random."""

    def value() -> float:
        return r.choice(
            [
                r.uniform(-50, 50),
                r.uniform(-1e300, 1e300),
                0.0,
                -0.0,
                float("inf"),
                float("nan"),
                1e-310,
                r.uniform(0, 2),
            ]
        )

    base = make_call(r, [r.randbytes(BUF_SIZE), r.randrange(-64, 64) % 2**64])
    xmm = (struct.pack("<dd", value(), 0.0), struct.pack("<dd", value(), 0.0), *base.xmm[2:])
    return dataclasses.replace(base, xmm=xmm)


@pytest.mark.parametrize(
    "name",
    ["sin", "cos", "exp", "log", "pow", "fmod", "atan2", "lround", "frexp", "cbrt", "lgamma"],
)
def test_libm_function(arena: Arena, name: str) -> None:
    """libm: SSE/FMA code, xmm0 results, MXCSR exception flags and errno."""
    fn = ctypes.cast(getattr(LIBM, name), ctypes.c_void_p).value
    assert fn is not None
    check(arena, fn, _double_call, 30, seed=zlib.crc32(name.encode()))


@pytest.mark.parametrize(
    "name", ["swab", "strerror_r", "strtod", "strcasestr", "wmemmove", "memfrob", "ldiv", "a64l"]
)
def test_more_libc_with_generic_arguments(arena: Arena, name: str) -> None:
    """More of libc with `ub translate --compare`'s argument sets (integers or
    buffers): byte registers (swab's ah), errno strings, FP parsing, struct
    returns, and faults on the integer "pointers"."""
    check(arena, libc_addr(name), random_call, 30, seed=zlib.crc32(name.encode()))
