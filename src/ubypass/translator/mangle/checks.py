"""Address checks: every user memory operand through a checked register.

One fixed sequence (``cmp r, [limit]; jae CHECK``) the code validator
matches, skipped where a dominating check of the same register still
covers the access (State.room).
"""

from __future__ import annotations

from collections.abc import Sequence

from iced_x86 import (
    Code,
    Instruction,
    MemorySizeExt,
    Mnemonic,
    OpKind,
    Register,
    RegisterExt,
    UsedRegister,
)

from ubypass import abi
from ubypass.translator.ir import CodeT, Label, Reg, as_reg, frame_mem, mem, reg_code
from ubypass.translator.isa import is_nonaccess_mem
from ubypass.translator.mangle.exits import ExitCode
from ubypass.translator.mangle.state import _RSP, _WRITES, _i32
from ubypass.translator.region import Node
from ubypass.translator.validate import GUARD

_CACHE_LINE_SHIFT = 6  # 64-byte lines: the split-lock granule


class Checks(ExitCode):
    """Checked user memory operands and rsp as an operand."""

    def check(self, reg: int, fail: Label, jcc: CodeT = Code.JAE_REL32_64) -> None:
        """``cmp reg, frame.addr_limit; jae fail``."""
        self.op(
            Instruction.create_reg_mem(
                Code.CMP_R64_RM64, reg_code(reg), frame_mem(abi.UB_FRAME_ADDR_LIMIT)
            )
        )
        self.clobber_flags()
        self.br(jcc, fail)
        self.stats.checks += 1
        if jcc == Code.JAE_REL32_64 and self.buf is self.hot:
            self.checked |= 1 << reg
            self.past.pop(reg, None)

    def split_check(self, a: int, s: int, size: int, fail: Label) -> None:
        """``[a, a+size)`` must not cross a cache line: exit CHECK if it does.

        Only for locked accesses.  With split-lock detection on, a split
        ``lock`` in kernel mode raises #AC, which the kernel treats as fatal
        (no exception fixup); natively, in user mode, it is a warning or a
        SIGBUS, which the CHECK exit leaves to the native instruction.
        """
        self.lea(s, mem(reg_code(a), size - 1))
        self.op(Instruction.create_reg_reg(Code.XOR_R64_RM64, reg_code(s), reg_code(a)))
        self.op(Instruction.create_reg_u32(Code.SHR_RM64_IMM8, reg_code(s), _CACHE_LINE_SHIFT))
        self.clobber_flags()
        self.br(Code.JNE_REL32_64, fail)
        self.stats.checks += 1

    def address(self, dst: int, instr: Instruction, rsp_reg: int | None) -> list[int]:
        """dst = instr's effective address, but for frame fields still to add.

        Flag-free (lea/mov) and reading user registers only before writing
        dst, so dst may be one of the operand's registers; returns the frame
        offsets (user rsp, fs base) that :meth:`address_adds` adds once the
        flags are saved.
        """
        base, index = instr.memory_base, instr.memory_index
        scale, disp = instr.memory_index_scale, _i32(instr.memory_displacement)
        if base == Register.RIP:
            self.mov_addr(dst, instr.ip_rel_memory_address)
            return []
        adds: list[int] = []
        if base == _RSP:
            if rsp_reg is None:
                base = Register.NONE
                adds.append(abi.UB_FRAME_USER_RSP)
            else:
                base = reg_code(rsp_reg)
        if instr.memory_segment == Register.FS:
            adds.append(abi.UB_FRAME_FS_BASE)
        if base == Register.NONE and index == Register.NONE:
            self.mov_imm(dst, disp)
        elif base == reg_code(dst) and index == Register.NONE and disp == 0:
            pass  # [R] with R the user rsp already in dst: no lea
        else:
            self.lea(dst, mem(base, disp, index, scale))
        return adds

    def address_adds(self, dst: int, adds: list[int]) -> None:
        assert not adds or self.flags_saved or self.flags_dead
        for off in adds:
            self.op(Instruction.create_reg_mem(Code.ADD_R64_RM64, reg_code(dst), frame_mem(off)))
            self.clobber_flags()

    def generic(self, node: Node) -> None:
        instr = node.instr
        assert instr is not None
        kinds = [instr.op_kind(i) for i in range(instr.op_count)]
        mem_op = OpKind.MEMORY in kinds
        used = node.used_registers()
        rsp_reg = OpKind.REGISTER in kinds and any(
            kind == OpKind.REGISTER and RegisterExt.full_register(instr.op_register(i)) == _RSP
            for i, kind in enumerate(kinds)
        )
        faulty = instr.mnemonic in (Mnemonic.DIV, Mnemonic.IDIV)
        if mem_op and instr.mnemonic != Mnemonic.LEA and is_nonaccess_mem(instr):
            return  # nop/prefetch with a memory operand: no effect, no access
        access = mem_op and not is_nonaccess_mem(instr)
        base = instr.memory_base if mem_op else Register.NONE
        if mem_op and not access and base == Register.RIP:
            self.lea_rip(instr)
            return
        if not access and not rsp_reg and base != _RSP:
            self.user_op(instr.copy(), self.loc({}) if faulty else None)
            return
        rsp_written = any(
            RegisterExt.full_register(u.register) == _RSP and u.access in _WRITES for u in used
        )
        avoid = _reg_mask(used)
        need_r = rsp_reg or base == _RSP
        n = 2 if rsp_reg and access else 1
        split = access and _locked(instr) and _mem_size(instr) > 1
        # [reg+d] is checked in place (reg, unless an earlier check of it
        # dominates), unless reg is rax and rax takes the flags
        direct = (
            access and not split and _direct_base(instr)
            and (base != Register.RAX or self.rax_free())
        )
        if direct:
            n = 1 if rsp_reg else 0
        # [rsp+d] likewise: the register holding the user rsp is checked
        direct_rsp = access and not split and not rsp_reg and _direct_rsp(instr)
        sc = self.pick(node, n + split, avoid)
        r = sc.regs[0] if need_r else None
        a = (sc.regs[1] if rsp_reg else sc.regs[0]) if access and not direct else None
        if r is not None:
            self.load_user_rsp(r)
        new = instr.copy()
        if rsp_reg:
            assert r is not None
            _subst_rsp(new, r)
        if direct or direct_rsp:
            checked = RegisterExt.number(base) if direct else r
            assert checked is not None
            if self.room(checked) < _i32(instr.memory_displacement) + _mem_size(instr):
                self.save_flags()
                self.check(checked, self.check_fail(sc))
            if direct_rsp:
                new.memory_base = reg_code(checked)
            self.user_op(new, self.loc(sc.spills))
        elif access:
            assert a is not None
            adds = self.address(a, instr, r)
            self.save_flags()
            self.address_adds(a, adds)
            self.check(a, self.check_fail(sc))
            if split:
                self.split_check(a, sc.regs[-1], _mem_size(instr), self.check_fail(sc))
            _set_mem(new, reg_code(a))
            self.user_op(new, self.loc(sc.spills))
        else:
            if base == _RSP:
                assert r is not None
                new.memory_base = reg_code(r)
            self.user_op(new, self.loc(sc.spills) if faulty else None)
        if rsp_written:
            assert r is not None
            self.store(frame_mem(abi.UB_FRAME_USER_RSP), r)
        self.unspill(sc)

    def lea_rip(self, instr: Instruction) -> None:
        """lea r, [rip+x] -> mov r, imm64 (the user address, not the BTC's);
        a 32-bit destination then truncates it with ``mov r32, r32`` (the
        field stays a whole relocatable address).  isa refuses 16-bit ones."""
        dst = instr.op0_register
        full = RegisterExt.number(RegisterExt.full_register(dst))
        self.mov_addr(full, instr.ip_rel_memory_address)
        if RegisterExt.size(dst) == 4:
            self.op(Instruction.create_reg_reg(Code.MOV_R32_RM32, dst, dst))


