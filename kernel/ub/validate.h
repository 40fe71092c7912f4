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

/*
 * Prove that the @len bytes of BTC code at @code keep every rule of
 * docs/validator.md.  @relocs: the image's relocations (all rel32 fields
 * the loader patches to ub_btc_exit), sorted by code_off; @faults: its
 * fault map, sorted by code_off, which must name every user memory access
 * (NULL: not checked, for the host tests of bare code).
 * Returns 0, -ENOMEM, or -EINVAL with @err filled in.
 */
int ub_validate_code(const u8 *code, u32 len, const struct ub_reloc *relocs,
		     u32 nr_relocs, const struct ub_fault *faults,
		     u32 nr_faults, struct ub_validate_err *err);

#endif /* _KERNEL_UB_VALIDATE_H */
