"""Which loops the mangler unrolls, and how many times.

A loop whose body is one straight block closed by a conditional branch back
to its head (a byte sum, a string scan, a table walk) pays, per iteration,
the budget charge of its back edge and a check of every pointer it walks.
Laid out up to ``MAX_COPIES`` times in a row -- each copy but the last
leaving the loop by the inverted branch, the last going back through the
budget -- it pays the charge once per round, and a pointer moved up by a
constant each iteration stays checked from the first copy on: the code
validator counts such adds against the guard past the check (``validate.py``,
``advance``), so the copies need no checks of their own while the guard
lasts.  Each copy is the original instructions again, at the same RIPs:
exits and faults inside any copy report the exact state, as in the first.
"""

from __future__ import annotations

from iced_x86 import Mnemonic

from ubypass.translator.isa import Kind
from ubypass.translator.region import Node, Region

__all__ = ["MAX_BODY", "MAX_COPIES", "SPAN", "unrolled"]

#: The most original instructions a body may have to be unrolled.
MAX_BODY = 12
#: At most this many copies, and about SPAN original instructions in all: a
#: longer run of copies saves little more per iteration (the charge and the
#: checks are already a small share) and costs code and i-cache.
MAX_COPIES = 8
SPAN = 32
_OWN_SEQUENCES = frozenset({Mnemonic.PUSH, Mnemonic.POP, Mnemonic.LEAVE})


def _straight(node: Node) -> bool:
    """A plain instruction the mangler rewrites on its own (no stack run,
    no string instruction: those have sequences of their own)."""
    instr = node.instr
    return (node.kind is Kind.PLAIN and instr is not None
            and instr.mnemonic not in _OWN_SEQUENCES and not instr.is_string_instruction)


def unrolled(region: Region, head: int, back_edges: dict[int, int]) -> tuple[list[Node], int]:
    """The body of the loop starting at ``head`` (its last node the branch
    back) and how many copies to lay out; ``([], 1)`` when it is not such a
    loop: more than one way in from a back edge, a branch into its middle,
    a body too long, or an instruction with a sequence of its own."""
    if back_edges.get(head, 0) != 1:
        return [], 1
    body: list[Node] = []
    rip: int | None = head
    while rip is not None and len(body) < MAX_BODY:
        node = region.nodes.get(rip)
        if node is None or (body and rip in region.labelled):
            return [], 1
        body.append(node)
        if node.kind is Kind.JCC:
            instr = node.instr
            closes = (node.target == head and instr is not None
                      and instr.mnemonic not in (Mnemonic.JRCXZ, Mnemonic.LOOP))
            return (body, max(1, min(MAX_COPIES, SPAN // len(body)))) if closes \
                else ([], 1)
        if not _straight(node):
            return [], 1
        rip = node.fall
    return [], 1
