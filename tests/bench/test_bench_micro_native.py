"""The micro-benchmark's guest driver and ``pread --wait-start``, run natively on the host.

The bypass is replaced by a stand-in whose "chained" counter is the
process's read-family syscall count (``syscr`` in /proc/PID/io): the
driver's bracketing of a bypassed round must then count exactly the round's
reads plus the one read(2) that fetched the command, which proves that
nothing else runs between the two statistics readings. :class:`AutoBypass`
(waiting for ubd and the kernel) runs against scripted ubd states.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

import ubypass.bench.guest_micro as gm
from ubypass.bench.build import BenchBuild, build
from ubypass.bench.guest_micro import (
    AutoBypass,
    BypassError,
    BypassStats,
    MicroBudget,
    PreadServer,
    parse_sizes,
)
from ubypass.bench.micro import collect
from ubypass.bench.records import extract_lines
from ubypass.paths import REPO_ROOT

TINY = ["--seconds", "0.05", "--warmup", "0.01"]


@pytest.fixture(scope="module")
def binaries(tmp_path_factory: pytest.TempPathFactory) -> BenchBuild:
    return build(cache=tmp_path_factory.mktemp("bench-cache"))


def syscr(pid: int) -> int:
    for line in Path(f"/proc/{pid}/io").read_text().splitlines():
        key, _, value = line.partition(": ")
        if key == "syscr":
            return int(value)
    raise AssertionError("no syscr")


class FakeBypass:
    def __init__(self, fail: bool = False) -> None:
        self.established: list[dict[str, Any]] = []
        self.fail = fail

    def establish(self, pid: int, launched: float) -> dict[str, Any]:
        if self.fail:
            raise BypassError(f"ubd gave up on pid {pid}; ubd says: x: refused (no syscall)")
        # The program must be in its untimed loop meanwhile: that is what gets found.
        before = syscr(pid)
        time.sleep(0.05)
        self.established.append(
            {"pid": pid, "parent": gm._parent(pid), "looping": syscr(pid) > before,
             "launched": launched}
        )  # fmt: skip
        return {"pid": pid, "first_chain_s": 0.5, "established_s": 1.0, "cache": "hit",
                "sites": [{"symbol": "s", "state": "installed", "image_id": 1}]}  # fmt: skip

    def stats(self, pid: int) -> BypassStats:
        return BypassStats(runs=1, chained=syscr(pid), exits={"budget": 0}, nr_images=1)

    def sites(self, pid: int) -> list[dict[str, Any]]:
        return [{"symbol": "s", "state": "installed", "image_id": 1}]


def wait_start(binaries: BenchBuild, tmp_path: Path, *extra: str) -> subprocess.Popen[str]:
    cmd = [str(binaries.program("pread")), "--size", "64", "--dir", str(tmp_path), "--verify"]
    return subprocess.Popen(
        [*cmd, *TINY, "--wait-start", *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_wait_start_protocol(binaries: BenchBuild, tmp_path: Path) -> None:
    p = wait_start(binaries, tmp_path, "--sum")
    assert p.stdout is not None and p.stdin is not None
    ready = json.loads(p.stdout.readline())
    assert ready["event"] == "ready" and ready["pid"] == p.pid
    assert ready["reads"] > 0 and 0 < ready["chunk"] <= ready["reads"]
    p.send_signal(signal.SIGUSR1)
    assert json.loads(p.stdout.readline())["event"] == "paused"
    results = []
    for _ in range(2):
        p.stdin.write("run 5000\n")
        p.stdin.flush()
        results.append(json.loads(p.stdout.readline()))
        assert json.loads(p.stdout.readline())["event"] == "paused"
    p.stdin.close()
    assert p.wait(timeout=60) == 0
    a, b = results
    # Every round starts at offset 0 with a zero checksum: same reads, same result.
    assert a["reads"] == b["reads"] == 5000 and a["verified"] is True
    assert (a["checksum"], a["end_offset"]) == (b["checksum"], b["end_offset"]) == (
        a["checksum"], 5000 * 64,
    )  # fmt: skip
    assert a["checksum"] > 0


@pytest.mark.parametrize("command", ["run\n", "run 0\n", "run 12 x\n", "stop\n"])
def test_wait_start_refuses_bad_commands(
    binaries: BenchBuild, tmp_path: Path, command: str
) -> None:
    p = wait_start(binaries, tmp_path)
    assert p.stdout is not None and p.stdin is not None
    json.loads(p.stdout.readline())
    p.send_signal(signal.SIGUSR1)
    json.loads(p.stdout.readline())
    out, err = p.communicate(command, timeout=60)
    assert p.returncode == 2
    assert out == "" and "bad command" in err


def test_wait_start_ends_at_end_of_input(binaries: BenchBuild, tmp_path: Path) -> None:
    p = wait_start(binaries, tmp_path)
    assert p.stdout is not None
    json.loads(p.stdout.readline())
    p.send_signal(signal.SIGUSR1)
    out, _ = p.communicate("", timeout=60)
    assert [json.loads(line)["event"] for line in out.splitlines()] == ["paused"]
    assert p.returncode == 0


def test_server_reports_a_program_that_dies(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match=r"exited with 3 before answering: boom"):
        PreadServer(["sh", "-c", "echo boom >&2; exit 3"], timeout=30, name="x")


def test_server_times_out(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="no answer in 1 s"):
        PreadServer(["sleep", "30"], timeout=1, name="x")


def test_server_wants_the_pid_it_started(tmp_path: Path) -> None:
    # The counters and signals must be those of a pread we started, not another process's.
    line = '{"bench": "pread", "event": "ready", "pid": 1, "reads": 5}'
    with pytest.raises(RuntimeError, match="pread runs as pid 1, which is not the started"):
        PreadServer(["sh", "-c", f"echo '{line}'; sleep 30"], timeout=30, name="x")


def test_point_brackets_each_bypassed_round_exactly(binaries: BenchBuild, tmp_path: Path) -> None:
    bypass = FakeBypass()
    budget = MicroBudget(0.05, 0.01, 3)
    res = gm.run_point(
        binaries.program("pread"), 256, True, budget, tmp_path, bypass, exec_prefix=[]
    )
    (seen,) = bypass.established
    assert seen["looping"] is True and seen["parent"] == os.getpid()
    assert res.size == 256 and res.sum is True and res.reads > 0
    assert res.bypass["cache"] == "hit" and res.bypass["first_chain_s"] == 0.5
    assert res.bypass["after"] == bypass.sites(0) and res.bypass["images_changed"] is False
    assert len(res.native) == len(res.ub) == 3
    for r in res.native + res.ub:
        assert r["reads"] == res.reads and r["verified"] is True
    assert {r["checksum"] for r in res.native + res.ub} == {res.native[0]["checksum"]}
    for r in res.ub:
        # The round's preads, plus the read(2) that brought "run N".
        assert r["stats"]["chained"] == res.reads + 1
        assert r["stats"]["runs"] == 0 and r["stats"]["exits"] == {}
    assert list(tmp_path.iterdir()) == []


def test_point_under_a_wrapper_that_forks(binaries: BenchBuild, tmp_path: Path) -> None:
    """``ub run`` runs pread as its child: pread's own pid is watched and signalled, and
    the wrapper's exit status (pread's, passed on) ends the point."""
    bypass = FakeBypass()
    wrapper = ["sh", "-c", '"$@"; status=$?; exit $status', "sh"]
    res = gm.run_point(
        binaries.program("pread"), 64, False, MicroBudget(0.05, 0.01, 2), tmp_path, bypass,
        exec_prefix=wrapper,
    )  # fmt: skip
    (seen,) = bypass.established
    assert seen["parent"] != os.getpid() and seen["looping"] is True
    assert len(res.ub) == 2 and all(r["stats"]["chained"] == res.reads + 1 for r in res.ub)
    assert not gm._running(seen["pid"])


def test_point_fails_when_the_bypass_is_not_established(
    binaries: BenchBuild, tmp_path: Path
) -> None:
    with pytest.raises(BypassError, match=r"not bypassed: ubd gave up on pid \d+.*refused"):
        gm.run_point(
            binaries.program("pread"), 64, False, MicroBudget(0.05, 0.01, 1), tmp_path,
            FakeBypass(fail=True), exec_prefix=[],
        )  # fmt: skip
    assert list(tmp_path.iterdir()) == []  # both processes ended, their files gone


def test_point_refuses_a_bypassed_run_that_reads_something_else(
    binaries: BenchBuild, tmp_path: Path
) -> None:
    # The "bypassed" process reads a two-record file: same reads, other bytes
    # from its third read on (a 64 KiB file took 1,024 reads to differ, more
    # than a loaded host's 0.05 s round made)
    prefix = ["sh", "-c", 'exec "$@" --file-size 128', "sh"]
    with pytest.raises(RuntimeError, match="read something else"):
        gm.run_point(
            binaries.program("pread"), 64, True, MicroBudget(0.05, 0.01, 1), tmp_path,
            FakeBypass(), exec_prefix=prefix,
        )  # fmt: skip


def driver(binaries: BenchBuild, tmp_path: Path, *args: str, bypass: Any = None) -> int:
    argv = ["--bin-dir", str(binaries.directory), "--tmp-dir", str(tmp_path), "--exec-prefix", ""]
    return gm.main([*argv, *TINY, *args], bypass=bypass or FakeBypass())


def test_driver_end_to_end(
    binaries: BenchBuild, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = driver(binaries, tmp_path, "--sizes", "64,4096", "--repeat", "2")
    out = capsys.readouterr()
    assert status == 0, out.err
    kinds = [obj["kind"] for obj in extract_lines(out.out)]
    assert kinds == ["env", "point", "point", "point", "point", "crossing", "done"]
    got = collect(out.out, kpti=False, run={"where": "host"})
    assert got.errors == []
    assert [(r["size"], r["sum"]) for r in got.records] == [
        (64, False), (64, True), (4096, False), (4096, True),
    ]  # fmt: skip
    for r in got.records:
        assert r["crossings_avoided"] == r["reads"] + 1 and r["rounds"] == 2
        assert r["checksums_equal"] is True and r["crossing_ns"] > 0
        assert r["native_iops"] > 0 and r["ub_iops"] > 0
    # A getppid before each point and one at the end: best of 5.
    assert out.err.count("getppid round trip:") == 5
    assert "[micro] pread 4 KiB + sum round 2/2" in out.err


def test_driver_reports_a_failing_point_and_goes_on(
    binaries: BenchBuild, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = driver(
        binaries, tmp_path, "--sizes", "64", "--sum", "no", "--quick",
        bypass=FakeBypass(fail=True),
    )  # fmt: skip
    out = capsys.readouterr()
    assert status == 1
    errors = [obj for obj in extract_lines(out.out) if obj["kind"] == "error"]
    (error,) = errors
    assert error["bench"] == "pread 64 B"
    assert error["error"].startswith("not bypassed: ubd gave up on pid ")
    assert "pread 64 B: FAILED" in out.err
    assert extract_lines(out.out)[-1] == {"kind": "done", "failed": 1}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--repeat", "0"], "--repeat must be at least 1"),
        (["--seconds", "0"], "--seconds must be positive"),
        (["--warmup", "-1"], "--warmup must be positive"),
        (["--sizes", "64,abc"], "not a read size"),
        (["--sizes", ","], "no read sizes"),
        (["--sum", "maybe"], "invalid choice"),
        (["--establish-timeout", "0"], "--establish-timeout must be positive"),
        (["--settle", "-1"], "--settle must be positive"),
    ],
)
def test_driver_arguments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as e:
        gm.main(["--bin-dir", str(tmp_path), *args], bypass=FakeBypass())
    assert e.value.code == 2
    assert message in capsys.readouterr().err


def test_budgets() -> None:
    assert MicroBudget.default(True) == MicroBudget(0.3, 0.1, 1)
    assert MicroBudget.default(False) == MicroBudget(0.6, 0.2, 5)


def test_parse_sizes() -> None:
    assert parse_sizes("64, 256,1024,") == [64, 256, 1024]
    for bad in ("0", "-64", "64,64", "1.5", ""):
        with pytest.raises(ValueError):
            parse_sizes(bad)


def test_pread_command_is_the_native_one_plus_the_protocol(tmp_path: Path) -> None:
    cmd = gm.pread_command(Path("/bench/pread"), 1024, True, MicroBudget(0.6, 0.2, 5), tmp_path)
    assert cmd == [
        "/bench/pread", "--size", "1024", "--seconds", "0.6", "--warmup", "0.2",
        "--dir", str(tmp_path), "--verify", "--wait-start", "--sum",
    ]  # fmt: skip


def test_stats_difference() -> None:
    before = BypassStats(runs=5, chained=100, exits={"syscall": 3, "budget": 1}, nr_images=1)
    after = BypassStats(runs=7, chained=160, exits={"syscall": 5, "budget": 1, "miss": 2},
                        nr_images=1)  # fmt: skip
    assert after.since(before) == {
        "runs": 2, "chained": 60, "exits": {"syscall": 2, "miss": 2}, "nr_images": 1,
    }  # fmt: skip


def test_guest_driver_imports_only_the_standard_library() -> None:
    code = (
        f"import sys; sys.path.insert(0, {str(REPO_ROOT / 'src')!r})\n"
        "import ubypass.bench.guest_micro\n"
        "bad = sorted(m for m in ('click', 'rich', 'iced_x86', 'elftools', 'ubypass.bypass',\n"
        "                         'ubypass.daemon')\n"
        "             if m in sys.modules)\n"
        "sys.exit(', '.join(bad) or None)\n"
    )
    done = subprocess.run(["python3", "-I", "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# --- AutoBypass: when a process counts as bypassed, against scripted ubd states -----------


def site(state: str, image_id: int = 0, chained: int = 0, **kw: Any) -> dict[str, Any]:
    return {"symbol": "libc.so.6:__libc_pread64+0x2a", "state": state, "why": "",
            "image_id": image_id, "cache": "miss", "growths": 0, "runs": chained // 100,
            "chained": chained, "exits": {"syscall": chained // 100}, "first_chain_at": 0.0,
            "translate_s": 0.0, **kw}  # fmt: skip


class World:
    """ubd's status and the kernel's counters, one phase per ``steps`` status reads.

    A phase is (sites, daemon jobs, MISS exits per read of the counters); the
    kernel's chained count grows while some installed site has chained, as a
    running loop's does.
    """

    def __init__(self, phases: list[tuple[list[dict[str, Any]], int, int]], steps: int,
                 gone: bool = False, pending: tuple[int, ...] = ()) -> None:  # fmt: skip
        self.phases, self.steps, self.gone = phases, steps, gone
        self.pending = pending  # phases in which ubd still has a fusion due
        self.reads = 0
        self.chained = self.miss = 0
        self.seen: list[int] = []  # the phase of each status read

    def phase(self) -> tuple[list[dict[str, Any]], int, int]:
        return self.phases[min(self.reads // self.steps, len(self.phases) - 1)]

    def status(self) -> dict[str, Any]:
        self.seen.append(min(self.reads // self.steps, len(self.phases) - 1))
        sites, jobs, _ = self.phase()
        pending = ["3 growths of loop to fuse"] if self.seen[-1] in self.pending else []
        self.reads += 1
        procs = [{"tgid": os.getpid(), "gone": self.gone, "sites": sites,
                  "pending": pending}] if sites else []  # fmt: skip
        procs.append({"tgid": os.getpid() + 1, "gone": False, "sites": [site("hot")]})
        return {"daemon": {"jobs": jobs, "translations": 1, "lost_events": 0},
                "processes": procs}  # fmt: skip

    def stats(self, pid: int) -> Any:
        import types

        sites, _, miss = self.phase()
        if any(s["state"] == "installed" and s["chained"] for s in sites):
            self.chained += 1000
            self.miss += miss
        return types.SimpleNamespace(
            runs=self.chained // 1000,
            chained=self.chained,
            exits={"syscall": 1, "miss": self.miss},
            nr_images=1,
        )

    def hot(self, pid: int) -> Any:
        import types

        never = types.SimpleNamespace(
            rip=0x7F0000001234,
            nr=17,
            reported=False,
            samples=300,
            hits=0,
            gap_mean_ns=0,
            gap_min_ns=0,
            total=3000,
        )
        return types.SimpleNamespace(mm_cookie=9, period=10, sites=[never])


class Clock:
    """Time that passes only when the waiter sleeps: one status read per poll, exactly."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def auto(world: World, tmp_path: Path, **kw: Any) -> AutoBypass:
    clock = Clock()
    args: dict[str, Any] = {"timeout": 60.0, "find_timeout": 30.0, "settle": 1.0, "poll": 0.1,
                            "status": world.status, "device": world, "clock": clock,
                            "sleep": clock.sleep, "log_path": tmp_path / "ubd.log",
                            **kw}  # fmt: skip
    return AutoBypass(**args)


