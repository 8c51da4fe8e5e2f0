/* Algebraic numbers: construction, queries, exact equality and real order. */
#include <stdlib.h>

#include "exact/algebraic/alg_impl.h"

axle_status ax_alg_new(axle_algebraic **out, const ax_zpoly *p, ax_alg_kind kind)
{
    axle_algebraic *a = ax_calloc(1, sizeof *a);
    if (!a)
        return ax_nomem();
    ax_zp_init(&a->p);
    axle_status s = ax_zp_set(&a->p, p);
    if (s) {
        ax_zp_clear(&a->p);
        free(a);
        return s;
    }
    a->kind = kind;
    mpq_inits(a->lo, a->hi, a->re, a->im, a->rad, NULL);
    *out = a;
    return AXLE_OK;
}

void axle_algebraic_free(axle_algebraic *a)
{
    if (!a)
        return;
    ax_zp_clear(&a->p);
    mpq_clears(a->lo, a->hi, a->re, a->im, a->rad, NULL);
    free(a);
}

axle_status ax_alg_rational(axle_algebraic **out, const mpq_t q)
{
    ax_zpoly p;
    ax_zp_init(&p);
    axle_status s = ax_zp_zero(&p, 2);
    if (s) {
        ax_zp_clear(&p);
        return s;
    }
    mpz_neg(p.c[0], mpq_numref(q));
    mpz_set(p.c[1], mpq_denref(q));
    s = ax_alg_new(out, &p, AX_ALG_RATIONAL);
    ax_zp_clear(&p);
    if (!s) {
        mpq_set((*out)->lo, q);
        mpq_set((*out)->hi, q);
    }
    return s;
}

static axle_status check_out_arg(void *out, const axle_algebraic *a)
{
    if (!out)
        return ax_error(AXLE_EINVAL, "output argument out is NULL");
    if (!a)
        return ax_error(AXLE_EINVAL, "algebraic number a is NULL");
    return AXLE_OK;
}

axle_status axle_algebraic_from_mpq(axle_algebraic **out, const mpq_t q)
{
    AX_OUT(out);
    if (!q)
        return ax_error(AXLE_EINVAL, "rational q is NULL");
    if (mpz_sgn(mpq_denref(q)) <= 0)
        return ax_error(AXLE_EDOMAIN, "the rational is not canonical (denominator <= 0)");
    return ax_alg_rational(out, q);
}

axle_status axle_algebraic_from_frac(axle_algebraic **out, long num, long den)
{
    AX_OUT(out);
    if (den == 0)
        return ax_error(AXLE_EDOMAIN, "division by zero: denominator 0 in %ld/0", num);
    mpq_t q;
    mpq_init(q);
    mpz_set_si(mpq_numref(q), num);
    mpz_set_si(mpq_denref(q), den);
    mpq_canonicalize(q);
    axle_status s = ax_alg_rational(out, q);
    mpq_clear(q);
    return s;
}

axle_status axle_algebraic_from_scalar(axle_algebraic **out, const axle_scalar *x)
{
    AX_OUT(out);
    if (!x)
        return ax_error(AXLE_EINVAL, "scalar x is NULL");
    if (axle_scalar_field(x) != AXLE_QQ)
        return ax_error(AXLE_EFIELD, "algebraic numbers are exact: the scalar must be over QQ, "
                                     "not RR (convert it with axle_scalar_convert)");
    mpq_t q;
    mpq_init(q);
    axle_scalar_get_mpq(q, x);
    axle_status s = ax_alg_rational(out, q);
    mpq_clear(q);
    return s;
}

axle_status axle_algebraic_copy(axle_algebraic **out, const axle_algebraic *a)
{
    if (out)
        *out = NULL;
    axle_status s = check_out_arg(out, a);
    if (s)
        return s;
    axle_algebraic *b = NULL;
    s = ax_alg_new(&b, &a->p, a->kind);
    if (s)
        return s;
    mpq_set(b->lo, a->lo);
    mpq_set(b->hi, a->hi);
    mpq_set(b->re, a->re);
    mpq_set(b->im, a->im);
    mpq_set(b->rad, a->rad);
    *out = b;
    return AXLE_OK;
}

/* ---- queries --------------------------------------------------------------------------------- */

unsigned long axle_algebraic_degree(const axle_algebraic *a)
{
    return a ? (unsigned long)(a->p.len - 1) : 0;
}

bool axle_algebraic_is_rational(const axle_algebraic *a)
{
    return a && a->kind == AX_ALG_RATIONAL;
}

bool axle_algebraic_is_real(const axle_algebraic *a)
{
    return a && a->kind != AX_ALG_COMPLEX;
}

