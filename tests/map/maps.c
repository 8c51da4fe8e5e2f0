/* The map floor over both fields: the built-in maps, the algebra of maps, null space and range,
 * solving, L(V, W), functionals and printing, each checked against its known matrix. */
#include "helpers.h"

/* Differentiation on P_3 end to end: matrix, null, range, rank-nullity, dual map. */
FIELDS(maps, differentiation_on_p3)
{
    axle_space *P3 = mp_poly(*F, 3), *P2 = mp_poly(*F, 2);
    axle_map *D = NULL, *Dd = NULL;
    TS_OK(axle_map_differentiation(&D, P3, NULL));
    const long want[] = {0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 3};
    axle_map *E = mp_ints(P3, P2, want);
    bool eq = false;
    TS_OK(axle_map_equal(&eq, D, E));
    cr_assert(eq);
    size_t rank = 0, nullity = 0;
    TS_OK(axle_map_rank(&rank, D));
    TS_OK(axle_map_nullity(&nullity, D));
    cr_assert_eq(rank, 3);
    cr_assert_eq(nullity, 1);
    axle_space *N = NULL, *R = NULL, *C = NULL, *P2w = NULL;
    TS_OK(axle_map_null(&N, D));
    TS_OK(axle_map_range(&R, D));
    /* null D = the constants, range D = P_2 */
    axle_vector *one = sp_parse(P3, "1");
    TS_OK(axle_space_span(&C, P3, (const axle_vector *const *)&one, 1));
    TS_OK(axle_space_equal(&eq, N, C));
    cr_assert(eq);
    TS_OK(axle_space_whole(&P2w, P2));
    TS_OK(axle_space_equal(&eq, R, P2w));
    cr_assert(eq);
    char *name = NULL;
    TS_OK(axle_space_to_string(&name, N, AXLE_FORMAT_TEXT));
    cr_assert_str_eq(name, *F == AXLE_QQ ? "subspace of dimension 1 of P_3(QQ)"
                                         : "subspace of dimension 1 of P_3(RR)");
    axle_free(name);
    bool inj = true, sur = false, inv = true;
    TS_OK(axle_map_is_injective(&inj, D));
    TS_OK(axle_map_is_surjective(&sur, D));
    TS_OK(axle_map_is_invertible(&inv, D));
    cr_assert(!inj && sur && !inv);
    /* D(x^3 - 2x + 5) = 3x^2 - 2 */
    axle_vector *p = sp_parse(P3, "x^3 - 2x + 5"), *Dp = NULL, *q = sp_parse(P2, "3x^2 - 2");
    TS_OK(axle_map_apply(&Dp, D, p));
    cr_assert(sp_equal(Dp, q));
    /* the dual map D' : P_2' -> P_3' has the transposed matrix */
    TS_OK(axle_map_dual(&Dd, D));
    axle_matrix *M = mp_matrix(D), *Mt = NULL, *Md = mp_matrix(Dd);
    TS_OK(axle_matrix_transpose(&Mt, M));
    cr_assert(mp_close(Mt, Md));
    if (*F == AXLE_QQ)
        mp_prints(D, AXLE_FORMAT_TEXT,
                  "P_3(QQ) -> P_2(QQ), M(T) = [[0, 1, 0, 0], [0, 0, 2, 0], [0, 0, 0, 3]]");
    axle_matrix_free(M);
    axle_matrix_free(Mt);
    axle_matrix_free(Md);
    axle_vector_unref(one);
    axle_vector_unref(p);
    axle_vector_unref(Dp);
    axle_vector_unref(q);
    axle_space_unref(N);
    axle_space_unref(R);
    axle_space_unref(C);
    axle_space_unref(P2w);
    axle_map_unref(D);
    axle_map_unref(Dd);
    axle_map_unref(E);
    axle_space_unref(P3);
    axle_space_unref(P2);
}

/* T(p) = x p' + p(0), written with vectors of the spaces. */
static axle_status xdp_plus_p0(axle_vector **out, const axle_vector *p, void *user)
{
    const axle_map *const *maps = user; /* D : P_3 -> P_2, X : P_2 -> P_3 */
    axle_vector *dp = NULL, *xdp = NULL, *e0 = NULL, *c0 = NULL;
    axle_scalar *p0 = NULL;
    axle_status s;
    if (!(s = axle_map_apply(&dp, maps[0], p)) && !(s = axle_map_apply(&xdp, maps[1], dp)) &&
        !(s = axle_vector_coord(&p0, p, 0)) &&
        !(s = axle_vector_standard(&e0, axle_vector_space(p), 0)) &&
        !(s = axle_vector_scale(&c0, p0, e0)))
        s = axle_vector_add(out, xdp, c0);
    axle_vector_unref(dp);
    axle_vector_unref(xdp);
    axle_vector_unref(e0);
    axle_vector_unref(c0);
    axle_scalar_free(p0);
    return s;
}

