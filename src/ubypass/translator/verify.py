"""An independent check of BTC code: the SFI rules read back from the bytes.

The mangler is trusted to insert checks; this module does not trust it.  It
decodes the emitted code and reports every instruction that breaks a rule:
an indirect or privileged branch, a use of the real ``rsp`` other than a
frame field or a pushfq/popfq pair, a memory access that is missing from the
fault map or is not preceded by a limit check of its address register, a
``rep`` string instruction that has not just paid the budget.  Tests
run it over every translation; the kernel daemon can run it before install.
"""

from __future__ import annotations

from iced_x86 import Code, Decoder, FlowControl, Instruction, Mnemonic, OpKind, Register

from ubypass import abi
from ubypass.translator.translate import Translation

__all__ = ["verify"]

#: How far back a limit check may be from the access it guards (a rep
#: string instruction's first pointer check is ~18 back: the second
#: pointer's checks and the budget charge come between).
_WINDOW = 20
_FRAME_FIELDS = range(0, abi.UB_FRAME_RUNTIME)
_OK_FLOW = frozenset(
    {FlowControl.NEXT, FlowControl.UNCONDITIONAL_BRANCH, FlowControl.CONDITIONAL_BRANCH}
)


def _is_limit_check(ins: Instruction, reg: int) -> bool:
    return (
        ins.mnemonic == Mnemonic.CMP
        and ins.op0_kind == OpKind.REGISTER
        and ins.op0_register == reg
        and ins.op1_kind == OpKind.MEMORY
        and ins.memory_base == Register.RSP
        and ins.memory_displacement == abi.UB_FRAME_ADDR_LIMIT
    )


def _writes(ins: Instruction, reg: int) -> bool:
    return (
        ins.op_count > 0
        and ins.op0_kind == OpKind.REGISTER
        and ins.op0_register == reg
        and (ins.mnemonic not in (Mnemonic.CMP, Mnemonic.TEST))
    )


def _checked(prev: list[Instruction], reg: int) -> bool:
    """Is ``reg`` compared with frame.addr_limit shortly before, unchanged since?"""
    for ins in reversed(prev[-_WINDOW:]):
        if _is_limit_check(ins, reg):
            return True
        if _writes(ins, reg):
            return False
    return False


def _charged(prev: list[Instruction]) -> bool:
    """Did a rep's budget charge (``add r, [budget]``, then shortly
    ``mov [budget], r``) run just before?"""
    for i in range(len(prev) - 1, max(len(prev) - _WINDOW, 0) - 1, -1):
        store = prev[i]
        if store.code == Code.MOV_RM64_R64 and _is_budget(store, 0):
            return any(
                p.code == Code.ADD_R64_RM64
                and p.op0_register == store.op1_register
                and _is_budget(p, 1)
                for p in prev[max(i - 3, 0) : i]
            )
    return False


def _is_budget(ins: Instruction, n: int) -> bool:
    return (
        ins.op_kind(n) == OpKind.MEMORY
        and ins.memory_base == Register.RSP
        and ins.memory_index == Register.NONE
        and ins.memory_displacement == abi.UB_FRAME_BUDGET
    )


def _rsp_ok(ins: Instruction) -> bool:
    """The real rsp is only the frame base and the pushfq/popfq stack."""
    if ins.code in (Code.PUSHFQ, Code.POPFQ):
        return True
    for i in range(ins.op_count):
        if ins.op_kind(i) == OpKind.REGISTER and ins.op_register(i) in (Register.RSP, Register.ESP):
            return False
    if ins.code in (Code.PUSH_RM64, Code.POP_RM64):
        return ins.op0_kind == OpKind.MEMORY and ins.memory_base == Register.RSP
    return not ins.is_stack_instruction


def verify(t: Translation) -> list[str]:
    """Every SFI rule violation found in ``t``'s code (empty when sound)."""
    problems: list[str] = []
    faults = {off for off, _rip, _loc in t.faults}
    prev: list[Instruction] = []
    for ins in Decoder(64, t.code, ip=0):
        where = f"{ins.ip:#x} {ins}"
        if ins.code == Code.INVALID:
            problems.append(f"{where}: undecodable")
        if ins.is_privileged or ins.flow_control not in _OK_FLOW:
            problems.append(f"{where}: forbidden control transfer or privileged")
        if not _rsp_ok(ins):
            problems.append(f"{where}: uses the real rsp")
        has_mem = any(ins.op_kind(i) == OpKind.MEMORY for i in range(ins.op_count))
        is_lea = ins.mnemonic == Mnemonic.LEA
        if has_mem and ins.memory_base == Register.RSP:
            if ins.memory_index != Register.NONE or ins.memory_displacement not in _FRAME_FIELDS:
                problems.append(f"{where}: outside the frame")
        elif has_mem and not is_lea:
            if ins.memory_base == Register.RIP or ins.memory_segment in (Register.FS, Register.GS):
                problems.append(f"{where}: rip-relative or segment access")
            if ins.ip not in faults:
                problems.append(f"{where}: access missing from the fault map")
            base = ins.memory_base
            if base == Register.NONE or not (
                _checked(prev, base) and ins.memory_index == Register.NONE
            ):
                problems.append(f"{where}: address not checked")
        if ins.is_string_instruction:
            regs = []
            kinds = {ins.op_kind(i) for i in range(ins.op_count)}
            if OpKind.MEMORY_SEG_RSI in kinds:
                regs.append(Register.RSI)
            if kinds & {OpKind.MEMORY_ESRDI, OpKind.MEMORY_SEG_RDI}:
                regs.append(Register.RDI)
            for reg in regs:
                if not _checked(prev, reg):
                    problems.append(f"{where}: string pointer not checked")
            rep = ins.has_rep_prefix or ins.has_repe_prefix or ins.has_repne_prefix
            if rep and not _charged(prev):
                problems.append(f"{where}: rep without its budget charge")
            if ins.ip not in faults:
                problems.append(f"{where}: access missing from the fault map")
        prev.append(ins)
        if len(prev) > 4 * _WINDOW:
            del prev[: 2 * _WINDOW]
    return problems
