/* Test objects for the translator tests: each function exercises one rewrite. */
#include <setjmp.h>
#include <stdarg.h>
#include <string.h>

long t_switch(unsigned x, long a, long b) {
	switch (x) {
	case 0: return a + b; case 1: return a - b; case 2: return a * b; case 3: return a ^ b;
	case 4: return a << (b & 7); case 5: return a | b; case 6: return b - a; case 7: return a & b;
	default: return -1;
	}
}

long t_loop(const long *p, long n) { long s = 0; for (long i = 0; i < n; i++) s += p[i] * (i | 1); return s; }

long t_fib(long n) { return n < 2 ? n : t_fib(n - 1) + t_fib(n - 2); }

long t_varargs(int n, ...) {
	va_list ap; long s = 0;
	va_start(ap, n);
	for (int i = 0; i < (n & 7); i++) s += va_arg(ap, long);
	va_end(ap);
	return s;
}

struct big { long a[6]; };
static __attribute__((noinline)) long take(struct big b) { return b.a[0] - b.a[5] + b.a[3]; }
long t_struct(long x, long y) { struct big b = {{x, y, x ^ y, x + y, x * 3, y - 1}}; return take(b); }

long t_canary(char *dst, const char *src, unsigned long n) {
	char buf[64];
	memcpy(buf, src, n & 63);
	buf[0] ^= 1;
	memcpy(dst, buf, n & 63);
	return buf[n & 31];
}

static jmp_buf env;
static __attribute__((noinline)) void jump(long v) { longjmp(env, (int)v); }
long t_setjmp(long v) { int r = setjmp(env); if (r == 0) jump(v | 1); return r; }

static long (*volatile fptr)(long) = t_fib;
long t_indirect(long n) { return fptr(n & 15) + 1; }
