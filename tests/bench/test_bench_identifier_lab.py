"""The identifier's cost in the real lab: ``ub bench identifier --quick --kpti on --icount``.

Wall-clock figures under TCG move with the host's load, so only their
completeness is asserted here. The icount pass is deterministic (guest
time counts instructions), so its figure is held to a bound: the
instructions an unsampled syscall pays for the identifier.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from ubypass.bench.cli import bench

pytestmark = pytest.mark.lab

CASES = ["getppid round trip", "pread 64 B"]
#: Generous against the issue's ~15: a countdown and a test on exit, a test
#: on entry should be a handful; 60 still fails an identifier that does
#: real work on every syscall.
MAX_EXTRA_INSTRUCTIONS = 60.0


def test_quick_identifier_in_the_lab(lab_host: None, tmp_path: Path) -> None:
    out = tmp_path / "identifier.json"
    args = ["identifier", "--quick", "--kpti", "on", "--icount", "--json", str(out)]
    res = CliRunner().invoke(bench, args)
    assert res.exit_code == 0, res.output
    records = json.loads(out.read_text())
    got = sorted((r["clock"], r["sampling"], r["case"]) for r in records)
    assert got == sorted(
        [("wall", "default", c) for c in CASES]
        + [("icount", s, c) for s in ("default", "none") for c in CASES]
    )
    for r in records:
        where = (r["clock"], r["sampling"], r["case"])
        assert r["kpti"] is True and r["run"]["quick"] is True, where
        assert r["run"]["guest"]["kernel"] == r["run"]["kernel"], where
        assert r["run"]["icount"] is (r["clock"] == "icount"), where
        for role in ("off", "on", "plain_off", "plain_on"):
            assert r[f"{role}_ns"] > 0 and math.isfinite(r[f"{role}_ns"]), (where, role)
            assert r["runs"][role]["n"] == r["rounds"] >= 2, (where, role)
        # The premise held: nothing hot, and the identifier sampled when on.
        assert not r["events"].get("HOT") and not r["events"].get("EARLY"), where
        assert r["control"]["on"]["samples"] > 0 and r["control"]["on"]["hits"] == 0, where
        assert r["control"]["off"]["samples"] == 0, where
        assert r["run"]["guest"]["knobs"]["enabled"] == "1", where
    for r in records:
        if r["clock"] == "icount" and r["sampling"] == "none":
            assert r["hot_period"] == r["hot_max_period"] == 16384
            extra = r["extra_instructions"]
            assert math.isfinite(extra) and extra < MAX_EXTRA_INSTRUCTIONS, (r["case"], extra)
    assert "Identifier cost, wall clock" in res.output
    assert "Identifier cost, icount" in res.output
