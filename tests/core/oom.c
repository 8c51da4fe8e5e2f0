/* Out-of-memory paths: for a set of API calls on both fields, make the k-th allocation fail for
 * k = 1, 2, ... until the call no longer reaches a k-th allocation. Every run must return
 * AXLE_ENOMEM with its outputs NULL (or succeed with the same result as without the failure),
 * leave its inputs unchanged and leak nothing (the ASan build checks the leaks). The hook is
 * ax_oom_fail_at (src/core/alloc.c); GMP's own allocations are not hooked. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "support.h"

/* The inputs of one case; show() renders every one that is set. */
typedef struct oom_in {
    const char *text;
    axle_matrix *A, *B;
    axle_poly *p, *q;
    axle_space *V, *U, *W;
    axle_vector *v;
    axle_roots *r;
    axle_numfield *K;
    axle_nfelem *e;
    const axle_algebraic *alg;
} oom_in;

/* A case is called with the hook armed; it makes its calls, disarms the hook (disarm()), checks
 * that a failed call set its outputs NULL and renders a successful result in *res. */
typedef axle_status (*oom_case)(const oom_in *in, char **res);

static bool fired;

static void disarm(void)
{
    fired = ax_oom_fired();
    ax_oom_fail_at(0, false);
}

static void cat(char **acc, char *part)
{
    cr_assert(part, "rendering failed: %s", axle_error_message());
    size_t n = *acc ? strlen(*acc) : 0;
    char *t = realloc(*acc, n + strlen(part) + 2);
    cr_assert(t);
    memcpy(t + n, part, strlen(part) + 1);
    strcat(t, ";");
    *acc = t;
    axle_free(part);
}

static char *matrix_str(const axle_matrix *A)
{
    char *s = NULL;
    TS_OK(axle_matrix_to_string(&s, A, AXLE_FORMAT_TEXT));
    return s;
}

static char *poly_str(const axle_poly *p)
{
    char *s = NULL;
    TS_OK(axle_poly_to_string(&s, p, AXLE_FORMAT_TEXT));
    return s;
}

static char *space_str(const axle_space *V)
{
    char *name = NULL, *acc = NULL;
    TS_OK(axle_space_to_string(&name, V, AXLE_FORMAT_TEXT));
    cat(&acc, name);
    if (axle_space_kind_of(V) == AXLE_SPACE_SUBSPACE) {
        axle_matrix *B = NULL;
        TS_OK(axle_space_basis(&B, V));
        cat(&acc, matrix_str(B));
        axle_matrix_free(B);
    }
    return acc;
}

static char *vector_str(const axle_vector *v)
{
    char *s = NULL;
    TS_OK(axle_vector_to_string(&s, v, AXLE_FORMAT_TEXT));
    return s;
}

static char *show(const oom_in *in)
{
    char *acc = NULL;
    size_t n = in->text ? strlen(in->text) + 1 : 1;
    char *t = malloc(n);
    cr_assert(t);
    memcpy(t, in->text ? in->text : "", n);
    cat(&acc, t);
    if (in->A)
        cat(&acc, matrix_str(in->A));
    if (in->B)
        cat(&acc, matrix_str(in->B));
    if (in->p)
        cat(&acc, poly_str(in->p));
    if (in->q)
        cat(&acc, poly_str(in->q));
    if (in->V)
        cat(&acc, space_str(in->V));
    if (in->U)
        cat(&acc, space_str(in->U));
    if (in->W)
        cat(&acc, space_str(in->W));
    if (in->v)
        cat(&acc, vector_str(in->v));
    if (in->e) {
        char *t = NULL;
        TS_OK(axle_nfelem_to_string(&t, in->e, AXLE_FORMAT_TEXT));
        cat(&acc, t);
    }
    if (in->alg) {
        char *t = NULL;
        TS_OK(axle_algebraic_to_string(&t, in->alg, AXLE_FORMAT_TEXT, 12));
        cat(&acc, t);
    }
    if (in->r) {
        char *t = NULL;
        TS_OK(axle_roots_to_string(&t, in->r, AXLE_FORMAT_TEXT, 12));
        cat(&acc, t);
    }
    return acc;
}

/* Walk k over the allocations of the case, failing the k-th one only (persistent: also every
 * later one); returns the number of failure paths run. */
static unsigned long walk_mode(const char *name, oom_case run, const oom_in *in, bool persistent)
{
    char *before = show(in), *ref = NULL;
    ax_oom_fail_at(0, false);
    axle_status s = run(in, &ref);
    cr_assert_eq(s, AXLE_OK, "%s: %s", name, axle_error_message());
    unsigned long k;
    for (k = 1;; k++) {
        char *res = NULL;
        ax_oom_fail_at(k, persistent);
        s = run(in, &res);
        if (!fired) {
            cr_expect_eq(s, AXLE_OK, "%s: %s", name, axle_error_message());
            free(res);
            break;
        }
        cr_expect(s == AXLE_ENOMEM || s == AXLE_OK,
                  "%s: allocation %lu failed: got %s (%s), expected AXLE_ENOMEM", name, k,
                  axle_strerror(s), axle_error_message());
        if (s == AXLE_OK)
            cr_expect_str_eq(res, ref, "%s: allocation %lu failed, yet a different result: %s",
                             name, k, res);
        else
            cr_expect_null(res);
        char *after = show(in);
        cr_expect_str_eq(after, before, "%s: allocation %lu failed and changed the input", name, k);
        free(after);
        free(res);
        cr_assert_lt(k, 200000, "%s: no end to the allocations", name);
    }
    free(ref);
    free(before);
    return k - 1;
}

static unsigned long walk(const char *name, oom_case run, const oom_in *in)
{
    unsigned long n = walk_mode(name, run, in, false);
    char persistent[192];
    snprintf(persistent, sizeof persistent, "%s (every allocation failing from the k-th)", name);
    walk_mode(persistent, run, in, true);
    cr_log_info("%s: %lu allocation failures walked", name, n);
    return n;
}

