/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers for the lab test programs.  The hot loops make their syscalls
 * with inline `syscall` instructions rather than through libc, so the whole
 * loop between two syscalls lives in the program's own text: one mapping,
 * one BTC image, and no PLT indirection for the translator to miss.
 *
 * Every program takes a control file (argv[1]) that the driver writes one
 * byte into: 'W' wait (idle loop, to be sampled and attached), 'G' go,
 * 'U'/'Q' leave the loop.  The loops poll it with pread, so polling is a
 * syscall of the bypassed loop itself.
 */
#ifndef UBTEST_H
#define UBTEST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>

#define UB_INLINE static inline __attribute__((always_inline))

UB_INLINE long sys1(long nr, long a)
{
	long ret;

	asm volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a) : "rcx", "r11", "memory");
	return ret;
}

UB_INLINE long sys3(long nr, long a, long b, long c)
{
	long ret;

	asm volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a), "S"(b), "d"(c)
		     : "rcx", "r11", "memory");
	return ret;
}

UB_INLINE long sys4(long nr, long a, long b, long c, long d)
{
	long ret;
	register long r10 asm("r10") = d;

	asm volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10)
		     : "rcx", "r11", "memory");
	return ret;
}

/* The control byte, read with a raw pread (a syscall of the loop). */
UB_INLINE char ctl_byte(int fd)
{
	char c = 0;

	sys4(SYS_pread64, fd, (long)&c, 1, 0);
	return c;
}

/* Decimal digits of v into p (no libc in the loop); returns the end. */
UB_INLINE char *put_u64(char *p, uint64_t v)
{
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		*p++ = tmp[--n];
	return p;
}

static inline int open_ctl(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		perror(path);
		exit(2);
	}
	return fd;
}

/* Outside the loops: libc is fine. */
static inline void say(const char *msg)
{
	if (write(1, msg, strlen(msg)) < 0)
		_exit(3);
}

#endif
