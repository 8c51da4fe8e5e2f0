/* The RR column-space kernel (one SVD of A^T inside rr/): for random matrices of known rank the
 * basis has rank columns, is orthonormal and reproduces A by projection (A = Q Q^T A); the
 * degenerate shapes give rows x 0. */
#include <criterion/criterion.h>

#include "backend.h"
#include "helpers.h"

static axle_matrix *colspace(const axle_matrix *A)
{
    axle_matrix *Q = NULL;
    TS_OK(ax_matrix_colspace(&Q, A));
    return Q;
}

Test(rr_colspace, orthonormal_basis_of_the_range)
{
    ts_rng rng = ts_rng_new("rr_colspace/orthonormal_basis_of_the_range");
    for (int t = 0; t < 40; t++) {
        size_t m = (size_t)ts_range(&rng, 1, 9), n = (size_t)ts_range(&rng, 1, 9);
        size_t r = (size_t)ts_range(&rng, 0, (long)(m < n ? m : n));
        axle_matrix *A = ts_random_rank(&rng, AXLE_RR, m, n, r), *Q = colspace(A);
        cr_assert_eq(axle_matrix_rows(Q), m);
        cr_assert_eq(axle_matrix_cols(Q), r, "%zux%zu of rank %zu: %zu columns", m, n, r,
                     axle_matrix_cols(Q));
        axle_matrix *Qt = ts_transpose(Q), *G = ts_mul(Qt, Q), *I = ts_identity(AXLE_RR, r);
        cr_assert(ts_close(G, I, 1e-12), "Q^T Q = I");
        axle_matrix *P = ts_mul(Qt, A), *QP = ts_mul(Q, P);
        cr_assert(ts_close(QP, A, 1e-10), "A = Q Q^T A");
        axle_matrix *M[] = {A, Q, Qt, G, I, P, QP};
        for (size_t k = 0; k < sizeof M / sizeof *M; k++)
            axle_matrix_free(M[k]);
    }
}

Test(rr_colspace, degenerate_shapes)
{
    size_t shapes[][2] = {{3, 0}, {0, 2}, {0, 0}};
    for (size_t k = 0; k < 3; k++) {
        axle_matrix *A = ts_zero(AXLE_RR, shapes[k][0], shapes[k][1]), *Q = colspace(A);
        cr_assert(axle_matrix_rows(Q) == shapes[k][0] && axle_matrix_cols(Q) == 0);
        axle_matrix_free(A);
        axle_matrix_free(Q);
    }
    axle_matrix *Z = ts_zero(AXLE_RR, 4, 3), *Q = colspace(Z);
    cr_assert(axle_matrix_rows(Q) == 4 && axle_matrix_cols(Q) == 0, "the zero matrix");
    axle_matrix_free(Z);
    axle_matrix_free(Q);
}
