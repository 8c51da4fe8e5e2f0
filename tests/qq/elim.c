/* The echelon variants against each other (white-box, through qq.h): the rank profile with Dixon
 * lifting (ax_echelon_dixon, the default), the multimodular CRT route (ax_echelon_modular) and
 * fraction-free Gauss-Jordan (ax_echelon_fraction_free) must give the same exact RREF on random,
 * rank-deficient (products of n x k and k x n factors), huge-entry and unlucky-prime inputs (a
 * matrix whose pivot minor the first prime, or the first two, divide); ax_zmat_rank agrees. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "qq/lu_modp.h"
#include "qq/qq.h"

static void zmat_random(ax_zmat *M, ts_rng *r, size_t rows, size_t cols, long lo, long hi)
{
    cr_assert_eq(ax_zmat_init(M, rows, cols), AXLE_OK);
    for (size_t k = 0; k < rows * cols; k++)
        mpz_set_si(M->z[k], ts_range(r, lo, hi));
}

/* M = F G with F rows x k and G k x cols random (rank at most k). */
static void zmat_product(ax_zmat *M, ts_rng *r, size_t rows, size_t cols, size_t k)
{
    ax_zmat F, G;
    zmat_random(&F, r, rows, k, -5, 5);
    zmat_random(&G, r, k, cols, -5, 5);
    cr_assert_eq(ax_zmat_init(M, rows, cols), AXLE_OK);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            for (size_t t = 0; t < k; t++)
                mpz_addmul(AX_Z(M, i, j), AX_Z(&F, i, t), AX_Z(&G, t, j));
    ax_zmat_clear(&F);
    ax_zmat_clear(&G);
}

/* Same rank, pivots and R (x / d compared as fractions). */
static void assert_same(const ax_echelon *A, const ax_echelon *B, const char *what)
{
    cr_assert_eq(A->rank, B->rank, "%s: rank %zu != %zu", what, A->rank, B->rank);
    cr_assert_eq(A->nfree, B->nfree, "%s", what);
    for (size_t t = 0; t < A->rank; t++)
        cr_assert_eq(A->piv[t], B->piv[t], "%s: pivot %zu", what, t);
    mpz_t l, r;
    mpz_inits(l, r, NULL);
    for (size_t e = 0; e < A->rank * A->nfree; e++) {
        mpz_mul(l, A->x[e], B->d);
        mpz_mul(r, B->x[e], A->d);
        cr_assert(mpz_cmp(l, r) == 0, "%s: entry %zu differs", what, e);
    }
    mpz_clears(l, r, NULL);
}

/* The three variants and the rank agree on M; returns the rank. */
static size_t check_variants(const ax_zmat *M)
{
    ax_echelon D, C, F;
    cr_assert_eq(ax_echelon_dixon(&D, M), AXLE_OK);
    cr_assert_eq(ax_echelon_modular(&C, M), AXLE_OK);
    cr_assert_eq(ax_echelon_fraction_free(&F, M), AXLE_OK);
    assert_same(&D, &C, "dixon vs modular");
    assert_same(&D, &F, "dixon vs fraction-free");
    ax_echelon E;
    cr_assert_eq(ax_echelon_compute(&E, M), AXLE_OK);
    assert_same(&D, &E, "dixon vs dispatcher");
    size_t rank;
    cr_assert_eq(ax_zmat_rank(&rank, M), AXLE_OK);
    cr_assert_eq(rank, D.rank);
    size_t r = D.rank;
    ax_echelon_clear(&D);
    ax_echelon_clear(&C);
    ax_echelon_clear(&F);
    ax_echelon_clear(&E);
    return r;
}

Test(qq_elim, random_shapes)
{
    ts_rng r = ts_rng_new("qq_elim.random_shapes");
    const size_t dims[][2] = {{1, 1},  {1, 5},  {5, 1},   {3, 4},   {4, 3}, {8, 9},
                              {12, 7}, {7, 12}, {20, 21}, {30, 30}, {0, 3}, {3, 0}};
    for (size_t t = 0; t < sizeof dims / sizeof dims[0]; t++) {
        ax_zmat M;
        zmat_random(&M, &r, dims[t][0], dims[t][1], -10, 10);
        check_variants(&M);
        ax_zmat_clear(&M);
    }
}

/* The dispatcher's full-column-rank path (the profile modulo one prime shows rank = cols, so the
 * RREF is [I; 0] with nothing lifted): square and tall random matrices, beside and beyond the
 * word-size route, against the other variants; and tall or square rank-deficient ones, whose
 * profile the dispatcher computes first and hands on to the Dixon route. */
