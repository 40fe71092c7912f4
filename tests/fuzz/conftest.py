"""Base images for the mutator tests: real translations of rwloop, built on the host."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ubypass.fuzz.mutate import Base
from ubypass.fuzz.seeds import elf_syscall_sites, translate_base
from ubypass.paths import REPO_ROOT
from ubypass.translator import ElfSource

BASE = 0x5555_5555_4000


@pytest.fixture(scope="session")
def rwloop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("gcc") is None:
        pytest.skip("needs gcc")
    out = tmp_path_factory.mktemp("fuzz") / "rwloop"
    subprocess.run(["gcc", "-std=gnu11", "-O2", "-pthread", "-o", str(out),
                    str(REPO_ROOT / "tests" / "kernel" / "progs" / "rwloop.c")], check=True)
    return out


@pytest.fixture(scope="session")
def bases(rwloop: Path) -> list[Base]:
    sites = elf_syscall_sites(rwloop, BASE)
    assert sites
    return [translate_base("rwloop", ElfSource(rwloop, BASE), sites)]
