"""The benchmark builder: hashing of its inputs, and never rebuilding unchanged ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from ubypass.bench.build import CFLAGS, SOURCE_DIR, BuildError, build, inputs_hash

PROG = '#include <stdio.h>\nint main(void) { puts("%s"); return 0; }\n'


def write_sources(d: Path, text: str = "hello") -> Path:
    d.mkdir(parents=True, exist_ok=True)
    (d / "hello.c").write_text(PROG % text)
    (d / "common.h").write_text("/* shared */\n")
    (d / "README").write_text("not a source\n")
    return d


def test_hash_follows_every_input(tmp_path: Path) -> None:
    src = write_sources(tmp_path / "src")
    base = inputs_hash(src, CFLAGS, "gcc 12")
    assert inputs_hash(src, CFLAGS, "gcc 12") == base
    assert inputs_hash(src, (*CFLAGS, "-g"), "gcc 12") != base
    assert inputs_hash(src, CFLAGS, "gcc 13") != base
    (src / "README").write_text("changed, but not an input\n")
    assert inputs_hash(src, CFLAGS, "gcc 12") == base
    (src / "common.h").write_text("/* a header is an input */\n")
    changed = inputs_hash(src, CFLAGS, "gcc 12")
    assert changed != base
    (src / "hello.c").rename(src / "hi.c")
    assert inputs_hash(src, CFLAGS, "gcc 12") != changed


def test_no_sources(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no benchmark sources"):
        inputs_hash(tmp_path, CFLAGS, "gcc")


def test_build_once_then_reuse(tmp_path: Path) -> None:
    src = write_sources(tmp_path / "src")
    cache = tmp_path / "cache"
    first = build(src, cache=cache)
    assert first.compiled
    assert first.directory == cache / first.digest
    prog = first.program("hello")
    assert prog.is_file()
    stamp = prog.stat().st_mtime_ns
    again = build(src, cache=cache)
    assert not again.compiled
    assert again.program("hello") == prog
    assert prog.stat().st_mtime_ns == stamp
    (src / "hello.c").write_text(PROG % "changed")
    changed = build(src, cache=cache)
    assert changed.compiled and changed.directory != first.directory
    with pytest.raises(BuildError, match="no benchmark program"):
        changed.program("getppid")


def test_failed_build_leaves_nothing_that_looks_complete(tmp_path: Path) -> None:
    src = write_sources(tmp_path / "src")
    (src / "bad.c").write_text("int main(void) { int unused; return 0; }\n")
    cache = tmp_path / "cache"
    with pytest.raises(BuildError, match=r"bench/bad\.c failed(.|\n)*unused"):
        build(src, cache=cache)
    assert list(cache.iterdir()) == []


def test_project_sources_are_programs() -> None:
    names = {p.stem for p in SOURCE_DIR.glob("*.c")}
    assert {"getppid", "pread"} <= names
