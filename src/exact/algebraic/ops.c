/* Arithmetic on single algebraic numbers: −α, conj α, 1/α, √α. Each new minimal polynomial comes
 * from a substitution (p(−x), x^n p(1/x), factors of p(x²)) and each new enclosure from the old
 * one, so the results are certified like their inputs. */
#include <stdlib.h>

#include "exact/algebraic/alg_impl.h"

static axle_status args(void *out, const axle_algebraic *a)
{
    if (!out)
        return ax_error(AXLE_EINVAL, "output argument out is NULL");
    *(axle_algebraic **)out = NULL;
    if (!a)
        return ax_error(AXLE_EINVAL, "algebraic number a is NULL");
    return AXLE_OK;
}

axle_status axle_algebraic_neg(axle_algebraic **out, const axle_algebraic *a)
{
    axle_status s = args(out, a);
    if (s)
        return s;
    axle_algebraic *b;
    s = ax_alg_new(&b, &a->p, a->kind);
    if (s)
        return s;
    for (size_t i = 1; i < b->p.len; i += 2)
        mpz_neg(b->p.c[i], b->p.c[i]);
    ax_zp_primitive(&b->p);
    mpq_neg(b->lo, a->hi);
    mpq_neg(b->hi, a->lo);
    mpq_neg(b->re, a->re);
    mpq_neg(b->im, a->im);
    mpq_set(b->rad, a->rad);
    *out = b;
    return AXLE_OK;
}

axle_status axle_algebraic_conj(axle_algebraic **out, const axle_algebraic *a)
{
    axle_status s = args(out, a);
    if (s)
        return s;
    s = axle_algebraic_copy(out, a);
    if (!s)
        mpq_neg((*out)->im, (*out)->im);
    return s;
}

/* Shrink the real isolating interval (lo, hi) of a nonzero root of f until 0 is outside it. */
static void avoid_zero(mpq_t lo, mpq_t hi, const ax_zpoly *f)
{
    if (mpq_sgn(lo) > 0 || mpq_sgn(hi) < 0)
        return;
    bool pos = mpq_sgn(lo) == 0;
    if (mpq_sgn(lo) < 0 && mpq_sgn(hi) > 0) {
        mpz_t z, one;
        mpz_init(z);
        mpz_init_set_ui(one, 1);
        pos = ax_alg_sign_at(f, z, one) == ax_alg_sign_at_q(f, lo);
        mpz_clear(z);
        mpz_clear(one);
    }
    mpq_t m;
    mpq_init(m);
    mpq_ptr end = pos ? hi : lo; /* the root lies between 0 and end */
    mpq_set_ui(pos ? lo : hi, 0, 1);
    int se = ax_alg_sign_at_q(f, end);
    for (;;) {
        mpq_div_2exp(m, end, 1);
        if (ax_alg_sign_at_q(f, m) != se) { /* the root is between m and end */
            mpq_set(pos ? lo : hi, m);
            break;
        }
        mpq_set(end, m);
    }
    mpq_clear(m);
}

