/* Orthogonal complements, projections and the Riesz representation over both fields, for random
 * Gram matrices (fixed seed): V = U ⊕ U⊥ (dimensions add, intersection {0}, U⊥ orthogonal to U),
 * P_U² = P_U and self-adjoint (<P u, v> = <u, P v>), range U, Pythagoras ‖v‖² = ‖P v‖² + d², the
 * classroom best approximation of x² by span(1, x) on [-1, 1], φ(v) = <v, u> for the Riesz
 * vector, RR agreeing with QQ, and the error paths (a subspace or vector of another space, a
 * functional that is not one, NULL arguments) with the inputs unchanged. */
#include <stdio.h>

#include "helpers.h"
#include "inner/inner_internal.h"

static axle_space *random_subspace(ts_rng *r, const axle_space *V, size_t k)
{
    axle_vector *v[4];
    for (size_t i = 0; i < k; i++)
        v[i] = in_random_vec(r, V);
    axle_space *U = NULL;
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)v, k));
    for (size_t i = 0; i < k; i++)
        axle_vector_unref(v[i]);
    return U;
}

static axle_vector *basis_vector(const axle_space *U, size_t j)
{
    axle_vector *b = NULL;
    TS_OK(axle_space_basis_vector(&b, U, j));
    return b;
}

static axle_vector *apply_map(const axle_map *P, const axle_vector *v)
{
    axle_vector *w = NULL;
    TS_OK(axle_map_apply(&w, P, v));
    return w;
}

FIELDS(inner_complement, direct_sum)
{
    ts_rng rng = ts_rng_new("inner_complement/direct_sum");
    const size_t n = 5;
    axle_space *V = in_fn(*F, n);
    for (int trial = 0; trial < 6; trial++) {
        axle_matrix *G = in_random_gram(&rng, *F, n);
        axle_inner *ip = in_gram(V, G);
        axle_space *U = random_subspace(&rng, V, 1 + (size_t)trial % 3), *W = NULL, *I = NULL;
        TS_OK(axle_inner_complement(&W, ip, U));
        size_t du = axle_space_dim(U), dw = axle_space_dim(W);
        cr_assert_eq(du + dw, n, "dim U + dim U-perp = %zu + %zu (trial %d)", du, dw, trial);
        TS_OK(axle_space_intersect(&I, U, W));
        cr_assert_eq(axle_space_dim(I), 0);
        const axle_space *both[2] = {U, W};
        bool direct = false;
        TS_OK(axle_space_is_direct_sum(&direct, both, 2));
        cr_assert(direct);
        for (size_t i = 0; i < du; i++)
            for (size_t j = 0; j < dw; j++) {
                axle_vector *u = basis_vector(U, i), *w = basis_vector(W, j);
                bool orth = false;
                TS_OK(axle_inner_is_orthogonal(&orth, ip, u, w));
                cr_assert(orth, "U-perp is not orthogonal to U (trial %d)", trial);
                axle_vector_unref(u);
                axle_vector_unref(w);
            }
        axle_space_unref(U);
        axle_space_unref(W);
        axle_space_unref(I);
        axle_inner_unref(ip);
        axle_matrix_free(G);
    }
    /* The whole space and {0}. */
    axle_inner *dot = in_dot(V);
    axle_space *Z = NULL, *W = NULL;
    TS_OK(axle_inner_complement(&W, dot, V));
    cr_assert_eq(axle_space_dim(W), 0);
    axle_space_unref(W);
    TS_OK(axle_space_zero(&Z, V));
    TS_OK(axle_inner_complement(&W, dot, Z));
    cr_assert_eq(axle_space_dim(W), n);
    axle_space_unref(W);
    axle_space_unref(Z);
    axle_inner_unref(dot);
    axle_space_unref(V);
}

