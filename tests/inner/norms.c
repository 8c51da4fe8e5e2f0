/* Evaluating inner products over both fields: <u, v>, norms (squared exactly, as strings, doubles
 * and exact algebraic numbers), orthogonality of pairs and lists (RR rounding noise is not
 * mistaken for a nonzero product), vectors of subspaces, and the Pythagorean theorem,
 * Cauchy–Schwarz and the triangle inequality on random vectors (QQ exactly, by comparing squares).
 */
#include <stdio.h>
#include <string.h>

#include "helpers.h"

FIELDS(inner_eval, norms)
{
    axle_space *V = in_fn(*F, 3);
    axle_inner *ip = in_dot(V);
    axle_vector *v = in_vec(V, (long[]){1, 2, -2});
    axle_scalar *r = in_norm2(ip, v);
    in_assert_value(r, 9, 1);
    double d = 0;
    TS_OK(axle_inner_norm_double(&d, ip, v));
    cr_assert_float_eq(d, 3.0, 1e-15);
    char *s = NULL;
    TS_OK(axle_inner_norm_string(&s, ip, v, AXLE_FORMAT_TEXT));
    cr_assert_str_eq(s, "3");
    axle_free(s);
    axle_vector *w = in_vec(V, (long[]){1, 1, 0});
    TS_OK(axle_inner_norm_string(&s, ip, w, AXLE_FORMAT_UNICODE));
    if (*F == AXLE_QQ)
        cr_assert_str_eq(s, "\u221a2");
    else
        cr_assert_float_eq(strtod(s, NULL), sqrt(2.0), 1e-14, "%s", s);
    axle_free(s);
    axle_algebraic *a = NULL;
    if (*F == AXLE_QQ) {
        TS_OK(axle_inner_norm(&a, ip, w));
        axle_algebraic *two = NULL, *root = NULL;
        TS_OK(axle_algebraic_from_frac(&two, 2, 1));
        TS_OK(axle_algebraic_sqrt(&root, two));
        bool eq = false;
        TS_OK(axle_algebraic_equal(&eq, a, root));
        cr_assert(eq, "the norm of (1, 1, 0) is not exactly sqrt(2)");
        axle_algebraic_free(two);
        axle_algebraic_free(root);
        axle_algebraic_free(a);
    } else {
        IN_FAILS(axle_inner_norm(&a, ip, w), AXLE_EUNSUPPORTED, "axle_inner_norm_string");
        cr_assert_null(a);
    }
    axle_scalar_free(r);
    axle_vector_unref(v);
    axle_vector_unref(w);
    axle_inner_unref(ip);
    axle_space_unref(V);
}

FIELDS(inner_eval, vectors_of_other_spaces)
{
    axle_space *V = in_fn(*F, 3), *W = in_fn(*F, 2);
    axle_inner *ip = in_dot(V);
    axle_vector *v = in_vec(V, (long[]){1, 2, 3}), *w = in_vec(W, (long[]){1, 2});
    axle_vector *keep = in_vec(V, (long[]){1, 2, 3});
    axle_scalar *s = (axle_scalar *)1;
    char want[64];
    snprintf(want, sizeof want, "v is a vector of %s^2, not of %s^3", axle_field_name(*F),
             axle_field_name(*F));
    IN_FAILS(axle_inner_apply(&s, ip, v, w), AXLE_EDIM, want);
    cr_assert_null(s);
    in_assert_vec(v, keep, 0);
    IN_FAILS(axle_inner_norm_squared(&s, ip, w), AXLE_EDIM, NULL);
    IN_FAILS(axle_inner_apply(&s, NULL, v, v), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_apply(&s, ip, NULL, v), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_apply(&s, ip, v, NULL), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_apply(NULL, ip, v, v), AXLE_EINVAL, NULL);
    bool b = false;
    IN_FAILS(axle_inner_is_orthogonal(&b, ip, v, w), AXLE_EDIM, NULL);
    IN_FAILS(axle_inner_is_orthogonal(NULL, ip, v, v), AXLE_EINVAL, NULL);
    double d = 7;
    IN_FAILS(axle_inner_norm_double(&d, ip, w), AXLE_EDIM, NULL);
    cr_assert_eq(d, 7);
    axle_space *Q = in_fn(*F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 3);
    axle_vector *q = in_vec(Q, (long[]){1, 2, 3});
    IN_FAILS(axle_inner_apply(&s, ip, v, q), AXLE_EFIELD, NULL);
    /* A vector of a subspace of V is its ambient vector. */
    axle_vector *b1 = in_vec(V, (long[]){1, 0, 1});
    axle_space *U = NULL;
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)&b1, 1));
    axle_vector *u = NULL;
    TS_OK(axle_vector_restrict(&u, U, b1));
    s = in_apply(ip, u, v);
    in_assert_value(s, 4, 1);
    axle_scalar_free(s);
    axle_vector_unref(u);
    axle_vector_unref(b1);
    axle_space_unref(U);
    axle_vector_unref(q);
    axle_space_unref(Q);
    axle_vector_unref(v);
    axle_vector_unref(w);
    axle_vector_unref(keep);
    axle_inner_unref(ip);
    axle_space_unref(V);
    axle_space_unref(W);
}

