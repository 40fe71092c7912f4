// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: /dev/ub, the daemon's interface.
 *
 * Only CAP_SYS_ADMIN may open it, and not under integrity lockdown.  Each
 * ioctl names its target by a pidfd and, optionally, by the cookie of the
 * target's address space; the caller must be allowed to ptrace the target,
 * and the target must have opted in with prctl(PR_SET_UB).  Installs and
 * removals are rare and serialise on one mutex.  read() and poll() deliver
 * events (MISS targets, dropped images) from a bounded queue per opener;
 * an overflow is reported, not hidden.
 */

#define pr_fmt(fmt) "ub: " fmt

#include <linux/capability.h>
#include <linux/fs.h>
#include <linux/highmem.h>
#include <linux/kfifo.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/pid.h>
#include <linux/poll.h>
#include <linux/ptrace.h>
#include <linux/sched/mm.h>
#include <linux/security.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <linux/wait.h>
#include <linux/ub.h>

#include "ub.h"

#define UB_EVENT_QUEUE_LEN	256	/* a power of two, for the kfifo */
#define UB_MAX_SITES		(1 << 20)
#define UB_MAX_LOG		1024	/* a verifier message is one line */

static DEFINE_MUTEX(ub_dev_mutex);

/*
 * One opener's events: every opener sees every event from its open() on,
 * so that one reader (a test, a second daemon) takes none from another.
 */
struct ub_reader {
	struct list_head node;		/* in ub_readers */
	DECLARE_KFIFO(fifo, struct ub_event, UB_EVENT_QUEUE_LEN);
	u64 lost;			/* under ub_events_lock */
	struct mutex read_mutex;	/* kfifo allows one reader at a time */
};

static LIST_HEAD(ub_readers);		/* under ub_events_lock */
static DEFINE_SPINLOCK(ub_events_lock);
static DECLARE_WAIT_QUEUE_HEAD(ub_events_wait);

/*
 * Report @r's lost events as soon as there is room for the report (@room:
 * that many free slots, so that the report never takes an event's place);
 * under ub_events_lock.
 */
static void ub_events_report_lost(struct ub_reader *r, unsigned int room)
{
	struct ub_event lost = {
		.type = UB_EV_DROPPED,
	};

	if (!r->lost || kfifo_avail(&r->fifo) < room)
		return;
	lost.aux = r->lost;
	kfifo_put(&r->fifo, lost);
	r->lost = 0;
}

/* Queue an event for every opener; never sleeps. */
void ub_event_post(const struct ub_event *ev)
{
	struct ub_reader *r;
	unsigned long flags;

	spin_lock_irqsave(&ub_events_lock, flags);
	list_for_each_entry(r, &ub_readers, node) {
		ub_events_report_lost(r, 2);
		if (!kfifo_put(&r->fifo, *ev))
			r->lost++;
	}
	spin_unlock_irqrestore(&ub_events_lock, flags);
	wake_up_interruptible(&ub_events_wait);
}

/* The reader made room: a loss is reported now, not with the next event. */
static void ub_events_flush_lost(struct ub_reader *r)
{
	unsigned long flags;

	spin_lock_irqsave(&ub_events_lock, flags);
	ub_events_report_lost(r, 1);
	spin_unlock_irqrestore(&ub_events_lock, flags);
}

void ub_event(u32 type, pid_t tgid, u64 cookie, u64 image_id, u64 rip,
	      u64 aux)
{
	struct ub_event ev = {
		.type = type,
		.tgid = tgid,
		.mm_cookie = cookie,
		.image_id = image_id,
		.rip = rip,
		.aux = aux,
	};

	ub_event_post(&ev);
}

/* The target of an ioctl: its task, mm and BTC state. */
struct ub_target {
	struct task_struct *task;
	struct mm_struct *mm;
	struct ub_mm *ubm;		/* NULL until its first image */
};

static void ub_put_target(struct ub_target *t)
{
	if (t->mm)
		mmput(t->mm);
	if (t->task)
		put_task_struct(t->task);
}

