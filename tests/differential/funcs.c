// SPDX-License-Identifier: GPL-2.0
/*
 * Test functions for the differential tests: each is called natively and as
 * BTC with the same arguments, and everything it leaves behind is compared.
 * Compiled with gcc -O2 -fPIC -shared -fstack-protector-strong, so the code
 * is what gcc really emits: jump tables, canaries, tail calls, PLT calls.
 * Every function takes up to six integer/pointer arguments and bounds its own
 * work, since the harness may pass any 64-bit value.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef uint64_t u64;

#define NOINLINE __attribute__((noinline))

/* Loops ------------------------------------------------------------------ */

u64 f_hash_bytes(const uint8_t *p, u64 n)
{
	u64 h = 1469598103934665603ull;

	n &= 4095;
	for (u64 i = 0; i < n; i++)
		h = (h ^ p[i]) * 1099511628211ull;
	return h;
}

u64 f_collatz(u64 x)
{
	u64 steps = 0;

	x = (x & 0xffff) | 1;
	while (x != 1 && steps < 1000) {
		x = (x & 1) ? 3 * x + 1 : x / 2;
		steps++;
	}
	return steps;
}

u64 f_sort(uint32_t *a, u64 n)
{
	n %= 200;
	for (u64 i = 1; i < n; i++) {
		uint32_t v = a[i];
		u64 j = i;

		while (j > 0 && a[j - 1] > v) {
			a[j] = a[j - 1];
			j--;
		}
		a[j] = v;
	}
	return n ? a[0] + a[n - 1] : 0;
}

u64 f_matmul(const int32_t *a, int32_t *c, u64 n)
{
	int64_t acc = 0;

	n = n % 8 + 1;
	for (u64 i = 0; i < n; i++)
		for (u64 j = 0; j < n; j++) {
			int32_t s = 0;

			for (u64 k = 0; k < n; k++)
				s += a[i * n + k] * a[k * n + j];
			c[i * n + j] = s;
			acc += s;
		}
	return (u64)acc;
}

/* Switch jump tables ------------------------------------------------------ */

u64 f_switch(u64 op, u64 a, u64 b)
{
	switch (op % 13) {
	case 0: return a + b;
	case 1: return a - b;
	case 2: return a * b;
	case 3: return a ^ (b << 3);
	case 4: return a | b;
	case 5: return a & ~b;
	case 6: return (a >> (b & 63)) | 1;
	case 7: return a < b ? a : b;
	case 8: return __builtin_popcountll(a) + b;
	case 9: return __builtin_bswap64(a) - b;
	case 10: return (u64)((int64_t)a >> (b & 63));
	case 11: return a * 3 + b * 5 + 7;
	default: return ~a;
	}
}

u64 f_interp(const uint8_t *code, u64 n, u64 x)
{
	u64 acc = x, pc = 0, steps = 0;

	n &= 4095;
	while (pc < n && steps++ < 5000) {
		switch (code[pc] & 15) {
		case 0: acc += code[pc + 1 < n ? pc + 1 : 0]; pc += 2; break;
		case 1: acc ^= acc << 7; pc++; break;
		case 2: acc *= 0x9e3779b97f4a7c15ull; pc++; break;
		case 3: acc = acc >> 3 | acc << 61; pc++; break;
		case 4: if (acc & 1) pc += 3; else pc++; break;
		case 5: acc -= pc; pc++; break;
		case 6: acc += steps; pc++; break;
		case 7: pc = (acc & 0xff) < pc ? pc + 1 : pc + 2; break;
		default: acc = ~acc; pc++; break;
		}
	}
	return acc;
}

/* Recursion ---------------------------------------------------------------- */

NOINLINE u64 f_fib(u64 n)
{
	n %= 22;
	return n < 2 ? n : f_fib(n - 1) + f_fib(n - 2);
}

NOINLINE static u64 ackermann(u64 m, u64 n, u64 *calls)
{
	(*calls)++;
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ackermann(m - 1, 1, calls);
	return ackermann(m - 1, ackermann(m, n - 1, calls), calls);
}

u64 f_ackermann(u64 m, u64 n)
{
	u64 calls = 0;
	u64 r = ackermann(m % 3, n % 6, &calls);

	return r * 1000 + calls;
}

/* Varargs ------------------------------------------------------------------ */

NOINLINE static u64 vsum(int n, ...)
{
	va_list ap;
	u64 s = 0;

	va_start(ap, n);
	for (int i = 0; i < n; i++)
		s = s * 33 + va_arg(ap, u64);
	va_end(ap);
	return s;
}

u64 f_varargs(u64 a, u64 b, u64 c, u64 d)
{
	return vsum(9, a, b, c, d, a ^ b, b ^ c, c ^ d, d + a, 42ull) + vsum(2, c, a) + vsum(0);
}

/* Structs on the stack, struct returns ------------------------------------ */

struct big {
	u64 v[9];
	uint32_t tag;
	char name[20];
};

