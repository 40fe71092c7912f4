"""Helpers of the host tests of ``ubypass.bypass``: real child processes, this host's kernel.

The host kernel has no bypass, so everything up to the ``/dev/ub`` ioctls is
tested here for real (ptrace sampling, translation of a live process, the
prctl's refusal); the kernel side is tested in the lab (tests/kernel/).
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from ubypass.paths import REPO_ROOT

PROGS = REPO_ROOT / "tests" / "kernel" / "progs"

SYSLOOP = r"""
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
static void on_usr1(int sig)
{
	(void)sig;
	if (write(1, "usr1\n", 5) != 5)
		_exit(1);
}
int main(void)
{
	char buf[64];
	int fd = open("/proc/self/exe", O_RDONLY);

	signal(SIGUSR1, on_usr1);
	puts("ready");
	fflush(stdout);
	for (unsigned long i = 0;; i++) {
		getppid();
		if (pread(fd, buf, sizeof(buf), (off_t)(i % 8) * 64) < 0)
			return 1;
	}
}
"""

SPIN = r"""
#include <stdio.h>
int main(void)
{
	volatile unsigned long x = 0;

	puts("ready");
	fflush(stdout);
	for (;;)
		x++;
}
"""


def compile_c(tmp: Path, name: str, source: str | None = None) -> Path:
    """Compile a test program like the lab does (dynamic glibc, -O2)."""
    exe = tmp / name
    if source is None:
        src = PROGS / f"{name}.c"
    else:
        src = tmp / f"{name}.c"
        src.write_text(source)
    subprocess.run(["gcc", "-std=gnu11", "-O2", "-Wall", "-Wextra", "-Werror", "-pthread",
                    "-I", str(PROGS), "-o", str(exe), str(src)], check=True)
    return exe


def start(argv: list[str], *, ready_line: bool = True) -> subprocess.Popen[bytes]:
    """Start a child and wait for its "ready" line (or, without one, a moment)."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    if ready_line:
        proc.stdout.readline()
    else:
        time.sleep(0.2)
    return proc


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.kill()
    proc.wait()
