"""The code validator (issue 10): what it proves, from bytes alone.

It must reject what a hostile image could hold -- the three sequences the
issue names, a missing check, a loop that does not pay, a jump into the
middle of an instruction, a rep without its range check -- and accept
everything the translator emits.  Every test runs on both implementations
(``impl``: validate.py, and the kernel's validate.c built for the host).
"""

from __future__ import annotations

import os

import pytest
from iced_x86 import BlockEncoder, Code, Decoder, Instruction, MemoryOperand, Register
from test_translate import FUNCS, LIBC, _libc_addr
from trsupport import Validator

from ubypass import abi
from ubypass.translator import ElfSource, ProcessSource, translate
from ubypass.translator.validate import Rejected

LIMIT = MemoryOperand(Register.RSP, displ=abi.UB_FRAME_ADDR_LIMIT, displ_size=1)
BUDGET = MemoryOperand(Register.RSP, displ=abi.UB_FRAME_BUDGET, displ_size=1)


def _asm(*insns: Instruction) -> tuple[bytes, list[int]]:
    """Encode ``insns`` (branch targets: the ip given to an instruction here,
    1, 2, ...; 0 is the exit) and the offsets of their exit rel32 fields."""
    placed = []
    for n, ins in enumerate(insns, 1):
        ins.ip = n * 0x100
        placed.append(ins)
    exit_jmp = Instruction.create_branch(Code.JMP_REL32_64, 0x100000)
    exit_jmp.ip = 0x100000 - 0x10
    code = BlockEncoder(64)
    code.add_many([*placed, exit_jmp])
    raw = code.encode(0)
    fields = [i.ip + 1 for i in Decoder(64, raw, ip=0)
              if i.code == Code.JMP_REL32_64 and i.near_branch_target >= len(raw)]
    return raw, fields


def _cmp_limit(reg: Register) -> Instruction:
    return Instruction.create_reg_mem(Code.CMP_R64_RM64, reg, LIMIT)


def _checked_load(disp: int, *between: Instruction) -> tuple[bytes, list[int]]:
    """cmp r11, [limit]; jae exit; <between>; mov rax, [r11+disp]; jmp exit."""
    out = len(between) + 4
    return _asm(_cmp_limit(Register.R11), Instruction.create_branch(Code.JAE_REL32_64,
                                                                    out * 0x100),
                *between,
                Instruction.create_reg_mem(Code.MOV_R64_RM64, Register.RAX,
                                           MemoryOperand(Register.R11, displ=disp,
                                                         displ_size=1 if disp else 0)),
                Instruction.create_branch(Code.JMP_REL32_64, 0x100000),
                Instruction.create_branch(Code.JMP_REL32_64, 0x100000))


def test_a_checked_register_reaches_a_page_past_the_check(impl: Validator) -> None:
    impl.code(*_checked_load(0))
    impl.code(*_checked_load(GUARD_MINUS_8 := 4096 - 8))
    with pytest.raises(Rejected, match="leaves the guard"):
        impl.code(*_checked_load(GUARD_MINUS_8 + 1))


def _add(reg: Register, k: int) -> Instruction:
    return Instruction.create_reg_i32(Code.ADD_RM64_IMM32, reg, k)


def _lea_up(reg: Register, k: int) -> Instruction:
    return Instruction.create_reg_mem(Code.LEA_R64_M, reg, MemoryOperand(reg, displ=k,
                                                                         displ_size=8))


@pytest.mark.parametrize("up", [_add, _lea_up])
def test_adds_to_a_checked_register_spend_its_guard(impl: Validator, up: object) -> None:
    """An unrolled loop walks its pointer up from one check: what the adds
    moved it up by comes off what it may reach."""
    assert callable(up)
    impl.code(*_checked_load(0, up(Register.R11, 4096 - 8)))
    impl.code(*_checked_load(8, up(Register.R11, 100), up(Register.R11, 4096 - 116)))
    with pytest.raises(Rejected, match="leaves the guard"):
        impl.code(*_checked_load(0, up(Register.R11, 4096 - 7)))
    with pytest.raises(Rejected, match="leaves the guard"):
        impl.code(*_checked_load(8, up(Register.R11, 100), up(Register.R11, 4096 - 115)))
    with pytest.raises(Rejected, match="not checked"):  # past the whole guard: unchecked
        impl.code(*_checked_load(0, up(Register.R11, 4097)))
    with pytest.raises(Rejected, match="not checked"):  # down is not up
        impl.code(*_checked_load(0, up(Register.R11, -8)))


