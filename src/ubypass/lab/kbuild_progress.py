"""Running the kernel build's commands with one status line instead of their output.

A kernel build prints tens of thousands of lines; the user needs the stage,
the elapsed time and a sign of life.  Everything goes to the log file, and
its tail is shown when a command fails.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO

from rich.console import Console

from ubypass.lab.progress import TAIL_LINES, log_tail

__all__ = ["BuildStepError", "Progress", "classify"]

class BuildStepError(RuntimeError):
    """A build command failed; the message says which stage and where the log is."""


def classify(line: str) -> tuple[str | None, str] | None:
    """(stage or None for "no change", object) of a kbuild quiet-mode line.

    Kbuild prints "  CC      kernel/fork.o".  LD also links small objects
    (the vDSO) while compiling, so only vmlinux links count as linking.
    Returns None for lines that are not kbuild progress (warnings, make).
    """
    fields = line.split()
    if len(fields) < 2 or not fields[0].isupper() or not fields[0].isalnum():
        return None
    verb, obj = fields[0], fields[-1]
    if obj.startswith("arch/x86/boot/"):
        return "bzImage", obj
    if verb == "KSYMS" or ("/" not in obj and obj.startswith(("vmlinux", ".tmp_vmlinux"))):
        return "linking", obj
    return None, obj



class Progress:
    """The status line of one kernel build, shared by all its steps."""

    def __init__(self, console: Console, log: Path, expected_cc: int | None = None) -> None:
        self.console = console
        self.log = log
        self.expected_cc = expected_cc
        self.start = time.monotonic()
        self.stage = "starting"
        self.cc_count = 0

    def elapsed(self) -> str:
        secs = int(time.monotonic() - self.start)
        return f"{secs // 60}:{secs % 60:02d}"

    def set_stage(self, stage: str) -> None:
        """Announce a new stage on its own line, so a non-terminal log shows it too."""
        if stage != self.stage:
            self.stage = stage
            self.console.print(f"[dim]kernel[/dim] {self.elapsed()} {stage}")

    def _status_text(self, last: str) -> str:
        count = f"{self.cc_count}"
        if self.expected_cc:
            count += f"/~{self.expected_cc}"
        if self.stage == "compiling":
            return f"kernel {self.elapsed()} compiling {count} {last}"
        return f"kernel {self.elapsed()} {self.stage} {last}"

    def run(self, stage: str, argv: Sequence[str], *, cwd: Path,
            env: Mapping[str, str]) -> None:
        """Run one command, logging all output; raise BuildStepError on failure."""
        self.set_stage(stage)
        status_line = self.console.status(self._status_text(""))
        with self.log.open("a", buffering=1) as log, status_line as status:
            log.write(f"\n$ {' '.join(argv)}\n")
            log.flush()
            proc = subprocess.Popen(
                list(argv), cwd=cwd, env=dict(env), stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, text=True, errors="replace", bufsize=1,
            )
            assert proc.stdout is not None
            self._pump(proc.stdout, log, lambda text: status.update(text))
            rc = proc.wait()
        if rc != 0:
            self.console.print(f"[red]kernel build failed while {self.stage}[/red]; "
                               f"last {TAIL_LINES} lines of {self.log}:")
            self.console.print(log_tail(self.log), markup=False, highlight=False)
            raise BuildStepError(
                f"kernel build failed while {self.stage} (exit {rc}); full log: {self.log}"
            )

    def _pump(self, out: IO[str], log: IO[str], update: Callable[[str], object]) -> None:
        last_update = 0.0
        for line in out:
            log.write(line)
            kind = classify(line)
            if kind is None:
                continue
            stage, obj = kind
            if line.split()[0] == "CC":
                self.cc_count += 1
            if stage is not None and stage != self.stage:
                self.set_stage(stage)
            now = time.monotonic()
            if now - last_update > 0.2:
                update(self._status_text(obj))
                last_update = now
