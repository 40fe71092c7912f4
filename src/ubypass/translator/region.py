"""Region discovery: the control-flow graph reachable from the entry RIPs.

Follows direct jumps, both sides of conditional branches and direct calls
(whose return sites become known indirect targets), recovers gcc's PIC
jump tables when the whole idiom is present, and stops at ``syscall`` (its
next RIP becomes an entry), at the size limit, and at anything
:func:`isa.classify` refuses.  Every RIP the graph refers to is a node, so
every branch has a target: translated code or an END exit.
"""

from __future__ import annotations

import struct
from collections import deque
from collections.abc import Sequence, Set
from dataclasses import dataclass, field

from iced_x86 import (
    Code,
    Decoder,
    Instruction,
    InstructionInfoFactory,
    Mnemonic,
    OpAccess,
    OpKind,
    Register,
    RegisterExt,
    UsedRegister,
)

from ubypass.translator.ir import Reg
from ubypass.translator.isa import Kind, classify
from ubypass.translator.source import CodeSource, NotTranslatable

__all__ = ["Node", "Region", "discover"]

_MAX_INSN = 15
_MAX_TABLE = 4096


@dataclass(eq=False, slots=True)
class Node:
    """One original instruction (or an END exit standing where one would be)."""

    rip: int
    instr: Instruction | None
    kind: Kind
    reason: str = ""
    target: int | None = None  # direct branch/call target
    fall: int | None = None  # next RIP, when control can fall through
    table: list[int] = field(default_factory=list)  # jump table targets (JMP_IND)
    used: list[UsedRegister] | None = None  # instr's used_registers(), if known

    def used_registers(self) -> list[UsedRegister]:
        """iced-x86's used registers of ``instr`` (computed once)."""
        if self.used is None:
            assert self.instr is not None
            self.used = _INFO.info(self.instr).used_registers()
        return self.used

    @property
    def length(self) -> int:
        return self.instr.len if self.instr is not None else 0


@dataclass
class Region:
    """The discovered graph; ``known`` are the targets indirect lookups compare."""

    nodes: dict[int, Node]
    entries: list[int]
    known: list[int]
    labelled: set[int]  # RIPs reached other than by falling through


def _fetch(source: CodeSource, rip: int) -> bytes:
    for size in range(_MAX_INSN, 0, -1):
        try:
            return source.read(rip, size)
        except NotTranslatable:
            if size == 1:
                raise
    raise AssertionError("unreachable")


def _decode(source: CodeSource, rip: int) -> Node:
    try:
        data = _fetch(source, rip)
    except NotTranslatable as e:
        return Node(rip, None, Kind.END, f"not translatable: {e}")
    instr = Decoder(64, data, ip=rip).decode()
    if instr.code == Code.INVALID:
        return Node(rip, None, Kind.END, "undecodable bytes")
    info = _INFO.info(instr)
    kind, reason = classify(instr, info)
    if kind is Kind.END:
        return Node(rip, None, kind, reason)
    node = Node(rip, instr, kind, used=info.used_registers())
    if kind in (Kind.PLAIN, Kind.JCC, Kind.CALL, Kind.CALL_IND):
        node.fall = instr.next_ip
    if kind in (Kind.JMP, Kind.JCC, Kind.CALL):
        node.target = instr.near_branch_target
    return node


def discover(source: CodeSource, entries: Sequence[int], max_insns: int,
             within: Set[int] | None = None) -> Region:
    """Build the region graph; ``max_insns`` bounds translated instructions.

    ``within``, if given, is the only code translated: a fused region is the
    union of regions already translated (each within its own cap), and a
    breadth-first walk from all their entries at once would spend the cap on
    cold paths and cut hot ones.
    """
    nodes: dict[int, Node] = {}
    fall_pred: dict[int, int] = {}
    entry_list = list(dict.fromkeys(entries))
    known: dict[int, None] = dict.fromkeys(entry_list)
    labelled: set[int] = set(entry_list)
    work: deque[int] = deque(entry_list)
    count = 0

    def want(rip: int, *, label: bool = True) -> None:
        if label:
            labelled.add(rip)
        if rip not in nodes:
            work.append(rip)

    while work:
        rip = work.popleft()
        if rip in nodes:
            continue
        if count >= max_insns:
            nodes[rip] = Node(rip, None, Kind.END, "size limit")
            continue
        if within is not None and rip not in within:
            nodes[rip] = Node(rip, None, Kind.END, "outside the fused regions")
            continue
        node = _decode(source, rip)
        nodes[rip] = node
        if node.kind is Kind.END:
            continue
        count += 1
        if node.kind is Kind.SYSCALL:
            assert node.instr is not None
            nxt = node.instr.next_ip
            if nxt not in known:
                entry_list.append(nxt)
                known[nxt] = None
            want(nxt)
            continue
        if node.kind is Kind.JMP_IND:
            node.table = _jump_table(source, nodes, fall_pred, node)
            for t in node.table:
                known.setdefault(t, None)
                want(t)
        if node.target is not None:
            want(node.target)
        if node.fall is not None:
            if node.kind in (Kind.CALL, Kind.CALL_IND):
                if not _padding(source, node.fall):
                    known.setdefault(node.fall, None)
                    want(node.fall)
            else:
                fall_pred.setdefault(node.fall, rip)
                want(node.fall, label=False)
    return Region(nodes, entry_list, list(known), labelled)