/* ---- the cases --------------------------------------------------------------------------- */

static axle_status matrix_result(axle_status s, axle_matrix *M, char **res)
{
    if (s)
        cr_expect_null(M);
    else
        *res = matrix_str(M);
    axle_matrix_free(M);
    return s;
}

static axle_status scalar_result(axle_status s, axle_scalar *x, char **res)
{
    if (s) {
        cr_expect_null(x);
    } else {
        char *t = NULL;
        TS_OK(axle_scalar_to_string(&t, x, AXLE_FORMAT_TEXT));
        *res = t;
    }
    axle_scalar_free(x);
    return s;
}

static axle_status poly_result(axle_status s, axle_poly *p, char **res)
{
    if (s)
        cr_expect_null(p);
    else
        *res = poly_str(p);
    axle_poly_free(p);
    return s;
}

static axle_status space_result(axle_status s, axle_space *V, char **res)
{
    if (s)
        cr_expect_null(V);
    else
        *res = space_str(V);
    axle_space_unref(V);
    return s;
}

static axle_status string_result(axle_status s, char *t, char **res)
{
    if (s)
        cr_expect_null(t);
    else
        *res = t;
    return s;
}

static axle_field parse_field;

static axle_status c_matrix_parse(const oom_in *in, char **res)
{
    axle_matrix *M = NULL;
    axle_status s = axle_matrix_parse(&M, parse_field, in->text);
    disarm();
    return matrix_result(s, M, res);
}

static axle_status c_poly_parse(const oom_in *in, char **res)
{
    axle_poly *p = NULL;
    axle_status s = axle_poly_parse(&p, parse_field, in->text);
    disarm();
    return poly_result(s, p, res);
}

static axle_status c_det(const oom_in *in, char **res)
{
    axle_scalar *d = NULL;
    axle_status s = axle_matrix_det(&d, in->A);
    disarm();
    return scalar_result(s, d, res);
}

static axle_status c_charpoly(const oom_in *in, char **res)
{
    axle_poly *p = NULL;
    axle_status s = axle_matrix_charpoly(&p, in->A);
    disarm();
    return poly_result(s, p, res);
}

static axle_status c_minpoly(const oom_in *in, char **res)
{
    axle_poly *p = NULL;
    axle_status s = axle_matrix_minpoly(&p, in->A);
    disarm();
    return poly_result(s, p, res);
}

static axle_status c_minpoly_vector(const oom_in *in, char **res)
{
    axle_poly *p = NULL;
    axle_status s = axle_matrix_minpoly_vector(&p, in->A, in->B);
    disarm();
    return poly_result(s, p, res);
}

/* The spectrum of A, rendered as its JSON and text reports (every op of the kernel's spectrum). */
static axle_status c_spectrum(const oom_in *in, char **res)
{
    axle_eigen *E = NULL;
    char *json = NULL, *text = NULL;
    axle_status s = axle_matrix_eigen(&E, in->A);
    if (!s)
        s = axle_eigen_to_string(&json, E, AXLE_FORMAT_JSON);
    if (!s)
        s = axle_eigen_to_string(&text, E, AXLE_FORMAT_UNICODE);
    disarm();
    if (s) {
        cr_expect_null(text);
        free(json);
    } else {
        cat(&json, text);
        *res = json;
    }
    axle_eigen_unref(E);
    return s;
}

/* QQ: the exact objects of eigenvalue 0 of the spectrum of A (value, eigenspace, chains). */
static axle_status c_spectrum_exact(const oom_in *in, char **res)
{
    axle_eigen *E = NULL;
    axle_algebraic *a = NULL;
    axle_nfmatrix *V = NULL, *C = NULL;
    size_t *b = NULL, nb = 0;
    axle_status s = axle_matrix_eigen(&E, in->A);
    if (!s)
        s = axle_eigen_value(&a, E, 0);
    if (!s)
        s = axle_eigen_eigenspace(&V, E, 0);
    if (!s)
        s = axle_eigen_jordan_chains(&C, E, 0);
    if (!s)
        s = axle_eigen_jordan_blocks(&b, &nb, E, 0);
    disarm();
    if (!s) {
        char *t = NULL;
        TS_OK(axle_nfmatrix_to_string(&t, C, AXLE_FORMAT_TEXT));
        *res = t;
        TS_OK(axle_nfmatrix_to_string(&t, V, AXLE_FORMAT_TEXT));
        cat(res, t);
        TS_OK(axle_algebraic_to_string(&t, a, AXLE_FORMAT_TEXT, 12));
        cat(res, t);
    }
    axle_free(b);
    axle_algebraic_free(a);
    axle_nfmatrix_free(V);
    axle_nfmatrix_free(C);
    axle_eigen_unref(E);
    return s;
}

typedef axle_status (*basis_fn)(axle_matrix **, axle_matrix **, const axle_matrix *);

static axle_status basis_case(basis_fn fn, const oom_in *in, char **res)
{
    axle_matrix *X = NULL, *Y = NULL;
    axle_status s = fn(&X, &Y, in->A);
    disarm();
    if (s) {
        cr_expect_null(X);
        cr_expect_null(Y);
        return s;
    }
    *res = matrix_str(X);
    cat(res, matrix_str(Y));
    axle_matrix_free(X);
    axle_matrix_free(Y);
    return s;
}

static axle_status c_diagonalize(const oom_in *in, char **res)
{
    return basis_case(axle_matrix_diagonalize, in, res);
}

static axle_status c_triangularize(const oom_in *in, char **res)
{
    return basis_case(axle_matrix_triangularize, in, res);
}

static axle_status c_schur_complex(const oom_in *in, char **res)
{
    axle_matrix *X[4] = {NULL, NULL, NULL, NULL};
    axle_status s = axle_matrix_schur_complex(&X[0], &X[1], &X[2], &X[3], in->A);
    disarm();
    for (int k = 0; k < 4; k++) {
        if (s)
            cr_expect_null(X[k]);
        else if (k == 0)
            *res = matrix_str(X[k]);
        else
            cat(res, matrix_str(X[k]));
        axle_matrix_free(X[k]);
    }
    return s;
}

