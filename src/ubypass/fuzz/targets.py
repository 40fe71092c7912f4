"""The processes a guest fuzz run needs: opted-in targets, a witness, the kernel log.

A :class:`Target` is a test program (``tests/kernel/progs``) running its loop
in the 'G' phase with ASLR off, its stdout appended to a file; its output
is checked against a native run's (:class:`Reference`).  The
:class:`Witness` is a process that did not opt in, holding a known pattern:
if its memory changes, something wrote outside the target.  :class:`Kmsg`
reads the kernel log records that appeared since the last call.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from ubypass.bypass.optin import set_optin

__all__ = ["ALARM", "Kmsg", "Reference", "Target", "Witness"]

ADDR_NO_RANDOMIZE = 0x0040000
#: Kernel log lines that are findings (a refused image is logged as
#: "image rejected" and is not one).
ALARM = re.compile(r"WARNING|BUG|Oops|general protection|Call Trace|KASAN|lockdep|"
                   r"circular locking|sleeping function|killing the task|not in its fault map|"
                   r"accessed kernel address|double fault|stack (guard|overflow)|"
                   r"ub:.*(error|fail|leak)", re.I)


def _no_aslr_optin(opt_in: bool) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.personality(ADDR_NO_RANDOMIZE)
    if opt_in:
        set_optin(True)


class Ctl:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.write_bytes(b"W")

    def set(self, c: str) -> None:
        fd = os.open(self.path, os.O_WRONLY)
        try:
            os.pwrite(fd, c.encode(), 0)
        finally:
            os.close(fd)


class Target:
    """A bypass target writing numbered lines to ``out`` (O_APPEND, truncated as read)."""

    def __init__(self, name: str, prog: Path, work: Path, *, opt_in: bool = True,
                 lines: int = 10**15) -> None:
        self.name, self.prog, self.work = name, prog, work
        self.ctl = Ctl(work / f"{name}.ctl")
        self.out_path = work / f"{name}.out"
        self.opt_in = opt_in
        self.lines = lines
        self.p: subprocess.Popen[bytes] | None = None
        self.restarts = -1
        self.start()

    def start(self) -> None:
        self.stop()
        self.out_path.write_bytes(b"")
        self.ctl.set("G")
        with self.out_path.open("ab") as out:
            self.p = subprocess.Popen(
                [str(self.prog), str(self.ctl.path), str(self.lines)]
                + (["none", "0"] if self.prog.name == "rwloop" else []),
                stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                preexec_fn=lambda: _no_aslr_optin(self.opt_in))
        self.restarts += 1
        deadline = time.monotonic() + 30
        while self.out_path.stat().st_size < 256 and time.monotonic() < deadline:
            time.sleep(0.02)

    @property
    def pid(self) -> int:
        assert self.p is not None
        return self.p.pid

    def status(self) -> int | None:
        """None while it runs; else its exit status (-N: signal N)."""
        assert self.p is not None
        return self.p.poll()

    def take_output(self, keep: int = 1 << 16) -> bytes:
        """What it wrote since the last call (at most the last ``keep`` bytes)."""
        with self.out_path.open("r+b") as f:
            data = f.read()
            f.truncate(0)
        return data[-keep:]

    def stop(self) -> None:
        if self.p is not None and self.p.poll() is None:
            self.p.send_signal(signal.SIGKILL)
            self.p.wait()


class Reference:
    """A native run's lines, keyed by line number modulo 256 (the programs' period)."""

    def __init__(self, prog: Path, work: Path) -> None:
        t = Target(f"ref-{prog.name}", prog, work, opt_in=False, lines=256)
        deadline = time.monotonic() + 60
        data = b""
        while data.count(b"\n") < 256 and time.monotonic() < deadline:
            time.sleep(0.05)
            data = t.out_path.read_bytes()
        t.ctl.set("Q")
        t.stop()
        self.lines: dict[int, bytes] = {}
        for line in data.splitlines()[:256]:
            i, _, rest = line.partition(b" ")
            self.lines[int(i) % 256] = rest
        if len(self.lines) != 256:
            raise RuntimeError(f"{prog}: the native run wrote {len(self.lines)} distinct lines")

    def check(self, data: bytes) -> tuple[int, int]:
        """(good lines, bad lines) of a chunk (its first and last partial lines skipped)."""
        lines = data.split(b"\n")[1:-1]
        good = bad = 0
        for line in lines:
            i, _, rest = line.partition(b" ")
            if i.isdigit() and self.lines.get(int(i) % 256) == rest:
                good += 1
            else:
                bad += 1
        return good, bad


_WITNESS = ("import ctypes, time\n"
            "b = ctypes.create_string_buffer(bytes(range(256)) * 4096, 1 << 20)\n"
            "print(ctypes.addressof(b), flush=True)\n"
            "time.sleep(1e9)\n")


class Witness:
    """A process that did not opt in, holding 1 MiB of a known pattern."""

    def __init__(self) -> None:
        self.p = subprocess.Popen([sys.executable, "-c", _WITNESS], stdout=subprocess.PIPE,
                                  stdin=subprocess.DEVNULL)
        assert self.p.stdout is not None
        self.addr = int(self.p.stdout.readline())
        self.want = hashlib.sha256(bytes(range(256)) * 4096).hexdigest()

    @property
    def pid(self) -> int:
        return self.p.pid

    def intact(self) -> bool:
        with open(f"/proc/{self.p.pid}/mem", "rb", buffering=0) as f:
            f.seek(self.addr)
            data = f.read(1 << 20)
        return hashlib.sha256(data).hexdigest() == self.want and self.p.poll() is None

    def stop(self) -> None:
        self.p.kill()
        self.p.wait()


class Kmsg:
    """New kernel log records since the last :meth:`read` (from /dev/kmsg)."""

    def __init__(self) -> None:
        self.fd = os.open("/dev/kmsg", os.O_RDONLY | os.O_NONBLOCK)
        os.lseek(self.fd, 0, os.SEEK_END)

    def read(self) -> list[str]:
        out = []
        while True:
            try:
                rec = os.read(self.fd, 8192)
            except BlockingIOError:
                break
            except BrokenPipeError:  # records were overwritten: go on with the next
                continue
            if not rec:
                break
            text = rec.decode(errors="replace")
            out.append(text.split(";", 1)[-1].rstrip("\n"))
        return out
