/* Fraction-free Gauss-Jordan on machine words (src/qq/echelon_small.c, white-box through qq.h)
 * against the mpz elimination it copies (ax_echelon_fraction_free) and the multimodular route:
 * random, rank-deficient, zero, negative-pivot and power-of-two-pivot inputs, entries up to the
 * edge of its bound, where it must decline; and the public solvers it now serves. */
#include <criterion/criterion.h>

#include "helpers.h"
#include "qq/qq.h"

static void assert_same(const ax_echelon *A, const ax_echelon *B)
{
    cr_assert_eq(A->rank, B->rank);
    cr_assert_eq(A->nfree, B->nfree);
    for (size_t t = 0; t < A->rank; t++)
        cr_assert_eq(A->piv[t], B->piv[t]);
    for (size_t k = 0; k < A->nfree; k++)
        cr_assert_eq(A->fre[k], B->fre[k]);
    cr_assert(mpz_cmp(A->d, B->d) == 0);
    for (size_t e = 0; e < A->rank * A->nfree; e++)
        cr_assert(mpz_cmp(A->x[e], B->x[e]) == 0, "entry %zu", e);
}

/* Whether the word route applies to M, and if so that it equals the mpz elimination (and the
 * dispatcher's RREF, the same up to the common factor). */
static bool check(const ax_zmat *M)
{
    ax_echelon S, F, D;
    bool done;
    TS_OK(ax_echelon_small(&S, &done, M));
    if (!done)
        return false;
    TS_OK(ax_echelon_fraction_free(&F, M));
    assert_same(&S, &F);
    TS_OK(ax_echelon_dixon(&D, M));
    cr_assert_eq(S.rank, D.rank);
    mpz_t l, r;
    mpz_inits(l, r, NULL);
    for (size_t e = 0; e < S.rank * S.nfree; e++) {
        mpz_mul(l, S.x[e], D.d);
        mpz_mul(r, D.x[e], S.d);
        cr_assert(mpz_cmp(l, r) == 0);
    }
    mpz_clears(l, r, NULL);
    ax_echelon_clear(&S);
    ax_echelon_clear(&F);
    ax_echelon_clear(&D);
    return true;
}

static void fill(ax_zmat *M, ts_rng *r, size_t rows, size_t cols, long lo, long hi)
{
    cr_assert_eq(ax_zmat_init(M, rows, cols), AXLE_OK);
    for (size_t k = 0; k < rows * cols; k++)
        mpz_set_si(M->z[k], ts_range(r, lo, hi));
}

Test(small, agrees_with_fraction_free)
{
    ts_rng r = ts_rng_new("small.agrees");
    size_t applied = 0;
    for (int trial = 0; trial < 300; trial++) {
        size_t m = (size_t)ts_range(&r, 1, 12), n = (size_t)ts_range(&r, 1, 12);
        long h = ts_range(&r, 1, 12);
        ax_zmat M;
        fill(&M, &r, m, n, -h, h);
        if (trial % 3 == 1) /* rank-deficient: a row a combination of two others */
            for (size_t j = 0; m >= 3 && j < n; j++) {
                mpz_mul_si(AX_Z(&M, m - 1, j), AX_Z(&M, 0, j), 2);
                mpz_sub(AX_Z(&M, m - 1, j), AX_Z(&M, m - 1, j), AX_Z(&M, 1, j));
            }
        if (trial % 5 == 2) /* a zero column and a zero row */
            for (size_t i = 0; i < m; i++)
                mpz_set_ui(AX_Z(&M, i, 0), 0);
        if (trial % 7 == 3)
            for (size_t j = 0; j < n; j++)
                mpz_set_ui(AX_Z(&M, m / 2, j), 0);
        if (trial % 4 == 0) /* even pivots: the shift of the exact division */
            for (size_t k = 0; k < m * n; k++)
                mpz_mul_2exp(M.z[k], M.z[k], (mp_bitcnt_t)(k % 3));
        applied += check(&M);
        ax_zmat_clear(&M);
    }
    cr_assert_gt(applied, 200);
}

/* Near the bound: entries of 2^30 in a 2 x 2 (minors near 2^61) apply when the norms allow it
 * and are exact; larger products of norms decline. */
