/* Inner products over both fields: the constructors (dot, trace, Gram matrix, integral,
 * restriction, orthogonal sum), their Gram matrices and descriptions, and every error path of
 * construction (not symmetric, not positive definite, degenerate interval, wrong space or size,
 * mixed fields, NULL arguments, RR overflow, the QQ size limit) with the inputs unchanged. */
#include <stdio.h>

#include "helpers.h"

FIELDS(inner_products, dot_is_standard)
{
    axle_space *V = in_fn(*F, 3);
    axle_inner *ip = in_dot(V);
    cr_assert(axle_inner_is_standard(ip));
    cr_assert_eq(axle_inner_space(ip), V);
    cr_assert_eq(axle_inner_field(ip), *F);
    axle_matrix *G = NULL, *I = ts_identity(*F, 3);
    TS_OK(axle_inner_gram_matrix(&G, ip));
    cr_assert(axle_matrix_equal(G, I));
    axle_vector *u = in_vec(V, (long[]){1, 2, 3}), *v = in_vec(V, (long[]){4, -5, 6});
    axle_scalar *s = in_apply(ip, u, v);
    in_assert_value(s, 4 - 10 + 18, 1);
    char *str = NULL, want[64];
    TS_OK(axle_inner_to_string(&str, ip, AXLE_FORMAT_TEXT));
    snprintf(want, sizeof want, "dot product on %s^3", axle_field_name(*F));
    cr_assert_str_eq(str, want);
    axle_free(str);
    TS_OK(axle_inner_to_string(&str, ip, AXLE_FORMAT_JSON));
    snprintf(want, sizeof want, "{\"kind\":\"dot\",\"space\":\"%s^3\",\"gram\":[[",
             axle_field_name(*F));
    cr_assert(strncmp(str, want, strlen(want)) == 0, "%s", str);
    axle_free(str);
    axle_inner *r = axle_inner_ref(ip);
    axle_inner_unref(r);
    axle_scalar_free(s);
    axle_vector_unref(u);
    axle_vector_unref(v);
    axle_matrix_free(G);
    axle_matrix_free(I);
    axle_inner_unref(ip);
    axle_space_unref(V);
}

FIELDS(inner_products, trace_product)
{
    axle_space *V = NULL;
    TS_OK(axle_space_matrices(&V, *F, 2, 2));
    axle_inner *ip = NULL;
    TS_OK(axle_inner_trace(&ip, V));
    axle_vector *A = in_parse(V, "[[1, 2], [3, 4]]"), *B = in_parse(V, "[[0, 1], [-1, 2]]");
    /* tr(A B^T) = 1*0 + 2*1 + 3*(-1) + 4*2 = 7. */
    axle_scalar *s = in_apply(ip, A, B);
    in_assert_value(s, 7, 1);
    char *str = NULL;
    TS_OK(axle_inner_to_string(&str, ip, AXLE_FORMAT_TEXT));
    cr_assert(strncmp(str, "trace product on ", 17) == 0, "%s", str);
    axle_free(str);
    axle_space *W = in_fn(*F, 4);
    axle_inner *bad = NULL;
    IN_FAILS(axle_inner_trace(&bad, W), AXLE_EDIM, "space of matrices");
    cr_assert_null(bad);
    axle_scalar_free(s);
    axle_vector_unref(A);
    axle_vector_unref(B);
    axle_inner_unref(ip);
    axle_space_unref(V);
    axle_space_unref(W);
}

FIELDS(inner_products, gram)
{
    axle_space *V = in_fn(*F, 2);
    axle_matrix *G = ts_ints(*F, 2, 2, (long[]){2, 1, 1, 2});
    axle_inner *ip = in_gram(V, G);
    cr_assert_not(axle_inner_is_standard(ip));
    axle_vector *e1 = in_vec(V, (long[]){1, 0}), *e2 = in_vec(V, (long[]){0, 1});
    axle_scalar *s = in_apply(ip, e1, e2), *t = in_norm2(ip, e2);
    in_assert_value(s, 1, 1);
    in_assert_value(t, 2, 1);
    char *str = NULL, want[64];
    TS_OK(axle_inner_to_string(&str, ip, AXLE_FORMAT_TEXT));
    snprintf(want, sizeof want, "Gram matrix [[2, 1], [1, 2]] on %s^2", axle_field_name(*F));
    cr_assert_str_eq(str, want);
    axle_free(str);
    TS_OK(axle_inner_to_string(&str, ip, AXLE_FORMAT_LATEX));
    cr_assert(strstr(str, "\\text{Gram matrix }"), "%s", str);
    axle_free(str);
    /* The identity as a Gram matrix is the standard inner product. */
    axle_matrix *I = ts_identity(*F, 2);
    axle_inner *std = in_gram(V, I);
    cr_assert(axle_inner_is_standard(std));
    axle_scalar_free(s);
    axle_scalar_free(t);
    axle_vector_unref(e1);
    axle_vector_unref(e2);
    axle_matrix_free(G);
    axle_matrix_free(I);
    axle_inner_unref(ip);
    axle_inner_unref(std);
    axle_space_unref(V);
}