static axle_status c_jordan(const oom_in *in, char **res)
{
    return basis_case(axle_matrix_jordan, in, res);
}

static axle_status c_jordan_chevalley(const oom_in *in, char **res)
{
    return basis_case(axle_matrix_jordan_chevalley, in, res);
}

/* E(2, T), G(2, T) and, over QQ, the primary decomposition of T on V with matrix A. */
static axle_status c_eigenspaces(const oom_in *in, char **res)
{
    axle_map *T = NULL;
    axle_scalar *two = NULL;
    axle_space *E = NULL, *G = NULL, **parts = NULL;
    size_t k = 0;
    axle_status s = axle_map_from_matrix(&T, in->V, in->V, in->A);
    if (!s)
        s = axle_scalar_from_int(&two, axle_matrix_field(in->A), 2);
    if (!s)
        s = axle_map_eigenspace(&E, T, two);
    if (!s)
        s = axle_map_generalized_eigenspace(&G, T, two);
    if (!s && axle_matrix_field(in->A) == AXLE_QQ)
        s = axle_map_primary_decomposition(&parts, &k, T);
    disarm();
    if (s) {
        cr_expect_null(parts);
    } else {
        *res = space_str(E);
        cat(res, space_str(G));
        for (size_t i = 0; i < k; i++)
            cat(res, space_str(parts[i]));
    }
    for (size_t i = 0; i < k; i++)
        axle_space_unref(parts[i]);
    axle_free(parts);
    axle_space_unref(E);
    axle_space_unref(G);
    axle_scalar_free(two);
    axle_map_unref(T);
    return s;
}

static axle_status c_rref(const oom_in *in, char **res)
{
    axle_matrix *R = NULL;
    size_t piv[16];
    axle_status s = axle_matrix_rref(&R, piv, NULL, in->A);
    disarm();
    return matrix_result(s, R, res);
}

static axle_status c_rank(const oom_in *in, char **res)
{
    size_t r = 0;
    axle_status s = axle_matrix_rank(&r, in->A);
    disarm();
    if (!s) {
        char buf[32];
        snprintf(buf, sizeof buf, "%zu", r);
        *res = strdup(buf);
    }
    return s;
}

static axle_status c_null(const oom_in *in, char **res)
{
    axle_matrix *N = NULL;
    axle_status s = axle_matrix_null(&N, in->A);
    disarm();
    return matrix_result(s, N, res);
}

static axle_status c_inverse(const oom_in *in, char **res)
{
    axle_matrix *X = NULL;
    axle_status s = axle_matrix_inverse(&X, in->A);
    disarm();
    return matrix_result(s, X, res);
}

static axle_status c_mul(const oom_in *in, char **res)
{
    axle_matrix *X = NULL;
    axle_status s = axle_matrix_mul(&X, in->A, in->B);
    disarm();
    return matrix_result(s, X, res);
}

static axle_status c_solve(const oom_in *in, char **res)
{
    axle_matrix *x = NULL, *N = NULL;
    axle_status s = axle_matrix_solve(&x, &N, in->A, in->B);
    disarm();
    if (s) {
        cr_expect_null(x);
        cr_expect_null(N);
        return s;
    }
    *res = matrix_str(x);
    cat(res, matrix_str(N));
    axle_matrix_free(x);
    axle_matrix_free(N);
    return s;
}

static axle_status c_matrix_strings(const oom_in *in, char **res)
{
    static const axle_format fmts[] = {AXLE_FORMAT_TEXT, AXLE_FORMAT_UNICODE, AXLE_FORMAT_LATEX,
                                       AXLE_FORMAT_JSON};
    char *t[4] = {NULL, NULL, NULL, NULL};
    axle_status s = AXLE_OK;
    for (size_t f = 0; f < 4 && !s; f++)
        s = axle_matrix_to_string(&t[f], in->A, fmts[f]);
    disarm();
    for (size_t f = 0; f < 4; f++) {
        if (s)
            axle_free(t[f]);
        else
            cat(res, t[f]);
    }
    if (s)
        cr_expect(!t[0] || !t[1] || !t[2] || !t[3]);
    return s;
}

static axle_status c_poly_mul(const oom_in *in, char **res)
{
    axle_poly *r = NULL;
    axle_status s = axle_poly_mul(&r, in->p, in->q);
    disarm();
    return poly_result(s, r, res);
}

static axle_status c_poly_gcd(const oom_in *in, char **res)
{
    axle_poly *r = NULL;
    axle_status s = axle_poly_gcd(&r, in->p, in->q);
    disarm();
    return poly_result(s, r, res);
}

static axle_status c_poly_string(const oom_in *in, char **res)
{
    char *t = NULL;
    axle_status s = axle_poly_to_string(&t, in->p, AXLE_FORMAT_UNICODE);
    disarm();
    return string_result(s, t, res);
}

static axle_status c_factor(const oom_in *in, char **res)
{
    axle_poly_factors *f = NULL;
    axle_status s = axle_poly_factor(&f, in->p);
    disarm();
    if (s) {
        cr_expect_null(f);
        return s;
    }
    char *t = NULL;
    TS_OK(axle_scalar_to_string(&t, axle_poly_factors_unit(f), AXLE_FORMAT_TEXT));
    cat(res, t);
    for (size_t i = 0; i < axle_poly_factors_count(f); i++) {
        unsigned long e = 0;
        cat(res, poly_str(axle_poly_factors_get(f, i, &e)));
    }
    axle_poly_factors_free(f);
    return s;
}

