"""The runtime against hand-made images: every exit reason, chaining, faults.

User code is mapped from a file; BTC code is written by hand with iced-x86,
so these tests hold whatever the translator does.  Where a BTC run must equal
native execution, the same state is also run natively and compared.
"""

from __future__ import annotations

import ctypes
import os

from rtsupport import Stack, UserCode

from ubypass import abi
from ubypass.hostrt import runner
from ubypass.hostrt.asm import Block, R, mem, op
from ubypass.hostrt.handmade import BtcBlock, locs
from ubypass.hostrt.mem import libc
from ubypass.hostrt.runner import Regs, Status

E = abi.ExitReason
CF, PF, AF, ZF, SF, TF, DF, OF, AC = 0x1, 0x4, 0x10, 0x40, 0x80, 0x100, 0x400, 0x800, 0x40000
SEED = (
    0x1111,
    0x2222,
    0x3333,
    0x4444,
    0,
    0x5555,
    0x6666,
    0x7777,
    0x8888,
    0x9999,
    0xAAAA,
    0xBBBB,
    0xCCCC,
    0xDDDD,
    0xEEEE,
    0xFFFF,
)


def regs(stack: Stack, rip: int, **kw: int) -> Regs:
    return Regs(SEED).with_(rip=rip, rsp=stack.rsp, **kw)


def kinds(result: runner.RunResult) -> list[str]:
    return [t.reason.name if t.reason else "enter" for t in result.trace]


def fs_base() -> int:
    value = ctypes.c_uint64()
    assert libc.syscall(158, 0x1003, ctypes.byref(value)) == 0  # arch_prctl(ARCH_GET_FS)
    return value.value


def test_end_exit_resumes_natively(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("ADD_RM64_IMM8", R.RAX, 1), op("ADD_RM64_IMM8", R.RAX, 2), op("RETNQ"))
    base, at = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(op("ADD_RM64_IMM8", R.RAX, 1))
    b.exit(0)
    with runner.LoadedImage(b.image([(E.END, at[1])]).blob()) as img:
        res = runner.run(regs(stack, base, rax=40), img)
    assert res.status == Status.LANDED
    assert res.regs["rax"] == 43  # one add in BTC code, one native
    assert kinds(res) == ["enter", "END"]
    assert res.trace[-1].user_rip == at[1]
    assert res.regs.rip == runner.landing_pad()
    assert res.regs["rsp"] == stack.rsp + 8


