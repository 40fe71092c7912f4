// SPDX-License-Identifier: GPL-2.0
/*
 * gp CTL ADDR: a load from ADDR right after a syscall, for a hand-made image
 * without an address check (the translator always checks first, so its
 * images never let BTC code itself fault on a non-canonical address).
 *
 * Prints "site=0x..." (the RIP after the syscall, where the load is), waits
 * for 'G' (polling CTL through libc, no syscall at the site), then runs
 *     syscall (getppid);  site: mov (%rbx), %rax    with rbx = ADDR
 * once.  The fault handler prints signal, si_code, si_addr and the RIP
 * relative to the executable, then waits for 'Q' (the driver reads the
 * counters meanwhile) and exits.
 */
#define _GNU_SOURCE
#include "ubtest.h"
#include <signal.h>
#include <ucontext.h>

extern char __executable_start[], ub_gp_site[];
static int ctl;

static void on_fault(int sig, siginfo_t *si, void *ucp)
{
	ucontext_t *uc = ucp;
	uint64_t base = (uint64_t)__executable_start;
	char buf[200];
	int n = snprintf(buf, sizeof(buf), "fault sig=%d code=%d addr=%#lx rip=+%#lx\n", sig,
			 si->si_code, (unsigned long)si->si_addr,
			 (unsigned long)(uc->uc_mcontext.gregs[REG_RIP] - base));

	if (write(1, buf, n) < 0)
		_exit(4);
	for (;;) {
		char c = 0;

		if (pread(ctl, &c, 1, 0) == 1 && c == 'Q')
			_exit(0);
		usleep(10000);
	}
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	uint64_t addr, got;
	char c = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: gp CTL ADDR\n");
		return 2;
	}
	ctl = open_ctl(argv[1]);
	addr = strtoull(argv[2], NULL, 0);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	printf("site=%#lx\n", (unsigned long)ub_gp_site);
	fflush(stdout);
	while (pread(ctl, &c, 1, 0) == 1 && c != 'G')
		usleep(5000);
	asm volatile("syscall\n\t"
		     ".globl ub_gp_site\n"
		     "ub_gp_site:\n\t"
		     "mov (%%rbx), %%rax\n\t"
		     : "=a"(got)
		     : "a"((long)SYS_getppid), "b"(addr)
		     : "rcx", "r11", "memory");
	printf("no fault: %#lx\n", (unsigned long)got);
	return 1;
}
