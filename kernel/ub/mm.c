// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: the BTCs of one address space.
 *
 * mm->ub points at a struct ub_mm from the first install until the mm is
 * torn down.  Its xarray maps entry RIPs to entry stubs, read under RCU on
 * every syscall exit of an opted-in task; writers serialise on ubm->lock
 * and never sleep under it, because the mmu notifier that drops BTCs may be
 * called where sleeping is not allowed.
 *
 * An image lives until it is removed or replaced, or until the user code it
 * was made from may have changed: munmap, mremap, mprotect, a COW break
 * (ptrace pokes, uprobes), reclaim, exec and exit all reach
 * ub_mm_drop_range() through the mmu notifier or ub_mm_invalidate().
 * Nothing is keyed by pid: an mm is named by a cookie no other mm gets.
 */

#define pr_fmt(fmt) "ub: " fmt

#include <linux/atomic.h>
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/slab.h>
#include <linux/ub.h>

#include "ub.h"

static atomic64_t ub_next_cookie = ATOMIC64_INIT(0);

static void ub_counts_add(struct ub_counts *to, const struct ub_counts *from)
{
	int r;

	to->runs += from->runs;
	to->chained += from->chained;
	to->hops += from->hops;
	for (r = 0; r < UB_NR_REASONS; r++)
		to->exits[r] += from->exits[r];
}

/* Under ubm->lock, after any change to ubm->entries (see struct ub_mm). */
static void ub_mm_entries_changed(struct ub_mm *ubm)
{
	smp_wmb();	/* the entries' change before the new generation */
	WRITE_ONCE(ubm->gen, ubm->gen + 1);
}

/*
 * Take @img's entries out of the lookup and add its counts to @into (the
 * mm's retired counts, or the image that replaces it); under ubm->lock.
 */
static void ub_mm_unlink(struct ub_mm *ubm, struct ub_image *img,
			 struct ub_counts *into)
{
	struct ub_counts c = {};
	u32 i;

	for (i = 0; i < img->nr_entries; i++)
		xa_cmpxchg(&ubm->entries, img->entry_rips[i], &img->refs[i],
			   NULL, GFP_ATOMIC);
	ub_mm_entries_changed(ubm);
	list_del(&img->node);
	ubm->nr_images--;
	ub_image_sum_counts(img, &c);
	ub_counts_add(into, &c);
}

/*
 * Drop every image made from user code that overlaps [start, end).
 * Never sleeps.
 */
static void ub_mm_drop_range(struct ub_mm *ubm, unsigned long start,
			     unsigned long end)
{
	struct ub_image *img, *tmp;
	LIST_HEAD(dead);

	spin_lock(&ubm->lock);
	list_for_each_entry_safe(img, tmp, &ubm->images, node) {
		if (ub_image_overlaps(img, start, end)) {
			ub_mm_unlink(ubm, img, &ubm->retired);
			list_add(&img->node, &dead);
		}
	}
	spin_unlock(&ubm->lock);

	list_for_each_entry_safe(img, tmp, &dead, node) {
		struct ub_event ev = {
			.type = UB_EV_INVALIDATED,
			.tgid = ubm->tgid,
			.mm_cookie = ubm->cookie,
			.image_id = img->id,
			.rip = img->user_start,
			.aux = img->user_end,
		};

		ub_image_sum_counts(img, &ev.counts);
		ub_event_post(&ev);
		ub_image_free_deferred(img);
	}
}

static int ub_mn_invalidate_range_start(struct mmu_notifier *mn,
					const struct mmu_notifier_range *range)
{
	switch (range->event) {
	case MMU_NOTIFY_PROTECTION_PAGE:	/* NUMA hinting */
	case MMU_NOTIFY_SOFT_DIRTY:
	case MMU_NOTIFY_MIGRATE:
	case MMU_NOTIFY_EXCLUSIVE:
		return 0;			/* the contents stay */
	default:
		ub_mm_drop_range(container_of(mn, struct ub_mm, mn),
				 range->start, range->end);
		return 0;
	}
}