static axle_status c_roots(const oom_in *in, char **res)
{
    axle_roots *r = NULL;
    axle_status s = axle_poly_roots(&r, in->p);
    disarm();
    if (s) {
        cr_expect_null(r);
        return s;
    }
    char *t = NULL;
    TS_OK(axle_roots_to_string(&t, r, AXLE_FORMAT_TEXT, 12));
    *res = t;
    axle_roots_free(r);
    return s;
}

static axle_status c_roots_string(const oom_in *in, char **res)
{
    char *t = NULL;
    axle_status s = axle_roots_to_string(&t, in->r, AXLE_FORMAT_UNICODE, 12);
    disarm();
    return string_result(s, t, res);
}

static axle_status c_span(const oom_in *in, char **res)
{
    axle_space *S = NULL;
    axle_status s = axle_space_span_coords(&S, in->V, in->A);
    disarm();
    return space_result(s, S, res);
}

static axle_status c_sum(const oom_in *in, char **res)
{
    axle_space *S = NULL;
    axle_status s = axle_space_sum(&S, in->U, in->W);
    disarm();
    return space_result(s, S, res);
}

static axle_status c_intersect(const oom_in *in, char **res)
{
    axle_space *S = NULL;
    axle_status s = axle_space_intersect(&S, in->U, in->W);
    disarm();
    return space_result(s, S, res);
}

static axle_status c_complement(const oom_in *in, char **res)
{
    axle_space *S = NULL;
    axle_status s = axle_space_complement(&S, in->U);
    disarm();
    return space_result(s, S, res);
}

static axle_status c_quotient_vector(const oom_in *in, char **res)
{
    axle_space *Q = NULL;
    axle_vector *c = NULL;
    axle_status s = axle_space_quotient(&Q, in->U);
    if (!s)
        s = axle_vector_coset(&c, Q, in->v);
    disarm();
    if (!s) {
        *res = vector_str(c);
        cat(res, space_str(Q));
    } else {
        cr_expect_null(c);
    }
    axle_vector_unref(c);
    axle_space_unref(Q);
    return s;
}

static axle_status c_contains(const oom_in *in, char **res)
{
    bool yes = false;
    axle_status s = axle_space_contains(&yes, in->U, in->v);
    disarm();
    if (!s)
        *res = strdup(yes ? "yes" : "no");
    return s;
}

static axle_status c_vector_parse(const oom_in *in, char **res)
{
    axle_vector *v = NULL;
    axle_status s = axle_vector_parse(&v, in->V, in->text);
    disarm();
    if (s)
        cr_expect_null(v);
    else
        *res = vector_str(v);
    axle_vector_unref(v);
    return s;
}

static axle_status c_vector_string(const oom_in *in, char **res)
{
    char *t = NULL;
    axle_status s = axle_vector_to_string(&t, in->v, AXLE_FORMAT_LATEX);
    disarm();
    return string_result(s, t, res);
}

static axle_status nfelem_result(axle_status s, axle_nfelem *x, char **res)
{
    if (s) {
        cr_expect_null(x);
    } else {
        char *t = NULL;
        TS_OK(axle_nfelem_to_string(&t, x, AXLE_FORMAT_TEXT));
        *res = t;
    }
    axle_nfelem_free(x);
    return s;
}

static axle_status c_nfelem_parse(const oom_in *in, char **res)
{
    axle_nfelem *x = NULL;
    axle_status s = axle_nfelem_parse(&x, in->K, in->text);
    disarm();
    return nfelem_result(s, x, res);
}

static axle_status c_nfelem_inv(const oom_in *in, char **res)
{
    axle_nfelem *x = NULL;
    axle_status s = axle_nfelem_inv(&x, in->e);
    disarm();
    return nfelem_result(s, x, res);
}

static axle_status c_nfelem_minpoly(const oom_in *in, char **res)
{
    axle_poly *p = NULL;
    axle_status s = axle_nfelem_minpoly(&p, in->e);
    disarm();
    return poly_result(s, p, res);
}

static axle_status c_eigenspace(const oom_in *in, char **res)
{
    axle_nfmatrix *E = NULL;
    axle_status s = axle_nfmatrix_eigenspace(&E, in->A, in->e);
    disarm();
    if (s) {
        cr_expect_null(E);
        return s;
    }
    char *t = NULL;
    TS_OK(axle_nfmatrix_to_string(&t, E, AXLE_FORMAT_TEXT));
    *res = t;
    axle_nfmatrix_free(E);
    return s;
}

static axle_status c_numfield_parse(const oom_in *in, char **res)
{
    axle_numfield *K = NULL;
    axle_status s = axle_numfield_parse(&K, in->text, "phi");
    disarm();
    if (s) {
        cr_expect_null(K);
        return s;
    }
    axle_poly *m = NULL;
    TS_OK(axle_numfield_modulus(&m, K));
    *res = poly_str(m);
    axle_poly_free(m);
    axle_numfield_unref(K);
    return s;
}

static axle_status algebraic_result(axle_status s, axle_algebraic *a, char **res)
{
    if (s) {
        cr_expect_null(a);
    } else {
        char *t = NULL;
        TS_OK(axle_algebraic_to_string(&t, a, AXLE_FORMAT_TEXT, 12));
        *res = t;
    }
    axle_algebraic_free(a);
    return s;
}

static axle_status c_algebraic_sqrt(const oom_in *in, char **res)
{
    axle_algebraic *a = NULL;
    axle_status s = axle_algebraic_sqrt(&a, in->alg);
    disarm();
    return algebraic_result(s, a, res);
}

static axle_status c_algebraic_inv(const oom_in *in, char **res)
{
    axle_algebraic *a = NULL;
    axle_status s = axle_algebraic_inv(&a, in->alg);
    disarm();
    return algebraic_result(s, a, res);
}

static axle_status c_squarefree(const oom_in *in, char **res)
{
    axle_poly_factors *f = NULL;
    axle_status s = axle_poly_squarefree(&f, in->p);
    disarm();
    if (s) {
        cr_expect_null(f);
        return s;
    }
    for (size_t i = 0; i < axle_poly_factors_count(f); i++) {
        unsigned long e = 0;
        cat(res, poly_str(axle_poly_factors_get(f, i, &e)));
    }
    axle_poly_factors_free(f);
    return s;
}

