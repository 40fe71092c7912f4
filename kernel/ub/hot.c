// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: the hot-syscall identifier.
 *
 * A syscall site is hot when the user code after it runs for a short time
 * before the same thread's next syscall, often: translating that code and
 * running it in the kernel removes a crossing per round.  Only tasks that
 * opted in are looked at.  One syscall exit in about hot_period is
 * sampled (ub_hot_sample(): the clock, the return RIP and the syscall
 * number go into the task, and SYSCALL_WORK_UB_HOT sends the next entry
 * down the slow path); there syscall_trace_enter() closes the gap
 * (ub_hot_gap()) and counts it for the site (return RIP, syscall nr) in a
 * small table of the mm.  Unsampled syscalls pay a decrement and a test on
 * exit, nothing on entry.
 *
 * The table has UB_HOT_SITES slots; a new site takes a free slot or the
 * one with the fewest short gaps.  Every hot_window samples of the mm the
 * counts are halved, so the table follows the program for its whole life
 * instead of stopping after a while (the OSDI'23 artifact stopped after
 * ~10 s and kept its counts per CPU, mixing tasks).  A window that found
 * nothing new doubles the mm's sampling period, up to hot_max_period: a
 * program whose sites are never hot ends up paying almost nothing, and one
 * that changes phase is still found, later.
 *
 * A site with hot_min_hits short gaps (below hot_gap_ns) in a window is
 * reported once on /dev/ub (UB_EV_HOT), and again after hot_report_ms if
 * it is still hot: a site whose BTC runs is not sampled (ub_run() cancels
 * the sample), so a site that stays hot has no working image.  Entries of
 * installed images whose runs keep leaving before any syscall are
 * reported as UB_EV_EARLY, at most once per hot_report_ms per image.
 */

#define pr_fmt(fmt) "ub: " fmt

#include <linux/jiffies.h>
#include <linux/mm_types.h>
#include <linux/pid.h>
#include <linux/random.h>
#include <linux/sched.h>
#include <linux/sched/clock.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/spinlock.h>
#include <linux/sysctl.h>
#include <linux/ub.h>

#include "ub.h"

/*
 * Defaults, in sampled gaps.  A window of 512 samples with 16 short ones
 * at a site is a site behind ~3% of the mm's syscalls (the artifact's 900
 * in 30,000); a tight loop at the default period is found after ~160
 * syscalls.  hot_gap_ns is for hardware: docs/runtime.md gives what the
 * TCG lab sets and why.
 */
#define UB_HOT_DEFAULT_PERIOD	10
#define UB_HOT_DEFAULT_MAX	1024
#define UB_HOT_MAX_PERIOD	(1 << 14)	/* fits the task's s16 countdown */
#define UB_HOT_DEFAULT_WINDOW	512
#define UB_HOT_MAX_WINDOW	(1 << 20)
#define UB_HOT_DEFAULT_HITS	16
#define UB_HOT_DEFAULT_GAP_NS	5000
#define UB_HOT_MAX_GAP_NS	(100 * NSEC_PER_MSEC)
#define UB_HOT_DEFAULT_REPORT_MS	2000
#define UB_HOT_MAX_REPORT_MS	(3600 * MSEC_PER_SEC)
#define UB_HOT_DEFAULT_EARLY	64

DEFINE_STATIC_KEY_FALSE(ub_hot_key);

static unsigned int ub_hot_period = UB_HOT_DEFAULT_PERIOD;
static unsigned int ub_hot_max_period = UB_HOT_DEFAULT_MAX;
static unsigned int ub_hot_window = UB_HOT_DEFAULT_WINDOW;
static unsigned int ub_hot_min_hits = UB_HOT_DEFAULT_HITS;
static unsigned int ub_hot_gap_ns = UB_HOT_DEFAULT_GAP_NS;
static unsigned int ub_hot_report_ms = UB_HOT_DEFAULT_REPORT_MS;
static unsigned int ub_hot_early_min = UB_HOT_DEFAULT_EARLY;

