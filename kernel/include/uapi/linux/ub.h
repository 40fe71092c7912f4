/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * Userspace Bypass (ubypass): the BTC image format and the contract between
 * BTC code and the runtime that runs it (the kernel, or the host test
 * runtime).  docs/abi.md explains every field; this header is the reference.
 *
 * All multi-byte fields are little-endian.  An image is one contiguous blob:
 *
 *   struct ub_image_hdr
 *   code bytes           (hdr.code_off,  hdr.code_size)
 *   struct ub_entry[]    (hdr.entry_off, hdr.nr_entries)  sorted by user_rip
 *   struct ub_exit[]     (hdr.exit_off,  hdr.nr_exits)    indexed by exit id
 *   struct ub_fault[]    (hdr.fault_off, hdr.nr_faults)   sorted by code_off
 *   struct ub_reloc[]    (hdr.reloc_off, hdr.nr_relocs)   sorted by code_off
 *   struct ub_range[]    (hdr.range_off, hdr.nr_ranges)   sorted, disjoint
 */
#ifndef _UAPI_LINUX_UB_H
#define _UAPI_LINUX_UB_H

/*
 * struct ub_frame's layout and the user's RFLAGS bits, for C and for the
 * runtime's assembly (see struct ub_frame below).
 */
#define UB_NR_SPILL		8

#define UB_FRAME_USER_RSP	0
#define UB_FRAME_FS_BASE	8
#define UB_FRAME_ADDR_LIMIT	16
#define UB_FRAME_BUDGET		24
#define UB_FRAME_EXIT_ID	32
#define UB_FRAME_AUX		40
#define UB_FRAME_SPILL		48
#define UB_FRAME_RUNTIME	112
#define UB_FRAME_SIZE		128

/* RFLAGS bits that belong to the user inside BTC code. */
#define UB_USER_FLAGS_MASK	0x0cd5	/* CF PF AF ZF SF DF OF */

#ifndef __ASSEMBLY__

#include <linux/types.h>
#include <linux/ioctl.h>

#define UB_IMAGE_MAGIC		0x43544255	/* "UBTC" */
#define UB_IMAGE_VERSION	1
#define UB_CODE_ALIGN		16		/* code_off alignment */
#define UB_TABLE_ALIGN		8		/* table offsets alignment */

struct ub_image_hdr {
	__u32 magic;		/* UB_IMAGE_MAGIC */
	__u16 version;		/* UB_IMAGE_VERSION */
	__u16 hdr_size;		/* sizeof(struct ub_image_hdr) */
	__u32 total_size;	/* bytes in the whole image */
	__u32 flags;		/* none defined yet: must be 0 */
	__u64 text_start;	/* the hull of the ranges below: */
	__u64 text_end;		/* [start, end) */
	__u32 code_off;
	__u32 code_size;
	__u32 entry_off;
	__u32 nr_entries;
	__u32 exit_off;
	__u32 nr_exits;
	__u32 fault_off;
	__u32 nr_faults;
	__u32 reloc_off;
	__u32 nr_relocs;
	__u32 range_off;
	__u32 nr_ranges;
};

/* A user RIP at which BTC code may be entered. */
struct ub_entry {
	__u64 user_rip;
	__u32 code_off;		/* offset into the code bytes */
	__u32 flags;		/* none defined yet: must be 0 */
};

/* Why BTC code left; stored in struct ub_exit and in ub_frame.exit_id's table. */
enum ub_exit_reason {
	UB_EXIT_SYSCALL = 1,	/* at a `syscall`; user_rip is the RIP after it */
	UB_EXIT_MISS = 2,	/* indirect target unknown; target in ub_frame.aux */
	UB_EXIT_CHECK = 3,	/* an address check failed before the access */
	UB_EXIT_BUDGET = 4,	/* the loop budget ran out */
	UB_EXIT_END = 5,	/* the region ends before an untranslated insn */
	UB_EXIT_FAULT = 6,	/* hardware fault, found via the fault map (runtime only) */
};

/*
 * Exit id N (the index into the exit table) tells the runtime where the user
 * resumes.  For UB_EXIT_MISS the RIP is dynamic: ub_frame.aux.
 */
struct ub_exit {
	__u64 user_rip;		/* RIP to resume at; 0 for UB_EXIT_MISS */
	__u32 reason;		/* enum ub_exit_reason */
	__u32 flags;		/* none defined yet: must be 0 */
};

/*
 * Where a user register lives at a faultable instruction.  Index 0..15 of
 * ub_fault.loc is the GPR in hardware encoding order (rax, rcx, rdx, rbx,
 * rsp, rbp, rsi, rdi, r8 ... r15); index UB_LOC_FLAGS is the arithmetic
 * flags.
 */