def test_established_only_once_the_grown_image_runs(tmp_path: Path) -> None:
    me = os.getpid()
    started = gm.start_time(me)
    assert started is not None
    first = started + 1.5
    one = site("installed", 1, 5000, first_chain_at=first)
    # the grown image covers the first one, whose first chain came earlier
    two = [site("covered", 1, 5000, first_chain_at=first),
           site("installed", 2, 9000, first_chain_at=first + 7.0, growths=1)]
    world = World([
        ([], 0, 0),  # nothing hot yet
        ([site("translating")], 1, 0),
        ([site("installed", 1)], 0, 0),  # installed, not run yet
        ([one], 0, 3),  # chaining with MISS exits for one window and a half: ubd grows it
        ([one], 1, 0),  # the growth's translation
        (two, 0, 0),  # the grown image runs, no MISS: stable
    ], steps=15)  # fmt: skip
    info = auto(world, tmp_path).establish(me, started - 2.0)
    assert [s["image_id"] for s in info["sites"] if s["state"] == "installed"] == [2]
    assert world.seen[-1] == 5 and world.seen.count(5) >= 10  # a whole window on image 2
    assert info["first_chain_s"] == pytest.approx(1.5, abs=0.02)
    assert info["launch_s"] == pytest.approx(2.0, abs=0.02)
    assert info["cache"] == "miss" and info["misses_ignored"] is False
    assert info["tracer"] == 0  # nothing ptraces this test


