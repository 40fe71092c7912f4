"""Lab tests of the kernel BTC runtime (issue 4), on the debug kernel.

Each module fixture boots the guest once and runs a group of checks with
``guest_checks`` (the guest side; it records, this side asserts).  The test
programs in ``progs/`` are compiled on the host (Debian 12, like the guest:
dynamically linked against the same glibc) and shared read-only at /progs.
The lab itself fails a boot on any WARN, BUG, lockdep splat or oops on the
console; these tests also look at the kernel log lines each check caused.
"""

from __future__ import annotations

import errno
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from ubypass.abi import EventType, ExitReason
from ubypass.bench.build import build
from ubypass.paths import REPO_ROOT, cache_dir

pytestmark = pytest.mark.lab

PROGS_DIR = REPO_ROOT / "tests" / "kernel" / "progs"
CFLAGS = ("-std=gnu11", "-O2", "-Wall", "-Wextra", "-Werror", "-pthread")
RESULT_TAG = "UBCHECKS "
# Kernel log lines that no check may cause (the verifier's rejections of the
# hostile images are "ub: pid N: image rejected: ..." and are allowed there).
ALARM = re.compile(r"WARNING|BUG|Oops|general protection|Call Trace|lockdep|"
                   r"circular locking|sleeping function|ub:.*(error|fail|leak)", re.I)


@pytest.fixture(scope="module")
def progs(lab_host: None) -> Path:
    return build(PROGS_DIR, cflags=CFLAGS, cache=cache_dir("kernel-progs")).directory


def _boot(progs: Path, *checks: str) -> dict[str, Any]:
    from ubypass.lab.vm import run_in_guest

    stream = io.StringIO()
    run = run_in_guest(
        ["env", "PYTHONPATH=/ub/src:/ub/tests/kernel", "python3", "-m", "guest_checks",
         "--progs", "/progs", *checks],
        variant="debug", shares={"/progs": progs}, timeout=1200, stream=stream,
    )
    lines = [ln for ln in run.output.splitlines() if ln.startswith(RESULT_TAG)]
    assert run.exit_status == 0 and lines, run.output[-4000:]
    result: dict[str, Any] = json.loads(lines[-1][len(RESULT_TAG):])
    assert "device_error" not in result, result
    result["_console"] = run.console
    return result


@pytest.fixture(scope="module")
def basic(progs: Path) -> dict[str, Any]:
    return _boot(progs, "hostile", "limits", "readers", "output", "signals", "follow")


@pytest.fixture(scope="module")
def faults(progs: Path) -> dict[str, Any]:
    return _boot(progs, "faults", "gp", "fpe", "dead")


@pytest.fixture(scope="module")
def concurrency(progs: Path) -> dict[str, Any]:
    return _boot(progs, "avx", "threads", "seccomp", "strace")


@pytest.fixture(scope="module")
def inval(progs: Path) -> dict[str, Any]:
    return _boot(progs, "inval", "dropped")


def _result(boot: dict[str, Any], name: str, *, allowed: tuple[str, ...] = ()) -> Any:
    """The check's result, after making sure it ran and left a clean kernel log."""
    entry = boot[name]
    res = entry["result"]
    assert not (isinstance(res, dict) and "error" in res), res.get("error")
    bad = [ln for ln in entry["dmesg"]
           if ALARM.search(ln) and not any(a in ln for a in allowed)]
    assert not bad, "\n".join(bad)
    return res


def _no_errors(parts: dict[str, Any]) -> None:
    for name, part in parts.items():
        assert "error" not in part, f"{name}: {part['error']}"


def _exits(stats: dict[str, Any], reason: ExitReason) -> int:
    return int(stats["exits"][reason.name.lower()])


# --- output and counters --------------------------------------------------------------


def test_output_is_byte_identical_and_syscalls_chain(basic: dict[str, Any]) -> None:
    r = _result(basic, "output")
    assert r["attach_rc"] == 0, r["attach"]
    assert r["stats_rc"] == 0, r["stats"]
    assert r["complete"], r
    assert r["native_rc"] == 0 and r["bypass_rc"] == 0, r["stderr"]
    assert r["native_lines"] == r["bypass_lines"] == 3000
    assert r["identical"], f"first difference at byte {r['first_diff']}"
    st = r["stats"]
    assert st["runs"] > 0 and st["chained"] > 0, st
    assert st["nr_images"] == 1
    assert len(r["attach"]["requested"]) >= 3  # ctl pread, data pread, write


