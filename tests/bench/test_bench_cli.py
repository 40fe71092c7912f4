"""``ub bench``: collecting guest output into records, the commands, and what they write."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

import ubypass.bench.baseline as baseline_mod
import ubypass.bench.cli as cli_mod
from ubypass.bench.baseline import BenchError, collect, save_records
from ubypass.bench.build import BuildError
from ubypass.bench.cli import baseline, bench
from ubypass.bench.records import emit_line, parse_bench_line

GETPPID = parse_bench_line(
    '{"bench": "getppid", "calls": 1000, "seconds": 0.02, "ns_per_call": 20000.0}'
)


def guest_output(*extra: str, done: bool = True) -> str:
    lines = [
        "[    4.2] ub: userspace bypass core",
        emit_line("env", {"env": {"kernel": "6.12.0-ub"}}),
        "[bench] getppid round trip: 20000 ns/call",
        emit_line("measurement", {"measurement": GETPPID.to_dict()}),
        *extra,
    ]
    if done:
        lines.append(emit_line("done", {"failed": 0}))
    return "\r\n".join(lines)


def test_collect_adds_the_configuration() -> None:
    (rec,) = collect(guest_output(), kpti=True, run={"accel": "tcg"})
    assert rec["case"] == "getppid round trip" and rec["value"] == 20000.0
    assert rec["kpti"] is True and rec["mode"] == "native"
    assert rec["run"] == {"accel": "tcg", "guest": {"kernel": "6.12.0-ub"}}


@pytest.mark.parametrize(
    ("output", "message"),
    [
        (guest_output(done=False), "did not finish"),
        (guest_output(emit_line("error", {"bench": "redis", "error": "no PONG"})), "no PONG"),
        (emit_line("done", {"failed": 0}), "no measurements"),
        (
            guest_output(emit_line("measurement", {"measurement": {"bench": "x"}})),
            "bad measurement",
        ),
        (guest_output("UBBENCH {broken"), "unreadable"),
    ],
)
def test_collect_refuses_incomplete_runs(output: str, message: str) -> None:
    with pytest.raises(BenchError, match=message):
        collect(output, kpti=False, run={})


def records() -> list[dict[str, Any]]:
    off = collect(guest_output(), kpti=False, run={"kernel": "6.12.0-ub"})
    on = collect(guest_output(), kpti=True, run={"kernel": "6.12.0-ub"})
    on[0]["value"] = 18_000.0
    off[0]["value"] = 900.0
    return off + on


def test_save_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(baseline_mod, "RESULTS_DIR", tmp_path / "results")
    path = save_records(records())
    assert path.parent == tmp_path / "results" and path.name.startswith("baseline-")
    assert json.loads(path.read_text()) == records()
    other = save_records(records(), tmp_path / "x" / "out.json")
    assert json.loads(other.read_text()) == records()


@pytest.fixture
def fake_lab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Sequence[bool]]:
    """run_baseline replaced by canned records; returns the KPTI states it was asked for."""
    calls: list[Sequence[bool]] = []

    def fake(states: Sequence[bool], **kw: Any) -> list[dict[str, Any]]:
        calls.append(list(states))
        return [r for r in records() if r["kpti"] in states]

    monkeypatch.setattr(baseline_mod, "run_baseline", fake)
    monkeypatch.setattr(baseline_mod, "RESULTS_DIR", tmp_path / "results")
    return calls


def test_baseline_command(fake_lab: list[Sequence[bool]], tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    res = CliRunner().invoke(bench, ["baseline", "--kpti", "both", "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert fake_lab == [[False, True]]
    assert "KPTI off" in res.output and "KPTI on" in res.output
    assert "20.00" in res.output  # 18,000 / 900
    assert "crossing cost" in res.output
    assert "best of" not in res.output  # single runs: nothing to say
    assert json.loads(out.read_text()) == records()
    (saved,) = (tmp_path / "results").glob("baseline-*.json")
    assert json.loads(saved.read_text()) == records()


def test_baseline_one_state(fake_lab: list[Sequence[bool]]) -> None:
    res = CliRunner().invoke(bench, ["baseline", "--kpti", "on", "--quick"])
    assert res.exit_code == 0, res.output
    assert fake_lab == [[True]]
    assert "on/off" not in res.output


def test_baseline_reports_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(states: Sequence[bool], **kw: Any) -> list[dict[str, Any]]:
        raise BenchError("redis: no PONG")

    monkeypatch.setattr(baseline_mod, "run_baseline", broken)
    res = CliRunner().invoke(bench, ["baseline"])
    assert res.exit_code == 1
    assert "redis: no PONG" in res.output


def test_demo_can_invoke_baseline_with_kpti_only(fake_lab: list[Sequence[bool]]) -> None:
    """``ub demo`` does ctx.invoke(baseline, kpti="both"): every other option needs a default."""

    @click.command()
    @click.pass_context
    def demo(ctx: click.Context) -> None:
        ctx.invoke(baseline, kpti="both")

    res = CliRunner().invoke(demo, [])
    assert res.exit_code == 0, res.output
    assert fake_lab == [[False, True]]


def test_translator_writes_its_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("ubypass.bench.translator")
    fake.run = lambda console: {"insns_per_s": 1234.5}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ubypass.bench.translator", fake)
    monkeypatch.setattr(cli_mod, "RESULTS_DIR", tmp_path / "results")
    out = tmp_path / "t.json"
    res = CliRunner().invoke(bench, ["translator", "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text()) == {"insns_per_s": 1234.5}
    (saved,) = (tmp_path / "results").glob("translator-*.json")
    assert json.loads(saved.read_text()) == {"insns_per_s": 1234.5}


def test_baseline_says_how_figures_were_chosen(
    fake_lab: list[Sequence[bool]], monkeypatch: pytest.MonkeyPatch
) -> None:
    def with_repeats(states: Sequence[bool], **kw: Any) -> list[dict[str, Any]]:
        out = records()
        for r in out:
            r["raw"]["repeats"] = 5
        return out

    monkeypatch.setattr(baseline_mod, "run_baseline", with_repeats)
    res = CliRunner().invoke(bench, ["baseline"])
    assert res.exit_code == 0, res.output
    assert "best of 5 interleaved runs" in res.output


def test_a_benchmark_that_does_not_compile_is_a_bench_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: Any, **kw: Any) -> None:
        raise BuildError("compiling bench/pread.c failed: error: expected ';'")

    monkeypatch.setattr(baseline_mod, "build", broken)
    res = CliRunner().invoke(bench, ["baseline", "--kpti", "off"])
    assert res.exit_code == 1
    assert "bench/pread.c failed" in res.output


def test_baseline_only_some_benchmarks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []

    def fake(states: Sequence[bool], **kw: Any) -> list[dict[str, Any]]:
        seen.append(kw.get("only"))
        return records()

    monkeypatch.setattr(baseline_mod, "run_baseline", fake)
    monkeypatch.setattr(baseline_mod, "RESULTS_DIR", tmp_path / "results")
    assert CliRunner().invoke(bench, ["baseline", "--only", "redis, getppid"]).exit_code == 0
    assert CliRunner().invoke(bench, ["baseline", "--only", "getppid,pread,redis"]).exit_code == 0
    assert seen == [["redis", "getppid"], None]
    for bad in ("", "fio", "redis,fio"):
        res = CliRunner().invoke(bench, ["baseline", "--only", bad])
        assert res.exit_code == 2 and "--only" in res.output, res.output
    assert len(seen) == 2


def test_guest_command_only() -> None:
    from ubypass.bench.baseline import guest_command

    assert guest_command(False, only=["getppid", "redis"])[-2:] == ["--only", "getppid,redis"]
    assert "--only" not in guest_command(False)


@pytest.mark.parametrize("server", ["redis", "nginx"])
def test_server_benches_keep_ubds_cache_across_boots_unless_asked(
        server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guest's /var/cache/ubypass is a host directory named by the
    translator's version, mounted read-write, so the next run starts from
    what ubd translated; ``--fresh-cache`` mounts nothing there, and
    ``--warm`` reaches the guest driver."""
    import ubypass.bench.servers as servers
    import ubypass.paths as paths
    from ubypass.daemon.cache import translator_version

    monkeypatch.setattr(paths, "CACHE_DIR", tmp_path)
    seen: list[dict[str, Any]] = []

    def run_lab(command: list[str], tag: str, kpti: Sequence[bool],
                **kw: Any) -> list[dict[str, Any]]:
        seen.append({"command": command, **kw})
        raise BenchError("stop here")

    monkeypatch.setattr(servers, "run_lab", run_lab)
    kept = tmp_path / "ubd" / translator_version()
    kept.mkdir(parents=True)
    (kept / "0123.img").write_bytes(b"x")
    for args in ([], ["--fresh-cache", "--warm", "900"]):
        res = CliRunner().invoke(bench, [server, "--kpti", "on", *args])
        assert res.exit_code == 1 and "stop here" in res.output, res.output
    kept_run, fresh_run = seen
    assert kept_run["writable"] == {servers.GUEST_UBD_CACHE: kept}
    assert kept_run["meta"]["ubd_cache"] == "kept, 1 images at start"
    assert fresh_run["writable"] == {} and fresh_run["meta"]["ubd_cache"] == "fresh"
    warm = kept_run["command"].index("--warm")
    assert kept_run["command"][warm + 1] == "600.0"
    warm = fresh_run["command"].index("--warm")
    assert fresh_run["command"][warm + 1] == "900.0"
