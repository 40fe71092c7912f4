"""Console parsing: kernel alarms, KPTI, and the guest init's reports."""
# ruff: noqa: E501  (console lines are kept verbatim)

from __future__ import annotations

from pathlib import Path

from ubypass.lab.console import (
    MARKER,
    find_failures,
    kernel_says_kpti,
    parse_report,
    strip_timestamp,
)

CLEAN_BOOT = """\
[    0.000000] Linux version 6.12.27-ub (root@host) (gcc (Debian 12.2.0-14) 12.2.0) #1 SMP PREEMPT_DYNAMIC
[    0.000000] Command line: console=ttyS0 root=/dev/vda rw init=/sbin/ub-init pti=on panic=-1 oops=panic
[    0.051234] Spectre V2 : Mitigation: Retpolines
[    0.051240] RETBleed: WARNING: Spectre v2 mitigation leaves CPU vulnerable to RETBleed attacks, data leaks possible!
[    0.061000] x86/bugs: return thunk changed
[    0.080000] Kernel/User page tables isolation: enabled
[    0.500000] clocksource: timekeeping watchdog on CPU1: Marking clocksource 'tsc' as unstable because the skew is too large:
[    1.200000] ub: userspace bypass core, ABI 1
[    1.900000] Run /sbin/ub-init as init process
"""

SYSRQ_CRASH = """\
[    6.100000] sysrq: Trigger a crash
[    6.100100] Kernel panic - not syncing: sysrq triggered crash
[    6.100200] CPU: 1 UID: 0 PID: 97 Comm: sh Not tainted 6.12.27-ub #1
[    6.100300] Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2-debian-1.16.2-1 04/01/2014
[    6.100400] Call Trace:
[    6.100500]  <TASK>
[    6.100600]  panic+0x118/0x2e0
[    6.100700]  sysrq_handle_crash+0x16/0x20
[    6.100800]  </TASK>
[    6.100900] Kernel Offset: disabled
[    6.101000] ---[ end Kernel panic - not syncing: sysrq triggered crash ]---
"""

NULL_OOPS = """\
[   12.345678] BUG: kernel NULL pointer dereference, address: 0000000000000000
[   12.345679] #PF: supervisor write access in kernel mode
[   12.345680] #PF: error_code(0x0002) - not-present page
[   12.345681] PGD 0 P4D 0
[   12.345682] Oops: Oops: 0002 [#1] PREEMPT SMP PTI
[   12.345683] CPU: 1 UID: 0 PID: 120 Comm: bash Not tainted 6.12.27-ub #1
[   12.345684] RIP: 0010:ub_demo_write+0x5/0x10
[   12.345690] Kernel panic - not syncing: Fatal exception
[   12.345691] Kernel Offset: disabled
[   12.345692] ---[ end Kernel panic - not syncing: Fatal exception ]---
"""

WARN_SPLAT = """\
[    3.000000] ------------[ cut here ]------------
[    3.000001] WARNING: CPU: 0 PID: 1 at kernel/ub/core.c:42 ub_init+0x20/0x40
[    3.000002] Modules linked in:
[    3.000003] CPU: 0 UID: 0 PID: 1 Comm: swapper/0 Not tainted 6.12.27-ub #1
[    3.000004] RIP: 0010:ub_init+0x20/0x40
[    3.000005] Call Trace:
[    3.000006]  <TASK>
[    3.000007]  do_one_initcall+0x58/0x300
[    3.000008]  </TASK>
[    3.000009] ---[ end trace 0000000000000000 ]---
"""


def test_strip_timestamp() -> None:
    assert strip_timestamp("[   12.345678] BUG: x\r\n") == "BUG: x"
    assert strip_timestamp("<4>[    0.1] WARNING: y") == "WARNING: y"
    assert strip_timestamp("no stamp") == "no stamp"


def test_clean_boot_has_no_alarm() -> None:
    # Includes "RETBleed: WARNING: ..." and "x86/bugs", which are not splats.
    assert find_failures(CLEAN_BOOT) == []


