/* Gram–Schmidt over both fields: the classroom check (1, x, x² in P_2 with ∫_{-1}^{1} gives 1, x,
 * x² − 1/3 with norms squared 2, 2/3, 8/45 and the orthonormal √2/2, √6/2·x, √10/4·(3x² − 1),
 * values exact over QQ), random lists for random Gram matrices (orthogonal output, span preserved
 * at every step, coefficients reproduce the vector), RR agreeing with QQ, the report, and the
 * error paths (a dependent list named by its first dependent vector, other spaces, indices). */
#include <stdio.h>

#include "helpers.h"

static axle_gs *gs_list(const axle_inner *ip, const axle_vector *const *v, size_t k)
{
    axle_gs *L = NULL;
    TS_OK(axle_inner_gram_schmidt(&L, ip, v, k));
    return L;
}

static axle_vector *orthogonal(const axle_gs *L, size_t j)
{
    axle_vector *e = NULL;
    TS_OK(axle_gs_orthogonal(&e, L, j));
    return e;
}

static axle_scalar *norm2(const axle_gs *L, size_t j)
{
    axle_scalar *r = NULL;
    TS_OK(axle_gs_norm_squared(&r, L, j));
    return r;
}

/* 1, x, x^2 in P_2 with the integral on [-1, 1]. */
typedef struct legendre {
    axle_space *V;
    axle_inner *ip;
    axle_vector *v[3];
    axle_gs *L;
} legendre;

static legendre legendre_new(axle_field F)
{
    legendre c;
    c.V = in_poly(F, 2);
    c.ip = in_integral(c.V, -1, 1);
    c.v[0] = in_parse(c.V, "1");
    c.v[1] = in_parse(c.V, "x");
    c.v[2] = in_parse(c.V, "x^2");
    c.L = gs_list(c.ip, (const axle_vector *const *)c.v, 3);
    return c;
}

static void legendre_free(legendre *c)
{
    axle_gs_unref(c->L);
    for (int i = 0; i < 3; i++)
        axle_vector_unref(c->v[i]);
    axle_inner_unref(c->ip);
    axle_space_unref(c->V);
}

FIELDS(inner_gs, legendre_values)
{
    legendre c = legendre_new(*F);
    cr_assert_eq(axle_gs_count(c.L), 3);
    cr_assert_eq(axle_gs_inner(c.L), c.ip);
    const char *want[3] = {"1", "x", "x^2 - 1/3"};
    const long rn[3] = {2, 2, 8}, rd[3] = {1, 3, 45};
    for (size_t j = 0; j < 3; j++) {
        axle_vector *e = orthogonal(c.L, j), *w = in_parse(c.V, want[j]);
        in_assert_vec(e, w, IN_TOL);
        axle_scalar *r = norm2(c.L, j), *n2 = in_norm2(c.ip, e);
        in_assert_value(r, rn[j], rd[j]);
        cr_assert(in_close(n2, r, IN_TOL), "r_%zu is not <e'_%zu, e'_%zu>", j, j, j);
        axle_vector_unref(e);
        axle_vector_unref(w);
        axle_scalar_free(r);
        axle_scalar_free(n2);
    }
    /* e_j = e'_j/√r_j: over QQ √(8/45) = 2√10/15 exactly, so ‖e'_3‖ is that algebraic number;
     * over RR the orthonormal vectors have norm 1 and the expected coordinates. */
    double e3[3];
    TS_OK(axle_gs_orthonormal_double(e3, c.L, 2));
    double k = sqrt(45.0 / 8.0);
    cr_assert_float_eq(e3[0], -k / 3.0, 1e-14);
    cr_assert_float_eq(e3[1], 0.0, 1e-14);
    cr_assert_float_eq(e3[2], k, 1e-14);
    if (*F == AXLE_QQ) {
        axle_vector *e = orthogonal(c.L, 2);
        axle_algebraic *nrm = NULL, *q = NULL, *root = NULL;
        TS_OK(axle_inner_norm(&nrm, c.ip, e));
        TS_OK(axle_algebraic_from_frac(&q, 8, 45));
        TS_OK(axle_algebraic_sqrt(&root, q));
        bool eq = false;
        TS_OK(axle_algebraic_equal(&eq, nrm, root));
        cr_assert(eq, "‖e'_3‖ is not √(8/45)");
        axle_vector *u = (axle_vector *)1;
        IN_FAILS(axle_gs_orthonormal(&u, c.L, 0), AXLE_EDOMAIN,
                 "e_1 = e'_1/\u221a(2) is not rational");
        cr_assert_null(u);
        axle_algebraic_free(nrm);
        axle_algebraic_free(q);
        axle_algebraic_free(root);
        axle_vector_unref(e);
    } else {
        for (size_t j = 0; j < 3; j++) {
            axle_vector *u = NULL;
            TS_OK(axle_gs_orthonormal(&u, c.L, j));
            axle_scalar *one = in_norm2(c.ip, u);
            in_assert_value(one, 1, 1);
            axle_scalar_free(one);
            axle_vector_unref(u);
        }
    }
    legendre_free(&c);
}

