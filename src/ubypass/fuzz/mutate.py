"""Mutant images, each a pure function of ``(bases, seed, index)``.

A base is a real translation (see :mod:`.seeds`).  :func:`mutant` picks a
kind and a base from a generator seeded with ``(seed, index)`` only, so the
same seed, index and bases give the same bytes on any machine, in any order:
a run can stop anywhere and resume at the next index.

Kinds (each really changes what its name says, or falls back to ``flip``
when the base has nothing of the kind; ``Mutant.kind`` is what was done):

- ``flip``: XOR 1-8 bytes (mostly in the code) with non-zero values;
- ``drop_check``: NOP out one (sometimes every) ``cmp r64, [rsp+ADDR_LIMIT];
  jae`` pair: the access after it runs unchecked;
- ``retarget``: rewrite a direct branch's relative field to land elsewhere
  (another instruction, the middle of one, outside the code);
- ``disp``: change a memory operand's displacement (small steps, page and
  guard-sized steps, random);
- ``header``: set a header field (offsets, counts, sizes, text range, magic...)
  to an edge value;
- ``table``: set a field of one entry/exit/fault/reloc/range element to an
  edge value;
- ``random``: a structurally valid image (entries at the base's sites, its
  exits and ranges) around random code bytes, spliced base code, random
  relocations and fault entries.
"""

from __future__ import annotations

import itertools
import random
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ubypass import abi
from ubypass.fuzz.layout import HDR_FIELDS, TABLES, Insn, Layout, decode

__all__ = ["KINDS", "Base", "Mutant", "check_pairs", "mutant", "rng"]

#: Mutation kinds and their weights.
KINDS: dict[str, int] = {
    "flip": 5, "drop_check": 3, "retarget": 3, "disp": 3, "header": 2, "table": 3, "random": 1,
}

_FMT = {1: "<B", 2: "<H", 4: "<I", 8: "<Q"}
_NOP = 0x90
_KERNEL_ADDRS = (0xFFFF_8880_0000_0000, 0xFFFF_FFFF_8100_0000, 0xFFFF_8000_0000_0000)


@dataclass(frozen=True)
class Base:
    """A real image to mutate: a name (what it was translated from) and its bytes."""

    name: str
    blob: bytes


@dataclass
class Mutant:
    """One fuzz input: the bytes and how they were made."""

    seed: int
    index: int
    kind: str
    base: str
    blob: bytes
    detail: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"seed": self.seed, "index": self.index, "kind": self.kind, "base": self.base,
                "size": len(self.blob), "detail": self.detail}


def rng(seed: int, index: int, what: str = "image") -> random.Random:
    """The generator of input ``index`` of ``seed`` (a str seed: stable everywhere)."""
    return random.Random(f"ubfuzz:{what}:{seed}:{index}")


def _edge(r: random.Random, size: int, old: int, total: int) -> int:
    mask = (1 << (8 * size)) - 1
    choices = [0, 1, old + 1, old - 1, old + 8, old - 8, mask, mask >> 1, (mask >> 1) + 1,
               r.getrandbits(8 * size)]
    if size >= 4:
        choices += [total, total - 1, total + 8, 16, 0x1000, old * 2, old + 0x1000]
    if size == 8:
        choices += [*_KERNEL_ADDRS, 1 << 47, (1 << 47) - 1, (1 << 47) - 0x1000, old + 0x1000,
                    old - 0x1000, 1 << 63]
    for _ in range(8):
        value = r.choice(choices) & mask
        if value != old:
            return value
    return (old + 1) & mask


def _put(blob: bytearray, off: int, size: int, value: int) -> None:
    struct.pack_into(_FMT[size], blob, off, value)


def _get(blob: bytes | bytearray, off: int, size: int) -> int:
    return int(struct.unpack_from(_FMT[size], blob, off)[0])


def _free(insn: Insn, relocs: Sequence[tuple[int, int]]) -> bool:
    """The instruction overlaps no relocated field (the loader would rewrite it)."""
    return all(insn.off + insn.length <= lo or hi <= insn.off for lo, hi in relocs)


def check_pairs(insns: Sequence[Insn]) -> list[tuple[Insn, Insn]]:
    """Every ``cmp r64, [rsp+ADDR_LIMIT]`` directly followed by ``jae``."""
    from iced_x86 import Code, Register

    jae = (Code.JAE_REL8_64, Code.JAE_REL32_64)
    return [(a, b) for a, b in itertools.pairwise(insns)
            if a.code == Code.CMP_R64_RM64 and a.mem_base == Register.RSP
            and a.mem_disp == abi.UB_FRAME_ADDR_LIMIT and b.code in jae]


