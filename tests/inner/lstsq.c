/* Least squares and the pseudoinverse over both fields (LADR 6.68): for rank-deficient systems
 * the minimum-norm solution (normal equations A^T (A x − b) = 0 and x orthogonal to null A),
 * exact over QQ, RR agreeing with QQ; the Moore–Penrose conditions for A⁺; the residuals and the
 * rank; the zero sizes; maps with non-standard inner products (T x − w orthogonal to range T in
 * GW, x orthogonal to null T in GV; T⁺ w = lstsq w); every error path. Fixed default seed. */
#include "op_helpers.h"

/* A^T (A x − B) = 0 and N^T x = 0 for a basis N of null A; residual_j = ‖A x_j − B_j‖². */
static void check_minimum_norm(const axle_matrix *A, const axle_matrix *B, const axle_matrix *x,
                               const axle_matrix *res)
{
    axle_field F = axle_matrix_field(A);
    axle_matrix *Ax = ts_mul(A, x), *R = ts_sub(Ax, B), *At = ts_transpose(A), *AtR = ts_mul(At, R);
    axle_matrix *Z = ts_zero(F, axle_matrix_cols(A), axle_matrix_cols(B));
    double scale = fmax(1.0, ts_maxnorm(A) * ts_maxnorm(A) * fmax(1.0, ts_maxnorm(x)) +
                                 ts_maxnorm(A) * ts_maxnorm(B));
    cr_assert(ts_close(AtR, Z, 1e-10 * scale), "normal equations (defect %g)", ts_maxnorm(AtR));
    axle_matrix *N = NULL;
    TS_OK(axle_matrix_null(&N, A));
    axle_matrix *Nt = ts_transpose(N), *Nx = ts_mul(Nt, x),
                *Z2 = ts_zero(F, axle_matrix_cols(N), axle_matrix_cols(B));
    cr_assert(ts_close(Nx, Z2, 1e-10 * fmax(1.0, ts_maxnorm(x))), "x orthogonal to null A (%g)",
              ts_maxnorm(Nx));
    if (res) {
        cr_assert_eq(axle_matrix_rows(res), 1);
        cr_assert_eq(axle_matrix_cols(res), axle_matrix_cols(B));
        for (size_t j = 0; j < axle_matrix_cols(B); j++) {
            double want = 0, got = 0;
            for (size_t i = 0; i < axle_matrix_rows(R); i++) {
                double e = 0;
                TS_OK(axle_matrix_get_double(&e, R, i, j));
                want += e * e;
            }
            TS_OK(axle_matrix_get_double(&got, res, 0, j));
            cr_assert_float_eq(got, want, 1e-9 * fmax(1.0, ts_maxnorm(B) * ts_maxnorm(B)),
                               "residual %zu", j);
        }
    }
    axle_matrix *mats[] = {Ax, R, At, AtR, Z, N, Nt, Nx, Z2};
    for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
        axle_matrix_free(mats[i]);
}

FIELDS(lstsq, rank_deficient)
{
    ts_rng r = ts_rng_new("lstsq/rank_deficient");
    for (size_t t = 0; t < 8; t++) {
        size_t m = 2 + t % 4, n = 1 + (t * 3) % 5, k = 1 + t % 2;
        size_t rk = 1 + t % (m < n ? m : n);
        axle_matrix *A = ts_random_rank(&r, *F, m, n, rk), *B = ts_random_int(&r, *F, m, k, -9, 9);
        axle_matrix *x = NULL, *res = NULL;
        size_t rank = 99;
        TS_OK(axle_matrix_lstsq(&x, &rank, &res, A, B));
        cr_assert_eq(rank, rk);
        cr_assert_eq(axle_matrix_rows(x), n);
        cr_assert_eq(axle_matrix_cols(x), k);
        check_minimum_norm(A, B, x, res);
        /* x = A⁺ B */
        axle_matrix *P = NULL;
        TS_OK(axle_matrix_pinv(&P, A));
        axle_matrix *PB = ts_mul(P, B);
        oh_assert_close(PB, x, "A+ B = x");
        /* optional outputs */
        axle_matrix *x2 = NULL;
        TS_OK(axle_matrix_lstsq(&x2, NULL, NULL, A, B));
        oh_assert_close(x2, x, "lstsq without rank and residual");
        axle_matrix_free(x2);
        axle_matrix_free(P);
        axle_matrix_free(PB);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(x);
        axle_matrix_free(res);
    }
}