def test_follow_grows_the_image_of_a_libc_loop_until_it_chains(basic: dict[str, Any]) -> None:
    r = _result(basic, "follow")
    assert r["native_rc"] == 0 and r["bypass_rc"] == 0 and r["complete"], r
    assert r["identical"] and r["lines"] == 2000
    rounds = r["rounds"]
    assert r.get("converged"), rounds
    assert len(rounds[-1]["requested"]) > len(r["first"]["requested"])  # MISS targets added
    before, after = r["before_go"], r["after_go"]
    assert after["nr_images"] == 1
    assert after["chained"] - before["chained"] >= 2000, (before, after)


# --- hostile images and callers ---------------------------------------------------------

HOSTILE_REASONS = {
    "truncated": "is not the image length",
    "bad_magic": "bad magic",
    "misaligned_code": "misplaced or misaligned",
    "entry_table_outside": "entry table misplaced or misaligned",
    "absurd_nr_entries": "entry table misplaced or misaligned",
    "absurd_code_size": "misplaced or misaligned",
    "no_exits": "no exits",
    "text_in_kernel": "not user memory",
    "exit_into_kernel": "not user memory",
    "exit_noncanonical": "not user memory",
    "exit_bad_reason": "bad reason 9",
    "entry_outside_text": "in no range",
    "entry_code_off_outside_code": "outside the code",
}


def test_hostile_images_and_callers_are_refused(basic: dict[str, Any]) -> None:
    r = _result(basic, "hostile", allowed=("image rejected",))
    images = r["images"]
    for name, phrase in HOSTILE_REASONS.items():
        got = images[name]
        assert got["errno"] == errno.EINVAL, (name, got)
        assert phrase in got["reason"], (name, got["reason"])
    for name in ("empty", "absurd_image_len"):
        assert images[name]["errno"] == errno.E2BIG, (name, images[name])
    assert r["valid"]["errno"] == 0 and r["valid"]["image_id"] > 0, r["valid"]
    assert r["stats"]["nr_images"] == 1
    assert r["after_remove"]["nr_images"] == 0
    assert r["wrong_cookie"] == errno.ESTALE
    # an image whose entries another image holds is refused, and the failed
    # install left the holder as it was; asked to take them, it does
    assert r["overlap"] == errno.EEXIST
    assert r["stats_after_overlap"]["nr_images"] == 1 and r["runs_go_on"]
    assert r["taken"]["nr_images"] == 2
    assert r["not_opted_in"] == errno.EPERM
    assert r["open_as_nobody"] in (errno.EPERM, errno.EACCES)
    assert r["open_as_root_without_sys_admin"] == errno.EPERM
    rejected = [ln for ln in basic["hostile"]["dmesg"] if "image rejected" in ln]
    assert rejected, "the verifier's rejections are logged"


def test_limits_and_knobs_hold(basic: dict[str, Any]) -> None:
    r = _result(basic, "limits", allowed=("image rejected",))
    assert r["replace_unknown"] == errno.ENOENT, r
    assert r["max_images"] == errno.ENOSPC, r
    assert r["text_limit"]["errno"] == errno.ENOSPC, r
    # each ub_run chains max_chain syscalls at most, then leaves by one that is not
    default, four = r["default"], r["max_chain_4"]
    assert default["chained"] > 4 * default["unchained"] + 4, default
    assert 0 < four["chained"] <= 4 * four["unchained"] + 4, four
    assert r["disabled"]["runs"] == 0, r["disabled"]
    assert r["enabled_again"]["chained"] > 0, r["enabled_again"]
    beyond = r["range_beyond"]
    assert beyond["errno"] == errno.EINVAL, beyond
    assert "not in read-only executable file mappings" in beyond["reason"], beyond


def test_every_opener_of_dev_ub_reads_every_event(basic: dict[str, Any]) -> None:
    r = _result(basic, "readers")
    assert "GONE" in r["a"] and "GONE" in r["b"], r


def test_a_syscall_exit_not_after_a_syscall_is_refused(basic: dict[str, Any]) -> None:
    got = _result(basic, "hostile", allowed=("image rejected",))["images"][
        "syscall_exit_not_after_syscall"]
    assert got["errno"] == errno.EINVAL, got
    assert "has no syscall before it" in got["reason"]


# --- signals -----------------------------------------------------------------------------


