/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Userspace Bypass: the hooks the rest of the kernel calls.
 *
 * kernel/ub/ implements them; include/uapi/linux/ub.h is the ABI of BTC
 * images and of /dev/ub, Documentation lives in the ubypass project's
 * docs/abi.md and docs/runtime.md.
 */
#ifndef _LINUX_UB_H
#define _LINUX_UB_H

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/jump_label.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/mm_types.h>

struct pt_regs;
struct exception_table_entry;

#ifdef CONFIG_USERSPACE_BYPASS

DECLARE_STATIC_KEY_FALSE(ub_enabled_key);

void ub_run(struct pt_regs *regs);
void ub_do_syscall_64(struct pt_regs *regs, int nr);
const struct exception_table_entry *search_ub_extables(unsigned long addr);
bool ex_handler_ub(const struct exception_table_entry *e, struct pt_regs *regs,
		   int trapnr, unsigned long fault_addr);
void __ub_mm_invalidate(struct mm_struct *mm, unsigned long start,
			unsigned long end);
long ub_prctl(int option, unsigned long arg2, unsigned long arg3,
	      unsigned long arg4, unsigned long arg5);

/*
 * Called at the end of syscall_exit_to_user_mode() with interrupts off:
 * a task that opted in and whose mm has BTCs may run one now.
 */
static __always_inline void ub_syscall_exit(struct pt_regs *regs)
{
	if (static_branch_unlikely(&ub_enabled_key) && current->ub_optin &&
	    current->mm && rcu_access_pointer(current->mm->ub))
		ub_run(regs);
}

/* The user code in [start, end) of @mm may change: drop BTCs over it. */
static inline void ub_mm_invalidate(struct mm_struct *mm, unsigned long start,
				    unsigned long end)
{
	if (rcu_access_pointer(mm->ub))
		__ub_mm_invalidate(mm, start, end);
}

#else /* !CONFIG_USERSPACE_BYPASS */

static inline void ub_syscall_exit(struct pt_regs *regs) { }
static inline const struct exception_table_entry *
search_ub_extables(unsigned long addr)
{
	return NULL;
}

static inline bool ex_handler_ub(const struct exception_table_entry *e,
				 struct pt_regs *regs, int trapnr,
				 unsigned long fault_addr)
{
	return false;
}

static inline void ub_mm_invalidate(struct mm_struct *mm, unsigned long start,
				    unsigned long end) { }
static inline long ub_prctl(int option, unsigned long arg2, unsigned long arg3,
			    unsigned long arg4, unsigned long arg5)
{
	return -EINVAL;
}

#endif /* CONFIG_USERSPACE_BYPASS */

#endif /* _LINUX_UB_H */
