/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * ubprof: the lab's instruction profiler, a QEMU 7.2 TCG plugin (API v1).
 *
 * Counts guest instructions, split user (PC < 0x800000000000) / kernel, for
 * the whole run and inside a window, and keeps a histogram of instruction
 * counts per guest PC inside the window.  The guest opens and closes the
 * window by executing one of two 8-byte NOPs that nothing else emits
 * (bench/ubprof.h):
 *
 *   OPEN   0f 1f 84 00 'U' 'B' 'O' 'P'   nopl 0x504f4255(%rax,%rax,1)
 *   CLOSE  0f 1f 84 00 'U' 'B' 'C' 'L'   nopl 0x4c434255(%rax,%rax,1)
 *
 * They are recognised by their bytes when a block is translated.  The
 * window is global (all vCPUs, like perf -a); several open/close pairs
 * accumulate; the marks themselves are not counted.
 *
 * Counting is per translated block: one callback per block execution adds
 * the block's length, and the block's own execution count expands into
 * one count per instruction at exit (a block left early by an exception
 * is counted whole).  A block holding a mark is counted per instruction
 * instead, so the window's edges are exact.
 *
 * Argument: out=PATH.  At exit the plugin writes PATH (text, see
 * ubypass.lab.prof.histogram):
 *
 *   ubprof 1
 *   opens N
 *   closes N
 *   total USER KERNEL
 *   window USER KERNEL
 *   PC_HEX COUNT        one line per executed instruction address
 *                       (a PC may repeat: retranslations; sum them)
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <qemu-plugin.h>

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

#define USER_TOP 0x800000000000ULL
#define MARK_LEN 8

static const uint8_t mark_open[MARK_LEN] = { 0x0f, 0x1f, 0x84, 0x00, 'U', 'B', 'O', 'P' };
static const uint8_t mark_close[MARK_LEN] = { 0x0f, 0x1f, 0x84, 0x00, 'U', 'B', 'C', 'L' };

enum op { OP_NONE, OP_OPEN, OP_CLOSE };

/* One translated block counted as a whole. */
struct tbrec {
	struct tbrec *next;
	uint64_t count;		/* executions inside the window */
	uint32_t n;
	uint32_t kernel;
	uint64_t pcs[];		/* the block's instruction addresses */
};

/* One instruction of a block that holds a mark. */
struct insrec {
	struct insrec *next;
	uint64_t count;
	uint64_t pc;
	uint32_t kernel;
	uint32_t op;
};

/* Per-vCPU counters, a cache line each. */
struct vcpu {
	uint64_t total[2];	/* [0] user, [1] kernel */
	uint64_t window[2];
	uint8_t pad[32];
};

static char *out_path;
static struct vcpu *vcpus;
static int n_vcpus;
static volatile int window_open;
static uint64_t opens, closes;
static struct tbrec *tbs;
static struct insrec *inss;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static struct vcpu *vcpu_of(unsigned int index)
{
	return &vcpus[index < (unsigned int)n_vcpus ? index : 0];
}

static void tb_exec(unsigned int index, void *udata)
{
	struct tbrec *t = udata;
	struct vcpu *v = vcpu_of(index);

	v->total[t->kernel] += t->n;
	if (__atomic_load_n(&window_open, __ATOMIC_RELAXED)) {
		v->window[t->kernel] += t->n;
		__atomic_fetch_add(&t->count, 1, __ATOMIC_RELAXED);
	}
}

static void insn_exec(unsigned int index, void *udata)
{
	struct insrec *r = udata;
	struct vcpu *v = vcpu_of(index);

	if (r->op == OP_OPEN) {
		__atomic_store_n(&window_open, 1, __ATOMIC_RELAXED);
		__atomic_fetch_add(&opens, 1, __ATOMIC_RELAXED);
		return;
	}
	if (r->op == OP_CLOSE) {
		__atomic_store_n(&window_open, 0, __ATOMIC_RELAXED);
		__atomic_fetch_add(&closes, 1, __ATOMIC_RELAXED);
		return;
	}
	v->total[r->kernel]++;
	if (__atomic_load_n(&window_open, __ATOMIC_RELAXED)) {
		v->window[r->kernel]++;
		__atomic_fetch_add(&r->count, 1, __ATOMIC_RELAXED);
	}
}

static enum op mark_of(struct qemu_plugin_insn *insn)
{
	const uint8_t *data;