def _flip(r: random.Random, blob: bytearray, lay: Layout) -> dict[str, Any]:
    lo, hi = lay.code_range
    if hi <= lo or r.random() < 0.3:
        lo, hi = 0, len(blob)
    flips = []
    for _ in range(r.randint(1, 8)):
        off = r.randrange(lo, hi)
        x = r.randint(1, 255)
        blob[off] ^= x
        flips.append([off, x])
    # two flips of one byte may cancel: make sure the image changed
    return {"flips": flips}


def _drop_check(r: random.Random, blob: bytearray, lay: Layout,
                insns: list[Insn]) -> dict[str, Any] | None:
    relocs = lay.reloc_fields(bytes(blob))
    pairs = [(a, b) for a, b in check_pairs(insns) if _free(a, relocs) and _free(b, relocs)]
    if not pairs:
        return None
    chosen = pairs if r.random() < 0.15 else [r.choice(pairs)]
    base = lay.code_range[0]
    for a, b in chosen:
        blob[base + a.off : base + b.off + b.length] = bytes([_NOP]) * (b.off + b.length - a.off)
    return {"dropped": [a.off for a, _ in chosen], "of": len(pairs)}


def _retarget(r: random.Random, blob: bytearray, lay: Layout,
              insns: list[Insn]) -> dict[str, Any] | None:
    relocs = lay.reloc_fields(bytes(blob))
    branches = [i for i in insns if i.branch_size and _free(i, relocs)]
    if not branches:
        return None
    ins = r.choice(branches)
    end = ins.off + ins.length
    size = lay.hdr.code_size
    starts = [i.off for i in insns]
    for _ in range(16):
        how = r.choice(("insn", "insn", "mid", "outside", "random"))
        if how == "insn":
            target = r.choice(starts)
        elif how == "mid":
            target = r.randrange(0, max(size, 1))
        elif how == "outside":
            target = r.choice((-1, -16, size, size + 1, size + 4096, -4096))
        else:
            target = end + r.randint(-(1 << 31), (1 << 31) - 1)
        rel = target - end
        limit = 1 << (8 * ins.branch_size - 1)
        if -limit <= rel < limit and target != ins.branch:
            off = lay.code_range[0] + end - ins.branch_size
            _put(blob, off, ins.branch_size, rel & ((1 << (8 * ins.branch_size)) - 1))
            return {"insn": ins.off, "mnemonic": ins.mnemonic, "from": ins.branch,
                    "to": target, "how": how}
    return None


def _disp(r: random.Random, blob: bytearray, lay: Layout,
          insns: list[Insn]) -> dict[str, Any] | None:
    relocs = lay.reloc_fields(bytes(blob))
    cands = [i for i in insns if i.disp_size in (1, 4) and _free(i, relocs)]
    if not cands:
        return None
    ins = r.choice(cands)
    off = lay.code_range[0] + ins.off + ins.disp_off
    size = ins.disp_size
    bits = 8 * size
    old = _get(blob, off, size)
    signed = old - (1 << bits) if old >> (bits - 1) else old
    for _ in range(16):
        new = r.choice((signed + r.choice((-8, -1, 1, 8, 16, -16)), signed + 0x1000,
                        signed - 0x1000, signed + 0x10000, -signed, 0x7FFFFFFF, -0x80000000,
                        r.randint(-(1 << (bits - 1)), (1 << (bits - 1)) - 1)))
        if -(1 << (bits - 1)) <= new < (1 << (bits - 1)) and new != signed:
            _put(blob, off, size, new & ((1 << bits) - 1))
            return {"insn": ins.off, "mnemonic": ins.mnemonic, "from": signed, "to": new}
    return None


def _header(r: random.Random, blob: bytearray, lay: Layout) -> dict[str, Any]:
    name, off, size = r.choice(HDR_FIELDS)
    old = _get(blob, off, size)
    new = _edge(r, size, old, len(blob))
    _put(blob, off, size, new)
    return {"field": name, "from": old, "to": new}