FIELDS(inner_complement, projection_properties)
{
    ts_rng rng = ts_rng_new("inner_complement/projection_properties");
    const size_t n = 5;
    axle_space *V = in_fn(*F, n);
    for (int trial = 0; trial < 6; trial++) {
        axle_matrix *G = in_random_gram(&rng, *F, n);
        axle_inner *ip = in_gram(V, G);
        axle_space *U = random_subspace(&rng, V, 1 + (size_t)trial % 3);
        axle_map *P = NULL;
        TS_OK(axle_inner_projection(&P, ip, U));
        axle_matrix *M = NULL;
        TS_OK(axle_map_matrix(&M, P, NULL, 0, NULL, 0));
        axle_matrix *M2 = ts_mul(M, M);
        cr_assert(ts_close(M2, M, 1e-9), "P^2 != P (trial %d)", trial);
        axle_vector *u = in_random_vec(&rng, V), *v = in_random_vec(&rng, V);
        axle_vector *Pu = apply_map(P, u), *Pv = apply_map(P, v), *pv = NULL;
        /* Self-adjoint: <P u, v> = <u, P v>. */
        axle_scalar *a = in_apply(ip, Pu, v), *b = in_apply(ip, u, Pv);
        cr_assert(in_close(a, b, 1e-9), "P is not self-adjoint (trial %d)", trial);
        /* project agrees with the map; P v lies in U; v - P v is orthogonal to U. */
        TS_OK(axle_inner_project(&pv, ip, U, v));
        in_assert_vec(pv, Pv, 1e-9);
        bool in = false;
        TS_OK(axle_space_contains(&in, U, pv));
        cr_assert(in, "P v is not in U (trial %d)", trial);
        axle_vector *res = NULL;
        TS_OK(axle_vector_sub(&res, v, pv));
        for (size_t j = 0; j < axle_space_dim(U); j++) {
            axle_vector *bj = basis_vector(U, j);
            bool orth = false;
            TS_OK(axle_inner_is_orthogonal(&orth, ip, res, bj));
            cr_assert(orth, "v - P v is not orthogonal to U (trial %d)", trial);
            axle_vector_unref(bj);
        }
        /* Pythagoras: ‖v‖² = ‖P v‖² + d(v, U)². */
        axle_scalar *d = NULL, *vv = in_norm2(ip, v), *pp = in_norm2(ip, pv), *sum = NULL;
        TS_OK(axle_inner_distance_squared(&d, ip, U, v));
        TS_OK(axle_scalar_add(&sum, pp, d));
        cr_assert(in_close(sum, vv, 1e-9), "Pythagoras fails (trial %d)", trial);
        /* A vector of U is its own projection, at distance 0 (exactly, on both fields). */
        axle_vector *b0 = basis_vector(U, 0), *pb = NULL;
        axle_scalar *d0 = NULL;
        TS_OK(axle_inner_project(&pb, ip, U, b0));
        in_assert_vec(pb, b0, 1e-9);
        TS_OK(axle_inner_distance_squared(&d0, ip, U, b0));
        cr_assert(axle_scalar_is_zero(d0), "distance of a vector of U is %g (trial %d)",
                  axle_scalar_to_double(d0), trial);
        axle_scalar *sc[] = {a, b, d, vv, pp, sum, d0};
        for (size_t i = 0; i < sizeof sc / sizeof *sc; i++)
            axle_scalar_free(sc[i]);
        axle_vector *vs[] = {u, v, Pu, Pv, pv, res, b0, pb};
        for (size_t i = 0; i < sizeof vs / sizeof *vs; i++)
            axle_vector_unref(vs[i]);
        axle_matrix_free(M);
        axle_matrix_free(M2);
        axle_map_unref(P);
        axle_space_unref(U);
        axle_inner_unref(ip);
        axle_matrix_free(G);
    }
    axle_space_unref(V);
}

/* The best approximation of x² by span(1, x) on [-1, 1] is 1/3, at distance² 8/45. */
FIELDS(inner_complement, best_approximation)
{
    axle_space *V = in_poly(*F, 2);
    axle_inner *ip = in_integral(V, -1, 1);
    axle_vector *b[2] = {in_parse(V, "1"), in_parse(V, "x")}, *v = in_parse(V, "x^2");
    axle_space *U = NULL;
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)b, 2));
    axle_vector *p = NULL, *want = in_parse(V, "1/3");
    TS_OK(axle_inner_project(&p, ip, U, v));
    in_assert_vec(p, want, IN_TOL);
    axle_scalar *d = NULL;
    TS_OK(axle_inner_distance_squared(&d, ip, U, v));
    in_assert_value(d, 8, 45);
    axle_scalar_free(d);
    axle_vector_unref(p);
    axle_vector_unref(want);
    axle_vector_unref(b[0]);
    axle_vector_unref(b[1]);
    axle_vector_unref(v);
    axle_space_unref(U);
    axle_inner_unref(ip);
    axle_space_unref(V);
}

