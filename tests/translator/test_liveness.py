"""Liveness facts the mangler relies on to pick scratch registers and save flags."""

from __future__ import annotations

from iced_x86 import Decoder

from ubypass.translator.liveness import FLAGS, use_def

RAX, RCX = 1 << 0, 1 << 1
CF = 1 << (16 + 4)
ZF = 1 << (16 + 2)
AF = 1 << (16 + 3)


def ud(hexcode: str) -> tuple[int, int]:
    return use_def(Decoder(64, bytes.fromhex(hexcode)).decode())


def test_32bit_write_kills_whole_register() -> None:
    _use, kill = ud("31c0")  # xor eax, eax
    assert kill & RAX
    assert kill & FLAGS & ZF


def test_partial_write_keeps_register_live() -> None:
    use, kill = ud("0401")  # add al, 1
    assert use & RAX and not kill & RAX


def test_adc_reads_carry() -> None:
    use, _ = ud("4811c8")  # adc rax, rcx
    assert use & CF and use & RAX and use & RCX


def test_shift_by_cl_may_keep_flags() -> None:
    use, kill = ud("48d3e0")  # shl rax, cl
    assert not kill & FLAGS
    assert use & ZF  # a zero count passes the old flags on


def test_imul_undefined_flags_pass_through() -> None:
    use, kill = ud("480fafc1")  # imul rax, rcx
    assert kill & CF  # defined
    assert use & ZF and not kill & ZF  # undefined: some CPUs keep it


def test_logical_ops_clear_af() -> None:
    _, kill = ud("4821c8")  # and rax, rcx
    assert kill & AF


def test_rep_cmps_may_keep_flags() -> None:
    use, kill = ud("f3a6")  # repe cmpsb: rcx = 0 leaves the flags alone
    assert not kill & FLAGS
    assert use & CF and use & ZF
    _, kill = ud("a6")  # cmpsb
    assert kill & CF
