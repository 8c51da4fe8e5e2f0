/* The complex Schur form axle_matrix_schur_complex: A = Q T Q^H with Q unitary and T upper
 * triangular (exactly 0 below the diagonal), the diagonal of T the eigenvalues of
 * axle_matrix_eigen as a multiset; the rotation, fixed-seed random general matrices, symmetric
 * and defective ones; each output NULL in turn; QQ AXLE_EUNSUPPORTED; every error path with
 * outputs NULL after failure. All comparisons are within tolerances scaled by n and ||A||_F. */
#include <complex.h>
#include <float.h>

#include "helpers.h"

typedef double complex cplx;

/* The n x n complex matrix Re + i Im, column-major. */
static cplx *cmat(const axle_matrix *Re, const axle_matrix *Im, size_t n)
{
    cplx *c = calloc(n * n + 1, sizeof *c);
    cr_assert_not_null(c);
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++) {
            double re = 0.0, im = 0.0;
            TS_OK(axle_matrix_get_double(&re, Re, i, j));
            TS_OK(axle_matrix_get_double(&im, Im, i, j));
            c[j * n + i] = re + im * I;
        }
    return c;
}

/* The relative distance ||Q^H Q - I||_F and ||Q T Q^H - A||_F / max(1, ||A||_F). */
static void defects(const cplx *Q, const cplx *T, const cplx *A, size_t n, double *orth,
                    double *res)
{
    double so = 0.0, sr = 0.0, na = 0.0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            cplx qhq = 0.0, qtqh = 0.0;
            for (size_t k = 0; k < n; k++) {
                qhq += conj(Q[i * n + k]) * Q[j * n + k];
                for (size_t l = 0; l < n; l++)
                    qtqh += Q[k * n + i] * T[l * n + k] * conj(Q[l * n + j]);
            }
            so += pow(cabs(qhq - (i == j ? 1.0 : 0.0)), 2);
            sr += pow(cabs(qtqh - A[j * n + i]), 2);
            na += pow(cabs(A[j * n + i]), 2);
        }
    *orth = sqrt(so);
    *res = sqrt(sr) / fmax(1.0, sqrt(na));
}

/* Check the Schur form of the RR matrix A in full; `tol_eig` the relative tolerance for the
 * eigenvalue match (a defective eigenvalue of multiplicity m moves by about eps^(1/m)). */
static void check_schur(const axle_matrix *A, double tol_eig)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *Qre = NULL, *Qim = NULL, *Tre = NULL, *Tim = NULL;
    TS_OK(axle_matrix_schur_complex(&Qre, &Qim, &Tre, &Tim, A));
    axle_matrix *outs[4] = {Qre, Qim, Tre, Tim};
    for (int k = 0; k < 4; k++) {
        cr_assert_eq(axle_matrix_field(outs[k]), AXLE_RR);
        cr_assert_eq(axle_matrix_rows(outs[k]), n);
        cr_assert_eq(axle_matrix_cols(outs[k]), n);
    }
    axle_matrix *Z = ts_zero(AXLE_RR, n, n);
    cplx *Q = cmat(Qre, Qim, n), *T = cmat(Tre, Tim, n), *Ac = cmat(A, Z, n);
    for (size_t j = 0; j < n; j++)
        for (size_t i = j + 1; i < n; i++)
            cr_assert(T[j * n + i] == 0.0, "T(%zu, %zu) = %g%+gi below the diagonal", i, j,
                      creal(T[j * n + i]), cimag(T[j * n + i]));
    double orth, res, limit = 100.0 * (double)(n + 1) * DBL_EPSILON;
    defects(Q, T, Ac, n, &orth, &res);
    cr_assert(orth <= limit, "||Q^H Q - I||_F = %g > %g (n = %zu)", orth, limit, n);
    cr_assert(res <= limit, "||Q T Q^H - A||_F / ||A||_F = %g > %g (n = %zu)", res, limit, n);

    /* diag(T) = the eigenvalues of axle_matrix_eigen as a multiset: match each eigenvalue to the
     * nearest unused diagonal entry. */
    axle_eigen *E = NULL;
    TS_OK(axle_matrix_eigen(&E, A));
    cr_assert_eq(axle_eigen_count(E), n);
    double scale = fmax(1.0, ts_frob(A));
    bool *used = calloc(n + 1, sizeof *used);
    cr_assert_not_null(used);
    for (size_t k = 0; k < n; k++) {
        double re, im;
        TS_OK(axle_eigen_value_double(&re, &im, E, k));
        size_t best = n;
        double dist = INFINITY;
        for (size_t i = 0; i < n; i++)
            if (!used[i] && cabs(T[i * n + i] - (re + im * I)) < dist) {
                dist = cabs(T[i * n + i] - (re + im * I));
                best = i;
            }
        cr_assert(best < n && dist <= tol_eig * scale,
                  "eigenvalue %zu = %g%+gi has no diagonal entry of T within %g (nearest %g)", k,
                  re, im, tol_eig * scale, dist);
        used[best] = true;
    }
    free(used);
    axle_eigen_unref(E);

    /* Each output NULL in turn: the others as before (the same computation). */
    for (int skip = 0; skip < 4; skip++) {
        axle_matrix *X[4] = {NULL, NULL, NULL, NULL};
        TS_OK(axle_matrix_schur_complex(skip == 0 ? NULL : &X[0], skip == 1 ? NULL : &X[1],
                                        skip == 2 ? NULL : &X[2], skip == 3 ? NULL : &X[3], A));
        for (int k = 0; k < 4; k++) {
            if (k == skip) {
                cr_assert_null(X[k]);
                continue;
            }
            cr_assert(ts_close(X[k], outs[k], limit), "output %d differs with output %d NULL", k,
                      skip);
            axle_matrix_free(X[k]);
        }
    }
    free(Q);
    free(T);
    free(Ac);
    axle_matrix_free(Z);
    for (int k = 0; k < 4; k++)
        axle_matrix_free(outs[k]);
}