static unsigned int ub_hot_period_limit = UB_HOT_MAX_PERIOD;
static unsigned int ub_hot_window_limit = UB_HOT_MAX_WINDOW;
static unsigned int ub_hot_gap_limit = UB_HOT_MAX_GAP_NS;
static unsigned int ub_hot_report_limit = UB_HOT_MAX_REPORT_MS;

struct ub_hot_slot {
	struct ub_hot_site s;
	u64 short_ns;			/* sum of the short gaps, decayed */
	unsigned long reported;		/* jiffies of the last UB_EV_HOT */
};

struct ub_hot {
	spinlock_t lock;		/* everything below */
	u64 cookie;			/* never changes */
	u32 samples;			/* in this window, all sites */
	u32 period;			/* sampling period of the mm's tasks */
	bool found;			/* a site became hot in this window */
	struct ub_hot_slot slots[UB_HOT_SITES];
};

static struct ctl_table ub_hot_sysctls[] = {
	{
		.procname	= "hot_enabled",
		.data		= &ub_hot_key.key,
		.mode		= 0644,
		.proc_handler	= proc_do_static_key,
	},
	{
		.procname	= "hot_period",
		.data		= &ub_hot_period,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= SYSCTL_ONE,
		.extra2		= &ub_hot_period_limit,
	},
	{
		.procname	= "hot_max_period",
		.data		= &ub_hot_max_period,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= SYSCTL_ONE,
		.extra2		= &ub_hot_period_limit,
	},
	{
		.procname	= "hot_window",
		.data		= &ub_hot_window,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= SYSCTL_ONE,
		.extra2		= &ub_hot_window_limit,
	},
	{
		.procname	= "hot_min_hits",
		.data		= &ub_hot_min_hits,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= SYSCTL_ONE,
		.extra2		= &ub_hot_window_limit,
	},
	{
		.procname	= "hot_gap_ns",
		.data		= &ub_hot_gap_ns,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= SYSCTL_ONE,
		.extra2		= &ub_hot_gap_limit,
	},
	{
		.procname	= "hot_report_ms",
		.data		= &ub_hot_report_ms,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= SYSCTL_ZERO,
		.extra2		= &ub_hot_report_limit,
	},
	{
		.procname	= "hot_early_min",
		.data		= &ub_hot_early_min,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= SYSCTL_ONE,
		.extra2		= &ub_hot_window_limit,
	},
};

/*
 * The identifier's state of @mm, created on first use.  Its cookie is
 * the mm's name on /dev/ub from then on.
 */
struct ub_hot *ub_hot_get(struct mm_struct *mm, gfp_t gfp)
{
	struct ub_hot *hot = READ_ONCE(mm->ub_hot), *old;

	if (hot)
		return hot;
	hot = kzalloc(sizeof(*hot), gfp | __GFP_NOWARN);
	if (!hot)
		return NULL;
	spin_lock_init(&hot->lock);
	hot->cookie = ub_new_cookie();
	hot->period = READ_ONCE(ub_hot_period);
	old = cmpxchg(&mm->ub_hot, NULL, hot);
	if (old) {
		kfree(hot);
		return old;
	}
	return hot;
}

u64 ub_hot_cookie(const struct ub_hot *hot)
{
	return hot->cookie;
}

/* From __mmdrop(): no task uses @mm any more. */
void ub_mm_free(struct mm_struct *mm)
{
	kfree(mm->ub_hot);
	mm->ub_hot = NULL;
}

/*
 * Syscalls to the next sample: uniform around @period, so that a loop of
 * two or three syscalls does not always have the same one sampled.
 */
static s16 ub_hot_next(u32 period)
{
	return period > 1 ? 1 + get_random_u32_below(2 * period - 1) : 1;
}