/* The vector of V with coordinates num[i]/den[i]. */
static axle_vector *frac_vec(const axle_space *V, const long *num, const long *den)
{
    size_t n = axle_space_dim(V);
    axle_matrix *c = NULL;
    TS_OK(axle_matrix_from_fracs(&c, axle_space_field(V), n, 1, num, den));
    axle_vector *v = NULL;
    TS_OK(axle_vector_from_coords(&v, V, c));
    axle_matrix_free(c);
    return v;
}

FIELDS(inner_eval, orthogonality)
{
    axle_space *V = in_fn(*F, 3);
    axle_inner *dot = in_dot(V);
    axle_matrix *G = ts_ints(*F, 3, 3, (long[]){2, 1, 0, 1, 2, 0, 0, 0, 1});
    axle_inner *ip = in_gram(V, G);
    axle_vector *e1 = in_vec(V, (long[]){1, 0, 0}), *e2 = in_vec(V, (long[]){0, 1, 0});
    bool b = false;
    TS_OK(axle_inner_is_orthogonal(&b, dot, e1, e2));
    cr_assert(b);
    TS_OK(axle_inner_is_orthogonal(&b, ip, e1, e2));
    cr_assert_not(b);
    /* (1/3, 1/3, 1/3) and (1/7, -2/7, 1/7): orthogonal; over RR the thirds and sevenths are
     * rounded and the product is noise, not a nonzero value. */
    axle_vector *u = frac_vec(V, (long[]){1, 1, 1}, (long[]){3, 3, 3});
    axle_vector *v = frac_vec(V, (long[]){1, -2, 1}, (long[]){7, 7, 7});
    TS_OK(axle_inner_is_orthogonal(&b, dot, u, v));
    cr_assert(b);
    /* A tiny but genuine product is not orthogonal. */
    axle_vector *t = frac_vec(V, (long[]){1, -2, 1000007}, (long[]){7, 7, 7000000});
    TS_OK(axle_inner_is_orthogonal(&b, dot, u, t));
    cr_assert_not(b);
    /* Lists. */
    axle_vector *a = in_vec(V, (long[]){1, 1, 0}), *c = in_vec(V, (long[]){1, -1, 0});
    axle_vector *e3 = in_vec(V, (long[]){0, 0, 1});
    const axle_vector *list[3] = {a, c, e3}, *units[3] = {e1, e2, e3};
    TS_OK(axle_inner_is_orthogonal_list(&b, dot, list, 3, false));
    cr_assert(b);
    TS_OK(axle_inner_is_orthogonal_list(&b, dot, list, 3, true));
    cr_assert_not(b);
    TS_OK(axle_inner_is_orthogonal_list(&b, dot, units, 3, true));
    cr_assert(b);
    TS_OK(axle_inner_is_orthogonal_list(&b, ip, units, 3, false));
    cr_assert_not(b);
    TS_OK(axle_inner_is_orthogonal_list(&b, dot, NULL, 0, true));
    cr_assert(b);
    IN_FAILS(axle_inner_is_orthogonal_list(&b, dot, NULL, 2, true), AXLE_EINVAL, NULL);
    const axle_vector *holes[2] = {a, NULL};
    IN_FAILS(axle_inner_is_orthogonal_list(&b, dot, holes, 2, true), AXLE_EINVAL, "v_2");
    IN_FAILS(axle_inner_is_orthogonal_list(&b, NULL, list, 2, true), AXLE_EINVAL, NULL);
    axle_vector *all[] = {e1, e2, e3, u, v, t, a, c};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_vector_unref(all[i]);
    axle_matrix_free(G);
    axle_inner_unref(dot);
    axle_inner_unref(ip);
    axle_space_unref(V);
}