def _table(r: random.Random, blob: bytearray, lay: Layout) -> dict[str, Any] | None:
    names = [n for n in TABLES if lay.table(n)[1] > 0]
    if not names:
        return None
    name = r.choice(names)
    toff, n, esize = lay.table(name)
    i = r.randrange(n)
    struct_t = TABLES[name][2]
    fields = [(f[0], getattr(struct_t, f[0]).offset, getattr(struct_t, f[0]).size)
              for f in struct_t._fields_]
    fname, foff, fsize = r.choice(fields)
    off = toff + i * esize + foff
    if fname == "loc":  # one location byte of a fault entry
        k = r.randrange(abi.UB_NR_LOCS)
        old = blob[off + k]
        blob[off + k] = _edge(r, 1, old, len(blob))
        return {"table": name, "element": i, "field": f"loc[{k}]", "from": old,
                "to": blob[off + k]}
    old = _get(blob, off, fsize)
    new = _edge(r, fsize, old, len(blob))
    _put(blob, off, fsize, new)
    return {"table": name, "element": i, "field": fname, "from": old, "to": new}


def _random(r: random.Random, base: bytes, lay: Layout) -> tuple[bytes, dict[str, Any]]:
    """A valid layout (the base's entries, exits and ranges) around random code."""
    code_len = r.choice((16, 64, 256, 1024, 4096))
    base_code = lay.code(base)
    how = r.choice(("bytes", "splice"))
    if how == "splice" and len(base_code) > 16:
        parts: list[bytes] = []
        while sum(len(p) for p in parts) < code_len:
            a = r.randrange(len(base_code))
            parts.append(base_code[a : a + r.randint(1, 64)])
        code = b"".join(parts)[:code_len]
    else:
        code = r.randbytes(code_len)
    entries = [abi.UbEntry(user_rip=int(e.user_rip), code_off=r.randrange(code_len))
               for e in lay.elements(base, "entry")]
    exits = [abi.UbExit.from_buffer_copy(bytes(x)) for x in lay.elements(base, "exit")]
    relocs = []
    for off in sorted(r.sample(range(0, code_len - 4, 4), min(r.randint(0, 4), code_len // 4 - 1))):
        relocs.append(abi.UbReloc(code_off=off, type=abi.RelocType.REL32, sym=abi.Sym.EXIT))
    faults = []
    rip = int(entries[0].user_rip) if entries else 0
    for off in sorted(r.sample(range(code_len), r.randint(0, 3))):
        f = abi.UbFault(code_off=off, user_rip=rip)
        f.loc[:] = [r.choice((abi.UB_LOC_HOME, abi.UB_LOC_REG_BASE + r.randrange(16),
                              abi.UB_LOC_SPILL_BASE + r.randrange(abi.UB_NR_SPILL)))
                    for _ in range(abi.UB_LOC_FLAGS + 1)] + [0] * (abi.UB_NR_LOCS - 17)
        faults.append(f)
    ranges = [(int(g.start), int(g.end)) for g in lay.elements(base, "range")]
    blob = abi.pack_image(code, (int(lay.hdr.text_start), int(lay.hdr.text_end)), entries,
                          exits, faults, relocs, ranges)
    return blob, {"code": how, "code_size": code_len, "relocs": len(relocs),
                  "faults": len(faults)}


def mutant(bases: Sequence[Base], seed: int, index: int) -> Mutant:
    """Input ``index`` of ``seed``: always the same bytes for the same bases."""
    if not bases:
        raise ValueError("no base images to mutate")
    r = rng(seed, index)
    base = bases[r.randrange(len(bases))]
    kind = r.choices(list(KINDS), weights=list(KINDS.values()))[0]
    lay = Layout.of(base.blob)
    if kind == "random":
        blob, made = _random(r, base.blob, lay)
        return Mutant(seed, index, kind, base.name, blob, made)
    out = bytearray(base.blob)
    detail: dict[str, Any] | None
    if kind in ("drop_check", "retarget", "disp"):
        insns = decode(lay.code(base.blob))
        fn = {"drop_check": _drop_check, "retarget": _retarget, "disp": _disp}[kind]
        detail = fn(r, out, lay, insns)
    elif kind == "header":
        detail = _header(r, out, lay)
    elif kind == "table":
        detail = _table(r, out, lay)
    else:
        detail = None
    if detail is None or bytes(out) == base.blob:
        kind, out = "flip", bytearray(base.blob)
        flips = _flip(r, out, lay)
        while bytes(out) == base.blob:  # the flips cancelled out
            flips["flips"] += _flip(r, out, lay)["flips"]
        detail = flips
    return Mutant(seed, index, kind, base.name, bytes(out), detail)
