"""The pipeline: discover -> liveness -> mangle -> emit -> image.

:func:`translate` is the one entry point the CLI, the host runtime and the
kernel daemon use; growing a region is calling it again with more entries.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import asdict, dataclass, field

from iced_x86 import Decoder, Formatter, FormatterSyntax, Instruction

from ubypass.translator import image as image_mod
from ubypass.translator.emit import emit
from ubypass.translator.isa import Kind
from ubypass.translator.liveness import FLAGS, compute, rflags_mask
from ubypass.translator.mangle import MangleStats, mangle
from ubypass.translator.region import Region, discover
from ubypass.translator.source import CodeSource

__all__ = ["Stats", "Translation", "translate"]

_ALL_ARITH = rflags_mask(FLAGS)


@dataclass
class Stats(MangleStats):
    """What a translation cost: the mangler's counts, and the code's size."""

    code_size: int = 0

    @property
    def growth(self) -> float:
        return self.code_size / self.original_bytes if self.original_bytes else 0.0


@dataclass
class Translation:
    """A complete ABI v1 image plus what a human or the daemon wants to know.

    ``image`` and ``addr_relocs`` are all an install needs, and together
    they are position-independent: every user address in the code is an
    imm64 field listed in ``addr_relocs`` (offset in ``code``, address), and
    the image's tables hold the rest, so :func:`translator.relocate.relocate`
    moves a cached translation to a process whose libraries lie elsewhere.
    The other fields (absolute addresses throughout) are for humans and
    for growing the region.
    """

    image: bytes
    entries: list[int]
    stats: Stats
    ends: list[tuple[int, str]]
    exits: list[tuple[int, int]]  # exit id -> (user rip, reason)
    entry_offsets: dict[int, int]  # user rip -> code offset
    faults: list[tuple[int, int, bytes]]
    code: bytes
    spans: Iterable[tuple[int, int, int]] = field(repr=False)
    original: Mapping[int, str] = field(repr=False)
    #: user rip -> arithmetic flags live before it (RFLAGS bit positions)
    flags_live: Mapping[int, int] = field(default_factory=dict, repr=False)
    #: (offset within ``code`` of an 8-byte little-endian field, the user
    #: address it holds), sorted by offset
    addr_relocs: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def live_flags(self, rip: int) -> int:
        """The arithmetic flags (OF SF ZF AF CF PF, as RFLAGS bits) live before
        the instruction at user RIP ``rip``: all six outside the region.

        At a CHECK exit or fault at ``rip`` only these are the user's; the
        others are dead there and undefined (the mangler's checks clobber
        them without saving).  DF is never clobbered and not included.
        """
        return self.flags_live.get(rip, _ALL_ARITH)

    def listing(self) -> str:
        """Original and translated code side by side, per original instruction."""
        fmt = Formatter(FormatterSyntax.INTEL)
        groups: dict[int, list[str]] = {}
        order: list[int] = []
        for off, length, rip in self.spans:
            ins = Decoder(64, self.code[off : off + length], ip=off).decode()
            if rip not in groups:
                groups[rip] = []
                order.append(rip)
            groups[rip].append(f"{off:6x}  {fmt.format(ins)}")
        ends = dict(self.ends)
        width = 48
        lines = [f"{'original':<{width}} | translated"]
        for rip in order:
            left = f"{rip:#x}  {self.original.get(rip, '(runtime)')}" if rip else "(shared)"
            if rip in ends:
                left += f"   ; END: {ends[rip]}"
            right = groups[rip]
            lines.append(f"{left:<{width}} | {right[0]}")
            lines.extend(f"{'':<{width}} | {r}" for r in right[1:])
        return "\n".join(lines)


class _Original(Mapping[int, str]):
    """User RIP -> the original instruction's text, formatted only when the
    listing asks (formatting a large region costs a tenth of translating it)."""

    def __init__(self, instrs: dict[int, Instruction]) -> None:
        self._instrs = instrs
        self._fmt = Formatter(FormatterSyntax.INTEL)

    def __getitem__(self, rip: int) -> str:
        return self._fmt.format(self._instrs[rip])

    def __iter__(self) -> Iterator[int]:
        return iter(self._instrs)

    def __len__(self) -> int:
        return len(self._instrs)


_PAGE = 4096


def code_ranges(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The user code an image depends on, as few sorted, disjoint ranges.

    The kernel drops an image when any of its ranges may change and accepts
    one only over read-only executable file mappings, so a range must not
    cover what lies between two libraries. Two spans merge when they touch
    or when the gap between them lies in one page: mappings are page-sized,
    so such a gap is in the same mapping as both.
    """
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and (lo <= out[-1][1] or (lo - 1) // _PAGE == (out[-1][1] - 1) // _PAGE):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def translate(source: CodeSource, entries: Sequence[int], *, max_insns: int = 20000,
              within: Set[int] | None = None) -> Translation:
    """Translate the code reachable from ``entries`` into a BTC image.

    The cyclic garbage collector is paused meanwhile: translation allocates
    tens of thousands of objects that live until it returns (no cycles to
    find), and generation-0 passes over them cost a sixth of the time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _translate(source, entries, max_insns, within)
    finally:
        if enabled:
            gc.enable()


def _drop_dead_entries(region: Region) -> None:
    """An entry whose first instruction is not translated would only exit
    where it started: every run of it is pure cost, and after a MISS or END
    exit to it the kernel went on into it again and again (Redis: an image
    at a vDSO rdtscp ran 20 million times a round, each ending where it
    began).  Such entries are left out; if none is left, nothing is."""
    dead = {rip: region.nodes[rip].reason for rip in region.entries
            if region.nodes[rip].kind is Kind.END}
    if not dead:
        return
    region.entries = [rip for rip in region.entries if rip not in dead]
    if not region.entries:
        rip, why = next(iter(dead.items()))
        raise ValueError(f"nothing to translate at {rip:#x}: {why}")


def _translate(source: CodeSource, entries: Sequence[int], max_insns: int,
               within: Set[int] | None) -> Translation:
    region = discover(source, entries, max_insns, within)
    _drop_dead_entries(region)
    live = compute(region)
    mangled = mangle(region, live)
    out = emit(mangled.items)
    entry_rips = sorted(set(region.entries))
    entry_offsets = {rip: out.label_off[mangled.labels[rip].id] for rip in entry_rips}
    translated = [n for n in region.nodes.values() if n.instr is not None]
    # an entry's own byte too: even an entry that only exits depends on it
    spans = [(n.rip, n.rip + n.length) for n in translated]
    ranges = code_ranges(spans + [(rip, rip + 1) for rip in entry_rips])
    exits = [(rip, int(reason)) for rip, reason in mangled.exits.table]
    img = image_mod.build(
        out.code, ranges, list(entry_offsets.items()), exits, out.faults, out.relocs
    )
    original = _Original({n.rip: n.instr for n in translated if n.instr is not None})
    stats = Stats(**asdict(mangled.stats), code_size=len(out.code))
    ends = sorted(mangled.ends)
    return Translation(
        img,
        entry_rips,
        stats,
        ends,
        exits,
        entry_offsets,
        out.faults,
        out.code,
        out.spans,
        original,
        {rip: rflags_mask(live.live_in_at(rip)) for rip in original},
        out.addr_relocs,
    )
