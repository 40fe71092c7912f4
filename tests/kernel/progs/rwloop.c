// SPDX-License-Identifier: GPL-2.0
/*
 * rwloop CTL N MODE F: the bypass target of the output and fault tests.
 *
 * Each turn of the loop polls CTL, preads one 64-byte record (of 256, made
 * from a fixed LCG at start), dereferences the record's pointer, divides by
 * its divisor, hashes it and writes "i hash" -- to stdout for the N records
 * of the 'G' phase, to /dev/null while waiting ('W') and after them.  The
 * same instructions run in both phases, so the image attached while waiting
 * covers the measured phase.  Output depends only on i: byte-identical with
 * and without bypass.
 *
 * MODE none|null|kernel|noncanon|div0 plants a bad pointer or a zero
 * divisor in record F (1 <= F < 256), met at i == F of the 'G' phase.  The
 * fault handler prints signal, si_code, si_addr and the RIP (both relative
 * to the executable when inside it: ASLR), then waits for 'Q' so the driver
 * can still read the process's counters.
 */
#define _GNU_SOURCE
#include "ubtest.h"
#include <signal.h>
#include <ucontext.h>
#include <sys/mman.h>

#define NREC 256

struct rec {
	uint64_t ptr;
	uint64_t div;
	uint8_t bytes[48];
};

extern char __executable_start[], etext[];
static volatile uint64_t sink = 7;
static volatile uint64_t cur_i;
static int ctl_fd;

static int in_text(uint64_t a)
{
	return a >= (uint64_t)__executable_start && a < (uint64_t)etext;
}

static void on_fault(int sig, siginfo_t *si, void *ucp)
{
	ucontext_t *uc = ucp;
	uint64_t base = (uint64_t)__executable_start;
	uint64_t addr = (uint64_t)si->si_addr;
	uint64_t rip = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
	char buf[256];
	int n;

	n = snprintf(buf, sizeof(buf), "fault sig=%d code=%d addr=%s%#lx rip=%s%#lx i=%lu\n",
		     sig, si->si_code, in_text(addr) ? "+" : "", in_text(addr) ? addr - base : addr,
		     in_text(rip) ? "+" : "", in_text(rip) ? rip - base : rip,
		     (unsigned long)cur_i);
	if (write(1, buf, n) < 0)
		_exit(4);
	for (;;) {
		char c = 0;

		if (pread(ctl_fd, &c, 1, 0) == 1 && c == 'Q')
			_exit(0);
		usleep(10000);
	}
}

int main(int argc, char **argv)
{
	static struct rec recs[NREC];
	struct sigaction sa;
	uint64_t x = 0x9e3779b97f4a7c15ULL, i = 0, n;
	long fault_at;
	int data, devnull;

	if (argc != 5) {
		fprintf(stderr, "usage: rwloop CTL N none|null|kernel|noncanon|div0 F\n");
		return 2;
	}
	ctl_fd = open_ctl(argv[1]);
	n = strtoull(argv[2], NULL, 0);
	fault_at = strtol(argv[4], NULL, 0);
	for (int r = 0; r < NREC; r++) {
		recs[r].ptr = (uint64_t)&sink;
		for (int k = 0; k < 48; k++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			recs[r].bytes[k] = (uint8_t)(x >> 56);
		}
		recs[r].div = (x >> 33) % 97 + 1;
	}
	if (strcmp(argv[3], "none")) {
		if (fault_at < 1 || fault_at >= NREC) {
			fprintf(stderr, "rwloop: F must be in [1, %d)\n", NREC);
			return 2;
		}
		if (!strcmp(argv[3], "null"))
			recs[fault_at].ptr = 0;
		else if (!strcmp(argv[3], "kernel"))
			recs[fault_at].ptr = 0xffffffff81000000ULL;
		else if (!strcmp(argv[3], "noncanon"))
			recs[fault_at].ptr = 0x8000000000000000ULL;
		else if (!strcmp(argv[3], "div0"))
			recs[fault_at].div = 0;
		else {
			fprintf(stderr, "rwloop: unknown mode %s\n", argv[3]);
			return 2;
		}
	}
	data = memfd_create("rwloop-data", MFD_CLOEXEC);
	devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (data < 0 || devnull < 0 || pwrite(data, recs, sizeof(recs), 0) != sizeof(recs)) {
		perror("rwloop: setup");
		return 2;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);

	for (;;) {
		char c = ctl_byte(ctl_fd), line[64], *p = line;
		int go = c == 'G' && i < n;
		struct rec r;
		uint64_t h;

		if (c == 'Q')
			break;
		sys4(SYS_pread64, data, (long)&r, sizeof(r), (long)((i % NREC) * sizeof(r)));
		h = *(volatile uint64_t *)r.ptr;
		h += 1000003 / r.div;
		for (int k = 0; k < 48; k++)
			h = h * 31 + r.bytes[k];
		p = put_u64(p, i);
		*p++ = ' ';
		p = put_u64(p, h);
		*p++ = '\n';
		sys3(SYS_write, go ? 1 : devnull, (long)line, p - line);
		if (go)
			cur_i = ++i;
	}
	return 0;
}
