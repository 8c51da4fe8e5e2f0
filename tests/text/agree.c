/* The grammars agree (issue 8): the same text fed to every reader that should read it alike
 * gives the same acceptance, the same value and the same error position.
 *   - matrices: axle_matrix_parse and the vectors of F^{m,n} (axle_vector_parse);
 *   - tuples: the vectors of F^n, axle_vector_parse_tuple, and the same entries as a matrix row;
 *   - numbers: axle_scalar_parse, an entry of a matrix, a coordinate of a tuple;
 *   - polynomials: axle_poly_parse, the vectors of P_m(F), and the command's POLY argument
 *     (axle factor) and its vectors (axle span), which read through the library;
 *   - whitespace: every grammar takes the same six bytes (space, \t, \n, \r, \f, \v).
 * Over both fields; RR values come from the one correctly rounded reader, so they are compared
 * with the QQ value rounded once. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../cli/run.h"
#include "axle.h"
#include "support.h"

#define NOWHERE ((size_t)-1)

typedef struct outcome {
    axle_status s;
    size_t pos; /* axle_error_position() on failure */
} outcome;

static outcome outcome_of(axle_status s)
{
    return (outcome){s, s ? axle_error_position() : NOWHERE};
}

/* Both failed alike (positions differing by `shift`) or both succeeded. */
static void same_outcome(outcome a, outcome b, size_t shift, const char *what, const char *text)
{
    cr_assert_eq(a.s, b.s, "%s '%s': status %s vs %s", what, text, axle_strerror(a.s),
                 axle_strerror(b.s));
    if (a.s && a.pos != NOWHERE)
        cr_assert_eq(a.pos + shift, b.pos, "%s '%s': position %zu vs %zu", what, text,
                     a.pos + shift, b.pos);
}

/* ---- matrices: axle_matrix_parse and F^{m,n} ------------------------------------------------ */

static const char *const matrix_texts[] = {
    "[[1, 2], [3, 4]]",   "[[1,\f2], [3,\v4]]",      " \t[[ -2/-3 , 1e2 ],\r\n [.5, 2.]] \f",
    "[[1, 2], [3, 4]] x", "[[1,], [3, 4]]",          "[[1 2], [3, 4]]",
    "[[1, 2], [3, 4/0]]", "[[1, 2], [3e100001, 4]]", "[[1, 2]; [3, 4]]",
    "[[1, 2], [3, 4]",    "[[1, 2], (3, 4)]",        "[[1, 2],\f[3, 1e400]]",
    "[[1, 2], [3, --4]]", "[[1, 2], [3, 4e]]",       "",
};

FIELDS(agree, matrices)
{
    axle_space *V = NULL;
    cr_assert_eq(axle_space_matrices(&V, *F, 2, 2), AXLE_OK);
    for (size_t k = 0; k < sizeof matrix_texts / sizeof *matrix_texts; k++) {
        const char *t = matrix_texts[k];
        axle_matrix *A = NULL, *c = NULL;
        axle_vector *v = NULL;
        outcome a = outcome_of(axle_matrix_parse(&A, *F, t));
        outcome b = outcome_of(axle_vector_parse(&v, V, t));
        same_outcome(a, b, 0, "matrix / F^{2,2}", t);
        if (!a.s) {
            cr_assert_eq(axle_vector_coords(&c, v), AXLE_OK);
            for (size_t i = 0; i < 4; i++) {
                axle_scalar *x = NULL, *y = NULL;
                cr_assert_eq(axle_matrix_get(&x, A, i / 2, i % 2), AXLE_OK);
                cr_assert_eq(axle_matrix_get(&y, c, i, 0), AXLE_OK);
                cr_assert(axle_scalar_equal(x, y), "'%s': entry %zu", t, i);
                axle_scalar_free(x);
                axle_scalar_free(y);
            }
        }
        axle_matrix_free(A);
        axle_matrix_free(c);
        axle_vector_unref(v);
    }
    axle_space_unref(V);
}

/* ---- tuples and numbers --------------------------------------------------------------------- */

/* Entries as written between the delimiters of a tuple or a matrix row. */
static const char *const entry_texts[] = {
    "1, 2",        "1,\f2",    " -2/-3 ,\v.5 ", "1 2",   "1,",   ", 1",  "1, 2/0",
    "1, 1e999999", "1, 1e400", "1, --2",        "1, 2/", "1; 2", "1, x", "1.5/2, 1e3/7",
};

