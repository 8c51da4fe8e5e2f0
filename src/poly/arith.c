/* Polynomial arithmetic (Axler 4.4-4.8): sums, products, powers, division with remainder,
 * derivative, composition. QQ products and divisions run on integer polynomials (denominators
 * cleared once), not coefficient by coefficient on mpq_t. */
#include <math.h>
#include <stdlib.h>

#include "poly/poly_impl.h"

/* Validate the output and one operand. */
static axle_status start(axle_poly **out, const axle_poly *p)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    *out = NULL;
    return ax_poly_check(p, "p");
}

/* Validate the output and two operands of the same field. */
static axle_status start2(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    *out = NULL;
    return ax_poly_check2(p, q);
}

/* out = p + sign * q */
static axle_status add_signed(axle_poly **out, const axle_poly *p, const axle_poly *q, int sign)
{
    axle_status s = start2(out, p, q);
    if (s)
        return s;
    size_t n = p->len > q->len ? p->len : q->len;
    axle_poly *r;
    if ((s = ax_poly_alloc(&r, p->field, n)))
        return s;
    for (size_t k = 0; k < n; k++) {
        if (p->field == AXLE_QQ) {
            if (k < p->len)
                mpq_set(r->q[k], p->q[k]);
            if (k < q->len) {
                if (sign > 0)
                    mpq_add(r->q[k], r->q[k], q->q[k]);
                else
                    mpq_sub(r->q[k], r->q[k], q->q[k]);
            }
        } else {
            double a = k < p->len ? p->d[k] : 0.0, b = k < q->len ? q->d[k] : 0.0;
            r->d[k] = sign > 0 ? a + b : a - b;
            if (!isfinite(r->d[k])) {
                axle_poly_free(r);
                return ax_error(AXLE_ERANGE, "coefficient of x^%zu overflows a double", k);
            }
        }
    }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

axle_status axle_poly_add(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    return add_signed(out, p, q, 1);
}

axle_status axle_poly_sub(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    return add_signed(out, p, q, -1);
}

axle_status axle_poly_neg(axle_poly **out, const axle_poly *p)
{
    axle_status s = start(out, p);
    axle_poly *r = NULL;
    if (s || (s = ax_poly_alloc(&r, p->field, p->len)))
        return s;
    for (size_t k = 0; k < p->len; k++) {
        if (p->field == AXLE_QQ)
            mpq_neg(r->q[k], p->q[k]);
        else
            r->d[k] = -p->d[k];
    }
    *out = r;
    return AXLE_OK;
}

axle_status axle_poly_scale(axle_poly **out, const axle_scalar *c, const axle_poly *p)
{
    axle_status s = start(out, p);
    if (s)
        return s;
    if (!c)
        return ax_error(AXLE_EINVAL, "scalar is NULL");
    if (c->field != p->field)
        return ax_error(AXLE_EFIELD, "scalar over %s times a polynomial over %s",
                        axle_field_name(c->field), axle_field_name(p->field));
    axle_poly *r;
    if ((s = ax_poly_alloc(&r, p->field, p->len)))
        return s;
    for (size_t k = 0; k < p->len; k++) {
        if (p->field == AXLE_QQ) {
            mpq_mul(r->q[k], p->q[k], c->q);
        } else {
            r->d[k] = p->d[k] * c->d;
            if (!isfinite(r->d[k])) {
                axle_poly_free(r);
                return ax_error(AXLE_ERANGE, "coefficient of x^%zu overflows a double", k);
            }
        }
    }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

/* p q for polynomials of the same field (already validated). */
static axle_status mul(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s;
    if (!p->len || !q->len)
        return ax_poly_alloc(out, p->field, 0);
    if (p->field == AXLE_RR) {
        axle_poly *r;
        if ((s = ax_poly_alloc(&r, AXLE_RR, p->len + q->len - 1)))
            return s;
        for (size_t i = 0; i < p->len; i++)
            for (size_t j = 0; j < q->len; j++)
                r->d[i + j] += p->d[i] * q->d[j];
        for (size_t k = 0; k < r->len; k++)
            if (!isfinite(r->d[k])) {
                axle_poly_free(r);
                return ax_error(AXLE_ERANGE, "coefficient of x^%zu overflows a double", k);
            }
        ax_poly_trim(r);
        *out = r;
        return AXLE_OK;
    }
    ax_zpoly f, g;
    mpz_t df, dg;
    ax_zp_init(&f);
    ax_zp_init(&g);
    mpz_inits(df, dg, NULL);
    if (!ax_zp_from_qq(&f, df, p) || !ax_zp_from_qq(&g, dg, q) || !ax_zp_mul(&f, &f, &g))
        s = ax_nomem();
    else {
        mpz_mul(df, df, dg);
        s = ax_zp_to_poly(out, &f, df);
    }
    ax_zp_clear(&f);
    ax_zp_clear(&g);
    mpz_clears(df, dg, NULL);
    return s;
}

axle_status axle_poly_mul(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s = start2(out, p, q);
    return s ? s : mul(out, p, q);
}

axle_status axle_poly_pow(axle_poly **out, const axle_poly *p, unsigned long e)
{
    axle_status s = start(out, p);
    if (s)
        return s;
    if (p->len > 1 && e > 2147483647ul / (p->len - 1))
        return ax_error(AXLE_ERANGE, "p^%lu would have degree beyond 2^31 - 1", e);
    axle_poly *r, *b;
    if ((s = axle_poly_monomial(&r, p->field, 0)))
        return s;
    if ((s = axle_poly_copy(&b, p))) {
        axle_poly_free(r);
        return s;
    }
    while (e && !s) {
        axle_poly *t;
        if (e & 1) {
            if (!(s = mul(&t, r, b))) {
                axle_poly_free(r);
                r = t;
            }
        }
        e >>= 1;
        if (e && !s && !(s = mul(&t, b, b))) {
            axle_poly_free(b);
            b = t;
        }
    }
    axle_poly_free(b);
    if (s) {
        axle_poly_free(r);
        return s;
    }
    *out = r;
    return AXLE_OK;
}

/* QQ division: with A = da a, B = db b integer and beta = lc(B), pseudo-division gives
 * beta^k A = Q B + R (k = deg A - deg B + 1), so q = db Q / (da beta^k), r = R / (da beta^k). */
static axle_status divrem_qq(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b)
{
    ax_zpoly A, B, Q;
    mpz_t da, db, den;
    ax_zp_init(&A);
    ax_zp_init(&B);
    ax_zp_init(&Q);
    mpz_inits(da, db, den, NULL);
    axle_status s = AXLE_OK;
    if (!ax_zp_from_qq(&A, da, a) || !ax_zp_from_qq(&B, db, b))
        s = ax_nomem();
    size_t qlen = A.len >= B.len ? A.len - B.len + 1 : 0;
    if (!s && !ax_zp_zero(&Q, qlen))
        s = ax_nomem();
    if (!s) {
        mpz_srcptr beta = B.c[B.len - 1];
        for (size_t i = qlen; i-- > 0;) {
            for (size_t j = i + 1; j < qlen; j++)
                mpz_mul(Q.c[j], Q.c[j], beta);
            mpz_set(Q.c[i], A.c[i + B.len - 1]);
            for (size_t j = 0; j + 1 < i + B.len; j++)
                mpz_mul(A.c[j], A.c[j], beta);
            for (size_t j = 0; j + 1 < B.len; j++)
                mpz_submul(A.c[i + j], Q.c[i], B.c[j]);
            mpz_set_ui(A.c[i + B.len - 1], 0);
        }
        mpz_pow_ui(den, beta, qlen);
        mpz_mul(den, den, da);
        if (A.len > B.len - 1)
            A.len = B.len - 1;
        ax_zp_trim(&A);
        for (size_t j = 0; j < Q.len; j++)
            mpz_mul(Q.c[j], Q.c[j], db);
        ax_zp_trim(&Q);
        if (q)
            s = ax_zp_to_poly(q, &Q, den);
        if (!s && r && (s = ax_zp_to_poly(r, &A, den)) && q) {
            axle_poly_free(*q);
            *q = NULL;
        }
    }
    ax_zp_clear(&A);
    ax_zp_clear(&B);
    ax_zp_clear(&Q);
    mpz_clears(da, db, den, NULL);
    return s;
}

static axle_status divrem_rr(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b)
{
    size_t qlen = a->len >= b->len ? a->len - b->len + 1 : 0;
    double *rem = ax_calloc(a->len ? a->len : 1, sizeof *rem);
    axle_poly *Q = NULL, *R = NULL;
    axle_status s = rem ? ax_poly_alloc(&Q, AXLE_RR, qlen) : ax_nomem();
    if (!s)
        s = ax_poly_alloc(&R, AXLE_RR, b->len - 1);
    if (s) {
        free(rem);
        axle_poly_free(Q);
        return s;
    }
    for (size_t k = 0; k < a->len; k++)
        rem[k] = a->d[k];
    double lc = b->d[b->len - 1];
    for (size_t i = qlen; i-- > 0;) {
        double c = rem[i + b->len - 1] / lc;
        Q->d[i] = c;
        for (size_t j = 0; j + 1 < b->len; j++)
            rem[i + j] -= c * b->d[j];
    }
    for (size_t k = 0; k + 1 < b->len; k++)
        R->d[k] = k < a->len ? rem[k] : 0.0;
    free(rem);
    for (size_t k = 0; k < Q->len; k++)
        if (!isfinite(Q->d[k]))
            s = ax_error(AXLE_ERANGE, "quotient coefficient of x^%zu overflows a double", k);
    for (size_t k = 0; k < R->len; k++)
        if (!isfinite(R->d[k]))
            s = ax_error(AXLE_ERANGE, "remainder coefficient of x^%zu overflows a double", k);
    ax_poly_trim(Q);
    ax_poly_trim(R);
    if (!s && q)
        *q = Q;
    else
        axle_poly_free(Q);
    if (!s && r)
        *r = R;
    else
        axle_poly_free(R);
    return s;
}

axle_status axle_poly_divrem(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b)
{
    if (q)
        *q = NULL;
    if (r)
        *r = NULL;
    axle_status s = ax_poly_check2(a, b);
    if (s)
        return s;
    if (!b->len)
        return ax_error(AXLE_EDOMAIN, "division by the zero polynomial");
    return a->field == AXLE_QQ ? divrem_qq(q, r, a, b) : divrem_rr(q, r, a, b);
}

axle_status axle_poly_derivative(axle_poly **out, const axle_poly *p)
{
    axle_status s = start(out, p);
    axle_poly *r = NULL;
    if (s || (s = ax_poly_alloc(&r, p->field, p->len ? p->len - 1 : 0)))
        return s;
    for (size_t k = 1; k < p->len; k++) {
        if (p->field == AXLE_QQ) {
            mpz_mul_ui(mpq_numref(r->q[k - 1]), mpq_numref(p->q[k]), (unsigned long)k);
            mpz_set(mpq_denref(r->q[k - 1]), mpq_denref(p->q[k]));
            mpq_canonicalize(r->q[k - 1]);
        } else {
            r->d[k - 1] = (double)k * p->d[k];
            if (!isfinite(r->d[k - 1])) {
                axle_poly_free(r);
                return ax_error(AXLE_ERANGE, "coefficient of x^%zu overflows a double", k - 1);
            }
        }
    }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

/* r + c for a coefficient c of p (index k), in place. */
static void add_coeff(axle_poly *r, const axle_poly *p, size_t k)
{
    if (p->field == AXLE_QQ)
        mpq_add(r->q[0], r->q[0], p->q[k]);
    else
        r->d[0] += p->d[k];
}

axle_status axle_poly_compose(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s = start2(out, p, q);
    if (s)
        return s;
    if (p->len > 1 && q->len > 1 && (q->len - 1) > 2147483647u / (p->len - 1))
        return ax_error(AXLE_ERANGE, "p(q(x)) would have degree beyond 2^31 - 1");
    axle_poly *r;
    if ((s = ax_poly_alloc(&r, p->field, 0)))
        return s;
    /* Horner in q: r = (...(c_n q + c_{n-1}) q + ...) + c_0 */
    for (size_t k = p->len; k-- > 0 && !s;) {
        axle_poly *t, *u = NULL;
        if ((s = mul(&t, r, q)))
            break;
        axle_poly_free(r);
        r = t;
        if (r->len == 0) {
            s = ax_poly_alloc(&u, p->field, 1);
            if (s)
                break;
            axle_poly_free(r);
            r = u;
        }
        add_coeff(r, p, k);
        if (r->field == AXLE_RR && !isfinite(r->d[0]))
            s = ax_error(AXLE_ERANGE, "p(q(x)) overflows a double");
        ax_poly_trim(r);
    }
    if (s) {
        axle_poly_free(r);
        return s;
    }
    *out = r;
    return AXLE_OK;
}

axle_status axle_poly_eval(axle_scalar **out, const axle_poly *p, const axle_scalar *x)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    *out = NULL;
    if ((s = ax_poly_check(p, "p")))
        return s;
    if (!x)
        return ax_error(AXLE_EINVAL, "scalar is NULL");
    if (x->field != p->field)
        return ax_error(AXLE_EFIELD, "evaluating a polynomial over %s at a scalar over %s",
                        axle_field_name(p->field), axle_field_name(x->field));
    if (p->field == AXLE_RR) {
        double v = 0.0;
        for (size_t k = p->len; k-- > 0;)
            v = v * x->d + p->d[k];
        if (!isfinite(v))
            return ax_error(AXLE_ERANGE, "p(x) overflows a double");
        return ax_scalar_from_d(out, v);
    }
    mpq_t v;
    mpq_init(v);
    for (size_t k = p->len; k-- > 0;) {
        mpq_mul(v, v, x->q);
        mpq_add(v, v, p->q[k]);
    }
    s = ax_scalar_from_mpq(out, AXLE_QQ, v);
    mpq_clear(v);
    return s;
}

axle_status axle_poly_eval_matrix(axle_matrix **out, const axle_poly *p, const axle_matrix *A)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    *out = NULL;
    if ((s = ax_poly_check(p, "p")) || (s = ax_check_matrix(A, "A")))
        return s;
    if (A->field != p->field)
        return ax_error(AXLE_EFIELD, "evaluating a polynomial over %s at a matrix over %s",
                        axle_field_name(p->field), axle_field_name(A->field));
    if (A->rows != A->cols)
        return ax_error(AXLE_EDIM, "p(A) needs a square matrix, A is %zux%zu", A->rows, A->cols);
    size_t n = A->rows;
    axle_matrix *R;
    if ((s = ax_matrix_alloc(&R, p->field, n, n)))
        return s;
    /* Horner: R = (...(c_n A + c_{n-1} I) A + ...) + c_0 I, deg p matrix products */
    for (size_t k = p->len; k-- > 0;) {
        if (k + 1 < p->len) {
            axle_matrix *T;
            if ((s = axle_matrix_mul(&T, R, A))) {
                axle_matrix_free(R);
                return s;
            }
            axle_matrix_free(R);
            R = T;
        }
        for (size_t i = 0; i < n; i++) {
            if (p->field == AXLE_QQ) {
                mpq_add(AX_Q(R, i, i), AX_Q(R, i, i), p->q[k]);
            } else {
                AX_D(R, i, i) += p->d[k];
            }
        }
    }
    if (p->field == AXLE_RR) {
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < n; i++)
                if (!isfinite(AX_D(R, i, j))) {
                    axle_matrix_free(R);
                    return ax_error(AXLE_ERANGE, "p(A) overflows a double");
                }
    }
    *out = R;
    return AXLE_OK;
}