FIELDS(maps, callback)
{
    axle_space *P3 = mp_poly(*F, 3), *P2 = mp_poly(*F, 2);
    axle_map *maps[2] = {NULL, NULL}, *T = NULL;
    TS_OK(axle_map_differentiation(&maps[0], P3, NULL));
    TS_OK(axle_map_multiply_x(&maps[1], P2, P3));
    TS_OK(axle_map_from_callback(&T, P3, P3, xdp_plus_p0, maps));
    /* x (x^j)' + [j = 0] = j x^j + [j = 0]: diag(1, 1, 2, 3) */
    const long want[] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 3};
    axle_map *E = mp_ints(P3, P3, want);
    cr_assert(mp_same(T, E));
    axle_scalar *t = NULL, *d = NULL;
    TS_OK(axle_map_trace(&t, T));
    TS_OK(axle_map_det(&d, T));
    cr_assert_float_eq(axle_scalar_to_double(t), 7.0, 1e-12);
    cr_assert_float_eq(axle_scalar_to_double(d), 6.0, 1e-9);
    axle_scalar_free(t);
    axle_scalar_free(d);
    axle_map_unref(E);
    axle_map_unref(T);
    axle_map_unref(maps[0]);
    axle_map_unref(maps[1]);
    axle_space_unref(P3);
    axle_space_unref(P2);
}

FIELDS(maps, builtins)
{
    axle_space *P2 = mp_poly(*F, 2), *P3 = mp_poly(*F, 3), *M23 = NULL, *F1 = sp_fn(*F, 1);
    TS_OK(axle_space_matrices(&M23, *F, 2, 3));
    /* D on P_2 as an operator; multiplication by x into P_3 */
    axle_map *D = NULL, *X = NULL, *Tr = NULL, *Ev = NULL, *In = NULL, *I = NULL, *Z = NULL;
    TS_OK(axle_map_differentiation(&D, P2, P2));
    const long dm[] = {0, 1, 0, 0, 0, 2, 0, 0, 0};
    axle_map *De = mp_ints(P2, P2, dm);
    cr_assert(mp_same(D, De));
    TS_OK(axle_map_multiply_x(&X, P2, NULL));
    const long xm[] = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1};
    axle_map *Xe = mp_ints(P2, P3, xm);
    cr_assert(mp_same(X, Xe));
    /* transposition F^{2,3} -> F^{3,2} */
    TS_OK(axle_map_transposition(&Tr, M23));
    axle_vector *A = sp_parse(M23, "[[1, 2, 3], [4, 5, 6]]"), *At = NULL;
    TS_OK(axle_map_apply(&At, Tr, A));
    sp_prints(At, AXLE_FORMAT_TEXT, "[[1, 4], [2, 5], [3, 6]]");
    /* evaluation at 2 and integration over [0, 1] on P_2 */
    axle_scalar *two = NULL, *zero = NULL, *one = NULL;
    TS_OK(axle_scalar_from_int(&two, *F, 2));
    TS_OK(axle_scalar_from_int(&zero, *F, 0));
    TS_OK(axle_scalar_from_int(&one, *F, 1));
    TS_OK(axle_map_evaluation(&Ev, P2, two));
    TS_OK(axle_map_integration(&In, P2, zero, one));
    axle_vector *p = sp_parse(P2, "3x^2 - x + 1"), *v = NULL, *w = NULL;
    TS_OK(axle_map_apply(&v, Ev, p)); /* 12 - 2 + 1 = 11 */
    TS_OK(axle_map_apply(&w, In, p)); /* 1 - 1/2 + 1 = 3/2 */
    sp_prints(v, AXLE_FORMAT_TEXT, "(11)");
    sp_prints(w, AXLE_FORMAT_TEXT, *F == AXLE_QQ ? "(3/2)" : "(1.5)");
    /* identity and zero */
    TS_OK(axle_map_identity(&I, P2));
    TS_OK(axle_map_zero(&Z, P2, F1));
    axle_vector *Ip = NULL, *Zp = NULL, *z = NULL;
    TS_OK(axle_map_apply(&Ip, I, p));
    TS_OK(axle_map_apply(&Zp, Z, p));
    TS_OK(axle_vector_zero(&z, F1));
    cr_assert(sp_equal(Ip, p));
    cr_assert(sp_equal(Zp, z));
    axle_vector_unref(Ip);
    axle_vector_unref(Zp);
    axle_vector_unref(z);
    axle_vector_unref(A);
    axle_vector_unref(At);
    axle_vector_unref(p);
    axle_vector_unref(v);
    axle_vector_unref(w);
    axle_scalar_free(two);
    axle_scalar_free(zero);
    axle_scalar_free(one);
    axle_map_unref(D);
    axle_map_unref(De);
    axle_map_unref(X);
    axle_map_unref(Xe);
    axle_map_unref(Tr);
    axle_map_unref(Ev);
    axle_map_unref(In);
    axle_map_unref(I);
    axle_map_unref(Z);
    axle_space_unref(P2);
    axle_space_unref(P3);
    axle_space_unref(M23);
    axle_space_unref(F1);
}

