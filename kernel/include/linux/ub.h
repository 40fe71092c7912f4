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
DECLARE_STATIC_KEY_FALSE(ub_hot_key);

void ub_run(struct pt_regs *regs);
void ub_do_syscall_64(struct pt_regs *regs, int nr);
const struct exception_table_entry *search_ub_extables(unsigned long addr);
bool ex_handler_ub(const struct exception_table_entry *e, struct pt_regs *regs,
		   int trapnr, unsigned long fault_addr);
void __ub_mm_invalidate(struct mm_struct *mm, unsigned long start,
			unsigned long end);
long ub_prctl(int option, unsigned long arg2, unsigned long arg3,
	      unsigned long arg4, unsigned long arg5);
void ub_hot_sample(struct pt_regs *regs);
void ub_hot_gap(void);
void ub_mm_free(struct mm_struct *mm);

/*
 * Called at the end of syscall_exit_to_user_mode() with interrupts off.
 * Only a task that opted in is looked at: the identifier samples one exit
 * in ub_hot_countdown, and if the mm has BTCs one may run now.
 */
static __always_inline void ub_syscall_exit(struct pt_regs *regs)
{
	struct task_struct *tsk = current;

	if (!static_branch_unlikely(&ub_enabled_key) || !tsk->ub_optin)
		return;
	if (static_branch_unlikely(&ub_hot_key) &&
	    unlikely(--tsk->ub_hot_countdown <= 0))
		ub_hot_sample(regs);
	if (tsk->mm && rcu_access_pointer(tsk->mm->ub))
		ub_run(regs);
}

/*
 * Forget the sampled exit whose gap is open: the user did not run from it
 * to the next syscall (a BTC did), or the task's opt-in ended.
 */
static inline void ub_hot_cancel(struct task_struct *tsk)
{
	tsk->ub_hot_ts = 0;
	clear_task_syscall_work(tsk, UB_HOT);
}

/* A setuid/setgid exec: the new program has not asked to run in the kernel. */
static inline void ub_clear_optin(struct task_struct *tsk)
{
	WRITE_ONCE(tsk->ub_optin, 0);
	ub_hot_cancel(tsk);
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
static inline void ub_hot_gap(void) { }
static inline void ub_clear_optin(struct task_struct *tsk) { }
static inline void ub_mm_free(struct mm_struct *mm) { }
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
