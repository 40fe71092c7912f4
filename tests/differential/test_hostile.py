"""Hostile inputs: bad pointers, privileged instructions, endless loops,
overlapping instructions and unknown indirect targets.

Everything runs with a small ``addr_limit`` (``LIMIT``): the user stack and
buffers live below it, and a PROT_NONE "forbidden" region is mapped right at
it, so a BTC access at or above the limit would fault inside BTC code and be
seen in the trace (a FAULT whose address is at or above the limit) — checks
must stop such accesses first (CHECK exits).  Where running natively is
dangerous (privileged instructions), runs stop at the return to user mode.
"""

from __future__ import annotations

import random
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import test_property as tp
from diffsupport import check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from iced_x86 import Instruction

from ubypass import abi
from ubypass.hostrt import runner
from ubypass.hostrt.arena import BUF_SIZE, Arena, Call, make_call
from ubypass.hostrt.asm import Block, CodeFile, R, mem, op
from ubypass.hostrt.compare import Differ, translator_api
from ubypass.hostrt.mem import PAGE, PROT_NONE, Mapping
from ubypass.hostrt.runner import LoadedImage, Regs, RunResult, Status

LOW = 0x1000_0000
LIMIT = 0x2000_0000
KERNEL = 0xFFFF_8880_0000_1000
NONCANONICAL = 0x8000_0000_0000_0000
WRAP = 0xFFFF_FFFF_FFFF_FFFC
E = abi.ExitReason


@pytest.fixture(scope="module")
def low() -> Iterator[Arena]:
    """The arena below LIMIT, and the forbidden region at LIMIT."""
    arena = Arena(addr=LOW)
    forbidden = Mapping(16 * PAGE, PROT_NONE, addr=LIMIT)
    assert arena.mapping.end <= LIMIT
    yield arena
    forbidden.close()
    arena.close()


@dataclass
class Code:
    file: CodeFile
    at: list[int]

    @property
    def addr(self) -> int:
        return self.file.addr


@pytest.fixture
def code() -> Iterator[Callable[[Block], Code]]:
    files: list[CodeFile] = []

    def make(block: Block) -> Code:
        raw, offsets, _ = block.encode(0)
        f = CodeFile(raw)
        files.append(f)
        return Code(f, [f.addr + o for o in offsets])

    yield make
    for f in files:
        f.close()


def translate_and_stop(
    low: Arena, c: Code, budget: int = 1 << 40, guard_ok: bool = False, **regs: int
) -> RunResult:
    """Translate from the first instruction and run until BTC code hands back."""
    start = Regs().with_(rip=c.addr, rsp=low.rsp, rdi=low.slot(0), rsi=low.slot(1), rcx=16, **regs)
    with LoadedImage(translator_api()([c.addr])) as img:
        res = runner.run(start, img, addr_limit=LIMIT, budget=budget, stop_at_user=True)
    assert_never_above_limit(res, guard_ok)
    return res


def assert_never_above_limit(res: RunResult, guard_ok: bool = False) -> None:
    """No BTC access may start at or above the limit: it would fault there
    (the region is PROT_NONE) and show as a FAULT with such an address.  With
    ``guard_ok`` an access straddling the limit may fault on its first page."""
    assert res.status != Status.BUG, res.message
    for t in res.trace:
        if t.reason == E.FAULT and not (guard_ok and LIMIT <= t.aux < LIMIT + PAGE):
            assert t.aux < LIMIT, f"BTC code touched {t.aux:#x}, at or above the limit"


EDGE_FILL = 0x5A


@pytest.fixture
def edge(low: Arena) -> Iterator[Mapping]:
    """A writable page just below the limit, so straddling accesses are real."""
    m = Mapping(PAGE, addr=LIMIT - PAGE)
    m.write(bytes([EDGE_FILL]) * PAGE)
    yield m
    m.close()


#: Single stores fault before writing any byte; rep strings may make progress.
WHOLE_STORES = {"store", "dword_store", "locked_add", "xchg", "avx_store", "push", "call"}


# --- bad pointers --------------------------------------------------------------