Test(qq_elim, full_column_rank_and_handed_on_profile)
{
    ts_rng r = ts_rng_new("qq_elim.full_column_rank_and_handed_on_profile");
    const size_t dims[][2] = {{2, 2}, {10, 10}, {25, 25}, {26, 9}, {60, 45}, {50, 50}};
    for (size_t t = 0; t < sizeof dims / sizeof dims[0]; t++) {
        ax_zmat M;
        zmat_random(&M, &r, dims[t][0], dims[t][1], -10, 10);
        cr_assert_eq(check_variants(&M), dims[t][1]);
        ax_echelon E;
        cr_assert_eq(ax_echelon_compute(&E, &M), AXLE_OK);
        cr_assert_eq(E.nfree, 0);
        for (size_t k = 0; k < E.rank; k++)
            cr_assert_eq(E.piv[k], k);
        ax_echelon_clear(&E);
        ax_zmat_clear(&M);
    }
    const size_t def[][3] = {{50, 45, 30}, {45, 45, 44}, {60, 40, 1}, {12, 10, 9}};
    for (size_t t = 0; t < sizeof def / sizeof def[0]; t++) {
        ax_zmat M;
        zmat_product(&M, &r, def[t][0], def[t][1], def[t][2]);
        cr_assert_leq(check_variants(&M), def[t][2]);
        ax_zmat_clear(&M);
    }
}

Test(qq_elim, rank_deficient_products)
{
    ts_rng r = ts_rng_new("qq_elim.rank_deficient_products");
    const size_t dims[][3] = {{6, 6, 3},  {10, 10, 5},  {10, 11, 9}, {9, 14, 4},
                              {14, 9, 4}, {25, 25, 12}, {24, 30, 1}, {16, 16, 15}};
    for (size_t t = 0; t < sizeof dims / sizeof dims[0]; t++) {
        ax_zmat M;
        zmat_product(&M, &r, dims[t][0], dims[t][1], dims[t][2]);
        size_t rank = check_variants(&M);
        cr_assert_leq(rank, dims[t][2]);
        ax_zmat_clear(&M);
    }
}

Test(qq_elim, huge_entries)
{
    ts_rng r = ts_rng_new("qq_elim.huge_entries");
    const size_t dims[][3] = {{4, 5, 4}, {6, 6, 3}, {3, 8, 3}, {12, 13, 12}};
    for (size_t t = 0; t < sizeof dims / sizeof dims[0]; t++) {
        ax_zmat M;
        zmat_product(&M, &r, dims[t][0], dims[t][1], dims[t][2]);
        /* scale each row by a big odd number and add a big multiple of the first row */
        mpz_t big;
        mpz_init(big);
        mpz_ui_pow_ui(big, 10, 60);
        for (size_t i = 0; i < M.rows; i++) {
            mpz_add_ui(big, big, 2 * (unsigned long)ts_range(&r, 1, 1000) + 1);
            for (size_t j = 0; j < M.cols; j++) {
                mpz_mul(AX_Z(&M, i, j), AX_Z(&M, i, j), big);
                if (i > 0)
                    mpz_addmul(AX_Z(&M, i, j), AX_Z(&M, 0, j), big);
            }
        }
        mpz_clear(big);
        check_variants(&M);
        ax_zmat_clear(&M);
    }
}

/* The 62-bit primes the profile tries first when the entries are too large for doubles (as in
 * every matrix below, which holds one of those primes). */
static void first_primes(mpz_t p0, mpz_t p1)
{
    ax_primes ps;
    ax_primes_init(&ps);
    mpz_set_ui(p0, ax_primes_next(&ps));
    mpz_set_ui(p1, ax_primes_next(&ps));
}

