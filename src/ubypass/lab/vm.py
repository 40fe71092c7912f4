"""Boot the lab guest, run one command in it, and judge the run.

A run gets the kernel (``kbuild.build_kernel``) and the root image
(``rootfs.build_rootfs``), building either on demand, and a per-run host
directory shared with the guest over 9p. That directory carries the command
as a script, the run's nonce and the extra shares; the command never passes
through the kernel command line, so any argv is safe. The command's output
comes back through a file in that directory (streamed while it grows), its
exit status and the guest's KPTI state through the init's console reports.

A run is trusted only if the console shows no kernel alarm (oops, panic,
BUG, WARNING), the init reported an exit status before the timeout, and KPTI
is what was asked; otherwise ``LabError`` carries the console lines that say
why.
"""

from __future__ import annotations

import codecs
import os
import secrets
import shlex
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

from ubypass.lab.console import ConsoleReport, find_failures, kernel_says_kpti, parse_report
from ubypass.lab.errors import LabError
from ubypass.lab.qemu import (
    REPO_TAG,
    RESULTS_TAG,
    RUN_TAG,
    Plugin,
    Share,
    VmConfig,
    qemu_command,
    share_tags,
)
from ubypass.paths import REPO_ROOT, RESULTS_DIR

__all__ = ["GuestRun", "LabError", "prepare_run_dir", "run_in_guest", "run_shell"]

CONSOLE_TAIL_LINES = 60
POLL_SECONDS = 0.05
# After the init reported the exit status, how long the guest gets to power
# itself off before QEMU is stopped from the host (the answer is already in).
POWEROFF_GRACE_SECONDS = 10.0


@dataclass
class GuestRun:
    """The outcome of one trusted run.

    ``kpti`` is what the kernel's boot messages (dmesg, on the console) say,
    and the init's reading of the ``pti`` CPU flag has to agree with it.
    ``boot_seconds`` is host wall time from starting QEMU until the init was
    ready to start the command (firmware, kernel boot, init, mounts).
    """

    exit_status: int
    output: str
    kpti: bool
    console: str
    boot_seconds: float
    kernel_version: str


def _tail(console: str, lines: int = CONSOLE_TAIL_LINES) -> str:
    return "\n".join(console.splitlines()[-lines:])


def _check_guest_path(path: str) -> str:
    if not path.startswith("/") or any(c.isspace() for c in path) or path == "/":
        raise ValueError(f"guest share path must be absolute, without spaces: {path!r}")
    return path


def prepare_run_dir(
    run_dir: Path,
    command: Sequence[str],
    nonce: str,
    shares: Mapping[str, Path] | None = None,
    writable: Mapping[str, Path] | None = None,
) -> list[Share]:
    """Write what the guest init reads from the per-run share; return the shares.

    The command becomes ``exec <argv, shell-quoted>`` so the script's exit
    status is the command's own.  ``shares`` are mounted read-only,
    ``writable`` read-write (state a guest keeps for the next boot).
    """
    if not command:
        raise ValueError("no command to run")
    (run_dir / "nonce").write_text(nonce + "\n")
    (run_dir / "cmd.sh").write_text("exec " + shlex.join(command) + "\n")
    (run_dir / "output").write_bytes(b"")
    result = [
        Share(REPO_TAG, REPO_ROOT, readonly=True),
        Share(RUN_TAG, run_dir, readonly=False),
        Share(RESULTS_TAG, RESULTS_DIR, readonly=False),
    ]
    items = sorted([(g, h, True) for g, h in (shares or {}).items()]
                   + [(g, h, False) for g, h in (writable or {}).items()])
    lines = []
    for tag, (guest, host, readonly) in zip(share_tags(len(items)), items, strict=True):
        host = Path(host).resolve()
        if not host.is_dir():
            raise ValueError(f"share {guest}: {host} is not a directory")
        lines.append(f"{tag} {_check_guest_path(guest)} {'ro' if readonly else 'rw'}\n")
        result.append(Share(tag, host, readonly=readonly))
    (run_dir / "mounts").write_text("".join(lines))
    return result


def _lab_inputs(variant: str = "release", kernel: Path | None = None) -> tuple[Path, Path]:
    """The kernel (of ``variant``, unless given) and root image, built if not cached."""
    from ubypass.lab.kbuild import build_kernel
    from ubypass.lab.rootfs import build_rootfs

    bzimage = build_kernel(variant=variant).bzimage if kernel is None else kernel
    rootfs = build_rootfs()
    return bzimage, rootfs.image