FIELDS(agree, tuples)
{
    axle_space *V = NULL;
    cr_assert_eq(axle_space_fn(&V, *F, 2), AXLE_OK);
    for (size_t k = 0; k < sizeof entry_texts / sizeof *entry_texts; k++) {
        char tuple[64], row[64];
        snprintf(tuple, sizeof tuple, "(%s)", entry_texts[k]);
        snprintf(row, sizeof row, "[[%s]]", entry_texts[k]);
        axle_vector *u = NULL, *v = NULL;
        axle_matrix *A = NULL;
        outcome a = outcome_of(axle_vector_parse(&u, V, tuple));
        outcome b = outcome_of(axle_vector_parse_tuple(&v, *F, tuple));
        outcome c = outcome_of(axle_matrix_parse(&A, *F, row));
        same_outcome(a, b, 0, "F^2 / any tuple", tuple);
        same_outcome(a, c, 1, "tuple / matrix row", tuple);
        if (!a.s) {
            axle_matrix *cu = NULL, *cv = NULL, *At = NULL;
            cr_assert_eq(axle_vector_coords(&cu, u), AXLE_OK);
            cr_assert_eq(axle_vector_coords(&cv, v), AXLE_OK);
            cr_assert_eq(axle_matrix_transpose(&At, A), AXLE_OK);
            cr_assert(axle_matrix_equal(cu, cv) && axle_matrix_equal(cu, At), "'%s'", tuple);
            axle_matrix_free(cu);
            axle_matrix_free(cv);
            axle_matrix_free(At);
        }
        axle_vector_unref(u);
        axle_vector_unref(v);
        axle_matrix_free(A);
    }
    axle_space_unref(V);
}

static const char *const number_texts[] = {
    "7",  "\f-2/-3\v", " 0.125", "1e-3", "2.5E+4",   "1.5/2", "1//2", "--1",
    "1e", "+",         ".",      "1/0",  "1e100001", "1e400", "0x10", "",
};

FIELDS(agree, numbers)
{
    for (size_t k = 0; k < sizeof number_texts / sizeof *number_texts; k++) {
        const char *t = number_texts[k];
        char tuple[64], row[64];
        snprintf(tuple, sizeof tuple, "(%s)", t);
        snprintf(row, sizeof row, "[[%s]]", t);
        axle_scalar *x = NULL;
        axle_vector *v = NULL;
        axle_matrix *A = NULL;
        outcome a = outcome_of(axle_scalar_parse(&x, *F, t));
        outcome b = outcome_of(axle_vector_parse_tuple(&v, *F, tuple));
        outcome c = outcome_of(axle_matrix_parse(&A, *F, row));
        if (!*t) { /* nothing: no number, but an empty tuple and an empty row are lists */
            cr_assert_eq(a.s, AXLE_EPARSE);
            cr_assert_eq(b.s, AXLE_OK);
            cr_assert_eq(c.s, AXLE_OK);
        } else {
            same_outcome(a, b, 1, "scalar / tuple", t);
            same_outcome(a, c, 2, "scalar / matrix entry", t);
        }
        if (!a.s && *t) {
            axle_scalar *y = NULL, *z = NULL;
            cr_assert_eq(axle_vector_coord(&y, v, 0), AXLE_OK);
            cr_assert_eq(axle_matrix_get(&z, A, 0, 0), AXLE_OK);
            cr_assert(axle_scalar_equal(x, y) && axle_scalar_equal(x, z), "'%s'", t);
            axle_scalar_free(y);
            axle_scalar_free(z);
        }
        axle_scalar_free(x);
        axle_vector_unref(v);
        axle_matrix_free(A);
    }
}

/* ---- polynomials ----------------------------------------------------------------------------- */

/* Texts whose values (if any) have degree at most 6 and only factors of degree 1 (so that the
 * command's factorization answers at once). */
