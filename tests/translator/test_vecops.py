"""The vector allowlist (vecops.py) both code validators share.

Every instruction the translator emits as it is must pass both validators
(before, the hand-kept lists refused libm's and strcasestr's whole images),
the two must agree on what the bytes around those instructions become when
flipped, and the kernel's copy of the table must be the one the code makes.
"""

from __future__ import annotations

import random

import pytest
from iced_x86 import Code, Instruction, MemoryOperand, Register
from test_code_validator import _asm, _cmp_limit
from trsupport import Validator

from ubypass.translator import vecops
from ubypass.translator.kvalidate import validate_code_c
from ubypass.translator.validate import ALLOWED, Rejected, validate_code

EXIT = 0x100000
_NAMES = {v: k for k, v in vars(Code).items() if not k.startswith("_") and isinstance(v, int)}


def _batch(samples: list[Instruction]) -> tuple[bytes, list[int]]:
    """cmp r11, [limit]; jae exit; <samples>; jmp exit: r11 is the checked
    base of every memory form, and no sample writes it (at most _BATCH
    samples: _asm places instructions 0x100 apart, below the exit)."""
    assert len(samples) <= _BATCH
    return _asm(_cmp_limit(Register.R11),
                Instruction.create_branch(Code.JAE_REL32_64, (len(samples) + 4) * 0x100),
                *samples, Instruction.create_branch(Code.JMP_REL32_64, EXIT),
                Instruction.create_branch(Code.JMP_REL32_64, EXIT))


_BATCH = 1000


def test_the_kernels_table_is_the_one_the_code_makes() -> None:
    assert vecops.header_path().read_text() == vecops.c_header(), \
        "kernel/ub/validate_ops.h is stale: run python -m ubypass.translator.vecops"


def test_the_table_has_what_real_code_uses() -> None:
    want = {Code.CVTSI2SD_XMM_RM64, Code.MULSD_XMM_XMMM64, Code.UCOMISD_XMM_XMMM64,
            Code.PCMPISTRI_XMM_XMMM128_IMM8, Code.PSHUFB_XMM_XMMM128,
            Code.PALIGNR_XMM_XMMM128_IMM8, Code.CRC32_R32_RM8, Code.MOVBE_R64_M64,
            Code.STMXCSR_M32, Code.VEX_VFMADD231SD_XMM_XMM_XMMM64, Code.VEX_VZEROUPPER,
            Code.VEX_VPMINUB_YMM_YMM_YMMM256, Code.EVEX_VPBROADCASTB_YMM_K1Z_R32,
            Code.VEX_KMOVD_R32_KR, Code.VEX_MULX_R64_R64_RM64}
    missing = sorted(_NAMES[c] for c in want - ALLOWED)
    assert not missing
    for denied in (Code.LDMXCSR_M32, Code.VEX_VPGATHERDD_XMM_VM32X_XMM, Code.FXSAVE64_M512BYTE,
                   Code.XSAVE64_MEM, Code.MASKMOVDQU_RDI_XMM_XMM):
        assert denied not in ALLOWED, _NAMES[denied]


def test_every_allowed_instruction_passes_both(impl: Validator) -> None:
    samples = list(vecops.samples())
    assert len(samples) > 4000
    for k in range(0, len(samples), _BATCH):
        code, exits = _batch(samples[k:k + _BATCH])
        try:
            impl.code(code, exits)
        except Rejected as e:
            pytest.fail(f"{impl.name}: {e}")


def test_an_unchecked_vector_access_is_rejected(impl: Validator) -> None:
    load = Instruction.create_reg_mem(Code.MOVDQU_XMM_XMMM128, Register.XMM0,
                                      MemoryOperand(Register.RDX))
    with pytest.raises(Rejected, match="not checked"):
        impl.code(*_asm(load, Instruction.create_branch(Code.JMP_REL32_64, EXIT)))


def test_an_evex_displacement_is_scaled_before_the_guard(impl: Validator) -> None:
    """vmovdqu64 zmm0, [r11+64*63]: disp8 63 is 4032 bytes, +64 inside the
    guard; 64*64 is past it (the encoder needs disp32 there, same verdict)."""
    for disp, ok in ((64 * 63, True), (64 * 64, False)):
        load = Instruction.create_reg_mem(Code.EVEX_VMOVDQU64_ZMM_K1Z_ZMMM512, Register.ZMM0,
                                          MemoryOperand(Register.R11, displ=disp, displ_size=1))
        code, exits = _batch([load])
        if ok:
            impl.code(code, exits)
        else:
            with pytest.raises(Rejected, match="guard"):
                impl.code(code, exits)


def test_both_agree_on_flipped_vector_instructions() -> None:
    """Flip bits inside the samples (prefixes, VEX/EVEX payloads, ModRM):
    either both refuse the mutant or both accept it."""
    rng = random.Random(20261207)
    samples = list(vecops.samples())
    disagree = []
    for _ in range(1500):
        chunk = rng.sample(samples, 8)
        code, exits = _batch(chunk)
        m = bytearray(code)
        start = 16  # past the check and its jae
        m[rng.randrange(start, len(m) - 5)] ^= 1 << rng.randrange(8)
        verdicts = []
        for check in (validate_code, validate_code_c):
            try:
                check(bytes(m), exits)
                verdicts.append(None)
            except Rejected as e:
                verdicts.append(str(e))
        if (verdicts[0] is None) != (verdicts[1] is None):
            disagree.append((bytes(m).hex(), verdicts))
    assert not disagree, f"{len(disagree)} disagreements, first: {disagree[0]}"
