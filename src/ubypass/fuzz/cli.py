"""``ub fuzz``: mutant images and ioctl sequences against /dev/ub in the lab."""

from __future__ import annotations

import io
import json
from pathlib import Path

import click

from ubypass.paths import RESULTS_DIR

__all__ = ["fuzz"]


class _Progress(io.TextIOBase):
    """Shows the guest runner's progress and finding lines as they come."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.partial = ""

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        from rich.markup import escape

        self.partial += s
        *lines, self.partial = self.partial.split("\n")
        for line in lines:
            if line.startswith("FINDING"):
                self.console.print(f"[bold red]{escape(line)}[/bold red]")
            elif line.startswith("PROGRESS"):
                self.console.print(f"[dim]{escape(line)}[/dim]")
            elif line.startswith("Traceback") or "Error" in line:
                self.console.print(escape(line))
        return len(s)


@click.command()
@click.option("--seed", type=int, default=0, show_default=True,
              help="Every input is a function of (seed, index).")
@click.option("--images", type=int, default=300, show_default=True,
              help="Mutant images to try (indices 0..N-1).")
@click.option("--ioctls", type=int, default=100, show_default=True,
              help="Random ioctl sequences to run (indices 0..M-1).")
@click.option("--resume", is_flag=True, help="Go on from the state file in --out.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Output directory, under the results directory "
                   "[default: results/fuzz/seed-S].")
@click.option("--kernel", "variant", type=click.Choice(["debug", "release"]), default="debug",
              show_default=True, help="The lab kernel to boot.")
@click.option("--timeout", type=float, default=1800.0, show_default=True,
              help="Seconds per boot; the runner stops in time to report.")
@click.option("--max-boots", type=int, default=3, show_default=True,
              help="Boots at most: a guest crash ends a boot, the next resumes after it.")
@click.option("--run-ms", type=int, default=100, show_default=True,
              help="How long an installed image runs before it is removed.")
def fuzz(seed: int, images: int, ioctls: int, resume: bool, out: Path | None, variant: str,
         timeout: float, max_boots: int, run_ms: int) -> None:
    """Fuzz /dev/ub in the lab: mutants of real translations and random ioctl sequences.

    Every image must be refused with a reason or run without a kernel
    report (WARN, BUG, oops, KASAN, "killing the task") and without a write
    outside its target (a witness process's memory is checked after each
    input).  A finding exits with status 1; its image is in OUT/findings.
    """
    from rich.console import Console

    from ubypass.fuzz.host import FuzzError, run_fuzz

    console = Console(stderr=True)
    out = out or RESULTS_DIR / "fuzz" / f"seed-{seed}"
    try:
        run = run_fuzz(out, seed=seed, images=images, ioctls=ioctls, resume=resume,
                       variant=variant, timeout=timeout, max_boots=max_boots, run_ms=run_ms,
                       say=lambda s: console.print(f"[bold]{s}[/bold]"), stream=_Progress())  # type: ignore[arg-type]
    except FuzzError as e:
        raise click.ClickException(str(e)) from None
    s = run.summary
    console.print_json(json.dumps({k: s[k] for k in ("seeds", "counts", "index_ranges",
                                                     "state", "boots")}))
    for f in s["findings"]:
        console.print(f"[bold red]finding[/bold red] {f['what']} seed={f['seed']} "
                      f"index={f['index']} kind={f.get('kind')}: {f.get('why')} "
                      f"{f.get('image') or ''}")
    console.print(f"log: {out / 'log.jsonl'}, summary: {out / 'summary.json'}")
    if s["findings"]:
        raise SystemExit(1)
