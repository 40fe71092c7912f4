"""The kernel's code validator, ``kernel/ub/validate.c``, run on the host.

The very file the kernel builds is compiled here with gcc, together with the
kernel tree's userspace copy of the x86 decoder (``tools/arch/x86/lib``,
as objtool builds it) and ``kernel/ub/validate_user.h`` for the kernel
names, into a shared library cached under ``~/.cache/ubypass/kvalidate/``
by a hash of every input.  :func:`validate_code_c` has the signature and
the verdicts of :func:`ubypass.translator.validate.validate_code`, so the
tests hold both implementations to one rule set.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ubypass import abi
from ubypass.paths import REPO_ROOT, cache_dir
from ubypass.translator.validate import Rejected, image_code

__all__ = ["build_library", "validate_code_c", "validate_image_c"]

KERNEL = REPO_ROOT / "kernel"
_OURS = ("ub/validate.c", "ub/validate.h", "ub/validate_ops.h", "ub/validate_user.h",
         "include/uapi/linux/ub.h")
_TOOLS = ("tools/arch/x86/lib/insn.c", "tools/arch/x86/lib/inat.c",
          "tools/arch/x86/lib/x86-opcode-map.txt", "tools/arch/x86/tools/gen-insn-attr-x86.awk",
          "tools/arch/x86/include/asm/insn.h", "tools/arch/x86/include/asm/inat.h",
          "tools/arch/x86/include/asm/inat_types.h")
_CFLAGS = ("-O2", "-g", "-Wall", "-Wno-unused-parameter", "-fPIC", "-shared")


class _Err(ctypes.Structure):
    _fields_ = [("off", ctypes.c_uint32), ("reason", ctypes.c_char_p)]


class _Tables(ctypes.Structure):
    """struct ub_validate_tables"""

    _fields_ = [("relocs", ctypes.c_void_p), ("nr_relocs", ctypes.c_uint32),
                ("faults", ctypes.c_void_p), ("nr_faults", ctypes.c_uint32),
                ("entries", ctypes.c_void_p), ("nr_entries", ctypes.c_uint32),
                ("nr_exits", ctypes.c_uint32)]


def _inputs(src: Path) -> list[Path]:
    return [KERNEL / p for p in _OURS] + [src / p for p in _TOOLS]


def build_library(src: Path | None = None) -> Path:
    """Compile validate.c and the decoder into a cached shared library.

    ``src``: the kernel source tree (default: the pristine one the lab
    builds, extracted on first use)."""
    if src is None:
        from ubypass.lab.kbuild import pristine_source

        src = pristine_source()
    h = hashlib.sha256(" ".join(_CFLAGS).encode())
    for p in _inputs(src):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    out = cache_dir("kvalidate", h.hexdigest()[:16]) / "kvalidate.so"
    if out.exists():
        return out
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        tables = Path(tmp) / "inat-tables.c"
        with tables.open("w") as f:
            subprocess.run(["awk", "-f", str(src / _TOOLS[3]), str(src / _TOOLS[2])],
                           stdout=f, check=True)
        lib = Path(tmp) / "kvalidate.so"
        subprocess.run(["gcc", *_CFLAGS, f"-I{tmp}", f"-I{src}/tools/include",
                        f"-I{src}/tools/arch/x86/include", f"-I{KERNEL}/include",
                        "-o", str(lib), str(KERNEL / "ub/validate.c"),
                        str(src / _TOOLS[0]), str(src / _TOOLS[1])], check=True)
        os.replace(lib, out)  # atomic for a concurrent builder
    return out


@cache
def _lib() -> ctypes.CDLL:
    lib = ctypes.CDLL(str(build_library()))
    lib.ub_validate_code.restype = ctypes.c_int
    lib.ub_validate_code.argtypes = [ctypes.c_char_p, ctypes.c_uint32,
                                     ctypes.POINTER(_Tables), ctypes.POINTER(_Err)]
    return lib


def validate_code_c(code: bytes, exit_fields: Iterable[int],
                    faults: Iterable[int] | None = None, entries: Iterable[int] = (),
                    nr_exits: int = 0) -> None:
    """:func:`~ubypass.translator.validate.validate_code`, by the kernel's C."""
    exits = sorted(set(exit_fields))
    relocs = (abi.UbReloc * max(1, len(exits)))()
    for r, off in zip(relocs, exits, strict=False):
        r.code_off = off  # type and sym: the C reads only code_off
    fmap = None if faults is None else sorted(set(faults))
    table = (abi.UbFault * max(1, len(fmap or ())))()
    for f, off in zip(table, fmap or (), strict=False):
        f.code_off = off
    starts = list(entries)
    ents = (abi.UbEntry * max(1, len(starts)))()
    for e, off in zip(ents, starts, strict=False):
        e.code_off = off
    tables = _Tables(ctypes.addressof(relocs), len(exits),
                     None if fmap is None else ctypes.addressof(table), len(fmap or ()),
                     ctypes.addressof(ents), len(starts), nr_exits)
    err = _Err()
    ret = _lib().ub_validate_code(code, len(code), ctypes.byref(tables), ctypes.byref(err))
    if ret == -12:  # ENOMEM
        raise MemoryError("ub_validate_code")
    if ret:
        reason = (err.reason or b"?").decode()
        raise Rejected(f"{err.off:#x}: {reason}")


def validate_image_c(image: bytes) -> None:
    """:func:`validate_code_c` on the code and tables of an ABI v1 image."""
    c = image_code(image)
    validate_code_c(c.code, c.exit_fields, c.faults, c.entries, c.nr_exits)
