/* The spectrum (axle_eigen) over both fields: the classroom cases (rotation, Fibonacci, Jordan
 * block, nilpotent shift, zero, identity, 1x1, 0x0, 4-cycle, a repeated irreducible quadratic with
 * and without blocks, 10^30 entries, rational entries, a companion matrix), random integer
 * matrices from a fixed default seed, operators on P_m; over QQ exactly (A v = λ v over Q(λ),
 * Jordan chains, Σ alg = n, the multiplicities and diagonalizability expected), over RR the same
 * residuals within a tolerance and the values against QQ's within a condition-scaled tolerance;
 * the strings (JSON keys and values, the reports). */
#include <stdio.h>

#include "spectrum_helpers.h"

/* The generic checks of one spectrum: counts, multiplicities, charpoly and minpoly, residuals. */
static void check_generic(const axle_matrix *A, const axle_eigen *E)
{
    size_t n = axle_matrix_rows(A);
    cr_assert_eq(axle_eigen_dim(E), n);
    cr_assert_eq(axle_eigen_field(E), axle_matrix_field(A));
    axle_poly *chi = NULL, *mu = NULL, *c2 = eg_charpoly(A);
    TS_OK(axle_eigen_charpoly(&chi, E));
    TS_OK(axle_eigen_minpoly(&mu, E));
    cr_assert(eg_poly_close(chi, c2, 1e-12));
    cr_assert_eq(axle_poly_degree(chi), (long)n);
    axle_poly_free(chi);
    axle_poly_free(mu);
    axle_poly_free(c2);
    for (size_t k = 0; k < axle_eigen_count(E); k++) {
        double re, im;
        TS_OK(axle_eigen_value_double(&re, &im, E, k));
        cr_assert_eq(axle_eigen_is_real(E, k), im == 0.0);
        cr_assert_geq(axle_eigen_algebraic_multiplicity(E, k),
                      axle_eigen_geometric_multiplicity(E, k));
        cr_assert_geq(axle_eigen_geometric_multiplicity(E, k), 1);
        cr_assert_geq(axle_eigen_eigenvector_count(E, k), 1);
    }
    double tol = axle_matrix_field(A) == AXLE_QQ ? 1e-14 : 1e-10 * (double)(n + 1);
    cr_assert_leq(eg_residual(A, E), tol, "A v - λ v is %g", eg_residual(A, E));
    /* trace = Σ λ and det = Π λ with multiplicity (QQ lists distinct values: weight alg; RR lists
     * all n: weight 1), as complex doubles */
    double tr = 0.0, pr = 1.0, pi = 0.0, sr = 0.0, si = 0.0;
    for (size_t k = 0; k < axle_eigen_count(E); k++) {
        double re, im;
        TS_OK(axle_eigen_value_double(&re, &im, E, k));
        size_t w = axle_eigen_count(E) == n ? 1 : axle_eigen_algebraic_multiplicity(E, k);
        for (size_t t = 0; t < w; t++) {
            double r = pr * re - pi * im;
            pi = pr * im + pi * re;
            pr = r;
            sr += re;
            si += im;
        }
    }
    axle_scalar *trace = NULL, *det = NULL;
    TS_OK(axle_matrix_trace(&trace, A));
    TS_OK(axle_matrix_det(&det, A));
    tr = axle_scalar_to_double(trace);
    double dt = axle_scalar_to_double(det), scale = fmax(1.0, ts_frob(A));
    cr_assert_leq(hypot(sr - tr, si), 1e-9 * scale * (double)(n + 1), "trace %g, Σλ %g", tr, sr);
    if (isfinite(dt) && isfinite(pow(scale, (double)n)))
        cr_assert_leq(hypot(pr - dt, pi), 1e-9 * pow(scale, (double)n) * (double)(n + 1),
                      "det %g, Πλ %g + %gi", dt, pr, pi);
    axle_scalar_free(trace);
    axle_scalar_free(det);
}

/* QQ: the expected facts of the case, the exact checks of every eigenvalue. */
static void check_qq(const eg_case *c, const axle_matrix *A, const axle_eigen *E)
{
    size_t n = axle_matrix_rows(A), alg = 0, geo = 0, maxblock = 0;
    cr_assert_eq(axle_eigen_count(E), c->count, "%s: %zu eigenvalues", c->name,
                 axle_eigen_count(E));
    for (size_t k = 0; k < axle_eigen_count(E); k++) {
        alg += axle_eigen_algebraic_multiplicity(E, k);
        geo += axle_eigen_geometric_multiplicity(E, k);
        cr_assert_eq(axle_eigen_eigenvector_count(E, k), axle_eigen_geometric_multiplicity(E, k));
        size_t *b = NULL, nb = 0;
        TS_OK(axle_eigen_jordan_blocks(&b, &nb, E, k));
        maxblock = b[0] > maxblock ? b[0] : maxblock;
        axle_free(b);
        eg_assert_exact(A, E, k);
    }
    cr_assert_eq(alg, n, "%s: Σ alg = %zu", c->name, alg);
    cr_assert_eq(geo, c->geo, "%s: Σ geo = %zu", c->name, geo);
    cr_assert_eq(maxblock, c->maxblock, "%s: largest block %zu", c->name, maxblock);
    for (int o = 0; o < 3; o++)
        cr_assert_eq(axle_eigen_diagonalizable(E, (axle_eigen_over)o), c->diag[o],
                     "%s: diagonalizable over %d", c->name, o);
}