@pytest.mark.parametrize("why, between", [
    ("not checked", [Instruction.create_reg_i32(Code.ADD_RM32_IMM8, Register.R11D, 1)]),
    ("not checked", [Instruction.create_reg_i32(Code.SUB_RM64_IMM8, Register.R11, -1)]),
    ("not checked", [Instruction.create_reg_mem(  # another base
        Code.LEA_R64_M, Register.R11, MemoryOperand(Register.RAX, displ=8, displ_size=1))]),
    ("not checked", [Instruction.create_reg_mem(  # an index
        Code.LEA_R64_M, Register.R11, MemoryOperand(Register.R11, Register.RAX, displ=8,
                                                   displ_size=1))]),
])
def test_only_a_64_bit_add_of_a_constant_keeps_a_register_checked(
        impl: Validator, why: str, between: list[Instruction]) -> None:
    with pytest.raises(Rejected, match=why):
        impl.code(*_checked_load(0, *between))


def test_a_branch_brings_only_registers_that_did_not_move(impl: Validator) -> None:
    """A join keeps what both sides know; a forward branch's side is kept
    simple (no past), so a register moved up before it arrives unchecked."""
    def join(k: int) -> tuple[bytes, list[int]]:
        # 1 cmp; 2 jae exit; 3 add r11,k; 4 je 6; 5 nop; 6 mov rax,[r11]; 7,8 exits
        return _asm(_cmp_limit(Register.R11), Instruction.create_branch(Code.JAE_REL32_64,
                                                                        0x800),
                    _add(Register.R11, k), Instruction.create_branch(Code.JE_REL32_64, 0x600),
                    Instruction.create(Code.NOPD),
                    Instruction.create_reg_mem(Code.MOV_R64_RM64, Register.RAX,
                                               MemoryOperand(Register.R11)),
                    Instruction.create_branch(Code.JMP_REL32_64, 0x100000),
                    Instruction.create_branch(Code.JMP_REL32_64, 0x100000))
    with pytest.raises(Rejected, match="not checked"):
        impl.code(*join(8))


def test_a_string_pointer_that_moved_is_checked_again(impl: Validator) -> None:
    def movsb(k: int) -> tuple[bytes, list[int]]:
        jae = 0x100 * 8
        ins = [_cmp_limit(Register.RSI), Instruction.create_branch(Code.JAE_REL32_64, jae),
               _cmp_limit(Register.RDI), Instruction.create_branch(Code.JAE_REL32_64, jae)]
        if k:
            ins.append(_add(Register.RSI, k))
        ins.append(Instruction.create_movsb(64))
        ins += [Instruction.create_branch(Code.JMP_REL32_64, 0x100000)
                for _ in range(8 - len(ins))]
        return _asm(*ins)
    impl.code(*movsb(0))
    with pytest.raises(Rejected, match="string pointer not checked"):
        impl.code(*movsb(1))


@pytest.mark.parametrize("why, code", [
    ("leaves the guard", _checked_load(-0x1000)),  # negative displacement
    ("not checked", _checked_load(0, Instruction.create_reg_reg(  # 32-bit overwrite
        Code.MOV_R32_RM32, Register.R11D, Register.EAX))),
    ("not checked", _checked_load(0, Instruction.create_reg_reg(  # xchg
        Code.XCHG_RM64_R64, Register.RAX, Register.R11))),
    ("not checked", _checked_load(0, Instruction.create_reg_reg(  # 8-bit overwrite
        Code.MOV_R8_RM8, Register.R11L, Register.AL))),
])
def test_the_issues_unsafe_sequences_are_rejected(impl: Validator, why: str,
                                                  code: tuple[bytes, list[int]]) -> None:
    with pytest.raises(Rejected, match=why):
        impl.code(*code)


