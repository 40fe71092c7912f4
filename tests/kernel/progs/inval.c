// SPDX-License-Identifier: GPL-2.0
/*
 * inval CTL munmap|mprotect|mremap|poke|exec: the translated loop runs in a second,
 * private read-only executable mapping of this program's own file, so that
 * the program can unmap or re-protect it, or exec, while the BTC exists.
 *
 * loop_fn() uses only its arguments, its stack and inline syscalls (no
 * globals, no calls), so the copy of it in the second mapping runs as well
 * as the original.  It loops on CTL until the byte `stop`.
 *
 * 1. prints "ready", runs the copy until 'U' (the driver attaches meanwhile),
 * 2. munmap: unmaps the copy; mprotect: makes it PROT_READ, then PROT_READ|
 *    PROT_EXEC again; mremap: moves it elsewhere; poke: writes one byte of
 *    the copy's code, unchanged, through /proc/self/mem (a COW break, as a
 *    debugger's PTRACE_POKETEXT makes); exec: execs itself in mode "execd",
 * 3. prints "changed", and runs the loop (mprotect, poke: the copy again,
 *    else the original) until 'Q', printing "looped=1" at the end.
 */
#define _GNU_SOURCE
#include "ubtest.h"
#include <sys/mman.h>
#include <sys/stat.h>

extern char __executable_start[];

typedef long (*loop_fn_t)(int ctl, long stop);

static __attribute__((noinline)) long loop_fn(int ctl, long stop)
{
	long turns = 0;

	for (;;) {
		char c = ctl_byte(ctl);

		if (c == stop)
			return turns;
		turns++;
		sys1(SYS_getppid, 0);
	}
}

int main(int argc, char **argv)
{
	struct stat st;
	loop_fn_t copy, fn = loop_fn;
	char *m;
	int ctl, fd;

	if (argc != 3) {
		fprintf(stderr, "usage: inval CTL munmap|mprotect|mremap|poke|exec\n");
		return 2;
	}
	ctl = open_ctl(argv[1]);
	if (!strcmp(argv[2], "execd")) {
		say("changed\n");
		printf("looped=%d\n", fn(ctl, 'Q') > 0);
		return 0;
	}
	fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st)) {
		perror("inval: /proc/self/exe");
		return 2;
	}
	m = mmap(NULL, st.st_size, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
	if (m == MAP_FAILED) {
		perror("inval: mmap");
		return 2;
	}
	/* the file offset of loop_fn is its offset from the load base (PIE, ld's layout) */
	copy = (loop_fn_t)(m + ((char *)loop_fn - __executable_start));
	say("ready\n");
	copy(ctl, 'U');
	if (!strcmp(argv[2], "munmap")) {
		munmap(m, st.st_size);
	} else if (!strcmp(argv[2], "mprotect")) {
		mprotect(m, st.st_size, PROT_READ);
		mprotect(m, st.st_size, PROT_READ | PROT_EXEC);
		fn = copy;
	} else if (!strcmp(argv[2], "mremap")) {
		/* MREMAP_FIXED onto a reserved spot, so that it really moves */
		void *to = mmap(NULL, st.st_size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (to == MAP_FAILED || mremap(m, st.st_size, st.st_size,
					       MREMAP_MAYMOVE | MREMAP_FIXED, to) != to) {
			perror("inval: mremap");
			return 2;
		}
	} else if (!strcmp(argv[2], "poke")) {
		int mem = open("/proc/self/mem", O_RDWR | O_CLOEXEC);
		char byte = *(volatile char *)copy;

		if (mem < 0 || pwrite(mem, &byte, 1, (off_t)(uintptr_t)copy) != 1) {
			perror("inval: /proc/self/mem");
			return 2;
		}
		close(mem);
		fn = copy;
	} else if (!strcmp(argv[2], "exec")) {
		execl("/proc/self/exe", argv[0], argv[1], "execd", (char *)NULL);
		perror("inval: exec");
		return 2;
	}
	say("changed\n");
	printf("looped=%d\n", fn(ctl, 'Q') > 0);
	return 0;
}
