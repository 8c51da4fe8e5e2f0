/* QQ determinants: against a naive mpq elimination, multiplicativity and exact values with huge
 * entries. The properties shared with RR are in tests/kernels. */
#include <criterion/criterion.h>

#include "helpers.h"
#include "qq/lu_modp.h"
#include "qq/qq.h"

static void det_of(mpq_t out, const axle_matrix *A)
{
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, A));
    cr_assert_eq(axle_scalar_field(d), AXLE_QQ);
    axle_scalar_get_mpq(out, d);
    axle_scalar_free(d);
}

static void assert_det_matches_naive(const axle_matrix *A)
{
    mpq_t got, want;
    mpq_inits(got, want, NULL);
    det_of(got, A);
    qh_naive_det(want, A);
    cr_assert(mpq_equal(got, want), "det %s != naive %s (n = %zu)", mpq_get_str(NULL, 10, got),
              mpq_get_str(NULL, 10, want), axle_matrix_rows(A));
    mpq_clears(got, want, NULL);
}

Test(qq_det, against_naive_random)
{
    ts_rng r = ts_rng_new("qq_det.against_naive_random");
    for (size_t n = 1; n <= 6; n++)
        for (int rep = 0; rep < 8; rep++) {
            axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -9, 9);
            axle_matrix *F = ts_random_frac(&r, AXLE_QQ, n, n);
            axle_matrix *H = qh_random_huge(&r, n, n, 50);
            axle_matrix *S = ts_random_rank(&r, AXLE_QQ, n, n, n > 1 ? n - 1 : 0);
            assert_det_matches_naive(A);
            assert_det_matches_naive(F);
            assert_det_matches_naive(H);
            assert_det_matches_naive(S);
            axle_matrix_free(A);
            axle_matrix_free(F);
            axle_matrix_free(H);
            axle_matrix_free(S);
        }
}

/* det(AB) = det A det B with a factor of 50-digit entries (the other kinds, in both fields, are
 * in tests/kernels). */
Test(qq_det, multiplicative_with_huge_entries)
{
    ts_rng r = ts_rng_new("qq_det.multiplicative");
    size_t sizes[] = {1, 2, 5, 13};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        axle_matrix *A = ts_random_frac(&r, AXLE_QQ, n, n);
        axle_matrix *B = qh_random_huge(&r, n, n, 50);
        axle_matrix *AB = ts_mul(A, B);
        mpq_t da, db, dab;
        mpq_inits(da, db, dab, NULL);
        det_of(da, A);
        det_of(db, B);
        det_of(dab, AB);
        mpq_mul(da, da, db);
        cr_assert(mpq_equal(da, dab), "det(AB) != det A det B for n = %zu", n);
        mpq_clears(da, db, dab, NULL);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(AB);
    }
}

/* A 1x1 matrix with a 10^60-sized fraction, and a zero row. */
Test(qq_det, edge_values)
{
    mpq_t q, d;
    mpq_inits(q, d, NULL);
    mpz_ui_pow_ui(mpq_numref(q), 10, 60);
    mpz_set_ui(mpq_denref(q), 3);
    mpq_canonicalize(q);
    axle_matrix *A = ts_zero(AXLE_QQ, 1, 1);
    TS_OK(axle_matrix_set_mpq(A, 0, 0, q));
    det_of(d, A);
    cr_assert(mpq_equal(d, q));
    axle_matrix *Z = ts_identity(AXLE_QQ, 4);
    TS_OK(axle_matrix_set_frac(Z, 2, 2, 0, 1));
    det_of(d, Z);
    cr_assert(mpq_sgn(d) == 0);
    axle_matrix_free(A);
    axle_matrix_free(Z);
    mpq_clears(q, d, NULL);
}

/* ---- the variants against each other (white-box) ------------------------------------------- */

/* Every applicable variant on the integer matrix M agrees; returns det M in out. divisor_expected:
 * the divisor route must apply (nonsingular modulo its first primes, small entries). */