/* RR agrees with the exact QQ solution (converted), rank-deficient and overdetermined. */
Test(lstsq, rr_agrees_with_qq)
{
    ts_rng r = ts_rng_new("lstsq/rr_agrees_with_qq");
    for (size_t t = 0; t < 6; t++) {
        size_t m = 3 + t % 3, n = 2 + t % 3, rk = 1 + t % 2;
        axle_matrix *Aq = ts_random_rank(&r, AXLE_QQ, m, n, rk),
                    *Bq = ts_random_int(&r, AXLE_QQ, m, 1, -9, 9), *Ar = NULL, *Br = NULL;
        TS_OK(axle_matrix_convert(&Ar, Aq, AXLE_RR));
        TS_OK(axle_matrix_convert(&Br, Bq, AXLE_RR));
        axle_matrix *xq = NULL, *xr = NULL, *Pq = NULL, *Pr = NULL;
        TS_OK(axle_matrix_lstsq(&xq, NULL, NULL, Aq, Bq));
        TS_OK(axle_matrix_lstsq(&xr, NULL, NULL, Ar, Br));
        cr_assert(ts_agree(xq, xr, 1e-9), "x: QQ and RR differ");
        TS_OK(axle_matrix_pinv(&Pq, Aq));
        TS_OK(axle_matrix_pinv(&Pr, Ar));
        cr_assert(ts_agree(Pq, Pr, 1e-9), "A+: QQ and RR differ");
        axle_matrix *mats[] = {Aq, Bq, Ar, Br, xq, xr, Pq, Pr};
        for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
            axle_matrix_free(mats[i]);
    }
}

/* The Penrose conditions: A X A = A, X A X = X, (A X)^T = A X, (X A)^T = X A. */
FIELDS(pinv, penrose_conditions)
{
    ts_rng r = ts_rng_new("pinv/penrose_conditions");
    for (size_t t = 0; t < 6; t++) {
        size_t m = 1 + t % 4, n = 1 + (t * 3) % 4, rk = 1 + t % (m < n ? m : n);
        axle_matrix *A = ts_random_rank(&r, *F, m, n, rk), *X = NULL;
        TS_OK(axle_matrix_pinv(&X, A));
        cr_assert_eq(axle_matrix_rows(X), n);
        cr_assert_eq(axle_matrix_cols(X), m);
        axle_matrix *AX = ts_mul(A, X), *XA = ts_mul(X, A), *AXA = ts_mul(AX, A),
                    *XAX = ts_mul(XA, X), *AXt = ts_transpose(AX), *XAt = ts_transpose(XA);
        oh_assert_close(AXA, A, "A X A = A");
        oh_assert_close(XAX, X, "X A X = X");
        oh_assert_close(AXt, AX, "A X symmetric");
        oh_assert_close(XAt, XA, "X A symmetric");
        axle_matrix *mats[] = {A, X, AX, XA, AXA, XAX, AXt, XAt};
        for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
            axle_matrix_free(mats[i]);
    }
    /* the classroom case: [[1, 1], [1, 1]]⁺ = [[1, 1], [1, 1]] / 4 */
    axle_matrix *A = oh_mat(*F, "[[1, 1], [1, 1]]"), *X = NULL,
                *W = oh_mat(*F, "[[1/4, 1/4], [1/4, 1/4]]");
    TS_OK(axle_matrix_pinv(&X, A));
    oh_assert_close(X, W, "[[1, 1], [1, 1]]+");
    axle_matrix_free(A);
    axle_matrix_free(X);
    axle_matrix_free(W);
}

/* A line fit: the least-squares line through (0, 1), (1, 3), (2, 4), (3, 8) is y = 7/10 + 11/5 x
 * with residual 9/5 (exact over QQ). */