/*
 * Resolve @pidfd (and @cookie, unless 0) to a target the caller may
 * control.  Called under ub_dev_mutex.
 */
static int ub_get_target(int pidfd, u64 cookie, struct ub_target *t)
{
	unsigned int flags;
	int err;

	memset(t, 0, sizeof(*t));
	t->task = pidfd_get_task(pidfd, &flags);
	if (IS_ERR(t->task)) {
		err = PTR_ERR(t->task);
		t->task = NULL;
		return err;
	}
	err = -EPERM;
	if (!READ_ONCE(t->task->ub_optin) ||
	    !ptrace_may_access(t->task, PTRACE_MODE_ATTACH_REALCREDS))
		goto fail;
	err = -ESRCH;
	t->mm = get_task_mm(t->task);
	if (!t->mm)
		goto fail;
	t->ubm = rcu_dereference_protected(t->mm->ub,
					   lockdep_is_held(&ub_dev_mutex));
	err = -ESTALE;
	if (cookie && ub_mm_cookie(t->mm) != cookie)
		goto fail;
	return 0;
fail:
	ub_put_target(t);
	return err;
}

/*
 * The vDSO's text, which the kernel mapped itself: a program's calls to
 * clock_gettime() and gettimeofday() run there, between its syscalls.
 */
static bool ub_vma_is_vdso(struct mm_struct *mm, struct vm_area_struct *vma)
{
	return mm->context.vdso_image &&
	       vma->vm_start == (unsigned long)mm->context.vdso;
}

/*
 * Every byte of @r in file-backed (or vDSO), executable, never-written
 * VMAs: code that cannot change without an munmap, mprotect or COW the mmu
 * notifier reports.  (A write(2) to the file under a MAP_PRIVATE mapping
 * would change it unseen: natively the program would see the new bytes.)
 */
static bool ub_range_is_stable(struct mm_struct *mm, const struct ub_range *r)
{
	struct vm_area_struct *vma;
	u64 addr = r->start;

	mmap_assert_locked(mm);
	while (addr < r->end) {
		vma = vma_lookup(mm, addr);
		if (!vma || !(vma->vm_file || ub_vma_is_vdso(mm, vma)) ||
		    !(vma->vm_flags & VM_EXEC) ||
		    (vma->vm_flags & VM_WRITE) ||
		    (vma->vm_flags & (VM_MAYWRITE | VM_SHARED)) ==
		    (VM_MAYWRITE | VM_SHARED))
			return false;
		addr = vma->vm_end;
	}
	return true;
}

/* Read @len bytes at @addr in @mm, whose mmap lock the caller holds. */
static int ub_read_locked(struct mm_struct *mm, u64 addr, void *buf,
			  size_t len)
{
	mmap_assert_locked(mm);
	while (len) {
		size_t off = offset_in_page(addr);
		size_t n = min_t(size_t, len, PAGE_SIZE - off);
		struct page *page;
		void *kaddr;

		if (get_user_pages_remote(mm, addr, 1, 0, &page, NULL) != 1)
			return -EFAULT;
		kaddr = kmap_local_page(page);
		memcpy(buf, kaddr + off, n);
		kunmap_local(kaddr);
		put_page(page);
		addr += n;
		buf += n;
		len -= n;
	}
	return 0;
}

/*
 * A SYSCALL exit that is not chained resumes the user on its own `syscall`
 * instruction, at user_rip - 2: it must be one, and inside the image's
 * ranges, both bytes, so that a change to it drops the image.  Under the
 * mmap lock, with the ranges found stable: it cannot change before the
 * image is live.
 */
