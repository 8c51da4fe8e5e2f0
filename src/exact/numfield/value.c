/* Element values of Q(α) = Q[x]/(f): integer coefficient vectors over a common positive
 * denominator, kept canonical; sums, products (schoolbook, then pseudo-division by f), inverses
 * (a rational linear solve with the multiplication matrix). */
#include <stdlib.h>

#include "exact/numfield/nf_impl.h"

bool ax_nfv_init(const axle_numfield *K, ax_nfv *v)
{
    v->c = ax_calloc(K->n, sizeof *v->c);
    if (!v->c)
        return false;
    for (size_t k = 0; k < K->n; k++)
        mpz_init(v->c[k]);
    mpz_init_set_ui(v->den, 1);
    return true;
}

void ax_nfv_clear(const axle_numfield *K, ax_nfv *v)
{
    if (!v->c)
        return;
    for (size_t k = 0; k < K->n; k++)
        mpz_clear(v->c[k]);
    free(v->c);
    v->c = NULL;
    mpz_clear(v->den);
}

bool ax_nfv_init_array(const axle_numfield *K, ax_nfv **out, size_t count)
{
    ax_nfv *v = ax_calloc(count ? count : 1, sizeof *v);
    if (!v)
        return false;
    for (size_t i = 0; i < count; i++)
        if (!ax_nfv_init(K, &v[i])) {
            ax_nfv_clear_array(K, v, i);
            return false;
        }
    *out = v;
    return true;
}

void ax_nfv_clear_array(const axle_numfield *K, ax_nfv *v, size_t count)
{
    if (!v)
        return;
    for (size_t i = 0; i < count; i++)
        ax_nfv_clear(K, &v[i]);
    free(v);
}

bool ax_nfws_init(const axle_numfield *K, ax_nfws *w)
{
    w->len = 2 * K->n - 1;
    w->t = ax_calloc(w->len, sizeof *w->t);
    if (!w->t)
        return false;
    for (size_t k = 0; k < w->len; k++)
        mpz_init(w->t[k]);
    mpz_init(w->g);
    mpz_init(w->u);
    mpz_init(w->m);
    return true;
}

void ax_nfws_clear(ax_nfws *w)
{
    if (!w->t)
        return;
    for (size_t k = 0; k < w->len; k++)
        mpz_clear(w->t[k]);
    free(w->t);
    w->t = NULL;
    mpz_clear(w->g);
    mpz_clear(w->u);
    mpz_clear(w->m);
}

void ax_nfv_canonicalize(const axle_numfield *K, ax_nfv *r)
{
    mpz_t g;
    mpz_init_set(g, r->den);
    bool zero = true;
    for (size_t k = 0; k < K->n; k++) {
        if (!mpz_sgn(r->c[k]))
            continue;
        zero = false;
        if (mpz_cmp_ui(g, 1) != 0)
            mpz_gcd(g, g, r->c[k]);
    }
    if (zero)
        mpz_set_ui(r->den, 1);
    else if (mpz_cmp_ui(g, 1) != 0) {
        for (size_t k = 0; k < K->n; k++)
            mpz_divexact(r->c[k], r->c[k], g);
        mpz_divexact(r->den, r->den, g);
    }
    mpz_clear(g);
}

void ax_nfv_set(const axle_numfield *K, ax_nfv *r, const ax_nfv *a)
{
    if (r == a)
        return;
    for (size_t k = 0; k < K->n; k++)
        mpz_set(r->c[k], a->c[k]);
    mpz_set(r->den, a->den);
}

void ax_nfv_set_mpq(const axle_numfield *K, ax_nfv *r, const mpq_t q)
{
    for (size_t k = 1; k < K->n; k++)
        mpz_set_ui(r->c[k], 0);
    mpz_set(r->c[0], mpq_numref(q));
    mpz_set(r->den, mpq_denref(q));
}

void ax_nfv_set_si(const axle_numfield *K, ax_nfv *r, long v)
{
    for (size_t k = 1; k < K->n; k++)
        mpz_set_ui(r->c[k], 0);
    mpz_set_si(r->c[0], v);
    mpz_set_ui(r->den, 1);
}

/* Reduce t[0..len-1] modulo f in place, so that only t[0..n-1] remain nonzero; multiplies m by
 * the factor the pseudo-division introduced (the value is t / m afterwards, times the caller's
 * denominator). When f is not monic, the step that removes t_k x^k scales the lower coefficients
 * by lc(f)/g only, g = gcd(t_k, lc(f)), the smallest multiplier that makes the step exact. */
