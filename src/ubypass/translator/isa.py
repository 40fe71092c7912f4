"""Which instructions the translator handles, and how control leaves each.

This is a whitelist: an instruction is translated only if its mnemonic (for
general-purpose code) or its whole CPUID feature set (for vector code) is one
the mangler was written for, every register operand is a kind BTC code may
touch, and every memory access it makes is one the mangler checks.  Anything
else ends the region before it with a human-readable reason.
"""

from __future__ import annotations

import enum
import functools

from iced_x86 import (
    Code,
    CpuidFeature,
    Instruction,
    InstructionInfo,
    InstructionInfoFactory,
    Mnemonic,
    OpKind,
    Register,
    RegisterExt,
)

from ubypass.translator.ir import Reg

__all__ = ["PROFILER_MARKS", "Kind", "classify", "classify_as_is", "is_nonaccess_mem", "rsp_views"]


class Kind(enum.Enum):
    """How control leaves an instruction (the region graph's edge kinds)."""

    PLAIN = "plain"  # falls through
    JMP = "jmp"  # direct jump
    JCC = "jcc"  # conditional (incl. jrcxz, loop)
    CALL = "call"  # direct call
    CALL_IND = "call_ind"  # indirect call
    RET = "ret"
    JMP_IND = "jmp_ind"  # indirect jump
    SYSCALL = "syscall"  # becomes a SYSCALL exit
    END = "end"  # not translated: END exit before it


def _mn(*names: str) -> frozenset[int]:
    return frozenset(getattr(Mnemonic, n) for n in names)


#: General-purpose mnemonics the mangler handles (memory operands generically).
_GP = _mn(
    "MOV", "MOVZX", "MOVSX", "MOVSXD", "LEA", "ADD", "ADC", "SUB", "SBB", "AND", "OR", "XOR",
    "NOT", "NEG", "INC", "DEC", "CMP", "TEST", "IMUL", "MUL", "DIV", "IDIV", "SHL", "SHR", "SAR",
    "SAL", "ROL", "ROR", "RCL", "RCR", "SHLD", "SHRD", "BT", "BTS", "BTR", "BTC", "BSF", "BSR",
    "TZCNT", "LZCNT", "POPCNT", "BSWAP", "MOVBE", "XCHG", "XADD", "CMPXCHG", "CMPXCHG8B",
    "CMPXCHG16B", "CMOVO", "CMOVNO", "CMOVB", "CMOVAE", "CMOVE", "CMOVNE", "CMOVBE", "CMOVA",
    "CMOVS", "CMOVNS", "CMOVP", "CMOVNP", "CMOVL", "CMOVGE", "CMOVLE", "CMOVG", "SETO", "SETNO",
    "SETB", "SETAE", "SETE", "SETNE", "SETBE", "SETA", "SETS", "SETNS", "SETP", "SETNP", "SETL",
    "SETGE", "SETLE", "SETG", "CBW", "CWDE", "CDQE", "CWD", "CDQ", "CQO", "CLC", "STC", "CMC",
    "CLD", "STD", "LAHF", "SAHF", "NOP", "PAUSE", "LFENCE", "MFENCE", "SFENCE", "PREFETCHNTA",
    "PREFETCHT0", "PREFETCHT1", "PREFETCHT2", "PREFETCHW", "ENDBR64", "RDTSC", "RDTSCP",
    "RDPID", "ANDN", "BEXTR", "BLSI", "BLSMSK", "BLSR", "BZHI", "MULX", "PDEP", "PEXT", "RORX",
    "SARX", "SHLX", "SHRX", "ADCX", "ADOX", "CRC32", "PUSH", "POP", "LEAVE", "CALL", "RET",
    "JMP", "JO", "JNO", "JB", "JAE", "JE", "JNE", "JBE", "JA", "JS", "JNS", "JP", "JNP", "JL",
    "JGE", "JLE", "JG", "JRCXZ", "LOOP", "SYSCALL", "MOVSB", "MOVSW", "MOVSD", "MOVSQ",
    "STOSB", "STOSW", "STOSD", "STOSQ", "LODSB", "LODSW", "LODSD", "LODSQ", "CMPSB", "CMPSW",
    "CMPSD", "CMPSQ", "SCASB", "SCASW", "SCASD", "SCASQ", "UD2",
)  # fmt: skip

