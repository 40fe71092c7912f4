"""The ``ub`` command: a thin layer of click groups over the package."""

from __future__ import annotations

import click

from ubypass import __version__
from ubypass.bench.cli import bench
from ubypass.bypass.cli import register as register_bypass
from ubypass.daemon.cli import COMMANDS as DAEMON_COMMANDS
from ubypass.fuzz.cli import fuzz
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
    """The main job: the pread micro-benchmark native vs bypassed, then Redis.

    Both in the lab, KPTI off and on: ``ub bench micro``, then ``ub bench
    baseline`` for the getppid round trip and Redis (its pread rows are the
    micro-benchmark's native column). About 5 minutes once the kernel and
    the guest are built (7 on a busy host). A failed micro-benchmark does
    not stop the baseline; the demo fails at the end if either did.
    """
    from ubypass.bench.cli import baseline, micro

    failed: list[str] = []
    runs: tuple[tuple[str, click.Command, dict[str, str]], ...] = (
        ("bench micro", micro, {}),
        ("bench baseline", baseline, {"only": "getppid,redis"}),
    )
    for name, command, extra in runs:
        try:
            ctx.invoke(command, kpti="both", **extra)
        except click.ClickException as e:
            click.echo(f"ub {name} failed: {e.format_message()}", err=True)
            failed.append(name)
    if failed:
        raise click.ClickException("failed: " + ", ".join(f"ub {n}" for n in failed))


main.add_command(lab)
main.add_command(bench)
main.add_command(translate)
main.add_command(fuzz)
register_bypass(main)
for _cmd in DAEMON_COMMANDS:
    main.add_command(_cmd)