#define UB_NR_GPRS		16
#define UB_LOC_FLAGS		16
/*
 * ub_fault.loc[UB_LOC_RSP_ADJ] is not a location: a signed byte, the user
 * rsp is the located one plus 8 times it.  A run of pushes or pops commits
 * rsp once, after its last access; a fault at its i-th access reports the
 * rsp after the i - 1 before it.  At most UB_RSP_ADJ_MAX either way.
 */
#define UB_LOC_RSP_ADJ		17
#define UB_RSP_ADJ_MAX		16
#define UB_NR_LOCS		24	/* 18 used, padded to 8 bytes */

#define UB_LOC_HOME		0x00	/* in its own register (rsp: ub_frame.user_rsp) */
#define UB_LOC_REG_BASE		0x10	/* 0x10 + n: in hardware register n */
#define UB_LOC_SPILL_BASE	0x40	/* 0x40 + k: in ub_frame.spill[k] */

/*
 * One instruction of BTC code that may fault (memory access, division,
 * alignment-checked vector access...).  If it faults, the user state is the
 * state just before the original instruction at user_rip.
 */
struct ub_fault {
	__u32 code_off;		/* start of the faulting BTC instruction */
	__u32 flags;		/* none defined yet: must be 0 */
	__u64 user_rip;		/* the original instruction */
	__u8 loc[UB_NR_LOCS];	/* UB_LOC_* per register */
};

/* Runtime symbols BTC code refers to; the loader patches them in. */
enum ub_sym {
	UB_SYM_EXIT = 0,	/* the runtime's exit routine */
};

enum ub_reloc_type {
	UB_RELOC_REL32 = 1,	/* 32-bit PC-relative: S - (P + 4) */
};

struct ub_reloc {
	__u32 code_off;		/* where the 32-bit field is */
	__u16 type;		/* enum ub_reloc_type */
	__u16 sym;		/* enum ub_sym */
};

/*
 * The user code the image was translated from, [start, end): the runtime
 * drops the image when any of it may change (munmap, mprotect, ...).  Two
 * ranges never touch (the translator merges them); every entry lies in one.
 */
struct ub_range {
	__u64 start;
	__u64 end;
};

/*
 * The frame.  While BTC code runs, the real %rsp points at this structure
 * (on the runtime's stack; the space below %rsp belongs to interrupts and
 * to pushfq/pop pairs of BTC code).  All user GPRs but %rsp are in their own
 * hardware registers, the user's arithmetic flags and DF are in RFLAGS, and
 * the user's vector state is live in the FPU.
 */
struct ub_frame {
	__u64 user_rsp;		/*  0: the user's %rsp */
	__u64 fs_base;		/*  8: the thread's fs base, for fs: operands */
	__u64 addr_limit;	/* 16: first address that is not user memory */
	__s64 budget;		/* 24: back edges/indirect transfers left */
	__u64 exit_id;		/* 32: written by BTC code before it exits */
	__u64 aux;		/* 40: UB_EXIT_MISS target */
	__u64 spill[UB_NR_SPILL];	/* 48: translator's spill slots */
	__u64 runtime[2];	/* 112: private to the runtime */
};

/*
 * /dev/ub: the control interface (CAP_SYS_ADMIN).  A target process is
 * named by a pidfd and, optionally, by the cookie of its address space
 * (mm): a cookie is never reused, so an ioctl meant for an mm that exec'd
 * or exited fails with ESTALE instead of touching the wrong program.  The
 * target must have opted in with prctl(PR_SET_UB, 1) (linux/prctl.h).
 */
#define UB_DEV_NAME		"ub"
#define UB_IOC_MAGIC		0xb7

#define UB_INSTALL_REPLACE	0x1	/* retire image replace_id atomically */
#define UB_INSTALL_TAKE		0x2	/* entries that other images hold move
					 * to this one (they keep the rest);
					 * without it such an entry is EEXIST
					 */

/* UB_IOC_INSTALL: verify an image and make its entries live. */
struct ub_install {
	__s32 pidfd;		/* in: the target */
	__u32 flags;		/* in: UB_INSTALL_* */
	__u64 mm_cookie;	/* in: 0 or the expected cookie; out: cookie */
	__u64 image;		/* in: user pointer to the image */
	__u32 image_len;	/* in: its length in bytes */
	__u32 log_len;		/* in: size of log_buf (0: no log) */
	__u64 log_buf;		/* in: user pointer; out: why it was refused */
	__u64 replace_id;	/* in: with UB_INSTALL_REPLACE */
	__u64 image_id;		/* out: never 0, never reused */
};

