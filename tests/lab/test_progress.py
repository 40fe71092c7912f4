"""Build progress: output goes to the log, a failure shows the log's tail."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from ubypass.lab.errors import LabError
from ubypass.lab.progress import Progress


def test_stage_output_goes_to_log_and_failure_shows_tail(tmp_path: Path) -> None:
    log = tmp_path / "build.log"
    shown = Console(file=(tmp_path / "terminal").open("w"), force_terminal=False)
    with Progress("t", log, shown) as progress:
        progress.run("ok", ["sh", "-c", "seq 1 500"])
        with pytest.raises(LabError) as caught:
            progress.run("bad", ["sh", "-c", "echo first; seq 1 100; echo the-cause >&2; exit 4"])
    text = log.read_text()
    assert "500\n" in text and "the-cause" in text
    message = str(caught.value)
    assert "bad failed (exit 4)" in message and str(log) in message
    assert "the-cause" in message and "first" not in message  # only the tail
    assert "500" not in (tmp_path / "terminal").read_text()  # the terminal got no output
