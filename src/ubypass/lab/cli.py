"""``ub lab``: build the kernel and the guest, boot it, run commands in it."""

from __future__ import annotations

import click

__all__ = ["lab"]


@click.group()
def lab() -> None:
    """Build and run the QEMU lab (our kernel + a Debian guest)."""


@lab.command()
@click.option("--force", is_flag=True, help="Rebuild even if the recipe's image is cached.")
def rootfs(force: bool) -> None:
    """Build (or find cached) the guest's Debian root filesystem image."""
    from ubypass.lab.errors import LabError
    from ubypass.lab.rootfs import build_rootfs

    try:
        built = build_rootfs(force=force)
    except LabError as err:
        raise click.ClickException(str(err)) from err
    click.echo(built.image)


@lab.command()
@click.option("--variant", type=click.Choice(["release", "debug"]), default="release",
              show_default=True, help="debug adds lockdep and atomic-sleep checks.")
def kernel(variant: str) -> None:
    """Build (or find cached) our kernel's bzImage."""
    import time

    from ubypass.lab.errors import LabError
    from ubypass.lab.kbuild import build_kernel

    start = time.monotonic()
    try:
        built = build_kernel(variant=variant)
    except LabError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"bzImage: {built.bzimage}")
    click.echo(f"version: {built.version}")
    click.echo(f"key:     {built.key}")
    click.echo(f"time:    {time.monotonic() - start:.1f} s")


@lab.command()
def checkpatch() -> None:
    """Run the kernel's checkpatch.pl on kernel/ and its patches."""
    from ubypass.lab.checkpatch import run_checkpatch

    if not run_checkpatch():
        raise SystemExit(1)
