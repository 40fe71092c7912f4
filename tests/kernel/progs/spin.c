// SPDX-License-Identifier: GPL-2.0
/*
 * spin CTL MODE: a task spinning in a chained syscall loop, for the signal
 * tests.  The loop polls CTL and calls getppid four times, all with inline
 * syscalls, so once bypassed it chains without ever returning to user mode.
 *
 * MODE alarm: on the first 'G', alarm(1) (a raw syscall); the SIGALRM
 *   handler prints how many ms after arming it ran, and exits.
 * MODE term: the SIGTERM handler prints "term" and exits.
 * MODE busy: on 'G', an endless loop without syscalls right after the
 *   CTL pread returns: BTC code runs it until the budget ends; it must
 *   stay killable.
 */
#define _GNU_SOURCE
#include "ubtest.h"
#include <signal.h>
#include <time.h>

static struct timespec armed_at;

static long ms_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t->tv_sec) * 1000 + (now.tv_nsec - t->tv_nsec) / 1000000;
}

static void on_alarm(int sig)
{
	char buf[64];
	int n = snprintf(buf, sizeof(buf), "alarm sig=%d ms=%ld\n", sig, ms_since(&armed_at));

	if (write(1, buf, n) < 0)
		_exit(4);
	_exit(0);
}

static void on_term(int sig)
{
	(void)sig;
	if (write(1, "term\n", 5) < 0)
		_exit(4);
	_exit(0);
}

int main(int argc, char **argv)
{
	int ctl, busy, alarm_mode, armed = 0;
	unsigned long x = 1;

	if (argc != 3) {
		fprintf(stderr, "usage: spin CTL alarm|term|busy\n");
		return 2;
	}
	ctl = open_ctl(argv[1]);
	busy = !strcmp(argv[2], "busy");
	alarm_mode = !strcmp(argv[2], "alarm");
	signal(SIGALRM, on_alarm);
	signal(SIGTERM, on_term);
	for (;;) {
		char c = ctl_byte(ctl);

		if (c == 'Q')
			break;
		if (c == 'G') {
			if (busy) {
				for (;;) {
					x = x * 3 + 1;
					asm volatile("" : "+r"(x));
				}
			}
			if (alarm_mode && !armed) {
				armed = 1;
				clock_gettime(CLOCK_MONOTONIC, &armed_at);
				sys1(SYS_alarm, 1);
			}
		}
		sys1(SYS_getppid, 0);
		sys1(SYS_getppid, 0);
		sys1(SYS_getppid, 0);
		sys1(SYS_getppid, 0);
	}
	return 0;
}
