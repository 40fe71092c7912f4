"""gcc -O2 functions (tests/differential/funcs.c): native and BTC must agree.

Each function gets arguments that exercise it (buffers where it takes
pointers, sizes that fit them, file descriptors that exist or not) plus
arguments that make it fault; every call must match native execution and
must have run translated to its end (see ``compare.ran_translated``).
"""

from __future__ import annotations

import os
import random
import tempfile
import zlib
from collections.abc import Iterator

import pytest
from diffsupport import Gen, addr_of, arena, check, funcs, funcs_path

from ubypass.hostrt.arena import BUF_SIZE, Arena, Call, make_call
from ubypass.translator import ElfSource, translate
from ubypass.translator.unroll import MAX_COPIES

__all__ = ["arena"]

KERNEL = 0xFFFF_8880_0000_0000
NONCANONICAL = 0x8000_0000_0000_0000


def buf(rng: random.Random) -> bytes:
    return rng.randbytes(BUF_SIZE)


def small(rng: random.Random) -> int:
    return rng.randrange(1 << 16) if rng.random() < 0.8 else rng.getrandbits(64)


GENS: dict[str, Gen] = {
    "f_hash_bytes": lambda r: make_call(r, [buf(r), r.randrange(BUF_SIZE)]),
    "f_collatz": lambda r: make_call(r, [small(r)]),
    "f_sort": lambda r: make_call(r, [buf(r), r.randrange(200)]),
    "f_matmul": lambda r: make_call(r, [buf(r), buf(r), small(r)]),
    "f_switch": lambda r: make_call(r, [small(r), small(r), small(r)]),
    "f_interp": lambda r: make_call(r, [buf(r), r.randrange(BUF_SIZE), small(r)]),
    "f_fib": lambda r: make_call(r, [r.randrange(18)]),
    "f_ackermann": lambda r: make_call(r, [small(r), small(r)]),
    "f_varargs": lambda r: make_call(r, [small(r) for _ in range(4)]),
    "f_struct": lambda r: make_call(r, [small(r), small(r), small(r)]),
    "f_pair": lambda r: make_call(r, [r.getrandbits(64), r.getrandbits(64)]),
    "f_canary": lambda r: make_call(r, [buf(r), small(r), small(r)]),
    "f_setjmp": lambda r: make_call(r, [small(r), small(r) | 1]),
    "f_qsort": lambda r: make_call(r, [buf(r), r.randrange(100)]),
    "f_format": lambda r: make_call(r, [buf(r), small(r), small(r)]),
}


@pytest.mark.parametrize("symbol", sorted(GENS))
def test_function(arena: Arena, symbol: str) -> None:
    check(arena, addr_of(funcs(), symbol), GENS[symbol], 25, seed=zlib.crc32(symbol.encode()))


FAULTY: dict[str, Gen] = {
    "f_load": lambda r: make_call(
        r, [r.choice([0, 8, KERNEL, NONCANONICAL, -8 % 2**64, 0x7FFF_FFFF_FFF8])]
    ),
    "f_store": lambda r: make_call(r, [r.choice([0, KERNEL, NONCANONICAL, KERNEL - 8]), small(r)]),
    "f_div": lambda r: make_call(r, [small(r), r.choice([0, 0, 1, small(r)])]),
    "f_sdiv": lambda r: make_call(
        r, [r.choice([-(2**63) % 2**64, small(r)]), r.choice([0, 2**64 - 1, small(r)])]
    ),
    "f_walk": lambda r: make_call(r, [buf(r), r.randrange(1024)]),
}


@pytest.mark.parametrize("symbol", sorted(FAULTY))
def test_faulting_function(arena: Arena, symbol: str) -> None:
    reports = check(
        arena, addr_of(funcs(), symbol), FAULTY[symbol], 20, seed=zlib.crc32(symbol.encode())
    )
    assert any(r.native.signo for r in reports), "no call faulted: the test lost its point"


@pytest.mark.parametrize("symbol, stride", [("f_walk", 64), ("f_hash_bytes", 1)])
def test_an_unrolled_loop_faults_at_the_exact_iteration_in_every_copy(
        arena: Arena, symbol: str, stride: int) -> None:
    """The loop is laid out several times with one check per round
    (translator.unroll): a walk off the end of a buffer faults in each copy
    in turn, and each must report the native state of that iteration."""
    lib = funcs()
    src = ElfSource(funcs_path(), 0)
    base = addr_of(lib, symbol) - src.symbol(symbol)
    t = translate(ElfSource(funcs_path(), base), [addr_of(lib, symbol)])
    assert t.stats.unrolled == 1
    starts = iter(range(arena.slot(0) + BUF_SIZE - stride * MAX_COPIES,
                        arena.slot(0) + BUF_SIZE, stride))
    reports = check(arena, addr_of(lib, symbol),
                    lambda r: make_call(r, [next(starts), 4095]), MAX_COPIES, seed=5)
    assert all(r.native.signo for r in reports)


@pytest.fixture(scope="module")
def files() -> Iterator[dict[str, int]]:
    """A data file for pread, /dev/zero to read, /dev/null to write, a bad fd."""
    with tempfile.TemporaryFile() as f:
        f.write(random.Random(7).randbytes(70000))
        f.flush()
        fds = {
            "data": os.dup(f.fileno()),
            "zero": os.open("/dev/zero", os.O_RDONLY),
            "null": os.open("/dev/null", os.O_WRONLY),
            "bad": 999,
        }
        yield fds
        for name in ("data", "zero", "null"):
            os.close(fds[name])


def test_io_read_write(arena: Arena, files: dict[str, int]) -> None:
    def gen(r: random.Random) -> Call:
        fd = r.choice([files["zero"], files["zero"], files["bad"], files["null"]])
        fd2 = r.choice([files["null"], files["null"], files["bad"]])
        return make_call(r, [fd, buf(r), r.randrange(BUF_SIZE), fd2])

    reports = check(arena, addr_of(funcs(), "f_io"), gen, 30, seed=11)
    results = {r.native.regs["rax"] for r in reports}
    assert any(v >= 2**63 for v in results), "the errno path never ran"


def test_pread_and_chaining(arena: Arena, files: dict[str, int]) -> None:
    for symbol in ("f_pread", "f_two_calls"):

        def gen(r: random.Random) -> Call:
            fd = r.choice([files["data"], files["data"], files["bad"]])
            return make_call(r, [fd, buf(r), small(r), small(r)])

        reports = check(arena, addr_of(funcs(), symbol), gen, 25, seed=12)
        syscalls = max(
            sum(t.reason is not None and t.reason.name == "SYSCALL" for t in r.btc.trace)
            for r in reports
            if r.btc
        )
        assert syscalls >= (2 if symbol == "f_two_calls" else 1)