/* Inclusion, quotient map and projection, and the induced map on V/null T. */
FIELDS(maps, subspaces_quotients_products)
{
    axle_space *V = sp_fn(*F, 3), *U = NULL, *Q = NULL, *W = sp_fn(*F, 2), *P = NULL;
    axle_vector *u = sp_parse(V, "(1, 1, 0)");
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)&u, 1));
    TS_OK(axle_space_quotient(&Q, U));
    axle_map *inc = NULL, *pi = NULL, *pu = NULL, *pr = NULL;
    TS_OK(axle_map_inclusion(&inc, U));
    TS_OK(axle_map_quotient(&pi, Q));
    /* pi after the inclusion is zero: U = null pi */
    TS_OK(axle_map_compose(&pu, pi, inc));
    size_t rank = 1;
    TS_OK(axle_map_rank(&rank, pu));
    cr_assert_eq(rank, 0);
    axle_space *N = NULL;
    bool eq = false;
    TS_OK(axle_map_null(&N, pi));
    TS_OK(axle_space_equal(&eq, N, U));
    cr_assert(eq);
    /* projection of F^3 x F^2 onto its second factor */
    const axle_space *parts[2] = {V, W};
    TS_OK(axle_space_product(&P, parts, 2));
    TS_OK(axle_map_projection(&pr, P, 1));
    axle_vector *x = sp_parse(P, "((1, 2, 3), (4, 5))"), *y = NULL;
    TS_OK(axle_map_apply(&y, pr, x));
    sp_prints(y, AXLE_FORMAT_TEXT, "(4, 5)");
    /* the induced map of T : F^3 -> F^2 with null T = span((1, 1, 0)) is injective */
    const long t[] = {1, -1, 0, 0, 0, 1};
    axle_map *T = mp_ints(V, W, t), *Ti = NULL;
    TS_OK(axle_map_induced(&Ti, T));
    bool inj = false;
    TS_OK(axle_map_is_injective(&inj, Ti));
    cr_assert(inj);
    cr_assert_eq(axle_space_kind_of(axle_map_domain(Ti)), AXLE_SPACE_QUOTIENT);
    /* T~(v + null T) = T v */
    axle_vector *v = sp_parse(V, "(2, 5, 7)"), *c = NULL, *a = NULL, *b = NULL;
    TS_OK(axle_vector_coset(&c, axle_map_domain(Ti), v));
    TS_OK(axle_map_apply(&a, Ti, c));
    TS_OK(axle_map_apply(&b, T, v));
    cr_assert(sp_equal(a, b));
    axle_vector_unref(v);
    axle_vector_unref(c);
    axle_vector_unref(a);
    axle_vector_unref(b);
    axle_map_unref(T);
    axle_map_unref(Ti);
    axle_vector_unref(x);
    axle_vector_unref(y);
    axle_vector_unref(u);
    axle_space_unref(N);
    axle_map_unref(inc);
    axle_map_unref(pi);
    axle_map_unref(pu);
    axle_map_unref(pr);
    axle_space_unref(V);
    axle_space_unref(U);
    axle_space_unref(Q);
    axle_space_unref(W);
    axle_space_unref(P);
}

