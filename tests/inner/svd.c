/* Singular values over both fields (LADR 7E–7F): the operator norm of [[1, 1], [0, 1]] is
 * (1 + √5)/2 exactly over QQ; the SVD reconstructs the matrix over RR (U Σ V^T, U and V
 * orthogonal); QQ's exact singular values equal RR's; Σ σ² = trace(T*T) for random non-standard
 * inner products; the best rank-k approximation (exact over QQ; over RR the Eckart–Young error
 * ‖T − T_k‖ = σ_(k+1)); the report's JSON; every error path. Fixed default seed. */
#include "op_helpers.h"

static axle_svd *svd_of(const axle_matrix *A)
{
    axle_svd *S = NULL;
    TS_OK(axle_matrix_svd(&S, A));
    return S;
}

/* The singular values with multiplicity, decreasing, as doubles (n of them). */
static double *expanded(const axle_svd *S, size_t n)
{
    double *v = calloc(n ? n : 1, sizeof *v);
    size_t i = 0;
    double prev = INFINITY;
    for (size_t k = 0; k < axle_svd_count(S); k++) {
        double x = 0;
        TS_OK(axle_svd_value_double(&x, S, k));
        cr_assert_lt(x, prev, "values decrease");
        cr_assert_geq(x, 0.0);
        prev = x;
        for (size_t j = 0; j < axle_svd_multiplicity(S, k); j++) {
            cr_assert_lt(i, n, "multiplicities add up to more than %zu", n);
            v[i++] = x;
        }
    }
    cr_assert_eq(i, n, "multiplicities add up to %zu, not %zu", i, n);
    return v;
}

FIELDS(svd, golden_ratio_norm)
{
    axle_matrix *A = oh_mat(*F, "[[1, 1], [0, 1]]");
    axle_space *V = in_fn(*F, 2);
    axle_inner *dot = in_dot(V);
    axle_map *T = oh_map(V, V, A);
    double phi = (1 + sqrt(5.0)) / 2, nd = 0;
    TS_OK(axle_map_norm_double(&nd, dot, dot, T));
    cr_assert_float_eq(nd, phi, 1e-14);
    axle_svd *S = svd_of(A);
    cr_assert_eq(axle_svd_count(S), 2);
    double *v = expanded(S, 2);
    cr_assert_float_eq(v[0], phi, 1e-14);
    cr_assert_float_eq(v[1], phi - 1, 1e-14);
    free(v);
    axle_algebraic *a = NULL;
    if (*F == AXLE_QQ) {
        TS_OK(axle_map_norm(&a, dot, dot, T));
        axle_poly *mp = NULL, *want = NULL;
        TS_OK(axle_algebraic_minpoly(&mp, a));
        TS_OK(axle_poly_parse(&want, AXLE_QQ, "x^2 - x - 1"));
        cr_assert(axle_poly_equal(mp, want), "minimal polynomial of the norm");
        double re = 0, im = 1;
        TS_OK(axle_algebraic_to_double(&re, &im, a));
        cr_assert_float_eq(re, phi, 1e-15);
        cr_assert_eq(im, 0.0);
        axle_algebraic_free(a);
        TS_OK(axle_svd_value(&a, S, 1));
        TS_OK(axle_algebraic_to_double(&re, &im, a));
        cr_assert_float_eq(re, phi - 1, 1e-15);
        axle_poly_free(mp);
        axle_poly_free(want);
        axle_algebraic_free(a);
    } else {
        OH_FAILS(axle_map_norm(&a, dot, dot, T), AXLE_EUNSUPPORTED);
        cr_assert_null(a);
        OH_FAILS(axle_svd_value(&a, S, 0), AXLE_EUNSUPPORTED);
        cr_assert(strstr(axle_error_message(), "axle_svd_value_string"), "%s",
                  axle_error_message());
    }
    axle_svd_unref(S);
    axle_map_unref(T);
    axle_inner_unref(dot);
    axle_space_unref(V);
    axle_matrix_free(A);
}

