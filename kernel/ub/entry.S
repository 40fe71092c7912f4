/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Userspace Bypass: entering and leaving BTC code.
 *
 * While BTC code runs, every user GPR but %rsp is in its own register, the
 * user's arithmetic flags and DF are in RFLAGS, and %rsp points at a
 * struct ub_frame on this kernel stack (docs/abi.md).  ub_btc_enter() builds
 * that state from the user's pt_regs and jumps to an entry stub of the image
 * (kernel/ub/image.c), which opens SMAP.  BTC code leaves through
 * ub_btc_exit (a rel32 jump the loader patched in) or, after a fault, the
 * exception fixup resumes at ub_btc_fault (kernel/ub/fault.c).  Both return
 * to ub_btc_enter()'s caller.
 *
 * objtool sees only this file: the indirect jump goes through a retpoline
 * thunk with SMAP still closed, and the stubs open and close it in code
 * objtool never checks.
 */
#include <linux/linkage.h>
#include <linux/objtool.h>
#include <asm/asm.h>
#include <asm/percpu.h>
#include <asm/smap.h>
#include <asm/nospec-branch.h>
#include <asm/processor-flags.h>
#include <asm/unwind_hints.h>
#include <uapi/linux/ub.h>
#include "btc_abi.h"

/* %rsp above the frame is ub_btc_enter()'s own frame: saved regs and RET */
.set ub_caller_sp, UB_FRAME_SIZE + UB_SAVED_REGS * 8 + 8

	.code64
	.section .text, "ax"

/*
 * int ub_btc_enter(struct ub_run_state *st, void *stub)
 *
 * A function for its callers (call thunks, call depth accounting), whose
 * body is code objtool checks from a hint: it ends in an indirect jump with
 * this frame still on the stack, which a function may not do.
 */
SYM_FUNC_START(ub_btc_enter)
	jmp	ub_btc_enter_body
SYM_FUNC_END(ub_btc_enter)

SYM_CODE_START_LOCAL(ub_btc_enter_body)
	UNWIND_HINT_FUNC
	ANNOTATE_NOENDBR
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	subq	$UB_FRAME_SIZE, %rsp

	movq	%rsp, UB_RS_FRAME(%rdi)
	movq	UB_RS_HDR + 0(%rdi), %rax
	movq	%rax, UB_FRAME_USER_RSP(%rsp)
	movq	UB_RS_HDR + 8(%rdi), %rax
	movq	%rax, UB_FRAME_FS_BASE(%rsp)
	movq	UB_RS_HDR + 16(%rdi), %rax
	movq	%rax, UB_FRAME_ADDR_LIMIT(%rsp)
	movq	UB_RS_HDR + 24(%rdi), %rax
	movq	%rax, UB_FRAME_BUDGET(%rsp)
	/* BTC code reads the frame: no kernel pointer or stale stack in it */
	xorl	%eax, %eax
	movq	%rax, UB_FRAME_RUNTIME(%rsp)
	movq	%rax, UB_FRAME_EXIT_ID(%rsp)
	movq	%rax, UB_FRAME_AUX(%rsp)
	.irp	slot, 0, 1, 2, 3, 4, 5, 6, 7
	movq	%rax, UB_FRAME_SPILL + \slot * 8(%rsp)
	.endr

	movq	%rsi, %r11			/* the entry stub */
	movq	UB_RS_REGS(%rdi), %rdi		/* the user's pt_regs */

	/*
	 * The user's arithmetic flags and DF; IF, AC and the rest stay ours.
	 * Not popfq: it is microcoded (and ends a translation block under
	 * emulation).  DF by std, OF by a compare that overflows exactly when
	 * the user's OF is set, SF ZF AF PF CF by sahf.
	 */
	movq	UB_PT_FLAGS(%rdi), %rcx
	testl	$X86_EFLAGS_DF, %ecx
	jz	1f
	std
