// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: turning a verified image into runnable BTC text.
 *
 * The text is allocated like the BPF JIT's, from execmem: it is filled
 * while it is writable and not executable, then made read-only and
 * executable before anything can jump to it, and never writable again.
 * Layout: the image's code, then one entry stub per entry, then int3
 * padding up to the page end.
 *
 *   entry stub:  [endbr64]  stac  mov r11, [rsp + frame.runtime[1]]  jmp code+off
 *
 * The stub is what ub_btc_enter() jumps to; it opens SMAP (only BTC code
 * may touch user memory) and reloads the user's %r11, which the jump used.
 * Every UB_SYM_EXIT relocation becomes a rel32 to ub_btc_exit.
 */

#define pr_fmt(fmt) "ub: " fmt

#include <linux/atomic.h>
#include <linux/execmem.h>
#include <linux/mm.h>
#include <linux/set_memory.h>
#include <linux/slab.h>
#include <linux/bsearch.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/cpufeature.h>

#include "ub.h"
#include "validate.h"
#include "verify.h"

#define UB_STUB_SIZE	32
#define UB_INT3		0xcc

static const u8 ub_endbr64[] = { 0xf3, 0x0f, 0x1e, 0xfa };
static const u8 ub_nop4[] = { 0x0f, 0x1f, 0x40, 0x00 };
static const u8 ub_stac[] = { 0x0f, 0x01, 0xcb };
static const u8 ub_nop3[] = { 0x0f, 0x1f, 0x00 };
/* mov r11, [rsp + disp8] */
static const u8 ub_mov_r11_rsp[] = { 0x4c, 0x8b, 0x5c, 0x24 };
#define UB_JMP_REL32	0xe9
#define UB_REL32_LEN	4

static atomic64_t ub_next_image_id = ATOMIC64_INIT(0);

/* Write a rel32 at @field (in the buffer that will live at @at) to @dest. */
static int ub_put_rel32(u8 *field, unsigned long at, unsigned long dest)
{
	s64 delta = (s64)(dest - (at + UB_REL32_LEN));
	s32 rel = (s32)delta;

	if (rel != delta)
		return -ERANGE;
	memcpy(field, &rel, sizeof(rel));
	return 0;
}

static u8 *ub_put(u8 *p, const u8 *bytes, size_t len)
{
	memcpy(p, bytes, len);
	return p + len;
}

static int ub_write_stub(u8 *buf, unsigned long text, u32 stub_off,
			 u32 code_off)
{
	u8 *p = buf + stub_off;

	if (cpu_feature_enabled(X86_FEATURE_IBT))
		p = ub_put(p, ub_endbr64, sizeof(ub_endbr64));
	else
		p = ub_put(p, ub_nop4, sizeof(ub_nop4));
	if (cpu_feature_enabled(X86_FEATURE_SMAP))
		p = ub_put(p, ub_stac, sizeof(ub_stac));
	else
		p = ub_put(p, ub_nop3, sizeof(ub_nop3));
	p = ub_put(p, ub_mov_r11_rsp, sizeof(ub_mov_r11_rsp));
	*p++ = UB_FRAME_RUNTIME + sizeof(u64);
	*p++ = UB_JMP_REL32;
	return ub_put_rel32(p, text + (p - buf), text + code_off);
}

static int ub_fill_text(struct ub_image *img, const u8 *blob,
			const struct ub_image_hdr *h, u8 *buf)
{
	const struct ub_entry *ents = (const void *)(blob + h->entry_off);
	const struct ub_reloc *rel = (const void *)(blob + h->reloc_off);
	unsigned long text = (unsigned long)img->text;
	u32 stubs = ALIGN(h->code_size, UB_STUB_SIZE);
	u32 i;
	int err;

	memset(buf, UB_INT3, img->text_size);
	memcpy(buf, blob + h->code_off, h->code_size);
	for (i = 0; i < h->nr_relocs; i++) {
		/* verify.c checked type, symbol and that the field is inside */
		err = ub_put_rel32(buf + rel[i].code_off, text + rel[i].code_off,
				   (unsigned long)ub_btc_exit);
		if (err)
			return err;
	}
	for (i = 0; i < h->nr_entries; i++) {
		u32 stub_off = stubs + i * UB_STUB_SIZE;

		err = ub_write_stub(buf, text, stub_off, ents[i].code_off);
		if (err)
			return err;
		img->entry_rips[i] = ents[i].user_rip;
		img->refs[i].img = img;
		img->refs[i].stub = img->text + stub_off;
	}
	return 0;
}

