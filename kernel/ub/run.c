// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: running BTCs on syscall exit and chaining their syscalls.
 *
 * ub_run() is called at the end of syscall_exit_to_user_mode(), after all
 * exit work, with interrupts off.  While the return RIP has a BTC entry it
 * runs the BTC with softirqs, preemption and page faults off and the
 * user's FPU state in the registers.  When the BTC stops at a `syscall`,
 * the syscall goes through the same entry work, dispatch and exit work a
 * real one gets (seccomp, ptrace, audit, tracepoints, signals, scheduling),
 * and the loop goes round again.  Any other way out returns to user mode
 * through the normal exit path, at the exact user state.
 *
 * After max_chain chained syscalls the task returns to user mode for one
 * real syscall: a task that never leaves the kernel would hold up RCU
 * flavours that wait for user mode or a voluntary context switch (Tasks
 * RCU, and plain RCU on kernels without preemption).
 */

#define pr_fmt(fmt) "ub: " fmt

#include <linux/entry-common.h>
#include <linux/hash.h>
#include <linux/hw_breakpoint.h>
#include <linux/interrupt.h>
#include <linux/log2.h>
#include <linux/ptrace.h>
#include <linux/sched/signal.h>
#include <linux/syscalls.h>
#include <linux/ub.h>
#include <linux/uaccess.h>
#include <asm/debugreg.h>
#include <asm/fpu/api.h>
#include <asm/fsgsbase.h>
#include <asm/prctl.h>
#include <asm/syscall.h>
#include <asm/unistd.h>

#include "ub.h"

static_assert(offsetof(struct ub_run_state, regs) == UB_RS_REGS);
static_assert(offsetof(struct ub_run_state, frame) == UB_RS_FRAME);
static_assert(offsetof(struct ub_run_state, hdr) == UB_RS_HDR);
static_assert(offsetof(struct ub_run_state, exit_id) == UB_RS_EXIT_ID);
static_assert(offsetof(struct ub_run_state, aux) == UB_RS_AUX);
static_assert(offsetof(struct ub_frame, user_rsp) ==
	      UB_HDR_USER_RSP * sizeof(u64));
static_assert(offsetof(struct ub_frame, fs_base) ==
	      UB_HDR_FS_BASE * sizeof(u64));
static_assert(offsetof(struct ub_frame, addr_limit) ==
	      UB_HDR_ADDR_LIMIT * sizeof(u64));
static_assert(offsetof(struct ub_frame, budget) ==
	      UB_HDR_BUDGET * sizeof(u64));
static_assert(offsetof(struct pt_regs, r15) == UB_PT_R15);
static_assert(offsetof(struct pt_regs, r14) == UB_PT_R14);
static_assert(offsetof(struct pt_regs, r13) == UB_PT_R13);
static_assert(offsetof(struct pt_regs, r12) == UB_PT_R12);
static_assert(offsetof(struct pt_regs, bp) == UB_PT_RBP);
static_assert(offsetof(struct pt_regs, bx) == UB_PT_RBX);
static_assert(offsetof(struct pt_regs, r11) == UB_PT_R11);
static_assert(offsetof(struct pt_regs, r10) == UB_PT_R10);
static_assert(offsetof(struct pt_regs, r9) == UB_PT_R9);
static_assert(offsetof(struct pt_regs, r8) == UB_PT_R8);
static_assert(offsetof(struct pt_regs, ax) == UB_PT_RAX);
static_assert(offsetof(struct pt_regs, cx) == UB_PT_RCX);
static_assert(offsetof(struct pt_regs, dx) == UB_PT_RDX);
static_assert(offsetof(struct pt_regs, si) == UB_PT_RSI);
static_assert(offsetof(struct pt_regs, di) == UB_PT_RDI);
static_assert(offsetof(struct pt_regs, flags) == UB_PT_FLAGS);
static_assert(offsetof(struct pt_regs, sp) == UB_PT_RSP);

