// SPDX-License-Identifier: GPL-2.0-only
/*
 * Userspace Bypass: the code validator of a BTC image.
 *
 * The kernel runs BTC code in ring 0 and must not trust the translator: an
 * image's code may run only if its bytes keep every rule of
 * docs/validator.md.  This file is the rule set of
 * src/ubypass/translator/validate.py, rule for rule, on the kernel's own
 * instruction decoder; the host tests build this very file in userspace
 * and compare both verdicts (tests/translator/test_kernel_validator.py).
 * Change both files together.
 *
 * Linear in the code size: one decode pass, one pass in address order
 * keeping the checked registers and how far each has moved up since its
 * check (the meet of what forward branches bring at their targets), then
 * two linear graph passes for the budget.
 * Instructions are decided by an allowlist: anything not below is refused.
 */

#ifdef __KERNEL__
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/types.h>
#include <asm/insn.h>
#include <uapi/linux/ub.h>
#else
#include "validate_user.h"
#endif

#include "validate.h"

/* how far past a checked address an access may reach (TASK_SIZE_MAX) */
#define UB_GUARD	4096
#define UB_NOREG	0xff
#define UB_RIP		0xfe
#define UB_RCX		1
#define UB_RSP		4
#define UB_RSI		6
#define UB_RDI		7
#define UB_NR_GPRS	16

/* named forms the rules match (iced's Code of the same name) */
enum {
	UB_F_NONE,
	UB_F_CMP_R64_RM64,
	UB_F_MOV_R64_RM64,
	UB_F_MOV_RM64_R64,
	UB_F_MOV_RM64_IMM32,
	UB_F_LEA_R64,
	UB_F_SUB_RM64_IMM,
	UB_F_ADD_RM64_IMM,
	UB_F_SHR_RM64_IMM8,
	UB_F_NOT_RM64,
	UB_F_ADD_R64_RM64,
	UB_F_SAHF,
	UB_F_CMP_AL_IMM8,
	UB_F_JAE,
	UB_F_JA,
	UB_F_JB,
	UB_F_JGE,
	UB_F_JL,
	UB_F_JRCXZ,
};

/* how control leaves an instruction */
enum { UB_FL_NEXT, UB_FL_JMP, UB_FL_JCC, UB_FL_EXIT };

/* how an instruction writes the budget (_charges) */
enum { UB_CH_NONE, UB_CH_JGE, UB_CH_JL, UB_CH_STORE, UB_CH_EXHAUST };

/* ub_vi.mem */
#define UB_MEM_OP	0x01	/* has a memory operand */
#define UB_MEM_R	0x02
#define UB_MEM_W	0x04

/* ub_vi.str: string instructions */
#define UB_STR_SRC	0x01	/* [rsi] */
#define UB_STR_DST	0x02	/* [rdi] */
#define UB_STR_REP	0x04

/* ub_vi.bits */
#define UB_B_TGT	0x0001	/* a branch lands here */
#define UB_B_BACK	0x0002	/* ... one of them from here or after */
#define UB_B_HAS_IN	0x0004	/* in_mask holds what forward branches bring */
#define UB_B_NXT	0x0008	/* edge to the next instruction */
#define UB_B_TAKEN	0x0010	/* edge to ->to */
#define UB_B_NXT_PAID	0x0020
#define UB_B_NXT_SPENDS	0x0040
#define UB_B_TKN_PAID	0x0080
#define UB_B_TKN_SPENDS	0x0100
#define UB_B_SPENT	0x0200	/* the budget may be negative here */
#define UB_B_GREY	0x0400	/* on the DFS stack */
#define UB_B_BLACK	0x0800	/* done */

struct ub_vi {
	u32 off;
	u32 to;		/* index of the taken branch's target */
	s64 target;	/* its code offset */
	s32 disp;
	s32 imm;	/* first immediate, sign-extended */
	u16 wr;		/* GPRs written, any part */
	u16 ops;	/* GPRs that are explicit register operands */
	u16 in_mask;	/* checked, moved up by nothing, on every forward edge */
	u16 bits;
	u8 len;
	u8 form;
	u8 flow;
	u8 mem;
	u8 msize;
	u8 base;
	u8 index;
	u8 scale;
	u8 reg;		/* ModRM.reg as a GPR number */
	u8 rm;		/* ModRM.rm as a GPR number (register form) */
	u8 str;
	u8 charge;
	u8 dfs_edge;
	bool is_lea;
	const char *why;	/* not allowed: why */
};

struct ub_vstate {
	const u8 *code;
	u32 len;
	u32 n;
	struct ub_vi *vi;
	u32 *at;	/* code offset -> index + 1, 0: not an instruction */
	u32 *stack;
	const struct ub_reloc *relocs;
	u32 nr_relocs;
	const struct ub_fault *faults;
	u32 nr_faults;
	const struct ub_validate_tables *t;
	struct ub_validate_err *err;
};

static int ub_reject(struct ub_vstate *s, u32 i, const char *reason)
{
	s->err->off = i < s->n ? s->vi[i].off : s->len;
	s->err->reason = reason;
	return -EINVAL;
}

/* The decoded encoding fields an instruction's rules need. */
struct ub_enc {
	u8 pfx;		/* legacy prefixes seen: UB_P_* */
	u8 rex;		/* REX byte, or 0 */
	bool vex;
	bool evex;
	u8 map;		/* 0: one-byte, 1: 0f, 2: 0f38, 3: 0f3a */
	u8 op;
	u8 pp;		/* 0, 1: 66, 2: f3, 3: f2 */
	u8 r, x, b, w, l;
	u8 vvvv;	/* the register it names; 0 when unused */
	u8 vhi;		/* EVEX.V' set (not inverted) */
	u8 aaa, z, bcst;
	u8 mod, regf, rmf;
	u8 osize;	/* GP operand size, bytes */
};

#define UB_P_66		0x01
#define UB_P_F0		0x02
#define UB_P_F2		0x04
#define UB_P_F3		0x08

/* legacy prefixes: only 66, f0, f2, f3, each once, not f2 with f3 */
static const char *ub_prefixes(const u8 *p, const struct insn *insn,
			       struct ub_enc *e)
{
	int k;
	u8 bit;

	for (k = 0; k < insn->prefixes.nbytes; k++) {
		switch (p[k]) {
		case 0x66:
			bit = UB_P_66;
			break;
		case 0xf0:
			bit = UB_P_F0;
			break;
		case 0xf2:
			bit = UB_P_F2;
			break;
		case 0xf3:
			bit = UB_P_F3;
			break;
		default:
			return "prefix not allowed";
		}
		if (e->pfx & bit)
			return "prefix not allowed";
		e->pfx |= bit;
	}
	if ((e->pfx & UB_P_F2) && (e->pfx & UB_P_F3))
		return "prefix not allowed";
	if (insn->rex_prefix.nbytes > 1)
		return "prefix not allowed";
	return NULL;
}

static const char *ub_encoding(const u8 *p, const struct insn *insn,
			       struct ub_enc *e)
{
	const u8 *v = insn->vex_prefix.bytes;
	const char *why;

