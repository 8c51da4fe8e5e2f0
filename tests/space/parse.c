/* Reading vectors from text: every space's notation, exact decimals in QQ, and malformed input of
 * every kind (with the offending position: parse errors, and also zero denominators, numbers out
 * of range and wrong counts). */
#include "helpers.h"

static void parses_to(const axle_space *V, const char *text, const long *want)
{
    axle_vector *v = sp_parse(V, text), *w = sp_ints(V, want);
    cr_assert(sp_equal(v, w), "%s", text);
    axle_vector_unref(v);
    axle_vector_unref(w);
}

/* NOWHERE: a failure that belongs to no one place of the text. */
#define NOWHERE ((size_t)-1)

static void parse_fails(const axle_space *V, const char *text, axle_status want, size_t pos)
{
    axle_vector *v = (axle_vector *)1;
    axle_status s = axle_vector_parse(&v, V, text);
    cr_assert_eq(s, want, "'%s' gave %s (%s)", text, axle_strerror(s), axle_error_message());
    cr_assert_null(v);
    cr_assert_gt(strlen(axle_error_message()), 0);
    cr_assert_eq(axle_error_position(), pos, "'%s': position %zu, expected %zu (%s)", text,
                 axle_error_position(), pos, axle_error_message());
}

/* As parse_fails, and the message contains words. */
static void parse_says(const axle_space *V, const char *text, axle_status want, size_t pos,
                       const char *words)
{
    parse_fails(V, text, want, pos);
    cr_assert(strstr(axle_error_message(), words), "'%s': message \"%s\" lacks \"%s\"", text,
              axle_error_message(), words);
}

FIELDS(parse, notations)
{
    axle_space *V = sp_fn(*F, 3), *P = NULL, *M = NULL, *X = NULL, *D = NULL;
    TS_OK(axle_space_poly(&P, *F, 3));
    TS_OK(axle_space_matrices(&M, *F, 2, 2));
    const axle_space *parts[] = {V, P};
    TS_OK(axle_space_product(&X, parts, 2));
    TS_OK(axle_space_dual(&D, V));
    long t[] = {1, -2, 3};
    parses_to(V, " ( 1,-2 ,\n3 ) ", t);
    long p1[] = {1, -1, 3, 0};
    parses_to(P, "3x^2 - x + 1", p1);
    parses_to(P, "1 - x + 3*x^2", p1);
    parses_to(P, "x^2 + 1 + 2x^2 - x", p1);
    parses_to(P, "-x + (3)x ^ 2 + 1", p1);
    long p2[] = {0, 0, 0, -2};
    parses_to(P, "-2x^3", p2);
    parses_to(P, "- 2 x^3 + 0", p2);
    long zero[] = {0, 0, 0, 0};
    parses_to(P, "0", zero);
    long m[] = {1, 2, 3, 4};
    parses_to(M, "[[1, 2],\n [3, 4]]", m);
    long x[] = {1, 2, 3, 5, 0, 7, 0};
    parses_to(X, "((1, 2, 3), 7x^2 + 5)", x);
    parses_to(D, "(1, -2, 3)", t);
    axle_space *all[] = {V, P, M, X, D};
    for (size_t i = 0; i < 5; i++)
        axle_space_unref(all[i]);
}

Test(parse, qq_decimals_are_exact)
{
    axle_space *P = NULL;
    TS_OK(axle_space_poly(&P, AXLE_QQ, 1));
    axle_vector *p = sp_parse(P, "0.1x - 1e-3");
    sp_prints(p, AXLE_FORMAT_TEXT, "(1/10)x - 1/1000");
    axle_vector *q = sp_parse(P, "1/10 x - 0.001");
    cr_assert(sp_equal(p, q));
    axle_vector_unref(p);
    axle_vector_unref(q);
    axle_space_unref(P);
}

FIELDS(parse, printed_text_reads_back)
{
    ts_rng r = ts_rng_new("parse/printed_text_reads_back");
    axle_space *V = sp_fn(*F, 4), *P = NULL, *M = NULL, *X = NULL, *D = NULL;
    TS_OK(axle_space_poly(&P, *F, 4));
    TS_OK(axle_space_matrices(&M, *F, 2, 3));
    const axle_space *parts[] = {V, P, M};
    TS_OK(axle_space_product(&X, parts, 3));
    TS_OK(axle_space_dual(&D, P));
    axle_space *spaces[] = {V, P, M, X, D};
    for (int round = 0; round < 20; round++)
        for (size_t i = 0; i < 5; i++) {
            axle_matrix *c = ts_random_frac(&r, *F, axle_space_dim(spaces[i]), 1);
            if (round % 3 == 0) /* also sparse ones, with zero and unit coefficients */
                for (size_t k = 0; k < axle_space_dim(spaces[i]); k++)
                    TS_OK(axle_matrix_set_frac(c, k, 0, ts_range(&r, -1, 1), 1));
            axle_vector *v = NULL, *w = NULL;
            char *text = NULL;
            TS_OK(axle_vector_from_coords(&v, spaces[i], c));
            if (axle_space_kind_of(spaces[i]) != AXLE_SPACE_DUAL) {
                TS_OK(axle_vector_to_string(&text, v, AXLE_FORMAT_TEXT));
                TS_OK(axle_vector_parse(&w, spaces[i], text));
                cr_assert(sp_equal(v, w), "'%s' reads back", text);
            }
            axle_free(text);
            axle_vector_unref(v);
            axle_vector_unref(w);
            axle_matrix_free(c);
        }
    for (size_t i = 0; i < 5; i++)
        axle_space_unref(spaces[i]);
}

