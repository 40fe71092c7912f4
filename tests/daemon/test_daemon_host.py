"""ubd's parts that need no bypass kernel: modules, cache, worker, policy, report.

The worker translates code of this very test process (glibc's pread
wrapper, after its ``syscall``), so module identities, bases and symbols
are those of a real process; the lab tests run the whole daemon.
"""

from __future__ import annotations

import concurrent.futures as cf
import ctypes
import dataclasses
import hashlib
import os
import time
import types
from pathlib import Path
from typing import Any

import pytest

from ubypass.abi import EventType, ExitReason, UbImageHdr
from ubypass.bypass.device import Stats
from ubypass.daemon.cache import CacheEntry, TranslationCache, relocate_to, site_key
from ubypass.daemon.modules import Module, ModuleError, ModuleMap, Symbols, module_map
from ubypass.daemon.report import site_table, summary_lines, totals
from ubypass.daemon.server import Daemon, DaemonConfig, _Job
from ubypass.daemon.state import FUSED_SHARE, Policy, Proc, Site, SiteState, fusable, verdict
from ubypass.daemon.worker import run_job
from ubypass.translator.relocate import RelocationError

_SYSCALL = b"\x0f\x05"


def _pread_site() -> tuple[int, Module]:
    """The RIP after the ``syscall`` in this process's glibc pread, and glibc."""
    libc = ctypes.CDLL(None)
    fn = ctypes.cast(libc.pread, ctypes.c_void_p).value
    assert fn is not None
    layout = module_map(os.getpid())
    mod = layout.find(fn)
    code = ctypes.string_at(fn, 256)
    at = code.index(_SYSCALL)
    return fn + at + len(_SYSCALL), mod


def test_module_map_names_files_by_build_id_and_finds_symbols() -> None:
    site, mod = _pread_site()
    assert mod.name.startswith("libc.so")
    assert mod.ident.startswith("build-id:") and len(mod.ident) > 20
    assert mod.base % 4096 == 0 and mod.contains(site)
    name = Symbols().name(module_map(os.getpid()), site)
    assert name.startswith(f"{mod.name}:") and "pread" in name, name
    with pytest.raises(ModuleError):
        ModuleMap([mod]).find(mod.base + mod.extent)


def _entry_of() -> tuple[CacheEntry, Module]:
    site, mod = _pread_site()
    res = run_job(os.getpid(), site, [site], 2000)
    assert not res.error, res.error
    assert res.image and res.addr_relocs and res.symbol.startswith("libc.so")
    assert any(m["ident"] == mod.ident for m in res.modules)
    key = site_key(mod, site, 2000)
    return CacheEntry(key, res.symbol, res.entries, res.modules, res.addr_relocs, res.image,
                      res.insns, res.region), mod


def test_worker_translates_a_live_site_and_the_cache_keeps_it(tmp_path: Path) -> None:
    entry, _ = _entry_of()
    cache = TranslationCache(tmp_path / "c")
    assert cache.get(entry.key) is None
    other = "f" * 64  # another entry of the same image
    cache.put(entry, [entry.key, other])
    assert cache.get(entry.key) == entry and cache.has(other)
    assert cache.get(other) == dataclasses.replace(entry, key=other)
    images = list((tmp_path / "c").glob("*.img"))
    assert len(images) == 1  # stored once, whatever the number of its entries
    # a torn pair (an image that is not the one its name hashes) is a miss
    torn = entry.image[:-1] + bytes([entry.image[-1] ^ 1])
    images[0].write_bytes(torn)
    assert cache.get(entry.key) is None and cache.get(other) is None