Test(qq_elim, unlucky_primes)
{
    mpz_t p0, p1, q;
    mpz_inits(p0, p1, q, NULL);
    ax_zmat M;

    /* [[1, 1], [1, 1 + p0]]: rank 2, rank 1 modulo p0 */
    first_primes(p0, p1);
    cr_assert_eq(ax_zmat_init(&M, 2, 2), AXLE_OK);
    mpz_set_ui(AX_Z(&M, 0, 0), 1);
    mpz_set_ui(AX_Z(&M, 0, 1), 1);
    mpz_set_ui(AX_Z(&M, 1, 0), 1);
    mpz_add_ui(AX_Z(&M, 1, 1), p0, 1);
    cr_assert_eq(check_variants(&M), 2);
    ax_zmat_clear(&M);

    /* [[p0, 1]]: same rank, but the pivot moves to column 1 modulo p0 (the shape check) */
    cr_assert_eq(ax_zmat_init(&M, 1, 2), AXLE_OK);
    mpz_set(AX_Z(&M, 0, 0), p0);
    mpz_set_ui(AX_Z(&M, 0, 1), 1);
    cr_assert_eq(check_variants(&M), 1);
    ax_echelon E;
    cr_assert_eq(ax_echelon_dixon(&E, &M), AXLE_OK);
    cr_assert_eq(E.piv[0], 0);
    ax_echelon_clear(&E);
    ax_zmat_clear(&M);

    /* a 5 x 7 matrix whose third pivot minor is divisible by p0 (and p1): the pivot of row 2
     * moves right modulo them, so one or two primes fail the certificate first */
    mpz_mul(q, p0, p1);
    ts_rng r = ts_rng_new("qq_elim.unlucky_primes");
    mpz_t *mult[] = {&p0, &q};
    for (size_t v = 0; v < 2; v++) {
        cr_assert_eq(ax_zmat_init(&M, 5, 7), AXLE_OK);
        for (size_t i = 0; i < 5; i++)
            for (size_t j = 0; j < 7; j++)
                if (j > i || (j == i && i != 2))
                    mpz_set_si(AX_Z(&M, i, j), j == i ? 1 : ts_range(&r, -9, 9));
        mpz_set(AX_Z(&M, 2, 2), *mult[v]);
        /* mix the rows (rank and RREF unchanged): row i += row i - 1 */
        for (size_t i = 4; i > 0; i--)
            for (size_t j = 0; j < 7; j++)
                mpz_add(AX_Z(&M, i, j), AX_Z(&M, i, j), AX_Z(&M, i - 1, j));
        cr_assert_eq(check_variants(&M), 5);
        cr_assert_eq(ax_echelon_dixon(&E, &M), AXLE_OK);
        for (size_t t = 0; t < 5; t++)
            cr_assert_eq(E.piv[t], t);
        ax_echelon_clear(&E);
        ax_zmat_clear(&M);
    }

    /* rank deficient over Q, and p0 divides the only 2 x 2 minor of the first two rows: the
     * profile modulo p0 has rank 1 where Q has rank 2 */
    cr_assert_eq(ax_zmat_init(&M, 3, 3), AXLE_OK);
    mpz_set_ui(AX_Z(&M, 0, 0), 1);
    mpz_set_ui(AX_Z(&M, 0, 1), 2);
    mpz_set_ui(AX_Z(&M, 1, 0), 1);
    mpz_add_ui(AX_Z(&M, 1, 1), p0, 2);
    for (size_t j = 0; j < 2; j++) /* row 2 = row 0 + row 1 */
        mpz_add(AX_Z(&M, 2, j), AX_Z(&M, 0, j), AX_Z(&M, 1, j));
    cr_assert_eq(check_variants(&M), 2);
    ax_zmat_clear(&M);
    mpz_clears(p0, p1, q, NULL);
}

/* A 2 x 2 block [[a, 1], [c, a]] of small entries with determinant the prime p: a the
 * ceiling of sqrt(p), c = a^2 - p < 2 a + 1. */
static void block_with_det(long *a, long *c, uint64_t p)
{
    uint64_t s = 1;
    while (s * s < p)
        s++;
    *a = (long)s;
    *c = (long)(s * s - p);
}

/* Small entries take the BLAS route first (profile and lifting on doubles, primes below 2^26):
 * a pivot minor divisible by the profile's prime must fail the certificate and fall back. */
Test(qq_elim, unlucky_blas_primes)
{
    long a, c;
    block_with_det(&a, &c, ax_prev_prime(ax_dmodp_prime_bound(3)));
    /* [[a, 1, 2], [c, a, 5]]: rank 2, rank 1 modulo the profile's prime */
    ax_zmat M;
    cr_assert_eq(ax_zmat_init(&M, 2, 3), AXLE_OK);
    long v[] = {a, 1, 2, c, a, 5};
    for (size_t k = 0; k < 6; k++)
        mpz_set_si(M.z[k], v[k]);
    cr_assert_eq(check_variants(&M), 2);
    ax_zmat_clear(&M);
    /* the same block below a full row: [[1, 0, 0, 3], [0, a, 1, 2], [0, c, a, 5]] */
    block_with_det(&a, &c, ax_prev_prime(ax_dmodp_prime_bound(4)));
    cr_assert_eq(ax_zmat_init(&M, 3, 4), AXLE_OK);
    long w[] = {1, 0, 0, 3, 0, a, 1, 2, 0, c, a, 5};
    for (size_t k = 0; k < 12; k++)
        mpz_set_si(M.z[k], w[k]);
    cr_assert_eq(check_variants(&M), 3);
    ax_zmat_clear(&M);
}