FIELDS(lstsq, line_fit)
{
    axle_matrix *A = oh_mat(*F, "[[1, 0], [1, 1], [1, 2], [1, 3]]"),
                *b = oh_mat(*F, "[[1], [3], [4], [8]]"), *want = oh_mat(*F, "[[7/10], [11/5]]"),
                *wres = oh_mat(*F, "[[9/5]]"), *x = NULL, *res = NULL;
    size_t rank = 0;
    TS_OK(axle_matrix_lstsq(&x, &rank, &res, A, b));
    cr_assert_eq(rank, 2);
    oh_assert_close(x, want, "line fit");
    oh_assert_close(res, wres, "residual");
    axle_matrix *mats[] = {A, b, want, wres, x, res};
    for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
        axle_matrix_free(mats[i]);
}

/* The same fit as a map: T : P_1 -> F^4 evaluates at 0, 1, 2, 3; the least-squares polynomial
 * is 7/10 + 11/5 x. With the weights diag(1, 1, 1, 2) on F^4 the fit moves towards (3, 8):
 * 21/34 + 79/34 x, which solves the weighted normal equations E^T D (E c - w) = 0. */
FIELDS(lstsq, line_fit_map)
{
    axle_space *P = in_poly(*F, 1), *W = in_fn(*F, 4);
    axle_matrix *E = oh_mat(*F, "[[1, 0], [1, 1], [1, 2], [1, 3]]");
    axle_map *T = oh_map(P, W, E);
    axle_inner *dP = in_dot(P), *dW = in_dot(W);
    axle_vector *w = in_vec(W, (long[]){1, 3, 4, 8}), *x = NULL,
                *want = in_parse(P, "7/10 + 11/5 x");
    TS_OK(axle_map_lstsq(&x, dP, dW, T, w));
    cr_assert_eq(axle_vector_space(x), P);
    in_assert_vec(x, want, IN_TOL);
    axle_vector_unref(x);
    x = NULL;
    axle_matrix *D = oh_mat(*F, "[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 2]]");
    axle_inner *gW = in_gram(W, D);
    TS_OK(axle_map_lstsq(&x, dP, gW, T, w));
    /* E^T D (E c - w) = 0 */
    axle_matrix *c = NULL, *wc = NULL;
    TS_OK(axle_vector_coords(&c, x));
    TS_OK(axle_vector_coords(&wc, w));
    axle_matrix *Ec = ts_mul(E, c), *R = ts_sub(Ec, wc), *DR = ts_mul(D, R), *Et = ts_transpose(E),
                *N = ts_mul(Et, DR), *Z = ts_zero(*F, 2, 1);
    oh_assert_close(N, Z, "weighted normal equations");
    axle_vector *wx = in_parse(P, "21/34 + 79/34 x");
    in_assert_vec(x, wx, IN_TOL);
    axle_vector_unref(wx);
    axle_matrix *mats[] = {E, D, c, wc, Ec, R, DR, Et, N, Z};
    for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
        axle_matrix_free(mats[i]);
    axle_vector_unref(x);
    axle_vector_unref(w);
    axle_vector_unref(want);
    axle_inner_unref(gW);
    axle_inner_unref(dP);
    axle_inner_unref(dW);
    axle_map_unref(T);
    axle_space_unref(P);
    axle_space_unref(W);
}

