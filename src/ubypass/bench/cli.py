"""``ub bench``: benchmarks that print side-by-side figures from one run.

``ub demo`` invokes :data:`baseline` with ``kpti="both"``, so every option
of it has a default.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import click
from rich.console import Console

from ubypass.paths import RESULTS_DIR

__all__ = ["baseline", "bench", "translator"]

_KPTI_STATES = {"off": [False], "on": [True], "both": [False, True]}


@click.group()
def bench() -> None:
    """Benchmarks: figures measured side by side in one run."""


@bench.command()
@click.option(
    "--kpti",
    type=click.Choice(sorted(_KPTI_STATES)),
    default="both",
    show_default=True,
    help="KPTI state(s) to boot; 'both' puts them side by side.",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the records to this file.",
)
@click.option("--accel", type=click.Choice(["tcg", "kvm"]), default="tcg", show_default=True)
@click.option("--quick", is_flag=True, default=False, help="Short budgets: a smoke run.")
def baseline(kpti: str, json_path: Path | None, accel: str, quick: bool) -> None:
    """Syscall round trip, pread IOPS and Redis GET/SET in the lab, KPTI off and on."""
    from ubypass.bench.baseline import BenchError, run_baseline, save_records
    from ubypass.bench.table import compare, render

    console = Console()
    try:
        records = run_baseline(_KPTI_STATES[kpti], accel=accel, quick=quick, console=console)
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
    try:
        module = importlib.import_module("ubypass.bench.translator")
    except ModuleNotFoundError as e:
        if e.name != "ubypass.bench.translator":
            raise
        raise click.ClickException(
            "the translator benchmark (ubypass.bench.translator) is not written yet"
        ) from None
    run = cast(Callable[[Console], dict[str, Any]], module.run)
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
