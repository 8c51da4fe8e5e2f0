/* Properties of the matrix kernels on random matrices, over both fields (seeds are printed;
 * AXLE_TEST_SEED=<seed> replays): A A^-1 = A^-1 A = I, det(AB) = det A det B, det A^T = det A,
 * row operations scale det, rank + nullity = columns with A N = 0, the RREF's defining
 * properties, solutions of consistent systems, inconsistency detected, associativity. Exact over
 * QQ; over RR to a tolerance scaled by the norms (and by the condition number where it enters).
 * The generators keep their promise (rank, invertibility, conditioning) by construction. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>

#include "helpers.h"

#define ROUNDS 30

static size_t dim(ts_rng *r, size_t lo, size_t hi)
{
    return (size_t)ts_range(r, (long)lo, (long)hi);
}

static size_t min(size_t a, size_t b)
{
    return a < b ? a : b;
}

/* The product of the rows' 2-norms: Hadamard's bound on |det A|, the scale of RR's det error. */
static double hadamard(const axle_matrix *A)
{
    double h = 1, x = 0;
    for (size_t i = 0; i < axle_matrix_rows(A); i++) {
        double s = 0;
        for (size_t j = 0; j < axle_matrix_cols(A); j++) {
            TS_OK(axle_matrix_get_double(&x, A, i, j));
            s += x * x;
        }
        h *= sqrt(s);
    }
    return h;
}

/* A X = I = X A for X = A^-1; over RR to 1e-14 times the condition number ||A|| ||X||. */
static void assert_inverse(const axle_matrix *A)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *X = NULL, *I = ts_identity(axle_matrix_field(A), n);
    TS_OK(axle_matrix_inverse(&X, A));
    double tol = 1e-14 * ts_frob(A) * ts_frob(X);
    km_assert_product(A, X, I, tol, "A A^-1 = I");
    km_assert_product(X, A, I, tol, "A^-1 A = I");
    axle_matrix_free(X);
    axle_matrix_free(I);
}

FIELDS(kernels, inverse_is_two_sided)
{
    ts_rng r = ts_rng_new("kernels::inverse_is_two_sided");
    for (int t = 0; t < ROUNDS; t++) {
        size_t n = dim(&r, 1, 20), rank = 0;
        axle_matrix *U = ts_random_full_rank(&r, *F, n, n);
        axle_matrix *A = ts_random_int(&r, *F, n, n, -10, 10), *Q = ts_random_frac(&r, *F, n, n);
        assert_inverse(U);
        /* integer and fraction matrices, when they are invertible (over RR, to the tolerance) */
        TS_OK(axle_matrix_rank(&rank, A));
        if (rank == n)
            assert_inverse(A);
        TS_OK(axle_matrix_rank(&rank, Q));
        if (rank == n)
            assert_inverse(Q);
        axle_matrix_free(U);
        axle_matrix_free(A);
        axle_matrix_free(Q);
    }
    axle_matrix *L = ts_random_full_rank(&r, *F, 40, 40);
    assert_inverse(L);
    axle_matrix_free(L);
}

FIELDS(kernels, singular_matrices_have_no_inverse)
{
    ts_rng r = ts_rng_new("kernels::singular_matrices_have_no_inverse");
    for (size_t n = 2; n <= 20; n += 6) {
        axle_matrix *S = ts_random_rank(&r, *F, n, n, n - 1), *X = (axle_matrix *)1;
        cr_assert_eq(axle_matrix_inverse(&X, S), AXLE_ESINGULAR, "rank %zu of %zu", n - 1, n);
        cr_assert_null(X);
        axle_matrix_free(S);
    }
}

