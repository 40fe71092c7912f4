/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The vector and 0f38/0f3a/VEX instructions BTC code may hold: one row
 * per encoding, with its memory access size and the GPRs it writes.
 * Generated from iced-x86 1.21.0 by
 * `python -m ubypass.translator.vecops` (src/ubypass/translator/vecops.py):
 * do not edit.
 */

/* ub_vop.flags */
#define UB_V_MR		BIT(0)	/* reads its memory operand */
#define UB_V_MW		BIT(1)	/* writes it */
#define UB_V_REGF	BIT(2)	/* has a register form (ModRM.mod 3) */
#define UB_V_MEMF	BIT(3)	/* has a memory form */
#define UB_V_NOMODRM	BIT(4)	/* has no ModRM byte */
#define UB_V_REG_G	BIT(5)	/* ModRM.reg is a GPR */
#define UB_V_REG_GW	BIT(6)	/* ... it writes */
#define UB_V_RM_G	BIT(7)	/* ModRM.rm (register form) is a GPR */
#define UB_V_RM_GW	BIT(8)	/* ... it writes */
#define UB_V_RM_G8	BIT(9)	/* ... a byte register (ah..bh without REX) */
#define UB_V_VVVV	BIT(10)	/* uses vvvv (else it must be 1111) */
#define UB_V_VVVV_G	BIT(11)	/* vvvv is a GPR */
#define UB_V_VVVV_GW	BIT(12)	/* ... it writes */
#define UB_V_VVVV_K	BIT(13)	/* vvvv is an opmask register */
#define UB_V_REG_K	BIT(14)	/* ModRM.reg is an opmask register */
#define UB_V_RM_K	BIT(15)	/* ModRM.rm is an opmask register */
#define UB_V_MASK	BIT(16)	/* EVEX.aaa may name a mask */
#define UB_V_ZERO	BIT(17)	/* EVEX.z may zero */

