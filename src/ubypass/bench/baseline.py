"""The baseline benchmarks in the lab: one boot per KPTI state, every benchmark in it.

The host compiles the C benchmarks, shares them with the guest read-only,
boots the guest once per KPTI state and runs
:mod:`ubypass.bench.guest_baseline` there; that module prints its
measurements as marker lines in the run's output, which are turned here into
records: a measurement plus the configuration it ran in (``kpti``, ``mode``
and the run's facts). The records of both boots make one table, so the KPTI
ratio is always between figures of the same ``ub bench baseline`` run.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.markup import escape

from ubypass.bench.build import BenchBuild, BuildError, build
from ubypass.bench.records import MARKER, Measurement, extract_lines
from ubypass.paths import RESULTS_DIR

if TYPE_CHECKING:
    from ubypass.bench.build import BenchBuild
    from ubypass.lab.vm import GuestRun

__all__ = [
    "GUEST_BIN_DIR",
    "GUEST_SRC_DIR",
    "BenchError",
    "collect",
    "guest_command",
    "run_baseline",
    "save_records",
]

#: Where the guest sees the compiled benchmarks (a read-only share).
GUEST_BIN_DIR = "/bench"
#: Where the guest sees the checkout's Python sources (the /ub share).
GUEST_SRC_DIR = "/ub/src"
#: The guest's shape: two vCPUs so that redis-server and redis-benchmark
#: each have one.
GUEST_SMP = 2
GUEST_MEM = "2G"
#: Native runs; a later issue adds the bypassed ones to the same records.
NATIVE = "native"


def built_benchmarks(console: Console) -> BenchBuild:
    """The benchmark programs, compiled if their sources changed; a build
    failure is a BenchError like any other."""
    try:
        binaries = build()
    except BuildError as e:
        raise BenchError(str(e)) from None
    if binaries.compiled:
        console.print(f"compiled the benchmarks into {binaries.directory}")
    return binaries


class BenchError(RuntimeError):
    """A benchmark failed or reported nothing trustworthy."""


def guest_driver(module: str, quick: bool, bin_dir: str, src_dir: str, tmp_dir: str) -> list[str]:
    """``python3 -m module`` in the guest, from the shared checkout, with the
    benchmark binaries in ``bin_dir``: how every guest-side driver starts."""
    cmd = [
        "env", f"PYTHONPATH={src_dir}", "PYTHONDONTWRITEBYTECODE=1",
        "python3", "-m", module, "--bin-dir", bin_dir, "--tmp-dir", tmp_dir,
    ]  # fmt: skip
    if quick:
        cmd.append("--quick")
    return cmd


def guest_command(
    quick: bool,
    *,
    bin_dir: str = GUEST_BIN_DIR,
    src_dir: str = GUEST_SRC_DIR,
    tmp_dir: str = "/tmp",
    only: Sequence[str] | None = None,
) -> list[str]:
    """The command the guest runs: the guest-side runner from the shared checkout.

    The guest's own python3 runs it, with nothing but the standard library
    and the checkout's ``src`` on its path. ``only`` limits it to some of
    the benchmarks (getppid, pread, redis).
    """
    cmd = guest_driver("ubypass.bench.guest_baseline", quick, bin_dir, src_dir, tmp_dir)
    if only:
        cmd += ["--only", ",".join(only)]
    return cmd


def collect(output: str, *, kpti: bool, run: dict[str, Any]) -> list[dict[str, Any]]:
    """Records from one guest run's output, or BenchError if anything is missing.

    The runner's closing ``done`` line must be there: without it the run was
    cut short, and the records before it would look like a complete run.
    """
    try:
        lines = extract_lines(output)
    except ValueError as e:
        raise BenchError(str(e)) from None
    env: dict[str, Any] = {}
    errors: list[str] = []
    records: list[dict[str, Any]] = []
    done = False
    for obj in lines:
        kind = obj["kind"]
        if kind == "env" and isinstance(obj.get("env"), dict):
            env = obj["env"]
        elif kind == "error":
            errors.append(f"{obj.get('bench')}: {obj.get('error')}")
        elif kind == "measurement":
            try:
                m = Measurement.from_dict(obj.get("measurement"))
            except ValueError as e:
                raise BenchError(f"bad measurement from the guest: {e}") from None
            records.append(
                {**m.to_dict(), "kpti": kpti, "mode": NATIVE, "run": {**run, "guest": env}}
            )
        elif kind == "done":
            done = True
    if errors:
        raise BenchError("benchmarks failed in the guest:\n" + "\n".join(errors))
    if not done:
        raise BenchError("the guest's benchmark run did not finish (no 'done' line)")
    if not records:
        raise BenchError("the guest reported no measurements")
    return records


class _ProgressStream(io.TextIOBase):
    """Shows the guest's progress lines as they come, without the record lines."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._partial = ""

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self._partial += s
        *lines, self._partial = self._partial.split("\n")
        for line in lines:
            line = line.rstrip("\r")
            if line and MARKER not in line:
                self._console.print(f"[dim]  {escape(line)}[/dim]", highlight=False)
        return len(s)


