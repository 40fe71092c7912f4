// SPDX-License-Identifier: GPL-2.0
/*
 * xadd CTL ITERS: four threads each add 1 to one shared counter with
 * `lock xadd` ITERS times in the 'G' phase, with a getppid and a CTL pread
 * (inline syscalls) around every increment; main prints the total once all
 * are done ("total=T expect=E"), then waits for 'Q'.  Bypassed, the
 * increments run as BTC code on several CPUs at once: the total must be
 * exact.
 */
#include "ubtest.h"
#include <pthread.h>

#define THREADS 4

static long counter, iters;
static int ctl, finished;

static void *worker(void *arg)
{
	long done = 0;

	(void)arg;
	for (;;) {
		char c = ctl_byte(ctl);

		if (c == 'Q')
			break;
		if (c == 'G' && done < iters) {
			long one = 1;

			asm volatile("lock xaddq %0, %1" : "+r"(one), "+m"(counter) : : "memory");
			if (++done == iters)
				__atomic_fetch_add(&finished, 1, __ATOMIC_SEQ_CST);
		}
		sys1(SYS_getppid, 0);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t th[THREADS];
	char c = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: xadd CTL ITERS\n");
		return 2;
	}
	ctl = open_ctl(argv[1]);
	iters = strtol(argv[2], NULL, 0);
	for (int i = 0; i < THREADS; i++)
		pthread_create(&th[i], NULL, worker, NULL);
	while (__atomic_load_n(&finished, __ATOMIC_SEQ_CST) < THREADS)
		usleep(20000);
	printf("total=%ld expect=%ld\n", __atomic_load_n(&counter, __ATOMIC_SEQ_CST),
	       iters * THREADS);
	fflush(stdout);
	while (pread(ctl, &c, 1, 0) == 1 && c != 'Q')
		usleep(20000);
	for (int i = 0; i < THREADS; i++)
		pthread_join(th[i], NULL);
	return 0;
}
