/* Exact minimum-norm least squares and the Moore–Penrose pseudoinverse over QQ, on integers.
 * The rank profile of A gives the full-rank factorization A = C F (C the pivot columns of A, F
 * the nonzero rows of rref(A)); then A⁺ = Fᵀ (F Fᵀ)^{-1} (Cᵀ C)^{-1} Cᵀ, applied to B through the
 * integer product kernel and two nonsingular r x r integer solves (Dixon lifting), never by
 * Gaussian elimination on mpq_t. Every answer is certified before it is returned: A = C F and
 * the normal equations Aᵀ (A X − B) = 0 hold exactly, and X = Fᵀ W lies in the row space of A by
 * construction, which together characterise the minimum-norm least-squares solution. */
#include <math.h>
#include <stdlib.h>

#include "backend.h"
#include "qq.h"
#include "qq/inner.h"

/* The largest bits of a numerator plus those of a denominator over the entries of A. */
static double height_bits(const axle_matrix *A)
{
    size_t h = 0;
    for (size_t i = 0; i < A->rows * A->cols; i++) {
        size_t b = mpz_sizeinbase(mpq_numref(A->q[i]), 2) + mpz_sizeinbase(mpq_denref(A->q[i]), 2);
        h = b > h ? b : h;
    }
    return (double)h;
}

/* Refuse (AXLE_ERANGE) a result estimated above AX_QQ_LSTSQ_MAX_BITS: its n k entries are ratios
 * of minors of order up to 2 min(m, n) of Cᵀ C, F Fᵀ and Cᵀ B, whose entries have about
 * 2 h_A + h_B + log2 m bits. */
static axle_status check_size(const axle_matrix *A, size_t k, double hb)
{
    double m = (double)A->rows, n = (double)A->cols, mn = m < n ? m : n;
    double bits = n * (double)k * 2 * mn * (2 * height_bits(A) + hb + log2(m) + 2);
    if (bits > AX_QQ_LSTSQ_MAX_BITS)
        return ax_error(AXLE_ERANGE,
                        "the exact least-squares solution for this %zux%zu matrix could take "
                        "about %.3g bits, above the limit of 2^28",
                        A->rows, A->cols, bits);
    return AXLE_OK;
}

/* Whether A = C F and Aᵀ (A X − B) = 0 (B NULL: the identity, Aᵀ A X = Aᵀ), exactly; AX gets
 * A X. */
static axle_status certify(axle_matrix **AX, const axle_matrix *A, const axle_matrix *At,
                           const axle_matrix *C, const axle_matrix *F, const axle_matrix *X,
                           const axle_matrix *B)
{
    axle_matrix *CF = NULL, *T1 = NULL, *T2 = NULL;
    axle_status s = ax_qq_mul(&CF, C, F);
    if (!s)
        s = ax_qq_mul(AX, A, X);
    if (!s)
        s = ax_qq_mul(&T1, At, *AX);
    if (!s && B)
        s = ax_qq_mul(&T2, At, B);
    if (!s && (!axle_matrix_equal(CF, A) || !axle_matrix_equal(T1, B ? T2 : At)))
        s = ax_error(AXLE_EUNCERTIFIED,
                     "the least-squares solution failed its exact check (A = C F, "
                     "A^T (A x - B) = 0)");
    axle_matrix_free(CF);
    axle_matrix_free(T1);
    axle_matrix_free(T2);
    return s;
}

