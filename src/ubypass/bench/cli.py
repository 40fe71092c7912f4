"""``ub bench``: benchmarks that print side-by-side figures from one run.

``ub demo`` invokes :data:`micro` (and :data:`baseline`) with
``kpti="both"``, so every option of them has a default.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from ubypass.bench.serving import WARM_S
from ubypass.paths import RESULTS_DIR

__all__ = ["baseline", "bench", "identifier", "micro", "nginx", "parse_sizes", "redis",
           "translator"]

_KPTI_STATES = {"off": [False], "on": [True], "both": [False, True]}
_BASELINE_BENCHES = ("getppid", "pread", "redis")


_Command = TypeVar("_Command", bound=Callable[..., Any])


def _lab_options(command: _Command) -> _Command:
    """--kpti, --json, --accel and --quick: what every lab benchmark takes."""
    options = [
        click.option(
            "--kpti",
            type=click.Choice(sorted(_KPTI_STATES)),
            default="both",
            show_default=True,
            help="KPTI state(s) to boot; 'both' puts them side by side.",
        ),
        click.option(
            "--json",
            "json_path",
            type=click.Path(dir_okay=False, path_type=Path),
            default=None,
            help="Also write the records to this file.",
        ),
        click.option(
            "--accel", type=click.Choice(["tcg", "kvm"]), default="tcg", show_default=True
        ),
        click.option("--quick", is_flag=True, default=False, help="Short budgets: a smoke run."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group()
def bench() -> None:
    """Benchmarks: figures measured side by side in one run."""


@bench.command()
@_lab_options
@click.option(
    "--only",
    default=",".join(_BASELINE_BENCHES),
    show_default=True,
    help="Comma-separated benchmarks to run.",
)
def baseline(kpti: str, json_path: Path | None, accel: str, quick: bool, only: str) -> None:
    """Syscall round trip, pread IOPS and Redis GET/SET in the lab, KPTI off and on."""
    from ubypass.bench.baseline import BenchError, run_baseline, save_records
    from ubypass.bench.table import compare, render

    chosen = [b.strip() for b in only.split(",") if b.strip()]
    unknown = sorted(set(chosen) - set(_BASELINE_BENCHES))
    if not chosen or unknown:
        raise click.BadParameter(
            f"choose from {', '.join(_BASELINE_BENCHES)}"
            + (f" (not {', '.join(unknown)})" if unknown else ""),
            param_hint="'--only'",
        )
    console = Console()
    try:
        records = run_baseline(
            _KPTI_STATES[kpti],
            accel=accel,
            quick=quick,
            console=console,
            only=None if set(chosen) == set(_BASELINE_BENCHES) else chosen,
        )
    except BenchError as e:
        raise click.ClickException(str(e)) from None
    kernel = records[0]["run"]["kernel"]
    title = f"Baseline: {kernel}, {accel}" + (" (quick)" if quick else "")
    console.print(render(compare(records), title=title))
    repeats = {r["raw"].get("repeats") for r in records}
    if len(repeats) == 1 and isinstance(n := repeats.pop(), int) and n > 1:
        console.print(
            f"each figure: the best of {n} interleaved runs (the host's load only slows runs "
            "down); the median and the spread are in the records"
        )
    saved = save_records(records)
    console.print(f"records: {saved}")
    if json_path is not None:
        console.print(f"records: {save_records(records, json_path)}")


def parse_sizes(value: str) -> list[int]:
    """``--sizes 64,4096`` → [64, 4096] (each a read size in bytes, none twice)."""
    from ubypass.bench.guest_micro import parse_sizes as parse

    try:
        return parse(value)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="'--sizes'") from None


@bench.command()
@_lab_options
@click.option(
    "--sizes",
    default="64,256,1024,4096",
    show_default=True,
    help="Read sizes in bytes, comma-separated.",
)
@click.option(
    "--variant",
    type=click.Choice(["release", "debug"]),
    default=None,
    help="Kernel build to boot [default: the lab's, release].",
)
@click.option(
    "--icount",
    is_flag=True,
    default=False,
    help="Run under QEMU -icount (1 ns = 1 guest instruction) instead: guest "
    "instructions per read, deterministic.",
)
def micro(
    kpti: str,
    json_path: Path | None,
    accel: str,
    quick: bool,
    sizes: str,
    variant: str | None,
    icount: bool,
) -> None:
    """The paper's pread micro-benchmark: native vs bypassed, KPTI off and on, one run."""
    from ubypass.bench.baseline import BenchError, save_records
    from ubypass.bench.micro import run_micro
    from ubypass.bench.micro_table import render, render_instructions

    if icount and accel != "tcg":
        raise click.BadParameter("icount needs --accel tcg", param_hint="'--icount'")
    sizes_list = parse_sizes(sizes)
    console = Console()
    started = time.monotonic()
    try:
        result = run_micro(
            _KPTI_STATES[kpti],
            accel=accel,
            quick=quick,
            sizes=sizes_list,
            console=console,
            variant=variant,
            icount=icount,
        )
    except BenchError as e:
        raise click.ClickException(str(e)) from None
    records = result.records
    kernel = records[0]["run"]["kernel"]
    title = f"pread micro-benchmark: native vs UB, {kernel}, {accel}" + (
        ", icount: 1 ns = 1 instruction" if icount else "") + (" (quick)" if quick else "")
    console.print(render(records, title=title))
    if icount:
        console.print(render_instructions(
            records, title=f"guest instructions per read (icount), {kernel}"))
    console.print(f"wall time: {time.monotonic() - started:.0f} s")
    console.print(f"records: {save_records(records, prefix='micro')}")
    if json_path is not None:
        console.print(f"records: {save_records(records, json_path)}")
    if result.errors:
        raise click.ClickException(
            "some points failed:\n" + "\n".join(result.errors)
        )


