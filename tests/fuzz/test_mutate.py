"""The mutators: deterministic per (seed, index), and each kind changes what it says."""

from __future__ import annotations

import ctypes
import struct
from collections import Counter

import pytest

from ubypass import abi
from ubypass.fuzz import ioctls
from ubypass.fuzz.layout import HDR_FIELDS, TABLES, Layout, decode
from ubypass.fuzz.mutate import KINDS, Base, check_pairs, mutant
from ubypass.fuzz.record import Outputs, State, settle_inflight, summarize

N = 400


def _by_kind(bases: list[Base], n: int = N) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i in range(n):
        out.setdefault(mutant(bases, 7, i).kind, []).append(i)
    return out


def test_the_base_is_a_real_translation_with_checks_and_branches(bases: list[Base]) -> None:
    lay = Layout.of(bases[0].blob)
    insns = decode(lay.code(bases[0].blob))
    assert check_pairs(insns), "the translator checks addresses against the frame's limit"
    assert any(i.branch_size for i in insns)
    assert sum(i.length for i in insns) == lay.hdr.code_size  # the sweep covers the code


def test_mutants_are_deterministic_and_differ_from_the_base(bases: list[Base]) -> None:
    for i in range(100):
        a, b = mutant(bases, 3, i), mutant(bases, 3, i)
        assert a.blob == b.blob and a.kind == b.kind and a.detail == b.detail
        assert a.blob != bases[0].blob
    assert mutant(bases, 3, 0).blob != mutant(bases, 4, 0).blob


def test_every_kind_occurs(bases: list[Base]) -> None:
    assert set(_by_kind(bases)) == set(KINDS)


def test_drop_check_removes_a_limit_check(bases: list[Base]) -> None:
    base = bases[0].blob
    before = len(check_pairs(decode(Layout.of(base).code(base))))
    for i in _by_kind(bases)["drop_check"][:20]:
        m = mutant(bases, 7, i)
        after = len(check_pairs(decode(Layout.of(m.blob).code(m.blob))))
        assert after == before - len(m.detail["dropped"])
        assert len(m.blob) == len(base)
        # only code bytes changed
        lo, hi = Layout.of(base).code_range
        assert m.blob[:lo] == base[:lo] and m.blob[hi:] == base[hi:]


def test_retarget_moves_one_branch(bases: list[Base]) -> None:
    for i in _by_kind(bases)["retarget"][:20]:
        m = mutant(bases, 7, i)
        insns = {x.off: x for x in decode(Layout.of(m.blob).code(m.blob))}
        ins = insns.get(m.detail["insn"])
        assert ins is not None and ins.branch == m.detail["to"] != m.detail["from"]


def test_disp_changes_one_displacement(bases: list[Base]) -> None:
    for i in _by_kind(bases)["disp"][:20]:
        m = mutant(bases, 7, i)
        insns = {x.off: x for x in decode(Layout.of(m.blob).code(m.blob))}
        ins = insns[m.detail["insn"]]
        lo = Layout.of(m.blob).code_range[0]
        fmt = "<b" if ins.disp_size == 1 else "<i"
        got = struct.unpack_from(fmt, m.blob, lo + ins.off + ins.disp_off)[0]
        assert got == m.detail["to"] != m.detail["from"]


def test_header_and_table_mutants_set_the_field_they_name(bases: list[Base]) -> None:
    kinds = _by_kind(bases)
    fields = {name: (off, size) for name, off, size in HDR_FIELDS}
    fmt = {1: "<B", 2: "<H", 4: "<I", 8: "<Q"}
    for i in kinds["header"][:20]:
        m = mutant(bases, 7, i)
        off, size = fields[m.detail["field"]]
        assert struct.unpack_from(fmt[size], m.blob, off)[0] == m.detail["to"]
    lay = Layout.of(bases[0].blob)
    for i in kinds["table"][:30]:
        m = mutant(bases, 7, i)
        d = m.detail
        elem = lay.elements(m.blob, d["table"])[d["element"]]
        if d["field"].startswith("loc["):
            assert elem.loc[int(d["field"][4:-1])] == d["to"]
        else:
            assert getattr(elem, d["field"]) == d["to"]
        assert d["table"] in TABLES


def test_random_images_have_a_valid_layout(bases: list[Base]) -> None:
    from ubypass.translator.image import validate

    for i in _by_kind(bases)["random"][:10]:
        m = mutant(bases, 7, i)
        h = abi.UbImageHdr.from_buffer_copy(m.blob)
        assert h.magic == abi.UB_IMAGE_MAGIC and h.total_size == len(m.blob)
        assert h.nr_entries == Layout.of(bases[0].blob).hdr.nr_entries
        validate(m.blob)  # the structural rules every runtime applies


def test_kinds_are_spread(bases: list[Base]) -> None:
    counts = Counter(mutant(bases, 11, i).kind for i in range(N))
    assert all(counts[k] >= 5 for k in KINDS), counts


def test_ioctl_sequences_are_deterministic() -> None:
    assert ioctls.plan(5, 17) == ioctls.plan(5, 17)
    assert ioctls.plan(5, 17) != ioctls.plan(5, 18)
    ops = Counter(op["op"] for i in range(200) for op in ioctls.plan(1, i))
    assert {"install", "remove", "stats", "hot", "raw", "read", "reopen", "poll",
            "write"} <= set(ops)
    # every sequence can be logged as is
    import json

    json.dumps(ioctls.plan(9, 3))


def test_a_run_resumes_where_it_stopped(tmp_path: pytest.TempPathFactory,
                                       bases: list[Base]) -> None:
    out = Outputs(tmp_path)  # type: ignore[arg-type]
    st = State(seed=3, next_image=10, next_ioctl=2)
    st.inflight = {"what": "image", "index": 10, "kind": "flip"}
    m = mutant(bases, 3, 10)
    out.save_image(3, 10, m.blob, "inflight")
    st.save(out.state_path)
    # the guest died with image 10 in flight: it is a finding, the run goes on at 11
    again = State.load(out.state_path)
    assert settle_inflight(out, again, "the guest died", ["Oops"])
    again = State.load(out.state_path)
    assert again.next_image == 11 and again.inflight is None and again.next_ioctl == 2
    assert (out.findings / "3-10.img").read_bytes() == m.blob
    s = summarize(out.records())
    assert s["counts"]["image"] == {"finding": 1}
    assert s["findings"][0]["index"] == 10 and s["findings"][0]["kind"] == "flip"
    # nothing in flight: nothing to settle
    assert not settle_inflight(out, again, "x", None)
    # the same (seed, index) is the same input after a restart
    assert mutant(bases, 3, 11).blob == mutant(list(bases), 3, 11).blob


def test_struct_sizes_match_the_abi() -> None:
    assert ctypes.sizeof(abi.UbImageHdr) == sum(size for _, _, size in HDR_FIELDS)


def test_the_guest_flags_images_the_two_validators_judge_differently(bases: list[Base]) -> None:
    """An image the kernel validated (or refused "code at ...") gets
    validate.py's verdict too; a difference is a finding of ``ub fuzz``."""
    from ubypass.fuzz.guest import _disagreement

    base = bases[0].blob
    assert _disagreement(base, None) == ""  # both accept the translation
    assert "validate.py accepts" in _disagreement(base, "code at 0x10: made up")
    dropped = next(m for i in range(N) if (m := mutant(bases, 7, i)).kind == "drop_check")
    why = _disagreement(dropped.blob, None)  # as if the kernel had run it
    assert why.startswith("validators disagree: kernel accepts, validate.py 0x"), why
    assert _disagreement(dropped.blob, "code at 0x40: its base is not checked") == ""