FIELDS(spectrum, classroom)
{
    for (size_t i = 0; i < EG_NCASES; i++) {
        const eg_case *c = &eg_cases[i];
        axle_matrix *A = eg_parse(*F, c->text);
        axle_eigen *E = eg_eigen(A);
        check_generic(A, E);
        if (*F == AXLE_QQ) {
            check_qq(c, A, E);
        } else {
            axle_matrix *Aq = eg_parse(AXLE_QQ, c->text);
            axle_eigen *Eq = eg_eigen(Aq);
            double m = (double)eg_max_alg(Eq);
            double tol = 1e-9 + 10 * pow(2.2e-16, 1.0 / m);
            cr_assert_leq(eg_match(Eq, E, A), tol, "%s: RR eigenvalues %g from QQ's", c->name,
                          eg_match(Eq, E, A));
            cr_assert_eq(axle_eigen_diagonalizable(E, AXLE_OVER_C), c->diag[AXLE_OVER_C],
                         "%s: RR diagonalizable over C", c->name);
            cr_assert_eq(axle_eigen_diagonalizable(E, AXLE_OVER_R), c->diag[AXLE_OVER_R],
                         "%s: RR diagonalizable over R", c->name);
            axle_eigen_unref(Eq);
            axle_matrix_free(Aq);
        }
        axle_eigen_unref(E);
        axle_matrix_free(A);
    }
}

FIELDS(spectrum, zero_by_zero)
{
    axle_matrix *A = ts_zero(*F, 0, 0);
    axle_eigen *E = eg_eigen(A);
    cr_assert_eq(axle_eigen_count(E), 0);
    cr_assert_eq(axle_eigen_dim(E), 0);
    for (int o = 0; o < 3; o++)
        cr_assert(axle_eigen_diagonalizable(E, (axle_eigen_over)o));
    cr_assert_not(axle_eigen_diagonalizable(E, (axle_eigen_over)3));
    axle_poly *chi = NULL;
    TS_OK(axle_eigen_charpoly(&chi, E));
    cr_assert_eq(axle_poly_degree(chi), 0);
    axle_poly_free(chi);
    char *s = NULL;
    TS_OK(axle_eigen_to_string(&s, E, AXLE_FORMAT_JSON));
    char want[128];
    snprintf(want, sizeof want,
             "{\"field\":\"%s\",\"n\":0,\"charpoly\":[\"1\"],\"minpoly\":[\"1\"],"
             "\"diagonalizable\":true,\"eigenvalues\":[]}",
             axle_field_name(*F));
    cr_assert_str_eq(s, want);
    axle_free(s);
    TS_OK(axle_eigen_to_string(&s, E, AXLE_FORMAT_TEXT));
    cr_assert(strstr(s, "no eigenvalues"), "%s", s);
    axle_free(s);
    cr_assert_eq(axle_eigen_ref(E), E);
    axle_eigen_unref(E);
    axle_eigen_unref(E);
    axle_matrix_free(A);
}

/* Random integer matrices in [-3, 3], n = 1 .. 6, from a fixed default seed: Σ alg = n and
 * exact chains over QQ, residuals and agreement with QQ over RR. */
FIELDS(spectrum, random)
{
    ts_rng r = ts_rng_new(*F == AXLE_QQ ? "spectrum_random_qq" : "spectrum_random_rr");
    for (int t = 0; t < 12; t++) {
        size_t n = 1 + (size_t)t % 6;
        axle_matrix *Aq = ts_random_int(&r, AXLE_QQ, n, n, -3, 3), *A = NULL;
        TS_OK(axle_matrix_convert(&A, Aq, *F));
        axle_eigen *E = eg_eigen(A), *Eq = eg_eigen(Aq);
        check_generic(A, E);
        size_t alg = 0;
        for (size_t k = 0; k < axle_eigen_count(Eq); k++) {
            alg += axle_eigen_algebraic_multiplicity(Eq, k);
            if (*F == AXLE_QQ)
                eg_assert_exact(Aq, Eq, k);
        }
        cr_assert_eq(alg, n);
        if (*F == AXLE_RR) {
            double tol = 1e-9 + 10 * pow(2.2e-16, 1.0 / (double)eg_max_alg(Eq));
            cr_assert_leq(eg_match(Eq, E, A), tol, "n = %zu: %g", n, eg_match(Eq, E, A));
        }
        axle_eigen_unref(E);
        axle_eigen_unref(Eq);
        axle_matrix_free(A);
        axle_matrix_free(Aq);
    }
}

