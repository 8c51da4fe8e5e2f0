/* QQ determinants: against a naive mpq elimination, multiplicativity and exact values with huge
 * entries. The properties shared with RR are in tests/kernels. */
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