	why = ub_prefixes(p, insn, e);
	if (why)
		return why;
	e->rex = insn->rex_prefix.nbytes ? insn->rex_prefix.bytes[0] : 0;
	e->vex = insn->vex_prefix.nbytes != 0;
	e->evex = insn->vex_prefix.nbytes == 4;
	if (e->vex) {
		if (e->pfx || e->rex)
			return "prefix not allowed";
		e->map = insn_vex_m_bits((struct insn *)insn);
		e->pp = insn_vex_p_bits((struct insn *)insn);
		e->op = insn->opcode.bytes[0];
		e->r = !X86_VEX_R(v[1]);
		if (insn->vex_prefix.nbytes > 2) {
			e->x = !X86_VEX_X(v[1]);
			e->b = !X86_VEX_B(v[1]);
			e->w = !!X86_VEX_W(v[2]);
		}
		e->vvvv = 15 - X86_VEX_V(v[2]);
		e->l = !!X86_VEX_L(v[2]);
		if (e->evex) {
			if ((v[1] & 0x08) || !(v[2] & 0x04))
				return "reserved EVEX bits";
			e->l = (v[3] >> 5) & 3;
			e->bcst = !!(v[3] & 0x10);
			e->z = !!(v[3] & 0x80);
			e->aaa = v[3] & 7;
			e->vhi = !(v[3] & 0x08);
			if (!(v[1] & 0x10))	/* EVEX.R' */
				e->r |= 2;
		}
	} else {
		e->r = !!X86_REX_R(e->rex);
		e->x = !!X86_REX_X(e->rex);
		e->b = !!X86_REX_B(e->rex);
		e->w = !!X86_REX_W(e->rex);
		if (insn->opcode.bytes[0] == 0x0f) {
			e->op = insn->opcode.bytes[insn->opcode.nbytes - 1];
			e->map = insn->opcode.nbytes == 3 ?
				 (insn->opcode.bytes[1] == 0x38 ? 2 : 3) : 1;
		} else {
			e->op = insn->opcode.bytes[0];
		}
		if (e->pfx & UB_P_F3)
			e->pp = 2;
		else if (e->pfx & UB_P_F2)
			e->pp = 3;
		else if (e->pfx & UB_P_66)
			e->pp = 1;
	}
	if (insn->modrm.nbytes) {
		e->mod = X86_MODRM_MOD(insn->modrm.bytes[0]);
		e->regf = X86_MODRM_REG(insn->modrm.bytes[0]);
		e->rmf = X86_MODRM_RM(insn->modrm.bytes[0]);
	}
	e->osize = e->w ? 8 : (e->pfx & UB_P_66) ? 2 : 4;
	return NULL;
}

/* GPR number of a byte register field @n: ah..bh without REX are rax..rbx */
static u8 ub_gpr8(const struct ub_enc *e, u8 n)
{
	return (!e->rex && n >= 4 && n < 8) ? n - 4 : n;
}

/* The memory operand's base, index, scale and displacement. */
static void ub_modrm_mem(const struct insn *insn, const struct ub_enc *e,
			 struct ub_vi *vi)
{
	u8 sib = insn->sib.nbytes ? insn->sib.bytes[0] : 0;

	vi->mem |= UB_MEM_OP;
	vi->index = UB_NOREG;
	vi->scale = 1;
	vi->disp = insn->displacement.nbytes ? insn->displacement.value : 0;
	if (e->rmf == 4) {
		vi->base = X86_SIB_BASE(sib) | e->b << 3;
		if (X86_SIB_BASE(sib) == 5 && e->mod == 0)
			vi->base = UB_NOREG;
		if (X86_SIB_INDEX(sib) != 4 || e->x)
			vi->index = X86_SIB_INDEX(sib) | e->x << 3;
		vi->scale = 1 << X86_SIB_SCALE(sib);
	} else if (e->rmf == 5 && e->mod == 0) {
		vi->base = UB_RIP;
	} else {
		vi->base = e->rmf | e->b << 3;
	}
}

#define UB_BIT(n)	((u16)(1u << (n)))

/* ModRM operands of a GP instruction: reg is a GPR, rm a GPR or memory */
static void ub_gp_modrm(const struct insn *insn, const struct ub_enc *e,
			struct ub_vi *vi, bool byte)
{
	vi->reg = e->regf | (e->r & 1) << 3;
	if (byte)
		vi->reg = ub_gpr8(e, vi->reg);
	vi->rm = UB_NOREG;
	if (e->mod == 3) {
		vi->rm = e->rmf | e->b << 3;
		if (byte)
			vi->rm = ub_gpr8(e, vi->rm);
	} else {
		ub_modrm_mem(insn, e, vi);
	}
	vi->msize = byte ? 1 : e->osize;
}

/* dest r/m (register or memory) written, reg read */
static void ub_w_rm(struct ub_vi *vi, u8 memacc)
{
	if (vi->rm != UB_NOREG) {
		vi->wr |= UB_BIT(vi->rm);
		vi->ops |= UB_BIT(vi->rm);
	} else {
		vi->mem |= memacc;
	}
}

static void ub_rm_read(struct ub_vi *vi)
{
	if (vi->rm != UB_NOREG)
		vi->ops |= UB_BIT(vi->rm);
	else
		vi->mem |= UB_MEM_R;
}

/* the ALU operation /op on r/m: 7 (cmp) only reads */
static void ub_alu_rm(struct ub_vi *vi, u8 op)
{
	if (op == 7)
		ub_rm_read(vi);
	else
		ub_w_rm(vi, UB_MEM_R | UB_MEM_W);
}

static const char *ub_jcc(const struct insn *insn, const struct ub_enc *e,
			  struct ub_vi *vi, u8 cc)
{
	if (insn->prefixes.nbytes || e->rex)
		return "prefix not allowed";
	vi->flow = UB_FL_JCC;
	vi->target = (s64)vi->off + vi->len + insn->immediate.value;
	switch (cc) {
	case 0x2:
		vi->form = UB_F_JB;
		break;
	case 0x3:
		vi->form = UB_F_JAE;
		break;
	case 0x7:
		vi->form = UB_F_JA;
		break;
	case 0xc:
		vi->form = UB_F_JL;
		break;
	case 0xd:
		vi->form = UB_F_JGE;
		break;
	}
	return NULL;
}

/* lock only on a memory operand of a locked-capable read-modify-write */
static const char *ub_lock(const struct ub_enc *e, const struct ub_vi *vi,
			   bool lockable)
{
	if (!(e->pfx & UB_P_F0))
		return NULL;
	if (!lockable || !(vi->mem & UB_MEM_OP))
		return "prefix not allowed";
	return NULL;
}

/* movs cmps stos lods scas */
static bool ub_is_string(u8 op)
{
	return op >= 0xa4 && op <= 0xaf && op != 0xa8 && op != 0xa9;
}