static void *ub_dup(const u8 *blob, u32 off, u32 n, size_t size)
{
	return kvmemdup(blob + off, size_mul(n, size) ?: 1, GFP_KERNEL);
}

/* BTC text of every process, against kernel.ub.text_limit */
static atomic_long_t ub_text_bytes = ATOMIC_LONG_INIT(0);

/* Count @size bytes of BTC text against kernel.ub.text_limit. */
static int ub_charge_text(size_t size)
{
	if (atomic_long_add_return(size, &ub_text_bytes) >
	    READ_ONCE(ub_text_limit)) {
		atomic_long_sub(size, &ub_text_bytes);
		return -ENOSPC;
	}
	return 0;
}

static void ub_image_free(struct ub_image *img)
{
	if (img->text) {
		execmem_free(img->text);
		atomic_long_sub(img->text_size, &ub_text_bytes);
	}
	free_percpu(img->counts);
	kvfree(img->site_counts);
	kvfree(img->ranges);
	kvfree(img->faults);
	kvfree(img->exits);
	kvfree(img->entry_rips);
	kvfree(img->refs);
	kfree(img);
}

/* The code validator (validate.c) on the code of the verified image @blob. */
static int ub_validate_image_code(const u8 *blob, const struct ub_image_hdr *h,
				  char *msg, size_t msg_len)
{
	const struct ub_validate_tables t = {
		.relocs = (const void *)(blob + h->reloc_off),
		.nr_relocs = h->nr_relocs,
		.faults = (const void *)(blob + h->fault_off),
		.nr_faults = h->nr_faults,
		.entries = (const void *)(blob + h->entry_off),
		.nr_entries = h->nr_entries,
		.nr_exits = h->nr_exits,
	};
	struct ub_validate_err verr;
	int err;

	err = ub_validate_code(blob + h->code_off, h->code_size, &t, &verr);
	if (err == -EINVAL)
		snprintf(msg, msg_len, "code at 0x%x: %s", verr.off, verr.reason);
	return err;
}

/*
 * Verify @blob (already in kernel memory), validate its code, and make its
 * BTC text.  On failure returns an ERR_PTR, with the reason in @msg for
 * -EINVAL.
 */