FIELDS(kernels, det_is_multiplicative)
{
    ts_rng r = ts_rng_new("kernels::det_is_multiplicative");
    const size_t sizes[] = {1, 2, 5, 13, 25, 40};
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        size_t n = sizes[s];
        /* well-conditioned factors (RR's relative error is about n eps cond), and over QQ also
         * fractions times integers */
        for (int kind = 0; kind < (*F == AXLE_QQ ? 2 : 1); kind++) {
            axle_matrix *A =
                kind ? ts_random_frac(&r, *F, n, n) : ts_random_full_rank(&r, *F, n, n);
            axle_matrix *B =
                kind ? ts_random_int(&r, *F, n, n, -10, 10) : ts_random_full_rank(&r, *F, n, n);
            axle_matrix *AB = ts_mul(A, B);
            axle_scalar *da = km_det(A), *db = km_det(B), *dab = km_det(AB), *p = NULL;
            TS_OK(axle_scalar_mul(&p, da, db));
            km_assert_scalar(dab, p, 1e-9, fabs(axle_scalar_to_double(p)), "det(AB) = det A det B");
            axle_scalar *all[] = {da, db, dab, p};
            for (size_t i = 0; i < 4; i++)
                axle_scalar_free(all[i]);
            axle_matrix_free(A);
            axle_matrix_free(B);
            axle_matrix_free(AB);
        }
    }
}

/* det A^T = det A, and an integer matrix has an integer determinant. */
FIELDS(kernels, det_of_transpose_and_integer_matrices)
{
    ts_rng r = ts_rng_new("kernels::det_of_transpose_and_integer_matrices");
    for (int t = 0; t < ROUNDS; t++) {
        size_t n = dim(&r, 1, 12);
        axle_matrix *A = ts_random_int(&r, *F, n, n, -5, 5), *At = ts_transpose(A);
        axle_scalar *d = km_det(A), *dt = km_det(At);
        double h = hadamard(A);
        km_assert_scalar(d, dt, 1e-12, h, "det A^T = det A");
        double x = axle_scalar_to_double(d);
        if (*F == AXLE_QQ) {
            mpq_t q;
            mpq_init(q);
            axle_scalar_get_mpq(q, d);
            cr_assert(mpz_cmp_ui(mpq_denref(q), 1) == 0, "det of an integer matrix is integral");
            mpq_clear(q);
        } else {
            cr_assert_leq(fabs(x - round(x)), 1e-12 * h, "det %.17g is not near an integer", x);
        }
        axle_scalar_free(d);
        axle_scalar_free(dt);
        axle_matrix_free(A);
        axle_matrix_free(At);
    }
}

FIELDS(kernels, det_of_rank_deficient_is_zero)
{
    ts_rng r = ts_rng_new("kernels::det_of_rank_deficient_is_zero");
    for (size_t n = 2; n <= 30; n += 7) {
        axle_matrix *S = ts_random_rank(&r, *F, n, n, n / 2);
        axle_scalar *d = km_det(S), *z = km_frac(*F, 0, 1);
        km_assert_scalar(d, z, 1e-12, hadamard(S), "det of a rank-deficient matrix is 0");
        axle_scalar_free(d);
        axle_scalar_free(z);
        axle_matrix_free(S);
    }
}