/* The one-byte opcode map. */
static const char *ub_gp1(const u8 *p, const struct insn *insn,
			  const struct ub_enc *e, struct ub_vi *vi)
{
	u8 op = e->op, g = e->regf;
	bool byte = !(op & 1), lockable = false;

	if ((e->pfx & (UB_P_F2 | UB_P_F3)) && !ub_is_string(op) &&
	    !(op == 0x90 && e->pfx == UB_P_F3 && !e->rex))
		return "prefix not allowed";
	if (op < 0x40 && (op & 7) < 6) {
		u8 alu = op >> 3;

		switch (op & 7) {
		case 0:
		case 1:
			ub_gp_modrm(insn, e, vi, byte);
			vi->ops |= UB_BIT(vi->reg);
			ub_alu_rm(vi, alu);
			lockable = alu != 7;
			break;
		case 2:
		case 3:
			ub_gp_modrm(insn, e, vi, byte);
			vi->ops |= UB_BIT(vi->reg);
			ub_rm_read(vi);
			if (alu != 7)
				vi->wr |= UB_BIT(vi->reg);
			if (op == 0x3b && e->w)
				vi->form = UB_F_CMP_R64_RM64;
			if (op == 0x03 && e->w)
				vi->form = UB_F_ADD_R64_RM64;
			break;
		default:	/* al/eax, imm */
			vi->ops |= UB_BIT(0);
			if (alu != 7)
				vi->wr |= UB_BIT(0);
			if (op == 0x3c)
				vi->form = UB_F_CMP_AL_IMM8;
		}
		return ub_lock(e, vi, lockable);
	}
	if (op >= 0x70 && op <= 0x7f)
		return ub_jcc(insn, e, vi, op & 0xf);
	if (op >= 0x91 && op <= 0x97) {
		vi->reg = (op & 7) | e->b << 3;
		vi->ops |= UB_BIT(vi->reg) | UB_BIT(0);
		vi->wr |= UB_BIT(vi->reg) | UB_BIT(0);
		return ub_lock(e, vi, false);
	}
	if (op >= 0xb0 && op <= 0xbf) {
		vi->reg = (op & 7) | e->b << 3;
		if (op < 0xb8)
			vi->reg = ub_gpr8(e, vi->reg);
		vi->ops |= UB_BIT(vi->reg);
		vi->wr |= UB_BIT(vi->reg);
		return ub_lock(e, vi, false);
	}
	if (ub_is_string(op)) {
		/* movs cmps stos lods scas */
		static const u8 ptrs[] = {
			UB_STR_SRC | UB_STR_DST, UB_STR_SRC | UB_STR_DST, 0,
			UB_STR_DST, UB_STR_SRC, UB_STR_DST,
		};

		if (e->pfx & UB_P_F0)
			return "prefix not allowed";
		vi->str = ptrs[(op - 0xa4) >> 1];
		vi->msize = byte ? 1 : e->osize;
		if (vi->str & UB_STR_SRC)
			vi->wr |= UB_BIT(UB_RSI);
		if (vi->str & UB_STR_DST)
			vi->wr |= UB_BIT(UB_RDI);
		if (op == 0xac || op == 0xad)
			vi->wr |= UB_BIT(0);
		if (e->pfx & (UB_P_F2 | UB_P_F3)) {
			vi->str |= UB_STR_REP;
			vi->wr |= UB_BIT(UB_RCX);
		}
		return NULL;
	}
	switch (op) {
	case 0x63:	/* movsxd r64, r/m32 */
		if (!e->w)
			return "not allowed in BTC code";
		ub_gp_modrm(insn, e, vi, false);
		vi->msize = 4;
		vi->ops |= UB_BIT(vi->reg);
		vi->wr |= UB_BIT(vi->reg);
		ub_rm_read(vi);
		break;
	case 0x69:	/* imul r, r/m, imm */
	case 0x6b:
		ub_gp_modrm(insn, e, vi, false);
		vi->ops |= UB_BIT(vi->reg);
		vi->wr |= UB_BIT(vi->reg);
		ub_rm_read(vi);
		break;
	case 0x80:
	case 0x81:
	case 0x83:
		ub_gp_modrm(insn, e, vi, op == 0x80);
		ub_alu_rm(vi, g);
		lockable = g != 7;
		if (e->w && op != 0x80 && g == 5)
			vi->form = UB_F_SUB_RM64_IMM;
		if (e->w && op != 0x80 && g == 0)
			vi->form = UB_F_ADD_RM64_IMM;
		if (op == 0x80 && g == 7 && vi->rm == 0)
			vi->form = UB_F_CMP_AL_IMM8;
		break;
	case 0x84:	/* test */
	case 0x85:
		ub_gp_modrm(insn, e, vi, byte);
		vi->ops |= UB_BIT(vi->reg);
		ub_rm_read(vi);
		break;
	case 0x86:	/* xchg */
	case 0x87:
		ub_gp_modrm(insn, e, vi, byte);
		vi->ops |= UB_BIT(vi->reg);
		vi->wr |= UB_BIT(vi->reg);
		ub_w_rm(vi, UB_MEM_R | UB_MEM_W);
		lockable = true;
		break;
	case 0x88:	/* mov r/m, r */
	case 0x89:
		ub_gp_modrm(insn, e, vi, byte);
		vi->ops |= UB_BIT(vi->reg);
		ub_w_rm(vi, UB_MEM_W);
		if (op == 0x89 && e->w)
			vi->form = UB_F_MOV_RM64_R64;
		break;
	case 0x8a:	/* mov r, r/m */
	case 0x8b:
		ub_gp_modrm(insn, e, vi, op == 0x8a);
		vi->ops |= UB_BIT(vi->reg);
		vi->wr |= UB_BIT(vi->reg);
		ub_rm_read(vi);
		if (op == 0x8b && e->w)
			vi->form = UB_F_MOV_R64_RM64;
		break;
	case 0x8d:	/* lea: no access */
		if (e->mod == 3)
			return "not allowed in BTC code";
		ub_gp_modrm(insn, e, vi, false);
		vi->mem = 0;	/* no access */
		vi->is_lea = true;
		vi->ops |= UB_BIT(vi->reg);
		vi->wr |= UB_BIT(vi->reg);
		if (e->w)
			vi->form = UB_F_LEA_R64;
		break;
	case 0x90:	/* nop, pause; with REX.B xchg r8, rax */
		if (e->b) {
			vi->ops |= UB_BIT(8) | UB_BIT(0);
			vi->wr |= UB_BIT(8) | UB_BIT(0);
		}
		break;
	case 0x98:	/* cbw cwde cdqe */
		vi->wr |= UB_BIT(0);
		break;
	case 0x99:	/* cwd cdq cqo */
		vi->wr |= UB_BIT(2);
		break;
	case 0x9e:
		vi->form = UB_F_SAHF;
		break;
	case 0x9f:	/* lahf */
		vi->wr |= UB_BIT(0);
		break;
	case 0xa8:	/* test al/eax, imm */
	case 0xa9:
		vi->ops |= UB_BIT(0);
		break;
	case 0xc0:	/* shifts and rotates */
	case 0xc1:
	case 0xd0:
	case 0xd1:
	case 0xd2:
	case 0xd3:
		ub_gp_modrm(insn, e, vi, byte);
		ub_w_rm(vi, UB_MEM_R | UB_MEM_W);
		if (op == 0xc1 && e->w && g == 5)
			vi->form = UB_F_SHR_RM64_IMM8;
		break;
	case 0xc6:	/* mov r/m, imm */
	case 0xc7:
		if (g)
			return "not allowed in BTC code";
		ub_gp_modrm(insn, e, vi, byte);
		ub_w_rm(vi, UB_MEM_W);
		if (op == 0xc7 && e->w)
			vi->form = UB_F_MOV_RM64_IMM32;
		break;
	case 0xe3:	/* jrcxz */
		vi->form = UB_F_JRCXZ;
		return ub_jcc(insn, e, vi, 16);
	case 0xe9:
	case 0xeb:
		if (insn->prefixes.nbytes || e->rex)
			return "prefix not allowed";
		vi->flow = UB_FL_JMP;
		vi->target = (s64)vi->off + vi->len + insn->immediate.value;
		break;
	case 0xf5:	/* cmc clc stc cld std */
	case 0xf8:
	case 0xf9:
	case 0xfc:
	case 0xfd:
		break;
	case 0xf6:
	case 0xf7:
		ub_gp_modrm(insn, e, vi, byte);
		if (g < 2) {			/* test */
			ub_rm_read(vi);
		} else if (g < 4) {		/* not neg */
			ub_w_rm(vi, UB_MEM_R | UB_MEM_W);
			lockable = true;
			if (g == 2 && e->w)
				vi->form = UB_F_NOT_RM64;
		} else {			/* mul imul div idiv */
			ub_rm_read(vi);
			vi->wr |= UB_BIT(0);
			if (!byte)
				vi->wr |= UB_BIT(2);
		}
		break;
	case 0xfe:
	case 0xff:
		if (g > 1)
			return "not allowed in BTC code";
		ub_gp_modrm(insn, e, vi, byte);
		ub_w_rm(vi, UB_MEM_R | UB_MEM_W);
		lockable = true;
		break;
	default:
		return "not allowed in BTC code";
	}
	return ub_lock(e, vi, lockable);
}