axle_status axle_algebraic_inv(axle_algebraic **out, const axle_algebraic *a)
{
    axle_status s = args(out, a);
    if (s)
        return s;
    if (a->kind == AX_ALG_RATIONAL) {
        if (mpq_sgn(a->lo) == 0)
            return ax_error(AXLE_EDOMAIN, "division by zero: 0 has no inverse");
        mpq_t q;
        mpq_init(q);
        mpq_inv(q, a->lo);
        s = ax_alg_rational(out, q);
        mpq_clear(q);
        return s;
    }
    axle_algebraic *b;
    s = ax_alg_new(&b, &a->p, a->kind);
    if (s)
        return s;
    for (size_t i = 0, j = b->p.len - 1; i < j; i++, j--)
        mpz_swap(b->p.c[i], b->p.c[j]);
    ax_zp_primitive(&b->p);
    if (a->kind == AX_ALG_REAL) {
        /* 1/x maps (lo, hi) with 0 outside onto (1/hi, 1/lo) */
        mpq_set(b->lo, a->lo);
        mpq_set(b->hi, a->hi);
        avoid_zero(b->lo, b->hi, &a->p);
        mpq_inv(b->lo, b->lo);
        mpq_inv(b->hi, b->hi);
        mpq_swap(b->lo, b->hi);
    } else {
        /* 1/z maps the disc D(c, r), |c| > r, onto D(conj(c) / (|c|^2 - r^2), r / (|c|^2 - r^2)) */
        mpq_t d, t;
        mpq_inits(d, t, NULL);
        mpq_mul(d, a->re, a->re);
        mpq_mul(t, a->im, a->im);
        mpq_add(d, d, t);
        mpq_mul(t, a->rad, a->rad);
        mpq_sub(d, d, t);
        mpq_div(b->re, a->re, d);
        mpq_div(b->im, a->im, d);
        mpq_neg(b->im, b->im);
        mpq_div(b->rad, a->rad, d);
        mpq_clears(d, t, NULL);
    }
    *out = b;
    return AXLE_OK;
}

/* ---- square root -------------------------------------------------------------------------------
 * √α is a root of p(x²); of its 2n roots ±√ζ (ζ the roots of p, all nonzero) exactly two square to
 * α. Boxes around every root of the factors of p(x²) are squared by interval arithmetic and
 * refined until exactly two meet α's box; of these ±√α the principal one is kept. */

typedef struct box {
    mpq_t rl, rh, il, ih;
} box;

static void box_init(box *b)
{
    mpq_inits(b->rl, b->rh, b->il, b->ih, NULL);
}

static void box_clear(box *b)
{
    mpq_clears(b->rl, b->rh, b->il, b->ih, NULL);
}

/* [l, h] = [a, b] * [c, d] */
static void iv_mul(mpq_t l, mpq_t h, const mpq_t a, const mpq_t b, const mpq_t c, const mpq_t d)
{
    mpq_t p[4];
    for (int i = 0; i < 4; i++)
        mpq_init(p[i]);
    mpq_mul(p[0], a, c);
    mpq_mul(p[1], a, d);
    mpq_mul(p[2], b, c);
    mpq_mul(p[3], b, d);
    int lo = 0, hi = 0;
    for (int i = 1; i < 4; i++) {
        if (mpq_cmp(p[i], p[lo]) < 0)
            lo = i;
        if (mpq_cmp(p[i], p[hi]) > 0)
            hi = i;
    }
    mpq_set(l, p[lo]);
    mpq_set(h, p[hi]);
    for (int i = 0; i < 4; i++)
        mpq_clear(p[i]);
}

/* s = b² (an enclosure of the squares of the points of b). */
static void box_square(box *s, const box *b)
{
    mpq_t xl, xh, yl, yh;
    mpq_inits(xl, xh, yl, yh, NULL);
    iv_mul(xl, xh, b->rl, b->rh, b->rl, b->rh);
    iv_mul(yl, yh, b->il, b->ih, b->il, b->ih);
    mpq_sub(s->rl, xl, yh);
    mpq_sub(s->rh, xh, yl);
    iv_mul(s->il, s->ih, b->rl, b->rh, b->il, b->ih);
    mpq_mul_2exp(s->il, s->il, 1);
    mpq_mul_2exp(s->ih, s->ih, 1);
    mpq_clears(xl, xh, yl, yh, NULL);
}

static bool box_meet(const box *a, const box *b)
{
    return mpq_cmp(a->rh, b->rl) >= 0 && mpq_cmp(b->rh, a->rl) >= 0 && mpq_cmp(a->ih, b->il) >= 0 &&
           mpq_cmp(b->ih, a->il) >= 0;
}

