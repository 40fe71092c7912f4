"""``ub exec``, ``ub attach``, ``ub stats``, ``ub detach``: bypass by hand.

They are top-level commands of ``ub`` (:func:`register` adds them), because
they are what a user types most: ``ub exec -- prog`` starts a program that
may be bypassed, ``ub attach PID`` bypasses its hot loop.
"""

from __future__ import annotations

import json
import os
import sys

import click

from ubypass.abi import ExitReason

__all__ = ["COMMANDS", "attach_cmd", "detach_cmd", "exec_cmd", "register", "stats_cmd"]


def _hex(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> list[int]:
    try:
        return [int(v, 16) for v in values]
    except ValueError as e:
        raise click.BadParameter(f"not a hex RIP: {e}") from None


@click.command("exec", context_settings={"ignore_unknown_options": True})
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def exec_cmd(command: tuple[str, ...]) -> None:
    """Opt in to bypass (prctl PR_SET_UB), then exec COMMAND (inherited by its children)."""
    from ubypass.bypass.optin import set_optin

    try:
        set_optin(True)
    except OSError as e:
        raise click.ClickException(e.strerror or str(e)) from None
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execvp(command[0], list(command))
    except OSError as e:
        click.echo(f"ub exec: {command[0]}: {e.strerror}", err=True)
        sys.exit(127 if isinstance(e, FileNotFoundError) else 126)


@click.command("attach")
@click.argument("pid", type=int)
@click.option("--rip", "rips", multiple=True, callback=_hex,
              help="Entry RIP (hex, just after a syscall); repeatable. Default: sample.")
@click.option("--samples", type=int, default=200, show_default=True,
              help="Syscall exits to sample when no --rip is given.")
@click.option("--max-insns", type=int, default=20000, show_default=True)
@click.option("--follow", "follow_s", type=float, default=0.0,
              help="Then grow the image from MISS events for this many seconds.")
@click.option("--tid", type=int, default=None, help="Thread to sample (default: PID).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def attach_cmd(pid: int, rips: list[int], samples: int, max_insns: int, follow_s: float,
               tid: int | None, as_json: bool) -> None:
    """Translate the code after PID's hot syscalls and install it through /dev/ub."""
    from ubypass.bypass.attach import AttachError, attach, follow
    from ubypass.bypass.device import DeviceError, UbDevice
    from ubypass.bypass.hotsite import HotSiteError

    try:
        with UbDevice() as dev:
            done = attach(pid, rips=rips or None, samples=samples, device=dev,
                          max_insns=max_insns, tid=tid)
            if follow_s > 0:
                done = follow(done, dev, duration=follow_s, max_insns=max_insns)
    except (AttachError, DeviceError, HotSiteError) as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps(done.to_json(), indent=1))
        return
    s = done.stats
    click.echo(f"pid {pid}: image {done.image_id} (mm cookie {done.mm_cookie}), "
               f"{len(done.entries)} entries, {s.insns} insns, {done.image_size} bytes")
    for rip in done.entries:
        click.echo(f"  entry {rip:#x}")
    for rip, why in done.skipped:
        click.echo(f"  skipped {rip:#x}: {why}")


@click.command("stats")
@click.argument("pid", type=int)
@click.option("--image", "image_id", type=int, default=0, help="One image (default: all).")
@click.option("--sites", type=int, default=0, help="Also exits per exit id (with --image).")
@click.option("--json", "as_json", is_flag=True, help="Print the counters as JSON.")
def stats_cmd(pid: int, image_id: int, sites: int, as_json: bool) -> None:
    """PID's bypass counters: runs, chained syscalls (crossings avoided), exits by reason."""
    from ubypass.bypass.device import DeviceError, UbDevice

    try:
        with UbDevice() as dev:
            st = dev.stats(pid, image_id=image_id, sites=sites)
    except DeviceError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps(st.to_json(), indent=1))
        return
    click.echo(f"pid {pid}: {st.nr_images} images, {st.runs} runs, {st.chained} chained")
    for reason in ExitReason:
        click.echo(f"  exits {reason.name.lower():8} {st.exits[reason]}")
    if st.sites:
        click.echo("  per exit id: " + " ".join(str(n) for n in st.sites))


@click.command("detach")
@click.argument("pid", type=int)
@click.option("--image", "image_id", type=int, default=0, help="One image (default: all).")
def detach_cmd(pid: int, image_id: int) -> None:
    """Remove PID's BTC images (the process runs on natively)."""
    from ubypass.bypass.device import DeviceError, UbDevice

    try:
        with UbDevice() as dev:
            dev.remove(pid, image_id=image_id)
    except DeviceError as e:
        raise click.ClickException(str(e)) from None


COMMANDS = (exec_cmd, attach_cmd, stats_cmd, detach_cmd)


def register(group: click.Group) -> None:
    """Add the bypass commands to ``group`` (the ``ub`` command) at its top level."""
    for cmd in COMMANDS:
        group.add_command(cmd)
