/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Userspace Bypass: the code validator of a BTC image (validate.c).
 */
#ifndef _KERNEL_UB_VALIDATE_H
#define _KERNEL_UB_VALIDATE_H

#ifdef __KERNEL__
#include <linux/types.h>
#else
#include "validate_user.h"
#endif

/* Why the code was refused: the first rule broken, where. */
struct ub_validate_err {
	u32 off;		/* code offset of the instruction */
	const char *reason;	/* a static string */
};

struct ub_reloc;
struct ub_fault;
struct ub_entry;

/*
 * The image's tables the code validator reads besides the code.
 * @relocs: every rel32 field the loader patches to ub_btc_exit, sorted by
 * code_off.  @faults: the fault map, sorted by code_off; NULL: not checked
 * (bare code, in the host tests).  @entries: where runs start.
 * @nr_exits: the exit ids the code may store are below it; 0: not checked
 * (bare code, in the host tests).
 */
struct ub_validate_tables {
	const struct ub_reloc *relocs;
	u32 nr_relocs;
	const struct ub_fault *faults;
	u32 nr_faults;
	const struct ub_entry *entries;
	u32 nr_entries;
	u32 nr_exits;
};

/*
 * Prove that the @len bytes of BTC code at @code keep every rule of
 * docs/validator.md, given the image's tables @t.
 * Returns 0, -ENOMEM, or -EINVAL with @err filled in.
 */
int ub_validate_code(const u8 *code, u32 len,
		     const struct ub_validate_tables *t,
		     struct ub_validate_err *err);

#endif /* _KERNEL_UB_VALIDATE_H */
