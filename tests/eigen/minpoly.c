/* Minimal polynomials over both fields: of matrices with known structure (zero, identity, Jordan
 * blocks, a permutation, diagonal with repeats, hidden by a similarity), of vectors (Axler 5.22),
 * and on random derogatory matrices over QQ: the minimal polynomial kills A, divides the
 * characteristic polynomial, and no proper divisor kills A (I, A, ..., A^(d-1)
 * are independent, d = deg p). Random tests use a fixed default seed. */
#include "helpers.h"

#define TOL 1e-7

static void assert_minpoly(const axle_matrix *A, const axle_poly *want)
{
    axle_poly *m = eg_minpoly(A);
    cr_assert(eg_poly_close(m, want, TOL), "wrong minimal polynomial (degree %ld, want %ld)",
              axle_poly_degree(m), axle_poly_degree(want));
    axle_poly_free(m);
}

/* U A U^-1 for a fixed unimodular U (the structure hidden, the invariants kept). */
static axle_matrix *conjugate(const axle_matrix *A)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *U = ts_identity(axle_matrix_field(A), n), *Ui = NULL;
    for (size_t i = 0; i + 1 < n; i++) {
        axle_scalar *c = NULL;
        TS_OK(axle_scalar_from_int(&c, axle_matrix_field(A), (long)(i % 3) + 1));
        TS_OK(axle_matrix_set(U, i, i + 1, c));
        axle_scalar_free(c);
    }
    TS_OK(axle_matrix_inverse(&Ui, U));
    axle_matrix *T = ts_mul(U, A), *B = ts_mul(T, Ui);
    axle_matrix_free(U);
    axle_matrix_free(Ui);
    axle_matrix_free(T);
    return B;
}

FIELDS(minpoly, zero_identity_small)
{
    axle_matrix *Z = ts_zero(*F, 3, 3), *I = ts_identity(*F, 3), *E = ts_zero(*F, 0, 0);
    axle_matrix *one = ts_ints(*F, 1, 1, (long[]){4});
    axle_poly *x = eg_poly(*F, 2, (long[]){0, 1}), *xm1 = eg_poly(*F, 2, (long[]){-1, 1});
    axle_poly *c1 = eg_poly(*F, 1, (long[]){1}), *xm4 = eg_poly(*F, 2, (long[]){-4, 1});
    assert_minpoly(Z, x);
    assert_minpoly(I, xm1);
    assert_minpoly(E, c1);
    assert_minpoly(one, xm4);
    axle_poly_free(x);
    axle_poly_free(xm1);
    axle_poly_free(c1);
    axle_poly_free(xm4);
    axle_matrix_free(Z);
    axle_matrix_free(I);
    axle_matrix_free(E);
    axle_matrix_free(one);
}

FIELDS(minpoly, jordan_blocks)
{
    /* J_3(2) (+) J_1(2) (+) J_2(-1), conjugated: minpoly (x - 2)^3 (x + 1)^2. */
    long J[36] = {0};
    long d[] = {2, 2, 2, 2, -1, -1};
    for (size_t i = 0; i < 6; i++)
        J[i * 6 + i] = d[i];
    J[0 * 6 + 1] = J[1 * 6 + 2] = J[4 * 6 + 5] = 1;
    axle_matrix *A0 = ts_ints(*F, 6, 6, J), *A = conjugate(A0);
    axle_poly *want = eg_from_roots(*F, 5, (long[]){2, 2, 2, -1, -1});
    assert_minpoly(A, want);
    axle_poly *chi = eg_charpoly(A), *q = NULL, *r = NULL;
    TS_OK(axle_poly_divrem(&q, &r, chi, want));
    if (*F == AXLE_QQ)
        cr_assert(axle_poly_is_zero(r), "the minimal polynomial divides chi");
    axle_poly_free(want);
    axle_poly_free(chi);
    axle_poly_free(q);
    axle_poly_free(r);
    axle_matrix_free(A0);
    axle_matrix_free(A);
}

