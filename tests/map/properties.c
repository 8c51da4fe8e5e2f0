/* Property tests of the map floor over both fields, on random maps from a fixed default seed
 * (AXLE_TEST_SEED replays another): rank-nullity, M(ST) = M(S)M(T), (ST)^-1 = T^-1 S^-1, change
 * of basis, (T')' = T, null T' = (range T)^0, range T' = (null T)^0, trace and determinant
 * independent of the basis, det(ST) = det S det T. */
#include "helpers.h"

#define ROUNDS 6

/* A random basis of V (an invertible coordinate matrix), as new vectors in b[0..dim-1]. */
static void random_basis(ts_rng *r, const axle_space *V, axle_vector **b)
{
    size_t n = axle_space_dim(V);
    axle_matrix *C = ts_random_rank(r, axle_space_field(V), n, n, n);
    for (size_t j = 0; j < n; j++) {
        axle_matrix *c = NULL;
        axle_scalar *x = NULL;
        TS_OK(axle_matrix_new(&c, axle_space_field(V), n, 1));
        for (size_t i = 0; i < n; i++) {
            TS_OK(axle_matrix_get(&x, C, i, j));
            TS_OK(axle_matrix_set(c, i, 0, x));
            axle_scalar_free(x);
        }
        TS_OK(axle_vector_from_coords(&b[j], V, c));
        axle_matrix_free(c);
    }
    axle_matrix_free(C);
}

static void free_list(axle_vector **b, size_t n)
{
    for (size_t j = 0; j < n; j++)
        axle_vector_unref(b[j]);
}

FIELDS(properties, rank_nullity)
{
    ts_rng r = ts_rng_new("properties::rank_nullity");
    for (int k = 0; k < 3 * ROUNDS; k++) {
        size_t n = (size_t)ts_range(&r, 1, 6), m = (size_t)ts_range(&r, 1, 6);
        size_t rank = (size_t)ts_range(&r, 0, (long)(n < m ? n : m));
        axle_space *V = sp_fn(*F, n), *W = mp_poly(*F, m - 1), *N = NULL, *R = NULL;
        axle_map *T = mp_random(&r, V, W, rank);
        size_t rk = 0, nl = 0;
        TS_OK(axle_map_rank(&rk, T));
        TS_OK(axle_map_nullity(&nl, T));
        TS_OK(axle_map_null(&N, T));
        TS_OK(axle_map_range(&R, T));
        cr_assert_eq(rk, rank);
        cr_assert_eq(axle_space_dim(N) + axle_space_dim(R), n); /* 3.22 */
        cr_assert_eq(axle_space_dim(N), nl);
        /* T vanishes on null T */
        for (size_t j = 0; j < axle_space_dim(N); j++) {
            axle_vector *u = NULL, *Tu = NULL, *z = NULL;
            TS_OK(axle_space_basis_vector(&u, N, j));
            TS_OK(axle_map_apply(&Tu, T, u));
            TS_OK(axle_vector_zero(&z, W));
            cr_assert(sp_equal(Tu, z));
            axle_vector_unref(u);
            axle_vector_unref(Tu);
            axle_vector_unref(z);
        }
        axle_space_unref(N);
        axle_space_unref(R);
        axle_map_unref(T);
        axle_space_unref(V);
        axle_space_unref(W);
    }
}

FIELDS(properties, products_and_inverses)
{
    ts_rng r = ts_rng_new("properties::products_and_inverses");
    for (int k = 0; k < ROUNDS; k++) {
        size_t n = (size_t)ts_range(&r, 1, 5);
        axle_space *U = sp_fn(*F, n), *V = mp_poly(*F, n - 1), *W = NULL;
        TS_OK(axle_space_matrices(&W, *F, 1, n));
        axle_map *T = mp_random(&r, U, V, n), *S = mp_random(&r, V, W, n);
        axle_map *ST = NULL, *STi = NULL, *Si = NULL, *Ti = NULL, *TiSi = NULL;
        TS_OK(axle_map_compose(&ST, S, T));
        /* M(ST) = M(S) M(T) (3.43) */
        axle_matrix *MS = mp_matrix(S), *MT = mp_matrix(T), *MST = mp_matrix(ST), *P = NULL;
        TS_OK(axle_matrix_mul(&P, MS, MT));
        cr_assert(mp_close(P, MST));
        /* (ST)^-1 = T^-1 S^-1 */
        TS_OK(axle_map_inverse(&STi, ST));
        TS_OK(axle_map_inverse(&Si, S));
        TS_OK(axle_map_inverse(&Ti, T));
        TS_OK(axle_map_compose(&TiSi, Ti, Si));
        cr_assert(mp_same(STi, TiSi));
        /* det(ST) = det S det T for operators */
        axle_map *A = mp_random(&r, U, U, n), *B = mp_random(&r, U, U, n), *AB = NULL;
        TS_OK(axle_map_compose(&AB, A, B));
        axle_scalar *da = NULL, *db = NULL, *dab = NULL, *prod = NULL;
        TS_OK(axle_map_det(&da, A));
        TS_OK(axle_map_det(&db, B));
        TS_OK(axle_map_det(&dab, AB));
        TS_OK(axle_scalar_mul(&prod, da, db));
        cr_assert(mp_scalar_close(prod, dab, 1e-8));
        axle_scalar_free(da);
        axle_scalar_free(db);
        axle_scalar_free(dab);
        axle_scalar_free(prod);
        axle_matrix_free(MS);
        axle_matrix_free(MT);
        axle_matrix_free(MST);
        axle_matrix_free(P);
        axle_map *all[] = {T, S, ST, STi, Si, Ti, TiSi, A, B, AB};
        for (size_t i = 0; i < sizeof all / sizeof *all; i++)
            axle_map_unref(all[i]);
        axle_space_unref(U);
        axle_space_unref(V);
        axle_space_unref(W);
    }
}