def run_baseline(
    kpti_states: Sequence[bool],
    *,
    accel: str = "tcg",
    quick: bool = False,
    console: Console | None = None,
    timeout: float | None = None,
    only: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Boot the lab once per KPTI state, run the baseline benchmarks, return the records.

    Every benchmark, or those in ``only``.
    """
    console = console or Console(stderr=True)
    binaries = built_benchmarks(console)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    records: list[dict[str, Any]] = []
    for kpti in kpti_states:
        guest, run = boot_and_run(
            console, guest_command(quick, only=only), kpti=kpti, accel=accel,
            timeout=timeout if timeout is not None else (900.0 if quick else 1800.0),
            binaries=binaries, started=stamp, quick=quick,
        )
        found = collect(guest.output, kpti=kpti, run=run)
        if guest.exit_status != 0:
            raise BenchError(f"the guest's benchmark run exited with {guest.exit_status}")
        records.extend(found)
    return records


def boot_and_run(
    console: Console,
    command: Sequence[str],
    *,
    kpti: bool,
    accel: str,
    timeout: float,
    binaries: BenchBuild,
    started: str,
    quick: bool,
    variant: str | None = None,
    shares: Mapping[str, Path] | None = None,
    icount: bool = False,
    writable: Mapping[str, Path] | None = None,
) -> tuple[GuestRun, dict[str, Any]]:
    """Boot the lab once with ``kpti`` as asked and run a benchmark driver in it
    (with the benchmark programs shared, and ``shares`` and ``writable``
    besides, as :func:`~ubypass.lab.vm.run_in_guest` takes them).

    Returns the run and the metadata every record of it carries.  A lab
    failure, or a guest whose KPTI is not what was asked, is a BenchError:
    figures from the wrong setting must never be recorded.
    """
    from ubypass.lab.vm import LabError, run_in_guest

    state = "on" if kpti else "off"
    console.print(f"[bold]booting the lab with KPTI {state}[/bold] ({accel})")
    stream: TextIO = _ProgressStream(console)  # type: ignore[assignment]
    t0 = time.monotonic()
    extra: dict[str, Any] = {} if variant is None else {"variant": variant}
    try:
        guest = run_in_guest(
            command, kpti=kpti, accel=accel, smp=GUEST_SMP, mem=GUEST_MEM, timeout=timeout,
            stream=stream, shares={GUEST_BIN_DIR: binaries.directory, **(shares or {})},
            writable=writable, icount=icount, **extra,
        )
    except LabError as e:
        raise BenchError(f"the lab run with KPTI {state} failed: {e}") from e
    if guest.kpti != kpti:
        raise BenchError(f"asked for KPTI {state}, the guest ran with KPTI {guest.kpti}")
    return guest, {
        "started": started,
        "accel": accel,
        "clock": "icount" if icount else "wall",
        "smp": GUEST_SMP,
        "mem": GUEST_MEM,
        "quick": quick,
        "kernel": guest.kernel_version,
        "boot_seconds": guest.boot_seconds,
        "wall_seconds": time.monotonic() - t0,
        "bench_build": binaries.digest,
    }


def save_records(
    records: Sequence[dict[str, Any]], path: Path | None = None, *, prefix: str = "baseline"
) -> Path:
    """Write the records as one JSON list; by default a new file under the results dir."""
    if path is None:
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        path = RESULTS_DIR / f"{prefix}-{stamp}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(list(records), indent=2) + "\n")
    return path