FIELDS(minpoly, permutations_and_repeats)
{
    /* Two 2-cycles: chi = (x^2 - 1)^2, minpoly x^2 - 1. */
    long P[] = {0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0};
    axle_matrix *Pm = ts_ints(*F, 4, 4, P);
    axle_poly *want = eg_poly(*F, 3, (long[]){-1, 0, 1});
    assert_minpoly(Pm, want);
    axle_poly_free(want);
    /* diag(3, 3, -2, -2, -2) conjugated: (x - 3)(x + 2). */
    long D[25] = {0};
    long d[] = {3, 3, -2, -2, -2};
    for (size_t i = 0; i < 5; i++)
        D[i * 5 + i] = d[i];
    axle_matrix *D0 = ts_ints(*F, 5, 5, D), *A = conjugate(D0);
    want = eg_from_roots(*F, 2, (long[]){3, -2});
    assert_minpoly(A, want);
    axle_poly_free(want);
    axle_matrix_free(Pm);
    axle_matrix_free(D0);
    axle_matrix_free(A);
}

FIELDS(minpoly, of_a_vector)
{
    /* diag(1, 2, 3): e_1 gives x - 1, (1, 1, 0) gives (x - 1)(x - 2), 0 gives 1. */
    long D[] = {1, 0, 0, 0, 2, 0, 0, 0, 3};
    axle_matrix *A = ts_ints(*F, 3, 3, D);
    struct {
        long v[3];
        size_t nr;
        long r[3];
    } cases[] = {{{1, 0, 0}, 1, {1}},
                 {{1, 1, 0}, 2, {1, 2}},
                 {{0, 0, 0}, 0, {0}},
                 {{1, 1, 1}, 3, {1, 2, 3}}};
    for (size_t t = 0; t < sizeof cases / sizeof cases[0]; t++) {
        axle_matrix *v = ts_ints(*F, 3, 1, cases[t].v);
        axle_poly *p = NULL, *want = eg_from_roots(*F, cases[t].nr, cases[t].r);
        TS_OK(axle_matrix_minpoly_vector(&p, A, v));
        cr_assert(eg_poly_close(p, want, TOL), "case %zu", t);
        axle_poly_free(p);
        axle_poly_free(want);
        axle_matrix_free(v);
    }
    axle_matrix_free(A);
    /* On P_3: differentiation at x^2 is x^3 (x^2, 2x, 2, 0). */
    axle_space *V = NULL;
    axle_map *Dm = NULL;
    axle_vector *x2 = NULL;
    TS_OK(axle_space_poly(&V, *F, 3));
    TS_OK(axle_map_differentiation(&Dm, V, V));
    TS_OK(axle_vector_from_ints(&x2, V, (long[]){0, 0, 1, 0}, 4));
    axle_poly *p = NULL, *x3 = eg_poly(*F, 4, (long[]){0, 0, 0, 1});
    TS_OK(axle_map_minpoly_vector(&p, Dm, x2));
    cr_assert(eg_poly_close(p, x3, TOL));
    axle_poly_free(p);
    axle_poly_free(x3);
    axle_vector_unref(x2);
    axle_map_unref(Dm);
    axle_space_unref(V);
}

/* A random matrix with a repeated spectrum: blocks of a small random matrix repeated, plus a
 * Jordan block, conjugated by a random unimodular-ish similarity. */