/* The CRT route's primes (BLAS LUs of the pivot rows modulo the primes below
 * ax_dmodp_prime_bound(r)): a pivot block whose determinant is the first of them, then the
 * product of the first two, must skip those primes (the pivots move right modulo them), pair
 * the others and still give the exact RREF. */
Test(qq_elim, crt_route_skips_primes_dividing_the_block)
{
    uint64_t q1 = ax_prev_prime(ax_dmodp_prime_bound(2)), q2 = ax_prev_prime(q1);
    uint64_t dets[] = {q1, q1 * q2};
    for (size_t v = 0; v < 2; v++) {
        long a, c;
        block_with_det(&a, &c, dets[v]);
        /* [[a, 1, 3, 4, 1], [c, a, 5, 7, 2]]: rank 2, pivots 0 and 1 over Q */
        ax_zmat M;
        cr_assert_eq(ax_zmat_init(&M, 2, 5), AXLE_OK);
        long w[] = {a, 1, 3, 4, 1, c, a, 5, 7, 2};
        for (size_t k = 0; k < 10; k++)
            mpz_set_si(M.z[k], w[k]);
        cr_assert_eq(check_variants(&M), 2);
        ax_echelon E;
        cr_assert_eq(ax_echelon_modular(&E, &M), AXLE_OK);
        cr_assert(E.piv[0] == 0 && E.piv[1] == 1);
        /* R[0][2] = (3 a - 5) / (a^2 - c) */
        mpq_t x, want;
        mpq_inits(x, want, NULL);
        ax_echelon_get(x, &E, 0, 0);
        mpq_set_si(want, 3 * a - 5, 1);
        mpz_set_ui(mpq_denref(want), dets[v]);
        mpq_canonicalize(want);
        cr_assert(mpq_equal(x, want), "v = %zu", v);
        mpq_clears(x, want, NULL);
        ax_echelon_clear(&E);
        ax_zmat_clear(&M);
    }
    /* every entry a multiple of the first 62-bit prime (rank 0 modulo it, rank 2 over Q): the
     * CRT route must not take the profile's rank 0 for a proof */
    mpz_t p0, p1;
    mpz_inits(p0, p1, NULL);
    first_primes(p0, p1);
    ax_zmat M;
    cr_assert_eq(ax_zmat_init(&M, 3, 3), AXLE_OK);
    long w[] = {1, 2, 3, 4, 5, 6, 5, 7, 9};
    for (size_t k = 0; k < 9; k++)
        mpz_mul_si(M.z[k], p0, w[k]);
    cr_assert_eq(check_variants(&M), 2);
    ax_zmat_clear(&M);
    mpz_clears(p0, p1, NULL);
}

/* The rank from primes alone (ax_zmat_rank's rank_certified): the only nonzero 3 x 3 minor of
 * this 3 x 4 matrix is divisible by the rank fast path's prime and by the first prime of the
 * certificate's stream (for so few columns both are the largest prime below 2^26), so they show
 * rank 2 where Q has rank 3; and a rank-deficient product whose rank the primes must prove
 * without an echelon form. */
Test(qq_elim, rank_from_primes)
{
    uint64_t q3 = ax_prev_prime(ax_dmodp_prime_bound(3)),
             q4 = ax_prev_prime(ax_dmodp_prime_bound(4));
    long a, c;
    block_with_det(&a, &c, q3 == q4 ? q3 : q3 * q4);
    ax_zmat M;
    cr_assert_eq(ax_zmat_init(&M, 3, 4), AXLE_OK);
    long w[] = {1, 0, 0, 0, 0, a, 1, 0, 0, c, a, 0};
    for (size_t k = 0; k < 12; k++)
        mpz_set_si(M.z[k], w[k]);
    size_t rank;
    cr_assert_eq(ax_zmat_rank(&rank, &M), AXLE_OK);
    cr_assert_eq(rank, 3);
    cr_assert_eq(check_variants(&M), 3);
    ax_zmat_clear(&M);
    ts_rng r = ts_rng_new("qq_elim.rank_from_primes");
    zmat_product(&M, &r, 30, 24, 11);
    cr_assert_eq(ax_zmat_rank(&rank, &M), AXLE_OK);
    cr_assert_eq(rank, check_variants(&M));
    cr_assert_leq(rank, 11);
    ax_zmat_clear(&M);
}