/* B = A with row 0 replaced by row 5 and row 5 by 3/7 row 0: det B = -3/7 det A. */
FIELDS(kernels, det_under_row_operations)
{
    ts_rng r = ts_rng_new("kernels::det_under_row_operations");
    for (int t = 0; t < 5; t++) {
        size_t n = 9;
        axle_matrix *A = ts_random_int(&r, *F, n, n, -5, 5), *B = ts_copy(A);
        mpq_t x, y, k;
        mpq_inits(x, y, k, NULL);
        mpq_set_si(k, 3, 7);
        for (size_t j = 0; j < n; j++) {
            TS_OK(axle_matrix_get_mpq(x, A, 0, j));
            TS_OK(axle_matrix_get_mpq(y, A, 5, j));
            TS_OK(axle_matrix_set_mpq(B, 0, j, y));
            mpq_mul(x, x, k);
            TS_OK(axle_matrix_set_mpq(B, 5, j, x));
        }
        axle_scalar *da = km_det(A), *db = km_det(B), *c = km_frac(*F, -3, 7), *w = NULL;
        TS_OK(axle_scalar_mul(&w, c, da));
        km_assert_scalar(db, w, 1e-12, hadamard(A), "det after a swap and a scaling");
        mpq_clears(x, y, k, NULL);
        axle_scalar *all[] = {da, db, c, w};
        for (size_t i = 0; i < 4; i++)
            axle_scalar_free(all[i]);
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

/* rank + nullity = columns and A N = 0; N is orthonormal over RR and the standard basis of the
 * free variables over QQ. */
FIELDS(kernels, rank_nullity_and_null_basis)
{
    ts_rng r = ts_rng_new("kernels::rank_nullity_and_null_basis");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = dim(&r, 1, 20), n = dim(&r, 1, 20), k = dim(&r, 0, min(m, n));
        axle_matrix *A = ts_random_rank(&r, *F, m, n, k), *N = NULL;
        size_t rank = 99;
        TS_OK(axle_matrix_rank(&rank, A));
        cr_assert_eq(rank, k);
        TS_OK(axle_matrix_null(&N, A));
        cr_assert_eq(rank + axle_matrix_cols(N), n, "rank %zu + nullity %zu != %zu columns", rank,
                     axle_matrix_cols(N), n);
        axle_matrix *Z = ts_zero(*F, m, axle_matrix_cols(N));
        km_assert_product(A, N, Z, ts_tol(n), "A N = 0");
        if (*F == AXLE_RR) {
            axle_matrix *Nt = ts_transpose(N), *I = ts_identity(*F, axle_matrix_cols(N));
            km_assert_product(Nt, N, I, ts_tol(n), "N^T N = I");
            axle_matrix_free(Nt);
            axle_matrix_free(I);
        } else {
            size_t piv[20];
            axle_matrix *R = NULL;
            TS_OK(axle_matrix_rref(&R, piv, &rank, A));
            bool is_piv[20] = {false};
            for (size_t i = 0; i < rank; i++)
                is_piv[piv[i]] = true;
            for (size_t j = 0, c = 0; j < n; j++) {
                if (is_piv[j])
                    continue;
                for (size_t j2 = 0, c2 = 0; j2 < n; j2++) {
                    if (is_piv[j2])
                        continue;
                    double v = 0;
                    TS_OK(axle_matrix_get_double(&v, N, j2, c));
                    cr_assert_eq(v, c2 == c ? 1.0 : 0.0, "QQ's null basis is not standard");
                    c2++;
                }
                c++;
            }
            axle_matrix_free(R);
        }
        axle_matrix_free(A);
        axle_matrix_free(N);
        axle_matrix_free(Z);
    }
}

/* A new matrix of the columns piv[0..r-1] of A (take_cols) or of the first r rows of A. */
static axle_matrix *take(const axle_matrix *A, const size_t *piv, size_t r, bool take_cols)
{
    size_t m = take_cols ? axle_matrix_rows(A) : r, n = take_cols ? r : axle_matrix_cols(A);
    axle_matrix *B = ts_zero(axle_matrix_field(A), m, n);
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            TS_OK(axle_matrix_get_mpq(q, A, i, take_cols ? piv[j] : j));
            TS_OK(axle_matrix_set_mpq(B, i, j, q));
        }
    mpq_clear(q);
    return B;
}

/* The RREF battery on one matrix: the form, rank(A), idempotence, the row space (A = A[:, piv]
 * R[0..r-1, :] and R N = 0), and over QQ invariance under scaling and permuting the rows. */