FIELDS(inner_products, gram_errors)
{
    axle_space *V = in_fn(*F, 2), *W = in_fn(*F, 3);
    axle_field other = *F == AXLE_QQ ? AXLE_RR : AXLE_QQ;
    axle_matrix *nonsym = ts_ints(*F, 2, 2, (long[]){1, 2, 1, 1});
    axle_matrix *indef = ts_ints(*F, 2, 2, (long[]){1, 2, 2, 1});
    axle_matrix *keep1 = ts_copy(nonsym), *keep2 = ts_copy(indef);
    axle_matrix *wrong = ts_ints(other, 2, 2, (long[]){1, 0, 0, 1});
    axle_inner *ip = (axle_inner *)1;
    IN_FAILS(axle_inner_gram(&ip, V, nonsym), AXLE_EDOMAIN, "Gram matrix is not symmetric");
    cr_assert_null(ip);
    IN_FAILS(axle_inner_gram(&ip, V, indef), AXLE_EDOMAIN, "positive definite");
    cr_assert(axle_matrix_equal(nonsym, keep1) && axle_matrix_equal(indef, keep2),
              "the input changed");
    IN_FAILS(axle_inner_gram(&ip, W, indef), AXLE_EDIM, "dimension 3");
    IN_FAILS(axle_inner_gram(&ip, V, wrong), AXLE_EFIELD, NULL);
    IN_FAILS(axle_inner_gram(&ip, NULL, indef), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_gram(&ip, V, NULL), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_gram(NULL, V, keep1), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_dot(&ip, NULL), AXLE_EINVAL, NULL);
    /* Positive semidefinite but singular is not positive definite. */
    axle_matrix *semi = ts_ints(*F, 2, 2, (long[]){1, 1, 1, 1});
    IN_FAILS(axle_inner_gram(&ip, V, semi), AXLE_EDOMAIN, "positive definite");
    cr_assert_null(ip);
    axle_matrix_free(semi);
    axle_matrix_free(nonsym);
    axle_matrix_free(indef);
    axle_matrix_free(keep1);
    axle_matrix_free(keep2);
    axle_matrix_free(wrong);
    axle_space_unref(V);
    axle_space_unref(W);
}

FIELDS(inner_products, integral)
{
    axle_space *V = in_poly(*F, 2);
    axle_inner *ip = in_integral(V, -1, 1);
    /* G_ij = ∫_{-1}^{1} x^(i+j) dx. */
    axle_matrix *G = NULL, *want = NULL;
    TS_OK(axle_inner_gram_matrix(&G, ip));
    TS_OK(axle_matrix_from_fracs(&want, *F, 3, 3, (long[]){2, 0, 2, 0, 2, 0, 2, 0, 2},
                                 (long[]){1, 1, 3, 1, 3, 1, 3, 1, 5}));
    cr_assert(ts_close(G, want, IN_TOL), "wrong Gram matrix of the integral");
    char *str = NULL, want_s[96];
    TS_OK(axle_inner_to_string(&str, ip, AXLE_FORMAT_TEXT));
    snprintf(want_s, sizeof want_s, "integral from -1 to 1 of p(x) q(x) dx on P_2(%s)",
             axle_field_name(*F));
    cr_assert_str_eq(str, want_s);
    axle_free(str);
    TS_OK(axle_inner_to_string(&str, ip, AXLE_FORMAT_UNICODE));
    cr_assert(strncmp(str, "\u222b_{", 4) == 0, "%s", str);
    axle_free(str);
    TS_OK(axle_inner_to_string(&str, ip, AXLE_FORMAT_JSON));
    /* the interval as strings on both fields (RR's -1 and 1 print exactly) */
    cr_assert(strncmp(str, "{\"kind\":\"integral\"", 18) == 0 &&
                  strstr(str, "\"interval\":[\"-1\",\"1\"]"),
              "%s", str);
    axle_free(str);
    /* <x, x^2 + 1> on [0, 2] = ∫_0^2 x^3 + x dx = 4 + 2. */
    axle_inner *ip2 = in_integral(V, 0, 2);
    axle_vector *p = in_parse(V, "x"), *q = in_parse(V, "x^2 + 1");
    axle_scalar *s = in_apply(ip2, p, q);
    in_assert_value(s, 6, 1);
    axle_scalar_free(s);
    axle_vector_unref(p);
    axle_vector_unref(q);
    axle_matrix_free(G);
    axle_matrix_free(want);
    axle_inner_unref(ip);
    axle_inner_unref(ip2);
    axle_space_unref(V);
}

