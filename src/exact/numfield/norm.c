/* Norm, trace, minimal and characteristic polynomials of elements of Q(α), all read off the
 * multiplication matrix M_x of y |-> x y in the basis 1, α, ..., α^(n-1): N(x) = det M_x,
 * Tr(x) = tr M_x, charpoly(x) = det(tI − M_x) (H. Cohen, A Course in Computational Algebraic
 * Number Theory, Springer 1993, section 4.3, Definition 4.3.1 / Proposition 4.3.2). */
#include <stdlib.h>

#include "exact/numfield/nf_impl.h"

axle_status axle_nfelem_mul_matrix(axle_matrix **out, const axle_nfelem *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")))
        return s;
    return ax_nfv_mul_matrix(x->K, out, &x->v);
}

axle_status axle_nfelem_norm(axle_scalar **out, const axle_nfelem *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")))
        return s;
    axle_matrix *M;
    if ((s = ax_nfv_mul_matrix(x->K, &M, &x->v)))
        return s;
    s = axle_matrix_det(out, M);
    axle_matrix_free(M);
    return s;
}

axle_status axle_nfelem_trace(axle_scalar **out, const axle_nfelem *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")))
        return s;
    axle_matrix *M;
    if ((s = ax_nfv_mul_matrix(x->K, &M, &x->v)))
        return s;
    mpq_t t;
    mpq_init(t);
    for (size_t i = 0; i < x->K->n; i++)
        mpq_add(t, t, AX_Q(M, i, i));
    axle_matrix_free(M);
    s = axle_scalar_from_mpq(out, AXLE_QQ, t);
    mpq_clear(t);
    return s;
}

/* The n x (n+1) QQ matrix whose column k holds the coordinates of x^k. */
static axle_status power_matrix(axle_matrix **out, const axle_nfelem *x)
{
    const axle_numfield *K = x->K;
    size_t n = K->n;
    ax_nfv p;
    ax_nfws w;
    axle_status s = ax_matrix_alloc(out, AXLE_QQ, n, n + 1);
    if (s)
        return s;
    if (!ax_nfv_init(K, &p)) {
        axle_matrix_free(*out);
        *out = NULL;
        return ax_nomem();
    }
    if (!ax_nfws_init(K, &w)) {
        ax_nfv_clear(K, &p);
        axle_matrix_free(*out);
        *out = NULL;
        return ax_nomem();
    }
    ax_nfv_set_si(K, &p, 1);
    for (size_t k = 0; k <= n; k++) {
        if (k > 0)
            ax_nfv_mul(K, &w, &p, &p, &x->v);
        for (size_t i = 0; i < n; i++)
            ax_nfv_coeff_mpq(K, AX_Q(*out, i, k), &p, i);
    }
    ax_nfv_clear(K, &p);
    ax_nfws_clear(&w);
    return AXLE_OK;
}

/* The minimal polynomial. The power matrix C has rank d = deg minpoly and pivot columns 0..d-1
 * (once x^d depends on lower powers, so do all higher ones); in its RREF R, column d expresses
 * x^d = sum_{i<d} R[i][d] x^i, so minpoly = t^d − sum_{i<d} R[i][d] t^i. */
static axle_status minpoly(axle_poly **out, const axle_nfelem *x)
{
    axle_matrix *C, *R;
    size_t d;
    axle_status s = power_matrix(&C, x);
    if (s)
        return s;
    s = axle_matrix_rref(&R, NULL, &d, C);
    axle_matrix_free(C);
    if (s)
        return s;
    mpq_t *c = ax_calloc(d + 1, sizeof *c);
    if (!c) {
        axle_matrix_free(R);
        return ax_nomem();
    }
    for (size_t i = 0; i < d; i++) {
        mpq_init(c[i]);
        mpq_neg(c[i], AX_Q(R, i, d));
    }
    mpq_init(c[d]);
    mpq_set_ui(c[d], 1, 1);
    s = axle_poly_from_mpq(out, AXLE_QQ, d + 1, c);
    for (size_t i = 0; i <= d; i++)
        mpq_clear(c[i]);
    free(c);
    axle_matrix_free(R);
    return s;
}

axle_status axle_nfelem_minpoly(axle_poly **out, const axle_nfelem *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")))
        return s;
    return minpoly(out, x);
}

axle_status axle_nfelem_charpoly(axle_poly **out, const axle_nfelem *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")))
        return s;
    axle_poly *m;
    if ((s = minpoly(&m, x)))
        return s;
    /* K is a vector space of dimension n/d over Q(x), so M_x is n/d copies of the companion
     * matrix of the minimal polynomial: charpoly = minpoly^(n/d) */
    unsigned long e = (unsigned long)(x->K->n / (size_t)axle_poly_degree(m));
    s = axle_poly_pow(out, m, e);
    axle_poly_free(m);
    return s;
}
