/* RR failure paths: every status an RR kernel can return, with outputs left NULL and a message
 * a user can act on. ENOCONV / EINVAL / ENOMEM cannot be provoked through LAPACK on valid input,
 * so their mapping is checked white-box (ax_rr_info). */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "helpers.h"
#include "rr/rr.h"

#define BOGUS ((axle_matrix *)1)

Test(rr_errors, singular_inverse)
{
    axle_matrix *A = rr_doubles(3, 3, (double[]){1, 2, 3, 4, 5, 6, 7, 8, 9});
    axle_matrix *X = BOGUS;
    cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_ESINGULAR);
    cr_assert_null(X);
    cr_assert_eq(axle_error_status(), AXLE_ESINGULAR);
    cr_assert_not_null(strstr(axle_error_message(), "reciprocal condition number"), "message: %s",
                       axle_error_message());
    axle_matrix *Z = rr_doubles(2, 2, (double[]){0, 0, 0, 0});
    X = BOGUS;
    cr_assert_eq(axle_matrix_inverse(&X, Z), AXLE_ESINGULAR);
    cr_assert_null(X);
    axle_matrix_free(A);
    axle_matrix_free(Z);
}

Test(rr_errors, inconsistent_systems)
{
    /* x + y = 1, x + y = 2. */
    axle_matrix *A = rr_doubles(2, 2, (double[]){1, 1, 1, 1});
    axle_matrix *B = rr_doubles(2, 1, (double[]){1, 2});
    axle_matrix *X = BOGUS, *N = BOGUS;
    cr_assert_eq(axle_matrix_solve(&X, &N, A, B), AXLE_ENOSOLUTION);
    cr_assert_null(X);
    cr_assert_null(N);
    cr_assert_not_null(strstr(axle_error_message(), "inconsistent"), "message: %s",
                       axle_error_message());
    /* Overdetermined: 3 equations in 2 unknowns with no common solution. */
    axle_matrix *A3 = rr_doubles(3, 2, (double[]){1, 0, 0, 1, 1, 1});
    axle_matrix *B3 = rr_doubles(3, 1, (double[]){1, 1, 3});
    X = BOGUS;
    cr_assert_eq(axle_matrix_solve(&X, NULL, A3, B3), AXLE_ENOSOLUTION);
    cr_assert_null(X);
    /* A zero matrix with a nonzero right-hand side; the second column is the bad one. */
    axle_matrix *Z = rr_doubles(2, 2, (double[]){0, 0, 0, 0});
    axle_matrix *BZ = rr_doubles(2, 2, (double[]){0, 0, 0, 1e-300});
    X = BOGUS;
    cr_assert_eq(axle_matrix_solve(&X, NULL, Z, BZ), AXLE_ENOSOLUTION);
    cr_assert_null(X);
    cr_assert_not_null(strstr(axle_error_message(), "column 2 of 2"), "message: %s",
                       axle_error_message());
    axle_matrix *all[] = {A, B, A3, B3, Z, BZ};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

Test(rr_errors, small_residual_is_consistent)
{
    /* A consistent system whose right-hand side carries rounding (0.1 + 0.2). */
    axle_matrix *A = rr_doubles(3, 2, (double[]){1, 0, 0, 1, 1, 1});
    axle_matrix *B = rr_doubles(3, 1, (double[]){0.1, 0.2, 0.1 + 0.2});
    axle_matrix *X = NULL;
    TS_OK(axle_matrix_solve(&X, NULL, A, B));
    cr_assert_lt(ts_defect(A, X, B), 1e-15);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(X);
}

Test(rr_errors, overflow_is_erange_and_huge_input_is_fine)
{
    axle_matrix *big = rr_doubles(2, 2, (double[]){1e200, 0, 0, 1e200});
    axle_scalar *d = (axle_scalar *)1;
    cr_assert_eq(axle_matrix_det(&d, big), AXLE_ERANGE);
    cr_assert_null(d);
    cr_assert_not_null(strstr(axle_error_message(), "beyond double range"));
    axle_matrix *P = BOGUS;
    cr_assert_eq(axle_matrix_mul(&P, big, big), AXLE_ERANGE);
    cr_assert_null(P);
    /* 1x1 system with a well-conditioned matrix but a solution beyond double range. */
    axle_matrix *a = rr_doubles(1, 1, (double[]){1e-200});
    axle_matrix *b = rr_doubles(1, 1, (double[]){1e200});
    axle_matrix *X = BOGUS, *N = BOGUS;
    cr_assert_eq(axle_matrix_solve(&X, &N, a, b), AXLE_ERANGE);
    cr_assert_null(X);
    cr_assert_null(N);
    axle_matrix *Inv = BOGUS;
    axle_matrix *tiny = rr_doubles(1, 1, (double[]){1e-310});
    cr_assert_eq(axle_matrix_inverse(&Inv, tiny), AXLE_ERANGE);
    cr_assert_null(Inv);
    /* Singular values beyond double range do not disturb rank or rref (the SVD runs on a
     * scaled copy). */
    axle_matrix *huge = rr_doubles(2, 2, (double[]){1e308, 1e308, 1e308, 1e308});
    size_t rank = 77;
    TS_OK(axle_matrix_rank(&rank, huge));
    cr_assert_eq(rank, 1);
    axle_matrix *R = NULL;
    TS_OK(axle_matrix_rref(&R, NULL, &rank, huge));
    cr_assert_eq(rank, 1);
    cr_assert_float_eq(rr_get(R, 0, 1), 1.0, 1e-12);
    axle_matrix_free(R);
    axle_matrix *all[] = {big, a, b, tiny, huge};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

Test(rr_errors, extreme_scales_inside_double_range_work)
{
    /* 1e-300 I has inverse 1e300 I; LU and dgecon run on a power-of-two scaled copy. */
    axle_matrix *A = rr_doubles(2, 2, (double[]){1e-300, 0, 0, 1e-300});
    axle_matrix *X = NULL;
    TS_OK(axle_matrix_inverse(&X, A));
    cr_assert_float_eq(rr_get(X, 0, 0) / 1e300, 1.0, 1e-14);
    cr_assert_eq(rr_get(X, 0, 1), 0.0);
    axle_matrix_free(X);
    /* A system scaled by 1e300 on both sides has the unscaled solution. */
    axle_matrix *H = rr_doubles(2, 2, (double[]){2e300, 1e300, 1e300, 3e300});
    axle_matrix *B = rr_doubles(2, 1, (double[]){5e300, 10e300});
    TS_OK(axle_matrix_solve(&X, NULL, H, B));
    cr_assert_float_eq(rr_get(X, 0, 0), 1.0, 1e-14);
    cr_assert_float_eq(rr_get(X, 1, 0), 3.0, 1e-14);
    axle_matrix_free(X);
    /* The same through the least-squares path (3 x 2). */
    axle_matrix *T = rr_doubles(3, 2, (double[]){2e300, 1e300, 1e300, 3e300, 1e300, 1e300});
    axle_matrix *C = rr_doubles(3, 1, (double[]){5e300, 10e300, 4e300});
    TS_OK(axle_matrix_solve(&X, NULL, T, C));
    cr_assert_float_eq(rr_get(X, 0, 0), 1.0, 1e-14);
    cr_assert_float_eq(rr_get(X, 1, 0), 3.0, 1e-14);
    axle_matrix_free(X);
    /* det H = 5e600 is beyond double range; scaled to 1e-150 entries its det 5e-300 is fine. */
    axle_scalar *d = (axle_scalar *)1;
    cr_assert_eq(axle_matrix_det(&d, H), AXLE_ERANGE);
    cr_assert_null(d);
    axle_matrix *Hs = rr_doubles(2, 2, (double[]){2e-150, 1e-150, 1e-150, 3e-150});
    TS_OK(axle_matrix_det(&d, Hs));
    cr_assert_float_eq(axle_scalar_to_double(d) / 5e-300, 1.0, 1e-14);
    axle_scalar_free(d);
    axle_matrix_free(Hs);
    axle_matrix *all[] = {A, H, B, T, C};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

Test(rr_errors, det_underflow_rounds_to_zero)
{
    axle_matrix *t = rr_doubles(2, 2, (double[]){1e-200, 0, 0, 1e-200});
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, t));
    cr_assert(axle_scalar_is_zero(d));
    axle_scalar_free(d);
    axle_matrix_free(t);
}

Test(rr_errors, dimension_and_field_mismatch)
{
    axle_matrix *A = rr_doubles(2, 3, (double[]){1, 2, 3, 4, 5, 6});
    axle_matrix *B = rr_doubles(3, 1, (double[]){1, 2, 3});
    axle_matrix *X = BOGUS;
    cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_EDIM);
    cr_assert_null(X);
    axle_scalar *d = (axle_scalar *)1;
    cr_assert_eq(axle_matrix_det(&d, A), AXLE_EDIM);
    cr_assert_null(d);
    X = BOGUS;
    cr_assert_eq(axle_matrix_solve(&X, NULL, A, B), AXLE_EDIM);
    cr_assert_null(X);
    axle_matrix *Q = ts_ints(AXLE_QQ, 2, 1, (long[]){1, 2});
    X = BOGUS;
    cr_assert_eq(axle_matrix_solve(&X, NULL, A, Q), AXLE_EFIELD);
    cr_assert_null(X);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(Q);
}