Test(inner_gs, legendre_strings)
{
    legendre c = legendre_new(AXLE_QQ);
    const char *uni[3] = {"\u221a2/2", "\u221a6/2\u00b7x", "\u221a10/4\u00b7(3x\u00b2 \u2212 1)"};
    const char *text[3] = {"sqrt(2)/2", "sqrt(6)/2*x", "sqrt(10)/4*(3x^2 - 1)"};
    for (size_t j = 0; j < 3; j++) {
        char *s = NULL;
        TS_OK(axle_gs_orthonormal_string(&s, c.L, j, AXLE_FORMAT_UNICODE));
        cr_assert_str_eq(s, uni[j]);
        axle_free(s);
        TS_OK(axle_gs_orthonormal_string(&s, c.L, j, AXLE_FORMAT_TEXT));
        cr_assert_str_eq(s, text[j]);
        axle_free(s);
    }
    char *s = NULL;
    TS_OK(axle_gs_to_string(&s, c.L, AXLE_FORMAT_JSON));
    cr_assert_str_eq(s, "{\"field\":\"QQ\",\"orthogonal\":[[\"1\",\"0\",\"0\"],[\"0\",\"1\",\"0\"],"
                        "[\"-1/3\",\"0\",\"1\"]],\"norms_squared\":[\"2\",\"2/3\",\"8/45\"],"
                        "\"orthonormal\":[[\"\u221a2/2\",\"0\",\"0\"],[\"0\",\"\u221a6/2\",\"0\"],"
                        "[\"\u2212\u221a10/4\",\"0\",\"3\u221a10/4\"]],"
                        "\"orthonormal_display\":[\"\u221a2/2\",\"\u221a6/2\u00b7x\","
                        "\"\u221a10/4\u00b7(3x\u00b2 \u2212 1)\"]}");
    axle_free(s);
    TS_OK(axle_gs_to_string(&s, c.L, AXLE_FORMAT_UNICODE));
    cr_assert(strncmp(s, "e'_1 = 1    \u2016e'_1\u2016\u00b2 = 2    e_1 = \u221a2/2\n", 30) == 0,
              "%s", s);
    axle_free(s);
    TS_OK(axle_gs_to_string(&s, c.L, AXLE_FORMAT_TEXT));
    cr_assert(strstr(s, "e'_3 = x^2 - 1/3    ||e'_3||^2 = 8/45    e_3 = sqrt(10)/4*(3x^2 - 1)"),
              "%s", s);
    axle_free(s);
    TS_OK(axle_gs_to_string(&s, c.L, AXLE_FORMAT_LATEX));
    cr_assert(strstr(s, "\\sqrt{"), "%s", s);
    axle_free(s);
    legendre_free(&c);
}

/* A rational multiple: (3, 4) has norm 5, so e_1 = (3/5, 4/5) exactly. */
FIELDS(inner_gs, rational_orthonormal)
{
    axle_space *V = in_fn(*F, 2);
    axle_inner *ip = in_dot(V);
    axle_vector *v[2] = {in_vec(V, (long[]){3, 4}), in_vec(V, (long[]){1, 0})};
    axle_gs *L = gs_list(ip, (const axle_vector *const *)v, 2);
    axle_vector *u = NULL;
    TS_OK(axle_gs_orthonormal(&u, L, 0));
    axle_matrix *c = in_coords(u), *want = NULL;
    TS_OK(axle_matrix_from_fracs(&want, *F, 2, 1, (long[]){3, 4}, (long[]){5, 5}));
    cr_assert(ts_close(c, want, IN_TOL));
    char *s = NULL;
    TS_OK(axle_gs_orthonormal_string(&s, L, 0, AXLE_FORMAT_TEXT));
    if (*F == AXLE_QQ)
        cr_assert_str_eq(s, "(3/5, 4/5)");
    axle_free(s);
    /* e'_2 = (1, 0) - 3/25 (3, 4) = (16/25, -12/25), r = 16/25: e_2 = (4/5, -3/5). */
    TS_OK(axle_gs_orthonormal_string(&s, L, 1, AXLE_FORMAT_JSON));
    if (*F == AXLE_QQ)
        cr_assert_str_eq(s, "\"(4/5, \u22123/5)\"");
    axle_free(s);
    axle_vector_unref(u);
    axle_matrix_free(c);
    axle_matrix_free(want);
    axle_vector_unref(v[0]);
    axle_vector_unref(v[1]);
    axle_gs_unref(L);
    axle_inner_unref(ip);
    axle_space_unref(V);
}

