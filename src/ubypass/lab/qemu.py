"""The QEMU command line and kernel command line of a lab guest (pure, no I/O).

Kept apart from process handling so that what the guest gets (accelerator,
CPU model, KPTI switch, shares, console wiring) is plain data a unit test can
read. Choices and why:

- ``-machine q35``: under TCG the i440fx machine ("pc") spends ~2 s of
  each boot evaluating the ACPI PCI interrupt links (LNKA..LNKD); q35 does
  not.
- ``-cpu max`` under TCG: the newest CPU model TCG offers. Under KVM,
  ``-cpu host``.
- ``pti=on`` / ``nopti``: KPTI is forced either way, never left to the
  kernel's CPU-bug heuristics; all other mitigations stay at their defaults.
- ``panic=-1`` with ``-no-reboot``: a panicking guest makes QEMU exit at once
  instead of hanging until the timeout.
- ``oops=panic``: after an oops the kernel may hold locks or corrupt state, so
  whatever the run printed afterwards is not evidence; ending the run there
  keeps the oops as the last thing on the console, and it fails the run.
- The root image is attached with ``snapshot=on``: writes go to a throwaway
  overlay, so the cached image is never modified and runs can share it.
- The console is the first serial port on QEMU's stdio with no monitor
  (``-serial stdio -monitor none``), which is ``-nographic`` minus the
  monitor multiplexed into the byte stream the runner parses; the shell
  mode keeps the monitor (^A c) on the terminal.
- 9p shares use ``security_model=none``: the host side runs as the invoking
  user and the guest's root writes files as that user.
- ``icount=True`` adds ``-icount shift=0,sleep=off``: the guest's clock
  advances by 1 ns per instruction executed (and jumps over idle time), so
  a duration measured in the guest is its instruction count: deterministic
  and blind to the host's load (``ub bench identifier --icount``). icount
  forbids multi-threaded TCG, hence ``-accel tcg,thread=single``; KVM has
  no icount.
- ``plugins`` load TCG plugins (``-plugin FILE,key=value,...``; the lab's
  instruction profiler, ``ubypass.lab.prof``); TCG only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "GUEST_INIT",
    "ICOUNT",
    "REPO_TAG",
    "RESULTS_TAG",
    "RUN_TAG",
    "Plugin",
    "Share",
    "VmConfig",
    "kernel_cmdline",
    "qemu_command",
    "share_tags",
]

# The init script, relative to the repo share; the image's stub execs it.
GUEST_INIT = "src/ubypass/lab/guest/init.sh"
REPO_TAG = "ub"
RUN_TAG = "ubrun"
RESULTS_TAG = "results"
ACCELS = ("tcg", "kvm")
MODES = ("run", "shell")
MACHINE = "q35"  # see the module docstring
#: ``-icount``: 2**0 ns of guest time per instruction, no real-time sleeps.
ICOUNT = "shift=0,sleep=off"


@dataclass(frozen=True)
class Share:
    """A host directory exported to the guest over virtio 9p."""

    tag: str
    host: Path
    readonly: bool = True


@dataclass(frozen=True)
class Plugin:
    """A TCG plugin to load, with its ``key=value`` arguments."""

    path: Path
    args: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class VmConfig:
    """Everything that decides how one guest boots."""

    kernel: Path
    rootfs: Path
    shares: tuple[Share, ...]
    kpti: bool = False
    smp: int = 2
    mem: str = "2G"
    accel: str = "tcg"
    mode: str = "run"
    console_log: Path | None = None
    qemu: str = "qemu-system-x86_64"
    extra_cmdline: tuple[str, ...] = field(default=())
    icount: bool = False
    plugins: tuple[Plugin, ...] = ()

    def __post_init__(self) -> None:
        if self.accel not in ACCELS:
            raise ValueError(f"accel must be one of {ACCELS}, not {self.accel!r}")
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {self.mode!r}")
        if self.smp < 1:
            raise ValueError(f"smp must be at least 1, not {self.smp}")
        if self.icount and self.accel != "tcg":
            raise ValueError("icount needs accel='tcg' (KVM runs instructions it cannot count)")
        if self.plugins and self.accel != "tcg":
            raise ValueError("TCG plugins need accel='tcg'")


#: Under TCG a user gap is ~10x longer than on hardware, and with KPTI the
#: exit and entry around it add ~10 µs more (no PCID): a tight pread loop
#: measured 1.2-6 µs per gap with KPTI off and 11-21 µs with it on (debug
#: kernel, 2026-12-06). The identifier's hardware default (5 µs) would find
#: nothing with KPTI on, so the lab takes 100 µs as short.
TCG_CMDLINE = ("sysctl.kernel.ub.hot_gap_ns=100000",)


def kernel_cmdline(config: VmConfig) -> str:
    """The guest kernel's command line (the command to run never goes here)."""
    args = [
        "console=ttyS0",
        "root=/dev/vda",
        "rw",
        "rootfstype=ext4",
        "init=/sbin/ub-init",
        f"ub.init={GUEST_INIT}",
        f"ub.mode={config.mode}",
        "pti=on" if config.kpti else "nopti",
        "panic=-1",
        "oops=panic",
        *(TCG_CMDLINE if config.accel == "tcg" else ()),
        *config.extra_cmdline,
    ]
    return " ".join(args)


