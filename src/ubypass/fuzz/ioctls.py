"""Random ioctl sequences against ``/dev/ub``, each a pure function of ``(seed, index)``.

:func:`plan` makes the sequence as data (host-testable, logged as is);
:class:`Executor` runs it in the guest with raw ``ioctl(2)`` calls through
libc, so that it can pass what :class:`~ubypass.bypass.device.UbDevice`
never would: NULL, kernel and unmapped pointers, lying lengths, wrong and
stale cookies, pidfds of processes that did not opt in or are gone, file
descriptors that are not pidfds, unknown flags and ioctl numbers, reads of
odd sizes, closing and reopening openers while events queue up.

Operations (``op``): ``install``, ``remove``, ``stats``, ``hot`` (their
fields say which target, cookie, image, pointers and lengths), ``raw``
(a bad argument pointer or an unknown ioctl number), ``read`` (one opener
reads ``size`` bytes), ``reopen`` (one opener closes and opens again),
``poll`` and ``write``.
"""

from __future__ import annotations

import ctypes
import errno as errno_mod
import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ubypass import abi

__all__ = ["OPENERS", "TARGETS", "Executor", "Op", "plan"]

#: How many openers of /dev/ub a sequence juggles.
OPENERS = 3
#: Who an ioctl names: the opted-in targets, the witness (not opted in), a
#: process that exited, a file descriptor that is no pidfd, a closed one.
TARGETS = ("t0", "t1", "t0", "t1", "witness", "dead", "notpidfd", "badfd")
_POINTERS = ("ok", "ok", "ok", "null", "kernel", "unmapped", "noncanon", "odd")
_COOKIES = ("right", "right", "zero", "zero", "wrong")
Op = dict[str, Any]

_KERNEL_PTR = 0xFFFF_FFFF_8100_0000
_NONCANON_PTR = 0x8000_0000_0000_0000
_UNMAPPED_PTR = 0x10_0000  # never mapped in the guest's Python (below mmap_min... or not)


def _rng(seed: int, index: int) -> random.Random:
    return random.Random(f"ubfuzz:ioctl:{seed}:{index}")


def _u32(r: random.Random) -> int:
    return r.choice((0, 1, 2, 3, 4, 0x80000000, 0xFFFFFFFF, r.getrandbits(32)))


def _image_id(r: random.Random) -> str | int:
    return r.choice(("last", "last", "first", 0, 1, 0xFFFFFFFFFFFFFFFF, r.getrandbits(64)))


def _op(r: random.Random) -> Op:
    kind = r.choices(("install", "remove", "stats", "hot", "raw", "read", "reopen", "poll",
                      "write"), weights=(6, 3, 3, 2, 2, 3, 1, 1, 1))[0]
    common = {"target": r.choice(TARGETS), "cookie": r.choice(_COOKIES),
              "flags": 0 if r.random() < 0.8 else _u32(r)}
    if kind == "install":
        flags = r.choice((0, 0, 0, abi.UB_INSTALL_TAKE, abi.UB_INSTALL_REPLACE,
                          abi.UB_INSTALL_REPLACE | abi.UB_INSTALL_TAKE, _u32(r)))
        return {"op": kind, **common, "flags": flags,
                "image": r.choice(("base", "base", "base", "mutant", "empty_code")),
                "image_ptr": r.choice(_POINTERS),
                "len": r.choice(("right",) * 5 + ("zero", "hdr", "short", "long", "huge")),
                "log": r.choice(("ok", "ok", "none", "null", "kernel", "tiny", "huge_len")),
                "replace": _image_id(r), "mutant": r.getrandbits(31)}
    if kind == "remove":
        return {"op": kind, **common, "image": _image_id(r)}
    if kind in ("stats", "hot"):
        return {"op": kind, **common, "image": _image_id(r),
                "nr_sites": r.choice((0, 1, 4, 64, 4096, 0xFFFFFFFF)),
                "sites_ptr": r.choice(_POINTERS)}
    if kind == "raw":
        nr = r.choice((1, 2, 3, 4, 0, 5, 200))
        return {"op": kind, "nr": nr, "dir": r.choice((0, 1, 2, 3)),
                "size": r.choice(("right", 0, 8, 4096)), "arg": r.choice(_POINTERS[3:])}
    if kind == "read":
        size = r.choice((ctypes.sizeof(abi.UbEvent), 4 * ctypes.sizeof(abi.UbEvent), 1,
                         ctypes.sizeof(abi.UbEvent) - 1, 0, 1 << 20))
        return {"op": kind, "opener": r.randrange(OPENERS), "size": size,
                "buf": r.choice(("ok", "ok", "ok", "null", "kernel"))}
    if kind == "reopen":
        return {"op": kind, "opener": r.randrange(OPENERS)}
    if kind == "poll":
        return {"op": kind, "opener": r.randrange(OPENERS)}
    return {"op": "write", "opener": r.randrange(OPENERS), "size": r.choice((0, 1, 64))}


