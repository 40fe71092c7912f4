"""Compile small C test objects once per source hash into the cache.

Differential tests and the translator benchmark call gcc-compiled functions
in this process; rebuilding them on every run would dominate short runs, so
the output is keyed by the source bytes and the flags.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from ubypass.paths import cache_dir

__all__ = ["shared_object"]


def shared_object(name: str, source: str | bytes, flags: list[str]) -> Path:
    """Build ``source`` (C text) as a shared object; return its cached path."""
    data = source.encode() if isinstance(source, str) else source
    key = hashlib.sha256(data + b"\0" + " ".join(flags).encode()).hexdigest()[:16]
    out = cache_dir("cbuild", key) / f"{name}.so"
    if out.exists():
        return out
    src = out.with_name(f"{name}.c")
    src.write_bytes(data)
    tmp = out.with_name(f".{name}.{os.getpid()}.so")
    subprocess.run(["gcc", *flags, "-shared", "-fPIC", "-o", str(tmp), str(src)], check=True)
    os.replace(tmp, out)  # atomic for a concurrent builder
    return out