/* The span of the columns 0..j of a list as a subspace. */
static axle_space *span_prefix(const axle_space *V, const axle_vector *const *v, size_t j)
{
    axle_space *S = NULL;
    TS_OK(axle_space_span(&S, V, v, j));
    return S;
}

FIELDS(inner_gs, random_lists)
{
    ts_rng rng = ts_rng_new("inner_gs/random_lists");
    const size_t n = 6, k = 4;
    axle_space *V = in_fn(*F, n);
    int ran = 0;
    for (int trial = 0; trial < 8; trial++) {
        axle_matrix *G = in_random_gram(&rng, *F, n);
        axle_inner *ip = in_gram(V, G);
        axle_vector *v[4], *e[4];
        for (size_t i = 0; i < k; i++)
            v[i] = in_random_vec(&rng, V);
        axle_gs *L = NULL;
        axle_status s = axle_inner_gram_schmidt(&L, ip, (const axle_vector *const *)v, k);
        if (s == AXLE_EDOMAIN) { /* a random dependent list: rare, skip it */
            for (size_t i = 0; i < k; i++)
                axle_vector_unref(v[i]);
            axle_inner_unref(ip);
            axle_matrix_free(G);
            continue;
        }
        TS_OK(s);
        ran++;
        for (size_t i = 0; i < k; i++)
            e[i] = orthogonal(L, i);
        bool orth = false;
        TS_OK(axle_inner_is_orthogonal_list(&orth, ip, (const axle_vector *const *)e, k, false));
        cr_assert(orth, "Gram-Schmidt output is not orthogonal (trial %d)", trial);
        /* The orthonormal vectors (as doubles) are orthonormal for G. */
        double *q = calloc(n * k, sizeof *q);
        for (size_t i = 0; i < k; i++)
            TS_OK(axle_gs_orthonormal_double(q + i * n, L, i));
        for (size_t a = 0; a < k; a++)
            for (size_t b = 0; b < k; b++) {
                double g = 0;
                for (size_t i = 0; i < n; i++)
                    for (size_t j = 0; j < n; j++) {
                        double gij = 0;
                        TS_OK(axle_matrix_get_double(&gij, G, i, j));
                        g += q[a * n + i] * gij * q[b * n + j];
                    }
                cr_assert(fabs(g - (a == b)) < 1e-10, "<e_%zu, e_%zu> = %g (trial %d)", a, b, g,
                          trial);
            }
        free(q);
        /* Over RR the orthonormal vectors are orthonormal at the tolerance (over QQ they are
         * irrational in general). */
        if (*F == AXLE_RR) {
            axle_vector *u[4];
            for (size_t i = 0; i < k; i++)
                TS_OK(axle_gs_orthonormal(&u[i], L, i));
            TS_OK(axle_inner_is_orthogonal_list(&orth, ip, (const axle_vector *const *)u, k, true));
            cr_assert(orth, "the RR orthonormal list is not orthonormal (trial %d)", trial);
            for (size_t i = 0; i < k; i++)
                axle_vector_unref(u[i]);
        }
        /* span(e'_1..e'_j) = span(v_1..v_j) at every step. */
        for (size_t j = 1; j <= k; j++) {
            axle_space *S = span_prefix(V, (const axle_vector *const *)v, j);
            axle_space *T = span_prefix(V, (const axle_vector *const *)e, j);
            bool eq = false;
            TS_OK(axle_space_equal(&eq, S, T));
            cr_assert(eq, "span differs at step %zu (trial %d)", j, trial);
            axle_space_unref(S);
            axle_space_unref(T);
        }
        /* Coefficients reproduce a vector of the span (6.30). */
        axle_vector *w = NULL, *back = NULL;
        TS_OK(axle_vector_add(&w, v[0], v[k - 1]));
        axle_matrix *c = NULL;
        TS_OK(axle_gs_coefficients(&c, L, w));
        axle_scalar *cs[4];
        for (size_t i = 0; i < k; i++)
            TS_OK(axle_matrix_get(&cs[i], c, i, 0));
        TS_OK(axle_vector_lincomb(&back, V, (const axle_scalar *const *)cs,
                                  (const axle_vector *const *)e, k));
        for (size_t i = 0; i < k; i++)
            axle_scalar_free(cs[i]);
        in_assert_vec(back, w, 1e-9);
        axle_matrix_free(c);
        axle_vector_unref(w);
        axle_vector_unref(back);
        for (size_t i = 0; i < k; i++) {
            axle_vector_unref(v[i]);
            axle_vector_unref(e[i]);
        }
        axle_gs_unref(L);
        axle_inner_unref(ip);
        axle_matrix_free(G);
    }
    cr_assert_gt(ran, 5, "only %d of 8 random lists were independent", ran);
    axle_space_unref(V);
}