class _ConsoleReader(threading.Thread):
    """Collect QEMU's stdout (the serial console) without blocking the run loop."""

    def __init__(self, pipe: IO[bytes]) -> None:
        super().__init__(daemon=True)
        self.pipe = pipe
        self.chunks: list[bytes] = []
        self.lock = threading.Lock()

    def run(self) -> None:
        fd = self.pipe.fileno()
        while chunk := os.read(fd, 65536):
            with self.lock:
                self.chunks.append(chunk)

    def text(self) -> str:
        with self.lock:
            data = b"".join(self.chunks)
        return data.decode("utf-8", errors="replace")


class _OutputPump:
    """Forward the growing output file to the caller's stream as it is written."""

    def __init__(self, path: Path, stream: TextIO | None) -> None:
        self.path = path
        self.stream = stream
        self.offset = 0
        self.data = bytearray()
        # A UTF-8 character may straddle two reads.
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def pump(self) -> None:
        try:
            with self.path.open("rb") as f:
                f.seek(self.offset)
                chunk = f.read()
        except OSError:
            return
        if not chunk:
            return
        self.offset += len(chunk)
        self.data += chunk
        if self.stream is not None:
            self.stream.write(self.decoder.decode(chunk))
            self.stream.flush()

    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _judge(
    console: str,
    report: ConsoleReport,
    kpti: bool,
    *,
    timed_out: float | None,
    qemu_status: int | None,
) -> None:
    """Raise LabError unless the console shows a clean, complete run."""
    failures = find_failures(console)
    if failures:
        raise LabError(
            "the guest kernel raised an alarm:\n" + "\n\n".join(failures), console=console
        )
    if report.fatal is not None:
        raise LabError(f"the guest init failed: {report.fatal}\n{_tail(console)}", console=console)
    if timed_out is not None:
        where = "the command was still running" if report.ready_uptime is not None \
            else "the guest never got to run the command"
        raise LabError(
            f"the guest did not finish within {timed_out:g} s ({where}); console tail:\n"
            f"{_tail(console)}",
            console=console,
        )
    if report.exit_status is None:
        raise LabError(
            f"QEMU exited ({qemu_status}) before the guest reported an exit status; "
            f"console tail:\n{_tail(console)}",
            console=console,
        )
    got = kernel_says_kpti(console)
    if report.kpti is not None and report.kpti != got:
        raise LabError(
            f"the guest's dmesg says KPTI {'on' if got else 'off'} but its CPU flags say "
            f"{'on' if report.kpti else 'off'}", console=console)
    if got != kpti:
        want, have = ("on" if kpti else "off"), ("on" if got else "off")
        evidence = [line for line in console.splitlines()
                    if "Command line:" in line or "page tables isolation" in line]
        raise LabError(f"asked for KPTI {want} but the guest has it {have}:\n"
                       + "\n".join(evidence), console=console)


@dataclass
class _Watch:
    """What the host saw while a guest ran."""

    console: str
    ready_seconds: float | None
    timed_out: float | None
    qemu_status: int | None


def _supervise(argv: list[str], pump: _OutputPump, nonce: str, timeout: float) -> _Watch:
    """Run QEMU until it exits, the timeout passes, or a powered-off guest lingers."""
    started = time.monotonic()
    proc = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    assert proc.stdout is not None
    reader = _ConsoleReader(proc.stdout)
    reader.start()
    ready_at: float | None = None
    exited_at: float | None = None
    timed_out: float | None = None
    try:
        while proc.poll() is None:
            pump.pump()
            now = time.monotonic()
            if ready_at is None or exited_at is None:
                report = parse_report(reader.text(), nonce)
                if ready_at is None and report.ready_uptime is not None:
                    ready_at = now - started
                if exited_at is None and report.exit_status is not None:
                    exited_at = now
            if exited_at is not None and now - exited_at > POWEROFF_GRACE_SECONDS:
                break
            if now - started > timeout:
                timed_out = timeout
                break
            time.sleep(POLL_SECONDS)
    finally:
        qemu_status = proc.poll()
        _stop(proc)
        reader.join(timeout=5)
    pump.pump()
    return _Watch(reader.text(), ready_at, timed_out, qemu_status)