_BASE_FEATURES = frozenset(
    {
        CpuidFeature.INTEL8086, CpuidFeature.INTEL186, CpuidFeature.INTEL286,
        CpuidFeature.INTEL386, CpuidFeature.INTEL486, CpuidFeature.X64, CpuidFeature.CMOV,
        CpuidFeature.CX8, CpuidFeature.CMPXCHG16B, CpuidFeature.BMI1, CpuidFeature.BMI2,
        CpuidFeature.LZCNT, CpuidFeature.POPCNT, CpuidFeature.MOVBE, CpuidFeature.ADX,
        CpuidFeature.MULTIBYTENOP, CpuidFeature.PAUSE, CpuidFeature.SSE, CpuidFeature.SSE2,
        CpuidFeature.PREFETCHW, CpuidFeature.CET_IBT, CpuidFeature.TSC, CpuidFeature.RDTSCP,
        CpuidFeature.RDPID, CpuidFeature.SSE4_2, CpuidFeature.SYSCALL,
    }
)  # fmt: skip

#: Vector extensions whose instructions only touch user registers and memory.
_VECTOR_FEATURES = frozenset(
    {
        CpuidFeature.SSE, CpuidFeature.SSE2, CpuidFeature.SSE3, CpuidFeature.SSSE3,
        CpuidFeature.SSE4_1, CpuidFeature.SSE4_2, CpuidFeature.AVX, CpuidFeature.AVX2,
        CpuidFeature.FMA, CpuidFeature.F16C, CpuidFeature.AES, CpuidFeature.PCLMULQDQ,
        CpuidFeature.VPCLMULQDQ, CpuidFeature.VAES, CpuidFeature.GFNI, CpuidFeature.SHA,
        CpuidFeature.AVX512F, CpuidFeature.AVX512BW, CpuidFeature.AVX512VL,
        CpuidFeature.AVX512DQ, CpuidFeature.AVX512CD, CpuidFeature.AVX512_VBMI,
        CpuidFeature.AVX512_VBMI2, CpuidFeature.AVX512_BITALG, CpuidFeature.AVX512_VPOPCNTDQ,
        CpuidFeature.AVX512_IFMA, CpuidFeature.AVX512_VNNI, CpuidFeature.MMX,
    }
)  # fmt: skip

#: In a whitelisted feature set but not allowed (state save/restore, odd
#: implicit memory).
_VECTOR_DENY = _mn("MASKMOVDQU", "VMASKMOVDQU", "MASKMOVQ", "LDMXCSR", "VLDMXCSR")

#: Memory-operand instructions that do not access memory.
_NONACCESS = _mn("LEA", "NOP", "PREFETCHNTA", "PREFETCHT0", "PREFETCHT1", "PREFETCHT2", "PREFETCHW")

_STRING = _mn(
    "MOVSB", "MOVSW", "MOVSD", "MOVSQ", "STOSB", "STOSW", "STOSD", "STOSQ", "LODSB", "LODSW",
    "LODSD", "LODSQ", "CMPSB", "CMPSW", "CMPSD", "CMPSQ", "SCASB", "SCASW", "SCASD", "SCASQ",
)  # fmt: skip

_REPNE_OK = _mn("CMPSB", "CMPSW", "CMPSD", "CMPSQ", "SCASB", "SCASW", "SCASD", "SCASQ")
_STACK_OK = _mn("PUSH", "POP", "LEAVE", "CALL", "RET")
#: plain instructions the mangler replaces by others (the rest it emits as
#: they are, with rewritten memory operands at most)
_REWRITTEN = _mn("PUSH", "POP", "LEAVE", "ENDBR64")
_STRING_OPS = frozenset({OpKind.MEMORY_SEG_RSI, OpKind.MEMORY_ESRDI, OpKind.MEMORY_SEG_RDI})
_IMMS = frozenset(
    {
        OpKind.IMMEDIATE8, OpKind.IMMEDIATE16, OpKind.IMMEDIATE32, OpKind.IMMEDIATE64,
        OpKind.IMMEDIATE8TO16, OpKind.IMMEDIATE8TO32, OpKind.IMMEDIATE8TO64,
        OpKind.IMMEDIATE32TO64, OpKind.IMMEDIATE8_2ND,
    }
)  # fmt: skip

_info = InstructionInfoFactory()


def is_nonaccess_mem(instr: Instruction) -> bool:
    """True for memory-form instructions that never touch memory (lea, nop...)."""
    return instr.mnemonic in _NONACCESS


