"""``ub translate``: listing, statistics and usage errors."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from ubypass.cli import main


def test_translate_elf_listing(progs_so: Path) -> None:
    res = CliRunner().invoke(
        main, ["translate", "--elf", str(progs_so), "--symbol", "t_hlt", "--listing"]
    )
    assert res.exit_code == 0, res.output
    assert "hlt" in res.output and "region ends:" in res.output
    assert "instructions 1 " in res.output and "checks" in res.output


def test_translate_needs_a_source() -> None:
    res = CliRunner().invoke(main, ["translate", "--symbol", "x"])
    assert res.exit_code != 0 and "--elf" in res.output