static int ub_check_syscall_sites(struct mm_struct *mm,
				  const struct ub_image *img, char *msg,
				  u32 msg_len)
{
	u32 i;

	for (i = 0; i < img->nr_exits; i++) {
		u64 at = img->exits[i].user_rip - UB_SYSCALL_INSN_LEN;
		u16 insn = 0;

		if (img->exits[i].reason != UB_EXIT_SYSCALL)
			continue;
		if (!ub_image_overlaps(img, at, at + 1) ||
		    !ub_image_overlaps(img, at + 1, at + UB_SYSCALL_INSN_LEN) ||
		    ub_read_locked(mm, at, &insn, sizeof(insn)) ||
		    insn != UB_SYSCALL_INSN) {
			snprintf(msg, msg_len,
				 "exit %u: user_rip 0x%llx has no syscall before it",
				 i, img->exits[i].user_rip);
			return -EINVAL;
		}
	}
	return 0;
}

/* The first range of @img that is not stable, or NULL. */
static const struct ub_range *ub_unstable_range(struct mm_struct *mm,
						const struct ub_image *img)
{
	u32 i;

	for (i = 0; i < img->nr_ranges; i++)
		if (!ub_range_is_stable(mm, &img->ranges[i]))
			return &img->ranges[i];
	return NULL;
}

static long ub_ioc_install(struct ub_install __user *uarg)
{
	struct ub_install arg;
	struct ub_target t;
	const struct ub_range *bad;
	struct ub_image *img;
	char *msg = NULL;
	u32 log_len;
	void *blob;
	int err;

	if (copy_from_user(&arg, uarg, sizeof(arg)))
		return -EFAULT;
	if (arg.flags & ~(UB_INSTALL_REPLACE | UB_INSTALL_TAKE))
		return -EINVAL;
	if (!!(arg.flags & UB_INSTALL_REPLACE) != !!arg.replace_id)
		return -EINVAL;
	if (arg.image_len < sizeof(struct ub_image_hdr) ||
	    arg.image_len > READ_ONCE(ub_max_image_bytes))
		return -E2BIG;
	/* the reason always goes to the kernel log, and to the caller's buffer */
	log_len = min_t(u32, arg.log_len, UB_MAX_LOG);
	msg = kzalloc(UB_MAX_LOG, GFP_KERNEL);
	if (!msg)
		return -ENOMEM;
	blob = vmemdup_user(u64_to_user_ptr(arg.image), arg.image_len);
	if (IS_ERR(blob)) {
		kfree(msg);
		return PTR_ERR(blob);
	}

	mutex_lock(&ub_dev_mutex);
	err = ub_get_target(arg.pidfd, arg.mm_cookie, &t);
	if (err)
		goto out;
	img = ub_image_create(blob, arg.image_len, msg, UB_MAX_LOG);
	if (IS_ERR(img)) {
		err = PTR_ERR(img);
		goto out_target;
	}

	/* mmu_notifier_get() takes the mmap lock itself */
	t.ubm = ub_mm_get(t.mm, task_tgid_nr(t.task));
	if (IS_ERR(t.ubm)) {
		err = PTR_ERR(t.ubm);
		ub_image_free_deferred(img);
		goto out_target;
	}
	/* munmap, mremap and mprotect wait until the image is live */
	mmap_read_lock(t.mm);
	bad = ub_unstable_range(t.mm, img);
	if (bad) {
		err = -EINVAL;
		snprintf(msg, UB_MAX_LOG,
			 "text [%#llx, %#llx) is not in read-only executable file mappings",
			 bad->start, bad->end);
	} else {
		err = ub_check_syscall_sites(t.mm, img, msg, UB_MAX_LOG) ?:
		      ub_mm_publish(t.ubm, img, arg.replace_id,
				    arg.flags & UB_INSTALL_TAKE);
	}
	mmap_read_unlock(t.mm);
	if (err) {
		ub_image_free_deferred(img);
		goto out_target;
	}
	arg.image_id = img->id;
	arg.mm_cookie = t.ubm->cookie;
	if (copy_to_user(uarg, &arg, sizeof(arg)))
		err = -EFAULT;	/* the image stays: remove it by cookie */
out_target:
	if (err == -EINVAL && *msg)
		pr_warn_ratelimited("pid %d: image rejected: %s\n",
				    task_pid_nr(t.task), msg);
	ub_put_target(&t);
out:
	mutex_unlock(&ub_dev_mutex);
	if (log_len) {
		msg[log_len - 1] = '\0';	/* cut to the caller's buffer */
		if (copy_to_user(u64_to_user_ptr(arg.log_buf), msg,
				 strlen(msg) + 1))
			err = err ?: -EFAULT;
	}
	kfree(msg);
	kvfree(blob);
	return err;
}

