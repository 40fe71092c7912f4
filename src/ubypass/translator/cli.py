"""``ub translate``: translate a function and show what became of it."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ubypass.translator.source import CodeSource, ElfSource, ProcessSource
from ubypass.translator.translate import Translation
from ubypass.translator.translate import translate as run_pipeline

__all__ = ["translate", "translate_cmd"]

#: Where ``--elf`` maps the file: user-like, and far from this process's code.
ELF_BASE = 0x5555_0000_0000


def _report(t: Translation, seconds: float, listing: bool) -> None:
    if listing:
        click.echo(t.listing())
        click.echo()
    click.echo("region ends:")
    for rip, why in t.ends:
        click.echo(f"  {rip:#x}  {why}")
    s = t.stats
    click.echo(
        f"instructions {s.insns}  checks {s.checks}  spills {s.spills}  unrolled {s.unrolled}  "
        f"original {s.original_bytes} B  code {s.code_size} B ({s.growth:.2f}x)  "
        f"image {len(t.image)} B  entries {len(t.entries)}  exits {len(t.exits)}  "
        f"fault entries {len(t.faults)}  {seconds * 1000:.1f} ms"
    )


@click.command("translate")
@click.option(
    "--elf",
    "elf",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="ELF file to translate from (mapped at a fixed base).",
)
@click.option("--symbol", help="Function symbol in --elf.")
@click.option("--pid", type=int, help="Live process to translate from.")
@click.option("--rip", "rip", help="Entry address in --pid (hex or decimal).")
@click.option("--listing", is_flag=True, help="Original and translated code side by side.")
@click.option("--max-insns", type=int, default=20000, show_default=True)
@click.option(
    "--compare",
    "compare",
    type=int,
    default=0,
    help="Run N random calls natively and translated and compare (needs --elf).",
)
@click.option("--seed", type=int, default=0, show_default=True)
def translate_cmd(
    elf: Path | None,
    symbol: str | None,
    pid: int | None,
    rip: str | None,
    listing: bool,
    max_insns: int,
    compare: int,
    seed: int,
) -> None:
    """Translate a function into a BTC image and print what it became."""
    source: CodeSource
    if elf is not None and symbol:
        if compare:
            from ubypass.hostrt.compare import compare_function

            bad = compare_function(elf, symbol, compare, seed)
            sys.exit(1 if bad > 0 else 0)
        src = ElfSource(elf, ELF_BASE)
        entry = src.symbol(symbol)
        source = src
    elif pid is not None and rip is not None:
        source = ProcessSource(pid)
        entry = int(rip, 0)
    else:
        raise click.UsageError("give --elf PATH --symbol NAME, or --pid PID --rip ADDR")
    start = time.perf_counter()
    t = run_pipeline(source, [entry], max_insns=max_insns)
    _report(t, time.perf_counter() - start, listing)


translate = translate_cmd