def test_what_the_frame_holds_for_the_kernel_is_not_writable(impl: Validator) -> None:
    for disp, ok in ((abi.UB_FRAME_EXIT_ID, True), (abi.UB_FRAME_ADDR_LIMIT, False),
                     (abi.UB_FRAME_SIZE, False), (-8, False)):
        store = Instruction.create_mem_reg(
            Code.MOV_RM64_R64, MemoryOperand(Register.RSP, displ=disp, displ_size=1),
            Register.RAX)
        code = _asm(store, Instruction.create_branch(Code.JMP_REL32_64, 0x100000))
        if ok:
            impl.code(*code)
        else:
            with pytest.raises(Rejected):
                impl.code(*code)
    for bad in (Instruction.create_reg_reg(Code.MOV_R64_RM64, Register.RAX, Register.RSP),
                Instruction.create_reg(Code.PUSH_R64, Register.RAX),
                Instruction.create(Code.SYSCALL), Instruction.create(Code.STAC),
                Instruction.create_mem(Code.SGDT_M1664, LIMIT)):
        with pytest.raises(Rejected):
            impl.code(*_asm(bad, Instruction.create_branch(Code.JMP_REL32_64, 0x100000)))


def test_every_loop_pays_the_budget(impl: Validator) -> None:
    body = Instruction.create_reg_i32(Code.ADD_RM64_IMM8, Register.RAX, 1)
    with pytest.raises(Rejected, match="does not pay"):
        impl.code(*_asm(body, Instruction.create_branch(Code.JMP_REL32_64, 0x100)))
    paid = _asm(body, Instruction.create_mem_i32(Code.SUB_RM64_IMM8, BUDGET, 1),
                Instruction.create_branch(Code.JGE_REL32_64, 0x100),
                Instruction.create_branch(Code.JMP_REL32_64, 0x100000))
    impl.code(*paid)
    # a budget written other than by a charge could be raised
    with pytest.raises(Rejected, match="outside a charge"):
        impl.code(*_asm(Instruction.create_mem_i32(Code.MOV_RM64_IMM32, BUDGET, 1 << 20),
                            Instruction.create_branch(Code.JMP_REL32_64, 0x100000)))


def test_a_branch_into_an_instruction_is_rejected(impl: Validator) -> None:
    code, fields = _checked_load(0)
    rel = 1 - (len(code) + 5)  # jmp rel32 to the second byte of the first instruction
    with pytest.raises(Rejected, match="not an instruction"):
        impl.code(code + b"\xe9" + rel.to_bytes(4, "little", signed=True), fields)


@pytest.mark.parametrize("name", FUNCS)
def test_the_translators_code_is_accepted(impl: Validator, elf: ElfSource, name: str) -> None:
    impl.image(translate(elf, [elf.symbol(name)]).image)


@pytest.mark.parametrize("name", LIBC)
def test_live_libc_translations_are_accepted(impl: Validator, name: str) -> None:
    impl.image(translate(ProcessSource(os.getpid()), [_libc_addr(name)]).image)


def _code(image: bytes) -> tuple[bytes, list[int], set[int]]:
    h = abi.UbImageHdr.from_buffer_copy(image)
    relocs = (abi.UbReloc * h.nr_relocs).from_buffer_copy(image, h.reloc_off)
    faults = (abi.UbFault * h.nr_faults).from_buffer_copy(image, h.fault_off)
    return (image[h.code_off:h.code_off + h.code_size], [r.code_off for r in relocs],
            {f.code_off for f in faults})


@pytest.mark.parametrize("prefix, why", [
    ("488b07", "not checked"),  # mov rax, [rdi]
    ("f348ab", "rep without its range check"),  # rep stosq
])
def test_an_instruction_put_in_front_is_caught(impl: Validator, elf: ElfSource, prefix: str,
                                              why: str) -> None:
    code, exits, faults = _code(translate(elf, [elf.symbol("t_rep_stosq")]).image)
    impl.code(code, exits, faults)
    n = len(bytes.fromhex(prefix))
    with pytest.raises(Rejected, match=why):
        impl.code(bytes.fromhex(prefix) + code, [e + n for e in exits],
                      {f + n for f in faults})


def test_a_user_access_needs_its_fault_map_entry(impl: Validator, elf: ElfSource) -> None:
    code, exits, faults = _code(translate(elf, [elf.symbol("t_push_mem")]).image)
    with pytest.raises(Rejected, match="fault map"):
        impl.code(code, exits, set(sorted(faults)[1:]))