def test_signals_reach_a_chained_loop_and_a_busy_loop_dies(basic: dict[str, Any]) -> None:
    r = _result(basic, "signals")
    _no_errors(r)
    alarm = r["alarm"]
    assert alarm["stats"]["chained"] > 0, alarm  # it was spinning chained
    m = re.fullmatch(r"alarm sig=14 ms=(\d+)", alarm["line"] or "")
    assert m, alarm
    assert 900 <= int(m.group(1)) < 2000, alarm["line"]
    assert alarm["rc"] == 0
    term = r["term"]
    assert term["stats"]["chained"] > 0, term
    assert term["output"].endswith("term\n") and term["rc"] == 0, term
    assert term["seconds"] < 2.0
    busy = r["busy"]
    assert busy["stats"]["runs"] > 0
    assert _exits(busy["stats"], ExitReason.BUDGET) > 0, busy["stats"]
    assert busy["rc"] == -9 and busy["seconds"] < 2.0, busy


# --- faults ------------------------------------------------------------------------------

FAULTS = {
    "null": (r"fault sig=11 code=1 addr=0 ", (ExitReason.FAULT, ExitReason.CHECK)),
    "kernel": (r"fault sig=11 code=[12] addr=0xffffffff81000000 ",
               (ExitReason.CHECK, ExitReason.FAULT)),
    "noncanon": (r"fault sig=11 code=128 addr=0 ", (ExitReason.CHECK, ExitReason.FAULT)),
    "div0": (r"fault sig=8 code=1 addr=\+0x[0-9a-f]+ ", (ExitReason.FAULT,)),
}


@pytest.mark.parametrize("mode", sorted(FAULTS))
def test_faults_on_the_bypassed_path_match_native(faults: dict[str, Any], mode: str) -> None:
    r = _result(faults, "faults")[mode]
    assert "error" not in r, r["error"]
    pattern, reasons = FAULTS[mode]
    assert r["native"] and re.match(pattern, r["native"]), r
    assert r["native"].endswith(" i=200")
    assert r["bypass"] == r["native"], r  # signal, si_code, si_addr, RIP, record
    st = r["stats"]
    assert st["runs"] > 0 and st["chained"] > 0, st
    assert sum(_exits(st, reason) for reason in reasons) >= 1, st  # it faulted bypassed
    assert r["native_rc"] == 0 and r["bypass_rc"] == 0


@pytest.mark.parametrize("mode", ["noncanon", "null"])
def test_btc_code_faulting_itself_is_recovered_exactly(faults: dict[str, Any], mode: str) -> None:
    """A hand-made image: the load without its address check is refused by
    the kernel's code validator; with it, NULL faults in BTC code (#PF) and a
    non-canonical address leaves by CHECK, and either way the task gets the
    native signal at the original instruction."""
    r = _result(faults, "gp", allowed=("image rejected",))[mode]
    assert "error" not in r, r["error"]
    assert r["unchecked"]["errno"] == errno.EINVAL, r["unchecked"]
    assert "code at" in r["unchecked"]["reason"], r["unchecked"]
    want = {"noncanon": "fault sig=11 code=128 addr=0 ", "null": "fault sig=11 code=1 addr=0 "}
    assert r["native"] and r["native"].startswith(want[mode]), r
    assert r["bypass"] == r["native"], r
    how = {"noncanon": ExitReason.CHECK, "null": ExitReason.FAULT}[mode]
    assert r["stats"]["runs"] == 1 and _exits(r["stats"], how) == 1, r["stats"]
    assert r["native_rc"] == 0 and r["bypass_rc"] == 0


@pytest.mark.parametrize("mode", ["unmasked", "masked"])
def test_an_sse_exception_the_user_unmasked_is_raised_natively(faults: dict[str, Any],
                                                                mode: str) -> None:
    """divsd by zero behind a syscall: masked, the BTC computes inf.  With the
    exception unmasked it would raise #XM in ring 0 at an instruction no fault
    map describes (a WARN and a killed task), so the kernel does not enter
    the BTC (0 runs) and the divide runs natively: SIGFPE (FPE_FLTDIV) at it
    on hardware; QEMU's TCG raises no SIMD exceptions, so there the native
    line is inf too.  Either way the bypassed task prints the native line."""
    r = _result(faults, "fpe")[mode]
    assert "error" not in r, r["error"]
    want = {"unmasked": ("fault sig=8 code=3 ", "result=inf"), "masked": ("result=inf",)}[mode]
    assert r["native"] and r["native"].startswith(want), r
    assert r["bypass"] == r["native"], r
    assert r["stats"]["runs"] == (0 if mode == "unmasked" else 1), r["stats"]
    assert r["native_rc"] == 0 and r["bypass_rc"] == 0