static axle_status c_xgcd(const oom_in *in, char **res)
{
    axle_poly *g = NULL, *u = NULL, *v = NULL;
    axle_status s = axle_poly_xgcd(&g, &u, &v, in->p, in->q);
    disarm();
    if (s) {
        cr_expect(!g && !u && !v);
        return s;
    }
    cat(res, poly_str(g));
    cat(res, poly_str(u));
    cat(res, poly_str(v));
    axle_poly_free(g);
    axle_poly_free(u);
    axle_poly_free(v);
    return s;
}

static axle_status c_eval_matrix(const oom_in *in, char **res)
{
    axle_matrix *M = NULL;
    axle_status s = axle_poly_eval_matrix(&M, in->p, in->A);
    disarm();
    return matrix_result(s, M, res);
}

/* A product (packed, core/internal.h) whose entries are then set to values longer than the pool
 * has room for: the setter's pool growth fails with the product still whole. */
static axle_status c_set_on_product(const oom_in *in, char **res)
{
    axle_matrix *P = NULL;
    mpq_t x;
    mpq_init(x);
    mpz_ui_pow_ui(mpq_numref(x), 3, 40000);
    mpz_set_ui(mpq_denref(x), 7);
    axle_status s = axle_matrix_mul(&P, in->A, in->B);
    for (size_t i = 0; !s && i < axle_matrix_rows(P); i++)
        s = axle_matrix_set_mpq(P, i, 0, x);
    mpq_clear(x);
    disarm();
    if (s) {
        axle_matrix_free(P);
        P = NULL;
    }
    return matrix_result(s, P, res);
}

static axle_status c_extend_to_basis(const oom_in *in, char **res)
{
    axle_vector *added[4] = {NULL, NULL, NULL, NULL};
    size_t count = 0;
    const axle_vector *list[1] = {in->v};
    axle_status s = axle_list_extend_to_basis(added, &count, in->V, list, 1);
    disarm();
    if (s) {
        cr_expect(!added[0] && !added[1] && !added[2] && !added[3]);
        return s;
    }
    for (size_t i = 0; i < count; i++) {
        cat(res, vector_str(added[i]));
        axle_vector_unref(added[i]);
    }
    return s;
}

static axle_status c_annihilator(const oom_in *in, char **res)
{
    axle_space *S = NULL;
    axle_status s = axle_space_annihilator(&S, in->U);
    disarm();
    return space_result(s, S, res);
}

/* The map T : V -> V with matrix A, then its null space, range, induced map, dual and inverse
 * (A of the case is invertible only when in->W is NULL). */
static axle_status c_map_facts(const oom_in *in, char **res)
{
    axle_map *T = NULL, *Ti = NULL, *Td = NULL, *Tinv = NULL;
    axle_space *N = NULL, *R = NULL;
    axle_matrix *M = NULL;
    axle_status s;
    if (!(s = axle_map_from_matrix(&T, in->V, in->V, in->A)) && !(s = axle_map_null(&N, T)) &&
        !(s = axle_map_range(&R, T)) && !(s = axle_map_induced(&Ti, T)) &&
        !(s = axle_map_dual(&Td, Ti)) && !(s = axle_map_matrix(&M, Td, NULL, 0, NULL, 0)) &&
        (s = axle_map_inverse(&Tinv, T)) == AXLE_ESINGULAR)
        s = AXLE_OK;
    disarm();
    if (s) {
        cr_expect(!Tinv);
    } else {
        cat(res, space_str(N));
        cat(res, space_str(R));
        cat(res, matrix_str(M));
    }
    axle_map_unref(T);
    axle_map_unref(Ti);
    axle_map_unref(Td);
    axle_map_unref(Tinv);
    axle_space_unref(N);
    axle_space_unref(R);
    axle_matrix_free(M);
    return s;
}

/* T v = w for the vector v of the case (with the certificate when it has no solution), T^3,
 * p(T) and the restriction of T to U. */
static axle_status c_map_solve_pow(const oom_in *in, char **res)
{
    axle_map *T = NULL, *T3 = NULL, *pT = NULL, *TU = NULL;
    axle_vector *x = NULL, *cert = NULL;
    axle_space *N = NULL;
    char *str = NULL;
    axle_status s;
    if (!(s = axle_map_from_matrix(&T, in->V, in->V, in->A)) &&
        ((s = axle_map_solve(&x, &N, &cert, T, in->v)) == AXLE_ENOSOLUTION || !s) &&
        !(s = axle_map_pow(&T3, T, 3)) && !(s = axle_map_poly(&pT, in->p, T)) &&
        ((s = axle_map_restrict(&TU, T, in->U)) == AXLE_EDOMAIN || !s))
        s = axle_map_to_string(&str, pT, AXLE_FORMAT_TEXT);
    disarm();
    if (!s) {
        cat(res, str);
        if (x)
            cat(res, vector_str(x));
        if (cert)
            cat(res, vector_str(cert));
    }
    axle_map_unref(T);
    axle_map_unref(T3);
    axle_map_unref(pT);
    axle_map_unref(TU);
    axle_vector_unref(x);
    axle_vector_unref(cert);
    axle_space_unref(N);
    return s;
}

/* ---- the tests ---------------------------------------------------------------------------- */

static const char *field_name(axle_field F)
{
    return F == AXLE_QQ ? "QQ" : "RR";
}

static axle_matrix *parse_matrix(axle_field F, const char *text)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_parse(&A, F, text));
    return A;
}

static axle_poly *parse_poly(axle_field F, const char *text)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_parse(&p, F, text));
    return p;
}

static unsigned long walked;

