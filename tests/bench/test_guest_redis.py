"""The Redis suite driver's parsing and servers, natively on the host."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ubypass.bench.guest_redis import parse_suite, redis_server, run_suite

ESC = "\x1b"


def test_parse_suite_reads_runtest_outcomes_through_colours() -> None:
    out = "\n".join([
        f"[{ESC}[0;32;49mok{ESC}[0m]: SET and GET an item (0 ms)",
        f"[{ESC}[0;31;49merr{ESC}[0m]: INCR fails against a key holding a list (12 ms)",
        "[skip]: Not supported on external server",
        "[ok]: SET and GET an item (1 ms)",
        "[exception]: Executing test client: I/O error",
        "[ignore]: large memory flag not provided",
        "some other line [ok]: not at the start",
    ])
    assert parse_suite(out) == {
        "SET and GET an item": "ok",
        "INCR fails against a key holding a list": "err",
        "Not supported on external server": "skip",
        "SET and GET an item (again)": "ok",
        "Executing test client: I/O error": "exception",
        "large memory flag not provided": "ignore",
    }


def test_a_native_server_answers_and_shuts_down(tmp_path: Path) -> None:
    with redis_server(6419, False, tmp_path) as srv:
        assert srv.pid > 0 and srv.status() == {}
    assert srv.rc == 0


def test_the_suite_runs_against_a_native_server(tmp_path: Path) -> None:
    from ubypass.lab.debsrc import fetch_source

    src = fetch_source("redis").tree
    res = run_suite(src, ["unit/type/incr"], False, 6418, tmp_path, 600)
    assert res["rc"] == 0 and res["server_rc"] == 0, res["tail"]
    assert len(res["tests"]) > 20 and set(res["tests"].values()) == {"ok"}, res["tests"]


def test_the_table_puts_ratios_and_chained_shares_side_by_side() -> None:
    from rich.console import Console

    from ubypass.bench.servers import render_redis as render

    rec = {"test": "get", "size": 64, "requests": 1000, "native_rps": [900.0, 1000.0],
           "ub_rps": [1200.0, 1100.0], "syscalls_per_request": 2.5,
           "ub_counts": [{"runs": 1300, "hops": 250, "chained": 1000,
                          "exits": {"syscall": 1000, "miss": 300}},
                         {"runs": 1700, "hops": 150, "chained": 1500,
                          "exits": {"syscall": 1500, "miss": 200}}],
           "run": {"kpti": True, "clock": "tcg", "ubd_cache": "kept, 12 images at start"}}
    console = Console(width=200, record=True)
    console.print(render([rec]))
    text = console.export_text()
    assert "×1.20" in text  # best 1200 over best 1000
    assert "1.25" in text and "50%" in text  # 2500 chained / 2000 requests, of 2.5
    assert "syscall 83%, miss 16%" in text
    assert "1.5 (0.2)" in text  # 3000 runs, 400 of them hops, over 2000 requests
    row = next(ln for ln in text.splitlines() if "GET" in ln)
    assert row.rstrip("│ ").endswith("-")  # no warm-up record
    assert "ubd's translation cache: kept, 12 images at start" in text
    rec["warm"] = {"pending": ["translating f", "3 growths of g to fuse"]}
    console.print(render([rec]))
    assert "no (2 pending)" in console.export_text()
    rec["warm"] = {"pending": []}
    console.print(render([rec]))
    assert "yes" in console.export_text()


def test_the_nginx_table_counts_chained_syscalls_and_hops_per_request() -> None:
    from rich.console import Console

    from ubypass.bench.servers import render_nginx
    from ubypass.bench.serving import counts_delta, summed

    master = {"runs": 5, "hops": 0, "chained": 1, "exits": {"syscall": 1}}
    worker = {"runs": 900, "hops": 100, "chained": 800, "exits": {"syscall": 800, "miss": 100}}
    before = summed([master, worker])
    after = summed([master, worker | {"runs": 4900, "hops": 1100, "chained": 8800}])
    rec = {"kib": 1, "workers": "1", "connections": 32, "seconds": 10,
           "native_rps": [90.0, 100.0], "ub_rps": [50.0, 50.0],
           "ub_counts": [counts_delta(before, after)] * 2, "run": {"kpti": False, "clock": "tcg"}}
    assert rec["ub_counts"][0]["chained"] == 8000 and rec["ub_counts"][0]["hops"] == 1000
    console = Console(width=200, record=True)
    console.print(render_nginx([rec]))
    text = console.export_text()
    # 1000 requests (2 rounds of 50 rps for 10 s), 16,000 chained, 2,000 hops
    assert "×0.50" in text and "16.00" in text and "2.00" in text


def test_the_record_keeps_ubds_reasons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ubypass.daemon.client as client
    from ubypass.bench.serving import ubd_story

    log = tmp_path / "ubd.log"
    log.write_text("a: image 3 installed (1 entries)\n"
                   "b: pid 7 x: fusing 40 images (90 entries)\n"
                   "c: pid 7 y: grows by 0x1000 (growth 3)\n"
                   "d: pid 7 z: not fused: too big\n")
    monkeypatch.setattr(client, "DEFAULT_LOG", log)
    assert ubd_story() == ["b: pid 7 x: fusing 40 images (90 entries)",
                           "d: pid 7 z: not fused: too big"]
    assert ubd_story(limit=1) == ["d: pid 7 z: not fused: too big"]
    monkeypatch.setattr(client, "DEFAULT_LOG", tmp_path / "none")
    assert ubd_story() == []


class _Clock:
    """Time that passes only when the code under test sleeps or loads the
    server (a round of load takes 10 s; ``loads`` says when each began)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.loads: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def load(self) -> None:
        self.loads.append(self.now)
        self.now += 10.0


def test_a_benchmark_warm_up_also_waits_for_what_ubd_has_pending(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The servers' correctness checks need a bypass that chains; a benchmark
    needs one ubd will not change while it times it (``idle``).  After a
    round that leaves ubd busy the load pauses, so that the fusion the
    quiet lets ubd start (and the translations) get both vCPUs."""
    from ubypass.bench import serving

    clock = _Clock()
    monkeypatch.setattr(serving, "time", clock)

    def procs() -> list[dict[str, Any]]:
        pending = ["2 growths of f to fuse"] if clock.now < 25.0 else []
        return [{"chained": 10, "sites": [{"state": "installed"}], "pending": pending}]

    serving.warm_until_settled(clock.load, procs, 600.0)
    assert clock.loads == [0.0, 10.0]  # chains, and the same sites over a whole round
    clock.loads.clear()
    clock.now = 0.0
    seconds, _ = serving.warm_until_settled(clock.load, procs, 600.0, idle=True)
    # the first round leaves a fusion pending: no load until ubd is done,
    # then one quiet round with the same sites
    assert clock.loads == [0.0, 25.0] and seconds == 35.0


def test_a_warm_up_pauses_for_ubd_at_most_drain_s_per_round(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ubypass.bench import serving

    clock = _Clock()
    monkeypatch.setattr(serving, "time", clock)

    def procs() -> list[dict[str, Any]]:
        return [{"chained": 10, "sites": [{"state": "translating"}], "pending": []}]

    seconds, _ = serving.warm_until_settled(clock.load, procs, 200.0)
    step = 10.0 + serving.DRAIN_S
    assert clock.loads == [0.0, step, 2 * step]
    assert seconds == 200.0  # the last pause ends at the timeout