FIELDS(lstsq, zero_sizes)
{
    axle_matrix *A = ts_zero(*F, 3, 0), *B = oh_mat(*F, "[[1, 2], [0, 1], [2, 0]]"), *x = NULL,
                *res = NULL;
    size_t rank = 9;
    TS_OK(axle_matrix_lstsq(&x, &rank, &res, A, B));
    cr_assert_eq(axle_matrix_rows(x), 0);
    cr_assert_eq(axle_matrix_cols(x), 2);
    cr_assert_eq(rank, 0);
    axle_matrix *w = oh_mat(*F, "[[5, 5]]");
    oh_assert_close(res, w, "residual with no unknowns");
    axle_matrix_free(x);
    axle_matrix_free(res);
    axle_matrix_free(w);
    axle_matrix *A2 = ts_zero(*F, 0, 2), *B2 = ts_zero(*F, 0, 1);
    TS_OK(axle_matrix_lstsq(&x, &rank, &res, A2, B2));
    cr_assert_eq(axle_matrix_rows(x), 2);
    cr_assert_eq(axle_matrix_cols(res), 1);
    axle_matrix *z = ts_zero(*F, 2, 1);
    oh_assert_close(x, z, "no equations: x = 0");
    axle_matrix_free(x);
    axle_matrix_free(res);
    axle_matrix_free(z);
    axle_matrix *A3 = oh_mat(*F, "[[1, 2], [2, 4]]"), *B3 = ts_zero(*F, 2, 0);
    TS_OK(axle_matrix_lstsq(&x, &rank, NULL, A3, B3));
    cr_assert_eq(rank, 1);
    cr_assert_eq(axle_matrix_rows(x), 2);
    cr_assert_eq(axle_matrix_cols(x), 0);
    axle_matrix_free(x);
    axle_matrix *P = NULL;
    TS_OK(axle_matrix_pinv(&P, A2));
    cr_assert_eq(axle_matrix_rows(P), 2);
    cr_assert_eq(axle_matrix_cols(P), 0);
    axle_matrix_free(P);
    axle_matrix *mats[] = {A, B, A2, B2, A3, B3};
    for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
        axle_matrix_free(mats[i]);
}

FIELDS(lstsq, errors)
{
    axle_field G = *F == AXLE_QQ ? AXLE_RR : AXLE_QQ;
    axle_matrix *A = oh_mat(*F, "[[1, 2], [3, 4], [5, 6]]"), *B = oh_mat(*F, "[[1], [2]]"),
                *Bg = oh_mat(G, "[[1], [2], [3]]"), *B3 = oh_mat(*F, "[[1], [2], [3]]");
    axle_matrix *x = (axle_matrix *)&x, *res = (axle_matrix *)&res;
    size_t rank = 77;
    OH_FAILS(axle_matrix_lstsq(&x, &rank, &res, A, B), AXLE_EDIM);
    cr_assert_null(x);
    cr_assert_null(res);
    cr_assert_eq(rank, 77);
    OH_FAILS(axle_matrix_lstsq(&x, &rank, &res, A, Bg), AXLE_EFIELD);
    OH_FAILS(axle_matrix_lstsq(&x, &rank, &res, NULL, B3), AXLE_EINVAL);
    OH_FAILS(axle_matrix_lstsq(&x, &rank, &res, A, NULL), AXLE_EINVAL);
    OH_FAILS(axle_matrix_lstsq(NULL, &rank, &res, A, B3), AXLE_EINVAL);
    OH_FAILS(axle_matrix_pinv(&x, NULL), AXLE_EINVAL);
    OH_FAILS(axle_matrix_pinv(NULL, A), AXLE_EINVAL);
    /* maps */
    axle_space *V = in_fn(*F, 2), *W = in_fn(*F, 3);
    axle_inner *dV = in_dot(V), *dW = in_dot(W);
    axle_map *T = oh_map(V, W, A);
    axle_vector *wV = in_random_vec(&(ts_rng){1}, V), *v = (axle_vector *)&v;
    OH_FAILS(axle_map_lstsq(&v, dV, dW, T, wV), AXLE_EDIM);
    cr_assert_null(v);
    OH_FAILS(axle_map_lstsq(&v, dW, dV, T, wV), AXLE_EDIM);
    OH_FAILS(axle_map_lstsq(&v, dV, dW, T, NULL), AXLE_EINVAL);
    axle_map *P = (axle_map *)&P;
    OH_FAILS(axle_map_pseudoinverse(&P, dW, dW, T), AXLE_EDIM);
    cr_assert_null(P);
    OH_FAILS(axle_map_pseudoinverse(&P, dV, NULL, T), AXLE_EINVAL);
    axle_vector_unref(wV);
    axle_map_unref(T);
    axle_inner_unref(dV);
    axle_inner_unref(dW);
    axle_space_unref(V);
    axle_space_unref(W);
    axle_matrix *mats[] = {A, B, Bg, B3};
    for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
        axle_matrix_free(mats[i]);
}

