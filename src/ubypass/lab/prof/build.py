"""Build the profiler's plugin (host) and window helpers (guest), cached by hash.

The plugin is compiled against ``qemu-plugin.h`` from Debian's source of the
QEMU that is installed (the plugin API is only promised to match the QEMU it
was built for, and 7.2's header is not packaged), fetched with
:func:`ubypass.lab.debsrc.fetch_source` pinned to that version.  Like the
other C builds, the output lives under ``~/.cache/ubypass/ubprof/<hash of
every input>/``, so an unchanged plugin is never rebuilt.

Guest programs that open the window include ``bench/ubprof.h``; they are
built with :func:`ubypass.bench.build.build` (static, one program per
``*.c``), with the header's digest in the flags so that editing the header
rebuilds them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ubypass.bench.build import CFLAGS as BENCH_CFLAGS
from ubypass.bench.build import BenchBuild, BuildError, build
from ubypass.paths import REPO_ROOT, cache_dir

__all__ = [
    "GUEST_DIR",
    "HEADER",
    "PLUGIN_SOURCE",
    "build_guest",
    "build_plugin",
    "qemu_source_version",
]

PLUGIN_SOURCE = Path(__file__).with_name("ubprof.c")
GUEST_DIR = Path(__file__).with_name("guest")
HEADER = REPO_ROOT / "bench" / "ubprof.h"
QEMU_PACKAGE = "qemu-system-x86"
PLUGIN_FLAGS: tuple[str, ...] = ("-std=gnu11", "-O2", "-Wall", "-Wextra", "-Werror",
                                 "-shared", "-fPIC", "-pthread")
_STAMP = ".complete"


def qemu_source_version(package: str = QEMU_PACKAGE) -> str:
    """The Debian source version of the installed QEMU (binNMU suffix dropped)."""
    try:
        done = subprocess.run(["dpkg-query", "-W", "-f=${source:Version}", package],
                              capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise BuildError(f"cannot ask dpkg for {package}'s version: {exc}") from None
    if not done.stdout.strip():
        raise BuildError(f"{package} is not installed")
    return done.stdout.strip()


def _plugin_header() -> Path:
    from ubypass.lab.debsrc import fetch_source

    src = fetch_source("qemu", version=qemu_source_version())
    header = src.tree / "include" / "qemu" / "qemu-plugin.h"
    if not header.is_file():
        raise BuildError(f"no include/qemu/qemu-plugin.h in {src.tree}")
    return header


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256(b"ubprof-plugin-v1\0")
    for part in parts:
        h.update(len(part).to_bytes(8, "little") + part)
    return h.hexdigest()[:20]


def build_plugin(*, cc: str = "gcc", header: Path | None = None) -> Path:
    """The plugin's shared object (``libubprof.so``), compiled unless cached."""
    header = _plugin_header() if header is None else header
    compiler = subprocess.run([cc, "--version"], capture_output=True, text=True,
                              check=False).stdout.splitlines()[:1]
    digest = _digest(PLUGIN_SOURCE.read_bytes(), header.read_bytes(),
                     "\0".join(PLUGIN_FLAGS).encode(), "".join(compiler).encode())
    root = cache_dir("ubprof")
    final = root / digest
    out = final / "libubprof.so"
    if (final / _STAMP).is_file():
        return out
    tmp = Path(tempfile.mkdtemp(prefix=f".{digest}-", dir=root))
    try:
        cmd = [cc, *PLUGIN_FLAGS, "-I", str(header.parent), "-o", str(tmp / out.name),
               str(PLUGIN_SOURCE)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BuildError(f"compiling ubprof.c failed:\n{' '.join(cmd)}\n{done.stderr}")
        (tmp / _STAMP).write_text(digest + "\n")
        tmp.chmod(0o755)
        try:
            os.rename(tmp, final)
        except OSError:  # a concurrent build won; keep a complete one
            if not (final / _STAMP).is_file():
                shutil.rmtree(final, ignore_errors=True)
                os.rename(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def build_guest(src_dir: Path = GUEST_DIR, cache: str = "ubprof-guest") -> BenchBuild:
    """Static guest programs from ``src_dir`` that may include ``ubprof.h``."""
    header = hashlib.sha256(HEADER.read_bytes()).hexdigest()[:16]
    # -static-pie: the helper must not share the fixed 0x400000 of the static
    # benchmarks it runs, or its PCs would be named after their symbols.
    base = tuple("-static-pie" if flag == "-static" else flag for flag in BENCH_CFLAGS)
    cflags = (*base, "-I", str(HEADER.parent), f"-DUBPROF_H_SHA={header}")
    return build(src_dir, cflags=cflags, cache=cache_dir(cache))
