"""Support for the runtime tests: a user stack and user code mapped from files."""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator

import pytest

from ubypass.hostrt import runner
from ubypass.hostrt.asm import Block, CodeFile
from ubypass.hostrt.mem import Mapping


class Stack:
    """A user stack whose top holds the landing pad as the return address."""

    def __init__(self) -> None:
        self.mapping = Mapping(256 * 1024)
        self.top = self.mapping.end - 4096  # 16-aligned; rsp at entry is top - 8
        self.rsp = self.top - 8
        self.mapping.write(struct.pack("<Q", runner.landing_pad()), self.rsp - self.mapping.addr)


@pytest.fixture
def stack() -> Iterator[Stack]:
    s = Stack()
    yield s
    s.mapping.close()


UserCode = Callable[[Block], tuple[int, list[int]]]


@pytest.fixture
def user_code() -> Iterator[UserCode]:
    """Map a block as file-backed RX user code; returns (address, offsets)."""
    files: list[CodeFile] = []

    def make(block: Block) -> tuple[int, list[int]]:
        code, offsets, _ = block.encode(0)
        cf = CodeFile(code)
        files.append(cf)
        return cf.addr, [cf.addr + o for o in offsets]

    yield make
    for f in files:
        f.close()
