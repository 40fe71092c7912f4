"""The kernel's code validator (kernel/ub/validate.c) against validate.py.

Both implement one rule set: test_code_validator.py runs every one of its
tests on both (the ``impl`` fixture); here, the rules the port added or
fixed, and seeded random mutants of real translations -- flipped and
replaced bytes, bytes flipped inside vector and prefixed instructions,
retargeted branches -- on which the two verdicts must agree.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable

import pytest
from iced_x86 import Code, Decoder, FlowControl, Instruction, Register
from test_code_validator import BUDGET, _asm, _cmp_limit, _code
from test_translate import FUNCS, _libc_addr
from trsupport import Validator

from ubypass import abi
from ubypass.translator import ElfSource, ProcessSource, translate
from ubypass.translator.kvalidate import validate_code_c
from ubypass.translator.validate import Rejected, validate_code

EXIT = 0x100000


def _raw(hexstr: str) -> Instruction:
    return next(iter(Decoder(64, bytes.fromhex(hexstr))))


def _exit() -> Instruction:
    return Instruction.create_branch(Code.JMP_REL32_64, EXIT)


def _after_check(*insns: Instruction) -> tuple[bytes, list[int]]:
    """cmp r11, [limit]; jae exit; <insns>; jmp exit."""
    return _asm(_cmp_limit(Register.R11), Instruction.create_branch(
        Code.JAE_REL32_64, (len(insns) + 3) * 0x100), *insns, _exit(), _exit())


@pytest.mark.parametrize("why, code", [
    # a segment register load in ring 0 (gs: the kernel's per-CPU base)
    ("not allowed", _asm(_raw("8ee8"), _exit())),
    # the bit offset in a register reaches 2^60 bytes past the checked base
    ("bit offset", _after_check(_raw("490fab03"))),  # bts [r11], rax
    # the high half of the budget: it could be raised
    ("budget outside a charge", _asm(_raw("8944241c"), _exit())),  # mov [rsp+28], eax
    ("budget outside a charge", _asm(_raw("66c74424180100"), _exit())),  # mov word [rsp+24], 1
    # the frame's address, a kernel stack address, as a value
    ("reads rsp", _asm(_raw("488d442408"), _exit())),  # lea rax, [rsp+8]
    # a jcc after marking the budget spent does not pay
    ("does not pay", _asm(Instruction.create_mem_i32(Code.MOV_RM64_IMM32, BUDGET, -1),
                          Instruction.create_branch(Code.JE_REL32_64, 0x400),
                          Instruction.create_branch(Code.JMP_REL32_64, 0x100), _exit())),
    # prefixes: rep on an ALU op, a segment override, address size
    ("prefix", _asm(_raw("f34801c8"), _exit())),
    ("prefix", _after_check(_raw("64498b03"))),  # mov rax, fs:[r11]
    ("prefix", _after_check(_raw("67498b03"))),  # mov rax, [r11d]
])
def test_what_the_port_added_is_rejected(impl: Validator, why: str,
                                         code: tuple[bytes, list[int]]) -> None:
    with pytest.raises(Rejected, match=why):
        impl.code(*code)


def test_a_prefixed_branch_is_rejected(impl: Validator) -> None:
    code = bytes.fromhex("3eeb00") + b"\xe9" + bytes(4)  # ds jmp +0; jmp exit
    with pytest.raises(Rejected, match="prefix"):
        impl.code(code, [4])


def _mutants(code: bytes, n: int, rng: random.Random) -> list[bytes]:
    insns = list(Decoder(64, code, ip=0))
    branches = [i for i in insns if i.flow_control in (FlowControl.UNCONDITIONAL_BRANCH,
                                                       FlowControl.CONDITIONAL_BRANCH)]
    vector = [i for i in insns if code[i.ip] in (0x62, 0xC4, 0xC5, 0x66, 0xF0, 0xF2, 0xF3, 0x0F)
              or code[i.ip + 1] == 0x0F]
    out = []
    for _ in range(n):
        m = bytearray(code)
        kind = rng.randrange(4)
        if kind == 0:
            m[rng.randrange(len(m))] ^= 1 << rng.randrange(8)
        elif kind == 1:
            m[rng.randrange(len(m))] = rng.randrange(256)
        elif kind == 2 and vector:
            i = rng.choice(vector)
            m[i.ip + rng.randrange(i.len)] ^= 1 << rng.randrange(8)
        elif branches:
            i = rng.choice(branches)
            width = 1 if i.len == 2 else 4
            to = rng.choice(insns).ip if rng.random() < 0.8 else rng.randrange(len(m))
            rel = to - (i.ip + i.len)
            if width == 1 and not -128 <= rel < 128:
                rel = rng.randrange(-128, 128)
            m[i.ip + i.len - width:i.ip + i.len] = rel.to_bytes(width, "little", signed=True)
        out.append(bytes(m))
    return out


def _verdict(check: Callable[..., None], *args: object) -> str | None:
    try:
        check(*args)
    except Rejected as e:
        return str(e)
    return None


def _agree(image: bytes, seed: int, n: int) -> tuple[int, int]:
    """(accepted, rejected) over ``n`` mutants, asserting both verdicts agree."""
    code, exits, faults = _code(image)
    rng = random.Random(seed)
    accepted = rejected = 0
    for m in _mutants(code, n, rng):
        py = _verdict(validate_code, m, exits, faults)
        c = _verdict(validate_code_c, m, exits, faults)
        assert (py is None) == (c is None), f"seed {seed}: python {py!r}, C {c!r}: {m.hex()}"
        accepted += py is None
        rejected += py is not None
    return accepted, rejected


@pytest.mark.parametrize("name", FUNCS)
def test_both_agree_on_mutants_of_translations(elf: ElfSource, name: str) -> None:
    _, rejected = _agree(translate(elf, [elf.symbol(name)]).image, seed=FUNCS.index(name), n=80)
    assert rejected > 0


@pytest.mark.parametrize("name", ["strlen", "strchr", "memcmp", "write"])
def test_both_agree_on_mutants_of_libc(name: str) -> None:
    image = translate(ProcessSource(os.getpid()), [_libc_addr(name)]).image
    accepted, rejected = _agree(image, seed=len(name), n=100)
    assert accepted > 0 and rejected > 0


def test_the_c_validators_cost(elf: ElfSource, capsys: pytest.CaptureFixture[str]) -> None:
    """Not a timing assertion: the cost per KiB of code, for the record."""
    images = [translate(elf, [elf.symbol(n)]).image for n in FUNCS]
    images += [translate(ProcessSource(os.getpid()), [_libc_addr(n)]).image
               for n in ("memcpy", "strlen", "memcmp")]
    codes = [_code(i) for i in images]
    total = sum(len(c) for c, _, _ in codes)
    start = time.perf_counter()
    for c, exits, faults in codes:
        validate_code_c(c, exits, faults)
    spent = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nvalidate.c on the host: {total} B of code in {spent * 1e3:.1f} ms, "
              f"{spent / (total / 1024) * 1e6:.1f} us/KiB (with ctypes and table setup)")
    assert abi.UB_FRAME_SIZE  # the images above were all accepted
