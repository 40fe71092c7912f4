/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ubrt_entry.S: the few routines that must control every register.
 *
 *   ubrt_call         save the host (Python's thread), load the user's vector
 *                     state, run the C loop; every way a run ends comes back
 *                     through ubrt_host_return
 *   ubrt_enter/exit   the BTC calling convention of docs/abi.md
 *   ubrt_resume       "return to user mode": every GPR and flags, then jump
 *   ubrt_landing      where user code returns to at the end of a run
 *
 * Single-threaded by design: the state lives in ubrt_g (ubrt.h).
 */
#include "ubrt.h"

	.intel_syntax noprefix
	.text

#define G(off)	[rip + ubrt_g + (off)]

/* Load the user GPRs but %rsp from the array at %rdi; %rdi itself last. */
.macro load_user_gprs
	mov	rax, [rdi + 0 * 8]
	mov	rcx, [rdi + 1 * 8]
	mov	rdx, [rdi + 2 * 8]
	mov	rbx, [rdi + 3 * 8]
	mov	rbp, [rdi + 5 * 8]
	mov	rsi, [rdi + 6 * 8]
	mov	r8, [rdi + 8 * 8]
	mov	r9, [rdi + 9 * 8]
	mov	r10, [rdi + 10 * 8]
	mov	r11, [rdi + 11 * 8]
	mov	r12, [rdi + 12 * 8]
	mov	r13, [rdi + 13 * 8]
	mov	r14, [rdi + 14 * 8]
	mov	r15, [rdi + 15 * 8]
	mov	rdi, [rdi + 7 * 8]
.endm


/* int ubrt_call(struct ubrt_run *run) — returns UBRT_* */
	.globl	ubrt_call
	.hidden	ubrt_call
	.type	ubrt_call, @function
ubrt_call:
	mov	G(G_HOST_RBX), rbx
	mov	G(G_HOST_RBP), rbp
	mov	G(G_HOST_R12), r12
	mov	G(G_HOST_R13), r13
	mov	G(G_HOST_R14), r14
	mov	G(G_HOST_R15), r15
	mov	G(G_HOST_RSP), rsp
	mov	byte ptr G(G_IN_RUN), 1
	stmxcsr	G(G_HOST_MXCSR)
	fnstcw	G(G_HOST_FCW)
	cmp	byte ptr G(G_HAS_AVX), 0
	je	1f
	vzeroall
1:
	movdqu	xmm0, [rdi + RUN_XMM_IN + 0 * 16]
	movdqu	xmm1, [rdi + RUN_XMM_IN + 1 * 16]
	movdqu	xmm2, [rdi + RUN_XMM_IN + 2 * 16]
	movdqu	xmm3, [rdi + RUN_XMM_IN + 3 * 16]
	movdqu	xmm4, [rdi + RUN_XMM_IN + 4 * 16]
	movdqu	xmm5, [rdi + RUN_XMM_IN + 5 * 16]
	movdqu	xmm6, [rdi + RUN_XMM_IN + 6 * 16]
	movdqu	xmm7, [rdi + RUN_XMM_IN + 7 * 16]
	movdqu	xmm8, [rdi + RUN_XMM_IN + 8 * 16]
	movdqu	xmm9, [rdi + RUN_XMM_IN + 9 * 16]
	movdqu	xmm10, [rdi + RUN_XMM_IN + 10 * 16]
	movdqu	xmm11, [rdi + RUN_XMM_IN + 11 * 16]
	movdqu	xmm12, [rdi + RUN_XMM_IN + 12 * 16]
	movdqu	xmm13, [rdi + RUN_XMM_IN + 13 * 16]
	movdqu	xmm14, [rdi + RUN_XMM_IN + 14 * 16]
	movdqu	xmm15, [rdi + RUN_XMM_IN + 15 * 16]
	ldmxcsr	[rdi + RUN_MXCSR_IN]
	sub	rsp, 8
	call	ubrt_loop
	jmp	ubrt_host_return
	.size	ubrt_call, . - ubrt_call

/* Back to ubrt_call's caller with eax = status, from anywhere. */
	.globl	ubrt_host_return
	.hidden	ubrt_host_return
	.type	ubrt_host_return, @function
ubrt_host_return:
	mov	rsp, G(G_HOST_RSP)
	mov	rbx, G(G_HOST_RBX)
	mov	rbp, G(G_HOST_RBP)
	mov	r12, G(G_HOST_R12)
	mov	r13, G(G_HOST_R13)
	mov	r14, G(G_HOST_R14)
	mov	r15, G(G_HOST_R15)
	ldmxcsr	G(G_HOST_MXCSR)
	fninit
	fldcw	G(G_HOST_FCW)
	cmp	byte ptr G(G_HAS_AVX), 0
	je	1f
	vzeroupper
1:
	cld
	mov	byte ptr G(G_IN_RUN), 0
	ret
	.size	ubrt_host_return, . - ubrt_host_return

/*
 * uint64_t ubrt_enter(struct ubrt_cpu *cpu, const void *entry) — returns the
 * exit id.  Stack while BTC code runs:
 *
 *	ret addr, rbp, rbx, r12, r13, r14, r15	(callee-saved host registers)
 *	8 bytes of padding
 *	struct ub_frame				<- %rsp, G_FRAME
 *	free: signal frames, BTC pushfq/pop pairs
 */
	.globl	ubrt_enter
	.hidden	ubrt_enter
	.type	ubrt_enter, @function
ubrt_enter:
	push	rbp
	push	rbx
	push	r12
	push	r13
	push	r14
	push	r15
	sub	rsp, ENTER_RESERVE
	mov	G(G_FRAME), rsp
	mov	[rsp + RT_FRAME_RUNTIME], rdi
	mov	[rsp + RT_FRAME_RUNTIME + 8], rsi
	mov	rax, [rdi + CPU_REGS + REGS_RSP]
	mov	[rsp + RT_FRAME_USER_RSP], rax
	mov	rax, [rdi + CPU_FS_BASE]
	mov	[rsp + RT_FRAME_FS_BASE], rax
	mov	rax, [rdi + CPU_ADDR_LIMIT]
	mov	[rsp + RT_FRAME_ADDR_LIMIT], rax
	mov	rax, [rdi + CPU_BUDGET]
	mov	[rsp + RT_FRAME_BUDGET], rax
	mov	qword ptr [rsp + RT_FRAME_EXIT_ID], -1
	xor	eax, eax
	mov	[rsp + RT_FRAME_AUX], rax
	mov	[rsp + RT_FRAME_SPILL + 0 * 8], rax
	mov	[rsp + RT_FRAME_SPILL + 1 * 8], rax
	mov	[rsp + RT_FRAME_SPILL + 2 * 8], rax
	mov	[rsp + RT_FRAME_SPILL + 3 * 8], rax
	mov	[rsp + RT_FRAME_SPILL + 4 * 8], rax
	mov	[rsp + RT_FRAME_SPILL + 5 * 8], rax
	mov	[rsp + RT_FRAME_SPILL + 6 * 8], rax
	mov	[rsp + RT_FRAME_SPILL + 7 * 8], rax
	/* RFLAGS = host bits | the user's UB_USER_FLAGS_MASK bits */
	pushfq
	pop	rax
	and	rax, ~RT_USER_FLAGS_MASK
	mov	rcx, [rdi + CPU_REGS + REGS_RFLAGS]
	and	rcx, RT_USER_FLAGS_MASK
	or	rax, rcx
	push	rax
	popfq
	load_user_gprs
	jmp	qword ptr [rsp + RT_FRAME_RUNTIME + 8]
	.size	ubrt_enter, . - ubrt_enter

/*
 * UB_SYM_EXIT.  %rsp = the frame, user registers in their homes.  Uses the
 * two slots below the frame as scratch (they are the runtime's).
 */
	.globl	ubrt_exit
	.hidden	ubrt_exit
	.type	ubrt_exit, @function
ubrt_exit:
	pushfq				/* [frame - 8] = user RFLAGS */
	mov	[rsp - 8], rdi		/* [frame - 16] = user rdi */
	mov	rdi, [rsp + 8 + RT_FRAME_RUNTIME]
	mov	[rdi + 0 * 8], rax
	mov	[rdi + 1 * 8], rcx
	mov	[rdi + 2 * 8], rdx
	mov	[rdi + 3 * 8], rbx
	mov	[rdi + 5 * 8], rbp
	mov	[rdi + 6 * 8], rsi
	mov	[rdi + 8 * 8], r8
	mov	[rdi + 9 * 8], r9
	mov	[rdi + 10 * 8], r10
	mov	[rdi + 11 * 8], r11
	mov	[rdi + 12 * 8], r12
	mov	[rdi + 13 * 8], r13
	mov	[rdi + 14 * 8], r14
	mov	[rdi + 15 * 8], r15
	mov	rax, [rsp - 8]
	mov	[rdi + 7 * 8], rax
	pop	rax
	and	rax, RT_USER_FLAGS_MASK
	mov	rcx, [rdi + CPU_REGS + REGS_RFLAGS]
	and	rcx, ~RT_USER_FLAGS_MASK
	or	rax, rcx
	mov	[rdi + CPU_REGS + REGS_RFLAGS], rax
	cld
	mov	rax, [rsp + RT_FRAME_USER_RSP]
	mov	[rdi + CPU_REGS + REGS_RSP], rax
	mov	rax, [rsp + RT_FRAME_BUDGET]
	mov	[rdi + CPU_BUDGET], rax
	mov	rax, [rsp + RT_FRAME_AUX]
	mov	[rdi + CPU_AUX], rax
	mov	rax, [rsp + RT_FRAME_EXIT_ID]
	mov	[rdi + CPU_EXIT_ID], rax
	mov	qword ptr G(G_FRAME), 0
	add	rsp, ENTER_RESERVE
	pop	r15
	pop	r14
	pop	r13
	pop	r12
	pop	rbx
	pop	rbp
	ret
	.size	ubrt_exit, . - ubrt_exit

/* noreturn void ubrt_resume(const struct ubrt_regs *r) — "return to user mode" */
	.globl	ubrt_resume
	.hidden	ubrt_resume
	.type	ubrt_resume, @function
ubrt_resume:
	mov	rax, [rdi + REGS_RIP]
	mov	G(G_RESUME_RIP), rax
	mov	rax, [rdi + REGS_RFLAGS]
	and	rax, RT_USER_FLAGS_MASK
	or	rax, 0x202
	push	rax
	popfq
	mov	rsp, [rdi + 4 * 8]
	load_user_gprs
	jmp	qword ptr G(G_RESUME_RIP)
	.size	ubrt_resume, . - ubrt_resume

/*
 * The landing pad: user code "returns" here.  Stores every register with
 * flag-neutral moves first, then moves to the host stack for pushfq.
 */
	.globl	ubrt_landing
	.hidden	ubrt_landing
	.type	ubrt_landing, @function
ubrt_landing:
	mov	G(G_OUT + 0 * 8), rax
	mov	G(G_OUT + 1 * 8), rcx
	mov	G(G_OUT + 2 * 8), rdx
	mov	G(G_OUT + 3 * 8), rbx
	mov	G(G_OUT + 4 * 8), rsp
	mov	G(G_OUT + 5 * 8), rbp
	mov	G(G_OUT + 6 * 8), rsi
	mov	G(G_OUT + 7 * 8), rdi
	mov	G(G_OUT + 8 * 8), r8
	mov	G(G_OUT + 9 * 8), r9
	mov	G(G_OUT + 10 * 8), r10
	mov	G(G_OUT + 11 * 8), r11
	mov	G(G_OUT + 12 * 8), r12
	mov	G(G_OUT + 13 * 8), r13
	mov	G(G_OUT + 14 * 8), r14
	mov	G(G_OUT + 15 * 8), r15
	mov	rsp, G(G_HOST_RSP)
	pushfq
	pop	qword ptr G(G_OUT + REGS_RFLAGS)
	lea	rax, [rip + ubrt_landing]
	mov	G(G_OUT + REGS_RIP), rax
	movdqu	G(G_OUT_XMM + 0 * 16), xmm0
	movdqu	G(G_OUT_XMM + 1 * 16), xmm1
	movdqu	G(G_OUT_XMM + 2 * 16), xmm2
	movdqu	G(G_OUT_XMM + 3 * 16), xmm3
	movdqu	G(G_OUT_XMM + 4 * 16), xmm4
	movdqu	G(G_OUT_XMM + 5 * 16), xmm5
	movdqu	G(G_OUT_XMM + 6 * 16), xmm6
	movdqu	G(G_OUT_XMM + 7 * 16), xmm7
	movdqu	G(G_OUT_XMM + 8 * 16), xmm8
	movdqu	G(G_OUT_XMM + 9 * 16), xmm9
	movdqu	G(G_OUT_XMM + 10 * 16), xmm10
	movdqu	G(G_OUT_XMM + 11 * 16), xmm11
	movdqu	G(G_OUT_XMM + 12 * 16), xmm12
	movdqu	G(G_OUT_XMM + 13 * 16), xmm13
	movdqu	G(G_OUT_XMM + 14 * 16), xmm14
	movdqu	G(G_OUT_XMM + 15 * 16), xmm15
	stmxcsr	G(G_OUT_MXCSR)
	mov	eax, UBRT_LANDED
	jmp	ubrt_host_return
	.size	ubrt_landing, . - ubrt_landing

	.section .note.GNU-stack, "", @progbits
