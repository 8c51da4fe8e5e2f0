/* Matrix storage over both fields: creation, entries, copies, conversion, and error paths. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdint.h>

#include "support.h"

FIELDS(matrix, new_identity_shapes)
{
    axle_matrix *A = NULL, *I = NULL, *E = NULL;
    TS_OK(axle_matrix_new(&A, *F, 2, 3));
    cr_assert_eq(axle_matrix_rows(A), 2);
    cr_assert_eq(axle_matrix_cols(A), 3);
    cr_assert_eq(axle_matrix_field(A), *F);
    double x = 1;
    TS_OK(axle_matrix_get_double(&x, A, 1, 2));
    cr_assert_eq(x, 0.0);
    TS_OK(axle_matrix_identity(&I, *F, 3));
    for (size_t i = 0; i < 3; i++)
        for (size_t j = 0; j < 3; j++) {
            TS_OK(axle_matrix_get_double(&x, I, i, j));
            cr_assert_eq(x, i == j ? 1.0 : 0.0);
        }
    TS_OK(axle_matrix_new(&E, *F, 3, 0));
    cr_assert_eq(axle_matrix_rows(E), 3);
    cr_assert_eq(axle_matrix_cols(E), 0);
    axle_matrix_free(A);
    axle_matrix_free(I);
    axle_matrix_free(E);
}

FIELDS(matrix, too_large_is_erange)
{
    axle_matrix *A = (axle_matrix *)1;
    cr_assert_eq(axle_matrix_new(&A, *F, SIZE_MAX / 2, 3), AXLE_ERANGE);
    cr_assert_null(A);
    cr_assert_eq(axle_matrix_new(&A, *F, 65536, 65536), AXLE_ERANGE);
    cr_assert_eq(axle_matrix_identity(&A, *F, 1u << 20), AXLE_ERANGE);
    cr_assert_eq(axle_matrix_new(&A, *F, 0, SIZE_MAX), AXLE_ERANGE, "no rows, absurd columns");
    cr_assert_null(A);
}

FIELDS(matrix, entries_and_errors)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, *F, 2, 2));
    TS_OK(axle_matrix_set_frac(A, 0, 1, -2, 3));
    TS_OK(axle_matrix_set_double(A, 1, 0, 0.5));
    axle_scalar *x = NULL, *y = NULL;
    TS_OK(axle_matrix_get(&x, A, 0, 1));
    TS_OK(axle_scalar_from_frac(&y, *F, -2, 3));
    cr_assert(axle_scalar_equal(x, y));
    TS_OK(axle_matrix_set(A, 1, 1, y));
    double d = 0;
    TS_OK(axle_matrix_get_double(&d, A, 1, 1));
    cr_assert_eq(d, -2.0 / 3.0);

    axle_matrix *before = NULL;
    TS_OK(axle_matrix_copy(&before, A));
    cr_assert_eq(axle_matrix_set_frac(A, 2, 0, 1, 1), AXLE_ERANGE);
    cr_assert_eq(axle_matrix_set_frac(A, 0, 0, 1, 0), AXLE_EDOMAIN);
    cr_assert_eq(axle_matrix_set_double(A, 0, 0, NAN), AXLE_EDOMAIN);
    cr_assert_eq(axle_matrix_set_double(A, 0, 0, -INFINITY), AXLE_EDOMAIN);
    cr_assert_eq(axle_matrix_set(A, 0, 0, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_matrix_get_double(&d, A, 0, 2), AXLE_ERANGE);
    axle_scalar *other = NULL;
    TS_OK(axle_scalar_from_int(&other, *F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 1));
    cr_assert_eq(axle_matrix_set(A, 0, 0, other), AXLE_EFIELD);
    cr_assert(axle_matrix_equal(A, before), "failed calls must leave the matrix untouched");
    axle_scalar_free(x);
    axle_scalar_free(y);
    axle_scalar_free(other);
    axle_matrix_free(A);
    axle_matrix_free(before);
}

FIELDS(matrix, constructors_from_arrays)
{
    const long v[] = {1, 2, 3, 4, 5, 6};
    const long den[] = {1, 2, 3, 4, 5, 6};
    const long bad[] = {1, 0, 3, 4, 5, 6};
    const double dv[] = {1, 0.5 + 0.5, 3, 4, 5, 6};
    const double nan[] = {1, NAN, 3, 4, 5, 6};
    axle_matrix *A = NULL, *B = NULL, *C = NULL, *X = (axle_matrix *)1;
    TS_OK(axle_matrix_from_ints(&A, *F, 2, 3, v));
    TS_OK(axle_matrix_from_doubles(&B, *F, 3, 2, dv));
    TS_OK(axle_matrix_from_fracs(&C, *F, 2, 3, v, den));
    double x = 0;
    TS_OK(axle_matrix_get_double(&x, A, 1, 0));
    cr_assert_eq(x, 4);
    TS_OK(axle_matrix_get_double(&x, B, 1, 0));
    cr_assert_eq(x, 3);
    TS_OK(axle_matrix_get_double(&x, C, 1, 2));
    cr_assert_eq(x, 1);
    cr_assert_eq(axle_matrix_from_fracs(&X, *F, 2, 3, v, bad), AXLE_EDOMAIN);
    cr_assert_null(X);
    cr_assert_eq(axle_matrix_from_doubles(&X, *F, 2, 3, nan), AXLE_EDOMAIN);
    cr_assert_eq(axle_matrix_from_ints(&X, *F, 2, 3, NULL), AXLE_EINVAL);
    TS_OK(axle_matrix_from_ints(&X, *F, 0, 3, NULL));
    axle_matrix_free(X);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(C);
}

FIELDS(matrix, copy_is_independent)
{
    ts_rng r = ts_rng_new("matrix/copy_is_independent");
    axle_matrix *A = ts_random_frac(&r, *F, 4, 5), *B = NULL;
    TS_OK(axle_matrix_copy(&B, A));
    cr_assert(axle_matrix_equal(A, B));
    TS_OK(axle_matrix_set_frac(B, 3, 4, 1000, 1));
    cr_assert(!axle_matrix_equal(A, B));
    axle_matrix_free(A);
    axle_matrix_free(B);
}

Test(matrix, rr_storage_is_column_major)
{
    const long v[] = {1, 2, 3, 4, 5, 6};
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_ints(&A, AXLE_RR, 2, 3, v));
    size_t ld = 0;
    const double *d = axle_matrix_rr_const_data(A, &ld);
    cr_assert(d && ld >= 2);
    cr_assert_eq(d[0], 1);
    cr_assert_eq(d[1], 4);
    cr_assert_eq(d[ld], 2);
    cr_assert_eq(d[2 * ld + 1], 6);
    axle_matrix *Q = NULL;
    TS_OK(axle_matrix_from_ints(&Q, AXLE_QQ, 2, 3, v));
    cr_assert_null(axle_matrix_rr_data(Q, &ld));
    axle_matrix_free(A);
    axle_matrix_free(Q);
}

Test(matrix, conversion_is_exact_both_ways)
{
    ts_rng r = ts_rng_new("matrix/conversion_is_exact_both_ways");
    axle_matrix *Q = ts_random_frac(&r, AXLE_QQ, 5, 4), *R = NULL, *Q2 = NULL, *R2 = NULL;
    TS_OK(axle_matrix_convert(&R, Q, AXLE_RR));
    for (size_t i = 0; i < 5; i++)
        for (size_t j = 0; j < 4; j++) {
            mpq_t q;
            mpq_init(q);
            TS_OK(axle_matrix_get_mpq(q, Q, i, j));
            double x = 0;
            TS_OK(axle_matrix_get_double(&x, R, i, j));
            /* nearest double: |x - q| <= ulp/2 */
            mpq_t e, h;
            mpq_inits(e, h, NULL);
            mpq_set_d(e, x);
            mpq_sub(e, e, q);
            mpq_abs(e, e);
            mpq_set_d(h, nextafter(fabs(x), INFINITY) - fabs(x));
            mpq_div_2exp(h, h, 1);
            cr_assert(mpq_cmp(e, h) <= 0, "entry (%zu, %zu) not rounded to nearest", i, j);
            mpq_clears(q, e, h, NULL);
        }
    TS_OK(axle_matrix_convert(&Q2, R, AXLE_QQ));
    TS_OK(axle_matrix_convert(&R2, Q2, AXLE_RR));
    cr_assert(axle_matrix_equal(R, R2), "RR -> QQ -> RR is the identity");
    axle_matrix_free(Q);
    axle_matrix_free(R);
    axle_matrix_free(Q2);
    axle_matrix_free(R2);
}

Test(matrix, qq_to_rr_overflow_is_erange)
{
    axle_matrix *Q = NULL, *R = (axle_matrix *)1;
    TS_OK(axle_matrix_new(&Q, AXLE_QQ, 1, 2));
    mpq_t big;
    mpq_init(big);
    mpz_ui_pow_ui(mpq_numref(big), 10, 400);
    TS_OK(axle_matrix_set_mpq(Q, 0, 1, big));
    cr_assert_eq(axle_matrix_convert(&R, Q, AXLE_RR), AXLE_ERANGE);
    cr_assert_null(R);
    axle_matrix *Rm = NULL;
    TS_OK(axle_matrix_new(&Rm, AXLE_RR, 1, 1));
    cr_assert_eq(axle_matrix_set_mpq(Rm, 0, 0, big), AXLE_ERANGE);
    mpq_clear(big);
    axle_matrix_free(Q);
    axle_matrix_free(Rm);
}