axle_status axle_algebraic_minpoly(axle_poly **out, const axle_algebraic *a)
{
    if (out)
        *out = NULL;
    axle_status s = check_out_arg(out, a);
    if (s)
        return s;
    return ax_zp_to_poly(out, &a->p, NULL);
}

axle_status axle_algebraic_get_mpq(mpq_t rop, const axle_algebraic *a)
{
    if (!rop)
        return ax_error(AXLE_EINVAL, "output rational rop is NULL");
    if (!a)
        return ax_error(AXLE_EINVAL, "algebraic number a is NULL");
    if (a->kind != AX_ALG_RATIONAL)
        return ax_error(AXLE_EDOMAIN, "the algebraic number is irrational (degree %lu)",
                        axle_algebraic_degree(a));
    mpq_set(rop, a->lo);
    return AXLE_OK;
}

axle_status axle_algebraic_interval(mpq_t lo, mpq_t hi, const axle_algebraic *a)
{
    if (!lo || !hi)
        return ax_error(AXLE_EINVAL, "the output rational %s is NULL", lo ? "hi" : "lo");
    if (!a)
        return ax_error(AXLE_EINVAL, "algebraic number a is NULL");
    if (a->kind == AX_ALG_COMPLEX)
        return ax_error(AXLE_EDOMAIN, "the algebraic number is not real: it has a disc, not "
                                      "an interval");
    mpq_set(lo, a->lo);
    mpq_set(hi, a->hi);
    return AXLE_OK;
}

axle_status axle_algebraic_disc(mpq_t re, mpq_t im, mpq_t rad, const axle_algebraic *a)
{
    if (!re || !im || !rad)
        return ax_error(AXLE_EINVAL, "the output rational %s is NULL",
                        !re   ? "re"
                        : !im ? "im"
                              : "rad");
    if (!a)
        return ax_error(AXLE_EINVAL, "algebraic number a is NULL");
    if (a->kind != AX_ALG_COMPLEX)
        return ax_error(AXLE_EDOMAIN, "the algebraic number is real: it has an interval, not "
                                      "a disc");
    mpq_set(re, a->re);
    mpq_set(im, a->im);
    mpq_set(rad, a->rad);
    return AXLE_OK;
}

axle_status ax_alg_box(mpq_t rl, mpq_t rh, mpq_t il, mpq_t ih, const axle_algebraic *a, long bits)
{
    if (a->kind == AX_ALG_COMPLEX) {
        mpq_t re, im, rad;
        mpq_inits(re, im, rad, NULL);
        mpq_set(re, a->re);
        mpq_set(im, a->im);
        mpq_set(rad, a->rad);
        axle_status s = ax_alg_refine_disc(re, im, rad, &a->p, bits + 1);
        mpq_sub(rl, re, rad);
        mpq_add(rh, re, rad);
        mpq_sub(il, im, rad);
        mpq_add(ih, im, rad);
        mpq_clears(re, im, rad, NULL);
        return s;
    }
    mpq_set(rl, a->lo);
    mpq_set(rh, a->hi);
    if (a->kind == AX_ALG_REAL)
        ax_alg_refine_interval(rl, rh, &a->p, bits);
    mpq_set_ui(il, 0, 1);
    mpq_set_ui(ih, 0, 1);
    return AXLE_OK;
}

axle_status ax_alg_same_disc(bool *out, const ax_zpoly *f, const mpq_t re1, const mpq_t im1,
                             const mpq_t rad1, const mpq_t re2, const mpq_t im2, const mpq_t rad2)
{
    /* shrink disc 1 until it lies inside disc 2 (same root: the root is strictly inside disc 2)
     * or misses it (different roots: disc 2 holds no other root) */
    mpq_t re, im, rad, d, t;
    mpq_inits(re, im, rad, d, t, NULL);
    mpq_set(re, re1);
    mpq_set(im, im1);
    mpq_set(rad, rad1);
    axle_status s = AXLE_OK;
    for (;;) {
        mpq_sub(t, re, re2);
        mpq_mul(d, t, t);
        mpq_sub(t, im, im2);
        mpq_mul(t, t, t);
        mpq_add(d, d, t);
        mpq_add(t, rad, rad2);
        mpq_mul(t, t, t);
        if (mpq_cmp(d, t) > 0) {
            *out = false;
            break;
        }
        mpq_sub(t, rad2, rad);
        if (mpq_sgn(t) >= 0) {
            mpq_mul(t, t, t);
            if (mpq_cmp(d, t) <= 0) {
                *out = true;
                break;
            }
        }
        s = ax_alg_refine_disc(re, im, rad, f, 1 - ax_alg_log2(rad));
        if (s)
            break;
    }
    mpq_clears(re, im, rad, d, t, NULL);
    return s;
}