def _padding(source: CodeSource, rip: int) -> bool:
    """Alignment padding after a call: the callee surely never returns.

    gcc pads after calls to noreturn functions (``__stack_chk_fail``); such
    a "return site" is the next function or junk, so it is not translated
    eagerly.  If it is ever reached, the lookup misses and the region grows.
    """
    try:
        instr = Decoder(64, _fetch(source, rip), ip=rip).decode()
    except NotTranslatable:
        return True
    return instr.mnemonic in (Mnemonic.NOP, Mnemonic.INT3) or instr.code == Code.INVALID


def _gpr64(reg: Reg) -> int:
    return int(RegisterExt.full_register(reg)) if RegisterExt.is_gpr(reg) else reg


def _writes(instr: Instruction, reg: int) -> bool:
    """Conservatively: may ``instr`` change 64-bit register ``reg``?"""
    for used in _INFO.info(instr).used_registers():
        if _gpr64(used.register) == reg and used.access not in (OpAccess.READ, OpAccess.COND_READ):
            return True
    return False


def _self_extend(instr: Instruction, reg: int) -> bool:
    """``mov r32, r32`` / ``movzx r, r8`` of the same register: a bound survives."""
    return (
        instr.mnemonic in (Mnemonic.MOV, Mnemonic.MOVZX)
        and instr.op0_kind == OpKind.REGISTER
        and instr.op1_kind == OpKind.REGISTER
        and _gpr64(instr.op0_register) == reg
        and _gpr64(instr.op1_register) == reg
    )


def _chain(
    nodes: dict[int, Node], fall_pred: dict[int, int], rip: int, n: int
) -> list[Instruction]:
    """Up to n instructions that fall through into ``rip``, nearest first."""
    out: list[Instruction] = []
    cur: int | None = rip
    while len(out) < n:
        cur = fall_pred.get(cur) if cur is not None else None
        if cur is None or nodes[cur].instr is None:
            break
        instr = nodes[cur].instr
        assert instr is not None
        out.append(instr)
    return out


def _jump_table(
    source: CodeSource, nodes: dict[int, Node], fall_pred: dict[int, int], jmp: Node
) -> list[int]:
    """Targets of gcc's ``cmp i,N; ja; movsxd r,[b+i*4]; add r,b; jmp r`` idiom.

    The pieces are searched backwards along the fall-through chain:
    ``add r, b``, the table load, the ``ja`` and ``cmp`` bounding the index
    (which may only be zero-extended in between) and ``lea b, [rip+T]``.
    A wrong guess only adds translated code: every target is still compared
    at run time.
    """
    read_data = getattr(source, "read_data", None)
    assert jmp.instr is not None
    if read_data is None or jmp.instr.op0_kind != OpKind.REGISTER:
        return []
    reg = _gpr64(jmp.instr.op0_register)
    chain = _chain(nodes, fall_pred, jmp.rip, 32)
    i = 0

    def find(pred: object, forbid: tuple[int, ...], allow: object = None) -> Instruction | None:
        nonlocal i
        while i < len(chain):
            ins = chain[i]
            i += 1
            if pred(ins):  # type: ignore[operator]
                return ins
            if any(_writes(ins, r) for r in forbid) and not (allow and allow(ins)):  # type: ignore[operator]
                return None
        return None

    add = find(
        lambda x: (
            x.mnemonic == Mnemonic.ADD
            and x.op0_kind == OpKind.REGISTER
            and x.op1_kind == OpKind.REGISTER
            and _gpr64(x.op0_register) == reg
        ),
        (reg,),
    )
    if add is None:
        return []
    base = _gpr64(add.op1_register)
    load = find(
        lambda x: (
            x.mnemonic == Mnemonic.MOVSXD
            and x.op1_kind == OpKind.MEMORY
            and _gpr64(x.op0_register) == reg
            and x.memory_base == base
            and x.memory_index_scale == 4
            and x.memory_displacement == 0
        ),
        (reg, base),
    )
    if load is None:
        return []
    index = _gpr64(load.memory_index)
    after_load = i
    ja = find(lambda x: x.mnemonic == Mnemonic.JA, (index,), lambda x: _self_extend(x, index))
    cmp = chain[i] if ja is not None and i < len(chain) else None
    if (
        cmp is None
        or cmp.mnemonic != Mnemonic.CMP
        or cmp.op0_kind != OpKind.REGISTER
        or _gpr64(cmp.op0_register) != index
        or cmp.op1_kind not in _IMM_KINDS
    ):
        return []
    bound = cmp.immediate(1) & ((1 << (8 * RegisterExt.size(cmp.op0_register))) - 1)
    i = after_load
    lea = find(
        lambda x: (
            x.mnemonic == Mnemonic.LEA
            and x.memory_base == Register.RIP
            and _gpr64(x.op0_register) == base
        ),
        (base,),
    )
    if lea is None or not 0 <= bound < _MAX_TABLE:
        return []
    table = lea.ip_rel_memory_address
    try:
        raw = read_data(table, 4 * (bound + 1))
    except NotTranslatable:
        return []
    targets = [table + off for (off,) in struct.iter_unpack("<i", raw)]
    for t in targets:
        try:
            source.read(t, 1)
        except NotTranslatable:
            return []
    return list(dict.fromkeys(targets))


_IMM_KINDS = frozenset(
    {
        OpKind.IMMEDIATE8,
        OpKind.IMMEDIATE8TO32,
        OpKind.IMMEDIATE32,
        OpKind.IMMEDIATE8TO64,
        OpKind.IMMEDIATE32TO64,
    }
)
_INFO = InstructionInfoFactory()