FIELDS(inner_complement, riesz)
{
    ts_rng rng = ts_rng_new("inner_complement/riesz");
    const size_t n = 4;
    axle_space *V = in_fn(*F, n), *D = NULL;
    TS_OK(axle_space_dual(&D, V));
    for (int trial = 0; trial < 5; trial++) {
        axle_matrix *G = in_random_gram(&rng, *F, n);
        axle_inner *ip = in_gram(V, G);
        axle_vector *phi = in_random_vec(&rng, D), *u = NULL;
        TS_OK(axle_inner_riesz(&u, ip, phi));
        cr_assert_eq(axle_vector_space(u), V);
        for (int k = 0; k < 3; k++) {
            axle_vector *v = in_random_vec(&rng, V);
            axle_scalar *a = NULL, *b = in_apply(ip, v, u);
            TS_OK(axle_vector_eval(&a, phi, v));
            cr_assert(in_close(b, a, 1e-9), "phi(v) != <v, u> (trial %d)", trial);
            axle_scalar_free(a);
            axle_scalar_free(b);
            axle_vector_unref(v);
        }
        axle_vector_unref(phi);
        axle_vector_unref(u);
        axle_inner_unref(ip);
        axle_matrix_free(G);
    }
    /* The dot product: u has phi's coordinates. */
    axle_inner *dot = in_dot(V);
    axle_vector *phi = in_vec(D, (long[]){1, -2, 0, 3}), *u = NULL,
                *w = in_vec(V, (long[]){1, -2, 0, 3});
    TS_OK(axle_inner_riesz(&u, dot, phi));
    in_assert_vec(u, w, 0);
    axle_vector_unref(u);
    /* A vector of V is not a functional. */
    u = (axle_vector *)1;
    IN_FAILS(axle_inner_riesz(&u, dot, w), AXLE_EDIM, "not a functional");
    cr_assert_null(u);
    IN_FAILS(axle_inner_riesz(&u, NULL, phi), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_riesz(&u, dot, NULL), AXLE_EINVAL, NULL);
    axle_vector_unref(phi);
    axle_vector_unref(w);
    axle_inner_unref(dot);
    axle_space_unref(D);
    axle_space_unref(V);
}

/* The projection matrix over RR agrees with the exact one converted. */
Test(inner_complement, rr_agrees_with_qq)
{
    ts_rng rng = ts_rng_new("inner_complement/rr_agrees_with_qq");
    const size_t n = 6;
    axle_space *Vq = in_fn(AXLE_QQ, n), *Vr = in_fn(AXLE_RR, n);
    axle_matrix *Gq = in_random_gram(&rng, AXLE_QQ, n), *Gr = NULL;
    TS_OK(axle_matrix_convert(&Gr, Gq, AXLE_RR));
    axle_matrix *Bq = ts_random_full_rank(&rng, AXLE_QQ, n, 3), *Br = NULL;
    TS_OK(axle_matrix_convert(&Br, Bq, AXLE_RR));
    axle_space *Uq = NULL, *Ur = NULL;
    TS_OK(axle_space_span_coords(&Uq, Vq, Bq));
    TS_OK(axle_space_span_coords(&Ur, Vr, Br));
    axle_inner *iq = in_gram(Vq, Gq), *ir = in_gram(Vr, Gr);
    axle_map *Pq = NULL, *Pr = NULL;
    TS_OK(axle_inner_projection(&Pq, iq, Uq));
    TS_OK(axle_inner_projection(&Pr, ir, Ur));
    axle_matrix *Mq = NULL, *Mr = NULL;
    TS_OK(axle_map_matrix(&Mq, Pq, NULL, 0, NULL, 0));
    TS_OK(axle_map_matrix(&Mr, Pr, NULL, 0, NULL, 0));
    cr_assert(ts_agree(Mq, Mr, 1e-9), "the projection differs between the fields");
    axle_map_unref(Pq);
    axle_map_unref(Pr);
    axle_matrix_free(Mq);
    axle_matrix_free(Mr);
    axle_inner_unref(iq);
    axle_inner_unref(ir);
    axle_space_unref(Uq);
    axle_space_unref(Ur);
    axle_matrix_free(Bq);
    axle_matrix_free(Br);
    axle_matrix_free(Gq);
    axle_matrix_free(Gr);
    axle_space_unref(Vq);
    axle_space_unref(Vr);
}

