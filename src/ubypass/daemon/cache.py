"""The translation cache: images on disk, keyed by what they were made from.

A key names a site independently of where it was loaded: the identity of
the file holding the hot return RIP, the RIP's offset in it, the largest
region the translator may build and the translator's own version (a hash
of its source, so a changed translator never gets an old image).  The
value is the image, with the modules it spans (file identity and the base
it was translated at) and the offsets of every user address embedded in
its code, so that :func:`relocate_to` can move it to another process's
layout in milliseconds instead of translating again.  A MISS target's
image is a site of its own here.

An image is stored once, under the hash of its bytes, and each of its
entries' keys refers to it: a loop's sites all find it, and a fused image
with a hundred entries costs one write, not a hundred (ubd's loop writes
it, and nothing else is served meanwhile).  Files are written atomically
(a temporary file renamed into place): a daemon killed mid-write leaves
the old entry or none, never half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from ubypass.daemon.modules import Module, ModuleError, ModuleMap
from ubypass.translator.relocate import RelocationError, relocate

__all__ = ["CacheEntry", "Relocated", "TranslationCache", "relocate_to", "site_key",
           "translator_version"]


@cache
def translator_version() -> str:
    """A hash of the translator's source and the image ABI it emits."""
    import ubypass.abi
    import ubypass.translator

    h = hashlib.sha256()
    files = sorted(Path(ubypass.translator.__file__).parent.glob("*.py"))
    for path in [*files, Path(ubypass.abi.__file__)]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def site_key(module: Module, rip: int, max_insns: int) -> str:
    raw = json.dumps([translator_version(), module.ident, rip - module.base, max_insns])
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass
class CacheEntry:
    """A translated site, relative to the modules it spans."""

    key: str
    symbol: str
    entries: list[int]  # the requested entry RIPs, at the bases below
    modules: list[dict[str, Any]]  # Module fields: ident, path, base, extent, lo
    addr_relocs: list[tuple[int, int]]
    image: bytes
    insns: int
    #: the user instructions the image runs, at the bases above (a fusion
    #: keeps exactly these); empty in entries from before it was kept
    region: list[int] = field(default_factory=list)

    def meta(self) -> dict[str, Any]:
        out = asdict(self)
        del out["image"]
        return out


class Relocated(NamedTuple):
    image: bytes
    entries: list[int]
    region: list[int]


def relocate_to(entry: CacheEntry, layout: ModuleMap) -> Relocated:
    """``entry``'s image, entries and region moved to ``layout``; raises
    ModuleError or RelocationError if a module is missing there (another
    version of a library)."""
    deltas: list[tuple[int, int, int]] = []  # (old base, old end, delta)
    for m in entry.modules:
        now = layout.by_ident(m["ident"])
        if now is None:
            raise ModuleError(f"{os.path.basename(m['path'])} ({m['ident']}) is not mapped")
        deltas.append((m["base"] + m.get("lo", 0), m["base"] + m["extent"],
                       now.base - m["base"]))

    def move(addr: int) -> int:
        for lo, hi, delta in deltas:
            if lo <= addr < hi:
                return addr + delta
        raise RelocationError(f"{addr:#x} is in none of the image's modules")

    if all(d == 0 for _, _, d in deltas):
        return Relocated(entry.image, list(entry.entries), list(entry.region))
    return Relocated(relocate(entry.image, entry.addr_relocs, move),
                     [move(e) for e in entry.entries], [move(r) for r in entry.region])


class TranslationCache:
    """A directory of ``<sha256>.json`` + ``<sha256>.img`` pairs (an image and
    what it was made from) and ``<key>.ref`` files naming one of them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        os.chmod(root, 0o700)
        self.pruned = self.prune()

    def prune(self) -> int:
        """Delete the images no key refers to any more, and what a daemon
        killed mid-write left; how many images went.  A fusion re-points
        its entries' keys to the fused image, so what it replaced stays on
        disk unreachable: a third of a Redis cache (29 of 351 images, 31 of
        94 MB) after four benchmark runs.  Run when nothing else writes."""
        live = set()
        for ref in self.root.glob("*.ref"):
            with contextlib.suppress(OSError):
                digest = ref.read_text().strip()
                if (self.root / f"{digest}.img").exists():
                    live.add(digest)
                else:
                    ref.unlink()  # its image was forgotten: it can only miss
        gone = 0
        for img in self.root.glob("*.img"):
            if img.stem not in live:
                self.forget(img.stem)
                gone += 1
        for tmp in self.root.glob(".tmp-*"):
            tmp.unlink(missing_ok=True)
        for meta in self.root.glob("*.json"):
            if not (self.root / f"{meta.stem}.img").exists():
                meta.unlink(missing_ok=True)
        return gone

    def get(self, key: str) -> CacheEntry | None:
        try:
            digest = (self.root / f"{key}.ref").read_text().strip()
            meta = json.loads((self.root / f"{digest}.json").read_text())
            image = (self.root / f"{digest}.img").read_bytes()
        except (OSError, ValueError):
            return None
        if hashlib.sha256(image).hexdigest() != digest:
            return None  # a torn or foreign pair: translate again
        meta["addr_relocs"] = [tuple(r) for r in meta["addr_relocs"]]
        return CacheEntry(key=key, image=image, **meta)

    def has(self, key: str) -> bool:
        return (self.root / f"{key}.ref").exists()

    def _write(self, path: Path, data: bytes) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise

    def put(self, entry: CacheEntry, keys: list[str]) -> None:
        """``entry``'s image, found under each of ``keys`` from now on."""
        meta = entry.meta()
        del meta["key"]
        digest = hashlib.sha256(entry.image).hexdigest()
        if not (self.root / f"{digest}.json").exists():
            self._write(self.root / f"{digest}.img", entry.image)
            self._write(self.root / f"{digest}.json", json.dumps(meta).encode())
        for key in keys:
            self._write(self.root / f"{key}.ref", digest.encode())

    def forget(self, digest: str) -> None:
        """No key finds the image of SHA-256 ``digest`` any more: the kernel
        caught it doing what it must not (every ref to it then misses and is
        translated again)."""
        for suffix in (".img", ".json"):
            with contextlib.suppress(FileNotFoundError):
                (self.root / f"{digest}{suffix}").unlink()