static void walk_named(axle_field F, const char *what, oom_case run, const oom_in *in)
{
    char name[96];
    snprintf(name, sizeof name, "%s over %s", what, field_name(F));
    walked += walk(name, run, in);
}

static void fini_report(void)
{
    cr_log_info("%lu allocation failures walked", walked);
}

TestSuite(oom, .timeout = 600, .fini = fini_report);

Test(oom, parse)
{
    static const char *matrix = "[[1, -2/3, 0.5], [1e-3, 4, 7/9]]";
    static const char *poly = "3/2 x^4 - x^2 + 0.25x - 7";
    for (int f = 0; f < 2; f++) {
        parse_field = ts_fields[f];
        walk_named(parse_field, "matrix parse", c_matrix_parse, &(oom_in){.text = matrix});
        walk_named(parse_field, "poly parse", c_poly_parse, &(oom_in){.text = poly});
    }
    TS_CHECK_NO_LEAKS();
}

Test(oom, matrix_kernels)
{
    const char *square = "[[2, 1, 0, 3], [1, -1/2, 4, 0], [0, 3, 1, 1], [5, 0, 2, -1]]";
    const char *wide = "[[1, 2, 3, 4, 5], [2, 4, 6, 8, 10], [1, 0, 1, 0, 1]]";
    for (int f = 0; f < 2; f++) {
        axle_field F = ts_fields[f];
        oom_in sq = {.A = parse_matrix(F, square), .B = parse_matrix(F, "[[1], [2], [3], [4]]")};
        oom_in wd = {.A = parse_matrix(F, wide), .B = parse_matrix(F, "[[1], [2], [0]]")};
        walk_named(F, "det", c_det, &sq);
        walk_named(F, "inverse", c_inverse, &sq);
        walk_named(F, "solve", c_solve, &sq);
        walk_named(F, "mul", c_mul, &sq);
        walk_named(F, "rref", c_rref, &wd);
        walk_named(F, "rank", c_rank, &wd);
        walk_named(F, "null", c_null, &wd);
        walk_named(F, "solve (underdetermined)", c_solve, &wd);
        walk_named(F, "matrix to_string", c_matrix_strings, &sq);
        axle_matrix_free(sq.A);
        axle_matrix_free(sq.B);
        axle_matrix_free(wd.A);
        axle_matrix_free(wd.B);
    }
    TS_CHECK_NO_LEAKS();
}

Test(oom, eigen)
{
    const char *square = "[[2, 1, 0, 3], [1, -1/2, 4, 0], [0, 3, 1, 1], [5, 0, 2, -1]]";
    const char *derogatory = "[[2, 0, 0], [0, 2, 1], [0, 0, 2]]";
    for (int f = 0; f < 2; f++) {
        axle_field F = ts_fields[f];
        oom_in sq = {.A = parse_matrix(F, square), .B = parse_matrix(F, "[[1], [0], [0], [1]]")};
        oom_in dg = {.A = parse_matrix(F, derogatory), .B = parse_matrix(F, "[[1], [0], [0]]")};
        walk_named(F, "charpoly", c_charpoly, &sq);
        walk_named(F, "minpoly", c_minpoly, &sq);
        walk_named(F, "minpoly (derogatory)", c_minpoly, &dg);
        walk_named(F, "minpoly_vector", c_minpoly_vector, &dg);
        axle_matrix_free(sq.A);
        axle_matrix_free(sq.B);
        axle_matrix_free(dg.A);
        axle_matrix_free(dg.B);
    }
    TS_CHECK_NO_LEAKS();
}

/* The spectrum, its bases and eigenspaces: a 3x3 matrix with a Jordan block (rational
 * eigenvalues, so every basis exists over QQ) and, over QQ, the rotation (exact objects over
 * Q(i)). */
Test(oom, spectrum)
{
    const char *jordan = "[[2, 1, 0], [0, 2, 0], [0, 0, -1]]";
    for (int f = 0; f < 2; f++) {
        axle_field F = ts_fields[f];
        oom_in jb = {.A = parse_matrix(F, jordan)};
        TS_OK(axle_space_fn(&jb.V, F, 3));
        walk_named(F, "spectrum", c_spectrum, &jb);
        walk_named(F, "triangularize", c_triangularize, &jb);
        walk_named(F, "eigenspaces", c_eigenspaces, &jb);
        if (F == AXLE_QQ) {
            oom_in rot = {.A = parse_matrix(F, "[[0, -1], [1, 0]]")};
            walk_named(F, "spectrum (rotation)", c_spectrum, &rot);
            walk_named(F, "spectrum exact objects", c_spectrum_exact, &rot);
            walk_named(F, "jordan", c_jordan, &jb);
            walk_named(F, "jordan_chevalley", c_jordan_chevalley, &jb);
            axle_matrix_free(rot.A);
        } else {
            oom_in sym = {.A = parse_matrix(F, "[[2, 1], [1, 2]]")};
            walk_named(F, "diagonalize", c_diagonalize, &sym);
            oom_in rot = {.A = parse_matrix(F, "[[0, -1], [1, 0]]")};
            walk_named(F, "schur_complex (rotation)", c_schur_complex, &rot);
            axle_matrix_free(rot.A);
            axle_matrix_free(sym.A);
        }
        oom_in dg = {.A = parse_matrix(F, "[[1, 2], [0, 3]]")};
        walk_named(F, "diagonalize", c_diagonalize, &dg);
        axle_matrix_free(dg.A);
        axle_matrix_free(jb.A);
        axle_space_unref(jb.V);
    }
    TS_CHECK_NO_LEAKS();
}