static void variants_agree(mpz_t out, const ax_zmat *M, bool divisor_expected, const char *what)
{
    mpz_t a, b, c;
    mpz_inits(a, b, c, NULL);
    TS_OK(ax_zmat_det_modular(a, M));
    bool done = false;
    TS_OK(ax_zmat_det_divisor(b, &done, M));
    if (divisor_expected)
        cr_assert(done, "%s (n = %zu): the divisor route declined", what, M->rows);
    if (done)
        cr_assert(mpz_cmp(a, b) == 0, "%s (n = %zu): divisor %s != modular %s", what, M->rows,
                  mpz_get_str(NULL, 10, b), mpz_get_str(NULL, 10, a));
    if (M->rows <= 40) {
        TS_OK(ax_zmat_det_bareiss(c, M));
        cr_assert(mpz_cmp(a, c) == 0, "%s (n = %zu): Bareiss %s != modular %s", what, M->rows,
                  mpz_get_str(NULL, 10, c), mpz_get_str(NULL, 10, a));
    }
    TS_OK(ax_zmat_det(c, M));
    cr_assert(mpz_cmp(a, c) == 0, "%s (n = %zu): dispatcher disagrees", what, M->rows);
    mpz_set(out, a);
    mpz_clears(a, b, c, NULL);
}

/* An owned copy (the tests write into it; ax_zmat_from_rows may share an input row's limbs). */
static void zmat_of(ax_zmat *M, const axle_matrix *A)
{
    ax_zmat T;
    TS_OK(ax_zmat_from_rows(&T, NULL, A, NULL, false));
    TS_OK(ax_zmat_init(M, T.rows, T.cols));
    for (size_t k = 0; k < T.rows * T.cols; k++)
        mpz_set(M->z[k], T.z[k]);
    ax_zmat_clear(&T);
}

/* det M with M[0][0] replaced by x. */
static void det_with_corner(mpz_t out, ax_zmat *M, long x)
{
    mpz_t keep;
    mpz_init_set(keep, AX_Z(M, 0, 0));
    mpz_set_si(AX_Z(M, 0, 0), x);
    TS_OK(ax_zmat_det_modular(out, M));
    mpz_swap(AX_Z(M, 0, 0), keep);
    mpz_clear(keep);
}

Test(qq_det, variants_random_and_singular)
{
    ts_rng r = ts_rng_new("qq_det.variants_random_and_singular");
    const size_t sizes[] = {1, 2, 3, 7, 16, 17, 33, 50, 64, 97};
    mpz_t d;
    mpz_init(d);
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        ax_zmat M;
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        zmat_of(&M, A);
        TS_OK(ax_zmat_det_modular(d, &M));
        variants_agree(d, &M, mpz_sgn(d) != 0, "random");
        /* the public entry, which takes integer QQ matrices from n = 24 straight to the divisor */
        mpq_t q;
        mpq_init(q);
        det_of(q, A);
        cr_assert(mpz_cmp(mpq_numref(q), d) == 0 && mpz_cmp_ui(mpq_denref(q), 1) == 0,
                  "n = %zu: axle_matrix_det disagrees", n);
        mpq_clear(q);
        ax_zmat_clear(&M);
        axle_matrix_free(A);
        A = qh_random_invertible(&r, n);
        zmat_of(&M, A);
        variants_agree(d, &M, true, "invertible");
        ax_zmat_clear(&M);
        axle_matrix_free(A);
        /* entries near the divisor route's limit (2^19) */
        A = ts_random_int(&r, AXLE_QQ, n, n, -(1L << 19), 1L << 19);
        zmat_of(&M, A);
        TS_OK(ax_zmat_det_modular(d, &M));
        variants_agree(d, &M, mpz_sgn(d) != 0, "19-bit entries");
        ax_zmat_clear(&M);
        axle_matrix_free(A);
        if (n > 1) {
            A = ts_random_rank(&r, AXLE_QQ, n, n, n - 1);
            zmat_of(&M, A);
            variants_agree(d, &M, false, "rank n - 1");
            cr_assert(mpz_sgn(d) == 0);
            ax_zmat_clear(&M);
            axle_matrix_free(A);
        }
    }
    mpz_clear(d);
}

/* The divisor route on matrices whose determinant is divisible by the primes it uses, with small
 * entries (one corner entry x chosen so that det = c x + r vanishes modulo the prime): the first
 * prime (its LU is singular: the next is tried), the second and third (a prime of the CRT stage:
 * a zero residue of det / d, or a prime dividing d, skipped). And a first row multiplied by the
 * first three primes: the divisor route declines, the Hadamard route decides. */