def _opt(value: str | Path) -> str:
    """Escape a value for QEMU's comma-separated option syntax."""
    return str(value).replace(",", ",,")


def _console(config: VmConfig) -> list[str]:
    if config.mode == "run":
        # Console on QEMU's stdout (a pipe the runner reads); no monitor.
        return ["-display", "none", "-monitor", "none", "-serial", "stdio"]
    # Interactive: the terminal is the serial line, ^A x quits, ^C goes to
    # the guest; the log keeps what scrolled by.
    chardev = "stdio,id=con,mux=on,signal=off"
    if config.console_log is not None:
        chardev += f",logfile={_opt(config.console_log)}"
    return [
        "-display", "none",
        "-chardev", chardev,
        "-serial", "chardev:con",
        "-mon", "chardev=con,mode=readline",
    ]


def _virtfs(share: Share) -> list[str]:
    spec = (
        f"local,path={_opt(share.host)},mount_tag={share.tag},"
        "security_model=none,multidevs=remap"
    )
    if share.readonly:
        spec += ",readonly=on"
    return ["-virtfs", spec]


def qemu_command(config: VmConfig) -> list[str]:
    """argv for qemu-system-x86_64 that boots the guest described by config."""
    if config.accel == "kvm":
        accel = ["-accel", "kvm", "-cpu", "host"]
    elif config.icount:
        accel = ["-accel", "tcg,thread=single", "-cpu", "max", "-icount", ICOUNT]
    else:
        accel = ["-accel", "tcg", "-cpu", "max"]
    argv: list[str] = [
        config.qemu,
        "-machine", MACHINE,
        *accel,
        "-smp", str(config.smp),
        "-m", config.mem,
        "-kernel", str(config.kernel),
        "-append", kernel_cmdline(config),
        "-drive",
        f"file={_opt(config.rootfs)},format=raw,if=virtio,snapshot=on,cache=unsafe",
        "-device", "virtio-rng-pci",
        "-nic", "none",
        "-no-reboot",
        *_console(config),
    ]
    for share in config.shares:
        argv += _virtfs(share)
    for plugin in config.plugins:
        spec = ",".join([_opt(plugin.path), *(f"{k}={_opt(v)}" for k, v in plugin.args)])
        argv += ["-plugin", spec]
    return argv


def share_tags(count: int) -> Sequence[str]:
    """9p tags for the caller's extra shares (tags are limited to 31 bytes)."""
    return [f"ubshare{i}" for i in range(count)]
