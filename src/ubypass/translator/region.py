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
from collections.abc import Sequence
from dataclasses import dataclass, field

from iced_x86 import Code, Decoder, Instruction, Mnemonic, OpKind, Register, RegisterExt

from ubypass.translator.isa import Kind, classify
from ubypass.translator.source import CodeSource, NotTranslatable

__all__ = ["Node", "Region", "discover"]

_MAX_INSN = 15
_MAX_TABLE = 4096


@dataclass(eq=False)
class Node:
    """One original instruction (or an END exit standing where one would be)."""

    rip: int
    instr: Instruction | None
    kind: Kind
    reason: str = ""
    target: int | None = None  # direct branch/call target
    fall: int | None = None  # next RIP, when control can fall through
    table: list[int] = field(default_factory=list)  # jump table targets (JMP_IND)

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
    kind, reason = classify(instr)
    if kind is Kind.END:
        return Node(rip, None, kind, reason)
    node = Node(rip, instr, kind)
    if kind in (Kind.PLAIN, Kind.JCC, Kind.CALL, Kind.CALL_IND):
        node.fall = instr.next_ip
    if kind in (Kind.JMP, Kind.JCC, Kind.CALL):
        node.target = instr.near_branch_target
    return node


def discover(source: CodeSource, entries: Sequence[int], max_insns: int) -> Region:
    """Build the region graph; ``max_insns`` bounds translated instructions."""
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


def _gpr64(reg: int) -> int:
    return int(RegisterExt.full_register(reg)) if RegisterExt.is_gpr(reg) else reg


def _writes(instr: Instruction, reg: int) -> bool:
    """Conservatively: may ``instr`` change 64-bit register ``reg``?"""
    if instr.op_count == 0 or instr.op0_kind != OpKind.REGISTER:
        return instr.mnemonic not in (Mnemonic.CMP, Mnemonic.TEST, Mnemonic.JA)
    return _gpr64(instr.op0_register) == reg and instr.mnemonic not in (
        Mnemonic.CMP,
        Mnemonic.TEST,
    )


def _jump_table(
    source: CodeSource, nodes: dict[int, Node], fall_pred: dict[int, int], jmp: Node
) -> list[int]:
    """Targets of gcc's ``movsxd r,[b+i*4]; add r,b; jmp r`` switch idiom.

    Only the complete idiom counts: ``lea b,[rip+T]``, the load, the add, and
    a dominating ``cmp i,N; ja`` bound on the fall-through path, with the
    index unchanged in between.  Anything else gives no targets (the
    run-time lookup stays correct either way; a table only saves misses).
    """
    read_data = getattr(source, "read_data", None)
    assert jmp.instr is not None
    if read_data is None or jmp.instr.op0_kind != OpKind.REGISTER:
        return []
    chain: list[Instruction] = []
    rip: int | None = jmp.rip
    while rip is not None and len(chain) < 12:
        rip = fall_pred.get(rip)
        if rip is None:
            break
        instr = nodes[rip].instr
        if instr is None:
            break
        chain.append(instr)
    reg = _gpr64(jmp.instr.op0_register)
    table = base = index = None
    bound: int | None = None
    state = "add"
    for instr in chain:  # walking backwards
        mn = instr.mnemonic
        if state == "add":
            if mn == Mnemonic.ADD and instr.op1_kind == OpKind.REGISTER and (
                _gpr64(instr.op0_register) == reg
            ):
                base = _gpr64(instr.op1_register)
                state = "load"
            elif _writes(instr, reg):
                return []
        elif state == "load":
            if (
                mn == Mnemonic.MOVSXD
                and instr.op1_kind == OpKind.MEMORY
                and _gpr64(instr.op0_register) == reg
                and instr.memory_base == base
                and instr.memory_index_scale == 4
                and instr.memory_displacement == 0
            ):
                index = _gpr64(instr.memory_index)
                state = "bound"
            elif _writes(instr, reg) or (base is not None and _writes(instr, base)):
                return []
        if state == "bound" or state == "lea":
            if (
                table is None
                and mn == Mnemonic.LEA
                and instr.memory_base == Register.RIP
                and _gpr64(instr.op0_register) == base
            ):
                table = instr.ip_rel_memory_address
            elif (
                bound is None
                and mn == Mnemonic.JA
                and state == "bound"
            ):
                state = "cmp"
                continue
        if state == "cmp":
            if (
                mn == Mnemonic.CMP
                and instr.op0_kind == OpKind.REGISTER
                and _gpr64(instr.op0_register) == index
                and instr.op1_kind in (OpKind.IMMEDIATE8TO32, OpKind.IMMEDIATE32,
                                       OpKind.IMMEDIATE8TO64, OpKind.IMMEDIATE32TO64)
            ):
                bound = instr.immediate(1)
                state = "lea"
            else:
                return []
        elif state == "bound" and index is not None and _writes(instr, index) and not (
            instr.mnemonic == Mnemonic.MOV
            and instr.op1_kind == OpKind.REGISTER
            and _gpr64(instr.op1_register) == index
        ):
            return []
    if table is None or bound is None or not 0 <= bound < _MAX_TABLE:
        return []
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
