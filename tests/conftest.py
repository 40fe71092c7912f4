"""Fixtures shared by every test directory."""

from __future__ import annotations

import os
import shutil

import pytest


@pytest.fixture(scope="session")
def lab_host() -> None:
    """The lab needs root (debootstrap, 9p as root) and QEMU.

    Without them a lab test skips and says why; UB_LAB_REQUIRED=1 (what
    ``make test-lab`` and CI set) makes that a failure, so a CI machine that
    lost its lab cannot pass by skipping.
    """
    missing = []
    if os.geteuid() != 0:
        missing.append("root")
    if shutil.which("qemu-system-x86_64") is None:
        missing.append("qemu-system-x86_64")
    if missing:
        reason = "the lab needs " + " and ".join(missing)
        if os.environ.get("UB_LAB_REQUIRED") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
