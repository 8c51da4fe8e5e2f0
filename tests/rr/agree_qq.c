/* RR agrees with QQ converted to double, on integer matrices of full or exact rank (random,
 * seeds printed) and on Hilbert 8: rank, rref and pivots, det, inverse, null space (as spans)
 * and solutions (up to the null space). */
#include <criterion/criterion.h>
#include <math.h>

#include "helpers.h"

#define ROUNDS 25

/* The columns of Nq (exact basis) and Nr (orthonormal) span the same space: same dimension
 * and Nr Nr^T Nq = Nq. */
static void assert_same_span(const axle_matrix *Nq, const axle_matrix *Nr)
{
    cr_assert_eq(axle_matrix_cols(Nq), axle_matrix_cols(Nr));
    if (axle_matrix_cols(Nq) == 0)
        return;
    axle_matrix *Q = rr_from_qq(Nq);
    axle_matrix *Nt = ts_transpose(Nr);
    axle_matrix *C = ts_mul(Nt, Q);
    cr_assert_lt(ts_defect(Nr, C, Q), ts_tol(axle_matrix_rows(Q)), "null spaces differ");
    axle_matrix_free(Q);
    axle_matrix_free(Nt);
    axle_matrix_free(C);
}

Test(rr_agree_qq, rank_rref_null_on_exact_rank)
{
    ts_rng r = ts_rng_new("rr_agree_qq.rref");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = (size_t)ts_range(&r, 1, 12), n = (size_t)ts_range(&r, 1, 12);
        size_t k = (size_t)ts_range(&r, 1, (long)(m < n ? m : n));
        axle_matrix *Aq = ts_random_rank(&r, AXLE_QQ, m, n, k);
        axle_matrix *Ar = rr_from_qq(Aq);
        size_t pq[12], pr[12], rq = 0, rr = 0, srank = 0;
        axle_matrix *Rq = NULL, *Rr = NULL, *Nq = NULL, *Nr = NULL;
        TS_OK(axle_matrix_rref(&Rq, pq, &rq, Aq));
        TS_OK(axle_matrix_rref(&Rr, pr, &rr, Ar));
        TS_OK(axle_matrix_rank(&srank, Ar));
        cr_assert_eq(rq, rr, "QQ rank %zu, RR rref rank %zu (%zux%zu)", rq, rr, m, n);
        cr_assert_eq(srank, rq);
        for (size_t i = 0; i < rq; i++)
            cr_assert_eq(pq[i], pr[i], "pivot %zu: QQ %zu, RR %zu", i, pq[i], pr[i]);
        cr_assert(ts_agree(Rq, Rr, ts_tol(n)), "RREFs differ (%zux%zu rank %zu)", m, n, rq);
        TS_OK(axle_matrix_null(&Nq, Aq));
        TS_OK(axle_matrix_null(&Nr, Ar));
        assert_same_span(Nq, Nr);
        axle_matrix *all[] = {Aq, Ar, Rq, Rr, Nq, Nr};
        for (size_t i = 0; i < sizeof all / sizeof *all; i++)
            axle_matrix_free(all[i]);
    }
}

Test(rr_agree_qq, det_inverse_solve_full_rank)
{
    ts_rng r = ts_rng_new("rr_agree_qq.det_inverse");
    for (int t = 0; t < ROUNDS; t++) {
        size_t n = (size_t)ts_range(&r, 1, 12);
        axle_matrix *Aq = ts_random_int(&r, AXLE_QQ, n, n, -9, 9);
        axle_matrix *Ar = rr_from_qq(Aq);
        axle_scalar *dq = NULL, *dr = NULL;
        TS_OK(axle_matrix_det(&dq, Aq));
        TS_OK(axle_matrix_det(&dr, Ar));
        double eq = axle_scalar_to_double(dq), er = axle_scalar_to_double(dr);
        cr_assert_leq(fabs(eq - er), 1e-9 * fmax(1.0, fabs(eq)), "det: QQ %.17g, RR %.17g", eq, er);
        if (!axle_scalar_is_zero(dq)) {
            axle_matrix *Iq = NULL, *Ir = NULL, *Bq = NULL, *Xq = NULL, *Xr = NULL, *Br = NULL;
            TS_OK(axle_matrix_inverse(&Iq, Aq));
            TS_OK(axle_matrix_inverse(&Ir, Ar));
            cr_assert(ts_agree(Iq, Ir, 1e-9), "inverses differ");
            Bq = ts_random_int(&r, AXLE_QQ, n, 2, -9, 9);
            Br = rr_from_qq(Bq);
            TS_OK(axle_matrix_solve(&Xq, NULL, Aq, Bq));
            TS_OK(axle_matrix_solve(&Xr, NULL, Ar, Br));
            cr_assert(ts_agree(Xq, Xr, 1e-9), "solutions differ");
            axle_matrix *all[] = {Iq, Ir, Bq, Br, Xq, Xr};
            for (size_t i = 0; i < sizeof all / sizeof *all; i++)
                axle_matrix_free(all[i]);
        }
        axle_scalar_free(dq);
        axle_scalar_free(dr);
        axle_matrix_free(Aq);
        axle_matrix_free(Ar);
    }
}

