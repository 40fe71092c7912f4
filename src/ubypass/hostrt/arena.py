"""The memory a differential call runs in: a user stack and argument buffers.

A native run and a BTC run of the same call must see the same bytes at the
same addresses, so everything lives at fixed places in one arena and is
rewritten from a snapshot before each run; afterwards the whole arena is read
back and compared (which also catches BTC code writing where the original
does not, e.g. below the user's stack pointer).
"""

from __future__ import annotations

import ctypes
import random
import struct
from dataclasses import dataclass

from ubypass.hostrt import runner
from ubypass.hostrt.mem import PAGE, PROT_NONE, PROT_READ, PROT_WRITE, Mapping, libc

__all__ = ["ARG_REGS", "BUF_SIZE", "Arena", "Call", "Errno", "make_call", "random_call"]

ARG_REGS = ("rdi", "rsi", "rdx", "rcx", "r8", "r9")
CALLEE_SAVED = ("rbx", "rbp", "r12", "r13", "r14", "r15")
BUF_SIZE = 4096
STACK_SIZE = 1 << 20
NR_SLOTS = 6
ZONE = 16 << 20


@dataclass(frozen=True)
class Call:
    """One argument set: an int, or the initial bytes of a buffer, per argument."""

    args: tuple[int | bytes, ...]
    callee_saved: tuple[int, ...]
    rax: int
    rflags: int
    xmm: tuple[bytes, ...]
    errno: int
    stack_fill: int

    def describe(self, arena: Arena) -> str:
        parts = []
        for i, a in enumerate(self.args):
            parts.append(f"buf@{arena.slot(i):#x}" if isinstance(a, bytes) else f"{a:#x}")
        return "(" + ", ".join(parts) + ")"


def random_call(rng: random.Random, nargs: int = 6, pointer_rate: float = 0.3) -> Call:
    """Arguments as issue 2 asks: mostly < 2^16, sometimes any 64-bit, or a buffer."""
    args: list[int | bytes] = []
    for _ in range(nargs):
        r = rng.random()
        if r < pointer_rate:
            args.append(rng.randbytes(BUF_SIZE))
        elif r < pointer_rate + (1 - pointer_rate) * 0.8:
            args.append(rng.randrange(1 << 16))
        else:
            args.append(rng.getrandbits(64))
    return make_call(rng, args)


def make_call(rng: random.Random, args: list[int | bytes] | tuple[int | bytes, ...]) -> Call:
    """A call with the given arguments and random everything else."""
    return Call(
        args=tuple(args),
        callee_saved=tuple(rng.getrandbits(64) for _ in CALLEE_SAVED),
        rax=rng.randrange(9),
        rflags=runner.RFLAGS_BASE | (rng.getrandbits(12) & 0x8D5),  # DF clear, as the ABI says
        xmm=tuple(rng.randbytes(16) for _ in range(16)),
        errno=rng.randrange(200),
        stack_fill=rng.getrandbits(32),
    )


class Errno:
    """The calling thread's errno, read and written through __errno_location."""

    def __init__(self) -> None:
        fn = getattr(libc, "__errno_location")  # a literal would be name-mangled
        fn.restype = ctypes.POINTER(ctypes.c_int)
        self._ptr = fn()

    def get(self) -> int:
        return int(self._ptr[0])

    def set(self, value: int) -> None:
        self._ptr[0] = value


class Arena:
    """zone | guard | stack | guard | (buffer | guard) x 6 | zone, at fixed addresses.

    The zones are wide PROT_NONE margins: a function handed a random integer
    as a length (memrchr(buf, c, 0x7f...)) scans from a buffer into them and
    faults the same way in both runs, instead of reading other memory of this
    process that may change between the runs.
    """

    def __init__(self, addr: int | None = None, zone: int = ZONE) -> None:
        self.layout_size = PAGE + STACK_SIZE + PAGE + NR_SLOTS * (BUF_SIZE + PAGE)
        self.mapping = Mapping(
            zone + self.layout_size + zone, PROT_NONE, addr=None if addr is None else addr - zone
        )
        self.base = self.mapping.addr + zone
        self.mapping.protect(PROT_READ | PROT_WRITE, zone, self.layout_size)
        self.stack_lo = self.base + PAGE
        self.stack_hi = self.stack_lo + STACK_SIZE
        self.mapping.protect(PROT_NONE, zone, PAGE)
        self.mapping.protect(PROT_NONE, zone + PAGE + STACK_SIZE, PAGE)
        for i in range(NR_SLOTS):
            self.mapping.protect(PROT_NONE, self.slot(i) - self.mapping.addr + BUF_SIZE, PAGE)
        self.rsp = self.stack_hi - 256 - 8  # as after a `call`: rsp + 8 is 16-aligned
        self.errno = Errno()

    def slot(self, i: int) -> int:
        return self.stack_hi + PAGE + i * (BUF_SIZE + PAGE)

    def prepare(self, call: Call, fn: int) -> runner.Regs:
        """Write the call's memory and errno; return the registers to start with."""
        rng = random.Random(call.stack_fill)
        self.mapping.write(rng.randbytes(STACK_SIZE), self.stack_lo - self.mapping.addr)
        self.mapping.write(struct.pack("<Q", runner.landing_pad()), self.rsp - self.mapping.addr)
        values: dict[str, int] = {}
        for i in range(NR_SLOTS):
            # Every slot is rewritten, also those no argument points to: an
            # integer argument may still point into one.
            arg = call.args[i] if i < len(call.args) else 0
            data = arg if isinstance(arg, bytes) else rng.randbytes(BUF_SIZE)
            self.mapping.write(data, self.slot(i) - self.mapping.addr)
            if i < len(call.args):
                values[ARG_REGS[i]] = self.slot(i) if isinstance(arg, bytes) else arg
        values.update(zip(CALLEE_SAVED, call.callee_saved, strict=True))
        self.errno.set(call.errno)
        return runner.Regs().with_(
            rip=fn, rsp=self.rsp, rax=call.rax, rflags=call.rflags, r10=0x1010, r11=0x1111, **values
        )

    def snapshot(self) -> tuple[bytes, list[bytes]]:
        """The stack and the buffers after a run."""
        stack = self.mapping.read(self.stack_lo - self.mapping.addr, STACK_SIZE)
        bufs = [
            self.mapping.read(self.slot(i) - self.mapping.addr, BUF_SIZE) for i in range(NR_SLOTS)
        ]
        return stack, bufs

    def close(self) -> None:
        self.mapping.close()