Test(oom, big_qq_matrix)
{
    /* large enough for the BLAS product and the inverse's modular paths; the determinant's
     * routes (small, divisor, modular, big entries) are walked in tests/qq/det.c */
    ts_rng r = ts_rng_new("oom/big_qq_matrix");
    oom_in in = {.A = ts_random_int(&r, AXLE_QQ, 12, 12, -1000000, 1000000),
                 .B = ts_random_int(&r, AXLE_QQ, 12, 12, -1000000, 1000000)};
    walk_named(AXLE_QQ, "det 12x12", c_det, &in);
    walk_named(AXLE_QQ, "mul 12x12", c_mul, &in);
    walk_named(AXLE_QQ, "inverse 12x12", c_inverse, &in);
    axle_matrix_free(in.A);
    axle_matrix_free(in.B);
    TS_CHECK_NO_LEAKS();
}

/* Packed results (core/internal.h) whose entries are longer than a limb take pool chunks: the
 * product's big-entry route (entries beyond 2^53) and its rational route, the RREF, null space,
 * solutions and the column space behind a span; and setters that grow a product's pool. */
Test(oom, packed_results)
{
    const char *big = "[[123456789012345678901, -2/3, 5, 7], [1/7, 98765432109876543210, -1, 0], "
                      "[3, 1, 4, 1], [-5, 9, 2, 6]]";
    const char *wide =
        "[[31415926535, 8979323846, 2643383279, 5028841971, 6939937510, 58209749445], "
        "[92307816406, 2862089986, 2803482534, 2117067982, 1480865132, 82306647093], "
        "[84460955058, 2231725359, 4081284811, 1745028410, 2701938521, 10555964462], "
        "[29489549303, 8196442881, 971566593, 3446128475, 6482337867, 83165271201]]";
    oom_in sq = {
        .A = parse_matrix(AXLE_QQ, big),
        .B = parse_matrix(AXLE_QQ, "[[1/3, 2], [5, -7/11], [1, 1], [0, 100000000000000000000]]")};
    oom_in wd = {.A = parse_matrix(AXLE_QQ, wide),
                 .B = parse_matrix(AXLE_QQ, "[[1], [2], [3], [4]]")};
    cr_assert(axle_space_fn(&wd.V, AXLE_QQ, 4) == AXLE_OK);
    walk_named(AXLE_QQ, "mul (big entries)", c_mul, &sq);
    walk_named(AXLE_QQ, "set on a product", c_set_on_product, &sq);
    walk_named(AXLE_QQ, "inverse (big entries)", c_inverse, &sq);
    walk_named(AXLE_QQ, "rref (long entries)", c_rref, &wd);
    walk_named(AXLE_QQ, "null (long entries)", c_null, &wd);
    walk_named(AXLE_QQ, "solve (long entries)", c_solve, &wd);
    walk_named(AXLE_QQ, "span of columns", c_span, &wd);
    /* rank 2 in QQ^4: the column space's basis in reduced form has long entries */
    oom_in sp = {.V = wd.V,
                 .A = parse_matrix(AXLE_QQ, "[[31415926535, 8979323846, 40395250381], "
                                            "[92307816406, 2862089986, 95169906392], "
                                            "[84460955058, 2231725359, 86692680417], "
                                            "[29489549303, 8196442881, 37685992184]]")};
    walk_named(AXLE_QQ, "span of dependent columns", c_span, &sp);
    axle_matrix_free(sp.A);
    axle_matrix_free(sq.A);
    axle_matrix_free(sq.B);
    axle_matrix_free(wd.A);
    axle_matrix_free(wd.B);
    axle_space_unref(wd.V);
    TS_CHECK_NO_LEAKS();
}

Test(oom, polynomials)
{
    for (int f = 0; f < 2; f++) {
        axle_field F = ts_fields[f];
        oom_in in = {.p = parse_poly(F, "x^5 - 3x^3 + 1/2 x - 2"),
                     .q = parse_poly(F, "x^3 - x^2 + 4x - 4")};
        walk_named(F, "poly mul", c_poly_mul, &in);
        walk_named(F, "poly gcd", c_poly_gcd, &in);
        walk_named(F, "poly to_string", c_poly_string, &in);
        axle_poly_free(in.p);
        axle_poly_free(in.q);
    }
    oom_in in = {.p = parse_poly(AXLE_QQ, "x^8 - 40x^6 + 352x^4 - 960x^2 + 576")};
    walk_named(AXLE_QQ, "factor (Swinnerton-Dyer)", c_factor, &in);
    axle_poly_free(in.p);
    in.p = parse_poly(AXLE_QQ, "6x^6 - 5x^5 - 32x^4 + 7x^3 + 60x^2 + 36x + 8");
    walk_named(AXLE_QQ, "factor (repeated factors)", c_factor, &in);
    axle_poly_free(in.p);
    TS_CHECK_NO_LEAKS();
}

Test(oom, algebraic_roots)
{
    const char *polys[] = {"x^4 - 10x^2 + 1", "x^3 - 2", "x^5 - x - 1", "x^4 + 1", "4x^2 - 9"};
    for (size_t i = 0; i < sizeof polys / sizeof polys[0]; i++) {
        oom_in in = {.text = polys[i], .p = parse_poly(AXLE_QQ, polys[i])};
        walk_named(AXLE_QQ, polys[i], c_roots, &in);
        TS_OK(axle_poly_roots(&in.r, in.p));
        walk_named(AXLE_QQ, "roots to_string", c_roots_string, &in);
        axle_roots_free(in.r);
        axle_poly_free(in.p);
    }
    TS_CHECK_NO_LEAKS();
}