/* RR: U Σ V^T = A with U, V orthogonal, for random shapes. */
Test(svd, reconstructs_rr)
{
    ts_rng r = ts_rng_new("svd/reconstructs_rr");
    for (size_t t = 0; t < 6; t++) {
        size_t m = 1 + t % 4, n = 1 + (t * 5) % 4;
        axle_matrix *A = ts_random_int(&r, AXLE_RR, m, n, -9, 9);
        axle_svd *S = svd_of(A);
        axle_matrix *U = NULL, *Sg = NULL, *Vt = NULL;
        TS_OK(axle_svd_matrices(&U, &Sg, &Vt, S));
        cr_assert_eq(axle_matrix_rows(U), m);
        cr_assert_eq(axle_matrix_cols(Vt), n);
        axle_matrix *US = ts_mul(U, Sg), *USV = ts_mul(US, Vt);
        oh_assert_close(USV, A, "U Sigma V^T = A");
        axle_matrix *Ut = ts_transpose(U), *UtU = ts_mul(Ut, U), *Im = ts_identity(AXLE_RR, m);
        oh_assert_close(UtU, Im, "U^T U = I");
        axle_matrix *V = ts_transpose(Vt), *VtV = ts_mul(Vt, V), *In = ts_identity(AXLE_RR, n);
        oh_assert_close(VtV, In, "V^T V = I");
        /* Σ's diagonal holds the singular values with multiplicity */
        size_t p = m < n ? m : n;
        double *v = expanded(S, n);
        for (size_t i = 0; i < p; i++) {
            double x = 0;
            TS_OK(axle_matrix_get_double(&x, Sg, i, i));
            cr_assert_float_eq(x, v[i], 1e-9 * fmax(1, v[0]));
        }
        free(v);
        axle_matrix *U2 = NULL;
        TS_OK(axle_svd_matrices(&U2, NULL, NULL, S));
        oh_assert_close(U2, U, "U alone");
        axle_matrix_free(U2);
        axle_matrix *mats[] = {U, Sg, Vt, US, USV, Ut, UtU, Im, V, VtV, In, A};
        for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
            axle_matrix_free(mats[i]);
        axle_svd_unref(S);
    }
}

/* QQ's exact singular values, as doubles, equal RR's (random integer matrices). */
Test(svd, qq_agrees_with_rr)
{
    ts_rng r = ts_rng_new("svd/qq_agrees_with_rr");
    for (size_t t = 0; t < 5; t++) {
        size_t m = 1 + t % 3, n = 1 + (t * 2) % 4;
        axle_matrix *Aq = ts_random_int(&r, AXLE_QQ, m, n, -5, 5), *Ar = NULL;
        TS_OK(axle_matrix_convert(&Ar, Aq, AXLE_RR));
        axle_svd *Sq = svd_of(Aq), *Sr = svd_of(Ar);
        double *vq = expanded(Sq, n), *vr = expanded(Sr, n);
        for (size_t i = 0; i < n; i++)
            cr_assert_float_eq(vq[i], vr[i], 1e-9 * fmax(1, vq[0]), "sigma_%zu", i + 1);
        axle_matrix *U = (axle_matrix *)&U;
        OH_FAILS(axle_svd_matrices(&U, NULL, NULL, Sq), AXLE_EUNSUPPORTED);
        cr_assert_null(U);
        free(vq);
        free(vr);
        axle_svd_unref(Sq);
        axle_svd_unref(Sr);
        axle_matrix_free(Aq);
        axle_matrix_free(Ar);
    }
}