/* M(T, beta, gamma) = C_gamma^-1 M(T) C_beta, the map made back from it is T, and the trace and
 * determinant of an operator do not depend on the basis. */
FIELDS(properties, change_of_basis)
{
    ts_rng r = ts_rng_new("properties::change_of_basis");
    for (int k = 0; k < ROUNDS; k++) {
        size_t n = (size_t)ts_range(&r, 1, 5), m = (size_t)ts_range(&r, 1, 5);
        axle_space *V = mp_poly(*F, n - 1), *W = sp_fn(*F, m);
        axle_vector *beta[5], *gamma[5];
        random_basis(&r, V, beta);
        random_basis(&r, W, gamma);
        axle_map *T = mp_random(&r, V, W, (size_t)ts_range(&r, 0, (long)(n < m ? n : m)));
        axle_matrix *A = NULL;
        TS_OK(axle_map_matrix(&A, T, (const axle_vector *const *)beta, n,
                              (const axle_vector *const *)gamma, m));
        /* column k of A is the gamma-coordinates of T(beta_k) */
        for (size_t j = 0; j < n; j++) {
            axle_vector *Tb = NULL;
            axle_matrix *c = NULL, *Ac = NULL;
            TS_OK(axle_map_apply(&Tb, T, beta[j]));
            TS_OK(axle_vector_coords_in(&c, Tb, (const axle_vector *const *)gamma, m));
            TS_OK(axle_matrix_new(&Ac, *F, m, 1));
            for (size_t i = 0; i < m; i++) {
                axle_scalar *x = NULL;
                TS_OK(axle_matrix_get(&x, A, i, j));
                TS_OK(axle_matrix_set(Ac, i, 0, x));
                axle_scalar_free(x);
            }
            cr_assert(mp_close(c, Ac));
            axle_vector_unref(Tb);
            axle_matrix_free(c);
            axle_matrix_free(Ac);
        }
        axle_map *T2 = NULL, *T3 = NULL;
        TS_OK(axle_map_from_matrix_in(&T2, V, (const axle_vector *const *)beta, n, W,
                                      (const axle_vector *const *)gamma, m, A));
        cr_assert(mp_same(T, T2));
        /* from the images of beta */
        axle_vector *img[5];
        for (size_t j = 0; j < n; j++)
            TS_OK(axle_map_apply(&img[j], T, beta[j]));
        TS_OK(axle_map_from_images(&T3, V, W, (const axle_vector *const *)beta,
                                   (const axle_vector *const *)img, n));
        cr_assert(mp_same(T, T3));
        free_list(img, n);
        /* an operator: trace and det of M(S, beta, beta) equal those of M(S) */
        axle_map *S = mp_random(&r, V, V, n);
        axle_matrix *B = NULL;
        TS_OK(axle_map_matrix(&B, S, (const axle_vector *const *)beta, n,
                              (const axle_vector *const *)beta, n));
        axle_scalar *t1 = NULL, *t2 = NULL, *d1 = NULL, *d2 = NULL;
        TS_OK(axle_map_trace(&t1, S));
        TS_OK(axle_matrix_trace(&t2, B));
        TS_OK(axle_map_det(&d1, S));
        TS_OK(axle_matrix_det(&d2, B));
        cr_assert(mp_scalar_close(t1, t2, 1e-8));
        cr_assert(mp_scalar_close(d1, d2, 1e-8));
        axle_scalar_free(t1);
        axle_scalar_free(t2);
        axle_scalar_free(d1);
        axle_scalar_free(d2);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_map_unref(T);
        axle_map_unref(T2);
        axle_map_unref(T3);
        axle_map_unref(S);
        free_list(beta, n);
        free_list(gamma, m);
        axle_space_unref(V);
        axle_space_unref(W);
    }
}

