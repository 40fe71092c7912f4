/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * ppidloop N: getppid() N times inside the profiler's window
 * (tests/lab/test_prof_lab.py); prints "iterations=N".
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ubprof.h"

int main(int argc, char **argv)
{
	unsigned long n, i;
	volatile pid_t sink;

	if (argc != 2) {
		fprintf(stderr, "usage: ppidloop N\n");
		return 2;
	}
	n = strtoul(argv[1], NULL, 0);
	for (i = 0; i < 64; i++)	/* fault in and translate the loop first */
		sink = getppid();
	ubprof_open();
	for (i = 0; i < n; i++)
		sink = getppid();
	ubprof_close();
	(void)sink;
	printf("iterations=%lu\n", n);
	return 0;
}