/* Sums, multiples, powers, p(T), inverse, restriction to an invariant subspace. */
FIELDS(maps, algebra)
{
    axle_space *V = sp_fn(*F, 2);
    const long a[] = {1, 1, 0, 1}, b[] = {2, 0, 0, 3};
    axle_map *S = mp_ints(V, V, a), *T = mp_ints(V, V, b), *Sum = NULL, *Diff = NULL, *Sc = NULL;
    TS_OK(axle_map_add(&Sum, S, T));
    TS_OK(axle_map_sub(&Diff, S, T));
    axle_scalar *c = NULL;
    TS_OK(axle_scalar_from_int(&c, *F, -2));
    TS_OK(axle_map_scale(&Sc, c, S));
    const long sum[] = {3, 1, 0, 4}, diff[] = {-1, 1, 0, -2}, sc[] = {-2, -2, 0, -2};
    axle_map *E1 = mp_ints(V, V, sum), *E2 = mp_ints(V, V, diff), *E3 = mp_ints(V, V, sc);
    cr_assert(mp_same(Sum, E1) && mp_same(Diff, E2) && mp_same(Sc, E3));
    /* S^10 = [[1, 10], [0, 1]]; S^0 = I */
    axle_map *S10 = NULL, *S0 = NULL, *I = NULL;
    TS_OK(axle_map_pow(&S10, S, 10));
    TS_OK(axle_map_pow(&S0, S, 0));
    TS_OK(axle_map_identity(&I, V));
    const long s10[] = {1, 10, 0, 1};
    axle_map *E4 = mp_ints(V, V, s10);
    cr_assert(mp_same(S10, E4) && mp_same(S0, I));
    /* p(S) = S^2 - 2S + I = (S - I)^2 = 0 */
    axle_poly *p = NULL;
    const long pc[] = {1, -2, 1};
    TS_OK(axle_poly_from_ints(&p, *F, 3, pc));
    axle_map *pS = NULL;
    TS_OK(axle_map_poly(&pS, p, S));
    size_t rank = 1;
    TS_OK(axle_map_rank(&rank, pS));
    cr_assert_eq(rank, 0);
    /* S^-1 = [[1, -1], [0, 1]] */
    axle_map *Si = NULL;
    TS_OK(axle_map_inverse(&Si, S));
    const long si[] = {1, -1, 0, 1};
    axle_map *E5 = mp_ints(V, V, si);
    cr_assert(mp_same(Si, E5));
    /* span(e_1) is invariant under S, and S|_U is the identity of U */
    axle_vector *e1 = NULL;
    axle_space *U = NULL;
    TS_OK(axle_vector_standard(&e1, V, 0));
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)&e1, 1));
    axle_map *R = NULL, *IU = NULL;
    TS_OK(axle_map_restrict(&R, S, U));
    TS_OK(axle_map_identity(&IU, U));
    cr_assert(mp_same(R, IU));
    axle_map_unref(R);
    axle_map_unref(IU);
    axle_vector_unref(e1);
    axle_space_unref(U);
    axle_poly_free(p);
    axle_scalar_free(c);
    axle_map *all[] = {S, T, Sum, Diff, Sc, E1, E2, E3, S10, S0, I, E4, pS, Si, E5};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_map_unref(all[i]);
    axle_space_unref(V);
}

