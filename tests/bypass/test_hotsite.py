"""Hot-site sampling with ptrace against real processes on the host."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

import pytest

from ubypass.bypass.hotsite import NoSyscalls, find_hot_sites

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="ptrace of a child as root")


def _syscall_insn_before(pid: int, rip: int) -> bytes:
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as f:
        f.seek(rip - 2)
        return f.read(2)


def test_finds_the_getppid_and_pread_return_sites(sysloop: subprocess.Popen[bytes]) -> None:
    hs = find_hot_sites(sysloop.pid, samples=200)
    assert hs.tid == sysloop.pid and hs.samples == 200
    assert sum(s.count for s in hs.sites) == 200
    counts = [s.count for s in hs.sites]
    assert counts == sorted(counts, reverse=True)
    top = {s.nr: s for s in hs.sites[:2]}
    assert set(top) == {110, 17}  # getppid, pread64: the loop's two syscalls
    for site in top.values():
        assert site.count >= 80
        assert site.after_syscall
        assert _syscall_insn_before(sysloop.pid, site.rip) == b"\x0f\x05"
    # the child runs on, untraced
    time.sleep(0.05)
    with open(f"/proc/{sysloop.pid}/status") as f:
        status = f.read()
    assert "TracerPid:\t0\n" in status
    assert sysloop.poll() is None


def test_sampling_twice_gives_the_same_sites(sysloop: subprocess.Popen[bytes]) -> None:
    first = {s.rip for s in find_hot_sites(sysloop.pid, samples=50).sites[:2]}
    second = {s.rip for s in find_hot_sites(sysloop.pid, samples=50).sites[:2]}
    assert first == second


def test_a_process_without_syscalls_times_out(spinner: subprocess.Popen[bytes]) -> None:
    start = time.monotonic()
    with pytest.raises(NoSyscalls, match=r"made no syscall within 0\.5 s"):
        find_hot_sites(spinner.pid, samples=10, timeout=0.5)
    assert time.monotonic() - start < 5
    time.sleep(0.05)
    with open(f"/proc/{spinner.pid}/status") as f:
        assert "TracerPid:\t0\n" in f.read()
    assert spinner.poll() is None  # detached, still spinning


def test_signals_sent_while_sampling_are_delivered(sysloop: subprocess.Popen[bytes]) -> None:
    timer = threading.Timer(0.02, os.kill, (sysloop.pid, signal.SIGUSR1))
    timer.start()
    try:
        find_hot_sites(sysloop.pid, samples=2000)
    finally:
        timer.join()
    assert sysloop.stdout is not None
    assert sysloop.stdout.readline() == b"usr1\n"
    assert sysloop.poll() is None