/* The square solve on doubles: a determinant divisible by the first BLAS prime for n = 2, so
 * the lifting moves to the next one. */
Test(qq_elim, blas_lifting_unlucky_block)
{
    long a, c;
    block_with_det(&a, &c, ax_prev_prime(ax_dmodp_prime_bound(2)));
    axle_matrix *A = NULL, *b = NULL, *X = NULL, *N = NULL;
    long av[] = {a, 1, c, a}, bv[] = {1, 1};
    TS_OK(axle_matrix_from_ints(&A, AXLE_QQ, 2, 2, av));
    TS_OK(axle_matrix_from_ints(&b, AXLE_QQ, 2, 1, bv));
    TS_OK(axle_matrix_solve(&X, &N, A, b));
    axle_matrix *AX = qh_naive_mul(A, X);
    cr_assert(axle_matrix_equal(AX, b));
    /* and through the lifting itself */
    ax_zmat S;
    cr_assert_eq(ax_zmat_init(&S, 2, 3), AXLE_OK);
    long sv[] = {a, 1, 1, c, a, 1};
    for (size_t k = 0; k < 6; k++)
        mpz_set_si(S.z[k], sv[k]);
    axle_matrix *Y = NULL;
    bool applies;
    mpz_t den;
    mpz_init(den);
    cr_assert_eq(ax_dixon_lift_blas(&Y, den, &applies, &S, 2), AXLE_OK);
    cr_assert(applies);
    cr_assert(axle_matrix_equal(X, Y));
    mpz_clear(den);
    ax_zmat_clear(&S);
    axle_matrix_free(Y);
    axle_matrix_free(AX);
    axle_matrix_free(A);
    axle_matrix_free(b);
    axle_matrix_free(X);
    axle_matrix_free(N);
}

/* The null space read off the Dixon echelon form through the public API: A N = 0 exactly, N of
 * full column rank n - r, on a larger rank-deficient matrix and an n x (n + 1) one. */
Test(qq_elim, null_space_certificate)
{
    ts_rng r = ts_rng_new("qq_elim.null_space_certificate");
    axle_matrix *F = ts_random_int(&r, AXLE_QQ, 40, 17, -10, 10);
    axle_matrix *G = ts_random_int(&r, AXLE_QQ, 17, 45, -10, 10);
    axle_matrix *A = qh_naive_mul(F, G), *W = ts_random_int(&r, AXLE_QQ, 50, 51, -10, 10);
    axle_matrix *mats[] = {A, W};
    for (size_t t = 0; t < 2; t++) {
        axle_matrix *N = NULL;
        TS_OK(axle_matrix_null(&N, mats[t]));
        size_t rank, nrank, cols = axle_matrix_cols(mats[t]);
        TS_OK(axle_matrix_rank(&rank, mats[t]));
        cr_assert_eq(axle_matrix_cols(N), cols - rank);
        TS_OK(axle_matrix_rank(&nrank, N));
        cr_assert_eq(nrank, cols - rank);
        axle_matrix *AN = qh_naive_mul(mats[t], N);
        for (size_t i = 0; i < axle_matrix_rows(AN); i++)
            for (size_t j = 0; j < axle_matrix_cols(AN); j++)
                cr_assert(qh_entry_is(AN, i, j, 0, 1));
        axle_matrix_free(AN);
        axle_matrix_free(N);
    }
    axle_matrix_free(F);
    axle_matrix_free(G);
    axle_matrix_free(A);
    axle_matrix_free(W);
}

/* The rank's fast path works modulo one prime below 2^26 on the entries in place: a prime that
 * divides a denominator, or every entry, must not decide the rank (it only bounds it below). */
Test(qq_elim, rank_fast_path_unlucky_prime)
{
    unsigned long p = (unsigned long)ax_prev_prime(ax_dmodp_prime_bound(2));
    axle_matrix *A = NULL;
    size_t rank;
    TS_OK(axle_matrix_new(&A, AXLE_QQ, 2, 2));
    mpq_t q;
    mpq_init(q);
    mpq_set_ui(q, 1, p);
    TS_OK(axle_matrix_set_mpq(A, 0, 0, q)); /* [[1/p, 1], [1, 1]]: rank 2 */
    mpq_set_ui(q, 1, 1);
    TS_OK(axle_matrix_set_mpq(A, 0, 1, q));
    TS_OK(axle_matrix_set_mpq(A, 1, 0, q));
    TS_OK(axle_matrix_set_mpq(A, 1, 1, q));
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, 2);
    mpq_set_ui(q, p, 1); /* [[p, 0], [0, p]]: zero modulo p, rank 2 */
    TS_OK(axle_matrix_set_mpq(A, 0, 0, q));
    TS_OK(axle_matrix_set_mpq(A, 1, 1, q));
    mpq_set_ui(q, 0, 1);
    TS_OK(axle_matrix_set_mpq(A, 0, 1, q));
    TS_OK(axle_matrix_set_mpq(A, 1, 0, q));
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, 2);
    mpq_clear(q);
    axle_matrix_free(A);
}

