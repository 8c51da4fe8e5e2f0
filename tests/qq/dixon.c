/* Dixon p-adic lifting for square QQ systems (src/qq/dixon.c): random nonsingular integer,
 * fraction and huge-entry systems checked by substitution and against inverse(A) B; primes that
 * divide det A (white-box, through qq.h); singular, inconsistent and 1x1 systems, which must
 * keep the RREF path's answers. Products use the naive reference (helpers.c), not the library. */
#include <criterion/criterion.h>

#include "helpers.h"
#include "qq/qq.h"

/* A X == B exactly, X (and N when asked) of the right shapes for a nonsingular A, and X equal
 * to inverse(A) B. */
static void assert_unique_solution(const axle_matrix *A, const axle_matrix *B, const axle_matrix *X,
                                   const axle_matrix *N)
{
    size_t n = axle_matrix_rows(A);
    cr_assert_eq(axle_matrix_rows(X), n);
    cr_assert_eq(axle_matrix_cols(X), axle_matrix_cols(B));
    axle_matrix *AX = qh_naive_mul(A, X);
    cr_assert(axle_matrix_equal(AX, B), "A X != B (n = %zu)", n);
    axle_matrix_free(AX);
    if (N) {
        cr_assert_eq(axle_matrix_rows(N), n);
        cr_assert_eq(axle_matrix_cols(N), 0);
    }
    axle_matrix *Ai = NULL;
    TS_OK(axle_matrix_inverse(&Ai, A));
    axle_matrix *Y = qh_naive_mul(Ai, B);
    cr_assert(axle_matrix_equal(X, Y), "X != inverse(A) B (n = %zu)", n);
    axle_matrix_free(Ai);
    axle_matrix_free(Y);
}

static void solve_and_check(const axle_matrix *A, const axle_matrix *B)
{
    axle_matrix *X = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    assert_unique_solution(A, B, X, N);
    axle_matrix_free(X);
    axle_matrix_free(N);
    /* The null output is optional. */
    TS_OK(axle_matrix_solve(&X, NULL, A, B));
    cr_assert_not_null(X);
    axle_matrix_free(X);
}

