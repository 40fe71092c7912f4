"""Run user code natively or through a BTC image, from a full register state.

A run starts at ``regs.rip`` with every GPR, the flags and xmm0–15 as given.
With an image, the runtime enters BTC code wherever the entry table has the
RIP and behaves as the kernel will on every exit; without one the code runs
natively.  Either way the run ends when the code returns to
:func:`landing_pad` (put it on the user stack as a return address), faults
natively, or times out.  The trace says what really ran translated.
"""

from __future__ import annotations

import ctypes
import enum
import threading
from dataclasses import dataclass, field, replace
from types import TracebackType

from ubypass import abi
from ubypass.hostrt import lib

__all__ = [
    "DEFAULT_ADDR_LIMIT",
    "GPR_NAMES",
    "ImageError",
    "LoadedImage",
    "Regs",
    "RunResult",
    "Status",
    "TraceEntry",
    "landing_pad",
    "run",
]

GPR_NAMES = abi.GPR_NAMES
GPR_INDEX = {name: i for i, name in enumerate(GPR_NAMES)}
#: TASK_SIZE_MAX with 4-level paging: what the kernel passes on our machines.
DEFAULT_ADDR_LIMIT = (1 << 47) - 4096
#: IF and the always-one bit: what user-mode RFLAGS look like at rest.
RFLAGS_BASE = 0x202
#: The runtime keeps its state in globals and owns the process's fault
#: signals while a run lasts: one run at a time (ctypes drops the GIL).
_RUN_LOCK = threading.Lock()


class Status(enum.IntEnum):
    LANDED = lib.UBRT_LANDED
    SIGNAL = lib.UBRT_SIGNAL
    TIMEOUT = lib.UBRT_TIMEOUT
    BUG = lib.UBRT_BUG
    USER = lib.UBRT_USER  # stopped where user code would resume natively


class ImageError(ValueError):
    """The runtime refused an image (the message names the broken rule)."""


@dataclass(frozen=True)
class Regs:
    """A user register state: GPRs in hardware order, rflags and rip."""

    gpr: tuple[int, ...] = (0,) * 16
    rflags: int = RFLAGS_BASE
    rip: int = 0

    def __getitem__(self, name: str) -> int:
        return self.gpr[GPR_INDEX[name]]

    def with_(self, **values: int) -> Regs:
        """A copy with some registers (by name, or rflags/rip) changed."""
        gpr = list(self.gpr)
        rest: dict[str, int] = {}
        for name, value in values.items():
            if name in GPR_INDEX:
                gpr[GPR_INDEX[name]] = value & (2**64 - 1)
            else:
                rest[name] = value
        return replace(self, gpr=tuple(gpr), **rest)

    def describe(self) -> str:
        regs = " ".join(f"{n}={v:#x}" for n, v in zip(GPR_NAMES, self.gpr, strict=True))
        return f"rip={self.rip:#x} rflags={self.rflags:#x} {regs}"


@dataclass(frozen=True)
class TraceEntry:
    """One event of a run: an entry into BTC code, or an exit and why."""

    kind: int
    info: int
    user_rip: int
    aux: int

    @property
    def is_enter(self) -> bool:
        return self.kind == lib.UBRT_TRACE_ENTER

    @property
    def reason(self) -> abi.ExitReason | None:
        return None if self.is_enter else abi.ExitReason(self.kind)

    def __str__(self) -> str:
        if self.is_enter:
            return f"enter {self.user_rip:#x}"
        assert self.reason is not None
        return f"{self.reason.name} at {self.user_rip:#x} (info {self.info}, aux {self.aux:#x})"


@dataclass(frozen=True)
class RunResult:
    status: Status
    regs: Regs
    xmm: tuple[bytes, ...]
    mxcsr: int
    signo: int
    sig_code: int
    fault_addr: int
    bug_pc: int
    message: str
    trace: tuple[TraceEntry, ...] = field(default_factory=tuple)
    trace_overflow: bool = False

    @property
    def exits(self) -> list[TraceEntry]:
        return [t for t in self.trace if not t.is_enter]

    @property
    def last_exit(self) -> TraceEntry | None:
        exits = self.exits
        return exits[-1] if exits else None


