/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Helpers shared by the baseline benchmarks: a monotonic clock, option
 * parsing and the time-budget calibration.
 *
 * Every benchmark prints one JSON object per line on stdout, so the Python
 * side (ubypass.bench.parse) never scrapes free text.  Iteration counts come
 * from a time budget, not from constants, because the same binary runs on
 * the host (fast) and under QEMU TCG with KPTI on (about 20x slower per
 * syscall); the measured loop itself stays a plain counted loop so that a
 * later binary translation of it sees nothing but the syscall and its
 * bookkeeping.
 */
#ifndef UB_BENCH_H
#define UB_BENCH_H

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static inline uint64_t bench_now_ns(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) {
		perror("clock_gettime");
		exit(2);
	}
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static inline void bench_usage(const char *prog, const char *usage)
{
	fprintf(stderr, "usage: %s %s\n", prog, usage);
	exit(2);
}

/* A strictly positive number of seconds; rejects garbage instead of
 * silently measuring for zero seconds. */
static inline double bench_parse_seconds(const char *prog, const char *opt,
					 const char *arg)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (errno || end == arg || *end || !(v > 0.0) || v > 3600.0) {
		fprintf(stderr, "%s: bad value for %s: '%s'\n", prog, opt, arg);
		exit(2);
	}
	return v;
}

static inline uint64_t bench_parse_u64(const char *prog, const char *opt,
				       const char *arg)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(arg, &end, 0);
	if (errno || end == arg || *end || arg[0] == '-') {
		fprintf(stderr, "%s: bad value for %s: '%s'\n", prog, opt, arg);
		exit(2);
	}
	return v;
}

/*
 * How many iterations fill @seconds, given that a trial of @iters took
 * @elapsed_ns.  Never less than one.
 */
static inline uint64_t bench_scale(uint64_t iters, uint64_t elapsed_ns,
				   double seconds)
{
	double n;

	if (elapsed_ns == 0)
		elapsed_ns = 1;
	n = (double)iters * seconds * 1e9 / (double)elapsed_ns;
	return n < 1.0 ? 1 : (uint64_t)n;
}

#endif /* UB_BENCH_H */