/* Σ mult σ² = trace(T* T) and, for an operator, Π σ = |det T|, with random Gram matrices. */
FIELDS(svd, non_standard_inner_products)
{
    ts_rng r = ts_rng_new("svd/non_standard_inner_products");
    for (size_t t = 0; t < 4; t++) {
        size_t n = 1 + t % 3, m = 1 + (t * 2) % 3;
        axle_space *V = in_fn(*F, n), *W = in_fn(*F, m);
        axle_matrix *GV = in_random_gram(&r, *F, n), *GW = in_random_gram(&r, *F, m);
        axle_inner *ipV = in_gram(V, GV), *ipW = in_gram(W, GW);
        axle_matrix *M = ts_random_int(&r, *F, m, n, -3, 3);
        axle_map *T = oh_map(V, W, M), *Ts = NULL, *TsT = NULL;
        TS_OK(axle_map_adjoint(&Ts, ipV, ipW, T));
        TS_OK(axle_map_compose(&TsT, Ts, T));
        axle_scalar *tr = NULL;
        TS_OK(axle_map_trace(&tr, TsT));
        axle_svd *S = NULL;
        axle_status s = axle_map_svd(&S, ipV, ipW, T);
        cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
        double *v = expanded(S, n), sum = 0;
        for (size_t i = 0; i < n; i++)
            sum += v[i] * v[i];
        double want = axle_scalar_to_double(tr);
        cr_assert_float_eq(sum, want, 1e-9 * fmax(1, want), "sum of squares %g vs trace %g", sum,
                           want);
        double nd = 0;
        TS_OK(axle_map_norm_double(&nd, ipV, ipW, T));
        cr_assert_float_eq(nd, v[0], 1e-12 * fmax(1, nd));
        free(v);
        axle_svd_unref(S);
        axle_scalar_free(tr);
        axle_map_unref(Ts);
        axle_map_unref(TsT);
        axle_map_unref(T);
        axle_matrix_free(M);
        axle_inner_unref(ipV);
        axle_inner_unref(ipW);
        axle_matrix_free(GV);
        axle_matrix_free(GW);
        axle_space_unref(V);
        axle_space_unref(W);
    }
}

/* The zero map has norm 0; zeros are included with their multiplicity; the zero spaces. */
FIELDS(svd, zeros)
{
    axle_matrix *Z = ts_zero(*F, 2, 3);
    axle_svd *S = svd_of(Z);
    cr_assert_eq(axle_svd_count(S), 1);
    cr_assert_eq(axle_svd_multiplicity(S, 0), 3);
    cr_assert_eq(axle_svd_multiplicity(S, 1), 0);
    double x = 1;
    TS_OK(axle_svd_value_double(&x, S, 0));
    cr_assert_eq(x, 0.0);
    axle_svd_unref(S);
    axle_space *V = in_fn(*F, 3), *W = in_fn(*F, 2);
    axle_inner *dV = in_dot(V), *dW = in_dot(W);
    axle_map *T = oh_map(V, W, Z);
    TS_OK(axle_map_norm_double(&x, dV, dW, T));
    cr_assert_eq(x, 0.0);
    axle_algebraic *a = NULL;
    if (*F == AXLE_QQ) {
        TS_OK(axle_map_norm(&a, dV, dW, T));
        cr_assert(axle_algebraic_is_rational(a));
        double re = 1, im = 1;
        TS_OK(axle_algebraic_to_double(&re, &im, a));
        cr_assert_eq(re, 0.0);
        axle_algebraic_free(a);
    }
    axle_matrix *D = oh_mat(*F, "[[1, 0, 0], [0, 0, 0], [0, 0, 1]]");
    S = svd_of(D);
    cr_assert_eq(axle_svd_count(S), 2);
    cr_assert_eq(axle_svd_multiplicity(S, 0), 2);
    cr_assert_eq(axle_svd_multiplicity(S, 1), 1);
    axle_svd_unref(S);
    /* m x 0 and 0 x n */
    axle_matrix *E1 = ts_zero(*F, 2, 0), *E2 = ts_zero(*F, 0, 3);
    S = svd_of(E1);
    cr_assert_eq(axle_svd_count(S), 0);
    char *t = NULL;
    TS_OK(axle_svd_to_string(&t, S, AXLE_FORMAT_JSON));
    if (*F == AXLE_QQ) {
        cr_assert_str_eq(t, "{\"field\":\"QQ\",\"singular_values\":[]}");
    } else {
        const char *head = "{\"field\":\"RR\",\"singular_values\":[],\"U\":";
        cr_assert(strncmp(t, head, strlen(head)) == 0, "%s", t);
        cr_assert(strstr(t, "\"Vt\":[]}"), "%s", t);
    }
    axle_free(t);
    axle_svd_unref(S);
    S = svd_of(E2);
    cr_assert_eq(axle_svd_count(S), 1);
    cr_assert_eq(axle_svd_multiplicity(S, 0), 3);
    axle_svd_unref(S);
    axle_matrix_free(E1);
    axle_matrix_free(E2);
    axle_matrix_free(D);
    axle_map_unref(T);
    axle_inner_unref(dV);
    axle_inner_unref(dW);
    axle_space_unref(V);
    axle_space_unref(W);
    axle_matrix_free(Z);
}