/*
 * A sampled syscall exit, with interrupts off: remember where the user
 * resumes and when.  Exits that do not resume after a `syscall` (sigreturn,
 * exec, ...) are no site.
 */
void ub_hot_sample(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	struct ub_hot *hot = tsk->mm ? READ_ONCE(tsk->mm->ub_hot) : NULL;
	u32 period = hot ? READ_ONCE(hot->period) : READ_ONCE(ub_hot_period);

	tsk->ub_hot_countdown = ub_hot_next(period);
	if (ub_never_chain((int)regs->orig_ax)) {
		ub_hot_cancel(tsk);
		return;
	}
	tsk->ub_hot_rip = regs->ip;
	tsk->ub_hot_nr = regs->orig_ax;
	tsk->ub_hot_ts = local_clock() ?: 1;
	set_task_syscall_work(tsk, UB_HOT);
}

/* The slot of (@rip, @nr), or the one to recycle for it; under hot->lock. */
static struct ub_hot_slot *ub_hot_slot(struct ub_hot *hot, u64 rip, u32 nr)
{
	struct ub_hot_slot *victim = NULL, *sl;

	for (sl = hot->slots; sl < hot->slots + UB_HOT_SITES; sl++) {
		if (sl->s.rip == rip && sl->s.nr == nr)
			return sl;
		if (!victim || sl->s.hits < victim->s.hits ||
		    (sl->s.hits == victim->s.hits &&
		     sl->s.samples < victim->s.samples))
			victim = sl;
	}
	memset(victim, 0, sizeof(*victim));
	victim->s.rip = rip;
	victim->s.nr = nr;
	victim->s.gap_min_ns = U32_MAX;
	return victim;
}

/* The end of a window: halve every count, adapt the sampling period. */
static void ub_hot_decay(struct ub_hot *hot)
{
	struct ub_hot_slot *sl;

	for (sl = hot->slots; sl < hot->slots + UB_HOT_SITES; sl++) {
		sl->s.samples /= 2;
		sl->s.hits /= 2;
		sl->short_ns /= 2;
	}
	if (hot->found)
		WRITE_ONCE(hot->period, READ_ONCE(ub_hot_period));
	else
		WRITE_ONCE(hot->period, min(hot->period * 2,
					    READ_ONCE(ub_hot_max_period)));
	hot->samples = 0;
	hot->found = false;
}

static void ub_hot_fill_event(struct ub_event *ev, const struct ub_hot *hot,
			      const struct ub_hot_slot *sl)
{
	ev->type = UB_EV_HOT;
	ev->tgid = task_tgid_nr(current);
	ev->tid = task_pid_nr(current);
	ev->mm_cookie = hot->cookie;
	ev->rip = sl->s.rip;
	ev->nr = sl->s.nr;
	ev->hits = sl->s.hits;
	ev->samples = sl->s.samples;
	ev->gap_mean_ns = sl->s.gap_mean_ns;
	ev->gap_min_ns = sl->s.gap_min_ns;
}

/* Count one sampled gap of @gap_ns at (@rip, @nr); may report the site. */
static void ub_hot_count(struct ub_hot *hot, u64 rip, u32 nr, u64 gap_ns)
{
	struct ub_event ev = {};
	struct ub_hot_slot *sl;

	spin_lock(&hot->lock);
	sl = ub_hot_slot(hot, rip, nr);
	sl->s.samples++;
	sl->s.total++;
	if (gap_ns < READ_ONCE(ub_hot_gap_ns)) {
		sl->s.hits++;
		sl->short_ns += gap_ns;
		sl->s.gap_mean_ns = div_u64(sl->short_ns, sl->s.hits);
		sl->s.gap_min_ns = min_t(u64, sl->s.gap_min_ns, gap_ns);
		if (sl->s.hits >= READ_ONCE(ub_hot_min_hits) &&
		    (!(sl->s.flags & UB_HOT_REPORTED) ||
		     time_after(jiffies, sl->reported +
				msecs_to_jiffies(READ_ONCE(ub_hot_report_ms))))) {
			if (!(sl->s.flags & UB_HOT_REPORTED))
				hot->found = true;
			sl->s.flags |= UB_HOT_REPORTED;
			sl->reported = jiffies;
			ub_hot_fill_event(&ev, hot, sl);
		}
	}
	if (++hot->samples >= READ_ONCE(ub_hot_window))
		ub_hot_decay(hot);
	spin_unlock(&hot->lock);

	if (ev.type)
		ub_event_post(&ev);
}

