"""The Redis suite driver's parsing and servers, natively on the host."""

from __future__ import annotations

from pathlib import Path

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
