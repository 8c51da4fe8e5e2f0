/* Eigenspaces null(A − cI) of a rational matrix A over Q(α), computed mostly over Q.
 *
 * Let p be the minimal polynomial of c over Q (degree d) and q(x) = p(x) / (x − c) in K[x]. Then
 * null_K(A − cI) = q(A) · null_K(p(A)): for w with p(A) w = 0, (A − cI) q(A) w = p(A) w = 0; and
 * an eigenvector v satisfies p(A) v = p(c) v = 0 and q(A) v = q(c) v = p'(c) v with p'(c) ≠ 0
 * (p is separable). Since p(A) is rational, null_K p(A) is spanned by a basis W of null_Q p(A),
 * found by the multimodular QQ kernels. So the eigenspace is spanned by the columns of
 * q(A) W = sum_j q_j (A^j W), where the A^j W are rational products. Its standard basis (the one
 * axle_nfmatrix_null reads off the RREF of A − cI: 1 in free column f, 0 in the other free columns)
 * is the basis whose last nonzero entries sit in the free columns; it is the RREF of the spanning
 * set written as rows with the coordinates in reverse order, reversed back. That RREF has rank
 * dim E, so the elimination over K is small. Cost: d rational n x n products for p(A), one QQ null
 * space, d − 1 products A (A^j W), n · t · d products of a rational by an element of K
 * (t = d · dim E), and Gauss–Jordan on a t x n matrix of rank dim E. */
#include <stdlib.h>

#include "exact/numfield/nf_impl.h"

/* q(x) = p(x) / (x − c) over K for monic p with p(c) = 0: synthetic division, d values. */
static axle_status cofactor(const axle_numfield *K, ax_nfv *q, const axle_poly *p, const ax_nfv *c)
{
    size_t d = (size_t)axle_poly_degree(p);
    ax_nfws w;
    if (!ax_nfws_init(K, &w))
        return ax_nomem();
    mpq_t a;
    mpq_init(a);
    ax_nfv_set_si(K, &q[d - 1], 1);
    for (size_t j = d - 1; j > 0; j--) {
        axle_poly_coeff_mpq(a, p, j);
        ax_nfv_mul(K, &w, &q[j - 1], c, &q[j]);
        ax_nfv *t = &q[j - 1];
        ax_nfv r;
        if (!ax_nfv_init(K, &r)) {
            mpq_clear(a);
            ax_nfws_clear(&w);
            return ax_nomem();
        }
        ax_nfv_set_mpq(K, &r, a);
        ax_nfv_add(K, &w, t, t, &r);
        ax_nfv_clear(K, &r);
    }
    mpq_clear(a);
    ax_nfws_clear(&w);
    return AXLE_OK;
}

/* R[i][n-1-r] += q * Y[r][i] for the n x t rational matrix Y. */
static void accumulate(axle_nfmatrix *R, const ax_nfv *q, const axle_matrix *Y, ax_nfws *w,
                       ax_nfv *tmp)
{
    const axle_numfield *K = R->K;
    size_t n = Y->rows, t = Y->cols;
    for (size_t r = 0; r < n; r++)
        for (size_t i = 0; i < t; i++) {
            if (!mpq_sgn(AX_Q(Y, r, i)))
                continue;
            ax_nfv_set_mpq(K, tmp, AX_Q(Y, r, i));
            ax_nfv_mul(K, w, tmp, tmp, q);
            ax_nfv *e = &AX_NFE(R, i, n - 1 - r);
            ax_nfv_add(K, w, e, e, tmp);
        }
}

static axle_status eigenspace(axle_nfmatrix **out, const axle_matrix *A, const axle_nfelem *c)
{
    const axle_numfield *K = c->K;
    size_t n = A->rows, t = 0, d = 0, k = 0;
    axle_poly *p = NULL;
    axle_matrix *PA = NULL, *W = NULL, *Y = NULL;
    axle_nfmatrix *R = NULL;
    ax_nfv *q = NULL, tmp = {0};
    ax_nfws w = {0};
    axle_status s;
    if ((s = axle_nfelem_minpoly(&p, c)) || (s = axle_poly_eval_matrix(&PA, p, A)) ||
        (s = axle_matrix_null(&W, PA)))
        goto done;
    d = (size_t)axle_poly_degree(p);
    t = W->cols;
    if (t == 0) {
        s = ax_nfmatrix_alloc(out, K, n, 0);
        goto done;
    }
    if (!ax_nfv_init_array(K, &q, d) || !ax_nfv_init(K, &tmp) || !ax_nfws_init(K, &w)) {
        s = ax_nomem();
        goto done;
    }
    if ((s = cofactor(K, q, p, &c->v)) || (s = ax_nfmatrix_alloc(&R, K, t, n)) ||
        (s = axle_matrix_copy(&Y, W)))
        goto done;
    for (size_t j = 0; j < d; j++) {
        if (j > 0) {
            axle_matrix *Z;
            if ((s = axle_matrix_mul(&Z, A, Y)))
                goto done;
            axle_matrix_free(Y);
            Y = Z;
        }
        accumulate(R, &q[j], Y, &w, &tmp);
    }
    if ((s = ax_nf_gauss_jordan(R, NULL, &k)))
        goto done;
    if ((s = ax_nfmatrix_alloc(out, K, n, k)))
        goto done;
    /* RREF row i (reversed) has its last nonzero entry in the (k-1-i)-th free column */
    for (size_t i = 0; i < k; i++)
        for (size_t r = 0; r < n; r++)
            ax_nfv_set(K, &AX_NFE(*out, r, k - 1 - i), &AX_NFE(R, i, n - 1 - r));
done:
    if (q)
        ax_nfv_clear_array(K, q, d);
    if (tmp.c)
        ax_nfv_clear(K, &tmp);
    ax_nfws_clear(&w);
    axle_nfmatrix_free(R);
    axle_matrix_free(Y);
    axle_matrix_free(W);
    axle_matrix_free(PA);
    axle_poly_free(p);
    return s;
}

axle_status axle_nfmatrix_eigenspace(axle_nfmatrix **out, const axle_matrix *A,
                                     const axle_nfelem *c)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(c, "c")) || (s = ax_nf_check_qq(A)))
        return s;
    if (A->rows != A->cols)
        return ax_error(AXLE_EDIM, "an eigenspace needs a square matrix A, not %zu x %zu", A->rows,
                        A->cols);
    return eigenspace(out, A, c);
}