FIELDS(inner_products, integral_errors)
{
    axle_space *V = in_poly(*F, 2), *W = in_fn(*F, 3);
    axle_field other = *F == AXLE_QQ ? AXLE_RR : AXLE_QQ;
    axle_scalar *one = in_int(*F, 1), *two = in_int(*F, 2), *x = in_int(other, 0);
    axle_inner *ip = (axle_inner *)1;
    IN_FAILS(axle_inner_integral(&ip, V, one, one), AXLE_EDOMAIN,
             "the interval [1, 1] is degenerate: a < b is needed");
    cr_assert_null(ip);
    IN_FAILS(axle_inner_integral(&ip, V, two, one), AXLE_EDOMAIN, "[2, 1] is degenerate");
    IN_FAILS(axle_inner_integral(&ip, W, one, two), AXLE_EDIM, "polynomial space");
    IN_FAILS(axle_inner_integral(&ip, V, x, two), AXLE_EFIELD, NULL);
    IN_FAILS(axle_inner_integral(&ip, V, NULL, two), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_integral(&ip, V, one, NULL), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_integral(&ip, NULL, one, two), AXLE_EINVAL, NULL);
    cr_assert_eq(axle_scalar_to_double(one), 1.0);
    axle_scalar_free(one);
    axle_scalar_free(two);
    axle_scalar_free(x);
    axle_space_unref(V);
    axle_space_unref(W);
}

/* RR: b^7 = 10^700 overflows a double. */
Test(inner_products, integral_rr_overflow)
{
    axle_space *V = in_poly(AXLE_RR, 3);
    axle_scalar *a = in_int(AXLE_RR, 0), *b = NULL;
    TS_OK(axle_scalar_parse(&b, AXLE_RR, "1e100"));
    axle_inner *ip = (axle_inner *)1;
    IN_FAILS(axle_inner_integral(&ip, V, a, b), AXLE_ERANGE, "overflows a double");
    cr_assert_null(ip);
    axle_scalar_free(a);
    axle_scalar_free(b);
    axle_space_unref(V);
}

/* QQ: exact, but an endpoint of 10^100000 on P_10 would need gigabits: refused before. */
Test(inner_products, integral_qq_size_limit)
{
    axle_space *V = in_poly(AXLE_QQ, 10), *small = in_poly(AXLE_QQ, 1);
    axle_scalar *a = in_int(AXLE_QQ, 0), *b = NULL;
    TS_OK(axle_scalar_parse(&b, AXLE_QQ, "1e100000"));
    axle_inner *ip = (axle_inner *)1;
    IN_FAILS(axle_inner_integral(&ip, V, a, b), AXLE_ERANGE, "AXLE_POLY_MAX_BITS");
    cr_assert_null(ip);
    /* The same endpoints on P_1 are fine: G = [[b, b^2/2], [b^2/2, b^3/3]]. */
    TS_OK(axle_inner_integral(&ip, small, a, b));
    axle_matrix *G = NULL;
    TS_OK(axle_inner_gram_matrix(&G, ip));
    axle_scalar *g = NULL;
    TS_OK(axle_matrix_get(&g, G, 0, 0));
    cr_assert(axle_scalar_equal(g, b));
    axle_scalar_free(g);
    axle_matrix_free(G);
    axle_inner_unref(ip);
    axle_scalar_free(a);
    axle_scalar_free(b);
    axle_space_unref(V);
    axle_space_unref(small);
}