Test(oom, spaces)
{
    for (int f = 0; f < 2; f++) {
        axle_field F = ts_fields[f];
        oom_in in = {.text = "(1, 2, 3, 4) + U"};
        TS_OK(axle_space_fn(&in.V, F, 4));
        in.A = parse_matrix(F, "[[1, 0, 2], [0, 1, 2], [1, 1, 4], [0, 0, 0]]");
        axle_matrix *B = parse_matrix(F, "[[1, 0], [1, 0], [0, 1], [0, 1]]");
        TS_OK(axle_space_span_coords(&in.U, in.V, in.A));
        TS_OK(axle_space_span_coords(&in.W, in.V, B));
        TS_OK(axle_vector_parse(&in.v, in.V, "(2, 3, 7, 0)"));
        walk_named(F, "span", c_span, &in);
        walk_named(F, "sum", c_sum, &in);
        walk_named(F, "intersect", c_intersect, &in);
        walk_named(F, "complement", c_complement, &in);
        walk_named(F, "contains", c_contains, &in);
        walk_named(F, "quotient and coset", c_quotient_vector, &in);
        walk_named(F, "vector to_string", c_vector_string, &in);
        axle_space *Q = NULL;
        TS_OK(axle_space_quotient(&Q, in.U));
        oom_in qi = {.text = in.text, .V = Q};
        walk_named(F, "quotient vector parse", c_vector_parse, &qi);
        axle_space_unref(Q);
        axle_matrix_free(B);
        axle_matrix_free(in.A);
        axle_vector_unref(in.v);
        axle_space_unref(in.U);
        axle_space_unref(in.W);
        axle_space_unref(in.V);
    }
    TS_CHECK_NO_LEAKS();
}

Test(oom, number_fields)
{
    oom_in in = {.text = "x^3 - 3x + 7/2"};
    walk_named(AXLE_QQ, "numfield parse", c_numfield_parse, &in);
    TS_OK(axle_numfield_parse(&in.K, "2x^3 - 3x + 7/2", NULL));
    in.text = "a^5 - 2a + 1/3";
    walk_named(AXLE_QQ, "nfelem parse", c_nfelem_parse, &in);
    TS_OK(axle_nfelem_parse(&in.e, in.K, "a^2 - 2a + 1/3"));
    walk_named(AXLE_QQ, "nfelem inv", c_nfelem_inv, &in);
    walk_named(AXLE_QQ, "nfelem minpoly", c_nfelem_minpoly, &in);
    axle_nfelem_free(in.e);
    axle_numfield_unref(in.K);
    oom_in eig = {.A = parse_matrix(AXLE_QQ, "[[0, 2, 1], [1, 0, 0], [0, 0, 3]]")};
    TS_OK(axle_numfield_parse(&eig.K, "x^2 - 2", NULL));
    TS_OK(axle_nfelem_gen(&eig.e, eig.K));
    walk_named(AXLE_QQ, "eigenspace over Q(sqrt 2)", c_eigenspace, &eig);
    axle_nfelem_free(eig.e);
    axle_numfield_unref(eig.K);
    axle_matrix_free(eig.A);
    TS_CHECK_NO_LEAKS();
}

Test(oom, algebraic_and_poly_ops)
{
    axle_poly *p = parse_poly(AXLE_QQ, "x^3 - 2");
    axle_roots *r = NULL;
    TS_OK(axle_poly_roots(&r, p));
    for (size_t i = 0; i < axle_roots_count(r); i++) {
        oom_in in = {.alg = axle_roots_get(r, i, NULL)};
        walk_named(AXLE_QQ, "algebraic sqrt", c_algebraic_sqrt, &in);
        walk_named(AXLE_QQ, "algebraic inv", c_algebraic_inv, &in);
    }
    axle_roots_free(r);
    axle_poly_free(p);
    for (int f = 0; f < 2; f++) {
        axle_field F = ts_fields[f];
        oom_in in = {.p = parse_poly(F, "x^4 - 2x^2 + 3x - 1/2"),
                     .q = parse_poly(F, "x^2 - 1"),
                     .A = parse_matrix(F, "[[1, 2], [3, 4]]")};
        if (F == AXLE_QQ)
            walk_named(F, "xgcd", c_xgcd, &in);
        walk_named(F, "eval at a matrix", c_eval_matrix, &in);
        axle_poly_free(in.p);
        axle_poly_free(in.q);
        axle_matrix_free(in.A);
    }
    oom_in in = {.p = parse_poly(AXLE_QQ, "(x - 1)^3 (x + 2)^2 (x^2 + 1)")};
    walk_named(AXLE_QQ, "squarefree", c_squarefree, &in);
    axle_poly_free(in.p);
    TS_CHECK_NO_LEAKS();
}

Test(oom, maps)
{
    for (int f = 0; f < 2; f++) {
        axle_field F = ts_fields[f];
        oom_in in = {0};
        TS_OK(axle_space_fn(&in.V, F, 3));
        in.A = parse_matrix(F, "[[1, 2, 3], [2, 4, 6], [0, 1, 1]]");
        in.p = parse_poly(F, "x^2 - 3x + 1/2");
        TS_OK(axle_vector_parse(&in.v, in.V, "(1, 0, 0)"));
        axle_matrix *B = parse_matrix(F, "[[1], [2], [0]]");
        TS_OK(axle_space_span_coords(&in.U, in.V, B));
        walk_named(F, "map facts", c_map_facts, &in);
        walk_named(F, "map solve and powers", c_map_solve_pow, &in);
        axle_matrix_free(B);
        axle_matrix_free(in.A);
        axle_poly_free(in.p);
        axle_vector_unref(in.v);
        axle_space_unref(in.U);
        axle_space_unref(in.V);
    }
    TS_CHECK_NO_LEAKS();
}

Test(oom, lists_and_duals)
{
    for (int f = 0; f < 2; f++) {
        axle_field F = ts_fields[f];
        oom_in in = {0};
        TS_OK(axle_space_fn(&in.V, F, 4));
        TS_OK(axle_vector_parse(&in.v, in.V, "(1, 2, 0, 1)"));
        axle_matrix *A = parse_matrix(F, "[[1, 0], [1, 1], [0, 2], [0, 0]]");
        TS_OK(axle_space_span_coords(&in.U, in.V, A));
        walk_named(F, "extend to basis", c_extend_to_basis, &in);
        walk_named(F, "annihilator", c_annihilator, &in);
        axle_matrix_free(A);
        axle_vector_unref(in.v);
        axle_space_unref(in.U);
        axle_space_unref(in.V);
    }
    TS_CHECK_NO_LEAKS();
}