Test(svd, json_qq)
{
    axle_matrix *A = oh_mat(AXLE_QQ, "[[0, 2, 0], [0, 0, 0], [1, 0, 0]]");
    axle_svd *S = svd_of(A);
    char *t = NULL;
    TS_OK(axle_svd_to_string(&t, S, AXLE_FORMAT_JSON));
    cr_assert_str_eq(t, "{\"field\":\"QQ\",\"singular_values\":[{\"value\":\"2\",\"approx\":2,"
                        "\"multiplicity\":1},{\"value\":\"1\",\"approx\":1,\"multiplicity\":1},"
                        "{\"value\":\"0\",\"approx\":0,\"multiplicity\":1}]}");
    axle_free(t);
    axle_svd_unref(S);
    axle_matrix_free(A);
    /* [[1, 1], [1, 1], [1, 1]]: √6 once, 0 once */
    A = oh_mat(AXLE_QQ, "[[1, 1], [1, 1], [1, 1]]");
    S = svd_of(A);
    TS_OK(axle_svd_to_string(&t, S, AXLE_FORMAT_JSON));
    cr_assert(strstr(t, "\"value\":\"\xe2\x88\x9a"
                        "6\""),
              "%s", t);
    cr_assert(strstr(t, "\"approx\":2.449489742783178"), "%s", t);
    axle_free(t);
    TS_OK(axle_svd_to_string(&t, S, AXLE_FORMAT_UNICODE));
    cr_assert(strstr(t, "\xcf\x83\xe2\x82\x81 = \xe2\x88\x9a"
                        "6 \xe2\x89\x88 2.4494897, multiplicity 1"),
              "%s", t);
    axle_free(t);
    axle_svd_unref(S);
    axle_matrix_free(A);
    /* 10^400 has no double: its "approx" is null (JSON has no infinity; it printed inf) */
    A = oh_mat(AXLE_QQ, "[[1e400, 0], [0, 1]]");
    S = svd_of(A);
    TS_OK(axle_svd_to_string(&t, S, AXLE_FORMAT_JSON));
    cr_assert(strstr(t, "\"approx\":null,\"multiplicity\":1},{\"value\":\"1\",\"approx\":1,"), "%s",
              t);
    axle_free(t);
    axle_svd_unref(S);
    axle_matrix_free(A);
    /* [[1, 2], [3, 4]]: σ = roots of x^4 - 30x^2 + 4, whose display carries its own
     * approximation: the report adds no second one, in any format */
    A = oh_mat(AXLE_QQ, "[[1, 2], [3, 4]]");
    S = svd_of(A);
    const char *once[] = {"root of x^4 - 30x^2 + 4 ~ 5.464985704, multiplicity 1",
                          "\xe2\x89\x88 5.464985704, multiplicity 1",
                          "\\approx 5.464985704, \\text{multiplicity } 1"};
    for (int fmt = 0; fmt < 3; fmt++) {
        TS_OK(axle_svd_to_string(&t, S, (axle_format)fmt));
        cr_assert(strstr(t, once[fmt]), "%s", t);
        axle_free(t);
    }
    axle_svd_unref(S);
    axle_matrix_free(A);
}

