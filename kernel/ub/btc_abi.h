/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Userspace Bypass: what entry.S and the C runtime share.  The offsets are
 * checked against the C structures in run.c, so the assembly cannot drift.
 */
#ifndef _UB_BTC_ABI_H
#define _UB_BTC_ABI_H

/* struct ub_run_state: the first fields, which entry.S reads and writes */
#define UB_RS_REGS		0	/* struct pt_regs * of the user */
#define UB_RS_FRAME		8	/* out: the frame's address */
#define UB_RS_HDR		16	/* in: frame words 0..3 (rsp ... budget) */
#define UB_RS_HDR_WORDS		4
#define UB_RS_EXIT_ID		48	/* out: ub_frame.exit_id */
#define UB_RS_AUX		56	/* out: ub_frame.aux */

/* struct pt_regs, as saved on kernel entry */
#define UB_PT_R15		0
#define UB_PT_R14		8
#define UB_PT_R13		16
#define UB_PT_R12		24
#define UB_PT_RBP		32
#define UB_PT_RBX		40
#define UB_PT_R11		48
#define UB_PT_R10		56
#define UB_PT_R9		64
#define UB_PT_R8		72
#define UB_PT_RAX		80
#define UB_PT_RCX		88
#define UB_PT_RDX		96
#define UB_PT_RSI		104
#define UB_PT_RDI		112
#define UB_PT_FLAGS		144
#define UB_PT_RSP		152

/* ub_btc_enter() returns how BTC code left */
#define UB_RET_EXIT		0	/* through an exit: see exit_id */
#define UB_RET_FAULT		1	/* a fault; the user regs are rebuilt */

/* callee-saved registers ub_btc_enter() pushes below its return address */
#define UB_SAVED_REGS		6

#endif /* _UB_BTC_ABI_H */