#: form -> (instructions, index of the access among them); rdx is the bad address
ACCESSES: dict[str, Callable[[], tuple[list[Instruction], int]]] = {
    "load": lambda: ([op("MOV_R64_RM64", R.RAX, mem(R.RDX))], 0),
    "store": lambda: ([op("MOV_RM64_R64", mem(R.RDX), R.RSI)], 0),
    "dword_store": lambda: ([op("MOV_RM32_R32", mem(R.RDX), R.ESI)], 0),
    "locked_add": lambda: ([_lock(op("ADD_RM64_R64", mem(R.RDX), R.RSI))], 0),
    "xchg": lambda: ([op("XCHG_RM64_R64", mem(R.RDX), R.RSI)], 0),
    "indexed": lambda: ([op("MOV_R64_RM64", R.RAX, mem(R.RBX, 0, R.RDX, 1))], 0),
    "sse_load": lambda: ([op("MOVDQU_XMM_XMMM128", R.XMM0, mem(R.RDX))], 0),
    "avx_store": lambda: ([op("VEX_VMOVDQU_YMMM256_YMM", mem(R.RDX), R.YMM1)], 0),
    "rep_movsb_dst": lambda: ([op("MOV_R64_RM64", R.RDI, R.RDX), _rep("movsb")], 1),
    "rep_movsb_src": lambda: ([op("MOV_R64_RM64", R.RSI, R.RDX), _rep("movsb")], 1),
    "rep_stosq_backwards": lambda: (
        [op("MOV_R64_RM64", R.RDI, R.RDX), op("STD"), _rep("stosq"), op("CLD")],
        2,
    ),
    "push": lambda: ([op("LEA_R64_M", R.RSP, mem(R.RDX, 8)), op("PUSH_R64", R.RAX)], 1),
    "call": lambda: ([op("LEA_R64_M", R.RSP, mem(R.RDX, 8)), op("CALL_RM64", R.RCX)], 1),
    "pop": lambda: ([op("MOV_R64_RM64", R.RSP, R.RDX), op("POP_R64", R.RAX)], 1),
}


def _lock(i: Instruction) -> Instruction:
    i.has_lock_prefix = True
    return i


def _rep(name: str) -> Instruction:
    i: Instruction = getattr(Instruction, f"create_{name}")(64, rep_prefix=1)
    return i


BAD = {
    "forbidden": LIMIT + 0x100,
    "at_limit": LIMIT,
    "kernel": KERNEL,
    "noncanonical": NONCANONICAL,
    "wraps": WRAP,
}


@pytest.mark.parametrize("where", sorted(BAD))
@pytest.mark.parametrize("form", sorted(ACCESSES))
def test_bad_pointer_exits_with_check(
    low: Arena, code: Callable[[Block], Code], form: str, where: str
) -> None:
    b = Block()
    b.add(op("NOPD"))
    insns, access = ACCESSES[form]()
    first = b.add(*insns)
    b.add(op("RETNQ"))
    c = code(b)
    res = translate_and_stop(low, c, rdx=BAD[where], rbx=0, rax=0x41)
    exits = res.exits
    assert exits and exits[-1].reason == E.CHECK, [str(t) for t in res.trace]
    assert exits[-1].user_rip == c.at[first + access]
    assert res.regs.rip == c.at[first + access]
    assert res.regs["rdx"] == BAD[where]


@pytest.mark.parametrize("form", sorted(set(ACCESSES) - {"pop"}))
def test_access_straddling_the_limit(
    low: Arena, edge: Mapping, code: Callable[[Block], Code], form: str
) -> None:
    """An access that starts below the limit and ends above it: the ABI checks
    the start (both ends for strings) and leaves the rest to the guard page at
    the limit, as the kernel's TASK_SIZE_MAX guard gap does.  So: CHECK, or a
    FAULT at the access caused by the guard page — never a completed access."""
    b = Block()
    b.add(op("NOPD"))
    insns, access = ACCESSES[form]()
    first = b.add(*insns)
    b.add(op("RETNQ"))
    c = code(b)
    res = translate_and_stop(low, c, rdx=LIMIT - 2, rbx=0, rax=0x41, guard_ok=True)
    last = res.exits[-1] if res.exits else None
    assert last is not None and last.reason in (E.CHECK, E.FAULT), [str(t) for t in res.trace]
    assert last.user_rip == c.at[first + access]
    if last.reason == E.FAULT:
        assert LIMIT <= last.aux < LIMIT + PAGE
    if form in WHOLE_STORES:
        assert edge.read() == bytes([EDGE_FILL]) * PAGE


