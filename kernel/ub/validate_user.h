/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Userspace Bypass: what validate.c needs from the kernel, from libc, so
 * the host tests build the very same validate.c against the kernel tree's
 * userspace copy of the x86 decoder (tools/arch/x86/lib/insn.c).
 */
#ifndef _KERNEL_UB_VALIDATE_USER_H
#define _KERNEL_UB_VALIDATE_USER_H

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <linux/types.h>
#include <asm/insn.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int32_t s32;
typedef int64_t s64;

#define GFP_KERNEL		0

static inline void *kvmalloc_array(size_t n, size_t size, int gfp)
{
	return calloc(n, size);
}

static inline void *kvcalloc(size_t n, size_t size, int gfp)
{
	return calloc(n, size);
}

static inline void kvfree(void *p)
{
	free(p);
}

#ifndef BIT
#define BIT(n)				(1UL << (n))
#endif

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a)			(sizeof(a) / sizeof((a)[0]))
#endif

#include <uapi/linux/ub.h>

#endif /* _KERNEL_UB_VALIDATE_USER_H */