/* Out of memory at every allocation of the rank from primes (a 24 x 24 matrix of rank 12), of the
 * CRT route (its RREF) and of the inverse (the CRT route on [A | D]): AXLE_ENOMEM with a NULL
 * result, or the right answer; nothing leaks (ASan build). */
Test(qq_elim, out_of_memory_walk)
{
    ts_rng r = ts_rng_new("qq_elim.out_of_memory_walk");
    axle_matrix *H = ts_random_rank(&r, AXLE_QQ, 24, 24, 12),
                *A = ts_random_int(&r, AXLE_QQ, 12, 12, -10, 10);
    axle_matrix *R0 = NULL, *I0 = NULL;
    TS_OK(axle_matrix_rref(&R0, NULL, NULL, H));
    TS_OK(axle_matrix_inverse(&I0, A));
    for (int c = 0; c < 3; c++) {
        bool fired = true;
        for (unsigned long k = 1; fired && k < 100000; k++) {
            axle_matrix *X = NULL;
            size_t rank = SIZE_MAX;
            ax_oom_fail_at(k, false);
            axle_status s = c == 0   ? axle_matrix_rank(&rank, H)
                            : c == 1 ? axle_matrix_rref(&X, NULL, NULL, H)
                                     : axle_matrix_inverse(&X, A);
            fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            if (s) {
                cr_assert_eq(s, AXLE_ENOMEM, "case %d, allocation %lu: %s", c, k, axle_strerror(s));
                cr_assert_null(X);
                continue;
            }
            if (c == 0)
                cr_assert_eq(rank, 12, "allocation %lu", k);
            else
                cr_assert(axle_matrix_equal(X, c == 1 ? R0 : I0), "case %d, allocation %lu", c, k);
            axle_matrix_free(X);
        }
    }
    axle_matrix_free(R0);
    axle_matrix_free(I0);
    axle_matrix_free(H);
    axle_matrix_free(A);
    TS_CHECK_NO_LEAKS();
}

/* M (m x n, m >= n): its first n rows [a 1; c a] beside I, mixed (rank and RREF unchanged:
 * row i += row i - 1), so that det = a^2 - c of the first n rows; the other rows zero. */
static void unlucky_rows(ax_zmat *M, size_t m, size_t n, long a, long c)
{
    cr_assert_eq(ax_zmat_init(M, m, n), AXLE_OK);
    for (size_t i = 0; i < n; i++)
        mpz_set_ui(AX_Z(M, i, i), 1);
    mpz_set_si(AX_Z(M, 0, 0), a);
    mpz_set_si(AX_Z(M, 0, 1), 1);
    mpz_set_si(AX_Z(M, 1, 0), c);
    mpz_set_si(AX_Z(M, 1, 1), a);
    for (size_t i = n - 1; i > 0; i--)
        for (size_t j = 0; j < n; j++)
            mpz_add(AX_Z(M, i, j), AX_Z(M, i, j), AX_Z(M, i - 1, j));
}

/* A 45 x 45 matrix of rank 45 (past the word-size route) whose pivot minor the dispatcher's
 * profile prime divides: the profile shows rank 44, so the full-rank path must not apply, and
 * the Dixon route that receives the profile must fail its certificate and try again. */
Test(qq_elim, dispatcher_profile_prime_divides_the_determinant)
{
    long a, c;
    size_t n = 45;
    block_with_det(&a, &c, ax_prev_prime(ax_dmodp_prime_bound(n)));
    ax_zmat M;
    unlucky_rows(&M, n, n, a, c);
    cr_assert_eq(check_variants(&M), n);
    ax_zmat_clear(&M);
}

/* The same for a tall matrix (review r3): 45 rows as above and 15 more that are sums of two of
 * them, so that every 45 x 45 minor is a multiple of the determinant, hence of the profile
 * prime: the profile shows rank 44 on all 60 rows, and the full-column-rank proof must not
 * apply, yet the rank is 45 and the RREF [I; 0]. */