def test_a_restarted_cache_prunes_what_no_key_reaches(tmp_path: Path) -> None:
    """A fusion re-points its entries' keys to the fused image: the image it
    replaced is unreachable, and stays on disk until the next daemon start."""
    entry, _ = _entry_of()
    root = tmp_path / "c"
    cache = TranslationCache(root)
    assert cache.pruned == 0
    fused = dataclasses.replace(entry, image=entry.image + b"\0" * 16)
    cache.put(entry, [entry.key, "a" * 64])
    cache.put(fused, [entry.key])  # the fusion takes one of the two keys
    (root / ".tmp-torn").write_bytes(b"half an image")  # a daemon killed mid-write
    again = TranslationCache(root)
    assert again.pruned == 0  # both images are still reached
    assert again.get(entry.key) == fused and again.get("a" * 64) == dataclasses.replace(
        entry, key="a" * 64)
    assert not (root / ".tmp-torn").exists()
    cache.put(fused, ["a" * 64])  # now nothing reaches the first image
    again = TranslationCache(root)
    assert again.pruned == 1
    assert sorted(p.name for p in root.iterdir()) == sorted(
        [f"{entry.key}.ref", f"{'a' * 64}.ref",
         *(f"{hashlib.sha256(fused.image).hexdigest()}{x}" for x in (".img", ".json"))])
    assert again.get(entry.key) == fused
    cache.forget(hashlib.sha256(fused.image).hexdigest())  # the kernel caught it
    again = TranslationCache(root)
    assert again.pruned == 0 and list(root.iterdir()) == []  # its keys could only miss


def test_relocate_to_moves_every_module_or_refuses(tmp_path: Path) -> None:
    entry, _ = _entry_of()
    here = ModuleMap([Module(m["ident"], m["path"], m["base"], m["extent"])
                      for m in entry.modules])
    assert entry.region
    image, entries, region = relocate_to(entry, here)
    assert image == entry.image and entries == entry.entries  # same layout: as it was
    assert region == entry.region
    delta = 0x40_0000_0000
    moved_map = ModuleMap([Module(m.ident, m.path, m.base - delta, m.extent)
                           for m in here.modules])
    moved, moved_entries, moved_region = relocate_to(entry, moved_map)
    assert moved != entry.image and len(moved) == len(entry.image)
    assert moved_entries == [e - delta for e in entry.entries]
    assert moved_region == [r - delta for r in entry.region]
    # every embedded user address moved by the module's delta
    code_off = UbImageHdr.from_buffer_copy(moved).code_off
    for off, value in entry.addr_relocs:
        at = code_off + off
        assert int.from_bytes(moved[at:at + 8], "little") == value - delta
    with pytest.raises((ModuleError, RelocationError)):
        relocate_to(entry, ModuleMap([]))  # the library is not mapped there


def test_site_key_depends_on_file_offset_not_address() -> None:
    m1 = Module("build-id:ab", "/lib/x.so", 0x7F00_0000_0000, 0x10000)
    m2 = Module("build-id:ab", "/lib/x.so", 0x7E00_0000_0000, 0x10000)
    assert site_key(m1, m1.base + 0x123, 100) == site_key(m2, m2.base + 0x123, 100)
    assert site_key(m1, m1.base + 0x123, 100) != site_key(m1, m1.base + 0x124, 100)
    other = Module("build-id:cd", "/lib/x.so", m1.base, m1.extent)
    assert site_key(m1, m1.base + 0x123, 100) != site_key(other, other.base + 0x123, 100)


def _stats(runs: int, chained: int, hops: int = 0, **exits: int) -> Stats:
    ex = dict.fromkeys(ExitReason, 0)
    for name, n in exits.items():
        ex[ExitReason[name.upper()]] = n
    return Stats(runs, chained, ex, 1, 7, hops=hops)


def test_policy_removes_sites_that_do_not_chain_and_says_why() -> None:
    pol = Policy()
    site = Site(7, 100, 0x1000, 17, state=SiteState.INSTALLED)
    site.counts = _stats(pol.min_runs - 1, 0, end=pol.min_runs - 1)
    assert verdict(site, pol, site.counts) == ""  # too early to say
    site.counts = _stats(1000, 2000, syscall=1000)
    assert verdict(site, pol, site.counts) == ""  # pays
    assert verdict(site, pol, None) == ""  # no counters of the process yet
    site.counts = _stats(1000, 100, end=900, syscall=100)
    why = verdict(site, pol, site.counts)
    assert why.startswith("does not pay: its process chains 0.10 syscalls per entry")
    assert "end 90%" in why
    # its runs hop into other sites' images, which chain: the process pays.
    # Hops are continuations, not entries: 1000 entries that hop on and
    # chain 600 syscalls pay ...
    site.counts = _stats(1000, 0, miss=1000)
    assert verdict(site, pol, _stats(3000, 600, hops=2000)) == ""
    # ... and chaining 300 does not, whatever the number of runs
    assert "chains 0.30 syscalls" in verdict(site, pol, _stats(3000, 300, hops=2000))
    assert verdict(site, pol, _stats(3000, 300, hops=2000), busy=True) == ""  # translating
    # runs while the last growth was translated do not count once it landed
    site.judged_from = (1000, 0)
    assert verdict(site, pol, _stats(1100, 0)) == ""  # too few entries since
    assert verdict(site, pol, _stats(3000, 990, hops=1000)) == ""  # 0.99 per entry since