1:	movl	%ecx, %eax
	shrl	$X86_EFLAGS_OF_BIT, %eax
	andl	$1, %eax
	cmpb	$0x81, %al
	movb	%cl, %ah
	sahf

	/* The stub reloads the user's %r11 from the frame. */
	movq	UB_PT_R11(%rdi), %rax
	movq	%rax, UB_FRAME_RUNTIME + 8(%rsp)

	movq	UB_PT_RAX(%rdi), %rax
	movq	UB_PT_RCX(%rdi), %rcx
	movq	UB_PT_RDX(%rdi), %rdx
	movq	UB_PT_RBX(%rdi), %rbx
	movq	UB_PT_RBP(%rdi), %rbp
	movq	UB_PT_RSI(%rdi), %rsi
	movq	UB_PT_R8(%rdi), %r8
	movq	UB_PT_R9(%rdi), %r9
	movq	UB_PT_R10(%rdi), %r10
	movq	UB_PT_R12(%rdi), %r12
	movq	UB_PT_R13(%rdi), %r13
	movq	UB_PT_R14(%rdi), %r14
	movq	UB_PT_R15(%rdi), %r15
	movq	UB_PT_RDI(%rdi), %rdi
	JMP_NOSPEC r11
SYM_CODE_END(ub_btc_enter_body)

/*
 * BTC code jumps here with every user register live, the exit id in the
 * frame and SMAP open.  The run state comes from this CPU's ub_current_run,
 * never from the frame: BTC code can write the frame, not per-CPU data.
 */
SYM_CODE_START(ub_btc_exit)
	UNWIND_HINT sp_reg=ORC_REG_SP sp_offset=ub_caller_sp type=UNWIND_HINT_TYPE_CALL
	ANNOTATE_NOENDBR
	ASM_CLAC
	pushfq
	pushq	%rax
	movq	PER_CPU_VAR(ub_current_run), %rax
	movq	UB_RS_REGS(%rax), %rax
	movq	%rcx, UB_PT_RCX(%rax)
	movq	%rdx, UB_PT_RDX(%rax)
	movq	%rbx, UB_PT_RBX(%rax)
	movq	%rbp, UB_PT_RBP(%rax)
	movq	%rsi, UB_PT_RSI(%rax)
	movq	%rdi, UB_PT_RDI(%rax)
	movq	%r8, UB_PT_R8(%rax)
	movq	%r9, UB_PT_R9(%rax)
	movq	%r10, UB_PT_R10(%rax)
	movq	%r11, UB_PT_R11(%rax)
	movq	%r12, UB_PT_R12(%rax)
	movq	%r13, UB_PT_R13(%rax)
	movq	%r14, UB_PT_R14(%rax)
	movq	%r15, UB_PT_R15(%rax)
	popq	%rcx
	movq	%rcx, UB_PT_RAX(%rax)
	popq	%rcx
	andq	$UB_USER_FLAGS_MASK, %rcx
	movq	UB_PT_FLAGS(%rax), %rdx
	andq	$~UB_USER_FLAGS_MASK, %rdx
	orq	%rcx, %rdx
	movq	%rdx, UB_PT_FLAGS(%rax)
	movq	UB_FRAME_USER_RSP(%rsp), %rcx
	movq	%rcx, UB_PT_RSP(%rax)

	movq	PER_CPU_VAR(ub_current_run), %rax
	movq	UB_FRAME_EXIT_ID(%rsp), %rcx
	movq	%rcx, UB_RS_EXIT_ID(%rax)
	movq	UB_FRAME_AUX(%rsp), %rcx
	movq	%rcx, UB_RS_AUX(%rax)
	cld
	movl	$UB_RET_EXIT, %eax
	jmp	.Lub_btc_return
SYM_CODE_END(ub_btc_exit)

/*
 * The fault fixup resumes here with %rsp at the frame, SMAP closed and DF
 * clear, after it rebuilt the user registers in pt_regs.
 */
SYM_CODE_START(ub_btc_fault)
	UNWIND_HINT sp_reg=ORC_REG_SP sp_offset=ub_caller_sp type=UNWIND_HINT_TYPE_CALL
	ANNOTATE_NOENDBR
	movl	$UB_RET_FAULT, %eax
.Lub_btc_return:
	/* No user value may linger in a register the caller may clobber. */
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	xorl	%esi, %esi
	xorl	%edi, %edi
	xorl	%r8d, %r8d
	xorl	%r9d, %r9d
	xorl	%r10d, %r10d
	xorl	%r11d, %r11d
	addq	$UB_FRAME_SIZE, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	RET
SYM_CODE_END(ub_btc_fault)