/* s = x - y over the scalars. */
static axle_scalar *sub(const axle_scalar *x, const axle_scalar *y)
{
    axle_scalar *s = NULL;
    TS_OK(axle_scalar_sub(&s, x, y));
    return s;
}

static axle_scalar *mul(const axle_scalar *x, const axle_scalar *y)
{
    axle_scalar *s = NULL;
    TS_OK(axle_scalar_mul(&s, x, y));
    return s;
}

/* Whether x <= y, with a slack of tol * scale over RR. */
static bool leq(const axle_scalar *x, const axle_scalar *y, double scale)
{
    if (axle_scalar_field(x) == AXLE_RR)
        return axle_scalar_to_double(x) <= axle_scalar_to_double(y) + 1e-12 * scale;
    int c = 0;
    TS_OK(axle_scalar_cmp(&c, x, y));
    return c <= 0;
}

FIELDS(inner_eval, pythagoras_cauchy_schwarz_triangle)
{
    ts_rng rng = ts_rng_new("inner_eval/pythagoras_cauchy_schwarz_triangle");
    const size_t n = 5;
    axle_space *V = in_fn(*F, n);
    for (int trial = 0; trial < 20; trial++) {
        axle_matrix *G = in_random_gram(&rng, *F, n);
        axle_inner *ip = in_gram(V, G);
        axle_vector *u = in_random_vec(&rng, V), *v = in_random_vec(&rng, V);
        axle_scalar *uu = in_norm2(ip, u), *vv = in_norm2(ip, v), *uv = in_apply(ip, u, v);
        double scale = axle_scalar_to_double(uu) * axle_scalar_to_double(vv) + 1.0;
        /* Cauchy–Schwarz: <u, v>^2 <= ‖u‖² ‖v‖². */
        axle_scalar *lhs = mul(uv, uv), *rhs = mul(uu, vv);
        cr_assert(leq(lhs, rhs, scale), "Cauchy-Schwarz fails (trial %d)", trial);
        /* Triangle: d = ‖u + v‖² - ‖u‖² - ‖v‖² <= 2 ‖u‖ ‖v‖, i.e. d <= 0 or d² <= 4 ‖u‖² ‖v‖². */
        axle_vector *w = NULL;
        TS_OK(axle_vector_add(&w, u, v));
        axle_scalar *ww = in_norm2(ip, w), *t1 = sub(ww, uu), *d = sub(t1, vv);
        axle_scalar *four = in_int(*F, 4), *d2 = mul(d, d), *r4 = mul(four, rhs);
        cr_assert(axle_scalar_sign(d) <= 0 || leq(d2, r4, scale * scale),
                  "triangle inequality fails (trial %d)", trial);
        /* Pythagoras: v' = v - <v, u>/‖u‖² u is orthogonal to u, ‖u + v'‖² = ‖u‖² + ‖v'‖². */
        if (!axle_scalar_is_zero(uu)) {
            axle_scalar *c = NULL;
            TS_OK(axle_scalar_div(&c, uv, uu));
            axle_vector *cu = NULL, *vp = NULL, *sum = NULL;
            TS_OK(axle_vector_scale(&cu, c, u));
            TS_OK(axle_vector_sub(&vp, v, cu));
            TS_OK(axle_vector_add(&sum, u, vp));
            bool orth = false;
            TS_OK(axle_inner_is_orthogonal(&orth, ip, u, vp));
            cr_assert(orth, "v - <v, u>/<u, u> u is not orthogonal to u (trial %d)", trial);
            axle_scalar *ss = in_norm2(ip, sum), *pp = in_norm2(ip, vp), *tot = NULL;
            TS_OK(axle_scalar_add(&tot, uu, pp));
            cr_assert(in_close(ss, tot, 1e-10), "Pythagoras fails (trial %d)", trial);
            axle_scalar_free(c);
            axle_scalar_free(ss);
            axle_scalar_free(pp);
            axle_scalar_free(tot);
            axle_vector_unref(cu);
            axle_vector_unref(vp);
            axle_vector_unref(sum);
        }
        axle_scalar *free_list[] = {uu, vv, uv, lhs, rhs, ww, t1, d, four, d2, r4};
        for (size_t i = 0; i < sizeof free_list / sizeof *free_list; i++)
            axle_scalar_free(free_list[i]);
        axle_vector_unref(u);
        axle_vector_unref(v);
        axle_vector_unref(w);
        axle_inner_unref(ip);
        axle_matrix_free(G);
    }
    axle_space_unref(V);
}

