"""``/dev/ub``: install, replace, remove BTC images and read counters and events.

This is the only module that talks to the device (``kernel/include/uapi/linux/ub.h``
is the contract, ``ubypass.abi`` its mirror).  Targets are named by a pidfd,
opened per call, so a pid is turned into a reference to one process once and
the kernel can refuse a stale one; ``mm_cookie`` goes further and names the
address space, so an image meant for a program that exec'd fails with
ESTALE instead of landing in the new program.

Errors are translated into exceptions that say what to do: the verifier's
own reason for a rejected image, a stale target, or the errno with a hint.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import select
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, TypeVar

from ubypass.abi import (
    UB_HOT_REPORTED,
    UB_INSTALL_REPLACE,
    UB_INSTALL_TAKE,
    UB_IOC_HOT,
    UB_IOC_INSTALL,
    UB_IOC_REMOVE,
    UB_IOC_STATS,
    EventType,
    ExitReason,
    UbCounts,
    UbEvent,
    UbHotQuery,
    UbHotSite,
    UbInstall,
    UbRemove,
    UbStats,
)

__all__ = [
    "DEVICE_PATH",
    "DeviceError",
    "Event",
    "HotSite",
    "HotSites",
    "ImageRejected",
    "Installed",
    "StaleTarget",
    "Stats",
    "UbDevice",
    "parse_events",
]

DEVICE_PATH = "/dev/ub"
LOG_BYTES = 4096
_EVENT_SIZE = ctypes.sizeof(UbEvent)
_READ_EVENTS = 64


_Arg = TypeVar("_Arg", bound=ctypes.Structure)

class DeviceError(Exception):
    """An operation on /dev/ub failed; ``errno`` is the kernel's answer (or None)."""

    def __init__(self, message: str, err: int | None = None) -> None:
        super().__init__(message)
        self.errno = err


class ImageRejected(DeviceError):
    """The kernel's verifier refused the image; ``reason`` is its message."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the kernel rejected the image: {reason}", errno.EINVAL)
        self.reason = reason


class StaleTarget(DeviceError):
    """The target's address space is not the one the cookie names (exec, exit, pid reuse)."""

    def __init__(self, pid: int, cookie: int) -> None:
        super().__init__(
            f"pid {pid}: mm cookie {cookie} is stale (the process exec'd or exited)",
            errno.ESTALE,
        )
        self.pid = pid
        self.cookie = cookie


@dataclass(frozen=True)
class Installed:
    """An image the kernel accepted: its id and the target mm's cookie."""

    image_id: int
    mm_cookie: int


@dataclass
class Stats:
    """Counters of one image, or of a whole mm (``image_id`` 0).

    ``chained`` is the number of user↔kernel round trips avoided; ``hops``
    the runs that went on from another run's MISS exit (``runs - hops`` are
    the runs entered from a syscall's return); ``sites`` holds exits per exit
    id (only when asked for, for one image).
    """

    runs: int
    chained: int
    exits: dict[ExitReason, int]
    nr_images: int
    mm_cookie: int
    sites: list[int] = field(default_factory=list)
    hops: int = 0

    @classmethod
    def from_struct(cls, st: UbStats, sites: ctypes.Array[ctypes.c_uint64] | None) -> Stats:
        """Decode what UB_IOC_STATS wrote: ``sites`` is the array it filled, if any."""
        got: list[int] = []
        if sites is not None:
            got = [int(v) for v in sites[: min(int(st.nr_sites), len(sites))]]
        return cls.from_counts(st.counts, int(st.nr_images), int(st.mm_cookie), got)

    @classmethod
    def from_counts(cls, counts: UbCounts, nr_images: int = 0, mm_cookie: int = 0,
                    sites: list[int] | None = None) -> Stats:
        """Decode a ``struct ub_counts`` (of a stats call or of an event)."""
        exits = {reason: int(counts.exits[reason]) for reason in ExitReason}
        return cls(int(counts.runs), int(counts.chained), exits, nr_images, mm_cookie,
                   sites or [], int(counts.hops))

    def to_json(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "chained": self.chained,
            "hops": self.hops,
            "exits": {reason.name.lower(): n for reason, n in self.exits.items()},
            "nr_images": self.nr_images,
            "mm_cookie": self.mm_cookie,
            "sites": self.sites,
        }