/* The orthogonal list over RR agrees with the exact one converted. */
Test(inner_gs, rr_agrees_with_qq)
{
    ts_rng rng = ts_rng_new("inner_gs/rr_agrees_with_qq");
    const size_t n = 5, k = 3;
    axle_space *Vq = in_fn(AXLE_QQ, n), *Vr = in_fn(AXLE_RR, n);
    axle_matrix *Gq = in_random_gram(&rng, AXLE_QQ, n), *Gr = NULL;
    TS_OK(axle_matrix_convert(&Gr, Gq, AXLE_RR));
    axle_inner *iq = in_gram(Vq, Gq), *ir = in_gram(Vr, Gr);
    axle_vector *vq[3], *vr[3];
    for (size_t j = 0; j < k; j++) {
        vq[j] = in_random_vec(&rng, Vq);
        vr[j] = in_convert(vq[j], Vr);
    }
    axle_gs *Lq = gs_list(iq, (const axle_vector *const *)vq, k);
    axle_gs *Lr = gs_list(ir, (const axle_vector *const *)vr, k);
    for (size_t j = 0; j < k; j++) {
        axle_vector *eq = orthogonal(Lq, j), *er = orthogonal(Lr, j);
        axle_matrix *a = in_coords(eq), *b = in_coords(er);
        cr_assert(ts_agree(a, b, 1e-9), "e'_%zu differs between the fields", j);
        axle_scalar *rq = norm2(Lq, j), *rr = norm2(Lr, j);
        double x = axle_scalar_to_double(rq), y = axle_scalar_to_double(rr);
        cr_assert(fabs(x - y) <= 1e-9 * x, "r_%zu: %g != %g", j, x, y);
        axle_scalar_free(rq);
        axle_scalar_free(rr);
        axle_matrix_free(a);
        axle_matrix_free(b);
        axle_vector_unref(eq);
        axle_vector_unref(er);
        axle_vector_unref(vq[j]);
        axle_vector_unref(vr[j]);
    }
    axle_gs_unref(Lq);
    axle_gs_unref(Lr);
    axle_matrix_free(Gq);
    axle_matrix_free(Gr);
    axle_inner_unref(iq);
    axle_inner_unref(ir);
    axle_space_unref(Vq);
    axle_space_unref(Vr);
}

FIELDS(inner_gs, orthonormal_basis)
{
    axle_space *V = in_fn(*F, 3);
    axle_matrix *G = ts_ints(*F, 3, 3, (long[]){2, 1, 0, 1, 2, 1, 0, 1, 2});
    axle_inner *ip = in_gram(V, G);
    axle_gs *L = NULL;
    TS_OK(axle_inner_orthonormal_basis(&L, ip));
    cr_assert_eq(axle_gs_count(L), 3);
    axle_vector *e[3];
    for (size_t j = 0; j < 3; j++)
        e[j] = orthogonal(L, j);
    bool orth = false;
    TS_OK(axle_inner_is_orthogonal_list(&orth, ip, (const axle_vector *const *)e, 3, false));
    cr_assert(orth);
    /* e'_1 = e_1 and r_1 = G_11. */
    axle_vector *e1 = in_vec(V, (long[]){1, 0, 0});
    in_assert_vec(e[0], e1, IN_TOL);
    axle_scalar *r = norm2(L, 0);
    in_assert_value(r, 2, 1);
    axle_scalar_free(r);
    axle_vector_unref(e1);
    for (size_t j = 0; j < 3; j++)
        axle_vector_unref(e[j]);
    axle_gs *R = axle_gs_ref(L);
    axle_gs_unref(R);
    axle_gs_unref(L);
    axle_matrix_free(G);
    axle_inner_unref(ip);
    axle_space_unref(V);
}

