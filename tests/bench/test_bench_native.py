"""The C benchmarks and the guest-side runner, run natively on the host with tiny budgets.

These check that the programs measure something real and say so in a form
the parser accepts: counts and rates agree, pread returns the file's bytes,
and the "with sum" checksum equals one computed here from the file's
formula alone, so a fast but fake read path cannot pass.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile

from ubypass.bench.baseline import collect, guest_command
from ubypass.bench.build import BenchBuild, build
from ubypass.bench.records import Measurement, parse_bench_line
from ubypass.paths import REPO_ROOT

TINY = ["--seconds", "0.05", "--warmup", "0.01"]


@pytest.fixture(scope="module")
def binaries(tmp_path_factory: pytest.TempPathFactory) -> BenchBuild:
    return build(cache=tmp_path_factory.mktemp("bench-cache"))


def run(prog: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(prog), *args], capture_output=True, text=True, timeout=120)


def measure(prog: Path, *args: str) -> Measurement:
    done = run(prog, *args)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    return parse_bench_line(lines[0])


def pattern(pos: int) -> int:
    """The file's byte at *pos*, written independently of bench/pread.c."""
    x = (pos * 2654435761) & 0xFFFFFFFF
    return ((x >> 24) ^ pos) & 0xFF


def test_binaries_are_static(binaries: BenchBuild) -> None:
    """No interpreter and no dynamic section: the guest's libc can never matter."""
    for prog in binaries.programs.values():
        with prog.open("rb") as f:
            segments = {seg["p_type"] for seg in ELFFile(f).iter_segments()}
        assert "PT_LOAD" in segments
        assert not segments & {"PT_INTERP", "PT_DYNAMIC"}, (prog, segments)


def test_getppid(binaries: BenchBuild) -> None:
    m = measure(binaries.program("getppid"), *TINY)
    assert m.case == "getppid round trip"
    # A syscall costs tens of ns on fast hardware, tens of µs under TCG+KPTI.
    assert 10 < m.value < 1_000_000
    assert 0.02 < float(m.raw["seconds"] or 0) < 5


@pytest.mark.parametrize("size", [64, 256, 1024, 4096])
@pytest.mark.parametrize("with_sum", [False, True])
def test_pread_verifies(binaries: BenchBuild, tmp_path: Path, size: int, with_sum: bool) -> None:
    args = ["--size", str(size), "--verify", "--dir", str(tmp_path), *TINY]
    m = measure(binaries.program("pread"), *args, *(["--sum"] if with_sum else []))
    assert m.params == {"size": size, "sum": with_sum}
    assert m.raw["verified"] is True
    assert m.raw["file_size"] == 4 << 20
    assert m.value > 100
    assert (m.raw["checksum"] != 0) == with_sum
    assert list(tmp_path.iterdir()) == []  # the file was unlinked at once


