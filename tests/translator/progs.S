/* Hand-written test functions: string instructions, flags, stack idioms. */
	.text
	.globl t_rep_movsb_down, t_rep_stosq, t_repne_scasb, t_adc_chain, t_leave, t_loop_insn
	.globl t_syscall_getpid, t_hlt, t_gs, t_gather, t_push_mem, t_lock_split, t_stack_runs
	.type t_stack_runs, @function
	.type t_rep_movsb_down, @function
	.type t_rep_stosq, @function
	.type t_repne_scasb, @function
	.type t_adc_chain, @function
	.type t_leave, @function
	.type t_loop_insn, @function
	.type t_syscall_getpid, @function
	.type t_hlt, @function
	.type t_gs, @function
	.type t_gather, @function
	.type t_push_mem, @function
	.type t_lock_split, @function

/* t_rep_movsb_down(dst, src, n): copy backwards with DF=1, then clear DF. */
t_rep_movsb_down:
	mov %rdx, %rcx
	test %rcx, %rcx
	jz 1f
	lea -1(%rdi,%rcx), %rdi
	lea -1(%rsi,%rcx), %rsi
	std
	rep movsb
	cld
1:	mov %rdi, %rax
	ret

/* t_rep_stosq(dst, value, n) */
t_rep_stosq:
	mov %rsi, %rax
	mov %rdx, %rcx
	and $63, %rcx
	rep stosq
	mov %rdi, %rax
	ret

/* t_repne_scasb(p, n): index of the first zero byte within n bytes. */
t_repne_scasb:
	mov %rsi, %rcx
	and $4095, %rcx
	xor %eax, %eax
	mov %rdi, %rdx
	repne scasb
	mov %rdi, %rax
	sub %rdx, %rax
	ret

/* t_adc_chain(a, b): 256-bit add of two arrays in place; flags live across loads. */
t_adc_chain:
	mov (%rsi), %rax
	add %rax, (%rdi)
	mov 8(%rsi), %rax
	adc %rax, 8(%rdi)
	mov 16(%rsi), %rax
	adc %rax, 16(%rdi)
	mov 24(%rsi), %rax
	adc %rax, 24(%rdi)
	setc %al
	movzbl %al, %eax
	ret

/* t_leave(x): frame pointer prologue/epilogue with locals. */
t_leave:
	push %rbp
	mov %rsp, %rbp
	sub $32, %rsp
	mov %rdi, -8(%rbp)
	mov -8(%rbp), %rax
	add %rax, %rax
	mov %rax, (%rsp)
	pushq $-7
	pop %rdx
	add %rdx, %rax
	leave
	ret

/* t_loop_insn(n): loop and jrcxz. */
t_loop_insn:
	mov %rdi, %rcx
	and $255, %rcx
	xor %eax, %eax
	jrcxz 2f
1:	add %rcx, %rax
	loop 1b
2:	ret

/*
 * t_stack_runs(n, p): runs of pushes and pops (mangled as one each) where
 * the caller makes them fault part-way: six pushes n bytes below the
 * entry rsp (into the stack's guard page for n near its size), six pops
 * from p (into the guard above the stack for p near its top).  The
 * callee-saved registers are saved and restored by runs of their own.
 */
t_stack_runs:
	push %rbx
	push %rbp
	push %r12
	push %r13
	push %r14
	push %r15
	mov %rsp, %rax
	sub %rdi, %rsp
	push $1
	push %rax
	pushq $-2
	push %rsi
	push %rdi
	push $3
	mov %rsi, %rsp
	pop %rbx
	pop %rbp
	pop %r12
	pop %r13
	pop %r14
	pop %r15
	lea (%rbx,%rbp), %rdx
	add %r12, %rdx
	add %r15, %rdx
	mov %rax, %rsp
	pop %r15
	pop %r14
	pop %r13
	pop %r12
	pop %rbp
	pop %rbx
	mov %rdx, %rax
	ret

/* t_push_mem(p): push a memory operand, pop it into rax. */
t_push_mem:
	pushq 8(%rdi)
	pop %rax
	ret

t_syscall_getpid:
	mov $39, %eax
	syscall
	add $1, %rax
	ret

t_hlt:
	add $1, %rax
	hlt
	ret

t_gs:
	add $1, %rax
	mov %gs:0, %rax
	ret

t_gather:
	add $1, %rax
	vpgatherdd %ymm2, (%rdi,%ymm1,4), %ymm0
	ret

/*
 * t_lock_split(buf, off, val): lock xadd on buf + (off & 127): some offsets
 * cross a cache line, which the BTC must leave to native code (CHECK).
 */
t_lock_split:
	and $127, %rsi
	lock xaddq %rdx, (%rdi,%rsi)
	lock incl 64(%rdi,%rsi)
	mov %rdx, %rax
	ret
	.section .note.GNU-stack,"",@progbits