static void check_rref(ts_rng *r, const axle_matrix *A)
{
    axle_field F = axle_matrix_field(A);
    size_t m = axle_matrix_rows(A), n = axle_matrix_cols(A), piv[16], piv2[16];
    size_t rank = 99, rank2 = 99, srank = 98;
    axle_matrix *R = NULL, *R2 = NULL, *N = NULL;
    TS_OK(axle_matrix_rref(&R, piv, &rank, A));
    cr_assert_eq(axle_matrix_rows(R), m);
    cr_assert_eq(axle_matrix_cols(R), n);
    ts_assert_rref_form(R, piv, rank);
    TS_OK(axle_matrix_rank(&srank, A));
    cr_assert_eq(rank, srank, "rref's rank %zu but rank() %zu", rank, srank);
    TS_OK(axle_matrix_rref(&R2, piv2, &rank2, R));
    cr_assert_eq(rank2, rank);
    for (size_t i = 0; i < rank; i++)
        cr_assert_eq(piv2[i], piv[i]);
    km_assert_close(R2, R, ts_tol(n), "rref(rref(A)) = rref(A)");
    axle_matrix *C = take(A, piv, rank, true), *T = take(R, NULL, rank, false);
    km_assert_product(C, T, A, ts_tol(n), "A = A[:, pivots] R[0..rank-1, :]");
    TS_OK(axle_matrix_null(&N, A));
    axle_matrix *Z = ts_zero(F, m, axle_matrix_cols(N));
    km_assert_product(R, N, Z, ts_tol(n), "R N = 0");
    if (F == AXLE_QQ) { /* the RREF is canonical: scaling and permuting rows keep it */
        axle_matrix *S = ts_zero(F, m, n), *RS = NULL;
        size_t perm[16];
        ts_shuffle(r, perm, m);
        mpq_t q, c;
        mpq_inits(q, c, NULL);
        for (size_t i = 0; i < m; i++) {
            mpq_set_si(c, ts_range(r, 1, 9) * (ts_range(r, 0, 1) ? 1 : -1),
                       (unsigned long)ts_range(r, 1, 9));
            mpq_canonicalize(c);
            for (size_t j = 0; j < n; j++) {
                TS_OK(axle_matrix_get_mpq(q, A, perm[i], j));
                mpq_mul(q, q, c);
                TS_OK(axle_matrix_set_mpq(S, i, j, q));
            }
        }
        mpq_clears(q, c, NULL);
        TS_OK(axle_matrix_rref(&RS, NULL, NULL, S));
        cr_assert(axle_matrix_equal(RS, R), "rref changes under row operations");
        axle_matrix_free(S);
        axle_matrix_free(RS);
    }
    axle_matrix *all[] = {R, R2, N, C, T, Z};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

FIELDS(kernels, rref_of_random_shapes_ranks_and_fractions)
{
    ts_rng r = ts_rng_new("kernels::rref_of_random_shapes_ranks_and_fractions");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = dim(&r, 1, 12), n = dim(&r, 1, 12), k = dim(&r, 0, min(m, n));
        axle_matrix *A = ts_random_rank(&r, *F, m, n, k);
        check_rref(&r, A);
        axle_matrix *Q = ts_random_frac(&r, *F, dim(&r, 1, 9), dim(&r, 1, 9));
        check_rref(&r, Q);
        axle_matrix_free(A);
        axle_matrix_free(Q);
    }
}

/* Full rank: the pivots are the leading columns, and with full row rank A[:, 0..m-1] R = A. */
FIELDS(kernels, rref_of_full_rank_has_leading_pivots)
{
    ts_rng r = ts_rng_new("kernels::rref_of_full_rank_has_leading_pivots");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = dim(&r, 1, 12), n = dim(&r, 1, 12), k = min(m, n), piv[12], rank = 99;
        axle_matrix *A = ts_random_full_rank(&r, *F, m, n), *R = NULL;
        TS_OK(axle_matrix_rref(&R, piv, &rank, A));
        cr_assert_eq(rank, k);
        for (size_t i = 0; i < k; i++)
            cr_assert_eq(piv[i], i);
        ts_assert_rref_form(R, piv, rank);
        if (m <= n) {
            axle_matrix *AP = take(A, piv, m, true);
            km_assert_product(AP, R, A, 1e-10, "A[:, 0..m-1] R = A");
            axle_matrix_free(AP);
        }
        axle_matrix_free(A);
        axle_matrix_free(R);
    }
}