/* Solving T v = w: a solution plus null T, or a certificate that w is not in range T. */
FIELDS(maps, solve)
{
    axle_space *V = sp_fn(*F, 3), *W = sp_fn(*F, 2);
    const long t[] = {1, 2, 3, 2, 4, 6}; /* rank 1: range T = span((1, 2)) */
    axle_map *T = mp_ints(V, W, t);
    axle_vector *w = sp_parse(W, "(2, 4)"), *v = NULL, *Tv = NULL, *cert = NULL;
    axle_space *N = NULL;
    TS_OK(axle_map_solve(&v, &N, &cert, T, w));
    cr_assert_null(cert);
    TS_OK(axle_map_apply(&Tv, T, v));
    cr_assert(sp_equal(Tv, w));
    cr_assert_eq(axle_space_dim(N), 2);
    axle_vector_unref(Tv);
    axle_vector_unref(v);
    axle_space_unref(N);
    /* (1, 0) is not in range T: phi(range T) = 0 and phi(w) != 0 */
    axle_vector *w2 = sp_parse(W, "(1, 0)");
    cr_assert_eq(axle_map_solve(&v, &N, &cert, T, w2), AXLE_ENOSOLUTION);
    mp_message_has("w is not in range T");
    cr_assert_null(v);
    cr_assert_null(N);
    cr_assert_not_null(cert);
    axle_scalar *x = NULL;
    TS_OK(axle_vector_eval(&x, cert, w2));
    cr_assert(!axle_scalar_is_zero(x));
    axle_scalar_free(x);
    axle_space *R = NULL, *Ra = NULL;
    bool in = false;
    TS_OK(axle_map_range(&R, T));
    TS_OK(axle_space_annihilator(&Ra, R));
    TS_OK(axle_space_contains(&in, Ra, cert));
    cr_assert(in);
    axle_space_unref(R);
    axle_space_unref(Ra);
    axle_vector_unref(cert);
    axle_vector_unref(w);
    axle_vector_unref(w2);
    axle_map_unref(T);
    axle_space_unref(V);
    axle_space_unref(W);
}

/* L(V, W): a space of dimension dim V dim W whose vectors are maps; functionals as maps. */
FIELDS(maps, space_of_maps)
{
    axle_space *V = sp_fn(*F, 3), *W = mp_poly(*F, 1), *L = NULL, *L2 = NULL;
    TS_OK(axle_space_maps(&L, V, W));
    TS_OK(axle_space_maps(&L2, V, W));
    cr_assert_eq(axle_space_dim(L), 6);
    cr_assert_eq(axle_space_kind_of(L), AXLE_SPACE_MAPS);
    bool eq = false;
    TS_OK(axle_space_equal(&eq, L, L2));
    cr_assert(eq);
    cr_assert_eq(axle_space_part_count(L), 2);
    char *name = NULL;
    TS_OK(axle_space_to_string(&name, L, AXLE_FORMAT_TEXT));
    cr_assert_str_eq(name, *F == AXLE_QQ ? "L(QQ^3, P_1(QQ))" : "L(RR^3, P_1(RR))");
    axle_free(name);
    const long t[] = {1, 2, 3, 4, 5, 6};
    axle_map *T = mp_ints(V, W, t), *T2 = NULL, *S = NULL;
    axle_vector *v = NULL, *v2 = NULL, *sum = NULL;
    TS_OK(axle_map_to_vector(&v, T));
    sp_prints(v, AXLE_FORMAT_TEXT, "[[1, 2, 3], [4, 5, 6]]");
    /* a vector parsed in L(V, W) is the map again; vector addition is map addition */
    v2 = sp_parse(L, "[[1, 2, 3], [4, 5, 6]]");
    cr_assert(sp_equal(v, v2));
    TS_OK(axle_vector_add(&sum, v, v2));
    TS_OK(axle_map_from_vector(&T2, sum));
    TS_OK(axle_map_add(&S, T, T));
    cr_assert(mp_same(T2, S));
    /* functionals: the evaluation at 1 on P_1 is the functional (1, 1) */
    axle_map *ev = NULL, *back = NULL;
    axle_scalar *one = NULL;
    axle_vector *phi = NULL;
    TS_OK(axle_scalar_from_int(&one, *F, 1));
    TS_OK(axle_map_evaluation(&ev, W, one));
    TS_OK(axle_map_to_functional(&phi, ev));
    sp_prints(phi, AXLE_FORMAT_TEXT, "x |-> x_1 + x_2");
    TS_OK(axle_map_from_functional(&back, phi));
    cr_assert(mp_same(back, ev));
    axle_scalar_free(one);
    axle_vector_unref(phi);
    axle_map_unref(ev);
    axle_map_unref(back);
    axle_vector_unref(v);
    axle_vector_unref(v2);
    axle_vector_unref(sum);
    axle_map_unref(T);
    axle_map_unref(T2);
    axle_map_unref(S);
    axle_space_unref(L);
    axle_space_unref(L2);
    axle_space_unref(V);
    axle_space_unref(W);
}

