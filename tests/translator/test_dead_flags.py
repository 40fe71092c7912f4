"""Checks skip the flags save/restore where no arithmetic flag is live, and
the translation says which flags are live before each instruction."""

from __future__ import annotations

from iced_x86 import Decoder, Mnemonic

from ubypass.translator import Translation, translate
from ubypass.translator.source import NotTranslatable
from ubypass.translator.validate import validate_image

BASE = 0x400000
ALL_ARITH = 0x8D5  # OF SF ZF AF CF PF


class Bytes:
    def __init__(self, code: bytes) -> None:
        self.code = code

    def read(self, addr: int, size: int) -> bytes:
        off = addr - BASE
        if off < 0 or off + size > len(self.code):
            raise NotTranslatable(f"{addr:#x}")
        return self.code[off : off + size]


def mnemonics(t: Translation, rip: int) -> set[int]:
    """What the hot-path translation of the original instruction at ``rip``
    uses (up to the next original instruction's code; not its exit stubs)."""
    spans = sorted(t.spans)
    start = min(off for off, _n, r in spans if r == rip)
    end = min((off for off, _n, r in spans if r != rip and off > start), default=len(t.code))
    return {
        Decoder(64, t.code[off : off + n]).decode().mnemonic
        for off, n, r in spans
        if r == rip and start <= off < end
    }


def test_dead_flags_are_not_saved() -> None:
    # mov eax, [rdi] ; add eax, 1 ; ret
    t = translate(Bytes(bytes.fromhex("8b0783c001c3") + b"\xcc" * 8), [BASE])
    validate_image(t.image)
    assert t.live_flags(BASE) == 0  # add overwrites them all before anything reads
    assert t.live_flags(BASE + 2) == 0
    assert t.live_flags(BASE + 5) == ALL_ARITH  # ret: the caller may read them
    assert t.live_flags(0x1234) == ALL_ARITH  # outside the region
    assert Mnemonic.LAHF not in mnemonics(t, BASE)
    assert Mnemonic.SAHF not in mnemonics(t, BASE)


def test_live_flags_are_saved() -> None:
    # mov eax, [rdi] ; ret: the flags reach the caller
    t = translate(Bytes(bytes.fromhex("8b07c3") + b"\xcc" * 8), [BASE])
    validate_image(t.image)
    assert t.live_flags(BASE) == ALL_ARITH
    assert Mnemonic.LAHF in mnemonics(t, BASE)


def test_partly_live_flags_are_saved() -> None:
    # mov eax, [rdi] ; inc eax ; ret: inc keeps CF, which the caller may read
    t = translate(Bytes(bytes.fromhex("8b07ffc0c3") + b"\xcc" * 8), [BASE])
    assert t.live_flags(BASE) == 0x1  # CF
    assert Mnemonic.LAHF in mnemonics(t, BASE)


def test_back_edge_hands_over_what_the_loop_head_reads() -> None:
    # L: mov eax, [rdi] ; add eax, 1 ; jmp L -- a BUDGET exit at the jmp
    # resumes at L, where add overwrites the flags before anything reads
    # them: dead all round, so no save, and the budget is a flag-clobbering
    # sub/jge rather than the rcx/jrcxz sequence.
    t = translate(Bytes(bytes.fromhex("8b0783c001ebf9") + b"\xcc" * 8), [BASE])
    assert t.live_flags(BASE + 5) == 0
    assert t.live_flags(BASE) == 0
    assert Mnemonic.LAHF not in mnemonics(t, BASE)
    assert Mnemonic.JRCXZ not in {i.mnemonic for i in Decoder(64, t.code)}
    # L: jb out ; mov [rdi], eax ; jmp L ; out: -- the loop head reads CF: the
    # back edge hands it over, so the check before the store saves the flags
    # and the budget stays flag-free.
    t = translate(Bytes(bytes.fromhex("72048907ebfa") + b"\xcc" * 8), [BASE])
    assert t.live_flags(BASE + 2) & 0x1  # CF, read by jb at L
    assert Mnemonic.LAHF in mnemonics(t, BASE + 2)
    assert Mnemonic.JRCXZ in {i.mnemonic for i in Decoder(64, t.code)}