/* B = A X0 with A of every shape and rank: A X = B, N a basis of null A, X0 - X in null A. */
FIELDS(kernels, solve_consistent_systems)
{
    ts_rng r = ts_rng_new("kernels::solve_consistent_systems");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = dim(&r, 1, 12), n = dim(&r, 1, 12), c = dim(&r, 1, 3);
        size_t k = dim(&r, 1, min(m, n)), rank = 99;
        axle_matrix *A =
            t % 3 == 0 ? ts_random_frac(&r, *F, m, n) : ts_random_rank(&r, *F, m, n, k);
        axle_matrix *X0 = ts_random_frac(&r, *F, n, c), *B = ts_mul(A, X0), *X = NULL, *N = NULL;
        TS_OK(axle_matrix_solve(&X, &N, A, B));
        km_assert_product(A, X, B, ts_tol(n), "A X = B");
        TS_OK(axle_matrix_rank(&rank, A));
        cr_assert_eq(axle_matrix_rows(N), n);
        cr_assert_eq(axle_matrix_cols(N), n - rank);
        axle_matrix *Z = ts_zero(*F, m, n - rank), *D = ts_sub(X0, X);
        km_assert_product(A, N, Z, ts_tol(n), "A N = 0");
        if (*F == AXLE_RR) { /* X0 - X lies in null A: it equals its projection N N^T (X0 - X) */
            axle_matrix *Nt = ts_transpose(N), *P = ts_mul(Nt, D);
            km_assert_product(N, P, D, ts_tol(n), "X0 - X in null A");
            axle_matrix_free(Nt);
            axle_matrix_free(P);
        } else { /* solve's null basis is null()'s; X0 - X = N Y for some Y */
            axle_matrix *N2 = NULL, *Y = NULL;
            TS_OK(axle_matrix_null(&N2, A));
            cr_assert(axle_matrix_equal(N, N2), "solve's null basis differs from null()");
            if (rank == n)
                cr_assert(axle_matrix_equal(X, X0), "unique solution not recovered");
            else
                TS_OK(axle_matrix_solve(&Y, NULL, N, D));
            axle_matrix_free(N2);
            axle_matrix_free(Y);
        }
        axle_matrix *all[] = {A, X0, B, X, N, Z, D};
        for (size_t i = 0; i < sizeof all / sizeof *all; i++)
            axle_matrix_free(all[i]);
    }
}

FIELDS(kernels, solve_square_nonsingular)
{
    ts_rng r = ts_rng_new("kernels::solve_square_nonsingular");
    for (int t = 0; t < ROUNDS; t++) {
        size_t n = dim(&r, 1, 30), c = dim(&r, 1, 4);
        axle_matrix *A = ts_random_full_rank(&r, *F, n, n), *B = ts_random_frac(&r, *F, n, c);
        axle_matrix *X = NULL, *N = NULL;
        TS_OK(axle_matrix_solve(&X, &N, A, B));
        km_assert_product(A, X, B, 1e-13 * (double)n, "A X = B");
        cr_assert_eq(axle_matrix_cols(N), 0);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(X);
        axle_matrix_free(N);
    }
}

/* b orthogonal to the column space of a rank-deficient A (a vector of null A^T): no solution. */
FIELDS(kernels, solve_detects_inconsistency)
{
    ts_rng r = ts_rng_new("kernels::solve_detects_inconsistency");
    for (int t = 0; t < 15; t++) {
        size_t m = dim(&r, 2, 10), n = dim(&r, 1, 10);
        size_t k = dim(&r, 1, min(m, n) - (m <= n));
        axle_matrix *A = ts_random_rank(&r, *F, m, n, k), *At = ts_transpose(A), *Y = NULL;
        TS_OK(axle_matrix_null(&Y, At));
        cr_assert_gt(axle_matrix_cols(Y), 0);
        axle_matrix *B = take(Y, (const size_t[]){0}, 1, true), *X = (axle_matrix *)1;
        cr_assert_eq(axle_matrix_solve(&X, NULL, A, B), AXLE_ENOSOLUTION);
        cr_assert_null(X);
        axle_matrix_free(A);
        axle_matrix_free(At);
        axle_matrix_free(Y);
        axle_matrix_free(B);
    }
}

/* (A B) C = A (B C) and A I = A. */
FIELDS(kernels, mul_is_associative_with_identity)
{
    ts_rng r = ts_rng_new("kernels::mul_is_associative_with_identity");
    for (int t = 0; t < 10; t++) {
        size_t m = dim(&r, 1, 9), k = dim(&r, 1, 9), l = dim(&r, 1, 9), n = dim(&r, 1, 9);
        axle_matrix *A = ts_random_frac(&r, *F, m, k), *B = ts_random_frac(&r, *F, k, l);
        axle_matrix *C = ts_random_frac(&r, *F, l, n), *I = ts_identity(*F, k);
        axle_matrix *AB = ts_mul(A, B), *BC = ts_mul(B, C), *L = ts_mul(AB, C);
        km_assert_product(A, BC, L, 1e-13, "(A B) C = A (B C)");
        km_assert_product(A, I, A, 0, "A I = A");
        axle_matrix *all[] = {A, B, C, I, AB, BC, L};
        for (size_t i = 0; i < sizeof all / sizeof *all; i++)
            axle_matrix_free(all[i]);
    }
}