static const char *const poly_texts[] = {
    "(2)x^2",
    "(x+1)^2",
    "x*x",
    "3 * 2",
    "2x(x - 1)(x + 1/2)",
    "x^3/6",
    "-x + (3)x ^ 2 + 1",
    "1/10 x - 0.001",
    "x^2 +\f1 - x^2",
    "\vx\r\n- 1",
    "2/-3",
    "-2/-3",
    "x/-2",
    "(1, 2)",
    "x + (1, 2)",
    "x 2",
    "3x^",
    "3x + ",
    "(x",
    "(x))",
    "x;",
    "1/0 x",
    "x/(2 - 2)",
    "y",
    "--x",
    "x^1000001",
    "1e100001 x",
    "(1/2 x",
    "((x+1)^100)^100",
    "",
};

static axle_status poly_value(axle_matrix **coef, axle_field F, const char *t)
{
    axle_poly *p = NULL;
    axle_status s = axle_poly_parse(&p, F, t);
    if (s)
        return s;
    cr_assert_leq(axle_poly_degree(p), 6, "'%s'", t);
    *coef = ts_zero(F, 7, 1);
    for (size_t i = 0; i < 7; i++) {
        axle_scalar *c = NULL;
        cr_assert_eq(axle_poly_coeff(&c, p, i), AXLE_OK);
        cr_assert_eq(axle_matrix_set(*coef, i, 0, c), AXLE_OK);
        axle_scalar_free(c);
    }
    axle_poly_free(p);
    return AXLE_OK;
}

FIELDS(agree, polynomials)
{
    axle_space *P = NULL;
    cr_assert_eq(axle_space_poly(&P, *F, 6), AXLE_OK);
    for (size_t k = 0; k < sizeof poly_texts / sizeof *poly_texts; k++) {
        const char *t = poly_texts[k];
        axle_matrix *coef = NULL, *c = NULL;
        axle_vector *v = NULL;
        outcome a = outcome_of(poly_value(&coef, *F, t));
        outcome b = outcome_of(axle_vector_parse(&v, P, t));
        if (a.s == AXLE_EPARSE && b.s == AXLE_EPARSE && strchr(t, ','))
            a.pos = b.pos = NOWHERE; /* P_m names the tuple at its '(' */
        same_outcome(a, b, 0, "polynomial / P_6", t);
        if (!a.s) {
            cr_assert_eq(axle_vector_coords(&c, v), AXLE_OK);
            cr_assert(axle_matrix_equal(coef, c), "'%s'", t);
        }
        axle_matrix_free(coef);
        axle_matrix_free(c);
        axle_vector_unref(v);
    }
    axle_space_unref(P);
}

/* The command reads POLY (axle factor) and the vectors of P_m (axle span, --space P6) through
 * the library: it accepts what axle_poly_parse accepts and shows a refusal at the same place
 * (line 1, column position + 1: these texts are one line of ASCII). */
Test(agree, command)
{
    for (size_t k = 0; k < sizeof poly_texts / sizeof *poly_texts; k++) {
        const char *t = poly_texts[k];
        if (!*t || strchr(t, '\f') || strchr(t, '\v') || strchr(t, '\n'))
            continue; /* an argument: one line of printable text */
        axle_poly *p = NULL;
        axle_status s = axle_poly_parse(&p, AXLE_QQ, t);
        size_t pos = axle_error_position();
        bool zero = !s && axle_poly_is_zero(p);
        axle_poly_free(p);
        run f = RUN(NULL, "factor", "--", t);
        run g = RUN(NULL, "span", "--space", "P6", "--", t);
        if (!s) {
            cr_assert_eq(f.code, zero ? 1 : 0, "factor '%s': exit %d: %s", t, f.code, f.err);
            cr_assert_eq(g.code, 0, "span '%s': exit %d: %s", t, g.code, g.err);
        } else {
            cr_assert_eq(f.code, 2, "factor '%s': exit %d", t, f.code);
            cr_assert_eq(g.code, 2, "span '%s': exit %d", t, g.code);
            char where[64];
            snprintf(where, sizeof where, "line 1, column %zu", pos + 1);
            cr_assert(strstr(f.err, where), "factor '%s': %s lacks %s", t, f.err, where);
            if (!strchr(t, ','))
                cr_assert(strstr(g.err, where), "span '%s': %s lacks %s", t, g.err, where);
        }
        run_free(&f);
        run_free(&g);
    }
    /* without --space, P_m's m is the highest degree of the values as the library reads them */
    run r = RUN(NULL, "span", "(x+1)^2", "x*x", "2x");
    cr_assert_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    cr_assert(strstr(r.out, "dimension 3"), "%s", r.out);
    run_free(&r);
}