axle_status ax_alg_same_root(bool *out, const axle_algebraic *a, const axle_algebraic *b)
{
    if (a->kind == AX_ALG_RATIONAL) {
        *out = mpq_equal(a->lo, b->lo) != 0;
        return AXLE_OK;
    }
    if (a->kind == AX_ALG_COMPLEX)
        return ax_alg_same_disc(out, &a->p, a->re, a->im, a->rad, b->re, b->im, b->rad);
    /* real: the intersection (L, H) of two isolating intervals holds a root exactly when f
     * changes sign on it (its endpoints are rational, never roots of an irreducible f of degree
     * >= 2); each interval holds one root, so that root is shared */
    mpq_srcptr L = mpq_cmp(a->lo, b->lo) > 0 ? a->lo : b->lo;
    mpq_srcptr H = mpq_cmp(a->hi, b->hi) < 0 ? a->hi : b->hi;
    if (mpq_cmp(L, H) >= 0)
        *out = false;
    else
        *out = ax_alg_sign_at_q(&a->p, L) != ax_alg_sign_at_q(&a->p, H);
    return AXLE_OK;
}

axle_status ax_alg_real_cmp(int *out, axle_algebraic *a, axle_algebraic *b)
{
    if (a->kind == b->kind && ax_zp_equal(&a->p, &b->p)) {
        bool same;
        axle_status s = ax_alg_same_root(&same, a, b);
        if (s)
            return s;
        if (same) {
            *out = 0;
            return AXLE_OK;
        }
    }
    /* distinct numbers: refine the wider interval until they separate */
    mpq_t wa, wb;
    mpq_inits(wa, wb, NULL);
    for (;;) {
        if (mpq_cmp(a->hi, b->lo) <= 0) {
            *out = -1;
            break;
        }
        if (mpq_cmp(b->hi, a->lo) <= 0) {
            *out = 1;
            break;
        }
        mpq_sub(wa, a->hi, a->lo);
        mpq_sub(wb, b->hi, b->lo);
        axle_algebraic *w = mpq_cmp(wa, wb) >= 0 ? a : b;
        ax_alg_refine_interval(w->lo, w->hi, &w->p, 1 - ax_alg_log2(w == a ? wa : wb));
    }
    mpq_clears(wa, wb, NULL);
    return AXLE_OK;
}

static axle_status real_sign(int *out, const axle_algebraic *a)
{
    if (a->kind == AX_ALG_RATIONAL)
        *out = mpq_sgn(a->lo);
    else if (mpq_sgn(a->lo) >= 0)
        *out = 1;
    else if (mpq_sgn(a->hi) <= 0)
        *out = -1;
    else {
        mpz_t z, one;
        mpz_init(z);
        mpz_init_set_ui(one, 1);
        int s0 = ax_alg_sign_at(&a->p, z, one);
        *out = s0 == ax_alg_sign_at_q(&a->p, a->lo) ? 1 : -1;
        mpz_clear(z);
        mpz_clear(one);
    }
    return AXLE_OK;
}

axle_status axle_algebraic_sign(int *out, const axle_algebraic *a)
{
    axle_status s = check_out_arg(out, a);
    if (s)
        return s;
    if (a->kind == AX_ALG_COMPLEX)
        return ax_error(AXLE_EDOMAIN, "a non-real number has no sign");
    return real_sign(out, a);
}

axle_status axle_algebraic_equal(bool *out, const axle_algebraic *a, const axle_algebraic *b)
{
    axle_status s = check_out_arg(out, a);
    if (s)
        return s;
    if (!b)
        return ax_error(AXLE_EINVAL, "algebraic number b is NULL");
    if (a->kind != b->kind || !ax_zp_equal(&a->p, &b->p)) {
        *out = false;
        return AXLE_OK;
    }
    return ax_alg_same_root(out, a, b);
}

axle_status axle_algebraic_cmp(int *out, const axle_algebraic *a, const axle_algebraic *b)
{
    axle_status s = check_out_arg(out, a);
    if (s)
        return s;
    if (!b)
        return ax_error(AXLE_EINVAL, "algebraic number b is NULL");
    if (a->kind == AX_ALG_COMPLEX || b->kind == AX_ALG_COMPLEX)
        return ax_error(AXLE_EDOMAIN, "only real numbers can be ordered; this one is not real");
    axle_algebraic *x, *y;
    s = axle_algebraic_copy(&x, a);
    if (s)
        return s;
    s = axle_algebraic_copy(&y, b);
    if (!s)
        s = ax_alg_real_cmp(out, x, y);
    axle_algebraic_free(x);
    axle_algebraic_free(y);
    return s;
}