def test_report_totals_and_table() -> None:
    proc = Proc(7, 100, "prog", 1, translations=1, cache_hits=2)
    s = Site(7, 100, 0x1000, 17, symbol="prog:loop+0x1a", state=SiteState.INSTALLED)
    s.counts = _stats(10, 30, syscall=10)
    proc.sites[s.rip] = s
    rep = {"processes": [proc.to_json()]}
    tot = totals(rep)
    assert tot["runs"] == 10 and tot["chained"] == 30 and tot["exits"]["syscall"] == 10
    assert tot["translations"] == 1 and tot["cache_hits"] == 2 and tot["sites"] == 1
    assert "30 syscalls chained" in summary_lines(rep)[0]
    assert site_table(rep).row_count == 1


def test_a_non_pie_executable_has_load_bias_zero(tmp_path: Path) -> None:
    """Static, non-PIE programs (the benchmarks) map at their link addresses."""
    import subprocess

    src = tmp_path / "spin.c"
    src.write_text("#include <unistd.h>\nint main(void) { for (;;) pause(); }\n")
    exe = tmp_path / "spin"
    subprocess.run(["gcc", "-O2", "-static", "-no-pie", "-o", str(exe), str(src)], check=True)
    p = subprocess.Popen([str(exe)])
    try:
        import time

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            mods = [m for m in module_map(p.pid).modules if m.path == str(exe)]
            if mods:
                break
            time.sleep(0.05)
        assert len(mods) == 1
        mod = mods[0]
        assert mod.base == 0 and mod.lo == 0x400000 and mod.contains(0x401000)
        assert not mod.contains(0x3FF000)
        out = subprocess.run(["nm", str(exe)], capture_output=True, text=True, check=True)
        main = next(int(ln.split()[0], 16) for ln in out.stdout.splitlines()
                    if ln.endswith(" main"))
        assert Symbols().name(module_map(p.pid), main + 3) == "spin:main+0x3"
    finally:
        p.kill()
        p.wait()


def _syscall_return(name: str) -> int:
    libc = ctypes.CDLL(None)
    fn = ctypes.cast(getattr(libc, name), ctypes.c_void_p).value
    assert fn is not None
    return fn + ctypes.string_at(fn, 256).index(_SYSCALL) + len(_SYSCALL)


def test_a_fused_translation_runs_exactly_the_code_of_the_images_it_fuses() -> None:
    a, b = _syscall_return("pread"), _syscall_return("pwrite")
    one = run_job(os.getpid(), a, [a], 2000)
    two = run_job(os.getpid(), b, [b], 2000)
    assert not one.error and not two.error
    fused = run_job(os.getpid(), a, sorted({*one.entries, *two.entries}), 20000,
                    fuse=[(one.entries, 2000, []), (two.entries, 2000, two.region)])
    assert not fused.error, fused.error
    assert {a, b} <= set(fused.entries)
    # no more code than the two had (shared code once), none they did not have
    assert max(one.insns, two.insns) <= fused.insns <= one.insns + two.insns
    assert set(fused.region) == set(one.region) | set(two.region)
    # A fused image fused again keeps all it ran.  Found again from its
    # entries under a cap, the code of earlier growths beyond the cap was
    # lost at every fusion (Redis's grew back, forever).
    again = run_job(os.getpid(), a, fused.entries, 20000,
                    fuse=[(fused.entries, 1, fused.region)])  # under any cap
    assert not again.error and again.region == fused.region