/* The candidates β among L with β² in α's box, at precision bits; idx gets up to 2 indices. */
static axle_status candidates(size_t *count, size_t idx[2], const ax_alist *L,
                              const axle_algebraic *a, long bits)
{
    box A, B, S;
    box_init(&A);
    box_init(&B);
    box_init(&S);
    axle_status s = ax_alg_box(A.rl, A.rh, A.il, A.ih, a, bits);
    *count = 0;
    for (size_t i = 0; i < L->n && !s; i++) {
        s = ax_alg_box(B.rl, B.rh, B.il, B.ih, L->a[i], bits);
        if (s)
            break;
        box_square(&S, &B);
        if (box_meet(&S, &A)) {
            if (*count < 2)
                idx[*count] = i;
            ++*count;
        }
    }
    box_clear(&A);
    box_clear(&B);
    box_clear(&S);
    return s;
}

/* Whether β (one of ±√α, α not a negative real) has positive real part. */
static axle_status re_positive(bool *out, const axle_algebraic *b)
{
    if (b->kind != AX_ALG_COMPLEX) {
        int sg;
        axle_status s = axle_algebraic_sign(&sg, b);
        *out = sg > 0;
        return s;
    }
    box B;
    box_init(&B);
    axle_status s = AXLE_OK;
    for (long bits = 8;; bits *= 2) {
        s = ax_alg_box(B.rl, B.rh, B.il, B.ih, b, bits);
        if (s)
            break;
        if (mpq_sgn(B.rl) > 0 || mpq_sgn(B.rh) < 0) {
            *out = mpq_sgn(B.rl) > 0;
            break;
        }
        if (bits > (1L << 16)) {
            s = ax_error(AXLE_EUNCERTIFIED,
                         "the sign of a square root's real part was not decided");
            break;
        }
    }
    box_clear(&B);
    return s;
}

axle_status axle_algebraic_sqrt(axle_algebraic **out, const axle_algebraic *a)
{
    axle_status s = args(out, a);
    if (s)
        return s;
    if (a->kind == AX_ALG_RATIONAL && mpq_sgn(a->lo) == 0)
        return axle_algebraic_copy(out, a);
    /* g(x) = p(x²), factored over Q */
    ax_zpoly g;
    ax_zp_init(&g);
    if ((s = ax_zp_zero(&g, 2 * a->p.len - 1))) {
        ax_zp_clear(&g);
        return s;
    }
    for (size_t i = 0; i < a->p.len; i++)
        mpz_set(g.c[2 * i], a->p.c[i]);
    axle_poly *gp = NULL;
    mpq_t unit;
    ax_zlist F = {0};
    mpq_init(unit);
    s = ax_zp_to_poly(&gp, &g, NULL);
    AX_STEP(s, ax_exact_decompose(unit, &F, gp, true, "factorization"));
    axle_poly_free(gp);
    mpq_clear(unit);
    ax_alist L = {0};
    for (size_t i = 0; !s && i < F.n; i++)
        s = ax_alg_roots_irreducible(&L, &F.f[i], 1, false);
    ax_zlist_clear(&F);
    ax_zp_clear(&g);
    size_t count = 0, idx[2] = {0, 0};
    for (long bits = 8; !s; bits *= 2) {
        s = candidates(&count, idx, &L, a, bits);
        if (s || count <= 2)
            break;
        if (bits > (1L << 16))
            s = ax_error(AXLE_EUNCERTIFIED,
                         "the square root could not be told from its conjugates");
    }
    if (!s && count != 2)
        s = ax_error(AXLE_EUNCERTIFIED, "the square root was not found among the roots of p(x^2)");
    size_t pick = idx[0];
    if (!s) {
        const axle_algebraic *b0 = L.a[idx[0]];
        int sg = 0;
        if (a->kind != AX_ALG_COMPLEX)
            s = axle_algebraic_sign(&sg, a);
        if (!s && a->kind != AX_ALG_COMPLEX && sg < 0) {
            /* ±i√|α|: the one with positive imaginary part */
            if (mpq_sgn(b0->im) < 0)
                pick = idx[1];
        } else if (!s) {
            bool pos = false;
            s = re_positive(&pos, b0);
            if (!s && !pos)
                pick = idx[1];
        }
    }
    if (!s) {
        *out = L.a[pick];
        L.a[pick] = NULL;
    }
    ax_alist_clear(&L);
    return s;
}
