// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: the structural verifier of a BTC image.
 *
 * The acceptance rules of docs/abi.md ("Layout"), rule for rule and
 * message for message the same as check_header() and check_tables() of the
 * host runtime (src/ubypass/hostrt/ubrt.c).  Change both files together: a
 * hostile image gets the same verdict, and the same message, from either
 * runtime.
 *
 * Not checked here: the size cap (the caller applies it before copying the
 * image in) and the text range against the target's mappings.
 */

#include <linux/errno.h>
#include <linux/overflow.h>
#include <linux/sprintf.h>
#include <linux/stdarg.h>
#include <linux/types.h>
#include <asm/page.h>
#include <uapi/linux/ub.h>

#include "verify.h"

/* The field a UB_RELOC_REL32 relocation patches. */
#define UB_REL32_SIZE		sizeof(s32)

/* Bytes of the `syscall` instruction a SYSCALL exit's user_rip follows. */
#define UB_SYSCALL_INSN_SIZE	2

/* A table [off, off + n * size) inside the image, after the header, aligned. */
static bool ub_table_ok(const struct ub_image_hdr *h, u32 off, u32 n,
			size_t size, u32 align)
{
	if (off % align)
		return false;
	if (n && off < h->hdr_size)
		return false;
	return size_add(off, size_mul(n, size)) <= h->total_size;
}

static bool ub_loc_ok(u8 loc)
{
	return loc == UB_LOC_HOME ||
	       (loc >= UB_LOC_REG_BASE && loc < UB_LOC_REG_BASE + UB_NR_GPRS) ||
	       (loc >= UB_LOC_SPILL_BASE && loc < UB_LOC_SPILL_BASE + UB_NR_SPILL);
}

