// SPDX-License-Identifier: GPL-2.0
/*
 * ubrt: the host runtime.  Runs a BTC image in this process exactly as the
 * kernel will (docs/abi.md), so the translator is tested natively:
 *
 *   ubrt_image_load   validate every ABI rule, map code RW, relocate, then RX
 *   ubrt_run          one run from a full user register state: enter BTC code
 *                     where the entry table says so, perform SYSCALL exits for
 *                     real and chain, "return to user mode" (ubrt_resume) on
 *                     every other exit; a hardware fault in BTC code goes
 *                     through the fault map back to the original instruction
 *
 * A run ends when user code returns to ubrt_landing, faults natively, or runs
 * out of time.  Built with -mgeneral-regs-only and no libc call between
 * ubrt_call and the end of the run, so the user's vector state survives the
 * runtime.  Not thread-safe: one run at a time per process.
 */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <ucontext.h>
#include <unistd.h>
#include <cpuid.h>
#include <linux/ub.h>

#include "ubrt.h"

#define EXPORT __attribute__((visibility("default")))
#define HIDDEN __attribute__((visibility("hidden")))

struct ubrt_globals {
	uint64_t host_rbx, host_rbp, host_r12, host_r13, host_r14, host_r15;
	uint64_t host_rsp;
	uint32_t host_mxcsr;
	uint16_t host_fcw;
	uint8_t has_avx;
	uint8_t in_run;
	uint64_t resume_rip;
	uint64_t frame;
	struct ubrt_regs out;
	uint32_t out_mxcsr;
	uint32_t pad[3];
	uint8_t out_xmm[16][16];
};

HIDDEN struct ubrt_globals ubrt_g;

/* The assembly's view of every structure must be the compiler's. */
_Static_assert(offsetof(struct ubrt_globals, host_rsp) == G_HOST_RSP, "G");
_Static_assert(offsetof(struct ubrt_globals, host_r15) == G_HOST_R15, "G");
_Static_assert(offsetof(struct ubrt_globals, host_mxcsr) == G_HOST_MXCSR, "G");
_Static_assert(offsetof(struct ubrt_globals, host_fcw) == G_HOST_FCW, "G");
_Static_assert(offsetof(struct ubrt_globals, has_avx) == G_HAS_AVX, "G");
_Static_assert(offsetof(struct ubrt_globals, in_run) == G_IN_RUN, "G");
_Static_assert(offsetof(struct ubrt_globals, resume_rip) == G_RESUME_RIP, "G");
_Static_assert(offsetof(struct ubrt_globals, frame) == G_FRAME, "G");
_Static_assert(offsetof(struct ubrt_globals, out) == G_OUT, "G");
_Static_assert(offsetof(struct ubrt_globals, out_mxcsr) == G_OUT_MXCSR, "G");
_Static_assert(offsetof(struct ubrt_globals, out_xmm) == G_OUT_XMM, "G");
_Static_assert(sizeof(struct ubrt_globals) == G_SIZE, "G");
_Static_assert(offsetof(struct ubrt_regs, rflags) == REGS_RFLAGS, "regs");
_Static_assert(offsetof(struct ubrt_regs, rip) == REGS_RIP, "regs");
_Static_assert(sizeof(struct ubrt_regs) == REGS_SIZE, "regs");
_Static_assert(offsetof(struct ubrt_cpu, fs_base) == CPU_FS_BASE, "cpu");
_Static_assert(offsetof(struct ubrt_cpu, addr_limit) == CPU_ADDR_LIMIT, "cpu");
_Static_assert(offsetof(struct ubrt_cpu, budget) == CPU_BUDGET, "cpu");
_Static_assert(offsetof(struct ubrt_cpu, exit_id) == CPU_EXIT_ID, "cpu");
_Static_assert(offsetof(struct ubrt_cpu, aux) == CPU_AUX, "cpu");
_Static_assert(offsetof(struct ubrt_run, xmm_in) == RUN_XMM_IN, "run");
_Static_assert(offsetof(struct ubrt_run, mxcsr_in) == RUN_MXCSR_IN, "run");
_Static_assert(sizeof(struct ubrt_run) == RUN_SIZE, "run");
_Static_assert(UB_FRAME_USER_RSP == RT_FRAME_USER_RSP, "frame");
_Static_assert(UB_FRAME_FS_BASE == RT_FRAME_FS_BASE, "frame");
_Static_assert(UB_FRAME_ADDR_LIMIT == RT_FRAME_ADDR_LIMIT, "frame");
_Static_assert(UB_FRAME_BUDGET == RT_FRAME_BUDGET, "frame");
_Static_assert(UB_FRAME_EXIT_ID == RT_FRAME_EXIT_ID, "frame");
_Static_assert(UB_FRAME_AUX == RT_FRAME_AUX, "frame");
_Static_assert(UB_FRAME_SPILL == RT_FRAME_SPILL, "frame");
_Static_assert(UB_FRAME_RUNTIME == RT_FRAME_RUNTIME, "frame");
_Static_assert(UB_FRAME_SIZE == RT_FRAME_SIZE, "frame");
_Static_assert(sizeof(struct ub_frame) == RT_FRAME_SIZE, "frame");
_Static_assert(UB_USER_FLAGS_MASK == RT_USER_FLAGS_MASK, "mask");
_Static_assert(UB_NR_SPILL == RT_NR_SPILL, "spill");
_Static_assert(ENTER_RESERVE >= UB_FRAME_SIZE, "frame fits");