/* The two-byte (0f) map's general-purpose instructions; NULL vi->why
 * when it is none of them (then the vector table decides).
 */
static const char *ub_gp2(const u8 *p, const struct insn *insn,
			  const struct ub_enc *e, struct ub_vi *vi, bool *found)
{
	u8 op = e->op, g = e->regf;
	bool lockable = false;
	u8 rep = e->pfx & (UB_P_F2 | UB_P_F3);

	*found = true;
	if (op >= 0x80 && op <= 0x8f)
		return ub_jcc(insn, e, vi, op & 0xf);
	if (rep && !((op == 0xbc || op == 0xbd || op == 0xb8) &&
		     rep == UB_P_F3) && !(op == 0x1e && rep == UB_P_F3))
		goto vector;
	if (op >= 0x40 && op <= 0x4f) {		/* cmovcc */
		ub_gp_modrm(insn, e, vi, false);
		vi->ops |= UB_BIT(vi->reg);
		vi->wr |= UB_BIT(vi->reg);
		ub_rm_read(vi);
		return ub_lock(e, vi, false);
	}
	if (op >= 0x90 && op <= 0x9f) {		/* setcc */
		ub_gp_modrm(insn, e, vi, true);
		vi->ops &= ~UB_BIT(vi->reg);
		ub_w_rm(vi, UB_MEM_W);
		return ub_lock(e, vi, false);
	}
	if (op >= 0xc8 && op <= 0xcf) {		/* bswap */
		if (e->osize == 2)
			return "not allowed in BTC code";
		vi->reg = (op & 7) | e->b << 3;
		vi->ops |= UB_BIT(vi->reg);
		vi->wr |= UB_BIT(vi->reg);
		return ub_lock(e, vi, false);
	}
	switch (op) {
	case 0x0d:	/* prefetchw */
	case 0x18:	/* prefetchnta/t0/t1/t2 */
		if (e->mod == 3 || (op == 0x0d && g != 1) ||
		    (op == 0x18 && g > 3))
			return "not allowed in BTC code";
		break;
	case 0x1e:	/* endbr64 */
		if (e->pfx != UB_P_F3 || insn->modrm.bytes[0] != 0xfa || e->rex)
			return "not allowed in BTC code";
		break;
	case 0x01:	/* rdtscp (IA32_TSC_AUX is the same in ring 0) */
		if (insn->modrm.bytes[0] != 0xf9 || e->pfx || e->rex)
			return "not allowed in BTC code";
		vi->wr |= UB_BIT(0) | UB_BIT(1) | UB_BIT(2);
		break;
	case 0x1f:	/* nop r/m */
		if (g)
			return "not allowed in BTC code";
		if (e->mod == 3)
			vi->ops |= UB_BIT(e->rmf | e->b << 3);
		break;
	case 0x31:	/* rdtsc */
		vi->wr |= UB_BIT(0) | UB_BIT(2);
		break;
	case 0xa3:	/* bt r/m, r: only registers (a bit offset reaches far) */
	case 0xab:
	case 0xb3:
	case 0xbb:
		if (e->mod != 3)
			return "bit offset in a register on a memory operand";
		ub_gp_modrm(insn, e, vi, false);
		vi->ops |= UB_BIT(vi->reg);
		if (op == 0xa3)
			ub_rm_read(vi);
		else
			ub_w_rm(vi, UB_MEM_R | UB_MEM_W);
		break;
	case 0xba:	/* bt/bts/btr/btc r/m, imm8 */
		if (g < 4)
			return "not allowed in BTC code";
		ub_gp_modrm(insn, e, vi, false);
		if (g == 4)
			ub_rm_read(vi);
		else
			ub_w_rm(vi, UB_MEM_R | UB_MEM_W);
		lockable = g != 4;
		break;
	case 0xa4:	/* shld shrd */
	case 0xa5:
	case 0xac:
	case 0xad:
		ub_gp_modrm(insn, e, vi, false);
		vi->ops |= UB_BIT(vi->reg);
		ub_w_rm(vi, UB_MEM_R | UB_MEM_W);
		break;
	case 0xaf:	/* imul r, r/m */
	case 0xb6:	/* movzx, movsx */
	case 0xb7:
	case 0xbe:
	case 0xbf:
	case 0xb8:	/* popcnt */
	case 0xbc:	/* bsf tzcnt */
	case 0xbd:	/* bsr lzcnt */
		if (op == 0xb8 && rep != UB_P_F3)
			return "not allowed in BTC code";
		ub_gp_modrm(insn, e, vi, false);
		if (op == 0xb6 || op == 0xbe) {
			vi->msize = 1;
			if (e->mod == 3)
				vi->rm = ub_gpr8(e, vi->rm);
		} else if (op == 0xb7 || op == 0xbf) {
			vi->msize = 2;
		}
		vi->ops |= UB_BIT(vi->reg);
		vi->wr |= UB_BIT(vi->reg);
		ub_rm_read(vi);
		break;
	case 0xae:	/* lfence mfence sfence */
		if (insn->modrm.bytes[0] != 0xe8 && insn->modrm.bytes[0] != 0xf0 &&
		    insn->modrm.bytes[0] != 0xf8)
			goto vector;
		if (e->pfx || e->rex)
			return "not allowed in BTC code";
		break;
	case 0xb0:	/* cmpxchg */
	case 0xb1:
	case 0xc0:	/* xadd */
	case 0xc1:
		ub_gp_modrm(insn, e, vi, !(op & 1));
		vi->ops |= UB_BIT(vi->reg);
		ub_w_rm(vi, UB_MEM_R | UB_MEM_W);
		vi->wr |= op < 0xc0 ? UB_BIT(0) : UB_BIT(vi->reg);
		lockable = true;
		break;
	case 0xc7:	/* cmpxchg8b/16b */
		if (g != 1 || e->mod == 3 || (e->pfx & UB_P_66))
			goto vector;
		ub_gp_modrm(insn, e, vi, false);
		vi->mem |= UB_MEM_R | UB_MEM_W;
		vi->msize = e->w ? 16 : 8;
		vi->wr |= UB_BIT(0) | UB_BIT(2);
		lockable = true;
		break;
	default:
		goto vector;
	}
	return ub_lock(e, vi, lockable);
vector:
	*found = false;
	return NULL;
}