/* The run on this CPU, for the fault fixup; set only while BTC code runs. */
DEFINE_PER_CPU(struct ub_run_state *, ub_current_run);

enum ub_step {
	UB_STEP_USER,		/* return to user mode at regs->ip */
	UB_STEP_SYSCALL,	/* dispatch the syscall at regs->ip - 2 */
	UB_STEP_MISS,		/* go on at regs->ip if another entry starts there */
};

/*
 * Syscalls that rewrite the register frame, the address space or the
 * task's identity, or that rely on a real return to user mode (arch_prctl:
 * the BTC frame caches the fs base): the task returns to user mode just
 * before them and runs them natively.  A bitmap, not a switch: it is
 * asked on every chained syscall.
 */
static const int ub_unchainable[] __initconst = {
	__NR_rt_sigreturn, __NR_clone, __NR_fork, __NR_vfork, __NR_execve,
	__NR_exit, __NR_modify_ldt, __NR_arch_prctl, __NR_iopl,
	__NR_exit_group, __NR_execveat, __NR_clone3, __NR_uretprobe,
};

DECLARE_BITMAP(ub_never_chain_nrs, NR_syscalls) __ro_after_init;

void __init ub_run_init(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(ub_unchainable); i++)
		__set_bit(ub_unchainable[i], ub_never_chain_nrs);
}

static bool ub_user_shadow_stack(void)
{
#ifdef CONFIG_X86_USER_SHADOW_STACK
	return current->thread.features & ARCH_SHSTK_SHSTK;
#else
	return false;
#endif
}

/*
 * Whether this task may run BTC code now.  Never under single-stepping or
 * hardware breakpoints (they would trigger in kernel mode), in a 32-bit
 * code segment, with rdtsc made to fault (PR_SET_TSC: it would not fault
 * in kernel mode), or with a user shadow stack (BTC code does not update
 * it, so the next native `ret` would not match).
 */
static bool ub_may_enter(struct pt_regs *regs)
{
	if (ub_user_shadow_stack())
		return false;
	return static_branch_likely(&ub_enabled_key) &&
	       READ_ONCE(current->ub_optin) && user_64bit_mode(regs) &&
	       !(regs->flags & X86_EFLAGS_TF) &&
	       !test_thread_flag(TIF_SINGLESTEP) &&
	       !test_thread_flag(TIF_BLOCKSTEP) &&
	       !test_thread_flag(TIF_NOTSC) && !hw_breakpoint_active();
}

#define UB_MXCSR_MASKS	0x1f80	/* MXCSR.IM..PM: every SSE exception masked */
#define UB_X87_FSW_ES	BIT(7)	/* x87 FSW: an unmasked exception is pending */

/*
 * Whether the user's FPU state, loaded, lets BTC code run.  BTC code holds
 * SSE arithmetic, which raises #XM for an exception the user unmasked in
 * MXCSR, and MMX, which raises #MF while an x87 exception is pending: in
 * ring 0, at instructions no fault map describes (they touch no memory),
 * where the fixup can only WARN and kill the task.  With either possible
 * the task runs natively and gets its SIGFPE at the instruction.
 */
static bool ub_fp_quiet(void)
{
	u32 mxcsr;
	u16 fsw;

	asm volatile("stmxcsr %0" : "=m" (mxcsr));
	asm volatile("fnstsw %0" : "=am" (fsw));
	return (mxcsr & UB_MXCSR_MASKS) == UB_MXCSR_MASKS &&
	       !(fsw & UB_X87_FSW_ES);
}

/* The BTC entry at @ip of the current mm, under rcu_read_lock(). */
static const struct ub_entry_ref *ub_lookup(unsigned long ip)
{
	struct ub_mm *ubm = rcu_dereference(current->mm->ub);

	return ubm ? xa_load(&ubm->entries, ip) : NULL;
}