/* Maps with Gram matrices: <T x − w, T e_j>_W = 0 for every j (x minimizes ‖T x − w‖ in GW), and
 * <x, u>_V = 0 for u in null T (x has minimum norm in GV); T⁺ w = x; with standard inner products
 * the map's lstsq and pseudoinverse are the matrix ones. */
FIELDS(lstsq, maps_with_gram_matrices)
{
    ts_rng r = ts_rng_new("lstsq/maps_with_gram_matrices");
    for (size_t t = 0; t < 5; t++) {
        size_t n = 2 + t % 3, m = 2 + (t * 2) % 3, rk = 1 + t % 2;
        axle_space *V = in_fn(*F, n), *W = in_fn(*F, m);
        axle_matrix *GV = in_random_gram(&r, *F, n), *GW = in_random_gram(&r, *F, m),
                    *M = ts_random_rank(&r, *F, m, n, rk);
        axle_inner *ipV = in_gram(V, GV), *ipW = in_gram(W, GW);
        axle_map *T = oh_map(V, W, M), *Tp = NULL;
        axle_vector *w = in_random_vec(&r, W), *x = NULL, *Tx = NULL, *res = NULL, *y = NULL;
        TS_OK(axle_map_lstsq(&x, ipV, ipW, T, w));
        TS_OK(axle_map_apply(&Tx, T, x));
        TS_OK(axle_vector_sub(&res, Tx, w));
        double scale = 0, nw = 0;
        TS_OK(axle_inner_norm_double(&nw, ipW, w));
        for (size_t j = 0; j < n; j++) {
            axle_vector *e = NULL, *Te = NULL;
            axle_scalar *ip = NULL, *zero = NULL;
            TS_OK(axle_vector_standard(&e, V, j));
            TS_OK(axle_map_apply(&Te, T, e));
            TS_OK(axle_inner_apply(&ip, ipW, res, Te));
            TS_OK(axle_scalar_from_int(&zero, *F, 0));
            TS_OK(axle_inner_norm_double(&scale, ipW, Te));
            oh_assert_scalar(ip, zero, 10 * scale * nw, "T x - w orthogonal to range T");
            axle_vector_unref(e);
            axle_vector_unref(Te);
            axle_scalar_free(ip);
            axle_scalar_free(zero);
        }
        axle_space *N = NULL;
        TS_OK(axle_map_null(&N, T));
        double nx = 0;
        TS_OK(axle_inner_norm_double(&nx, ipV, x));
        for (size_t j = 0; j < axle_space_dim(N); j++) {
            axle_vector *u = NULL;
            axle_scalar *ip = NULL, *zero = NULL;
            TS_OK(axle_space_basis_vector(&u, N, j));
            TS_OK(axle_inner_apply(&ip, ipV, x, u));
            TS_OK(axle_scalar_from_int(&zero, *F, 0));
            double nu = 0;
            TS_OK(axle_inner_norm_double(&nu, ipV, u));
            oh_assert_scalar(ip, zero, 10 * nx * nu, "x orthogonal to null T");
            axle_vector_unref(u);
            axle_scalar_free(ip);
            axle_scalar_free(zero);
        }
        TS_OK(axle_map_pseudoinverse(&Tp, ipV, ipW, T));
        TS_OK(axle_map_apply(&y, Tp, w));
        axle_matrix *xc = NULL, *yc = NULL;
        TS_OK(axle_vector_coords(&xc, x));
        TS_OK(axle_vector_coords(&yc, y));
        oh_assert_close(yc, xc, "T+ w = lstsq w");
        axle_matrix_free(xc);
        axle_matrix_free(yc);
        axle_space_unref(N);
        axle_vector_unref(y);
        axle_map_unref(Tp);
        /* standard inner products: the matrix functions */
        axle_inner *dV = in_dot(V), *dW = in_dot(W);
        axle_map *Tp2 = NULL;
        TS_OK(axle_map_pseudoinverse(&Tp2, dV, dW, T));
        axle_matrix *P2 = oh_matrix_of(Tp2), *P = NULL;
        TS_OK(axle_matrix_pinv(&P, M));
        oh_assert_close(P2, P, "map pseudoinverse = pinv");
        axle_matrix_free(P2);
        axle_matrix_free(P);
        axle_map_unref(Tp2);
        axle_inner_unref(dV);
        axle_inner_unref(dW);
        axle_vector_unref(w);
        axle_vector_unref(x);
        axle_vector_unref(Tx);
        axle_vector_unref(res);
        axle_map_unref(T);
        axle_inner_unref(ipV);
        axle_inner_unref(ipW);
        axle_matrix_free(GV);
        axle_matrix_free(GW);
        axle_matrix_free(M);
        axle_space_unref(V);
        axle_space_unref(W);
    }
}