/* X = A⁺ B (B NULL: A⁺), *rank = rank A, *AX = A X (for the residual; may be NULL). */
static axle_status min_norm(axle_matrix **X, size_t *rank, axle_matrix **AX, const axle_matrix *A,
                            const axle_matrix *B)
{
    size_t m = A->rows, n = A->cols, k = B ? B->cols : m, r = 0;
    axle_status s = check_size(A, k, B ? height_bits(B) : 2);
    if (s)
        return s;
    size_t *piv = ax_calloc(m < n ? m : n, sizeof *piv);
    if (!piv)
        return ax_nomem();
    axle_matrix *R = NULL, *C = NULL, *F = NULL, *Ct = NULL, *Ft = NULL, *At = NULL, *G1 = NULL,
                *G2 = NULL, *Y = NULL, *Z = NULL, *W = NULL, *Xm = NULL, *AXm = NULL;
    if ((s = ax_backend_qq.rref(&R, piv, &r, A)))
        goto done;
    if (r == 0) {
        if (!(s = ax_matrix_alloc(&Xm, AXLE_QQ, n, k)) && AX)
            s = ax_matrix_alloc(&AXm, AXLE_QQ, m, k);
        if (!s)
            goto out;
        goto done;
    }
    if ((s = ax_matrix_pick_cols(&C, A, piv, r)) || (s = ax_matrix_block(&F, R, 0, r, 0, n)) ||
        (s = axle_matrix_transpose(&Ct, C)) || (s = axle_matrix_transpose(&Ft, F)) ||
        (s = axle_matrix_transpose(&At, A)) || (s = ax_qq_mul(&G1, Ct, C)) ||
        (s = ax_qq_mul(&G2, F, Ft)) || (B && (s = ax_qq_mul(&Y, Ct, B))) ||
        (s = ax_backend_qq.solve(&Z, NULL, G1, B ? Y : Ct)) ||
        (s = ax_backend_qq.solve(&W, NULL, G2, Z)) || (s = ax_qq_mul(&Xm, Ft, W)) ||
        (s = certify(&AXm, A, At, C, F, Xm, B)))
        goto done;
out:
    *X = Xm;
    Xm = NULL;
    *rank = r;
    if (AX) {
        *AX = AXm;
        AXm = NULL;
    }
done:
    free(piv);
    axle_matrix_free(R);
    axle_matrix_free(C);
    axle_matrix_free(F);
    axle_matrix_free(Ct);
    axle_matrix_free(Ft);
    axle_matrix_free(At);
    axle_matrix_free(G1);
    axle_matrix_free(G2);
    axle_matrix_free(Y);
    axle_matrix_free(Z);
    axle_matrix_free(W);
    axle_matrix_free(Xm);
    axle_matrix_free(AXm);
    return s;
}

/* The 1 x k row of the column sums of squares of A X − B. */
static axle_status residual_of(axle_matrix **out, const axle_matrix *AX, const axle_matrix *B)
{
    axle_status s = ax_matrix_alloc(out, AXLE_QQ, 1, B->cols);
    if (s)
        return s;
    mpq_t t;
    mpq_init(t);
    for (size_t j = 0; j < B->cols; j++)
        for (size_t i = 0; i < B->rows; i++) {
            mpq_sub(t, AX_Q(AX, i, j), AX_Q(B, i, j));
            mpq_mul(t, t, t);
            mpq_add(AX_Q(*out, 0, j), AX_Q(*out, 0, j), t);
        }
    mpq_clear(t);
    return AXLE_OK;
}

axle_status ax_qq_lstsq(axle_matrix **x, size_t *rank, axle_matrix **residual, const axle_matrix *A,
                        const axle_matrix *B)
{
    axle_matrix *X = NULL, *AX = NULL, *res = NULL;
    size_t r;
    axle_status s = min_norm(&X, &r, residual ? &AX : NULL, A, B);
    if (!s && residual)
        s = residual_of(&res, AX, B);
    axle_matrix_free(AX);
    if (s) {
        axle_matrix_free(X);
        return s;
    }
    *x = X;
    if (rank)
        *rank = r;
    if (residual)
        *residual = res;
    return AXLE_OK;
}

axle_status ax_qq_pinv(axle_matrix **out, const axle_matrix *A)
{
    size_t r;
    return min_norm(out, &r, NULL, A, NULL);
}
