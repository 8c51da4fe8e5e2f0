/* Fraction-free elimination against the multimodular variants (white-box: src/qq/ffge.c, det.c,
 * echelon.c), the crossover model's choices, and the reported huge-entry reproducers through the
 * public API: a 10 x 10 matrix of 10^100000 and 2 x 2 matrices with 10^6- and 10^5-digit entries,
 * each with the exact answer. */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "qq/qq.h"

static ax_zmat zmat_of(const axle_matrix *A)
{
    ax_zmat M;
    TS_OK(ax_zmat_from_rows(&M, NULL, A, NULL, false));
    return M;
}

static void assert_dets_agree(const axle_matrix *A)
{
    ax_zmat M = zmat_of(A);
    mpz_t d1, d2;
    mpz_inits(d1, d2, NULL);
    TS_OK(ax_zmat_det_bareiss(d1, &M));
    TS_OK(ax_zmat_det_modular(d2, &M));
    cr_assert(mpz_cmp(d1, d2) == 0, "Bareiss and multimodular disagree (n = %zu)", M.rows);
    TS_OK(ax_zmat_det(d2, &M));
    cr_assert(mpz_cmp(d1, d2) == 0);
    mpz_clears(d1, d2, NULL);
    ax_zmat_clear(&M);
}

Test(qq_ffge, det_variants_agree)
{
    ts_rng r = ts_rng_new("qq_ffge/det_variants_agree");
    for (size_t n = 1; n <= 9; n++)
        for (int rep = 0; rep < 4; rep++) {
            axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -9, 9),
                        *H = qh_random_huge(&r, n, n, 40 + 100 * (unsigned)rep),
                        *S =
                            ts_random_rank(&r, AXLE_QQ, n, n, (size_t)ts_range(&r, 0, (long)n - 1)),
                        *Z = ts_random_int(&r, AXLE_QQ, n, n, 0, 1);
            assert_dets_agree(A);
            assert_dets_agree(H);
            assert_dets_agree(S);
            assert_dets_agree(Z);
            axle_matrix_free(A);
            axle_matrix_free(H);
            axle_matrix_free(S);
            axle_matrix_free(Z);
        }
}

/* Both echelon variants give the same rank, pivots and RREF entries x / d. */
static void assert_echelons_agree(const axle_matrix *A)
{
    ax_zmat M = zmat_of(A);
    ax_echelon E1, E2;
    TS_OK(ax_echelon_fraction_free(&E1, &M));
    TS_OK(ax_echelon_modular(&E2, &M));
    cr_assert_eq(E1.rank, E2.rank, "%zux%zu: rank %zu (fraction-free) != %zu", M.rows, M.cols,
                 E1.rank, E2.rank);
    cr_assert_eq(E1.nfree, E2.nfree);
    cr_assert(mpz_sgn(E1.d) != 0);
    for (size_t t = 0; t < E1.rank; t++)
        cr_assert_eq(E1.piv[t], E2.piv[t]);
    for (size_t k = 0; k < E1.nfree; k++)
        cr_assert_eq(E1.fre[k], E2.fre[k]);
    mpq_t a, b;
    mpq_inits(a, b, NULL);
    for (size_t t = 0; t < E1.rank; t++)
        for (size_t k = 0; k < E1.nfree; k++) {
            ax_echelon_get(a, &E1, t, k);
            ax_echelon_get(b, &E2, t, k);
            cr_assert(mpq_equal(a, b), "RREF entry (%zu, %zu) differs", t, E1.fre[k]);
        }
    mpq_clears(a, b, NULL);
    ax_echelon_clear(&E1);
    ax_echelon_clear(&E2);
    ax_zmat_clear(&M);
}

Test(qq_ffge, echelon_variants_agree)
{
    ts_rng r = ts_rng_new("qq_ffge/echelon_variants_agree");
    for (int it = 0; it < 120; it++) {
        size_t m = (size_t)ts_range(&r, 1, 8), n = (size_t)ts_range(&r, 1, 8);
        size_t mn = m < n ? m : n;
        axle_matrix *A;
        switch (it % 4) {
        case 0:
            A = ts_random_int(&r, AXLE_QQ, m, n, -5, 5);
            break;
        case 1:
            A = ts_random_rank(&r, AXLE_QQ, m, n, (size_t)ts_range(&r, 0, (long)mn));
            break;
        case 2:
            A = qh_random_huge(&r, m, n, 60);
            break;
        default:
            A = ts_random_frac(&r, AXLE_QQ, m, n);
        }
        assert_echelons_agree(A);
        axle_matrix_free(A);
    }
    /* all-zero and single-row/column shapes */
    axle_matrix *Z = ts_zero(AXLE_QQ, 3, 4);
    assert_echelons_agree(Z);
    axle_matrix_free(Z);
}

