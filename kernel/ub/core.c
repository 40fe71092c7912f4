// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: the global switch, the knobs and the per-task opt-in.
 *
 * /proc/sys/kernel/ub/
 *   version          the BTC image format this kernel accepts (read-only)
 *   enabled          0 stops every BTC run at once (a static key)
 *   budget           back edges, indirect transfers and rep iterations
 *                    (one unit per 64) a BTC may take before it must
 *                    return to user mode: bounds the time it runs with
 *                    preemption off
 *   max_chain        syscalls chained before the task returns to user mode
 *                    for one real syscall (RCU needs such returns)
 *   max_image_bytes  the largest image /dev/ub accepts
 *   max_images       images per address space
 */

#define pr_fmt(fmt) "ub: " fmt

#include <linux/init.h>
#include <linux/prctl.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/sysctl.h>
#include <linux/ub.h>
#include <uapi/linux/ub.h>

#include "ub.h"

/* Version 2 of UB itself: BTCs run in the kernel. */
#define UB_CORE_VERSION		2

#define UB_DEFAULT_BUDGET	65536	/* a 4 KiB byte loop fits */
#define UB_MAX_BUDGET		(1 << 24)
#define UB_DEFAULT_CHAIN	1024
#define UB_MAX_CHAIN		(1 << 20)
#define UB_DEFAULT_IMAGE_BYTES	(16 << 20)
#define UB_MAX_IMAGE_BYTES	(64 << 20)
#define UB_DEFAULT_IMAGES	256
#define UB_MAX_IMAGES		4096
#define UB_DEFAULT_TEXT_LIMIT	(128UL << 20)
#define UB_MAX_TEXT_LIMIT	(1UL << 30)

DEFINE_STATIC_KEY_FALSE(ub_enabled_key);

int ub_budget = UB_DEFAULT_BUDGET;
unsigned int ub_max_chain = UB_DEFAULT_CHAIN;
unsigned int ub_max_image_bytes = UB_DEFAULT_IMAGE_BYTES;
unsigned int ub_max_images = UB_DEFAULT_IMAGES;
unsigned long ub_text_limit = UB_DEFAULT_TEXT_LIMIT;

/* proc_dointvec wants a non-const int even for a read-only entry. */
static int ub_image_version = UB_IMAGE_VERSION;
static int ub_max_budget = UB_MAX_BUDGET;
static unsigned int ub_max_chain_limit = UB_MAX_CHAIN;
static unsigned int ub_max_image_bytes_limit = UB_MAX_IMAGE_BYTES;
static unsigned int ub_min_image_bytes = sizeof(struct ub_image_hdr);
static unsigned int ub_max_images_limit = UB_MAX_IMAGES;
static unsigned long ub_min_text_limit = PAGE_SIZE;
static unsigned long ub_max_text_limit = UB_MAX_TEXT_LIMIT;

static struct ctl_table ub_sysctls[] = {
	{
		.procname	= "version",
		.data		= &ub_image_version,
		.maxlen		= sizeof(int),
		.mode		= 0444,
		.proc_handler	= proc_dointvec,
	},
	{
		.procname	= "enabled",
		.data		= &ub_enabled_key.key,
		.mode		= 0644,
		.proc_handler	= proc_do_static_key,
	},
	{
		.procname	= "budget",
		.data		= &ub_budget,
		.maxlen		= sizeof(int),
		.mode		= 0644,
		.proc_handler	= proc_dointvec_minmax,
		.extra1		= SYSCTL_ONE,
		.extra2		= &ub_max_budget,
	},
	{
		.procname	= "max_chain",
		.data		= &ub_max_chain,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= SYSCTL_ZERO,
		.extra2		= &ub_max_chain_limit,
	},
	{
		.procname	= "max_image_bytes",
		.data		= &ub_max_image_bytes,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= &ub_min_image_bytes,
		.extra2		= &ub_max_image_bytes_limit,
	},
	{
		.procname	= "max_images",
		.data		= &ub_max_images,
		.maxlen		= sizeof(unsigned int),
		.mode		= 0644,
		.proc_handler	= proc_douintvec_minmax,
		.extra1		= SYSCTL_ONE,
		.extra2		= &ub_max_images_limit,
	},
	{
		/* all BTC text of all processes, like bpf_jit_limit */
		.procname	= "text_limit",
		.data		= &ub_text_limit,
		.maxlen		= sizeof(unsigned long),
		.mode		= 0644,
		.proc_handler	= proc_doulongvec_minmax,
		.extra1		= &ub_min_text_limit,
		.extra2		= &ub_max_text_limit,
	},
};

/*
 * PR_SET_UB, 0 or 1: whether this task runs BTCs (only the task itself
 * writes its flag).  PR_GET_UB: the flag.
 */
long ub_prctl(int option, unsigned long arg2, unsigned long arg3,
	      unsigned long arg4, unsigned long arg5)
{
	if (arg3 || arg4 || arg5)
		return -EINVAL;
	switch (option) {
	case PR_SET_UB:
		if (arg2 > 1)
			return -EINVAL;
		WRITE_ONCE(current->ub_optin, arg2);
		return 0;
	case PR_GET_UB:
		if (arg2)
			return -EINVAL;
		return READ_ONCE(current->ub_optin);
	}
	return -EINVAL;
}

static int __init ub_init(void)
{
	if (!register_sysctl("kernel/ub", ub_sysctls))
		pr_warn("cannot register /proc/sys/kernel/ub\n");
	ub_run_init();
	static_branch_enable(&ub_enabled_key);
	pr_info("userspace bypass v%d (image format %d)\n",
		UB_CORE_VERSION, UB_IMAGE_VERSION);
	return 0;
}
late_initcall(ub_init);