def test_guard_page_below_limit_faults(low: Arena, code: Callable[[Block], Code]) -> None:
    """Below the limit the check passes and the hardware fault goes through
    the fault map: a FAULT exit at the access, registers as before it."""
    guard = low.slot(0) + BUF_SIZE
    b = Block()
    b.add(op("MOV_R32_IMM32", R.EAX, 7), op("MOV_R64_RM64", R.RAX, mem(R.RDX)), op("RETNQ"))
    c = code(b)
    res = translate_and_stop(low, c, rdx=guard)
    assert [str(t.reason) for t in res.exits][-1:] == [str(E.FAULT)]
    assert res.exits[-1].user_rip == c.at[1] and res.exits[-1].aux == guard
    assert res.regs.rip == c.at[1] and res.regs["rax"] == 7


def test_fs_operand_is_checked_against_the_limit(low: Arena, code: Callable[[Block], Code]) -> None:
    """fs: operands use the real fs base (TLS, far above LIMIT here)."""
    b = Block()
    b.add(op("NOPD"), op("MOV_R64_RM64", R.RAX, mem(disp=0x28, seg=R.FS)), op("RETNQ"))
    c = code(b)
    res = translate_and_stop(low, c)
    assert res.exits[-1].reason == E.CHECK and res.exits[-1].user_rip == c.at[1]


@pytest.mark.parametrize(
    "form", ["load", "store", "locked_add", "avx_store", "rep_movsb_dst", "push"]
)
def test_bad_pointers_match_native(low: Arena, code: Callable[[Block], Code], form: str) -> None:
    """End to end: the native run faults, the BTC run must fault the same way."""
    b = Block()
    b.add(op("MOV_R64_RM64", R.RDX, R.RCX), *ACCESSES[form]()[0], op("RETNQ"))
    c = code(b)
    pointers = [*BAD.values(), low.slot(2) + BUF_SIZE, low.slot(1) + 64]

    def gen(r: random.Random) -> Call:
        return make_call(
            r, [r.randbytes(BUF_SIZE), r.randbytes(BUF_SIZE), 16, r.choice(pointers), 0, 0]
        )

    reports = check(low, c.addr, gen, 16, seed=5, addr_limit=LIMIT)
    assert any(r.native.status == Status.SIGNAL for r in reports)
    for r in reports:
        assert r.btc is not None
        assert_never_above_limit(r.btc)


# --- privileged and unsupported instructions ------------------------------------


def _priv() -> dict[str, Callable[[], Instruction]]:
    m = mem(R.RDI)
    return {
        "int3": lambda: op("INT3"),
        "int80": lambda: op("INT_IMM8", 0x80),
        "int1": lambda: op("INT1"),
        "sysenter": lambda: op("SYSENTER"),
        "sysretq": lambda: op("SYSRETQ"),
        "iretq": lambda: op("IRETQ"),
        "far_jmp": lambda: op("JMP_M1664", m),
        "far_call": lambda: op("CALL_M1664", m),
        "far_ret": lambda: op("RETFQ"),
        "cli": lambda: op("CLI"),
        "sti": lambda: op("STI"),
        "in": lambda: op("IN_AL_IMM8", R.AL, 0x60),
        "out": lambda: op("OUT_IMM8_AL", 0x80, R.AL),
        "in_dx": lambda: op("IN_AL_DX", R.AL, R.DX),
        "hlt": lambda: op("HLT"),
        "mov_cr": lambda: op("MOV_CR_R64", R.CR0, R.RAX),
        "read_cr": lambda: op("MOV_R64_CR", R.RAX, R.CR3),
        "mov_dr": lambda: op("MOV_DR_R64", R.DR7, R.RAX),
        "wrmsr": lambda: op("WRMSR"),
        "rdmsr": lambda: op("RDMSR"),
        "wrpkru": lambda: op("WRPKRU"),
        "rdpkru": lambda: op("RDPKRU"),
        "mov_ds": lambda: op("MOV_SREG_RM16", R.DS, R.AX),
        "mov_ss": lambda: op("MOV_SREG_RM16", R.SS, R.AX),
        "mov_fs": lambda: op("MOV_SREG_RM16", R.FS, R.AX),
        "mov_gs": lambda: op("MOV_SREG_RM16", R.GS, R.AX),
        "pop_fs": lambda: op("POPQ_FS", R.FS),
        "lss": lambda: op("LSS_R64_M1664", R.RAX, m),
        "lgdt": lambda: op("LGDT_M1664", m),
        "lidt": lambda: op("LIDT_M1664", m),
        "ltr": lambda: op("LTR_RM16", R.AX),
        "swapgs": lambda: op("SWAPGS"),
        "wrfsbase": lambda: op("WRFSBASE_R64", R.RAX),
        "wrgsbase": lambda: op("WRGSBASE_R64", R.RAX),
        "ud2": lambda: op("UD2"),
        "clts": lambda: op("CLTS"),
        "wbinvd": lambda: op("WBINVD"),
        "invlpg": lambda: op("INVLPG_M", m),
        "vmcall": lambda: op("VMCALL"),
        "gs_load": lambda: op("MOV_R64_RM64", R.RAX, mem(R.RDI, seg=R.GS)),
        "gather": lambda: op(
            "VEX_VPGATHERDD_XMM_VM32X_XMM", R.XMM0, mem(R.RDI, 0, R.XMM1, 4), R.XMM2
        ),
    }