Test(qq_ffge, crossover_choices)
{
    /* huge entries and few rows go fraction-free; many rows with small entries stay modular */
    ts_rng r = ts_rng_new("qq_ffge/crossover_choices");
    axle_matrix *H = qh_random_huge(&r, 2, 2, 3000), *S = ts_random_int(&r, AXLE_QQ, 40, 40, -9, 9);
    ax_zmat MH = zmat_of(H), MS = zmat_of(S);
    cr_assert(ax_zmat_det_prefer_bareiss(&MH));
    cr_assert(!ax_zmat_det_prefer_bareiss(&MS));
    /* RREF of [A | I] for a 2 x 2 with 10^6-digit entries, of a rank-1 10 x 10 of 1e100000 */
    cr_assert_lt(ax_cost_ff(2, 4, 2, 3321929, true), ax_cost_modular(2, 4, 2, 3321929, 5));
    cr_assert_lt(ax_cost_ff(10, 10, 1, 332193, true), ax_cost_modular(1, 10, 1, 332193, 10));
    /* a 40 x 80 [A | I] with small entries: modular */
    cr_assert_gt(ax_cost_ff(40, 80, 40, 4, true), ax_cost_modular(40, 80, 40, 4, 1601));
    cr_assert_lt(ax_cost_ff(2, 3, 2, 3321929, true), ax_cost_dixon(2, 1, 3321929));
    cr_assert_gt(ax_cost_ff(40, 41, 40, 4, true), ax_cost_dixon(40, 1, 4));
    ax_zmat_clear(&MH);
    ax_zmat_clear(&MS);
    axle_matrix_free(H);
    axle_matrix_free(S);
}

/* 10^e as a QQ scalar in every entry of an n x n matrix. */
static axle_matrix *all_power_of_ten(size_t n, unsigned long e)
{
    axle_matrix *A = ts_zero(AXLE_QQ, n, n);
    mpq_t q;
    mpq_init(q);
    mpz_ui_pow_ui(mpq_numref(q), 10, e);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            TS_OK(axle_matrix_set_mpq(A, i, j, q));
    mpq_clear(q);
    return A;
}

Test(qq_ffge, ten_by_ten_of_1e100000)
{
    /* was minutes (det: 54,000 primes each reducing 100 entries of 332,000 bits) */
    axle_matrix *A = all_power_of_ten(10, 100000);
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, A));
    mpq_t q;
    mpq_init(q);
    axle_scalar_get_mpq(q, d);
    cr_assert_eq(mpq_sgn(q), 0);
    size_t rank = 99;
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, 1);
    axle_matrix *R = NULL;
    size_t piv[10];
    TS_OK(axle_matrix_rref(&R, piv, &rank, A));
    cr_assert_eq(rank, 1);
    cr_assert_eq(piv[0], 0);
    for (size_t i = 0; i < 10; i++)
        for (size_t j = 0; j < 10; j++)
            cr_assert(qh_entry_is(R, i, j, i == 0 ? 1 : 0, 1));
    axle_matrix *X = NULL;
    cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_ESINGULAR);
    cr_assert_null(X);
    /* A x = 10^100000 (1, ..., 1): x = e_0 plus the null space x_0 = -x_j */
    axle_matrix *b = ts_zero(AXLE_QQ, 10, 1), *N = NULL;
    mpz_ui_pow_ui(mpq_numref(q), 10, 100000);
    for (size_t i = 0; i < 10; i++)
        TS_OK(axle_matrix_set_mpq(b, i, 0, q));
    TS_OK(axle_matrix_solve(&X, &N, A, b));
    cr_assert(qh_entry_is(X, 0, 0, 1, 1));
    for (size_t i = 1; i < 10; i++)
        cr_assert(qh_entry_is(X, i, 0, 0, 1));
    cr_assert_eq(axle_matrix_cols(N), 9);
    axle_scalar_free(d);
    mpq_clear(q);
    axle_matrix_free(A);
    axle_matrix_free(R);
    axle_matrix_free(X);
    axle_matrix_free(b);
    axle_matrix_free(N);
}

