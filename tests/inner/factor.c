/* QR, the exact QR, Cholesky and LDL^T over both fields: A = Q R with Q^T Q = I and R upper
 * triangular with a positive diagonal (RR; QQ points to the exact form); A = Q' R' with Q'^T Q'
 * = diag(d), R' unit upper triangular (both fields, exact over QQ); A = L L^T (RR) and A = L D L^T
 * (both); dependent columns, non-square, non-symmetric and indefinite inputs refused. Fixed
 * default seed. */
#include "op_helpers.h"

/* Entries of X below the diagonal (strictly) are zero, and the diagonal is `diag` (> 0 when
 * diag is 0: positive). */
static void assert_upper(const axle_matrix *X, double diag, const char *what)
{
    for (size_t i = 0; i < axle_matrix_rows(X); i++)
        for (size_t j = 0; j <= i && j < axle_matrix_cols(X); j++) {
            double x = 0;
            TS_OK(axle_matrix_get_double(&x, X, i, j));
            if (i > j)
                cr_assert_leq(fabs(x), 1e-12 * fmax(1, ts_maxnorm(X)), "%s: (%zu, %zu) = %g", what,
                              i, j, x);
            else if (diag > 0)
                cr_assert_float_eq(x, diag, 1e-12, "%s: diagonal %zu = %g", what, i, x);
            else
                cr_assert_gt(x, 0.0, "%s: diagonal %zu = %g", what, i, x);
        }
}

FIELDS(factor, qr)
{
    ts_rng r = ts_rng_new("factor/qr");
    for (size_t t = 0; t < 6; t++) {
        size_t n = 1 + t % 3, m = n + t % 2;
        axle_matrix *A = ts_random_full_rank(&r, *F, m, n), *Q = NULL, *R = NULL, *d = NULL;
        axle_status s = axle_matrix_qr(&Q, &R, A);
        if (*F == AXLE_QQ) {
            cr_assert_eq(s, AXLE_EUNSUPPORTED);
            cr_assert(strstr(axle_error_message(), "axle_matrix_qr_orthogonal"));
            cr_assert_null(Q);
            cr_assert_null(R);
        } else {
            cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
            axle_matrix *QR = ts_mul(Q, R), *Qt = ts_transpose(Q), *QtQ = ts_mul(Qt, Q),
                        *I = ts_identity(*F, n);
            oh_assert_close(QR, A, "Q R = A");
            oh_assert_close(QtQ, I, "Q^T Q = I");
            assert_upper(R, 0, "R");
            axle_matrix_free(QR);
            axle_matrix_free(Qt);
            axle_matrix_free(QtQ);
            axle_matrix_free(I);
            axle_matrix_free(Q);
            axle_matrix_free(R);
        }
        TS_OK(axle_matrix_qr_orthogonal(&Q, &R, &d, A));
        axle_matrix *QR = ts_mul(Q, R), *Qt = ts_transpose(Q), *QtQ = ts_mul(Qt, Q),
                    *D = ts_zero(*F, n, n);
        oh_assert_close(QR, A, "Q' R' = A");
        assert_upper(R, 1, "R'");
        for (size_t j = 0; j < n; j++) {
            axle_scalar *x = NULL;
            TS_OK(axle_matrix_get(&x, d, j, 0));
            TS_OK(axle_matrix_set(D, j, j, x));
            axle_scalar_free(x);
        }
        oh_assert_close(QtQ, D, "Q'^T Q' = diag(d)");
        axle_matrix *Q2 = NULL, *R2 = NULL;
        TS_OK(axle_matrix_qr_orthogonal(&Q2, &R2, NULL, A));
        oh_assert_close(Q2, Q, "without d");
        axle_matrix *mats[] = {A, Q, R, d, QR, Qt, QtQ, D, Q2, R2};
        for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
            axle_matrix_free(mats[i]);
    }
}

FIELDS(factor, qr_errors)
{
    axle_matrix *A = oh_mat(*F, "[[1, 2, 3], [2, 4, 7], [3, 6, 1]]"), *Q = (axle_matrix *)&Q,
                *R = (axle_matrix *)&R, *d = (axle_matrix *)&d;
    OH_FAILS(axle_matrix_qr_orthogonal(&Q, &R, &d, A), AXLE_EDOMAIN);
    cr_assert(strstr(axle_error_message(), "column 2"), "%s", axle_error_message());
    cr_assert_null(Q);
    cr_assert_null(R);
    cr_assert_null(d);
    axle_matrix *W = oh_mat(*F, "[[1, 2, 3], [4, 5, 6]]");
    OH_FAILS(axle_matrix_qr_orthogonal(&Q, &R, &d, W), AXLE_EDOMAIN);
    if (*F == AXLE_RR) {
        OH_FAILS(axle_matrix_qr(&Q, &R, A), AXLE_EDOMAIN);
        OH_FAILS(axle_matrix_qr(&Q, &R, W), AXLE_EDOMAIN);
    }
    OH_FAILS(axle_matrix_qr(NULL, &R, A), AXLE_EINVAL);
    OH_FAILS(axle_matrix_qr(&Q, NULL, A), AXLE_EINVAL);
    OH_FAILS(axle_matrix_qr(&Q, &R, NULL), AXLE_EINVAL);
    OH_FAILS(axle_matrix_qr_orthogonal(&Q, NULL, &d, A), AXLE_EINVAL);
    /* n = 0 */
    axle_matrix *E = ts_zero(*F, 3, 0);
    TS_OK(axle_matrix_qr_orthogonal(&Q, &R, &d, E));
    cr_assert_eq(axle_matrix_rows(Q), 3);
    cr_assert_eq(axle_matrix_cols(Q), 0);
    cr_assert_eq(axle_matrix_rows(R), 0);
    axle_matrix_free(Q);
    axle_matrix_free(R);
    axle_matrix_free(d);
    axle_matrix_free(E);
    axle_matrix_free(A);
    axle_matrix_free(W);
}

