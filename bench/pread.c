// SPDX-License-Identifier: GPL-2.0-only
/*
 * The paper's I/O micro-benchmark: sequential pread of SIZE bytes from a
 * file in tmpfs, optionally summing every buffer ("with sum").
 *
 * The file lives in memory, so each read is a crossing plus a small copy:
 * the smaller the read, the larger the share of the crossing, which is what
 * the bypass removes.  The offset advances by SIZE and wraps at the end of
 * the file.  The file's bytes follow a formula (pattern()), so --verify can
 * check the results against an independent computation instead of
 * trusting the read path: the last buffer of the timed run must hold the
 * formula's bytes, and with --sum the checksum of the whole timed run must
 * equal the one computed from the formula alone.
 *
 * Usage: pread --size N [--sum] [--verify] [--seconds S] [--warmup S]
 *              [--dir DIR] [--file-size BYTES] [--wait-start]
 *              [--reads N] [--profile]
 * Prints one JSON line: {"bench": "pread", "size": N, "sum": B,
 * "reads": N, "seconds": T, "iops": X, ...}.
 *
 * --wait-start serves timed rounds to a driver instead (ub bench micro,
 * which runs it under `ub run` and waits for the kernel and ubd to bypass
 * its loop).  After the
 * warm-up it prints {"bench": "pread", "event": "ready", "pid": P,
 * "reads": N} (N: the calibrated count for --seconds) and keeps running the
 * same measured loop, untimed, until SIGUSR1: a process whose loop is hot,
 * for the kernel's identifier to find.  Then it prints {"event": "paused"} and reads
 * commands from stdin: "run N" runs one timed phase of exactly N reads
 * (from offset 0, checksum 0, checked like --verify if given), prints its
 * JSON line and {"event": "paused"} again; end of input ends the program.
 * Every pause is a blocking read, so a driver can read the bypass's
 * statistics right before and after a timed phase with nothing else
 * running in between.  The measured loops are the same in both modes.
 *
 * --reads N times exactly N reads instead of --seconds' worth; --profile
 * opens the lab profiler's window (bench/ubprof.h) around the timed reads
 * only, so `ub lab profile --self-window --per N` shows one read's
 * instructions, after a --warmup long enough for the bypass to settle.
 */
#include <fcntl.h>
#include <signal.h>
#include <sys/statfs.h>
#include <unistd.h>

#include "bench.h"
#include "ubprof.h"

#define TMPFS_MAGIC_NR 0x01021994
#define MAX_SIZE (1u << 20)

static const char usage[] =
	"--size N [--sum] [--verify] [--seconds S] [--warmup S] "
	"[--dir DIR] [--file-size BYTES] [--wait-start] [--reads N] [--profile]";

struct state {
	int fd;
	size_t size;
	off_t file_size;
	off_t off;		/* offset of the next read */
	uint64_t checksum;	/* byte sum of everything read "with sum" */
	unsigned char *buf;
};

/* The file's byte at @pos: cheap, position-dependent, not periodic in any
 * read size, so a read from the wrong offset changes the sum. */
static inline unsigned char pattern(uint64_t pos)
{
	uint32_t x = (uint32_t)pos * 2654435761u;

	return (unsigned char)((x >> 24) ^ (uint32_t)pos);
}

static __attribute__((noreturn)) void die_read(const struct state *st,
					       ssize_t got)
{
	if (got < 0)
		perror("pread");
	fprintf(stderr, "pread: short read at offset %lld: %zd of %zu\n",
		(long long)st->off, got, st->size);
	exit(1);
}

/* The measured loops: a plain loop around pread, plus the sum. */
static __attribute__((noinline)) uint64_t run_plain(struct state *st,
						     uint64_t n)
{
	uint64_t t0 = bench_now_ns();
	off_t off = st->off;
	uint64_t i;
	ssize_t got;

	for (i = 0; i < n; i++) {
		got = pread(st->fd, st->buf, st->size, off);
		if (got != (ssize_t)st->size) {
			st->off = off;
			die_read(st, got);
		}
		off += st->size;
		if (off >= st->file_size)
			off = 0;
	}
	st->off = off;
	return bench_now_ns() - t0;
}

static __attribute__((noinline)) uint64_t run_sum(struct state *st,
						   uint64_t n)
{
	uint64_t t0 = bench_now_ns();
	uint64_t sum = st->checksum;
	off_t off = st->off;
	uint64_t i;
	size_t j;
	ssize_t got;

	for (i = 0; i < n; i++) {
		got = pread(st->fd, st->buf, st->size, off);
		if (got != (ssize_t)st->size) {
			st->off = off;
			die_read(st, got);
		}
		for (j = 0; j < st->size; j++)
			sum += st->buf[j];
		off += st->size;
		if (off >= st->file_size)
			off = 0;
	}
	st->checksum = sum;
	st->off = off;
	return bench_now_ns() - t0;
}

