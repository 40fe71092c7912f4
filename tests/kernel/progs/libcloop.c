// SPDX-License-Identifier: GPL-2.0
/*
 * libcloop CTL N: like the programs a user would bypass -- every syscall
 * through glibc's wrappers (pread, getppid, write via the PLT), so the loop
 * spans the program and libc and its indirect jumps (PLT, returns) are only
 * known once the kernel reports them as MISS events: the test of
 * attach.follow().  In the 'G' phase it prints N lines "i ppid-ok sum" to
 * stdout (to /dev/null while waiting), then idles until 'Q'.
 */
#include "ubtest.h"

int main(int argc, char **argv)
{
	unsigned char buf[64];
	long n, i = 0;
	int ctl, data, devnull;

	if (argc != 3) {
		fprintf(stderr, "usage: libcloop CTL N\n");
		return 2;
	}
	ctl = open_ctl(argv[1]);
	n = strtol(argv[2], NULL, 0);
	data = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	for (;;) {
		char c = 0, line[64], *p = line;
		unsigned long sum = 0;
		int go;

		if (pread(ctl, &c, 1, 0) != 1 || c == 'Q')
			break;
		go = c == 'G' && i < n;
		if (pread(data, buf, sizeof(buf), (i % 16) * 64) != sizeof(buf))
			return 3;
		for (unsigned int k = 0; k < sizeof(buf); k++)
			sum = sum * 33 + buf[k];
		p = put_u64(p, (uint64_t)i);
		*p++ = ' ';
		*p++ = getppid() > 0 ? '1' : '0';
		*p++ = ' ';
		p = put_u64(p, sum);
		*p++ = '\n';
		if (write(go ? 1 : devnull, line, p - line) < 0)
			return 4;
		if (go)
			i++;
	}
	return 0;
}