def test_sysrq_crash_is_one_block_with_the_panic() -> None:
    blocks = find_failures(CLEAN_BOOT + SYSRQ_CRASH)
    assert len(blocks) == 1
    assert "Kernel panic - not syncing: sysrq triggered crash" in blocks[0]
    assert "sysrq: Trigger a crash" in blocks[0]  # context before the alarm
    assert blocks[0].rstrip().endswith("sysrq triggered crash ]---")


def test_oops_and_its_panic_are_one_block() -> None:
    blocks = find_failures(CLEAN_BOOT + NULL_OOPS)
    assert len(blocks) == 1
    assert "BUG: kernel NULL pointer dereference" in blocks[0]
    assert "Oops: Oops: 0002 [#1]" in blocks[0]
    assert "RIP: 0010:ub_demo_write" in blocks[0]


def test_warning_splat_starts_at_cut_here() -> None:
    blocks = find_failures(CLEAN_BOOT + WARN_SPLAT + "[    3.1] more boot\n")
    assert len(blocks) == 1
    assert blocks[0].splitlines()[0].endswith("------------[ cut here ]------------")
    assert "kernel/ub/core.c:42" in blocks[0]
    assert "more boot" not in blocks[0]


def test_two_separate_alarms_are_two_blocks() -> None:
    blocks = find_failures(WARN_SPLAT + CLEAN_BOOT + NULL_OOPS)
    assert len(blocks) == 2


def test_soft_lockup_counts() -> None:
    text = "[   30.0] watchdog: BUG: soft lockup - CPU#0 stuck for 22s! [redis-server:99]\n"
    assert len(find_failures(text)) == 1


def test_kernel_kpti_line() -> None:
    assert kernel_says_kpti(CLEAN_BOOT)
    off = CLEAN_BOOT.replace("isolation: enabled", "isolation: disabled on command line.")
    assert not kernel_says_kpti(off)


def test_report_takes_only_this_runs_nonce() -> None:
    console = CLEAN_BOOT + "\n".join([
        f"{MARKER} abc123 INIT 1.92",
        f"{MARKER} abc123 KPTI on",
        f"{MARKER} abc123 UNAME 6.12.27-ub",
        f"{MARKER} abc123 READY 2.31",
        f"{MARKER} forged EXIT 0",
        f"[    9.9] random: crng init done{MARKER} abc123 EXIT 3\r",
    ]) + "\n"
    report = parse_report(console, "abc123")
    assert report.init_uptime == 1.92
    assert report.ready_uptime == 2.31
    assert report.kpti is True
    assert report.kernel_version == "6.12.27-ub"
    assert report.exit_status == 3
    assert report.fatal is None


def test_report_without_exit_and_with_stub_fatal() -> None:
    console = f"{MARKER} - FATAL ub-init: cannot mount the repo share (9p tag ub)\n"
    report = parse_report(console, "abc123")
    assert report.exit_status is None
    assert report.fatal == "ub-init: cannot mount the repo share (9p tag ub)"
    assert parse_report(f"{MARKER} abc123 EXIT x\n", "abc123").exit_status is None


# Whole consoles recorded from our 6.12 guest under QEMU 7.2 TCG.
DATA = Path(__file__).parent / "data"


def test_recorded_clean_nopti_boot() -> None:
    console = (DATA / "console-nopti-clean.txt").read_text()
    assert find_failures(console) == []
    assert not kernel_says_kpti(console)
    nonce = console.split(f"{MARKER} ", 1)[1].split()[0]
    report = parse_report(console, nonce)
    assert report.kpti is False and report.exit_status == 0
    assert report.kernel_version and report.kernel_version.endswith("-ub")


def test_recorded_sysrq_crash_with_pti() -> None:
    console = (DATA / "console-pti-on-sysrq-crash.txt").read_text()
    assert kernel_says_kpti(console)
    (block,) = find_failures(console)
    assert "Kernel panic - not syncing: sysrq triggered crash" in block
    assert "sysrq_handle_crash" in block and block.rstrip().endswith("Kernel Offset: disabled")
    nonce = console.split(f"{MARKER} ", 1)[1].split()[0]
    assert parse_report(console, nonce).exit_status is None