def test_a_fusion_ubd_has_due_holds_the_point_up(tmp_path: Path) -> None:
    """Images that chain without a MISS are not stable while ubd still has growths
    to fuse into them: the fusion would replace them during the timed rounds."""
    one = site("installed", 1, 5000)
    world = World([([one], 0, 0), ([one], 0, 0)], steps=40, pending=(0,))
    auto(world, tmp_path).establish(os.getpid(), time.time())
    assert world.seen.count(0) == 40 and world.seen.count(1) >= 10


def test_misses_nobody_grows_do_not_hold_a_point_up(tmp_path: Path) -> None:
    """A MISS target ubd does not grow by (given up, untranslatable) leaves the image as it
    is: two windows of it, with the same image chaining, count as stable."""
    world = World([([site("installed", 4, 100, cache="hit")], 0, 1)], steps=1)
    info = auto(world, tmp_path).establish(os.getpid(), time.time())
    assert len(world.seen) >= 20  # two settle windows of ten polls
    assert info["misses_ignored"] is True and info["cache"] == "hit"


def test_a_refused_site_fails_after_a_grace_with_ubd_s_reason(tmp_path: Path) -> None:
    (tmp_path / "ubd.log").write_text(
        f"t ubd: pid {os.getpid()} libc.so.6:x: refused: no syscall in the region\n"
        f"t ubd: pid {os.getpid() + 1} other: installed\n"
    )
    refused = site("refused", why="cannot read /proc/1/mem")
    world = World([([refused], 0, 0)], steps=1)
    with pytest.raises(BypassError) as e:
        auto(world, tmp_path, grace=5.0).establish(os.getpid(), time.time())
    assert 50 <= len(world.seen) <= 55  # after the grace, not at the timeout
    msg = str(e.value)
    assert f"ubd gave up on pid {os.getpid()}" in msg
    assert "refused (cannot read /proc/1/mem)" in msg
    assert "refused: no syscall in the region" in msg and "other: installed" not in msg