/* Differentiation on P_m: nilpotent, one Jordan block of size m + 1 (QQ), eigenvalue 0. */
FIELDS(spectrum, differentiation)
{
    for (unsigned m = 0; m <= 4; m++) {
        axle_space *V = NULL;
        axle_map *D = NULL;
        TS_OK(axle_space_poly(&V, *F, m));
        TS_OK(axle_map_differentiation(&D, V, V));
        axle_eigen *E = NULL;
        TS_OK(axle_map_eigen(&E, D));
        cr_assert_eq(axle_eigen_dim(E), m + 1);
        double re = 1, im = 1;
        TS_OK(axle_eigen_value_double(&re, &im, E, 0));
        cr_assert_float_eq(re, 0.0, 1e-3);
        cr_assert_float_eq(im, 0.0, 1e-3);
        if (*F == AXLE_QQ) {
            cr_assert_eq(axle_eigen_count(E), 1);
            cr_assert_eq(axle_eigen_algebraic_multiplicity(E, 0), m + 1);
            cr_assert_eq(axle_eigen_geometric_multiplicity(E, 0), 1);
            size_t *b = NULL, nb = 0;
            TS_OK(axle_eigen_jordan_blocks(&b, &nb, E, 0));
            cr_assert_eq(nb, 1);
            cr_assert_eq(b[0], m + 1);
            axle_free(b);
            cr_assert_eq(axle_eigen_diagonalizable(E, AXLE_OVER_C), m == 0);
        } else {
            cr_assert_eq(axle_eigen_count(E), m + 1);
        }
        axle_eigen_unref(E);
        axle_map_unref(D);
        axle_space_unref(V);
    }
}

/* Balanced braces and brackets outside strings, nothing after the end. */
static void assert_json_shape(const char *s)
{
    int depth = 0;
    bool str = false;
    for (const char *p = s; *p; p++) {
        if (str) {
            if (*p == '\\')
                p++;
            else if (*p == '"')
                str = false;
            continue;
        }
        if (*p == '"')
            str = true;
        else if (*p == '{' || *p == '[')
            depth++;
        else if (*p == '}' || *p == ']')
            cr_assert_geq(--depth, 0, "unbalanced JSON: %s", s);
        cr_assert(depth > 0 || p[1] == '\0', "text after the JSON value: %s", s);
    }
    cr_assert_eq(depth, 0, "unbalanced JSON: %s", s);
}

FIELDS(spectrum, strings)
{
    axle_matrix *A = eg_parse(*F, "[[1, 1], [1, 0]]");
    axle_eigen *E = eg_eigen(A);
    char *s = NULL;
    TS_OK(axle_eigen_to_string(&s, E, AXLE_FORMAT_JSON));
    assert_json_shape(s);
    char head[64];
    snprintf(head, sizeof head, "{\"field\":\"%s\",\"n\":2,\"charpoly\":[", axle_field_name(*F));
    cr_assert(strncmp(s, head, strlen(head)) == 0, "%s", s);
    cr_assert(strstr(s, "\"diagonalizable\":true,\"eigenvalues\":[{"), "%s", s);
    cr_assert(strstr(s, "\"algebraic_multiplicity\":1,\"geometric_multiplicity\":1"), "%s", s);
    cr_assert(strstr(s, "\"eigenvectors\":[["), "%s", s);
    if (*F == AXLE_QQ) {
        cr_assert(strstr(s, "\"charpoly\":[\"1\",\"-1\",\"-1\"],\"minpoly\":[\"1\",\"-1\",\"-1\"]"),
                  "%s", s);
        cr_assert(strstr(s, "{\"minpoly\":[\"1\",\"-1\",\"-1\"],\"value\":\""), "%s", s);
        cr_assert(strstr(s, "\"jordan_blocks\":[1],\"eigenvectors\":[["), "%s", s);
    } else {
        cr_assert_null(strstr(s, "jordan_blocks"), "%s", s);
        cr_assert(strstr(s, "{\"re\":"), "%s", s);
    }
    axle_free(s);
    for (int f = AXLE_FORMAT_TEXT; f <= AXLE_FORMAT_LATEX; f++) {
        TS_OK(axle_eigen_to_string(&s, E, (axle_format)f));
        cr_assert(strstr(s, "multiplicity 1"), "%s", s);
        cr_assert_null(strstr(s, "(null)"), "%s", s);
        axle_free(s);
    }
    TS_OK(axle_eigen_to_string(&s, E, AXLE_FORMAT_UNICODE));
    cr_assert(strstr(s, "\xcf\x87(x) = "), "%s", s);
    if (*F == AXLE_QQ)
        cr_assert(strstr(s, "\xe2\x88\x9a"
                            "5"),
                  "%s", s);
    axle_free(s);
    for (size_t k = 0; k < 2; k++) {
        TS_OK(axle_eigen_value_string(&s, E, k, AXLE_FORMAT_TEXT));
        double re, im,
            v = strtod(strstr(s, "\xe2\x89\x88") ? strstr(s, "\xe2\x89\x88") + 3 : s, NULL);
        TS_OK(axle_eigen_value_double(&re, &im, E, k));
        if (*F == AXLE_RR)
            cr_assert_float_eq(v, re, 1e-9, "%s", s);
        axle_free(s);
        TS_OK(axle_eigen_eigenvectors_string(&s, E, k, AXLE_FORMAT_JSON));
        assert_json_shape(s);
        axle_free(s);
    }
    axle_eigen_unref(E);
    axle_matrix_free(A);
}