#define UB_LOOKUP_WAYS_BITS	2

/*
 * The entries one ub_run() found, while the mm's entries have not changed
 * (struct ub_mm.gen): a chain goes round the same few sites (a loop's
 * read, a server's epoll_wait, read and write), and the xarray walk of a
 * 47-bit RIP cost a chained syscall ~200 instructions (`ub lab profile`).
 */
struct ub_lookup_cache {
	u64 gen;
	unsigned long ip[1 << UB_LOOKUP_WAYS_BITS];
	const struct ub_entry_ref *ref[1 << UB_LOOKUP_WAYS_BITS];
};

/*
 * ub_lookup() through @c, under rcu_read_lock().  A ref cached at the
 * generation read now is still in the xarray: the entry's removal bumps
 * the generation before its image is freed after a grace period, and a
 * reader that still sees the old generation began before that period.
 */
static __always_inline const struct ub_entry_ref *
ub_lookup_cached(struct ub_lookup_cache *c, unsigned long ip)
{
	struct ub_mm *ubm = rcu_dereference(current->mm->ub);
	const struct ub_entry_ref *ref;
	u32 way = hash_long(ip, UB_LOOKUP_WAYS_BITS);
	u64 gen;

	if (!ubm)
		return NULL;
	gen = READ_ONCE(ubm->gen);
	smp_rmb();	/* pairs with ub_mm_entries_changed() */
	if (gen != c->gen) {
		memset(c, 0, sizeof(*c));
		c->gen = gen;
	} else if (c->ref[way] && c->ip[way] == ip) {
		return c->ref[way];
	}
	ref = xa_load(&ubm->entries, ip);
	c->ip[way] = ip;
	c->ref[way] = ref;
	return ref;
}

/* A MISS exit's target is sampled at least once per this many of its exits. */
#define UB_MISS_REPORT_EVERY	256

/* Where a MISS exit wants its target reported, after the run. */
struct ub_miss {
	u64 cookie, image_id, site, target;
};

/* How a run ended, for the identifier's early-exit count. */
struct ub_outcome {
	u32 reason;
};

/*
 * Run the BTC of @ref once.  Called with softirqs, preemption and page
 * faults off and in the RCU read-side section that found @ref.
 */
static enum ub_step ub_run_once(struct pt_regs *regs,
				const struct ub_entry_ref *ref,
				struct ub_run_state *st, struct ub_miss *miss,
				u32 *reason, bool may_chain)
{
	const struct ub_image *img = ref->img;
	const struct ub_exit *x;
	u64 id;
	int ret;

	st->img = img;
	st->hdr[UB_HDR_USER_RSP] = regs->sp;
	st->hdr[UB_HDR_BUDGET] = READ_ONCE(ub_budget);

	this_cpu_write(ub_current_run, st);
	ret = ub_btc_enter(st, ref->stub);
	this_cpu_write(ub_current_run, NULL);

	this_cpu_inc(img->counts->runs);
	if (ret == UB_RET_FAULT) {
		*reason = UB_EXIT_FAULT;
		this_cpu_inc(img->counts->exits[UB_EXIT_FAULT]);
		if (unlikely(st->unsafe && !st->unsafe_rip))
			force_sig(SIGKILL);	/* its user state is lost */
		return UB_STEP_USER;
	}
	id = st->exit_id;
	if (unlikely(id >= img->nr_exits)) {
		/* The verifier cannot see code: a translator bug got through. */
		pr_err("pid %d: BTC image %llu left with exit id %llu of %u; killing the task\n",
		       task_pid_nr(current), img->id, id, img->nr_exits);
		force_sig(SIGKILL);
		return UB_STEP_USER;
	}
	x = &img->exits[id];
	*reason = x->reason;
	this_cpu_inc(img->counts->exits[x->reason]);
	WRITE_ONCE(img->site_counts[id], img->site_counts[id] + 1);

	switch (x->reason) {
	case UB_EXIT_SYSCALL:
		regs->ip = x->user_rip - UB_SYSCALL_INSN_LEN;
		if (!may_chain || ub_never_chain((int)regs->ax))
			return UB_STEP_USER;
		this_cpu_inc(img->counts->chained);
		return UB_STEP_SYSCALL;
	case UB_EXIT_MISS:
	case UB_EXIT_END:
		/*
		 * The user state is exact at the target of an indirect branch
		 * or at the first instruction the region left out: the run may
		 * go on in another image there.  Report a target no image
		 * starts at, at the exit's counts 1, 2, 4, ... and every
		 * UB_MISS_REPORT_EVERY: the indirect branches of an image
		 * share a MISS exit and have many targets, and the ones taken
		 * most are the likeliest sampled.
		 */
		regs->ip = x->reason == UB_EXIT_MISS ? st->aux : x->user_rip;
		if ((is_power_of_2(img->site_counts[id]) ||
		     !(img->site_counts[id] % UB_MISS_REPORT_EVERY)) &&
		    !ub_lookup(regs->ip)) {
			miss->cookie = img->owner->cookie;
			miss->image_id = img->id;
			miss->site = id;
			miss->target = regs->ip;
		}
		return may_chain ? UB_STEP_MISS : UB_STEP_USER;
	default:
		regs->ip = x->user_rip;
		return UB_STEP_USER;
	}
}

