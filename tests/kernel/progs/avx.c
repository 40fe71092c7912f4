// SPDX-License-Identifier: GPL-2.0
/*
 * avx hold: load ymm0-ymm15 with a known pattern, then loop in assembly on
 * a blocking read(0, &c, 1) until 'Q' (or EOF), touching no vector
 * register; then store ymm0-ymm15 and compare.  Bypassed, every read but
 * the first is chained in the kernel and may sleep there while another
 * task uses AVX on the same CPU.  Prints "avx ok reads=N" or the first
 * differing register.
 *
 * avx spin: load a different pattern into ymm0-ymm15 over and over, forever
 * (the driver kills it).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define LOAD_ALL(base)                                                        \
	"vmovdqu 0(" base "), %%ymm0\n\t vmovdqu 32(" base "), %%ymm1\n\t"      \
	"vmovdqu 64(" base "), %%ymm2\n\t vmovdqu 96(" base "), %%ymm3\n\t"     \
	"vmovdqu 128(" base "), %%ymm4\n\t vmovdqu 160(" base "), %%ymm5\n\t"   \
	"vmovdqu 192(" base "), %%ymm6\n\t vmovdqu 224(" base "), %%ymm7\n\t"   \
	"vmovdqu 256(" base "), %%ymm8\n\t vmovdqu 288(" base "), %%ymm9\n\t"   \
	"vmovdqu 320(" base "), %%ymm10\n\t vmovdqu 352(" base "), %%ymm11\n\t" \
	"vmovdqu 384(" base "), %%ymm12\n\t vmovdqu 416(" base "), %%ymm13\n\t" \
	"vmovdqu 448(" base "), %%ymm14\n\t vmovdqu 480(" base "), %%ymm15\n\t"

#define STORE_ALL(base)                                                       \
	"vmovdqu %%ymm0, 0(" base ")\n\t vmovdqu %%ymm1, 32(" base ")\n\t"      \
	"vmovdqu %%ymm2, 64(" base ")\n\t vmovdqu %%ymm3, 96(" base ")\n\t"     \
	"vmovdqu %%ymm4, 128(" base ")\n\t vmovdqu %%ymm5, 160(" base ")\n\t"   \
	"vmovdqu %%ymm6, 192(" base ")\n\t vmovdqu %%ymm7, 224(" base ")\n\t"   \
	"vmovdqu %%ymm8, 256(" base ")\n\t vmovdqu %%ymm9, 288(" base ")\n\t"   \
	"vmovdqu %%ymm10, 320(" base ")\n\t vmovdqu %%ymm11, 352(" base ")\n\t" \
	"vmovdqu %%ymm12, 384(" base ")\n\t vmovdqu %%ymm13, 416(" base ")\n\t" \
	"vmovdqu %%ymm14, 448(" base ")\n\t vmovdqu %%ymm15, 480(" base ")\n\t"

#define YMM_CLOBBERS "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", \
	"xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15"

static void fill(uint8_t *p, uint8_t seed)
{
	for (int i = 0; i < 512; i++)
		p[i] = (uint8_t)(seed + i * 7 + (i >> 5) * 13);
}

static int hold(void)
{
	static uint8_t want[512], got[512];
	static char buf[8];
	register uint8_t *w asm("r12") = want;
	register char *b asm("r13") = buf;
	register long reads asm("r14") = 0;
	register uint8_t *g asm("r15") = got;

	fill(want, 0x11);
	asm volatile(
		LOAD_ALL("%%r12")
		"1:\n\t"
		"xor %%eax, %%eax\n\t"
		"xor %%edi, %%edi\n\t"
		"mov %%r13, %%rsi\n\t"
		"mov $1, %%edx\n\t"
		"syscall\n\t"
		"cmp $1, %%rax\n\t"
		"jne 2f\n\t"
		"inc %%r14\n\t"
		"cmpb $'Q', (%%r13)\n\t"
		"jne 1b\n\t"
		"2:\n\t"
		STORE_ALL("%%r15")
		: "+r"(reads)
		: "r"(w), "r"(b), "r"(g)
		: "rax", "rdi", "rsi", "rdx", "rcx", "r11", "memory", YMM_CLOBBERS);
	for (int r = 0; r < 16; r++) {
		if (memcmp(want + 32 * r, got + 32 * r, 32)) {
			printf("avx bad ymm%d reads=%ld\n", r, reads);
			return 1;
		}
	}
	printf("avx ok reads=%ld\n", reads);
	return 0;
}

static int spin(void)
{
	static uint8_t other[512];
	register uint8_t *o asm("r12") = other;

	fill(other, 0xa5);
	asm volatile("1:\n\t" LOAD_ALL("%%r12") "vpxor %%ymm0, %%ymm1, %%ymm2\n\t jmp 1b\n\t"
		     : : "r"(o) : "memory", YMM_CLOBBERS);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "hold"))
		return hold();
	if (argc == 2 && !strcmp(argv[1], "spin"))
		return spin();
	fprintf(stderr, "usage: avx hold|spin\n");
	return 2;
}