static long ub_ioc_remove(struct ub_remove __user *uarg)
{
	struct ub_remove arg;
	struct ub_target t;
	int err;

	if (copy_from_user(&arg, uarg, sizeof(arg)))
		return -EFAULT;
	if (arg.flags)
		return -EINVAL;
	mutex_lock(&ub_dev_mutex);
	err = ub_get_target(arg.pidfd, arg.mm_cookie, &t);
	if (!err) {
		err = t.ubm ? ub_mm_remove(t.ubm, arg.image_id) : -ENOENT;
		ub_put_target(&t);
	}
	mutex_unlock(&ub_dev_mutex);
	return err;
}

static long ub_ioc_stats(struct ub_stats __user *uarg)
{
	struct ub_stats arg;
	struct ub_target t;
	u32 nr_sites;
	u64 *sites = NULL;
	int ret;

	if (copy_from_user(&arg, uarg, sizeof(arg)))
		return -EFAULT;
	if (arg.flags)
		return -EINVAL;
	nr_sites = arg.image_id ? min_t(u32, arg.nr_sites, UB_MAX_SITES) : 0;
	if (nr_sites) {
		sites = kvcalloc(nr_sites, sizeof(u64), GFP_KERNEL);
		if (!sites)
			return -ENOMEM;
	}
	mutex_lock(&ub_dev_mutex);
	ret = ub_get_target(arg.pidfd, arg.mm_cookie, &t);
	if (ret)
		goto out;
	if (!t.ubm) {
		ret = arg.image_id ? -ENOENT : 0;
		memset(&arg.counts, 0, sizeof(arg.counts));
		arg.nr_images = 0;
	} else {
		arg.mm_cookie = t.ubm->cookie;
		ret = ub_mm_stats(t.ubm, arg.image_id, &arg.counts, sites,
				  nr_sites, &arg.nr_images);
	}
	ub_put_target(&t);
	if (ret < 0)
		goto out;
	if (arg.image_id)
		arg.nr_sites = ret;
	ret = 0;
	if (copy_to_user(uarg, &arg, sizeof(arg)) ||
	    (nr_sites && copy_to_user(u64_to_user_ptr(arg.sites), sites,
				      min(nr_sites, arg.nr_sites) * sizeof(u64))))
		ret = -EFAULT;
out:
	mutex_unlock(&ub_dev_mutex);
	kvfree(sites);
	return ret;
}

static long ub_ioc_hot(struct ub_hot_query __user *uarg)
{
	struct ub_hot_query arg;
	struct ub_hot_site *sites;
	struct ub_target t;
	u32 room;
	int ret;

	if (copy_from_user(&arg, uarg, sizeof(arg)))
		return -EFAULT;
	if (arg.flags)
		return -EINVAL;
	room = min_t(u32, arg.nr_sites, UB_HOT_SITES);
	sites = kcalloc(UB_HOT_SITES, sizeof(*sites), GFP_KERNEL);
	if (!sites)
		return -ENOMEM;
	mutex_lock(&ub_dev_mutex);
	ret = ub_get_target(arg.pidfd, arg.mm_cookie, &t);
	if (ret)
		goto out;
	ret = ub_hot_read(t.mm, sites, room, &arg.mm_cookie, &arg.period);
	ub_put_target(&t);
	if (ret < 0)
		goto out;
	arg.nr_sites = ret;
	ret = 0;
	if (copy_to_user(uarg, &arg, sizeof(arg)) ||
	    copy_to_user(u64_to_user_ptr(arg.sites), sites,
			 arg.nr_sites * sizeof(*sites)))
		ret = -EFAULT;
out:
	mutex_unlock(&ub_dev_mutex);
	kfree(sites);
	return ret;
}