Test(parse, malformed)
{
    axle_space *V = sp_fn(AXLE_QQ, 2), *P = NULL, *M = NULL, *X = NULL;
    TS_OK(axle_space_poly(&P, AXLE_QQ, 2));
    TS_OK(axle_space_matrices(&M, AXLE_QQ, 2, 2));
    const axle_space *parts[] = {V, P};
    TS_OK(axle_space_product(&X, parts, 2));
    parse_fails(V, "", AXLE_EPARSE, 0);
    parse_fails(V, "1, 2", AXLE_EPARSE, 0);
    parse_fails(V, "(1, 2", AXLE_EPARSE, 5);
    parse_fails(V, "(1 2)", AXLE_EPARSE, 3);
    parse_fails(V, "(1, )", AXLE_EPARSE, 4);
    parse_fails(V, "(1, 2) x", AXLE_EPARSE, 7);
    parse_fails(V, "(1, 2/)", AXLE_EPARSE, 6);
    parse_fails(V, "(1, --2)", AXLE_EPARSE, 5);
    parse_fails(V, "(1, 2, 3)", AXLE_EDIM, 7); /* the first coordinate too many */
    parse_fails(V, "(1)", AXLE_EDIM, 2);       /* the ')' where one is missing */
    parse_fails(V, "()", AXLE_EDIM, 1);
    parse_fails(V, "(1, 2/0)", AXLE_EDOMAIN, 5);     /* the '/' */
    parse_fails(V, "(1, 1e999999)", AXLE_ERANGE, 6); /* the exponent */
    parse_fails(P, "", AXLE_EPARSE, 0);
    parse_fails(P, "3x^", AXLE_EPARSE, 3);
    parse_fails(P, "3x + ", AXLE_EPARSE, 5);
    parse_fails(P, "3 y", AXLE_EPARSE, 2);
    parse_fails(P, "3 * ", AXLE_EPARSE, 4);
    parse_fails(P, "x 2", AXLE_EPARSE, 2);
    /* the polynomial grammar: (1/2 x) lacks its ')' */
    parse_fails(P, "(1/2 x", AXLE_EPARSE, 6);
    parse_fails(P, "1 + x^3", AXLE_EDIM, 4); /* the term */
    /* the exponent, beyond AXLE_POLY_MAX_DEGREE */
    parse_fails(P, "x^99999999999999999999999", AXLE_ERANGE, 2);
    parse_fails(M, "[[1, 2], [3]]", AXLE_EDIM, 9); /* the row */
    parse_fails(M, "[[1, 2]]", AXLE_EDIM, 7);      /* the ']' where a row is missing */
    parse_fails(M, "[[1, 2], [3, 4]", AXLE_EPARSE, 15);
    parse_fails(M, "[1, 2]", AXLE_EPARSE, 1);
    parse_fails(X, "((1, 2) x)", AXLE_EPARSE, 8);
    parse_fails(X, "((1, 2), x", AXLE_EPARSE, 10);
    parse_fails(X, "((1, 2), x, 1)", AXLE_EPARSE, 10);
    axle_space *RR = sp_fn(AXLE_RR, 1);
    parse_fails(RR, "(1e400)", AXLE_ERANGE, 1);
    axle_space_unref(RR);
    axle_space *all[] = {V, P, M, X};
    for (size_t i = 0; i < 4; i++)
        axle_space_unref(all[i]);
}

/* Messages in words a user can act on: singular and plural, tuples and polynomials mixed, the
 * coordinate named in the vector's notation. */
