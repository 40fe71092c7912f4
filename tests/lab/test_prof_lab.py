"""Lab test of the instruction profiler: a known getppid loop in the window.

One boot under icount (the clock counts instructions; the counts do not
depend on it, but the benchmarks they are compared with do).  The kernel is
this checkout's, or the kbuild image in $UB_LAB_KERNEL_IMAGE.
"""

from __future__ import annotations

import io

import pytest

from ubypass.lab.prof.build import build_guest
from ubypass.lab.prof.report import BTC
from ubypass.lab.prof.run import profile_in_guest
from ubypass.paths import REPO_ROOT

pytestmark = pytest.mark.lab

ITERATIONS = 100_000


def test_getppid_loop_profile(lab_host: None) -> None:
    progs = build_guest(REPO_ROOT / "tests" / "lab" / "progs", cache="lab-progs")
    stream = io.StringIO()
    prof = profile_in_guest(["/progs/ppidloop", str(ITERATIONS)], icount=True, wrap=False,
                            shares={"/progs": progs.directory}, stream=stream, timeout=400)
    att = prof.attribution
    hist = att.histogram
    assert prof.run is not None and prof.run.exit_status == 0, stream.getvalue()
    assert f"iterations={ITERATIONS}" in prof.run.output
    assert (hist.opens, hist.closes) == (1, 1)
    assert hist.window_user > 0 and hist.window_kernel > 0
    assert sum(hist.pcs.values()) == hist.window
    per = hist.window / ITERATIONS
    print(f"\nper getppid round trip: {per:.1f} instructions "
          f"({hist.window_user / ITERATIONS:.1f} user, {hist.window_kernel / ITERATIONS:.1f} "
          f"kernel); top kernel: {att.kernel.most_common(8)}; user: {att.user.most_common(4)}")
    assert 150 <= per <= 600, per
    top = {name for name, _ in att.kernel.most_common(10)}
    assert top & {"entry_SYSCALL_64", "do_syscall_64"}, top
    assert att.btc == 0 and BTC not in att.kernel
    assert any(key.startswith("ppidloop:") for key, _ in att.user.most_common(3)), att.user
    assert att.named >= 0.95 * hist.window