Test(qq_det, unlucky_primes)
{
    ts_rng r = ts_rng_new("qq_det.unlucky_primes");
    const size_t sizes[] = {2, 5, 30, 70};
    mpz_t d, c, r0;
    mpz_inits(d, c, r0, NULL);
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        uint64_t p[3], b = ax_dmodp_prime_bound(n);
        for (int t = 0; t < 3; t++)
            b = p[t] = ax_prev_prime(b);
        for (int t = 0; t < 4; t++) {
            axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
            ax_zmat M;
            zmat_of(&M, A);
            if (t < 3) {
                det_with_corner(r0, &M, 0);
                det_with_corner(c, &M, 1);
                mpz_sub(c, c, r0);
                uint64_t cm = mpz_fdiv_ui(c, p[t]), rm = mpz_fdiv_ui(r0, p[t]);
                if (cm == 0) { /* the cofactor vanishes modulo p: try another matrix */
                    ax_zmat_clear(&M);
                    axle_matrix_free(A);
                    continue;
                }
                uint64_t x = ax_mulmod(p[t] - rm, ax_invmod(cm, p[t]), p[t]);
                long xs = x > p[t] / 2 ? (long)x - (long)p[t] : (long)x;
                mpz_set_si(AX_Z(&M, 0, 0), xs);
                TS_OK(ax_zmat_det_modular(d, &M));
                variants_agree(d, &M, mpz_sgn(d) != 0, "unlucky");
                cr_assert(mpz_divisible_ui_p(d, p[t]), "det %s is not divisible by %llu",
                          mpz_get_str(NULL, 10, d), (unsigned long long)p[t]);
            } else {
                for (size_t j = 0; j < n; j++)
                    for (int u = 0; u < 3; u++)
                        mpz_mul_ui(AX_Z(&M, 0, j), AX_Z(&M, 0, j), p[u]);
                variants_agree(d, &M, false, "row times three primes");
                for (int u = 0; u < 3; u++)
                    cr_assert(mpz_divisible_ui_p(d, p[u]));
            }
            ax_zmat_clear(&M);
            axle_matrix_free(A);
        }
    }
    mpz_clears(d, c, r0, NULL);
}
/* Huge entries (the divisor route does not apply) and Hilbert matrices (rational entries whose
 * cleared rows have large entries), against the naive elimination for the latter. */
Test(qq_det, variants_huge_and_hilbert)
{
    ts_rng r = ts_rng_new("qq_det.variants_huge_and_hilbert");
    mpz_t d;
    mpz_init(d);
    for (size_t n = 1; n <= 12; n += 3) {
        axle_matrix *A = qh_random_huge(&r, n, n, 40);
        ax_zmat M;
        zmat_of(&M, A);
        variants_agree(d, &M, false, "40-digit entries");
        ax_zmat_clear(&M);
        axle_matrix_free(A);
    }
    for (size_t n = 1; n <= 14; n++) {
        axle_matrix *Hm = ts_zero(AXLE_QQ, n, n);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                TS_OK(axle_matrix_set_frac(Hm, i, j, 1, (long)(i + j + 1)));
        ax_zmat M;
        zmat_of(&M, Hm);
        variants_agree(d, &M, n <= 8, "Hilbert");
        ax_zmat_clear(&M);
        assert_det_matches_naive(Hm);
        axle_matrix_free(Hm);
    }
    mpz_clear(d);
}

/* Out of memory at every allocation of axle_matrix_det(A) (takes A): AXLE_ENOMEM with a NULL
 * result, or the right determinant; nothing leaks (ASan build). */
static void det_oom_walk(axle_matrix *A, const char *what)
{
    mpq_t want, got;
    mpq_inits(want, got, NULL);
    det_of(want, A);
    bool fired = true;
    for (unsigned long k = 1; fired && k < 10000; k++) {
        axle_scalar *d = NULL;
        ax_oom_fail_at(k, false);
        axle_status s = axle_matrix_det(&d, A);
        fired = ax_oom_fired();
        ax_oom_fail_at(0, false);
        if (s) {
            cr_assert_eq(s, AXLE_ENOMEM, "%s, allocation %lu: %s", what, k, axle_strerror(s));
            cr_assert_null(d);
            continue;
        }
        axle_scalar_get_mpq(got, d);
        cr_assert(mpq_equal(got, want), "%s, allocation %lu: wrong determinant", what, k);
        axle_scalar_free(d);
    }
    axle_matrix_free(A);
    mpq_clears(want, got, NULL);
}

/* The walk through the three routes: 30 x 30 the divisor; 20 x 20 the small route (its CRT);
 * 40 x 40 of rank 39: the divisor declines, the modular route decides. */
