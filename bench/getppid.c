// SPDX-License-Identifier: GPL-2.0-only
/*
 * Syscall round trip: the cost of one user -> kernel -> user crossing.
 *
 * getppid does almost nothing in the kernel, so ns per call is the price of
 * the crossing itself (entry, KPTI CR3 switches, exit).  A later issue
 * derives the zero-crossing bound of the bypass from this figure, so it is
 * measured in the same boot as the other benchmarks.  syscall(SYS_getppid)
 * rather than getppid() so that no libc caching can ever answer in user
 * space.
 *
 * Usage: getppid [--seconds S] [--warmup S]
 * Prints one JSON line: {"bench": "getppid", "calls": N, "seconds": T,
 * "ns_per_call": X, ...}.
 */
#include <sys/syscall.h>
#include <unistd.h>

#include "bench.h"

static const char usage[] = "[--seconds S] [--warmup S]";

/* The measured loop: nothing but the syscall and the counter. */
static __attribute__((noinline)) uint64_t run(uint64_t n)
{
	uint64_t t0 = bench_now_ns();
	uint64_t i;

	for (i = 0; i < n; i++)
		syscall(SYS_getppid);
	return bench_now_ns() - t0;
}

int main(int argc, char **argv)
{
	double seconds = 2.0, warmup = 0.5;
	uint64_t n = 16, warm_ns = 0, elapsed;
	long ppid;
	int i;

	for (i = 1; i < argc; i++) {
		const char *opt = argv[i], *arg = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(opt, "--seconds") && arg) {
			seconds = bench_parse_seconds(argv[0], opt, arg);
			i++;
		} else if (!strcmp(opt, "--warmup") && arg) {
			warmup = bench_parse_seconds(argv[0], opt, arg);
			i++;
		} else {
			bench_usage(argv[0], usage);
		}
	}

	ppid = syscall(SYS_getppid);
	if (ppid != (long)getppid()) {
		fprintf(stderr, "%s: SYS_getppid gave %ld, getppid() %ld\n",
			argv[0], ppid, (long)getppid());
		return 1;
	}

	/* Warm up and calibrate: double the count until the warm-up is spent. */
	for (;;) {
		elapsed = run(n);
		warm_ns += elapsed;
		if (warm_ns >= (uint64_t)(warmup * 1e9))
			break;
		n *= 2;
	}
	n = bench_scale(n, elapsed, seconds);

	elapsed = run(n);
	printf("{\"bench\": \"getppid\", \"calls\": %llu, \"seconds\": %.6f, "
	       "\"ns_per_call\": %.3f, \"warmup_seconds\": %.6f}\n",
	       (unsigned long long)n, (double)elapsed / 1e9,
	       (double)elapsed / (double)n, (double)warm_ns / 1e9);
	return 0;
}
