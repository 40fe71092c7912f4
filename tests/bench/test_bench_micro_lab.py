"""The micro-benchmark in the real lab: a quick native vs bypassed run, KPTI on.

This is a correctness test more than a figure: the bypassed process is
started with ``ub run`` and nothing else — the kernel must find its hot
``pread`` and ubd install it, with no attach and no ptrace — and then it
must have had its reads chained by the kernel (the /dev/ub statistics read
around each timed round; zero if the BTC never ran), and it must have read
exactly what the native process read (checksums and end offsets of the
same number of reads). It boots the debug kernel, like the runtime's tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ubypass.bench.cli import bench

pytestmark = pytest.mark.lab

SIZES = (64, 4096)


def test_quick_micro_in_the_lab(tmp_path: Path) -> None:
    out = tmp_path / "micro.json"
    args = ["micro", "--quick", "--kpti", "on", "--variant", "debug",
            "--sizes", ",".join(map(str, SIZES)), "--json", str(out)]  # fmt: skip
    res = CliRunner().invoke(bench, args)
    assert res.exit_code == 0, res.output
    records = json.loads(out.read_text())
    assert [(r["size"], r["sum"]) for r in records] == [
        (size, s) for size in SIZES for s in (False, True)
    ]
    for i, r in enumerate(records):
        case = r["case"]
        assert r["kpti"] is True and r["run"]["quick"] is True, case
        assert r["run"]["guest"]["kernel"] == r["run"]["kernel"], case
        assert r["native_iops"] > 0 and r["ub_iops"] > 0, case
        # The kernel chained the reads: the BTC ran the loop between them.
        # Most, not all: a signal or a reschedule ends a chain, and the
        # first read of a round is a real crossing.
        assert r["crossings_avoided"] > 0, case
        assert r["chained_per_read"] > 0.5, (case, r["chained_per_read"], r["ub_exits"])
        assert r["btc_runs"] > 0, case
        # Same reads, same bytes: the bypassed loop computed what native did.
        assert r["verified"] is True and r["checksums_equal"] is True, case
        assert r["ub_checksum"] == r["native_checksum"], case
        if r["sum"]:
            assert r["ub_checksum"] > 0, case
        assert r["crossing_ns"] > 0, case
        # Found and installed automatically, nothing attached, and stable
        # before the first timed round.
        bypass = r["bypass"]
        assert bypass["tracer"] == 0, case
        assert 0 < r["first_chain_s"] <= r["established_s"], case
        assert r["images_changed"] is False, (case, bypass["sites"], bypass["after"])
        assert any(s["state"] == "installed" and s["chained"] > 0 for s in bypass["sites"]), case
        # One static pread binary, one loop with sum and one without: after
        # the first point of each, ubd has the loop's site in its cache and
        # installs it without translating again.
        if any(earlier["sum"] == r["sum"] for earlier in records[:i]):
            assert r["cache"] == "hit", (case, bypass["sites"])
    assert "of bound" in res.output and "crossing cost" in res.output
    assert "no attach, no ptrace" in " ".join(res.output.split())  # however the footer wraps
