"""The micro-benchmark's guest driver and ``pread --wait-start``, run natively on the host.

The bypass is replaced by a stand-in whose "chained" counter is the
process's read-family syscall count (``syscr`` in /proc/PID/io): the
driver's bracketing of a bypassed round must then count exactly the round's
reads plus the one read(2) that fetched the command, which proves that
nothing else runs between the two statistics readings.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import ubypass.bench.guest_micro as gm
from ubypass.bench.build import BenchBuild, build
from ubypass.bench.guest_micro import BypassStats, MicroBudget, PreadServer, parse_sizes
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
    def __init__(self, fail_attach: bool = False) -> None:
        self.attached: list[int] = []
        self.fail_attach = fail_attach

    def attach(self, pid: int) -> dict[str, Any]:
        if self.fail_attach:
            raise RuntimeError("translation failed: no syscall found")
        self.attached.append(pid)
        return {"image_id": 1, "mm_cookie": 2, "entries": [3]}

    def stats(self, pid: int) -> BypassStats:
        return BypassStats(runs=1, chained=syscr(pid), exits={"budget": 0}, nr_images=1)


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
    # A wrapper that forks instead of exec'ing would make us attach to the wrong process.
    line = '{"bench": "pread", "event": "ready", "pid": 1, "reads": 5}'
    with pytest.raises(RuntimeError, match="pread runs as pid 1"):
        PreadServer(["sh", "-c", f"echo '{line}'; sleep 30"], timeout=30, name="x")


def test_point_brackets_each_bypassed_round_exactly(binaries: BenchBuild, tmp_path: Path) -> None:
    bypass = FakeBypass()
    budget = MicroBudget(0.05, 0.01, 3)
    res = gm.run_point(
        binaries.program("pread"), 256, True, budget, tmp_path, bypass, exec_prefix=[]
    )
    assert len(bypass.attached) == 1
    assert res.size == 256 and res.sum is True and res.reads > 0
    assert res.attach == {"image_id": 1, "mm_cookie": 2, "entries": [3]}
    assert len(res.native) == len(res.ub) == 3
    for r in res.native + res.ub:
        assert r["reads"] == res.reads and r["verified"] is True
    assert {r["checksum"] for r in res.native + res.ub} == {res.native[0]["checksum"]}
    for r in res.ub:
        # The round's preads, plus the read(2) that brought "run N".
        assert r["stats"]["chained"] == res.reads + 1
        assert r["stats"]["runs"] == 0 and r["stats"]["exits"] == {}
    assert list(tmp_path.iterdir()) == []


def test_point_refuses_a_bypassed_run_that_reads_something_else(
    binaries: BenchBuild, tmp_path: Path
) -> None:
    # The "bypassed" process reads a smaller file: same reads, other bytes.
    prefix = ["sh", "-c", 'exec "$@" --file-size 65536', "sh"]
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
        bypass=FakeBypass(fail_attach=True),
    )  # fmt: skip
    out = capsys.readouterr()
    assert status == 1
    errors = [obj for obj in extract_lines(out.out) if obj["kind"] == "error"]
    assert errors == [
        {"kind": "error", "bench": "pread 64 B", "error": "translation failed: no syscall found"}
    ]
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
        (["--max-insns", "0"], "--max-insns must be at least 1"),
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


def test_real_backend_reads_the_client_s_stats(monkeypatch: pytest.MonkeyPatch) -> None:
    """KernelBypass over a stand-in for ubypass.bypass (the names the client promises)."""
    import enum
    import types

    class Reason(enum.IntEnum):
        SYSCALL = 1
        BUDGET = 3

    class Dev:
        def __enter__(self) -> Dev:
            return self

        def __exit__(self, *a: object) -> None:
            closed.append(True)

        def stats(self, pid: int, image_id: int = 0) -> Any:
            return types.SimpleNamespace(
                runs=4, chained=40, exits={Reason.SYSCALL: 9, Reason.BUDGET: 1}, nr_images=1
            )

    closed: list[bool] = []
    device = types.ModuleType("ubypass.bypass.device")
    device.UbDevice = Dev  # type: ignore[attr-defined]
    attach = types.ModuleType("ubypass.bypass.attach")
    attach.attach = lambda pid, device, max_insns: types.SimpleNamespace(  # type: ignore[attr-defined]
        image_id=5, mm_cookie=6, entries=(0x401000,)
    )
    monkeypatch.setitem(sys.modules, "ubypass.bypass.device", device)
    monkeypatch.setitem(sys.modules, "ubypass.bypass.attach", attach)
    with gm.KernelBypass() as kb:
        assert kb.attach(123) == {
            "image_id": 5, "mm_cookie": 6, "entries": [0x401000], "grown": 0,
            "requested": ["0x401000"], "miss_targets": [],
        }  # fmt: skip
        assert kb.stats(123) == BypassStats(4, 40, {"syscall": 9, "budget": 1}, 1)
    assert closed == [True]
    # A client result that describes itself: its description is kept.
    attach.attach = lambda pid, device, max_insns: types.SimpleNamespace(  # type: ignore[attr-defined]
        image_id=5, mm_cookie=6, entries=[0x401000],
        to_json=lambda: {"image_id": 5, "entries": ["0x401000"], "image_size": 512},
    )  # fmt: skip
    with gm.KernelBypass() as kb:
        assert kb.attach(123) == {
            "image_id": 5, "mm_cookie": 6, "entries": ["0x401000"], "image_size": 512,
            "grown": 0, "requested": ["0x401000"], "miss_targets": [],
        }  # fmt: skip
    assert closed == [True, True]


def test_guest_driver_imports_only_the_standard_library() -> None:
    code = (
        f"import sys; sys.path.insert(0, {str(REPO_ROOT / 'src')!r})\n"
        "import ubypass.bench.guest_micro\n"
        "bad = sorted(m for m in ('click', 'rich', 'iced_x86', 'elftools', 'ubypass.bypass')\n"
        "             if m in sys.modules)\n"
        "sys.exit(', '.join(bad) or None)\n"
    )
    done = subprocess.run(["python3", "-I", "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def own_code() -> tuple[int, int]:
    """An executable, file-backed mapping of this process: (start, end)."""
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split(None, 5)
        if len(fields) == 6 and "x" in fields[1] and fields[5].startswith("/"):
            lo, hi = (int(x, 16) for x in fields[0].split("-"))
            return lo, hi
    raise AssertionError("no executable mapping")


def test_mapping_of() -> None:
    lo, hi = own_code()
    span = gm._mapping_of(os.getpid(), lo + 1)
    assert span is not None and span[0] <= lo and hi <= span[1]
    assert gm._mapping_of(os.getpid(), 0) is None
    assert gm._mapping_of(2**22 + 12345678, lo) is None  # no such process


def test_real_backend_grows_the_image_from_miss_events(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    lo, _ = own_code()
    entry, ret_site, plt = lo + 0x10, lo + 0x20, lo + 0x30
    ev = types.SimpleNamespace
    # The first window: a MISS of another process, one of an old image, one
    # outside the mapping (the vDSO), and the return into the caller; then
    # the next unknown target; then nothing.
    batches = [
        [ev(type=1, mm_cookie=99, image_id=7, rip=plt), ev(type=1, mm_cookie=6, image_id=1,
            rip=plt), ev(type=1, mm_cookie=6, image_id=7, rip=8),
         ev(type=2, mm_cookie=6, image_id=7, rip=plt),
         ev(type=1, mm_cookie=6, image_id=7, rip=ret_site)],
        [ev(type=1, mm_cookie=6, image_id=8, rip=plt)],
    ]  # fmt: skip
    installs: list[tuple[bytes, int, int | None]] = []
    plans: list[list[int]] = []

    class Dev:
        def __enter__(self) -> Dev:
            return self

        def __exit__(self, *a: object) -> None:
            pass

        def events(self, timeout: float) -> list[Any]:
            return batches.pop(0) if batches else []

        def install(self, pid: int, image: bytes, *, cookie: int, replace: int) -> Any:
            installs.append((image, cookie, replace))
            return types.SimpleNamespace(image_id=replace + 1, mm_cookie=cookie)

    def plan(pid: int, *, rips: list[int], max_insns: int) -> Any:
        plans.append(rips)
        tr = types.SimpleNamespace(image=b"I%d" % len(rips), entries=rips)
        return types.SimpleNamespace(translation=tr)

    device = types.ModuleType("ubypass.bypass.device")
    device.UbDevice = Dev  # type: ignore[attr-defined]
    attach = types.ModuleType("ubypass.bypass.attach")
    attach.attach = lambda pid, device, max_insns: types.SimpleNamespace(  # type: ignore[attr-defined]
        image_id=7, mm_cookie=6, entries=[entry], requested=[entry]
    )
    attach.plan = plan  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ubypass.bypass.device", device)
    monkeypatch.setitem(sys.modules, "ubypass.bypass.attach", attach)
    with gm.KernelBypass(follow_quiet=0.3) as kb:
        info = kb.attach(os.getpid())
    assert plans == [[entry, ret_site], [entry, ret_site, plt]]
    assert installs == [(b"I2", 6, 7), (b"I3", 6, 8)]
    assert info["image_id"] == 9 and info["mm_cookie"] == 6 and info["grown"] == 2
    assert info["miss_targets"] == [hex(ret_site), hex(plt)]
    assert info["entries"] == info["requested"] == [hex(entry), hex(ret_site), hex(plt)]
    with gm.KernelBypass(follow_quiet=0) as kb:
        assert kb.attach(os.getpid())["grown"] == 0


def test_btc_budget_is_set_for_the_run_and_put_back(tmp_path: Path) -> None:
    knob = tmp_path / "budget"
    knob.write_text("4096\n")
    with gm.btc_budget(65536, knob) as was:
        assert was == "4096" and knob.read_text() == "65536\n"
    assert knob.read_text() == "4096\n"
    with pytest.raises(RuntimeError), gm.btc_budget(100, knob):
        raise RuntimeError("a failed run")
    assert knob.read_text() == "4096\n"
    with gm.btc_budget(0, knob) as was:
        assert was is None and knob.read_text() == "4096\n"
    with gm.btc_budget(100, tmp_path / "none") as was:
        assert was is None