struct ub_image *ub_image_create(const void *blob, u32 len, char *msg,
				 size_t msg_len)
{
	const struct ub_image_hdr *h = blob;
	struct ub_image *img;
	size_t text_size;
	u8 *buf = NULL;
	int err;

	err = ub_verify_image(blob, len, msg, msg_len);
	if (err)
		return ERR_PTR(err);
	err = ub_validate_image_code(blob, h, msg, msg_len);
	if (err)
		return ERR_PTR(err);

	img = kzalloc(sizeof(*img), GFP_KERNEL);
	if (!img)
		return ERR_PTR(-ENOMEM);
	img->user_start = h->text_start;
	img->user_end = h->text_end;
	img->code_size = h->code_size;
	img->nr_entries = h->nr_entries;
	img->nr_exits = h->nr_exits;
	img->nr_faults = h->nr_faults;
	img->nr_ranges = h->nr_ranges;
	INIT_LIST_HEAD(&img->node);

	err = -ENOMEM;
	img->refs = kvcalloc(h->nr_entries, sizeof(*img->refs), GFP_KERNEL);
	img->entry_rips = kvcalloc(h->nr_entries, sizeof(u64), GFP_KERNEL);
	img->exits = ub_dup(blob, h->exit_off, h->nr_exits,
			    sizeof(struct ub_exit));
	img->faults = ub_dup(blob, h->fault_off, h->nr_faults,
			     sizeof(struct ub_fault));
	img->ranges = ub_dup(blob, h->range_off, h->nr_ranges,
			     sizeof(struct ub_range));
	img->site_counts = kvcalloc(h->nr_exits, sizeof(u64), GFP_KERNEL);
	img->counts = alloc_percpu(struct ub_counts);
	if (!img->refs || !img->entry_rips || !img->exits || !img->faults ||
	    !img->ranges || !img->site_counts || !img->counts)
		goto fail;

	text_size = PAGE_ALIGN(ALIGN(h->code_size, UB_STUB_SIZE) +
			       (size_t)h->nr_entries * UB_STUB_SIZE);
	err = ub_charge_text(text_size);
	if (err)
		goto fail;
	img->text = execmem_alloc(EXECMEM_BPF, text_size);
	if (!img->text) {
		atomic_long_sub(text_size, &ub_text_bytes);
		err = -ENOMEM;
		goto fail;
	}
	img->text_size = text_size;

	/* Fill it while it is RW and NX, then flip it to RO+X for good. */
	buf = img->text;
	err = ub_fill_text(img, blob, h, buf);
	if (err) {
		snprintf(msg, msg_len, "BTC text out of rel32 reach of ub_btc_exit");
		goto fail;
	}
	err = set_memory_rox((unsigned long)img->text, text_size >> PAGE_SHIFT);
	if (err)
		goto fail;

	img->id = atomic64_inc_return(&ub_next_image_id);
	return img;
fail:
	ub_image_free(img);
	return ERR_PTR(err);
}

static void ub_image_free_work(struct work_struct *work)
{
	ub_image_free(container_of(to_rcu_work(work), struct ub_image,
				   free_work));
}

/*
 * Free @img once no CPU can be running it: every run is inside an RCU
 * read-side section from the entry lookup to the last fault fixup.
 */
void ub_image_free_deferred(struct ub_image *img)
{
	INIT_RCU_WORK(&img->free_work, ub_image_free_work);
	queue_rcu_work(system_wq, &img->free_work);
}

/* Whether any user code @img was made from lies in [start, end). */
bool ub_image_overlaps(const struct ub_image *img, u64 start, u64 end)
{
	u32 i;

	if (end <= img->user_start || img->user_end <= start)
		return false;
	for (i = 0; i < img->nr_ranges; i++)
		if (img->ranges[i].start < end && start < img->ranges[i].end)
			return true;
	return false;
}

static int ub_cmp_fault(const void *key, const void *elt)
{
	u32 off = *(const u32 *)key;
	const struct ub_fault *f = elt;

	if (off < f->code_off)
		return -1;
	return off > f->code_off;
}

/* The fault map entry of the BTC instruction at @code_off, or NULL. */
const struct ub_fault *ub_image_find_fault(const struct ub_image *img,
					   u32 code_off)
{
	return bsearch(&code_off, img->faults, img->nr_faults,
		       sizeof(*img->faults), ub_cmp_fault);
}

/* Add the counters of @img, over all CPUs and its predecessors, to @out. */
void ub_image_sum_counts(const struct ub_image *img, struct ub_counts *out)
{
	int cpu, r;

	out->runs += img->base.runs;
	out->chained += img->base.chained;
	out->hops += img->base.hops;
	for (r = 0; r < UB_NR_REASONS; r++)
		out->exits[r] += img->base.exits[r];
	for_each_possible_cpu(cpu) {
		const struct ub_counts *c = per_cpu_ptr(img->counts, cpu);

		out->runs += c->runs;
		out->chained += c->chained;
		out->hops += c->hops;
		for (r = 0; r < UB_NR_REASONS; r++)
			out->exits[r] += c->exits[r];
	}
}
