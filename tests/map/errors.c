/* Every error path of the map floor, over both fields where it applies: the status, a message
 * naming the problem, and the output NULL. */
#include "helpers.h"

#define REFUSED(status, expr, out)                                                                 \
    do {                                                                                           \
        axle_status s_ = (expr);                                                                   \
        cr_assert_eq(s_, (status), "%s gave %s: %s", #expr, axle_strerror(s_),                     \
                     axle_error_message());                                                        \
        cr_assert_null(out);                                                                       \
    } while (0)

FIELDS(errors, compose_spaces_differ)
{
    axle_space *P2 = mp_poly(*F, 2), *P3 = mp_poly(*F, 3), *P1 = mp_poly(*F, 1);
    axle_map *S = NULL, *T = NULL, *ST = (axle_map *)1;
    TS_OK(axle_map_differentiation(&S, P2, NULL)); /* P_2 -> P_1 */
    TS_OK(axle_map_multiply_x(&T, P2, NULL));      /* P_2 -> P_3 */
    REFUSED(AXLE_EDIM, axle_map_compose(&ST, S, T), ST);
    mp_message_has(*F == AXLE_QQ ? "S starts at P_2(QQ) but T ends at P_3(QQ)"
                                 : "S starts at P_2(RR) but T ends at P_3(RR)");
    /* sums need the same spaces */
    REFUSED(AXLE_EDIM, axle_map_add(&ST, S, T), ST);
    mp_message_has("but T maps");
    axle_map_unref(S);
    axle_map_unref(T);
    axle_space_unref(P1);
    axle_space_unref(P2);
    axle_space_unref(P3);
}

Test(errors, mixed_fields)
{
    axle_space *Q = sp_fn(AXLE_QQ, 2), *R = sp_fn(AXLE_RR, 2);
    axle_map *Tq = NULL, *Tr = NULL, *out = NULL;
    TS_OK(axle_map_identity(&Tq, Q));
    TS_OK(axle_map_identity(&Tr, R));
    REFUSED(AXLE_EFIELD, axle_map_compose(&out, Tq, Tr), out);
    REFUSED(AXLE_EFIELD, axle_map_add(&out, Tq, Tr), out);
    REFUSED(AXLE_EFIELD, axle_map_zero(&out, Q, R), out);
    axle_matrix *M = NULL;
    TS_OK(axle_matrix_identity(&M, AXLE_RR, 2));
    REFUSED(AXLE_EFIELD, axle_map_from_matrix(&out, Q, Q, M), out);
    axle_scalar *c = NULL;
    TS_OK(axle_scalar_from_int(&c, AXLE_RR, 2));
    REFUSED(AXLE_EFIELD, axle_map_scale(&out, c, Tq), out);
    axle_poly *p = NULL;
    TS_OK(axle_poly_monomial(&p, AXLE_RR, 2));
    REFUSED(AXLE_EFIELD, axle_map_poly(&out, p, Tq), out);
    axle_vector *v = NULL, *w = NULL;
    TS_OK(axle_vector_zero(&v, R));
    REFUSED(AXLE_EFIELD, axle_map_apply(&w, Tq, v), w);
    axle_poly_free(p);
    axle_scalar_free(c);
    axle_vector_unref(v);
    axle_matrix_free(M);
    axle_map_unref(Tq);
    axle_map_unref(Tr);
    axle_space_unref(Q);
    axle_space_unref(R);
}

FIELDS(errors, matrix_shape)
{
    axle_space *P3 = mp_poly(*F, 3), *P2 = mp_poly(*F, 2);
    axle_matrix *M = NULL;
    axle_map *T = NULL;
    TS_OK(axle_matrix_new(&M, *F, 3, 3));
    REFUSED(AXLE_EDIM, axle_map_from_matrix(&T, P3, P2, M), T);
    mp_message_has("has 3 columns but the domain P_3(");
    axle_matrix_free(M);
    TS_OK(axle_matrix_new(&M, *F, 2, 4));
    REFUSED(AXLE_EDIM, axle_map_from_matrix(&T, P3, P2, M), T);
    mp_message_has("has 2 rows but the codomain P_2(");
    axle_matrix_free(M);
    axle_space_unref(P3);
    axle_space_unref(P2);
}

FIELDS(errors, not_invertible)
{
    axle_space *V = sp_fn(*F, 2), *W = sp_fn(*F, 3);
    const long a[] = {1, 2, 2, 4};
    axle_map *T = mp_ints(V, V, a), *Ti = NULL, *Z = NULL;
    REFUSED(AXLE_ESINGULAR, axle_map_inverse(&Ti, T), Ti);
    mp_message_has("null T has dimension 1");
    TS_OK(axle_map_zero(&Z, V, W));
    REFUSED(AXLE_ESINGULAR, axle_map_inverse(&Ti, Z), Ti);
    mp_message_has("T is not invertible");
    axle_map_unref(T);
    axle_map_unref(Z);
    axle_space_unref(V);
    axle_space_unref(W);
}