/* (T')' is T under V = V'' (same coordinates); null T' = (range T)^0, range T' = (null T)^0
 * (3.107, 3.109); M(T') = M(T)^t. */
FIELDS(properties, duality)
{
    ts_rng r = ts_rng_new("properties::duality");
    for (int k = 0; k < ROUNDS; k++) {
        size_t n = (size_t)ts_range(&r, 1, 5), m = (size_t)ts_range(&r, 1, 5);
        axle_space *V = sp_fn(*F, n), *W = mp_poly(*F, m - 1);
        axle_map *T = mp_random(&r, V, W, (size_t)ts_range(&r, 0, (long)(n < m ? n : m)));
        axle_map *Td = NULL, *Tdd = NULL;
        TS_OK(axle_map_dual(&Td, T));
        TS_OK(axle_map_dual(&Tdd, Td));
        axle_matrix *M = mp_matrix(T), *Mdd = mp_matrix(Tdd);
        cr_assert(mp_close(M, Mdd));
        cr_assert_eq(axle_space_kind_of(axle_map_domain(Tdd)), AXLE_SPACE_DUAL);
        axle_space *NTd = NULL, *RT = NULL, *RTa = NULL, *RTd = NULL, *NT = NULL, *NTa = NULL;
        bool eq = false;
        TS_OK(axle_map_null(&NTd, Td));
        TS_OK(axle_map_range(&RT, T));
        TS_OK(axle_space_annihilator(&RTa, RT));
        TS_OK(axle_space_equal(&eq, NTd, RTa));
        cr_assert(eq);
        TS_OK(axle_map_range(&RTd, Td));
        TS_OK(axle_map_null(&NT, T));
        TS_OK(axle_space_annihilator(&NTa, NT));
        TS_OK(axle_space_equal(&eq, RTd, NTa));
        cr_assert(eq);
        axle_space *all[] = {NTd, RT, RTa, RTd, NT, NTa, V, W};
        for (size_t i = 0; i < sizeof all / sizeof *all; i++)
            axle_space_unref(all[i]);
        axle_matrix_free(M);
        axle_matrix_free(Mdd);
        axle_map_unref(T);
        axle_map_unref(Td);
        axle_map_unref(Tdd);
    }
}

/* RR agrees with QQ: the same integer maps give the same rank, trace and determinant. */
Test(properties, rr_agrees_with_qq)
{
    ts_rng r = ts_rng_new("properties::rr_agrees_with_qq");
    for (int k = 0; k < ROUNDS; k++) {
        size_t n = (size_t)ts_range(&r, 1, 6);
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -5, 5), *B = NULL;
        TS_OK(axle_matrix_convert(&B, A, AXLE_RR));
        axle_space *Vq = sp_fn(AXLE_QQ, n), *Vr = sp_fn(AXLE_RR, n);
        axle_map *Tq = NULL, *Tr = NULL;
        TS_OK(axle_map_from_matrix(&Tq, Vq, Vq, A));
        TS_OK(axle_map_from_matrix(&Tr, Vr, Vr, B));
        size_t rq = 0, rr = 0;
        TS_OK(axle_map_rank(&rq, Tq));
        TS_OK(axle_map_rank(&rr, Tr));
        cr_assert_eq(rq, rr);
        axle_scalar *dq = NULL, *dr = NULL, *tq = NULL, *tr = NULL;
        TS_OK(axle_map_det(&dq, Tq));
        TS_OK(axle_map_det(&dr, Tr));
        TS_OK(axle_map_trace(&tq, Tq));
        TS_OK(axle_map_trace(&tr, Tr));
        double x = axle_scalar_to_double(dq), y = axle_scalar_to_double(dr);
        cr_assert(fabs(x - y) <= 1e-8 * (fabs(x) > 1 ? fabs(x) : 1));
        cr_assert_float_eq(axle_scalar_to_double(tq), axle_scalar_to_double(tr), 1e-12);
        axle_scalar_free(dq);
        axle_scalar_free(dr);
        axle_scalar_free(tq);
        axle_scalar_free(tr);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_map_unref(Tq);
        axle_map_unref(Tr);
        axle_space_unref(Vq);
        axle_space_unref(Vr);
    }
}
