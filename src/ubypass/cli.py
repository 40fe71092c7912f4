"""The ``ub`` command: a thin layer of click groups over the package."""

from __future__ import annotations

import click

from ubypass import __version__
from ubypass.bench.cli import bench
from ubypass.lab.cli import lab
from ubypass.translator.cli import translate

__all__ = ["main"]


@click.group()
@click.version_option(__version__, prog_name="ub")
def main() -> None:
    """Userspace Bypass: run the code between hot syscalls in the kernel."""


@main.command()
@click.pass_context
def demo(ctx: click.Context) -> None:
    """The main job: the baseline benchmarks in the lab, KPTI on and off."""
    from ubypass.bench.cli import baseline

    ctx.invoke(baseline, kpti="both")


main.add_command(lab)
main.add_command(bench)
main.add_command(translate)