/* RR agrees with QQ converted. */
Test(inner_eval, rr_agrees_with_qq)
{
    ts_rng rng = ts_rng_new("inner_eval/rr_agrees_with_qq");
    const size_t n = 6;
    axle_space *Vq = in_fn(AXLE_QQ, n), *Vr = in_fn(AXLE_RR, n);
    for (int trial = 0; trial < 10; trial++) {
        axle_matrix *Gq = in_random_gram(&rng, AXLE_QQ, n), *Gr = NULL;
        TS_OK(axle_matrix_convert(&Gr, Gq, AXLE_RR));
        axle_inner *iq = in_gram(Vq, Gq), *ir = in_gram(Vr, Gr);
        axle_vector *uq = in_random_vec(&rng, Vq), *vq = in_random_vec(&rng, Vq);
        axle_vector *ur = in_convert(uq, Vr), *vr = in_convert(vq, Vr);
        axle_scalar *a = in_apply(iq, uq, vq), *b = in_apply(ir, ur, vr);
        double x = axle_scalar_to_double(a), y = axle_scalar_to_double(b);
        cr_assert(fabs(x - y) <= 1e-12 * fmax(1.0, fabs(x)), "%g != %g", x, y);
        double nq = 0, nr = 0;
        TS_OK(axle_inner_norm_double(&nq, iq, uq));
        TS_OK(axle_inner_norm_double(&nr, ir, ur));
        cr_assert(fabs(nq - nr) <= 1e-12 * fmax(1.0, nq));
        axle_scalar_free(a);
        axle_scalar_free(b);
        axle_vector_unref(uq);
        axle_vector_unref(vq);
        axle_vector_unref(ur);
        axle_vector_unref(vr);
        axle_matrix_free(Gq);
        axle_matrix_free(Gr);
        axle_inner_unref(iq);
        axle_inner_unref(ir);
    }
    axle_space_unref(Vq);
    axle_space_unref(Vr);
}

/* QQ is exact at any scale: <u, v> = 10^-400 is not 0 (its double was, and u, v were called
 * orthogonal), the distance squared 10^-400 is not 0, and the Gram matrix diag(1 + 10^-400, 1) is
 * not the dot product (it was replaced by the identity). */
