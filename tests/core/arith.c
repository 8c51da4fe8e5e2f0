/* Matrix arithmetic identities over both fields (exact in QQ, to a norm-scaled tolerance in RR),
 * and agreement of RR with QQ converted to double. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <float.h>

#include "support.h"

FIELDS(arith, transpose_add_mul_identities)
{
    ts_rng r = ts_rng_new("arith/transpose_add_mul_identities");
    for (int round = 0; round < 10; round++) {
        size_t m = (size_t)ts_range(&r, 1, 7), k = (size_t)ts_range(&r, 1, 7),
               n = (size_t)ts_range(&r, 1, 7);
        axle_matrix *A = ts_random_frac(&r, *F, m, k), *B = ts_random_frac(&r, *F, k, n),
                    *C = ts_random_frac(&r, *F, k, n);
        axle_matrix *BC = NULL, *ABC = NULL, *AB = NULL, *AC = NULL, *ABpAC = NULL;
        TS_OK(axle_matrix_add(&BC, B, C));
        TS_OK(axle_matrix_mul(&ABC, A, BC));
        TS_OK(axle_matrix_mul(&AB, A, B));
        TS_OK(axle_matrix_mul(&AC, A, C));
        TS_OK(axle_matrix_add(&ABpAC, AB, AC));
        cr_assert(ts_close(ABC, ABpAC, 1e-12), "A(B + C) = AB + AC");

        axle_matrix *ABt = NULL, *At = NULL, *Bt = NULL, *BtAt = NULL, *Att = NULL;
        TS_OK(axle_matrix_transpose(&ABt, AB));
        TS_OK(axle_matrix_transpose(&At, A));
        TS_OK(axle_matrix_transpose(&Bt, B));
        TS_OK(axle_matrix_mul(&BtAt, Bt, At));
        cr_assert(ts_close(ABt, BtAt, 1e-12), "(AB)^T = B^T A^T");
        TS_OK(axle_matrix_transpose(&Att, At));
        cr_assert(axle_matrix_equal(Att, A));

        axle_matrix *D = NULL, *Z = NULL, *zero = NULL;
        TS_OK(axle_matrix_sub(&D, ABpAC, AC));
        cr_assert(ts_close(D, AB, 1e-12), "(AB + AC) - AC = AB");
        TS_OK(axle_matrix_sub(&Z, A, A));
        TS_OK(axle_matrix_new(&zero, *F, m, k));
        cr_assert(axle_matrix_equal(Z, zero));

        axle_scalar *c = NULL;
        axle_matrix *cA = NULL, *cAB = NULL, *cAB2 = NULL;
        TS_OK(axle_scalar_from_frac(&c, *F, -7, 3));
        TS_OK(axle_matrix_scale(&cA, c, A));
        TS_OK(axle_matrix_mul(&cAB, cA, B));
        TS_OK(axle_matrix_scale(&cAB2, c, AB));
        cr_assert(ts_close(cAB, cAB2, 1e-12), "(cA)B = c(AB)");
        axle_scalar_free(c);

        axle_matrix *all[] = {A,  B,    C,   AB, AC, BC,   ABC, ABpAC, ABt, At,
                              Bt, BtAt, Att, D,  Z,  zero, cA,  cAB,   cAB2};
        for (size_t i = 0; i < sizeof all / sizeof *all; i++)
            axle_matrix_free(all[i]);
    }
}

FIELDS(arith, identity_is_neutral_and_empty_products)
{
    ts_rng r = ts_rng_new("arith/identity_is_neutral");
    axle_matrix *A = ts_random_frac(&r, *F, 3, 4), *I = NULL, *AI = NULL;
    TS_OK(axle_matrix_identity(&I, *F, 4));
    TS_OK(axle_matrix_mul(&AI, A, I));
    cr_assert(axle_matrix_equal(AI, A));
    axle_matrix *E1 = NULL, *E2 = NULL, *P = NULL, *Z = NULL;
    TS_OK(axle_matrix_new(&E1, *F, 3, 0));
    TS_OK(axle_matrix_new(&E2, *F, 0, 2));
    TS_OK(axle_matrix_mul(&P, E1, E2));
    TS_OK(axle_matrix_new(&Z, *F, 3, 2));
    cr_assert(axle_matrix_equal(P, Z), "a 3x0 times a 0x2 matrix is the 3x2 zero matrix");
    axle_matrix_free(A);
    axle_matrix_free(I);
    axle_matrix_free(AI);
    axle_matrix_free(E1);
    axle_matrix_free(E2);
    axle_matrix_free(P);
    axle_matrix_free(Z);
}

FIELDS(arith, shape_and_field_errors)
{
    axle_matrix *A = NULL, *B = NULL, *X = (axle_matrix *)1, *O = NULL;
    TS_OK(axle_matrix_new(&A, *F, 2, 3));
    TS_OK(axle_matrix_new(&B, *F, 3, 2));
    TS_OK(axle_matrix_new(&O, *F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 2, 3));
    cr_assert_eq(axle_matrix_add(&X, A, B), AXLE_EDIM);
    cr_assert_null(X);
    cr_assert_eq(axle_matrix_sub(&X, A, B), AXLE_EDIM);
    cr_assert_eq(axle_matrix_mul(&X, A, A), AXLE_EDIM);
    cr_assert_eq(axle_matrix_add(&X, A, O), AXLE_EFIELD);
    cr_assert_eq(axle_matrix_mul(&X, B, O), AXLE_EFIELD);
    cr_assert_eq(axle_matrix_scale(&X, NULL, A), AXLE_EINVAL);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(O);
}

Test(arith, rr_overflow_is_erange)
{
    const double v[] = {DBL_MAX, DBL_MAX};
    axle_matrix *A = NULL, *X = (axle_matrix *)1;
    TS_OK(axle_matrix_from_doubles(&A, AXLE_RR, 1, 2, v));
    cr_assert_eq(axle_matrix_add(&X, A, A), AXLE_ERANGE);
    cr_assert_null(X);
    axle_matrix_free(A);
}

Test(arith, rr_agrees_with_qq)
{
    ts_rng r = ts_rng_new("arith/rr_agrees_with_qq");
    axle_matrix *A = ts_random_frac(&r, AXLE_QQ, 6, 5), *B = ts_random_frac(&r, AXLE_QQ, 5, 7);
    axle_matrix *Ar = NULL, *Br = NULL, *P = NULL, *Pr = NULL;
    TS_OK(axle_matrix_convert(&Ar, A, AXLE_RR));
    TS_OK(axle_matrix_convert(&Br, B, AXLE_RR));
    TS_OK(axle_matrix_mul(&P, A, B));
    TS_OK(axle_matrix_mul(&Pr, Ar, Br));
    cr_assert(ts_agree(P, Pr, 1e-13));
    axle_matrix *all[] = {A, B, Ar, Br, P, Pr};
    for (size_t i = 0; i < 6; i++)
        axle_matrix_free(all[i]);
}
