/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Open and close the lab profiler's window (ubypass.lab.prof, `ub lab
 * profile`) from guest code: wrap the timed loop in ubprof_open() /
 * ubprof_close().
 *
 * Each mark is an 8-byte NOP whose displacement spells "UBOP" / "UBCL"; the
 * TCG plugin (src/ubypass/lab/prof/ubprof.c) recognises the bytes when it
 * translates the block.  Without the plugin, on any x86-64, they are plain
 * NOPs, so a benchmark can carry them always.
 *
 * ubprof_close() also copies /proc/self/maps to $UBPROF_MAPS if that is set
 * (after the window closed, so the copy is not profiled): the host needs it
 * to name user code.
 */
#ifndef UB_PROF_H
#define UB_PROF_H

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

/* nopl 0x504f4255(%rax,%rax,1): 0f 1f 84 00 'U' 'B' 'O' 'P' */
#define UBPROF_OPEN_BYTES ".byte 0x0f,0x1f,0x84,0x00,0x55,0x42,0x4f,0x50"
/* nopl 0x4c434255(%rax,%rax,1): 0f 1f 84 00 'U' 'B' 'C' 'L' */
#define UBPROF_CLOSE_BYTES ".byte 0x0f,0x1f,0x84,0x00,0x55,0x42,0x43,0x4c"

static inline void ubprof_open(void)
{
	__asm__ volatile(UBPROF_OPEN_BYTES ::: "memory");
}

static inline void ubprof_copy_maps(void)
{
	const char *dest = getenv("UBPROF_MAPS");
	char buf[4096];
	ssize_t n;
	int in, out;

	if (!dest || !*dest)
		return;
	in = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
	if (in < 0)
		return;
	out = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (out >= 0) {
		while ((n = read(in, buf, sizeof(buf))) > 0)
			if (write(out, buf, (size_t)n) != n)
				break;
		close(out);
	}
	close(in);
}

static inline void ubprof_close(void)
{
	__asm__ volatile(UBPROF_CLOSE_BYTES ::: "memory");
	ubprof_copy_maps();
}

#endif /* UB_PROF_H */
