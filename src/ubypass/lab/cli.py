"""``ub lab``: build the kernel and the guest, boot it, run commands in it."""

from __future__ import annotations

import click

__all__ = ["lab"]


@click.group()
def lab() -> None:
    """Build and run the QEMU lab (our kernel + a Debian guest)."""
