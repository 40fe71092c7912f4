"""Compile the C benchmarks under ``bench/`` into the cache, once per set of inputs.

The binaries are static so that the guest (Debian bookworm, like the host,
but with whatever libc its image happens to hold) can run them without any
doubt about shared libraries; it sees them through a read-only share. The
output directory is named by a hash of every input (sources, headers,
flags, compiler identity), so unchanged sources are never rebuilt and two
checkouts never overwrite each other's binaries.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ubypass.paths import REPO_ROOT, cache_dir

__all__ = ["CFLAGS", "SOURCE_DIR", "BenchBuild", "BuildError", "build", "inputs_hash"]

SOURCE_DIR = REPO_ROOT / "bench"
CFLAGS: tuple[str, ...] = ("-std=gnu11", "-O2", "-static", "-Wall", "-Wextra", "-Werror")
_STAMP = ".complete"


class BuildError(RuntimeError):
    """A benchmark did not compile; the message holds the compiler's output."""


@dataclass(frozen=True)
class BenchBuild:
    """Where the compiled benchmarks are, and whether this call compiled them."""

    directory: Path
    programs: dict[str, Path]
    digest: str
    compiled: bool

    def program(self, name: str) -> Path:
        try:
            return self.programs[name]
        except KeyError:
            raise BuildError(f"no benchmark program {name!r} in {self.directory}") from None


def _compiler_identity(cc: str) -> str:
    try:
        done = subprocess.run([cc, "--version"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        raise BuildError(f"cannot run the C compiler {cc!r}: {e}") from None
    return done.stdout.splitlines()[0] if done.stdout else cc


def _sources(src_dir: Path) -> list[Path]:
    files = sorted(p for p in src_dir.iterdir() if p.suffix in (".c", ".h") and p.is_file())
    if not any(p.suffix == ".c" for p in files):
        raise BuildError(f"no benchmark sources (*.c) in {src_dir}")
    return files


def inputs_hash(src_dir: Path, cflags: tuple[str, ...], compiler: str) -> str:
    """Hash of everything that decides the binaries' content.

    File names are included as well as contents, so renaming a program (and
    so its binary's name) is a new build.
    """
    h = hashlib.sha256()
    h.update(b"ubypass-bench-v1\0")
    h.update(compiler.encode() + b"\0")
    h.update("\0".join(cflags).encode() + b"\0\0")
    for path in _sources(src_dir):
        data = path.read_bytes()
        h.update(f"{path.name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()[:20]


def _programs(directory: Path, src_dir: Path) -> dict[str, Path]:
    return {p.stem: directory / p.stem for p in _sources(src_dir) if p.suffix == ".c"}


def build(
    src_dir: Path = SOURCE_DIR,
    *,
    cc: str = "gcc",
    cflags: tuple[str, ...] = CFLAGS,
    cache: Path | None = None,
) -> BenchBuild:
    """Compile every ``*.c`` in *src_dir* into its own program, unless already done.

    A build goes to a temporary directory first and is renamed into place
    when every program compiled, so an interrupted or failed build never
    leaves a directory that looks complete.
    """
    digest = inputs_hash(src_dir, cflags, _compiler_identity(cc))
    root = cache if cache is not None else cache_dir("bench")
    root.mkdir(parents=True, exist_ok=True)
    final = root / digest
    if (final / _STAMP).is_file():
        return BenchBuild(final, _programs(final, src_dir), digest, compiled=False)

    tmp = Path(tempfile.mkdtemp(prefix=f".{digest}-", dir=root))
    try:
        for name, out in _programs(tmp, src_dir).items():
            cmd = [cc, *cflags, "-I", str(src_dir), "-o", str(out), str(src_dir / f"{name}.c")]
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                raise BuildError(
                    f"compiling bench/{name}.c failed:\n{' '.join(cmd)}\n{done.stderr.strip()}"
                )
        (tmp / _STAMP).write_text(digest + "\n")
        tmp.chmod(0o755)
        try:
            os.rename(tmp, final)
        except OSError:
            # Someone else finished the same build first (or left a broken
            # directory): keep a complete one, whoever made it.
            if not (final / _STAMP).is_file():
                shutil.rmtree(final, ignore_errors=True)
                os.rename(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return BenchBuild(final, _programs(final, src_dir), digest, compiled=True)
