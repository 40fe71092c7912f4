// SPDX-License-Identifier: GPL-2.0
/*
 * fpe CTL MODE: an SSE divide by zero right after a syscall, with the
 * divide-by-zero exception masked in MXCSR (MODE "masked", the default) or
 * unmasked ("unmasked": the divide raises #XM, which the kernel turns into
 * SIGFPE).  BTC code holds SSE arithmetic; a #XM raised by it would come in
 * ring 0 at an instruction no fault map describes.
 *
 * Prints "site=0x..." (the RIP after the syscall, where the divide is),
 * waits for 'G', then runs
 *     syscall (getppid);  site: divsd %xmm1, %xmm0    with xmm0 = 1, xmm1 = 0
 * once and prints "result=...", or from the SIGFPE handler signal, si_code
 * and the RIP relative to the executable; then waits for 'Q' (the driver
 * reads the counters meanwhile) and exits.
 */
#define _GNU_SOURCE
#include "ubtest.h"
#include <signal.h>
#include <ucontext.h>

#define MXCSR_ZM	(1u << 9)	/* divide-by-zero masked */

extern char __executable_start[], ub_fpe_site[];
static int ctl;

static void wait_quit(void)
{
	for (;;) {
		char c = 0;

		if (pread(ctl, &c, 1, 0) == 1 && c == 'Q')
			_exit(0);
		usleep(10000);
	}
}

static void on_fpe(int sig, siginfo_t *si, void *ucp)
{
	ucontext_t *uc = ucp;
	uint64_t base = (uint64_t)__executable_start;
	char buf[200];
	int n = snprintf(buf, sizeof(buf), "fault sig=%d code=%d rip=+%#lx\n", sig, si->si_code,
			 (unsigned long)(uc->uc_mcontext.gregs[REG_RIP] - base));

	if (write(1, buf, n) < 0)
		_exit(4);
	wait_quit();
}

int main(int argc, char **argv)
{
	volatile double one = 1.0;
	struct sigaction sa;
	double num;
	unsigned int mxcsr;
	char c = 0;
	long ret;

	if (argc != 3) {
		fprintf(stderr, "usage: fpe CTL masked|unmasked\n");
		return 2;
	}
	ctl = open_ctl(argv[1]);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fpe;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGFPE, &sa, NULL);
	printf("site=%#lx\n", (unsigned long)ub_fpe_site);
	fflush(stdout);
	while (pread(ctl, &c, 1, 0) == 1 && c != 'G')
		usleep(5000);
	if (!strcmp(argv[2], "unmasked")) {
		asm volatile("stmxcsr %0" : "=m"(mxcsr));
		mxcsr &= ~MXCSR_ZM;
		asm volatile("ldmxcsr %0" : : "m"(mxcsr));
	}
	asm volatile("movsd %2, %%xmm0\n\t"
		     "pxor %%xmm1, %%xmm1\n\t"
		     "syscall\n\t"
		     ".globl ub_fpe_site\n"
		     "ub_fpe_site:\n\t"
		     "divsd %%xmm1, %%xmm0\n\t"
		     "movsd %%xmm0, %1\n\t"
		     : "=a"(ret), "=m"(num)
		     : "m"(one), "a"((long)SYS_getppid)
		     : "rcx", "r11", "xmm0", "xmm1", "memory");
	printf("result=%g\n", num);
	fflush(stdout);
	wait_quit();
	return 1;
}