/* encodings */
enum { UB_E_LEG, UB_E_VEX, UB_E_EVEX };

#define UB_ANY		0xff	/* a ub_vop field that matches any value */

/*
 * A vector (or 0f38/0f3a/VEX general-purpose) instruction: the encoding a
 * row matches -- map (1: 0f, 2: 0f38, 3: 0f3a), mandatory prefix as VEX.pp,
 * opcode, ModRM.reg group, W, the vector lengths (bit L) -- and what it
 * does: the size of its memory access, the GPRs it writes implicitly (iwr,
 * by number) and UB_V_* flags.
 */
struct ub_vop {
	u8 enc, map, pp, op;
	u8 grp, w, lmask, msize;
	u16 iwr;
	u32 flags;
};

#include "validate_ops.h"

static int ub_vop_cmp(const struct ub_vop *r, u8 enc, u8 map, u8 op, u8 pp)
{
	u32 a = r->enc << 24 | r->map << 16 | r->op << 8 | r->pp;
	u32 b = enc << 24 | map << 16 | op << 8 | pp;

	return a < b ? -1 : a > b;
}

/* The row of ub_vops[] (sorted by enc, map, op, pp) @e matches, or NULL. */
static const struct ub_vop *ub_vop_find(const struct insn *insn,
					const struct ub_enc *e, u8 enc)
{
	u32 lo = 0, hi = ARRAY_SIZE(ub_vops), k;
	bool modrm = insn->modrm.nbytes;

	while (lo < hi) {
		k = (lo + hi) / 2;
		if (ub_vop_cmp(&ub_vops[k], enc, e->map, e->op, e->pp) < 0)
			lo = k + 1;
		else
			hi = k;
	}
	for (k = lo; k < ARRAY_SIZE(ub_vops) &&
	     !ub_vop_cmp(&ub_vops[k], enc, e->map, e->op, e->pp); k++) {
		const struct ub_vop *r = &ub_vops[k];

		if ((r->grp != UB_ANY && (!modrm || r->grp != e->regf)) ||
		    (r->w != UB_ANY && r->w != e->w) ||
		    !(r->lmask & BIT(e->l)) ||
		    modrm == !!(r->flags & UB_V_NOMODRM) ||
		    (modrm && !(r->flags & (e->mod == 3 ? UB_V_REGF : UB_V_MEMF))))
			continue;
		return r;
	}
	return NULL;
}

/* the register fields' rules beyond the row's match */
static const char *ub_vector_fields(const struct ub_enc *e,
				    const struct ub_vop *v)
{
	bool gk_vvvv = v->flags & (UB_V_VVVV_G | UB_V_VVVV_K);

	if (!(v->flags & UB_V_VVVV) && (e->vvvv || e->vhi))
		return "not allowed in BTC code";
	if ((gk_vvvv && e->vhi) || ((v->flags & UB_V_VVVV_K) && e->vvvv > 7))
		return "not allowed in BTC code";
	if (e->evex && (e->bcst || (e->aaa && !(v->flags & UB_V_MASK)) ||
			(e->z && (!(v->flags & UB_V_ZERO) || !e->aaa ||
				  (e->mod != 3 && (v->flags & UB_V_MW))))))
		return "not allowed in BTC code";
	if (((v->flags & UB_V_REG_K) && e->r) ||
	    ((v->flags & UB_V_REG_G) && (e->r & 2)))
		return "not allowed in BTC code";
	return NULL;
}

static const char *ub_vector(const struct insn *insn, const struct ub_enc *e,
			     struct ub_vi *vi)
{
	u8 enc = e->evex ? UB_E_EVEX : e->vex ? UB_E_VEX : UB_E_LEG;
	const struct ub_vop *v = ub_vop_find(insn, e, enc);
	const char *why;

	if (!v)
		return "not allowed in BTC code";
	if (enc == UB_E_LEG && (e->pfx & (UB_P_66 | UB_P_F2 | UB_P_F3)) &&
	    (e->pfx & (UB_P_66 | UB_P_F2 | UB_P_F3)) != (e->pp == 1 ? UB_P_66 :
	     e->pp == 2 ? UB_P_F3 : UB_P_F2))
		return "prefix not allowed";
	if (e->pfx & UB_P_F0)
		return "prefix not allowed";
	why = ub_vector_fields(e, v);
	if (why)
		return why;
	vi->reg = e->regf | (e->r & 1) << 3;
	vi->rm = UB_NOREG;
	vi->wr |= v->iwr;
	if (v->flags & UB_V_REG_G)
		vi->ops |= UB_BIT(vi->reg);
	if (v->flags & UB_V_REG_GW)
		vi->wr |= UB_BIT(vi->reg);
	if (v->flags & UB_V_VVVV_G)
		vi->ops |= UB_BIT(e->vvvv);
	if (v->flags & UB_V_VVVV_GW)
		vi->wr |= UB_BIT(e->vvvv);
	if (!insn->modrm.nbytes)
		return NULL;
	if (e->mod == 3) {
		vi->rm = e->rmf | e->b << 3;
		if (v->flags & UB_V_RM_G8)
			vi->rm = ub_gpr8(e, vi->rm);
		if (v->flags & UB_V_RM_G)
			vi->ops |= UB_BIT(vi->rm);
		if (v->flags & UB_V_RM_GW)
			vi->wr |= UB_BIT(vi->rm);
		return NULL;
	}
	ub_modrm_mem(insn, e, vi);
	vi->mem |= (v->flags & UB_V_MR ? UB_MEM_R : 0) |
		   (v->flags & UB_V_MW ? UB_MEM_W : 0);
	vi->msize = v->msize;
	/* EVEX disp8 is scaled by N, the access size without broadcast */
	if (e->evex && insn->displacement.nbytes == 1)
		vi->disp *= vi->msize;
	return NULL;
}

/* Decode and classify the instruction at @off; NULL or why not allowed. */
static const char *ub_classify(const u8 *p, struct insn *insn,
			       struct ub_vi *vi)
{
	struct ub_enc e = { 0 };
	const char *why;
	bool found = false;

	vi->base = UB_NOREG;
	vi->index = UB_NOREG;
	vi->rm = UB_NOREG;
	vi->reg = UB_NOREG;
	vi->imm = insn->immediate.nbytes ? insn->immediate.value : 0;
	why = ub_encoding(p, insn, &e);
	if (why)
		return why;
	if (!e.vex && e.map == 0)
		return ub_gp1(p, insn, &e, vi);
	if (!e.vex && e.map == 1) {
		why = ub_gp2(p, insn, &e, vi, &found);
		if (found)
			return why;
	}
	return ub_vector(insn, &e, vi);
}