FIELDS(inner_products, restrict_and_subspace_dot)
{
    axle_space *V = in_fn(*F, 3);
    axle_vector *b[2] = {in_vec(V, (long[]){1, 1, 0}), in_vec(V, (long[]){0, 1, 2})};
    axle_space *U = NULL;
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)b, 2));
    axle_matrix *G = ts_ints(*F, 3, 3, (long[]){2, 1, 0, 1, 2, 1, 0, 1, 2});
    axle_inner *ip = in_gram(V, G), *ipU = NULL, *dotU = in_dot(U), *dotV = in_dot(V);
    TS_OK(axle_inner_restrict(&ipU, ip, U));
    cr_assert_eq(axle_inner_space(ipU), U);
    axle_vector *u[2];
    for (int i = 0; i < 2; i++)
        TS_OK(axle_vector_restrict(&u[i], U, b[i]));
    /* The restriction takes vectors of U and agrees with the ambient inner product. */
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            axle_scalar *x = in_apply(ipU, u[i], u[j]), *y = in_apply(ip, b[i], b[j]);
            axle_scalar *z = in_apply(dotU, u[i], u[j]), *w = in_apply(dotV, b[i], b[j]);
            cr_assert(in_close(x, y, IN_TOL), "restriction differs at (%d, %d)", i, j);
            cr_assert(in_close(z, w, IN_TOL), "dot product of U differs at (%d, %d)", i, j);
            axle_scalar_free(x);
            axle_scalar_free(y);
            axle_scalar_free(z);
            axle_scalar_free(w);
        }
    /* An ambient vector lying in U is accepted by the inner product on U. */
    axle_scalar *x = in_apply(ipU, b[0], u[1]), *y = in_apply(ip, b[0], b[1]);
    cr_assert(in_close(x, y, IN_TOL));
    axle_scalar_free(x);
    axle_scalar_free(y);
    /* A subspace of another space. */
    axle_space *P = in_poly(*F, 2), *Z = NULL;
    TS_OK(axle_space_whole(&Z, P));
    axle_inner *bad = (axle_inner *)1;
    IN_FAILS(axle_inner_restrict(&bad, ip, Z), AXLE_EDIM, "a subspace of P_2");
    cr_assert_null(bad);
    IN_FAILS(axle_inner_restrict(&bad, NULL, U), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_restrict(&bad, ip, NULL), AXLE_EINVAL, NULL);
    for (int i = 0; i < 2; i++) {
        axle_vector_unref(b[i]);
        axle_vector_unref(u[i]);
    }
    axle_matrix_free(G);
    axle_inner_unref(ip);
    axle_inner_unref(ipU);
    axle_inner_unref(dotU);
    axle_inner_unref(dotV);
    axle_space_unref(U);
    axle_space_unref(Z);
    axle_space_unref(P);
    axle_space_unref(V);
}

FIELDS(inner_products, orthogonal_sum)
{
    axle_space *V = in_fn(*F, 2), *P = in_poly(*F, 1);
    axle_inner *parts[2] = {in_dot(V), in_integral(P, 0, 1)}, *ip = NULL;
    TS_OK(axle_inner_product(&ip, (const axle_inner *const *)parts, 2));
    const axle_space *S = axle_inner_space(ip);
    cr_assert_eq(axle_space_dim(S), 4);
    axle_vector *u = in_parse(S, "((1, 2), x + 1)"), *v = in_parse(S, "((3, -1), 2x)");
    /* 1*3 + 2*(-1) + ∫_0^1 (x + 1) 2x dx = 1 + 2/3 + 1 = 8/3. */
    axle_scalar *s = in_apply(ip, u, v);
    in_assert_value(s, 8, 3);
    char *str = NULL;
    TS_OK(axle_inner_to_string(&str, ip, AXLE_FORMAT_JSON));
    cr_assert(strncmp(str, "{\"kind\":\"product\"", 17) == 0, "%s", str);
    axle_free(str);
    axle_inner *bad = (axle_inner *)1;
    IN_FAILS(axle_inner_product(&bad, (const axle_inner *const *)parts, 0), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_product(&bad, NULL, 2), AXLE_EINVAL, NULL);
    axle_space *Q = in_fn(*F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 1);
    axle_inner *mixed[2] = {parts[0], in_dot(Q)};
    IN_FAILS(axle_inner_product(&bad, (const axle_inner *const *)mixed, 2), AXLE_EFIELD, NULL);
    cr_assert_null(bad);
    axle_inner_unref(mixed[1]);
    axle_space_unref(Q);
    axle_scalar_free(s);
    axle_vector_unref(u);
    axle_vector_unref(v);
    axle_inner_unref(parts[0]);
    axle_inner_unref(parts[1]);
    axle_inner_unref(ip);
    axle_space_unref(V);
    axle_space_unref(P);
}

