"""Lab tests of the automatic bypass (issue 8): identifier, ubd, ``ub run``.

One boot of the debug kernel (lockdep, atomic-sleep and FPU checks; the lab
fails a boot on any WARN, BUG, lockdep splat or oops) runs every check of
``guest_auto``; nothing in it attaches or ptraces a program.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from test_bypass_lab import ALARM, CFLAGS, PROGS_DIR

from ubypass.bench.build import build
from ubypass.paths import RESULTS_DIR, cache_dir

pytestmark = pytest.mark.lab

RESULT_TAG = "UBCHECKS "
CHECKS = ("run", "fork", "thread", "exec", "grow", "quiet", "rep", "setuid", "robust")


@pytest.fixture(scope="module")
def auto(lab_host: None) -> dict[str, Any]:
    from ubypass.lab.vm import run_in_guest

    progs = build(PROGS_DIR, cflags=CFLAGS, cache=cache_dir("kernel-progs")).directory
    run = run_in_guest(
        ["env", "PYTHONPATH=/ub/src:/ub/tests/kernel", "python3", "-m", "guest_auto",
         "--progs", "/progs", *CHECKS],
        variant="debug", shares={"/progs": progs}, timeout=2400, stream=io.StringIO(),
    )
    lines = [ln for ln in run.output.splitlines() if ln.startswith(RESULT_TAG)]
    assert run.exit_status == 0 and lines, run.output[-4000:]
    result: dict[str, Any] = json.loads(lines[-1][len(RESULT_TAG):])
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)  # the figures the notes quote
    (RESULTS_DIR / "auto_lab.json").write_text(json.dumps(result, indent=1))
    assert "daemon_error" not in result, result
    return result


def _result(boot: dict[str, Any], name: str) -> Any:
    entry = boot[name]
    res = entry["result"]
    assert not (isinstance(res, dict) and "error" in res), res.get("error")
    bad = [ln for ln in entry["dmesg"] if ALARM.search(ln)]
    assert not bad, "\n".join(bad)
    return res


def _sites(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for p in report["processes"] for s in p["sites"]]


def _bypassed(r: dict[str, Any], native: str) -> dict[str, Any]:
    """A ``ub run`` that exited 0, printed what the native run printed, chained."""
    assert r["rc"] == 0, r.get("stderr")
    assert r["out"] == native
    rep = r["report"]
    assert "error" not in rep, rep
    assert rep["status"] == 0
    assert rep["totals"]["chained"] > 0, rep["totals"]
    return rep


def test_ub_run_bypasses_without_ptrace_and_prints_the_same(auto: dict[str, Any]) -> None:
    r = _result(auto, "run")
    native = r["native"]
    assert len(native) == 17  # one 16-digit hash and a newline
    for run in (r["first"], r["second"]):
        assert run["found"], run
        assert run["tracers"] and set(run["tracers"]) == {0}  # nobody ptraced it
        rep = _bypassed(run, native)
        assert rep["first_chain_s"] is not None and rep["first_chain_s"] > 0
        sites = _sites(rep)
        assert any(s["symbol"].startswith("autoloop:loop+") and s["chained"] > 0
                   for s in sites), sites


def test_ub_top_shows_the_sites_with_their_symbols(auto: dict[str, Any]) -> None:
    top = _result(auto, "run")["top"]
    assert top["rc"] == 0, top["err"]
    assert "autoloop:loop+" in top["out"] and "chained" in top["out"], top["out"]


def test_a_second_run_installs_from_the_cache(auto: dict[str, Any]) -> None:
    r = _result(auto, "run")
    first, second = r["first"]["report"]["totals"], r["second"]["report"]["totals"]
    assert first["translations"] >= 1 and first["cache_hits"] == 0, first
    assert second["cache_hits"] >= 1, second
    # the translator was not called for a hot site: each one came from the cache
    # (a MISS target met only on the way out, such as the lazy PLT stub of the
    # program's final printf, may be: the first run exited before it was read)
    hot = [s for s in _sites(r["second"]["report"]) if not s["grows"]]
    assert not [s for s in hot if s["cache"] == "miss"], hot
    installed = [s for s in hot if s["image_id"]]
    assert installed and all(s["cache"] == "hit" for s in installed), installed


def test_forked_children_are_bypassed_from_the_cache(auto: dict[str, Any]) -> None:
    r = _result(auto, "fork")
    assert r["rc"] == 0, r["stderr"]
    lines = r["out"].splitlines()
    assert [ln.split()[1] for ln in lines] == ["0", "1", "2"]
    assert len({ln.split()[2] for ln in lines}) == 1  # same data, same hash
    assert r["chained"] == [True, True, True]
    procs = [p for p in r["report"]["processes"] if p["chained"] > 0]
    assert len({p["mm_cookie"] for p in procs}) == 3 and len({p["tgid"] for p in procs}) == 3
    # each child's hot site was installed from the cache (MISS targets on a
    # child's way out, such as a lazy PLT stub, may still be translated)
    for p in procs[1:]:
        hot = [s for s in p["sites"] if not s["grows"] and s["image_id"]]
        assert hot and all(s["cache"] == "hit" for s in hot), p["sites"]


def test_a_thread_is_bypassed(auto: dict[str, Any]) -> None:
    r = _result(auto, "thread")
    assert r["rc"] == 0 and r["found"]
    assert r["report"]["totals"]["chained"] > 0


def test_exec_drops_and_the_new_program_is_found(auto: dict[str, Any]) -> None:
    r = _result(auto, "exec")
    assert r["rc"] == 0 and r["first"] and r["second"], r
    assert r["first"]["mm_cookie"] != r["second"]["mm_cookie"]
    assert r["first"]["tgid"] == r["second"]["tgid"]
    procs = {p["mm_cookie"]: p for p in r["report"]["processes"]}
    old = procs[r["first"]["mm_cookie"]]
    assert old["gone"] and old["chained"] > 0  # exact totals from the kernel's GONE
    assert procs[r["second"]["mm_cookie"]]["chained"] > 0
    assert len(r["out"].split()) == 2


def test_a_loop_through_libc_grows_by_images_of_its_miss_targets(
        auto: dict[str, Any]) -> None:
    r = _result(auto, "grow")
    assert r["rc"] == 0 and r["complete"] and r["identical"] and r["lines"] == 2000, r
    assert r["grown"], r["report"]  # its sites chain at least a syscall per run
    sites = _sites(r["report"])
    grown = [s for s in sites if s["grows"]]
    assert grown and all(s["state"] in ("installed", "gone", "covered") for s in grown), sites
    assert not any(s["state"] == "removed" for s in sites), sites
    assert r["report"]["totals"]["chained"] > 2000


def test_no_event_without_opt_in_or_with_the_identifier_off(auto: dict[str, Any]) -> None:
    r = _result(auto, "quiet")
    for case in ("not_opted_in", "disabled"):
        c = r[case]
        assert len(c["out"]) == 17, c
        assert c["events_after"] == c["events_before"], (case, c)
    control = r["opted_in"]
    assert control["events_after"] > control["events_before"], control


def test_rep_strings_are_bounded_a_spinning_program_dies_by_sigterm(
        auto: dict[str, Any]) -> None:
    r = _result(auto, "rep")
    for how in ("movsb", "stosq"):
        c = r[how]
        assert c["ready"] and c["found"] and c["dead"], (how, c)
        assert c["report"]["totals"]["exits"]["budget"] >= 1, (how, c)  # the rep's charge
        assert c["rc"] == 128 + 15, (how, c)  # ub run passes SIGTERM's status on
        assert c["died_in_s"] < 1.0, (how, c)


def test_a_setuid_exec_loses_the_opt_in(auto: dict[str, Any]) -> None:
    r = _result(auto, "setuid")
    assert r["plain"] == {"rc": 0, "out": "1", "err": ""}, r["plain"]
    assert r["suid"]["rc"] == 0 and r["suid"]["out"] == "0", r["suid"]


def test_the_daemon_survives_death_exec_and_a_full_queue(auto: dict[str, Any]) -> None:
    r = _result(auto, "robust")
    killed = r["killed"]
    assert killed["caught_translating"] and killed["alive"], killed
    assert killed["state"] is None or killed["state"]["state"] == "gone", killed
    ex = r["exec"]
    assert ex["rc"] == 0 and ex["second"], ex
    flood = r["flood"]
    assert flood["lost_seen"] and flood["alive"], flood
    assert flood["counters"]["rescans"] >= 2, flood
    assert auto["daemon"]["pid"] == auto["daemon_pid"]  # one daemon, never restarted
