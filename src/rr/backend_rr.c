/* The RR backend: double kernels on LAPACKE / OpenBLAS, and the kernel table. */
#include <cblas.h>
#include <math.h>

#include "eigen_kernel.h"
#include "rr.h"

/* Zero the entries at or below tol * scale (tol for A's shape): rounding noise. O(mn). */
static void rr_chop(axle_matrix *A, double scale)
{
    double limit = axle_rr_effective_tolerance(A->rows, A->cols) * scale;
    for (size_t j = 0; j < A->cols; j++)
        for (size_t i = 0; i < A->rows; i++)
            if (fabs(AX_D(A, i, j)) <= limit)
                AX_D(A, i, j) = 0.0;
}

/* Doubles do not grow in products: no size bound is needed. */
static size_t rr_product_bits(const axle_matrix *A, const axle_matrix *B)
{
    (void)A;
    (void)B;
    return 0;
}

/* An orthonormal basis of the column space: the first rank left singular vectors of A (one thin
 * SVD, U m x min(m, n) (dgesdd 'S'; m < n takes 'A', whose U is m x m too): O(m n min(m, n)), so a
 * few vectors in a space of dimension 20000 cost no 20000 x 20000 matrix), each with its largest
 * entry made positive; the rank decision is the null space's. */
static axle_status rr_colspace(axle_matrix **out, const axle_matrix *A)
{
    *out = NULL;
    ax_rr_svd svd;
    axle_status s = ax_rr_svd_compute(&svd, A, true);
    if (s)
        return s;
    size_t m = svd.m, r = svd.rank;
    if (!(s = ax_matrix_alloc(out, AXLE_RR, m, r)))
        for (size_t c = 0; c < r; c++) {
            const double *col = svd.u + c * m;
            size_t big = 0;
            for (size_t i = 1; i < m; i++)
                if (fabs(col[i]) > fabs(col[big]))
                    big = i;
            double sign = col[big] < 0.0 ? -1.0 : 1.0;
            for (size_t i = 0; i < m; i++)
                AX_D(*out, i, c) = sign * col[i];
        }
    ax_rr_svd_free(&svd);
    return s;
}

const ax_backend ax_backend_rr = {
    .mul = ax_rr_mul,
    .rref = ax_rr_rref,
    .rank = ax_rr_rank,
    .null = ax_rr_null,
    .solve = ax_rr_solve,
    .inverse = ax_rr_inverse,
    .det = ax_rr_det,
    .chop = rr_chop,
    .colspace = rr_colspace,
    .poly = &ax_poly_rr,
    .inner = &ax_inner_rr,
    .product_bits = rr_product_bits,
    .charpoly = ax_rr_charpoly,
    .eigen = ax_rr_eigen,
    .diagonalize = ax_rr_diagonalize,
    .triangularize = ax_rr_triangularize,
    .schur_complex = ax_rr_schur_complex,
};

/* A B by cblas_dgemm straight on the column-major storage: O(m n k), then one pass over the
 * result for overflow (the inputs are finite; a sum of products may not be). */
axle_status ax_rr_mul(axle_matrix **out, const axle_matrix *A, const axle_matrix *B)
{
    *out = NULL;
    lapack_int m = 0, n = 0, k = 0, lda = 0, ldb = 0;
    axle_status s;
    if ((s = ax_rr_li(&m, A->rows, "the number of rows")) ||
        (s = ax_rr_li(&n, B->cols, "the number of columns")) ||
        (s = ax_rr_li(&k, A->cols, "the inner dimension")) ||
        (s = ax_rr_li(&lda, A->ld, "the leading dimension")) ||
        (s = ax_rr_li(&ldb, B->ld, "the leading dimension")))
        return s;
    axle_matrix *C;
    if ((s = ax_matrix_alloc_rr_small(&C, A->rows, B->cols)))
        return s;
    /* beta = 0: dgemm writes every entry of C without reading it */
    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0, A->d, lda, B->d, ldb, 0.0,
                C->d, (lapack_int)C->ld);
    if (!ax_rr_all_finite(C->d, C->rows * C->cols)) { /* ld = rows: packed */
        axle_matrix_free(C);
        return ax_error(AXLE_ERANGE, "the product overflows the range of double");
    }
    *out = C;
    return AXLE_OK;
}