Test(small, bound_edge)
{
    ax_zmat M;
    cr_assert_eq(ax_zmat_init(&M, 2, 3), AXLE_OK);
    long v[] = {(1L << 30) - 1, -(1L << 30) + 3, 7, -(1L << 29) - 5, (1L << 30) - 9, -1};
    for (size_t k = 0; k < 6; k++)
        mpz_set_si(M.z[k], v[k]);
    cr_assert(check(&M));
    ax_zmat_clear(&M);
    cr_assert_eq(ax_zmat_init(&M, 3, 3), AXLE_OK);
    for (size_t k = 0; k < 9; k++)
        mpz_set_si(M.z[k], k % 4 == 0 ? (1L << 30) - 1 : -(long)k);
    cr_assert(!check(&M));
    mpz_set_si(M.z[0], 1L << 31);
    cr_assert(!check(&M));
    ax_zmat_clear(&M);
    /* a large identity has a small bound but too much work */
    cr_assert_eq(ax_zmat_init(&M, 60, 60), AXLE_OK);
    for (size_t i = 0; i < 60; i++)
        mpz_set_ui(AX_Z(&M, i, i), 1);
    cr_assert(!check(&M));
    ax_zmat_clear(&M);
    /* the empty matrix and a zero matrix */
    cr_assert_eq(ax_zmat_init(&M, 0, 4), AXLE_OK);
    cr_assert(check(&M));
    ax_zmat_clear(&M);
    cr_assert_eq(ax_zmat_init(&M, 3, 2), AXLE_OK);
    cr_assert(check(&M));
    ax_zmat_clear(&M);
}

/* The public solvers on small systems: solve (nonsingular on words; singular falls back),
 * inverse and null space, checked by substitution. */
Test(small, public_solvers)
{
    ts_rng r = ts_rng_new("small.public");
    for (int trial = 0; trial < 40; trial++) {
        size_t n = (size_t)ts_range(&r, 1, 9);
        axle_matrix *A = trial % 4 == 3 ? ts_random_rank(&r, AXLE_QQ, n, n, n > 1 ? n - 1 : 0)
                                        : ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        axle_matrix *B = ts_random_int(&r, AXLE_QQ, n, 2, -10, 10);
        axle_matrix *X = NULL, *N = NULL, *K = NULL, *Ai = NULL;
        axle_status s = axle_matrix_solve(&X, &N, A, B);
        cr_assert(s == AXLE_OK || s == AXLE_ENOSOLUTION);
        if (!s) {
            axle_matrix *AX = qh_naive_mul(A, X), *AN = qh_naive_mul(A, N),
                        *Z = ts_zero(AXLE_QQ, n, axle_matrix_cols(N));
            cr_assert(axle_matrix_equal(AX, B));
            cr_assert(axle_matrix_equal(AN, Z));
            axle_matrix_free(AX);
            axle_matrix_free(AN);
            axle_matrix_free(Z);
        }
        TS_OK(axle_matrix_null(&K, A));
        size_t nul = axle_matrix_cols(K);
        s = axle_matrix_inverse(&Ai, A);
        cr_assert_eq(s == AXLE_OK, nul == 0);
        if (!s) {
            axle_matrix *P = qh_naive_mul(A, Ai), *I = ts_identity(AXLE_QQ, n);
            cr_assert(axle_matrix_equal(P, I));
            axle_matrix_free(P);
            axle_matrix_free(I);
        }
        axle_matrix *P[] = {A, B, X, N, K, Ai};
        for (size_t k = 0; k < sizeof P / sizeof *P; k++)
            axle_matrix_free(P[k]);
    }
}

/* Low rank with large norms: the steps the rank needs fit the bound of the largest norms (three
 * rows of about 2^20 for a rank-2 matrix) though all the rows' product does not. */
Test(small, low_rank_large_norms)
{
    ts_rng r = ts_rng_new("small.lowrank");
    ax_zmat M;
    cr_assert_eq(ax_zmat_init(&M, 6, 5), AXLE_OK);
    long f[6][2], g[2][5];
    for (size_t i = 0; i < 6; i++)
        for (size_t t = 0; t < 2; t++)
            f[i][t] = ts_range(&r, -(1L << 9), 1L << 9);
    for (size_t t = 0; t < 2; t++)
        for (size_t j = 0; j < 5; j++)
            g[t][j] = ts_range(&r, -(1L << 9), 1L << 9);
    for (size_t i = 0; i < 6; i++)
        for (size_t j = 0; j < 5; j++)
            mpz_set_si(AX_Z(&M, i, j), f[i][0] * g[0][j] + f[i][1] * g[1][j]);
    cr_assert(check(&M));
    ax_echelon E;
    TS_OK(ax_echelon_fraction_free(&E, &M));
    cr_assert_eq(E.rank, 2);
    ax_echelon_clear(&E);
    ax_zmat_clear(&M);
}