def test_syscall_exits_chain_through_real_syscalls(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(
        op("MOV_R32_IMM32", R.EAX, 110),
        op("SYSCALL"),  # getppid
        op("MOV_R64_RM64", R.RBX, R.RAX),
        op("MOV_R32_IMM32", R.EAX, 39),
        op("SYSCALL"),
        op("RETNQ"),
    )  # getpid
    base, at = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(op("MOV_R32_IMM32", R.EAX, 110))
    b.exit(0)
    b.entry(at[2])
    b.add(op("MOV_R64_RM64", R.RBX, R.RAX), op("MOV_R32_IMM32", R.EAX, 39))
    b.exit(1)
    start = regs(stack, base, rflags=0x202 | CF | SF)
    with runner.LoadedImage(b.image([(E.SYSCALL, at[2]), (E.SYSCALL, at[5])]).blob()) as img:
        res = runner.run(start, img)
    native = runner.run(start)
    assert res.status == native.status == Status.LANDED
    assert res.regs["rbx"] == os.getppid()
    assert res.regs["rax"] == os.getpid()
    assert res.regs["rcx"] == at[5]
    assert res.regs["r11"] == 0x202 | CF | SF
    assert res.regs == native.regs
    assert kinds(res) == ["enter", "SYSCALL", "enter", "SYSCALL"]
    assert [t.aux for t in res.exits] == [110, 39]


def _ret_stub(b: BtcBlock, exit_id: int) -> None:
    """BTC for `ret`: pop the target through a spilled rax, then MISS."""
    b.add(
        op("MOV_RM64_R64", mem(R.RSP, abi.UB_FRAME_SPILL), R.RAX),
        op("MOV_R64_RM64", R.RAX, mem(R.RSP, abi.UB_FRAME_USER_RSP)),
    )
    b.faulting(op("MOV_R64_RM64", R.RAX, mem(R.RAX)), 0, locs(rax=abi.UB_LOC_SPILL_BASE))
    b.add(
        op("MOV_RM64_R64", mem(R.RSP, abi.UB_FRAME_AUX), R.RAX),
        op("MOV_R64_RM64", R.RAX, mem(R.RSP, abi.UB_FRAME_USER_RSP)),
        op("LEA_R64_M", R.RAX, mem(R.RAX, 8)),
        op("MOV_RM64_R64", mem(R.RSP, abi.UB_FRAME_USER_RSP), R.RAX),
        op("MOV_R64_RM64", R.RAX, mem(R.RSP, abi.UB_FRAME_SPILL)),
    )
    b.exit(exit_id)


def test_miss_exit_returns_to_target(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("RETNQ"))
    base, _ = user_code(u)
    b = BtcBlock()
    b.entry(base)
    _ret_stub(b, 0)
    start = regs(stack, base, rflags=0x202 | ZF | OF)
    with runner.LoadedImage(b.image([(E.MISS, 0)]).blob()) as img:
        res = runner.run(start, img)
    assert res.status == Status.LANDED
    assert kinds(res) == ["enter", "MISS"]
    assert res.trace[-1].aux == runner.landing_pad()
    assert res.regs == runner.run(start).regs


def test_miss_target_runs_natively_even_if_an_entry(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(
        op("MOV_R32_IMM32", R.EAX, 5),
        op("JMP_RM64", R.RCX),
        op("ADD_RM64_IMM8", R.RAX, 1),
        op("RETNQ"),
    )
    base, at = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(op("MOV_R32_IMM32", R.EAX, 5), op("MOV_RM64_R64", mem(R.RSP, abi.UB_FRAME_AUX), R.RCX))
    b.exit(0)
    b.entry(at[2])
    b.add(op("ADD_RM64_IMM8", R.RAX, 100))  # wrong on purpose: must not run
    b.exit(1)
    with runner.LoadedImage(b.image([(E.MISS, 0), (E.END, at[3])]).blob()) as img:
        res = runner.run(regs(stack, base, rcx=at[2]), img)
    assert res.status == Status.LANDED
    assert res.regs["rax"] == 6
    assert kinds(res) == ["enter", "MISS"]
    assert res.trace[-1].aux == at[2]


def test_check_exit_then_native_fault(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("MOV_R64_RM64", R.RAX, mem(R.RDI)), op("RETNQ"))
    base, _at = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.exit(0)
    start = regs(stack, base, rdi=0xFFFF_8000_0000_0000)
    with runner.LoadedImage(b.image([(E.CHECK, base)]).blob()) as img:
        res = runner.run(start, img)
    native = runner.run(start)
    assert res.status == native.status == Status.SIGNAL
    assert res.signo == native.signo == 11
    assert res.regs == native.regs
    assert res.regs.rip == base
    assert kinds(res) == ["enter", "CHECK"]


def test_budget_exit(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("RETNQ"))
    base, _ = user_code(u)
    b = BtcBlock()
    b.entry(base)
    loop = b.label()
    b.bind(loop)
    b.add(op("INC_RM64", R.RCX), op("SUB_RM64_IMM8", mem(R.RSP, abi.UB_FRAME_BUDGET), 1))
    b.jump("JNS_REL8_64", loop)
    b.exit(0)
    with runner.LoadedImage(b.image([(E.BUDGET, base)]).blob()) as img:
        res = runner.run(regs(stack, base, rcx=0), img, budget=100)
    assert res.status == Status.LANDED
    assert res.regs["rcx"] == 101
    assert kinds(res) == ["enter", "BUDGET"]


def test_frame_is_filled(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("RETNQ"))
    base, _ = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(
        op("MOV_R64_RM64", R.RAX, mem(R.RSP, abi.UB_FRAME_FS_BASE)),
        op("MOV_R64_RM64", R.RBX, mem(R.RSP, abi.UB_FRAME_ADDR_LIMIT)),
        op("MOV_R64_RM64", R.RCX, mem(R.RSP, abi.UB_FRAME_USER_RSP)),
        op("MOV_R64_RM64", R.RDX, mem(R.RSP, abi.UB_FRAME_BUDGET)),
    )
    b.exit(0)
    with runner.LoadedImage(b.image([(E.END, base)]).blob()) as img:
        res = runner.run(regs(stack, base), img, addr_limit=0x1234_5000, budget=777)
    assert res.regs["rax"] == fs_base()
    assert res.regs["rbx"] == 0x1234_5000
    assert res.regs["rcx"] == stack.rsp
    assert res.regs["rdx"] == 777


def test_user_flags_in_and_out(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("RETNQ"))
    base, _ = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(op("PUSHFQ"), op("POP_R64", R.RAX), op("STD"), op("STC"))
    b.exit(0)
    start = regs(stack, base, rflags=0x202 | ZF | OF | PF | TF | AC)
    with runner.LoadedImage(b.image([(E.END, base)]).blob()) as img:
        res = runner.run(start, img)
    assert res.status == Status.LANDED
    assert res.regs["rax"] & abi.UB_USER_FLAGS_MASK == ZF | OF | PF
    assert res.regs["rax"] & (TF | AC) == 0  # only the user's arithmetic flags and DF
    assert res.regs.rflags & (CF | DF | ZF | OF | PF) == CF | DF | ZF | OF | PF


def test_fault_map_rebuilds_user_state(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("MOV_R64_RM64", R.RAX, mem(R.RDI)), op("RETNQ"))
    base, _ = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(
        op("MOV_RM64_R64", mem(R.RSP, abi.UB_FRAME_SPILL), R.RCX),
        op("PUSHFQ"),
        op("POP_RM64", mem(R.RSP, abi.UB_FRAME_SPILL + 8)),
        op("MOV_R32_IMM32", R.ECX, 0x5555),
        op("XCHG_RM64_R64", R.RDX, R.R11),
        op("ADD_RM64_IMM8", R.RCX, 1),
    )
    b.faulting(
        op("MOV_R64_RM64", R.RAX, mem(R.RDI)),
        base,
        locs(
            rcx=abi.UB_LOC_SPILL_BASE,
            flags=abi.UB_LOC_SPILL_BASE + 1,
            rdx=abi.UB_LOC_REG_BASE + 11,
            r11=abi.UB_LOC_REG_BASE + 2,
        ),
    )
    b.exit(0)
    start = regs(stack, base, rdi=0, rflags=0x202 | CF | SF | AF)
    with runner.LoadedImage(b.image([(E.END, base)]).blob()) as img:
        res = runner.run(start, img)
    native = runner.run(start)
    assert native.status == Status.SIGNAL and native.regs.rip == base
    assert res.status == Status.SIGNAL
    assert kinds(res) == ["enter", "FAULT"]
    fault = res.trace[-1]
    assert (fault.user_rip, fault.info, fault.aux) == (base, 11, 0)
    assert res.regs == native.regs
    assert (res.signo, res.sig_code, res.fault_addr) == (native.signo, native.sig_code, 0)


def test_fault_outside_fault_map_is_a_bug(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("RETNQ"))
    base, _ = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(op("NOPD"), op("MOV_R64_RM64", R.RAX, mem(R.RDI)))
    b.exit(0)
    with runner.LoadedImage(b.image([(E.END, base)]).blob()) as img:
        res = runner.run(regs(stack, base, rdi=8), img)
        assert res.status == Status.BUG
        assert res.bug_pc == img.code_addr + 1
        assert "fault map" in res.message


def test_exit_id_outside_table_is_a_bug(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("RETNQ"))
    base, _ = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.exit(5)
    with runner.LoadedImage(b.image([(E.END, base)]).blob()) as img:
        res = runner.run(regs(stack, base), img)
    assert res.status == Status.BUG
    assert "exit id" in res.message


def test_native_fault_and_timeout(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    loop = u.label()
    u.add(op("DIV_RM64", R.RCX))
    u.bind(loop)
    u.jump("JMP_REL8_64", loop)
    base, _at = user_code(u)
    res = runner.run(regs(stack, base, rcx=0))
    assert (res.status, res.signo, res.regs.rip) == (Status.SIGNAL, 8, base)
    assert res.regs["rdi"] == SEED[7]
    res = runner.run(regs(stack, base, rcx=1, rdx=0), timeout=0.1)
    assert res.status == Status.TIMEOUT


def test_vector_registers_reach_user_code(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("PADDQ_XMM_XMMM128", R.XMM0, R.XMM1), op("RETNQ"))
    base, at = user_code(u)
    xmm = tuple(bytes([i]) * 16 for i in range(16))
    b = BtcBlock()
    b.entry(base)
    b.add(op("PADDQ_XMM_XMMM128", R.XMM0, R.XMM1))
    b.exit(0)
    with runner.LoadedImage(b.image([(E.END, at[1])]).blob()) as img:
        res = runner.run(regs(stack, base), img, xmm=xmm)
    native = runner.run(regs(stack, base), xmm=xmm)
    assert res.xmm[0] == native.xmm[0] == bytes([1]) * 16
    assert res.xmm[1:] == native.xmm[1:] == xmm[1:]


def test_every_register_survives_a_native_run(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("RETNQ"))
    base, _ = user_code(u)
    start = regs(stack, base, rflags=0x202 | CF | PF | AF | ZF | SF | OF)
    res = runner.run(start)
    assert res.regs == start.with_(rsp=stack.rsp + 8, rip=runner.landing_pad())


def test_stop_at_user_returns_the_state_handed_back(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("ADD_RM64_IMM8", R.RAX, 1), op("MOV_R64_RM64", R.RAX, mem(R.RDI)), op("RETNQ"))
    base, at = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(
        op("ADD_RM64_IMM8", R.RAX, 1),
        op("MOV_RM64_R64", mem(R.RSP, abi.UB_FRAME_SPILL), R.RSI),
        op("XOR_R32_RM32", R.ESI, R.ESI),
    )
    b.faulting(op("MOV_R64_RM64", R.RAX, mem(R.RDI)), at[1], locs(rsi=abi.UB_LOC_SPILL_BASE))
    b.exit(0)
    with runner.LoadedImage(b.image([(E.END, at[2])]).blob()) as img:
        ok = runner.run(regs(stack, base, rax=1, rdi=stack.rsp), img, stop_at_user=True)
        bad = runner.run(regs(stack, base, rax=1, rdi=8, rflags=0x202 | CF), img, stop_at_user=True)
    assert ok.status == bad.status == Status.USER
    assert ok.regs.rip == at[2] and ok.regs["rax"] == runner.landing_pad()
    assert kinds(ok) == ["enter", "END"]
    assert kinds(bad) == ["enter", "FAULT"]
    assert bad.regs == regs(stack, at[1], rax=2, rdi=8, rflags=bad.regs.rflags)
    assert bad.regs.rflags & abi.UB_USER_FLAGS_MASK == ZF | PF  # from the xor: RFLAGS is home


def test_resume_at_noncanonical_rip_is_a_kernel_sigsegv(stack: Stack, user_code: UserCode) -> None:
    u = Block()
    u.add(op("JMP_RM64", R.RCX))
    base, _ = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(op("MOV_RM64_R64", mem(R.RSP, abi.UB_FRAME_AUX), R.RCX))
    b.exit(0)
    bad = 0x8000_0000_0000_0000
    with runner.LoadedImage(b.image([(E.MISS, 0)]).blob()) as img:
        res = runner.run(regs(stack, base, rcx=bad), img)
    assert (res.status, res.signo, res.sig_code) == (Status.SIGNAL, 11, 0x80)
    assert res.regs.rip == bad and res.regs["rcx"] == bad


def test_abort_in_user_code_ends_the_run(stack: Stack, user_code: UserCode) -> None:
    """abort() (glibc's assertions) raises SIGABRT: the run ends, the process lives."""
    u = Block()
    u.add(
        op("MOV_R32_IMM32", R.EAX, 39),  # getpid
        op("SYSCALL"),
        op("MOV_R32_RM32", R.EDI, R.EAX),
        op("MOV_R32_IMM32", R.ESI, 6),  # SIGABRT
        op("MOV_R32_IMM32", R.EAX, 62),  # kill
        op("SYSCALL"),
        op("RETNQ"),
    )
    base, at = user_code(u)
    res = runner.run(regs(stack, base))
    assert (res.status, res.signo) == (Status.SIGNAL, 6)
    assert res.regs.rip == at[6] and res.regs["rdi"] == os.getpid()


def test_signal_raised_by_a_chained_syscall(stack: Stack, user_code: UserCode) -> None:
    """kill(getpid(), SIGABRT) performed by the runtime for a SYSCALL exit:
    the signal belongs to the user right after `syscall`, as natively."""
    u = Block()
    u.add(
        op("MOV_R32_IMM32", R.EAX, 39),
        op("SYSCALL"),
        op("MOV_R32_RM32", R.EDI, R.EAX),
        op("MOV_R32_IMM32", R.ESI, 6),
        op("MOV_R32_IMM32", R.EAX, 62),
        op("SYSCALL"),
        op("RETNQ"),
    )
    base, at = user_code(u)
    b = BtcBlock()
    b.entry(base)
    b.add(op("MOV_R32_IMM32", R.EAX, 39))
    b.exit(0)
    b.entry(at[2])
    b.add(
        op("MOV_R32_RM32", R.EDI, R.EAX),
        op("MOV_R32_IMM32", R.ESI, 6),
        op("MOV_R32_IMM32", R.EAX, 62),
    )
    b.exit(1)
    start = regs(stack, base, rflags=0x202 | CF)
    with runner.LoadedImage(b.image([(E.SYSCALL, at[2]), (E.SYSCALL, at[6])]).blob()) as img:
        res = runner.run(start, img)
    native = runner.run(start)
    assert native.status == res.status == Status.SIGNAL
    assert native.signo == res.signo == 6
    assert kinds(res) == ["enter", "SYSCALL", "enter", "SYSCALL"]
    assert res.regs == native.regs
    assert res.regs.rip == at[6]
