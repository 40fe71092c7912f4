// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: faults inside BTC code.
 *
 * BTC code runs with page faults disabled, so every exception it raises
 * (#PF, #GP, #DE, #UD, #MF, #XM) ends in fixup_exception(), which finds
 * BTC text here.  The image's fault map says, for each instruction that
 * may fault, which user instruction it stands for and where each user
 * register is at that point; the fixup rebuilds the user's pt_regs from it
 * and leaves the BTC through ub_btc_fault.  The task then returns to user
 * mode at the original instruction, which faults again natively and gets
 * exactly the signal it would have got without the bypass.
 */

#define pr_fmt(fmt) "ub: " fmt

#include <linux/bitfield.h>
#include <linux/extable.h>
#include <linux/ptrace.h>
#include <linux/ub.h>
#include <asm/extable.h>
#include <asm/extable_fixup_types.h>
#include <asm/trapnr.h>

#include "ub.h"

/* The one extable entry of all BTC text: the fault map is the real table. */
static const struct exception_table_entry ub_extable_entry = {
	.data = FIELD_PREP_CONST(EX_DATA_TYPE_MASK, EX_TYPE_UB),
};

const struct exception_table_entry *search_ub_extables(unsigned long addr)
{
	return ub_run_at(addr) ? &ub_extable_entry : NULL;
}

/* Register @n, in hardware encoding order, of @regs. */
static unsigned long *ub_gpr(struct pt_regs *regs, unsigned int n)
{
	static const u8 offsets[UB_NR_GPRS] = {
		offsetof(struct pt_regs, ax), offsetof(struct pt_regs, cx),
		offsetof(struct pt_regs, dx), offsetof(struct pt_regs, bx),
		offsetof(struct pt_regs, sp), offsetof(struct pt_regs, bp),
		offsetof(struct pt_regs, si), offsetof(struct pt_regs, di),
		offsetof(struct pt_regs, r8), offsetof(struct pt_regs, r9),
		offsetof(struct pt_regs, r10), offsetof(struct pt_regs, r11),
		offsetof(struct pt_regs, r12), offsetof(struct pt_regs, r13),
		offsetof(struct pt_regs, r14), offsetof(struct pt_regs, r15),
	};

	return (unsigned long *)((u8 *)regs + offsets[n]);
}

#define UB_GPR_RSP	4	/* hardware number of %rsp */

/* The value of user register @reg (or UB_LOC_FLAGS) at the fault. */
static u64 ub_locate(struct pt_regs *regs, const struct ub_frame *f,
		     u8 loc, unsigned int reg)
{
	if (loc >= UB_LOC_SPILL_BASE)
		return f->spill[loc - UB_LOC_SPILL_BASE];
	if (loc >= UB_LOC_REG_BASE)
		return *ub_gpr(regs, loc - UB_LOC_REG_BASE);
	if (reg == UB_LOC_FLAGS)
		return regs->flags;
	if (reg == UB_GPR_RSP)
		return f->user_rsp;
	return *ub_gpr(regs, reg);
}

static void ub_note_unsafe(struct ub_run_state *st, u64 user_rip, u64 addr)
{
	st->unsafe = true;
	st->unsafe_rip = user_rip;
	st->unsafe_addr = addr;
}

bool ex_handler_ub(const struct exception_table_entry *e, struct pt_regs *regs,
		   int trapnr, unsigned long fault_addr)
{
	struct ub_run_state *st = ub_run_at(regs->ip);
	u64 vals[UB_NR_GPRS], flags;
	const struct ub_image *img;
	const struct ub_fault *fm;
	struct pt_regs *user;
	struct ub_frame *f;
	unsigned int i;

	if (!st)
		return false;
	img = st->img;
	f = (struct ub_frame *)st->frame;
	fm = ub_image_find_fault(img, regs->ip - (unsigned long)img->text);
	if (!fm) {
		/*
		 * A translator bug: the user state at this point is unknown,
		 * and the run may have written user memory, so the task can
		 * neither go on nor restart; ub_run() kills it.
		 */
		WARN_ONCE(1, "ub: trap %d at image %llu + %#lx is not in its fault map\n",
			  trapnr, img->id, regs->ip - (unsigned long)img->text);
		ub_note_unsafe(st, 0, fault_addr);
		goto leave;
	}
	if (trapnr == X86_TRAP_PF && fault_addr >= TASK_SIZE_MAX) {
		/*
		 * Its address check let a kernel address through: this
		 * fault was caught, a mapped address would not have been.
		 */
		WARN_ONCE(1, "ub: image %llu + %#lx accessed kernel address %#lx\n",
			  img->id, regs->ip - (unsigned long)img->text, fault_addr);
		ub_note_unsafe(st, fm->user_rip, fault_addr);
	}

	for (i = 0; i < UB_NR_GPRS; i++)
		vals[i] = ub_locate(regs, f, fm->loc[i], i);
	vals[UB_GPR_RSP] += (s64)(s8)fm->loc[UB_LOC_RSP_ADJ] * sizeof(u64);
	flags = ub_locate(regs, f, fm->loc[UB_LOC_FLAGS], UB_LOC_FLAGS);

	user = st->regs;
	for (i = 0; i < UB_NR_GPRS; i++)
		*ub_gpr(user, i) = vals[i];
	user->flags = (user->flags & ~UB_USER_FLAGS_MASK) |
		      (flags & UB_USER_FLAGS_MASK);
	user->ip = fm->user_rip;
leave:
	/* Leave the BTC: back on its frame, SMAP closed, DF clear. */
	regs->ip = (unsigned long)ub_btc_fault;
	regs->sp = (unsigned long)f;
	regs->flags &= ~(X86_EFLAGS_AC | X86_EFLAGS_DF);
	return true;
}