/* Assembly routines (ubrt_entry.S). */
HIDDEN uint32_t ubrt_call(struct ubrt_run *run);
HIDDEN uint64_t ubrt_enter(struct ubrt_cpu *cpu, const void *entry);
HIDDEN __attribute__((noreturn)) void ubrt_resume(const struct ubrt_regs *regs);
HIDDEN void ubrt_exit(void);
HIDDEN void ubrt_landing(void);
HIDDEN void ubrt_host_return(void);
HIDDEN uint32_t ubrt_loop(struct ubrt_run *run);

/* ------------------------------------------------------------------ */
/* Images                                                             */
/* ------------------------------------------------------------------ */

/* Bytes after the code: an absolute jump to ubrt_exit, so REL32 always reaches. */
#define TRAMPOLINE_SIZE 16

struct ubrt_image {
	uint8_t *code;
	size_t map_len;
	uint32_t code_size;
	uint32_t nr_entries, nr_exits, nr_faults;
	uint64_t text_start, text_end;
	struct ub_entry *entries;
	struct ub_exit *exits;
	struct ub_fault *faults;
};

/*
 * The kernel's TASK_SIZE_MAX with 4-level paging: the end of user memory.  The
 * kernel's verifier (kernel/ub/verify.c) takes the same rules, with its own
 * TASK_SIZE_MAX; the two must stay one rule set with the same messages.
 */
#define UBRT_TASK_SIZE_MAX 0x7ffffffff000ULL

/* Bytes of the `syscall` instruction a SYSCALL exit's user_rip follows. */
#define SYSCALL_INSN_SIZE 2

/* A table [off, off + n * size) inside the image, after the header, aligned. */
static int table_ok(const struct ub_image_hdr *h, uint32_t off, uint32_t n,
		    uint32_t size, uint32_t align)
{
	uint64_t end = (uint64_t)off + (uint64_t)n * size;

	if (off % align)
		return 0;
	if (n && off < h->hdr_size)
		return 0;
	return end <= h->total_size;
}

static int loc_ok(uint8_t loc)
{
	return loc == UB_LOC_HOME ||
	       (loc >= UB_LOC_REG_BASE && loc < UB_LOC_REG_BASE + UB_NR_GPRS) ||
	       (loc >= UB_LOC_SPILL_BASE && loc < UB_LOC_SPILL_BASE + UB_NR_SPILL);
}