static axle_status wrong_space(axle_vector **out, const axle_vector *v, void *user)
{
    (void)v;
    return axle_vector_zero(out, user);
}

static axle_status returns_null(axle_vector **out, const axle_vector *v, void *user)
{
    (void)v;
    (void)user;
    *out = NULL;
    return AXLE_OK;
}

/* Fails at basis vector 1 with a vector in *out, which must not leak. */
static axle_status fails_late(axle_vector **out, const axle_vector *v, void *user)
{
    int *calls = user;
    axle_status s = axle_vector_zero(out, axle_vector_space(v));
    if (s || ++*calls < 2)
        return s;
    return AXLE_EDOMAIN;
}

FIELDS(errors, bad_callback)
{
    axle_space *P2 = mp_poly(*F, 2), *V3 = sp_fn(*F, 3);
    axle_map *T = NULL;
    REFUSED(AXLE_EDIM, axle_map_from_callback(&T, P2, P2, wrong_space, V3), T);
    mp_message_has("the callback's value at basis vector 0 (1) is a vector of ");
    REFUSED(AXLE_EINVAL, axle_map_from_callback(&T, P2, P2, returns_null, NULL), T);
    mp_message_has("basis vector 0 (1) is NULL");
    int calls = 0;
    REFUSED(AXLE_EDOMAIN, axle_map_from_callback(&T, P2, P2, fails_late, &calls), T);
    mp_message_has("the callback failed at basis vector 1 (x)");
    REFUSED(AXLE_EINVAL, axle_map_from_callback(&T, P2, P2, NULL, NULL), T);
    axle_space_unref(P2);
    axle_space_unref(V3);
}

FIELDS(errors, not_invariant)
{
    axle_space *V = sp_fn(*F, 2), *U = NULL, *W = sp_fn(*F, 3), *UW = NULL;
    const long a[] = {1, 0, 1, 1}; /* e_1 -> e_1 + e_2 */
    axle_map *T = mp_ints(V, V, a), *R = NULL, *Z = NULL;
    axle_vector *e1 = NULL;
    TS_OK(axle_vector_standard(&e1, V, 0));
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)&e1, 1));
    REFUSED(AXLE_EDOMAIN, axle_map_restrict(&R, T, U), R);
    mp_message_has("U is not invariant under T: T(u_1) is not in U");
    /* U must be a subspace of T's space; T an operator */
    TS_OK(axle_space_whole(&UW, W));
    REFUSED(AXLE_EDIM, axle_map_restrict(&R, T, UW), R);
    REFUSED(AXLE_EINVAL, axle_map_restrict(&R, T, V), R);
    TS_OK(axle_map_zero(&Z, V, W));
    REFUSED(AXLE_EDIM, axle_map_restrict(&R, Z, U), R);
    mp_message_has("T is not an operator");
    axle_vector_unref(e1);
    axle_map_unref(T);
    axle_map_unref(Z);
    axle_space_unref(U);
    axle_space_unref(UW);
    axle_space_unref(V);
    axle_space_unref(W);
}

FIELDS(errors, not_a_basis)
{
    axle_space *V = sp_fn(*F, 2);
    const long a[] = {1, 2}, b[] = {2, 4};
    axle_vector *dep[2] = {sp_ints(V, a), sp_ints(V, b)};
    axle_map *I = NULL, *T = NULL;
    axle_matrix *M = NULL, *A = NULL;
    TS_OK(axle_map_identity(&I, V));
    TS_OK(axle_matrix_identity(&A, *F, 2));
    REFUSED(AXLE_EINVAL, axle_map_matrix(&M, I, (const axle_vector *const *)dep, 2, NULL, 0), M);
    mp_message_has("linearly dependent");
    REFUSED(AXLE_EINVAL, axle_map_matrix(&M, I, NULL, 0, (const axle_vector *const *)dep, 1), M);
    mp_message_has("not a basis");
    REFUSED(AXLE_EINVAL,
            axle_map_from_matrix_in(&T, V, (const axle_vector *const *)dep, 2, V, NULL, 0, A), T);
    REFUSED(AXLE_EINVAL,
            axle_map_from_images(&T, V, V, (const axle_vector *const *)dep,
                                 (const axle_vector *const *)dep, 2),
            T);
    REFUSED(AXLE_EINVAL, axle_map_from_images(&T, V, V, NULL, (const axle_vector *const *)dep, 1),
            T);
    mp_message_has("1 image is given, but the domain");
    axle_vector_unref(dep[0]);
    axle_vector_unref(dep[1]);
    axle_matrix_free(A);
    axle_map_unref(I);
    axle_space_unref(V);
}