def run_in_guest(
    command: Sequence[str],
    *,
    kpti: bool = False,
    smp: int = 2,
    mem: str = "2G",
    timeout: float = 600.0,
    accel: str = "tcg",
    stream: TextIO | None = None,
    shares: Mapping[str, Path] | None = None,
    writable: Mapping[str, Path] | None = None,
    variant: str = "release",
    icount: bool = False,
    plugins: Sequence[Plugin] = (),
    kernel: Path | None = None,
) -> GuestRun:
    """Boot a fresh guest, run ``command`` as root in it, power it off.

    ``shares`` maps guest paths to host directories exported read-only,
    ``writable`` to ones exported read-write; the checkout is always at /ub
    (read-only) and the results directory at /results (read-write). The
    command starts in /root with a clean environment: PATH, HOME=/root, TERM=linux, LANG=C.UTF-8,
    PYTHONPATH=/ub/src (so ``python3 -m ubypass`` runs the checkout),
    UB_REPO=/ub and UB_RESULTS=/results; stdin is /dev/null.
    ``timeout`` covers the whole run, boot included. ``variant`` names the
    kernel build (``kbuild.VARIANTS``: "debug" adds lockdep, atomic-sleep and
    preemption checks). ``icount`` makes the guest's clock count
    instructions (``qemu.VmConfig.icount``); TCG only. ``plugins`` are TCG
    plugins to load (``qemu.Plugin``). ``kernel`` boots that bzImage instead
    of the checkout's build of ``variant`` (the profiler names PCs with a
    kernel's System.map, so it must know which one ran).
    """
    bzimage, rootfs = _lab_inputs(variant, kernel)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    nonce = secrets.token_hex(8)
    with tempfile.TemporaryDirectory(prefix="ub-run-") as tmp:
        run_dir = Path(tmp)
        config = VmConfig(
            kernel=bzimage,
            rootfs=rootfs,
            shares=tuple(prepare_run_dir(run_dir, command, nonce, shares, writable)),
            kpti=kpti,
            smp=smp,
            mem=mem,
            accel=accel,
            icount=icount,
            plugins=tuple(plugins),
        )
        pump = _OutputPump(run_dir / "output", stream)
        watch = _supervise(qemu_command(config), pump, nonce, timeout)
    report = parse_report(watch.console, nonce)
    _judge(watch.console, report, kpti, timed_out=watch.timed_out,
           qemu_status=watch.qemu_status)
    assert report.exit_status is not None
    return GuestRun(
        exit_status=report.exit_status,
        output=pump.text(),
        kpti=kernel_says_kpti(watch.console),
        console=watch.console,
        boot_seconds=watch.ready_seconds if watch.ready_seconds is not None else 0.0,
        kernel_version=report.kernel_version or "",
    )


def run_shell(
    *,
    kpti: bool = False,
    smp: int = 2,
    mem: str = "2G",
    accel: str = "tcg",
    shares: Mapping[str, Path] | None = None,
) -> int:
    """An interactive login shell on the guest's serial console; its exit status.

    The terminal becomes the serial line (^A x leaves QEMU at any time).
    """
    kernel, rootfs = _lab_inputs()
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    nonce = secrets.token_hex(8)
    cols, rows = shutil.get_terminal_size()
    with tempfile.TemporaryDirectory(prefix="ub-shell-") as tmp:
        run_dir = Path(tmp)
        share_list = prepare_run_dir(run_dir, ["bash", "-l"], nonce, shares)
        (run_dir / "cmd.sh").write_text(
            f"stty sane rows {rows} cols {cols}\n"
            "echo 'ub lab shell: ^D or exit powers off; ^A x kills QEMU'\n"
            "exec bash -l\n"
        )
        config = VmConfig(
            kernel=kernel,
            rootfs=rootfs,
            shares=tuple(share_list),
            kpti=kpti,
            smp=smp,
            mem=mem,
            accel=accel,
            mode="shell",
            console_log=run_dir / "console.log",
        )
        subprocess.run(qemu_command(config), check=False)
        console = (run_dir / "console.log").read_text(errors="replace") \
            if (run_dir / "console.log").exists() else ""
    failures = find_failures(console)
    if failures:
        raise LabError("the guest kernel raised an alarm:\n" + "\n\n".join(failures),
                       console=console)
    status = parse_report(console, nonce).exit_status
    return status if status is not None else 1
