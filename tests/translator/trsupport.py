"""Shared constants and helpers of the translator tests."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Where ElfSource maps progs.so: a user-like address.
BASE = 0x5555_0000_0000


def addr(lib: ctypes.CDLL, name: str) -> int:
    value = ctypes.cast(getattr(lib, name), ctypes.c_void_p).value
    assert value is not None
    return value


@dataclass(frozen=True)
class Validator:
    """One implementation of the code validator's rules."""

    name: str
    code: Callable[..., None]  # validate_code(code, exit_fields, faults=None)
    image: Callable[[bytes], None]  # validate_image(image)
