"""Fixtures of the host tests of ``ubypass.bypass``: children to sample."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from bypsupport import SPIN, SYSLOOP, compile_c, start, stop


@pytest.fixture
def sysloop(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    proc = start([str(compile_c(tmp_path, "sysloop", SYSLOOP))])
    yield proc
    stop(proc)


@pytest.fixture
def spinner(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    proc = start([str(compile_c(tmp_path, "spin", SPIN))])
    yield proc
    stop(proc)
