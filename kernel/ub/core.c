// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: core.
 *
 * Announces UB at boot and publishes the BTC image format this kernel
 * accepts, so that the userspace translator can refuse to talk to a kernel
 * that would not understand its images.
 */

#define pr_fmt(fmt) "ub: " fmt

#include <linux/init.h>
#include <linux/printk.h>
#include <linux/sysctl.h>
#include <uapi/linux/ub.h>

/* Version 1 of UB itself; bumped when the runtime's behaviour changes. */
#define UB_CORE_VERSION	1

/* proc_dointvec wants a non-const int even for a read-only entry. */
static int ub_image_version = UB_IMAGE_VERSION;

static struct ctl_table ub_sysctls[] = {
	{
		.procname	= "version",
		.data		= &ub_image_version,
		.maxlen		= sizeof(int),
		.mode		= 0444,
		.proc_handler	= proc_dointvec,
	},
};

static int __init ub_init(void)
{
	if (!register_sysctl("kernel/ub", ub_sysctls))
		pr_warn("cannot register /proc/sys/kernel/ub\n");

	pr_info("userspace bypass v%d (image format %d)\n",
		UB_CORE_VERSION, UB_IMAGE_VERSION);
	return 0;
}
late_initcall(ub_init);