/*
 * At the entry of the syscall after a sampled exit (interrupts on, in the
 * task's context): the user gap is over.
 */
void ub_hot_gap(void)
{
	struct task_struct *tsk = current;
	struct ub_hot *hot;
	u64 gap_ns;

	if (!tsk->ub_hot_ts)	/* cancelled after the work bit was read */
		return;
	gap_ns = local_clock() - tsk->ub_hot_ts;
	ub_hot_cancel(tsk);
	if (!tsk->mm)
		return;
	hot = ub_hot_get(tsk->mm, GFP_NOWAIT);
	if (hot)
		ub_hot_count(hot, tsk->ub_hot_rip, tsk->ub_hot_nr, gap_ns);
}

static int ub_hot_cmp(const void *a, const void *b)
{
	const struct ub_hot_site *x = a, *y = b;

	if (x->hits != y->hits)
		return x->hits < y->hits ? 1 : -1;
	if (x->samples != y->samples)
		return x->samples < y->samples ? 1 : -1;
	return 0;
}

/*
 * Copy up to @room of @mm's sites, hottest first, into @out; returns how
 * many.  @cookie and @period get the mm's.
 */
int ub_hot_read(struct mm_struct *mm, struct ub_hot_site *out, u32 room,
		u64 *cookie, u32 *period)
{
	struct ub_hot *hot = ub_hot_get(mm, GFP_KERNEL);
	u32 i, n = 0;

	if (!hot)
		return -ENOMEM;
	spin_lock(&hot->lock);
	for (i = 0; i < UB_HOT_SITES; i++)
		if (hot->slots[i].s.rip)
			out[n++] = hot->slots[i].s;
	*cookie = hot->cookie;
	*period = hot->period;
	spin_unlock(&hot->lock);
	sort(out, n, sizeof(*out), ub_hot_cmp, NULL);
	return min(n, room);
}

/*
 * A run of @img entered at @entry_rip left for @reason before any
 * syscall.  Counted racily per image (a lost count only delays a report).
 */
void ub_hot_early(struct ub_image *img, u64 entry_rip, u32 reason)
{
	struct ub_event ev = {
		.type = UB_EV_EARLY,
		.tgid = task_tgid_nr(current),
		.tid = task_pid_nr(current),
		.mm_cookie = img->owner->cookie,
		.image_id = img->id,
		.rip = entry_rip,
		.aux = reason,
	};
	u32 early = READ_ONCE(img->early) + 1;
	unsigned long last = READ_ONCE(img->early_reported);
	struct ub_counts c;

	WRITE_ONCE(img->early, early);
	if (early < READ_ONCE(ub_hot_early_min) ||
	    (last && !time_after(jiffies, last +
				 msecs_to_jiffies(READ_ONCE(ub_hot_report_ms)))))
		return;
	WRITE_ONCE(img->early, 0);
	WRITE_ONCE(img->early_reported, jiffies ?: 1);
	ub_image_sum_counts(img, &c);
	ev.hits = early;
	ev.samples = min_t(u64, c.runs, U32_MAX);
	ub_event_post(&ev);
}

static int __init ub_hot_init(void)
{
	if (!register_sysctl("kernel/ub", ub_hot_sysctls))
		pr_warn("cannot register the identifier's sysctls\n");
	static_branch_enable(&ub_hot_key);
	return 0;
}
late_initcall(ub_hot_init);