static void reduce(const axle_numfield *K, ax_nfws *w, mpz_t *t, size_t len, mpz_t m)
{
    size_t n = K->n;
    const mpz_t *f = (const mpz_t *)K->f;
    for (size_t k = len; k-- > n;) {
        if (!mpz_sgn(t[k]))
            continue;
        size_t base = k - n;
        if (!K->monic) {
            mpz_gcd(w->g, t[k], f[n]);
            mpz_divexact(w->u, f[n], w->g); /* scale of the lower part */
            mpz_divexact(t[k], t[k], w->g); /* the quotient term */
            if (mpz_cmp_ui(w->u, 1) != 0) {
                for (size_t i = 0; i < k; i++)
                    mpz_mul(t[i], t[i], w->u);
                mpz_mul(m, m, w->u);
            }
        }
        for (size_t i = 0; i < n; i++)
            mpz_submul(t[base + i], t[k], f[i]);
        mpz_set_ui(t[k], 0);
    }
}

void ax_nfv_set_zpoly(const axle_numfield *K, ax_nfws *w, ax_nfv *r, mpz_t *c, size_t len,
                      const mpz_t den)
{
    mpz_set_ui(w->m, 1);
    reduce(K, w, c, len, w->m);
    for (size_t k = 0; k < K->n; k++) {
        if (k < len)
            mpz_set(r->c[k], c[k]);
        else
            mpz_set_ui(r->c[k], 0);
    }
    mpz_mul(r->den, den, w->m);
    ax_nfv_canonicalize(K, r);
}

void ax_nfv_set_mpq_vec(const axle_numfield *K, ax_nfv *r, mpq_t *q)
{
    mpz_set_ui(r->den, 1);
    for (size_t k = 0; k < K->n; k++)
        mpz_lcm(r->den, r->den, mpq_denref(q[k]));
    for (size_t k = 0; k < K->n; k++) {
        mpz_divexact(r->c[k], r->den, mpq_denref(q[k]));
        mpz_mul(r->c[k], r->c[k], mpq_numref(q[k]));
    }
    ax_nfv_canonicalize(K, r);
}

bool ax_nfv_is_zero(const axle_numfield *K, const ax_nfv *a)
{
    for (size_t k = 0; k < K->n; k++)
        if (mpz_sgn(a->c[k]))
            return false;
    return true;
}

bool ax_nfv_is_one(const axle_numfield *K, const ax_nfv *a)
{
    for (size_t k = 1; k < K->n; k++)
        if (mpz_sgn(a->c[k]))
            return false;
    return mpz_cmp_ui(a->c[0], 1) == 0 && mpz_cmp_ui(a->den, 1) == 0;
}

bool ax_nfv_equal(const axle_numfield *K, const ax_nfv *a, const ax_nfv *b)
{
    if (mpz_cmp(a->den, b->den) != 0)
        return false;
    for (size_t k = 0; k < K->n; k++)
        if (mpz_cmp(a->c[k], b->c[k]) != 0)
            return false;
    return true;
}

size_t ax_nfv_size(const axle_numfield *K, const ax_nfv *a)
{
    size_t s = mpz_sizeinbase(a->den, 2);
    for (size_t k = 0; k < K->n; k++)
        if (mpz_sgn(a->c[k]))
            s += mpz_sizeinbase(a->c[k], 2);
    return s;
}

/* r = a + sign * b over the common denominator lcm(den a, den b). */
static void addsub(const axle_numfield *K, ax_nfws *w, ax_nfv *r, const ax_nfv *a, const ax_nfv *b,
                   int sign)
{
    mpz_gcd(w->g, a->den, b->den);
    mpz_divexact(w->u, b->den, w->g); /* multiplier of a */
    mpz_divexact(w->m, a->den, w->g); /* multiplier of b */
    mpz_t tmp;
    mpz_init(tmp);
    for (size_t k = 0; k < K->n; k++) {
        mpz_mul(tmp, a->c[k], w->u);
        if (sign > 0)
            mpz_addmul(tmp, b->c[k], w->m);
        else
            mpz_submul(tmp, b->c[k], w->m);
        mpz_swap(r->c[k], tmp);
    }
    mpz_mul(tmp, a->den, w->u);
    mpz_swap(r->den, tmp);
    mpz_clear(tmp);
    if (mpz_cmp_ui(r->den, 1) != 0)
        ax_nfv_canonicalize(K, r);
}

void ax_nfv_add(const axle_numfield *K, ax_nfws *w, ax_nfv *r, const ax_nfv *a, const ax_nfv *b)
{
    addsub(K, w, r, a, b, 1);
}

void ax_nfv_sub(const axle_numfield *K, ax_nfws *w, ax_nfv *r, const ax_nfv *a, const ax_nfv *b)
{
    addsub(K, w, r, a, b, -1);
}

void ax_nfv_neg(const axle_numfield *K, ax_nfv *r, const ax_nfv *a)
{
    for (size_t k = 0; k < K->n; k++)
        mpz_neg(r->c[k], a->c[k]);
    mpz_set(r->den, a->den);
}