Test(rr_agree_qq, solve_rank_deficient_up_to_null_space)
{
    ts_rng r = ts_rng_new("rr_agree_qq.solve");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = (size_t)ts_range(&r, 1, 10), n = (size_t)ts_range(&r, 1, 10);
        size_t k = (size_t)ts_range(&r, 1, (long)(m < n ? m : n));
        axle_matrix *Aq = ts_random_rank(&r, AXLE_QQ, m, n, k);
        axle_matrix *X0 = ts_random_int(&r, AXLE_QQ, n, 1, -5, 5);
        axle_matrix *Bq = NULL;
        TS_OK(axle_matrix_mul(&Bq, Aq, X0));
        axle_matrix *Ar = rr_from_qq(Aq), *Br = rr_from_qq(Bq);
        axle_matrix *Xq = NULL, *Nq = NULL, *Xr = NULL, *Nr = NULL;
        TS_OK(axle_matrix_solve(&Xq, &Nq, Aq, Bq));
        TS_OK(axle_matrix_solve(&Xr, &Nr, Ar, Br));
        assert_same_span(Nq, Nr);
        /* Xq - Xr lies in the null space. */
        axle_matrix *Xqr = rr_from_qq(Xq);
        axle_matrix *D = ts_sub(Xqr, Xr);
        axle_matrix *Nt = ts_transpose(Nr);
        axle_matrix *C = ts_mul(Nt, D);
        cr_assert_lt(ts_defect(Nr, C, D), ts_tol(n));
        /* Adding a vector of the left null space (y^T A = 0, y != 0) makes the system
         * inconsistent: both fields must refuse it. */
        axle_matrix *AqT = NULL, *Nl = NULL;
        TS_OK(axle_matrix_transpose(&AqT, Aq));
        TS_OK(axle_matrix_null(&Nl, AqT));
        if (axle_matrix_cols(Nl) > 0) {
            axle_matrix *Bbad = NULL, *Y = (axle_matrix *)1;
            TS_OK(axle_matrix_copy(&Bbad, Bq));
            for (size_t i = 0; i < m; i++) {
                axle_scalar *a = NULL, *b = NULL, *c = NULL;
                TS_OK(axle_matrix_get(&a, Bq, i, 0));
                TS_OK(axle_matrix_get(&b, Nl, i, 0));
                TS_OK(axle_scalar_add(&c, a, b));
                TS_OK(axle_matrix_set(Bbad, i, 0, c));
                axle_scalar_free(a);
                axle_scalar_free(b);
                axle_scalar_free(c);
            }
            axle_matrix *Bbadr = rr_from_qq(Bbad);
            cr_assert_eq(axle_matrix_solve(&Y, NULL, Aq, Bbad), AXLE_ENOSOLUTION);
            cr_assert_null(Y);
            Y = (axle_matrix *)1;
            cr_assert_eq(axle_matrix_solve(&Y, NULL, Ar, Bbadr), AXLE_ENOSOLUTION);
            cr_assert_null(Y);
            axle_matrix_free(Bbad);
            axle_matrix_free(Bbadr);
        }
        axle_matrix_free(AqT);
        axle_matrix_free(Nl);
        axle_matrix *all[] = {Aq, X0, Bq, Ar, Br, Xq, Nq, Xr, Nr, Xqr, D, Nt, C};
        for (size_t i = 0; i < sizeof all / sizeof *all; i++)
            axle_matrix_free(all[i]);
    }
}

Test(rr_agree_qq, hilbert8)
{
    axle_matrix *Hq = ts_hilbert(AXLE_QQ, 8), *Hr = ts_hilbert(AXLE_RR, 8);
    axle_matrix *Iq = NULL, *Ir = NULL;
    TS_OK(axle_matrix_inverse(&Iq, Hq));
    TS_OK(axle_matrix_inverse(&Ir, Hr));
    cr_assert(ts_agree(Iq, Ir, 1e-5));
    axle_scalar *dq = NULL, *dr = NULL;
    TS_OK(axle_matrix_det(&dq, Hq));
    TS_OK(axle_matrix_det(&dr, Hr));
    double eq = axle_scalar_to_double(dq), er = axle_scalar_to_double(dr);
    cr_assert_leq(fabs(eq - er), 1e-5 * fabs(eq), "det: QQ %.17g, RR %.17g", eq, er);
    axle_scalar_free(dq);
    axle_scalar_free(dr);
    axle_matrix_free(Hq);
    axle_matrix_free(Hr);
    axle_matrix_free(Iq);
    axle_matrix_free(Ir);
}
