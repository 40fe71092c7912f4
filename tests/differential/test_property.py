"""Property-based: random instruction sequences run alike natively and as BTC.

Hypothesis builds straight-line code (with forward branches) and loops from
a pool of integer, memory (plain, read-modify-write, locked, string, with
index registers, fs:), stack and vector instructions.  ``rbx`` holds a 4 KiB
scratch buffer (the first argument) and ``r15`` the loop counter; no other
register is special.  The code is written to a file and mapped
PROT_READ|PROT_EXEC, then compared register for register, flag for flag and
byte for byte, and must have run translated to its ``ret``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from diffsupport import arena, check
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from iced_x86 import Decoder, Instruction, RepPrefixKind, RflagsBits

from ubypass import abi
from ubypass.hostrt.arena import BUF_SIZE, Arena, make_call
from ubypass.hostrt.asm import Block, CodeFile, R, mem, op
from ubypass.hostrt.compare import CallReport

__all__ = ["arena"]

W64 = [R.RAX, R.RCX, R.RDX, R.RSI, R.RDI, R.RBP, R.R8, R.R9, R.R10, R.R11, R.R12, R.R13, R.R14]
R32 = {
    R.RAX: R.EAX,
    R.RCX: R.ECX,
    R.RDX: R.EDX,
    R.RSI: R.ESI,
    R.RDI: R.EDI,
    R.RBP: R.EBP,
    R.R8: R.R8D,
    R.R9: R.R9D,
    R.R10: R.R10D,
    R.R11: R.R11D,
    R.R12: R.R12D,
    R.R13: R.R13D,
    R.R14: R.R14D,
    R.RBX: R.EBX,
    R.R15: R.R15D,
}
R8 = {
    R.RAX: R.AL,
    R.RCX: R.CL,
    R.RDX: R.DL,
    R.RSI: R.SIL,
    R.RDI: R.DIL,
    R.RBP: R.BPL,
    R.R8: R.R8L,
    R.R9: R.R9L,
    R.R10: R.R10L,
    R.R11: R.R11L,
    R.R12: R.R12L,
    R.R13: R.R13L,
    R.R14: R.R14L,
}
ANY64 = [*W64, R.RBX, R.R15]
ALU = ["ADD", "SUB", "AND", "OR", "XOR", "ADC", "SBB", "CMP"]
CC = ["O", "NO", "B", "AE", "E", "NE", "BE", "A", "S", "NS", "P", "NP", "L", "GE", "LE", "G"]
XMM = [R.XMM0, R.XMM1, R.XMM2, R.XMM3, R.XMM7, R.XMM9, R.XMM15]
YMM = [R.YMM0, R.YMM1, R.YMM2, R.YMM5, R.YMM12]

Insns = list[Instruction]
dst = st.sampled_from(W64)
src = st.sampled_from(ANY64)
imm32 = st.integers(-(2**31), 2**31 - 1)
disp8 = st.integers(0, BUF_SIZE - 64)
# Atomics naturally aligned, as compilers lay them out: a locked access that
# crosses a cache line leaves the BTC (CHECK), which t_lock_split covers.
disp_atomic = st.integers(0, (BUF_SIZE - 64) // 8).map(lambda k: k * 8)


def scratch(d: int) -> Any:
    return mem(R.RBX, d)


def locked(i: Instruction) -> Instruction:
    i.has_lock_prefix = True
    return i


def one(f: Callable[..., Instruction]) -> Callable[..., Insns]:
    return lambda *a: [f(*a)]


ARITH: list[st.SearchStrategy[Insns]] = [
    st.builds(one(lambda o, a, b: op(f"{o}_RM64_R64", a, b)), st.sampled_from(ALU), dst, src),
    st.builds(
        one(lambda o, a, b: op(f"{o}_RM32_R32", R32[a], R32[b])), st.sampled_from(ALU), dst, src
    ),
    st.builds(one(lambda o, a, v: op(f"{o}_RM64_IMM32", a, v)), st.sampled_from(ALU), dst, imm32),
    st.builds(one(lambda a, b: op("TEST_RM64_R64", a, b)), dst, src),
    st.builds(
        one(lambda a, v: op("MOV_R64_IMM64", a, v % 2**64)), dst, st.integers(-(2**63), 2**64 - 1)
    ),
    st.builds(
        one(lambda o, a, n: op(f"{o}_RM64_IMM8", a, n)),
        st.sampled_from(["SHL", "SHR", "SAR", "ROL", "ROR", "RCL", "RCR"]),
        dst,
        st.integers(0, 63),
    ),
    st.builds(
        one(lambda o, a: op(f"{o}_RM64_CL", a, R.CL)),
        st.sampled_from(["SHL", "SHR", "SAR", "ROL", "ROR"]),
        dst,
    ),
    st.builds(
        one(lambda o, a: op(f"{o}_RM64", a)), st.sampled_from(["INC", "DEC", "NEG", "NOT"]), dst
    ),
    st.builds(one(lambda a, b: op("IMUL_R64_RM64", a, b)), dst, src),
    st.builds(one(lambda a, b, v: op("IMUL_R64_RM64_IMM32", a, b, v)), dst, src, imm32),
    st.builds(one(lambda b: op("MUL_RM64", b)), src),
    st.builds(
        one(lambda a, b, c, s, d: op("LEA_R64_M", a, mem(b, d, c, s))),
        dst,
        src,
        st.sampled_from(W64),
        st.sampled_from([1, 2, 4, 8]),
        imm32,
    ),
    st.builds(one(lambda c, a: op(f"SET{c}_RM8", R8[a])), st.sampled_from(CC), dst),
    st.builds(one(lambda c, a, b: op(f"CMOV{c}_R64_RM64", a, b)), st.sampled_from(CC), dst, src),
    st.builds(
        one(lambda o, a, b: op(f"{o}_R64_RM64", a, b)),
        st.sampled_from(["BSF", "BSR", "POPCNT", "TZCNT", "LZCNT"]),
        dst,
        src,
    ),
    st.builds(
        one(lambda o, a, b: op(f"{o}_RM64_R64", a, b)),
        st.sampled_from(["BT", "BTS", "BTC"]),
        dst,
        src,
    ),
    st.builds(one(lambda a, b: op("XCHG_RM64_R64", a, b)), dst, dst),
    st.builds(lambda a, b: [op("PUSH_R64", a), op("POP_R64", b)], src, dst),
    st.builds(one(lambda o: op(o)), st.sampled_from(["CLC", "STC", "CMC", "CQO", "CDQE"])),
    st.builds(one(lambda a: op("BSWAP_R64", a)), dst),
    # RIP-relative: materialized by the translator, since BTC code runs elsewhere
    st.builds(one(lambda a, d: op("LEA_R64_M", a, mem(R.RIP, d))), dst, st.integers(0, 256)),
    st.builds(one(lambda a, b, n: op("SHRD_RM64_R64_IMM8", a, b, n)), dst, src, st.integers(0, 63)),
]

MEMORY: list[st.SearchStrategy[Insns]] = [
    # memory operands whose flags flow in and out across the checks
    st.builds(
        one(lambda o, a, d: op(f"{o}_R64_RM64", a, scratch(d))),
        st.sampled_from(["ADC", "SBB"]),
        dst,
        disp8,
    ),
    st.builds(
        one(lambda c, a, d: op(f"CMOV{c}_R64_RM64", a, scratch(d))), st.sampled_from(CC), dst, disp8
    ),
    st.builds(one(lambda c, d: op(f"SET{c}_RM8", scratch(d))), st.sampled_from(CC), disp8),
    st.builds(
        one(lambda d, b, n: op("SHLD_RM64_R64_IMM8", scratch(d), b, n)),
        disp8,
        src,
        st.integers(0, 63),
    ),
    st.builds(one(lambda a, d: op("MOVSXD_R64_RM32", a, scratch(d))), dst, disp8),
    st.builds(one(lambda a, d: op("MOVSX_R64_RM8", a, scratch(d))), dst, disp8),
    st.builds(one(lambda a, d: op("MOV_R64_RM64", a, scratch(d))), dst, disp8),
    st.builds(one(lambda d, b: op("MOV_RM64_R64", scratch(d), b)), disp8, src),
    st.builds(one(lambda d, b: op("MOV_RM32_R32", scratch(d), R32[b])), disp8, src),
    st.builds(one(lambda d, b: op("MOV_RM8_R8", scratch(d), R8[b])), disp8, dst),
    st.builds(one(lambda a, d: op("MOVZX_R64_RM16", a, scratch(d))), dst, disp8),
    st.builds(
        one(lambda o, a, d: op(f"{o}_R64_RM64", a, scratch(d))), st.sampled_from(ALU), dst, disp8
    ),
    st.builds(
        one(lambda o, d, b: op(f"{o}_RM64_R64", scratch(d), b)),
        st.sampled_from(["ADD", "SUB", "XOR", "OR", "AND", "ADC"]),
        disp8,
        src,
    ),
    st.builds(
        one(lambda o, d, v: op(f"{o}_RM32_IMM32", scratch(d), v)),
        st.sampled_from(["ADD", "CMP", "AND"]),
        disp8,
        imm32,
    ),
    st.builds(
        one(lambda o, d, b: locked(op(f"{o}_RM64_R64", scratch(d), b))),
        st.sampled_from(["ADD", "XADD", "CMPXCHG", "OR", "XOR"]),
        disp_atomic,
        dst,
    ),
    st.builds(one(lambda d, b: op("XCHG_RM64_R64", scratch(d), b)), disp_atomic, dst),
    st.builds(one(lambda d: op("INC_RM64", scratch(d))), disp8),
    st.builds(
        lambda i, s, d, a: [
            op("AND_RM64_IMM32", i, 0x1F8),
            op("MOV_R64_RM64", a, mem(R.RBX, d, i, s)),
        ],
        dst,
        st.sampled_from([1, 2, 4]),
        st.integers(0, 2048),
        dst,
    ),
    st.builds(
        lambda i, s, d, b: [
            op("AND_RM64_IMM32", i, 0xFF),
            op("MOV_RM64_R64", mem(R.RBX, d, i, s), b),
        ],
        dst,
        st.sampled_from([1, 8]),
        st.integers(0, 2048),
        src,
    ),
]


def _string(kind: str, n: int, a: int, b: int, backwards: bool) -> Insns:
    n = min(n, BUF_SIZE - 64 - max(a, b))
    start_a, start_b = (a + n, b + n) if backwards else (a, b)
    out = [
        op("LEA_R64_M", R.RDI, scratch(start_a)),
        op("LEA_R64_M", R.RSI, scratch(start_b)),
        op("MOV_R32_IMM32", R.ECX, n),
    ]
    if backwards:
        out.append(op("STD"))
    rep = {
        "MOVSB": "REP_MOVSB",
        "STOSB": "REP_STOSB",
        "MOVSQ": "REP_MOVSQ",
        "STOSQ": "REP_STOSQ",
        "CMPSB": "REPE_CMPSB",
        "SCASB": "REPNE_SCASB",
        "LODSB": "LODSB",
    }[kind]
    qwords = kind.endswith("Q")
    if qwords:
        out[2] = op("MOV_R32_IMM32", R.ECX, n // 8)
    i = _rep(rep)
    out.append(i)
    if backwards:
        out.append(op("CLD"))
    return out


def _rep(name: str) -> Instruction:
    base = name.split("_")[-1].lower()
    create = getattr(Instruction, f"create_{base}")
    if name.startswith("REPNE"):
        return create(64, rep_prefix=RepPrefixKind.REPNE)
    if name.startswith("REP"):
        return create(64, rep_prefix=RepPrefixKind.REPE)
    return create(64)


STRINGS = st.builds(
    _string,
    st.sampled_from(["MOVSB", "STOSB", "MOVSQ", "STOSQ", "CMPSB", "SCASB", "LODSB"]),
    st.integers(0, 600),
    st.integers(0, 1500),
    st.integers(0, 1500),
    st.booleans(),
)

VECTOR: list[st.SearchStrategy[Insns]] = [
    st.builds(
        one(lambda x, d: op("MOVDQU_XMM_XMMM128", x, scratch(d))), st.sampled_from(XMM), disp8
    ),
    st.builds(
        one(lambda d, x: op("MOVDQU_XMMM128_XMM", scratch(d), x)), disp8, st.sampled_from(XMM)
    ),
    st.builds(
        one(lambda o, x, y: op(f"{o}_XMM_XMMM128", x, y)),
        st.sampled_from(["PADDQ", "PXOR", "PCMPEQB", "PSUBB", "PUNPCKLBW"]),
        st.sampled_from(XMM),
        st.sampled_from(XMM),
    ),
    st.builds(one(lambda x, a: op("MOVQ_XMM_RM64", x, a)), st.sampled_from(XMM), src),
    st.builds(one(lambda a, x: op("PMOVMSKB_R32_XMM", R32[a], x)), dst, st.sampled_from(XMM)),
    st.builds(
        one(lambda y, d: op("VEX_VMOVDQU_YMM_YMMM256", y, scratch(d))), st.sampled_from(YMM), disp8
    ),
    st.builds(
        one(lambda d, y: op("VEX_VMOVDQU_YMMM256_YMM", scratch(d), y)), disp8, st.sampled_from(YMM)
    ),
    st.builds(
        one(lambda a, b, c: op("VEX_VPADDQ_YMM_YMM_YMMM256", a, b, c)),
        st.sampled_from(YMM),
        st.sampled_from(YMM),
        st.sampled_from(YMM),
    ),
]

#: Harmless real syscalls (getpid, getppid, getuid): SYSCALL exits and
#: re-entry with everything else live.
SYSCALLS = st.builds(
    lambda nr: [op("MOV_R32_IMM32", R.EAX, nr), op("SYSCALL")], st.sampled_from([39, 110, 102])
)

#: Accesses to memory the process has anyway: TLS through fs: and the code
#: itself through RIP-relative operands (both far above a small test limit).
PROCESS_MEMORY: list[st.SearchStrategy[Insns]] = [
    st.builds(
        one(lambda a, d: op("MOV_R64_RM64", a, mem(disp=d, seg=R.FS))),
        dst,
        st.sampled_from([0, 0x28]),
    ),
    st.builds(one(lambda a, d: op("MOV_R64_RM64", a, mem(R.RIP, d))), dst, st.integers(0, 256)),
]

INSNS = st.one_of(*ARITH, *MEMORY, *PROCESS_MEMORY, STRINGS, *VECTOR, SYSCALLS)
#: ("c",) calls a subroutine placed after the final ret (translated call and
#: a ret whose target is a known return site).
ITEM = st.one_of(
    INSNS.map(lambda i: ("i", i)),
    st.tuples(st.just("j"), st.sampled_from(CC), st.integers(0, 4)),
    st.just(("c",)),
)

#: Accesses that fault on the guard page after the scratch buffer.
GUARD = BUF_SIZE
FAULTS: list[st.SearchStrategy[Insns]] = [
    st.builds(
        one(lambda a, k: op("MOV_R64_RM64", a, scratch(GUARD + k))), dst, st.integers(-7, 64)
    ),
    st.builds(
        one(lambda k, b: op("MOV_RM64_R64", scratch(GUARD + k), b)), st.integers(-7, 64), src
    ),
    st.builds(
        one(lambda k, b: locked(op("ADD_RM64_R64", scratch(GUARD + k), b))),
        st.integers(-7, 64),
        src,
    ),
    st.builds(
        one(lambda x, k: op("MOVDQU_XMM_XMMM128", x, scratch(GUARD + k))),
        st.sampled_from(XMM),
        st.integers(-15, 64),
    ),
    st.builds(
        one(lambda k, y: op("VEX_VMOVDQU_YMMM256_YMM", scratch(GUARD + k), y)),
        st.integers(-31, 64),
        st.sampled_from(YMM),
    ),
    st.builds(
        lambda n: [
            op("LEA_R64_M", R.RDI, scratch(GUARD - 40)),
            op("MOV_R32_IMM32", R.ECX, n),
            _rep("REP_STOSB"),
        ],
        st.integers(41, 300),
    ),
]


def assemble(items: list[Any], loop: int | None) -> Block:
    b = Block()
    sub = b.label()
    b.add(op("MOV_R64_RM64", R.RBX, R.RDI))
    if loop is not None:
        b.add(op("MOV_R32_IMM32", R.R15D, loop))
        top = b.label()
        b.bind(top)
    labels: dict[int, Any] = {}
    for n, item in enumerate(items):
        if n in labels:
            b.bind(labels.pop(n))
        if item[0] == "i":
            b.add(*item[1])
        elif item[0] == "c":
            b.jump("CALL_REL32_64", sub)
        else:
            _, cc, skip = item
            target = min(n + 1 + skip, len(items))
            label = labels.setdefault(target, b.label())
            b.jump(f"J{cc}_REL32_64", label)
    tail = labels.pop(len(items), None)
    if tail is not None:
        b.bind(tail)
    if loop is not None:
        b.add(op("DEC_RM64", R.R15))
        b.jump("JNE_REL32_64", top)
    b.add(op("RETNQ"))
    b.bind(sub)  # the subroutine: flags and registers pass through it
    b.add(op("LEA_R64_M", R.R14, mem(R.R14, 3)), op("ADC_RM64_R64", R.RAX, R.RCX), op("RETNQ"))
    return b


#: iced RflagsBits -> RFLAGS bits
_RFLAGS = {
    RflagsBits.CF: 0x1,
    RflagsBits.PF: 0x4,
    RflagsBits.AF: 0x10,
    RflagsBits.ZF: 0x40,
    RflagsBits.SF: 0x80,
    RflagsBits.DF: 0x400,
    RflagsBits.OF: 0x800,
}


def defined_flags(code: bytes) -> int:
    """Flags no instruction of the program leaves architecturally undefined
    (their values after e.g. imul differ between CPUs, so a translator may
    differ too); the rest are compared exactly."""
    undefined = 0
    for instr in Decoder(64, code):
        for bit, rflag in _RFLAGS.items():
            if instr.rflags_undefined & bit:
                undefined |= rflag
    return abi.UB_USER_FLAGS_MASK & ~undefined


def run_program(arena: Arena, block: Block, seed: int) -> list[CallReport]:
    code, _, _ = block.encode(0)
    cf = CodeFile(code)
    flags = defined_flags(code)
    try:
        return check(
            arena,
            cf.addr,
            lambda r: make_call(r, [r.randbytes(BUF_SIZE), *[r.getrandbits(64) for _ in range(5)]]),
            3,
            seed,
            return_flags=flags,
            fault_flags=flags,
        )
    finally:
        cf.close()


#: UBYPASS_PROPERTY_EXAMPLES=N runs a deeper, randomised search.
_EXAMPLES = int(os.environ.get("UBYPASS_PROPERTY_EXAMPLES", "0"))
SETTINGS = settings(
    max_examples=_EXAMPLES or 60,
    deadline=None,
    derandomize=not _EXAMPLES,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


@SETTINGS
@given(items=st.lists(ITEM, min_size=1, max_size=25), seed=st.integers(0, 2**32))
def test_straight_line(arena: Arena, items: list[Any], seed: int) -> None:
    run_program(arena, assemble(items, None), seed)


@SETTINGS
@given(
    items=st.lists(ITEM, min_size=1, max_size=12),
    loops=st.integers(1, 40),
    seed=st.integers(0, 2**32),
)
# Found by a deep run: `repe cmpsb` with rcx = 0 leaves every flag unchanged,
# so CF from before it must survive to the `dec` (which keeps CF).
@example(items=[("i", _string("CMPSB", 0, 0, 0, False))], loops=1, seed=0)
def test_loop(arena: Arena, items: list[Any], loops: int, seed: int) -> None:
    run_program(arena, assemble(items, loops), seed)


@SETTINGS
@given(
    items=st.lists(ITEM, min_size=0, max_size=15),
    at=st.integers(0, 15),
    fault=st.one_of(*FAULTS),
    seed=st.integers(0, 2**32),
)
def test_fault_anywhere(arena: Arena, items: list[Any], at: int, fault: Insns, seed: int) -> None:
    """A faulting access somewhere in the sequence: the BTC run must hand over
    at it (FAULT or CHECK) with every register and defined flag exact."""
    at = min(at, len(items))
    items = [*items[:at], ("i", fault), *items[at:]]
    run_program(arena, assemble(items, None), seed)


def test_push_pop_memory_operands(arena: Arena) -> None:
    """push/pop with a memory operand (two accesses: explicit and the stack;
    gcc's PLT0 has `push [rip+x]`) must be translated and checked, not end
    the region."""
    b = Block()
    sub = b.label()
    b.add(
        op("MOV_R64_RM64", R.RBX, R.RDI),
        op("PUSH_RM64", scratch(16)),
        op("POP_RM64", scratch(256)),
        op("PUSH_RM64", scratch(24)),
    )
    b.jump("CALL_REL32_64", sub)
    b.add(op("POP_RM64", scratch(512)), op("RETNQ"))
    b.bind(sub)
    b.add(op("POP_RM64", scratch(1024)), op("PUSH_RM64", scratch(1024)), op("RETNQ"))
    run_program(arena, b, 1)


def test_rip_relative_lea_between_checks(arena: Arena) -> None:
    """Found in strerror_r: flags saved around a check, then the user writes
    the register the saved flags live in with a RIP-relative lea; the next
    check must not restore the flags from the user's new value."""
    b = Block()
    b.add(
        op("MOV_R64_RM64", R.RBX, R.RDI),
        op("CMP_RM64_R64", R.RSI, R.RCX),
        op("MOV_RM64_R64", scratch(8), R.RDX),
        op("LEA_R64_M", R.RAX, mem(R.RIP, 0x100)),
        op("MOV_RM64_R64", scratch(0xE8), R.RAX),
        op("MOV_RM8_IMM8", mem(R.RDX), 0),  # rdx = 0x40: faults, flags must be cmp's
        op("XOR_R32_RM32", R.EAX, R.EAX),
        op("RETNQ"),
    )
    code, _, _ = b.encode(0)
    cf = CodeFile(code)
    try:
        check(
            arena,
            cf.addr,
            lambda r: make_call(
                r, [r.randbytes(BUF_SIZE), r.getrandbits(64), 0x40, r.getrandbits(64)]
            ),
            5,
            1,
        )
    finally:
        cf.close()


def test_high_byte_registers_with_memory(arena: Arena) -> None:
    """Found in swab: `mov ah, [rdi+rdx]`.  AH/BH/CH/DH cannot be encoded
    with a REX prefix, so checked accesses with them need legacy registers."""
    b = Block()
    b.add(
        op("MOV_R64_RM64", R.RBX, R.RDI),
        op("AND_RM64_IMM32", R.RSI, 0xFF),
        op("MOV_R8_RM8", R.AH, mem(R.RBX, 0, R.RSI, 1)),
        op("MOV_RM8_R8", mem(R.RBX, 8), R.CH),
        op("ADD_R8_RM8", R.DH, mem(R.RBX, 0x10, R.RSI, 2)),
        op("XCHG_RM8_R8", mem(R.RBX, 0x20), R.BH),
        op("RETNQ"),
    )
    run_program(arena, b, 2)