/* A 2 x 2 matrix of random integers with `digits` decimal digits. */
static axle_matrix *two_by_two(ts_rng *r, unsigned long digits, mpz_t e[4])
{
    gmp_randstate_t st;
    gmp_randinit_default(st);
    gmp_randseed_ui(st, (unsigned long)ts_next(r));
    mpz_t lo;
    mpz_init(lo);
    mpz_ui_pow_ui(lo, 10, digits - 1);
    axle_matrix *A = ts_zero(AXLE_QQ, 2, 2);
    mpq_t q;
    mpq_init(q);
    for (int k = 0; k < 4; k++) {
        mpz_urandomm(e[k], st, lo);
        mpz_add(e[k], e[k], lo);
        if (ts_range(r, 0, 1))
            mpz_neg(e[k], e[k]);
        mpq_set_z(q, e[k]);
        TS_OK(axle_matrix_set_mpq(A, (size_t)k / 2, (size_t)k % 2, q));
    }
    mpq_clear(q);
    mpz_clear(lo);
    gmp_randclear(st);
    return A;
}

Test(qq_ffge, two_by_two_of_a_million_digits)
{
    /* was > 60 s (multimodular: 107,000 primes); the direct formula is ad - bc */
    ts_rng r = ts_rng_new("qq_ffge/two_by_two_of_a_million_digits");
    mpz_t e[4], want;
    for (int k = 0; k < 4; k++)
        mpz_init(e[k]);
    mpz_init(want);
    axle_matrix *A = two_by_two(&r, 1000000, e);
    mpz_mul(want, e[0], e[3]);
    mpz_submul(want, e[1], e[2]);
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, A));
    mpq_t q;
    mpq_init(q);
    axle_scalar_get_mpq(q, d);
    cr_assert(mpz_cmp(mpq_numref(q), want) == 0 && mpz_cmp_ui(mpq_denref(q), 1) == 0);
    size_t rank = 0;
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, 2);
    for (int k = 0; k < 4; k++)
        mpz_clear(e[k]);
    mpz_clear(want);
    mpq_clear(q);
    axle_scalar_free(d);
    axle_matrix_free(A);
}

Test(qq_ffge, two_by_two_inverse_and_solve_of_1e5_digits)
{
    /* the inverse is [[d, -b], [-c, a]] / (ad - bc); solve with b = (1, 2) is its first column
     * plus twice its second */
    ts_rng r = ts_rng_new("qq_ffge/two_by_two_inverse_and_solve_of_1e5_digits");
    mpz_t e[4], det;
    for (int k = 0; k < 4; k++)
        mpz_init(e[k]);
    mpz_init(det);
    axle_matrix *A = two_by_two(&r, 100000, e), *X = NULL, *x = NULL, *N = NULL;
    mpz_mul(det, e[0], e[3]);
    mpz_submul(det, e[1], e[2]);
    TS_OK(axle_matrix_inverse(&X, A));
    long bv[] = {1, 2};
    axle_matrix *b = ts_ints(AXLE_QQ, 2, 1, bv);
    TS_OK(axle_matrix_solve(&x, &N, A, b));
    cr_assert_eq(axle_matrix_cols(N), 0);
    mpq_t want, got, t;
    mpq_inits(want, got, t, NULL);
    /* adj = [[e3, -e1], [-e2, e0]] */
    const int adj[4] = {3, 1, 2, 0};
    const int sgn[4] = {1, -1, -1, 1};
    for (size_t i = 0; i < 2; i++) {
        for (size_t j = 0; j < 2; j++) {
            mpz_set(mpq_numref(want), e[adj[2 * i + j]]);
            if (sgn[2 * i + j] < 0)
                mpz_neg(mpq_numref(want), mpq_numref(want));
            mpz_set(mpq_denref(want), det);
            mpq_canonicalize(want);
            TS_OK(axle_matrix_get_mpq(got, X, i, j));
            cr_assert(mpq_equal(got, want), "inverse entry (%zu, %zu)", i, j);
        }
        /* x_i = X[i][0] + 2 X[i][1] */
        TS_OK(axle_matrix_get_mpq(want, X, i, 0));
        TS_OK(axle_matrix_get_mpq(t, X, i, 1));
        mpq_add(want, want, t);
        mpq_add(want, want, t);
        TS_OK(axle_matrix_get_mpq(got, x, i, 0));
        cr_assert(mpq_equal(got, want), "solution entry %zu", i);
    }
    mpq_clears(want, got, t, NULL);
    for (int k = 0; k < 4; k++)
        mpz_clear(e[k]);
    mpz_clear(det);
    axle_matrix *all[] = {A, X, x, N, b};
    for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
        axle_matrix_free(all[k]);
}
