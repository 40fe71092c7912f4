/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ubrt: the host runtime's private layout, shared by ubrt.c, ubrt_entry.S and
 * the ctypes mirror in lib.py.  Offsets are spelled out as numbers because the
 * assembly needs them; ubrt.c checks every one with _Static_assert.
 */
#ifndef UBRT_H
#define UBRT_H

/* struct ubrt_regs: 16 GPRs in hardware order, then rflags and rip. */
#define REGS_GPR		0
#define REGS_RSP		(4 * 8)
#define REGS_RDI		(7 * 8)
#define REGS_RFLAGS		128
#define REGS_RIP		136
#define REGS_SIZE		144

/* struct ubrt_cpu: what ubrt_enter loads into the frame and registers. */
#define CPU_REGS		0
#define CPU_FS_BASE		144
#define CPU_ADDR_LIMIT		152
#define CPU_BUDGET		160
#define CPU_EXIT_ID		168
#define CPU_AUX			176
#define CPU_SIZE		184

/* struct ubrt_globals (ubrt_g): state the assembly reaches RIP-relatively. */
#define G_HOST_RBX		0
#define G_HOST_RBP		8
#define G_HOST_R12		16
#define G_HOST_R13		24
#define G_HOST_R14		32
#define G_HOST_R15		40
#define G_HOST_RSP		48
#define G_HOST_MXCSR		56
#define G_HOST_FCW		60
#define G_HAS_AVX		62
#define G_IN_RUN		63	/* byte: 1 between ubrt_call and its return */
#define G_RESUME_RIP		64
#define G_FRAME			72
#define G_OUT			80	/* struct ubrt_regs */
#define G_OUT_MXCSR		224
#define G_OUT_XMM		240	/* 16 x 16 bytes */
#define G_SIZE			496

/* struct ubrt_run: the offsets ubrt_call needs. */
#define RUN_XMM_IN		144
#define RUN_MXCSR_IN		400

/* ub_frame offsets and the flags mask, for the assembly (checked against ub.h). */
#define RT_FRAME_USER_RSP	0
#define RT_FRAME_FS_BASE	8
#define RT_FRAME_ADDR_LIMIT	16
#define RT_FRAME_BUDGET		24
#define RT_FRAME_EXIT_ID	32
#define RT_FRAME_AUX		40
#define RT_FRAME_SPILL		48
#define RT_FRAME_RUNTIME	112
#define RT_FRAME_SIZE		128
#define RT_USER_FLAGS_MASK	0x0cd5
#define RT_NR_SPILL		8

/* Stack bytes ubrt_enter reserves: the frame plus 8 to keep it 16-aligned. */
#define ENTER_RESERVE		136

/* How a run ended. */
#define UBRT_LANDED		1	/* user code returned to the landing pad */
#define UBRT_SIGNAL		2	/* a native fault ended the run */
#define UBRT_TIMEOUT		3	/* the run's time ran out */
#define UBRT_BUG		4	/* translator or image bug: see run->bug_* */
#define UBRT_USER		5	/* UBRT_F_STOP_AT_USER: stopped at the return to user mode */

/* Run flags. */
#define UBRT_F_STOP_AT_USER	1	/* end the run where user code would resume natively */

/* Trace entry kinds besides enum ub_exit_reason. */
#define UBRT_TRACE_ENTER	0	/* BTC code entered at user_rip */

#ifndef __ASSEMBLER__
#include <stddef.h>
#include <stdint.h>

struct ubrt_regs {
	uint64_t gpr[16];
	uint64_t rflags;
	uint64_t rip;
};

struct ubrt_cpu {
	struct ubrt_regs regs;
	uint64_t fs_base;
	uint64_t addr_limit;
	int64_t budget;
	uint64_t exit_id;
	uint64_t aux;
};

struct ubrt_trace_ent {
	uint32_t kind;		/* UBRT_TRACE_ENTER or enum ub_exit_reason */
	uint32_t info;		/* exit id; the signal number for UB_EXIT_FAULT */
	uint64_t user_rip;	/* where the user state stands (MISS: the target) */
	uint64_t aux;		/* SYSCALL: number; MISS: target; FAULT: address */
};

struct ubrt_image;

/* One run: inputs, then outputs.  Mirrored by lib.UbrtRun. */
struct ubrt_run {
	struct ubrt_regs regs;		/*   0: in: initial; out: final */
	uint8_t xmm_in[16][16];		/* 144 */
	uint32_t mxcsr_in;		/* 400 */
	uint32_t flags;			/* 404: UBRT_F_* */
	const struct ubrt_image *image;	/* 408: NULL runs natively */
	uint64_t addr_limit;		/* 416 */
	int64_t budget;			/* 424: for the whole run */
	uint64_t timeout_us;		/* 432 */
	struct ubrt_trace_ent *trace;	/* 440 */
	uint32_t trace_cap;		/* 448 */
	uint32_t nr_trace;		/* 452: may exceed trace_cap */
	uint32_t status;		/* 456: UBRT_* */
	int32_t signo;			/* 460 */
	int32_t sig_code;		/* 464 */
	uint32_t mxcsr_out;		/* 468 */
	uint64_t fault_addr;		/* 472 */
	uint64_t bug_pc;		/* 480: BTC pc of an unmapped fault */
	uint8_t xmm_out[16][16];	/* 488 */
	char msg[128];			/* 744 */
};					/* 872 */

#define RUN_SIZE		872

#endif /* __ASSEMBLER__ */
#endif /* UBRT_H */