@pytest.mark.parametrize(("size", "file_size"), [(64, 65536), (100, 65536), (4096, 32768)])
def test_pread_checksum_matches_the_formula(
    binaries: BenchBuild, tmp_path: Path, size: int, file_size: int
) -> None:
    m = measure(
        binaries.program("pread"),
        *["--size", str(size), "--sum", "--file-size", str(file_size)],
        *["--dir", str(tmp_path), *TINY],
    )
    usable = file_size - file_size % size  # whole chunks only
    assert m.raw["file_size"] == usable
    reads = int(m.raw["reads"] or 0)
    chunks = usable // size
    per_pass = sum(pattern(p) for p in range(usable))
    rest = sum(pattern(p) for p in range((reads % chunks) * size))
    assert m.raw["checksum"] == (reads // chunks) * per_pass + rest


@pytest.mark.parametrize(
    ("prog", "args"),
    [
        ("pread", []),
        ("pread", ["--size", "0"]),
        ("pread", ["--size", "64", "--seconds", "0"]),
        ("pread", ["--size", "64", "--seconds", "x"]),
        ("pread", ["--size", "4096", "--file-size", "1000"]),
        ("pread", ["--size", "64", "--bogus"]),
        ("getppid", ["--seconds"]),
        ("getppid", ["--warmup", "-1"]),
    ],
)
def test_bad_arguments(binaries: BenchBuild, prog: str, args: list[str]) -> None:
    done = run(binaries.program(prog), *args)
    assert done.returncode == 2
    assert done.stdout == ""


def test_pread_needs_a_writable_dir(binaries: BenchBuild, tmp_path: Path) -> None:
    done = run(binaries.program("pread"), "--size", "64", "--dir", str(tmp_path / "none"), *TINY)
    assert done.returncode == 1
    assert done.stdout == ""


def test_guest_runner_uses_only_the_standard_library() -> None:
    """The guest has no click, rich or iced-x86: importing the runner must not need them."""
    code = (
        f"import sys; sys.path.insert(0, {str(REPO_ROOT / 'src')!r})\n"
        "import ubypass.bench.guest_baseline\n"
        "bad = sorted(m for m in ('click', 'rich', 'iced_x86', 'elftools') if m in sys.modules)\n"
        "sys.exit(', '.join(bad) or None)\n"
    )
    done = subprocess.run(["python3", "-I", "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_guest_runner_natively(binaries: BenchBuild, tmp_path: Path) -> None:
    """The exact guest command, with host paths, under the system python3 like in the guest."""
    cmd = guest_command(
        quick=True,
        bin_dir=str(binaries.directory),
        src_dir=str(REPO_ROOT / "src"),
        tmp_dir=str(tmp_path),
    )
    cmd += [*TINY, "--redis-seconds", "0.3", "--sizes", "64,4096"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    records = collect(done.stdout + done.stderr, kpti=False, run={"where": "host"})
    assert [r["case"] for r in records] == [
        "getppid round trip",
        "pread 64 B",
        "pread 64 B + sum",
        "pread 4 KiB",
        "pread 4 KiB + sum",
        "redis SET",
        "redis GET",
    ]
    for r in records:
        assert r["kpti"] is False and r["mode"] == "native"
        assert r["run"]["where"] == "host"
        assert r["run"]["guest"]["kernel"] == os.uname().release
        assert r["value"] > 0
        json.dumps(r)  # records must be plain JSON
    redis = [r for r in records if r["bench"] == "redis"]
    assert all(r["params"]["requests"] >= 200 for r in redis)
    assert "[bench] redis GET:" in done.stderr  # progress for the console
    assert list(tmp_path.iterdir()) == []  # redis' scratch dir is gone


def test_guest_runner_reports_the_best_of_its_rounds(binaries: BenchBuild, tmp_path: Path) -> None:
    cmd = guest_command(
        quick=True,
        bin_dir=str(binaries.directory),
        src_dir=str(REPO_ROOT / "src"),
        tmp_dir=str(tmp_path),
    )
    cmd += [*TINY, "--repeat", "3", "--only", "getppid,pread", "--sizes", "256"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    records = collect(done.stdout, kpti=False, run={})
    assert [r["case"] for r in records] == [
        "getppid round trip",
        "pread 256 B",
        "pread 256 B + sum",
    ]
    for r in records:
        assert r["raw"]["repeats"] == 3
        best = r["raw"]["max"] if r["higher_is_better"] else r["raw"]["min"]
        assert r["value"] == best
        assert r["raw"]["min"] <= r["raw"]["median"] <= r["raw"]["max"]
    assert done.stderr.count("(round 3/3)") == 3


def test_guest_runner_reports_a_failing_benchmark(tmp_path: Path) -> None:
    cmd = guest_command(
        quick=True, bin_dir=str(tmp_path), src_dir=str(REPO_ROOT / "src"), tmp_dir=str(tmp_path)
    )
    done = subprocess.run([*cmd, "--only", "getppid"], capture_output=True, text=True)
    assert done.returncode == 1
    assert "getppid: FAILED" in done.stderr
    with pytest.raises(Exception, match="getppid"):
        collect(done.stdout, kpti=True, run={})


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