/*
 * Dispatch the syscall a BTC stopped at, exactly as the `syscall`
 * instruction at regs->ip and do_syscall_64() would.  Called with
 * interrupts on; returns with them off and all exit work done.
 */
static void ub_chain_syscall(struct pt_regs *regs)
{
	int nr;

	regs->ip += UB_SYSCALL_INSN_LEN;
	regs->cx = regs->ip;
	regs->r11 = regs->flags;
	regs->orig_ax = regs->ax;
	nr = (int)regs->ax;
	regs->ax = __x64_sys_ni_syscall(regs);	/* -ENOSYS, as the entry presets */

	nr = syscall_enter_from_user_mode_work(regs, nr);
	ub_do_syscall_64(regs, nr);
	syscall_exit_to_user_mode_work(regs);
}

/*
 * After a MISS exit the user state is exact at the target: if an entry of
 * any image starts there, the run goes on in it (a region grows by adding
 * an image for the new code, not by translating the old again).  Not when
 * exit work is pending: signals and rescheduling are not kept waiting
 * longer than one BTC run, as between chained syscalls.
 */
static bool ub_may_go_on(void)
{
	return !(read_thread_flags() & EXIT_TO_USER_MODE_WORK);
}

/*
 * The entry a MISS hop goes on in without leaving the run's context
 * (softirqs, page faults and preemption off, FPU state loaded, RCU held):
 * nothing to report from the last run, no softirq waiting for the end of
 * the bh-off section, and the FPU state still lets BTC code run.  The
 * checks of ub_may_enter() stand: no syscall ran since, and BTC code can
 * change none of what they test.  Anything else takes the full way round.
 */
static const struct ub_entry_ref *ub_hop_in_place(struct ub_lookup_cache *c,
						  struct pt_regs *regs,
						  const struct ub_run_state *st,
						  const struct ub_miss *miss)
{
	if (miss->site != U64_MAX || st->unsafe || local_softirq_pending() ||
	    !ub_fp_quiet())
		return NULL;
	return ub_lookup_cached(c, regs->ip);
}