FIELDS(factor, cholesky_ldl)
{
    ts_rng r = ts_rng_new("factor/cholesky_ldl");
    for (size_t t = 0; t < 5; t++) {
        size_t n = 1 + t % 4;
        axle_matrix *A = in_random_gram(&r, *F, n), *L = NULL, *D = NULL;
        TS_OK(axle_matrix_ldl(&L, &D, A));
        axle_matrix *Lt = ts_transpose(L), *Dm = ts_zero(*F, n, n);
        assert_upper(Lt, 1, "L^T");
        for (size_t j = 0; j < n; j++) {
            axle_scalar *x = NULL;
            TS_OK(axle_matrix_get(&x, D, j, 0));
            cr_assert_gt(axle_scalar_sign(x), 0, "positive pivots");
            TS_OK(axle_matrix_set(Dm, j, j, x));
            axle_scalar_free(x);
        }
        axle_matrix *LD = ts_mul(L, Dm), *LDLt = ts_mul(LD, Lt);
        oh_assert_close(LDLt, A, "L D L^T = A");
        axle_matrix *C = NULL;
        axle_status s = axle_matrix_cholesky(&C, A);
        if (*F == AXLE_QQ) {
            cr_assert_eq(s, AXLE_EUNSUPPORTED);
            cr_assert(strstr(axle_error_message(), "axle_matrix_ldl"));
            cr_assert_null(C);
        } else {
            cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
            axle_matrix *Ct = ts_transpose(C), *CCt = ts_mul(C, Ct);
            oh_assert_close(CCt, A, "L L^T = A");
            assert_upper(Ct, 0, "L^T");
            axle_matrix_free(Ct);
            axle_matrix_free(CCt);
            axle_matrix_free(C);
        }
        axle_matrix *mats[] = {A, L, D, Lt, Dm, LD, LDLt};
        for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
            axle_matrix_free(mats[i]);
    }
}

FIELDS(factor, cholesky_ldl_errors)
{
    axle_matrix *N = oh_mat(*F, "[[1, 2], [3, 4]]"), *I = oh_mat(*F, "[[1, 2], [2, 1]]"),
                *W = oh_mat(*F, "[[1, 2, 3]]"), *L = (axle_matrix *)&L, *D = (axle_matrix *)&D;
    OH_FAILS(axle_matrix_ldl(&L, &D, N), AXLE_EDOMAIN);
    cr_assert(strstr(axle_error_message(), "symmetric"), "%s", axle_error_message());
    cr_assert_null(L);
    cr_assert_null(D);
    OH_FAILS(axle_matrix_ldl(&L, &D, I), AXLE_EDOMAIN);
    cr_assert(strstr(axle_error_message(), "positive definite"), "%s", axle_error_message());
    OH_FAILS(axle_matrix_ldl(&L, &D, W), AXLE_EDIM);
    OH_FAILS(axle_matrix_ldl(&L, NULL, I), AXLE_EINVAL);
    OH_FAILS(axle_matrix_ldl(NULL, &D, I), AXLE_EINVAL);
    OH_FAILS(axle_matrix_ldl(&L, &D, NULL), AXLE_EINVAL);
    OH_FAILS(axle_matrix_cholesky(NULL, I), AXLE_EINVAL);
    OH_FAILS(axle_matrix_cholesky(&L, NULL), AXLE_EINVAL);
    if (*F == AXLE_RR) {
        OH_FAILS(axle_matrix_cholesky(&L, I), AXLE_EDOMAIN);
        OH_FAILS(axle_matrix_cholesky(&L, W), AXLE_EDIM);
    }
    axle_matrix *E = ts_zero(*F, 0, 0);
    TS_OK(axle_matrix_ldl(&L, &D, E));
    cr_assert_eq(axle_matrix_rows(D), 0);
    axle_matrix_free(L);
    axle_matrix_free(D);
    axle_matrix_free(E);
    axle_matrix_free(N);
    axle_matrix_free(I);
    axle_matrix_free(W);
}
