"""Debian source packages fetched by apt with a private deb-src list."""

from __future__ import annotations

import pytest

from ubypass.lab import debsrc


def test_redis_source_is_fetched_once_and_holds_the_test_suite(
        monkeypatch: pytest.MonkeyPatch) -> None:
    src = debsrc.fetch_source("redis")
    assert src.version.startswith("5:7.0.15") or src.version.startswith("7.0.15"), src
    assert (src.tree / "runtest").is_file() and (src.tree / "tests/test_helper.tcl").is_file()

    def refetch(*_args: object) -> None:
        raise AssertionError("an unchanged input was fetched again")

    monkeypatch.setattr(debsrc, "_fetch", refetch)
    assert debsrc.fetch_source("redis") == src

