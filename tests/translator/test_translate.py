"""Whole translations: the image, the fault map and the SFI rules, read back."""

from __future__ import annotations

import ctypes
import time

import pytest
from iced_x86 import Decoder, Instruction, OpKind

from ubypass import abi
from ubypass.translator import ElfSource, translate
from ubypass.translator.image import validate
from ubypass.translator.validate import validate_image

FUNCS = [
    "t_switch",
    "t_loop",
    "t_fib",
    "t_varargs",
    "t_struct",
    "t_canary",
    "t_setjmp",
    "t_indirect",
    "t_rep_movsb_down",
    "t_rep_stosq",
    "t_repne_scasb",
    "t_adc_chain",
    "t_leave",
    "t_loop_insn",
    "t_push_mem",
    "t_syscall_getpid",
]
LIBC = [
    "memcpy",
    "memmove",
    "memset",
    "strlen",
    "strchr",
    "memcmp",
    "strcmp",
    "read",
    "write",
    "pread64",
]


def _libc_addr(name: str) -> int:
    value = ctypes.cast(getattr(ctypes.CDLL(None), name), ctypes.c_void_p).value
    assert value is not None
    return value


def _image_tables(image: bytes) -> tuple[abi.UbImageHdr, list[abi.UbFault], list[abi.UbReloc]]:
    h = abi.UbImageHdr.from_buffer_copy(image)
    faults = [abi.UbFault.from_buffer_copy(image, h.fault_off + 40 * i) for i in range(h.nr_faults)]
    relocs = [abi.UbReloc.from_buffer_copy(image, h.reloc_off + 8 * i) for i in range(h.nr_relocs)]
    return h, faults, relocs


@pytest.mark.parametrize("name", ["t_canary", "t_indirect", "t_rep_movsb_down"])
def test_image_tables(elf: ElfSource, name: str) -> None:
    t = translate(elf, [elf.symbol(name)])
    validate(t.image)
    h, faults, relocs = _image_tables(t.image)
    code = t.image[h.code_off : h.code_off + h.code_size]
    assert code == t.code
    assert h.text_start <= elf.symbol(name) < h.text_end
    for r in relocs:  # each relocation is the rel32 of a `jmp` to UB_SYM_EXIT
        assert code[r.code_off - 1] == 0xE9 and r.type == abi.RelocType.REL32
    for f in faults:  # each fault entry is an instruction touching memory
        ins: Instruction = Decoder(64, code[f.code_off :], ip=f.code_off).decode()
        kinds = {ins.op_kind(i) for i in range(ins.op_count)}
        assert OpKind.MEMORY in kinds or ins.is_string_instruction or "div" in str(ins), ins
        assert f.user_rip in t.original
        assert all(v == 0 or v >= abi.UB_LOC_SPILL_BASE for v in f.loc)


def test_fs_operand_uses_frame_fs_base(elf: ElfSource) -> None:
    t = translate(elf, [elf.symbol("t_canary")])
    text = t.listing()
    assert "fs:[28h]" in text  # the canary load in the original
    assert "[rsp+8]" in text  # ... reads frame.fs_base in the translation
    assert "fs:" not in "".join(str(i) for i in Decoder(64, t.code))


def test_no_indirect_branch_for_indirect_call(elf: ElfSource) -> None:
    t = translate(elf, [elf.symbol("t_indirect")])
    assert (0, abi.ExitReason.MISS) in t.exits
    assert all(
        not i.is_call_near_indirect and not i.is_jmp_near_indirect for i in Decoder(64, t.code)
    )


def test_listing_shows_original_translation_and_ends(elf: ElfSource) -> None:
    f = elf.symbol("t_hlt")
    text = translate(elf, [f]).listing()
    assert f"{f:#x}" in text and "add rax,1" in text
    assert "END: privileged instruction hlt" in text


def test_translation_speed() -> None:
    """10,000 instructions of libc; the target is 0.5 s, the test allows slack."""
    libc = ElfSource("/usr/lib/x86_64-linux-gnu/libc.so.6", 0x7F00_0000_0000)
    entries = [libc.symbol(n) for n in ("printf", "malloc", "qsort", "fopen", "strtod")]
    start = time.perf_counter()
    t = translate(libc, entries, max_insns=10000)
    elapsed = time.perf_counter() - start
    assert t.stats.insns == 10000
    assert elapsed < 3.0, elapsed


class _Bytes:
    """Hand-assembled code at a fixed address (CodeSource protocol)."""

    def __init__(self, addr: int, code: bytes) -> None:
        self.addr, self.code = addr, code

    def read(self, addr: int, size: int) -> bytes:
        from ubypass.translator import NotTranslatable

        off = addr - self.addr
        if off < 0 or off + size > len(self.code):
            raise NotTranslatable(f"{addr:#x} outside the test code")
        return self.code[off : off + size]


def test_high_byte_register_gets_a_rex_free_scratch() -> None:
    # mov ah, [rdi+8] ; mov [rsi+rdx*2+4], bh ; ret
    t = translate(_Bytes(0x400000, bytes.fromhex("8a6708 887c5604 c3")), [0x400000])
    assert t.stats.insns == 3
    validate_image(t.image)