static const struct ub_vop ub_vops[] = {
	/* movups_xmm_xmmm128 */
	{ 0, 1, 0, 0x10, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movupd_xmm_xmmm128 */
	{ 0, 1, 1, 0x10, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movss_xmm_xmmm32 */
	{ 0, 1, 2, 0x10, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movsd_xmm_xmmm64 */
	{ 0, 1, 3, 0x10, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movups_xmmm128_xmm */
	{ 0, 1, 0, 0x11, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* movupd_xmmm128_xmm */
	{ 0, 1, 1, 0x11, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* movss_xmmm32_xmm */
	{ 0, 1, 2, 0x11, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* movsd_xmmm64_xmm */
	{ 0, 1, 3, 0x11, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* movhlps_xmm_xmm */
	{ 0, 1, 0, 0x12, UB_ANY, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* movlps_xmm_m64 */
	{ 0, 1, 0, 0x12, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* movlpd_xmm_m64 */
	{ 0, 1, 1, 0x12, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* movsldup_xmm_xmmm128 */
	{ 0, 1, 2, 0x12, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movddup_xmm_xmmm64 */
	{ 0, 1, 3, 0x12, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movlps_m64_xmm */
	{ 0, 1, 0, 0x13, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* movlpd_m64_xmm */
	{ 0, 1, 1, 0x13, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* unpcklps_xmm_xmmm128 */
	{ 0, 1, 0, 0x14, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* unpcklpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x14, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* unpckhps_xmm_xmmm128 */
	{ 0, 1, 0, 0x15, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* unpckhpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x15, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movlhps_xmm_xmm */
	{ 0, 1, 0, 0x16, UB_ANY, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* movhps_xmm_m64 */
	{ 0, 1, 0, 0x16, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* movhpd_xmm_m64 */
	{ 0, 1, 1, 0x16, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* movshdup_xmm_xmmm128 */
	{ 0, 1, 2, 0x16, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movhps_m64_xmm */
	{ 0, 1, 0, 0x17, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* movhpd_m64_xmm */
	{ 0, 1, 1, 0x17, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* movaps_xmm_xmmm128 */
	{ 0, 1, 0, 0x28, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movapd_xmm_xmmm128 */
	{ 0, 1, 1, 0x28, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movaps_xmmm128_xmm */
	{ 0, 1, 0, 0x29, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* movapd_xmmm128_xmm */
	{ 0, 1, 1, 0x29, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* cvtpi2ps_xmm_mmm64 */
	{ 0, 1, 0, 0x2a, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtpi2pd_xmm_mmm64 */
	{ 0, 1, 1, 0x2a, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtsi2ss_xmm_rm32 */
	{ 0, 1, 2, 0x2a, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* cvtsi2ss_xmm_rm64 */
	{ 0, 1, 2, 0x2a, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* cvtsi2sd_xmm_rm32 */
	{ 0, 1, 3, 0x2a, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* cvtsi2sd_xmm_rm64 */
	{ 0, 1, 3, 0x2a, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* movntps_m128_xmm */
	{ 0, 1, 0, 0x2b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* movntpd_m128_xmm */
	{ 0, 1, 1, 0x2b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* cvttps2pi_mm_xmmm64 */
	{ 0, 1, 0, 0x2c, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvttpd2pi_mm_xmmm128 */
	{ 0, 1, 1, 0x2c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvttss2si_r32_xmmm32 */
	{ 0, 1, 2, 0x2c, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* cvttss2si_r64_xmmm32 */
	{ 0, 1, 2, 0x2c, UB_ANY, 1, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* cvttsd2si_r32_xmmm64 */
	{ 0, 1, 3, 0x2c, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* cvttsd2si_r64_xmmm64 */
	{ 0, 1, 3, 0x2c, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* cvtps2pi_mm_xmmm64 */
	{ 0, 1, 0, 0x2d, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtpd2pi_mm_xmmm128 */
	{ 0, 1, 1, 0x2d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtss2si_r32_xmmm32 */
	{ 0, 1, 2, 0x2d, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* cvtss2si_r64_xmmm32 */
	{ 0, 1, 2, 0x2d, UB_ANY, 1, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* cvtsd2si_r32_xmmm64 */
	{ 0, 1, 3, 0x2d, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* cvtsd2si_r64_xmmm64 */
	{ 0, 1, 3, 0x2d, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* ucomiss_xmm_xmmm32 */
	{ 0, 1, 0, 0x2e, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* ucomisd_xmm_xmmm64 */
	{ 0, 1, 1, 0x2e, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* comiss_xmm_xmmm32 */
	{ 0, 1, 0, 0x2f, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* comisd_xmm_xmmm64 */
	{ 0, 1, 1, 0x2f, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movmskps_r32_xmm */
	{ 0, 1, 0, 0x50, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* movmskps_r64_xmm */
	{ 0, 1, 0, 0x50, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* movmskpd_r32_xmm */
	{ 0, 1, 1, 0x50, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* movmskpd_r64_xmm */
	{ 0, 1, 1, 0x50, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* sqrtps_xmm_xmmm128 */
	{ 0, 1, 0, 0x51, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sqrtpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x51, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sqrtss_xmm_xmmm32 */
	{ 0, 1, 2, 0x51, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sqrtsd_xmm_xmmm64 */
	{ 0, 1, 3, 0x51, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* rsqrtps_xmm_xmmm128 */
	{ 0, 1, 0, 0x52, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* rsqrtss_xmm_xmmm32 */
	{ 0, 1, 2, 0x52, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* rcpps_xmm_xmmm128 */
	{ 0, 1, 0, 0x53, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* rcpss_xmm_xmmm32 */
	{ 0, 1, 2, 0x53, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* andps_xmm_xmmm128 */
	{ 0, 1, 0, 0x54, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* andpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x54, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* andnps_xmm_xmmm128 */
	{ 0, 1, 0, 0x55, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* andnpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x55, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* orps_xmm_xmmm128 */
	{ 0, 1, 0, 0x56, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* orpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x56, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* xorps_xmm_xmmm128 */
	{ 0, 1, 0, 0x57, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* xorpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x57, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* addps_xmm_xmmm128 */
	{ 0, 1, 0, 0x58, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* addpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x58, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* addss_xmm_xmmm32 */
	{ 0, 1, 2, 0x58, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* addsd_xmm_xmmm64 */
	{ 0, 1, 3, 0x58, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* mulps_xmm_xmmm128 */
	{ 0, 1, 0, 0x59, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* mulpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x59, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* mulss_xmm_xmmm32 */
	{ 0, 1, 2, 0x59, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* mulsd_xmm_xmmm64 */
	{ 0, 1, 3, 0x59, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtps2pd_xmm_xmmm64 */
	{ 0, 1, 0, 0x5a, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtpd2ps_xmm_xmmm128 */
	{ 0, 1, 1, 0x5a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtss2sd_xmm_xmmm32 */
	{ 0, 1, 2, 0x5a, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtsd2ss_xmm_xmmm64 */
	{ 0, 1, 3, 0x5a, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtdq2ps_xmm_xmmm128 */
	{ 0, 1, 0, 0x5b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtps2dq_xmm_xmmm128 */
	{ 0, 1, 1, 0x5b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvttps2dq_xmm_xmmm128 */
	{ 0, 1, 2, 0x5b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* subps_xmm_xmmm128 */
	{ 0, 1, 0, 0x5c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* subpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x5c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* subss_xmm_xmmm32 */
	{ 0, 1, 2, 0x5c, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* subsd_xmm_xmmm64 */
	{ 0, 1, 3, 0x5c, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* minps_xmm_xmmm128 */
	{ 0, 1, 0, 0x5d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* minpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x5d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* minss_xmm_xmmm32 */
	{ 0, 1, 2, 0x5d, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* minsd_xmm_xmmm64 */
	{ 0, 1, 3, 0x5d, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* divps_xmm_xmmm128 */
	{ 0, 1, 0, 0x5e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* divpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x5e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* divss_xmm_xmmm32 */
	{ 0, 1, 2, 0x5e, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* divsd_xmm_xmmm64 */
	{ 0, 1, 3, 0x5e, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* maxps_xmm_xmmm128 */
	{ 0, 1, 0, 0x5f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* maxpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x5f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* maxss_xmm_xmmm32 */
	{ 0, 1, 2, 0x5f, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* maxsd_xmm_xmmm64 */
	{ 0, 1, 3, 0x5f, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpcklbw_mm_mmm32 */
	{ 0, 1, 0, 0x60, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpcklbw_xmm_xmmm128 */
	{ 0, 1, 1, 0x60, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpcklwd_mm_mmm32 */
	{ 0, 1, 0, 0x61, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpcklwd_xmm_xmmm128 */
	{ 0, 1, 1, 0x61, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpckldq_mm_mmm32 */
	{ 0, 1, 0, 0x62, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpckldq_xmm_xmmm128 */
	{ 0, 1, 1, 0x62, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* packsswb_mm_mmm64 */
	{ 0, 1, 0, 0x63, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* packsswb_xmm_xmmm128 */
	{ 0, 1, 1, 0x63, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpgtb_mm_mmm64 */
	{ 0, 1, 0, 0x64, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpgtb_xmm_xmmm128 */
	{ 0, 1, 1, 0x64, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpgtw_mm_mmm64 */
	{ 0, 1, 0, 0x65, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpgtw_xmm_xmmm128 */
	{ 0, 1, 1, 0x65, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpgtd_mm_mmm64 */
	{ 0, 1, 0, 0x66, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpgtd_xmm_xmmm128 */
	{ 0, 1, 1, 0x66, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* packuswb_mm_mmm64 */
	{ 0, 1, 0, 0x67, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* packuswb_xmm_xmmm128 */
	{ 0, 1, 1, 0x67, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpckhbw_mm_mmm64 */
	{ 0, 1, 0, 0x68, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpckhbw_xmm_xmmm128 */
	{ 0, 1, 1, 0x68, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpckhwd_mm_mmm64 */
	{ 0, 1, 0, 0x69, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpckhwd_xmm_xmmm128 */
	{ 0, 1, 1, 0x69, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpckhdq_mm_mmm64 */
	{ 0, 1, 0, 0x6a, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpckhdq_xmm_xmmm128 */
	{ 0, 1, 1, 0x6a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* packssdw_mm_mmm64 */
	{ 0, 1, 0, 0x6b, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* packssdw_xmm_xmmm128 */
	{ 0, 1, 1, 0x6b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpcklqdq_xmm_xmmm128 */
	{ 0, 1, 1, 0x6c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* punpckhqdq_xmm_xmmm128 */
	{ 0, 1, 1, 0x6d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movd_mm_rm32 */
	{ 0, 1, 0, 0x6e, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* movq_mm_rm64 */
	{ 0, 1, 0, 0x6e, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* movd_xmm_rm32 */
	{ 0, 1, 1, 0x6e, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* movq_xmm_rm64 */
	{ 0, 1, 1, 0x6e, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* movq_mm_mmm64 */
	{ 0, 1, 0, 0x6f, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movdqa_xmm_xmmm128 */
	{ 0, 1, 1, 0x6f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movdqu_xmm_xmmm128 */
	{ 0, 1, 2, 0x6f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pshufw_mm_mmm64_imm8 */
	{ 0, 1, 0, 0x70, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pshufd_xmm_xmmm128_imm8 */
	{ 0, 1, 1, 0x70, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pshufhw_xmm_xmmm128_imm8 */
	{ 0, 1, 2, 0x70, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pshuflw_xmm_xmmm128_imm8 */
	{ 0, 1, 3, 0x70, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psrlw_mm_imm8 */
	{ 0, 1, 0, 0x71, 2, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psraw_mm_imm8 */
	{ 0, 1, 0, 0x71, 4, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psllw_mm_imm8 */
	{ 0, 1, 0, 0x71, 6, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psrlw_xmm_imm8 */
	{ 0, 1, 1, 0x71, 2, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psraw_xmm_imm8 */
	{ 0, 1, 1, 0x71, 4, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psllw_xmm_imm8 */
	{ 0, 1, 1, 0x71, 6, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psrld_mm_imm8 */
	{ 0, 1, 0, 0x72, 2, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psrad_mm_imm8 */
	{ 0, 1, 0, 0x72, 4, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* pslld_mm_imm8 */
	{ 0, 1, 0, 0x72, 6, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psrld_xmm_imm8 */
	{ 0, 1, 1, 0x72, 2, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psrad_xmm_imm8 */
	{ 0, 1, 1, 0x72, 4, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* pslld_xmm_imm8 */
	{ 0, 1, 1, 0x72, 6, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psrlq_mm_imm8 */
	{ 0, 1, 0, 0x73, 2, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psllq_mm_imm8 */
	{ 0, 1, 0, 0x73, 6, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psrlq_xmm_imm8 */
	{ 0, 1, 1, 0x73, 2, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psrldq_xmm_imm8 */
	{ 0, 1, 1, 0x73, 3, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* psllq_xmm_imm8 */
	{ 0, 1, 1, 0x73, 6, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* pslldq_xmm_imm8 */
	{ 0, 1, 1, 0x73, 7, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* pcmpeqb_mm_mmm64 */
	{ 0, 1, 0, 0x74, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpeqb_xmm_xmmm128 */
	{ 0, 1, 1, 0x74, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpeqw_mm_mmm64 */
	{ 0, 1, 0, 0x75, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpeqw_xmm_xmmm128 */
	{ 0, 1, 1, 0x75, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpeqd_mm_mmm64 */
	{ 0, 1, 0, 0x76, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpeqd_xmm_xmmm128 */
	{ 0, 1, 1, 0x76, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* emms */
	{ 0, 1, 0, 0x77, UB_ANY, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_NOMODRM },
	/* haddpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x7c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* haddps_xmm_xmmm128 */
	{ 0, 1, 3, 0x7c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* hsubpd_xmm_xmmm128 */
	{ 0, 1, 1, 0x7d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* hsubps_xmm_xmmm128 */
	{ 0, 1, 3, 0x7d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movd_rm32_mm */
	{ 0, 1, 0, 0x7e, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* movq_rm64_mm */
	{ 0, 1, 0, 0x7e, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* movd_rm32_xmm */
	{ 0, 1, 1, 0x7e, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* movq_rm64_xmm */
	{ 0, 1, 1, 0x7e, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* movq_xmm_xmmm64 */
	{ 0, 1, 2, 0x7e, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movq_mmm64_mm */
	{ 0, 1, 0, 0x7f, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* movdqa_xmmm128_xmm */
	{ 0, 1, 1, 0x7f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* movdqu_xmmm128_xmm */
	{ 0, 1, 2, 0x7f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* stmxcsr_m32 */
	{ 0, 1, 0, 0xae, 3, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* cmpps_xmm_xmmm128_imm8 */
	{ 0, 1, 0, 0xc2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cmppd_xmm_xmmm128_imm8 */
	{ 0, 1, 1, 0xc2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cmpss_xmm_xmmm32_imm8 */
	{ 0, 1, 2, 0xc2, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cmpsd_xmm_xmmm64_imm8 */
	{ 0, 1, 3, 0xc2, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movnti_m32_r32 */
	{ 0, 1, 0, 0xc3, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_REG_G },
	/* movnti_m64_r64 */
	{ 0, 1, 0, 0xc3, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_REG_G },
	/* pinsrw_mm_r32m16_imm8 */
	{ 0, 1, 0, 0xc4, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* pinsrw_mm_r64m16_imm8 */
	{ 0, 1, 0, 0xc4, UB_ANY, 1, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* pinsrw_xmm_r32m16_imm8 */
	{ 0, 1, 1, 0xc4, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* pinsrw_xmm_r64m16_imm8 */
	{ 0, 1, 1, 0xc4, UB_ANY, 1, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* pextrw_r32_mm_imm8 */
	{ 0, 1, 0, 0xc5, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* pextrw_r64_mm_imm8 */
	{ 0, 1, 0, 0xc5, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* pextrw_r32_xmm_imm8 */
	{ 0, 1, 1, 0xc5, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* pextrw_r64_xmm_imm8 */
	{ 0, 1, 1, 0xc5, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* shufps_xmm_xmmm128_imm8 */
	{ 0, 1, 0, 0xc6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* shufpd_xmm_xmmm128_imm8 */
	{ 0, 1, 1, 0xc6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* rdpid_r64 */
	{ 0, 1, 2, 0xc7, 7, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_RM_GW },
	/* addsubpd_xmm_xmmm128 */
	{ 0, 1, 1, 0xd0, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* addsubps_xmm_xmmm128 */
	{ 0, 1, 3, 0xd0, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psrlw_mm_mmm64 */
	{ 0, 1, 0, 0xd1, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psrlw_xmm_xmmm128 */
	{ 0, 1, 1, 0xd1, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psrld_mm_mmm64 */
	{ 0, 1, 0, 0xd2, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psrld_xmm_xmmm128 */
	{ 0, 1, 1, 0xd2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psrlq_mm_mmm64 */
	{ 0, 1, 0, 0xd3, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psrlq_xmm_xmmm128 */
	{ 0, 1, 1, 0xd3, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddq_mm_mmm64 */
	{ 0, 1, 0, 0xd4, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddq_xmm_xmmm128 */
	{ 0, 1, 1, 0xd4, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmullw_mm_mmm64 */
	{ 0, 1, 0, 0xd5, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmullw_xmm_xmmm128 */
	{ 0, 1, 1, 0xd5, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movq_xmmm64_xmm */
	{ 0, 1, 1, 0xd6, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* movq2dq_xmm_mm */
	{ 0, 1, 2, 0xd6, UB_ANY, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* movdq2q_mm_xmm */
	{ 0, 1, 3, 0xd6, UB_ANY, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* pmovmskb_r32_mm */
	{ 0, 1, 0, 0xd7, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* pmovmskb_r64_mm */
	{ 0, 1, 0, 0xd7, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* pmovmskb_r32_xmm */
	{ 0, 1, 1, 0xd7, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* pmovmskb_r64_xmm */
	{ 0, 1, 1, 0xd7, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* psubusb_mm_mmm64 */
	{ 0, 1, 0, 0xd8, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubusb_xmm_xmmm128 */
	{ 0, 1, 1, 0xd8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubusw_mm_mmm64 */
	{ 0, 1, 0, 0xd9, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubusw_xmm_xmmm128 */
	{ 0, 1, 1, 0xd9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pminub_mm_mmm64 */
	{ 0, 1, 0, 0xda, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pminub_xmm_xmmm128 */
	{ 0, 1, 1, 0xda, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pand_mm_mmm64 */
	{ 0, 1, 0, 0xdb, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pand_xmm_xmmm128 */
	{ 0, 1, 1, 0xdb, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddusb_mm_mmm64 */
	{ 0, 1, 0, 0xdc, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddusb_xmm_xmmm128 */
	{ 0, 1, 1, 0xdc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddusw_mm_mmm64 */
	{ 0, 1, 0, 0xdd, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddusw_xmm_xmmm128 */
	{ 0, 1, 1, 0xdd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaxub_mm_mmm64 */
	{ 0, 1, 0, 0xde, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaxub_xmm_xmmm128 */
	{ 0, 1, 1, 0xde, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pandn_mm_mmm64 */
	{ 0, 1, 0, 0xdf, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pandn_xmm_xmmm128 */
	{ 0, 1, 1, 0xdf, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pavgb_mm_mmm64 */
	{ 0, 1, 0, 0xe0, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pavgb_xmm_xmmm128 */
	{ 0, 1, 1, 0xe0, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psraw_mm_mmm64 */
	{ 0, 1, 0, 0xe1, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psraw_xmm_xmmm128 */
	{ 0, 1, 1, 0xe1, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psrad_mm_mmm64 */
	{ 0, 1, 0, 0xe2, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psrad_xmm_xmmm128 */
	{ 0, 1, 1, 0xe2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pavgw_mm_mmm64 */
	{ 0, 1, 0, 0xe3, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pavgw_xmm_xmmm128 */
	{ 0, 1, 1, 0xe3, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmulhuw_mm_mmm64 */
	{ 0, 1, 0, 0xe4, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmulhuw_xmm_xmmm128 */
	{ 0, 1, 1, 0xe4, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmulhw_mm_mmm64 */
	{ 0, 1, 0, 0xe5, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmulhw_xmm_xmmm128 */
	{ 0, 1, 1, 0xe5, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvttpd2dq_xmm_xmmm128 */
	{ 0, 1, 1, 0xe6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtdq2pd_xmm_xmmm64 */
	{ 0, 1, 2, 0xe6, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* cvtpd2dq_xmm_xmmm128 */
	{ 0, 1, 3, 0xe6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movntq_m64_mm */
	{ 0, 1, 0, 0xe7, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* movntdq_m128_xmm */
	{ 0, 1, 1, 0xe7, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* psubsb_mm_mmm64 */
	{ 0, 1, 0, 0xe8, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubsb_xmm_xmmm128 */
	{ 0, 1, 1, 0xe8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubsw_mm_mmm64 */
	{ 0, 1, 0, 0xe9, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubsw_xmm_xmmm128 */
	{ 0, 1, 1, 0xe9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pminsw_mm_mmm64 */
	{ 0, 1, 0, 0xea, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pminsw_xmm_xmmm128 */
	{ 0, 1, 1, 0xea, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* por_mm_mmm64 */
	{ 0, 1, 0, 0xeb, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* por_xmm_xmmm128 */
	{ 0, 1, 1, 0xeb, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddsb_mm_mmm64 */
	{ 0, 1, 0, 0xec, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddsb_xmm_xmmm128 */
	{ 0, 1, 1, 0xec, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddsw_mm_mmm64 */
	{ 0, 1, 0, 0xed, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddsw_xmm_xmmm128 */
	{ 0, 1, 1, 0xed, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaxsw_mm_mmm64 */
	{ 0, 1, 0, 0xee, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaxsw_xmm_xmmm128 */
	{ 0, 1, 1, 0xee, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pxor_mm_mmm64 */
	{ 0, 1, 0, 0xef, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pxor_xmm_xmmm128 */
	{ 0, 1, 1, 0xef, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* lddqu_xmm_m128 */
	{ 0, 1, 3, 0xf0, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* psllw_mm_mmm64 */
	{ 0, 1, 0, 0xf1, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psllw_xmm_xmmm128 */
	{ 0, 1, 1, 0xf1, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pslld_mm_mmm64 */
	{ 0, 1, 0, 0xf2, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pslld_xmm_xmmm128 */
	{ 0, 1, 1, 0xf2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psllq_mm_mmm64 */
	{ 0, 1, 0, 0xf3, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psllq_xmm_xmmm128 */
	{ 0, 1, 1, 0xf3, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmuludq_mm_mmm64 */
	{ 0, 1, 0, 0xf4, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmuludq_xmm_xmmm128 */
	{ 0, 1, 1, 0xf4, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaddwd_mm_mmm64 */
	{ 0, 1, 0, 0xf5, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaddwd_xmm_xmmm128 */
	{ 0, 1, 1, 0xf5, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psadbw_mm_mmm64 */
	{ 0, 1, 0, 0xf6, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psadbw_xmm_xmmm128 */
	{ 0, 1, 1, 0xf6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubb_mm_mmm64 */
	{ 0, 1, 0, 0xf8, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubb_xmm_xmmm128 */
	{ 0, 1, 1, 0xf8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubw_mm_mmm64 */
	{ 0, 1, 0, 0xf9, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubw_xmm_xmmm128 */
	{ 0, 1, 1, 0xf9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubd_mm_mmm64 */
	{ 0, 1, 0, 0xfa, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubd_xmm_xmmm128 */
	{ 0, 1, 1, 0xfa, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubq_mm_mmm64 */
	{ 0, 1, 0, 0xfb, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psubq_xmm_xmmm128 */
	{ 0, 1, 1, 0xfb, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddb_mm_mmm64 */
	{ 0, 1, 0, 0xfc, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddb_xmm_xmmm128 */
	{ 0, 1, 1, 0xfc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddw_mm_mmm64 */
	{ 0, 1, 0, 0xfd, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddw_xmm_xmmm128 */
	{ 0, 1, 1, 0xfd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddd_mm_mmm64 */
	{ 0, 1, 0, 0xfe, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* paddd_xmm_xmmm128 */
	{ 0, 1, 1, 0xfe, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pshufb_mm_mmm64 */
	{ 0, 2, 0, 0x00, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pshufb_xmm_xmmm128 */
	{ 0, 2, 1, 0x00, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phaddw_mm_mmm64 */
	{ 0, 2, 0, 0x01, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phaddw_xmm_xmmm128 */
	{ 0, 2, 1, 0x01, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phaddd_mm_mmm64 */
	{ 0, 2, 0, 0x02, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phaddd_xmm_xmmm128 */
	{ 0, 2, 1, 0x02, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phaddsw_mm_mmm64 */
	{ 0, 2, 0, 0x03, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phaddsw_xmm_xmmm128 */
	{ 0, 2, 1, 0x03, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaddubsw_mm_mmm64 */
	{ 0, 2, 0, 0x04, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaddubsw_xmm_xmmm128 */
	{ 0, 2, 1, 0x04, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phsubw_mm_mmm64 */
	{ 0, 2, 0, 0x05, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phsubw_xmm_xmmm128 */
	{ 0, 2, 1, 0x05, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phsubd_mm_mmm64 */
	{ 0, 2, 0, 0x06, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phsubd_xmm_xmmm128 */
	{ 0, 2, 1, 0x06, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phsubsw_mm_mmm64 */
	{ 0, 2, 0, 0x07, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phsubsw_xmm_xmmm128 */
	{ 0, 2, 1, 0x07, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psignb_mm_mmm64 */
	{ 0, 2, 0, 0x08, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psignb_xmm_xmmm128 */
	{ 0, 2, 1, 0x08, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psignw_mm_mmm64 */
	{ 0, 2, 0, 0x09, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psignw_xmm_xmmm128 */
	{ 0, 2, 1, 0x09, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psignd_mm_mmm64 */
	{ 0, 2, 0, 0x0a, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* psignd_xmm_xmmm128 */
	{ 0, 2, 1, 0x0a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmulhrsw_mm_mmm64 */
	{ 0, 2, 0, 0x0b, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmulhrsw_xmm_xmmm128 */
	{ 0, 2, 1, 0x0b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pblendvb_xmm_xmmm128 */
	{ 0, 2, 1, 0x10, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* blendvps_xmm_xmmm128 */
	{ 0, 2, 1, 0x14, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* blendvpd_xmm_xmmm128 */
	{ 0, 2, 1, 0x15, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* ptest_xmm_xmmm128 */
	{ 0, 2, 1, 0x17, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pabsb_mm_mmm64 */
	{ 0, 2, 0, 0x1c, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pabsb_xmm_xmmm128 */
	{ 0, 2, 1, 0x1c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pabsw_mm_mmm64 */
	{ 0, 2, 0, 0x1d, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pabsw_xmm_xmmm128 */
	{ 0, 2, 1, 0x1d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pabsd_mm_mmm64 */
	{ 0, 2, 0, 0x1e, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pabsd_xmm_xmmm128 */
	{ 0, 2, 1, 0x1e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovsxbw_xmm_xmmm64 */
	{ 0, 2, 1, 0x20, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovsxbd_xmm_xmmm32 */
	{ 0, 2, 1, 0x21, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovsxbq_xmm_xmmm16 */
	{ 0, 2, 1, 0x22, UB_ANY, UB_ANY, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovsxwd_xmm_xmmm64 */
	{ 0, 2, 1, 0x23, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovsxwq_xmm_xmmm32 */
	{ 0, 2, 1, 0x24, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovsxdq_xmm_xmmm64 */
	{ 0, 2, 1, 0x25, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmuldq_xmm_xmmm128 */
	{ 0, 2, 1, 0x28, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpeqq_xmm_xmmm128 */
	{ 0, 2, 1, 0x29, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movntdqa_xmm_m128 */
	{ 0, 2, 1, 0x2a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* packusdw_xmm_xmmm128 */
	{ 0, 2, 1, 0x2b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovzxbw_xmm_xmmm64 */
	{ 0, 2, 1, 0x30, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovzxbd_xmm_xmmm32 */
	{ 0, 2, 1, 0x31, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovzxbq_xmm_xmmm16 */
	{ 0, 2, 1, 0x32, UB_ANY, UB_ANY, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovzxwd_xmm_xmmm64 */
	{ 0, 2, 1, 0x33, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovzxwq_xmm_xmmm32 */
	{ 0, 2, 1, 0x34, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmovzxdq_xmm_xmmm64 */
	{ 0, 2, 1, 0x35, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpgtq_xmm_xmmm128 */
	{ 0, 2, 1, 0x37, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pminsb_xmm_xmmm128 */
	{ 0, 2, 1, 0x38, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pminsd_xmm_xmmm128 */
	{ 0, 2, 1, 0x39, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pminuw_xmm_xmmm128 */
	{ 0, 2, 1, 0x3a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pminud_xmm_xmmm128 */
	{ 0, 2, 1, 0x3b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaxsb_xmm_xmmm128 */
	{ 0, 2, 1, 0x3c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaxsd_xmm_xmmm128 */
	{ 0, 2, 1, 0x3d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaxuw_xmm_xmmm128 */
	{ 0, 2, 1, 0x3e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmaxud_xmm_xmmm128 */
	{ 0, 2, 1, 0x3f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pmulld_xmm_xmmm128 */
	{ 0, 2, 1, 0x40, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* phminposuw_xmm_xmmm128 */
	{ 0, 2, 1, 0x41, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sha1nexte_xmm_xmmm128 */
	{ 0, 2, 0, 0xc8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sha1msg1_xmm_xmmm128 */
	{ 0, 2, 0, 0xc9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sha1msg2_xmm_xmmm128 */
	{ 0, 2, 0, 0xca, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sha256rnds2_xmm_xmmm128 */
	{ 0, 2, 0, 0xcb, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sha256msg1_xmm_xmmm128 */
	{ 0, 2, 0, 0xcc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sha256msg2_xmm_xmmm128 */
	{ 0, 2, 0, 0xcd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* gf2p8mulb_xmm_xmmm128 */
	{ 0, 2, 1, 0xcf, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* aesimc_xmm_xmmm128 */
	{ 0, 2, 1, 0xdb, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* aesenc_xmm_xmmm128 */
	{ 0, 2, 1, 0xdc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* aesenclast_xmm_xmmm128 */
	{ 0, 2, 1, 0xdd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* aesdec_xmm_xmmm128 */
	{ 0, 2, 1, 0xde, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* aesdeclast_xmm_xmmm128 */
	{ 0, 2, 1, 0xdf, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* movbe_r32_m32 */
	{ 0, 2, 0, 0xf0, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* movbe_r64_m64 */
	{ 0, 2, 0, 0xf0, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* crc32_r32_rm8 */
	{ 0, 2, 3, 0xf0, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_RM_G8 },
	/* crc32_r64_rm8 */
	{ 0, 2, 3, 0xf0, UB_ANY, 1, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_RM_G8 },
	/* movbe_m32_r32 */
	{ 0, 2, 0, 0xf1, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_REG_G },
	/* movbe_m64_r64 */
	{ 0, 2, 0, 0xf1, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_REG_G },
	/* crc32_r32_rm32 */
	{ 0, 2, 3, 0xf1, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G },
	/* crc32_r64_rm64 */
	{ 0, 2, 3, 0xf1, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G },
	/* adcx_r32_rm32 */
	{ 0, 2, 1, 0xf6, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G },
	/* adcx_r64_rm64 */
	{ 0, 2, 1, 0xf6, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G },
	/* adox_r32_rm32 */
	{ 0, 2, 2, 0xf6, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G },
	/* adox_r64_rm64 */
	{ 0, 2, 2, 0xf6, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G },
	/* roundps_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x08, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* roundpd_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x09, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* roundss_xmm_xmmm32_imm8 */
	{ 0, 3, 1, 0x0a, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* roundsd_xmm_xmmm64_imm8 */
	{ 0, 3, 1, 0x0b, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* blendps_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x0c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* blendpd_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x0d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pblendw_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x0e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* palignr_mm_mmm64_imm8 */
	{ 0, 3, 0, 0x0f, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* palignr_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x0f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pextrb_r32m8_xmm_imm8 */
	{ 0, 3, 1, 0x14, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* pextrb_r64m8_xmm_imm8 */
	{ 0, 3, 1, 0x14, UB_ANY, 1, 0x1, 1, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* pextrw_r32m16_xmm_imm8 */
	{ 0, 3, 1, 0x15, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* pextrw_r64m16_xmm_imm8 */
	{ 0, 3, 1, 0x15, UB_ANY, 1, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* pextrd_rm32_xmm_imm8 */
	{ 0, 3, 1, 0x16, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* pextrq_rm64_xmm_imm8 */
	{ 0, 3, 1, 0x16, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* extractps_rm32_xmm_imm8 */
	{ 0, 3, 1, 0x17, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* extractps_r64m32_xmm_imm8 */
	{ 0, 3, 1, 0x17, UB_ANY, 1, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* pinsrb_xmm_r32m8_imm8 */
	{ 0, 3, 1, 0x20, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* pinsrb_xmm_r64m8_imm8 */
	{ 0, 3, 1, 0x20, UB_ANY, 1, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* insertps_xmm_xmmm32_imm8 */
	{ 0, 3, 1, 0x21, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pinsrd_xmm_rm32_imm8 */
	{ 0, 3, 1, 0x22, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* pinsrq_xmm_rm64_imm8 */
	{ 0, 3, 1, 0x22, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* dpps_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x40, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* dppd_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x41, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* mpsadbw_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x42, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pclmulqdq_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x44, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpestrm_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x60, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpestrm64_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x60, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpestri_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x61, UB_ANY, 0, 0x1, 16, 0x0002,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpestri64_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x61, UB_ANY, 1, 0x1, 16, 0x0002,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpistrm_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x62, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* pcmpistri_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0x63, UB_ANY, UB_ANY, 0x1, 16, 0x0002,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* sha1rnds4_xmm_xmmm128_imm8 */
	{ 0, 3, 0, 0xcc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* gf2p8affineqb_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0xce, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* gf2p8affineinvqb_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0xcf, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* aeskeygenassist_xmm_xmmm128_imm8 */
	{ 0, 3, 1, 0xdf, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovups_xmm_xmmm128 */
	{ 1, 1, 0, 0x10, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovups_ymm_ymmm256 */
	{ 1, 1, 0, 0x10, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovupd_xmm_xmmm128 */
	{ 1, 1, 1, 0x10, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovupd_ymm_ymmm256 */
	{ 1, 1, 1, 0x10, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovss_xmm_xmm_xmm */
	{ 1, 1, 2, 0x10, UB_ANY, UB_ANY, 0x3, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vmovss_xmm_m32 */
	{ 1, 1, 2, 0x10, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vmovsd_xmm_xmm_xmm */
	{ 1, 1, 3, 0x10, UB_ANY, UB_ANY, 0x3, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vmovsd_xmm_m64 */
	{ 1, 1, 3, 0x10, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vmovups_xmmm128_xmm */
	{ 1, 1, 0, 0x11, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovups_ymmm256_ymm */
	{ 1, 1, 0, 0x11, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovupd_xmmm128_xmm */
	{ 1, 1, 1, 0x11, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovupd_ymmm256_ymm */
	{ 1, 1, 1, 0x11, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovss_xmm_xmm_xmm_0f11 */
	{ 1, 1, 2, 0x11, UB_ANY, UB_ANY, 0x3, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vmovss_m32_xmm */
	{ 1, 1, 2, 0x11, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vmovsd_xmm_xmm_xmm_0f11 */
	{ 1, 1, 3, 0x11, UB_ANY, UB_ANY, 0x3, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vmovsd_m64_xmm */
	{ 1, 1, 3, 0x11, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vmovhlps_xmm_xmm_xmm */
	{ 1, 1, 0, 0x12, UB_ANY, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vmovlps_xmm_xmm_m64 */
	{ 1, 1, 0, 0x12, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmovlpd_xmm_xmm_m64 */
	{ 1, 1, 1, 0x12, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmovsldup_xmm_xmmm128 */
	{ 1, 1, 2, 0x12, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovsldup_ymm_ymmm256 */
	{ 1, 1, 2, 0x12, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovddup_xmm_xmmm64 */
	{ 1, 1, 3, 0x12, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovddup_ymm_ymmm256 */
	{ 1, 1, 3, 0x12, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovlps_m64_xmm */
	{ 1, 1, 0, 0x13, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vmovlpd_m64_xmm */
	{ 1, 1, 1, 0x13, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vunpcklps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x14, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vunpcklps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x14, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vunpcklpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x14, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vunpcklpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x14, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vunpckhps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x15, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vunpckhps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x15, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vunpckhpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x15, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vunpckhpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x15, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmovlhps_xmm_xmm_xmm */
	{ 1, 1, 0, 0x16, UB_ANY, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vmovhps_xmm_xmm_m64 */
	{ 1, 1, 0, 0x16, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmovhpd_xmm_xmm_m64 */
	{ 1, 1, 1, 0x16, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmovshdup_xmm_xmmm128 */
	{ 1, 1, 2, 0x16, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovshdup_ymm_ymmm256 */
	{ 1, 1, 2, 0x16, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovhps_m64_xmm */
	{ 1, 1, 0, 0x17, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vmovhpd_m64_xmm */
	{ 1, 1, 1, 0x17, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vmovaps_xmm_xmmm128 */
	{ 1, 1, 0, 0x28, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovaps_ymm_ymmm256 */
	{ 1, 1, 0, 0x28, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovapd_xmm_xmmm128 */
	{ 1, 1, 1, 0x28, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovapd_ymm_ymmm256 */
	{ 1, 1, 1, 0x28, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovaps_xmmm128_xmm */
	{ 1, 1, 0, 0x29, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovaps_ymmm256_ymm */
	{ 1, 1, 0, 0x29, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovapd_xmmm128_xmm */
	{ 1, 1, 1, 0x29, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovapd_ymmm256_ymm */
	{ 1, 1, 1, 0x29, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtsi2ss_xmm_xmm_rm32 */
	{ 1, 1, 2, 0x2a, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_vcvtsi2ss_xmm_xmm_rm64 */
	{ 1, 1, 2, 0x2a, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_vcvtsi2sd_xmm_xmm_rm32 */
	{ 1, 1, 3, 0x2a, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_vcvtsi2sd_xmm_xmm_rm64 */
	{ 1, 1, 3, 0x2a, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_vmovntps_m128_xmm */
	{ 1, 1, 0, 0x2b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vmovntps_m256_ymm */
	{ 1, 1, 0, 0x2b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vmovntpd_m128_xmm */
	{ 1, 1, 1, 0x2b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vmovntpd_m256_ymm */
	{ 1, 1, 1, 0x2b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vcvttss2si_r32_xmmm32 */
	{ 1, 1, 2, 0x2c, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vcvttss2si_r64_xmmm32 */
	{ 1, 1, 2, 0x2c, UB_ANY, 1, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vcvttsd2si_r32_xmmm64 */
	{ 1, 1, 3, 0x2c, UB_ANY, 0, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vcvttsd2si_r64_xmmm64 */
	{ 1, 1, 3, 0x2c, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vcvtss2si_r32_xmmm32 */
	{ 1, 1, 2, 0x2d, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vcvtss2si_r64_xmmm32 */
	{ 1, 1, 2, 0x2d, UB_ANY, 1, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vcvtsd2si_r32_xmmm64 */
	{ 1, 1, 3, 0x2d, UB_ANY, 0, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vcvtsd2si_r64_xmmm64 */
	{ 1, 1, 3, 0x2d, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vucomiss_xmm_xmmm32 */
	{ 1, 1, 0, 0x2e, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vucomisd_xmm_xmmm64 */
	{ 1, 1, 1, 0x2e, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcomiss_xmm_xmmm32 */
	{ 1, 1, 0, 0x2f, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcomisd_xmm_xmmm64 */
	{ 1, 1, 1, 0x2f, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_kandw_kr_kr_kr */
	{ 1, 1, 0, 0x41, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kandq_kr_kr_kr */
	{ 1, 1, 0, 0x41, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kandb_kr_kr_kr */
	{ 1, 1, 1, 0x41, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kandd_kr_kr_kr */
	{ 1, 1, 1, 0x41, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kandnw_kr_kr_kr */
	{ 1, 1, 0, 0x42, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kandnq_kr_kr_kr */
	{ 1, 1, 0, 0x42, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kandnb_kr_kr_kr */
	{ 1, 1, 1, 0x42, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kandnd_kr_kr_kr */
	{ 1, 1, 1, 0x42, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_knotw_kr_kr */
	{ 1, 1, 0, 0x44, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_knotq_kr_kr */
	{ 1, 1, 0, 0x44, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_knotb_kr_kr */
	{ 1, 1, 1, 0x44, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_knotd_kr_kr */
	{ 1, 1, 1, 0x44, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_korw_kr_kr_kr */
	{ 1, 1, 0, 0x45, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_korq_kr_kr_kr */
	{ 1, 1, 0, 0x45, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_korb_kr_kr_kr */
	{ 1, 1, 1, 0x45, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kord_kr_kr_kr */
	{ 1, 1, 1, 0x45, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kxnorw_kr_kr_kr */
	{ 1, 1, 0, 0x46, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kxnorq_kr_kr_kr */
	{ 1, 1, 0, 0x46, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kxnorb_kr_kr_kr */
	{ 1, 1, 1, 0x46, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kxnord_kr_kr_kr */
	{ 1, 1, 1, 0x46, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kxorw_kr_kr_kr */
	{ 1, 1, 0, 0x47, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kxorq_kr_kr_kr */
	{ 1, 1, 0, 0x47, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kxorb_kr_kr_kr */
	{ 1, 1, 1, 0x47, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kxord_kr_kr_kr */
	{ 1, 1, 1, 0x47, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kaddw_kr_kr_kr */
	{ 1, 1, 0, 0x4a, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kaddq_kr_kr_kr */
	{ 1, 1, 0, 0x4a, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kaddb_kr_kr_kr */
	{ 1, 1, 1, 0x4a, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kaddd_kr_kr_kr */
	{ 1, 1, 1, 0x4a, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kunpckwd_kr_kr_kr */
	{ 1, 1, 0, 0x4b, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kunpckdq_kr_kr_kr */
	{ 1, 1, 0, 0x4b, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_kunpckbw_kr_kr_kr */
	{ 1, 1, 1, 0x4b, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_VVVV_K | UB_V_REG_K | UB_V_RM_K },
	/* vex_vmovmskps_r32_xmm */
	{ 1, 1, 0, 0x50, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vmovmskps_r32_ymm */
	{ 1, 1, 0, 0x50, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vmovmskps_r64_xmm */
	{ 1, 1, 0, 0x50, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vmovmskps_r64_ymm */
	{ 1, 1, 0, 0x50, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vmovmskpd_r32_xmm */
	{ 1, 1, 1, 0x50, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vmovmskpd_r32_ymm */
	{ 1, 1, 1, 0x50, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vmovmskpd_r64_xmm */
	{ 1, 1, 1, 0x50, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vmovmskpd_r64_ymm */
	{ 1, 1, 1, 0x50, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vsqrtps_xmm_xmmm128 */
	{ 1, 1, 0, 0x51, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vsqrtps_ymm_ymmm256 */
	{ 1, 1, 0, 0x51, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vsqrtpd_xmm_xmmm128 */
	{ 1, 1, 1, 0x51, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vsqrtpd_ymm_ymmm256 */
	{ 1, 1, 1, 0x51, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vsqrtss_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x51, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vsqrtsd_xmm_xmm_xmmm64 */
	{ 1, 1, 3, 0x51, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vrsqrtps_xmm_xmmm128 */
	{ 1, 1, 0, 0x52, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vrsqrtps_ymm_ymmm256 */
	{ 1, 1, 0, 0x52, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vrsqrtss_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x52, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vrcpps_xmm_xmmm128 */
	{ 1, 1, 0, 0x53, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vrcpps_ymm_ymmm256 */
	{ 1, 1, 0, 0x53, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vrcpss_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x53, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vandps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x54, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vandps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x54, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vandpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x54, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vandpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x54, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vandnps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x55, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vandnps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x55, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vandnpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x55, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vandnpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x55, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vorps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x56, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vorps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x56, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vorpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x56, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vorpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x56, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vxorps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x57, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vxorps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x57, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vxorpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x57, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vxorpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x57, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x58, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x58, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x58, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x58, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddss_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x58, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddsd_xmm_xmm_xmmm64 */
	{ 1, 1, 3, 0x58, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmulps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x59, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmulps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x59, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmulpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x59, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmulpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x59, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmulss_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x59, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmulsd_xmm_xmm_xmmm64 */
	{ 1, 1, 3, 0x59, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vcvtps2pd_xmm_xmmm64 */
	{ 1, 1, 0, 0x5a, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtps2pd_ymm_xmmm128 */
	{ 1, 1, 0, 0x5a, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtpd2ps_xmm_xmmm128 */
	{ 1, 1, 1, 0x5a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtpd2ps_xmm_ymmm256 */
	{ 1, 1, 1, 0x5a, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtss2sd_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x5a, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vcvtsd2ss_xmm_xmm_xmmm64 */
	{ 1, 1, 3, 0x5a, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vcvtdq2ps_xmm_xmmm128 */
	{ 1, 1, 0, 0x5b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtdq2ps_ymm_ymmm256 */
	{ 1, 1, 0, 0x5b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtps2dq_xmm_xmmm128 */
	{ 1, 1, 1, 0x5b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtps2dq_ymm_ymmm256 */
	{ 1, 1, 1, 0x5b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvttps2dq_xmm_xmmm128 */
	{ 1, 1, 2, 0x5b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvttps2dq_ymm_ymmm256 */
	{ 1, 1, 2, 0x5b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vsubps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x5c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vsubps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x5c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vsubpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x5c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vsubpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x5c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vsubss_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x5c, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vsubsd_xmm_xmm_xmmm64 */
	{ 1, 1, 3, 0x5c, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vminps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x5d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vminps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x5d, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vminpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x5d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vminpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x5d, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vminss_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x5d, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vminsd_xmm_xmm_xmmm64 */
	{ 1, 1, 3, 0x5d, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vdivps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x5e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vdivps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x5e, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vdivpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x5e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vdivpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x5e, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vdivss_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x5e, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vdivsd_xmm_xmm_xmmm64 */
	{ 1, 1, 3, 0x5e, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaxps_xmm_xmm_xmmm128 */
	{ 1, 1, 0, 0x5f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaxps_ymm_ymm_ymmm256 */
	{ 1, 1, 0, 0x5f, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaxpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x5f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaxpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x5f, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaxss_xmm_xmm_xmmm32 */
	{ 1, 1, 2, 0x5f, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaxsd_xmm_xmm_xmmm64 */
	{ 1, 1, 3, 0x5f, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpcklbw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x60, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpcklbw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x60, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpcklwd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x61, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpcklwd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x61, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckldq_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x62, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckldq_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x62, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpacksswb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x63, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpacksswb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x63, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpgtb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x64, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpgtb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x64, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpgtw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x65, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpgtw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x65, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpgtd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x66, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpgtd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x66, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpackuswb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x67, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpackuswb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x67, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckhbw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x68, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckhbw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x68, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckhwd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x69, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckhwd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x69, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckhdq_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x6a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckhdq_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x6a, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpackssdw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x6b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpackssdw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x6b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpcklqdq_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x6c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpcklqdq_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x6c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckhqdq_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x6d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpunpckhqdq_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x6d, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmovd_xmm_rm32 */
	{ 1, 1, 1, 0x6e, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* vex_vmovq_xmm_rm64 */
	{ 1, 1, 1, 0x6e, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* vex_vmovdqa_xmm_xmmm128 */
	{ 1, 1, 1, 0x6f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovdqa_ymm_ymmm256 */
	{ 1, 1, 1, 0x6f, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovdqu_xmm_xmmm128 */
	{ 1, 1, 2, 0x6f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovdqu_ymm_ymmm256 */
	{ 1, 1, 2, 0x6f, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpshufd_xmm_xmmm128_imm8 */
	{ 1, 1, 1, 0x70, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpshufd_ymm_ymmm256_imm8 */
	{ 1, 1, 1, 0x70, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpshufhw_xmm_xmmm128_imm8 */
	{ 1, 1, 2, 0x70, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpshufhw_ymm_ymmm256_imm8 */
	{ 1, 1, 2, 0x70, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpshuflw_xmm_xmmm128_imm8 */
	{ 1, 1, 3, 0x70, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpshuflw_ymm_ymmm256_imm8 */
	{ 1, 1, 3, 0x70, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpsrlw_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x71, 2, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsrlw_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x71, 2, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsraw_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x71, 4, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsraw_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x71, 4, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsllw_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x71, 6, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsllw_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x71, 6, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsrld_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x72, 2, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsrld_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x72, 2, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsrad_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x72, 4, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsrad_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x72, 4, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpslld_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x72, 6, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpslld_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x72, 6, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsrlq_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x73, 2, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsrlq_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x73, 2, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsrldq_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x73, 3, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsrldq_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x73, 3, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsllq_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x73, 6, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpsllq_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x73, 6, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpslldq_xmm_xmm_imm8 */
	{ 1, 1, 1, 0x73, 7, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpslldq_ymm_ymm_imm8 */
	{ 1, 1, 1, 0x73, 7, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* vex_vpcmpeqb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x74, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpeqb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x74, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpeqw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x75, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpeqw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x75, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpeqd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x76, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpeqd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x76, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vzeroupper */
	{ 1, 1, 0, 0x77, UB_ANY, UB_ANY, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_NOMODRM },
	/* vex_vzeroall */
	{ 1, 1, 0, 0x77, UB_ANY, UB_ANY, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_NOMODRM },
	/* vex_vhaddpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x7c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vhaddpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x7c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vhaddps_xmm_xmm_xmmm128 */
	{ 1, 1, 3, 0x7c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vhaddps_ymm_ymm_ymmm256 */
	{ 1, 1, 3, 0x7c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vhsubpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0x7d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vhsubpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0x7d, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vhsubps_xmm_xmm_xmmm128 */
	{ 1, 1, 3, 0x7d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vhsubps_ymm_ymm_ymmm256 */
	{ 1, 1, 3, 0x7d, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmovd_rm32_xmm */
	{ 1, 1, 1, 0x7e, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vmovq_rm64_xmm */
	{ 1, 1, 1, 0x7e, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vmovq_xmm_xmmm64 */
	{ 1, 1, 2, 0x7e, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovdqa_xmmm128_xmm */
	{ 1, 1, 1, 0x7f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovdqa_ymmm256_ymm */
	{ 1, 1, 1, 0x7f, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovdqu_xmmm128_xmm */
	{ 1, 1, 2, 0x7f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovdqu_ymmm256_ymm */
	{ 1, 1, 2, 0x7f, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_kmovw_kr_km16 */
	{ 1, 1, 0, 0x90, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kmovq_kr_km64 */
	{ 1, 1, 0, 0x90, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kmovb_kr_km8 */
	{ 1, 1, 1, 0x90, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kmovd_kr_km32 */
	{ 1, 1, 1, 0x90, UB_ANY, 1, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kmovw_m16_kr */
	{ 1, 1, 0, 0x91, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_REG_K },
	/* vex_kmovq_m64_kr */
	{ 1, 1, 0, 0x91, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_REG_K },
	/* vex_kmovb_m8_kr */
	{ 1, 1, 1, 0x91, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_REG_K },
	/* vex_kmovd_m32_kr */
	{ 1, 1, 1, 0x91, UB_ANY, 1, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_REG_K },
	/* vex_kmovw_kr_r32 */
	{ 1, 1, 0, 0x92, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_REG_K },
	/* vex_kmovb_kr_r32 */
	{ 1, 1, 1, 0x92, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_REG_K },
	/* vex_kmovd_kr_r32 */
	{ 1, 1, 3, 0x92, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_REG_K },
	/* vex_kmovq_kr_r64 */
	{ 1, 1, 3, 0x92, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_REG_K },
	/* vex_kmovw_r32_kr */
	{ 1, 1, 0, 0x93, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW | UB_V_RM_K },
	/* vex_kmovb_r32_kr */
	{ 1, 1, 1, 0x93, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW | UB_V_RM_K },
	/* vex_kmovd_r32_kr */
	{ 1, 1, 3, 0x93, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW | UB_V_RM_K },
	/* vex_kmovq_r64_kr */
	{ 1, 1, 3, 0x93, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW | UB_V_RM_K },
	/* vex_kortestw_kr_kr */
	{ 1, 1, 0, 0x98, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kortestq_kr_kr */
	{ 1, 1, 0, 0x98, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kortestb_kr_kr */
	{ 1, 1, 1, 0x98, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kortestd_kr_kr */
	{ 1, 1, 1, 0x98, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_ktestw_kr_kr */
	{ 1, 1, 0, 0x99, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_ktestq_kr_kr */
	{ 1, 1, 0, 0x99, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_ktestb_kr_kr */
	{ 1, 1, 1, 0x99, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_ktestd_kr_kr */
	{ 1, 1, 1, 0x99, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_vstmxcsr_m32 */
	{ 1, 1, 0, 0xae, 3, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vcmpps_xmm_xmm_xmmm128_imm8 */
	{ 1, 1, 0, 0xc2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vcmpps_ymm_ymm_ymmm256_imm8 */
	{ 1, 1, 0, 0xc2, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vcmppd_xmm_xmm_xmmm128_imm8 */
	{ 1, 1, 1, 0xc2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vcmppd_ymm_ymm_ymmm256_imm8 */
	{ 1, 1, 1, 0xc2, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vcmpss_xmm_xmm_xmmm32_imm8 */
	{ 1, 1, 2, 0xc2, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vcmpsd_xmm_xmm_xmmm64_imm8 */
	{ 1, 1, 3, 0xc2, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpinsrw_xmm_xmm_r32m16_imm8 */
	{ 1, 1, 1, 0xc4, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_vpinsrw_xmm_xmm_r64m16_imm8 */
	{ 1, 1, 1, 0xc4, UB_ANY, 1, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_vpextrw_r32_xmm_imm8 */
	{ 1, 1, 1, 0xc5, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vpextrw_r64_xmm_imm8 */
	{ 1, 1, 1, 0xc5, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vshufps_xmm_xmm_xmmm128_imm8 */
	{ 1, 1, 0, 0xc6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vshufps_ymm_ymm_ymmm256_imm8 */
	{ 1, 1, 0, 0xc6, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vshufpd_xmm_xmm_xmmm128_imm8 */
	{ 1, 1, 1, 0xc6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vshufpd_ymm_ymm_ymmm256_imm8 */
	{ 1, 1, 1, 0xc6, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddsubpd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xd0, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddsubpd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xd0, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddsubps_xmm_xmm_xmmm128 */
	{ 1, 1, 3, 0xd0, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaddsubps_ymm_ymm_ymmm256 */
	{ 1, 1, 3, 0xd0, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrlw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xd1, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrlw_ymm_ymm_xmmm128 */
	{ 1, 1, 1, 0xd1, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrld_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xd2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrld_ymm_ymm_xmmm128 */
	{ 1, 1, 1, 0xd2, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrlq_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xd3, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrlq_ymm_ymm_xmmm128 */
	{ 1, 1, 1, 0xd3, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddq_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xd4, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddq_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xd4, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmullw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xd5, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmullw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xd5, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmovq_xmmm64_xmm */
	{ 1, 1, 1, 0xd6, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovmskb_r32_xmm */
	{ 1, 1, 1, 0xd7, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vpmovmskb_r32_ymm */
	{ 1, 1, 1, 0xd7, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vpmovmskb_r64_xmm */
	{ 1, 1, 1, 0xd7, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vpmovmskb_r64_ymm */
	{ 1, 1, 1, 0xd7, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* vex_vpsubusb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xd8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubusb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xd8, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubusw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xd9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubusw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xd9, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminub_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xda, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminub_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xda, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpand_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xdb, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpand_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xdb, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddusb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xdc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddusb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xdc, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddusw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xdd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddusw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xdd, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxub_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xde, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxub_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xde, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpandn_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xdf, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpandn_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xdf, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpavgb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xe0, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpavgb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xe0, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsraw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xe1, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsraw_ymm_ymm_xmmm128 */
	{ 1, 1, 1, 0xe1, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrad_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xe2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrad_ymm_ymm_xmmm128 */
	{ 1, 1, 1, 0xe2, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpavgw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xe3, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpavgw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xe3, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmulhuw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xe4, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmulhuw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xe4, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmulhw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xe5, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmulhw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xe5, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vcvttpd2dq_xmm_xmmm128 */
	{ 1, 1, 1, 0xe6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvttpd2dq_xmm_ymmm256 */
	{ 1, 1, 1, 0xe6, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtdq2pd_xmm_xmmm64 */
	{ 1, 1, 2, 0xe6, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtdq2pd_ymm_xmmm128 */
	{ 1, 1, 2, 0xe6, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtpd2dq_xmm_xmmm128 */
	{ 1, 1, 3, 0xe6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtpd2dq_xmm_ymmm256 */
	{ 1, 1, 3, 0xe6, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vmovntdq_m128_xmm */
	{ 1, 1, 1, 0xe7, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vmovntdq_m256_ymm */
	{ 1, 1, 1, 0xe7, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* vex_vpsubsb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xe8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubsb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xe8, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubsw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xe9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubsw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xe9, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminsw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xea, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminsw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xea, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpor_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xeb, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpor_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xeb, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddsb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xec, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddsb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xec, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddsw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xed, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddsw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xed, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxsw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xee, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxsw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xee, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpxor_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xef, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpxor_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xef, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vlddqu_xmm_m128 */
	{ 1, 1, 3, 0xf0, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vlddqu_ymm_m256 */
	{ 1, 1, 3, 0xf0, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vpsllw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xf1, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsllw_ymm_ymm_xmmm128 */
	{ 1, 1, 1, 0xf1, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpslld_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xf2, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpslld_ymm_ymm_xmmm128 */
	{ 1, 1, 1, 0xf2, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsllq_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xf3, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsllq_ymm_ymm_xmmm128 */
	{ 1, 1, 1, 0xf3, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmuludq_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xf4, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmuludq_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xf4, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaddwd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xf5, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaddwd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xf5, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsadbw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xf6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsadbw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xf6, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xf8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xf8, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xf9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xf9, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xfa, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xfa, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubq_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xfb, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsubq_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xfb, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddb_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xfc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddb_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xfc, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddw_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xfd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddw_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xfd, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddd_xmm_xmm_xmmm128 */
	{ 1, 1, 1, 0xfe, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpaddd_ymm_ymm_ymmm256 */
	{ 1, 1, 1, 0xfe, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpshufb_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x00, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpshufb_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x00, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphaddw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x01, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphaddw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x01, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphaddd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x02, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphaddd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x02, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphaddsw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x03, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphaddsw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x03, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaddubsw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x04, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaddubsw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x04, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphsubw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x05, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphsubw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x05, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphsubd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x06, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphsubd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x06, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphsubsw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x07, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphsubsw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x07, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsignb_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x08, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsignb_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x08, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsignw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x09, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsignw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x09, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsignd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x0a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsignd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x0a, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmulhrsw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x0b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmulhrsw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x0b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpermilps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x0c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpermilps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x0c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpermilpd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x0d, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpermilpd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x0d, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vtestps_xmm_xmmm128 */
	{ 1, 2, 1, 0x0e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vtestps_ymm_ymmm256 */
	{ 1, 2, 1, 0x0e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vtestpd_xmm_xmmm128 */
	{ 1, 2, 1, 0x0f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vtestpd_ymm_ymmm256 */
	{ 1, 2, 1, 0x0f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtph2ps_xmm_xmmm64 */
	{ 1, 2, 1, 0x13, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtph2ps_ymm_xmmm128 */
	{ 1, 2, 1, 0x13, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpermps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x16, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vptest_xmm_xmmm128 */
	{ 1, 2, 1, 0x17, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vptest_ymm_ymmm256 */
	{ 1, 2, 1, 0x17, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vbroadcastss_xmm_m32 */
	{ 1, 2, 1, 0x18, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vbroadcastss_xmm_xmm */
	{ 1, 2, 1, 0x18, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF },
	/* vex_vbroadcastss_ymm_m32 */
	{ 1, 2, 1, 0x18, UB_ANY, 0, 0x2, 4, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vbroadcastss_ymm_xmm */
	{ 1, 2, 1, 0x18, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF },
	/* vex_vbroadcastsd_ymm_m64 */
	{ 1, 2, 1, 0x19, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vbroadcastsd_ymm_xmm */
	{ 1, 2, 1, 0x19, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF },
	/* vex_vbroadcastf128_ymm_m128 */
	{ 1, 2, 1, 0x1a, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vpabsb_xmm_xmmm128 */
	{ 1, 2, 1, 0x1c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpabsb_ymm_ymmm256 */
	{ 1, 2, 1, 0x1c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpabsw_xmm_xmmm128 */
	{ 1, 2, 1, 0x1d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpabsw_ymm_ymmm256 */
	{ 1, 2, 1, 0x1d, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpabsd_xmm_xmmm128 */
	{ 1, 2, 1, 0x1e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpabsd_ymm_ymmm256 */
	{ 1, 2, 1, 0x1e, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxbw_xmm_xmmm64 */
	{ 1, 2, 1, 0x20, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxbw_ymm_xmmm128 */
	{ 1, 2, 1, 0x20, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxbd_xmm_xmmm32 */
	{ 1, 2, 1, 0x21, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxbd_ymm_xmmm64 */
	{ 1, 2, 1, 0x21, UB_ANY, UB_ANY, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxbq_xmm_xmmm16 */
	{ 1, 2, 1, 0x22, UB_ANY, UB_ANY, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxbq_ymm_xmmm32 */
	{ 1, 2, 1, 0x22, UB_ANY, UB_ANY, 0x2, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxwd_xmm_xmmm64 */
	{ 1, 2, 1, 0x23, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxwd_ymm_xmmm128 */
	{ 1, 2, 1, 0x23, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxwq_xmm_xmmm32 */
	{ 1, 2, 1, 0x24, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxwq_ymm_xmmm64 */
	{ 1, 2, 1, 0x24, UB_ANY, UB_ANY, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxdq_xmm_xmmm64 */
	{ 1, 2, 1, 0x25, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovsxdq_ymm_xmmm128 */
	{ 1, 2, 1, 0x25, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmuldq_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x28, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmuldq_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x28, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpeqq_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x29, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpeqq_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x29, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmovntdqa_xmm_m128 */
	{ 1, 2, 1, 0x2a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vmovntdqa_ymm_m256 */
	{ 1, 2, 1, 0x2a, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vpackusdw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x2b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpackusdw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x2b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaskmovps_xmm_xmm_m128 */
	{ 1, 2, 1, 0x2c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaskmovps_ymm_ymm_m256 */
	{ 1, 2, 1, 0x2c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaskmovpd_xmm_xmm_m128 */
	{ 1, 2, 1, 0x2d, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaskmovpd_ymm_ymm_m256 */
	{ 1, 2, 1, 0x2d, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaskmovps_m128_xmm_xmm */
	{ 1, 2, 1, 0x2e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaskmovps_m256_ymm_ymm */
	{ 1, 2, 1, 0x2e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaskmovpd_m128_xmm_xmm */
	{ 1, 2, 1, 0x2f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmaskmovpd_m256_ymm_ymm */
	{ 1, 2, 1, 0x2f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmovzxbw_xmm_xmmm64 */
	{ 1, 2, 1, 0x30, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxbw_ymm_xmmm128 */
	{ 1, 2, 1, 0x30, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxbd_xmm_xmmm32 */
	{ 1, 2, 1, 0x31, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxbd_ymm_xmmm64 */
	{ 1, 2, 1, 0x31, UB_ANY, UB_ANY, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxbq_xmm_xmmm16 */
	{ 1, 2, 1, 0x32, UB_ANY, UB_ANY, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxbq_ymm_xmmm32 */
	{ 1, 2, 1, 0x32, UB_ANY, UB_ANY, 0x2, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxwd_xmm_xmmm64 */
	{ 1, 2, 1, 0x33, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxwd_ymm_xmmm128 */
	{ 1, 2, 1, 0x33, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxwq_xmm_xmmm32 */
	{ 1, 2, 1, 0x34, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxwq_ymm_xmmm64 */
	{ 1, 2, 1, 0x34, UB_ANY, UB_ANY, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxdq_xmm_xmmm64 */
	{ 1, 2, 1, 0x35, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmovzxdq_ymm_xmmm128 */
	{ 1, 2, 1, 0x35, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpermd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x36, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpgtq_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x37, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpgtq_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x37, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminsb_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x38, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminsb_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x38, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminsd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x39, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminsd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x39, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminuw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x3a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminuw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x3a, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminud_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x3b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpminud_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x3b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxsb_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x3c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxsb_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x3c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxsd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x3d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxsd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x3d, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxuw_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x3e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxuw_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x3e, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxud_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x3f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaxud_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x3f, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmulld_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x40, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmulld_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x40, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vphminposuw_xmm_xmmm128 */
	{ 1, 2, 1, 0x41, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpsrlvd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x45, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrlvd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x45, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrlvq_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x45, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsrlvq_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x45, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsravd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x46, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsravd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x46, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsllvd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x47, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsllvd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x47, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsllvq_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x47, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpsllvq_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x47, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpbroadcastd_xmm_xmmm32 */
	{ 1, 2, 1, 0x58, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpbroadcastd_ymm_xmmm32 */
	{ 1, 2, 1, 0x58, UB_ANY, 0, 0x2, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpbroadcastq_xmm_xmmm64 */
	{ 1, 2, 1, 0x59, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpbroadcastq_ymm_xmmm64 */
	{ 1, 2, 1, 0x59, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vbroadcasti128_ymm_m128 */
	{ 1, 2, 1, 0x5a, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* vex_vpbroadcastb_xmm_xmmm8 */
	{ 1, 2, 1, 0x78, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpbroadcastb_ymm_xmmm8 */
	{ 1, 2, 1, 0x78, UB_ANY, 0, 0x2, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpbroadcastw_xmm_xmmm16 */
	{ 1, 2, 1, 0x79, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpbroadcastw_ymm_xmmm16 */
	{ 1, 2, 1, 0x79, UB_ANY, 0, 0x2, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpmaskmovd_xmm_xmm_m128 */
	{ 1, 2, 1, 0x8c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaskmovd_ymm_ymm_m256 */
	{ 1, 2, 1, 0x8c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaskmovq_xmm_xmm_m128 */
	{ 1, 2, 1, 0x8c, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaskmovq_ymm_ymm_m256 */
	{ 1, 2, 1, 0x8c, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaskmovd_m128_xmm_xmm */
	{ 1, 2, 1, 0x8e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaskmovd_m256_ymm_ymm */
	{ 1, 2, 1, 0x8e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaskmovq_m128_xmm_xmm */
	{ 1, 2, 1, 0x8e, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpmaskmovq_m256_ymm_ymm */
	{ 1, 2, 1, 0x8e, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub132ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x96, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub132ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x96, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub132pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x96, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub132pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x96, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd132ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x97, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd132ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x97, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd132pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x97, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd132pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x97, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd132ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x98, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd132ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x98, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd132pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x98, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd132pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x98, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd132ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0x99, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd132sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0x99, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub132ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x9a, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub132ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x9a, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub132pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x9a, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub132pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x9a, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub132ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0x9b, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub132sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0x9b, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd132ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x9c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd132ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x9c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd132pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x9c, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd132pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x9c, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd132ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0x9d, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd132sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0x9d, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub132ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x9e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub132ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x9e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub132pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0x9e, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub132pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0x9e, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub132ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0x9f, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub132sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0x9f, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub213ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xa6, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub213ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xa6, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub213pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xa6, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub213pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xa6, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd213ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xa7, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd213ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xa7, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd213pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xa7, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd213pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xa7, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd213ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xa8, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd213ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xa8, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd213pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xa8, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd213pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xa8, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd213ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0xa9, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd213sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0xa9, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub213ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xaa, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub213ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xaa, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub213pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xaa, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub213pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xaa, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub213ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0xab, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub213sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0xab, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd213ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xac, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd213ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xac, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd213pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xac, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd213pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xac, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd213ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0xad, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd213sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0xad, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub213ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xae, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub213ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xae, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub213pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xae, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub213pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xae, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub213ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0xaf, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub213sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0xaf, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub231ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xb6, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub231ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xb6, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub231pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xb6, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmaddsub231pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xb6, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd231ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xb7, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd231ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xb7, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd231pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xb7, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsubadd231pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xb7, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd231ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xb8, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd231ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xb8, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd231pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xb8, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd231pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xb8, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd231ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0xb9, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmadd231sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0xb9, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub231ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xba, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub231ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xba, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub231pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xba, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub231pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xba, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub231ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0xbb, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfmsub231sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0xbb, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd231ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xbc, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd231ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xbc, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd231pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xbc, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd231pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xbc, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd231ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0xbd, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmadd231sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0xbd, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub231ps_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xbe, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub231ps_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xbe, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub231pd_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xbe, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub231pd_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xbe, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub231ss_xmm_xmm_xmmm32 */
	{ 1, 2, 1, 0xbf, UB_ANY, 0, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vfnmsub231sd_xmm_xmm_xmmm64 */
	{ 1, 2, 1, 0xbf, UB_ANY, 1, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vgf2p8mulb_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xcf, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vgf2p8mulb_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xcf, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaesimc_xmm_xmmm128 */
	{ 1, 2, 1, 0xdb, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vaesenc_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xdc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaesenc_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xdc, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaesenclast_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xdd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaesenclast_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xdd, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaesdec_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xde, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaesdec_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xde, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaesdeclast_xmm_xmm_xmmm128 */
	{ 1, 2, 1, 0xdf, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaesdeclast_ymm_ymm_ymmm256 */
	{ 1, 2, 1, 0xdf, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_andn_r32_r32_rm32 */
	{ 1, 2, 0, 0xf2, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_andn_r64_r64_rm64 */
	{ 1, 2, 0, 0xf2, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_blsr_r32_rm32 */
	{ 1, 2, 0, 0xf3, 1, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV |
	  UB_V_VVVV_G | UB_V_VVVV_GW },
	/* vex_blsr_r64_rm64 */
	{ 1, 2, 0, 0xf3, 1, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV |
	  UB_V_VVVV_G | UB_V_VVVV_GW },
	/* vex_blsmsk_r32_rm32 */
	{ 1, 2, 0, 0xf3, 2, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV |
	  UB_V_VVVV_G | UB_V_VVVV_GW },
	/* vex_blsmsk_r64_rm64 */
	{ 1, 2, 0, 0xf3, 2, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV |
	  UB_V_VVVV_G | UB_V_VVVV_GW },
	/* vex_blsi_r32_rm32 */
	{ 1, 2, 0, 0xf3, 3, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV |
	  UB_V_VVVV_G | UB_V_VVVV_GW },
	/* vex_blsi_r64_rm64 */
	{ 1, 2, 0, 0xf3, 3, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV |
	  UB_V_VVVV_G | UB_V_VVVV_GW },
	/* vex_bzhi_r32_rm32_r32 */
	{ 1, 2, 0, 0xf5, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_bzhi_r64_rm64_r64 */
	{ 1, 2, 0, 0xf5, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_pext_r32_r32_rm32 */
	{ 1, 2, 2, 0xf5, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_pext_r64_r64_rm64 */
	{ 1, 2, 2, 0xf5, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_pdep_r32_r32_rm32 */
	{ 1, 2, 3, 0xf5, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_pdep_r64_r64_rm64 */
	{ 1, 2, 3, 0xf5, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_mulx_r32_r32_rm32 */
	{ 1, 2, 3, 0xf6, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G | UB_V_VVVV_GW },
	/* vex_mulx_r64_r64_rm64 */
	{ 1, 2, 3, 0xf6, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G | UB_V_VVVV_GW },
	/* vex_bextr_r32_rm32_r32 */
	{ 1, 2, 0, 0xf7, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_bextr_r64_rm64_r64 */
	{ 1, 2, 0, 0xf7, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_shlx_r32_rm32_r32 */
	{ 1, 2, 1, 0xf7, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_shlx_r64_rm64_r64 */
	{ 1, 2, 1, 0xf7, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_sarx_r32_rm32_r32 */
	{ 1, 2, 2, 0xf7, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_sarx_r64_rm64_r64 */
	{ 1, 2, 2, 0xf7, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_shrx_r32_rm32_r32 */
	{ 1, 2, 3, 0xf7, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_shrx_r64_rm64_r64 */
	{ 1, 2, 3, 0xf7, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G | UB_V_VVVV | UB_V_VVVV_G },
	/* vex_vpermq_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x00, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpermpd_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x01, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpblendd_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x02, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpblendd_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x02, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpermilps_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x04, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpermilps_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x04, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpermilpd_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x05, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpermilpd_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x05, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vperm2f128_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x06, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vroundps_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x08, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vroundps_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x08, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vroundpd_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x09, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vroundpd_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x09, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vroundss_xmm_xmm_xmmm32_imm8 */
	{ 1, 3, 1, 0x0a, UB_ANY, UB_ANY, 0x3, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vroundsd_xmm_xmm_xmmm64_imm8 */
	{ 1, 3, 1, 0x0b, UB_ANY, UB_ANY, 0x3, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vblendps_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x0c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vblendps_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x0c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vblendpd_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x0d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vblendpd_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x0d, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpblendw_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x0e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpblendw_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x0e, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpalignr_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x0f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpalignr_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x0f, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpextrb_r32m8_xmm_imm8 */
	{ 1, 3, 1, 0x14, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vpextrb_r64m8_xmm_imm8 */
	{ 1, 3, 1, 0x14, UB_ANY, 1, 0x1, 1, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vpextrw_r32m16_xmm_imm8 */
	{ 1, 3, 1, 0x15, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vpextrw_r64m16_xmm_imm8 */
	{ 1, 3, 1, 0x15, UB_ANY, 1, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vpextrd_rm32_xmm_imm8 */
	{ 1, 3, 1, 0x16, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vpextrq_rm64_xmm_imm8 */
	{ 1, 3, 1, 0x16, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vextractps_rm32_xmm_imm8 */
	{ 1, 3, 1, 0x17, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vextractps_r64m32_xmm_imm8 */
	{ 1, 3, 1, 0x17, UB_ANY, 1, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* vex_vinsertf128_ymm_ymm_xmmm128_imm8 */
	{ 1, 3, 1, 0x18, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vextractf128_xmmm128_ymm_imm8 */
	{ 1, 3, 1, 0x19, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtps2ph_xmmm64_xmm_imm8 */
	{ 1, 3, 1, 0x1d, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vcvtps2ph_xmmm128_ymm_imm8 */
	{ 1, 3, 1, 0x1d, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vpinsrb_xmm_xmm_r32m8_imm8 */
	{ 1, 3, 1, 0x20, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_vpinsrb_xmm_xmm_r64m8_imm8 */
	{ 1, 3, 1, 0x20, UB_ANY, 1, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_vinsertps_xmm_xmm_xmmm32_imm8 */
	{ 1, 3, 1, 0x21, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpinsrd_xmm_xmm_rm32_imm8 */
	{ 1, 3, 1, 0x22, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_vpinsrq_xmm_xmm_rm64_imm8 */
	{ 1, 3, 1, 0x22, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* vex_kshiftrb_kr_kr_imm8 */
	{ 1, 3, 1, 0x30, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kshiftrw_kr_kr_imm8 */
	{ 1, 3, 1, 0x30, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kshiftrd_kr_kr_imm8 */
	{ 1, 3, 1, 0x31, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kshiftrq_kr_kr_imm8 */
	{ 1, 3, 1, 0x31, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kshiftlb_kr_kr_imm8 */
	{ 1, 3, 1, 0x32, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kshiftlw_kr_kr_imm8 */
	{ 1, 3, 1, 0x32, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kshiftld_kr_kr_imm8 */
	{ 1, 3, 1, 0x33, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_kshiftlq_kr_kr_imm8 */
	{ 1, 3, 1, 0x33, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K | UB_V_RM_K },
	/* vex_vinserti128_ymm_ymm_xmmm128_imm8 */
	{ 1, 3, 1, 0x38, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vextracti128_xmmm128_ymm_imm8 */
	{ 1, 3, 1, 0x39, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* vex_vdpps_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x40, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vdpps_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x40, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vdppd_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x41, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmpsadbw_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x42, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vmpsadbw_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x42, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpclmulqdq_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x44, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpclmulqdq_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x44, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vperm2i128_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0x46, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vblendvps_xmm_xmm_xmmm128_xmm */
	{ 1, 3, 1, 0x4a, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vblendvps_ymm_ymm_ymmm256_ymm */
	{ 1, 3, 1, 0x4a, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vblendvpd_xmm_xmm_xmmm128_xmm */
	{ 1, 3, 1, 0x4b, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vblendvpd_ymm_ymm_ymmm256_ymm */
	{ 1, 3, 1, 0x4b, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpblendvb_xmm_xmm_xmmm128_xmm */
	{ 1, 3, 1, 0x4c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpblendvb_ymm_ymm_ymmm256_ymm */
	{ 1, 3, 1, 0x4c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vpcmpestrm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x60, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpcmpestrm64_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x60, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpcmpestri_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x61, UB_ANY, 0, 0x1, 16, 0x0002,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpcmpestri64_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x61, UB_ANY, 1, 0x1, 16, 0x0002,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpcmpistrm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x62, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vpcmpistri_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0x63, UB_ANY, UB_ANY, 0x1, 16, 0x0002,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_vgf2p8affineqb_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0xce, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vgf2p8affineqb_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0xce, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vgf2p8affineinvqb_xmm_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0xcf, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vgf2p8affineinvqb_ymm_ymm_ymmm256_imm8 */
	{ 1, 3, 1, 0xcf, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* vex_vaeskeygenassist_xmm_xmmm128_imm8 */
	{ 1, 3, 1, 0xdf, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* vex_rorx_r32_rm32_imm8 */
	{ 1, 3, 3, 0xf0, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G },
	/* vex_rorx_r64_rm64_imm8 */
	{ 1, 3, 3, 0xf0, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW |
	  UB_V_RM_G },
	/* evex_vmovups_xmm_k1z_xmmm128 */
	{ 2, 1, 0, 0x10, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovups_ymm_k1z_ymmm256 */
	{ 2, 1, 0, 0x10, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovups_zmm_k1z_zmmm512 */
	{ 2, 1, 0, 0x10, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovupd_xmm_k1z_xmmm128 */
	{ 2, 1, 1, 0x10, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovupd_ymm_k1z_ymmm256 */
	{ 2, 1, 1, 0x10, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovupd_zmm_k1z_zmmm512 */
	{ 2, 1, 1, 0x10, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovss_xmm_k1z_xmm_xmm */
	{ 2, 1, 2, 0x10, UB_ANY, 0, 0x7, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovss_xmm_k1z_m32 */
	{ 2, 1, 2, 0x10, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovsd_xmm_k1z_xmm_xmm */
	{ 2, 1, 3, 0x10, UB_ANY, 1, 0x7, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovsd_xmm_k1z_m64 */
	{ 2, 1, 3, 0x10, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovups_xmmm128_k1z_xmm */
	{ 2, 1, 0, 0x11, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovups_ymmm256_k1z_ymm */
	{ 2, 1, 0, 0x11, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovups_zmmm512_k1z_zmm */
	{ 2, 1, 0, 0x11, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovupd_xmmm128_k1z_xmm */
	{ 2, 1, 1, 0x11, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovupd_ymmm256_k1z_ymm */
	{ 2, 1, 1, 0x11, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovupd_zmmm512_k1z_zmm */
	{ 2, 1, 1, 0x11, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovss_xmm_k1z_xmm_xmm_0f11 */
	{ 2, 1, 2, 0x11, UB_ANY, 0, 0x7, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovss_m32_k1_xmm */
	{ 2, 1, 2, 0x11, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_MASK },
	/* evex_vmovsd_xmm_k1z_xmm_xmm_0f11 */
	{ 2, 1, 3, 0x11, UB_ANY, 1, 0x7, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovsd_m64_k1_xmm */
	{ 2, 1, 3, 0x11, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF | UB_V_MASK },
	/* evex_vmovhlps_xmm_xmm_xmm */
	{ 2, 1, 0, 0x12, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* evex_vmovlps_xmm_xmm_m64 */
	{ 2, 1, 0, 0x12, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* evex_vmovlpd_xmm_xmm_m64 */
	{ 2, 1, 1, 0x12, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* evex_vmovsldup_xmm_k1z_xmmm128 */
	{ 2, 1, 2, 0x12, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovsldup_ymm_k1z_ymmm256 */
	{ 2, 1, 2, 0x12, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovsldup_zmm_k1z_zmmm512 */
	{ 2, 1, 2, 0x12, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovddup_xmm_k1z_xmmm64 */
	{ 2, 1, 3, 0x12, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovddup_ymm_k1z_ymmm256 */
	{ 2, 1, 3, 0x12, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovddup_zmm_k1z_zmmm512 */
	{ 2, 1, 3, 0x12, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovlps_m64_xmm */
	{ 2, 1, 0, 0x13, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovlpd_m64_xmm */
	{ 2, 1, 1, 0x13, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vunpcklps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x14, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpcklps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x14, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpcklps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 0, 0x14, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpcklpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x14, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpcklpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x14, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpcklpd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0x14, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpckhps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x15, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpckhps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x15, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpckhps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 0, 0x15, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpckhpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x15, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpckhpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x15, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vunpckhpd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0x15, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovlhps_xmm_xmm_xmm */
	{ 2, 1, 0, 0x16, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_VVVV },
	/* evex_vmovhps_xmm_xmm_m64 */
	{ 2, 1, 0, 0x16, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* evex_vmovhpd_xmm_xmm_m64 */
	{ 2, 1, 1, 0x16, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_VVVV },
	/* evex_vmovshdup_xmm_k1z_xmmm128 */
	{ 2, 1, 2, 0x16, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovshdup_ymm_k1z_ymmm256 */
	{ 2, 1, 2, 0x16, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovshdup_zmm_k1z_zmmm512 */
	{ 2, 1, 2, 0x16, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovhps_m64_xmm */
	{ 2, 1, 0, 0x17, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovhpd_m64_xmm */
	{ 2, 1, 1, 0x17, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovaps_xmm_k1z_xmmm128 */
	{ 2, 1, 0, 0x28, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovaps_ymm_k1z_ymmm256 */
	{ 2, 1, 0, 0x28, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovaps_zmm_k1z_zmmm512 */
	{ 2, 1, 0, 0x28, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovapd_xmm_k1z_xmmm128 */
	{ 2, 1, 1, 0x28, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovapd_ymm_k1z_ymmm256 */
	{ 2, 1, 1, 0x28, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovapd_zmm_k1z_zmmm512 */
	{ 2, 1, 1, 0x28, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovaps_xmmm128_k1z_xmm */
	{ 2, 1, 0, 0x29, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovaps_ymmm256_k1z_ymm */
	{ 2, 1, 0, 0x29, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovaps_zmmm512_k1z_zmm */
	{ 2, 1, 0, 0x29, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovapd_xmmm128_k1z_xmm */
	{ 2, 1, 1, 0x29, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovapd_ymmm256_k1z_ymm */
	{ 2, 1, 1, 0x29, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovapd_zmmm512_k1z_zmm */
	{ 2, 1, 1, 0x29, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtsi2ss_xmm_xmm_rm32_er */
	{ 2, 1, 2, 0x2a, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vcvtsi2ss_xmm_xmm_rm64_er */
	{ 2, 1, 2, 0x2a, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vcvtsi2sd_xmm_xmm_rm32_er */
	{ 2, 1, 3, 0x2a, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vcvtsi2sd_xmm_xmm_rm64_er */
	{ 2, 1, 3, 0x2a, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vmovntps_m128_xmm */
	{ 2, 1, 0, 0x2b, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovntps_m256_ymm */
	{ 2, 1, 0, 0x2b, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovntps_m512_zmm */
	{ 2, 1, 0, 0x2b, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovntpd_m128_xmm */
	{ 2, 1, 1, 0x2b, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovntpd_m256_ymm */
	{ 2, 1, 1, 0x2b, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovntpd_m512_zmm */
	{ 2, 1, 1, 0x2b, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vcvttss2si_r32_xmmm32_sae */
	{ 2, 1, 2, 0x2c, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvttss2si_r64_xmmm32_sae */
	{ 2, 1, 2, 0x2c, UB_ANY, 1, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvttsd2si_r32_xmmm64_sae */
	{ 2, 1, 3, 0x2c, UB_ANY, 0, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvttsd2si_r64_xmmm64_sae */
	{ 2, 1, 3, 0x2c, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvtss2si_r32_xmmm32_er */
	{ 2, 1, 2, 0x2d, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvtss2si_r64_xmmm32_er */
	{ 2, 1, 2, 0x2d, UB_ANY, 1, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvtsd2si_r32_xmmm64_er */
	{ 2, 1, 3, 0x2d, UB_ANY, 0, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvtsd2si_r64_xmmm64_er */
	{ 2, 1, 3, 0x2d, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vucomiss_xmm_xmmm32_sae */
	{ 2, 1, 0, 0x2e, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* evex_vucomisd_xmm_xmmm64_sae */
	{ 2, 1, 1, 0x2e, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* evex_vcomiss_xmm_xmmm32_sae */
	{ 2, 1, 0, 0x2f, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* evex_vcomisd_xmm_xmmm64_sae */
	{ 2, 1, 1, 0x2f, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* evex_vsqrtps_xmm_k1z_xmmm128b32 */
	{ 2, 1, 0, 0x51, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vsqrtps_ymm_k1z_ymmm256b32 */
	{ 2, 1, 0, 0x51, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vsqrtps_zmm_k1z_zmmm512b32_er */
	{ 2, 1, 0, 0x51, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vsqrtpd_xmm_k1z_xmmm128b64 */
	{ 2, 1, 1, 0x51, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vsqrtpd_ymm_k1z_ymmm256b64 */
	{ 2, 1, 1, 0x51, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vsqrtpd_zmm_k1z_zmmm512b64_er */
	{ 2, 1, 1, 0x51, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vsqrtss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 1, 2, 0x51, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vsqrtsd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 1, 3, 0x51, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x54, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x54, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 0, 0x54, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x54, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x54, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandpd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0x54, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandnps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x55, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandnps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x55, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandnps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 0, 0x55, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandnpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x55, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandnpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x55, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vandnpd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0x55, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vorps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x56, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vorps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x56, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vorps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 0, 0x56, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vorpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x56, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vorpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x56, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vorpd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0x56, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vxorps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x57, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vxorps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x57, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vxorps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 0, 0x57, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vxorpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x57, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vxorpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x57, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vxorpd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0x57, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vaddps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x58, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vaddps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x58, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vaddps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 1, 0, 0x58, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vaddpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x58, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vaddpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x58, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vaddpd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 1, 1, 0x58, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vaddss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 1, 2, 0x58, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vaddsd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 1, 3, 0x58, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmulps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x59, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmulps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x59, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmulps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 1, 0, 0x59, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmulpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x59, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmulpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x59, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmulpd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 1, 1, 0x59, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmulss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 1, 2, 0x59, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmulsd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 1, 3, 0x59, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2pd_xmm_k1z_xmmm64b32 */
	{ 2, 1, 0, 0x5a, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2pd_ymm_k1z_xmmm128b32 */
	{ 2, 1, 0, 0x5a, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2pd_zmm_k1z_ymmm256b32_sae */
	{ 2, 1, 0, 0x5a, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2ps_xmm_k1z_xmmm128b64 */
	{ 2, 1, 1, 0x5a, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2ps_xmm_k1z_ymmm256b64 */
	{ 2, 1, 1, 0x5a, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2ps_ymm_k1z_zmmm512b64_er */
	{ 2, 1, 1, 0x5a, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtss2sd_xmm_k1z_xmm_xmmm32_sae */
	{ 2, 1, 2, 0x5a, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtsd2ss_xmm_k1z_xmm_xmmm64_er */
	{ 2, 1, 3, 0x5a, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtdq2ps_xmm_k1z_xmmm128b32 */
	{ 2, 1, 0, 0x5b, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtdq2ps_ymm_k1z_ymmm256b32 */
	{ 2, 1, 0, 0x5b, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtdq2ps_zmm_k1z_zmmm512b32_er */
	{ 2, 1, 0, 0x5b, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtqq2ps_xmm_k1z_xmmm128b64 */
	{ 2, 1, 0, 0x5b, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtqq2ps_xmm_k1z_ymmm256b64 */
	{ 2, 1, 0, 0x5b, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtqq2ps_ymm_k1z_zmmm512b64_er */
	{ 2, 1, 0, 0x5b, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2dq_xmm_k1z_xmmm128b32 */
	{ 2, 1, 1, 0x5b, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2dq_ymm_k1z_ymmm256b32 */
	{ 2, 1, 1, 0x5b, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2dq_zmm_k1z_zmmm512b32_er */
	{ 2, 1, 1, 0x5b, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2dq_xmm_k1z_xmmm128b32 */
	{ 2, 1, 2, 0x5b, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2dq_ymm_k1z_ymmm256b32 */
	{ 2, 1, 2, 0x5b, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2dq_zmm_k1z_zmmm512b32_sae */
	{ 2, 1, 2, 0x5b, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vsubps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x5c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vsubps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x5c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vsubps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 1, 0, 0x5c, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vsubpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x5c, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vsubpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x5c, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vsubpd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 1, 1, 0x5c, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vsubss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 1, 2, 0x5c, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vsubsd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 1, 3, 0x5c, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vminps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x5d, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vminps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x5d, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vminps_zmm_k1z_zmm_zmmm512b32_sae */
	{ 2, 1, 0, 0x5d, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vminpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x5d, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vminpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x5d, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vminpd_zmm_k1z_zmm_zmmm512b64_sae */
	{ 2, 1, 1, 0x5d, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vminss_xmm_k1z_xmm_xmmm32_sae */
	{ 2, 1, 2, 0x5d, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vminsd_xmm_k1z_xmm_xmmm64_sae */
	{ 2, 1, 3, 0x5d, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdivps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x5e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdivps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x5e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdivps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 1, 0, 0x5e, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdivpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x5e, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdivpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x5e, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdivpd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 1, 1, 0x5e, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdivss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 1, 2, 0x5e, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdivsd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 1, 3, 0x5e, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmaxps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 0, 0x5f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmaxps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 0, 0x5f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmaxps_zmm_k1z_zmm_zmmm512b32_sae */
	{ 2, 1, 0, 0x5f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmaxpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x5f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmaxpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x5f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmaxpd_zmm_k1z_zmm_zmmm512b64_sae */
	{ 2, 1, 1, 0x5f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmaxss_xmm_k1z_xmm_xmmm32_sae */
	{ 2, 1, 2, 0x5f, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmaxsd_xmm_k1z_xmm_xmmm64_sae */
	{ 2, 1, 3, 0x5f, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpcklbw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0x60, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpcklbw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0x60, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpcklbw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0x60, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpcklwd_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0x61, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpcklwd_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0x61, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpcklwd_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0x61, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckldq_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 1, 0x62, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckldq_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 1, 0x62, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckldq_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 1, 0x62, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpacksswb_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0x63, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpacksswb_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0x63, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpacksswb_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0x63, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcmpgtb_kr_k1_xmm_xmmm128 */
	{ 2, 1, 1, 0x64, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtb_kr_k1_ymm_ymmm256 */
	{ 2, 1, 1, 0x64, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtb_kr_k1_zmm_zmmm512 */
	{ 2, 1, 1, 0x64, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtw_kr_k1_xmm_xmmm128 */
	{ 2, 1, 1, 0x65, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtw_kr_k1_ymm_ymmm256 */
	{ 2, 1, 1, 0x65, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtw_kr_k1_zmm_zmmm512 */
	{ 2, 1, 1, 0x65, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtd_kr_k1_xmm_xmmm128b32 */
	{ 2, 1, 1, 0x66, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtd_kr_k1_ymm_ymmm256b32 */
	{ 2, 1, 1, 0x66, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtd_kr_k1_zmm_zmmm512b32 */
	{ 2, 1, 1, 0x66, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpackuswb_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0x67, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpackuswb_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0x67, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpackuswb_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0x67, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhbw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0x68, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhbw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0x68, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhbw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0x68, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhwd_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0x69, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhwd_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0x69, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhwd_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0x69, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhdq_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 1, 0x6a, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhdq_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 1, 0x6a, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhdq_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 1, 0x6a, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpackssdw_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 1, 0x6b, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpackssdw_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 1, 0x6b, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpackssdw_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 1, 0x6b, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpcklqdq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x6c, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpcklqdq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x6c, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpcklqdq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0x6c, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhqdq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0x6d, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhqdq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0x6d, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpunpckhqdq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0x6d, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovd_xmm_rm32 */
	{ 2, 1, 1, 0x6e, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* evex_vmovq_xmm_rm64 */
	{ 2, 1, 1, 0x6e, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G },
	/* evex_vmovdqa32_xmm_k1z_xmmm128 */
	{ 2, 1, 1, 0x6f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa32_ymm_k1z_ymmm256 */
	{ 2, 1, 1, 0x6f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa32_zmm_k1z_zmmm512 */
	{ 2, 1, 1, 0x6f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa64_xmm_k1z_xmmm128 */
	{ 2, 1, 1, 0x6f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa64_ymm_k1z_ymmm256 */
	{ 2, 1, 1, 0x6f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa64_zmm_k1z_zmmm512 */
	{ 2, 1, 1, 0x6f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu32_xmm_k1z_xmmm128 */
	{ 2, 1, 2, 0x6f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu32_ymm_k1z_ymmm256 */
	{ 2, 1, 2, 0x6f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu32_zmm_k1z_zmmm512 */
	{ 2, 1, 2, 0x6f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu64_xmm_k1z_xmmm128 */
	{ 2, 1, 2, 0x6f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu64_ymm_k1z_ymmm256 */
	{ 2, 1, 2, 0x6f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu64_zmm_k1z_zmmm512 */
	{ 2, 1, 2, 0x6f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu8_xmm_k1z_xmmm128 */
	{ 2, 1, 3, 0x6f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu8_ymm_k1z_ymmm256 */
	{ 2, 1, 3, 0x6f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu8_zmm_k1z_zmmm512 */
	{ 2, 1, 3, 0x6f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu16_xmm_k1z_xmmm128 */
	{ 2, 1, 3, 0x6f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu16_ymm_k1z_ymmm256 */
	{ 2, 1, 3, 0x6f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu16_zmm_k1z_zmmm512 */
	{ 2, 1, 3, 0x6f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufd_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 1, 1, 0x70, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufd_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 1, 1, 0x70, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufd_zmm_k1z_zmmm512b32_imm8 */
	{ 2, 1, 1, 0x70, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufhw_xmm_k1z_xmmm128_imm8 */
	{ 2, 1, 2, 0x70, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufhw_ymm_k1z_ymmm256_imm8 */
	{ 2, 1, 2, 0x70, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufhw_zmm_k1z_zmmm512_imm8 */
	{ 2, 1, 2, 0x70, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshuflw_xmm_k1z_xmmm128_imm8 */
	{ 2, 1, 3, 0x70, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshuflw_ymm_k1z_ymmm256_imm8 */
	{ 2, 1, 3, 0x70, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshuflw_zmm_k1z_zmmm512_imm8 */
	{ 2, 1, 3, 0x70, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlw_xmm_k1z_xmmm128_imm8 */
	{ 2, 1, 1, 0x71, 2, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlw_ymm_k1z_ymmm256_imm8 */
	{ 2, 1, 1, 0x71, 2, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlw_zmm_k1z_zmmm512_imm8 */
	{ 2, 1, 1, 0x71, 2, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraw_xmm_k1z_xmmm128_imm8 */
	{ 2, 1, 1, 0x71, 4, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraw_ymm_k1z_ymmm256_imm8 */
	{ 2, 1, 1, 0x71, 4, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraw_zmm_k1z_zmmm512_imm8 */
	{ 2, 1, 1, 0x71, 4, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllw_xmm_k1z_xmmm128_imm8 */
	{ 2, 1, 1, 0x71, 6, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllw_ymm_k1z_ymmm256_imm8 */
	{ 2, 1, 1, 0x71, 6, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllw_zmm_k1z_zmmm512_imm8 */
	{ 2, 1, 1, 0x71, 6, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprord_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 1, 1, 0x72, 0, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprord_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 1, 1, 0x72, 0, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprord_zmm_k1z_zmmm512b32_imm8 */
	{ 2, 1, 1, 0x72, 0, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprorq_xmm_k1z_xmmm128b64_imm8 */
	{ 2, 1, 1, 0x72, 0, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprorq_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 1, 1, 0x72, 0, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprorq_zmm_k1z_zmmm512b64_imm8 */
	{ 2, 1, 1, 0x72, 0, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprold_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 1, 1, 0x72, 1, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprold_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 1, 1, 0x72, 1, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprold_zmm_k1z_zmmm512b32_imm8 */
	{ 2, 1, 1, 0x72, 1, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprolq_xmm_k1z_xmmm128b64_imm8 */
	{ 2, 1, 1, 0x72, 1, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprolq_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 1, 1, 0x72, 1, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprolq_zmm_k1z_zmmm512b64_imm8 */
	{ 2, 1, 1, 0x72, 1, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrld_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 1, 1, 0x72, 2, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrld_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 1, 1, 0x72, 2, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrld_zmm_k1z_zmmm512b32_imm8 */
	{ 2, 1, 1, 0x72, 2, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrad_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 1, 1, 0x72, 4, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrad_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 1, 1, 0x72, 4, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrad_zmm_k1z_zmmm512b32_imm8 */
	{ 2, 1, 1, 0x72, 4, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraq_xmm_k1z_xmmm128b64_imm8 */
	{ 2, 1, 1, 0x72, 4, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraq_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 1, 1, 0x72, 4, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraq_zmm_k1z_zmmm512b64_imm8 */
	{ 2, 1, 1, 0x72, 4, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpslld_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 1, 1, 0x72, 6, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpslld_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 1, 1, 0x72, 6, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpslld_zmm_k1z_zmmm512b32_imm8 */
	{ 2, 1, 1, 0x72, 6, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlq_xmm_k1z_xmmm128b64_imm8 */
	{ 2, 1, 1, 0x73, 2, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlq_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 1, 1, 0x73, 2, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlq_zmm_k1z_zmmm512b64_imm8 */
	{ 2, 1, 1, 0x73, 2, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrldq_xmm_xmmm128_imm8 */
	{ 2, 1, 1, 0x73, 3, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpsrldq_ymm_ymmm256_imm8 */
	{ 2, 1, 1, 0x73, 3, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpsrldq_zmm_zmmm512_imm8 */
	{ 2, 1, 1, 0x73, 3, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpsllq_xmm_k1z_xmmm128b64_imm8 */
	{ 2, 1, 1, 0x73, 6, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllq_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 1, 1, 0x73, 6, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllq_zmm_k1z_zmmm512b64_imm8 */
	{ 2, 1, 1, 0x73, 6, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpslldq_xmm_xmmm128_imm8 */
	{ 2, 1, 1, 0x73, 7, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpslldq_ymm_ymmm256_imm8 */
	{ 2, 1, 1, 0x73, 7, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpslldq_zmm_zmmm512_imm8 */
	{ 2, 1, 1, 0x73, 7, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpcmpeqb_kr_k1_xmm_xmmm128 */
	{ 2, 1, 1, 0x74, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqb_kr_k1_ymm_ymmm256 */
	{ 2, 1, 1, 0x74, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqb_kr_k1_zmm_zmmm512 */
	{ 2, 1, 1, 0x74, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqw_kr_k1_xmm_xmmm128 */
	{ 2, 1, 1, 0x75, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqw_kr_k1_ymm_ymmm256 */
	{ 2, 1, 1, 0x75, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqw_kr_k1_zmm_zmmm512 */
	{ 2, 1, 1, 0x75, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqd_kr_k1_xmm_xmmm128b32 */
	{ 2, 1, 1, 0x76, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqd_kr_k1_ymm_ymmm256b32 */
	{ 2, 1, 1, 0x76, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqd_kr_k1_zmm_zmmm512b32 */
	{ 2, 1, 1, 0x76, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vcvttps2udq_xmm_k1z_xmmm128b32 */
	{ 2, 1, 0, 0x78, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2udq_ymm_k1z_ymmm256b32 */
	{ 2, 1, 0, 0x78, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2udq_zmm_k1z_zmmm512b32_sae */
	{ 2, 1, 0, 0x78, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2udq_xmm_k1z_xmmm128b64 */
	{ 2, 1, 0, 0x78, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2udq_xmm_k1z_ymmm256b64 */
	{ 2, 1, 0, 0x78, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2udq_ymm_k1z_zmmm512b64_sae */
	{ 2, 1, 0, 0x78, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2uqq_xmm_k1z_xmmm64b32 */
	{ 2, 1, 1, 0x78, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2uqq_ymm_k1z_xmmm128b32 */
	{ 2, 1, 1, 0x78, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2uqq_zmm_k1z_ymmm256b32_sae */
	{ 2, 1, 1, 0x78, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2uqq_xmm_k1z_xmmm128b64 */
	{ 2, 1, 1, 0x78, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2uqq_ymm_k1z_ymmm256b64 */
	{ 2, 1, 1, 0x78, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2uqq_zmm_k1z_zmmm512b64_sae */
	{ 2, 1, 1, 0x78, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttss2usi_r32_xmmm32_sae */
	{ 2, 1, 2, 0x78, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvttss2usi_r64_xmmm32_sae */
	{ 2, 1, 2, 0x78, UB_ANY, 1, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvttsd2usi_r32_xmmm64_sae */
	{ 2, 1, 3, 0x78, UB_ANY, 0, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvttsd2usi_r64_xmmm64_sae */
	{ 2, 1, 3, 0x78, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvtps2udq_xmm_k1z_xmmm128b32 */
	{ 2, 1, 0, 0x79, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2udq_ymm_k1z_ymmm256b32 */
	{ 2, 1, 0, 0x79, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2udq_zmm_k1z_zmmm512b32_er */
	{ 2, 1, 0, 0x79, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2udq_xmm_k1z_xmmm128b64 */
	{ 2, 1, 0, 0x79, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2udq_xmm_k1z_ymmm256b64 */
	{ 2, 1, 0, 0x79, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2udq_ymm_k1z_zmmm512b64_er */
	{ 2, 1, 0, 0x79, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2uqq_xmm_k1z_xmmm64b32 */
	{ 2, 1, 1, 0x79, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2uqq_ymm_k1z_xmmm128b32 */
	{ 2, 1, 1, 0x79, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2uqq_zmm_k1z_ymmm256b32_er */
	{ 2, 1, 1, 0x79, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2uqq_xmm_k1z_xmmm128b64 */
	{ 2, 1, 1, 0x79, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2uqq_ymm_k1z_ymmm256b64 */
	{ 2, 1, 1, 0x79, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2uqq_zmm_k1z_zmmm512b64_er */
	{ 2, 1, 1, 0x79, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtss2usi_r32_xmmm32_er */
	{ 2, 1, 2, 0x79, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvtss2usi_r64_xmmm32_er */
	{ 2, 1, 2, 0x79, UB_ANY, 1, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvtsd2usi_r32_xmmm64_er */
	{ 2, 1, 3, 0x79, UB_ANY, 0, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvtsd2usi_r64_xmmm64_er */
	{ 2, 1, 3, 0x79, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vcvttps2qq_xmm_k1z_xmmm64b32 */
	{ 2, 1, 1, 0x7a, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2qq_ymm_k1z_xmmm128b32 */
	{ 2, 1, 1, 0x7a, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttps2qq_zmm_k1z_ymmm256b32_sae */
	{ 2, 1, 1, 0x7a, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2qq_xmm_k1z_xmmm128b64 */
	{ 2, 1, 1, 0x7a, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2qq_ymm_k1z_ymmm256b64 */
	{ 2, 1, 1, 0x7a, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2qq_zmm_k1z_zmmm512b64_sae */
	{ 2, 1, 1, 0x7a, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtudq2pd_xmm_k1z_xmmm64b32 */
	{ 2, 1, 2, 0x7a, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtudq2pd_ymm_k1z_xmmm128b32 */
	{ 2, 1, 2, 0x7a, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtudq2pd_zmm_k1z_ymmm256b32_er */
	{ 2, 1, 2, 0x7a, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtuqq2pd_xmm_k1z_xmmm128b64 */
	{ 2, 1, 2, 0x7a, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtuqq2pd_ymm_k1z_ymmm256b64 */
	{ 2, 1, 2, 0x7a, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtuqq2pd_zmm_k1z_zmmm512b64_er */
	{ 2, 1, 2, 0x7a, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtudq2ps_xmm_k1z_xmmm128b32 */
	{ 2, 1, 3, 0x7a, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtudq2ps_ymm_k1z_ymmm256b32 */
	{ 2, 1, 3, 0x7a, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtudq2ps_zmm_k1z_zmmm512b32_er */
	{ 2, 1, 3, 0x7a, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtuqq2ps_xmm_k1z_xmmm128b64 */
	{ 2, 1, 3, 0x7a, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtuqq2ps_xmm_k1z_ymmm256b64 */
	{ 2, 1, 3, 0x7a, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtuqq2ps_ymm_k1z_zmmm512b64_er */
	{ 2, 1, 3, 0x7a, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2qq_xmm_k1z_xmmm64b32 */
	{ 2, 1, 1, 0x7b, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2qq_ymm_k1z_xmmm128b32 */
	{ 2, 1, 1, 0x7b, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2qq_zmm_k1z_ymmm256b32_er */
	{ 2, 1, 1, 0x7b, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2qq_xmm_k1z_xmmm128b64 */
	{ 2, 1, 1, 0x7b, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2qq_ymm_k1z_ymmm256b64 */
	{ 2, 1, 1, 0x7b, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2qq_zmm_k1z_zmmm512b64_er */
	{ 2, 1, 1, 0x7b, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtusi2ss_xmm_xmm_rm32_er */
	{ 2, 1, 2, 0x7b, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vcvtusi2ss_xmm_xmm_rm64_er */
	{ 2, 1, 2, 0x7b, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vcvtusi2sd_xmm_xmm_rm32_er */
	{ 2, 1, 3, 0x7b, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vcvtusi2sd_xmm_xmm_rm64_er */
	{ 2, 1, 3, 0x7b, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vmovd_rm32_xmm */
	{ 2, 1, 1, 0x7e, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vmovq_rm64_xmm */
	{ 2, 1, 1, 0x7e, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vmovq_xmm_xmmm64 */
	{ 2, 1, 2, 0x7e, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF },
	/* evex_vmovdqa32_xmmm128_k1z_xmm */
	{ 2, 1, 1, 0x7f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa32_ymmm256_k1z_ymm */
	{ 2, 1, 1, 0x7f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa32_zmmm512_k1z_zmm */
	{ 2, 1, 1, 0x7f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa64_xmmm128_k1z_xmm */
	{ 2, 1, 1, 0x7f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa64_ymmm256_k1z_ymm */
	{ 2, 1, 1, 0x7f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqa64_zmmm512_k1z_zmm */
	{ 2, 1, 1, 0x7f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu32_xmmm128_k1z_xmm */
	{ 2, 1, 2, 0x7f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu32_ymmm256_k1z_ymm */
	{ 2, 1, 2, 0x7f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu32_zmmm512_k1z_zmm */
	{ 2, 1, 2, 0x7f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu64_xmmm128_k1z_xmm */
	{ 2, 1, 2, 0x7f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu64_ymmm256_k1z_ymm */
	{ 2, 1, 2, 0x7f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu64_zmmm512_k1z_zmm */
	{ 2, 1, 2, 0x7f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu8_xmmm128_k1z_xmm */
	{ 2, 1, 3, 0x7f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu8_ymmm256_k1z_ymm */
	{ 2, 1, 3, 0x7f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu8_zmmm512_k1z_zmm */
	{ 2, 1, 3, 0x7f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu16_xmmm128_k1z_xmm */
	{ 2, 1, 3, 0x7f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu16_ymmm256_k1z_ymm */
	{ 2, 1, 3, 0x7f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovdqu16_zmmm512_k1z_zmm */
	{ 2, 1, 3, 0x7f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcmpps_kr_k1_xmm_xmmm128b32_imm8 */
	{ 2, 1, 0, 0xc2, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vcmpps_kr_k1_ymm_ymmm256b32_imm8 */
	{ 2, 1, 0, 0xc2, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vcmpps_kr_k1_zmm_zmmm512b32_imm8_sae */
	{ 2, 1, 0, 0xc2, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vcmppd_kr_k1_xmm_xmmm128b64_imm8 */
	{ 2, 1, 1, 0xc2, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vcmppd_kr_k1_ymm_ymmm256b64_imm8 */
	{ 2, 1, 1, 0xc2, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vcmppd_kr_k1_zmm_zmmm512b64_imm8_sae */
	{ 2, 1, 1, 0xc2, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vcmpss_kr_k1_xmm_xmmm32_imm8_sae */
	{ 2, 1, 2, 0xc2, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vcmpsd_kr_k1_xmm_xmmm64_imm8_sae */
	{ 2, 1, 3, 0xc2, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpinsrw_xmm_xmm_r32m16_imm8 */
	{ 2, 1, 1, 0xc4, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vpinsrw_xmm_xmm_r64m16_imm8 */
	{ 2, 1, 1, 0xc4, UB_ANY, 1, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vpextrw_r32_xmm_imm8 */
	{ 2, 1, 1, 0xc5, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vpextrw_r64_xmm_imm8 */
	{ 2, 1, 1, 0xc5, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_G | UB_V_REG_GW },
	/* evex_vshufps_xmm_k1z_xmm_xmmm128b32_imm8 */
	{ 2, 1, 0, 0xc6, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshufps_ymm_k1z_ymm_ymmm256b32_imm8 */
	{ 2, 1, 0, 0xc6, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshufps_zmm_k1z_zmm_zmmm512b32_imm8 */
	{ 2, 1, 0, 0xc6, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshufpd_xmm_k1z_xmm_xmmm128b64_imm8 */
	{ 2, 1, 1, 0xc6, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshufpd_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 1, 1, 0xc6, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshufpd_zmm_k1z_zmm_zmmm512b64_imm8 */
	{ 2, 1, 1, 0xc6, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xd1, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlw_ymm_k1z_ymm_xmmm128 */
	{ 2, 1, 1, 0xd1, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlw_zmm_k1z_zmm_xmmm128 */
	{ 2, 1, 1, 0xd1, UB_ANY, UB_ANY, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrld_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xd2, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrld_ymm_k1z_ymm_xmmm128 */
	{ 2, 1, 1, 0xd2, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrld_zmm_k1z_zmm_xmmm128 */
	{ 2, 1, 1, 0xd2, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlq_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xd3, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlq_ymm_k1z_ymm_xmmm128 */
	{ 2, 1, 1, 0xd3, UB_ANY, 1, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlq_zmm_k1z_zmm_xmmm128 */
	{ 2, 1, 1, 0xd3, UB_ANY, 1, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0xd4, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0xd4, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0xd4, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmullw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xd5, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmullw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xd5, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmullw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xd5, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovq_xmmm64_xmm */
	{ 2, 1, 1, 0xd6, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF },
	/* evex_vpsubusb_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xd8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubusb_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xd8, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubusb_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xd8, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubusw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xd9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubusw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xd9, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubusw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xd9, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminub_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xda, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminub_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xda, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminub_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xda, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 1, 0xdb, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 1, 0xdb, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 1, 0xdb, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0xdb, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0xdb, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0xdb, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddusb_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xdc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddusb_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xdc, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddusb_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xdc, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddusw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xdd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddusw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xdd, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddusw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xdd, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxub_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xde, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxub_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xde, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxub_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xde, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandnd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 1, 0xdf, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandnd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 1, 0xdf, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandnd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 1, 0xdf, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandnq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0xdf, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandnq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0xdf, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpandnq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0xdf, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpavgb_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xe0, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpavgb_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xe0, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpavgb_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xe0, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xe1, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraw_ymm_k1z_ymm_xmmm128 */
	{ 2, 1, 1, 0xe1, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraw_zmm_k1z_zmm_xmmm128 */
	{ 2, 1, 1, 0xe1, UB_ANY, UB_ANY, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrad_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xe2, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrad_ymm_k1z_ymm_xmmm128 */
	{ 2, 1, 1, 0xe2, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrad_zmm_k1z_zmm_xmmm128 */
	{ 2, 1, 1, 0xe2, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraq_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xe2, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraq_ymm_k1z_ymm_xmmm128 */
	{ 2, 1, 1, 0xe2, UB_ANY, 1, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsraq_zmm_k1z_zmm_xmmm128 */
	{ 2, 1, 1, 0xe2, UB_ANY, 1, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpavgw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xe3, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpavgw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xe3, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpavgw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xe3, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulhuw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xe4, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulhuw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xe4, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulhuw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xe4, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulhw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xe5, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulhw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xe5, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulhw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xe5, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2dq_xmm_k1z_xmmm128b64 */
	{ 2, 1, 1, 0xe6, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2dq_xmm_k1z_ymmm256b64 */
	{ 2, 1, 1, 0xe6, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvttpd2dq_ymm_k1z_zmmm512b64_sae */
	{ 2, 1, 1, 0xe6, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtdq2pd_xmm_k1z_xmmm64b32 */
	{ 2, 1, 2, 0xe6, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtdq2pd_ymm_k1z_xmmm128b32 */
	{ 2, 1, 2, 0xe6, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtdq2pd_zmm_k1z_ymmm256b32_er */
	{ 2, 1, 2, 0xe6, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtqq2pd_xmm_k1z_xmmm128b64 */
	{ 2, 1, 2, 0xe6, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtqq2pd_ymm_k1z_ymmm256b64 */
	{ 2, 1, 2, 0xe6, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtqq2pd_zmm_k1z_zmmm512b64_er */
	{ 2, 1, 2, 0xe6, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2dq_xmm_k1z_xmmm128b64 */
	{ 2, 1, 3, 0xe6, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2dq_xmm_k1z_ymmm256b64 */
	{ 2, 1, 3, 0xe6, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtpd2dq_ymm_k1z_zmmm512b64_er */
	{ 2, 1, 3, 0xe6, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vmovntdq_m128_xmm */
	{ 2, 1, 1, 0xe7, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovntdq_m256_ymm */
	{ 2, 1, 1, 0xe7, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vmovntdq_m512_zmm */
	{ 2, 1, 1, 0xe7, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_MEMF },
	/* evex_vpsubsb_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xe8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubsb_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xe8, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubsb_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xe8, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubsw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xe9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubsw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xe9, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubsw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xe9, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xea, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xea, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xea, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpord_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 1, 0xeb, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpord_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 1, 0xeb, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpord_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 1, 0xeb, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vporq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0xeb, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vporq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0xeb, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vporq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0xeb, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddsb_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xec, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddsb_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xec, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddsb_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xec, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddsw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xed, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddsw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xed, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddsw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xed, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xee, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xee, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xee, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpxord_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 1, 0xef, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpxord_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 1, 0xef, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpxord_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 1, 0xef, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpxorq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0xef, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpxorq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0xef, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpxorq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0xef, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xf1, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllw_ymm_k1z_ymm_xmmm128 */
	{ 2, 1, 1, 0xf1, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllw_zmm_k1z_zmm_xmmm128 */
	{ 2, 1, 1, 0xf1, UB_ANY, UB_ANY, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpslld_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xf2, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpslld_ymm_k1z_ymm_xmmm128 */
	{ 2, 1, 1, 0xf2, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpslld_zmm_k1z_zmm_xmmm128 */
	{ 2, 1, 1, 0xf2, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllq_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xf3, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllq_ymm_k1z_ymm_xmmm128 */
	{ 2, 1, 1, 0xf3, UB_ANY, 1, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllq_zmm_k1z_zmm_xmmm128 */
	{ 2, 1, 1, 0xf3, UB_ANY, 1, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmuludq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0xf4, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmuludq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0xf4, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmuludq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0xf4, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaddwd_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xf5, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaddwd_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xf5, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaddwd_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xf5, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsadbw_xmm_xmm_xmmm128 */
	{ 2, 1, 1, 0xf6, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpsadbw_ymm_ymm_ymmm256 */
	{ 2, 1, 1, 0xf6, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpsadbw_zmm_zmm_zmmm512 */
	{ 2, 1, 1, 0xf6, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpsubb_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xf8, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubb_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xf8, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubb_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xf8, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xf9, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xf9, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xf9, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 1, 0xfa, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 1, 0xfa, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 1, 0xfa, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 1, 1, 0xfb, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 1, 1, 0xfb, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsubq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 1, 1, 0xfb, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddb_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xfc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddb_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xfc, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddb_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xfc, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddw_xmm_k1z_xmm_xmmm128 */
	{ 2, 1, 1, 0xfd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddw_ymm_k1z_ymm_ymmm256 */
	{ 2, 1, 1, 0xfd, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddw_zmm_k1z_zmm_zmmm512 */
	{ 2, 1, 1, 0xfd, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 1, 1, 0xfe, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 1, 1, 0xfe, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpaddd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 1, 1, 0xfe, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufb_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x00, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufb_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x00, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufb_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x00, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaddubsw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x04, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaddubsw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x04, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaddubsw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x04, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulhrsw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x0b, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulhrsw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x0b, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulhrsw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x0b, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x0c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x0c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x0c, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x0d, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x0d, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilpd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x0d, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlvw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x10, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlvw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x10, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlvw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x10, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovuswb_xmmm64_k1z_xmm */
	{ 2, 2, 2, 0x10, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovuswb_xmmm128_k1z_ymm */
	{ 2, 2, 2, 0x10, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovuswb_ymmm256_k1z_zmm */
	{ 2, 2, 2, 0x10, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsravw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x11, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsravw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x11, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsravw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x11, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusdb_xmmm32_k1z_xmm */
	{ 2, 2, 2, 0x11, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusdb_xmmm64_k1z_ymm */
	{ 2, 2, 2, 0x11, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusdb_xmmm128_k1z_zmm */
	{ 2, 2, 2, 0x11, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllvw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x12, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllvw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x12, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllvw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x12, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusqb_xmmm16_k1z_xmm */
	{ 2, 2, 2, 0x12, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusqb_xmmm32_k1z_ymm */
	{ 2, 2, 2, 0x12, UB_ANY, 0, 0x2, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusqb_xmmm64_k1z_zmm */
	{ 2, 2, 2, 0x12, UB_ANY, 0, 0x4, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtph2ps_xmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x13, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtph2ps_ymm_k1z_xmmm128 */
	{ 2, 2, 1, 0x13, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtph2ps_zmm_k1z_ymmm256_sae */
	{ 2, 2, 1, 0x13, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusdw_xmmm64_k1z_xmm */
	{ 2, 2, 2, 0x13, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusdw_xmmm128_k1z_ymm */
	{ 2, 2, 2, 0x13, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusdw_ymmm256_k1z_zmm */
	{ 2, 2, 2, 0x13, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vprorvd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x14, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprorvd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x14, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprorvd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x14, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprorvq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x14, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprorvq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x14, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprorvq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x14, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusqw_xmmm32_k1z_xmm */
	{ 2, 2, 2, 0x14, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusqw_xmmm64_k1z_ymm */
	{ 2, 2, 2, 0x14, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusqw_xmmm128_k1z_zmm */
	{ 2, 2, 2, 0x14, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vprolvd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x15, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprolvd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x15, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprolvd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x15, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprolvq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x15, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprolvq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x15, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vprolvq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x15, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusqd_xmmm64_k1z_xmm */
	{ 2, 2, 2, 0x15, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusqd_xmmm128_k1z_ymm */
	{ 2, 2, 2, 0x15, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovusqd_ymmm256_k1z_zmm */
	{ 2, 2, 2, 0x15, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x16, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x16, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x16, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermpd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x16, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastss_xmm_k1z_xmmm32 */
	{ 2, 2, 1, 0x18, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastss_ymm_k1z_xmmm32 */
	{ 2, 2, 1, 0x18, UB_ANY, 0, 0x2, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastss_zmm_k1z_xmmm32 */
	{ 2, 2, 1, 0x18, UB_ANY, 0, 0x4, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastf32x2_ymm_k1z_xmmm64 */
	{ 2, 2, 1, 0x19, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastf32x2_zmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x19, UB_ANY, 0, 0x4, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastsd_ymm_k1z_xmmm64 */
	{ 2, 2, 1, 0x19, UB_ANY, 1, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastsd_zmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x19, UB_ANY, 1, 0x4, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastf32x4_ymm_k1z_m128 */
	{ 2, 2, 1, 0x1a, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastf32x4_zmm_k1z_m128 */
	{ 2, 2, 1, 0x1a, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastf64x2_ymm_k1z_m128 */
	{ 2, 2, 1, 0x1a, UB_ANY, 1, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastf64x2_zmm_k1z_m128 */
	{ 2, 2, 1, 0x1a, UB_ANY, 1, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastf32x8_zmm_k1z_m256 */
	{ 2, 2, 1, 0x1b, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcastf64x4_zmm_k1z_m256 */
	{ 2, 2, 1, 0x1b, UB_ANY, 1, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsb_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x1c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsb_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x1c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsb_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x1c, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsw_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x1d, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsw_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x1d, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsw_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x1d, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsd_xmm_k1z_xmmm128b32 */
	{ 2, 2, 1, 0x1e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsd_ymm_k1z_ymmm256b32 */
	{ 2, 2, 1, 0x1e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsd_zmm_k1z_zmmm512b32 */
	{ 2, 2, 1, 0x1e, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsq_xmm_k1z_xmmm128b64 */
	{ 2, 2, 1, 0x1f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsq_ymm_k1z_ymmm256b64 */
	{ 2, 2, 1, 0x1f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpabsq_zmm_k1z_zmmm512b64 */
	{ 2, 2, 1, 0x1f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxbw_xmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x20, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxbw_ymm_k1z_xmmm128 */
	{ 2, 2, 1, 0x20, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxbw_zmm_k1z_ymmm256 */
	{ 2, 2, 1, 0x20, UB_ANY, UB_ANY, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovswb_xmmm64_k1z_xmm */
	{ 2, 2, 2, 0x20, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovswb_xmmm128_k1z_ymm */
	{ 2, 2, 2, 0x20, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovswb_ymmm256_k1z_zmm */
	{ 2, 2, 2, 0x20, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxbd_xmm_k1z_xmmm32 */
	{ 2, 2, 1, 0x21, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxbd_ymm_k1z_xmmm64 */
	{ 2, 2, 1, 0x21, UB_ANY, UB_ANY, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxbd_zmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x21, UB_ANY, UB_ANY, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsdb_xmmm32_k1z_xmm */
	{ 2, 2, 2, 0x21, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsdb_xmmm64_k1z_ymm */
	{ 2, 2, 2, 0x21, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsdb_xmmm128_k1z_zmm */
	{ 2, 2, 2, 0x21, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxbq_xmm_k1z_xmmm16 */
	{ 2, 2, 1, 0x22, UB_ANY, UB_ANY, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxbq_ymm_k1z_xmmm32 */
	{ 2, 2, 1, 0x22, UB_ANY, UB_ANY, 0x2, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxbq_zmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x22, UB_ANY, UB_ANY, 0x4, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsqb_xmmm16_k1z_xmm */
	{ 2, 2, 2, 0x22, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsqb_xmmm32_k1z_ymm */
	{ 2, 2, 2, 0x22, UB_ANY, 0, 0x2, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsqb_xmmm64_k1z_zmm */
	{ 2, 2, 2, 0x22, UB_ANY, 0, 0x4, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxwd_xmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x23, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxwd_ymm_k1z_xmmm128 */
	{ 2, 2, 1, 0x23, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxwd_zmm_k1z_ymmm256 */
	{ 2, 2, 1, 0x23, UB_ANY, UB_ANY, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsdw_xmmm64_k1z_xmm */
	{ 2, 2, 2, 0x23, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsdw_xmmm128_k1z_ymm */
	{ 2, 2, 2, 0x23, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsdw_ymmm256_k1z_zmm */
	{ 2, 2, 2, 0x23, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxwq_xmm_k1z_xmmm32 */
	{ 2, 2, 1, 0x24, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxwq_ymm_k1z_xmmm64 */
	{ 2, 2, 1, 0x24, UB_ANY, UB_ANY, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxwq_zmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x24, UB_ANY, UB_ANY, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsqw_xmmm32_k1z_xmm */
	{ 2, 2, 2, 0x24, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsqw_xmmm64_k1z_ymm */
	{ 2, 2, 2, 0x24, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsqw_xmmm128_k1z_zmm */
	{ 2, 2, 2, 0x24, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxdq_xmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x25, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxdq_ymm_k1z_xmmm128 */
	{ 2, 2, 1, 0x25, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsxdq_zmm_k1z_ymmm256 */
	{ 2, 2, 1, 0x25, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsqd_xmmm64_k1z_xmm */
	{ 2, 2, 2, 0x25, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsqd_xmmm128_k1z_ymm */
	{ 2, 2, 2, 0x25, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovsqd_ymmm256_k1z_zmm */
	{ 2, 2, 2, 0x25, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vptestmb_kr_k1_xmm_xmmm128 */
	{ 2, 2, 1, 0x26, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmb_kr_k1_ymm_ymmm256 */
	{ 2, 2, 1, 0x26, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmb_kr_k1_zmm_zmmm512 */
	{ 2, 2, 1, 0x26, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmw_kr_k1_xmm_xmmm128 */
	{ 2, 2, 1, 0x26, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmw_kr_k1_ymm_ymmm256 */
	{ 2, 2, 1, 0x26, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmw_kr_k1_zmm_zmmm512 */
	{ 2, 2, 1, 0x26, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmb_kr_k1_xmm_xmmm128 */
	{ 2, 2, 2, 0x26, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmb_kr_k1_ymm_ymmm256 */
	{ 2, 2, 2, 0x26, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmb_kr_k1_zmm_zmmm512 */
	{ 2, 2, 2, 0x26, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmw_kr_k1_xmm_xmmm128 */
	{ 2, 2, 2, 0x26, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmw_kr_k1_ymm_ymmm256 */
	{ 2, 2, 2, 0x26, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmw_kr_k1_zmm_zmmm512 */
	{ 2, 2, 2, 0x26, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmd_kr_k1_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x27, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmd_kr_k1_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x27, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmd_kr_k1_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x27, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmq_kr_k1_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x27, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmq_kr_k1_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x27, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestmq_kr_k1_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x27, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmd_kr_k1_xmm_xmmm128b32 */
	{ 2, 2, 2, 0x27, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmd_kr_k1_ymm_ymmm256b32 */
	{ 2, 2, 2, 0x27, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmd_kr_k1_zmm_zmmm512b32 */
	{ 2, 2, 2, 0x27, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmq_kr_k1_xmm_xmmm128b64 */
	{ 2, 2, 2, 0x27, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmq_kr_k1_ymm_ymmm256b64 */
	{ 2, 2, 2, 0x27, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vptestnmq_kr_k1_zmm_zmmm512b64 */
	{ 2, 2, 2, 0x27, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpmuldq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x28, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmuldq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x28, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmuldq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x28, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovm2b_xmm_kr */
	{ 2, 2, 2, 0x28, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2b_ymm_kr */
	{ 2, 2, 2, 0x28, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2b_zmm_kr */
	{ 2, 2, 2, 0x28, UB_ANY, 0, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2w_xmm_kr */
	{ 2, 2, 2, 0x28, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2w_ymm_kr */
	{ 2, 2, 2, 0x28, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2w_zmm_kr */
	{ 2, 2, 2, 0x28, UB_ANY, 1, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpcmpeqq_kr_k1_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x29, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqq_kr_k1_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x29, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpeqq_kr_k1_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x29, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpmovb2m_kr_xmm */
	{ 2, 2, 2, 0x29, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovb2m_kr_ymm */
	{ 2, 2, 2, 0x29, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovb2m_kr_zmm */
	{ 2, 2, 2, 0x29, UB_ANY, 0, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovw2m_kr_xmm */
	{ 2, 2, 2, 0x29, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovw2m_kr_ymm */
	{ 2, 2, 2, 0x29, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovw2m_kr_zmm */
	{ 2, 2, 2, 0x29, UB_ANY, 1, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vmovntdqa_xmm_m128 */
	{ 2, 2, 1, 0x2a, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* evex_vmovntdqa_ymm_m256 */
	{ 2, 2, 1, 0x2a, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* evex_vmovntdqa_zmm_m512 */
	{ 2, 2, 1, 0x2a, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_MEMF },
	/* evex_vpbroadcastmb2q_xmm_kr */
	{ 2, 2, 2, 0x2a, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpbroadcastmb2q_ymm_kr */
	{ 2, 2, 2, 0x2a, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpbroadcastmb2q_zmm_kr */
	{ 2, 2, 2, 0x2a, UB_ANY, 1, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpackusdw_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x2b, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpackusdw_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x2b, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpackusdw_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x2b, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vscalefps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x2c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vscalefps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x2c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vscalefps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0x2c, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vscalefpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x2c, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vscalefpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x2c, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vscalefpd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0x2c, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vscalefss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0x2d, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vscalefsd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0x2d, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxbw_xmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x30, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxbw_ymm_k1z_xmmm128 */
	{ 2, 2, 1, 0x30, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxbw_zmm_k1z_ymmm256 */
	{ 2, 2, 1, 0x30, UB_ANY, UB_ANY, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovwb_xmmm64_k1z_xmm */
	{ 2, 2, 2, 0x30, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovwb_xmmm128_k1z_ymm */
	{ 2, 2, 2, 0x30, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovwb_ymmm256_k1z_zmm */
	{ 2, 2, 2, 0x30, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxbd_xmm_k1z_xmmm32 */
	{ 2, 2, 1, 0x31, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxbd_ymm_k1z_xmmm64 */
	{ 2, 2, 1, 0x31, UB_ANY, UB_ANY, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxbd_zmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x31, UB_ANY, UB_ANY, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovdb_xmmm32_k1z_xmm */
	{ 2, 2, 2, 0x31, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovdb_xmmm64_k1z_ymm */
	{ 2, 2, 2, 0x31, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovdb_xmmm128_k1z_zmm */
	{ 2, 2, 2, 0x31, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxbq_xmm_k1z_xmmm16 */
	{ 2, 2, 1, 0x32, UB_ANY, UB_ANY, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxbq_ymm_k1z_xmmm32 */
	{ 2, 2, 1, 0x32, UB_ANY, UB_ANY, 0x2, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxbq_zmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x32, UB_ANY, UB_ANY, 0x4, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovqb_xmmm16_k1z_xmm */
	{ 2, 2, 2, 0x32, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovqb_xmmm32_k1z_ymm */
	{ 2, 2, 2, 0x32, UB_ANY, 0, 0x2, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovqb_xmmm64_k1z_zmm */
	{ 2, 2, 2, 0x32, UB_ANY, 0, 0x4, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxwd_xmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x33, UB_ANY, UB_ANY, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxwd_ymm_k1z_xmmm128 */
	{ 2, 2, 1, 0x33, UB_ANY, UB_ANY, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxwd_zmm_k1z_ymmm256 */
	{ 2, 2, 1, 0x33, UB_ANY, UB_ANY, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovdw_xmmm64_k1z_xmm */
	{ 2, 2, 2, 0x33, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovdw_xmmm128_k1z_ymm */
	{ 2, 2, 2, 0x33, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovdw_ymmm256_k1z_zmm */
	{ 2, 2, 2, 0x33, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxwq_xmm_k1z_xmmm32 */
	{ 2, 2, 1, 0x34, UB_ANY, UB_ANY, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxwq_ymm_k1z_xmmm64 */
	{ 2, 2, 1, 0x34, UB_ANY, UB_ANY, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxwq_zmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x34, UB_ANY, UB_ANY, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovqw_xmmm32_k1z_xmm */
	{ 2, 2, 2, 0x34, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovqw_xmmm64_k1z_ymm */
	{ 2, 2, 2, 0x34, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovqw_xmmm128_k1z_zmm */
	{ 2, 2, 2, 0x34, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxdq_xmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x35, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxdq_ymm_k1z_xmmm128 */
	{ 2, 2, 1, 0x35, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovzxdq_zmm_k1z_ymmm256 */
	{ 2, 2, 1, 0x35, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovqd_xmmm64_k1z_xmm */
	{ 2, 2, 2, 0x35, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovqd_xmmm128_k1z_ymm */
	{ 2, 2, 2, 0x35, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovqd_ymmm256_k1z_zmm */
	{ 2, 2, 2, 0x35, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x36, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x36, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x36, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x36, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcmpgtq_kr_k1_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x37, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtq_kr_k1_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x37, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpgtq_kr_k1_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x37, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpminsb_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x38, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsb_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x38, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsb_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x38, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovm2d_xmm_kr */
	{ 2, 2, 2, 0x38, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2d_ymm_kr */
	{ 2, 2, 2, 0x38, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2d_zmm_kr */
	{ 2, 2, 2, 0x38, UB_ANY, 0, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2q_xmm_kr */
	{ 2, 2, 2, 0x38, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2q_ymm_kr */
	{ 2, 2, 2, 0x38, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpmovm2q_zmm_kr */
	{ 2, 2, 2, 0x38, UB_ANY, 1, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpminsd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x39, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x39, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x39, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x39, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x39, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminsq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x39, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmovd2m_kr_xmm */
	{ 2, 2, 2, 0x39, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovd2m_kr_ymm */
	{ 2, 2, 2, 0x39, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovd2m_kr_zmm */
	{ 2, 2, 2, 0x39, UB_ANY, 0, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovq2m_kr_xmm */
	{ 2, 2, 2, 0x39, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovq2m_kr_ymm */
	{ 2, 2, 2, 0x39, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpmovq2m_kr_zmm */
	{ 2, 2, 2, 0x39, UB_ANY, 1, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_REG_K },
	/* evex_vpminuw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x3a, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminuw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x3a, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminuw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x3a, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastmw2d_xmm_kr */
	{ 2, 2, 2, 0x3a, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpbroadcastmw2d_ymm_kr */
	{ 2, 2, 2, 0x3a, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpbroadcastmw2d_zmm_kr */
	{ 2, 2, 2, 0x3a, UB_ANY, 0, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_K },
	/* evex_vpminud_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x3b, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminud_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x3b, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminud_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x3b, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminuq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x3b, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminuq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x3b, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpminuq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x3b, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsb_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x3c, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsb_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x3c, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsb_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x3c, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x3d, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x3d, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x3d, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x3d, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x3d, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxsq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x3d, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxuw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x3e, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxuw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x3e, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxuw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x3e, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxud_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x3f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxud_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x3f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxud_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x3f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxuq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x3f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxuq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x3f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmaxuq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x3f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulld_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x40, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulld_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x40, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmulld_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x40, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmullq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x40, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmullq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x40, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmullq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x40, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetexpps_xmm_k1z_xmmm128b32 */
	{ 2, 2, 1, 0x42, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetexpps_ymm_k1z_ymmm256b32 */
	{ 2, 2, 1, 0x42, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetexpps_zmm_k1z_zmmm512b32_sae */
	{ 2, 2, 1, 0x42, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetexppd_xmm_k1z_xmmm128b64 */
	{ 2, 2, 1, 0x42, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetexppd_ymm_k1z_ymmm256b64 */
	{ 2, 2, 1, 0x42, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetexppd_zmm_k1z_zmmm512b64_sae */
	{ 2, 2, 1, 0x42, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetexpss_xmm_k1z_xmm_xmmm32_sae */
	{ 2, 2, 1, 0x43, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetexpsd_xmm_k1z_xmm_xmmm64_sae */
	{ 2, 2, 1, 0x43, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vplzcntd_xmm_k1z_xmmm128b32 */
	{ 2, 2, 1, 0x44, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vplzcntd_ymm_k1z_ymmm256b32 */
	{ 2, 2, 1, 0x44, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vplzcntd_zmm_k1z_zmmm512b32 */
	{ 2, 2, 1, 0x44, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vplzcntq_xmm_k1z_xmmm128b64 */
	{ 2, 2, 1, 0x44, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vplzcntq_ymm_k1z_ymmm256b64 */
	{ 2, 2, 1, 0x44, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vplzcntq_zmm_k1z_zmmm512b64 */
	{ 2, 2, 1, 0x44, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlvd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x45, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlvd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x45, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlvd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x45, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlvq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x45, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlvq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x45, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsrlvq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x45, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsravd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x46, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsravd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x46, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsravd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x46, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsravq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x46, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsravq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x46, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsravq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x46, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllvd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x47, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllvd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x47, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllvd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x47, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllvq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x47, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllvq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x47, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpsllvq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x47, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrcp14ps_xmm_k1z_xmmm128b32 */
	{ 2, 2, 1, 0x4c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrcp14ps_ymm_k1z_ymmm256b32 */
	{ 2, 2, 1, 0x4c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrcp14ps_zmm_k1z_zmmm512b32 */
	{ 2, 2, 1, 0x4c, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrcp14pd_xmm_k1z_xmmm128b64 */
	{ 2, 2, 1, 0x4c, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrcp14pd_ymm_k1z_ymmm256b64 */
	{ 2, 2, 1, 0x4c, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrcp14pd_zmm_k1z_zmmm512b64 */
	{ 2, 2, 1, 0x4c, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrcp14ss_xmm_k1z_xmm_xmmm32 */
	{ 2, 2, 1, 0x4d, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrcp14sd_xmm_k1z_xmm_xmmm64 */
	{ 2, 2, 1, 0x4d, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrsqrt14ps_xmm_k1z_xmmm128b32 */
	{ 2, 2, 1, 0x4e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrsqrt14ps_ymm_k1z_ymmm256b32 */
	{ 2, 2, 1, 0x4e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrsqrt14ps_zmm_k1z_zmmm512b32 */
	{ 2, 2, 1, 0x4e, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrsqrt14pd_xmm_k1z_xmmm128b64 */
	{ 2, 2, 1, 0x4e, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrsqrt14pd_ymm_k1z_ymmm256b64 */
	{ 2, 2, 1, 0x4e, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrsqrt14pd_zmm_k1z_zmmm512b64 */
	{ 2, 2, 1, 0x4e, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrsqrt14ss_xmm_k1z_xmm_xmmm32 */
	{ 2, 2, 1, 0x4f, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrsqrt14sd_xmm_k1z_xmm_xmmm64 */
	{ 2, 2, 1, 0x4f, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpbusd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x50, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpbusd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x50, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpbusd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x50, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpbusds_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x51, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpbusds_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x51, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpbusds_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x51, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpwssd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x52, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpwssd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x52, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpwssd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x52, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpwssds_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x53, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpwssds_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x53, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpdpwssds_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x53, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntb_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x54, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntb_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x54, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntb_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x54, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntw_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x54, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntw_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x54, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntw_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x54, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntd_xmm_k1z_xmmm128b32 */
	{ 2, 2, 1, 0x55, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntd_ymm_k1z_ymmm256b32 */
	{ 2, 2, 1, 0x55, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntd_zmm_k1z_zmmm512b32 */
	{ 2, 2, 1, 0x55, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntq_xmm_k1z_xmmm128b64 */
	{ 2, 2, 1, 0x55, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntq_ymm_k1z_ymmm256b64 */
	{ 2, 2, 1, 0x55, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpopcntq_zmm_k1z_zmmm512b64 */
	{ 2, 2, 1, 0x55, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastd_xmm_k1z_xmmm32 */
	{ 2, 2, 1, 0x58, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastd_ymm_k1z_xmmm32 */
	{ 2, 2, 1, 0x58, UB_ANY, 0, 0x2, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastd_zmm_k1z_xmmm32 */
	{ 2, 2, 1, 0x58, UB_ANY, 0, 0x4, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcasti32x2_xmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x59, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcasti32x2_ymm_k1z_xmmm64 */
	{ 2, 2, 1, 0x59, UB_ANY, 0, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcasti32x2_zmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x59, UB_ANY, 0, 0x4, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastq_xmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x59, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastq_ymm_k1z_xmmm64 */
	{ 2, 2, 1, 0x59, UB_ANY, 1, 0x2, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastq_zmm_k1z_xmmm64 */
	{ 2, 2, 1, 0x59, UB_ANY, 1, 0x4, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcasti32x4_ymm_k1z_m128 */
	{ 2, 2, 1, 0x5a, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcasti32x4_zmm_k1z_m128 */
	{ 2, 2, 1, 0x5a, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcasti64x2_ymm_k1z_m128 */
	{ 2, 2, 1, 0x5a, UB_ANY, 1, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcasti64x2_zmm_k1z_m128 */
	{ 2, 2, 1, 0x5a, UB_ANY, 1, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcasti32x8_zmm_k1z_m256 */
	{ 2, 2, 1, 0x5b, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vbroadcasti64x4_zmm_k1z_m256 */
	{ 2, 2, 1, 0x5b, UB_ANY, 1, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandb_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x62, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandb_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x62, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandb_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x62, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandw_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x62, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandw_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x62, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandw_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x62, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressb_xmmm128_k1z_xmm */
	{ 2, 2, 1, 0x63, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressb_ymmm256_k1z_ymm */
	{ 2, 2, 1, 0x63, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressb_zmmm512_k1z_zmm */
	{ 2, 2, 1, 0x63, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressw_xmmm128_k1z_xmm */
	{ 2, 2, 1, 0x63, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressw_ymmm256_k1z_ymm */
	{ 2, 2, 1, 0x63, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressw_zmmm512_k1z_zmm */
	{ 2, 2, 1, 0x63, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x64, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x64, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x64, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x64, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x64, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x64, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vblendmps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x65, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vblendmps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x65, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vblendmps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x65, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vblendmpd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x65, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vblendmpd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x65, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vblendmpd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x65, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmb_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x66, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmb_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x66, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmb_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x66, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x66, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x66, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpblendmw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x66, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldvw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x70, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldvw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x70, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldvw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x70, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldvd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x71, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldvd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x71, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldvd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x71, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldvq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x71, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldvq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x71, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldvq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x71, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdvw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x72, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdvw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x72, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdvw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x72, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdvd_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x73, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdvd_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x73, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdvd_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x73, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdvq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x73, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdvq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x73, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdvq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x73, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2b_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x75, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2b_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x75, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2b_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x75, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2w_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x75, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2w_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x75, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2w_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x75, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2d_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x76, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2d_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x76, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2d_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x76, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2q_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x76, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2q_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x76, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2q_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x76, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x77, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x77, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2ps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x77, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x77, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x77, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermi2pd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x77, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastb_xmm_k1z_xmmm8 */
	{ 2, 2, 1, 0x78, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastb_ymm_k1z_xmmm8 */
	{ 2, 2, 1, 0x78, UB_ANY, 0, 0x2, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastb_zmm_k1z_xmmm8 */
	{ 2, 2, 1, 0x78, UB_ANY, 0, 0x4, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastw_xmm_k1z_xmmm16 */
	{ 2, 2, 1, 0x79, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastw_ymm_k1z_xmmm16 */
	{ 2, 2, 1, 0x79, UB_ANY, 0, 0x2, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastw_zmm_k1z_xmmm16 */
	{ 2, 2, 1, 0x79, UB_ANY, 0, 0x4, 2, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastb_xmm_k1z_r32 */
	{ 2, 2, 1, 0x7a, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastb_ymm_k1z_r32 */
	{ 2, 2, 1, 0x7a, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastb_zmm_k1z_r32 */
	{ 2, 2, 1, 0x7a, UB_ANY, 0, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastw_xmm_k1z_r32 */
	{ 2, 2, 1, 0x7b, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastw_ymm_k1z_r32 */
	{ 2, 2, 1, 0x7b, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastw_zmm_k1z_r32 */
	{ 2, 2, 1, 0x7b, UB_ANY, 0, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastd_xmm_k1z_r32 */
	{ 2, 2, 1, 0x7c, UB_ANY, 0, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastd_ymm_k1z_r32 */
	{ 2, 2, 1, 0x7c, UB_ANY, 0, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastd_zmm_k1z_r32 */
	{ 2, 2, 1, 0x7c, UB_ANY, 0, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastq_xmm_k1z_r64 */
	{ 2, 2, 1, 0x7c, UB_ANY, 1, 0x1, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastq_ymm_k1z_r64 */
	{ 2, 2, 1, 0x7c, UB_ANY, 1, 0x2, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpbroadcastq_zmm_k1z_r64 */
	{ 2, 2, 1, 0x7c, UB_ANY, 1, 0x4, 0, 0x0000,
	  UB_V_REGF | UB_V_RM_G | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2b_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x7d, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2b_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x7d, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2b_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x7d, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2w_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x7d, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2w_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x7d, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2w_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x7d, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2d_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x7e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2d_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x7e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2d_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x7e, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2q_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x7e, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2q_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x7e, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2q_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x7e, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x7f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x7f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2ps_zmm_k1z_zmm_zmmm512b32 */
	{ 2, 2, 1, 0x7f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x7f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x7f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermt2pd_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x7f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmultishiftqb_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x83, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmultishiftqb_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x83, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmultishiftqb_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0x83, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vexpandps_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x88, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vexpandps_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x88, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vexpandps_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x88, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vexpandpd_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x88, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vexpandpd_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x88, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vexpandpd_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x88, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandd_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x89, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandd_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x89, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandd_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x89, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandq_xmm_k1z_xmmm128 */
	{ 2, 2, 1, 0x89, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandq_ymm_k1z_ymmm256 */
	{ 2, 2, 1, 0x89, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpexpandq_zmm_k1z_zmmm512 */
	{ 2, 2, 1, 0x89, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcompressps_xmmm128_k1z_xmm */
	{ 2, 2, 1, 0x8a, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcompressps_ymmm256_k1z_ymm */
	{ 2, 2, 1, 0x8a, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcompressps_zmmm512_k1z_zmm */
	{ 2, 2, 1, 0x8a, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcompresspd_xmmm128_k1z_xmm */
	{ 2, 2, 1, 0x8a, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcompresspd_ymmm256_k1z_ymm */
	{ 2, 2, 1, 0x8a, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcompresspd_zmmm512_k1z_zmm */
	{ 2, 2, 1, 0x8a, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressd_xmmm128_k1z_xmm */
	{ 2, 2, 1, 0x8b, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressd_ymmm256_k1z_ymm */
	{ 2, 2, 1, 0x8b, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressd_zmmm512_k1z_zmm */
	{ 2, 2, 1, 0x8b, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressq_xmmm128_k1z_xmm */
	{ 2, 2, 1, 0x8b, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressq_ymmm256_k1z_ymm */
	{ 2, 2, 1, 0x8b, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcompressq_zmmm512_k1z_zmm */
	{ 2, 2, 1, 0x8b, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermb_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x8d, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermb_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x8d, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermb_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x8d, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermw_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0x8d, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermw_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0x8d, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermw_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0x8d, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshufbitqmb_kr_k1_xmm_xmmm128 */
	{ 2, 2, 1, 0x8f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpshufbitqmb_kr_k1_ymm_ymmm256 */
	{ 2, 2, 1, 0x8f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpshufbitqmb_kr_k1_zmm_zmmm512 */
	{ 2, 2, 1, 0x8f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vfmaddsub132ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x96, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub132ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x96, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub132ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0x96, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub132pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x96, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub132pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x96, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub132pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0x96, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd132ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x97, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd132ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x97, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd132ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0x97, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd132pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x97, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd132pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x97, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd132pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0x97, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd132ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x98, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd132ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x98, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd132ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0x98, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd132pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x98, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd132pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x98, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd132pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0x98, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd132ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0x99, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd132sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0x99, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub132ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x9a, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub132ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x9a, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub132ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0x9a, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub132pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x9a, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub132pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x9a, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub132pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0x9a, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub132ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0x9b, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub132sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0x9b, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd132ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x9c, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd132ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x9c, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd132ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0x9c, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd132pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x9c, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd132pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x9c, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd132pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0x9c, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd132ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0x9d, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd132sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0x9d, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub132ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0x9e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub132ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0x9e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub132ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0x9e, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub132pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0x9e, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub132pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0x9e, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub132pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0x9e, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub132ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0x9f, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub132sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0x9f, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub213ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xa6, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub213ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xa6, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub213ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xa6, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub213pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xa6, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub213pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xa6, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub213pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xa6, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd213ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xa7, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd213ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xa7, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd213ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xa7, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd213pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xa7, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd213pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xa7, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd213pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xa7, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd213ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xa8, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd213ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xa8, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd213ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xa8, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd213pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xa8, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd213pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xa8, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd213pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xa8, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd213ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0xa9, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd213sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0xa9, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub213ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xaa, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub213ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xaa, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub213ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xaa, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub213pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xaa, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub213pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xaa, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub213pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xaa, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub213ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0xab, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub213sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0xab, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd213ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xac, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd213ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xac, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd213ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xac, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd213pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xac, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd213pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xac, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd213pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xac, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd213ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0xad, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd213sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0xad, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub213ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xae, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub213ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xae, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub213ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xae, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub213pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xae, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub213pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xae, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub213pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xae, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub213ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0xaf, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub213sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0xaf, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmadd52luq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xb4, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmadd52luq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xb4, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmadd52luq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0xb4, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmadd52huq_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xb5, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmadd52huq_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xb5, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpmadd52huq_zmm_k1z_zmm_zmmm512b64 */
	{ 2, 2, 1, 0xb5, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub231ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xb6, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub231ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xb6, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub231ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xb6, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub231pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xb6, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub231pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xb6, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmaddsub231pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xb6, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd231ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xb7, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd231ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xb7, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd231ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xb7, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd231pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xb7, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd231pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xb7, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsubadd231pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xb7, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd231ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xb8, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd231ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xb8, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd231ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xb8, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd231pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xb8, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd231pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xb8, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd231pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xb8, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd231ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0xb9, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmadd231sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0xb9, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub231ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xba, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub231ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xba, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub231ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xba, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub231pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xba, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub231pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xba, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub231pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xba, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub231ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0xbb, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfmsub231sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0xbb, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd231ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xbc, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd231ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xbc, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd231ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xbc, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd231pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xbc, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd231pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xbc, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd231pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xbc, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd231ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0xbd, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmadd231sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0xbd, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub231ps_xmm_k1z_xmm_xmmm128b32 */
	{ 2, 2, 1, 0xbe, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub231ps_ymm_k1z_ymm_ymmm256b32 */
	{ 2, 2, 1, 0xbe, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub231ps_zmm_k1z_zmm_zmmm512b32_er */
	{ 2, 2, 1, 0xbe, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub231pd_xmm_k1z_xmm_xmmm128b64 */
	{ 2, 2, 1, 0xbe, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub231pd_ymm_k1z_ymm_ymmm256b64 */
	{ 2, 2, 1, 0xbe, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub231pd_zmm_k1z_zmm_zmmm512b64_er */
	{ 2, 2, 1, 0xbe, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub231ss_xmm_k1z_xmm_xmmm32_er */
	{ 2, 2, 1, 0xbf, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfnmsub231sd_xmm_k1z_xmm_xmmm64_er */
	{ 2, 2, 1, 0xbf, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpconflictd_xmm_k1z_xmmm128b32 */
	{ 2, 2, 1, 0xc4, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpconflictd_ymm_k1z_ymmm256b32 */
	{ 2, 2, 1, 0xc4, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpconflictd_zmm_k1z_zmmm512b32 */
	{ 2, 2, 1, 0xc4, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpconflictq_xmm_k1z_xmmm128b64 */
	{ 2, 2, 1, 0xc4, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpconflictq_ymm_k1z_ymmm256b64 */
	{ 2, 2, 1, 0xc4, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpconflictq_zmm_k1z_zmmm512b64 */
	{ 2, 2, 1, 0xc4, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgf2p8mulb_xmm_k1z_xmm_xmmm128 */
	{ 2, 2, 1, 0xcf, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgf2p8mulb_ymm_k1z_ymm_ymmm256 */
	{ 2, 2, 1, 0xcf, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgf2p8mulb_zmm_k1z_zmm_zmmm512 */
	{ 2, 2, 1, 0xcf, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vaesenc_xmm_xmm_xmmm128 */
	{ 2, 2, 1, 0xdc, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesenc_ymm_ymm_ymmm256 */
	{ 2, 2, 1, 0xdc, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesenc_zmm_zmm_zmmm512 */
	{ 2, 2, 1, 0xdc, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesenclast_xmm_xmm_xmmm128 */
	{ 2, 2, 1, 0xdd, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesenclast_ymm_ymm_ymmm256 */
	{ 2, 2, 1, 0xdd, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesenclast_zmm_zmm_zmmm512 */
	{ 2, 2, 1, 0xdd, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesdec_xmm_xmm_xmmm128 */
	{ 2, 2, 1, 0xde, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesdec_ymm_ymm_ymmm256 */
	{ 2, 2, 1, 0xde, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesdec_zmm_zmm_zmmm512 */
	{ 2, 2, 1, 0xde, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesdeclast_xmm_xmm_xmmm128 */
	{ 2, 2, 1, 0xdf, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesdeclast_ymm_ymm_ymmm256 */
	{ 2, 2, 1, 0xdf, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vaesdeclast_zmm_zmm_zmmm512 */
	{ 2, 2, 1, 0xdf, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpermq_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x00, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermq_zmm_k1z_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x00, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermpd_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x01, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermpd_zmm_k1z_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x01, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_valignd_xmm_k1z_xmm_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x03, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_valignd_ymm_k1z_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x03, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_valignd_zmm_k1z_zmm_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x03, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_valignq_xmm_k1z_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x03, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_valignq_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x03, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_valignq_zmm_k1z_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x03, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilps_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x04, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilps_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x04, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilps_zmm_k1z_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x04, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilpd_xmm_k1z_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x05, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilpd_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x05, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpermilpd_zmm_k1z_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x05, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrndscaleps_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x08, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrndscaleps_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x08, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrndscaleps_zmm_k1z_zmmm512b32_imm8_sae */
	{ 2, 3, 1, 0x08, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrndscalepd_xmm_k1z_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x09, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrndscalepd_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x09, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrndscalepd_zmm_k1z_zmmm512b64_imm8_sae */
	{ 2, 3, 1, 0x09, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vrndscaless_xmm_k1z_xmm_xmmm32_imm8_sae */
	{ 2, 3, 1, 0x0a, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrndscalesd_xmm_k1z_xmm_xmmm64_imm8_sae */
	{ 2, 3, 1, 0x0b, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpalignr_xmm_k1z_xmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x0f, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpalignr_ymm_k1z_ymm_ymmm256_imm8 */
	{ 2, 3, 1, 0x0f, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpalignr_zmm_k1z_zmm_zmmm512_imm8 */
	{ 2, 3, 1, 0x0f, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpextrb_r32m8_xmm_imm8 */
	{ 2, 3, 1, 0x14, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vpextrb_r64m8_xmm_imm8 */
	{ 2, 3, 1, 0x14, UB_ANY, 1, 0x1, 1, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vpextrw_r32m16_xmm_imm8 */
	{ 2, 3, 1, 0x15, UB_ANY, 0, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vpextrw_r64m16_xmm_imm8 */
	{ 2, 3, 1, 0x15, UB_ANY, 1, 0x1, 2, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vpextrd_rm32_xmm_imm8 */
	{ 2, 3, 1, 0x16, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vpextrq_rm64_xmm_imm8 */
	{ 2, 3, 1, 0x16, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vextractps_rm32_xmm_imm8 */
	{ 2, 3, 1, 0x17, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vextractps_r64m32_xmm_imm8 */
	{ 2, 3, 1, 0x17, UB_ANY, 1, 0x1, 4, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_RM_GW },
	/* evex_vinsertf32x4_ymm_k1z_ymm_xmmm128_imm8 */
	{ 2, 3, 1, 0x18, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vinsertf32x4_zmm_k1z_zmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x18, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vinsertf64x2_ymm_k1z_ymm_xmmm128_imm8 */
	{ 2, 3, 1, 0x18, UB_ANY, 1, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vinsertf64x2_zmm_k1z_zmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x18, UB_ANY, 1, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vextractf32x4_xmmm128_k1z_ymm_imm8 */
	{ 2, 3, 1, 0x19, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vextractf32x4_xmmm128_k1z_zmm_imm8 */
	{ 2, 3, 1, 0x19, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vextractf64x2_xmmm128_k1z_ymm_imm8 */
	{ 2, 3, 1, 0x19, UB_ANY, 1, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vextractf64x2_xmmm128_k1z_zmm_imm8 */
	{ 2, 3, 1, 0x19, UB_ANY, 1, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vinsertf32x8_zmm_k1z_zmm_ymmm256_imm8 */
	{ 2, 3, 1, 0x1a, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vinsertf64x4_zmm_k1z_zmm_ymmm256_imm8 */
	{ 2, 3, 1, 0x1a, UB_ANY, 1, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vextractf32x8_ymmm256_k1z_zmm_imm8 */
	{ 2, 3, 1, 0x1b, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vextractf64x4_ymmm256_k1z_zmm_imm8 */
	{ 2, 3, 1, 0x1b, UB_ANY, 1, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2ph_xmmm64_k1z_xmm_imm8 */
	{ 2, 3, 1, 0x1d, UB_ANY, 0, 0x1, 8, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2ph_xmmm128_k1z_ymm_imm8 */
	{ 2, 3, 1, 0x1d, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vcvtps2ph_ymmm256_k1z_zmm_imm8_sae */
	{ 2, 3, 1, 0x1d, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcmpud_kr_k1_xmm_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x1e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpud_kr_k1_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x1e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpud_kr_k1_zmm_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x1e, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpuq_kr_k1_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x1e, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpuq_kr_k1_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x1e, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpuq_kr_k1_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x1e, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpd_kr_k1_xmm_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x1f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpd_kr_k1_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x1f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpd_kr_k1_zmm_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x1f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpq_kr_k1_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x1f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpq_kr_k1_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x1f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpq_kr_k1_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x1f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpinsrb_xmm_xmm_r32m8_imm8 */
	{ 2, 3, 1, 0x20, UB_ANY, 0, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vpinsrb_xmm_xmm_r64m8_imm8 */
	{ 2, 3, 1, 0x20, UB_ANY, 1, 0x1, 1, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vinsertps_xmm_xmm_xmmm32_imm8 */
	{ 2, 3, 1, 0x21, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpinsrd_xmm_xmm_rm32_imm8 */
	{ 2, 3, 1, 0x22, UB_ANY, 0, 0x1, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vpinsrq_xmm_xmm_rm64_imm8 */
	{ 2, 3, 1, 0x22, UB_ANY, 1, 0x1, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_RM_G | UB_V_VVVV },
	/* evex_vshuff32x4_ymm_k1z_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x23, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshuff32x4_zmm_k1z_zmm_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x23, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshuff64x2_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x23, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshuff64x2_zmm_k1z_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x23, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpternlogd_xmm_k1z_xmm_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x25, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpternlogd_ymm_k1z_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x25, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpternlogd_zmm_k1z_zmm_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x25, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpternlogq_xmm_k1z_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x25, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpternlogq_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x25, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpternlogq_zmm_k1z_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x25, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetmantps_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x26, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetmantps_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x26, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetmantps_zmm_k1z_zmmm512b32_imm8_sae */
	{ 2, 3, 1, 0x26, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetmantpd_xmm_k1z_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x26, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetmantpd_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x26, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetmantpd_zmm_k1z_zmmm512b64_imm8_sae */
	{ 2, 3, 1, 0x26, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetmantss_xmm_k1z_xmm_xmmm32_imm8_sae */
	{ 2, 3, 1, 0x27, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgetmantsd_xmm_k1z_xmm_xmmm64_imm8_sae */
	{ 2, 3, 1, 0x27, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vinserti32x4_ymm_k1z_ymm_xmmm128_imm8 */
	{ 2, 3, 1, 0x38, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vinserti32x4_zmm_k1z_zmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x38, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vinserti64x2_ymm_k1z_ymm_xmmm128_imm8 */
	{ 2, 3, 1, 0x38, UB_ANY, 1, 0x2, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vinserti64x2_zmm_k1z_zmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x38, UB_ANY, 1, 0x4, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vextracti32x4_xmmm128_k1z_ymm_imm8 */
	{ 2, 3, 1, 0x39, UB_ANY, 0, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vextracti32x4_xmmm128_k1z_zmm_imm8 */
	{ 2, 3, 1, 0x39, UB_ANY, 0, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vextracti64x2_xmmm128_k1z_ymm_imm8 */
	{ 2, 3, 1, 0x39, UB_ANY, 1, 0x2, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vextracti64x2_xmmm128_k1z_zmm_imm8 */
	{ 2, 3, 1, 0x39, UB_ANY, 1, 0x4, 16, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vinserti32x8_zmm_k1z_zmm_ymmm256_imm8 */
	{ 2, 3, 1, 0x3a, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vinserti64x4_zmm_k1z_zmm_ymmm256_imm8 */
	{ 2, 3, 1, 0x3a, UB_ANY, 1, 0x4, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vextracti32x8_ymmm256_k1z_zmm_imm8 */
	{ 2, 3, 1, 0x3b, UB_ANY, 0, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vextracti64x4_ymmm256_k1z_zmm_imm8 */
	{ 2, 3, 1, 0x3b, UB_ANY, 1, 0x4, 32, 0x0000,
	  UB_V_MW | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vpcmpub_kr_k1_xmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x3e, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpub_kr_k1_ymm_ymmm256_imm8 */
	{ 2, 3, 1, 0x3e, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpub_kr_k1_zmm_zmmm512_imm8 */
	{ 2, 3, 1, 0x3e, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpuw_kr_k1_xmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x3e, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpuw_kr_k1_ymm_ymmm256_imm8 */
	{ 2, 3, 1, 0x3e, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpuw_kr_k1_zmm_zmmm512_imm8 */
	{ 2, 3, 1, 0x3e, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpb_kr_k1_xmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x3f, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpb_kr_k1_ymm_ymmm256_imm8 */
	{ 2, 3, 1, 0x3f, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpb_kr_k1_zmm_zmmm512_imm8 */
	{ 2, 3, 1, 0x3f, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpw_kr_k1_xmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x3f, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpw_kr_k1_ymm_ymmm256_imm8 */
	{ 2, 3, 1, 0x3f, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vpcmpw_kr_k1_zmm_zmmm512_imm8 */
	{ 2, 3, 1, 0x3f, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_REG_K |
	  UB_V_MASK },
	/* evex_vdbpsadbw_xmm_k1z_xmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x42, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdbpsadbw_ymm_k1z_ymm_ymmm256_imm8 */
	{ 2, 3, 1, 0x42, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vdbpsadbw_zmm_k1z_zmm_zmmm512_imm8 */
	{ 2, 3, 1, 0x42, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshufi32x4_ymm_k1z_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x43, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshufi32x4_zmm_k1z_zmm_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x43, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshufi64x2_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x43, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vshufi64x2_zmm_k1z_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x43, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpclmulqdq_xmm_xmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x44, UB_ANY, UB_ANY, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpclmulqdq_ymm_ymm_ymmm256_imm8 */
	{ 2, 3, 1, 0x44, UB_ANY, UB_ANY, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vpclmulqdq_zmm_zmm_zmmm512_imm8 */
	{ 2, 3, 1, 0x44, UB_ANY, UB_ANY, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV },
	/* evex_vrangeps_xmm_k1z_xmm_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x50, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrangeps_ymm_k1z_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x50, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrangeps_zmm_k1z_zmm_zmmm512b32_imm8_sae */
	{ 2, 3, 1, 0x50, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrangepd_xmm_k1z_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x50, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrangepd_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x50, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrangepd_zmm_k1z_zmm_zmmm512b64_imm8_sae */
	{ 2, 3, 1, 0x50, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrangess_xmm_k1z_xmm_xmmm32_imm8_sae */
	{ 2, 3, 1, 0x51, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vrangesd_xmm_k1z_xmm_xmmm64_imm8_sae */
	{ 2, 3, 1, 0x51, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfixupimmps_xmm_k1z_xmm_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x54, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfixupimmps_ymm_k1z_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x54, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfixupimmps_zmm_k1z_zmm_zmmm512b32_imm8_sae */
	{ 2, 3, 1, 0x54, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfixupimmpd_xmm_k1z_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x54, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfixupimmpd_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x54, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfixupimmpd_zmm_k1z_zmm_zmmm512b64_imm8_sae */
	{ 2, 3, 1, 0x54, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfixupimmss_xmm_k1z_xmm_xmmm32_imm8_sae */
	{ 2, 3, 1, 0x55, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfixupimmsd_xmm_k1z_xmm_xmmm64_imm8_sae */
	{ 2, 3, 1, 0x55, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vreduceps_xmm_k1z_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x56, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vreduceps_ymm_k1z_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x56, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vreduceps_zmm_k1z_zmmm512b32_imm8_sae */
	{ 2, 3, 1, 0x56, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vreducepd_xmm_k1z_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x56, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vreducepd_ymm_k1z_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x56, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vreducepd_zmm_k1z_zmmm512b64_imm8_sae */
	{ 2, 3, 1, 0x56, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_MASK | UB_V_ZERO },
	/* evex_vreducess_xmm_k1z_xmm_xmmm32_imm8_sae */
	{ 2, 3, 1, 0x57, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vreducesd_xmm_k1z_xmm_xmmm64_imm8_sae */
	{ 2, 3, 1, 0x57, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vfpclassps_kr_k1_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x66, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_MASK },
	/* evex_vfpclassps_kr_k1_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x66, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_MASK },
	/* evex_vfpclassps_kr_k1_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x66, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_MASK },
	/* evex_vfpclasspd_kr_k1_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x66, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_MASK },
	/* evex_vfpclasspd_kr_k1_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x66, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_MASK },
	/* evex_vfpclasspd_kr_k1_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x66, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_MASK },
	/* evex_vfpclassss_kr_k1_xmmm32_imm8 */
	{ 2, 3, 1, 0x67, UB_ANY, 0, 0x7, 4, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_MASK },
	/* evex_vfpclasssd_kr_k1_xmmm64_imm8 */
	{ 2, 3, 1, 0x67, UB_ANY, 1, 0x7, 8, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_REG_K | UB_V_MASK },
	/* evex_vpshldw_xmm_k1z_xmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x70, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldw_ymm_k1z_ymm_ymmm256_imm8 */
	{ 2, 3, 1, 0x70, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldw_zmm_k1z_zmm_zmmm512_imm8 */
	{ 2, 3, 1, 0x70, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldd_xmm_k1z_xmm_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x71, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldd_ymm_k1z_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x71, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldd_zmm_k1z_zmm_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x71, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldq_xmm_k1z_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x71, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldq_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x71, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshldq_zmm_k1z_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x71, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdw_xmm_k1z_xmm_xmmm128_imm8 */
	{ 2, 3, 1, 0x72, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdw_ymm_k1z_ymm_ymmm256_imm8 */
	{ 2, 3, 1, 0x72, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdw_zmm_k1z_zmm_zmmm512_imm8 */
	{ 2, 3, 1, 0x72, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdd_xmm_k1z_xmm_xmmm128b32_imm8 */
	{ 2, 3, 1, 0x73, UB_ANY, 0, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdd_ymm_k1z_ymm_ymmm256b32_imm8 */
	{ 2, 3, 1, 0x73, UB_ANY, 0, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdd_zmm_k1z_zmm_zmmm512b32_imm8 */
	{ 2, 3, 1, 0x73, UB_ANY, 0, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdq_xmm_k1z_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0x73, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdq_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0x73, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vpshrdq_zmm_k1z_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0x73, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgf2p8affineqb_xmm_k1z_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0xce, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgf2p8affineqb_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0xce, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgf2p8affineqb_zmm_k1z_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0xce, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgf2p8affineinvqb_xmm_k1z_xmm_xmmm128b64_imm8 */
	{ 2, 3, 1, 0xcf, UB_ANY, 1, 0x1, 16, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgf2p8affineinvqb_ymm_k1z_ymm_ymmm256b64_imm8 */
	{ 2, 3, 1, 0xcf, UB_ANY, 1, 0x2, 32, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
	/* evex_vgf2p8affineinvqb_zmm_k1z_zmm_zmmm512b64_imm8 */
	{ 2, 3, 1, 0xcf, UB_ANY, 1, 0x4, 64, 0x0000,
	  UB_V_MR | UB_V_REGF | UB_V_MEMF | UB_V_VVVV | UB_V_MASK | UB_V_ZERO },
};