static void make_file(struct state *st, const char *dir)
{
	static unsigned char block[65536];
	char path[4096];
	off_t pos = 0;
	size_t len, k;

	if (snprintf(path, sizeof(path), "%s/ub-pread-XXXXXX", dir) >=
	    (int)sizeof(path)) {
		fprintf(stderr, "pread: directory name too long\n");
		exit(2);
	}
	st->fd = mkstemp(path);
	if (st->fd < 0) {
		perror(path);
		exit(1);
	}
	unlink(path);	/* nothing to clean up, whatever happens */
	while (pos < st->file_size) {
		len = sizeof(block);
		if ((off_t)len > st->file_size - pos)
			len = (size_t)(st->file_size - pos);
		for (k = 0; k < len; k++)
			block[k] = pattern((uint64_t)pos + k);
		if (write(st->fd, block, len) != (ssize_t)len) {
			perror("pread: write");
			exit(1);
		}
		pos += (off_t)len;
	}
}

static const char *fs_name(const char *dir)
{
	static char other[32];
	struct statfs sfs;

	if (statfs(dir, &sfs) != 0)
		return "unknown";
	if ((unsigned long)sfs.f_type == TMPFS_MAGIC_NR)
		return "tmpfs";
	snprintf(other, sizeof(other), "0x%lx", (unsigned long)sfs.f_type);
	return other;
}

/*
 * The checksum of @n reads starting at offset 0, from the formula alone:
 * every full pass over the file adds the file's byte sum, the rest adds the
 * sums of the first chunks.
 */
static uint64_t expected_checksum(const struct state *st, uint64_t n)
{
	uint64_t chunks = (uint64_t)st->file_size / st->size;
	uint64_t per_pass = 0, rest = 0, pos;
	uint64_t rest_bytes = (n % chunks) * st->size;

	for (pos = 0; pos < (uint64_t)st->file_size; pos++) {
		per_pass += pattern(pos);
		if (pos < rest_bytes)
			rest += pattern(pos);
	}
	return (n / chunks) * per_pass + rest;
}

/* After a run that ended at st->off, the buffer holds the previous chunk. */
static int last_buffer_ok(const struct state *st)
{
	off_t last = st->off == 0 ? st->file_size - (off_t)st->size
				  : st->off - (off_t)st->size;
	size_t k;

	for (k = 0; k < st->size; k++)
		if (st->buf[k] != pattern((uint64_t)last + k))
			return 0;
	return 1;
}

static int profile;	/* --profile: the profiler's window around timed reads */

/* Run @n reads timed, from offset 0, check them if asked, print the line. */
static int timed_phase(struct state *st, const char *prog, const char *dir,
		       uint64_t (*run)(struct state *, uint64_t), uint64_t n,
		       int sum, int verify, uint64_t warm_ns)
{
	uint64_t elapsed;
	int verified = 0;

	st->off = 0;
	st->checksum = 0;
	if (profile)
		ubprof_open();
	elapsed = run(st, n);
	if (profile)
		ubprof_close();
	if (elapsed == 0)
		elapsed = 1;

	if (verify) {
		if (!last_buffer_ok(st)) {
			fprintf(stderr, "%s: last buffer differs from the file's pattern\n",
				prog);
			return 1;
		}
		if (sum && st->checksum != expected_checksum(st, n)) {
			fprintf(stderr, "%s: checksum %llu, expected %llu\n", prog,
				(unsigned long long)st->checksum,
				(unsigned long long)expected_checksum(st, n));
			return 1;
		}
		verified = 1;
	}

	printf("{\"bench\": \"pread\", \"size\": %zu, \"sum\": %s, "
	       "\"reads\": %llu, \"seconds\": %.6f, \"iops\": %.1f, "
	       "\"checksum\": %llu, \"verified\": %s, \"file_size\": %lld, "
	       "\"end_offset\": %lld, \"fs\": \"%s\", \"warmup_seconds\": %.6f}\n",
	       st->size, sum ? "true" : "false", (unsigned long long)n,
	       (double)elapsed / 1e9, (double)n * 1e9 / (double)elapsed,
	       (unsigned long long)st->checksum, verified ? "true" : "false",
	       (long long)st->file_size, (long long)st->off, fs_name(dir),
	       (double)warm_ns / 1e9);
	fflush(stdout);
	return 0;
}

static volatile sig_atomic_t start_signal;

static void on_start_signal(int sig)
{
	(void)sig;
	start_signal = 1;
}

/*
 * --wait-start: keep the measured loop hot, untimed, in chunks of @chunk
 * reads, until SIGUSR1; then serve "run N" commands from stdin.
 */