static int fail(char *err, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, len, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static int check_header(const struct ub_image_hdr *h, uint64_t len, char *err, size_t n)
{
	if (len < sizeof(*h))
		return fail(err, n, "image of %llu bytes is shorter than its header",
			    (unsigned long long)len);
	if (h->magic != UB_IMAGE_MAGIC)
		return fail(err, n, "bad magic 0x%x", h->magic);
	if (h->version != UB_IMAGE_VERSION)
		return fail(err, n, "unsupported version %u", h->version);
	if (h->hdr_size != sizeof(*h))
		return fail(err, n, "hdr_size %u is not %zu", h->hdr_size, sizeof(*h));
	if (h->total_size != len)
		return fail(err, n, "total_size %u is not the image length %llu",
			    h->total_size, (unsigned long long)len);
	if (h->flags)
		return fail(err, n, "header flags 0x%x are not zero", h->flags);
	if (h->code_off % UB_CODE_ALIGN || h->code_off < h->hdr_size ||
	    (uint64_t)h->code_off + h->code_size > h->total_size)
		return fail(err, n, "code [%u, +%u) misplaced or misaligned",
			    h->code_off, h->code_size);
	if (!table_ok(h, h->entry_off, h->nr_entries, sizeof(struct ub_entry), UB_TABLE_ALIGN))
		return fail(err, n, "entry table misplaced or misaligned");
	if (!table_ok(h, h->exit_off, h->nr_exits, sizeof(struct ub_exit), UB_TABLE_ALIGN))
		return fail(err, n, "exit table misplaced or misaligned");
	if (!table_ok(h, h->fault_off, h->nr_faults, sizeof(struct ub_fault), UB_TABLE_ALIGN))
		return fail(err, n, "fault table misplaced or misaligned");
	if (!table_ok(h, h->reloc_off, h->nr_relocs, sizeof(struct ub_reloc), UB_TABLE_ALIGN))
		return fail(err, n, "relocation table misplaced or misaligned");
	if (!table_ok(h, h->range_off, h->nr_ranges, sizeof(struct ub_range), UB_TABLE_ALIGN))
		return fail(err, n, "range table misplaced or misaligned");
	if (h->nr_exits < 1)
		return fail(err, n, "no exits");
	if (h->nr_entries < 1)
		return fail(err, n, "no entries");
	if (h->text_start >= h->text_end || h->text_end > UBRT_TASK_SIZE_MAX)
		return fail(err, n, "text [0x%llx, 0x%llx) empty or not user memory",
			    h->text_start, h->text_end);
	if (h->nr_ranges < 1)
		return fail(err, n, "no ranges");
	return 0;
}

static struct ub_range range_at(const uint8_t *b, const struct ub_image_hdr *h, uint32_t i)
{
	struct ub_range r;

	memcpy(&r, b + h->range_off + i * sizeof(r), sizeof(r));
	return r;
}

static int check_tables(const uint8_t *b, const struct ub_image_hdr *h, char *err, size_t n)
{
	uint32_t i, k, ri;

	for (i = 0; i < h->nr_ranges; i++) {
		struct ub_range r = range_at(b, h, i);

		if (r.start >= r.end)
			return fail(err, n, "range %u: [0x%llx, 0x%llx) is empty", i, r.start, r.end);
		if (i && range_at(b, h, i - 1).end >= r.start)
			return fail(err, n, "ranges not sorted and apart at %u", i);
	}
	if (range_at(b, h, 0).start != h->text_start ||
	    range_at(b, h, h->nr_ranges - 1).end != h->text_end)
		return fail(err, n, "text [0x%llx, 0x%llx) is not the hull of the ranges",
			    h->text_start, h->text_end);
	for (i = 0, ri = 0; i < h->nr_entries; i++) {
		struct ub_entry e;

		memcpy(&e, b + h->entry_off + i * sizeof(e), sizeof(e));
		if (e.flags)
			return fail(err, n, "entry %u: flags 0x%x are not zero", i, e.flags);
		if (e.code_off >= h->code_size)
			return fail(err, n, "entry %u: code_off 0x%x outside the code", i, e.code_off);
		if (i) {
			struct ub_entry p;

			memcpy(&p, b + h->entry_off + (i - 1) * sizeof(p), sizeof(p));
			if (p.user_rip >= e.user_rip)
				return fail(err, n, "entries not sorted by user_rip at %u", i);
		}
		/* Both sorted: one walk finds each entry's range. */
		while (ri < h->nr_ranges && range_at(b, h, ri).end <= e.user_rip)
			ri++;
		if (ri == h->nr_ranges || e.user_rip < range_at(b, h, ri).start)
			return fail(err, n, "entry %u: user_rip 0x%llx in no range", i, e.user_rip);
	}
	for (i = 0; i < h->nr_exits; i++) {
		struct ub_exit x;

		memcpy(&x, b + h->exit_off + i * sizeof(x), sizeof(x));
		if (x.flags)
			return fail(err, n, "exit %u: flags 0x%x are not zero", i, x.flags);
		if (x.reason < UB_EXIT_SYSCALL || x.reason > UB_EXIT_END)
			return fail(err, n, "exit %u: bad reason %u", i, x.reason);
		if (x.reason != UB_EXIT_MISS && x.user_rip >= UBRT_TASK_SIZE_MAX)
			return fail(err, n, "exit %u: user_rip 0x%llx not user memory",
				    i, x.user_rip);
		if (x.reason == UB_EXIT_SYSCALL && x.user_rip < SYSCALL_INSN_SIZE)
			return fail(err, n, "exit %u: user_rip 0x%llx has no syscall before it",
				    i, x.user_rip);
	}
	for (i = 0; i < h->nr_faults; i++) {
		struct ub_fault f;

		memcpy(&f, b + h->fault_off + i * sizeof(f), sizeof(f));
		if (f.flags)
			return fail(err, n, "fault %u: flags 0x%x are not zero", i, f.flags);
		if (f.code_off >= h->code_size)
			return fail(err, n, "fault %u: code_off 0x%x outside the code", i, f.code_off);
		for (k = 0; k <= UB_LOC_FLAGS; k++)
			if (!loc_ok(f.loc[k]))
				return fail(err, n, "fault %u: bad location 0x%x for register %u",
					    i, f.loc[k], k);
		if (abs((int8_t)f.loc[UB_LOC_RSP_ADJ]) > UB_RSP_ADJ_MAX)
			return fail(err, n, "fault %u: rsp adjustment %d out of range",
				    i, (int8_t)f.loc[UB_LOC_RSP_ADJ]);
		for (k = UB_LOC_RSP_ADJ + 1; k < UB_NR_LOCS; k++)
			if (f.loc[k])
				return fail(err, n, "fault %u: padding location %u not zero", i, k);
		if (i) {
			struct ub_fault p;

			memcpy(&p, b + h->fault_off + (i - 1) * sizeof(p), sizeof(p));
			if (p.code_off >= f.code_off)
				return fail(err, n, "fault map not sorted by code_off at %u", i);
		}
	}
	for (i = 0; i < h->nr_relocs; i++) {
		struct ub_reloc r;

		memcpy(&r, b + h->reloc_off + i * sizeof(r), sizeof(r));
		if (r.type != UB_RELOC_REL32)
			return fail(err, n, "relocation %u: unknown type %u", i, r.type);
		if (r.sym != UB_SYM_EXIT)
			return fail(err, n, "relocation %u: unknown symbol %u", i, r.sym);
		if ((uint64_t)r.code_off + 4 > h->code_size)
			return fail(err, n, "relocation %u: field at 0x%x not inside the code",
				    i, r.code_off);
		if (i) {
			struct ub_reloc p;

			memcpy(&p, b + h->reloc_off + (i - 1) * sizeof(p), sizeof(p));
			if ((uint64_t)p.code_off + 4 > r.code_off)
				return fail(err, n, "relocations unsorted or overlapping at %u", i);
		}
	}
	return 0;
}

EXPORT void ubrt_image_free(struct ubrt_image *img)
{
	if (!img)
		return;
	if (img->code)
		munmap(img->code, img->map_len);
	free(img->entries);
	free(img->exits);
	free(img->faults);
	free(img);
}

static void *copy_table(const uint8_t *b, uint32_t off, uint32_t n, size_t size)
{
	void *t = malloc(n ? n * size : 1);

	if (t && n)
		memcpy(t, b + off, n * size);
	return t;
}

/* Map the code RW, write the exit trampoline and relocations, then make it RX. */
static int map_code(struct ubrt_image *img, const uint8_t *b, const struct ub_image_hdr *h,
		    char *err, size_t n)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	uint32_t tramp = (h->code_size + 15u) & ~15u;
	uint8_t *code;
	uint64_t target = (uint64_t)ubrt_exit;
	uint32_t i;

	img->map_len = (tramp + TRAMPOLINE_SIZE + page - 1) & ~(page - 1);
	code = mmap(NULL, img->map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (code == MAP_FAILED)
		return fail(err, n, "mmap: %s", strerror(errno));
	img->code = code;
	memcpy(code, b + h->code_off, h->code_size);
	memset(code + h->code_size, 0xcc, img->map_len - h->code_size);
	code[tramp] = 0xff;		/* jmp qword ptr [rip + 0] */
	code[tramp + 1] = 0x25;
	memset(code + tramp + 2, 0, 4);
	memcpy(code + tramp + 6, &target, 8);
	for (i = 0; i < h->nr_relocs; i++) {
		struct ub_reloc r;
		int64_t rel;
		int32_t rel32;

		memcpy(&r, b + h->reloc_off + i * sizeof(r), sizeof(r));
		rel = (int64_t)(tramp - (r.code_off + 4));
		rel32 = (int32_t)rel;
		memcpy(code + r.code_off, &rel32, 4);
	}
	if (mprotect(code, img->map_len, PROT_READ | PROT_EXEC))
		return fail(err, n, "mprotect: %s", strerror(errno));
	return 0;
}

EXPORT int ubrt_image_load(const uint8_t *blob, uint64_t len, struct ubrt_image **out,
			   char *err, size_t errlen)
{
	struct ub_image_hdr h;
	struct ubrt_image *img;
	int ret;

	*out = NULL;
	err[0] = 0;
	if (len < sizeof(h))
		return fail(err, errlen, "image of %llu bytes is shorter than its header",
			    (unsigned long long)len);
	memcpy(&h, blob, sizeof(h));
	ret = check_header(&h, len, err, errlen);
	if (!ret)
		ret = check_tables(blob, &h, err, errlen);
	if (ret)
		return ret;
	img = calloc(1, sizeof(*img));
	if (!img)
		return fail(err, errlen, "out of memory");
	img->code_size = h.code_size;
	img->text_start = h.text_start;
	img->text_end = h.text_end;
	img->nr_entries = h.nr_entries;
	img->nr_exits = h.nr_exits;
	img->nr_faults = h.nr_faults;
	img->entries = copy_table(blob, h.entry_off, h.nr_entries, sizeof(struct ub_entry));
	img->exits = copy_table(blob, h.exit_off, h.nr_exits, sizeof(struct ub_exit));
	img->faults = copy_table(blob, h.fault_off, h.nr_faults, sizeof(struct ub_fault));
	if (!img->entries || !img->exits || !img->faults)
		ret = fail(err, errlen, "out of memory");
	if (!ret)
		ret = map_code(img, blob, &h, err, errlen);
	if (ret) {
		ubrt_image_free(img);
		return ret;
	}
	*out = img;
	return 0;
}

EXPORT uint64_t ubrt_image_code(const struct ubrt_image *img)
{
	return (uint64_t)img->code;
}

EXPORT uint64_t ubrt_landing_addr(void)
{
	return (uint64_t)ubrt_landing;
}

EXPORT uint64_t ubrt_exit_addr(void)
{
	return (uint64_t)ubrt_exit;
}

/* ------------------------------------------------------------------ */
/* The run loop (no libc from here to the end of a run)               */
/* ------------------------------------------------------------------ */

static struct ubrt_run *g_run;
static struct ubrt_cpu g_cpu;
static uint64_t g_fs_base;
/* Set while the runtime performs a SYSCALL exit's syscall: a signal it causes
 * (kill, tgkill from abort) belongs to the user at the RIP after `syscall`. */
static struct ubrt_cpu *g_sys_cpu;
static uint64_t g_sys_rip;

static const struct ub_entry *find_entry(const struct ubrt_image *img, uint64_t rip)
{
	uint32_t lo = 0, hi = img->nr_entries;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (img->entries[mid].user_rip == rip)
			return &img->entries[mid];
		if (img->entries[mid].user_rip < rip)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static const struct ub_fault *find_fault(const struct ubrt_image *img, uint32_t off)
{
	uint32_t lo = 0, hi = img->nr_faults;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (img->faults[mid].code_off == off)
			return &img->faults[mid];
		if (img->faults[mid].code_off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void trace(struct ubrt_run *run, uint32_t kind, uint32_t info, uint64_t rip, uint64_t aux)
{
	if (run->nr_trace < run->trace_cap) {
		struct ubrt_trace_ent *t = &run->trace[run->nr_trace];

		t->kind = kind;
		t->info = info;
		t->user_rip = rip;
		t->aux = aux;
	}
	run->nr_trace++;
}

static void copy_regs(struct ubrt_regs *dst, const struct ubrt_regs *src)
{
	volatile const uint64_t *s = (volatile const uint64_t *)src;
	uint64_t *d = (uint64_t *)dst;
	unsigned int i;

	for (i = 0; i < REGS_SIZE / 8; i++)
		d[i] = s[i];
}

static void bug(struct ubrt_run *run, const char *msg)
{
	unsigned int i;

	for (i = 0; msg[i] && i + 1 < sizeof(run->msg); i++)
		run->msg[i] = msg[i];
	run->msg[i] = 0;
}

/* The `syscall` instruction, with the user's registers. */
static uint64_t user_syscall(const struct ubrt_regs *r)
{
	register uint64_t rax __asm__("rax") = r->gpr[0];
	register uint64_t rdi __asm__("rdi") = r->gpr[7];
	register uint64_t rsi __asm__("rsi") = r->gpr[6];
	register uint64_t rdx __asm__("rdx") = r->gpr[2];
	register uint64_t r10 __asm__("r10") = r->gpr[10];
	register uint64_t r8 __asm__("r8") = r->gpr[8];
	register uint64_t r9 __asm__("r9") = r->gpr[9];

	__asm__ volatile("syscall"
			 : "+r"(rax)
			 : "r"(rdi), "r"(rsi), "r"(rdx), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return rax;
}

static int canonical(uint64_t addr)
{
	return (uint64_t)((int64_t)(addr << 16) >> 16) == addr;
}

/*
 * "Return to user mode": resume natively, or stop there if the run asks to.
 * A non-canonical RIP cannot be resumed: the kernel's return to user mode
 * then fails and the task gets SIGSEGV (SI_KERNEL) with that RIP, which is
 * what this reports instead of faulting inside ubrt_resume.
 */
static uint32_t to_user(struct ubrt_run *run, struct ubrt_cpu *cpu)
{
	if (run->flags & UBRT_F_STOP_AT_USER) {
		copy_regs(&run->regs, &cpu->regs);
		return UBRT_USER;
	}
	if (!canonical(cpu->regs.rip)) {
		copy_regs(&run->regs, &cpu->regs);
		run->signo = SIGSEGV;
		run->sig_code = SI_KERNEL;
		run->fault_addr = 0;
		return UBRT_SIGNAL;
	}
	ubrt_resume(&cpu->regs);
}

HIDDEN uint32_t ubrt_loop(struct ubrt_run *run)
{
	const struct ubrt_image *img = run->image;
	struct ubrt_cpu *cpu = &g_cpu;
	int64_t budget = run->budget;

	copy_regs(&cpu->regs, &run->regs);
	for (;;) {
		const struct ub_entry *e = img ? find_entry(img, cpu->regs.rip) : NULL;
		const struct ub_exit *x;
		uint64_t id;

		if (!e)
			return to_user(run, cpu);
		trace(run, UBRT_TRACE_ENTER, 0, cpu->regs.rip, 0);
		cpu->fs_base = g_fs_base;
		cpu->addr_limit = run->addr_limit;
		cpu->budget = budget;
		id = ubrt_enter(cpu, img->code + e->code_off);
		budget = cpu->budget;
		if (id >= img->nr_exits) {
			copy_regs(&run->regs, &cpu->regs);
			bug(run, "BTC code left with an exit id outside the exit table");
			run->bug_pc = id;
			return UBRT_BUG;
		}
		x = &img->exits[id];
		switch (x->reason) {
		case UB_EXIT_SYSCALL:
			trace(run, UB_EXIT_SYSCALL, (uint32_t)id, x->user_rip, cpu->regs.gpr[0]);
			g_sys_rip = x->user_rip;
			g_sys_cpu = cpu;	/* ordered by user_syscall's memory clobber */
			cpu->regs.gpr[0] = user_syscall(&cpu->regs);
			g_sys_cpu = NULL;
			cpu->regs.gpr[1] = x->user_rip;
			cpu->regs.gpr[11] = cpu->regs.rflags;
			cpu->regs.rip = x->user_rip;
			break;		/* chain if the entry table has it */
		case UB_EXIT_MISS:
			trace(run, UB_EXIT_MISS, (uint32_t)id, cpu->aux, cpu->aux);
			cpu->regs.rip = cpu->aux;
			return to_user(run, cpu);
		default:
			trace(run, x->reason, (uint32_t)id, x->user_rip, 0);
			cpu->regs.rip = x->user_rip;
			return to_user(run, cpu);
		}
	}
}

/* ------------------------------------------------------------------ */
/* Signals                                                            */
/* ------------------------------------------------------------------ */

/* ucontext gregs index of each GPR in hardware order. */
static const int greg_of[UB_NR_GPRS] = {
	REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
	REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
};

static const int caught[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGALRM };
#define NR_CAUGHT (sizeof(caught) / sizeof(caught[0]))

#define ALTSTACK_SIZE (256 * 1024)
static uint8_t altstack[ALTSTACK_SIZE] __attribute__((aligned(64)));

/* Make the interrupted context continue at ubrt_host_return with `status`. */
static void end_run(ucontext_t *uc, uint32_t status)
{
	greg_t *g = uc->uc_mcontext.gregs;

	g[REG_RAX] = status;
	g[REG_RSP] = (greg_t)(ubrt_g.host_rsp - 256);
	g[REG_RIP] = (greg_t)ubrt_host_return;
	g[REG_EFL] &= ~(greg_t)(0x400 | 0x100 | 0x40000);	/* DF TF AC */
}

static void capture(struct ubrt_run *run, const ucontext_t *uc, const siginfo_t *si)
{
	const greg_t *g = uc->uc_mcontext.gregs;
	const struct _libc_fpstate *fp = uc->uc_mcontext.fpregs;
	unsigned int i, k;

	for (i = 0; i < UB_NR_GPRS; i++)
		run->regs.gpr[i] = (uint64_t)g[greg_of[i]];
	run->regs.rflags = (uint64_t)g[REG_EFL];
	run->regs.rip = (uint64_t)g[REG_RIP];
	run->signo = si->si_signo;
	run->sig_code = si->si_code;
	run->fault_addr = (uint64_t)si->si_addr;
	if (fp) {
		run->mxcsr_out = fp->mxcsr;
		for (i = 0; i < 16; i++)
			for (k = 0; k < 16; k++)
				run->xmm_out[i][k] =
					((const uint8_t *)fp->_xmm[i].element)[k];
	}
}

/* The value of user register `reg` at a fault, per its location byte. */
static uint64_t locate(const greg_t *g, const struct ub_frame *f, uint8_t loc, int reg)
{
	if (loc >= UB_LOC_SPILL_BASE)
		return f->spill[loc - UB_LOC_SPILL_BASE];
	if (loc >= UB_LOC_REG_BASE)
		return (uint64_t)g[greg_of[loc - UB_LOC_REG_BASE]];
	if (reg == UB_LOC_FLAGS)
		return (uint64_t)g[REG_EFL];
	if (reg == 4)
		return f->user_rsp;
	return (uint64_t)g[greg_of[reg]];
}

/*
 * A fault at `pc` in BTC code: rebuild the user state from the fault map and
 * resume natively at the original instruction (UB_EXIT_FAULT).  Returns 0 if
 * `pc` is not in the fault map: a translator bug.
 */
static int btc_fault(struct ubrt_run *run, ucontext_t *uc, const siginfo_t *si, uint64_t pc)
{
	const struct ubrt_image *img = run->image;
	const struct ub_fault *fm = find_fault(img, (uint32_t)(pc - (uint64_t)img->code));
	const struct ub_frame *f = (const struct ub_frame *)ubrt_g.frame;
	greg_t *g = uc->uc_mcontext.gregs;
	uint64_t vals[UB_NR_GPRS], flags;
	unsigned int i;

	if (!fm || !f)
		return 0;
	for (i = 0; i < UB_NR_GPRS; i++)
		vals[i] = locate(g, f, fm->loc[i], (int)i);
	vals[4] += (uint64_t)((int64_t)(int8_t)fm->loc[UB_LOC_RSP_ADJ] * 8);
	flags = locate(g, f, fm->loc[UB_LOC_FLAGS], UB_LOC_FLAGS);
	for (i = 0; i < UB_NR_GPRS; i++)
		g[greg_of[i]] = (greg_t)vals[i];
	g[REG_EFL] = (greg_t)(((uint64_t)g[REG_EFL] & ~(uint64_t)UB_USER_FLAGS_MASK) |
			      (flags & UB_USER_FLAGS_MASK));
	g[REG_RIP] = (greg_t)fm->user_rip;
	ubrt_g.frame = 0;
	trace(run, UB_EXIT_FAULT, (uint32_t)si->si_signo, fm->user_rip, (uint64_t)si->si_addr);
	if (run->flags & UBRT_F_STOP_AT_USER) {
		capture(run, uc, si);
		end_run(uc, UBRT_USER);
	}
	return 1;
}

/*
 * A signal delivered on return from a user's syscall that the runtime made:
 * the kernel would deliver it in user mode right after `syscall`, so that is
 * the state to report (rax = the result, rcx = RIP, r11 = RFLAGS).
 */
static void syscall_signal(struct ubrt_run *run, ucontext_t *uc, const siginfo_t *si)
{
	const struct ubrt_cpu *c = g_sys_cpu;
	uint64_t rax = (uint64_t)uc->uc_mcontext.gregs[REG_RAX];

	capture(run, uc, si);		/* signal info and the (user's) vector state */
	copy_regs(&run->regs, &c->regs);
	run->regs.gpr[0] = rax;
	run->regs.gpr[1] = g_sys_rip;
	run->regs.gpr[11] = c->regs.rflags;
	run->regs.rip = g_sys_rip;
	g_sys_cpu = NULL;
	end_run(uc, UBRT_SIGNAL);
}

static void on_signal(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	struct ubrt_run *run = g_run;
	const struct ubrt_image *img = run ? run->image : NULL;
	uint64_t pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];

	if (!ubrt_g.in_run || !run) {
		if (sig != SIGALRM)
			signal(sig, SIG_DFL);	/* a host crash: fault again, unhandled */
		return;
	}
	if (sig == SIGALRM) {
		run->signo = sig;
		end_run(uc, UBRT_TIMEOUT);
		return;
	}
	if (g_sys_cpu) {
		syscall_signal(run, uc, si);
		return;
	}
	if (img && pc >= (uint64_t)img->code && pc < (uint64_t)img->code + img->code_size) {
		if (btc_fault(run, uc, si, pc))
			return;
		capture(run, uc, si);
		run->bug_pc = pc;
		bug(run, "fault in BTC code at an instruction missing from the fault map");
		end_run(uc, UBRT_BUG);
		return;
	}
	capture(run, uc, si);
	end_run(uc, UBRT_SIGNAL);
}

/* ------------------------------------------------------------------ */
/* One run                                                            */
/* ------------------------------------------------------------------ */

static void detect_cpu(void)
{
	unsigned int a, b, c, d;

	if (__get_cpuid(1, &a, &b, &c, &d))
		ubrt_g.has_avx = (c & bit_AVX) && (c & bit_OSXSAVE);
}

EXPORT uint32_t ubrt_run(struct ubrt_run *run)
{
	struct sigaction sa, old[NR_CAUGHT];
	stack_t ss, old_ss;
	struct itimerval it, off;
	uint32_t status;
	unsigned int i;

	run->nr_trace = 0;
	run->status = 0;
	run->signo = 0;
	run->sig_code = 0;
	run->fault_addr = 0;
	run->bug_pc = 0;
	run->msg[0] = 0;
	detect_cpu();
	if (syscall(SYS_arch_prctl, ARCH_GET_FS, &g_fs_base))
		return 0;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_signal;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	ss.ss_sp = altstack;
	ss.ss_size = sizeof(altstack);
	ss.ss_flags = 0;
	sigaltstack(&ss, &old_ss);
	for (i = 0; i < NR_CAUGHT; i++)
		sigaction(caught[i], &sa, &old[i]);
	memset(&off, 0, sizeof(off));
	memset(&it, 0, sizeof(it));
	it.it_value.tv_sec = (time_t)(run->timeout_us / 1000000);
	it.it_value.tv_usec = (suseconds_t)(run->timeout_us % 1000000);
	g_run = run;
	g_sys_cpu = NULL;
	if (run->timeout_us)
		setitimer(ITIMER_REAL, &it, NULL);
	status = ubrt_call(run);
	setitimer(ITIMER_REAL, &off, NULL);
	g_run = NULL;
	for (i = 0; i < NR_CAUGHT; i++)
		sigaction(caught[i], &old[i], NULL);
	sigaltstack(&old_ss, NULL);
	if (status == UBRT_LANDED) {
		copy_regs(&run->regs, &ubrt_g.out);
		run->mxcsr_out = ubrt_g.out_mxcsr;
		memcpy(run->xmm_out, ubrt_g.out_xmm, sizeof(run->xmm_out));
	}
	run->status = status;
	return status;
}

/* The layout this library was built with, so lib.py can check its mirror. */
EXPORT uint64_t ubrt_layout(void)
{
	return ((uint64_t)RUN_SIZE << 32) | ((uint64_t)UB_FRAME_SIZE << 16) | REGS_SIZE;
}