static axle_matrix *derogatory(ts_rng *r, size_t *n_out)
{
    size_t k = (size_t)ts_range(r, 1, 3), reps = (size_t)ts_range(r, 2, 3);
    size_t n = k * reps + 2;
    axle_matrix *B = ts_random_int(r, AXLE_QQ, k, k, -3, 3), *A = ts_zero(AXLE_QQ, n, n);
    for (size_t t = 0; t < reps; t++)
        for (size_t i = 0; i < k; i++)
            for (size_t j = 0; j < k; j++) {
                axle_scalar *x = NULL;
                TS_OK(axle_matrix_get(&x, B, i, j));
                TS_OK(axle_matrix_set(A, t * k + i, t * k + j, x));
                axle_scalar_free(x);
            }
    long l = ts_range(r, -2, 2);
    axle_scalar *x = NULL, *o = NULL;
    TS_OK(axle_scalar_from_int(&x, AXLE_QQ, l));
    TS_OK(axle_scalar_from_int(&o, AXLE_QQ, 1));
    TS_OK(axle_matrix_set(A, n - 2, n - 2, x));
    TS_OK(axle_matrix_set(A, n - 1, n - 1, x));
    TS_OK(axle_matrix_set(A, n - 2, n - 1, o));
    axle_scalar_free(x);
    axle_scalar_free(o);
    axle_matrix *C = ts_random_full_rank(r, AXLE_QQ, n, n), *Ci = NULL;
    TS_OK(axle_matrix_inverse(&Ci, C));
    axle_matrix *T = ts_mul(C, A), *R = ts_mul(T, Ci);
    axle_matrix_free(B);
    axle_matrix_free(A);
    axle_matrix_free(C);
    axle_matrix_free(Ci);
    axle_matrix_free(T);
    *n_out = n;
    return R;
}

/* The rank of vec(I), vec(A), ..., vec(A^(d-1)) as the columns of an n^2 x d matrix. */
static size_t powers_rank(const axle_matrix *A, size_t d)
{
    size_t n = axle_matrix_rows(A), rank = 0;
    axle_matrix *K = ts_zero(AXLE_QQ, n * n, d), *P = ts_identity(AXLE_QQ, n);
    for (size_t k = 0; k < d; k++) {
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++) {
                axle_scalar *x = NULL;
                TS_OK(axle_matrix_get(&x, P, i, j));
                TS_OK(axle_matrix_set(K, i * n + j, k, x));
                axle_scalar_free(x);
            }
        axle_matrix *Q = ts_mul(A, P);
        axle_matrix_free(P);
        P = Q;
    }
    TS_OK(axle_matrix_rank(&rank, K));
    axle_matrix_free(K);
    axle_matrix_free(P);
    return rank;
}

Test(minpoly, qq_random_derogatory_is_minimal)
{
    ts_rng r = ts_rng_new("minpoly::qq_random_derogatory_is_minimal");
    for (int round = 0; round < 8; round++) {
        size_t n;
        axle_matrix *A = derogatory(&r, &n);
        axle_poly *m = eg_minpoly(A), *chi = eg_charpoly(A), *q = NULL, *rem = NULL;
        cr_assert_lt(axle_poly_degree(m), (long)n, "a derogatory matrix");
        eg_assert_kills(m, A, 0);
        TS_OK(axle_poly_divrem(&q, &rem, chi, m));
        cr_assert(axle_poly_is_zero(rem), "the minimal polynomial divides chi");
        /* Minimal: I, A, ..., A^(d-1) are independent, so no nonzero polynomial of degree < d
         * kills A. */
        size_t d = (size_t)axle_poly_degree(m);
        cr_assert_eq(powers_rank(A, d), d, "a proper divisor kills A");
        axle_poly_free(m);
        axle_poly_free(chi);
        axle_poly_free(q);
        axle_poly_free(rem);
        axle_matrix_free(A);
    }
}

Test(minpoly, qq_random_cyclic)
{
    ts_rng r = ts_rng_new("minpoly::qq_random_cyclic");
    for (size_t n = 1; n <= 12; n++) {
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        axle_poly *m = eg_minpoly(A);
        eg_assert_kills(m, A, 0);
        axle_poly_free(m);
        axle_matrix_free(A);
    }
}