def test_a_fusion_walks_only_its_own_site_and_images_without_a_region(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding each growth's code again under its cap made a fusion of
    Redis's ~30 growths walk ~120,000 instructions (minutes under TCG):
    an image whose region is known is taken as it is."""
    import ubypass.daemon.worker as worker

    a, b = _syscall_return("pread"), _syscall_return("pwrite")
    one, two = run_job(os.getpid(), a, [a], 2000), run_job(os.getpid(), b, [b], 2000)
    walked: list[list[int]] = []
    real = worker.discover

    def counting(source: Any, entries: list[int], cap: int) -> Any:
        walked.append(sorted(entries))
        return real(source, entries, cap)

    monkeypatch.setattr(worker, "discover", counting)
    fused = run_job(os.getpid(), a, sorted({*one.entries, *two.entries}), 20000,
                    fuse=[(one.entries, 2000, one.region), (two.entries, 2000, two.region),
                          ([b], 2000, [])])
    assert not fused.error, fused.error
    assert walked == [sorted(one.entries), [b]]  # the site's own, and the one without
    assert set(fused.region) == set(one.region) | set(two.region)


def test_the_vdso_is_a_module_and_its_code_translates() -> None:
    layout = module_map(os.getpid())
    vdso = next(m for m in layout.modules if m.path == "[vdso]")
    assert vdso.ident.startswith("vdso:") and vdso.lo < 0  # spans [vvar] below it
    libc = ctypes.CDLL(None)
    fn = ctypes.cast(libc.clock_gettime, ctypes.c_void_p).value
    assert fn is not None and not vdso.contains(fn)  # glibc's wrapper calls into it
    # the vDSO's own clock_gettime: its ELF's dynamic symbol, at its load bias
    from io import BytesIO

    from elftools.elf.elffile import ELFFile

    with open(f"/proc/{os.getpid()}/mem", "rb", buffering=0) as f:
        f.seek(vdso.base)
        elf = ELFFile(BytesIO(f.read(vdso.extent)))
    dynsym = elf.get_section_by_name(".dynsym")
    entry = vdso.base + next(s["st_value"] for s in dynsym.iter_symbols()
                             if s.name == "__vdso_clock_gettime")
    res = run_job(os.getpid(), entry, [entry], 2000)
    assert not res.error, res.error
    assert res.insns > 10 and any(m["path"] == "[vdso]" for m in res.modules)


def test_fusion_under_steady_growth_waits_for_half_of_what_it_fused() -> None:
    """The translation work of every fusion stays within a small multiple of
    the last one's, however long growth goes on (it never goes quiet under
    steady load); what waits when growth is over is fused."""
    ubd = object.__new__(Daemon)  # the policy's arithmetic, no device
    ubd.policy, ubd.jobs = Policy(), []
    proc = Proc(7, 100, "prog", 1)
    root = Site(7, 100, 0x1000, 17, state=SiteState.INSTALLED, grown_at=1e18)
    proc.sites[root.rip] = root
    fused_at = []
    for growth in range(1, ubd.policy.max_growths + 1):
        root.growths = growth
        if ubd._fuse_due(proc, root) and root.fusions < ubd.policy.max_fusions:
            fused_at.append(growth)
            root.fused_growths, root.fusions = growth, root.fusions + 1
    assert fused_at == [16, 32, 48, 72, 108, 162, 243, 256]  # the last: the cap
    # a short quiet spell fuses early growth, not a few growths on top of many
    root.growths, root.fused_growths = 100, 60
    root.grown_at = time.monotonic() - 3 * ubd.policy.fuse_quiet_s
    assert ubd._fuse_due(proc, root)  # 40 wait, half of 60 is 30
    root.fused_growths = 90
    assert not ubd._fuse_due(proc, root)  # 10 wait, 45 needed
    root.grown_at = time.monotonic() - 20 * ubd.policy.fuse_quiet_s
    assert ubd._fuse_due(proc, root)  # growth is over: fuse what waits
    root.fusions = ubd.policy.max_fusions
    assert not ubd._fuse_due(proc, root)


def test_a_process_that_hops_fuses_its_last_growths() -> None:
    """Late growth is slow (a few images a minute) and never reaches half of
    what was fused, while each hot growth costs every request a hop in and
    one back: measured hops per entry fuse what waits, spaced by twice the
    last fusion's translation time."""
    ubd = object.__new__(Daemon)
    ubd.policy, ubd.jobs = Policy(), []
    proc = Proc(7, 100, "prog", 1)
    now = time.monotonic()
    root = Site(7, 100, 0x1000, 17, state=SiteState.INSTALLED, grown_at=now,
                growths=103, fused_growths=100, fusions=5, fused_at=now - 100, fuse_s=30,
                fused_from=(1000, 50))

    def live(runs_from_syscalls: int, hopped: int) -> Stats:
        runs = runs_from_syscalls + hopped
        return Stats(runs, 0, dict.fromkeys(ExitReason, 0), 2, 7, hops=hopped)

    proc.live = live(1000 + 4000, 50 + 2 * 4000)  # two hops per request since
    assert ubd._fuse_due(proc, root)
    proc.live = live(1000 + 4000, 50 + 400)  # one request in ten hops: not worth it
    assert not ubd._fuse_due(proc, root)
    proc.live = live(1000 + 100, 50 + 200)  # too few runs to tell
    assert not ubd._fuse_due(proc, root)
    proc.live = live(1000 + 4000, 50 + 2 * 4000)
    root.fused_at = now - 50  # within twice the last fusion's 30 s
    assert not ubd._fuse_due(proc, root)
    root.fused_at, root.fused_growths = now - 100, 103  # nothing waits
    assert not ubd._fuse_due(proc, root)


