// SPDX-License-Identifier: GPL-2.0
/*
 * chain CTL N [seccomp]: in the 'G' phase, exactly N getppid and N writes
 * of 8 bytes to /dev/null (inline syscalls, chained once bypassed), then
 * one line "getppid ok=A eperm=B" on stdout; then it idles until 'Q'.
 * The idle loop makes only preads of CTL, so `strace -c` counts exactly N
 * getppid and N + 1 writes however long the idle phases last.
 *
 * With "seccomp", a filter installed at start makes getppid fail with
 * EPERM: every chained getppid must be judged by it too.
 */
#define _GNU_SOURCE
#include "ubtest.h"
#include <errno.h>
#include <stddef.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>

static void deny_getppid(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = sizeof(f) / sizeof(f[0]), .filter = f };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
		perror("chain: seccomp");
		exit(2);
	}
}

int main(int argc, char **argv)
{
	long n, i = 0, ok = 0, eperm = 0;
	int ctl, devnull;

	if (argc < 3) {
		fprintf(stderr, "usage: chain CTL N [seccomp]\n");
		return 2;
	}
	ctl = open_ctl(argv[1]);
	n = strtol(argv[2], NULL, 0);
	devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (argc > 3 && !strcmp(argv[3], "seccomp"))
		deny_getppid();
	for (;;) {
		char c = ctl_byte(ctl), line[64], *p = line;
		long r;

		if (c == 'Q')
			break;
		if (c != 'G' || i >= n)
			continue;
		r = sys1(SYS_getppid, 0);
		if (r == -EPERM)
			eperm++;
		else if (r > 0)
			ok++;
		sys3(SYS_write, devnull, (long)"12345678", 8);
		if (++i < n)
			continue;
		memcpy(p, "getppid ok=", 11);
		p = put_u64(p + 11, ok);
		memcpy(p, " eperm=", 7);
		p = put_u64(p + 7, eperm);
		*p++ = '\n';
		sys3(SYS_write, 1, (long)line, p - line);
	}
	return 0;
}
