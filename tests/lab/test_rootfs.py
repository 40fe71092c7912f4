"""The rootfs recipe: what is hashed, and where the mirror comes from."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ubypass.lab.rootfs import FALLBACK_MIRROR, Recipe, default_recipe, host_mirror


def test_recipe_hash_is_stable_and_tracks_every_field() -> None:
    base = default_recipe()
    assert base.digest() == default_recipe().digest()
    assert len(base.digest()) == 16
    changed = [
        dataclasses.replace(base, debian_packages=(*base.debian_packages, "gdb")),
        dataclasses.replace(base, python_packages=("iced-x86==1.20.0",)),
        dataclasses.replace(base, stub_init=base.stub_init + "\n# edit\n"),
        dataclasses.replace(base, suite="trixie"),
        dataclasses.replace(base, layout=base.layout + 1),
    ]
    digests = {r.digest() for r in changed}
    assert base.digest() not in digests and len(digests) == len(changed)


def test_default_recipe_has_the_daemons_packages() -> None:
    recipe = default_recipe()
    assert "iced-x86==1.21.0" in recipe.python_packages
    assert any(p.startswith("pyelftools") for p in recipe.python_packages)
    for pkg in ("redis-server", "redis-tools", "nginx-light", "fio", "wrk", "python3",
                "strace", "util-linux", "iproute2"):
        assert pkg in recipe.debian_packages
    assert recipe.stub_init.startswith("#!/bin/sh")
    assert isinstance(recipe, Recipe)


def _apt(tmp_path: Path, sources: str = "", lists: str = "") -> Path:
    (tmp_path / "sources.list.d").mkdir()
    if sources:
        (tmp_path / "sources.list.d/debian.sources").write_text(sources)
    if lists:
        (tmp_path / "sources.list").write_text(lists)
    return tmp_path


def test_mirror_from_deb822_skips_security_and_updates(tmp_path: Path) -> None:
    apt = _apt(tmp_path, sources=(
        "Types: deb\nURIs: http://security.example/debian-security\n"
        "Suites: bookworm-security\nComponents: main\n\n"
        "Types: deb\nURIs: http://mirror.example/debian/\n"
        "Suites: bookworm bookworm-updates\nComponents: main\n"
    ))
    assert host_mirror(apt) == "http://mirror.example/debian"


def test_mirror_from_one_line_format(tmp_path: Path) -> None:
    apt = _apt(tmp_path, lists=(
        "deb [arch=amd64] http://other.example/debian bookworm main\n"
        "deb http://other.example/debian-security bookworm-security main\n"
    ))
    assert host_mirror(apt) == "http://other.example/debian"


def test_mirror_fallback(tmp_path: Path) -> None:
    assert host_mirror(_apt(tmp_path)) == FALLBACK_MIRROR