static long ub_dev_ioctl(struct file *file, unsigned int cmd,
			 unsigned long arg)
{
	void __user *uarg = (void __user *)arg;

	switch (cmd) {
	case UB_IOC_INSTALL:
		return ub_ioc_install(uarg);
	case UB_IOC_REMOVE:
		return ub_ioc_remove(uarg);
	case UB_IOC_STATS:
		return ub_ioc_stats(uarg);
	case UB_IOC_HOT:
		return ub_ioc_hot(uarg);
	}
	return -ENOTTY;
}

static ssize_t ub_dev_read(struct file *file, char __user *buf, size_t len,
			   loff_t *ppos)
{
	struct ub_reader *r = file->private_data;
	unsigned int copied;
	int err;

	if (len < sizeof(struct ub_event))
		return -EINVAL;
	for (;;) {
		ub_events_flush_lost(r);
		if (!kfifo_is_empty(&r->fifo))
			break;
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		err = wait_event_interruptible(ub_events_wait,
					       !kfifo_is_empty(&r->fifo));
		if (err)
			return err;
	}
	mutex_lock(&r->read_mutex);
	err = kfifo_to_user(&r->fifo, buf,
			    rounddown(len, sizeof(struct ub_event)), &copied);
	mutex_unlock(&r->read_mutex);
	return err ?: copied;
}

static __poll_t ub_dev_poll(struct file *file, poll_table *wait)
{
	struct ub_reader *r = file->private_data;

	poll_wait(file, &ub_events_wait, wait);
	ub_events_flush_lost(r);
	return kfifo_is_empty(&r->fifo) ? 0 : EPOLLIN | EPOLLRDNORM;
}

static int ub_dev_open(struct inode *inode, struct file *file)
{
	struct ub_reader *r;
	int err;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	/*
	 * An image is code for ring 0 that no signature vouches for, only
	 * validate.c's proof: integrity lockdown forbids such code for
	 * modules, and /dev/ub refuses it under the same reason.
	 */
	err = security_locked_down(LOCKDOWN_MODULE_SIGNATURE);
	if (err)
		return err;
	r = kvzalloc(sizeof(*r), GFP_KERNEL);
	if (!r)
		return -ENOMEM;
	INIT_KFIFO(r->fifo);
	mutex_init(&r->read_mutex);
	spin_lock_irq(&ub_events_lock);
	list_add_tail(&r->node, &ub_readers);
	spin_unlock_irq(&ub_events_lock);
	file->private_data = r;
	return nonseekable_open(inode, file);
}

static int ub_dev_release(struct inode *inode, struct file *file)
{
	struct ub_reader *r = file->private_data;

	spin_lock_irq(&ub_events_lock);
	list_del(&r->node);
	spin_unlock_irq(&ub_events_lock);
	mutex_destroy(&r->read_mutex);
	kvfree(r);
	return 0;
}

static const struct file_operations ub_dev_fops = {
	.owner		= THIS_MODULE,
	.open		= ub_dev_open,
	.release	= ub_dev_release,
	.read		= ub_dev_read,
	.poll		= ub_dev_poll,
	.unlocked_ioctl	= ub_dev_ioctl,
	.compat_ioctl	= compat_ptr_ioctl,
};

static struct miscdevice ub_miscdev = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= UB_DEV_NAME,
	.fops	= &ub_dev_fops,
	.mode	= 0600,
};

static int __init ub_dev_init(void)
{
	int err = misc_register(&ub_miscdev);

	if (err)
		pr_err("cannot register /dev/%s: %d\n", UB_DEV_NAME, err);
	return err;
}
device_initcall(ub_dev_init);
