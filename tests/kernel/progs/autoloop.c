// SPDX-License-Identifier: GPL-2.0
/*
 * autoloop: the targets of the automatic-bypass tests (ub run, ubd, hot.c).
 *
 *   autoloop loop CTL N           pread loop (inline syscalls, one mapping)
 *   autoloop fork CTL N K         the loop in K forked children, in turn
 *                                 (child c polls CTL.c)
 *   autoloop thread CTL N         the loop in a second thread
 *   autoloop exec CTL N PROG ...  the loop, then execv(PROG ...)
 *   autoloop rep DIR movsb|stosq  getppid loop; after SIGUSR1, rep string
 *                                 instructions over 64 MiB, forever
 *   autoloop getub                print prctl(PR_GET_UB)
 *   autoloop optin PROG ...       prctl(PR_SET_UB, 1), then execv(PROG ...)
 *
 * A loop preads 64-byte records of CTL's companion data file and hashes
 * them; it runs until CTL holds 'Q' and at least N records were read, and
 * prints the hash of the first N only, so its output is the same however
 * long the driver lets it run and whether or not it was bypassed.
 */
#define _GNU_SOURCE
#include "ubtest.h"
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#define PR_SET_UB 0x55420001
#define PR_GET_UB 0x55420002
#define REC 64
#define NREC 1024
#define REP_BYTES (64ul << 20)

static char ctl_path[4096], data_path[4096];
static long nrecs;

static uint64_t loop(void)
{
	char buf[REC], c = 'W';
	uint64_t h = 1469598103934665603ull, first = 0;
	int ctl, data;
	long i;

	ctl = open_ctl(ctl_path);
	data = open_ctl(data_path);
	for (i = 0; c != 'Q' || i < nrecs; i++) {
		if (sys4(SYS_pread64, data, (long)buf, REC, (i % NREC) * REC) != REC)
			exit(3);
		c = ctl_byte(ctl);
		for (int j = 0; j < REC; j++)
			h = (h ^ (uint8_t)buf[j]) * 1099511628211ull;
		if (i == nrecs - 1)
			first = h;
	}
	close(ctl);
	close(data);
	return first;
}

static void *thread_main(void *arg)
{
	*(uint64_t *)arg = loop();
	return NULL;
}

static volatile sig_atomic_t go_rep;

static void on_usr1(int sig)
{
	(void)sig;
	go_rep = 1;
}

static int rep_mode(const char *how)
{
	char *src = mmap(NULL, REP_BYTES, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	char *dst = mmap(NULL, REP_BYTES, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	int stos = !strcmp(how, "stosq");

	if (src == MAP_FAILED || dst == MAP_FAILED)
		return 2;
	signal(SIGUSR1, on_usr1);
	printf("ready\n");
	fflush(stdout);
	for (;;) {
		sys1(SYS_getppid, 0);
		if (!go_rep)
			continue;
		/*
		 * 64 MiB a turn, populated: no fault ends it.  A BTC that ran
		 * it unbounded would run 64 MiB per back edge of its budget
		 * with preemption off, and SIGTERM would wait for all of it.
		 */
		for (;;) {
			unsigned long n = stos ? REP_BYTES / 8 : REP_BYTES;
			void *d = dst, *s = src;

			if (stos)
				asm volatile("rep stosq" : "+D"(d), "+c"(n)
					     : "a"(0ul) : "memory");
			else
				asm volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n)
					     : : "memory");
		}
	}
}

int main(int argc, char **argv)
{
	uint64_t h;

	if (argc >= 2 && !strcmp(argv[1], "getub")) {
		printf("%d\n", prctl(PR_GET_UB, 0, 0, 0, 0));
		return 0;
	}
	if (argc >= 3 && !strcmp(argv[1], "optin")) {
		if (prctl(PR_SET_UB, 1, 0, 0, 0))
			return 2;
		execv(argv[2], argv + 2);
		return 127;
	}
	if (argc >= 4 && !strcmp(argv[1], "rep"))
		return rep_mode(argv[3]);
	if (argc < 4)
		return 64;
	snprintf(ctl_path, sizeof(ctl_path), "%s", argv[2]);
	snprintf(data_path, sizeof(data_path), "%s.data", argv[2]);
	nrecs = atol(argv[3]);
	if (!strcmp(argv[1], "loop")) {
		printf("%016llx\n", (unsigned long long)loop());
	} else if (!strcmp(argv[1], "thread")) {
		pthread_t t;

		if (pthread_create(&t, NULL, thread_main, &h) || pthread_join(t, NULL))
			return 2;
		printf("%016llx\n", (unsigned long long)h);
	} else if (!strcmp(argv[1], "fork") && argc >= 5) {
		int k = atoi(argv[4]);

		for (int c = 0; c < k; c++) {
			int st;
			pid_t p;

			fflush(stdout);
			p = fork();
			if (!p) {
				snprintf(ctl_path, sizeof(ctl_path), "%s.%d", argv[2], c);
				printf("child %d %016llx\n", c, (unsigned long long)loop());
				exit(0);
			}
			if (waitpid(p, &st, 0) != p || !WIFEXITED(st) || WEXITSTATUS(st))
				return 2;
		}
	} else if (!strcmp(argv[1], "exec") && argc >= 5) {
		printf("%016llx\n", (unsigned long long)loop());
		fflush(stdout);
		execv(argv[4], argv + 4);
		return 127;
	} else {
		return 64;
	}
	return 0;
}