Test(minpoly, rr_agrees_with_qq)
{
    ts_rng r = ts_rng_new("minpoly::rr_agrees_with_qq");
    for (int round = 0; round < 6; round++) {
        size_t n;
        axle_matrix *A = derogatory(&r, &n), *B = NULL;
        TS_OK(axle_matrix_convert(&B, A, AXLE_RR));
        axle_poly *mq = eg_minpoly(A), *mr = eg_minpoly(B), *mqr = NULL;
        TS_OK(axle_poly_convert(&mqr, mq, AXLE_RR));
        cr_assert(eg_poly_close(mr, mqr, 1e-5), "RR minimal polynomial of degree %ld, QQ %ld",
                  axle_poly_degree(mr), axle_poly_degree(mq));
        axle_poly_free(mq);
        axle_poly_free(mr);
        axle_poly_free(mqr);
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

/* A nonderogatory RR matrix (the Krylov dependence at the start vector has degree n): its minimal
 * polynomial is its characteristic polynomial, and it must be as accurate as that one, not carry
 * the condition of the Krylov basis v, Av, ..., A^n v. diag(1, 1 + 1e-10) has Krylov vectors
 * equal to about 1e-10 (the Krylov coefficients came out 7.6e-7 off); diag(1, ..., 8) gives a
 * Vandermonde-conditioned basis. Both compared with the exact QQ value. */
Test(minpoly, rr_nonderogatory_is_as_accurate_as_charpoly)
{
    const char *texts[] = {"[[1, 0], [0, 1.0000000001]]",
                           "[[1,0,0,0,0,0,0,0],[0,2,0,0,0,0,0,0],[0,0,3,0,0,0,0,0],"
                           "[0,0,0,4,0,0,0,0],[0,0,0,0,5,0,0,0],[0,0,0,0,0,6,0,0],"
                           "[0,0,0,0,0,0,7,0],[0,0,0,0,0,0,0,8]]"};
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        axle_matrix *Aq = NULL, *Ar = NULL;
        TS_OK(axle_matrix_parse(&Aq, AXLE_QQ, texts[t]));
        TS_OK(axle_matrix_parse(&Ar, AXLE_RR, texts[t]));
        axle_poly *cq = eg_charpoly(Aq), *mr = eg_minpoly(Ar), *want = NULL;
        TS_OK(axle_poly_convert(&want, cq, AXLE_RR));
        cr_assert(eg_poly_close(mr, want, 1e-12), "RR minimal polynomial of %s is off", texts[t]);
        axle_poly_free(cq);
        axle_poly_free(mr);
        axle_poly_free(want);
        axle_matrix_free(Aq);
        axle_matrix_free(Ar);
    }
}

/* Subnormal entries: the Krylov vectors are scaled by 1 / (their largest entry), which overflowed
 * to inf below 2^-1024 (AXLE_EDOMAIN "scalar must be finite, got inf" from axle_matrix_minpoly
 * and axle_matrix_eigen of [[1e-320, 1], [0, 1e-320]] over RR). */
Test(minpoly, rr_subnormal_entries)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_parse(&A, AXLE_RR, "[[1e-320]]"));
    axle_poly *m = eg_minpoly(A);
    cr_assert_eq(axle_poly_degree(m), 1);
    axle_scalar *c = NULL;
    TS_OK(axle_poly_coeff(&c, m, 0));
    double c0 = axle_scalar_to_double(c);
    cr_assert(fabs(c0 + 1e-320) <= 1e-323, "constant coefficient %g", c0);
    axle_scalar_free(c);
    axle_poly_free(m);
    axle_matrix_free(A);

    TS_OK(axle_matrix_parse(&A, AXLE_RR, "[[1e-320, 1], [0, 1e-320]]"));
    m = eg_minpoly(A);
    cr_assert_eq(axle_poly_degree(m), 2);
    axle_eigen *E = NULL;
    TS_OK(axle_matrix_eigen(&E, A));
    cr_assert_eq(axle_eigen_count(E), 2);
    axle_eigen_unref(E);
    axle_poly_free(m);
    axle_matrix_free(A);
}