@bench.command()
@_lab_options
@click.option(
    "--icount",
    is_flag=True,
    default=False,
    help="Add a pass under QEMU -icount (1 ns = 1 guest instruction): "
    "instructions per syscall, deterministic.",
)
@click.option(
    "--variant",
    type=click.Choice(["release", "debug"]),
    default=None,
    help="Kernel build to boot [default: the lab's, release].",
)
def identifier(
    kpti: str,
    json_path: Path | None,
    accel: str,
    quick: bool,
    icount: bool,
    variant: str | None,
) -> None:
    """The hot-syscall identifier's cost: on vs off for never-hot sites, KPTI off and on."""
    from ubypass.bench.baseline import BenchError, save_records
    from ubypass.bench.identifier import render, run_identifier

    if icount and accel != "tcg":
        raise click.BadParameter("icount needs --accel tcg", param_hint="'--icount'")
    console = Console()
    started = time.monotonic()
    try:
        records = run_identifier(
            _KPTI_STATES[kpti], accel=accel, quick=quick, icount=icount,
            console=console, variant=variant,
        )  # fmt: skip
    except BenchError as e:
        raise click.ClickException(str(e)) from None
    kernel = records[0]["run"]["kernel"]
    suffix = f"{kernel}, {accel}" + (" (quick)" if quick else "")
    console.print(render(records, clock="wall", title=f"Identifier cost, wall clock: {suffix}"))
    if icount:
        console.print(render(records, clock="icount",
                             title=f"Identifier cost, icount (1 ns = 1 instruction): {suffix}"))
    console.print(f"wall time: {time.monotonic() - started:.0f} s")
    console.print(f"records: {save_records(records, prefix='identifier')}")
    if json_path is not None:
        console.print(f"records: {save_records(records, json_path)}")


@bench.command()
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the result to this file.",
)
def translator(json_path: Path | None) -> None:
    """How fast the translator turns user code into BTC images."""
    from ubypass.bench.translator import run

    console = Console()
    result = run(console)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    paths = [RESULTS_DIR / f"translator-{stamp}.json"]
    if json_path is not None:
        paths.append(json_path)
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(result, indent=2) + "\n")
        console.print(f"result: {path}")


def _int_list(value: str, param: str) -> list[int]:
    try:
        out = [int(v) for v in value.split(",") if v.strip()]
    except ValueError:
        out = []
    if not out or any(v <= 0 for v in out):
        raise click.BadParameter("positive integers, comma-separated", param_hint=param)
    return out