Test(parse, messages)
{
    axle_space *V = sp_fn(AXLE_QQ, 2), *V1 = sp_fn(AXLE_QQ, 1), *P = NULL, *M = NULL, *X = NULL;
    TS_OK(axle_space_poly(&P, AXLE_QQ, 2));
    TS_OK(axle_space_matrices(&M, AXLE_QQ, 2, 1));
    const axle_space *parts[] = {V, P};
    TS_OK(axle_space_product(&X, parts, 2));
    parse_says(V, "(1)", AXLE_EDIM, 2, "has 1 coordinate but the space QQ^2 has dimension 2");
    parse_says(V1, "(1, 2)", AXLE_EDIM, 4, "has 2 coordinates but the space QQ^1 has dimension 1");
    parse_says(M, "[[1]]", AXLE_EDIM, 4, "has 1 row but the matrices of QQ^{2,1} have 2 rows");
    parse_says(M, "[[1, 2], [3]]", AXLE_EDIM, 1,
               "row 1 has 2 entries but the matrices of QQ^{2,1} have 1 column");
    parse_says(V, "x + 1", AXLE_EPARSE, 0,
               "cannot mix tuples and polynomials: the space QQ^2 holds tuples");
    parse_says(V, "  2x", AXLE_EPARSE, 2, "found a polynomial");
    parse_says(P, "(1, 2)", AXLE_EPARSE, 0,
               "cannot mix tuples and polynomials: the space P_2(QQ) holds polynomials");
    parse_says(P, "x + (1, 2)", AXLE_EPARSE, 4, "found a tuple");
    parse_says(X, "((1, 2), (1, 0))", AXLE_EPARSE, 9, "cannot mix");
    parse_says(X, "(x, x)", AXLE_EPARSE, 1, "cannot mix");
    /* a bare number is no polynomial in x: the plain message */
    parse_says(V, "5", AXLE_EPARSE, 0, "expected '('");
    /* RR: a number beyond double range at its place; a sum of terms beyond it by coefficient */
    axle_space *R = sp_fn(AXLE_RR, 2), *RP = NULL;
    TS_OK(axle_space_poly(&RP, AXLE_RR, 2));
    parse_says(R, "(1, -1e309)", AXLE_ERANGE, 4, "beyond the range of a double");
    parse_says(RP, "1e308 x + 1e308 x", AXLE_ERANGE, NOWHERE,
               "the coefficient of x is beyond the range of a double");
    parse_says(RP, "1e308 x^2 + 1e308 x^2", AXLE_ERANGE, NOWHERE, "the coefficient of x^2");
    parse_says(RP, "1e308 + 1e308", AXLE_ERANGE, NOWHERE, "the constant term");
    axle_space *all[] = {V, V1, P, M, X, R, RP};
    for (size_t i = 0; i < 7; i++)
        axle_space_unref(all[i]);
}

Test(parse, subspace_and_quotient_vectors)
{
    axle_space *V = sp_fn(AXLE_QQ, 3), *U = NULL, *Q = NULL;
    axle_vector *u = sp_parse(V, "(1, 1, 0)");
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)&u, 1));
    axle_vector *in = sp_parse(U, "(2, 2, 0)");
    sp_prints(in, AXLE_FORMAT_TEXT, "(2, 2, 0)");
    parse_fails(U, "(1, 0, 0)", AXLE_EDOMAIN, NOWHERE);
    TS_OK(axle_space_quotient(&Q, U));
    axle_vector *c1 = sp_parse(Q, "(3, 1, 5) + U"), *c2 = sp_parse(Q, "(2, 0, 5)");
    cr_assert(sp_equal(c1, c2), "(3, 1, 5) - (2, 0, 5) = (1, 1, 0) is in U");
    parse_fails(Q, "(3, 1, 5) + V", AXLE_EPARSE, 10);
    axle_vector *all[] = {u, in, c1, c2};
    sp_unref_all(all, 4);
    axle_space_unref(V);
    axle_space_unref(U);
    axle_space_unref(Q);
}

FIELDS(parse, tuples_of_any_length)
{
    axle_vector *v = NULL;
    TS_OK(axle_vector_parse_tuple(&v, *F, " (1, -2/3,\t0.5e1 ) "));
    cr_assert_eq(axle_space_dim(axle_vector_space(v)), 3);
    cr_assert_eq(axle_space_field(axle_vector_space(v)), *F);
    axle_vector *w = sp_parse(axle_vector_space(v), "(1, -2/3, 5)");
    cr_assert(sp_equal(v, w));
    axle_vector_unref(v);
    axle_vector_unref(w);
    TS_OK(axle_vector_parse_tuple(&v, *F, "()"));
    cr_assert_eq(axle_space_dim(axle_vector_space(v)), 0);
    axle_vector_unref(v);
    const char *bad[] = {"", "(1, 2", "(1 2)", "(1,)", "(1) 2", "1"};
    const size_t pos[] = {0, 5, 3, 3, 4, 0};
    for (size_t i = 0; i < 6; i++) {
        cr_assert_eq(axle_vector_parse_tuple(&v, *F, bad[i]), AXLE_EPARSE, "%s", bad[i]);
        cr_assert_eq(axle_error_position(), pos[i], "%s: %zu", bad[i], axle_error_position());
        cr_assert_null(v);
    }
    cr_assert_eq(axle_vector_parse_tuple(&v, *F, "(1/0)"), AXLE_EDOMAIN);
    cr_assert_eq(axle_error_position(), 2);
    cr_assert_eq(axle_vector_parse_tuple(&v, *F, NULL), AXLE_EINVAL);
}