Test(qq_elim, dispatcher_profile_prime_divides_every_maximal_minor_of_a_tall_matrix)
{
    long a, c;
    size_t n = 45, m = 60;
    block_with_det(&a, &c, ax_prev_prime(ax_dmodp_prime_bound(n)));
    ax_zmat M;
    unlucky_rows(&M, m, n, a, c);
    for (size_t i = n; i < m; i++)
        for (size_t j = 0; j < n; j++)
            mpz_add(AX_Z(&M, i, j), AX_Z(&M, 2 * (i - n), j), AX_Z(&M, 2 * (i - n) + 1, j));
    cr_assert_eq(check_variants(&M), n);
    ax_echelon E;
    cr_assert_eq(ax_echelon_compute(&E, &M), AXLE_OK);
    for (size_t t = 0; t < n; t++)
        cr_assert_eq(E.piv[t], t);
    cr_assert_eq(E.nfree, 0);
    ax_echelon_clear(&E);
    ax_zmat_clear(&M);
}

/* An echelon form made by hand: rank r, nfree f, denominator d, values x (row-major, r * f),
 * with the common gcd set (ax_echelon_set_gcd). */
static void hand_echelon(ax_echelon *E, size_t r, size_t f, const mpz_t d, mpz_t *x)
{
    memset(E, 0, sizeof *E);
    E->rows = r;
    E->cols = r + f;
    E->rank = r;
    E->nfree = f;
    E->piv = malloc((r ? r : 1) * sizeof *E->piv);
    E->fre = malloc((f ? f : 1) * sizeof *E->fre);
    E->x = calloc(r * f > 0 ? r * f : 1, sizeof *E->x);
    cr_assert(E->piv && E->fre && E->x);
    for (size_t t = 0; t < r; t++)
        E->piv[t] = t;
    for (size_t k = 0; k < f; k++)
        E->fre[k] = r + k;
    mpz_init_set(E->d, d);
    for (size_t e = 0; e < r * f; e++)
        mpz_init_set(E->x[e], x[e]);
    ax_echelon_set_gcd(E);
    /* the common gcd g is set and positive (a divisor of |d|, or |d| itself) */
    cr_assert(E->has_g && mpz_sgn(E->g) > 0 && mpz_divisible_p(d, E->g));
}

/* ax_echelon_get with the common gcd against mpq_canonicalize of x / d, entry by entry; and
 * again with d times 3^41 (more than a word, sharing the factor 3 with some entries). */
static void check_get_once(size_t r, size_t f, const mpz_t d, mpz_t *x, const char *what);
static void check_get(size_t r, size_t f, const mpz_t d, mpz_t *x, const char *what)
{
    check_get_once(r, f, d, x, what);
    mpz_t d3;
    mpz_init(d3);
    mpz_ui_pow_ui(d3, 3, 41);
    mpz_mul(d3, d3, d);
    check_get_once(r, f, d3, x, what);
    mpz_clear(d3);
}

static void check_get_once(size_t r, size_t f, const mpz_t d, mpz_t *x, const char *what)
{
    ax_echelon E;
    hand_echelon(&E, r, f, d, x);
    mpq_t got, want;
    mpq_inits(got, want, NULL);
    for (size_t t = 0; t < r; t++)
        for (size_t k = 0; k < f; k++) {
            mpz_set(mpq_numref(want), x[t * f + k]);
            mpz_set(mpq_denref(want), d);
            mpq_canonicalize(want);
            mpq_set_si(got, 77, 3); /* overwritten whole */
            ax_echelon_get(got, &E, t, k);
            cr_assert(mpq_equal(got, want), "%s: entry (%zu, %zu)", what, t, k);
            cr_assert(mpz_sgn(mpq_denref(got)) > 0, "%s", what);
        }
    mpq_clears(got, want, NULL);
    ax_echelon_clear(&E);
}

/* The batch gcd (one gcd for all entries: g = gcd(prod x mod d, d), then gcd(x, g) per entry)
 * against mpq_canonicalize: random values (g = 1 mostly), d with square factors and entries
 * sharing some of them, zeros, negative d, d = +-1, a prime power whose product of entries
 * vanishes modulo d (g = |d|), multi-limb d with a large shared factor, and the echelon forms
 * of the CRT route (an inverse's [A | I]) and of a half-rank matrix. */