FIELDS(errors, not_an_operator)
{
    axle_space *V = sp_fn(*F, 2), *W = sp_fn(*F, 3);
    axle_map *Z = NULL, *out = NULL;
    axle_poly *p = NULL;
    axle_scalar *x = NULL;
    TS_OK(axle_map_zero(&Z, V, W));
    TS_OK(axle_poly_monomial(&p, *F, 2));
    REFUSED(AXLE_EDIM, axle_map_pow(&out, Z, 2), out);
    mp_message_has("T is not an operator: it maps");
    REFUSED(AXLE_EDIM, axle_map_poly(&out, p, Z), out);
    REFUSED(AXLE_EDIM, axle_map_trace(&x, Z), x);
    REFUSED(AXLE_EDIM, axle_map_det(&x, Z), x);
    axle_poly_free(p);
    axle_map_unref(Z);
    axle_space_unref(V);
    axle_space_unref(W);
}

/* Sizes above the limits are refused before anything is allocated. */
FIELDS(errors, sizes)
{
    axle_space *V = sp_fn(*F, 100000), *L = NULL;
    axle_map *T = NULL;
    REFUSED(AXLE_ERANGE, axle_map_zero(&T, V, V), T);
    mp_message_has("more than the limit");
    REFUSED(AXLE_ERANGE, axle_map_identity(&T, V), T);
    REFUSED(AXLE_ERANGE, axle_space_maps(&L, V, V), L);
    axle_space_unref(V);
}

/* Powers and polynomials whose exact entries would be too large are refused before computing;
 * over RR they are computed (doubles do not grow). */
FIELDS(errors, power_limits)
{
    axle_space *V = sp_fn(*F, 2);
    const long a[] = {3, 1, 1, 3};
    axle_map *T = mp_ints(V, V, a), *P = NULL;
    axle_poly *p = NULL;
    if (*F == AXLE_QQ) {
        REFUSED(AXLE_ERANGE, axle_map_pow(&P, T, 1UL << 40), P);
        mp_message_has("AXLE_POLY_MAX_BITS");
        TS_OK(axle_poly_monomial(&p, *F, 1000000));
        REFUSED(AXLE_ERANGE, axle_map_poly(&P, p, T), P);
    } else {
        const long h[] = {1, 0, 0, -1}; /* a reflection: every power is I or itself */
        axle_map *H = mp_ints(V, V, h), *I = NULL;
        TS_OK(axle_map_pow(&P, H, 1UL << 40));
        TS_OK(axle_map_identity(&I, V));
        cr_assert(mp_same(P, I));
        axle_map_unref(H);
        axle_map_unref(I);
    }
    axle_poly_free(p);
    axle_map_unref(P);
    axle_map_unref(T);
    axle_space_unref(V);
}

FIELDS(errors, wrong_kinds)
{
    axle_space *V = sp_fn(*F, 2), *P2 = mp_poly(*F, 2), *P0 = mp_poly(*F, 0);
    axle_map *T = NULL;
    axle_scalar *c = NULL;
    TS_OK(axle_scalar_from_int(&c, *F, 1));
    REFUSED(AXLE_EINVAL, axle_map_differentiation(&T, V, NULL), T);
    mp_message_has("needs a space of polynomials");
    REFUSED(AXLE_EDIM, axle_map_multiply_x(&T, P2, P2), T);
    mp_message_has("with k >= 3");
    REFUSED(AXLE_EINVAL, axle_map_transposition(&T, V), T);
    REFUSED(AXLE_EINVAL, axle_map_evaluation(&T, V, c), T);
    REFUSED(AXLE_EINVAL, axle_map_integration(&T, V, c, c), T);
    REFUSED(AXLE_EINVAL, axle_map_inclusion(&T, V), T);
    REFUSED(AXLE_EINVAL, axle_map_quotient(&T, V), T);
    REFUSED(AXLE_EINVAL, axle_map_projection(&T, V, 0), T);
    /* differentiation on P_0 lands in P_0 */
    TS_OK(axle_map_differentiation(&T, P0, NULL));
    cr_assert_eq(axle_space_dim(axle_map_codomain(T)), 1);
    axle_map_unref(T);
    /* a map to F^1 is a functional; others are not */
    axle_map *I = NULL;
    axle_vector *phi = NULL;
    TS_OK(axle_map_identity(&I, V));
    REFUSED(AXLE_EDIM, axle_map_to_functional(&phi, I), phi);
    axle_vector *v = NULL;
    TS_OK(axle_vector_zero(&v, V));
    REFUSED(AXLE_EINVAL, axle_map_from_vector(&T, v), T);
    REFUSED(AXLE_EINVAL, axle_map_from_functional(&T, v), T);
    /* apply and solve check the vector's space */
    axle_vector *w = NULL, *x = NULL;
    TS_OK(axle_vector_zero(&w, P2));
    REFUSED(AXLE_EDIM, axle_map_apply(&x, I, w), x);
    REFUSED(AXLE_EDIM, axle_map_solve(&x, NULL, NULL, I, w), x);
    axle_vector_unref(v);
    axle_vector_unref(w);
    axle_map_unref(I);
    axle_scalar_free(c);
    axle_space_unref(V);
    axle_space_unref(P2);
    axle_space_unref(P0);
}