Test(svd, report_rr)
{
    axle_matrix *A = oh_mat(AXLE_RR, "[[3, 0], [0, -2]]");
    axle_svd *S = svd_of(A);
    char *t = NULL;
    TS_OK(axle_svd_to_string(&t, S, AXLE_FORMAT_JSON));
    cr_assert(strncmp(t,
                      "{\"field\":\"RR\",\"singular_values\":[{\"value\":\"3\",\"approx\":3,"
                      "\"multiplicity\":1},{\"value\":\"2\",\"approx\":2,\"multiplicity\":1}],"
                      "\"U\":",
                      strlen("{\"field\":\"RR\",\"singular_values\":[{\"value\":\"3\",\"approx\":"
                             "3,\"multiplicity\":1},{\"value\":\"2\",\"approx\":2,"
                             "\"multiplicity\":1}],\"U\":")) == 0,
              "%s", t);
    cr_assert(strstr(t, ",\"Sigma\":[[3,0],[0,2]],\"Vt\":"), "%s", t);
    axle_free(t);
    TS_OK(axle_svd_to_string(&t, S, AXLE_FORMAT_TEXT));
    cr_assert(
        strncmp(t, "singular value 1: 3, multiplicity 1\nsingular value 2: 2, multiplicity 1\nU = ",
                strlen("singular value 1: 3, multiplicity 1\nsingular value 2: 2, "
                       "multiplicity 1\nU = ")) == 0,
        "%s", t);
    axle_free(t);
    TS_OK(axle_svd_to_string(&t, S, AXLE_FORMAT_LATEX));
    cr_assert(strstr(t, "\\sigma_{1} = 3, \\text{multiplicity } 1"), "%s", t);
    axle_free(t);
    /* Unicode: the bracket pictures of U, Σ and Vᵀ start on the line after their label, all rows
     * at column 0 (after the label the first row stood out of line with the others). */
    TS_OK(axle_svd_to_string(&t, S, AXLE_FORMAT_UNICODE));
    cr_assert(strstr(t, "\nU =\n\u23a1"), "%s", t);
    cr_assert(strstr(t, "\n\u03a3 =\n\u23a1"), "%s", t);
    cr_assert(strstr(t, "\nV\u1d40 =\n\u23a1"), "%s", t);
    axle_free(t);
    axle_svd_unref(S);
    axle_matrix_free(A);
}

/* Best rank k: QQ exactly on a diagonal example; the non-unique cut σ_k = σ_(k+1) > 0 refused;
 * k >= rank gives T; k = 0 the zero map. */
FIELDS(best_rank, examples)
{
    axle_space *V = in_fn(*F, 3);
    axle_inner *dot = in_dot(V);
    axle_matrix *M = oh_mat(*F, "[[0, 3, 0], [1, 0, 0], [0, 0, 2]]");
    axle_map *T = oh_map(V, V, M), *B = NULL;
    const char *want[] = {"[[0, 0, 0], [0, 0, 0], [0, 0, 0]]", "[[0, 3, 0], [0, 0, 0], [0, 0, 0]]",
                          "[[0, 3, 0], [0, 0, 0], [0, 0, 2]]", "[[0, 3, 0], [1, 0, 0], [0, 0, 2]]",
                          "[[0, 3, 0], [1, 0, 0], [0, 0, 2]]"};
    for (size_t k = 0; k < 5; k++) {
        TS_OK(axle_map_best_rank(&B, dot, dot, T, k));
        axle_matrix *Bm = oh_matrix_of(B), *W = oh_mat(*F, want[k]);
        oh_assert_close(Bm, W, want[k]);
        axle_matrix_free(Bm);
        axle_matrix_free(W);
        axle_map_unref(B);
    }
    axle_matrix *I = oh_mat(*F, "[[1, 0, 0], [0, 1, 0], [0, 0, 0]]");
    axle_map *Ti = oh_map(V, V, I);
    B = (axle_map *)&B;
    OH_FAILS(axle_map_best_rank(&B, dot, dot, Ti, 1), AXLE_EDOMAIN);
    cr_assert_null(B);
    TS_OK(axle_map_best_rank(&B, dot, dot, Ti, 2));
    axle_map_unref(B);
    axle_map_unref(Ti);
    axle_matrix_free(I);
    axle_map_unref(T);
    axle_matrix_free(M);
    axle_inner_unref(dot);
    axle_space_unref(V);
}

/* RR Eckart–Young: ‖T − T_k‖ = σ_(k+1) and rank T_k = k, random 5 x 4 matrices, for the dot
 * products and for random Gram matrices on both sides. */