def test_a_growth_still_translated_when_a_fusion_starts_waits_for_the_next() -> None:
    """libcloop's write grew while its root was being fused (the growth
    landed 0.5 s after the fusion started): counted as fused, nothing was
    left waiting and its hops went on for good."""
    ubd = object.__new__(Daemon)
    ubd.policy, ubd.jobs, ubd.counters = Policy(), [], {"translations": 0}
    ubd.config = DaemonConfig(Path("/nonexistent"), Path("/nonexistent"))
    proc = Proc(7, 100, "prog", 1)
    root = Site(7, 100, 0x1000, 17, state=SiteState.INSTALLED, entries=[0x1000], growths=7)
    late = Site(7, 100, 0x2000, 0, parent=root.rip, busy=True)
    done = Site(7, 100, 0x3000, 0, parent=root.rip, state=SiteState.INSTALLED,
                entries=[0x3000])
    proc.sites = {s.rip: s for s in (root, late, done)}
    ubd._submit = lambda *a, **k: None  # type: ignore[method-assign]
    ubd.fuse(proc, root)
    assert root.fusions == 1 and root.fused_growths == 6  # the late one waits
    root.grown_at = time.monotonic() - 20 * ubd.policy.fuse_quiet_s
    assert not ubd._fuse_due(proc, root)  # nothing landed: a fusion would add nothing
    late.busy, late.state, late.entries = False, SiteState.INSTALLED, [late.rip]
    assert ubd._fuse_due(proc, root)  # it landed and growth is over: it is fused