PRIV = _priv()


@pytest.mark.parametrize("name", sorted(PRIV))
def test_privileged_instruction_ends_region(
    low: Arena, code: Callable[[Block], Code], name: str
) -> None:
    b = Block()
    b.add(op("ADD_RM64_IMM8", R.RAX, 1), PRIV[name](), op("RETNQ"))
    c = code(b)
    res = translate_and_stop(low, c, rax=5, rdx=0x60)
    assert res.status == Status.USER
    assert [t.reason for t in res.trace] == [None, E.END], [str(t) for t in res.trace]
    assert res.trace[-1].user_rip == c.at[1]
    assert res.regs.rip == c.at[1] and res.regs["rax"] == 6  # the add ran translated


def test_xbegin_ends_region(low: Arena, code: Callable[[Block], Code]) -> None:
    b = Block()
    after = b.label()
    b.add(op("ADD_RM64_IMM8", R.RAX, 1), Instruction.create_xbegin(64, after.ip))
    b.bind(after)
    b.add(op("RETNQ"))
    c = code(b)
    res = translate_and_stop(low, c, rax=5)
    assert [t.reason for t in res.trace] == [None, E.END]
    assert res.regs.rip == c.at[1] and res.regs["rax"] == 6


def test_syscall_is_a_syscall_exit(low: Arena, code: Callable[[Block], Code]) -> None:
    b = Block()
    b.add(op("MOV_R32_IMM32", R.EAX, 39), op("SYSCALL"), op("RETNQ"))  # getpid
    c = code(b)
    res = translate_and_stop(low, c)
    assert res.exits[0].reason == E.SYSCALL and res.exits[0].user_rip == c.at[2]
    assert res.exits[0].aux == 39


# --- endless loops ------------------------------------------------------------------


def test_endless_loop_exits_on_budget(low: Arena, code: Callable[[Block], Code]) -> None:
    b = Block()
    top = b.label()
    b.bind(top)
    b.add(op("INC_RM64", R.RAX))
    b.jump("JMP_REL32_64", top)
    c = code(b)
    res = translate_and_stop(low, c, budget=1000, rax=0)
    assert [t.reason for t in res.trace] == [None, E.BUDGET]
    assert res.regs.rip in c.at
    assert 500 <= res.regs["rax"] <= 1002  # the loop ran in BTC code, ~budget times


def test_tight_self_loop_exits_on_budget(low: Arena, code: Callable[[Block], Code]) -> None:
    b = Block()
    top = b.label()
    b.bind(top)
    b.jump("JMP_REL8_64", top)
    c = code(b)
    res = translate_and_stop(low, c, budget=100)
    assert [t.reason for t in res.trace] == [None, E.BUDGET]
    assert res.regs.rip == c.addr
    native = runner.run(Regs().with_(rip=c.addr, rsp=low.rsp), timeout=0.05)
    assert native.status == Status.TIMEOUT  # natively it really is endless