static bool ub_is_exit(const struct ub_vstate *s, const struct ub_vi *vi)
{
	u32 lo = 0, hi = s->nr_relocs, field = vi->off + 1;

	if (vi->flow != UB_FL_JMP || vi->len != 5 || s->code[vi->off] != 0xe9)
		return false;
	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (s->relocs[mid].code_off == field)
			return true;
		if (s->relocs[mid].code_off < field)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

static bool ub_in_fault_map(const struct ub_vstate *s, u32 off)
{
	u32 lo = 0, hi = s->nr_faults;

	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (s->faults[mid].code_off == off)
			return true;
		if (s->faults[mid].code_off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* _decode: every byte decodes; every branch lands on an instruction */
/*
 * The number of instructions in the code, so that the per-instruction state
 * is sized by them (about 60 bytes each), not by code bytes.
 */
static int ub_count_insns(struct ub_vstate *s, u32 *n)
{
	struct insn insn;
	u32 off = 0;

	for (*n = 0; off < s->len; ++*n) {
		if (insn_decode(&insn, s->code + off, s->len - off,
				INSN_MODE_64) || !insn.length) {
			s->err->off = off;
			s->err->reason = "undecodable bytes";
			return -EINVAL;
		}
		off += insn.length;
	}
	return 0;
}

static int ub_decode_all(struct ub_vstate *s)
{
	struct insn insn;
	u32 off = 0, i;

	while (off < s->len) {
		struct ub_vi *vi = &s->vi[s->n];

		memset(vi, 0, sizeof(*vi));
		vi->off = off;
		if (insn_decode(&insn, s->code + off, s->len - off,
				INSN_MODE_64) || !insn.length) {
			s->n++;
			return ub_reject(s, s->n - 1, "undecodable bytes");
		}
		vi->len = insn.length;
		vi->why = ub_classify(s->code + off, &insn, vi);
		s->at[off] = ++s->n;
		off += insn.length;
	}
	/* a run starts at an entry knowing nothing, like a backward branch */
	for (i = 0; i < s->t->nr_entries; i++) {
		u32 at = s->t->entries[i].code_off;

		if (at >= s->len || !s->at[at]) {
			s->err->off = at;
			s->err->reason = "an entry is not an instruction of the image";
			return -EINVAL;
		}
		s->vi[s->at[at] - 1].bits |= UB_B_TGT | UB_B_BACK;
	}
	for (i = 0; i < s->n; i++) {
		struct ub_vi *vi = &s->vi[i];

		if (vi->why)
			continue;
		if (ub_is_exit(s, vi)) {
			vi->flow = UB_FL_EXIT;
			continue;
		}
		if (vi->flow != UB_FL_JMP && vi->flow != UB_FL_JCC)
			continue;
		if (vi->target < 0 || vi->target >= s->len || !s->at[vi->target])
			return ub_reject(s, i, "branch target is not an instruction of the image");
		vi->to = s->at[vi->target] - 1;
		s->vi[vi->to].bits |= UB_B_TGT;
		if (vi->target <= vi->off)
			s->vi[vi->to].bits |= UB_B_BACK;
	}
	return 0;
}

static bool ub_is_target(const struct ub_vstate *s, u32 i)
{
	return s->vi[i].bits & UB_B_TGT;
}

/* d of a [rsp+d] operand (no index), or false */
static bool ub_frame_disp(const struct ub_vi *vi, s32 *d)
{
	if (!(vi->mem & UB_MEM_OP) || vi->base != UB_RSP ||
	    vi->index != UB_NOREG)
		return false;
	*d = vi->disp;
	return true;
}

static bool ub_frame_at(const struct ub_vi *vi, s32 want)
{
	s32 d;

	return ub_frame_disp(vi, &d) && d == want;
}

/* n if @vi is cmp r64(n), [rsp+ADDR_LIMIT], else -1 */
static int ub_limit_cmp(const struct ub_vi *vi)
{
	if (vi->form == UB_F_CMP_R64_RM64 &&
	    ub_frame_at(vi, UB_FRAME_ADDR_LIMIT))
		return vi->reg;
	return -1;
}

static bool ub_is_jae(const struct ub_vi *vi)
{
	return vi->form == UB_F_JAE && vi->flow == UB_FL_JCC;
}

/* a frame write that touches the budget */
static bool ub_budget_write(const struct ub_vi *vi)
{
	s32 d;

	return ub_frame_disp(vi, &d) && (vi->mem & UB_MEM_W) &&
	       d < UB_FRAME_BUDGET + 8 && (s64)d + vi->msize > UB_FRAME_BUDGET;
}

/* _rep_charge: mov t, rcx; shr t, k; not t; add t, [budget]; jl; mov [budget], t */
static bool ub_rep_charge(const struct ub_vstate *s, u32 i)
{
	const struct ub_vi *v = &s->vi[i - 5];
	u8 t = s->vi[i].reg;
	u32 k;

	if (!(v[0].form == UB_F_MOV_R64_RM64 && v[0].reg == t &&
	      v[0].rm == UB_RCX &&
	      v[1].form == UB_F_SHR_RM64_IMM8 && v[1].rm == t &&
	      v[2].form == UB_F_NOT_RM64 && v[2].rm == t &&
	      v[3].form == UB_F_ADD_R64_RM64 && v[3].reg == t &&
	      ub_frame_at(&v[3], UB_FRAME_BUDGET) &&
	      v[4].form == UB_F_JL && v[4].flow == UB_FL_JCC))
		return false;
	for (k = i - 4; k <= i; k++)
		if (ub_is_target(s, k))
			return false;
	return true;
}

/* _charges: how vi[i] writes the budget; -EINVAL when outside a charge */
static int ub_charges(struct ub_vstate *s, u32 i)
{
	const struct ub_vi *vi = &s->vi[i];

	if (!ub_budget_write(vi))
		return UB_CH_NONE;
	if (!ub_frame_at(vi, UB_FRAME_BUDGET) || vi->msize != 8)
		goto bad;
	if (vi->form == UB_F_SUB_RM64_IMM && vi->imm > 0 && i + 1 < s->n &&
	    !ub_is_target(s, i + 1)) {
		if (s->vi[i + 1].form == UB_F_JGE && s->vi[i + 1].flow == UB_FL_JCC)
			return UB_CH_JGE;
		if (s->vi[i + 1].form == UB_F_JL && s->vi[i + 1].flow == UB_FL_JCC)
			return UB_CH_JL;
	}
	if (vi->form == UB_F_MOV_RM64_R64 && vi->reg == UB_RCX && i >= 3) {
		const struct ub_vi *load = &s->vi[i - 3], *lea = &s->vi[i - 1];

		if (load->form == UB_F_MOV_R64_RM64 && load->reg == UB_RCX &&
		    ub_frame_at(load, UB_FRAME_BUDGET) &&
		    s->vi[i - 2].form == UB_F_JRCXZ &&
		    s->vi[i - 2].flow == UB_FL_JCC &&
		    lea->form == UB_F_LEA_R64 && lea->reg == UB_RCX &&
		    lea->base == UB_RCX && lea->index == UB_NOREG &&
		    lea->disp < 0 && !ub_is_target(s, i - 2) &&
		    !ub_is_target(s, i - 1) && !ub_is_target(s, i))
			return UB_CH_STORE;
	}
	if (vi->form == UB_F_MOV_RM64_R64 && i >= 5 && ub_rep_charge(s, i))
		return UB_CH_STORE;
	if (vi->form == UB_F_MOV_RM64_IMM32 && vi->imm < 0)
		return UB_CH_EXHAUST;
bad:
	return ub_reject(s, i, "writes the budget outside a charge");
}

/* _homecoming: cmp al, imm8 / sahf / mov r, [rsp+d] of no rep register */
static bool ub_homecoming(const struct ub_vi *vi)
{
	s32 d;

	if (vi->form == UB_F_SAHF || vi->form == UB_F_CMP_AL_IMM8)
		return true;
	return vi->form == UB_F_MOV_R64_RM64 && ub_frame_disp(vi, &d) &&
	       vi->reg != UB_RCX && vi->reg != UB_RSP && vi->reg != UB_RSI &&
	       vi->reg != UB_RDI;
}

static bool ub_rep_reg(u8 r)
{
	return r == UB_RCX || r == UB_RSP || r == UB_RSI || r == UB_RDI;
}

/* _rep_ranges: the rep at vi[k] follows the translator's range check */
static bool ub_rep_ranges(const struct ub_vstate *s, u32 k)
{
	const struct ub_vi *rep = &s->vi[k], *h;
	u8 ptrs[2], np = 0, t, n;
	u32 end = k, j;
	s64 start;

	if (rep->str & UB_STR_SRC)
		ptrs[np++] = UB_RSI;
	if (rep->str & UB_STR_DST)
		ptrs[np++] = UB_RDI;
	while (end > 0 && ub_homecoming(&s->vi[end - 1]))
		end--;
	start = (s64)end - 6 - 7 * np - 3;
	if (start < 0 || !ub_rep_charge(s, end - 1))
		return false;
	for (j = start + 1; j <= k; j++)
		if (ub_is_target(s, j))
			return false;
	h = &s->vi[start];
	t = h[2].reg;
	if (!(ub_limit_cmp(&h[0]) == UB_RCX && ub_is_jae(&h[1]) &&
	      h[2].form == UB_F_LEA_R64 && h[2].base == UB_NOREG &&
	      h[2].index == UB_RCX && h[2].scale == rep->msize &&
	      h[2].disp == 0 && !ub_rep_reg(t)))
		return false;
	for (n = 0; n < np; n++) {
		const struct ub_vi *q = &s->vi[start + 3 + 7 * n];
		u8 p = ptrs[n], u = q[2].reg;

		if (!(ub_limit_cmp(&q[0]) == p && ub_is_jae(&q[1]) &&
		      q[2].form == UB_F_LEA_R64 && q[2].base == p &&
		      q[2].index == t && q[2].scale == 1 && q[2].disp == 0 &&
		      !ub_rep_reg(u) && u != t && ub_limit_cmp(&q[3]) == u &&
		      q[4].form == UB_F_JA && q[4].flow == UB_FL_JCC &&
		      q[5].form == UB_F_CMP_R64_RM64 && q[5].reg == p &&
		      q[5].rm == t &&
		      q[6].form == UB_F_JB && q[6].flow == UB_FL_JCC))
			return false;
	}
	return true;
}

/*
 * _Checked: the registers checked against the address limit on every path
 * and not written since but by adding a positive constant, and per register
 * how far such adds moved it up (its past): an access through it may reach
 * UB_GUARD - past bytes beyond it.
 */
struct ub_checked {
	u16 mask;
	u16 past[UB_NR_GPRS];
};

/* _Checked.room: the bytes past register @n an access may reach, or -1 */
static int ub_room(const struct ub_checked *c, u8 n)
{
	return (c->mask & UB_BIT(n)) ? UB_GUARD - c->past[n] : -1;
}

/* _check_memory: 1 for a user access, 0 for none or the frame's */
static int ub_check_memory(struct ub_vstate *s, u32 i,
			   const struct ub_checked *checked)
{
	const struct ub_vi *vi = &s->vi[i];
	int room;
	s32 d;

	if (!(vi->mem & (UB_MEM_R | UB_MEM_W)))
		return 0;
	if (ub_frame_disp(vi, &d)) {
		if (d < 0 || (s64)d + vi->msize > UB_FRAME_SIZE)
			return ub_reject(s, i, "outside the frame");
		if ((vi->mem & UB_MEM_W) && d < UB_FRAME_ADDR_LIMIT + 8 &&
		    (s64)d + vi->msize > UB_FRAME_ADDR_LIMIT)
			return ub_reject(s, i, "writes the address limit");
		if ((vi->mem & UB_MEM_W) && s->t->nr_exits &&
		    d < UB_FRAME_EXIT_ID + 8 &&
		    (s64)d + vi->msize > UB_FRAME_EXIT_ID &&
		    (vi->form != UB_F_MOV_RM64_IMM32 || d != UB_FRAME_EXIT_ID ||
		     vi->imm < 0 || (u32)vi->imm >= s->t->nr_exits))
			return ub_reject(s, i, "writes an exit id the image does not have");
		return 0;
	}
	if (vi->base >= 16 || vi->index != UB_NOREG)
		return ub_reject(s, i, "address is not a checked register");
	room = ub_room(checked, vi->base);
	if (room < 0)
		return ub_reject(s, i, "its base is not checked on every path");
	if (vi->disp < 0 || (s64)vi->disp + vi->msize > room)
		return ub_reject(s, i, "displacement leaves the guard after the check");
	return 1;
}

/* the rules of validate_code() for one instruction, before _step */
static int ub_check_insn(struct ub_vstate *s, u32 i,
			 const struct ub_checked *checked)
{
	const struct ub_vi *vi = &s->vi[i];
	int user;

	if (vi->why)
		return ub_reject(s, i, vi->why);
	if (!vi->str) {
		user = ub_check_memory(s, i, checked);
		if (user < 0)
			return user;
	} else if (vi->str & UB_STR_REP) {
		if (!ub_rep_ranges(s, i))
			return ub_reject(s, i, "rep without its range check and charge");
		user = 1;
	} else {
		if (((vi->str & UB_STR_SRC) &&
		     ub_room(checked, UB_RSI) != UB_GUARD) ||
		    ((vi->str & UB_STR_DST) &&
		     ub_room(checked, UB_RDI) != UB_GUARD))
			return ub_reject(s, i, "string pointer not checked");
		user = 1;
	}
	if (user && s->faults && !ub_in_fault_map(s, vi->off))
		return ub_reject(s, i, "a user access missing from the fault map");
	return 0;
}

/* _advance: the register @vi moves up by a positive constant, or UB_NOREG */
static u8 ub_advance(const struct ub_vi *vi, s32 *k)
{
	if (vi->form == UB_F_ADD_RM64_IMM && vi->rm < UB_NR_GPRS) {
		*k = vi->imm;
		return *k > 0 ? vi->rm : UB_NOREG;
	}
	if (vi->form == UB_F_LEA_R64 && vi->base == vi->reg &&
	    vi->index == UB_NOREG) {
		*k = vi->disp;
		return *k > 0 ? vi->reg : UB_NOREG;
	}
	return UB_NOREG;
}

/* _step: the checked state after vi[i] on its fall-through; edges */
static int ub_step(struct ub_vstate *s, u32 i, struct ub_checked *c,
		   bool *falls)
{
	struct ub_vi *vi = &s->vi[i];
	int charge, kind, room;
	u16 exact;
	s32 k = 0;
	u8 n;

	*falls = false;
	if (vi->wr & UB_BIT(UB_RSP))
		return ub_reject(s, i, "writes rsp");
	if ((vi->ops & UB_BIT(UB_RSP)) || (vi->is_lea && vi->base == UB_RSP))
		return ub_reject(s, i, "reads rsp as a value");
	n = ub_advance(vi, &k);
	room = n != UB_NOREG ? ub_room(c, n) : -1;
	c->mask &= ~vi->wr;
	if (room >= 0 && k <= room) {
		c->mask |= UB_BIT(n);
		c->past[n] += k;
	}
	if (i && ub_limit_cmp(&s->vi[i - 1]) >= 0 && ub_is_jae(vi) &&
	    !ub_is_target(s, i)) {
		n = ub_limit_cmp(&s->vi[i - 1]);
		c->mask |= UB_BIT(n);
		c->past[n] = 0;
	}
	if (vi->flow == UB_FL_EXIT)
		return 0;
	if (vi->flow != UB_FL_JMP) {
		if (i + 1 == s->n)
			return ub_reject(s, i, "runs off the end of the code");
		vi->bits |= UB_B_NXT;
		charge = ub_charges(s, i);
		if (charge < 0)
			return charge;
		vi->charge = charge;
		if (charge == UB_CH_STORE)
			vi->bits |= UB_B_NXT_PAID;
		if (charge == UB_CH_EXHAUST)
			vi->bits |= UB_B_NXT_SPENDS;
		*falls = true;
	}
	if (vi->flow == UB_FL_JMP || vi->flow == UB_FL_JCC) {
		vi->bits |= UB_B_TAKEN;
		kind = i ? s->vi[i - 1].charge : UB_CH_NONE;
		if (*falls && kind == UB_CH_JGE)
			vi->bits |= UB_B_TKN_PAID | UB_B_NXT_SPENDS;
		if (*falls && kind == UB_CH_JL)
			vi->bits |= UB_B_NXT_PAID | UB_B_TKN_SPENDS;
		if (vi->target > vi->off) {
			struct ub_vi *t = &s->vi[vi->to];

			exact = c->mask;
			for (n = 0; n < UB_NR_GPRS; n++)
				if (c->past[n])
					exact &= ~UB_BIT(n);
			t->in_mask = (t->bits & UB_B_HAS_IN) ?
				     (t->in_mask & exact) : exact;
			t->bits |= UB_B_HAS_IN;
		}
	}
	return 0;
}

/* _walk with validate_code's checks, in address order */
static int ub_walk(struct ub_vstate *s)
{
	struct ub_checked c = {};
	bool falls = true;
	u32 i;
	int err;

	for (i = 0; i < s->n; i++) {
		struct ub_vi *vi = &s->vi[i];

		if (vi->bits & UB_B_TGT) {
			if (vi->bits & UB_B_BACK)
				c.mask = 0;
			else if (!falls)
				c.mask = (vi->bits & UB_B_HAS_IN) ? vi->in_mask : 0;
			else if (vi->bits & UB_B_HAS_IN)
				c.mask &= vi->in_mask;
			if (!falls)
				memset(c.past, 0, sizeof(c.past));
		}
		if (!falls && !(vi->bits & UB_B_TGT))
			c.mask = 0;
		err = ub_check_insn(s, i, &c);
		if (err)
			return err;
		err = ub_step(s, i, &c, &falls);
		if (err)
			return err;
	}
	return 0;
}

/* push @j as spent unless it is already */
static void ub_spend(struct ub_vstate *s, u32 j, u32 *top)
{
	if (!(s->vi[j].bits & UB_B_SPENT)) {
		s->vi[j].bits |= UB_B_SPENT;
		s->stack[(*top)++] = j;
	}
}

static void ub_spread(struct ub_vstate *s, u32 i, u32 *top)
{
	const struct ub_vi *vi = &s->vi[i];
	bool spent = vi->bits & UB_B_SPENT;

	if ((vi->bits & UB_B_NXT) && ((vi->bits & UB_B_NXT_SPENDS) ||
				      (spent && !(vi->bits & UB_B_NXT_PAID))))
		ub_spend(s, i + 1, top);
	if ((vi->bits & UB_B_TAKEN) && ((vi->bits & UB_B_TKN_SPENDS) ||
					(spent && !(vi->bits & UB_B_TKN_PAID))))
		ub_spend(s, vi->to, top);
}

/* the k-th unpaid edge of vi[i], or -1 */
static s64 ub_unpaid_edge(const struct ub_vstate *s, u32 i, u8 k)
{
	const struct ub_vi *vi = &s->vi[i];

	if ((vi->bits & UB_B_NXT) && !(vi->bits & UB_B_NXT_PAID)) {
		if (!k)
			return i + 1;
		k--;
	}
	if ((vi->bits & UB_B_TAKEN) && !(vi->bits & UB_B_TKN_PAID) && !k)
		return vi->to;
	return -1;
}

/* _check_budget: every cycle pays (explicit stacks, no recursion) */
static int ub_check_budget(struct ub_vstate *s)
{
	u32 i, top = 0, root;
	s64 j;

	for (i = 0; i < s->n; i++) {
		ub_spread(s, i, &top);
		while (top)
			ub_spread(s, s->stack[--top], &top);
	}
	for (i = 0; i < s->n; i++)
		if ((s->vi[i].bits & (UB_B_NXT_PAID | UB_B_TKN_PAID)) &&
		    s->vi[i].charge == UB_CH_STORE &&
		    (s->vi[i - 3].bits & UB_B_SPENT))
			return ub_reject(s, i, "flag-free charge of a budget that may be negative");
	for (root = 0; root < s->n; root++) {
		if (s->vi[root].bits & (UB_B_GREY | UB_B_BLACK))
			continue;
		s->vi[root].bits |= UB_B_GREY;
		s->vi[root].dfs_edge = 0;
		s->stack[top++] = root;
		while (top) {
			i = s->stack[top - 1];
			j = ub_unpaid_edge(s, i, s->vi[i].dfs_edge);
			if (j < 0) {
				s->vi[i].bits &= ~UB_B_GREY;
				s->vi[i].bits |= UB_B_BLACK;
				top--;
				continue;
			}
			s->vi[i].dfs_edge++;
			if (s->vi[j].bits & UB_B_GREY)
				return ub_reject(s, i, "a loop that does not pay the budget");
			if (!(s->vi[j].bits & UB_B_BLACK)) {
				s->vi[j].bits |= UB_B_GREY;
				s->vi[j].dfs_edge = 0;
				s->stack[top++] = j;
			}
		}
	}
	return 0;
}

int ub_validate_code(const u8 *code, u32 len,
		     const struct ub_validate_tables *t,
		     struct ub_validate_err *err)
{
	struct ub_vstate s = {
		.code = code, .len = len, .relocs = t->relocs,
		.nr_relocs = t->nr_relocs, .faults = t->faults,
		.nr_faults = t->nr_faults, .t = t, .err = err,
	};
	u32 nr_insns;
	int ret;

	err->off = 0;
	err->reason = NULL;
	if (!len)
		return ub_reject(&s, 0, "no code");
	ret = ub_count_insns(&s, &nr_insns);
	if (ret)
		return ret;
	ret = -ENOMEM;
	/* each instruction is pushed at most once on either stack */
	s.vi = kvmalloc_array(nr_insns, sizeof(*s.vi), GFP_KERNEL);
	s.at = kvcalloc(len, sizeof(*s.at), GFP_KERNEL);
	s.stack = kvmalloc_array(nr_insns, sizeof(*s.stack), GFP_KERNEL);
	if (s.vi && s.at && s.stack) {
		ret = ub_decode_all(&s);
		if (!ret)
			ret = ub_walk(&s);
		if (!ret)
			ret = ub_check_budget(&s);
	}
	kvfree(s.stack);
	kvfree(s.at);
	kvfree(s.vi);
	return ret;
}