def plan(seed: int, index: int) -> list[Op]:
    """Sequence ``index`` of ``seed``: 3 to 24 operations."""
    r = _rng(seed, index)
    return [_op(r) for _ in range(r.randint(3, 24))]


# --- running a sequence (in the guest) -------------------------------------------

_libc = ctypes.CDLL(None, use_errno=True)
_libc.ioctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p]
_libc.ioctl.restype = ctypes.c_int
_libc.read.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t]
_libc.read.restype = ctypes.c_ssize_t


def _errno_of(rc: int) -> int:
    return ctypes.get_errno() if rc < 0 else 0


@dataclass
class Executor:
    """Runs planned sequences against live targets.

    ``targets`` maps "t0"/"t1" to opted-in pids, ``witness`` is a live pid
    that did not opt in, ``dead`` a pid that exited; ``bases`` gives an image
    per target name that installs there, ``mutate`` a mutant of it.
    """

    targets: dict[str, int]
    witness: int
    dead_pidfd: int
    bases: dict[str, bytes]
    mutate: Callable[[str, int], bytes]
    openers: list[int] = field(default_factory=list)
    ids: dict[str, list[int]] = field(default_factory=dict)
    cookies: dict[str, int] = field(default_factory=dict)
    _keep: list[Any] = field(default_factory=list)

    def open(self) -> None:
        while len(self.openers) < OPENERS:
            self.openers.append(os.open("/dev/ub", os.O_RDWR | os.O_CLOEXEC | os.O_NONBLOCK))

    def close(self) -> None:
        for fd in self.openers:
            os.close(fd)
        self.openers.clear()

    def _ptr(self, how: str, good: int) -> int:
        return {"ok": good, "null": 0, "kernel": _KERNEL_PTR, "unmapped": _UNMAPPED_PTR,
                "noncanon": _NONCANON_PTR, "odd": good + 1 if good else 1}[how]

    def _buf(self, size: int) -> int:
        buf = ctypes.create_string_buffer(size + 64)  # "odd" pointers go one past
        self._keep.append(buf)
        return ctypes.addressof(buf)

    def _pidfd(self, target: str) -> tuple[int, bool]:
        """A descriptor for ``target`` and whether the caller must close it."""
        if target in self.targets:
            return os.pidfd_open(self.targets[target]), True
        if target == "witness":
            return os.pidfd_open(self.witness), True
        if target == "dead":
            return self.dead_pidfd, False
        if target == "notpidfd":
            return self.openers[0], False
        return 1 << 20, False  # not open

    def _cookie(self, op: Op) -> int:
        how = op["cookie"]
        if how == "zero":
            return 0
        got = self.cookies.get(op["target"], 0)
        return got if how == "right" else (got ^ 0x5A5A) or 12345

    def _id(self, target: str, how: str | int) -> int:
        ids = self.ids.get(target) or [0]
        if how == "last":
            return ids[-1]
        if how == "first":
            return ids[0]
        return int(how)

    def _ioctl(self, fd: int, req: int, arg: int) -> int:
        return _errno_of(_libc.ioctl(fd, req, arg))

    def run(self, ops: Sequence[Op]) -> list[int]:
        """Run ``ops``; each one's errno (0: it worked)."""
        self.open()
        out = []
        for op in ops:
            try:
                out.append(self._one(op))
            finally:
                self._keep.clear()
        return out

    def _one(self, op: Op) -> int:
        kind = op["op"]
        if kind in ("install", "remove", "stats", "hot"):
            pidfd, owned = self._pidfd(op["target"])
            try:
                return int(getattr(self, "_" + kind)(op, pidfd))
            finally:
                if owned:
                    os.close(pidfd)
        if kind == "raw":
            size = op["size"]
            struct_size = ctypes.sizeof(abi.UbInstall) if size == "right" else size
            req = (op["dir"] << 30) | (struct_size << 16) | (abi.UB_IOC_MAGIC << 8) | op["nr"]
            return self._ioctl(self.openers[0], req, self._ptr(op["arg"], 0))
        fd = self.openers[op["opener"]]
        if kind == "read":
            size = op["size"]
            buf = self._ptr(op["buf"], self._buf(size))
            return _errno_of(_libc.read(fd, buf, size))
        if kind == "reopen":
            os.close(fd)
            self.openers[op["opener"]] = os.open("/dev/ub", os.O_RDWR | os.O_CLOEXEC
                                                 | os.O_NONBLOCK)
            return 0
        if kind == "poll":
            import select

            p = select.poll()
            p.register(fd, select.POLLIN)
            p.poll(0)
            return 0
        try:
            os.write(fd, b"\0" * op["size"])
            return 0
        except OSError as e:
            return e.errno or errno_mod.EIO

    def _install(self, op: Op, pidfd: int) -> int:
        target = op["target"]
        name = target if target in self.bases else "t0"
        if op["image"] == "mutant":
            blob = self.mutate(name, op["mutant"])
        elif op["image"] == "empty_code":
            blob = self.bases[name][:ctypes.sizeof(abi.UbImageHdr)]
        else:
            blob = self.bases[name]
        image = ctypes.create_string_buffer(blob, len(blob))
        log = ctypes.create_string_buffer(4096)
        length = {"right": len(blob), "zero": 0, "hdr": ctypes.sizeof(abi.UbImageHdr),
                  "short": max(len(blob) - 8, 0), "long": len(blob) + 4096,
                  "huge": 0xFFFFFFFF}[op["len"]]
        log_len = {"ok": 4096, "none": 0, "null": 4096, "kernel": 4096, "tiny": 1,
                   "huge_len": 0xFFFFFFFF}[op["log"]]
        log_ptr = {"null": 0, "kernel": _KERNEL_PTR}.get(op["log"], ctypes.addressof(log))
        if op["log"] == "huge_len":
            log_ptr = ctypes.addressof(log)  # the kernel must cut to its own maximum
        replace = self._id(target, op["replace"])
        arg = abi.UbInstall(pidfd=pidfd, flags=op["flags"], mm_cookie=self._cookie(op),
                            image=self._ptr(op["image_ptr"], ctypes.addressof(image)),
                            image_len=length, log_len=log_len, log_buf=log_ptr,
                            replace_id=replace)
        err = self._ioctl(self.openers[0], abi.UB_IOC_INSTALL, ctypes.addressof(arg))
        if not err and target in self.targets:
            self.ids.setdefault(target, []).append(int(arg.image_id))
            self.cookies[target] = int(arg.mm_cookie)
        return err

    def _remove(self, op: Op, pidfd: int) -> int:
        arg = abi.UbRemove(pidfd=pidfd, flags=op["flags"], mm_cookie=self._cookie(op),
                           image_id=self._id(op["target"], op["image"]))
        return self._ioctl(self.openers[0], abi.UB_IOC_REMOVE, ctypes.addressof(arg))

    def _stats(self, op: Op, pidfd: int) -> int:
        n = op["nr_sites"]
        buf = self._buf(8 * min(n, 4096))
        arg = abi.UbStats(pidfd=pidfd, flags=op["flags"], mm_cookie=self._cookie(op),
                          image_id=self._id(op["target"], op["image"]), nr_sites=n,
                          sites=self._ptr(op["sites_ptr"], buf))
        err = self._ioctl(self.openers[1], abi.UB_IOC_STATS, ctypes.addressof(arg))
        if not err and op["target"] in self.targets:
            self.cookies[op["target"]] = int(arg.mm_cookie)
        return err

    def _hot(self, op: Op, pidfd: int) -> int:
        n = op["nr_sites"]
        buf = self._buf(ctypes.sizeof(abi.UbHotSite) * min(n, 4096))
        arg = abi.UbHotQuery(pidfd=pidfd, flags=op["flags"], mm_cookie=self._cookie(op),
                             sites=self._ptr(op["sites_ptr"], buf), nr_sites=n)
        return self._ioctl(self.openers[2], abi.UB_IOC_HOT, ctypes.addressof(arg))