Test(qq_elim, canonical_values_by_one_gcd)
{
    ts_rng r = ts_rng_new("qq_elim.canonical_values_by_one_gcd");
    size_t R = 6, F = 7, N = R * F;
    mpz_t d, big, x[42];
    mpz_inits(d, big, NULL);
    for (size_t e = 0; e < N; e++)
        mpz_init(x[e]);
    /* random values, both signs of d */
    for (int v = 0; v < 4; v++) {
        mpz_set_si(d, ts_range(&r, 2, 1000000));
        mpz_mul_si(d, d, ts_range(&r, 1, 1000000) * (v % 2 ? -1 : 1));
        for (size_t e = 0; e < N; e++)
            mpz_set_si(x[e], ts_range(&r, -1000000000L, 1000000000L));
        check_get(R, F, d, x, "random");
    }
    /* d = -(2^3 3^2 7^2 101): entries multiples of some of its factors, zeros, +-d itself */
    const long fac[] = {1, 2, 3, 7, 9, 49, 8, 101, 4 * 49, 0};
    mpz_set_si(d, -8L * 9 * 49 * 101);
    for (int v = 0; v < 4; v++) {
        for (size_t e = 0; e < N; e++)
            mpz_set_si(x[e], fac[ts_range(&r, 0, 9)] * ts_range(&r, -50, 50));
        mpz_set(x[3], d);
        mpz_neg(x[5], d);
        check_get(R, F, d, x, "square factors");
        mpz_neg(d, d);
    }
    /* all zero; d = -1 and 1 */
    for (size_t e = 0; e < N; e++)
        mpz_set_ui(x[e], 0);
    check_get(R, F, d, x, "zeros");
    for (size_t e = 0; e < N; e++)
        mpz_set_si(x[e], ts_range(&r, -99, 99));
    mpz_set_si(d, -1);
    check_get(R, F, d, x, "d = -1");
    mpz_set_si(d, 1);
    check_get(R, F, d, x, "d = 1");
    /* d = 3^40: the product of the entries (multiples of 3^k) is 0 modulo d */
    mpz_ui_pow_ui(d, 3, 40);
    for (size_t e = 0; e < N; e++) {
        mpz_ui_pow_ui(x[e], 3, (unsigned long)ts_range(&r, 0, 45));
        mpz_mul_si(x[e], x[e], ts_range(&r, -20, 20));
    }
    check_get(R, F, d, x, "prime power");
    /* multi-limb d = q1 q2 (q1 ~ 10^40) and entries multiples of q1 or of neither */
    mpz_ui_pow_ui(big, 10, 40);
    mpz_nextprime(big, big);
    mpz_ui_pow_ui(d, 7, 60);
    mpz_nextprime(d, d);
    mpz_mul(d, d, big);
    mpz_neg(d, d);
    for (size_t e = 0; e < N; e++) {
        mpz_set_si(x[e], ts_range(&r, -1000000, 1000000));
        mpz_mul_2exp(x[e], x[e], 100);
        if (e % 3 == 0)
            mpz_mul(x[e], x[e], big);
    }
    check_get(R, F, d, x, "multi-limb");
    /* a single free column, a single row */
    check_get(N, 1, d, x, "one column");
    check_get(1, N, d, x, "one row");
    for (size_t e = 0; e < N; e++)
        mpz_clear(x[e]);
    mpz_clears(d, big, NULL);

    /* through the routes: the inverse's [A | I] (CRT route) and a half-rank 40 x 40 matrix */
    axle_matrix *A = qh_random_invertible(&r, 40), *Ai = NULL, *P = NULL;
    TS_OK(axle_matrix_inverse(&Ai, A));
    P = qh_naive_mul(A, Ai);
    for (size_t i = 0; i < 40; i++)
        for (size_t j = 0; j < 40; j++)
            cr_assert(qh_entry_is(P, i, j, i == j, 1));
    ax_zmat M;
    zmat_product(&M, &r, 40, 40, 20);
    ax_echelon E, D;
    cr_assert_eq(ax_echelon_compute(&E, &M), AXLE_OK);
    cr_assert_eq(ax_echelon_fraction_free(&D, &M), AXLE_OK);
    cr_assert(!D.has_g);
    assert_same(&E, &D, "half rank");
    mpq_t a, b;
    mpq_inits(a, b, NULL);
    for (size_t t = 0; t < E.rank; t++)
        for (size_t k = 0; k < E.nfree; k++) {
            ax_echelon_get(a, &E, t, k);
            ax_echelon_get(b, &D, t, k);
            cr_assert(mpq_equal(a, b), "half rank (%zu, %zu)", t, k);
        }
    mpq_clears(a, b, NULL);
    ax_echelon_clear(&E);
    ax_echelon_clear(&D);
    ax_zmat_clear(&M);
    axle_matrix_free(A);
    axle_matrix_free(Ai);
    axle_matrix_free(P);
}