# --- overlapping instructions and unknown targets -----------------------------------


def test_jump_into_the_middle_of_an_instruction(low: Arena) -> None:
    # 0: mov eax, 0x90c3c0ff   (b8 ff c0 c3 90)
    # 5: jmp 1                 (eb fa) -> at 1: inc eax (ff c0); ret (c3)
    raw = bytes.fromhex("b8ffc0c390ebfa")
    f = CodeFile(raw)
    try:
        reports = check(low, f.addr, lambda r: make_call(r, [0]), 4, seed=1, addr_limit=LIMIT)
        assert all(r.native.regs["rax"] == 0x90C3C100 for r in reports)
    finally:
        f.close()


def _branch(kind: str) -> Block:
    """An indirect transfer to rdx (through memory for jmp_mem, the stack for ret)."""
    b = Block()
    b.add(op("NOPD"))
    if kind == "jmp_reg":
        b.add(op("JMP_RM64", R.RDX))
    elif kind == "call_reg":
        b.add(op("CALL_RM64", R.RDX))
    elif kind == "jmp_mem":
        b.add(op("JMP_RM64", mem(R.RDI, 8)))
    else:
        b.add(op("MOV_RM64_R64", mem(R.RSP), R.RDX), op("RETNQ"))
    b.add(op("RETNQ"))
    return b


BRANCHES = ["jmp_reg", "call_reg", "jmp_mem", "ret"]


@pytest.mark.parametrize("target", ["kernel", "unmapped", "data"])
@pytest.mark.parametrize("kind", BRANCHES)
def test_unknown_indirect_target_is_a_miss(
    low: Arena, code: Callable[[Block], Code], kind: str, target: str
) -> None:
    """A canonical target the region does not know: MISS after the transfer
    (the call has pushed, the ret has popped), never a jump there in BTC code.
    A target at or above the limit may instead stop before the branch (CHECK),
    which native re-execution turns into the same fault at the target."""
    where = {"kernel": KERNEL, "unmapped": 0x1000, "data": low.slot(3)}[target]
    c = code(_branch(kind))
    low.mapping.write(struct.pack("<Q", where), low.slot(0) + 8 - low.mapping.addr)
    res = translate_and_stop(low, c, rdx=where)
    branch = c.at[2] if kind == "ret" else c.at[1]
    if where >= LIMIT and res.exits[-1].reason == E.CHECK:
        assert res.exits[-1].user_rip == branch and res.regs.rip == branch
        assert res.regs["rsp"] == low.rsp
        return
    assert res.exits[-1].reason == E.MISS, [str(t) for t in res.trace]
    assert res.exits[-1].aux == where and res.regs.rip == where
    if kind == "call_reg":
        assert res.regs["rsp"] == low.rsp - 8
        ret = struct.unpack("<Q", low.mapping.read(low.rsp - 8 - low.mapping.addr, 8))[0]
        assert ret == c.at[2]
    elif kind == "ret":
        assert res.regs["rsp"] == low.rsp + 8
    else:
        assert res.regs["rsp"] == low.rsp


@pytest.mark.parametrize("kind", BRANCHES)
def test_bad_indirect_targets_match_native(
    low: Arena, code: Callable[[Block], Code], kind: str
) -> None:
    """End to end, including a non-canonical target: there the hardware
    faults on the branch itself (#GP) before pushing or popping anything, so
    BTC code must hand over before the transfer, not MISS after it."""
    c = code(_branch(kind))
    targets = [KERNEL, NONCANONICAL, 0x1000, low.slot(3), WRAP]

    def gen(r: random.Random) -> Call:
        where = r.choice(targets)
        slot0 = bytearray(r.randbytes(BUF_SIZE))
        slot0[8:16] = struct.pack("<Q", where)
        return make_call(r, [bytes(slot0), 0, where, 0, 0, 0])

    reports = check(low, c.addr, gen, 15, seed=3, addr_limit=LIMIT)
    assert all(r.native.status == Status.SIGNAL for r in reports)


# --- random code on hostile base pointers --------------------------------------------