@dataclass(frozen=True)
class Event:
    """One ``struct ub_event``; ``type`` stays an int if this module does not know it.

    ``tid`` .. ``gap_min_ns`` are set for HOT (and ``tid``, ``hits``, ``samples``
    for EARLY); ``counts`` for INVALIDATED (the image's) and GONE (the mm's).
    """

    type: EventType | int
    tgid: int
    mm_cookie: int
    image_id: int
    rip: int
    aux: int
    tid: int = 0
    nr: int = 0
    hits: int = 0
    samples: int = 0
    gap_mean_ns: int = 0
    gap_min_ns: int = 0
    counts: Stats | None = None


@dataclass(frozen=True)
class HotSite:
    """One site of the kernel's identifier (``struct ub_hot_site``)."""

    rip: int
    nr: int
    reported: bool
    samples: int
    hits: int
    gap_mean_ns: int
    gap_min_ns: int
    total: int

    @classmethod
    def from_struct(cls, s: UbHotSite) -> HotSite:
        return cls(int(s.rip), int(s.nr), bool(s.flags & UB_HOT_REPORTED), int(s.samples),
                   int(s.hits), int(s.gap_mean_ns), int(s.gap_min_ns), int(s.total))


@dataclass(frozen=True)
class HotSites:
    """What UB_IOC_HOT says of one mm: its cookie, sampling period and sites."""

    mm_cookie: int
    period: int
    sites: list[HotSite]


def parse_events(data: bytes) -> list[Event]:
    """Split what read() returned into events (the kernel returns whole ones only)."""
    if len(data) % _EVENT_SIZE:
        raise DeviceError(f"read {len(data)} bytes: not a whole number of {_EVENT_SIZE}-byte "
                          "events (ub.h and ubypass.abi disagree?)")
    out = []
    for off in range(0, len(data), _EVENT_SIZE):
        ev = UbEvent.from_buffer_copy(data, off)
        try:
            kind: EventType | int = EventType(ev.type)
        except ValueError:
            kind = int(ev.type)
        counts = (Stats.from_counts(ev.counts, mm_cookie=int(ev.mm_cookie))
                  if kind in (EventType.INVALIDATED, EventType.GONE) else None)
        out.append(Event(kind, int(ev.tgid), int(ev.mm_cookie), int(ev.image_id),
                         int(ev.rip), int(ev.aux), int(ev.tid), int(ev.nr), int(ev.hits),
                         int(ev.samples), int(ev.gap_mean_ns), int(ev.gap_min_ns), counts))
    return out


def _hint(err: int) -> str:
    if err == errno.EPERM:
        return (" (the target must have opted in with prctl(PR_SET_UB) — `ub exec` — "
                "and you must be allowed to ptrace it)")
    if err == errno.E2BIG:
        return (" (the image is shorter than its header or longer than "
                "/proc/sys/kernel/ub/max_image_bytes)")
    if err == errno.ESRCH:
        return " (no such process)"
    if err == errno.ENOTTY:
        return " (this /dev/ub does not know the ioctl: ub.h and the kernel disagree)"
    return ""