def test_a_refused_site_first_does_not_hide_the_loop_s(tmp_path: Path) -> None:
    """The first site reported may be one ubd cannot take (a vDSO call); the loop's own
    site, reported next, is what gets bypassed."""
    vdso = site("refused", why="0x7f0000001234 is in no mapped ELF file")
    loop = site("installed", 2, 5000)
    world = World([([vdso], 0, 0), ([vdso, loop], 0, 0)], steps=40)
    info = auto(world, tmp_path, grace=5.0).establish(os.getpid(), time.time())
    assert [s["state"] for s in info["sites"]] == ["refused", "installed"]


def test_no_hot_site_says_what_the_identifier_counted(tmp_path: Path) -> None:
    world = World([([], 0, 0)], steps=1)
    with pytest.raises(BypassError) as e:
        auto(world, tmp_path, find_timeout=10.0).establish(os.getpid(), time.time())
    msg = str(e.value)
    assert f"the kernel reported no hot site of pid {os.getpid()} in 10 s" in msg
    assert "0x7f0000001234 nr 17: 0/300 gaps under hot_gap_ns" in msg


def test_an_image_that_never_chains_times_out_with_its_state(tmp_path: Path) -> None:
    stuck = site("installed", 3, exits={"syscall": 0, "end": 50}, runs=50)
    world = World([([stuck], 0, 0)], steps=1)
    with pytest.raises(BypassError) as e:
        auto(world, tmp_path, timeout=20.0).establish(os.getpid(), time.time())
    msg = str(e.value)
    assert f"pid {os.getpid()} not bypassed and stable in 20 s" in msg
    assert "installed; cache miss, 0 growths, 50 runs, 0 chained, exits: end 50" in msg
    assert "ubd: 0 translations running" in msg


def test_a_process_that_ends_fails_the_wait(tmp_path: Path) -> None:
    world = World([([site("translating")], 1, 0)], steps=1, gone=True)
    with pytest.raises(BypassError, match="ended before it was bypassed"):
        auto(world, tmp_path).establish(os.getpid(), time.time())
    dead = subprocess.Popen(["true"])
    dead.wait()
    with pytest.raises(BypassError, match=f"pid {dead.pid} ended"):
        auto(World([([], 0, 0)], steps=1), tmp_path).establish(dead.pid, time.time())


def test_start_time_is_the_process_s() -> None:
    before = time.time()
    p = subprocess.Popen(["sleep", "5"])
    after = time.time()
    try:
        started = gm.start_time(p.pid)
        assert started is not None
        # /proc counts in clock ticks (1/100 s): the start is within one tick of the spawn.
        assert before - 0.02 <= started <= after + 0.02
    finally:
        p.kill()
        p.wait()
    assert gm.start_time(2**22 + 12345) is None