struct pair {
	u64 lo, hi;
};

NOINLINE static u64 by_value(struct big s)
{
	u64 h = s.tag;

	for (int i = 0; i < 9; i++)
		h = h * 131 + s.v[i];
	for (int i = 0; i < 20; i++)
		h += (u64)s.name[i] << (i % 8);
	return h;
}

u64 f_struct(u64 a, u64 b, u64 c)
{
	struct big s = { .tag = (uint32_t)c };

	for (int i = 0; i < 9; i++)
		s.v[i] = a * (u64)i + b;
	s.v[c % 9] ^= 0x5555;
	memcpy(s.name, "structs-on-the-stack", 20);
	s.name[b % 20] = (char)a;
	return by_value(s) + by_value(s) / 3;
}

struct pair f_pair(u64 a, u64 b)
{
	unsigned __int128 p = (unsigned __int128)a * b;

	return (struct pair){ (u64)p, (u64)(p >> 64) };
}

/* Stack protector (this file is built with -fstack-protector-strong) -------- */

u64 f_canary(const uint8_t *src, u64 n, u64 salt)
{
	uint8_t buf[96];
	u64 h = salt;

	n %= sizeof(buf);
	memcpy(buf, src, n);
	for (u64 i = 0; i < n; i++)
		buf[i] ^= (uint8_t)(salt >> (i % 8));
	for (u64 i = 0; i < n; i++)
		h = h * 257 + buf[i];
	return h;
}

/* setjmp/longjmp ------------------------------------------------------------ */

NOINLINE static u64 dive(jmp_buf env, u64 depth, u64 x)
{
	if (depth == 0) {
		if (x == 0)
			return 7;	/* the only way back without longjmp */
		longjmp(env, (int)(x % 100) + 1);
	}
	return dive(env, depth - 1, x * 3 + 1) + 1;
}

u64 f_setjmp(u64 depth, u64 x)
{
	jmp_buf env;
	volatile u64 before = x;
	int r = setjmp(env);

	if (r == 0)
		return dive(env, depth % 16 + 1, x) + 1000000;
	return before * 1000 + (u64)r;
}

/* Faults --------------------------------------------------------------------- */

u64 f_load(const u64 *p)
{
	return *p + 1;
}

u64 f_store(u64 *p, u64 v)
{
	p[1] = v;
	return v ^ 1;
}

u64 f_div(u64 a, u64 b)
{
	return a / b + a % (b | 1);
}

int64_t f_sdiv(int64_t a, int64_t b)
{
	return a / b;
}

u64 f_walk(const u64 *p, u64 n)
{
	u64 s = 0;

	n &= 1023;
	for (u64 i = 0; i < n; i++)
		s += p[i * 8];	/* walks off a 4 KiB buffer into its guard page */
	return s;
}

/* Syscalls through libc, with the errno path ----------------------------------- */

/* read(fd, buf, n) then write(fd2, buf, r); -errno on failure. */
int64_t f_io(u64 fd, uint8_t *buf, u64 n, u64 fd2)
{
	ssize_t r, w;

	n &= 4095;
	r = read((int)fd, buf, n);
	if (r < 0)
		return -errno;
	w = write((int)fd2, buf, (size_t)r);
	if (w < 0)
		return -1000 - errno;
	return r + w;
}

/* pread at an offset, then checksum; -errno on failure. */
int64_t f_pread(u64 fd, uint8_t *buf, u64 n, u64 off)
{
	ssize_t r = pread((int)fd, buf, n & 4095, (off_t)(off & 0xffff));
	int64_t h = 0;

	if (r < 0)
		return -errno;
	for (ssize_t i = 0; i < r; i++)
		h = h * 31 + buf[i];
	return h ^ r;
}

/* Two syscalls back to back: chaining with work in between. */
int64_t f_two_calls(u64 fd, uint8_t *buf, u64 n)
{
	ssize_t a, b;

	n &= 2047;
	a = pread((int)fd, buf, n, 0);
	if (a < 0)
		return -errno;
	for (ssize_t i = 0; i < a; i++)
		buf[i] = (uint8_t)(buf[i] + 1);
	b = pread((int)fd, buf + 2048, n, (off_t)a / 2);
	if (b < 0)
		return -errno;
	return a * 10000 + b + buf[0];
}

/* Callbacks through libc: qsort calls back into this file ------------------------ */

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

u64 f_qsort(uint32_t *a, u64 n)
{
	n %= 100;		/* small enough for qsort's on-stack merge buffer */
	qsort(a, n, sizeof(*a), cmp_u32);
	return n ? a[0] ^ a[n - 1] : 0;
}

/* A large libc path: snprintf's formatting engine --------------------------------- */

u64 f_format(char *buf, u64 a, u64 b)
{
	int n = snprintf(buf, 200, "%lu|%lx|%-8s|%d|%c", a, b, "ub", (int)(a - b), (int)(a % 26) + 'a');

	return (u64)n;
}