Test(inner_products, null_queries)
{
    cr_assert_null(axle_inner_space(NULL));
    cr_assert_not(axle_inner_is_standard(NULL));
    cr_assert_null(axle_inner_ref(NULL));
    axle_inner_unref(NULL);
    char *s = (char *)1;
    IN_FAILS(axle_inner_to_string(&s, NULL, AXLE_FORMAT_TEXT), AXLE_EINVAL, NULL);
    cr_assert_null(s);
    axle_matrix *G = (axle_matrix *)1;
    IN_FAILS(axle_inner_gram_matrix(&G, NULL), AXLE_EINVAL, NULL);
    cr_assert_null(G);
}

/* RR: a Gram matrix symmetric up to rounding is accepted and kept exactly symmetric. */
Test(inner_products, rr_gram_symmetrized)
{
    axle_space *V = in_fn(AXLE_RR, 2);
    axle_matrix *G = NULL;
    TS_OK(axle_matrix_from_doubles(&G, AXLE_RR, 2, 2,
                                   (double[]){2.0, 1.0, 1.0 + ldexp(1.0, -52), 2.0}));
    axle_inner *ip = in_gram(V, G);
    axle_matrix *H = NULL;
    TS_OK(axle_inner_gram_matrix(&H, ip));
    double a = 0, b = 0;
    TS_OK(axle_matrix_get_double(&a, H, 0, 1));
    TS_OK(axle_matrix_get_double(&b, H, 1, 0));
    cr_assert_eq(a, b, "the Gram matrix kept is not symmetric: %.17g, %.17g", a, b);
    cr_assert_float_eq(a, 1.0, 1e-15);
    axle_matrix_free(G);
    axle_matrix_free(H);
    axle_inner_unref(ip);
    axle_space_unref(V);
}

/* On F^{2,2} (the trace product) the orthonormal display is a bracket picture of several lines:
 * its JSON string escapes them ("\n"), so the report is valid JSON (raw newlines inside a string
 * made it invalid). */
FIELDS(inner_products, gs_json_matrix_space)
{
    axle_space *M = NULL;
    TS_OK(axle_space_matrices(&M, *F, 2, 2));
    axle_inner *ip = NULL;
    TS_OK(axle_inner_trace(&ip, M));
    axle_gs *L = NULL;
    TS_OK(axle_inner_orthonormal_basis(&L, ip));
    char *t = NULL;
    TS_OK(axle_gs_to_string(&t, L, AXLE_FORMAT_JSON));
    cr_assert_null(strchr(t, '\n'), "%s", t);
    cr_assert(strstr(t, "\\n"), "%s", t);
    axle_free(t);
    TS_OK(axle_gs_orthonormal_string(&t, L, 1, AXLE_FORMAT_JSON));
    cr_assert_null(strchr(t, '\n'), "%s", t);
    cr_assert(t[0] == '"' && t[strlen(t) - 1] == '"', "%s", t);
    axle_free(t);
    axle_gs_unref(L);
    axle_inner_unref(ip);
    axle_space_unref(M);
}

/* A standard inner product keeps no Gram matrix (G = I is not stored), so it is made above
 * AXLE_INNER_MAX_DIM too, in O(1) (P_3000 took 3.5 s and 2 GB when the identity was built; P_20000
 * would not have fit in memory), also for a subspace of such a space (B^T B, here 1 x 1) and for
 * the trace product; both fields. tests/inner/standard.c has the operations on such spaces. */
Test(inner_products, standard_dimension_limit)
{
    for (int f = 0; f < 2; f++) {
        axle_field F = f ? AXLE_RR : AXLE_QQ;
        axle_space *P = in_poly(F, 20000), *M = NULL, *U = NULL;
        TS_OK(axle_space_matrices(&M, F, 50, 50));
        axle_inner *ip = NULL;
        TS_OK(axle_inner_dot(&ip, P));
        cr_assert(axle_inner_is_standard(ip));
        axle_inner_unref(ip);
        TS_OK(axle_inner_trace(&ip, M));
        cr_assert(axle_inner_is_standard(ip));
        axle_inner_unref(ip);
        axle_vector *x = NULL;
        TS_OK(axle_vector_standard(&x, P, 1));
        TS_OK(axle_space_span(&U, P, (const axle_vector *const[]){x}, 1));
        TS_OK(axle_inner_dot(&ip, U));
        cr_assert(axle_inner_is_standard(ip));
        axle_inner_unref(ip);
        axle_vector_unref(x);
        axle_space_unref(U);
        axle_space_unref(M);
        axle_space_unref(P);
    }
}