/* UB_IOC_REMOVE: retire one image, or all of the mm's (image_id 0). */
struct ub_remove {
	__s32 pidfd;
	__u32 flags;		/* none defined yet: must be 0 */
	__u64 mm_cookie;
	__u64 image_id;
};

#define UB_NR_REASONS		8	/* exits[] below, by enum ub_exit_reason */

struct ub_counts {
	__u64 runs;		/* times BTC code was entered */
	__u64 chained;		/* syscalls dispatched without a crossing */
	__u64 hops;		/* runs entered after a MISS or END exit */
	__u64 exits[UB_NR_REASONS];	/* BTC exits by reason; FAULT included */
};

/* UB_IOC_STATS: the counters of one image, or of the whole mm (image_id 0). */
struct ub_stats {
	__s32 pidfd;
	__u32 flags;		/* none defined yet: must be 0 */
	__u64 mm_cookie;	/* in: 0 or expected; out: the cookie */
	__u64 image_id;		/* in */
	__u32 nr_images;	/* out: live images of the mm */
	__u32 nr_sites;		/* in: room in sites; out: the image's nr_exits */
	__u64 sites;		/* in: user pointer to __u64[nr_sites]: exits per id */
	struct ub_counts counts;	/* out */
};

/*
 * One site of the hot-syscall identifier: a (return RIP, syscall) pair of
 * the mm, with what the current window sampled of the user gaps after it.
 */
#define UB_HOT_REPORTED		0x1	/* a UB_EV_HOT went out for it */

struct ub_hot_site {
	__u64 rip;		/* where the syscall returns to */
	__u32 nr;		/* the syscall */
	__u32 flags;		/* UB_HOT_* */
	__u32 samples;		/* gaps sampled in the window (decayed) */
	__u32 hits;		/* ... of which short: below hot_gap_ns */
	__u32 gap_mean_ns;	/* mean of the short gaps */
	__u32 gap_min_ns;	/* the shortest gap seen */
	__u64 total;		/* gaps sampled since the site was first seen */
};

/* UB_IOC_HOT: the identifier's sites of a target, hottest first. */
struct ub_hot_query {
	__s32 pidfd;
	__u32 flags;		/* none defined yet: must be 0 */
	__u64 mm_cookie;	/* in: 0 or expected; out: the cookie */
	__u64 sites;		/* in: user pointer to struct ub_hot_site[] */
	__u32 nr_sites;		/* in: room in sites; out: sites copied */
	__u32 period;		/* out: the mm's current sampling period */
};

#define UB_IOC_INSTALL		_IOWR(UB_IOC_MAGIC, 1, struct ub_install)
#define UB_IOC_REMOVE		_IOW(UB_IOC_MAGIC, 2, struct ub_remove)
#define UB_IOC_STATS		_IOWR(UB_IOC_MAGIC, 3, struct ub_stats)
#define UB_IOC_HOT		_IOWR(UB_IOC_MAGIC, 4, struct ub_hot_query)

/* read() on /dev/ub returns whole events; poll() says when one is there. */
enum ub_event_type {
	UB_EV_MISS = 1,		/* rip: the unknown target (of a MISS or an
				 * END exit); aux: the exit id
				 */
	UB_EV_INVALIDATED = 2,	/* image dropped: code changed, exec, exit */
	UB_EV_DROPPED = 3,	/* aux events were lost: the queue was full */
	UB_EV_HOT = 4,		/* rip, nr: a hot site; hits, samples, gap_* */
	UB_EV_EARLY = 5,	/* rip: an entry of image_id whose runs keep
				 * leaving before any syscall; aux: the last
				 * exit reason; hits: such runs; samples: runs
				 */
	UB_EV_GONE = 6,		/* the mm exited or exec'd: counts, its totals */
	UB_EV_UNSAFE = 7,	/* image_id's code faulted at a kernel address
				 * (rip: the user instruction, which then ran
				 * natively) or where its fault map has no
				 * entry (rip 0: the task was killed); aux: the
				 * fault address.  A translator bug: remove it.
				 */
};

struct ub_event {
	__u32 type;		/* enum ub_event_type */
	__u32 tgid;
	__u64 mm_cookie;
	__u64 image_id;
	__u64 rip;
	__u64 aux;
	__u32 tid;		/* HOT, EARLY: the thread that saw it */
	__u32 nr;		/* HOT: the syscall the site returns from */
	__u32 hits;
	__u32 samples;
	__u32 gap_mean_ns;	/* HOT: mean short gap */
	__u32 gap_min_ns;	/* HOT: shortest gap */
	struct ub_counts counts;	/* INVALIDATED: the image's; GONE: the mm's */
};

#endif /* !__ASSEMBLY__ */

#endif /* _UAPI_LINUX_UB_H */
