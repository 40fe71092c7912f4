"""Stage-by-stage progress for long builds, with the full log kept on disk.

A build runs tools that print thousands of lines; the terminal shows only the
current stage and its elapsed time, the log file keeps everything, and a
failure prints the log's tail so the cause is visible without opening it.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

from rich.console import Console

from ubypass.lab.errors import LabError

__all__ = ["Progress", "clean_env", "log_tail"]

TAIL_LINES = 40


def log_tail(path: Path, lines: int = TAIL_LINES) -> str:
    """The last lines of a log, for an error message."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _elapsed(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


class Progress:
    """Run a build's stages, one status line each, appending all output to a log."""

    def __init__(self, title: str, log_path: Path, console: Console | None = None) -> None:
        self.title = title
        self.log_path = log_path
        self.console = console or Console(stderr=True)
        self.started = time.monotonic()
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = log_path.open("w", encoding="utf-8")

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._log.close()

    def note(self, message: str) -> None:
        """Write a line to the log (and nothing to the terminal)."""
        self._log.write(message + "\n")
        self._log.flush()

    def run(
        self,
        stage: str,
        argv: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> None:
        """Run one stage's command; its output goes to the log only."""
        self.note(f"=== {stage}: {' '.join(argv)}")
        start = time.monotonic()
        with self.console.status(f"{self.title}: {stage}") as status:
            proc = subprocess.Popen(
                list(argv),
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                env=dict(env) if env is not None else None,
                cwd=cwd,
            )
            while proc.poll() is None:
                status.update(f"{self.title}: {stage} ({_elapsed(time.monotonic() - start)})")
                time.sleep(0.5)
        seconds = time.monotonic() - start
        if proc.returncode != 0:
            self._log.flush()
            raise LabError(
                f"{self.title}: {stage} failed (exit {proc.returncode}) after "
                f"{_elapsed(seconds)}; full log: {self.log_path}\n{log_tail(self.log_path)}"
            )
        self.console.print(f"{self.title}: {stage} done in {_elapsed(seconds)}")

    def done(self, message: str) -> None:
        """Report the end of the build with its total time."""
        total = _elapsed(time.monotonic() - self.started)
        self.console.print(f"{self.title}: {message} (total {total})")
        self.note(f"=== done: {message} (total {total})")


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """A minimal environment for tools run in a chroot: the host's leaks nothing in."""
    env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": "/root",
        "LANG": "C.UTF-8",
        "DEBIAN_FRONTEND": "noninteractive",
    }
    if "TERM" in os.environ:
        env["TERM"] = os.environ["TERM"]
    env.update(extra or {})
    return env