static int serve_rounds(struct state *st, const char *prog, const char *dir,
			uint64_t (*run)(struct state *, uint64_t), uint64_t n,
			uint64_t chunk, int sum, int verify, uint64_t warm_ns)
{
	char line[128], extra;
	unsigned long long reads;

	printf("{\"bench\": \"pread\", \"event\": \"ready\", \"pid\": %ld, "
	       "\"reads\": %llu, \"chunk\": %llu}\n",
	       (long)getpid(), (unsigned long long)n, (unsigned long long)chunk);
	fflush(stdout);
	while (!start_signal)
		run(st, chunk);
	for (;;) {
		printf("{\"bench\": \"pread\", \"event\": \"paused\"}\n");
		fflush(stdout);
		if (!fgets(line, sizeof(line), stdin))
			return ferror(stdin) ? 1 : 0;
		if (sscanf(line, "run %llu %c", &reads, &extra) != 1 || reads == 0) {
			fprintf(stderr, "%s: bad command: %s", prog, line);
			return 2;
		}
		if (timed_phase(st, prog, dir, run, (uint64_t)reads, sum, verify,
				warm_ns))
			return 1;
	}
}

int main(int argc, char **argv)
{
	struct state st = { .fd = -1, .file_size = 4 << 20 };
	double seconds = 2.0, warmup = 0.5;
	uint64_t n = 16, warm_ns = 0, elapsed, size = 0, fsize = 0, chunk, reads = 0;
	uint64_t (*run)(struct state *, uint64_t) = run_plain;
	const char *dir = getenv("TMPDIR");
	int sum = 0, verify = 0, wait_start = 0, status, i;
	struct sigaction sa;

	if (!dir || !*dir)
		dir = "/tmp";
	for (i = 1; i < argc; i++) {
		const char *opt = argv[i], *arg = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(opt, "--sum")) {
			sum = 1;
		} else if (!strcmp(opt, "--verify")) {
			verify = 1;
		} else if (!strcmp(opt, "--wait-start")) {
			wait_start = 1;
		} else if (!strcmp(opt, "--profile")) {
			profile = 1;
		} else if (!strcmp(opt, "--reads") && arg) {
			reads = bench_parse_u64(argv[0], opt, arg);
			i++;
		} else if (!strcmp(opt, "--size") && arg) {
			size = bench_parse_u64(argv[0], opt, arg);
			i++;
		} else if (!strcmp(opt, "--file-size") && arg) {
			fsize = bench_parse_u64(argv[0], opt, arg);
			i++;
		} else if (!strcmp(opt, "--seconds") && arg) {
			seconds = bench_parse_seconds(argv[0], opt, arg);
			i++;
		} else if (!strcmp(opt, "--warmup") && arg) {
			warmup = bench_parse_seconds(argv[0], opt, arg);
			i++;
		} else if (!strcmp(opt, "--dir") && arg) {
			dir = arg;
			i++;
		} else {
			bench_usage(argv[0], usage);
		}
	}
	if (size == 0 || size > MAX_SIZE) {
		fprintf(stderr, "%s: --size must be 1..%u\n", argv[0], MAX_SIZE);
		bench_usage(argv[0], usage);
	}
	st.size = (size_t)size;
	if (fsize)
		st.file_size = (off_t)fsize;
	/* Whole chunks only, so the offset wraps exactly and the expected
	 * checksum has a closed form. */
	st.file_size -= st.file_size % (off_t)st.size;
	if (st.file_size < (off_t)st.size) {
		fprintf(stderr, "%s: --file-size smaller than --size\n", argv[0]);
		return 2;
	}
	if (wait_start) {
		/* Before anything is printed: a driver that saw "ready" may
		 * signal at once. */
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_start_signal;
		sa.sa_flags = SA_RESTART;
		sigemptyset(&sa.sa_mask);
		if (sigaction(SIGUSR1, &sa, NULL) != 0) {
			perror("sigaction");
			return 1;
		}
	}
	st.buf = malloc(st.size);
	if (!st.buf) {
		perror("malloc");
		return 1;
	}
	make_file(&st, dir);
	if (sum)
		run = run_sum;

	for (;;) {
		elapsed = run(&st, n);
		warm_ns += elapsed;
		if (warm_ns >= (uint64_t)(warmup * 1e9))
			break;
		n *= 2;
	}
	/* The hot wait's chunks last about 20 ms: a start signal is seen
	 * quickly, and the chunk loop adds nothing measurable. */
	chunk = bench_scale(n, elapsed, 0.02);
	n = reads ? reads : bench_scale(n, elapsed, seconds);

	if (wait_start)
		status = serve_rounds(&st, argv[0], dir, run, n, chunk, sum, verify,
				      warm_ns);
	else
		status = timed_phase(&st, argv[0], dir, run, n, sum, verify, warm_ns);
	close(st.fd);
	free(st.buf);
	return status;
}
