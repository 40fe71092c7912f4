"""The QEMU command line, the kernel command line, and the per-run share."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ubypass.lab.console import MARKER, ConsoleReport, parse_report
from ubypass.lab.errors import LabError
from ubypass.lab.qemu import GUEST_INIT, Share, VmConfig, kernel_cmdline, qemu_command
from ubypass.lab.vm import _judge, prepare_run_dir
from ubypass.paths import REPO_ROOT


def _config(**kwargs: object) -> VmConfig:
    base: dict[str, object] = {
        "kernel": Path("/k/bzImage"),
        "rootfs": Path("/r/rootfs.ext4"),
        "shares": (Share("ub", Path("/repo")), Share("ubrun", Path("/tmp/run"), readonly=False)),
    }
    base.update(kwargs)
    return VmConfig(**base)  # type: ignore[arg-type]


def _after(argv: list[str], flag: str) -> list[str]:
    return [argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == flag]


def test_kpti_switch_is_explicit_both_ways() -> None:
    on = kernel_cmdline(_config(kpti=True)).split()
    off = kernel_cmdline(_config(kpti=False)).split()
    assert "pti=on" in on and "nopti" not in on
    assert "nopti" in off and "pti=on" not in off


def test_cmdline_fails_fast_and_runs_our_init() -> None:
    args = kernel_cmdline(_config()).split()
    for arg in ("console=ttyS0", "panic=-1", "oops=panic", "init=/sbin/ub-init",
                f"ub.init={GUEST_INIT}", "ub.mode=run", "root=/dev/vda"):
        assert arg in args
    assert (REPO_ROOT / GUEST_INIT).is_file()


def test_tcg_and_kvm() -> None:
    tcg = qemu_command(_config())
    assert _after(tcg, "-accel") == ["tcg"] and _after(tcg, "-cpu") == ["max"]
    kvm = qemu_command(_config(accel="kvm"))
    assert _after(kvm, "-accel") == ["kvm"] and _after(kvm, "-cpu") == ["host"]
    with pytest.raises(ValueError):
        _config(accel="hvf")


def test_machine_resources_and_boot() -> None:
    argv = qemu_command(_config(smp=4, mem="3G", kpti=True))
    assert _after(argv, "-machine") == ["q35"]
    assert _after(argv, "-smp") == ["4"]
    assert _after(argv, "-m") == ["3G"]
    assert _after(argv, "-kernel") == ["/k/bzImage"]
    assert "pti=on" in _after(argv, "-append")[0]
    assert "-no-reboot" in argv
    (drive,) = _after(argv, "-drive")
    assert drive.startswith("file=/r/rootfs.ext4,")
    assert "if=virtio" in drive and "snapshot=on" in drive and "format=raw" in drive


def test_run_console_is_stdout_and_shell_console_is_interactive(tmp_path: Path) -> None:
    run = qemu_command(_config())
    assert _after(run, "-serial") == ["stdio"] and _after(run, "-monitor") == ["none"]
    shell = qemu_command(_config(mode="shell", console_log=tmp_path / "c.log"))
    (chardev,) = _after(shell, "-chardev")
    assert chardev.startswith("stdio,") and "signal=off" in chardev
    assert f"logfile={tmp_path / 'c.log'}" in chardev
    assert "ub.mode=shell" in _after(shell, "-append")[0]


def test_virtfs_shares_and_comma_escaping() -> None:
    argv = qemu_command(_config(shares=(
        Share("ub", Path("/repo")),
        Share("results", Path("/a,b"), readonly=False),
    )))
    ub, results = _after(argv, "-virtfs")
    assert "mount_tag=ub" in ub and ub.endswith(",readonly=on")
    assert "path=/a,,b," in results and "readonly" not in results


def test_run_dir_script_keeps_argv_exact(tmp_path: Path) -> None:
    argv = ["printf", "%s|", "two words", "it's", "$HOME", "a\nb", "*"]
    prepare_run_dir(tmp_path, argv, "n0nce")
    out = subprocess.run(["sh", tmp_path / "cmd.sh"], capture_output=True, text=True,
                         cwd=tmp_path, check=True).stdout
    assert out == "two words|it's|$HOME|a\nb|*|"
    assert (tmp_path / "nonce").read_text().strip() == "n0nce"


def test_run_dir_script_keeps_exit_status(tmp_path: Path) -> None:
    prepare_run_dir(tmp_path, ["sh", "-c", "exit 7"], "n")
    assert subprocess.run(["sh", tmp_path / "cmd.sh"], check=False).returncode == 7


def test_run_dir_shares(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    run = tmp_path / "run"
    run.mkdir()
    kept = tmp_path / "kept"
    kept.mkdir()
    shares = prepare_run_dir(run, ["true"], "n", {"/srv/data": data}, {"/var/kept": kept})
    tags = {s.tag: s for s in shares}
    assert tags["ub"].host == REPO_ROOT and tags["ub"].readonly
    assert not tags["ubrun"].readonly and not tags["results"].readonly
    assert tags["ubshare0"].host == data and tags["ubshare0"].readonly
    assert tags["ubshare1"].host == kept and not tags["ubshare1"].readonly
    assert (run / "mounts").read_text() == "ubshare0 /srv/data ro\nubshare1 /var/kept rw\n"
    with pytest.raises(ValueError):
        prepare_run_dir(run, ["true"], "n", {"relative": data})
    with pytest.raises(ValueError):
        prepare_run_dir(run, ["true"], "n", {"/x": tmp_path / "missing"})
    with pytest.raises(ValueError):
        prepare_run_dir(run, [], "n")


def test_guest_scripts_parse_as_posix_sh() -> None:
    guest = REPO_ROOT / "src/ubypass/lab/guest"
    for script in ("init.sh", "ub-init"):
        subprocess.run(["dash", "-n", guest / script], check=True)


DATA = Path(__file__).parent / "data"


def _recorded(name: str) -> tuple[str, ConsoleReport]:
    console = (DATA / name).read_text()
    nonce = console.split(f"{MARKER} ", 1)[1].split()[0]
    return console, parse_report(console, nonce)


def test_judge_accepts_a_clean_run_and_checks_kpti() -> None:
    console, report = _recorded("console-nopti-clean.txt")
    _judge(console, report, False, timed_out=None, qemu_status=0)
    with pytest.raises(LabError, match="asked for KPTI on but the guest has it off") as caught:
        _judge(console, report, True, timed_out=None, qemu_status=0)
    assert "nopti" in str(caught.value)  # the kernel command line as evidence
    assert caught.value.console == console


def test_judge_rejects_a_crash_and_a_hang() -> None:
    console, report = _recorded("console-pti-on-sysrq-crash.txt")
    with pytest.raises(LabError, match="sysrq triggered crash"):
        _judge(console, report, True, timed_out=None, qemu_status=0)
    clean, clean_report = _recorded("console-nopti-clean.txt")
    clean_report.exit_status = None
    with pytest.raises(LabError, match=r"within 9 s \(the command was still running\)"):
        _judge(clean, clean_report, False, timed_out=9.0, qemu_status=None)
    with pytest.raises(LabError, match=r"QEMU exited \(1\) before"):
        _judge(clean, clean_report, False, timed_out=None, qemu_status=1)
