"""Fixtures for the translator tests: the test objects built once per session."""

from __future__ import annotations

import ctypes
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from trsupport import BASE, HERE, Validator

from ubypass.translator import ElfSource, ProcessSource


@pytest.fixture(scope="session")
def progs_so(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("progs") / "progs.so"
    subprocess.run(
        [
            "gcc",
            "-O2",
            "-fPIC",
            "-shared",
            "-fstack-protector-strong",
            "-U_FORTIFY_SOURCE",
            "-o",
            str(out),
            str(HERE / "progs.c"),
            str(HERE / "progs.S"),
        ],
        check=True,
    )
    return out


@pytest.fixture(scope="session")
def elf(progs_so: Path) -> ElfSource:
    return ElfSource(progs_so, BASE)


@pytest.fixture(scope="session")
def progs_lib(progs_so: Path) -> ctypes.CDLL:
    return ctypes.CDLL(str(progs_so))


@pytest.fixture
def live(progs_lib: ctypes.CDLL) -> Iterator[ProcessSource]:
    yield ProcessSource(os.getpid())


@pytest.fixture(params=["python", "c"])
def impl(request: pytest.FixtureRequest) -> Validator:
    """The code validator: validate.py, or the kernel's validate.c built for the host."""
    if request.param == "python":
        from ubypass.translator.validate import validate_code, validate_image

        return Validator("python", validate_code, validate_image)
    from ubypass.translator.kvalidate import validate_code_c, validate_image_c

    return Validator("c", validate_code_c, validate_image_c)
