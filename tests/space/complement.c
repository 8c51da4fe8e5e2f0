/* axle_space_complement gives the same standard vectors, in increasing order, over QQ and RR
 * (the RR column-space kernel used to rotate and reorder them: 77 of 200 random cases differed),
 * so the quotient coordinates of V/U agree between the fields. */
#include "helpers.h"

static axle_matrix *to_rr(const axle_matrix *A)
{
    axle_matrix *B = NULL;
    TS_OK(axle_matrix_convert(&B, A, AXLE_RR));
    return B;
}

/* The columns of the dim x k basis W are standard vectors e_j with increasing j. */
static void assert_increasing_standard(const axle_matrix *W)
{
    size_t n = axle_matrix_rows(W), k = axle_matrix_cols(W), last = 0;
    for (size_t c = 0; c < k; c++) {
        size_t ones = 0, at = 0;
        for (size_t i = 0; i < n; i++) {
            double x;
            TS_OK(axle_matrix_get_double(&x, W, i, c));
            cr_assert(x == 0.0 || x == 1.0, "basis column %zu has an entry %g", c, x);
            if (x == 1.0) {
                ones++;
                at = i;
            }
        }
        cr_assert_eq(ones, 1, "basis column %zu is not a standard vector", c);
        cr_assert(c == 0 || at > last, "basis column %zu is e_%zu after e_%zu", c, at, last);
        last = at;
    }
}

Test(space_complement, same_standard_vectors_on_both_fields)
{
    ts_rng r = ts_rng_new("space_complement/same_standard_vectors_on_both_fields");
    for (int it = 0; it < 200; it++) {
        size_t n = (size_t)ts_range(&r, 1, 7), k = (size_t)ts_range(&r, 1, 7);
        size_t rank = (size_t)ts_range(&r, 0, (long)(n < k ? n : k));
        axle_matrix *A = ts_random_rank(&r, AXLE_QQ, n, k, rank), *Ar = to_rr(A);
        axle_space *Vq = sp_fn(AXLE_QQ, n), *Vr = sp_fn(AXLE_RR, n), *Uq = NULL, *Ur = NULL,
                   *Wq = NULL, *Wr = NULL, *Qq = NULL, *Qr = NULL;
        TS_OK(axle_space_span_coords(&Uq, Vq, A));
        TS_OK(axle_space_span_coords(&Ur, Vr, Ar));
        cr_assert_eq(axle_space_dim(Uq), rank);
        cr_assert_eq(axle_space_dim(Ur), rank, "case %d: RR rank decision differs", it);
        TS_OK(axle_space_complement(&Wq, Uq));
        TS_OK(axle_space_complement(&Wr, Ur));
        cr_assert_eq(axle_space_dim(Wq), n - rank);
        cr_assert_eq(axle_space_dim(Wr), n - rank);
        axle_matrix *Bq = NULL, *Br = NULL;
        TS_OK(axle_space_basis(&Bq, Wq));
        TS_OK(axle_space_basis(&Br, Wr));
        assert_increasing_standard(Bq);
        cr_assert(ts_agree(Bq, Br, 0.0), "case %d: the RR complement basis differs from QQ's", it);
        /* the same vector has the same coordinates in V/U on both fields */
        TS_OK(axle_space_quotient(&Qq, Uq));
        TS_OK(axle_space_quotient(&Qr, Ur));
        axle_matrix *c = ts_random_int(&r, AXLE_QQ, n, 1, -9, 9), *cr = to_rr(c);
        axle_vector *vq = NULL, *vr = NULL, *xq = NULL, *xr = NULL;
        TS_OK(axle_vector_from_coords(&vq, Vq, c));
        TS_OK(axle_vector_from_coords(&vr, Vr, cr));
        TS_OK(axle_vector_coset(&xq, Qq, vq));
        TS_OK(axle_vector_coset(&xr, Qr, vr));
        axle_matrix *kq = NULL, *kr = NULL;
        TS_OK(axle_vector_coords(&kq, xq));
        TS_OK(axle_vector_coords(&kr, xr));
        cr_assert(ts_agree(kq, kr, ts_tol(n)), "case %d: quotient coordinates differ", it);
        axle_matrix *mats[] = {A, Ar, Bq, Br, c, cr, kq, kr};
        for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
            axle_matrix_free(mats[i]);
        axle_vector *vecs[] = {vq, vr, xq, xr};
        for (size_t i = 0; i < sizeof vecs / sizeof vecs[0]; i++)
            axle_vector_unref(vecs[i]);
        axle_space *sps[] = {Vq, Vr, Uq, Ur, Wq, Wr, Qq, Qr};
        for (size_t i = 0; i < sizeof sps / sizeof sps[0]; i++)
            axle_space_unref(sps[i]);
    }
}