FIELDS(inner_gs, errors)
{
    axle_space *V = in_fn(*F, 3), *W = in_fn(*F, 2);
    axle_inner *ip = in_dot(V);
    axle_vector *v[3] = {in_vec(V, (long[]){1, 0, 0}), in_vec(V, (long[]){0, 1, 0}),
                         in_vec(V, (long[]){2, -3, 0})};
    axle_vector *keep = in_vec(V, (long[]){2, -3, 0});
    axle_gs *L = (axle_gs *)1;
    IN_FAILS(axle_inner_gram_schmidt(&L, ip, (const axle_vector *const *)v, 3), AXLE_EDOMAIN,
             "v_3 is in span(v_1, v_2): the list is linearly dependent");
    cr_assert_null(L);
    in_assert_vec(v[2], keep, 0);
    axle_vector *z[2] = {in_vec(V, (long[]){0, 0, 0}), v[0]};
    IN_FAILS(axle_inner_gram_schmidt(&L, ip, (const axle_vector *const *)z, 2), AXLE_EDOMAIN,
             "v_1");
    axle_vector *w = in_vec(W, (long[]){1, 1});
    const axle_vector *mixed[2] = {v[0], w};
    IN_FAILS(axle_inner_gram_schmidt(&L, ip, mixed, 2), AXLE_EDIM, "v_2 is a vector of");
    IN_FAILS(axle_inner_gram_schmidt(&L, NULL, mixed, 1), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_gram_schmidt(&L, ip, NULL, 2), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_gram_schmidt(NULL, ip, mixed, 1), AXLE_EINVAL, NULL);
    IN_FAILS(axle_inner_orthonormal_basis(&L, NULL), AXLE_EINVAL, NULL);
    /* The empty list. */
    TS_OK(axle_inner_gram_schmidt(&L, ip, NULL, 0));
    cr_assert_eq(axle_gs_count(L), 0);
    axle_vector *e = (axle_vector *)1;
    IN_FAILS(axle_gs_orthogonal(&e, L, 0), AXLE_ERANGE, "out of range");
    cr_assert_null(e);
    char *s = NULL;
    TS_OK(axle_gs_to_string(&s, L, AXLE_FORMAT_JSON));
    char want[96];
    snprintf(want, sizeof want,
             "{\"field\":\"%s\",\"orthogonal\":[],\"norms_squared\":[],\"orthonormal\":[],"
             "\"orthonormal_display\":[]}",
             axle_field_name(*F));
    cr_assert_str_eq(s, want);
    axle_free(s);
    axle_gs_unref(L);
    IN_FAILS(axle_gs_orthogonal(&e, NULL, 0), AXLE_EINVAL, NULL);
    axle_scalar *r = (axle_scalar *)1;
    IN_FAILS(axle_gs_norm_squared(&r, NULL, 0), AXLE_EINVAL, NULL);
    cr_assert_null(r);
    IN_FAILS(axle_gs_to_string(&s, NULL, AXLE_FORMAT_TEXT), AXLE_EINVAL, NULL);
    double d[3];
    IN_FAILS(axle_gs_orthonormal_double(d, NULL, 0), AXLE_EINVAL, NULL);
    cr_assert_eq(axle_gs_count(NULL), 0);
    cr_assert_null(axle_gs_inner(NULL));
    axle_gs_unref(NULL);
    /* Coefficients of a vector of another space. */
    L = gs_list(ip, (const axle_vector *const *)v, 2);
    axle_matrix *c = (axle_matrix *)1;
    IN_FAILS(axle_gs_coefficients(&c, L, w), AXLE_EDIM, NULL);
    cr_assert_null(c);
    IN_FAILS(axle_gs_orthonormal_string(&s, L, 2, AXLE_FORMAT_TEXT), AXLE_ERANGE, NULL);
    axle_gs_unref(L);
    axle_vector_unref(z[0]);
    axle_vector_unref(w);
    axle_vector_unref(keep);
    for (int i = 0; i < 3; i++)
        axle_vector_unref(v[i]);
    axle_inner_unref(ip);
    axle_space_unref(V);
    axle_space_unref(W);
}