axle_status ax_alg_part_is_zero(bool *out, const axle_algebraic *a, bool im)
{
    if (im) {
        *out = a->kind != AX_ALG_COMPLEX;
        return AXLE_OK;
    }
    if (a->kind != AX_ALG_COMPLEX) {
        *out = a->kind == AX_ALG_RATIONAL && mpq_sgn(a->lo) == 0;
        return AXLE_OK;
    }
    /* Re α = 0 exactly when −conj(α) = α; −conj(α) is a root of p only when p is even */
    for (size_t i = 1; i < a->p.len; i += 2)
        if (mpz_sgn(a->p.c[i])) {
            *out = false;
            return AXLE_OK;
        }
    mpq_t nre;
    mpq_init(nre);
    mpq_neg(nre, a->re);
    axle_status s = ax_alg_same_disc(out, &a->p, nre, a->im, a->rad, a->re, a->im, a->rad);
    mpq_clear(nre);
    return s;
}

axle_status axle_algebraic_to_double(double *re, double *im, const axle_algebraic *a)
{
    if (!a)
        return ax_error(AXLE_EINVAL, "algebraic number a is NULL");
    /* refine a copy in place, so that each step starts from the last enclosure, and jump to the
     * precision the size of the centre asks for (at most 4 times the last one) */
    axle_algebraic *c;
    axle_status s = axle_algebraic_copy(&c, a);
    if (s)
        return s;
    mpq_t rl, rh, il, ih;
    mpq_inits(rl, rh, il, ih, NULL);
    /* refine until the half-width is below 2^-72 times the size of the centre */
    mpq_t cr, ci;
    mpq_inits(cr, ci, NULL);
    /* The first target is relative to the size of the enclosure, not 2^-8 absolute: a root near
     * 2^66000 in an enclosure of that width would take 66000 bisection steps, each a sign
     * evaluation at a 66000-bit point, to reach an absolute 2^-8 that a double cannot hold. */
    long bits = 8;
    if (c->kind == AX_ALG_REAL) {
        mpq_abs(cr, c->lo);
        mpq_abs(ci, c->hi);
    } else {
        mpq_abs(cr, c->re);
        mpq_abs(ci, c->im);
        mpq_add(cr, cr, c->rad);
        mpq_add(ci, ci, c->rad);
    }
    if (mpq_cmp(ci, cr) > 0)
        mpq_swap(ci, cr);
    if (c->kind != AX_ALG_RATIONAL && mpq_sgn(cr) && 8 - ax_alg_log2(cr) < bits)
        bits = 8 - ax_alg_log2(cr);
    for (;;) {
        s = ax_alg_box(rl, rh, il, ih, c, bits);
        if (s || (mpq_equal(rl, rh) && mpq_equal(il, ih)))
            break;
        if (c->kind == AX_ALG_REAL) {
            mpq_set(c->lo, rl);
            mpq_set(c->hi, rh);
        } else {
            mpq_add(c->re, rl, rh);
            mpq_div_2exp(c->re, c->re, 1);
            mpq_add(c->im, il, ih);
            mpq_div_2exp(c->im, c->im, 1);
            mpq_sub(c->rad, rh, rl);
            mpq_div_2exp(c->rad, c->rad, 1);
        }
        mpq_add(cr, rl, rh);
        mpq_add(ci, il, ih);
        mpq_abs(cr, cr);
        mpq_abs(ci, ci);
        if (mpq_cmp(ci, cr) > 0)
            mpq_swap(ci, cr);
        long need = mpq_sgn(cr) ? 75 - ax_alg_log2(cr) : 2 * bits;
        if (mpq_sgn(cr) && bits > 74 - ax_alg_log2(cr))
            break;
        if (bits > (1L << 20)) {
            s = ax_error(AXLE_EUNCERTIFIED, "the value could not be approximated");
            break;
        }
        /* finer: by the current precision's size (doubling it when bits > 0), at most four
         * times that in one jump; bits may be negative (a coarse target for a huge value) */
        long step = bits > 16 ? bits : bits < -16 ? -bits : 16;
        bits = need <= bits ? bits + step : need > bits + 3 * step ? bits + 3 * step : need;
    }
    mpq_clears(cr, ci, NULL);
    bool z;
    for (int part = 0; !s && part < 2; part++) {
        double *o = part ? im : re;
        if (!o)
            continue;
        s = ax_alg_part_is_zero(&z, a, part == 1);
        if (s)
            break;
        mpq_ptr l = part ? il : rl, h = part ? ih : rh;
        mpq_add(l, l, h);
        mpq_div_2exp(l, l, 1);
        *o = z ? 0.0 : ax_mpq_get_d(l);
    }
    mpq_clears(rl, rh, il, ih, NULL);
    axle_algebraic_free(c);
    return s;
}