def test_an_entry_that_ends_where_it_starts_is_run_once(faults: dict[str, Any]) -> None:
    """After an END exit to the instruction the run began at, the kernel used
    to go on into the same entry (a MISS-style hop) until max_chain: Redis
    ran an image at a vDSO rdtscp 20 million times a round.  Now: one run,
    no hop, and the program's own output."""
    r = _result(faults, "dead")
    assert "error" not in r, r["error"]
    assert r["native"] == "result=inf" and r["bypass"] == r["native"], r
    assert r["stats"]["runs"] == 1 and r["stats"]["hops"] == 0, r["stats"]
    assert _exits(r["stats"], ExitReason.END) == 1, r["stats"]
    assert r["native_rc"] == 0 and r["bypass_rc"] == 0


# --- concurrency: FPU, atomics ----------------------------------------------------------


def test_avx_state_survives_chained_blocking_reads(concurrency: dict[str, Any]) -> None:
    r = _result(concurrency, "avx")
    assert r["line"] and r["line"].startswith("avx ok "), r
    assert r["rc"] == 0
    assert r["stats"]["chained"] > 0, r["stats"]


def test_lock_xadd_from_four_threads_is_exact(concurrency: dict[str, Any]) -> None:
    r = _result(concurrency, "threads")
    assert r["line"] == "total=80000 expect=80000", r
    assert r["stats"]["chained"] > 0 and r["rc"] == 0, r


# --- seccomp and ptrace see chained syscalls -------------------------------------------


def test_seccomp_still_denies_chained_syscalls(concurrency: dict[str, Any]) -> None:
    r = _result(concurrency, "seccomp")
    assert r["native"] == "getppid ok=0 eperm=2000", r
    assert r["bypass"] == r["native"], r
    assert r["stats"]["chained"] > 0, r["stats"]  # through the filter
    assert r["native_rc"] == 0 and r["bypass_rc"] == 0


def test_strace_counts_every_chained_syscall(concurrency: dict[str, Any]) -> None:
    r = _result(concurrency, "strace")
    _no_errors(r)
    for mode in ("native", "bypass"):
        m = r[mode]
        assert m["line"] == "getppid ok=1000 eperm=0", (mode, m)
        assert m["counts"].get("getppid") == 1000, (mode, m["counts"])
        assert m["counts"].get("write") == 1001, (mode, m["counts"])
        assert m["rc"] == 0
    traced = r["bypass"]["stats"]["chained"] - r["bypass"]["stats_before_strace"]["chained"]
    assert traced > 0, r["bypass"]  # chained while the tracer was attached


# --- invalidation -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["munmap", "mprotect", "mremap", "poke", "exec"])
def test_changing_the_translated_code_drops_the_image(inval: dict[str, Any], mode: str) -> None:
    r = _result(inval, "inval")[mode]
    assert "error" not in r, r["error"]
    assert r["before"]["nr_images"] == 1 and r["before"]["runs"] > 0, r["before"]
    assert r["after"]["nr_images"] == 0, r["after"]
    assert r["later"]["nr_images"] == 0
    assert r["output"].endswith("changed\nlooped=1\n") and r["rc"] == 0, r
    if mode == "exec":
        assert r["old_cookie"] == errno.ESTALE
        assert r["after"]["mm_cookie"] != r["cookie"]
    else:
        assert r["old_cookie"] == "accepted"
    # every drop is reported, the old mm's at exec too
    dropped = [e for e in r["events"]
               if e["image_id"] == r["image_id"] and e["type"] == EventType.INVALIDATED]
    assert len(dropped) == 1, r["events"]
    # rip/aux: the hull of the dropped image's code, around its entries
    entries = [int(e, 16) for e in r["entries"]]
    assert dropped[0]["rip"] <= min(entries) and max(entries) < dropped[0]["aux"]
    assert dropped[0]["cookie"] == r["cookie"]


def test_a_reader_that_does_not_read_is_told_what_it_lost(inval: dict[str, Any]) -> None:
    r = _result(inval, "dropped")
    assert r["rc"] == 0, r
    # its queue held what it could (256, less the DROPPED report's room), the
    # rest is counted in one DROPPED event
    assert 0 < r["invalidated"] < r["installed"], r
    assert r["lost"] >= r["installed"] - r["invalidated"], r