Test(rr_errors, lapack_info_mapping)
{
    cr_assert_eq(ax_rr_info(0, "dgesdd", "x"), AXLE_OK);
    cr_assert_eq(ax_rr_info(3, "dgesdd", "the SVD did not converge"), AXLE_ENOCONV);
    cr_assert_not_null(strstr(axle_error_message(), "dgesdd"));
    cr_assert_eq(ax_rr_info(-4, "dgetrf", "x"), AXLE_EINVAL);
    cr_assert_not_null(strstr(axle_error_message(), "dgetrf rejected argument 4"));
    cr_assert_eq(ax_rr_info(LAPACK_WORK_MEMORY_ERROR, "dgesdd", "x"), AXLE_ENOMEM);
    lapack_int li = 5;
    if (SIZE_MAX > (size_t)INT32_MAX && sizeof(lapack_int) == 4) {
        cr_assert_eq(ax_rr_li(&li, (size_t)INT32_MAX + 1u, "the number of rows"), AXLE_ERANGE);
        cr_assert_eq(li, 5);
    }
    TS_OK(ax_rr_li(&li, 12, "n"));
    cr_assert_eq(li, 12);
}

/* Results too large to represent are refused before anything is allocated: the 70000 x 70000
 * right singular vectors of a 1 x 70000 matrix, and a 70000 x 40000 solution. */
Test(errors, oversized_results_are_erange)
{
    axle_matrix *A = NULL, *B = NULL, *N = (axle_matrix *)1, *X = (axle_matrix *)1;
    TS_OK(axle_matrix_new(&A, AXLE_RR, 1, 70000));
    TS_OK(axle_matrix_set_double(A, 0, 0, 1.0));
    TS_OK(axle_matrix_new(&B, AXLE_RR, 1, 40000));
    cr_assert_eq(axle_matrix_null(&N, A), AXLE_ERANGE, "%s", axle_error_message());
    cr_assert_null(N);
    cr_assert_eq(axle_matrix_solve(&X, NULL, A, B), AXLE_ERANGE, "%s", axle_error_message());
    cr_assert_null(X);
    axle_matrix_free(A);
    axle_matrix_free(B);
}
