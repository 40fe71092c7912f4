"""``ubd``: the daemon that answers the kernel's hot-syscall identifier.

One root process is the only reader of ``/dev/ub`` events.  Its loop polls
the device, a control socket (``ub run``, ``ub top``) and a pipe that
worker processes' completions write to; translation runs in a process pool,
so a slow region of one program never holds up another's install or the
event queue.  For each event:

- HOT: look the site up in the translation cache (file identity + offset);
  a hit is relocated to the process's layout and installed at once, a miss
  is translated by a worker, installed, and stored;
- MISS: the target gets an image of its own (from the cache or a worker),
  which the kernel goes on into after the MISS exit: growth translates only
  the new code; at most ``max_growths`` per site; once a site's growth has
  been quiet for ``fuse_quiet_s`` (or enough growths wait: ``_fuse_due``), it is
  translated again as one image with every entry of every image of the
  process, over exactly their code, and replaces them (fusion: indirect
  branches between them then dispatch inside the BTC instead of hopping
  through the kernel);
- EARLY: the site is judged now rather than at the next policy tick;
- INVALIDATED / GONE: the final counts are kept for the reports;
- DROPPED: events were lost, so every opted-in process's identifier table is
  read again (UB_IOC_HOT) and hot sites nobody handled are handled.

Every second the policy reads each installed image's counters and removes
the ones that do not pay (:func:`ubypass.daemon.state.verdict`).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import errno
import functools
import hashlib
import json
import logging
import multiprocessing
import os
import select
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ubypass.abi import EventType, ExitReason
from ubypass.bypass.device import (
    DeviceError,
    Event,
    ImageRejected,
    StaleTarget,
    UbDevice,
)
from ubypass.daemon.cache import CacheEntry, TranslationCache, relocate_to, site_key
from ubypass.daemon.modules import Module, ModuleError, Symbols, module_map
from ubypass.daemon.state import (
    Policy,
    Proc,
    Site,
    SiteState,
    entries,
    fusable,
    hops,
    verdict,
)
from ubypass.daemon.worker import JobResult, lower_priority, run_job
from ubypass.translator.image import exit_table
from ubypass.translator.relocate import RelocationError

__all__ = ["Daemon", "DaemonConfig"]

log = logging.getLogger("ubd")

_TICK_S = 1.0
_FAST_POLL_S = 0.05  # counters after an install, until the first chained syscall
_FAST_POLL_FOR_S = 10.0
_MAX_LINE = 1 << 16
_GROWTH_CAP_DIVISOR = 5
_KEEP_GONE_S = 600.0  # how long `ub top` still shows a process that is gone
_SETTLED_QUIETS = 10  # growth quiet this many fuse_quiet_s is over
_FUSE_SPACING = 2.0  # a fusion waits this many times the last one's translation time
_STALL_S = 5.0  # a loop step this long is logged: no request is served meanwhile
_MAX_IMAGE_KNOB = Path("/proc/sys/kernel/ub/max_image_bytes")
_REPORT_LAG_S = 3.0  # the kernel re-reports a hot site every hot_report_ms (2 s)


@dataclass
class DaemonConfig:
    socket_path: Path
    cache_dir: Path
    workers: int = 2
    max_insns: int = 20000
    policy: Policy = field(default_factory=Policy)


@dataclass
class _Job:
    site: Site
    future: cf.Future[JobResult]
    fusion: bool = False


def _ppid(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return 0


def _comm(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


def _image_cap() -> int:
    """The kernel's max_image_bytes (0 where there is no such knob)."""
    try:
        return int(_MAX_IMAGE_KNOB.read_text())
    except (OSError, ValueError):
        return 0