void ub_run(struct pt_regs *regs)
{
	const struct ub_entry_ref *ref;
	struct ub_run_state st = {
		.regs = regs,
		.hdr[UB_HDR_ADDR_LIMIT] = TASK_SIZE_MAX,
	};
	struct ub_lookup_cache cache = { .gen = U64_MAX };
	struct ub_miss miss;
	enum ub_step step;
	bool irqs_were_on = false, syscalls = false, hop = false;
	unsigned int chained = 0;	/* syscalls chained and MISS hops */
	u64 entry_rip;
	u32 reason;

	lockdep_assert_irqs_disabled();
	for (;;) {
		if (!ub_may_enter(regs))
			break;
		/* held from the lookup, with interrupts still off, to the end */
		rcu_read_lock();
		ref = ub_lookup_cached(&cache, regs->ip);
		if (!ref) {
			rcu_read_unlock();
			break;
		}
		if (hop)
			this_cpu_inc(ref->img->counts->hops);

		local_irq_enable();
		fpregs_lock_and_load();
		if (unlikely(!ub_fp_quiet())) {
			fpregs_unlock();
			rcu_read_unlock();
			local_irq_disable_exit_to_user();
			irqs_were_on = true;
			break;
		}
		pagefault_disable();
		if (!irqs_were_on) {
			st.hdr[UB_HDR_FS_BASE] = x86_fsbase_read_cpu();
			/* the user gap the identifier sampled is not one */
			ub_hot_cancel(current);
		}
		irqs_were_on = true;
		for (;;) {
			const struct ub_entry_ref *next;

			miss.site = U64_MAX;
			entry_rip = regs->ip;
			step = ub_run_once(regs, ref, &st, &miss, &reason,
					   chained < READ_ONCE(ub_max_chain));
			/*
			 * An END exit where the run began ran nothing: going
			 * on would run the same entry again, up to max_chain
			 * times for nothing.
			 */
			if (step == UB_STEP_MISS && (!ub_may_go_on() ||
			    (reason == UB_EXIT_END && regs->ip == entry_rip)))
				step = UB_STEP_USER;
			if (step != UB_STEP_MISS)
				break;
			next = ub_hop_in_place(&cache, regs, &st, &miss);
			if (!next)
				break;
			/* a hop counts against max_chain like a syscall */
			chained++;
			this_cpu_inc(next->img->counts->hops);
			ref = next;
		}
		pagefault_enable();
		fpregs_unlock();
		if (!syscalls && step == UB_STEP_USER &&
		    reason != UB_EXIT_SYSCALL)
			ub_hot_early(ref->img, entry_rip, reason);
		if (unlikely(st.unsafe)) {
			ub_event(UB_EV_UNSAFE, task_tgid_nr(current),
				 ref->img->owner->cookie, ref->img->id,
				 st.unsafe_rip, st.unsafe_addr);
			st.unsafe = false;
		}
		rcu_read_unlock();

		/* The user is at an arbitrary instruction, not in a syscall. */
		regs->orig_ax = -1;
		if (miss.site != U64_MAX)
			ub_event(UB_EV_MISS, task_tgid_nr(current), miss.cookie,
				 miss.image_id, miss.target, miss.site);
		hop = step == UB_STEP_MISS;
		if (hop) {
			/* counts against max_chain like a chained syscall */
			chained++;
			local_irq_disable();
			continue;
		}
		if (step != UB_STEP_SYSCALL) {
			local_irq_disable_exit_to_user();
			break;
		}
		ub_chain_syscall(regs);
		/* a tracer may have set it while the syscall stopped */
		st.hdr[UB_HDR_FS_BASE] = x86_fsbase_read_cpu();
		chained++;
		syscalls = true;
	}
	/*
	 * With interrupts on, work may have come up (a signal, a reschedule,
	 * a softirq that used the FPU): the same checks as a native return.
	 */
	if (irqs_were_on)
		exit_to_user_mode_prepare(regs);
}

/*
 * The fault fixup's view of the run: the run state of this CPU, if @ip is
 * in the text of the image it runs.
 */
struct ub_run_state *ub_run_at(unsigned long ip)
{
	struct ub_run_state *st = this_cpu_read(ub_current_run);

	if (!st || ip - (unsigned long)st->img->text >= st->img->text_size)
		return NULL;
	return st;
}
