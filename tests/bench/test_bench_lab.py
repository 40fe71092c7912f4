"""The baseline in the real lab: one quick boot per KPTI state, through ``ub bench baseline``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ubypass.bench.cli import bench
from ubypass.bench.records import pread_case
from ubypass.bench.table import compare

pytestmark = pytest.mark.lab

CASES = [
    "getppid round trip",
    *(pread_case(size, s) for size in (64, 256, 1024, 4096) for s in (False, True)),
    "redis SET",
    "redis GET",
]


def test_quick_baseline_in_the_lab(tmp_path: Path) -> None:
    out = tmp_path / "baseline.json"
    res = CliRunner().invoke(bench, ["baseline", "--quick", "--kpti", "both", "--json", str(out)])
    assert res.exit_code == 0, res.output
    records = json.loads(out.read_text())
    for kpti in (False, True):
        mine = [r for r in records if r["kpti"] is kpti]
        assert [r["case"] for r in mine] == CASES
        for r in mine:
            assert r["mode"] == "native" and r["value"] > 0
            assert r["run"]["kernel"] and r["run"]["guest"]["kernel"] == r["run"]["kernel"]
            assert r["run"]["quick"] is True
            if r["bench"] == "pread":
                assert r["raw"]["verified"] is True
                assert r["raw"]["fs"] == "tmpfs"
        assert mine[0]["run"]["guest"]["meltdown"] is not None
    rows = compare(records)
    getppid = rows[0]
    # Under TCG every CR3 switch flushes the TLB: KPTI on is many times slower.
    ratio = getppid.kpti_ratio()
    assert ratio is not None and ratio > 1.5, ratio
    assert "on/off" in res.output and "crossing cost" in res.output