class UbDevice:
    """An open ``/dev/ub``; a context manager that closes it.

    Images belong to the target's address space, not to this file: closing
    the device leaves them installed (``remove`` retires them).
    """

    def __init__(self, path: str = DEVICE_PATH) -> None:
        self.path = path
        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CLOEXEC | os.O_NONBLOCK)
        except FileNotFoundError:
            raise DeviceError(
                f"{path} does not exist: this kernel has no Userspace Bypass "
                "(CONFIG_USERSPACE_BYPASS); run it on the lab kernel (ub lab run)",
                errno.ENOENT) from None
        except PermissionError as e:
            raise DeviceError(f"cannot open {path}: {e.strerror} (it needs CAP_SYS_ADMIN)",
                              e.errno) from None
        except OSError as e:
            raise DeviceError(f"cannot open {path}: {e.strerror}", e.errno) from None

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> UbDevice:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @staticmethod
    def _pidfd(pid: int) -> int:
        try:
            return os.pidfd_open(pid)
        except OSError as e:
            raise DeviceError(f"pid {pid}: {e.strerror}", e.errno) from None

    def _ioctl(self, request: int, arg: ctypes.Structure, what: str, pid: int) -> None:
        try:
            fcntl.ioctl(self.fd, request, arg, True)
        except OSError as e:
            err = e.errno or 0
            raise DeviceError(f"{what} for pid {pid}: {os.strerror(err)}{_hint(err)}",
                              err) from None

    def _on_target(self, pid: int, cookie: int, request: int, what: str,
                   make: Callable[[int], _Arg]) -> _Arg:
        """One ioctl about ``pid``: ``make`` builds its struct around a pidfd
        made for the call; ESTALE becomes :class:`StaleTarget`."""
        pidfd = self._pidfd(pid)
        try:
            arg = make(pidfd)
            try:
                self._ioctl(request, arg, what, pid)
            except DeviceError as e:
                if e.errno == errno.ESTALE:
                    raise StaleTarget(pid, cookie) from None
                raise
            return arg
        finally:
            os.close(pidfd)

    def install(self, pid: int, image: bytes, *, cookie: int = 0,
                replace: int | None = None, take: bool = False,
                image_len: int | None = None) -> Installed:
        """Verify and install ``image`` for ``pid``; with ``replace``, retire that
        image in the same step (no moment without either).  An entry another
        image holds is EEXIST, unless ``take``: then it moves to this one.

        ``image_len`` is the length told to the kernel (default: the real one);
        only tests of the kernel's size checks lie about it.
        """
        blob = ctypes.create_string_buffer(bytes(image), len(image))
        log = ctypes.create_string_buffer(LOG_BYTES)

        def make(pidfd: int) -> UbInstall:
            return UbInstall(
                pidfd=pidfd,
                flags=(UB_INSTALL_REPLACE if replace is not None else 0)
                | (UB_INSTALL_TAKE if take else 0),
                mm_cookie=cookie,
                image=ctypes.addressof(blob),
                image_len=len(image) if image_len is None else image_len,
                log_len=LOG_BYTES,
                log_buf=ctypes.addressof(log),
                replace_id=replace or 0,
            )

        try:
            arg = self._on_target(pid, cookie, UB_IOC_INSTALL, "UB_IOC_INSTALL", make)
        except DeviceError as e:
            if e.errno != errno.EINVAL or isinstance(e, StaleTarget):
                raise
            reason = log.value.decode(errors="replace").strip()
            raise ImageRejected(reason or "no reason given (is log_buf ignored?)") from None
        return Installed(int(arg.image_id), int(arg.mm_cookie))

    def remove(self, pid: int, image_id: int = 0, cookie: int = 0) -> None:
        """Retire one image of ``pid``'s mm, or all of them (``image_id`` 0)."""
        self._on_target(
            pid, cookie, UB_IOC_REMOVE, "UB_IOC_REMOVE",
            lambda pidfd: UbRemove(pidfd=pidfd, flags=0, mm_cookie=cookie, image_id=image_id),
        )

    def stats(self, pid: int, image_id: int = 0, cookie: int = 0, sites: int = 0) -> Stats:
        """Counters of ``pid``'s mm (or of one image); with ``sites`` > 0 and an image,
        also the exits per exit id (at most ``sites`` of them)."""
        buf = (ctypes.c_uint64 * sites)() if sites > 0 else None
        arg = self._on_target(
            pid, cookie, UB_IOC_STATS, "UB_IOC_STATS",
            lambda pidfd: UbStats(pidfd=pidfd, flags=0, mm_cookie=cookie, image_id=image_id,
                                  nr_sites=sites if buf is not None else 0,
                                  sites=ctypes.addressof(buf) if buf is not None else 0),
        )
        return Stats.from_struct(arg, buf)

    def hot(self, pid: int, cookie: int = 0, room: int = 32) -> HotSites:
        """The identifier's sites of ``pid``'s mm, hottest first.  EPERM (a
        :class:`DeviceError`) also says the process has not opted in."""
        buf = (UbHotSite * room)()
        arg = self._on_target(
            pid, cookie, UB_IOC_HOT, "UB_IOC_HOT",
            lambda pidfd: UbHotQuery(pidfd=pidfd, flags=0, mm_cookie=cookie,
                                     sites=ctypes.addressof(buf), nr_sites=room),
        )
        sites = [HotSite.from_struct(buf[i]) for i in range(min(int(arg.nr_sites), room))]
        return HotSites(int(arg.mm_cookie), int(arg.period), sites)

    def events(self, timeout: float) -> list[Event]:
        """Events queued now, waiting up to ``timeout`` seconds for the first one."""
        poller = select.poll()
        poller.register(self.fd, select.POLLIN)
        if not poller.poll(max(0, int(timeout * 1000))):
            return []
        data = bytearray()
        while True:
            try:
                chunk = os.read(self.fd, _EVENT_SIZE * _READ_EVENTS)
            except BlockingIOError:
                break
            if not chunk:
                break
            data += chunk
        return parse_events(bytes(data))