void ax_nfv_mul(const axle_numfield *K, ax_nfws *w, ax_nfv *r, const ax_nfv *a, const ax_nfv *b)
{
    size_t n = K->n, la = n, lb = n;
    while (la > 0 && !mpz_sgn(a->c[la - 1]))
        la--;
    while (lb > 0 && !mpz_sgn(b->c[lb - 1]))
        lb--;
    for (size_t k = 0; k < w->len; k++)
        mpz_set_ui(w->t[k], 0);
    for (size_t i = 0; i < la; i++) {
        if (!mpz_sgn(a->c[i]))
            continue;
        for (size_t j = 0; j < lb; j++)
            mpz_addmul(w->t[i + j], a->c[i], b->c[j]);
    }
    size_t len = la && lb ? la + lb - 1 : 0;
    mpz_set_ui(w->m, 1);
    reduce(K, w, w->t, len, w->m);
    mpz_mul(w->m, w->m, a->den);
    mpz_mul(r->den, w->m, b->den);
    for (size_t k = 0; k < n; k++)
        mpz_swap(r->c[k], w->t[k]);
    ax_nfv_canonicalize(K, r);
}

void ax_nfv_submul(const axle_numfield *K, ax_nfws *w, ax_nfv *r, const ax_nfv *a, const ax_nfv *b,
                   ax_nfv *tmp)
{
    ax_nfv_mul(K, w, tmp, a, b);
    ax_nfv_sub(K, w, r, r, tmp);
}

void ax_nfv_coeff_mpq(const axle_numfield *K, mpq_t rop, const ax_nfv *a, size_t k)
{
    if (k >= K->n) {
        mpq_set_ui(rop, 0, 1);
        return;
    }
    mpz_set(mpq_numref(rop), a->c[k]);
    mpz_set(mpq_denref(rop), a->den);
    mpq_canonicalize(rop);
}

axle_status ax_nfv_mul_matrix(const axle_numfield *K, axle_matrix **out, const ax_nfv *a)
{
    size_t n = K->n;
    axle_matrix *M;
    axle_status s = ax_matrix_alloc(&M, AXLE_QQ, n, n);
    if (s)
        return s;
    /* column j holds a α^j: multiply the previous column by α (a shift, then one reduction step) */
    mpz_t *t = ax_calloc(n + 1, sizeof *t);
    ax_nfws w;
    if (!t || !ax_nfws_init(K, &w)) {
        free(t);
        axle_matrix_free(M);
        return ax_nomem();
    }
    for (size_t k = 0; k <= n; k++)
        mpz_init(t[k]);
    mpz_t den;
    mpz_init_set(den, a->den);
    for (size_t k = 0; k < n; k++)
        mpz_set(t[k], a->c[k]);
    for (size_t j = 0; j < n; j++) {
        if (j > 0) {
            for (size_t k = n; k > 0; k--)
                mpz_swap(t[k], t[k - 1]);
            mpz_set_ui(w.m, 1);
            reduce(K, &w, t, n + 1, w.m);
            mpz_mul(den, den, w.m);
        }
        for (size_t i = 0; i < n; i++) {
            mpz_set(mpq_numref(AX_Q(M, i, j)), t[i]);
            mpz_set(mpq_denref(AX_Q(M, i, j)), den);
            mpq_canonicalize(AX_Q(M, i, j));
        }
    }
    mpz_clear(den);
    for (size_t k = 0; k <= n; k++)
        mpz_clear(t[k]);
    free(t);
    ax_nfws_clear(&w);
    *out = M;
    return AXLE_OK;
}

axle_status ax_nfv_inv(const axle_numfield *K, ax_nfv *r, const ax_nfv *a)
{
    size_t n = K->n;
    if (n == 1) {
        /* a = c/d, so 1/a = d/c with the sign moved to the numerator */
        mpz_t c;
        mpz_init_set(c, a->c[0]);
        mpz_set(r->c[0], a->den);
        mpz_set(r->den, c);
        if (mpz_sgn(r->den) < 0) {
            mpz_neg(r->den, r->den);
            mpz_neg(r->c[0], r->c[0]);
        }
        mpz_clear(c);
        return AXLE_OK;
    }
    /* M_a y = e_0 (the coordinates of 1): M_a y holds the coordinates of a y, so y = 1/a */
    axle_matrix *M, *e, *y;
    axle_status s = ax_nfv_mul_matrix(K, &M, a);
    if (s)
        return s;
    if ((s = ax_matrix_alloc(&e, AXLE_QQ, n, 1))) {
        axle_matrix_free(M);
        return s;
    }
    mpq_set_ui(AX_Q(e, 0, 0), 1, 1);
    s = axle_matrix_solve(&y, NULL, M, e);
    axle_matrix_free(M);
    axle_matrix_free(e);
    if (s)
        return s;
    /* y is n x 1, so its entries are contiguous */
    ax_nfv_set_mpq_vec(K, r, y->q);
    axle_matrix_free(y);
    return AXLE_OK;
}