/* Over QQ a w outside range T always gets a certificate, however small phi(w) is: the choice of
 * the left null vector once went through doubles, and phi(w) = 2^-1100 rounds to 0 there. */
Test(errors, certificate_below_double_range)
{
    axle_space *V = sp_fn(AXLE_QQ, 2);
    const long z[] = {1, 0, 0, 0}; /* range T = span(e_1) */
    axle_map *T = mp_ints(V, V, z);
    axle_matrix *c = ts_ints(AXLE_QQ, 2, 1, (const long[]){0, 1});
    mpq_t q;
    mpq_init(q);
    mpq_set_ui(q, 1, 1);
    mpz_mul_2exp(mpq_denref(q), mpq_denref(q), 1100);
    TS_OK(axle_matrix_set_mpq(c, 1, 0, q));
    axle_vector *w = NULL, *v = (axle_vector *)1, *cert = NULL, *y = NULL, *e1 = NULL;
    TS_OK(axle_vector_from_coords(&w, V, c));
    REFUSED(AXLE_ENOSOLUTION, axle_map_solve(&v, NULL, &cert, T, w), v);
    cr_assert_not_null(cert, "no certificate for w = (0, 2^-1100)");
    /* phi(w) != 0 and phi(T e_1) = 0 */
    axle_scalar *x = NULL;
    TS_OK(axle_vector_eval(&x, cert, w));
    cr_assert(!axle_scalar_is_zero(x));
    axle_scalar_free(x);
    TS_OK(axle_vector_standard(&e1, V, 0));
    TS_OK(axle_map_apply(&y, T, e1));
    TS_OK(axle_vector_eval(&x, cert, y));
    cr_assert(axle_scalar_is_zero(x));
    axle_scalar_free(x);
    mpq_clear(q);
    axle_vector_unref(y);
    axle_vector_unref(e1);
    axle_vector_unref(cert);
    axle_vector_unref(w);
    axle_matrix_free(c);
    axle_map_unref(T);
    axle_space_unref(V);
}

/* The evaluation and integration functionals on P_m over QQ hold the powers c^0, ..., c^m: about
 * bits(c) m^2 / 2 bits in all, refused above AXLE_POLY_MAX_BITS before they are computed (P_12000
 * at 2^20 would take 1.4e9 bits). c = +-1 and 0 cost nothing and stay allowed. */
Test(errors, functional_sizes)
{
    axle_space *V = mp_poly(AXLE_QQ, 12000);
    axle_scalar *big = NULL, *one = NULL, *zero = NULL;
    TS_OK(axle_scalar_from_int(&big, AXLE_QQ, 1L << 20));
    TS_OK(axle_scalar_from_int(&one, AXLE_QQ, -1));
    TS_OK(axle_scalar_from_int(&zero, AXLE_QQ, 0));
    axle_map *T = NULL;
    REFUSED(AXLE_ERANGE, axle_map_evaluation(&T, V, big), T);
    mp_message_has("AXLE_POLY_MAX_BITS");
    REFUSED(AXLE_ERANGE, axle_map_integration(&T, V, zero, big), T);
    mp_message_has("AXLE_POLY_MAX_BITS");
    REFUSED(AXLE_ERANGE, axle_map_integration(&T, V, big, one), T);
    TS_OK(axle_map_evaluation(&T, V, one));
    axle_map_unref(T);
    TS_OK(axle_map_integration(&T, V, zero, one));
    axle_map_unref(T);
    axle_scalar_free(big);
    axle_scalar_free(one);
    axle_scalar_free(zero);
    axle_space_unref(V);
}