Test(inner_eval, qq_exact_below_double_range)
{
    axle_space *V = in_fn(AXLE_QQ, 2);
    axle_inner *ip = in_dot(V);
    axle_vector *u = NULL, *v = NULL;
    TS_OK(axle_vector_parse(&u, V, "(1e-200, 0)"));
    TS_OK(axle_vector_parse(&v, V, "(1e-200, 1e-200)"));
    bool o = true;
    TS_OK(axle_inner_is_orthogonal(&o, ip, u, v));
    cr_assert(!o, "<u, v> = 10^-400 is not zero");
    const axle_vector *l[2] = {u, v};
    o = true;
    TS_OK(axle_inner_is_orthogonal_list(&o, ip, l, 2, false));
    cr_assert(!o);
    axle_space *U = NULL;
    TS_OK(axle_space_span(&U, V, l, 1));
    axle_scalar *d = NULL, *want = NULL;
    TS_OK(axle_inner_distance_squared(&d, ip, U, v));
    TS_OK(axle_scalar_parse(&want, AXLE_QQ, "1e-400"));
    cr_assert(axle_scalar_equal(d, want), "the distance squared is 10^-400");
    char one[420] = "1.", text[460]; /* 1 + 10^-400 as a decimal */
    memset(one + 2, '0', 399);
    strcpy(one + 401, "1");
    snprintf(text, sizeof text, "[[%s, 0], [0, 1]]", one);
    axle_matrix *G = NULL;
    TS_OK(axle_matrix_parse(&G, AXLE_QQ, text));
    axle_inner *ipG = in_gram(V, G);
    cr_assert(!axle_inner_is_standard(ipG));
    axle_vector *e1 = in_vec(V, (long[]){1, 0});
    axle_scalar *n2 = in_norm2(ipG, e1), *n2want = NULL;
    TS_OK(axle_scalar_parse(&n2want, AXLE_QQ, one));
    cr_assert(axle_scalar_equal(n2, n2want), "‖e_1‖² = 1 + 10^-400");
    axle_scalar_free(n2);
    axle_scalar_free(n2want);
    axle_vector_unref(e1);
    axle_inner_unref(ipG);
    axle_matrix_free(G);
    axle_scalar_free(d);
    axle_scalar_free(want);
    axle_space_unref(U);
    axle_vector_unref(u);
    axle_vector_unref(v);
    axle_inner_unref(ip);
    axle_space_unref(V);
}

/* Doubles of exact values whose squares leave the range of double: ‖v‖ for ‖v‖² = 10^-400 and
 * 25·10^400 is 10^-200 and 5·10^200 (they were 0 and AXLE_ERANGE), and the orthonormal e_1 of
 * (3·10^200, 4·10^200) and of (10^-200, 0) is (0.6, 0.8) and (1, 0) (they were (0, 0) and
 * AXLE_ERANGE). */
Test(inner_eval, qq_doubles_beyond_double_range)
{
    axle_space *V = in_fn(AXLE_QQ, 2);
    axle_inner *ip = in_dot(V);
    axle_vector *small = NULL, *big = NULL;
    TS_OK(axle_vector_parse(&small, V, "(1e-200, 0)"));
    TS_OK(axle_vector_parse(&big, V, "(3e200, 4e200)"));
    double n = 0;
    TS_OK(axle_inner_norm_double(&n, ip, small));
    cr_assert_float_eq(n, 1e-200, 1e-214);
    TS_OK(axle_inner_norm_double(&n, ip, big));
    cr_assert_float_eq(n, 5e200, 1e186);
    const axle_vector *l[2] = {big, small};
    double want[2][2] = {{0.6, 0.8}, {1.0, 0.0}};
    for (size_t k = 0; k < 2; k++) {
        axle_gs *L = NULL;
        TS_OK(axle_inner_gram_schmidt(&L, ip, l + k, 1));
        double e[2] = {0, 0};
        TS_OK(axle_gs_orthonormal_double(e, L, 0));
        cr_assert_float_eq(e[0], want[k][0], 1e-15, "%g", e[0]);
        cr_assert_float_eq(e[1], want[k][1], 1e-15, "%g", e[1]);
        axle_gs_unref(L);
    }
    axle_vector_unref(small);
    axle_vector_unref(big);
    axle_inner_unref(ip);
    axle_space_unref(V);
}
