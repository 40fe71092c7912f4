"""Lab tests: boot the real guest (our kernel, the Debian image) under QEMU.

Each boot costs 5-20 s under TCG, so each test packs several independent
checks into one boot. They need root (debootstrap, 9p as root) and QEMU;
without them they skip and say why; UB_LAB_REQUIRED=1 (meant for CI) makes
that a failure.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from ubypass.lab.errors import LabError
from ubypass.lab.vm import run_in_guest
from ubypass.paths import RESULTS_DIR

pytestmark = pytest.mark.lab


@pytest.fixture(scope="module")
def kernel_version(lab_host: None) -> str:
    from ubypass.lab.kbuild import build_kernel

    return build_kernel().version


GUEST_SCRIPT = r"""
echo hi
echo to-stderr >&2
echo "uname=$(uname -r)"
echo "ubversion=$(cat /proc/sys/kernel/ub/version)"
grep -qw pti /proc/cpuinfo && echo cpuflag=pti || echo cpuflag=none
echo "shared=$(cat /srv/share/token)"
echo "$RESULT_TOKEN" > "/results/$RESULT_NAME"
redis-server --daemonize yes --save '' --appendonly no --port 6379 >/dev/null
i=0; until redis-cli ping >/dev/null 2>&1 || [ $i -ge 100 ]; do sleep 0.1; i=$((i+1)); done
echo "redis=$(redis-cli ping)"
exit 3
"""


def _lines(output: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in output.splitlines() if "=" in line)
    return {key: value for key, value in pairs}


def test_kpti_on_run_returns_output_status_and_redis(kernel_version: str,
                                                     tmp_path: Path) -> None:
    token = uuid.uuid4().hex
    share = tmp_path / "share"
    share.mkdir()
    (share / "token").write_text(token + "\n")
    result_name = f"test-guest-{token}.txt"
    stream = io.StringIO()
    try:
        run = run_in_guest(
            ["env", f"RESULT_TOKEN={token}", f"RESULT_NAME={result_name}",
             "sh", "-c", GUEST_SCRIPT],
            kpti=True, stream=stream, shares={"/srv/share": share}, timeout=300,
        )
        written = (RESULTS_DIR / result_name).read_text().strip()
    finally:
        (RESULTS_DIR / result_name).unlink(missing_ok=True)
    got = _lines(run.output)
    assert run.exit_status == 3
    assert run.output.startswith("hi\n") and "to-stderr\n" in run.output
    assert stream.getvalue() == run.output
    assert run.kpti is True
    assert got["cpuflag"] == "pti"  # X86_FEATURE_PTI, independent of dmesg
    assert run.kernel_version == kernel_version == got["uname"]
    assert got["ubversion"].strip()
    assert got["shared"] == token and written == token
    assert got["redis"] == "PONG"
    assert 0 < run.boot_seconds < 120
    assert "Kernel/User page tables isolation: enabled" in run.console


def test_kpti_off_is_really_off(kernel_version: str) -> None:
    run = run_in_guest(
        ["sh", "-c", "grep -qw pti /proc/cpuinfo && echo pti || echo none"],
        kpti=False, timeout=300,
    )
    (flag,) = run.output.splitlines()
    assert run.exit_status == 0
    assert run.kpti is False
    assert flag == "none"
    assert "page tables isolation: enabled" not in run.console
    assert run.kernel_version == kernel_version


def test_oops_fails_the_run_with_the_oops_text(kernel_version: str) -> None:
    with pytest.raises(LabError) as caught:
        run_in_guest(["sh", "-c", "echo c > /proc/sysrq-trigger; sleep 60; echo survived"],
                     timeout=300)
    message = str(caught.value)
    assert "Kernel panic - not syncing: sysrq triggered crash" in message
    assert "survived" not in caught.value.console


def test_hang_past_the_timeout_fails_the_run(kernel_version: str) -> None:
    with pytest.raises(LabError) as caught:
        run_in_guest(["sh", "-c", "echo started; sleep 600"], timeout=25)
    assert "did not finish within 25 s (the command was still running)" in str(caught.value)


def test_unchanged_rootfs_recipe_is_not_rebuilt(lab_host: None) -> None:
    from ubypass.lab.rootfs import build_rootfs

    first = build_rootfs()
    mtime = first.image.stat().st_mtime_ns
    start = time.monotonic()
    again = build_rootfs()
    assert again == first and time.monotonic() - start < 5
    assert again.image.stat().st_mtime_ns == mtime
    assert (again.image.parent / "recipe.json").is_file()


def test_cli_run_streams_output_and_exits_with_the_commands_status(kernel_version: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ubypass", "lab", "run", "--kpti", "on", "--",
         "sh", "-c", "uname -r; exit 5"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 5, done.stderr
    assert done.stdout == kernel_version + "\n"
    assert f"kernel {kernel_version}, KPTI on" in done.stderr