FIELDS(inner_complement, errors)
{
    axle_space *V = in_fn(*F, 3), *P = in_poly(*F, 2), *U = NULL;
    axle_vector *p = in_parse(P, "x");
    TS_OK(axle_space_span(&U, P, (const axle_vector *const *)&p, 1));
    axle_inner *ip = in_dot(V);
    axle_vector *v = in_vec(V, (long[]){1, 2, 3}), *keep = in_vec(V, (long[]){1, 2, 3});
    char want[128];
    const char *f = axle_field_name(*F);
    snprintf(want, sizeof want,
             "projecting onto a subspace of P_2(%s) with an inner product on %s^3", f, f);
    axle_vector *out = (axle_vector *)1;
    IN_FAILS(axle_inner_project(&out, ip, U, v), AXLE_EDIM, want);
    cr_assert_null(out);
    in_assert_vec(v, keep, 0);
    axle_space *W = (axle_space *)1;
    IN_FAILS(axle_inner_complement(&W, ip, U), AXLE_EDIM, "a subspace of P_2");
    cr_assert_null(W);
    IN_FAILS(axle_inner_complement(&W, ip, P), AXLE_EDIM, NULL);
    axle_map *M = (axle_map *)1;
    IN_FAILS(axle_inner_projection(&M, ip, U), AXLE_EDIM, NULL);
    cr_assert_null(M);
    axle_scalar *d = (axle_scalar *)1;
    IN_FAILS(axle_inner_distance_squared(&d, ip, U, v), AXLE_EDIM, NULL);
    cr_assert_null(d);
    /* A vector of another space onto a good subspace. */
    axle_space *S = NULL;
    TS_OK(axle_space_span(&S, V, (const axle_vector *const *)&v, 1));
    IN_FAILS(axle_inner_project(&out, ip, S, p), AXLE_EDIM, "v is a vector of P_2");
    IN_FAILS(axle_inner_project(&out, ip, NULL, v), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_project(&out, ip, S, NULL), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_project(&out, NULL, S, v), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_complement(&W, ip, NULL), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_complement(NULL, ip, S), AXLE_EINVAL, NULL);
    /* Other field. */
    axle_space *Q = in_fn(*F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 3), *T = NULL;
    TS_OK(axle_space_whole(&T, Q));
    IN_FAILS(axle_inner_complement(&W, ip, T), AXLE_EFIELD, NULL);
    axle_space_unref(T);
    axle_space_unref(Q);
    axle_space_unref(S);
    axle_vector_unref(p);
    axle_vector_unref(v);
    axle_vector_unref(keep);
    axle_inner_unref(ip);
    axle_space_unref(U);
    axle_space_unref(P);
    axle_space_unref(V);
}

/* The floor's projection matrix onto the column space of any B, rank-deficient or zero, equals
 * the projection onto the span of B's columns. */
FIELDS(inner_complement, projection_matrix_any_rank)
{
    ts_rng rng = ts_rng_new("inner_complement/projection_matrix_any_rank");
    const size_t n = 4;
    axle_space *V = in_fn(*F, n);
    axle_matrix *G = in_random_gram(&rng, *F, n);
    axle_inner *ip = in_gram(V, G);
    /* B = [b1, b2, b1 + b2, 0]: rank 2. */
    axle_matrix *B2 = ts_random_full_rank(&rng, *F, n, 2), *S = NULL, *Z = ts_zero(*F, n, 1);
    axle_matrix *b1 = NULL, *b2 = NULL, *B = NULL, *T = NULL;
    TS_OK(ax_mat_cols(&b1, B2, 0, 1));
    TS_OK(ax_mat_cols(&b2, B2, 1, 1));
    TS_OK(axle_matrix_add(&S, b1, b2));
    TS_OK(ax_mat_hcat(&T, B2, S));
    TS_OK(ax_mat_hcat(&B, T, Z));
    axle_matrix *P = NULL, *Q = NULL, *P0 = NULL;
    TS_OK(ax_inner_projection_matrix(&P, B, G));
    axle_space *U = NULL;
    TS_OK(axle_space_span_coords(&U, V, B2));
    axle_map *PU = NULL;
    TS_OK(axle_inner_projection(&PU, ip, U));
    TS_OK(axle_map_matrix(&Q, PU, NULL, 0, NULL, 0));
    cr_assert(ts_close(P, Q, 1e-9), "the projection onto col(B) differs from P_U");
    TS_OK(ax_inner_projection_matrix(&P0, Z, G));
    axle_matrix *Zn = ts_zero(*F, n, n);
    cr_assert(axle_matrix_equal(P0, Zn), "the projection onto {0} is not zero");
    axle_matrix *mats[] = {G, B2, S, Z, b1, b2, B, T, P, Q, P0, Zn};
    for (size_t i = 0; i < sizeof mats / sizeof *mats; i++)
        axle_matrix_free(mats[i]);
    axle_map_unref(PU);
    axle_space_unref(U);
    axle_inner_unref(ip);
    axle_space_unref(V);
}