static __printf(3, 4) int ub_fail(char *msg, size_t msg_len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, msg_len, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static int ub_check_header(const struct ub_image_hdr *h, u32 len,
			   char *msg, size_t n)
{
	if (len < sizeof(*h))
		return ub_fail(msg, n, "image of %u bytes is shorter than its header",
			       len);
	if (h->magic != UB_IMAGE_MAGIC)
		return ub_fail(msg, n, "bad magic 0x%x", h->magic);
	if (h->version != UB_IMAGE_VERSION)
		return ub_fail(msg, n, "unsupported version %u", h->version);
	if (h->hdr_size != sizeof(*h))
		return ub_fail(msg, n, "hdr_size %u is not %zu",
			       h->hdr_size, sizeof(*h));
	if (h->total_size != len)
		return ub_fail(msg, n, "total_size %u is not the image length %u",
			       h->total_size, len);
	if (h->flags)
		return ub_fail(msg, n, "header flags 0x%x are not zero", h->flags);
	if (h->code_off % UB_CODE_ALIGN || h->code_off < h->hdr_size ||
	    size_add(h->code_off, h->code_size) > h->total_size)
		return ub_fail(msg, n, "code [%u, +%u) misplaced or misaligned",
			       h->code_off, h->code_size);
	if (!ub_table_ok(h, h->entry_off, h->nr_entries,
			 sizeof(struct ub_entry), UB_TABLE_ALIGN))
		return ub_fail(msg, n, "entry table misplaced or misaligned");
	if (!ub_table_ok(h, h->exit_off, h->nr_exits,
			 sizeof(struct ub_exit), UB_TABLE_ALIGN))
		return ub_fail(msg, n, "exit table misplaced or misaligned");
	if (!ub_table_ok(h, h->fault_off, h->nr_faults,
			 sizeof(struct ub_fault), UB_TABLE_ALIGN))
		return ub_fail(msg, n, "fault table misplaced or misaligned");
	if (!ub_table_ok(h, h->reloc_off, h->nr_relocs,
			 sizeof(struct ub_reloc), UB_TABLE_ALIGN))
		return ub_fail(msg, n, "relocation table misplaced or misaligned");
	if (!ub_table_ok(h, h->range_off, h->nr_ranges,
			 sizeof(struct ub_range), UB_TABLE_ALIGN))
		return ub_fail(msg, n, "range table misplaced or misaligned");
	if (h->nr_exits < 1)
		return ub_fail(msg, n, "no exits");
	if (h->nr_entries < 1)
		return ub_fail(msg, n, "no entries");
	if (h->text_start >= h->text_end || h->text_end > TASK_SIZE_MAX)
		return ub_fail(msg, n, "text [0x%llx, 0x%llx) empty or not user memory",
			       h->text_start, h->text_end);
	if (h->nr_ranges < 1)
		return ub_fail(msg, n, "no ranges");
	return 0;
}

/* Every table lies inside the image, aligned for its entries: checked above. */
static int ub_check_tables(const void *blob, const struct ub_image_hdr *h,
			   char *msg, size_t n)
{
	const struct ub_entry *ent = blob + h->entry_off;
	const struct ub_exit *ex = blob + h->exit_off;
	const struct ub_fault *flt = blob + h->fault_off;
	const struct ub_reloc *rel = blob + h->reloc_off;
	const struct ub_range *rng = blob + h->range_off;
	u32 i, k, ri;
	int adj;

	for (i = 0; i < h->nr_ranges; i++) {
		if (rng[i].start >= rng[i].end)
			return ub_fail(msg, n, "range %u: [0x%llx, 0x%llx) is empty",
				       i, rng[i].start, rng[i].end);
		if (i && rng[i - 1].end >= rng[i].start)
			return ub_fail(msg, n, "ranges not sorted and apart at %u", i);
	}
	if (rng[0].start != h->text_start ||
	    rng[h->nr_ranges - 1].end != h->text_end)
		return ub_fail(msg, n, "text [0x%llx, 0x%llx) is not the hull of the ranges",
			       h->text_start, h->text_end);
	for (i = 0, ri = 0; i < h->nr_entries; i++) {
		const struct ub_entry *e = &ent[i];

		if (e->flags)
			return ub_fail(msg, n, "entry %u: flags 0x%x are not zero",
				       i, e->flags);
		if (e->code_off >= h->code_size)
			return ub_fail(msg, n, "entry %u: code_off 0x%x outside the code",
				       i, e->code_off);
		if (i && ent[i - 1].user_rip >= e->user_rip)
			return ub_fail(msg, n, "entries not sorted by user_rip at %u", i);
		/* Both sorted: one walk finds each entry's range. */
		while (ri < h->nr_ranges && rng[ri].end <= e->user_rip)
			ri++;
		if (ri == h->nr_ranges || e->user_rip < rng[ri].start)
			return ub_fail(msg, n, "entry %u: user_rip 0x%llx in no range",
				       i, e->user_rip);
	}
	for (i = 0; i < h->nr_exits; i++) {
		const struct ub_exit *x = &ex[i];

		if (x->flags)
			return ub_fail(msg, n, "exit %u: flags 0x%x are not zero",
				       i, x->flags);
		if (x->reason < UB_EXIT_SYSCALL || x->reason > UB_EXIT_END)
			return ub_fail(msg, n, "exit %u: bad reason %u", i, x->reason);
		if (x->reason != UB_EXIT_MISS && x->user_rip >= TASK_SIZE_MAX)
			return ub_fail(msg, n, "exit %u: user_rip 0x%llx not user memory",
				       i, x->user_rip);
		if (x->reason == UB_EXIT_SYSCALL && x->user_rip < UB_SYSCALL_INSN_SIZE)
			return ub_fail(msg, n, "exit %u: user_rip 0x%llx has no syscall before it",
				       i, x->user_rip);
	}
	for (i = 0; i < h->nr_faults; i++) {
		const struct ub_fault *f = &flt[i];

		if (f->flags)
			return ub_fail(msg, n, "fault %u: flags 0x%x are not zero",
				       i, f->flags);
		if (f->code_off >= h->code_size)
			return ub_fail(msg, n, "fault %u: code_off 0x%x outside the code",
				       i, f->code_off);
		for (k = 0; k <= UB_LOC_FLAGS; k++)
			if (!ub_loc_ok(f->loc[k]))
				return ub_fail(msg, n,
					       "fault %u: bad location 0x%x for register %u",
					       i, f->loc[k], k);
		adj = (s8)f->loc[UB_LOC_RSP_ADJ];
		if (adj < -UB_RSP_ADJ_MAX || adj > UB_RSP_ADJ_MAX)
			return ub_fail(msg, n, "fault %u: rsp adjustment %d out of range",
				       i, adj);
		for (k = UB_LOC_RSP_ADJ + 1; k < UB_NR_LOCS; k++)
			if (f->loc[k])
				return ub_fail(msg, n, "fault %u: padding location %u not zero",
					       i, k);
		if (i && flt[i - 1].code_off >= f->code_off)
			return ub_fail(msg, n, "fault map not sorted by code_off at %u", i);
	}
	for (i = 0; i < h->nr_relocs; i++) {
		const struct ub_reloc *r = &rel[i];

		if (r->type != UB_RELOC_REL32)
			return ub_fail(msg, n, "relocation %u: unknown type %u", i, r->type);
		if (r->sym != UB_SYM_EXIT)
			return ub_fail(msg, n, "relocation %u: unknown symbol %u", i, r->sym);
		if (size_add(r->code_off, UB_REL32_SIZE) > h->code_size)
			return ub_fail(msg, n, "relocation %u: field at 0x%x not inside the code",
				       i, r->code_off);
		if (i && size_add(rel[i - 1].code_off, UB_REL32_SIZE) > r->code_off)
			return ub_fail(msg, n, "relocations unsorted or overlapping at %u", i);
	}
	return 0;
}

int ub_verify_image(const void *blob, u32 len, char *msg, size_t msg_len)
{
	const struct ub_image_hdr *h = blob;
	int ret;

	if (msg_len)
		msg[0] = '\0';
	ret = ub_check_header(h, len, msg, msg_len);
	if (!ret)
		ret = ub_check_tables(blob, h, msg, msg_len);
	return ret;
}