#: tp.MEMORY only touches the scratch base (not fs: or the code, which lie
#: above LIMIT here: tp.PROCESS_MEMORY)
_HOSTILE_ITEM = st.one_of(
    st.one_of(*tp.ARITH, *tp.MEMORY, tp.STRINGS, *tp.VECTOR).map(lambda i: ("i", i)),
    st.tuples(st.just("j"), st.sampled_from(tp.CC), st.integers(0, 4)),
)


@settings(
    max_examples=tp._EXAMPLES or 40,
    deadline=None,
    derandomize=not tp._EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    items=st.lists(_HOSTILE_ITEM, min_size=1, max_size=12),
    base=st.sampled_from(["forbidden", "below_limit", "kernel", "noncanonical", "guard", "ok"]),
    seed=st.integers(0, 2**32),
)
def test_random_code_on_hostile_pointers(
    low: Arena, items: list[Any], base: str, seed: int
) -> None:
    """Random code whose scratch base (rbx) is hostile: every access at or
    above the limit must be stopped by a check (the forbidden region shows any
    that is not), and the run must end exactly as natively."""
    where = {
        "forbidden": LIMIT + 0x200,
        "below_limit": LIMIT - 8,
        "kernel": KERNEL,
        "noncanonical": NONCANONICAL,
        "guard": low.slot(0) + BUF_SIZE - 96,
        "ok": low.slot(0),
    }[base]
    block = tp.assemble(items, None)
    raw, _, _ = block.encode(0)
    f = CodeFile(raw)
    flags = tp.defined_flags(raw)
    try:
        reports = check(
            low,
            f.addr,
            lambda r: make_call(r, [where, *[r.getrandbits(64) for _ in range(5)]]),
            2,
            seed,
            addr_limit=LIMIT,
            return_flags=flags,
            fault_flags=flags,
        )
    finally:
        f.close()
    for rep in reports:
        assert rep.btc is not None
        assert_never_above_limit(rep.btc, guard_ok=True)


def _dead_flags_load(code: Callable[[Block], Code]) -> Code:
    """xor eax, eax ; mov rax, [rdx] ; add eax, 1 ; ret: the flags xor set are
    dead at the load (add overwrites them all), so its check does not save them."""
    b = Block()
    b.add(
        op("MOV_R64_RM64", R.RDX, R.RCX),
        op("XOR_R32_RM32", R.EAX, R.EAX),
        op("MOV_R64_RM64", R.RAX, mem(R.RDX)),
        op("ADD_RM32_IMM8", R.EAX, 1),
        op("RETNQ"),
    )
    return code(b)


def _bad_pointer_calls(low: Arena) -> Callable[[random.Random], Call]:
    pointers = [*BAD.values(), low.slot(2) + BUF_SIZE, low.slot(1) + 64]

    def gen(r: random.Random) -> Call:
        return make_call(r, [r.randbytes(BUF_SIZE), 0, 0, r.choice(pointers), 0, 0])

    return gen


def test_dead_flags_at_a_fault_are_not_compared(low: Arena, code: Callable[[Block], Code]) -> None:
    """At a CHECK exit or fault, flags dead at the instruction are undefined:
    the harness compares only the live ones (none here) and DF."""
    c = _dead_flags_load(code)
    reports = check(low, c.addr, _bad_pointer_calls(low), 12, seed=7, addr_limit=LIMIT)
    assert any(r.native.status == Status.SIGNAL for r in reports)


def test_dead_flags_at_a_fault_really_differ(low: Arena, code: Callable[[Block], Code]) -> None:
    """The same code through a translator that does not say which flags are
    live: every flag is compared at the fault, and the check's flags show."""
    c = _dead_flags_load(code)
    differ = Differ(c.addr, translator_api(), arena=low, addr_limit=LIMIT)
    try:
        gen, rng = _bad_pointer_calls(low), random.Random(7)
        reports = [differ.compare(gen(rng)) for _ in range(12)]
    finally:
        differ.close()
    bad = [r for r in reports if r.mismatches]
    assert bad and all(r.native.status == Status.SIGNAL for r in bad)
    assert all({m.what for m in r.mismatches} == {"rflags"} for r in bad)
