"""Lab tests of real servers under ``ub run`` (issue 9): Debian's Redis.

One boot of the debug kernel (the lab fails a boot on any WARN, BUG,
lockdep splat or oops) runs ``guest_servers``: a scripted session against a
native Redis and against a bypassed one (twice: the second run installs from
the translation cache).
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from guest_servers import CI_WARM_S
from test_bypass_lab import ALARM

from ubypass.paths import RESULTS_DIR

pytestmark = pytest.mark.lab

RESULT_TAG = "UBCHECKS "


@pytest.fixture(scope="module")
def servers(lab_host: None) -> dict[str, Any]:
    from ubypass.lab.vm import run_in_guest

    run = run_in_guest(
        ["env", "PYTHONPATH=/ub/src:/ub/tests/kernel", "python3", "-m", "guest_servers",
         "redis"],
        variant="debug", timeout=2400, stream=io.StringIO(),
    )
    lines = [ln for ln in run.output.splitlines() if ln.startswith(RESULT_TAG)]
    assert run.exit_status == 0 and lines, run.output[-4000:]
    result: dict[str, Any] = json.loads(lines[-1][len(RESULT_TAG):])
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (RESULTS_DIR / "servers_lab.json").write_text(json.dumps(result, indent=1))
    assert "daemon_error" not in result, result
    return result


def _redis(servers: dict[str, Any]) -> dict[str, Any]:
    entry = servers["redis"]
    res: dict[str, Any] = entry["result"]
    assert "error" not in res, res["error"]
    bad = [ln for ln in entry["dmesg"] if ALARM.search(ln)]
    assert not bad, "\n".join(bad)
    return res


def _check_bypassed(run: dict[str, Any], native: str) -> dict[str, Any]:
    assert "error" not in run, run
    assert run["replies"] == native  # the same bytes, every reply
    assert run["rc"] == 0, run  # shut down cleanly, ub run passed it on
    # the requests of the session itself were answered through chained syscalls
    assert run["chained_during"] > 0, run
    rep = run["report"]
    assert "error" not in rep and rep["status"] == 0, rep
    assert rep["totals"]["chained"] > 0, rep["totals"]
    return rep


def test_redis_answers_a_session_like_native_and_chains(servers: dict[str, Any]) -> None:
    r = _redis(servers)
    native = r["native"]["replies"]
    assert native.count("PONG") == 0 and native.count("hello world") == 10, native[:400]
    _check_bypassed(r["first"], native)


def test_a_redis_restart_installs_from_the_cache(servers: dict[str, Any]) -> None:
    r = _redis(servers)
    first = _check_bypassed(r["first"], r["native"]["replies"])
    second = _check_bypassed(r["second"], r["native"]["replies"])
    assert first["totals"]["translations"] >= 1, first["totals"]
    assert second["totals"]["cache_hits"] >= 1, second["totals"]
    # what the first run installed, the restart takes from the cache (symbols
    # name code across runs whatever ASLR did; a longer warm-up may find and
    # translate paths the first run never met)
    installed = {s["symbol"] for p in first["processes"] for s in p["sites"] if s["image_id"]}
    again = [s["symbol"] for p in second["processes"] for s in p["sites"]
             if s["cache"] == "miss" and s["symbol"] in installed]
    assert not again, again


@pytest.fixture(scope="module")
def suite(lab_host: None) -> dict[str, Any]:
    """Redis's own test suite (the CI units), native and bypassed, one boot."""
    from ubypass.bench.guest_redis import RESULT_TAG as SUITE_TAG
    from ubypass.lab.debsrc import fetch_source
    from ubypass.lab.vm import run_in_guest

    src = fetch_source("redis")
    run = run_in_guest(["python3", "-m", "ubypass.bench.guest_redis", "suite",
                        "--src", "/redis-src", "--warm", str(CI_WARM_S)],
                       variant="debug", shares={"/redis-src": src.tree}, timeout=3600,
                       stream=io.StringIO())
    lines = [ln for ln in run.output.splitlines() if ln.startswith(SUITE_TAG)]
    assert run.exit_status == 0 and lines, run.output[-4000:]
    result: dict[str, Any] = json.loads(lines[-1][len(SUITE_TAG):])
    result["source_version"] = src.version
    (RESULTS_DIR / "redis_suite_lab.json").write_text(json.dumps(result, indent=1))
    return result


def test_redis_test_suite_passes_the_same_tests_bypassed(suite: dict[str, Any]) -> None:
    native, bypassed = suite["native"], suite["bypassed"]
    assert "error" not in native and "error" not in bypassed, (native, bypassed)
    assert native["rc"] == 0 and native["server_rc"] == 0, native["tail"]
    passed = {t for t, o in native["tests"].items() if o == "ok"}
    assert len(passed) > 100, native["tail"]  # the units ran, not just started
    assert bypassed["tests"] == native["tests"], (
        sorted(set(native["tests"].items()) ^ set(bypassed["tests"].items())))
    assert bypassed["rc"] == 0 and bypassed["server_rc"] == 0, bypassed["tail"]
    # the suite's requests ran through BTCs, not just an opted-in server
    assert bypassed["chained_during"] > 0, bypassed


@pytest.fixture(scope="module")
def nginx(lab_host: None) -> list[dict[str, Any]]:
    """nginx native and under ``ub run``, one boot: ``worker_processes 1``
    (pinned, as in the paper), then ``auto`` (a worker per vCPU)."""
    from ubypass.bench.guest_nginx import RESULT_TAG as NGINX_TAG
    from ubypass.lab.vm import run_in_guest

    verify = f"python3 -m ubypass.bench.guest_nginx verify --warm {CI_WARM_S}"
    run = run_in_guest(["sh", "-c", f"{verify} --workers 1 && {verify} --workers auto"],
                       variant="debug", timeout=3000, stream=io.StringIO())
    lines = [ln for ln in run.output.splitlines() if ln.startswith(NGINX_TAG)]
    assert run.exit_status == 0 and len(lines) == 2, run.output[-4000:]
    result = [json.loads(ln[len(NGINX_TAG):]) for ln in lines]
    (RESULTS_DIR / "nginx_lab.json").write_text(json.dumps(result, indent=1))
    return result


@pytest.mark.parametrize("which", [0, 1], ids=["workers-1", "workers-auto"])
def test_nginx_serves_the_same_bytes_bypassed_with_chained_syscalls(
        nginx: list[dict[str, Any]], which: int) -> None:
    res = nginx[which]
    assert "error" not in res, res
    assert res["requests"] == 2 * 20 * 5 and res["native_bad_bodies"] == 0, res
    assert res["body_differences"] == 0 and res["header_differences"] == [], res
    assert res["server_rc"] == 0, res
    workers = [p for p in res["procs"] if not p["master"]]
    assert workers and any(p["chained"] > 0 for p in workers), res["procs"]
    assert res["chained_during"] > 0, res  # the verified requests ran through BTCs
