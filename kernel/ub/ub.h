/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Userspace Bypass: the runtime's internal interfaces.
 *
 *   core.c   sysctls, the global switch, prctl
 *   mm.c     per-mm state: entry lookup, images, invalidation (mmu notifier)
 *   image.c  an image: verified, copied to read-only executable text
 *   verify.c the structural checks of an image blob
 *   run.c    running BTCs on syscall exit and chaining their syscalls
 *   fault.c  faults inside BTC code
 *   dev.c    /dev/ub: install, replace, remove, statistics, events
 */
#ifndef _KERNEL_UB_UB_H
#define _KERNEL_UB_UB_H

#include <linux/bitops.h>
#include <linux/list.h>
#include <linux/mmu_notifier.h>
#include <linux/percpu.h>
#include <linux/spinlock.h>
#include <linux/workqueue.h>
#include <linux/xarray.h>
#include <uapi/linux/ub.h>
#include <asm/unistd.h>

#include "btc_abi.h"

struct ub_mm;

/* The user's `syscall` instruction: 0f 05, read as a little-endian u16. */
#define UB_SYSCALL_INSN_LEN	2
#define UB_SYSCALL_INSN		0x050f

/* Where BTC code for one entry RIP starts: an entry stub of @img. */
struct ub_entry_ref {
	struct ub_image *img;
	void *stub;
};

struct ub_image {
	u64 id;
	struct ub_mm *owner;
	struct list_head node;		/* owner->images, under owner->lock */
	u64 user_start, user_end;	/* the hull of ranges */
	struct ub_range *ranges;	/* the user code it was made from */
	u32 nr_ranges;
	void *text;			/* read-only, executable */
	size_t text_size;
	u32 code_size;
	u32 nr_entries, nr_exits, nr_faults;
	struct ub_entry_ref *refs;
	u64 *entry_rips;
	struct ub_exit *exits;
	struct ub_fault *faults;	/* sorted by code_off */
	u64 *site_counts;		/* exits per exit id; racy by design */
	u32 early;			/* runs that left before a syscall */
	unsigned long early_reported;	/* jiffies of the last UB_EV_EARLY */
	struct ub_counts __percpu *counts;
	struct ub_counts base;		/* of the images it replaced */
	struct rcu_work free_work;
};

struct ub_mm {
	struct mmu_notifier mn;
	u64 cookie;
	pid_t tgid;			/* of the first install's target */
	struct xarray entries;		/* user RIP -> struct ub_entry_ref */
	/*
	 * Bumped under lock after every change to entries and before any
	 * image it dropped is freed: a run's lookup cache (run.c) holds refs
	 * found at one value and trusts them while it has not changed.
	 */
	u64 gen;
	spinlock_t lock;		/* images, entries writes */
	struct list_head images;
	unsigned int nr_images;
	struct ub_counts retired;	/* counts of images gone, under lock */
	struct rcu_head rcu;
};

/* core.c */
extern int ub_budget;
extern unsigned int ub_max_chain;
extern unsigned int ub_max_image_bytes;
extern unsigned int ub_max_images;
extern unsigned long ub_text_limit;

/* mm.c */
u64 ub_new_cookie(void);
u64 ub_mm_cookie(struct mm_struct *mm);
struct ub_mm *ub_mm_get(struct mm_struct *mm, pid_t tgid);
int ub_mm_publish(struct ub_mm *ubm, struct ub_image *img, u64 replace_id,
		  bool take);
int ub_mm_remove(struct ub_mm *ubm, u64 image_id);
int ub_mm_stats(struct ub_mm *ubm, u64 image_id, struct ub_counts *out,
		u64 *sites, u32 nr_sites, u32 *nr_images);

/* image.c */
struct ub_image *ub_image_create(const void *blob, u32 len, char *msg,
				 size_t msg_len);
void ub_image_free_deferred(struct ub_image *img);
bool ub_image_overlaps(const struct ub_image *img, u64 start, u64 end);
const struct ub_fault *ub_image_find_fault(const struct ub_image *img,
					   u32 code_off);
void ub_image_sum_counts(const struct ub_image *img, struct ub_counts *out);

/* dev.c */
void ub_event_post(const struct ub_event *ev);
void ub_event(u32 type, pid_t tgid, u64 cookie, u64 image_id, u64 rip,
	      u64 aux);

/*
 * hot.c: the hot-syscall identifier.  Its sites per mm; the early-leaving
 * entries of installed images.
 */
#define UB_HOT_SITES		32

struct ub_hot *ub_hot_get(struct mm_struct *mm, gfp_t gfp);
u64 ub_hot_cookie(const struct ub_hot *hot);
int ub_hot_read(struct mm_struct *mm, struct ub_hot_site *out, u32 room,
		u64 *cookie, u32 *period);
void ub_hot_early(struct ub_image *img, u64 entry_rip, u32 reason);

/* run.c: syscalls never chained, x32 and invalid numbers included */
extern unsigned long ub_never_chain_nrs[];
void ub_run_init(void);

static inline bool ub_never_chain(int nr)
{
	return (unsigned int)nr >= NR_syscalls ||
	       test_bit(nr, ub_never_chain_nrs);
}

/*
 * run.c: one BTC run, handed to ub_btc_enter() (the fields up to aux are
 * at the offsets btc_abi.h gives entry.S) and, through ub_run_at(), to the
 * fault fixup.
 */
/* ub_run_state.hdr[]: the first words of struct ub_frame, in its order */
enum { UB_HDR_USER_RSP, UB_HDR_FS_BASE, UB_HDR_ADDR_LIMIT, UB_HDR_BUDGET };

struct ub_run_state {
	struct pt_regs *regs;		/* the user registers */
	unsigned long frame;		/* out: the ub_frame's address */
	u64 hdr[UB_RS_HDR_WORDS];	/* in: frame user_rsp ... budget */
	u64 exit_id;			/* out */
	u64 aux;			/* out */
	const struct ub_image *img;	/* the image running */
	u64 unsafe_rip;			/* a fault it should not have had: */
	u64 unsafe_addr;		/* see UB_EV_UNSAFE */
	bool unsafe;
};

struct ub_run_state *ub_run_at(unsigned long ip);

/* entry.S */
int ub_btc_enter(struct ub_run_state *st, void *stub);
void ub_btc_exit(void);
void ub_btc_fault(void);

#endif /* _KERNEL_UB_UB_H */
