"""Mangling: rewrite each original instruction into SFI-safe BTC code.

Rewrites (one method per class; A/R/T/U are scratch registers, dead ones
preferred, their user values in frame.spill[]; "F" is the user's arithmetic
flags, saved as ``lahf; seto al`` in rax -- rax's own value in a slot -- and
put back with ``cmp al, 0x81; sahf``, never with pushfq/popfq on hot paths;
where no arithmetic flag is live at the original instruction (liveness: every
path overwrites each before any read, exit or back edge), F is neither saved
nor restored -- see the last paragraph):

* plain, no memory, no rsp      -> copied (div/idiv get a fault entry)
* memory operand (any class,    -> A = address (lea; rip-relative as imm64;
  incl. SSE/AVX, lock, fs:,        rsp base: the user rsp; fs: + frame.fs_base)
  rip-relative)                     save F ; cmp A, frame.addr_limit ; jae CHECK
                                    restore F ; insn with its operand = [A]
                                    ([reg] operands are checked in place)
* rsp as operand/base           -> R = frame.user_rsp; insn on R; store R back
* push/pop/leave                -> R = new user rsp, checked, access through R,
                                    then frame.user_rsp = R (commit after access);
                                    a run of pushes (pops) falling through to each
                                    other: one check of the lowest slot, [R+8i],
                                    one commit (fault entries adjust rsp)
* call rel32                    -> push the user return address (checked) the
                                    same way, then a direct jmp to the callee
* ret, jmp/call indirect        -> T = target (checked load, non-canonical ->
                                    CHECK before the transfer), rsp updated,
                                    jmp DISPATCH: a compare tree over the
                                    region's known targets; miss -> MISS exit
                                    (ret / indirect call with at most 2 likely
                                    targets: jmp to a cold block comparing
                                    those first -- _predict_returns/_calls)
* rep/non-rep string insns      -> check rsi/rdi; under rep, t = rcx * size
                                    and each pointer p < limit, p + t <= limit,
                                    p >= t, whatever DF (a fixed sequence the
                                    validator matches); then rep pays
                                    frame.budget (rcx >> REP_SHIFT) + 1,
                                    BUDGET exit at the rep if it cannot
* jmp/jcc/call backwards        -> frame.budget -= 1 flag-free (rcx, jrcxz),
  (and every indirect transfer)     inline for a target's only back edge, else
                                    in one cold block per target that all its
                                    back edges jump to (settled: same state);
                                    BUDGET exit when it would go negative
* syscall                       -> SYSCALL exit (resume at the next RIP)
* anything isa.classify refuses -> END exit before it

Every user address the code needs (rip-relative operands, return addresses,
indirect-target compares) is the imm64 of a ``mov r64, imm64`` tagged
``Op.addr``, never a shorter or split immediate: translator.relocate moves a
cached translation to other library bases by rewriting those fields.

Exit stubs write exit_id and jump to a shared tail that restores F and the
displaced registers and jumps to UB_SYM_EXIT.  Stubs are laid out after the
next unconditional transfer (near their checks, so the jcc is often rel8;
flushing them behind a ``jmp`` inside straight runs was tried: smaller, but a
taken jump per group cost loops up to 15%), and stubs of one group that share
a tail relay through the last one's ``jmp tail``.  Nothing user-visible is
committed before the last instruction that may fault, flags are always home
at a faulting instruction, and every displaced register is in the fault map,
so every exit and fault reports exactly the state before the original
instruction -- except that at a CHECK exit or fault, flags that are dead at
that instruction are undefined (the check's ``cmp`` left them; nothing but a
signal handler reading ucontext can tell, docs/abi.md).  DF is never touched,
and every other exit (SYSCALL, MISS, END, BUDGET, returns, indirect
transfers, calls out of the region) sees exact flags: liveness counts each
of them, and every back edge, as reading all flags.
"""

from __future__ import annotations

from ubypass.translator.mangle.budget import REP_SHIFT
from ubypass.translator.mangle.driver import mangle
from ubypass.translator.mangle.state import Exits, Mangled, MangleStats

__all__ = ["REP_SHIFT", "Exits", "MangleStats", "Mangled", "mangle"]
