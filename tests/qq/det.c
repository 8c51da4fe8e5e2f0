/* QQ determinants: against a naive mpq elimination, multiplicativity, sign, huge entries. */
#include <criterion/criterion.h>

#include "helpers.h"

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

Test(qq_det, small_known)
{
    long v[] = {1, 2, 3, 4};
    axle_matrix *A = ts_ints(AXLE_QQ, 2, 2, v);
    mpq_t d;
    mpq_init(d);
    det_of(d, A);
    cr_assert(mpq_cmp_si(d, -2, 1) == 0);
    long w[] = {-7};
    axle_matrix *B = ts_ints(AXLE_QQ, 1, 1, w);
    det_of(d, B);
    cr_assert(mpq_cmp_si(d, -7, 1) == 0);
    long z[] = {1, 2, 3, 2, 4, 6, 0, 1, 5};
    axle_matrix *C = ts_ints(AXLE_QQ, 3, 3, z);
    det_of(d, C);
    cr_assert(mpq_sgn(d) == 0);
    mpq_clear(d);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(C);
}

Test(qq_det, fractions_known)
{
    long num[] = {1, -2, 1, 4}, den[] = {2, 3, 1, 1};
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_fracs(&A, AXLE_QQ, 2, 2, num, den));
    mpq_t d;
    mpq_init(d);
    det_of(d, A); /* 1/2 * 4 - (-2/3) * 1 = 8/3 */
    cr_assert(mpq_cmp_si(d, 8, 3) == 0);
    mpq_clear(d);
    axle_matrix_free(A);
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

Test(qq_det, rank_deficient_is_zero)
{
    ts_rng r = ts_rng_new("qq_det.rank_deficient_is_zero");
    for (size_t n = 2; n <= 30; n += 7) {
        axle_matrix *S = ts_random_rank(&r, AXLE_QQ, n, n, n / 2);
        mpq_t d;
        mpq_init(d);
        det_of(d, S);
        cr_assert(mpq_sgn(d) == 0, "rank %zu matrix of size %zu has det != 0", n / 2, n);
        mpq_clear(d);
        axle_matrix_free(S);
    }
}

/* det(AB) = det A det B, with A, B of several kinds and sizes up to 40. */
Test(qq_det, multiplicative)
{
    ts_rng r = ts_rng_new("qq_det.multiplicative");
    size_t sizes[] = {1, 2, 5, 13, 40};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        axle_matrix *A = ts_random_frac(&r, AXLE_QQ, n, n);
        axle_matrix *B =
            n <= 13 ? qh_random_huge(&r, n, n, 50) : ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        axle_matrix *AB = qh_mul(A, B);
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

/* Swapping two rows flips the sign; scaling a row scales det. */
Test(qq_det, row_operations)
{
    ts_rng r = ts_rng_new("qq_det.row_operations");
    size_t n = 9;
    axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -5, 5);
    axle_matrix *B = NULL;
    TS_OK(axle_matrix_copy(&B, A));
    mpq_t x, y, d0, d1;
    mpq_inits(x, y, d0, d1, NULL);
    for (size_t j = 0; j < n; j++) {
        TS_OK(axle_matrix_get_mpq(x, A, 0, j));
        TS_OK(axle_matrix_get_mpq(y, A, 5, j));
        TS_OK(axle_matrix_set_mpq(B, 0, j, y));
        mpq_set_si(x, mpz_get_si(mpq_numref(x)) * 3, 7); /* row 5 of B = 3/7 row 0 of A */
        mpq_canonicalize(x);
        TS_OK(axle_matrix_set_mpq(B, 5, j, x));
    }
    det_of(d0, A);
    det_of(d1, B);
    mpq_set_si(x, -3, 7);
    mpq_mul(d0, d0, x);
    cr_assert(mpq_equal(d0, d1));
    mpq_clears(x, y, d0, d1, NULL);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* A 1x1 matrix with a 10^60-sized fraction, and a zero row. */
Test(qq_det, edge_values)
{
    mpq_t q, d;
    mpq_inits(q, d, NULL);
    mpz_ui_pow_ui(mpq_numref(q), 10, 60);
    mpz_set_ui(mpq_denref(q), 3);
    mpq_canonicalize(q);
    axle_matrix *A = qh_zero(1, 1);
    TS_OK(axle_matrix_set_mpq(A, 0, 0, q));
    det_of(d, A);
    cr_assert(mpq_equal(d, q));
    axle_matrix *Z = qh_identity(4);
    TS_OK(axle_matrix_set_frac(Z, 2, 2, 0, 1));
    det_of(d, Z);
    cr_assert(mpq_sgn(d) == 0);
    axle_matrix_free(A);
    axle_matrix_free(Z);
    mpq_clears(q, d, NULL);
}

Test(qq_det, not_square)
{
    axle_matrix *A = qh_zero(2, 3);
    axle_scalar *d = (axle_scalar *)1;
    cr_assert_eq(axle_matrix_det(&d, A), AXLE_EDIM);
    cr_assert_null(d);
    axle_matrix_free(A);
}