/* The report of a defective eigenvalue names its blocks over QQ (JSON: [2]). */
Test(spectrum, jordan_block_json)
{
    axle_matrix *A = eg_parse(AXLE_QQ, "[[2, 1], [0, 2]]");
    axle_eigen *E = eg_eigen(A);
    char *s = NULL;
    TS_OK(axle_eigen_to_string(&s, E, AXLE_FORMAT_JSON));
    cr_assert_str_eq(s, "{\"field\":\"QQ\",\"n\":2,\"charpoly\":[\"1\",\"-4\",\"4\"],"
                        "\"minpoly\":[\"1\",\"-4\",\"4\"],\"diagonalizable\":false,"
                        "\"eigenvalues\":[{\"minpoly\":[\"1\",\"-2\"],\"value\":\"2\",\"re\":2,"
                        "\"im\":0,\"algebraic_multiplicity\":2,\"geometric_multiplicity\":1,"
                        "\"jordan_blocks\":[2],\"eigenvectors\":[[\"1\",\"0\"]]}]}");
    axle_free(s);
    TS_OK(axle_eigen_to_string(&s, E, AXLE_FORMAT_TEXT));
    cr_assert(strstr(s, "Jordan blocks 2"), "%s", s);
    axle_free(s);
    axle_eigen_unref(E);
    axle_matrix_free(A);
}

/* An RR matrix whose χ overflows a double (det 2e400) still has its spectrum: χ and μ are then
 * refused with AXLE_ERANGE, printed as null in JSON, and the bases work. (A random 256 x 256 matrix
 * of entries in [-10, 10] failed as a whole before.) */
Test(spectrum, rr_charpoly_overflow)
{
    axle_matrix *A = eg_parse(AXLE_RR, "[[1e200, 0], [1, 2e200]]");
    axle_eigen *E = eg_eigen(A);
    cr_assert_eq(axle_eigen_count(E), 2);
    double re[2], im[2]; /* 1e200 and 2e200, in LAPACK's order */
    TS_OK(axle_eigen_value_double(&re[0], &im[0], E, 0));
    TS_OK(axle_eigen_value_double(&re[1], &im[1], E, 1));
    double lo = fmin(re[0], re[1]), hi = fmax(re[0], re[1]);
    cr_expect(fabs(lo - 1e200) <= 1e186 && fabs(hi - 2e200) <= 1e186 && im[0] == 0 && im[1] == 0,
              "%g %g", lo, hi);
    axle_poly *p = NULL;
    cr_expect_eq(axle_eigen_charpoly(&p, E), AXLE_ERANGE);
    cr_expect_null(p);
    cr_expect(strstr(axle_error_message(), "characteristic polynomial"), "%s",
              axle_error_message());
    cr_expect_eq(axle_eigen_minpoly(&p, E), AXLE_ERANGE);
    char *s = NULL;
    TS_OK(axle_eigen_to_string(&s, E, AXLE_FORMAT_JSON));
    cr_expect(strstr(s, "\"charpoly\":null,\"minpoly\":null"), "%s", s);
    axle_free(s);
    TS_OK(axle_eigen_to_string(&s, E, AXLE_FORMAT_TEXT));
    cr_expect(strstr(s, "beyond double range"), "%s", s);
    axle_free(s);
    axle_matrix *P = NULL, *D = NULL;
    TS_OK(axle_matrix_diagonalize(&P, &D, A));
    axle_matrix_free(P);
    axle_matrix_free(D);
    axle_eigen_unref(E);
    axle_matrix_free(A);
}
