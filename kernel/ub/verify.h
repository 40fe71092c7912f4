/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Userspace Bypass: the structural verifier of a BTC image (verify.c).
 */
#ifndef _KERNEL_UB_VERIFY_H
#define _KERNEL_UB_VERIFY_H

#include <linux/types.h>

struct ub_image_hdr;

/*
 * Check every size, offset and table entry of the image blob @blob of @len
 * bytes (already copied into kernel memory, 8-byte aligned).  Returns 0, or
 * -EINVAL with a NUL-terminated reason in @msg (@msg_len bytes, may be 0).
 */
int ub_verify_image(const void *blob, u32 len, char *msg, size_t msg_len);

#endif /* _KERNEL_UB_VERIFY_H */