Test(qq_det, out_of_memory_walk)
{
    ts_rng r = ts_rng_new("qq_det.out_of_memory_walk");
    det_oom_walk(ts_random_int(&r, AXLE_QQ, 30, 30, -10, 10), "divisor 30 x 30");
    det_oom_walk(ts_random_int(&r, AXLE_QQ, 20, 20, -10, 10), "small 20 x 20");
    det_oom_walk(ts_random_rank(&r, AXLE_QQ, 40, 40, 39), "modular 40 x 40 of rank 39");
    TS_CHECK_NO_LEAKS();
}

/* The same walk through the modular route's residues of entries beyond 2^53 (det_residues: its
 * power table and four primes' residue buffers) and through the small route's 62-bit CRT. */
Test(qq_det, out_of_memory_walk_long_entries)
{
    ts_rng r = ts_rng_new("qq_det.out_of_memory_walk_long_entries");
    det_oom_walk(qh_random_huge(&r, 24, 24, 20), "24 x 24 of 20 digits");
    det_oom_walk(ts_random_int(&r, AXLE_QQ, 12, 12, -1000000, 1000000), "small 12 x 12, CRT");
    TS_CHECK_NO_LEAKS();
}

/* ---- the small route (n <= 23, entries below 2^61) ------------------------------------------ */

/* axle_matrix_det (the small route when A qualifies) against Bareiss on the cleared rows. */
static void small_agrees(const axle_matrix *A, const char *what)
{
    ax_zmat M;
    mpq_t want, got;
    mpq_inits(want, got, NULL);
    TS_OK(ax_zmat_from_rows(&M, mpq_denref(want), A, NULL, false));
    TS_OK(ax_zmat_det_bareiss(mpq_numref(want), &M));
    mpq_canonicalize(want);
    ax_zmat_clear(&M);
    det_of(got, A);
    cr_assert(mpq_equal(got, want), "%s (n = %zu): det %s != Bareiss %s", what, axle_matrix_rows(A),
              mpq_get_str(NULL, 10, got), mpq_get_str(NULL, 10, want));
    mpq_clears(want, got, NULL);
}

/* Random, fractional, rank-deficient and Hilbert matrices, and entries from 4 to 61 bits (the
 * 128-bit Bareiss below 2^61 for H*, the 62-bit primes above, the general route past 61 bits). */
Test(qq_det, small_route_against_bareiss)
{
    ts_rng r = ts_rng_new("qq_det.small_route_against_bareiss");
    const long ranges[] = {1, 10, 1L << 12, 1L << 30, (1L << 61) - 1, (1L << 62) - 1};
    for (size_t n = 1; n <= 23; n += (n < 8 ? 1 : 3)) {
        for (size_t k = 0; k < sizeof ranges / sizeof ranges[0]; k++) {
            axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -ranges[k], ranges[k]);
            small_agrees(A, "random");
            axle_matrix_free(A);
        }
        axle_matrix *F = ts_random_frac(&r, AXLE_QQ, n, n);
        small_agrees(F, "fractions");
        axle_matrix_free(F);
        if (n > 1) {
            axle_matrix *S = ts_random_rank(&r, AXLE_QQ, n, n, n - 1);
            small_agrees(S, "rank n - 1");
            axle_matrix_free(S);
        }
        axle_matrix *Hm = ts_zero(AXLE_QQ, n, n);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                TS_OK(axle_matrix_set_frac(Hm, i, j, 1, (long)(i + j + 1)));
        small_agrees(Hm, "Hilbert");
        axle_matrix_free(Hm);
    }
}

/* The 128-bit Bareiss with even pivots (the 2-adic division shifts them out first) and minors
 * near its 2^61 limit, against the mpz Bareiss. */
