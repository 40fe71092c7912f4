"""Region discovery: what is followed, what becomes an exit, and why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ubypass.translator import ElfSource, translate
from ubypass.translator.isa import Kind
from ubypass.translator.region import discover


def test_switch_jump_table_is_recovered(elf: ElfSource) -> None:
    f = elf.symbol("t_switch")
    region = discover(elf, [f], 20000)
    jumps = [n for n in region.nodes.values() if n.kind is Kind.JMP_IND]
    assert len(jumps) == 1
    table = jumps[0].table
    assert len(table) >= 8  # cases 0..7
    assert all(t in region.nodes and t in region.known for t in table)
    assert all(f <= t < f + 256 for t in table)


def test_syscall_becomes_exit_and_entry(elf: ElfSource) -> None:
    f = elf.symbol("t_syscall_getpid")
    t = translate(elf, [f])
    after = f + 5 + 2  # mov eax, imm32; syscall
    assert (f + 5, "syscall") in t.ends
    assert t.entries == [f, after]
    assert (after, 1) in t.exits  # UB_EXIT_SYSCALL resumes after the syscall


def test_size_limit_ends_region(elf: ElfSource) -> None:
    t = translate(elf, [elf.symbol("t_loop")], max_insns=3)
    assert t.stats.insns == 3
    assert any(why == "size limit" for _rip, why in t.ends)


def test_untranslatable_instructions_end_region(elf: ElfSource) -> None:
    for name, reason in [("t_hlt", "hlt"), ("t_gs", "gs: operand"), ("t_gather", "vector-indexed")]:
        f = elf.symbol(name)
        t = translate(elf, [f])
        assert len(t.ends) == 1, name
        rip, why = t.ends[0]
        assert rip == f + 4 and reason in why, (name, why)  # after `add $1, %rax`
        assert (rip, 5) in t.exits  # UB_EXIT_END before the instruction


def test_direct_calls_are_entered(elf: ElfSource) -> None:
    f = elf.symbol("t_fib")
    region = discover(elf, [f], 20000)
    calls = [n for n in region.nodes.values() if n.kind is Kind.CALL]
    assert calls and all(n.target == f for n in calls)
    assert all(n.fall in region.known for n in calls)  # return sites are lookup targets


def test_growth_adds_entries(elf: ElfSource) -> None:
    f, g = elf.symbol("t_loop"), elf.symbol("t_switch")
    one = translate(elf, [f])
    two = translate(elf, [f, g])
    assert one.entries == [f] and two.entries == sorted([f, g])
    assert two.stats.insns > one.stats.insns


def test_what_the_kernel_validator_refuses_ends_the_region() -> None:
    """An instruction the translator could carry but the kernel's validator
    does not allow made the kernel refuse nginx's whole image: it ends the
    region instead, and the rest of the image runs.  Vector instructions are
    allowed by one table both sides derive (vecops.py), so cvtsi2sd, which
    did that to nginx, is now carried; crc32 of a word (66 f2 0f 38 f1: the
    table leaves out 66 beside an opcode's own prefix) still ends it."""
    from iced_x86 import Code, Instruction, Register

    from ubypass.translator.isa import classify
    from ubypass.translator.validate import ALLOWED

    crc = Instruction.create_reg_reg(Code.CRC32_R32_RM16, Register.EAX, Register.CX)
    assert crc.code not in ALLOWED
    kind, why = classify(crc)
    assert kind is Kind.END and "allowlist" in why
    cvt = Instruction.create_reg_reg(Code.CVTSI2SD_XMM_RM64, Register.XMM0, Register.RAX)
    assert cvt.code in ALLOWED and classify(cvt) == (Kind.PLAIN, "")
    mov = Instruction.create_reg_reg(Code.MOV_R64_RM64, Register.RAX, Register.RBX)
    assert classify(mov) == (Kind.PLAIN, "")
    push = Instruction.create_reg(Code.PUSH_R64, Register.RBX)  # rewritten, not emitted
    assert push.code not in ALLOWED and classify(push) == (Kind.PLAIN, "")


def test_the_profiler_marks_run_natively() -> None:
    """bench/ubprof.h's marks are NOPs a BTC would drop: under the bypass the
    lab profiler's plugin never saw a window open (`ub lab profile` of a
    bypassed pread: 0 instructions in the window).  They end regions."""
    from iced_x86 import Decoder

    from ubypass.translator.isa import classify

    root = Path(__file__).resolve().parents[2]
    header = (root / "bench" / "ubprof.h").read_text()
    marks = re.findall(r'#define UBPROF_\w+_BYTES "\.byte ([0-9a-fx,]+)"', header)
    assert len(marks) == 2
    for mark in marks:
        ins = next(iter(Decoder(64, bytes(int(b, 16) for b in mark.split(",")))))
        assert classify(ins) == (Kind.END, "a lab profiler mark")
    padding = next(iter(Decoder(64, bytes.fromhex("0f1f840000000000"))))
    assert classify(padding)[0] is Kind.PLAIN  # an ordinary long NOP translates


def test_an_entry_at_an_untranslated_instruction_is_left_out(elf: ElfSource) -> None:
    """An entry whose first instruction ends the region would only exit where
    it started; the kernel went on into such an image after every exit to it
    (Redis: 20 million runs a round at a vDSO rdtscp).  Alone it is refused
    with the reason; beside others it is dropped."""
    f = elf.symbol("t_hlt")
    with pytest.raises(ValueError, match=r"nothing to translate at .*hlt"):
        translate(elf, [f + 4])
    t = translate(elf, [f, f + 4])
    assert t.entries == [f]
    assert (f + 4, 5) in t.exits  # f's region still ENDs there