def _run_servers(command: list[str], tag: str, kpti: str, accel: str, icount: bool,
                 quick: bool, fresh_cache: bool, shares: dict[str, Path] | None = None,
                 meta: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    from ubypass.bench.baseline import BenchError
    from ubypass.bench.servers import kept_translations, run_lab

    if accel != "tcg":
        raise click.BadParameter("the server benchmarks run in the TCG lab",
                                 param_hint="'--accel'")
    writable, cache_meta = kept_translations(fresh_cache)
    console = Console(stderr=True)
    console.print(f"ubd's translation cache: {cache_meta['ubd_cache']}")
    try:
        return run_lab(command, tag, _KPTI_STATES[kpti], shares=shares, writable=writable,
                       icount=icount, quick=quick, meta={**(meta or {}), **cache_meta},
                       console=console)
    except BenchError as e:
        raise click.ClickException(str(e)) from None


def _save(records: list[dict[str, Any]], prefix: str, json_path: Path | None,
          started: float) -> None:
    from ubypass.bench.baseline import save_records

    console = Console()
    console.print(f"wall time: {time.monotonic() - started:.0f} s")
    console.print(f"records: {save_records(records, prefix=prefix)}")
    if json_path is not None:
        console.print(f"records: {save_records(records, json_path)}")


_icount_option = click.option("--icount", is_flag=True, default=False,
                              help="QEMU -icount shift=0: guest time counts instructions.")
_warm_option = click.option(
    "--warm", "warm_s", type=click.FloatRange(min=1), default=WARM_S, show_default=True,
    help="Seconds the bypassed server is warmed at most, waiting for ubd to be idle "
         "(a cold cache under TCG needs more than the default for Redis).")
_fresh_cache_option = click.option(
    "--fresh-cache", is_flag=True, default=False,
    help="Start the guest's ubd with an empty translation cache (default: the one the "
         "lab keeps across boots, under ~/.cache/ubypass/ubd/).")


@bench.command()
@_lab_options
@click.option("--sizes", default="1,4,16,64,256,1024,4096,16384", show_default=True,
              help="redis-benchmark -d values, comma-separated.")
@click.option("--suite", is_flag=True, default=False,
              help="Run Redis's own test suite native vs bypassed instead "
                   "(every unit; with --quick the CI units).")
@_icount_option
@_fresh_cache_option
@_warm_option
def redis(kpti: str, json_path: Path | None, accel: str, quick: bool, sizes: str,
          suite: bool, icount: bool, fresh_cache: bool, warm_s: float) -> None:
    """Debian's Redis: native vs ``ub run``, KPTI off and on, in the same boot."""
    from ubypass.bench.guest_redis import CI_UNITS, RESULT_TAG
    from ubypass.bench.servers import render_redis, render_suite
    from ubypass.lab.debsrc import fetch_source

    started = time.monotonic()
    cmd = ["python3", "-m", "ubypass.bench.guest_redis"]
    shares: dict[str, Path] | None = None
    meta: dict[str, Any] = {}
    if suite:
        src = fetch_source("redis")
        shares, meta["redis_source"] = {"/redis-src": src.tree}, src.version
        cmd += ["suite", "--src", "/redis-src", "--warm", str(warm_s),
                "--units", *(CI_UNITS if quick else ())]
    else:
        cmd += ["bench", "--warm", str(warm_s),
                "--sizes", *map(str, _int_list(sizes, "'--sizes'"))]
        cmd += ["--requests", "4000", "--rounds", "1"] if quick else []
    records = _run_servers(cmd, RESULT_TAG, kpti, accel, icount, quick, fresh_cache, shares,
                           meta)
    Console().print(render_suite(records) if suite else render_redis(records))
    _save(records, "redis-suite" if suite else "redis", json_path, started)


@bench.command()
@_lab_options
@click.option("--sizes", default="1,4,16,64,256", show_default=True,
              help="File sizes in KiB, comma-separated.")
@click.option("--workers", type=click.Choice(["1", "auto"]), default="1", show_default=True,
              help="worker_processes (1 is pinned to vCPU 0, as in the paper).")
@click.option("--connections", type=int, default=32, show_default=True,
              help="wrk connections (the paper's 1024 on 8 threads was for 2 sockets; "
                   "one client vCPU saturates at far fewer).")
@_icount_option
@_fresh_cache_option
@_warm_option
def nginx(kpti: str, json_path: Path | None, accel: str, quick: bool, sizes: str,
          workers: str, connections: int, icount: bool, fresh_cache: bool,
          warm_s: float) -> None:
    """Debian's nginx: native vs ``ub run`` under wrk, KPTI off and on, in the same boot."""
    from ubypass.bench.guest_nginx import RESULT_TAG
    from ubypass.bench.servers import render_nginx

    started = time.monotonic()
    cmd = ["python3", "-m", "ubypass.bench.guest_nginx", "bench", "--workers", workers,
           "--connections", str(connections), "--warm", str(warm_s),
           "--sizes", *map(str, _int_list(sizes, "'--sizes'"))]
    cmd += ["--seconds", "3", "--rounds", "1"] if quick else []
    records = _run_servers(cmd, RESULT_TAG, kpti, accel, icount, quick, fresh_cache)
    Console().print(render_nginx(records))
    _save(records, "nginx", json_path, started)
