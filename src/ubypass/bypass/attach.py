"""Attach bypass to a running process: hot sites → translation → ``/dev/ub``.

:func:`attach` is what ``ub attach`` and the benchmarks call.  Entries are
the RIPs just after the ``syscall`` instructions the process keeps
returning to (found by :mod:`hotsite` unless given); the translator reads
the process's code through ``/proc/PID/mem`` and follows it from there to
the next syscalls, so the image covers the whole loop between them.

The kernel accepts only code in file-backed, read-only executable mappings
(the image's range table lists the spans it was made from); sites
elsewhere (or not just after a ``syscall``) are reported as skipped.  An
image may span several mappings (a program and its libc).

:func:`follow` grows an installed image: each MISS event names an indirect
target the image does not know (a return into the caller, a PLT's
``jmp [GOT]`` target); translating again with those targets as extra
entries makes them compare targets, and the new image replaces the old one
atomically.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ubypass.abi import EventType
from ubypass.bypass.device import Installed, UbDevice
from ubypass.bypass.hotsite import HotSite, find_hot_sites
from ubypass.translator import NotTranslatable, ProcessSource, Translation, translate
from ubypass.translator.source import Segment
from ubypass.translator.translate import Stats as TranslatorStats

__all__ = ["AttachError", "Attached", "Plan", "attach", "follow", "plan"]


class AttachError(Exception):
    """Nothing to bypass, or the code cannot be translated."""


@dataclass
class Plan:
    """What :func:`attach` installs: the entries asked for and their translation."""

    pid: int
    requested: list[int]
    translation: Translation
    sites: list[HotSite] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Attached:
    """An installed image: ids for the device, and what was translated."""

    pid: int
    image_id: int
    mm_cookie: int
    requested: list[int]
    entries: list[int]
    stats: TranslatorStats
    image_size: int
    sites: list[HotSite] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    ends: list[tuple[int, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        s = self.stats
        return {
            "pid": self.pid,
            "image_id": self.image_id,
            "mm_cookie": self.mm_cookie,
            "requested": [hex(r) for r in self.requested],
            "entries": [hex(e) for e in self.entries],
            "image_size": self.image_size,
            "translator": {"insns": s.insns, "checks": s.checks, "spills": s.spills,
                           "code_size": s.code_size, "original_bytes": s.original_bytes,
                           "growth": round(s.growth, 3)},
            "sites": [{"rip": hex(h.rip), "count": h.count, "nr": h.nr,
                       "after_syscall": h.after_syscall} for h in self.sites],
            "skipped": [{"rip": hex(r), "why": why} for r, why in self.skipped],
            "ends": [{"rip": hex(r), "why": why} for r, why in self.ends],
        }


def _segment(source: ProcessSource, rip: int) -> Segment | None:
    for seg in source.segments:
        if seg.code and seg.start <= rip < seg.end:
            return seg
    return None


def _choose(source: ProcessSource, sites: Sequence[HotSite]
            ) -> tuple[list[int], list[tuple[int, str]]]:
    """The sites after a ``syscall`` in translatable code, and the rest with why."""
    chosen: list[int] = []
    skipped: list[tuple[int, str]] = []
    for site in sites:
        if not site.after_syscall:
            skipped.append((site.rip, "not after a syscall instruction"))
        elif _segment(source, site.rip) is None:
            skipped.append((site.rip, "not in a file-backed read-only executable mapping"))
        else:
            chosen.append(site.rip)
    return chosen, skipped


def _translate(source: ProcessSource, entries: Sequence[int], max_insns: int) -> Translation:
    try:
        return translate(source, sorted(set(entries)), max_insns=max_insns)
    except (NotTranslatable, ValueError) as e:
        raise AttachError(f"pid {source.pid}: cannot translate: {e}") from None


def plan(pid: int, *, rips: Sequence[int] | None = None, samples: int = 200,
         max_insns: int = 20000, timeout: float = 10.0, tid: int | None = None) -> Plan:
    """Find the entries (unless given) and translate; installs nothing.

    ``tid`` is the thread to sample (default: ``pid`` itself, the main thread).
    """
    sites: list[HotSite] = []
    skipped: list[tuple[int, str]] = []
    source = ProcessSource(pid)
    if rips is None:
        sites = find_hot_sites(tid or pid, samples=samples, timeout=timeout).sites
        chosen, skipped = _choose(source, sites)
        if not chosen:
            raise AttachError(f"pid {pid}: no hot site after a syscall instruction in "
                              f"translatable code (skipped: {skipped})")
    else:
        chosen = list(rips)
        if not chosen:
            raise AttachError("no entry RIPs given")
    return Plan(pid, sorted(set(chosen)), _translate(source, chosen, max_insns), sites, skipped)


def _install(device: UbDevice | None, pid: int, image: bytes, *, cookie: int = 0,
             replace: int | None = None) -> Installed:
    if device is not None:
        return device.install(pid, image, cookie=cookie, replace=replace)
    with UbDevice() as dev:
        return dev.install(pid, image, cookie=cookie, replace=replace)


def _attached(p: Plan, inst: Installed) -> Attached:
    tr = p.translation
    return Attached(p.pid, inst.image_id, inst.mm_cookie, p.requested, list(tr.entries),
                    tr.stats, len(tr.image), p.sites, p.skipped, list(tr.ends))


def attach(pid: int, *, rips: Sequence[int] | None = None, samples: int = 200,
           device: UbDevice | None = None, max_insns: int = 20000,
           tid: int | None = None) -> Attached:
    """Translate the code after ``pid``'s hot syscalls (or after ``rips``) and install it.

    ``tid`` picks the thread to sample in a multi-threaded process; the image
    is for the whole process (its mm) either way.
    """
    p = plan(pid, rips=rips, samples=samples, max_insns=max_insns, tid=tid)
    return _attached(p, _install(device, pid, p.translation.image))


def follow(attached: Attached, device: UbDevice, *, duration: float,
           max_insns: int = 20000, poll: float = 0.5) -> Attached:
    """For ``duration`` seconds, grow the image with the MISS targets the kernel
    reports for it (``ub_event.rip``), replacing it atomically each time;
    return the last one.

    Targets outside translatable code are ignored.  Stops early if the image
    is invalidated.
    """
    source = ProcessSource(attached.pid)
    deadline = time.monotonic() + duration
    while (left := deadline - time.monotonic()) > 0:
        new: set[int] = set()
        for ev in device.events(min(poll, left)):
            if ev.mm_cookie != attached.mm_cookie or ev.image_id != attached.image_id:
                continue
            if ev.type == EventType.INVALIDATED:  # its code changed: nothing to grow
                return attached
            if (ev.type == EventType.MISS and ev.rip not in attached.requested
                    and _segment(source, ev.rip) is not None):
                new.add(ev.rip)
        if not new:
            continue
        requested = sorted(set(attached.requested) | new)
        tr = _translate(source, requested, max_insns)
        inst = device.install(attached.pid, tr.image, cookie=attached.mm_cookie,
                              replace=attached.image_id)
        attached = _attached(Plan(attached.pid, requested, tr, attached.sites,
                                  attached.skipped), inst)
    return attached