class LoadedImage:
    """A BTC image validated and mapped by the runtime (free with close())."""

    def __init__(self, blob: bytes) -> None:
        self.handle: int | None = None
        self._lib = lib.library()
        handle = ctypes.c_void_p()
        err = ctypes.create_string_buffer(256)
        ret = self._lib.ubrt_image_load(blob, len(blob), ctypes.byref(handle), err, len(err))
        if ret != 0:
            raise ImageError(err.value.decode() or f"image rejected ({ret})")
        self.handle = handle.value
        self.blob = blob
        hdr = abi.UbImageHdr.from_buffer_copy(blob)
        self.code_size: int = hdr.code_size
        self.code_addr: int = self._lib.ubrt_image_code(self.handle)
        size = ctypes.sizeof(abi.UbEntry)
        self.entries = [
            abi.UbEntry.from_buffer_copy(blob, hdr.entry_off + i * size)
            for i in range(hdr.nr_entries)
        ]
        size = ctypes.sizeof(abi.UbExit)
        self.exits = [
            abi.UbExit.from_buffer_copy(blob, hdr.exit_off + i * size) for i in range(hdr.nr_exits)
        ]
        size = ctypes.sizeof(abi.UbFault)
        self.faults = [
            abi.UbFault.from_buffer_copy(blob, hdr.fault_off + i * size)
            for i in range(hdr.nr_faults)
        ]

    @property
    def entry_rips(self) -> list[int]:
        return [e.user_rip for e in self.entries]

    def close(self) -> None:
        if self.handle is not None:
            self._lib.ubrt_image_free(self.handle)
            self.handle = None

    def __enter__(self) -> LoadedImage:
        return self

    def __exit__(
        self, t: type[BaseException] | None, v: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def landing_pad() -> int:
    """The address user code must return to for a run to end cleanly."""
    return int(lib.library().ubrt_landing_addr())


def exit_routine() -> int:
    """The runtime's UB_SYM_EXIT, for tests that check relocation."""
    return int(lib.library().ubrt_exit_addr())


def run(
    regs: Regs,
    image: LoadedImage | None = None,
    *,
    xmm: tuple[bytes, ...] | None = None,
    mxcsr: int = 0x1F80,
    addr_limit: int = DEFAULT_ADDR_LIMIT,
    budget: int = 1 << 40,
    timeout: float = 2.0,
    trace_cap: int = 4096,
    stop_at_user: bool = False,
) -> RunResult:
    """Run from ``regs`` until the landing pad, a native fault, or ``timeout``.

    ``stop_at_user`` ends the run at the first return to user mode instead,
    with the user state the kernel would hand back (for code that must not
    run natively, e.g. privileged instructions).
    """
    r = lib.UbrtRun()
    r.regs.gpr[:] = list(regs.gpr)
    r.regs.rflags = regs.rflags
    r.regs.rip = regs.rip
    for i, value in enumerate(xmm or ()):
        ctypes.memmove(r.xmm_in[i], value, 16)
    r.mxcsr_in = mxcsr
    r.image = image.handle if image is not None else None
    r.addr_limit = addr_limit
    r.budget = budget
    r.timeout_us = int(timeout * 1e6)
    r.flags = lib.UBRT_F_STOP_AT_USER if stop_at_user else 0
    trace = (lib.UbrtTraceEnt * trace_cap)()
    r.trace = ctypes.cast(trace, ctypes.POINTER(lib.UbrtTraceEnt))
    r.trace_cap = trace_cap
    with _RUN_LOCK:
        status = lib.library().ubrt_run(ctypes.byref(r))
    if status == 0:
        raise OSError("ubrt_run could not start a run")
    n = min(r.nr_trace, trace_cap)
    return RunResult(
        status=Status(status),
        regs=Regs(tuple(r.regs.gpr), r.regs.rflags, r.regs.rip),
        xmm=tuple(bytes(r.xmm_out[i]) for i in range(16)),
        mxcsr=r.mxcsr_out,
        signo=r.signo,
        sig_code=r.sig_code,
        fault_addr=r.fault_addr,
        bug_pc=r.bug_pc,
        message=r.msg.decode(errors="replace"),
        trace=tuple(TraceEntry(t.kind, t.info, t.user_rip, t.aux) for t in trace[:n]),
        trace_overflow=r.nr_trace > trace_cap,
    )