def rsp_views() -> dict[int, int]:
    """RSP/ESP → operand size, the only rsp views the mangler rewrites."""
    return {Register.RSP: 8, Register.ESP: 4}


def _reg_ok(reg: Reg) -> str | None:
    if reg == Register.NONE:
        return None
    if RegisterExt.is_gpr(reg):
        full = RegisterExt.full_register(reg)
        if full == Register.RSP and reg not in rsp_views():
            return f"{_reg_name(reg)} operand"
        return None
    if (
        RegisterExt.is_xmm(reg)
        or RegisterExt.is_ymm(reg)
        or RegisterExt.is_zmm(reg)
        or RegisterExt.is_k(reg)
        or RegisterExt.is_mm(reg)
    ):
        return None
    return f"{_reg_name(reg)} operand"


def _names(enum_type: object) -> dict[int, str]:
    out: dict[int, str] = {}
    for name in dir(enum_type):
        value = getattr(enum_type, name)
        if not name.startswith("_") and isinstance(value, int):
            out.setdefault(value, name.lower())
    return out


_REG_NAMES = _names(Register)
_MN_NAMES = _names(Mnemonic)


def _reg_name(reg: Reg) -> str:
    return _REG_NAMES.get(reg, f"register {reg}")


def _mnemonic_name(instr: Instruction) -> str:
    return _MN_NAMES.get(instr.mnemonic, f"mnemonic {instr.mnemonic}")


def _memory_reason(instr: Instruction) -> str | None:
    """Why this instruction's explicit memory operand cannot be checked."""
    if instr.is_vsib:
        return "vector-indexed (gather/scatter) operand"
    seg = instr.memory_segment
    if seg == Register.GS:
        return "gs: operand"
    if seg not in (Register.DS, Register.SS, Register.ES, Register.CS, Register.FS):
        return "segment operand"
    base, index = instr.memory_base, instr.memory_index
    if base not in (Register.NONE, Register.RIP) and not RegisterExt.is_gpr64(base):
        return "32-bit address"
    if index != Register.NONE and not RegisterExt.is_gpr64(index):
        return "32-bit address"
    if base == Register.RIP and seg == Register.FS:
        return "fs: rip-relative operand"
    return None


def _implicit_memory_reason(
    instr: Instruction, has_mem_op: bool, info: InstructionInfo | None = None
) -> str | None:
    """Every memory access must be one the mangler checks (safety net)."""
    mn = instr.mnemonic
    if mn in _STACK_OK or mn in _STRING or mn in _NONACCESS:
        return None
    used = (info or _info.info(instr)).used_memory()
    if not used:
        return None
    if len(used) == 1 and has_mem_op:
        return None
    return "implicit memory access"


def _features(instr: Instruction) -> frozenset[int]:
    """CPUID features of ``instr`` (they depend on its code only: cached)."""
    code = instr.code
    f = _FEATURES.get(code)
    if f is None:
        f = _FEATURES[code] = frozenset(instr.cpuid_features())
    return f


_FEATURES: dict[int, frozenset[int]] = {}


def classify(instr: Instruction, info: InstructionInfo | None = None) -> tuple[Kind, str]:
    """The instruction's kind, or (END, reason) if it is not translated.

    ``info`` is ``instr``'s InstructionInfo when the caller has it already.
    """
    kind, why = _classify(instr, info)
    if kind == Kind.PLAIN and instr.mnemonic not in _REWRITTEN and \
            instr.code not in _allowlist():
        # emitted as it is, and the kernel would refuse the whole image
        return Kind.END, f"{_mnemonic_name(instr)}: not on the code validators' allowlist"
    return kind, why


def classify_as_is(instr: Instruction) -> bool:
    """Whether the translator would emit ``instr`` as it is (memory operands
    rewritten at most), the code validators' allowlist aside: what
    vecops.py builds that allowlist's vector part from."""
    return _classify(instr, None)[0] == Kind.PLAIN and instr.mnemonic not in _REWRITTEN


@functools.cache
def _allowlist() -> frozenset[int]:
    # validate.py builds its list from this module's rules: imported late
    from ubypass.translator.validate import ALLOWED

    return ALLOWED


#: The lab profiler's window marks (bench/ubprof.h): NOPs the TCG plugin
#: recognises by their displacement ("UBOP", "UBCL") when it translates user
#: code.  A BTC would drop them (no access, no effect), so they end regions:
#: they run natively and the plugin sees a bypassed program's marks too.
PROFILER_MARKS = frozenset({0x504F4255, 0x4C434255})