def test_a_rep_missing_any_part_of_its_range_check_is_rejected(impl: Validator,
                                                               elf: ElfSource) -> None:
    """Each instruction of the rep's fixed sequence in turn becomes NOPs."""
    code, exits, faults = _code(translate(elf, [elf.symbol("t_rep_movsb_down")]).image)
    insns = list(Decoder(64, code, ip=0))
    k = next(i for i, x in enumerate(insns) if x.has_rep_prefix)
    start = max(i for i in range(k) if insns[i].code == Code.CMP_R64_RM64
                and insns[i].op0_register == Register.RCX)  # cmp rcx, [limit]
    seq = insns[start:start + 3 + 2 * 7 + 6]  # head, rsi's, rdi's, the charge
    assert seq[-1].code == Code.MOV_RM64_R64  # mov [budget], t
    for ins in seq:
        mutant = bytearray(code)
        mutant[ins.ip:ins.ip + ins.len] = b"\x90" * ins.len
        with pytest.raises(Rejected):
            impl.code(bytes(mutant), exits, faults)


def test_dropping_any_one_check_is_caught(impl: Validator, elf: ElfSource) -> None:
    """Mutants of a real translation: each address check that guards an
    access (the next instructions use its register as a base; a ret's
    target check only tests canonicity) becomes NOPs: all are rejected."""
    t = translate(elf, [elf.symbol("t_push_mem")])
    h = abi.UbImageHdr.from_buffer_copy(t.image)
    code = list(Decoder(64, t.image[h.code_off:h.code_off + h.code_size], ip=0))
    checks = [i for k, i in enumerate(code) if i.code == Code.CMP_R64_RM64
              and i.memory_base == Register.RSP
              and i.memory_displacement == abi.UB_FRAME_ADDR_LIMIT
              and any(n.memory_base == i.op0_register for n in code[k + 1:k + 5])]
    assert len(checks) >= 3
    for ins in checks:
        mutant = bytearray(t.image)
        at = h.code_off + ins.ip
        mutant[at:at + ins.len] = b"\x90" * ins.len
        with pytest.raises(Rejected):
            impl.image(bytes(mutant))


def test_an_entry_is_an_instruction_where_nothing_is_known(impl: Validator) -> None:
    """The kernel enters an image at its entries: one just after a check
    would skip it, one inside an instruction runs bytes nobody validated
    (`ub fuzz` seed 20240610 image 207: an entry moved by one byte ran into
    a #GP in ring 0 outside the fault map)."""
    raw, fields = _checked_load(0)
    ips = [i.ip for i in Decoder(64, raw, ip=0)]  # cmp, jae, mov, ...
    impl.code(raw, fields, None, [ips[0]])
    with pytest.raises(Rejected, match="not checked on every path"):
        impl.code(raw, fields, None, [ips[0], ips[2]])
    with pytest.raises(Rejected, match="an entry is not an instruction"):
        impl.code(raw, fields, None, [ips[0] + 1])


EXIT_ID = MemoryOperand(Register.RSP, displ=abi.UB_FRAME_EXIT_ID, displ_size=1)


@pytest.mark.parametrize("store, nr_exits, ok", [
    (Instruction.create_mem_i32(Code.MOV_RM64_IMM32, EXIT_ID, 3), 4, True),
    (Instruction.create_mem_i32(Code.MOV_RM64_IMM32, EXIT_ID, 4), 4, False),
    (Instruction.create_mem_i32(Code.MOV_RM64_IMM32, EXIT_ID, -1), 4, False),
    (Instruction.create_mem_reg(Code.MOV_RM64_R64, EXIT_ID, Register.RAX), 4, False),
    (Instruction.create_mem_i32(Code.MOV_RM32_IMM32, MemoryOperand(
        Register.RSP, displ=abi.UB_FRAME_EXIT_ID + 4, displ_size=1), 1), 4, False),
    (Instruction.create_mem_reg(Code.MOV_RM64_R64, EXIT_ID, Register.RAX), 0, True),
])
def test_an_exit_id_is_one_of_the_image(impl: Validator, store: Instruction, nr_exits: int,
                                        ok: bool) -> None:
    """The kernel range-checks the exit id and kills the task (`ub fuzz`
    seed 20240610 image 33: nr_exits cut to 16 under ids up to 50); the
    validator refuses such an image at install instead.  0: not checked."""
    code = _asm(store, Instruction.create_branch(Code.JMP_REL32_64, 0x100000))
    if ok:
        impl.code(*code, None, [], nr_exits)
    else:
        with pytest.raises(Rejected, match="exit id"):
            impl.code(*code, None, [], nr_exits)
