"""Talking to ``ubd``: one JSON object per line over a Unix socket (root only).

:func:`ensure_daemon` starts one if none answers, detached from the caller
(its own session, reparented to init) so that ``ub run``'s child reaping
never sees it and it outlives the command that started it.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from pathlib import Path
from typing import Any

__all__ = [
    "DEFAULT_CACHE",
    "DEFAULT_LOG",
    "DEFAULT_SOCKET",
    "SYSTEM_CACHE",
    "DaemonUnavailable",
    "ensure_daemon",
    "request",
]

DEFAULT_SOCKET = Path(os.environ.get("UBD_SOCKET", "/run/ubd.sock"))
#: where a system-wide ubd keeps its translation cache
SYSTEM_CACHE = Path("/var/cache/ubypass")
DEFAULT_CACHE = Path(os.environ.get("UBD_CACHE", SYSTEM_CACHE))
DEFAULT_LOG = Path(os.environ.get("UBD_LOG", "/var/log/ubd.log"))
_START_TIMEOUT_S = 120.0  # Python and iced-x86 start slowly under TCG


class DaemonUnavailable(Exception):
    """No daemon answers on the socket (and none could be started)."""


def request(req: dict[str, Any], path: Path = DEFAULT_SOCKET,
            timeout: float = 60.0) -> dict[str, Any]:
    """Send ``req``, return the daemon's reply; raise DaemonUnavailable if none."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        try:
            s.connect(str(path))
            s.sendall(json.dumps(req).encode() + b"\n")
            buf = bytearray()
            while not buf.endswith(b"\n"):
                chunk = s.recv(65536)
                if not chunk:
                    break
                buf += chunk
        except OSError as e:
            raise DaemonUnavailable(f"no ubd on {path}: {e.strerror or e}") from None
    if not buf:
        raise DaemonUnavailable(f"ubd on {path} closed the connection")
    reply: dict[str, Any] = json.loads(buf)
    if not reply.get("ok"):
        raise DaemonUnavailable(f"ubd: {reply.get('error', 'request failed')}")
    return reply


def _spawn(path: Path, cache: Path, log: Path) -> None:
    argv = [sys.executable, "-m", "ubypass", "daemon", "--socket", str(path),
            "--cache", str(cache), "--log", str(log)]
    pid = os.fork()
    if pid == 0:  # the intermediate: a new session, then gone, so init adopts the daemon
        try:
            os.setsid()
            if os.fork() == 0:
                null = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):
                    os.dup2(null, fd)
                os.execv(argv[0], argv)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def ensure_daemon(path: Path = DEFAULT_SOCKET, cache: Path = DEFAULT_CACHE,
                  log: Path = DEFAULT_LOG) -> int:
    """The pid of the daemon serving ``path``, started if needed."""
    try:
        return int(request({"op": "ping"}, path)["pid"])
    except DaemonUnavailable:
        pass
    _spawn(path, cache, log)
    deadline = time.monotonic() + _START_TIMEOUT_S
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            return int(request({"op": "ping"}, path)["pid"])
        except DaemonUnavailable:
            continue
    raise DaemonUnavailable(f"started ubd, but it did not answer on {path} within "
                            f"{_START_TIMEOUT_S:.0f} s (see {log})")
