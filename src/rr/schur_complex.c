/* The complex Schur form of an RR matrix (axle_matrix_schur_complex, include/axle/eigen.h):
 * A = Q T Q^H with Q unitary and T upper triangular, the eigenvalues on T's diagonal (LADR 5C /
 * 6B over C: every complex matrix is triangular in an orthonormal basis).
 *
 * LAPACKE_zgees_work on a complex copy of A (imaginary parts 0): the Hessenberg reduction and
 * the complex QR iteration (Golub & Van Loan, Matrix Computations, 4th ed., 7.5), Schur vectors
 * accumulated into Q, no reordering. The complex buffers are held as interleaved doubles (re, im)
 * — the layout of lapack_complex_double, whether C99 complex or a struct — so nothing here needs
 * complex arithmetic. The workspace is queried (lwork = -1) and allocated here; zgees's rwork
 * holds n doubles and bwork is not referenced without sorting. info > 0 (the QR iteration did not
 * converge) is AXLE_ENOCONV; the outputs are checked finite before they are returned, and T's
 * entries below the diagonal are set to exactly 0. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eigen_kernel.h"

/* zgees on the n x n complex a (interleaved, overwritten by T), Schur vectors into vs. */
static axle_status zgees(double *a, double *vs, double *w, double *rwork, lapack_int ln)
{
    double q[2] = {0.0, 0.0};
    lapack_int sdim = 0;
    lapack_int info =
        LAPACKE_zgees_work(LAPACK_COL_MAJOR, 'V', 'N', NULL, ln, (lapack_complex_double *)a, ln,
                           &sdim, (lapack_complex_double *)w, (lapack_complex_double *)vs, ln,
                           (lapack_complex_double *)q, -1, rwork, NULL);
    if (info)
        return ax_rr_info(info, "zgees", "the workspace query failed");
    lapack_int lwork = q[0] < 1.0 ? 1 : (lapack_int)q[0];
    double *work = ax_calloc(2 * (size_t)lwork, sizeof *work);
    if (!work)
        return ax_nomem();
    info = LAPACKE_zgees_work(LAPACK_COL_MAJOR, 'V', 'N', NULL, ln, (lapack_complex_double *)a, ln,
                              &sdim, (lapack_complex_double *)w, (lapack_complex_double *)vs, ln,
                              (lapack_complex_double *)work, lwork, rwork, NULL);
    free(work);
    return ax_rr_info(info, "zgees", "the QR iteration did not converge");
}

/* The real (part 0) or imaginary (part 1) parts of the interleaved n x n c into a new matrix. */
static axle_status split(axle_matrix **out, const double *c, size_t n, int part)
{
    axle_status s = ax_matrix_alloc(out, AXLE_RR, n, n);
    if (s)
        return s;
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++)
            AX_D(*out, i, j) = c[2 * (j * n + i) + (size_t)part];
    return AXLE_OK;
}

axle_status ax_rr_schur_complex(axle_matrix **Qre, axle_matrix **Qim, axle_matrix **Tre,
                                axle_matrix **Tim, const axle_matrix *A)
{
    axle_matrix **outs[4] = {Qre, Qim, Tre, Tim};
    for (int k = 0; k < 4; k++)
        if (outs[k])
            *outs[k] = NULL;
    size_t n = A->rows;
    lapack_int ln = 0;
    axle_status s;
    if ((s = ax_rr_li(&ln, n, "the dimension")))
        return s;
    if (n && n > SIZE_MAX / 2 / n)
        return ax_error(AXLE_ERANGE, "the complex copy of the %zux%zu matrix A exceeds SIZE_MAX", n,
                        n);
    for (size_t j = 0; j < n; j++)
        if (!ax_all_finite(A->d + j * A->ld, n))
            return ax_error(AXLE_EDOMAIN, "A has an entry that is not finite in column %zu", j);
    axle_matrix *res[4] = {NULL, NULL, NULL, NULL};
    double *a = ax_calloc(2 * n * n, sizeof *a), *vs = ax_calloc(2 * n * n, sizeof *vs),
           *w = ax_calloc(2 * n, sizeof *w), *rwork = ax_calloc(n, sizeof *rwork);
    if (!a || !vs || !w || !rwork) {
        s = ax_nomem();
        goto done;
    }
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++)
            a[2 * (j * n + i)] = AX_D(A, i, j);
    if ((s = zgees(a, vs, w, rwork, ln)))
        goto done;
    if (!ax_all_finite(a, 2 * n * n) || !ax_all_finite(vs, 2 * n * n)) {
        s = ax_error(AXLE_ENOCONV, "zgees returned a non-finite Schur form");
        goto done;
    }
    for (size_t j = 0; j < n; j++)
        for (size_t i = j + 1; i < n; i++)
            a[2 * (j * n + i)] = a[2 * (j * n + i) + 1] = 0.0;
    for (int k = 0; k < 4; k++)
        if (outs[k] && (s = split(&res[k], k < 2 ? vs : a, n, k % 2)))
            goto done;
    for (int k = 0; k < 4; k++)
        if (outs[k]) {
            *outs[k] = res[k];
            res[k] = NULL;
        }
done:
    for (int k = 0; k < 4; k++)
        axle_matrix_free(res[k]);
    free(a);
    free(vs);
    free(w);
    free(rwork);
    return s;
}