def _classify(instr: Instruction, info: InstructionInfo | None) -> tuple[Kind, str]:
    if instr.code == Code.INVALID:
        return Kind.END, "undecodable bytes"
    if instr.code == Code.NOP_RM32 and instr.memory_displacement in PROFILER_MARKS:
        return Kind.END, "a lab profiler mark"
    mn = instr.mnemonic
    name = _mnemonic_name(instr)
    if mn == Mnemonic.SYSCALL:
        return Kind.SYSCALL, ""
    if instr.is_privileged:
        return Kind.END, f"privileged instruction {name}"
    features = _features(instr)
    if mn in _GP:
        if not features <= _BASE_FEATURES:
            return Kind.END, f"unsupported instruction {name}"
        if mn == Mnemonic.UD2:
            return Kind.END, "ud2"
    else:
        vector = features - {CpuidFeature.X64}  # e.g. movq r64, xmm needs both
        if not vector or not vector <= _VECTOR_FEATURES or mn in _VECTOR_DENY:
            return Kind.END, f"unsupported instruction {name}"
    if instr.has_xacquire_prefix or instr.has_xrelease_prefix:
        return Kind.END, f"hle prefix on {name}"
    has_mem = False
    for i in range(instr.op_count):
        kind = instr.op_kind(i)
        if kind == OpKind.REGISTER:
            why = _reg_ok(instr.op_register(i))
            if why:
                return Kind.END, f"{why} in {name}"
        elif kind == OpKind.MEMORY:
            has_mem = True
            why = _memory_reason(instr)
            if why:
                return Kind.END, why
        elif kind in _STRING_OPS:
            if instr.segment_prefix != Register.NONE:
                return Kind.END, f"segment override on {name}"
        elif kind in _IMMS or kind == OpKind.NEAR_BRANCH64:
            pass
        else:
            return Kind.END, f"unsupported operand in {name}"
    why = _implicit_memory_reason(instr, has_mem, info)
    if why:
        return Kind.END, f"{why} in {name}"
    if (
        mn == Mnemonic.LEA
        and instr.memory_base == Register.RIP
        and RegisterExt.size(instr.op0_register) == 2
    ):  # writes only 16 bits: the relocatable imm64 would need a scratch register
        return Kind.END, "16-bit lea of a rip-relative address"
    return _control_kind(instr, name)


def _control_kind(instr: Instruction, name: str) -> tuple[Kind, str]:
    mn = instr.mnemonic
    if mn == Mnemonic.JMP:
        if instr.is_jmp_short_or_near:
            return Kind.JMP, ""
        if instr.is_jmp_near_indirect:
            return Kind.JMP_IND, ""
        return Kind.END, "far jmp"
    if mn == Mnemonic.CALL:
        if instr.is_call_near:
            return Kind.CALL, ""
        if instr.is_call_near_indirect:
            return Kind.CALL_IND, ""
        return Kind.END, "far call"
    if mn == Mnemonic.RET:
        if instr.code not in (Code.RETNQ, Code.RETNQ_IMM16):
            return Kind.END, f"{name} with operand size override"
        return Kind.RET, ""
    if instr.is_jcc_short_or_near or mn in (Mnemonic.JRCXZ, Mnemonic.LOOP):
        if mn == Mnemonic.JRCXZ and instr.code != Code.JRCXZ_REL8_64:
            return Kind.END, "jecxz"
        if mn == Mnemonic.LOOP and instr.code != Code.LOOP_REL8_64_RCX:
            return Kind.END, "loop with ecx"
        return Kind.JCC, ""
    if mn in (Mnemonic.PUSH, Mnemonic.POP):
        if instr.code not in (
            Code.PUSH_R64,
            Code.PUSH_RM64,
            Code.PUSHQ_IMM8,
            Code.PUSHQ_IMM32,
            Code.POP_R64,
            Code.POP_RM64,
        ):
            return Kind.END, f"{name} form {instr.code}"
        if instr.op0_kind == OpKind.REGISTER and instr.op0_register == Register.RSP:
            return Kind.END, f"{name} rsp"
    if mn == Mnemonic.LEAVE and instr.code != Code.LEAVEQ:
        return Kind.END, "16-bit leave"
    if instr.is_string_instruction and instr.has_repne_prefix and mn not in _REPNE_OK:
        return Kind.END, f"repne {name}"
    return Kind.PLAIN, ""