Test(schur, rotation)
{
    /* No real triangular basis (triangularize points here); over C, T = diag(i, -i) up to order
     * and the entry above the diagonal. */
    axle_matrix *A = ts_ints(AXLE_RR, 2, 2, (long[]){0, -1, 1, 0});
    axle_matrix *P = NULL, *T = NULL;
    eg_assert_fails(axle_matrix_triangularize(&P, &T, A), AXLE_EDOMAIN,
                    "axle_matrix_schur_complex");
    cr_assert_null(P);
    cr_assert_null(T);
    check_schur(A, 1e-12);
    axle_matrix *Tre = NULL, *Tim = NULL;
    TS_OK(axle_matrix_schur_complex(NULL, NULL, &Tre, &Tim, A));
    double re0, im0, re1, im1;
    TS_OK(axle_matrix_get_double(&re0, Tre, 0, 0));
    TS_OK(axle_matrix_get_double(&im0, Tim, 0, 0));
    TS_OK(axle_matrix_get_double(&re1, Tre, 1, 1));
    TS_OK(axle_matrix_get_double(&im1, Tim, 1, 1));
    cr_assert(fabs(re0) < 1e-14 && fabs(re1) < 1e-14);
    cr_assert(fabs(fabs(im0) - 1.0) < 1e-14 && fabs(im0 + im1) < 1e-14, "diag %g, %g", im0, im1);
    axle_matrix_free(Tre);
    axle_matrix_free(Tim);
    axle_matrix_free(A);
}

Test(schur, random_general)
{
    ts_rng r = ts_rng_new("schur_random_general");
    for (size_t n = 1; n <= 12; n++)
        for (int rep = 0; rep < 3; rep++) {
            axle_matrix *A = rep < 2 ? ts_random_int(&r, AXLE_RR, n, n, -10, 10)
                                     : ts_random_frac(&r, AXLE_RR, n, n);
            check_schur(A, 1e-8);
            axle_matrix_free(A);
        }
}

Test(schur, symmetric_and_defective)
{
    /* Symmetric: real eigenvalues; a Jordan block (eigenvalue 2 of multiplicity 2, moved by about
     * eps^(1/2) in floating point); already upper triangular; a scaled-up rotation. */
    axle_matrix *S = ts_ints(AXLE_RR, 3, 3, (long[]){2, 1, 0, 1, 2, 1, 0, 1, 2});
    axle_matrix *J = ts_ints(AXLE_RR, 3, 3, (long[]){2, 1, 0, 0, 2, 0, 3, 1, -1});
    axle_matrix *U = ts_ints(AXLE_RR, 3, 3, (long[]){1, 2, 3, 0, 4, 5, 0, 0, 6});
    axle_matrix *B = NULL;
    TS_OK(axle_matrix_from_doubles(&B, AXLE_RR, 2, 2, (double[]){1e150, -2e150, 2e150, 1e150}));
    check_schur(S, 1e-10);
    check_schur(J, 1e-6);
    check_schur(U, 1e-12);
    check_schur(B, 1e-12);
    axle_matrix_free(S);
    axle_matrix_free(J);
    axle_matrix_free(U);
    axle_matrix_free(B);
}

Test(schur, empty)
{
    for (int f = 0; f < 2; f++) {
        axle_matrix *A = ts_zero(ts_fields[f], 0, 0), *X[4] = {NULL, NULL, NULL, NULL};
        TS_OK(axle_matrix_schur_complex(&X[0], &X[1], &X[2], NULL, A));
        for (int k = 0; k < 3; k++) {
            cr_assert_eq(axle_matrix_rows(X[k]), 0);
            cr_assert_eq(axle_matrix_cols(X[k]), 0);
            cr_assert_eq(axle_matrix_field(X[k]), ts_fields[f]);
            axle_matrix_free(X[k]);
        }
        axle_matrix_free(A);
    }
}

static void assert_refused(const axle_matrix *A, axle_status want, const char *fragment)
{
    axle_matrix *X[4] = {(axle_matrix *)1, (axle_matrix *)1, (axle_matrix *)1, (axle_matrix *)1};
    eg_assert_fails(axle_matrix_schur_complex(&X[0], &X[1], &X[2], &X[3], A), want, fragment);
    for (int k = 0; k < 4; k++)
        cr_assert_null(X[k], "output %d set after failure", k);
}

Test(schur, errors)
{
    axle_matrix *A = ts_identity(AXLE_RR, 2), *W = ts_zero(AXLE_RR, 2, 3);
    eg_assert_fails(axle_matrix_schur_complex(NULL, NULL, NULL, NULL, A), AXLE_EINVAL, "all NULL");
    assert_refused(NULL, AXLE_EINVAL, "A");
    assert_refused(W, AXLE_EDIM, "2x3");
    /* QQ: refused through the missing kernel, pointing to the exact triangular basis. */
    axle_matrix *Aq = ts_ints(AXLE_QQ, 2, 2, (long[]){0, -1, 1, 0});
    assert_refused(Aq, AXLE_EUNSUPPORTED, "axle_eigen_jordan_chains");
    axle_matrix_free(Aq);
    axle_matrix_free(A);
    axle_matrix_free(W);
}

Test(schur, dimension_limit)
{
    /* RR storage is allocated zeroed and never touched: the refusal comes first. */
    size_t n = AXLE_EIGEN_MAX_DIM + 1;
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, AXLE_RR, n, n));
    assert_refused(A, AXLE_ERANGE, "AXLE_EIGEN_MAX_DIM");
    axle_matrix_free(A);
}