	if (qemu_plugin_insn_size(insn) != MARK_LEN)
		return OP_NONE;
	data = qemu_plugin_insn_data(insn);
	if (!memcmp(data, mark_open, MARK_LEN))
		return OP_OPEN;
	if (!memcmp(data, mark_close, MARK_LEN))
		return OP_CLOSE;
	return OP_NONE;
}

static void tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
	size_t n = qemu_plugin_tb_n_insns(tb);
	uint32_t kernel = qemu_plugin_tb_vaddr(tb) >= USER_TOP;
	bool marked = false;
	struct tbrec *t;
	size_t i;

	(void)id;
	for (i = 0; i < n; i++)
		if (mark_of(qemu_plugin_tb_get_insn(tb, i)) != OP_NONE)
			marked = true;
	if (marked) {
		for (i = 0; i < n; i++) {
			struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
			struct insrec *r = calloc(1, sizeof(*r));

			if (!r)
				abort();
			r->pc = qemu_plugin_insn_vaddr(insn);
			r->kernel = kernel;
			r->op = mark_of(insn);
			pthread_mutex_lock(&lock);
			r->next = inss;
			inss = r;
			pthread_mutex_unlock(&lock);
			qemu_plugin_register_vcpu_insn_exec_cb(insn, insn_exec,
							       QEMU_PLUGIN_CB_NO_REGS, r);
		}
		return;
	}
	t = calloc(1, sizeof(*t) + n * sizeof(t->pcs[0]));
	if (!t)
		abort();
	t->n = (uint32_t)n;
	t->kernel = kernel;
	for (i = 0; i < n; i++)
		t->pcs[i] = qemu_plugin_insn_vaddr(qemu_plugin_tb_get_insn(tb, i));
	pthread_mutex_lock(&lock);
	t->next = tbs;
	tbs = t;
	pthread_mutex_unlock(&lock);
	qemu_plugin_register_vcpu_tb_exec_cb(tb, tb_exec, QEMU_PLUGIN_CB_NO_REGS, t);
}

static void at_exit(qemu_plugin_id_t id, void *p)
{
	uint64_t total[2] = { 0, 0 }, window[2] = { 0, 0 };
	FILE *f;
	int i;

	(void)id;
	(void)p;
	for (i = 0; i < n_vcpus; i++) {
		total[0] += vcpus[i].total[0];
		total[1] += vcpus[i].total[1];
		window[0] += vcpus[i].window[0];
		window[1] += vcpus[i].window[1];
	}
	f = fopen(out_path, "w");
	if (!f) {
		perror(out_path);
		return;
	}
	fprintf(f, "ubprof 1\nopens %" PRIu64 "\ncloses %" PRIu64 "\n", opens, closes);
	fprintf(f, "total %" PRIu64 " %" PRIu64 "\n", total[0], total[1]);
	fprintf(f, "window %" PRIu64 " %" PRIu64 "\n", window[0], window[1]);
	pthread_mutex_lock(&lock);
	for (struct tbrec *t = tbs; t; t = t->next)
		if (t->count)
			for (uint32_t k = 0; k < t->n; k++)
				fprintf(f, "%" PRIx64 " %" PRIu64 "\n", t->pcs[k], t->count);
	for (struct insrec *r = inss; r; r = r->next)
		if (r->count)
			fprintf(f, "%" PRIx64 " %" PRIu64 "\n", r->pc, r->count);
	pthread_mutex_unlock(&lock);
	if (fclose(f))
		perror(out_path);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info,
					   int argc, char **argv)
{
	int i;

	for (i = 0; i < argc; i++) {
		if (!strncmp(argv[i], "out=", 4)) {
			out_path = argv[i] + 4;
		} else {
			fprintf(stderr, "ubprof: unknown argument %s\n", argv[i]);
			return 1;
		}
	}
	if (!out_path || !*out_path) {
		fprintf(stderr, "ubprof: out=PATH is required\n");
		return 1;
	}
	n_vcpus = info->system_emulation ? info->system.max_vcpus : 1;
	if (n_vcpus < 1)
		n_vcpus = 1;
	vcpus = aligned_alloc(64, sizeof(*vcpus) * (size_t)n_vcpus);
	if (!vcpus)
		return 1;
	memset(vcpus, 0, sizeof(*vcpus) * (size_t)n_vcpus);
	qemu_plugin_register_vcpu_tb_trans_cb(id, tb_trans);
	qemu_plugin_register_atexit_cb(id, at_exit, NULL);
	return 0;
}
