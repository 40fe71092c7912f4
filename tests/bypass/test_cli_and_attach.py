"""``ub exec`` and ``attach`` on this host: everything up to the kernel, for real.

The host kernel has no bypass: the prctl is refused (EINVAL) and /dev/ub is
missing, and both must say so clearly.  Sampling and translation of a live
process do not need the kernel and are checked in full.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bypsupport import compile_c, start, stop

from ubypass.bypass.attach import AttachError, attach, plan
from ubypass.bypass.device import DeviceError
from ubypass.bypass.optin import get_optin, set_optin
from ubypass.translator import ProcessSource

NO_UB = not os.path.exists("/dev/ub")
needs_no_ub = pytest.mark.skipif(not NO_UB, reason="this kernel has Userspace Bypass")
root = pytest.mark.skipif(os.geteuid() != 0, reason="ptrace of a child as root")


@needs_no_ub
def test_ub_exec_fails_clearly_without_bypass_in_the_kernel() -> None:
    done = subprocess.run([sys.executable, "-m", "ubypass", "exec", "--", "echo", "ran"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert "ran" not in done.stdout  # it did not exec
    assert "prctl(PR_SET_UB): Invalid argument" in done.stderr
    assert "no Userspace Bypass (CONFIG_USERSPACE_BYPASS)" in done.stderr


@needs_no_ub
def test_optin_raises_einval_without_bypass() -> None:
    for call in (lambda: set_optin(True), get_optin):
        with pytest.raises(OSError) as caught:
            call()
        assert caught.value.errno == errno.EINVAL


@needs_no_ub
def test_stats_and_detach_fail_clearly_without_the_device() -> None:
    for cmd in (["stats", "1"], ["detach", "1"], ["attach", "1", "--rip", "1000"]):
        done = subprocess.run([sys.executable, "-m", "ubypass", *cmd], capture_output=True,
                              text=True, timeout=60, check=False)
        assert done.returncode == 1, cmd
        assert "/dev/ub does not exist" in done.stderr, cmd


@root
def test_plan_translates_the_hot_loop_of_a_live_process(tmp_path: Path) -> None:
    ctl = tmp_path / "ctl"
    ctl.write_text("W")
    proc = start([str(compile_c(tmp_path, "rwloop")), str(ctl), "10", "none", "0"],
                 ready_line=False)
    try:
        p = plan(proc.pid, samples=100)
        source = ProcessSource(proc.pid)
        (seg,) = [s for s in source.segments if s.code and s.start <= p.requested[0] < s.end]
        assert seg.name.endswith("/rwloop")
        # the loop's three syscalls (ctl pread, data pread, write) are entries
        assert len(p.requested) == 3 and set(p.requested) <= set(p.translation.entries)
        for rip in p.translation.entries:
            assert seg.start <= rip < seg.end
            assert source.read(rip - 2, 2) == b"\x0f\x05"
        assert p.translation.stats.insns > 20
        assert [h.nr for h in p.sites[:3]] and all(h.after_syscall for h in p.sites)
        # the same entries given by hand translate to the same image
        again = plan(proc.pid, rips=p.requested)
        assert again.translation.image == p.translation.image and again.sites == []
    finally:
        stop(proc)


@root
@needs_no_ub
def test_attach_translates_then_says_the_device_is_missing(tmp_path: Path) -> None:
    ctl = tmp_path / "ctl"
    ctl.write_text("W")
    proc = start([str(compile_c(tmp_path, "rwloop")), str(ctl), "10", "none", "0"],
                 ready_line=False)
    try:
        with pytest.raises(DeviceError, match="/dev/ub does not exist"):
            attach(proc.pid, samples=50)
        with pytest.raises(AttachError, match="no entry RIPs"):
            attach(proc.pid, rips=[])
    finally:
        stop(proc)