def test_a_fusion_takes_the_most_run_images_that_fit_the_kernels_limit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Redis's fused root grew to 4.03 MB of the kernel's 4 MiB: the next
    three fusions (200-238 entries, minutes of translation each) were
    refused as too big while SET hopped between growth images.  A fusion
    now takes in the most run images that fit, and none when none does."""
    import ubypass.daemon.server as server

    def site(rip: int, size: int, runs: int) -> Site:
        return Site(7, 100, rip, 0, parent=0x1000, state=SiteState.INSTALLED, entries=[rip],
                    image_bytes=size, counts=Stats(runs, 0, {}, 1, 7))

    root = Site(7, 100, 0x1000, 17, state=SiteState.INSTALLED, entries=[0x1000],
                image_bytes=600, growths=4)
    cold, hot, big, warm = (site(0x2000, 100, 5), site(0x3000, 100, 900),
                            site(0x4000, 500, 800), site(0x5000, 150, 50))
    cap = int(1000 / FUSED_SHARE) + 1  # room for 400 bytes beside the root
    assert fusable(root, [cold, hot, big, warm], cap) == [hot, warm, cold]
    assert fusable(root, [cold, hot, big, warm], 0) == [cold, hot, big, warm]

    ubd = object.__new__(Daemon)
    ubd.policy, ubd.jobs, ubd.counters = Policy(), [], {"translations": 0}
    ubd.config = DaemonConfig(Path("/nonexistent"), Path("/nonexistent"))
    submitted: list[list[int]] = []
    ubd._submit = lambda _s, entries, **_k: submitted.append(entries)  # type: ignore[method-assign]
    proc = Proc(7, 100, "prog", 1)
    proc.sites = {s.rip: s for s in (root, cold, hot, big, warm)}
    monkeypatch.setattr(server, "_image_cap", lambda: cap)
    ubd.fuse(proc, root)
    assert submitted == [[0x1000, 0x2000, 0x3000, 0x5000]] and root.fusions == 1
    root.image_bytes = cap  # the root alone fills the limit: nothing to fuse
    ubd.fuse(proc, root)
    assert len(submitted) == 1 and root.fusions == 1 and root.fused_growths == 4


def test_a_growth_being_translated_is_not_fused_before_it_lands() -> None:
    """The micro-benchmark's first growth took 27 s to translate under TCG;
    meanwhile the root was fused nine times, each into what it already ran,
    spending nine of its sixteen fusions before any growth had landed."""
    ubd = object.__new__(Daemon)
    ubd.policy, ubd.jobs = Policy(), []
    proc = Proc(7, 100, "prog", 1)
    root = Site(7, 100, 0x1000, 17, state=SiteState.INSTALLED, entries=[0x1000], growths=1)
    growth = Site(7, 100, 0x2000, 0, parent=root.rip, busy=True)
    proc.sites = {s.rip: s for s in (root, growth)}
    assert not ubd._fuse_due(proc, root)  # never grown_at: "quiet" forever, still not
    growth.busy, growth.state, growth.entries = False, SiteState.INSTALLED, [growth.rip]
    assert ubd._fuse_due(proc, root)


def test_pending_says_what_ubd_will_still_do_unasked() -> None:
    """A benchmark measures a process once nothing is pending: each item here is
    an image swap still to come (a translation's install, a fusion)."""
    ubd = object.__new__(Daemon)
    ubd.policy, ubd.jobs = Policy(), []
    proc = Proc(7, 100, "prog", 1)
    root = Site(7, 100, 0x1000, 17, symbol="loop", state=SiteState.INSTALLED, growths=5,
                fused_growths=3)
    late = Site(7, 100, 0x2000, 0, parent=root.rip, symbol="f", busy=True)
    proc.sites = {s.rip: s for s in (root, late)}
    assert ubd.pending(proc) == ["translating f", "2 growths of loop to fuse"]
    late.busy, root.fused_growths = False, 5
    assert ubd.pending(proc) == []
    root.fused_growths, root.fusions = 3, ubd.policy.max_fusions  # none left: never fused
    assert ubd.pending(proc) == []
    root.fusions, root.state = 1, SiteState.REMOVED  # removed sites are not fused
    assert ubd.pending(proc) == []


def test_a_fused_image_the_kernel_refuses_leaves_the_site_running(tmp_path: Path) -> None:
    """A fusion replaces a live image: if the kernel will not take the fused
    one (too big, say), the old image still runs and the site must say so,
    keep its entries (they are what the kernel holds) and fuse again later;
    the refused image is not cached for the next process."""
    import concurrent.futures as cf

    from ubypass.bypass.device import ImageRejected
    from ubypass.daemon.server import _Job
    from ubypass.daemon.worker import JobResult

    class Refusing:
        def install(self, *_a: object, **_k: object) -> None:
            raise ImageRejected("image larger than max_image_bytes")

    ubd = object.__new__(Daemon)
    ubd.policy, ubd.dev, ubd.counters = Policy(), Refusing(), {"translations": 0}
    ubd.cache = TranslationCache(tmp_path / "c")
    root = Site(7, 100, 0x1000, 17, state=SiteState.INSTALLED, entries=[0x1000],
                insns=50, image_id=3, live_image=3, growths=20)
    ubd.procs = {7: Proc(7, 100, "prog", 1, sites={root.rip: root})}
    done: cf.Future[JobResult] = cf.Future()
    done.set_result(JobResult(100, [0x1000, 0x2000], image=b"x", insns=90,
                              modules=[{"ident": "m", "path": "/p", "base": 0,
                                        "extent": 1 << 20}]))
    ubd.jobs = [_Job(root, done, fusion=True)]
    ubd._reap_jobs()
    assert root.state == SiteState.INSTALLED and root.live_image == 3
    assert (root.entries, root.insns) == ([0x1000], 50)
    assert list((tmp_path / "c").iterdir()) == []


def test_an_image_the_kernel_caught_faulting_unsafely_never_runs_again(tmp_path: Path) -> None:
    """UB_EV_UNSAFE (a fault at a kernel address, or outside the fault map):
    the image is removed, its site refused, and the cache no longer gives
    it to the next process under any of its keys."""
    from ubypass.bypass.device import Event

    class Recording:
        def __init__(self) -> None:
            self.removed: list[tuple[int, int, int]] = []

        def remove(self, tgid: int, image_id: int, cookie: int) -> None:
            self.removed.append((tgid, image_id, cookie))

    ubd = object.__new__(Daemon)
    dev = Recording()
    ubd.policy, ubd.dev = Policy(), dev
    ubd.counters = {"unsafe": 0, "refused": 0}
    ubd.cache = TranslationCache(tmp_path / "c")
    image = b"\x90" * 32
    entry = CacheEntry("k1", "f", [0x1000, 0x2000], [], [], image, 2)
    ubd.cache.put(entry, ["k1", "k2"])
    assert ubd.cache.get("k2") is not None
    site = Site(7, 100, 0x1000, 17, state=SiteState.INSTALLED, image_id=3, live_image=3,
                image_sha=hashlib.sha256(image).hexdigest(), symbol="f")
    ubd.procs = {7: Proc(7, 100, "prog", 1, sites={site.rip: site})}
    ubd.handle(Event(EventType.UNSAFE, 100, 7, 3, 0x1004, 0xffff888000000000))
    assert dev.removed == [(100, 3, 7)]
    assert site.state == SiteState.REFUSED and "translator bug" in site.why
    assert site.live_image == 0 and ubd.counters["unsafe"] == 1
    assert ubd.cache.get("k1") is None and ubd.cache.get("k2") is None


def test_a_process_that_dies_while_translated_is_gone_not_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """CI (session 11): a killed process's translation failed reading its
    maps ("cannot read its mappings") and the site was refused, and a
    growth still translating when a program exited stayed "translating" in
    its ``ub run`` report.  Both are the process being gone."""
    import subprocess

    from ubypass.bypass.device import Event
    from ubypass.daemon import worker
    from ubypass.daemon.worker import JobResult

    child = subprocess.Popen(["sleep", "30"])
    # what ProcessSource read before the process died
    monkeypatch.setattr(worker, "ProcessSource",
                        lambda _pid: types.SimpleNamespace(segments=[object()]))
    child.kill()
    child.wait()
    res = run_job(child.pid, 0x1000, [0x1000], 100)  # module_map finds no maps now
    assert res.gone and not res.image, res

    ubd = object.__new__(Daemon)
    ubd.policy, ubd.counters = Policy(), {"refused": 0}
    growth = Site(7, 100, 0x2000, 0, parent=0x1000, state=SiteState.TRANSLATING, busy=True)
    root = Site(7, 100, 0x1000, 17, state=SiteState.INSTALLED, growths=1)
    proc = Proc(7, 100, "prog", 1, sites={0x1000: root, 0x2000: growth})
    ubd.procs = {7: proc}
    ubd.handle(Event(EventType.GONE, 100, 7, 0, 0, 0))
    assert growth.state == SiteState.GONE and root.state == SiteState.GONE
    done: cf.Future[JobResult] = cf.Future()
    done.set_result(JobResult(100, [0x2000], "cannot translate: pid 100: no maps"))
    ubd.jobs = [_Job(growth, done, False)]
    ubd._reap_jobs()
    assert growth.state == SiteState.GONE and not growth.busy  # not refused
    assert ubd.counters["refused"] == 0


def test_translation_workers_run_below_the_programs_they_translate_for() -> None:
    """ubd's workers must leave a busy server its CPU (session 9: two workers
    at nice 0 took both lab vCPUs from Redis and its client)."""
    import os

    from ubypass.daemon.worker import WORKER_NICE

    ubd = object.__new__(Daemon)
    ubd.config = DaemonConfig(Path("/nonexistent"), Path("/nonexistent"), workers=1)
    ubd._pool = None
    try:
        assert ubd._pool_get().submit(os.nice, 0).result(timeout=60) == \
            max(WORKER_NICE, os.nice(0))
    finally:
        ubd._pool_get().shutdown()
    assert os.nice(0) < WORKER_NICE  # the daemon itself is not lowered