def _reg_mask(used: Sequence[UsedRegister]) -> int:
    mask = 0
    for u in used:
        reg = u.register
        if RegisterExt.is_gpr(reg):
            mask |= 1 << RegisterExt.number(RegisterExt.full_register(reg))
    return mask


def _subst_rsp(instr: Instruction, r: int) -> None:
    """Replace rsp/esp register operands and an rsp base by scratch ``r``."""
    for i in range(instr.op_count):
        if instr.op_kind(i) == OpKind.REGISTER:
            reg = instr.op_register(i)
            if reg == Register.RSP:
                instr.set_op_register(i, reg_code(r))
            elif reg == Register.ESP:
                instr.set_op_register(i, as_reg(Register.EAX + r))
    if instr.memory_base == Register.RSP:
        instr.memory_base = reg_code(r)


def _locked(instr: Instruction) -> bool:
    """An atomic read-modify-write: ``lock`` prefixed, or xchg with memory."""
    return instr.has_lock_prefix or instr.mnemonic == Mnemonic.XCHG


def _mem_size(instr: Instruction) -> int:
    return int(MemorySizeExt.size(instr.memory_size))


def _direct_base(instr: Instruction) -> bool:
    """``[reg+d]``, ``0 <= d``, ``d + size <= GUARD``: check the user register
    itself.  Past a checked register lies at most the guard page below the
    non-canonical hole, which faults natively too (the fault map returns
    such an access to user mode, where it faults the same way)."""
    base = instr.memory_base
    size = _mem_size(instr)
    return (
        base not in (Register.NONE, Register.RIP, _RSP)
        and instr.memory_index == Register.NONE
        and size > 0 and instr.memory_displacement + size <= GUARD
        and instr.memory_segment not in (Register.FS, Register.GS)
    )


def _direct_rsp(instr: Instruction) -> bool:
    """``[rsp+d]`` as :func:`_direct_base` allows ``[reg+d]``: through the
    register holding the user rsp, checked."""
    size = _mem_size(instr)
    return (
        instr.memory_base == _RSP and instr.memory_index == Register.NONE
        and size > 0 and instr.memory_displacement + size <= GUARD
        and instr.memory_segment not in (Register.FS, Register.GS)
    )


def _set_mem(instr: Instruction, base: Reg) -> None:
    instr.memory_base = base
    instr.memory_index = Register.NONE
    instr.memory_index_scale = 1
    instr.memory_displacement = 0
    instr.memory_displ_size = 0
    instr.segment_prefix = Register.NONE