/* Printing in every format. */
Test(maps, printing)
{
    axle_space *V = sp_fn(AXLE_QQ, 2), *W = sp_fn(AXLE_QQ, 1);
    const long t[] = {1, -2};
    axle_map *T = mp_ints(V, W, t);
    mp_prints(T, AXLE_FORMAT_TEXT, "QQ^2 -> QQ^1, M(T) = [[1, -2]]");
    mp_prints(T, AXLE_FORMAT_JSON,
              "{\"field\":\"QQ\",\"domain\":\"QQ^2\",\"codomain\":\"QQ^1\",\"matrix\":"
              "[[\"1\",\"-2\"]]}");
    char *s = NULL;
    TS_OK(axle_map_to_string(&s, T, AXLE_FORMAT_UNICODE));
    cr_assert(strstr(s, "\u211a\u00b2 \u2192 \u211a\u00b9"), "%s", s);
    axle_free(s);
    TS_OK(axle_map_to_string(&s, T, AXLE_FORMAT_LATEX));
    cr_assert(strstr(s, "\\mathbb{Q}^{2} \\to \\mathbb{Q}^{1}, \\mathcal{M}(T) = "), "%s", s);
    axle_free(s);
    axle_map_unref(T);
    axle_space_unref(V);
    axle_space_unref(W);
}

/* The trace of a matrix: the sum of the diagonal; square only; 0 for 0x0. */
FIELDS(maps, matrix_trace)
{
    axle_matrix *A = NULL, *B = NULL, *E = NULL;
    axle_scalar *t = (axle_scalar *)1;
    TS_OK(axle_matrix_from_fracs(&A, *F, 2, 2, (const long[]){1, 5, 7, 1},
                                 (const long[]){2, 1, 1, 3}));
    TS_OK(axle_matrix_trace(&t, A));
    cr_assert_float_eq(axle_scalar_to_double(t), 5.0 / 6.0, 1e-15);
    axle_scalar_free(t);
    TS_OK(axle_matrix_new(&E, *F, 0, 0));
    TS_OK(axle_matrix_trace(&t, E));
    cr_assert(axle_scalar_is_zero(t));
    axle_scalar_free(t);
    TS_OK(axle_matrix_new(&B, *F, 2, 3));
    cr_assert_eq(axle_matrix_trace(&t, B), AXLE_EDIM);
    cr_assert_null(t);
    mp_message_has("square matrix, A is 2x3");
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(E);
}

/* A callback into a subspace W may return vectors of W's ambient space that lie in W; one that
 * leaves W is refused (AXLE_EDOMAIN). */
static axle_status double_it(axle_vector **out, const axle_vector *v, void *user)
{
    axle_scalar *two = NULL;
    axle_vector *e = NULL;
    axle_status s;
    (void)user;
    if (!(s = axle_scalar_from_int(&two, axle_space_field(axle_vector_space(v)), 2)) &&
        !(s = axle_vector_embed(&e, v)))
        s = axle_vector_scale(out, two, e);
    axle_scalar_free(two);
    axle_vector_unref(e);
    return s;
}

static axle_status to_e2(axle_vector **out, const axle_vector *v, void *user)
{
    (void)v;
    return axle_vector_standard(out, user, 1);
}

FIELDS(maps, callback_into_subspace)
{
    axle_space *V = sp_fn(*F, 3), *U = NULL;
    axle_vector *b[2] = {sp_parse(V, "(1, 0, 1)"), sp_parse(V, "(0, 1, 1)")};
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)b, 2));
    axle_map *T = NULL, *I = NULL, *T2 = NULL;
    axle_scalar *two = NULL;
    TS_OK(axle_map_from_callback(&T, U, U, double_it, NULL));
    TS_OK(axle_map_identity(&I, U));
    TS_OK(axle_scalar_from_int(&two, *F, 2));
    TS_OK(axle_map_scale(&T2, two, I));
    cr_assert(mp_same(T, T2));
    axle_map *bad = (axle_map *)1;
    axle_space *E = NULL;
    axle_vector *e3 = NULL;
    TS_OK(axle_vector_standard(&e3, V, 2));
    TS_OK(axle_space_span(&E, V, (const axle_vector *const *)&e3, 1));
    cr_assert_eq(axle_map_from_callback(&bad, E, E, to_e2, V), AXLE_EDOMAIN);
    cr_assert_null(bad);
    mp_message_has("is not in the subspace");
    axle_vector_unref(e3);
    axle_space_unref(E);
    axle_scalar_free(two);
    axle_map_unref(T);
    axle_map_unref(I);
    axle_map_unref(T2);
    axle_vector_unref(b[0]);
    axle_vector_unref(b[1]);
    axle_space_unref(U);
    axle_space_unref(V);
}