Test(qq_dixon, random_integer_systems)
{
    ts_rng r = ts_rng_new("qq_dixon.random_integer_systems");
    const size_t sizes[] = {1, 2, 3, 7, 16, 33, 60};
    for (size_t t = 0; t < sizeof sizes / sizeof sizes[0]; t++) {
        size_t n = sizes[t], k = 1 + (size_t)ts_range(&r, 0, 3);
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        axle_matrix *B = ts_random_int(&r, AXLE_QQ, n, k, -100, 100);
        size_t rank;
        TS_OK(axle_matrix_rank(&rank, A));
        if (rank == n)
            solve_and_check(A, B);
        axle_matrix_free(A);
        axle_matrix_free(B);
        /* Always nonsingular. */
        A = qh_random_invertible(&r, n);
        B = ts_random_int(&r, AXLE_QQ, n, k, -1000, 1000);
        solve_and_check(A, B);
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

Test(qq_dixon, random_fraction_systems)
{
    ts_rng r = ts_rng_new("qq_dixon.random_fraction_systems");
    const size_t sizes[] = {1, 4, 12, 30, 45};
    for (size_t t = 0; t < sizeof sizes / sizeof sizes[0]; t++) {
        size_t n = sizes[t], k = 1 + (size_t)ts_range(&r, 0, 4);
        axle_matrix *A = ts_random_frac(&r, AXLE_QQ, n, n);
        axle_matrix *B = ts_random_frac(&r, AXLE_QQ, n, k);
        size_t rank;
        TS_OK(axle_matrix_rank(&rank, A));
        if (rank == n)
            solve_and_check(A, B);
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

/* Entries of 30 digits: A' does not fit the 32-bit fast path (mpz residual update). */
Test(qq_dixon, huge_entries)
{
    ts_rng r = ts_rng_new("qq_dixon.huge_entries");
    const size_t sizes[] = {1, 2, 5, 12, 20};
    for (size_t t = 0; t < sizeof sizes / sizeof sizes[0]; t++) {
        size_t n = sizes[t];
        axle_matrix *A = qh_random_huge(&r, n, n, 30), *B = qh_random_huge(&r, n, 2, 30);
        size_t rank;
        TS_OK(axle_matrix_rank(&rank, A));
        if (rank == n)
            solve_and_check(A, B);
        /* Huge right-hand side only, small A. */
        axle_matrix *S = qh_random_invertible(&r, n);
        solve_and_check(S, B);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(S);
    }
}

/* An n x n integer matrix L diag(d_1, ..., d_c, 1, ..., 1) U with L unit lower and U unit upper
 * triangular (small random entries): det = d_1 ... d_c. */
static axle_matrix *with_det(ts_rng *r, size_t n, const uint64_t *d, size_t c)
{
    axle_matrix *L = ts_identity(AXLE_QQ, n), *U = ts_identity(AXLE_QQ, n),
                *D = ts_identity(AXLE_QQ, n);
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < i; j++) {
            TS_OK(axle_matrix_set_frac(L, i, j, ts_range(r, -3, 3), 1));
            TS_OK(axle_matrix_set_frac(U, j, i, ts_range(r, -3, 3), 1));
        }
    for (size_t i = 0; i < c; i++) {
        mpq_set_ui(q, d[i], 1);
        TS_OK(axle_matrix_set_mpq(D, i, i, q));
    }
    mpq_clear(q);
    axle_matrix *LD = qh_naive_mul(L, D), *A = qh_naive_mul(LD, U);
    axle_matrix_free(L);
    axle_matrix_free(U);
    axle_matrix_free(D);
    axle_matrix_free(LD);
    return A;
}

static void assert_det_is(const axle_matrix *A, const uint64_t *d, size_t c)
{
    axle_scalar *s = NULL;
    TS_OK(axle_matrix_det(&s, A));
    mpq_t got, want;
    mpq_inits(got, want, NULL);
    axle_scalar_get_mpq(got, s);
    mpq_set_ui(want, 1, 1);
    for (size_t i = 0; i < c; i++) {
        mpz_mul_ui(mpq_numref(want), mpq_numref(want), d[i]);
    }
    cr_assert(mpq_equal(got, want), "the constructed determinant is wrong");
    mpq_clears(got, want, NULL);
    axle_scalar_free(s);
}

/* White-box: A' singular modulo the chosen prime makes Dixon decline (no output, no error);
 * another prime solves it. */
Test(qq_dixon, chosen_prime_divides_det)
{
    ts_rng r = ts_rng_new("qq_dixon.chosen_prime_divides_det");
    ax_primes ps;
    ax_dixon_primes_init(&ps);
    uint64_t p1 = ax_primes_next(&ps), p2 = ax_primes_next(&ps);
    size_t n = 9;
    axle_matrix *A = with_det(&r, n, &p1, 1);
    assert_det_is(A, &p1, 1);
    axle_matrix *B = ts_random_int(&r, AXLE_QQ, n, 2, -50, 50);
    axle_matrix *X = NULL;
    bool done = true;
    TS_OK(ax_qq_dixon(&X, &done, A, B, p1));
    cr_assert(!done);
    cr_assert_null(X);
    TS_OK(ax_qq_dixon(&X, &done, A, B, p2));
    cr_assert(done);
    assert_unique_solution(A, B, X, NULL);
    axle_matrix_free(X);
    /* The default tries the stream: p1 first, then p2. */
    TS_OK(ax_qq_dixon(&X, &done, A, B, 0));
    cr_assert(done);
    assert_unique_solution(A, B, X, NULL);
    axle_matrix_free(X);
    solve_and_check(A, B);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* det A divisible by every prime Dixon tries: it declines, and the public solve still answers
 * through the RREF path. */
Test(qq_dixon, all_tried_primes_divide_det)
{
    ts_rng r = ts_rng_new("qq_dixon.all_tried_primes_divide_det");
    ax_primes ps;
    ax_dixon_primes_init(&ps);
    uint64_t d[3];
    for (size_t i = 0; i < 3; i++)
        d[i] = ax_primes_next(&ps);
    size_t n = 6;
    axle_matrix *A = with_det(&r, n, d, 3);
    assert_det_is(A, d, 3);
    axle_matrix *B = ts_random_int(&r, AXLE_QQ, n, 3, -50, 50);
    axle_matrix *X = NULL;
    bool done = true;
    TS_OK(ax_qq_dixon(&X, &done, A, B, 0));
    cr_assert(!done);
    cr_assert_null(X);
    solve_and_check(A, B);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* Singular A: Dixon declines (every prime), the RREF path gives the particular solution with the
 * free variables 0 and the null basis; an inconsistent right-hand side gives ENOSOLUTION. */
Test(qq_dixon, singular_systems)
{
    ts_rng r = ts_rng_new("qq_dixon.singular_systems");
    const size_t sizes[] = {2, 5, 13, 30};
    for (size_t t = 0; t < sizeof sizes / sizeof sizes[0]; t++) {
        size_t n = sizes[t], rank = n - 1 - (size_t)ts_range(&r, 0, (long)(n - 2) / 2);
        axle_matrix *A = ts_random_rank(&r, AXLE_QQ, n, n, rank);
        axle_matrix *Y = ts_random_int(&r, AXLE_QQ, n, 2, -9, 9), *B = qh_naive_mul(A, Y);
        axle_matrix *X = NULL, *N = NULL;
        bool done = true;
        TS_OK(ax_qq_dixon(&X, &done, A, B, 0));
        cr_assert(!done);
        cr_assert_null(X);
        TS_OK(axle_matrix_solve(&X, &N, A, B));
        axle_matrix *AX = qh_naive_mul(A, X), *AN = qh_naive_mul(A, N),
                    *Z = ts_zero(AXLE_QQ, n, n - rank);
        cr_assert(axle_matrix_equal(AX, B));
        cr_assert_eq(axle_matrix_cols(N), n - rank);
        cr_assert(axle_matrix_equal(AN, Z));
        size_t nr;
        TS_OK(axle_matrix_rank(&nr, N));
        cr_assert_eq(nr, n - rank);
        axle_matrix_free(AX);
        axle_matrix_free(AN);
        axle_matrix_free(Z);
        axle_matrix_free(X);
        axle_matrix_free(N);
        axle_matrix_free(B);
        axle_matrix_free(Y);

        /* A right-hand side outside the column space (rank < n: a random one almost surely is;
         * make sure by checking the rank of [A | b]). */
        B = ts_random_int(&r, AXLE_QQ, n, 1, -1000, 1000);
        axle_matrix *At = NULL, *Bt = NULL, *Aug = NULL, *AugT = NULL;
        TS_OK(axle_matrix_transpose(&At, A));
        TS_OK(axle_matrix_transpose(&Bt, B));
        /* [A | b]^T is A^T with the row b^T appended. */
        TS_OK(axle_matrix_new(&AugT, AXLE_QQ, n + 1, n));
        mpq_t q;
        mpq_init(q);
        for (size_t i = 0; i <= n; i++)
            for (size_t j = 0; j < n; j++) {
                TS_OK(axle_matrix_get_mpq(q, i < n ? At : Bt, i < n ? i : 0, j));
                TS_OK(axle_matrix_set_mpq(AugT, i, j, q));
            }
        mpq_clear(q);
        TS_OK(axle_matrix_rank(&nr, AugT));
        if (nr > rank) {
            X = N = NULL;
            cr_assert_eq(axle_matrix_solve(&X, &N, A, B), AXLE_ENOSOLUTION);
            cr_assert_null(X);
            cr_assert_null(N);
        }
        axle_matrix_free(At);
        axle_matrix_free(Bt);
        axle_matrix_free(Aug);
        axle_matrix_free(AugT);
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

Test(qq_dixon, one_by_one)
{
    axle_matrix *A = NULL, *B = NULL, *X = NULL, *N = NULL;
    TS_OK(axle_matrix_new(&A, AXLE_QQ, 1, 1));
    TS_OK(axle_matrix_new(&B, AXLE_QQ, 1, 1));
    TS_OK(axle_matrix_set_frac(A, 0, 0, -3, 1));
    TS_OK(axle_matrix_set_frac(B, 0, 0, 7, 2));
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    cr_assert(qh_entry_is(X, 0, 0, -7, 6));
    cr_assert_eq(axle_matrix_rows(N), 1);
    cr_assert_eq(axle_matrix_cols(N), 0);
    axle_matrix_free(X);
    axle_matrix_free(N);

    /* 0 x = 7/2: inconsistent. */
    TS_OK(axle_matrix_set_frac(A, 0, 0, 0, 1));
    X = N = NULL;
    cr_assert_eq(axle_matrix_solve(&X, &N, A, B), AXLE_ENOSOLUTION);
    cr_assert_null(X);
    cr_assert_null(N);

    /* 0 x = 0: x = 0 with the null basis (1). */
    TS_OK(axle_matrix_set_frac(B, 0, 0, 0, 1));
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    cr_assert(qh_entry_is(X, 0, 0, 0, 1));
    cr_assert_eq(axle_matrix_cols(N), 1);
    cr_assert(qh_entry_is(N, 0, 0, 1, 1));
    axle_matrix_free(X);
    axle_matrix_free(N);

    /* A huge 1x1: (10^30 + 1) x = 2^70 / 3. */
    mpq_t q;
    mpq_init(q);
    mpz_ui_pow_ui(mpq_numref(q), 10, 30);
    mpz_add_ui(mpq_numref(q), mpq_numref(q), 1);
    TS_OK(axle_matrix_set_mpq(A, 0, 0, q));
    mpz_set_ui(mpq_numref(q), 1);
    mpz_mul_2exp(mpq_numref(q), mpq_numref(q), 70);
    mpz_set_ui(mpq_denref(q), 3);
    mpq_canonicalize(q);
    TS_OK(axle_matrix_set_mpq(B, 0, 0, q));
    solve_and_check(A, B);
    mpq_clear(q);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* Not square: Dixon declines without touching anything. */
Test(qq_dixon, rectangular_declined)
{
    ts_rng r = ts_rng_new("qq_dixon.rectangular_declined");
    axle_matrix *A = ts_random_int(&r, AXLE_QQ, 3, 4, -5, 5),
                *B = ts_random_int(&r, AXLE_QQ, 3, 1, -5, 5);
    axle_matrix *X = NULL;
    bool done = true;
    TS_OK(ax_qq_dixon(&X, &done, A, B, 0));
    cr_assert(!done);
    cr_assert_null(X);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* Many right-hand sides at once: B = I gives the inverse. */
Test(qq_dixon, identity_rhs_gives_inverse)
{
    ts_rng r = ts_rng_new("qq_dixon.identity_rhs_gives_inverse");
    size_t n = 20;
    axle_matrix *A = ts_random_frac(&r, AXLE_QQ, n, n), *I = ts_identity(AXLE_QQ, n);
    size_t rank;
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, n, "random 20x20 fraction matrix singular (seed printed above)");
    solve_and_check(A, I);
    axle_matrix_free(A);
    axle_matrix_free(I);
}

/* The shared rational reconstruction (crt.c, used by the lifting here and by the determinant's
 * divisor): -22/7 from its residue modulo a 40-bit m within N = 30, D = 10; none within D = 6;
 * a fraction that is not in lowest terms is never returned (8/6 is found as 4/3). */
Test(qq_dixon, rational_reconstruction)
{
    mpz_t num, den, u, m, N, D, t[6];
    mpz_inits(num, den, u, m, N, D, t[0], t[1], t[2], t[3], t[4], t[5], NULL);
    mpz_set_ui(m, 1099511627791); /* prime to 6 and 7 */
    mpz_set_ui(N, 30);
    mpz_set_ui(D, 10);
    mpz_set_ui(u, 7);
    cr_assert(mpz_invert(u, u, m));
    mpz_mul_si(u, u, -22);
    mpz_mod(u, u, m);
    cr_assert(ax_ratrecon(num, den, u, m, N, D, t));
    cr_assert(mpz_cmp_si(num, -22) == 0 && mpz_cmp_ui(den, 7) == 0);
    mpz_set_ui(D, 6);
    cr_assert(!ax_ratrecon(num, den, u, m, N, D, t));
    mpz_set_ui(D, 10);
    mpz_set_ui(u, 6);
    cr_assert(mpz_invert(u, u, m));
    mpz_mul_ui(u, u, 8);
    mpz_mod(u, u, m);
    cr_assert(ax_ratrecon(num, den, u, m, N, D, t));
    cr_assert(mpz_cmp_ui(num, 4) == 0 && mpz_cmp_ui(den, 3) == 0);
    mpz_clears(num, den, u, m, N, D, t[0], t[1], t[2], t[3], t[4], t[5], NULL);
}

/* Entry (i, j) (1-based) of the inverse of the n x n Hilbert matrix, by its closed form
 * (-1)^(i+j) (i + j - 1) C(n + i - 1, n - j) C(n + j - 1, n - i) C(i + j - 2, i - 1)^2: an answer
 * that owes nothing to the library. */
static void hilbert_inverse_entry(mpq_t e, unsigned long n, unsigned long i, unsigned long j)
{
    mpz_t a, b;
    mpz_inits(a, b, NULL);
    mpz_bin_uiui(a, n + i - 1, n - j);
    mpz_bin_uiui(b, n + j - 1, n - i);
    mpz_mul(a, a, b);
    mpz_bin_uiui(b, i + j - 2, i - 1);
    mpz_mul(a, a, b);
    mpz_mul(a, a, b);
    mpz_mul_ui(a, a, i + j - 1);
    if ((i + j) & 1)
        mpz_neg(a, a);
    mpq_set_z(e, a);
    mpz_clears(a, b, NULL);
}

/* Hilbert matrices: rows cleared to entries of up to ~140 bits, answers far below the Hadamard
 * bounds (the lifting stops early once a reconstruction passes the exact check). The inverse
 * equals the closed form, and solutions check out by substitution. */
Test(qq_dixon, hilbert_inverse_and_solve_are_exact)
{
    static const size_t sizes[] = {1, 2, 7, 24, 40};
    mpq_t want, got;
    mpq_inits(want, got, NULL);
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        size_t n = sizes[t];
        axle_matrix *H = ts_hilbert(AXLE_QQ, n), *Hi = NULL;
        TS_OK(axle_matrix_inverse(&Hi, H));
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++) {
                hilbert_inverse_entry(want, n, i + 1, j + 1);
                TS_OK(axle_matrix_get_mpq(got, Hi, i, j));
                cr_assert(mpq_equal(want, got), "n = %zu, entry (%zu, %zu)", n, i, j);
            }
        long b[40];
        for (size_t i = 0; i < n; i++)
            b[i] = (long)(i % 5) - 2;
        axle_matrix *B = ts_ints(AXLE_QQ, n, 1, b);
        solve_and_check(H, B);
        axle_matrix_free(B);
        axle_matrix_free(H);
        axle_matrix_free(Hi);
    }
    mpq_clears(want, got, NULL);
}

/* Answers of every size against the bound: A = L U with unimodular triangular factors (small
 * integer answers: an early exit), the same with one row scaled by a large prime (a
 * denominator), and random systems whose answers are near the proven bound (no early exit).
 * Each solved through the big-entry lifting (entries above 2^32 force it) and checked. */
Test(qq_dixon, early_and_late_termination)
{
    ts_rng r = ts_rng_new("qq_dixon.early_and_late_termination");
    for (int rep = 0; rep < 6; rep++) {
        size_t n = 3 + (size_t)ts_range(&r, 0, 20);
        axle_matrix *L = ts_zero(AXLE_QQ, n, n), *U = ts_zero(AXLE_QQ, n, n);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++) {
                if (i == j) {
                    TS_OK(axle_matrix_set_frac(L, i, j, 1, 1));
                    TS_OK(axle_matrix_set_frac(U, i, j, 1, 1));
                } else if (i > j) {
                    TS_OK(axle_matrix_set_frac(L, i, j, ts_range(&r, -1, 1), 1));
                } else {
                    TS_OK(axle_matrix_set_frac(U, i, j, ts_range(&r, -1, 1), 1));
                }
            }
        axle_matrix *A = ts_mul(L, U);
        /* entries above 2^32: scale row 0 by 2^40 + 15 (det grows, the answer gains a factor) */
        for (size_t j = 0; j < n; j++) {
            mpq_t e;
            mpq_init(e);
            TS_OK(axle_matrix_get_mpq(e, A, 0, j));
            mpz_mul_ui(mpq_numref(e), mpq_numref(e), (UINT64_C(1) << 40) + 15);
            TS_OK(axle_matrix_set_mpq(A, 0, j, e));
            mpq_clear(e);
        }
        axle_matrix *B = ts_random_int(&r, AXLE_QQ, n, 2, -9, 9);
        solve_and_check(A, B);
        axle_matrix *R = ts_random_int(&r, AXLE_QQ, n, n, -(1L << 40), 1L << 40);
        solve_and_check(R, B);
        axle_matrix *all[] = {L, U, A, B, R};
        for (size_t k = 0; k < sizeof all / sizeof *all; k++)
            axle_matrix_free(all[k]);
    }
}

/* A random n x n integer matrix with entries in [-lim, lim] (lim up to 2^62) and rank n. */
static axle_matrix *random_nonsingular(ts_rng *r, size_t n, int64_t lim)
{
    for (;;) {
        axle_matrix *A = ts_zero(AXLE_QQ, n, n);
        mpq_t e;
        mpq_init(e);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++) {
                uint64_t u = ts_next(r) % ((uint64_t)lim * 2 + 1);
                mpz_set_ui(mpq_numref(e), u);
                mpz_sub_ui(mpq_numref(e), mpq_numref(e), (uint64_t)lim);
                mpz_set_ui(mpq_denref(e), 1);
                TS_OK(axle_matrix_set_mpq(A, i, j, e));
            }
        mpq_clear(e);
        size_t rank;
        TS_OK(axle_matrix_rank(&rank, A));
        if (rank == n)
            return A;
        axle_matrix_free(A);
    }
}

/* Known answers far below the proven bound, so the lifting stops early on every route: the BLAS
 * lifting (entries in [-10, 10]), the 32-bit scalar one (2^20), the mpz one (2^40), through
 * ax_qq_dixon (default and forced prime) and the echelon form's lifting (the RREF of [A | A X] is
 * [I | X]). X: small integers, fractions of small denominators, fractions over one 100-bit prime
 * (the running denominator), zero columns; each answer must be X exactly. */
Test(qq_dixon, small_answers_exact_on_every_route)
{
    ts_rng r = ts_rng_new("qq_dixon.small_answers_exact_on_every_route");
    static const struct {
        size_t n;
        int64_t lim;
    } cases[] = {{30, 10},
                 {61, 10},
                 {24, 1 << 20},
                 {40, 1 << 20},
                 {12, INT64_C(1) << 40},
                 {25, INT64_C(1) << 40}};
    mpz_t big;
    mpz_init(big);
    mpz_ui_pow_ui(big, 2, 100);
    mpz_nextprime(big, big);
    for (size_t t = 0; t < sizeof cases / sizeof *cases; t++) {
        size_t n = cases[t].n, k = 4;
        axle_matrix *A = random_nonsingular(&r, n, cases[t].lim), *X = ts_zero(AXLE_QQ, n, k);
        mpq_t e;
        mpq_init(e);
        for (size_t i = 0; i < n; i++) {
            TS_OK(axle_matrix_set_frac(X, i, 0, ts_range(&r, -1000, 1000), 1));
            TS_OK(axle_matrix_set_frac(X, i, 1, ts_range(&r, -1000, 1000), ts_range(&r, 1, 30)));
            mpz_set_si(mpq_numref(e), ts_range(&r, -1000, 1000));
            mpz_set(mpq_denref(e), big);
            mpq_canonicalize(e);
            TS_OK(axle_matrix_set_mpq(X, i, 2, e));
        }
        mpq_clear(e);
        axle_matrix *Y = qh_naive_mul(A, X), *got = NULL;
        bool done = false;
        TS_OK(ax_qq_dixon(&got, &done, A, Y, 0));
        if (done)
            cr_assert(axle_matrix_equal(got, X), "n = %zu, lim = %lld: default", n,
                      (long long)cases[t].lim);
        axle_matrix_free(got);
        ax_primes ps;
        ax_dixon_primes_init(&ps);
        TS_OK(ax_qq_dixon(&got, &done, A, Y, ax_primes_next(&ps)));
        cr_assert(done && axle_matrix_equal(got, X), "n = %zu: forced prime", n);
        axle_matrix_free(got);
        TS_OK(axle_matrix_solve(&got, NULL, A, Y));
        cr_assert(axle_matrix_equal(got, X), "n = %zu: solve", n);
        axle_matrix_free(got);
        /* [A | Y] and its RREF [I | X] */
        axle_matrix *AY = ts_zero(AXLE_QQ, n, n + k), *R = NULL;
        mpq_init(e);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n + k; j++) {
                TS_OK(axle_matrix_get_mpq(e, j < n ? A : Y, i, j < n ? j : j - n));
                TS_OK(axle_matrix_set_mpq(AY, i, j, e));
            }
        size_t rank;
        TS_OK(axle_matrix_rref(&R, NULL, &rank, AY));
        cr_assert_eq(rank, n);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n + k; j++) {
                mpq_t w;
                mpq_init(w);
                TS_OK(axle_matrix_get_mpq(e, R, i, j));
                if (j < n)
                    mpq_set_ui(w, i == j, 1);
                else
                    TS_OK(axle_matrix_get_mpq(w, X, i, j - n));
                cr_assert(mpq_equal(e, w), "n = %zu: rref (%zu, %zu)", n, i, j);
                mpq_clear(w);
            }
        mpq_clear(e);
        axle_matrix *all[] = {A, X, Y, AY, R};
        for (size_t c = 0; c < sizeof all / sizeof *all; c++)
            axle_matrix_free(all[c]);
    }
    mpz_clear(big);
}

/* ax_ratrecon against a brute-force search over small moduli (a prime, a prime power, a
 * composite), every residue, bounds with 2 N D < m (the answer is unique: found exactly when
 * it exists) and bounds at or past m, and N = 0 or D = 0: anything returned is in lowest terms,
 * within the bounds and congruent to u (the Euclid stops as soon as |s| passes D). */
Test(qq_dixon, rational_reconstruction_exhaustive)
{
    static const unsigned long mods[] = {101, 125, 210, 257};
    static const unsigned long bounds[][2] = {{0, 0},   {0, 5},   {5, 0},    {7, 7},
                                              {3, 16},  {16, 3},  {1, 50},   {50, 1},
                                              {10, 20}, {12, 12}, {100, 100}};
    mpz_t num, den, u, m, N, D, t[6];
    mpz_inits(num, den, u, m, N, D, t[0], t[1], t[2], t[3], t[4], t[5], NULL);
    for (size_t a = 0; a < sizeof mods / sizeof *mods; a++)
        for (size_t b = 0; b < sizeof bounds / sizeof *bounds; b++) {
            unsigned long mm = mods[a], nb = bounds[b][0], db = bounds[b][1];
            mpz_set_ui(m, mm);
            mpz_set_ui(N, nb);
            mpz_set_ui(D, db);
            bool unique = 2 * nb * db < mm;
            for (unsigned long uu = 0; uu < mm; uu++) {
                /* brute force: r / s with |r| <= N, 0 < s <= D, gcd(r, s) = 1 = gcd(s, m),
                 * r = s u (mod m) */
                long fr = 0;
                unsigned long fs = 0;
                for (unsigned long s = 1; s <= db && !fs; s++) {
                    if (mpz_gcd_ui(NULL, m, s) != 1)
                        continue;
                    long r = (long)((s * uu) % mm);
                    if (r > (long)(mm / 2))
                        r -= (long)mm;
                    mpz_set_si(u, r);
                    if ((unsigned long)labs(r) <= nb && mpz_gcd_ui(NULL, u, s) == 1) {
                        fr = r;
                        fs = s;
                    }
                }
                mpz_set_ui(u, uu);
                bool got = ax_ratrecon(num, den, u, m, N, D, t);
                if (unique) {
                    cr_assert_eq(got, fs != 0, "m = %lu, u = %lu, N = %lu, D = %lu", mm, uu, nb,
                                 db);
                    if (got)
                        cr_assert(mpz_cmp_si(num, fr) == 0 && mpz_cmp_ui(den, fs) == 0,
                                  "m = %lu, u = %lu: %ld/%lu", mm, uu, fr, fs);
                }
                if (got) {
                    cr_assert(mpz_cmpabs(num, N) <= 0 && mpz_sgn(den) > 0 && mpz_cmp(den, D) <= 0);
                    mpz_gcd(t[0], num, den);
                    cr_assert(mpz_cmp_ui(t[0], 1) == 0);
                    mpz_mul_ui(t[0], den, uu);
                    mpz_sub(t[0], t[0], num);
                    cr_assert(mpz_divisible_p(t[0], m), "m = %lu, u = %lu", mm, uu);
                }
            }
        }
    mpz_clears(num, den, u, m, N, D, t[0], t[1], t[2], t[3], t[4], t[5], NULL);
}
