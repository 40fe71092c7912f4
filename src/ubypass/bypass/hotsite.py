"""Find a running thread's hot syscall-return RIPs with ptrace.

The kernel enters BTC code only where a syscall returns, so the entries an
image needs are the RIPs just after the ``syscall`` instructions a thread
keeps executing.  Until the kernel samples them itself (the planned hot.c),
this module samples them from outside: it seizes one thread
(``PTRACE_SEIZE`` with ``PTRACE_O_TRACESYSGOOD``, which does not stop it or
send it a signal), interrupts it, steps it from syscall stop to syscall
stop, and at every syscall-exit stop counts the RIP; then it detaches and
the thread runs on as before.  Entry and exit stops are told apart with
``PTRACE_GET_SYSCALL_INFO`` rather than by counting, which breaks on the
first stop after a seize.  Signals that arrive meanwhile are passed on.

Only the thread given is traced (``pid`` may be any thread id).
"""

from __future__ import annotations

import ctypes
import errno
import os
import signal
import time
from collections import Counter
from dataclasses import dataclass

__all__ = ["HotSite", "HotSiteError", "HotSites", "NoSyscalls", "find_hot_sites"]

PTRACE_GETREGS = 12
PTRACE_SYSCALL = 24
PTRACE_DETACH = 17
PTRACE_SEIZE = 0x4206
PTRACE_INTERRUPT = 0x4207
PTRACE_GET_SYSCALL_INFO = 0x420E
PTRACE_O_TRACESYSGOOD = 1
PTRACE_EVENT_STOP = 128
PTRACE_SYSCALL_INFO_EXIT = 2
_WALL = 0x40000000  # __WALL: also wait for threads (not exported by os)
_SYSCALL_INSN = b"\x0f\x05"


class HotSiteError(Exception):
    """Tracing the thread failed (it exited, or ptrace was refused)."""


class NoSyscalls(HotSiteError):
    """The thread made no syscall within the timeout."""


class _UserRegs(ctypes.Structure):
    """``struct user_regs_struct`` (x86-64, sys/user.h)."""

    _fields_ = [(name, ctypes.c_ulonglong) for name in (
        "r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax", "rcx",
        "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base",
        "gs_base", "ds", "es", "fs", "gs")]


class _SyscallInfo(ctypes.Structure):
    """``struct ptrace_syscall_info`` (linux/ptrace.h): only ``op`` is read; the
    union is sized for its largest member (seccomp: nr, args[6], ret_data)."""

    _fields_ = [
        ("op", ctypes.c_uint8),
        ("pad", ctypes.c_uint8 * 3),
        ("arch", ctypes.c_uint32),
        ("instruction_pointer", ctypes.c_uint64),
        ("stack_pointer", ctypes.c_uint64),
        ("data", ctypes.c_uint64 * 8),
    ]


_libc = ctypes.CDLL(None, use_errno=True)
_ptrace_fn = _libc.ptrace
_ptrace_fn.argtypes = [ctypes.c_long, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p]
_ptrace_fn.restype = ctypes.c_long


def _ptrace(request: int, tid: int, addr: int = 0, data: int = 0) -> int:
    ret = int(_ptrace_fn(request, tid, ctypes.c_void_p(addr), ctypes.c_void_p(data)))
    if ret == -1:
        err = ctypes.get_errno()
        if err == errno.ESRCH:
            raise HotSiteError(f"thread {tid} is gone or not stopped (ESRCH)")
        raise HotSiteError(f"ptrace({request:#x}) on thread {tid}: {os.strerror(err)}")
    return ret


@dataclass(frozen=True)
class HotSite:
    """A RIP syscalls returned to, how often, the last syscall number seen there,
    and whether the two bytes before it are a ``syscall`` instruction (the
    kernel only enters BTC code after one; ``int 0x80`` sites are not)."""

    rip: int
    count: int
    nr: int
    after_syscall: bool


@dataclass(frozen=True)
class HotSites:
    """The sites of one sampling, hottest first."""

    tid: int
    samples: int
    sites: list[HotSite]


@dataclass
class _Tracee:
    tid: int
    running: bool = True
    pending_signal: int = 0


