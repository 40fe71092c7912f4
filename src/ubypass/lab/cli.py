"""``ub lab``: build the kernel and the guest, boot it, run commands in it."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["lab"]


@click.group()
def lab() -> None:
    """Build and run the QEMU lab (our kernel + a Debian guest)."""


@lab.command()
@click.option("--force", is_flag=True, help="Rebuild even if the recipe's image is cached.")
def rootfs(force: bool) -> None:
    """Build the guest's Debian root image (cached by its recipe)."""
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


# Exit status of `ub lab run` when the lab itself failed (oops, panic, hang,
# KPTI not as asked): like git bisect's "cannot test", distinct from the
# usual small exit statuses of commands.
LAB_FAILURE_STATUS = 125


def _vm_options(func: click.decorators.FC) -> click.decorators.FC:
    """The guest options `run` and `shell` share."""
    options = [
        click.option("--kpti", type=click.Choice(["on", "off"]), default="off",
                     show_default=True, help="Kernel page-table isolation in the guest."),
        click.option("--smp", type=click.IntRange(1, 64), default=2, show_default=True,
                     help="Guest CPUs."),
        click.option("--mem", default="2G", show_default=True, help="Guest memory (QEMU -m)."),
        click.option("--accel", type=click.Choice(["tcg", "kvm"]), default="tcg",
                     show_default=True, help="kvm only where /dev/kvm works."),
        click.option("--share", "shares", multiple=True, metavar="GUEST=HOST",
                     help="Export a host directory read-only at a guest path."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _parse_shares(shares: tuple[str, ...]) -> dict[str, Path]:
    parsed: dict[str, Path] = {}
    for item in shares:
        guest, sep, host = item.partition("=")
        if not sep or not guest or not host:
            raise click.BadParameter(f"{item!r} is not GUEST=HOST", param_hint="--share")
        parsed[guest] = Path(host)
    return parsed


def _keep_console(err: Exception) -> None:
    """Save a failed guest's whole console; the message shows only an excerpt."""
    import time

    from ubypass.paths import RESULTS_DIR

    console = getattr(err, "console", "")
    if console:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        path = RESULTS_DIR / time.strftime("lab-failure-%Y%m%dT%H%M%SZ.console", time.gmtime())
        path.write_text(console)
        click.echo(f"ub lab: the whole console is in {path}", err=True)


@lab.command(context_settings={"ignore_unknown_options": True})
@_vm_options
@click.option("--timeout", type=float, default=600.0, show_default=True,
              help="Seconds for the whole run, boot included.")
@click.option("--icount", is_flag=True, default=False,
              help="QEMU -icount shift=0,sleep=off: guest time counts instructions "
                   "(1 ns each); TCG only.")
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def run(kpti: str, smp: int, mem: str, accel: str, shares: tuple[str, ...], timeout: float,
        icount: bool, command: tuple[str, ...]) -> None:
    """Run COMMAND as root in a fresh guest; exit with its status.

    Exit status 125 means the lab failed (kernel oops/panic/BUG/WARNING, a
    hang past --timeout, or KPTI not as asked); the console lines say why.
    """
    import sys

    from ubypass.lab.errors import LabError
    from ubypass.lab.vm import run_in_guest

    if icount and accel != "tcg":
        raise click.BadParameter("icount needs --accel tcg", param_hint="'--icount'")
    click.echo(f"ub lab run: booting the guest ({accel}, KPTI {kpti}, {smp} CPUs, {mem})",
               err=True)
    try:
        result = run_in_guest(list(command), kpti=kpti == "on", smp=smp, mem=mem,
                              timeout=timeout, accel=accel, stream=sys.stdout,
                              shares=_parse_shares(shares), icount=icount)
    except LabError as err:
        click.echo(f"ub lab run: {err}", err=True)
        _keep_console(err)
        raise SystemExit(LAB_FAILURE_STATUS) from err
    click.echo(
        f"ub lab run: kernel {result.kernel_version}, KPTI {'on' if result.kpti else 'off'}, "
        f"boot {result.boot_seconds:.1f} s, exit status {result.exit_status}",
        err=True,
    )
    raise SystemExit(result.exit_status)


@lab.command()
@_vm_options
def shell(kpti: str, smp: int, mem: str, accel: str, shares: tuple[str, ...]) -> None:
    """Interactive root shell on the guest's serial console.

    ^D or exit powers the guest off; ^A x quits QEMU at once.
    """
    from ubypass.lab.errors import LabError
    from ubypass.lab.vm import run_shell

    try:
        status = run_shell(kpti=kpti == "on", smp=smp, mem=mem, accel=accel,
                           shares=_parse_shares(shares))
    except LabError as err:
        click.echo(f"ub lab shell: {err}", err=True)
        _keep_console(err)
        raise SystemExit(LAB_FAILURE_STATUS) from err
    raise SystemExit(status)


@lab.command(context_settings={"ignore_unknown_options": True})
@click.option("--kpti", type=click.Choice(["on", "off"]), default="off", show_default=True,
              help="Kernel page-table isolation in the guest.")
@click.option("--icount", is_flag=True, default=False,
              help="QEMU -icount shift=0,sleep=off (guest time counts instructions).")
@click.option("--smp", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Guest CPUs (the window counts all of them).")
@click.option("--self-window", "self_window", is_flag=True, default=False,
              help="COMMAND opens and closes the window itself (bench/ubprof.h) "
                   "instead of the window covering all of it.")
@click.option("--per", type=click.IntRange(1), default=None,
              help="Also show instructions per this many units (e.g. loop iterations).")
@click.option("--top", type=click.IntRange(1), default=25, show_default=True,
              help="Rows per table.")
@click.option("--kernel-image", type=click.Path(file_okay=False, path_type=Path),
              default=None, envvar="UB_LAB_KERNEL_IMAGE",
              help="A kbuild images/<key> directory to boot instead of this checkout's "
                   "kernel [env UB_LAB_KERNEL_IMAGE].")
@click.option("--share", "shares", multiple=True, metavar="GUEST=HOST",
              help="Export a host directory read-only at a guest path.")
@click.option("--timeout", type=float, default=600.0, show_default=True,
              help="Seconds for the whole run, boot included.")
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def profile(kpti: str, icount: bool, smp: int, self_window: bool, per: int | None, top: int,
            kernel_image: Path | None, shares: tuple[str, ...], timeout: float,
            command: tuple[str, ...]) -> None:
    """Profile COMMAND's guest instructions: user vs kernel, per function.

    Boots the lab with the ubprof TCG plugin; the helpers (ubprof_mark) are
    at /ubprof in the guest.  The raw profile stays in results/ubprof/.
    """
    import sys

    from rich.console import Console

    from ubypass.bench.build import BuildError
    from ubypass.lab.errors import LabError
    from ubypass.lab.prof.report import render
    from ubypass.lab.prof.run import profile_in_guest

    click.echo(f"ub lab profile: booting the guest (KPTI {kpti}, {smp} CPUs"
               f"{', icount' if icount else ''})", err=True)
    try:
        prof = profile_in_guest(list(command), kpti=kpti == "on", icount=icount, smp=smp,
                                timeout=timeout, wrap=not self_window, image=kernel_image,
                                shares=_parse_shares(shares), stream=sys.stderr)
    except (LabError, BuildError) as err:
        click.echo(f"ub lab profile: {err}", err=True)
        _keep_console(err)
        raise SystemExit(LAB_FAILURE_STATUS) from err
    render(prof.attribution, Console(), top=top, per=per)
    status = prof.run.exit_status if prof.run is not None else 0
    click.echo(f"ub lab profile: {prof.directory}; exit status {status}", err=True)
    raise SystemExit(status)