/* The mm is going away (exit, or exec replaced it). */
static void ub_mn_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	struct ub_mm *ubm = container_of(mn, struct ub_mm, mn);

	struct ub_event ev = {
		.type = UB_EV_GONE,
		.tgid = ubm->tgid,
		.mm_cookie = ubm->cookie,
	};

	ub_mm_drop_range(ubm, 0, ULONG_MAX);
	spin_lock(&ubm->lock);
	ev.counts = ubm->retired;
	spin_unlock(&ubm->lock);
	ub_event_post(&ev);
	RCU_INIT_POINTER(mm->ub, NULL);
	mmu_notifier_put(mn);
}

u64 ub_new_cookie(void)
{
	return atomic64_inc_return(&ub_next_cookie);
}

/*
 * The cookie that names @mm on /dev/ub, 0 if it has none yet: the
 * identifier's, which the BTC state adopts, so that a hot-site event and
 * the installs that answer it name the mm alike.
 */
u64 ub_mm_cookie(struct mm_struct *mm)
{
	struct ub_hot *hot = READ_ONCE(mm->ub_hot);

	return hot ? ub_hot_cookie(hot) : 0;
}

static struct mmu_notifier *ub_mn_alloc(struct mm_struct *mm)
{
	struct ub_mm *ubm = kzalloc(sizeof(*ubm), GFP_KERNEL);
	struct ub_hot *hot = ub_hot_get(mm, GFP_KERNEL);

	if (!ubm || !hot) {
		kfree(ubm);
		return ERR_PTR(-ENOMEM);
	}
	ubm->cookie = ub_hot_cookie(hot);
	xa_init(&ubm->entries);
	spin_lock_init(&ubm->lock);
	INIT_LIST_HEAD(&ubm->images);
	return &ubm->mn;
}

/* After release and an SRCU grace period (bh off); RCU readers may look. */
static void ub_mn_free(struct mmu_notifier *mn)
{
	struct ub_mm *ubm = container_of(mn, struct ub_mm, mn);

	/* release() emptied it; xa_destroy() would take its lock here */
	WARN_ON_ONCE(!xa_empty(&ubm->entries));
	kfree_rcu(ubm, rcu);
}

static const struct mmu_notifier_ops ub_mn_ops = {
	.release = ub_mn_release,
	.invalidate_range_start = ub_mn_invalidate_range_start,
	.alloc_notifier = ub_mn_alloc,
	.free_notifier = ub_mn_free,
};

/*
 * The BTC state of @mm, created on first use.  The caller holds a
 * reference on @mm's users and serialises installs (dev.c's mutex).
 */
struct ub_mm *ub_mm_get(struct mm_struct *mm, pid_t tgid)
{
	struct mmu_notifier *mn;
	struct ub_mm *ubm;

	ubm = rcu_dereference_protected(mm->ub, true);
	if (ubm)
		return ubm;
	mn = mmu_notifier_get(&ub_mn_ops, mm);
	if (IS_ERR(mn))
		return ERR_CAST(mn);
	ubm = container_of(mn, struct ub_mm, mn);
	ubm->tgid = tgid;
	rcu_assign_pointer(mm->ub, ubm);	/* the mm's reference */
	return ubm;
}

/* The live image @image_id; called under ubm->lock. */
static struct ub_image *ub_mm_image(struct ub_mm *ubm, u64 image_id)
{
	struct ub_image *img;

	list_for_each_entry(img, &ubm->images, node)
		if (img->id == image_id)
			return img;
	return NULL;
}

/*
 * Make @img's entries live, and retire image @replace_id (if not 0) in the
 * same critical section, so that no syscall exit sees neither.  An entry
 * another live image holds fails it with -EEXIST unless @take; then that
 * image keeps its other entries.  On failure every entry is as it was.
 */