def _wait(tid: int, timeout: float) -> int | None:
    """The next wait status of ``tid``, or None after ``timeout`` seconds.

    Polls with WNOHANG (with a growing pause) so a thread that never stops
    cannot hang the caller.
    """
    deadline = time.monotonic() + timeout
    pause = 50e-6
    while True:
        try:
            pid, status = os.waitpid(tid, os.WNOHANG | _WALL)
        except ChildProcessError:
            raise HotSiteError(f"thread {tid} is not traced by us any more") from None
        if pid == tid:
            if os.WIFEXITED(status):
                raise HotSiteError(f"thread {tid} exited ({os.WEXITSTATUS(status)}) "
                                   "while it was traced")
            if os.WIFSIGNALED(status):
                raise HotSiteError(f"thread {tid} was killed by signal {os.WTERMSIG(status)} "
                                   "while it was traced")
            return status
        if time.monotonic() > deadline:
            return None
        time.sleep(pause)
        pause = min(pause * 2, 5e-3)


def _is_exit_stop(tid: int) -> bool:
    info = _SyscallInfo()
    _ptrace(PTRACE_GET_SYSCALL_INFO, tid, ctypes.sizeof(info), ctypes.addressof(info))
    return int(info.op) == PTRACE_SYSCALL_INFO_EXIT


def _regs(tid: int) -> _UserRegs:
    regs = _UserRegs()
    _ptrace(PTRACE_GETREGS, tid, 0, ctypes.addressof(regs))
    return regs


def _classify(t: _Tracee, status: int) -> bool:
    """Note a stop; True if it is a syscall stop (the caller looks closer)."""
    t.running = False
    if not os.WIFSTOPPED(status):
        return False
    sig = os.WSTOPSIG(status)
    if sig == signal.SIGTRAP | 0x80:
        return True
    if status >> 16 == 0:
        t.pending_signal = sig  # signal-delivery-stop: deliver it when resuming
    return False


def _detach(t: _Tracee) -> None:
    """Detach, stopping the thread first if it runs (PTRACE_DETACH needs a stop)."""
    try:
        if t.running:
            _ptrace(PTRACE_INTERRUPT, t.tid)
            for _ in range(10):
                status = _wait(t.tid, 1.0)
                if status is None:
                    continue
                _classify(t, status)
                break
        _ptrace(PTRACE_DETACH, t.tid, 0, t.pending_signal)
    except HotSiteError:
        pass  # gone: nothing to detach from


def _syscall_insn_before(tid: int, rip: int) -> bool:
    try:
        with open(f"/proc/{tid}/mem", "rb", buffering=0) as f:
            f.seek(rip - 2)
            return f.read(2) == _SYSCALL_INSN
    except (OSError, ValueError, OverflowError):
        return False


def find_hot_sites(pid: int, *, samples: int = 200, timeout: float = 10.0) -> HotSites:
    """Sample ``samples`` syscall exits of thread ``pid``; raise NoSyscalls if it
    makes none for ``timeout`` seconds.  The thread runs on untouched afterwards."""
    if samples < 1:
        raise ValueError("samples must be at least 1")
    t = _Tracee(pid)
    try:
        _ptrace(PTRACE_SEIZE, pid, 0, PTRACE_O_TRACESYSGOOD)
    except HotSiteError as e:
        raise HotSiteError(f"cannot trace pid {pid}: {e}") from None
    counts: Counter[int] = Counter()
    nrs: dict[int, int] = {}
    try:
        _ptrace(PTRACE_INTERRUPT, pid)
        status = _wait(pid, timeout)
        if status is None:
            raise HotSiteError(f"thread {pid} did not stop for PTRACE_INTERRUPT")
        _classify(t, status)
        seen = 0
        while seen < samples:
            sig, t.pending_signal = t.pending_signal, 0
            _ptrace(PTRACE_SYSCALL, pid, 0, sig)
            t.running = True
            status = _wait(pid, timeout)
            if status is None:
                raise NoSyscalls(f"thread {pid} made no syscall within {timeout:g} s "
                                 f"({seen} of {samples} syscall exits sampled)")
            if _classify(t, status) and _is_exit_stop(pid):
                regs = _regs(pid)
                counts[int(regs.rip)] += 1
                nrs[int(regs.rip)] = int(regs.orig_rax)
                seen += 1
    finally:
        _detach(t)
    sites = [HotSite(rip, n, nrs[rip], _syscall_insn_before(pid, rip))
             for rip, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return HotSites(pid, samples, sites)