Test(qq_det, small_bareiss_even_pivots)
{
    ts_rng r = ts_rng_new("qq_det.small_bareiss_even_pivots");
    for (size_t n = 1; n <= 8; n++)
        for (unsigned sh = 0; sh < 6; sh++) {
            int64_t a[64];
            ax_zmat M;
            TS_OK(ax_zmat_init(&M, n, n));
            for (size_t k = 0; k < n * n; k++) {
                a[k] = ((int64_t)(ts_next(&r) % 7) - 3) * ((int64_t)1 << sh);
                mpz_set_si(M.z[k], a[k]);
            }
            mpz_t want;
            mpz_init(want);
            TS_OK(ax_zmat_det_bareiss(want, &M));
            if (mpz_sizeinbase(want, 2) < 60)
                cr_assert(mpz_cmp_si(want, ax_det_small_bareiss(a, n)) == 0,
                          "n = %zu, shift %u: %s", n, sh, mpz_get_str(NULL, 10, want));
            mpz_clear(want);
            ax_zmat_clear(&M);
        }
    /* [[2^30, 1], [57, 2^30]] has det 2^60 - 57 with both minors near 2^60 */
    int64_t b[4] = {INT64_C(1) << 30, 1, 57, INT64_C(1) << 30};
    cr_assert_eq(ax_det_small_bareiss(b, 2), (INT64_C(1) << 60) - 57);
}

/* The table holds consecutive primes below 2^62; the kernel modulo each agrees with ax_modp_det
 * (zero pivots, a row swap, singular modulo p). */
Test(qq_det, small_primes_and_modp_kernel)
{
    uint64_t p = UINT64_C(1) << 62;
    for (size_t k = 0; k < AX_DET_SMALL_PRIMES; k++) {
        p = ax_prev_prime(p);
        cr_assert_eq(ax_det_small_primes[k], p, "table entry %zu", k);
    }
    ts_rng r = ts_rng_new("qq_det.small_primes_and_modp_kernel");
    for (size_t k = 0; k < AX_DET_SMALL_PRIMES; k += 5) {
        p = ax_det_small_primes[k];
        for (size_t n = 1; n <= 9; n++)
            for (int kind = 0; kind < 3; kind++) {
                uint64_t a[81], b[81];
                for (size_t e = 0; e < n * n; e++)
                    a[e] = kind == 1 && ts_next(&r) % 2 ? 0 : ts_next(&r) % p;
                if (kind == 1) /* a zero pivot: the first column zero in its first row */
                    a[0] = 0;
                if (kind == 2 && n > 1) /* row 1 = 3 row 0 modulo p */
                    for (size_t j = 0; j < n; j++)
                        a[n + j] = ax_mulmod(a[j], 3, p);
                memcpy(b, a, n * n * sizeof *a);
                uint64_t want = ax_modp_det(b, n, p);
                cr_assert_eq(ax_det_small_modp(a, n, p), want, "p = %llu, n = %zu, kind %d",
                             (unsigned long long)p, n, kind);
                if (kind == 2 && n > 1)
                    cr_assert_eq(want, 0);
            }
    }
}

/* A determinant equal to the first table prime (its residue is 0, the CRT still decides) and
 * one just above the 128-bit Bareiss's limit. */
Test(qq_det, small_route_unlucky_prime)
{
    const long e[9] = {1L << 31, 1, 0, 57, 1L << 31, 0, 0, 0, 1};
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_ints(&A, AXLE_QQ, 3, 3, e));
    mpq_t d;
    mpq_init(d);
    det_of(d, A);
    cr_assert(mpz_cmp_ui(mpq_numref(d), ax_det_small_primes[0]) == 0, "det %s",
              mpz_get_str(NULL, 10, mpq_numref(d)));
    small_agrees(A, "det = p");
    axle_matrix_free(A);
    mpq_clear(d);
}

/* The modular route's residues of entries beyond 2^53 (32-bit halves against powers of 2^32,
 * a reduction every eight limbs): entries of 0 to 40 limbs of both signs, zeros among them,
 * against Bareiss. */
Test(qq_det, modular_residues_of_long_entries)
{
    ts_rng r = ts_rng_new("qq_det.modular_residues_of_long_entries");
    mpz_t d;
    mpz_init(d);
    for (size_t n = 1; n <= 7; n++) {
        ax_zmat M;
        TS_OK(ax_zmat_init(&M, n, n));
        for (size_t k = 0; k < n * n; k++) {
            size_t limbs = ts_next(&r) % 41;
            mpz_set_ui(M.z[k], 0);
            for (size_t t = 0; t < limbs; t++) {
                mpz_mul_2exp(M.z[k], M.z[k], 64);
                mpz_add_ui(M.z[k], M.z[k], (unsigned long)ts_next(&r));
            }
            if (ts_next(&r) % 2)
                mpz_neg(M.z[k], M.z[k]);
        }
        variants_agree(d, &M, false, "0 to 40 limbs");
        ax_zmat_clear(&M);
    }
    mpz_clear(d);
}
