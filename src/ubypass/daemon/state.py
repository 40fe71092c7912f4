"""What the daemon knows of each bypassed process and each of its sites.

Kept apart from the event loop so that reports (``ub run --stats``, ``ub
top``) are plain functions of this state, and so that the policy — which
site pays and which does not — reads as one function.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ubypass.abi import ExitReason
from ubypass.bypass.device import Stats

__all__ = ["Policy", "Proc", "Site", "SiteState", "counts_json", "entries", "sum_counts",
           "verdict"]


class SiteState(StrEnum):
    HOT = "hot"  # reported by the kernel, nothing done yet
    TRANSLATING = "translating"
    INSTALLED = "installed"
    REFUSED = "refused"  # cannot be made safe or cannot be read: runs natively
    REMOVED = "removed"  # the policy took it out: it did not pay
    DROPPED = "dropped"  # the kernel dropped the image (code changed, exit, exec)
    COVERED = "covered"  # an entry of another site's image: runs in that one
    GONE = "gone"  # the process exited or exec'd


@dataclass
class Policy:
    """When an installed site is taken out again.

    A BTC run entered from a syscall's return that chains no syscall (by
    itself or through the runs it hops to) costs an entry and an exit and
    saves nothing, so a site whose such runs chain fewer than
    ``min_chained_per_run`` syscalls on average, once there have been
    ``min_runs`` of them and no growth is under way, is removed.  Runs
    entered by a MISS hop are continuations, not entries: a request's path
    that crosses ten images and chains one syscall pays as well as one
    image that chains it.  A site grows by an image for each MISS
    target, ``max_growths`` at most; the syscalls those chain count for it.
    Each MISS hop between images costs a kernel lookup, while a region whose
    indirect branches know their targets dispatches them inside the BTC: once
    growth settles, the site and what it grew become one image (fusion).
    """

    min_runs: int = 256
    min_chained_per_run: float = 0.5
    max_growths: int = 256
    max_reinstalls: int = 3
    #: a site whose growth has been quiet this long is translated again as one
    #: image with every entry of every image of its process (``fuse``), at
    #: most ``max_fusions`` times
    fuse_quiet_s: float = 2.0
    #: ... or once this many growths wait to be fused; and half as many as
    #: it fused before (a growing path is fused after 16, 32, 48, 72, ...)
    fuse_every: int = 16
    #: ... or, whatever waits, once its process hops this often per run
    #: entered from a syscall (over ``min_runs`` of them since the last
    #: fusion landed): a hot growth costs every request two hops (in and
    #: back), a fused one none; not sooner after the last fusion than twice
    #: the seconds it took to translate
    fuse_hops_per_entry: float = 0.5
    max_fusions: int = 16


@dataclass
class Site:
    cookie: int
    tgid: int
    rip: int
    nr: int  # the syscall it returns from; 0 for a MISS target
    parent: int = 0  # for a MISS target: the RIP of the site it grows
    symbol: str = ""
    state: SiteState = SiteState.HOT
    why: str = ""
    image_id: int = 0  # the last image installed for it
    live_image: int = 0  # that image while the kernel holds it
    entries: list[int] = field(default_factory=list)
    key: str = ""
    cache: str = ""  # "hit" or "miss" for the last install
    growths: int = 0
    fused_growths: int = 0  # growths its image holds as entries (fused)
    fusions: int = 0
    grown_at: float = 0.0  # monotonic time its last growth landed
    #: (entries, chained) of its process when its last growth landed
    #: (:func:`entries`): runs while a growth was translated say nothing of
    #: what it pays
    judged_from: tuple[int, int] = (0, 0)
    fused_at: float = 0.0  # monotonic time its last fusion landed (or failed)
    fuse_s: float = 0.0  # the seconds that fusion's translation took
    #: (entries, hops) of its process when its last fusion landed
    fused_from: tuple[int, int] = (0, 0)
    reinstalls: int = 0
    busy: bool = False  # a translation for it is running
    insns: int = 0
    translate_s: float = 0.0
    counts: Stats | None = None
    hot_at: float = 0.0
    gap_mean_ns: int = 0
    installed_at: float = 0.0
    first_chain_at: float = 0.0
    exits: list[tuple[int, int]] = field(default_factory=list)  # its image's, by exit id
    image_sha: str = ""  # SHA-256 of the image the kernel holds for it (live_image)
    image_bytes: int = 0  # that image's size
    #: the user instructions that image runs; empty if it came from the cache
    region: list[int] = field(default_factory=list)
    #: where its runs end other than at a chained syscall, most first
    leaks: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "rip": hex(self.rip), "symbol": self.symbol or hex(self.rip), "nr": self.nr,
            "grows": hex(self.parent) if self.parent else "",
            "state": self.state.value, "why": self.why, "image_id": self.image_id,
            "cache": self.cache, "growths": self.growths, "insns": self.insns,
            "entries": len(self.entries), "translate_s": round(self.translate_s, 3),
            "gap_mean_ns": self.gap_mean_ns, "hot_at": self.hot_at, "busy": self.busy,
            "installed_at": self.installed_at, "first_chain_at": self.first_chain_at,
            "leaks": self.leaks,
            **counts_json(self.counts),
        }


@dataclass
class Proc:
    cookie: int
    tgid: int
    comm: str
    root: int  # the `ub run` (watch) pid it descends from, 0 if none
    sites: dict[int, Site] = field(default_factory=dict)
    totals: Stats | None = None  # from UB_EV_GONE: exact, retired images included
    live: Stats | None = None  # the mm's counters while it runs, retired images included
    gone: bool = False
    gone_at: float = 0.0
    translations: int = 0
    cache_hits: int = 0

    def counts(self) -> Stats | None:
        if self.totals is not None:
            return self.totals
        return sum_counts(s.counts for s in self.sites.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "tgid": self.tgid, "mm_cookie": self.cookie, "comm": self.comm,
            "gone": self.gone, "translations": self.translations,
            "cache_hits": self.cache_hits, **counts_json(self.counts()),
            "sites": [s.to_json() for s in self.sites.values()],
        }


def sum_counts(items: Any) -> Stats | None:
    out: Stats | None = None
    for c in items:
        if c is None:
            continue
        if out is None:
            out = Stats(0, 0, dict.fromkeys(ExitReason, 0), 0, c.mm_cookie)
        out.runs += c.runs
        out.chained += c.chained
        out.hops += c.hops
        for r, n in c.exits.items():
            out.exits[r] += n
    return out


def counts_json(c: Stats | None) -> dict[str, Any]:
    if c is None:
        return {"runs": 0, "chained": 0, "hops": 0,
                "exits": {r.name.lower(): 0 for r in ExitReason}}
    return {"runs": c.runs, "chained": c.chained, "hops": c.hops,
            "exits": {r.name.lower(): n for r, n in c.exits.items()}}


def entries(c: Stats | None) -> tuple[int, int]:
    """(runs entered from a syscall's return, syscalls chained) in ``c``."""
    return (c.runs - c.hops, c.chained) if c is not None else (0, 0)


def hops(c: Stats | None) -> tuple[int, int]:
    """(runs entered from a syscall's return, MISS and END hops) in ``c``."""
    return (c.runs - c.hops, c.hops) if c is not None else (0, 0)


#: What a fusion may take of the kernel's max_image_bytes in the images it
#: fuses: it holds their code and tables, and one dispatch tree over all of
#: their entries where each had its own.
FUSED_SHARE = 0.9


def fusable(root: Site, others: list[Site], max_bytes: int) -> list[Site]:
    """The images a fusion of ``root`` takes in: the most run first, while
    the fused image stays within ``max_bytes`` (0: no limit).  A fused
    image the kernel refuses as too big costs a whole translation of the
    path for nothing, and the next fusion, with more, is refused too (Redis
    under steady load: a 4 MB root refused three fusions in a row while its
    SET path hopped between 28 growth images)."""
    if not max_bytes:
        return others
    room = int(max_bytes * FUSED_SHARE) - root.image_bytes
    out = []
    for s in sorted(others, key=lambda s: s.counts.runs if s.counts else 0, reverse=True):
        if s.image_bytes <= room:
            out.append(s)
            room -= s.image_bytes
    return out


def verdict(site: Site, policy: Policy, process: Stats | None, busy: bool = False) -> str:
    """Why ``site`` should be removed, or "" if it pays (or it is too early to say).

    ``process`` holds the counters of its whole mm (every image, removed
    ones included).  A request's path hops between the images of several
    sites (epoll_wait's site runs into the image that chains the read), so
    what a site's runs lead to is chained in other images: the syscalls
    chained and the runs entered from a syscall's return are those of the
    process since the site's last growth landed.  Nothing is judged while
    a translation for the process runs (``busy``).
    """
    c = site.counts
    if c is None or process is None or site.busy or busy:
        return ""
    runs, chained = (n - n0 for n, n0 in zip(entries(process), site.judged_from, strict=True))
    if runs < policy.min_runs:
        return ""
    per_run = chained / runs
    if per_run >= policy.min_chained_per_run:
        return ""
    left = sorted(((n, r.name.lower()) for r, n in c.exits.items()
                   if r != ExitReason.SYSCALL and n), reverse=True)
    how = ", ".join(f"{name} {100 * n // max(c.runs, 1)}%" for n, name in left[:3])
    return (f"does not pay: its process chains {per_run:.2f} syscalls per entry from a "
            f"syscall (its own exits: {how or 'none'})")
