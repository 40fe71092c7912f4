"""``ub daemon``, ``ub run``, ``ub top``: the automatic bypass.

``ub run -- CMD`` is what a user types: it makes sure a daemon runs, opts
CMD in and execs it; the kernel finds CMD's hot syscalls and the daemon
translates and installs — nothing is attached, nothing is ptraced.  It
exits with CMD's status.  ``ub run`` makes itself the child subreaper, so
processes CMD starts stay its descendants (even when their parent exits
first) and are counted in its report.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import Any

import click

from ubypass.daemon.client import (
    DEFAULT_CACHE,
    DEFAULT_LOG,
    DEFAULT_SOCKET,
    DaemonUnavailable,
    ensure_daemon,
    request,
)

__all__ = ["COMMANDS", "daemon_cmd", "run_cmd", "top_cmd"]

PR_SET_CHILD_SUBREAPER = 36

_socket_opt = click.option("--socket", "socket_path", type=click.Path(path_type=Path),
                           default=DEFAULT_SOCKET, show_default=True,
                           help="The daemon's control socket.")


@click.command("daemon")
@_socket_opt
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=DEFAULT_CACHE,
              show_default=True, help="Translation cache directory.")
@click.option("--log", "log_path", type=click.Path(path_type=Path), default=None,
              help="Log file (default: stderr).")
@click.option("--workers", type=int, default=2, show_default=True,
              help="Translator worker processes.")
@click.option("--max-insns", type=int, default=20000, show_default=True,
              help="Largest region the translator builds from one site.")
def daemon_cmd(socket_path: Path, cache_dir: Path, log_path: Path | None, workers: int,
               max_insns: int) -> None:
    """Run ubd: translate and install what the kernel reports hot (root)."""
    from ubypass.bypass.device import DeviceError, UbDevice
    from ubypass.daemon.server import Daemon, DaemonConfig

    handler: logging.Handler = (logging.FileHandler(log_path) if log_path
                                else logging.StreamHandler())
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
    logging.getLogger("ubd").addHandler(handler)
    logging.getLogger("ubd").setLevel(logging.INFO)
    try:
        with UbDevice() as dev:
            d = Daemon(DaemonConfig(socket_path, cache_dir, workers, max_insns), dev)
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
            try:
                d.run()
            finally:
                d.close()
    except (DeviceError, RuntimeError) as e:
        raise click.ClickException(str(e)) from None


def _reap_until(pid: int) -> int:
    """Wait for ``pid``, reaping adopted orphans meanwhile; its wait status."""
    while True:
        try:
            got, status = os.waitpid(-1, 0)
        except ChildProcessError:
            return 0
        except InterruptedError:
            continue
        if got == pid:
            return status


def _first(report: dict[str, Any], field: str, start: float) -> float | None:
    times = [s[field] for p in report["processes"] for s in p["sites"] if s[field]]
    return round(min(times) - start, 3) if times else None


@click.command("run", context_settings={"ignore_unknown_options": True})
@_socket_opt
@click.option("--stats", is_flag=True, help="Print per-site counters at exit (like perf stat).")
@click.option("--stats-json", type=click.Path(path_type=Path), default=None,
              help="Write the report as JSON to this file.")
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def run_cmd(socket_path: Path, stats: bool, stats_json: Path | None,
            command: tuple[str, ...]) -> None:
    """Run COMMAND bypassed: opt it in, let the kernel and ubd do the rest."""
    from rich.console import Console

    from ubypass.bypass.optin import set_optin
    from ubypass.daemon.report import site_table, summary_lines, totals

    start = time.time()
    try:
        ensure_daemon(socket_path, DEFAULT_CACHE, DEFAULT_LOG)
        request({"op": "watch", "pid": os.getpid(), "start": start}, socket_path)
    except DaemonUnavailable as e:
        raise click.ClickException(f"{e} (ub run needs root to start ubd)") from None
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        try:
            set_optin(True)
            os.execvp(command[0], list(command))
        except OSError as e:
            os.write(2, f"ub run: {command[0]}: {e.strerror}\n".encode())
            os._exit(127 if isinstance(e, FileNotFoundError) else 126)
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)  # the command gets ^C, not us
    status = _reap_until(pid)
    signal.signal(signal.SIGINT, old)
    code = os.waitstatus_to_exitcode(status)
    code = 128 - code if code < 0 else code
    elapsed = time.time() - start
    if not (stats or stats_json):
        with contextlib.suppress(DaemonUnavailable):
            request({"op": "unwatch", "pid": os.getpid()}, socket_path)
    else:
        try:
            report = request({"op": "report", "pid": os.getpid()}, socket_path)
        except DaemonUnavailable as e:
            click.echo(f"ub run: no statistics: {e}", err=True)
            sys.exit(code)
        report.update(command=list(command), status=code, start=start,
                      elapsed=round(elapsed, 3), totals=totals(report),
                      first_install_s=_first(report, "installed_at", start),
                      first_chain_s=_first(report, "first_chain_at", start))
        if stats_json:
            stats_json.write_text(json.dumps(report, indent=1))
        if stats:
            # a log or a pipe gets the whole table, not 80 squeezed columns
            con = Console(stderr=True, width=shutil.get_terminal_size((160, 24)).columns)
            con.print(f"\n ub run statistics for '{' '.join(command)}' "
                      f"({elapsed:.2f} s, exit {code}):\n")
            con.print(site_table(report))
            for line in summary_lines(report):
                con.print(" " + line)
            con.print(f" first install after {report['first_install_s']} s, first chained "
                      f"syscall seen after {report['first_chain_s']} s")
    sys.exit(code)


@click.command("top")
@_socket_opt
@click.option("--once", is_flag=True, help="Print one table and exit.")
def top_cmd(socket_path: Path, once: bool) -> None:
    """Live view of every bypassed process and site, refreshed each second."""
    from rich.console import Console, Group
    from rich.live import Live
    from rich.text import Text

    from ubypass.daemon.report import site_table, summary_lines

    def view() -> Group:
        rep = request({"op": "status"}, socket_path)
        d = rep["daemon"]
        head = Text(f"ubd {d['pid']}: {d['events']} events, {d['translations']} "
                    f"translations ({d['jobs']} running), {d['cache_hits']} cache hits, "
                    f"{d['installs']} installs, {d['removed']} removed, "
                    f"{d['lost_events']} events lost, {d.get('stalls', 0)} stalls, "
                    f"{d.get('unsafe', 0)} unsafe images (see the log)")
        return Group(head, site_table(rep), *(Text(x) for x in summary_lines(rep)))

    try:
        if once:
            Console().print(view())
            return
        with Live(view(), refresh_per_second=1) as live:
            while True:
                time.sleep(1)
                live.update(view())
    except DaemonUnavailable as e:
        raise click.ClickException(str(e)) from None
    except KeyboardInterrupt:
        pass


COMMANDS = (daemon_cmd, run_cmd, top_cmd)
