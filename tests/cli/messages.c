/* The axle command's messages (issue 7 §3): the line and column of zero denominators, exponent
 * limits and numbers out of range, not only of parse errors; singular and plural; coordinates
 * named as the vector notation has them; tuples and polynomials mixed; empty lists refused.
 * Messages are checked by the pieces that matter, not whole. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "run.h"

/* Exit 2 with each piece in the message (NULL ends the list) and none of the words in `never`
 * (NULL: no such check). */
static void says(run r, const char *never, const char *const *pieces)
{
    cr_assert_eq(r.code, 2, "exit %d: %s", r.code, r.err);
    cr_assert_str_empty(r.out, "%s", r.out);
    for (const char *const *p = pieces; *p; p++)
        cr_assert(strstr(r.err, *p), "stderr lacks \"%s\": %s", *p, r.err);
    if (never)
        cr_assert(!strstr(r.err, never), "stderr has \"%s\": %s", never, r.err);
    run_free(&r);
}

#define SAYS(r, never, ...) says(r, never, (const char *const[]){__VA_ARGS__, NULL})

Test(messages, zero_denominator_has_a_place)
{
    SAYS(RUN(NULL, "det", "[[1/0]]"), "offset", "axle: MATRIX, line 1, column 4: zero denominator",
         "\n  [[1/0]]\n     ^\n");
    SAYS(RUN(NULL, "rank", "[[1, 2], [3, 0/0]]"), NULL, "MATRIX, line 1, column 15",
         "zero denominator");
    SAYS(RUN("[[1, 2],\n [3, 4/0]]\n", "det", "-"), NULL, "MATRIX, line 2, column 7",
         "\n   [3, 4/0]]\n        ^\n");
    SAYS(RUN(NULL, "solve", "[[1, 0], [0, 1]]", "[1, 2/0]"), NULL, "RHS, line 1, column 6",
         "zero denominator");
    SAYS(RUN(NULL, "span", "(1, 2)", "(3/0, 4)"), NULL, "v1, line 1, column 3", "zero denominator");
    /* a polynomial divides by its divisor, as in axle factor: the place is the divisor */
    SAYS(RUN(NULL, "span", "x + 1/0 x^2"), NULL, "v0, line 1, column 7", "division by zero");
}

Test(messages, exponent_limit_has_a_place)
{
    SAYS(RUN(NULL, "det", "[[1e100001]]"), "offset", "MATRIX, line 1, column 5",
         "exponent is beyond the limit of +-100000");
    SAYS(RUN(NULL, "span", "(1, 2e-999999)"), NULL, "v0, line 1, column 8", "exponent");
}

Test(messages, out_of_range_number_has_a_place)
{
    SAYS(RUN(NULL, "det", "--field", "rr", "[[1, 2], [3, -1e400]]"), NULL,
         "MATRIX, line 1, column 14", "beyond the range of a double");
    SAYS(RUN(NULL, "solve", "--field", "rr", "[[1]]", "[1e400]"), NULL, "RHS, line 1, column 2",
         "beyond the range of a double");
}

/* A coordinate of a vector is no matrix entry: never "entry (0, 0)". */
Test(messages, vector_coordinates_in_vector_words)
{
    SAYS(RUN(NULL, "span", "--field", "rr", "(1e400, 1)"), "entry", "v0, line 1, column 2",
         "beyond the range of a double");
    SAYS(RUN(NULL, "span", "--field", "rr", "(1, 1)", "(3, 1e400)"), "entry",
         "v1, line 1, column 5");
    SAYS(RUN(NULL, "span", "--field", "rr", "x + 1e308 x^2 + 1e308 x^2"), "entry",
         "v0: the coefficient of x^2 is beyond the range of a double");
}

Test(messages, singular_and_plural)
{
    SAYS(RUN(NULL, "span", "(1, 2)", "(1)"), "1 coordinates", "v1, line 1, column 3",
         "the vector has 1 coordinate but the space QQ^2 has dimension 2");
    SAYS(RUN(NULL, "span", "(1)", "(1, 2)"), NULL, "v1, line 1, column 5",
         "has 2 coordinates but the space QQ^1 has dimension 1");
    SAYS(RUN(NULL, "det", "[[1, 2], [3]]"), "1 entries", "row 2 has 1 entry but row 1 has 2");
    SAYS(RUN(NULL, "solve", "[[1,2]]", "[1,2]"), "1 rows",
         "the matrix has 1 row but the right-hand side has 2");
}

Test(messages, tuples_and_polynomials_do_not_mix)
{
    SAYS(RUN(NULL, "span", "(1, 2)", "x + 1"), "expected", "v1, line 1, column 1",
         "cannot mix tuples and polynomials: the space QQ^2 holds tuples");
    SAYS(RUN(NULL, "span", "x + 1", "(1, 2)"), "expected ')'", "v1, line 1, column 1",
         "cannot mix tuples and polynomials: the space P_1(QQ) holds polynomials in x, found a "
         "tuple");
    SAYS(RUN(NULL, "subspace", "sum", "x", "--and", "1 + (1, 0)"), NULL, "v1, line 1, column 5",
         "cannot mix");
    SAYS(RUN(NULL, "span", "--space", "P2", "(1, 0, 0)"), NULL, "v0, line 1, column 1",
         "cannot mix");
    /* one per line from standard input: the line of the culprit */
    SAYS(RUN("(1, 2)\n\n2x - 1\n", "span", "-"), NULL,
         "v1 in standard input, line 3, column 1: cannot mix");
}

Test(messages, subspace_lists_must_not_be_empty)
{
    SAYS(RUN(NULL, "subspace", "sum", "--and", "(1, 0)"), NULL,
         "subspace sum: no vectors before --and: U1 needs at least one vector", "(0, 0)",
         "axle --help");
    SAYS(RUN(NULL, "subspace", "intersect", "(1, 0)", "--and"), NULL,
         "subspace intersect: no vectors after --and: U2 needs at least one vector");
    SAYS(RUN(NULL, "subspace", "sum", "--and"), NULL, "U1 needs at least one vector");
    /* the zero vector is the way to write {0} */
    expect_out(RUN(NULL, "subspace", "sum", "(0, 0)", "--and", "(1, 0)"),
               "dim U1 = 0, dim U2 = 1, dim(U1 + U2) = 1, dim(U1 intersect U2) = 0\n"
               "basis of U1 + U2: (1, 0)");
}