/* (c T)⁺ = T⁺ / c: for c = 10^-300 the normal equations of the Gram-matrix route underflowed over
 * RR ("the system is inconsistent" for a pseudoinverse, which always exists), for c = 10^300 they
 * overflowed. Both fields give c (c T)⁺ = T⁺ and the least-squares solution w -> (c T)⁺ w. */
FIELDS(pinv, gram_matrices_at_extreme_scales)
{
    axle_space *V = in_fn(*F, 3), *W = in_fn(*F, 2);
    axle_matrix *GV = oh_mat(*F, "[[2, 1, 0], [1, 2, 1], [0, 1, 3]]"),
                *GW = oh_mat(*F, "[[3, 1], [1, 1]]"), *M = oh_mat(*F, "[[1, 2, 0], [-1, 1, 3]]");
    axle_inner *ipV = in_gram(V, GV), *ipW = in_gram(W, GW);
    axle_map *T = oh_map(V, W, M), *Tp = NULL;
    TS_OK(axle_map_pseudoinverse(&Tp, ipV, ipW, T));
    axle_matrix *P = oh_matrix_of(Tp);
    long wc[2] = {1, 2};
    axle_vector *w = NULL;
    TS_OK(axle_vector_from_ints(&w, W, wc, 2));
    const char *scales[] = {"1e-300", "1e300"};
    for (size_t k = 0; k < 2; k++) {
        axle_scalar *c = NULL;
        TS_OK(axle_scalar_parse(&c, *F, scales[k]));
        axle_matrix *cM = NULL, *cP = NULL, *Pw = NULL, *xc = NULL;
        TS_OK(axle_matrix_scale(&cM, c, M));
        axle_map *cT = oh_map(V, W, cM), *cTp = NULL;
        axle_vector *x = NULL;
        TS_OK(axle_map_pseudoinverse(&cTp, ipV, ipW, cT));
        axle_matrix *Q = oh_matrix_of(cTp);
        TS_OK(axle_matrix_scale(&cP, c, Q));
        oh_assert_close(cP, P, scales[k]);
        TS_OK(axle_map_lstsq(&x, ipV, ipW, cT, w));
        TS_OK(axle_vector_coords(&xc, x));
        axle_matrix *wm = NULL;
        TS_OK(axle_vector_coords(&wm, w));
        TS_OK(axle_matrix_mul(&Pw, Q, wm));
        oh_assert_close(xc, Pw, "the least-squares solution is (c T)+ w");
        axle_matrix_free(wm);
        axle_matrix_free(cM);
        axle_matrix_free(cP);
        axle_matrix_free(Pw);
        axle_matrix_free(xc);
        axle_matrix_free(Q);
        axle_vector_unref(x);
        axle_map_unref(cT);
        axle_map_unref(cTp);
        axle_scalar_free(c);
    }
    axle_vector_unref(w);
    axle_matrix_free(P);
    axle_map_unref(Tp);
    axle_map_unref(T);
    axle_inner_unref(ipV);
    axle_inner_unref(ipW);
    axle_matrix_free(GV);
    axle_matrix_free(GW);
    axle_matrix_free(M);
    axle_space_unref(V);
    axle_space_unref(W);
}