Test(best_rank, eckart_young_rr)
{
    ts_rng r = ts_rng_new("best_rank/eckart_young_rr");
    axle_space *V = in_fn(AXLE_RR, 4), *W = in_fn(AXLE_RR, 5);
    for (size_t t = 0; t < 6; t++) {
        axle_matrix *GV = t < 3 ? ts_identity(AXLE_RR, 4) : in_random_gram(&r, AXLE_RR, 4),
                    *GW = t < 3 ? ts_identity(AXLE_RR, 5) : in_random_gram(&r, AXLE_RR, 5);
        axle_inner *ipV = t < 3 ? in_dot(V) : in_gram(V, GV),
                   *ipW = t < 3 ? in_dot(W) : in_gram(W, GW);
        axle_matrix *M = ts_random_int(&r, AXLE_RR, 5, 4, -9, 9);
        axle_map *T = oh_map(V, W, M);
        axle_svd *S = NULL;
        TS_OK(axle_map_svd(&S, ipV, ipW, T));
        double *v = expanded(S, 4);
        for (size_t k = 1; k < 4; k++) {
            axle_map *B = NULL, *D = NULL;
            TS_OK(axle_map_best_rank(&B, ipV, ipW, T, k));
            TS_OK(axle_map_sub(&D, T, B));
            double err = 0;
            TS_OK(axle_map_norm_double(&err, ipV, ipW, D));
            cr_assert_float_eq(err, v[k], 1e-9 * v[0], "k = %zu: error %g, sigma %g", k, err, v[k]);
            size_t rk = 0;
            TS_OK(axle_map_rank(&rk, B));
            cr_assert_eq(rk, k);
            axle_map_unref(B);
            axle_map_unref(D);
        }
        free(v);
        axle_svd_unref(S);
        axle_map_unref(T);
        axle_matrix_free(M);
        axle_inner_unref(ipV);
        axle_inner_unref(ipW);
        axle_matrix_free(GV);
        axle_matrix_free(GW);
    }
    axle_space_unref(V);
    axle_space_unref(W);
}

FIELDS(svd, errors)
{
    axle_matrix *A = oh_mat(*F, "[[1, 2], [3, 4]]");
    axle_svd *S = svd_of(A);
    char *t = (char *)&t;
    OH_FAILS(axle_svd_value_string(&t, S, 2, AXLE_FORMAT_TEXT), AXLE_ERANGE);
    cr_assert_null(t);
    OH_FAILS(axle_svd_value_string(&t, S, 0, (axle_format)42), AXLE_EINVAL);
    OH_FAILS(axle_svd_value_string(&t, NULL, 0, AXLE_FORMAT_TEXT), AXLE_EINVAL);
    OH_FAILS(axle_svd_to_string(&t, S, (axle_format)-1), AXLE_EINVAL);
    double x = 7;
    OH_FAILS(axle_svd_value_double(&x, S, 5), AXLE_ERANGE);
    cr_assert_eq(x, 7);
    OH_FAILS(axle_svd_value_double(NULL, S, 0), AXLE_EINVAL);
    cr_assert_eq(axle_svd_count(NULL), 0);
    cr_assert_eq(axle_svd_multiplicity(NULL, 0), 0);
    axle_svd_unref(NULL);
    cr_assert_eq(axle_svd_ref(S), S);
    axle_svd_unref(S);
    OH_FAILS(axle_matrix_svd(NULL, A), AXLE_EINVAL);
    axle_svd *S2 = (axle_svd *)&S2;
    OH_FAILS(axle_matrix_svd(&S2, NULL), AXLE_EINVAL);
    cr_assert_null(S2);
    axle_space *V = in_fn(*F, 2), *W = in_fn(*F, 3);
    axle_inner *dV = in_dot(V), *dW = in_dot(W);
    axle_map *T = oh_map(V, V, A);
    OH_FAILS(axle_map_svd(&S2, dV, dW, T), AXLE_EDIM);
    OH_FAILS(axle_map_svd(&S2, dW, dV, T), AXLE_EDIM);
    OH_FAILS(axle_map_svd(&S2, NULL, dV, T), AXLE_EINVAL);
    OH_FAILS(axle_map_norm_double(&x, dV, dW, T), AXLE_EDIM);
    axle_map *B = (axle_map *)&B;
    OH_FAILS(axle_map_best_rank(&B, dV, dW, T, 1), AXLE_EDIM);
    cr_assert_null(B);
    OH_FAILS(axle_map_best_rank(&B, dV, dV, NULL, 1), AXLE_EINVAL);
    axle_map_unref(T);
    axle_inner_unref(dV);
    axle_inner_unref(dW);
    axle_space_unref(V);
    axle_space_unref(W);
    axle_svd_unref(S);
    axle_matrix_free(A);
}