class Daemon:
    def __init__(self, config: DaemonConfig, device: UbDevice) -> None:
        self.config = config
        self.policy = config.policy
        self.dev = device
        self.cache = TranslationCache(config.cache_dir)
        self.symbols = Symbols()
        self.procs: dict[int, Proc] = {}  # by mm cookie
        self.roots: dict[int, float] = {}  # watched `ub run` pid -> its start time
        self.jobs: list[_Job] = []
        self.counters = {"events": 0, "translations": 0, "cache_hits": 0, "installs": 0,
                         "refused": 0, "removed": 0, "rescans": 0, "lost_events": 0,
                         "stalls": 0, "unsafe": 0}
        self._pool: cf.ProcessPoolExecutor | None = None
        self._wake_r, self._wake_w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self._clients: dict[int, tuple[socket.socket, bytearray]] = {}
        self._next_tick = 0.0
        self._fast_until = 0.0
        self._rescan_due = False
        self._listener = self._listen(config.socket_path)

    # --- plumbing -------------------------------------------------------------

    @staticmethod
    def _listen(path: Path) -> socket.socket:
        path.parent.mkdir(parents=True, exist_ok=True)
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(str(path))
        except OSError:
            pass  # nobody there: a stale socket file at most
        else:
            probe.close()
            raise RuntimeError(f"another ubd is serving {path}")
        probe.close()
        if path.exists():
            path.unlink()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        old = os.umask(0o077)
        try:
            sock.bind(str(path))
        finally:
            os.umask(old)
        sock.listen(16)
        sock.setblocking(False)
        return sock

    def _pool_get(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            self._pool = cf.ProcessPoolExecutor(
                max_workers=self.config.workers, mp_context=multiprocessing.get_context("fork"),
                initializer=lower_priority)
        return self._pool

    def _max_insns(self, site: Site) -> int:
        """A MISS target's region runs from the target to the next syscalls: a
        fraction of a hot site's cap, so a jump into a large library function
        does not translate its cold paths too."""
        cap = self.config.max_insns
        return max(1, cap // _GROWTH_CAP_DIVISOR) if site.parent else cap

    def _submit(self, site: Site, entries: list[int],
                 fuse: list[tuple[list[int], int, list[int]]] | None = None) -> None:
        job = functools.partial(run_job, site.tgid, site.rip, entries, self._max_insns(site),
                                fuse or [])
        try:
            fut = self._pool_get().submit(job)
        except cf.BrokenExecutor:
            self._pool = None
            fut = self._pool_get().submit(job)
        site.busy = True
        fut.add_done_callback(lambda _f: os.write(self._wake_w, b"."))
        self.jobs.append(_Job(site, fut, fuse is not None))
        self.counters["translations"] += 1

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._listener.close()
        with contextlib.suppress(OSError):
            self.config.socket_path.unlink()

    # --- the loop -------------------------------------------------------------

    def run(self) -> None:
        log.info("ubd %d: serving %s, cache %s (%d unreachable images pruned), %d workers",
                 os.getpid(), self.config.socket_path, self.config.cache_dir,
                 self.cache.pruned, self.config.workers)
        self.rescan()
        poller = select.poll()
        poller.register(self.dev.fd, select.POLLIN)
        poller.register(self._listener.fileno(), select.POLLIN)
        poller.register(self._wake_r, select.POLLIN)
        while True:
            now = time.monotonic()
            timeout = max(0.0, min(self._next_deadline(now) - now, _TICK_S))
            for fd, _ev in poller.poll(int(timeout * 1000) + 1):
                if fd == self.dev.fd:
                    self._timed("events", self.drain_events)
                elif fd == self._listener.fileno():
                    self._accept(poller)
                elif fd == self._wake_r:
                    self._drain_wake()
                elif fd in self._clients:
                    self._timed("a request", self._serve, fd, poller)
            self._timed("landing translations", self._reap_jobs)
            self._timed("timers", self._timers)

    def _timed(self, what: str, step: Callable[..., None], *args: Any) -> None:
        """One step of the loop; a long one is logged and counted, since
        clients (``ub top``, ``ub run``) wait for the loop meanwhile."""
        t0 = time.monotonic()
        step(*args)
        spent = time.monotonic() - t0
        if spent > _STALL_S:
            self.counters["stalls"] += 1
            log.warning("%s kept the loop %.1f s", what, spent)

    def _next_deadline(self, now: float) -> float:
        if now < self._fast_until:
            return min(self._next_tick, now + _FAST_POLL_S)
        return self._next_tick

    def _drain_wake(self) -> None:
        try:
            while os.read(self._wake_r, 512):
                pass
        except BlockingIOError:
            pass

    def drain_events(self) -> None:
        for ev in self.dev.events(0):
            self.counters["events"] += 1
            try:
                self.handle(ev)
            except DeviceError as e:
                log.warning("event %s: %s", ev, e)

    # --- events ---------------------------------------------------------------

    def _proc(self, cookie: int, tgid: int) -> Proc:
        proc = self.procs.get(cookie)
        if proc is None:
            proc = Proc(cookie, tgid, _comm(tgid), self._root_of(tgid))
            self.procs[cookie] = proc
        return proc

    def _root_of(self, pid: int) -> int:
        seen = 0
        while pid > 1 and seen < 64:
            if pid in self.roots:
                return pid
            pid = _ppid(pid)
            seen += 1
        return 0

    def _site_of_image(self, cookie: int, image_id: int) -> Site | None:
        proc = self.procs.get(cookie)
        if proc is None:
            return None
        for s in proc.sites.values():
            if s.image_id == image_id:
                return s
        return None

    def handle(self, ev: Event) -> None:
        kind = ev.type
        if kind == EventType.HOT:
            self.on_hot(ev.mm_cookie, ev.tgid, ev.rip, ev.nr, ev.gap_mean_ns)
        elif kind == EventType.MISS:
            site = self._site_of_image(ev.mm_cookie, ev.image_id)
            if site is not None:
                self.on_miss(site, ev.rip)
        elif kind == EventType.EARLY:
            site = self._site_of_image(ev.mm_cookie, ev.image_id)
            if site is not None:
                self._judge(site)
        elif kind == EventType.INVALIDATED:
            site = self._site_of_image(ev.mm_cookie, ev.image_id)
            if site is not None:
                site.counts = ev.counts
                site.live_image = 0
                site.state = SiteState.DROPPED
                site.why = "the kernel dropped the image: its code may have changed"
        elif kind == EventType.GONE:
            proc = self.procs.get(ev.mm_cookie)
            if proc is not None:
                proc.gone = True
                proc.gone_at = time.time()
                proc.totals = ev.counts
                for s in proc.sites.values():  # a translation still running is moot
                    if s.state in (SiteState.INSTALLED, SiteState.DROPPED, SiteState.HOT,
                                   SiteState.TRANSLATING):
                        s.state = SiteState.GONE
                        s.why = "the process exited or exec'd"
        elif kind == EventType.UNSAFE:
            site = self._site_of_image(ev.mm_cookie, ev.image_id)
            if site is not None:
                self.on_unsafe(site, ev.rip, ev.aux)
        elif kind == EventType.DROPPED:
            self.counters["lost_events"] += ev.aux
            log.warning("the kernel lost %d events: rescanning", ev.aux)
            self._rescan_due = True  # at the next tick: a flood costs one scan a second

    def on_hot(self, cookie: int, tgid: int, rip: int, nr: int, gap_ns: int) -> None:
        proc = self._proc(cookie, tgid)
        site = proc.sites.get(rip)
        if site is None:
            site = proc.sites[rip] = Site(cookie, tgid, rip, nr, hot_at=time.time(),
                                          gap_mean_ns=gap_ns)
        elif site.state in (SiteState.DROPPED, SiteState.INSTALLED) and not site.busy:
            # hot again, so no image of it runs: reinstall, a bounded number of
            # times; a report queued before the install says nothing of it
            if (site.reinstalls >= self.policy.max_reinstalls
                    or time.time() - site.installed_at < _REPORT_LAG_S):
                return
            site.reinstalls += 1
        elif site.state != SiteState.HOT or site.busy:
            return
        if any(s.busy and not s.parent for s in proc.sites.values()):
            # a site's or a fusion's translation may come out covering it (the
            # kernel reports it again if not); growths, which run without a
            # pause while a program grows, must not starve it
            return
        self.start(proc, site)

    def on_unsafe(self, site: Site, rip: int, addr: int) -> None:
        """The kernel caught the image faulting at a kernel address (or
        outside its fault map, and killed the thread): a translator bug.
        Nothing of it runs again, from the kernel or from the cache."""
        self.counters["unsafe"] += 1
        log.error("pid %d %s: image %d faulted at %#x (user rip %#x): a translator bug; "
                  "removed", site.tgid, site.symbol, site.image_id, addr, rip)
        with contextlib.suppress(DeviceError):
            self.dev.remove(site.tgid, site.image_id, site.cookie)
        self.cache.forget(site.image_sha)
        site.live_image = 0
        self._refuse(site, f"the kernel caught its image faulting at {addr:#x}: "
                           "a translator bug")

    def on_miss(self, site: Site, target: int) -> None:
        """Grow by the code at ``target``: an image of its own, which the kernel
        goes on into after the MISS exit; only the new code is translated."""
        proc = self.procs[site.cookie]
        root = proc.sites.get(site.parent or site.rip, site)
        if target in proc.sites or self._covering(proc, target) is not None:
            return
        if root.growths >= self.policy.max_growths:
            root.why = f"gave up growing after {root.growths} growths"
            return
        root.growths += 1
        log.info("pid %d %s: grows by %#x (growth %d)", site.tgid, root.symbol or hex(root.rip),
                 target, root.growths)
        grown = proc.sites[target] = Site(site.cookie, site.tgid, target, 0,
                                          parent=root.rip, hot_at=time.time())
        self.start(proc, grown)

    def _refuse(self, site: Site, why: str) -> None:
        site.state = SiteState.REFUSED
        site.why = why
        site.busy = False
        self.counters["refused"] += 1
        log.info("pid %d %s: refused: %s", site.tgid, site.symbol or hex(site.rip), why)

    def start(self, proc: Proc, site: Site) -> None:
        """Install ``site`` from the cache, or have it translated."""
        try:
            self.dev.hot(site.tgid, site.cookie, room=1)  # opted in, same mm
            layout = module_map(site.tgid)
            module = layout.find(site.rip)
        except StaleTarget:
            site.state, site.why = SiteState.GONE, "the process exec'd or exited"
            return
        except DeviceError as e:
            if e.errno == errno.ESRCH:
                site.state, site.why = SiteState.GONE, "the process exited"
            else:
                self._refuse(site, str(e))
            return
        except ModuleError as e:
            self._refuse(site, str(e))
            return
        covering = self._covering(proc, site.rip)
        if covering is not None:
            site.symbol = self.symbols.name(layout, site.rip)
            site.state = SiteState.COVERED
            site.why = f"runs in the image of {covering.symbol}"
            return
        site.symbol = site.symbol or self.symbols.name(layout, site.rip)
        site.key = site_key(module, site.rip, self._max_insns(site))
        entry = self.cache.get(site.key)
        if entry is not None:
            try:
                image, entries, region = relocate_to(entry, layout)
            except (ModuleError, RelocationError) as e:
                log.info("cache entry %s unusable here: %s", site.key[:12], e)
            else:
                site.insns, site.entries, site.region = entry.insns, entries, region
                if self._install(site, image):
                    site.cache = "hit"
                    proc.cache_hits += 1
                    self.counters["cache_hits"] += 1
                return
        site.state = SiteState.TRANSLATING
        site.cache = "miss"
        proc.translations += 1
        self._submit(site, [site.rip])

    def _install(self, site: Site, image: bytes, fusion: bool = False) -> bool:
        """Install ``image`` for ``site``, in place of its image if one is live.
        A fused image the kernel will not take leaves the site as it was (its
        images still run): only a site's first image is refused."""
        # The newest image runs an entry other images hold too: it was made
        # with more of the path (a fusion, or a cache entry that was one).
        start = time.perf_counter()
        try:
            try:
                inst = self.dev.install(site.tgid, image, cookie=site.cookie,
                                        replace=site.live_image or None, take=True)
            except DeviceError as e:
                if e.errno != errno.ENOENT or not site.live_image:
                    raise
                inst = self.dev.install(site.tgid, image, cookie=site.cookie,
                                        take=True)  # dropped since
        except StaleTarget:
            site.state, site.why, site.busy = SiteState.GONE, "the process exec'd or exited", False
            return False
        except ImageRejected as e:
            why = f"the kernel refused the image: {e.reason}"
        except DeviceError as e:
            if e.errno in (errno.ESRCH, errno.ENOENT):
                site.state, site.why, site.busy = SiteState.GONE, str(e), False
                return False
            if e.errno == errno.ENOSPC and site.parent:
                self._no_room(site)
                return False
            why = str(e)
        else:
            self._installed(site, image, inst.image_id, time.perf_counter() - start)
            return True
        if fusion:
            log.warning("pid %d %s: not fused: %s", site.tgid, site.symbol, why)
        else:
            self._refuse(site, why)
        return False

    def _installed(self, site: Site, image: bytes, image_id: int, seconds: float) -> None:
        """``seconds``: what the install took, the kernel's verifier and code
        validator included (under the lab's -icount, ms are millions of
        guest instructions: the validator's cost per KiB, issue 10)."""
        site.image_id = site.live_image = image_id
        site.state = SiteState.INSTALLED
        site.exits = exit_table(image)
        site.image_sha = hashlib.sha256(image).hexdigest()
        site.image_bytes = len(image)
        self._growth_landed(site)
        site.why = ""
        site.installed_at = time.time()
        self.counters["installs"] += 1
        self._fast_until = time.monotonic() + _FAST_POLL_FOR_S
        log.info("pid %d %s: image %d installed (%d entries, %d KiB in %.1f ms)", site.tgid,
                 site.symbol, image_id, len(site.entries), len(image) >> 10, seconds * 1e3)

    def _no_room(self, site: Site) -> None:
        """The mm holds ``max_images``: forget the growth (its target is
        reported again) and fuse its root now, which frees the room."""
        proc = self.procs.get(site.cookie)
        root = proc.sites.get(site.parent) if proc else None
        if proc is None or root is None or root.fusions >= self.policy.max_fusions:
            self._refuse(site, "no room for another image (max_images) and no fusion left")
            return
        proc.sites.pop(site.rip, None)
        root.grown_at = 0.0
        log.info("pid %d %s: no room for another image: fusing first", site.tgid,
                 site.symbol)

    def _covering(self, proc: Proc, rip: int) -> Site | None:
        """The site whose image (installed or on its way) has ``rip`` as an entry."""
        for s in proc.sites.values():
            if s.rip != rip and rip in s.entries and (
                    s.state == SiteState.INSTALLED or s.busy):
                return s
        return None

    def _cover(self, site: Site) -> None:
        """Sites that became hot while ``site`` was translated and that its image
        now runs: nothing more to do for them."""
        proc = self.procs.get(site.cookie)
        for other in proc.sites.values() if proc else ():
            if other is not site and other.rip in site.entries and not other.busy and \
                    other.state in (SiteState.HOT, SiteState.TRANSLATING):
                other.state = SiteState.COVERED
                other.why = f"runs in the image of {site.symbol}"
                with contextlib.suppress(ModuleError):
                    other.symbol = self.symbols.name(module_map(other.tgid), other.rip)

    def _store(self, site: Site, res: JobResult, fusion: bool = False) -> None:
        """Cache the image under the key of each of its entries: whichever of a
        loop's sites the kernel reports first in the next process finds it.
        Valid for the binary whatever becomes of this process.  A fused image
        replaces what its entries had: it runs more of the path than any."""
        modules = [Module(**m) for m in res.modules]
        keys = []
        for rip in res.entries:
            mod = next((m for m in modules if m.contains(rip)), None)
            if mod is None:
                continue
            key = site_key(mod, rip, self._max_insns(site))
            if rip != site.rip and not fusion and self.cache.has(key):
                continue  # another site's own (maybe grown) image: keep it
            keys.append(key)
        if keys:
            self.cache.put(CacheEntry(keys[0], site.symbol, res.entries, res.modules,
                                      res.addr_relocs, res.image, res.insns, res.region),
                           keys)

    def _growth_landed(self, site: Site) -> None:
        """The policy judges ``site``'s root on what its process runs from now on."""
        proc = self.procs.get(site.cookie)
        root = proc.sites.get(site.parent) if proc and site.parent else site
        if proc is None or root is None:
            return
        root.grown_at = time.monotonic()
        with contextlib.suppress(DeviceError):  # this moment's, not the last poll's
            proc.live = self.dev.stats(proc.tgid, 0, proc.cookie)
        root.judged_from = entries(proc.live)

    def _reap_jobs(self) -> None:
        done = [j for j in self.jobs if j.future.done()]
        self.jobs = [j for j in self.jobs if not j.future.done()]
        for job in done:
            site = job.site
            site.busy = False
            try:
                res = job.future.result()
            except Exception as e:  # a worker died (killed, out of memory)
                self._pool = None
                res = JobResult(site.tgid, [], f"translation failed: {e!r}")
            site.translate_s += res.seconds
            if res.gone:
                site.state, site.why = SiteState.GONE, res.error
                continue
            if site.state == SiteState.GONE:
                continue  # its process went while it was translated
            if job.fusion:
                site.fused_at, site.fuse_s = time.monotonic(), res.seconds
            if res.error and job.fusion:  # the images it was to replace still run
                log.info("pid %d %s: not fused: %s", site.tgid, site.symbol, res.error)
                continue
            if res.error:
                self._refuse(site, res.error)
                continue
            site.symbol = site.symbol or res.symbol
            before = site.entries, site.insns
            site.entries, site.insns = res.entries, res.insns
            if self._install(site, res.image, job.fusion):
                site.region = res.region
                self._store(site, res, job.fusion)  # only what the kernel took
                self._cover(site)
                if job.fusion:
                    self._fused(site)
            elif job.fusion:
                site.entries, site.insns = before

    # --- fusion ------------------------------------------------------------------

    def _fuse_due(self, proc: Proc, root: Site) -> bool:
        """Growth translations may still run meanwhile (under steady load they
        always do): what lands after the fusion started is fused next time.
        A fusion waits for half as many growths as it will take in again
        (``fuse_every`` at least while growth goes on, one once it is quiet),
        so the translation work of all fusions stays within a small multiple
        of the last one's and early quiet spells do not spend them; once
        growth is over (its cap, or quiet ten times as long) whatever waits
        is fused.  Growth slows down long before it is over, and a few late
        growths on a hot path cost each request two hops: when the process
        hops that much (``_hopping``), whatever waits is fused."""
        pol = self.policy
        # a growth still being translated is in no image a fusion could take
        # in: counted, the root was fused again and again, each time into
        # what it already ran, until the growth landed (nine fusions of sixteen
        # spent in 27 s on the micro-benchmark's first growth)
        waiting = root.growths - root.fused_growths - self._in_flight(proc, root)
        now = time.monotonic()
        quiet = now - root.grown_at
        over = root.growths >= pol.max_growths or quiet >= _SETTLED_QUIETS * pol.fuse_quiet_s
        if over or self._hopping(proc, root, now):
            need = 1
        else:
            need = max(1 if quiet >= pol.fuse_quiet_s else pol.fuse_every,
                       root.fused_growths // 2)
        if (root.parent or root.busy or root.state != SiteState.INSTALLED
                or waiting < need or root.fusions >= pol.max_fusions):
            return False
        return not any(j.fusion and j.site.cookie == proc.cookie for j in self.jobs)

    @staticmethod
    def _in_flight(proc: Proc, root: Site) -> int:
        """Growths of ``root`` still being translated."""
        return sum(1 for s in proc.sites.values() if s.parent == root.rip and s.busy)

    def pending(self, proc: Proc) -> list[str]:
        """What ubd will still do for ``proc`` with no new event from the
        kernel: translations running and growths waiting to be fused (a
        fusion comes for them at the latest once growth is over).  A
        benchmark measures a process only when this is empty, or it times
        the images being swapped under it."""
        out = [f"translating {s.symbol or hex(s.rip)}" for s in proc.sites.values() if s.busy]
        out += [f"{r.growths - r.fused_growths} growths of {r.symbol or hex(r.rip)} to fuse"
                for r in proc.sites.values()
                if not r.parent and r.state == SiteState.INSTALLED
                and r.growths > r.fused_growths and r.fusions < self.policy.max_fusions]
        return out

    def _hopping(self, proc: Proc, root: Site, now: float) -> bool:
        """Whether ``proc`` hops ``fuse_hops_per_entry`` or more per run
        entered from a syscall since ``root``'s last fusion landed, and that
        was long enough ago (twice its translation time: fusions take at
        most a third of a worker)."""
        if not root.fusions or now - root.fused_at < max(self.policy.fuse_quiet_s,
                                                         _FUSE_SPACING * root.fuse_s):
            return False
        runs, hopped = (n - n0 for n, n0 in zip(hops(proc.live), root.fused_from, strict=True))
        return runs >= self.policy.min_runs and hopped >= self.policy.fuse_hops_per_entry * runs

    def fuse(self, proc: Proc, root: Site) -> None:
        """Translate ``root`` again with every entry of every image of the
        process: a request's path crosses the regions of several hot sites
        (epoll_wait's, read's, write's) and what they grew, and between
        images each crossing is a MISS hop through the kernel."""
        installed = [s for s in proc.sites.values()
                     if s is not root and s.state == SiteState.INSTALLED]
        others = fusable(root, installed, _image_cap())
        # a growth still being translated lands after this fusion started:
        # it waits for the next one (counted as fused, it never would); one
        # left out for the image's size stays an image of its own
        root.fused_growths = root.growths - self._in_flight(proc, root)
        if installed and not others:
            log.info("pid %d %s: not fused: no image fits beside it within max_image_bytes",
                     root.tgid, root.symbol)
            return
        root.fusions += 1
        entries = sorted({root.rip, *root.entries, *(s.rip for s in others),
                          *(e for s in others for e in s.entries)})
        left = f", {len(installed) - len(others)} left out for size" \
            if len(others) < len(installed) else ""
        log.info("pid %d %s: fusing %d images (%d entries)%s", root.tgid, root.symbol,
                 len(others) + 1, len(entries), left)
        groups = [(s.entries or [s.rip], self._max_insns(s), s.region)
                  for s in [root, *others]]
        self._submit(root, entries, fuse=groups)

    def _fused(self, root: Site) -> None:
        """The fused image runs what the others did: take them out."""
        proc = self.procs.get(root.cookie)
        if proc is not None:
            with contextlib.suppress(DeviceError):  # what the fused image runs from now on
                proc.live = self.dev.stats(proc.tgid, 0, proc.cookie)
            root.fused_from = hops(proc.live)
        for s in proc.sites.values() if proc else ():
            if s is root or s.state != SiteState.INSTALLED or s.rip not in root.entries:
                continue
            with contextlib.suppress(DeviceError):
                self.dev.remove(s.tgid, s.live_image, s.cookie)
            s.state, s.why, s.live_image = SiteState.COVERED, f"fused into {root.symbol}", 0

    # --- timers: growth and policy -------------------------------------------------

    def _timers(self) -> None:
        now = time.monotonic()
        if now >= self._next_tick or now < self._fast_until:
            self._poll_counters()
        if now >= self._next_tick:
            self._next_tick = now + _TICK_S
            if self._rescan_due:
                self._rescan_due = False
                self.rescan()
            self._prune()
            for proc in self.procs.values():
                for site in list(proc.sites.values()):
                    self._judge(site)
                    if self._fuse_due(proc, site):
                        self.fuse(proc, site)

    def _prune(self) -> None:
        """Forget processes gone for a while that no ``ub run`` waits to report."""
        now = time.time()
        for cookie, proc in list(self.procs.items()):
            if not proc.gone and not os.path.exists(f"/proc/{proc.tgid}"):
                proc.gone, proc.gone_at = True, now  # no image ever: no GONE event
            if proc.gone and proc.root not in self.roots and proc.gone_at < now - _KEEP_GONE_S:
                del self.procs[cookie]

    def _poll_counters(self) -> None:
        for proc in self.procs.values():
            if proc.gone:
                continue
            with contextlib.suppress(DeviceError):  # gone: the GONE event tells
                proc.live = self.dev.stats(proc.tgid, 0, proc.cookie)
            for site in proc.sites.values():
                if site.state != SiteState.INSTALLED:
                    continue
                try:
                    site.counts = self.dev.stats(site.tgid, site.image_id, site.cookie)
                except DeviceError:
                    continue  # gone: the GONE event tells
                if not site.first_chain_at and site.counts.chained:
                    site.first_chain_at = time.time()

    def _find_leaks(self, proc: Proc, top: int = 3) -> None:
        """Name the exits where each live image's runs leave other than by a
        chained syscall (the kernel counts every exit id): what to fix next."""
        try:
            layout = module_map(proc.tgid)
        except ModuleError:
            return
        for site in proc.sites.values():
            if site.state != SiteState.INSTALLED or not site.exits:
                continue
            try:
                st = self.dev.stats(site.tgid, site.image_id, site.cookie, sites=len(site.exits))
            except DeviceError:
                continue
            total = max(sum(st.sites), 1)
            counted = sorted(((n, i) for i, n in enumerate(st.sites)
                              if n and site.exits[i][1] != ExitReason.SYSCALL), reverse=True)
            site.leaks = [f"{ExitReason(site.exits[i][1]).name.lower()}"
                          f"{' at ' + self.symbols.name(layout, rip) if rip else ''}"
                          f" {100 * n // total}%"
                          for n, i in counted[:top] for rip in (site.exits[i][0],)]

    def _judge(self, site: Site) -> None:
        """Remove ``site`` and what it grew if they do not pay (root sites only)."""
        proc = self.procs.get(site.cookie)
        if site.parent:
            site = proc.sites.get(site.parent, site) if proc else site
        if site.state != SiteState.INSTALLED or proc is None:
            return
        busy = any(s.busy for s in proc.sites.values())
        why = verdict(site, self.policy, proc.live, busy)
        if not why:
            return
        for s in [site, *(s for s in proc.sites.values() if s.parent == site.rip)]:
            if s.state != SiteState.INSTALLED:
                continue
            try:
                self.dev.remove(s.tgid, s.image_id, s.cookie)
            except DeviceError:
                continue
            s.state, s.why = SiteState.REMOVED, why if s is site else f"grew {site.symbol}"
            s.live_image = 0
            self.counters["removed"] += 1
        log.info("pid %d %s: removed: %s", site.tgid, site.symbol, why)

    def rescan(self) -> None:
        """Find hot sites the lost events would have named."""
        self.counters["rescans"] += 1
        for name in os.listdir("/proc"):
            if not name.isdigit() or int(name) == os.getpid():
                continue
            pid = int(name)
            try:
                hot = self.dev.hot(pid)
            except DeviceError:
                continue  # not opted in, gone, or a kernel thread
            for s in hot.sites:
                if s.reported:
                    self.on_hot(hot.mm_cookie, pid, s.rip, s.nr, s.gap_mean_ns)

    # --- the control socket ------------------------------------------------------

    def _accept(self, poller: select.poll) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError:
            return
        conn.setblocking(False)
        self._clients[conn.fileno()] = (conn, bytearray())
        poller.register(conn.fileno(), select.POLLIN)

    def _serve(self, fd: int, poller: select.poll) -> None:
        conn, buf = self._clients[fd]
        try:
            data = conn.recv(4096)
        except OSError:
            data = b""
        if not data or len(buf) + len(data) > _MAX_LINE:
            poller.unregister(fd)
            del self._clients[fd]
            conn.close()
            return
        buf += data
        while b"\n" in buf:
            line, _, rest = bytes(buf).partition(b"\n")
            buf[:] = rest
            try:
                reply = self.request(json.loads(line))
            except (ValueError, KeyError, TypeError) as e:
                reply = {"ok": False, "error": f"bad request: {e}"}
            try:
                conn.setblocking(True)
                conn.sendall(json.dumps(reply).encode() + b"\n")
                conn.setblocking(False)
            except OSError:
                pass

    def request(self, req: dict[str, Any]) -> dict[str, Any]:
        op = req["op"]
        if op == "ping":
            return {"ok": True, "pid": os.getpid()}
        if op == "watch":
            self.roots[int(req["pid"])] = float(req.get("start", time.time()))
            return {"ok": True}
        if op == "unwatch":
            self.roots.pop(int(req["pid"]), None)
            return {"ok": True}
        if op in ("report", "status"):
            self.drain_events()  # the exit's GONE events are queued by now
            self._poll_counters()
            root = int(req.get("pid", 0))
            procs = [p for p in self.procs.values() if op == "status" or p.root == root]
            for p in procs:
                self._find_leaks(p)
            if op == "report":
                self.roots.pop(root, None)
            return {"ok": True, "daemon": {"pid": os.getpid(), **self.counters,
                                           "jobs": len(self.jobs)},
                    "processes": [{**p.to_json(), "pending": self.pending(p)}
                                  for p in procs]}
        return {"ok": False, "error": f"unknown op {op!r}"}