int ub_mm_publish(struct ub_mm *ubm, struct ub_image *img, u64 replace_id,
		  bool take)
{
	struct ub_entry_ref **prev;
	struct ub_image *old = NULL;
	u32 i = 0;
	int err = 0;

	prev = kvcalloc(img->nr_entries, sizeof(*prev), GFP_KERNEL);
	if (!prev)
		return -ENOMEM;
	spin_lock(&ubm->lock);
	if (replace_id) {
		old = ub_mm_image(ubm, replace_id);
		if (!old) {
			err = -ENOENT;
			goto out;
		}
	} else if (ubm->nr_images >= READ_ONCE(ub_max_images)) {
		err = -ENOSPC;
		goto out;
	}
	/* before any entry is live: a run on another CPU reads it at once */
	img->owner = ubm;
	for (; i < img->nr_entries; i++) {
		void *curr = xa_store(&ubm->entries, img->entry_rips[i],
				      &img->refs[i], GFP_ATOMIC);

		if (xa_is_err(curr)) {
			err = xa_err(curr);
			goto undo;
		}
		prev[i] = curr;
		if (curr && prev[i]->img != old && !take) {
			err = -EEXIST;
			i++;
			goto undo;
		}
	}
	list_add_tail(&img->node, &ubm->images);
	ubm->nr_images++;
	if (old)	/* a site's counts go on across its growth */
		ub_mm_unlink(ubm, old, &img->base);
	goto out;
undo:
	/* puts back what was there: no allocation, so it cannot fail */
	while (i--) {
		if (prev[i])
			xa_store(&ubm->entries, img->entry_rips[i], prev[i],
				 GFP_ATOMIC);
		else
			xa_erase(&ubm->entries, img->entry_rips[i]);
	}
out:
	ub_mm_entries_changed(ubm);	/* also when undone: cheap, and sure */
	spin_unlock(&ubm->lock);
	kvfree(prev);
	if (old && !err)
		ub_image_free_deferred(old);
	return err;
}

/* Retire image @image_id, or all images if it is 0. */
int ub_mm_remove(struct ub_mm *ubm, u64 image_id)
{
	struct ub_image *img, *tmp;
	LIST_HEAD(dead);

	spin_lock(&ubm->lock);
	list_for_each_entry_safe(img, tmp, &ubm->images, node) {
		if (!image_id || img->id == image_id) {
			ub_mm_unlink(ubm, img, &ubm->retired);
			list_add(&img->node, &dead);
		}
	}
	spin_unlock(&ubm->lock);
	if (list_empty(&dead))
		return -ENOENT;
	list_for_each_entry_safe(img, tmp, &dead, node)
		ub_image_free_deferred(img);
	return 0;
}

/*
 * The counters of image @image_id, or of the whole mm (retired images
 * too) if it is 0, and up to @nr_sites of the image's per-exit counts.
 * Returns the image's number of exits, or -ENOENT.
 */
int ub_mm_stats(struct ub_mm *ubm, u64 image_id, struct ub_counts *out,
		u64 *sites, u32 nr_sites, u32 *nr_images)
{
	struct ub_image *img;
	int ret = 0;

	memset(out, 0, sizeof(*out));
	spin_lock(&ubm->lock);
	*nr_images = ubm->nr_images;
	if (image_id) {
		img = ub_mm_image(ubm, image_id);
		if (!img) {
			ret = -ENOENT;
		} else {
			ub_image_sum_counts(img, out);
			memcpy(sites, img->site_counts,
			       min(nr_sites, img->nr_exits) * sizeof(u64));
			ret = img->nr_exits;
		}
	} else {
		ub_counts_add(out, &ubm->retired);
		list_for_each_entry(img, &ubm->images, node)
			ub_image_sum_counts(img, out);
	}
	spin_unlock(&ubm->lock);
	return ret;
}

void __ub_mm_invalidate(struct mm_struct *mm, unsigned long start,
			unsigned long end)
{
	struct ub_mm *ubm;

	rcu_read_lock();
	ubm = rcu_dereference(mm->ub);
	if (ubm)
		ub_mm_drop_range(ubm, start, end);
	rcu_read_unlock();
}
