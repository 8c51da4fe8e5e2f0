/* axle eig, axle eig --steps and axle jordan, run as a program: every format, the JSON shape
 * (keys and counts; exact strings over QQ, RR within a tolerance of the exact values), the
 * walk-through on the classroom cases, and every error path. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text/json_check.h"
#include "run.h"
#include "support.h"

#define FIB "[[1, 1], [1, 0]]"
#define ROT "[[0, -1], [1, 0]]"
#define SHIFT "[[0, 1, 0], [0, 0, 1], [0, 0, 0]]"
#define BLOCK "[[2, 1], [0, 2]]"
#define CYCLE "[[0, 0, 0, 1], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]"
/* chi = (x - 1)(x - 2)(x - 4)^2, one block of size 2 for 4 */
#define JORDAN4 "[[5, 4, 2, 1], [0, 1, -1, -1], [-1, -1, 3, 0], [1, 1, -1, 2]]"
/* (x^2 + 1)^2 with one block of size 2 for each of i, -i */
#define REPEATED "[[0, -1, 1, 0], [1, 0, 0, 1], [0, 0, 0, -1], [0, 0, 1, 0]]"

/* How often needle occurs in s. */
static size_t count_of(const char *s, const char *needle)
{
    size_t k = 0;
    for (const char *p = strstr(s, needle); p; p = strstr(p + 1, needle))
        k++;
    return k;
}

Test(eig, text_qq)
{
    expect_out(RUN(NULL, "eig", BLOCK),
               "charpoly: x^2 - 4x + 4\n"
               "minpoly: x^2 - 4x + 4\n"
               "eigenvalue 2: algebraic multiplicity 2, geometric multiplicity 1, Jordan block 2\n"
               "  eigenspace basis: (1, 0)\n"
               "diagonalizable over Q: no, over R: no, over C: no");
    HAS(ARGS("eig", FIB), "charpoly: x^2 - x - 1", "minpoly: x^2 - x - 1",
        "algebraic multiplicity 1, geometric multiplicity 1, Jordan block 1",
        "diagonalizable over Q: no, over R: yes, over C: yes");
    HAS(ARGS("eig", ROT), "over Q: no, over R: no, over C: yes");
    HAS(ARGS("eig", SHIFT), "minpoly: x^3", "eigenvalue 0: algebraic multiplicity 3",
        "geometric multiplicity 1, Jordan block 3");
    HAS(ARGS("eig", "[[1, 0], [0, 1]]"), "minpoly: x - 1",
        "eigenvalue 1: algebraic multiplicity 2, geometric multiplicity 2, Jordan blocks 1, 1",
        "over Q: yes, over R: yes, over C: yes");
    expect_out(RUN(NULL, "eig", "[]"), "charpoly: 1\nminpoly: 1\nno eigenvalues (the 0x0 "
                                       "matrix)\ndiagonalizable over Q: yes, over R: yes, over C: "
                                       "yes");
    /* rational entries, a 1x1 matrix, entries of 10^30 */
    HAS(ARGS("eig", "[[1/2]]"), "eigenvalue 1/2: algebraic multiplicity 1");
    HAS(ARGS("eig", "[[1000000000000000000000000000000, 0], [0, 1]]"),
        "eigenvalue 1000000000000000000000000000000: algebraic multiplicity 1");
}

Test(eig, unicode_latex)
{
    HAS(ARGS("eig", "--format", "unicode", FIB), "\u03c7(x) = x\u00b2 \u2212 x \u2212 1",
        "\u03bb = (1 + \u221a5)/2: ", "\u03bb = (1 \u2212 \u221a5)/2: ", "E(\u03bb) = span(",
        "over \u211a: no, over \u211d: yes, over \u2102: yes");
    HAS(ARGS("eig", "--format", "latex", BLOCK), "\\chi_A(x) = ", "\\lambda = 2",
        "E(\\lambda) = \\operatorname{span}", "\\mathbb{C}: \\text{no}");
}

Test(eig, json_qq)
{
    run r = RUN(NULL, "eig", "--format", "json", FIB);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert(strncmp(r.out, "{\"field\":\"QQ\",\"n\":2,", 20) == 0, "%s", r.out);
    cr_assert_eq(json_int(r.out, "n"), 2);
    const char *p = json_find(r.out, "charpoly");
    size_t k = 0;
    char **s = json_strings(&p, &k);
    cr_assert_eq(k, 3);
    cr_assert_str_eq(s[0], "1");
    cr_assert_str_eq(s[1], "-1");
    cr_assert_str_eq(s[2], "-1");
    json_strings_free(s, k);
    cr_assert(strstr(r.out, "\"diagonalizable\":true"), "%s", r.out);
    cr_assert_eq(count_of(r.out, "\"algebraic_multiplicity\":1"), 2, "%s", r.out);
    cr_assert_eq(count_of(r.out, "\"jordan_blocks\":[1]"), 2, "%s", r.out);
    cr_assert(strstr(r.out, "\"value\":\"(1 + \u221a5)/2\""), "%s", r.out);
    cr_assert(strstr(r.out, "\"minpoly\":[\"1\",\"-1\",\"-1\"]"), "%s", r.out);
    run_free(&r);

    /* the 4-cycle: four eigenvalues 1, -1, i, -i, one object each */
    r = RUN(NULL, "eig", "--format", "json", CYCLE);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert_eq(count_of(r.out, "\"geometric_multiplicity\":"), 4, "%s", r.out);
    cr_assert(strstr(r.out, "\"diagonalizable\":true"), "%s", r.out);
    run_free(&r);

    /* a repeated irreducible quadratic with Jordan blocks: i and -i, each a block of size 2 */
    r = RUN(NULL, "eig", "--format", "json", REPEATED);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert_eq(count_of(r.out, "\"jordan_blocks\":[2]"), 2, "%s", r.out);
    cr_assert(strstr(r.out, "\"diagonalizable\":false"), "%s", r.out);
    run_free(&r);
}

Test(eig, classroom_cases)
{
    /* (x^2 + 1)^2 without Jordan blocks: two eigenvectors each for i and -i */
    run r = RUN(NULL, "eig", "--format", "json",
                "[[0, -1, 0, 0], [1, 0, 0, 0], [0, 0, 0, -1], [0, 0, 1, 0]]");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert_eq(count_of(r.out, "\"jordan_blocks\":[1,1]"), 2, "%s", r.out);
    cr_assert(strstr(r.out, "\"minpoly\":[\"1\",\"0\",\"1\"],\"diagonalizable\":true"), "%s",
              r.out);
    run_free(&r);
    /* the companion matrix of x^3 - 2x - 5: three simple eigenvalues, one real */
    r = RUN(NULL, "eig", "--format", "json", "[[0, 0, 5], [1, 0, 2], [0, 1, 0]]");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert_eq(count_of(r.out, "{\"minpoly\":[\"1\",\"0\",\"-2\",\"-5\"]"), 3, "%s", r.out);
    cr_assert_eq(count_of(r.out, "\"im\":0,"), 1, "%s", r.out);
    run_free(&r);
    /* zero: one eigenvalue 0 with n blocks of size 1 */
    HAS(ARGS("eig", "[[0, 0], [0, 0]]"), "minpoly: x\n",
        "eigenvalue 0: algebraic multiplicity 2, geometric multiplicity 2, Jordan blocks 1, 1");
    HAS(ARGS("jordan", "[[0, 0], [0, 0]]"), "J = [[0, 0], [0, 0]]", "P^-1 A P = J (checked)");
}

/* The "re" values after each "re": of an RR report, against want (any order) within tol. */
Test(eig, json_rr)
{
    run r = RUN(NULL, "eig", "--field", "rr", "--format", "json", FIB);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert(strstr(r.out, "\"field\":\"RR\""));
    cr_assert_eq(count_of(r.out, "\"algebraic_multiplicity\""), 2, "%s", r.out);
    double phi = (1 + sqrt(5)) / 2, psi = (1 - sqrt(5)) / 2;
    size_t found = 0;
    for (const char *p = strstr(r.out, "\"eigenvalues\""); (p = strstr(p, "{\"re\":")); p++) {
        double re = strtod(p + 6, NULL);
        found += fabs(re - phi) < 1e-12 || fabs(re - psi) < 1e-12;
    }
    cr_assert_eq(found, 2, "%s", r.out);
    run_free(&r);
    /* RR repeats repeated eigenvalues: n entries */
    r = RUN(NULL, "eig", "--field", "rr", "--format", "json", "[[1, 0, 0], [0, 1, 0], [0, 0, 2]]");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_eq(count_of(r.out, "\"algebraic_multiplicity\""), 3, "%s", r.out);
    run_free(&r);
    HAS(ARGS("eig", "--field", "rr", ROT), "over R: no, over C: yes", "eigenvector: ");
    HAS(ARGS("eig", "--field", "rr", "--format", "unicode", "[[2, 0], [0, 3]]"), "\u03c7(x) = ",
        "\u03bb = ", ": algebraic multiplicity 1, geometric multiplicity 1\n  eigenvector: (",
        "diagonalizable over \u211d: yes, over \u2102: yes");
    HAS(ARGS("eig", "--field", "rr", "--format", "latex", "[[2, 0], [0, 3]]"),
        "\\chi_A(x) = ", "\\lambda = ", "\\text{over } \\mathbb{R}: \\text{yes}");
}

Test(jordan, rational)
{
    expect_out(RUN(NULL, "jordan", BLOCK), "eigenvalue 2: Jordan block 2\n"
                                           "  chain: [1, 0], [0, 1]\n"
                                           "J = [[2, 1], [0, 2]]\n"
                                           "P = [[1, 0], [0, 1]]\n"
                                           "P^-1 A P = J (checked)");
    /* eigenvalues in the order of the factorization of chi: (x - 4)^2 (x - 2) (x - 1) */
    HAS(ARGS("jordan", JORDAN4), "eigenvalue 4: Jordan block 2\n",
        "J = [[1, 0, 0, 0], [0, 2, 0, 0], [0, 0, 4, 1], [0, 0, 0, 4]]", "P^-1 A P = J (checked)");
    HAS(ARGS("jordan", "--format", "unicode", SHIFT), "\u03bb = 0: Jordan block 3",
        "P\u207b\u00b9AP = J (checked)");
    HAS(ARGS("jordan", "--format", "latex", BLOCK), "\\lambda = 2", "\\begin{pmatrix}",
        "P^{-1} A P = J");
    expect_out(RUN(NULL, "jordan", "[]"), "J = []\nP = []\nP^-1 A P = J (checked)");
}

Test(jordan, irrational)
{
    HAS(ARGS("jordan", FIB), "eigenvalue (1 - sqrt(5))/2: Jordan block 1; chains over Q(",
        "  chain: [lambda, 1]\n", "J = [[(1 - sqrt(5))/2, 0], [0, (1 + sqrt(5))/2]]",
        "no Jordan basis over Q");
    run r = RUN(NULL, "jordan", REPEATED);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_eq(count_of(r.out, "Jordan block 2"), 2, "%s", r.out);
    cr_assert_eq(count_of(r.out, "  chain: "), 2, "%s", r.out);
    cr_assert(!strstr(r.out, "P = "), "%s", r.out);
    cr_assert(strstr(r.out, "J = [[i, 1, 0, 0], [0, i, 0, 0], [0, 0, -i, 1], [0, 0, 0, -i]]"), "%s",
              r.out);
    run_free(&r);
}

Test(jordan, json)
{
    run r = RUN(NULL, "jordan", "--format", "json", JORDAN4);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert(strncmp(r.out, "{\"field\":\"QQ\",\"n\":4,\"jordan\":[", 30) == 0, "%s", r.out);
    cr_assert_eq(count_of(r.out, "\"blocks\":"), 3, "%s", r.out);
    cr_assert(strstr(r.out, "\"blocks\":[2],\"chains\":[[["), "%s", r.out);
    const char *p = json_find(r.out, "J");
    const char *want =
        "[[\"1\",\"0\",\"0\",\"0\"],[\"0\",\"2\",\"0\",\"0\"],[\"0\",\"0\",\"4\",\"1\"],"
        "[\"0\",\"0\",\"0\",\"4\"]]";
    cr_assert(strncmp(p, want, strlen(want)) == 0, "%s", p);
    json_find(r.out, "P");
    run_free(&r);

    r = RUN(NULL, "jordan", "--format", "json", FIB);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert_eq(count_of(r.out, "\"blocks\":[1]"), 2, "%s", r.out);
    cr_assert(!strstr(r.out, "\"J\""), "%s", r.out);
    cr_assert(strstr(r.out, "\"value\":\"(1 + \u221a5)/2\""), "%s", r.out);
    run_free(&r);
}

Test(steps, fibonacci)
{
    HAS(ARGS("eig", "--steps", FIB), "v = e1: the Krylov sequence", "  A^2 v = [2, 1]\n",
        "RREF of (v | Av | A^2 v) = [[1, 0, 1], [0, 1, 1]]",
        "column 2 is the first without a pivot: A^2 v = v + Av\n",
        "so the minimal polynomial of A at e1 is x^2 - x - 1",
        "p = x^2 - x - 1; p(A) = 0: p is the minimal polynomial",
        "minimal polynomial = x^2 - x - 1, irreducible over Q",
        "eigenvalues: the roots of x^2 - x - 1, (1 - sqrt(5))/2, (1 + sqrt(5))/2",
        "A is diagonalizable over C");
    HAS(ARGS("eig", "--steps", "--format", "unicode", FIB), "A\u00b2v = v + Av", "\u03bc = ");
}

Test(steps, defective_and_derogatory)
{
    /* e1 is an eigenvector: its minimal polynomial x - 2 is not enough, e2 finishes */
    HAS(ARGS("eig", "--steps", BLOCK), "so the minimal polynomial of A at e1 is x - 2",
        "p = x - 2; p(A) \u2260 0: go on", "v = e2:", "A^2 v = -4 v + 4 Av",
        "p = the lcm so far = x^2 - 4x + 4; p(A) = 0", "= (x - 2)^2 over Q",
        "eigenvalue 2: A - 2I = [[0, 1], [0, 0]]",
        "E(2, A) = null(A - 2I) = span([1, 0]), "
        "dimension 1",
        "defective: algebraic multiplicity 2", "Jordan blocks 2;", "chain: [1, 0], [0, 1]",
        "A is not diagonalizable");
    /* derogatory: the identity stops after e1? no: x - 1 kills A at once */
    HAS(ARGS("eig", "--steps", "[[1, 0], [0, 1]]"), "p = x - 1; p(A) = 0",
        "span([1, 0], [0, 1]), dimension 2");
    HAS(ARGS("eig", "--steps", ROT), "over Q(", "the roots of x^2 + 1");
    HAS(ARGS("eig", "--steps", "[[0]]"), "Av = [0]", "Av = 0", "eigenvalue 0");
    HAS(ARGS("eig", "--steps", "[]"), "the 0x0 matrix");
}

Test(steps, json)
{
    run r = RUN(NULL, "eig", "--steps", "--format", "json", "[[2, 1, 0], [0, 2, 0], [0, 0, 3]]");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert(strncmp(r.out, "{\"field\":\"QQ\",\"n\":3,\"krylov\":[{\"v\":1,", 37) == 0, "%s",
              r.out);
    /* e1 gives x - 2, e2 (x - 2)^2, e3 finishes with (x - 2)^2 (x - 3) */
    cr_assert_eq(count_of(r.out, "\"annihilates\":false"), 2, "%s", r.out);
    cr_assert_eq(count_of(r.out, "\"annihilates\":true"), 1, "%s", r.out);
    cr_assert(strstr(r.out, "\"dependence\":[\"-4\",\"4\"]"), "%s", r.out);
    const char *p = json_find(r.out, "minpoly");
    size_t k = 0;
    char **s = json_strings(&p, &k);
    cr_assert_eq(k, 2); /* e1's: x - 2 */
    json_strings_free(s, k);
    cr_assert(strstr(r.out, "],\"minpoly\":[\"1\",\"-7\",\"16\",\"-12\"],\"factors\":["), "%s",
              r.out);
    cr_assert(strstr(r.out, "\"minpoly_multiplicity\":2,\"eigenvalues\":[\"2\"]"), "%s", r.out);
    cr_assert(strstr(r.out, "\"jordan_blocks\":[2],\"chains\":[[[\"1\",\"0\",\"0\"],[\"0\",\"1\","
                            "\"0\"]]]"),
              "%s", r.out);
    cr_assert(strstr(r.out, "\"diagonalizable\":false}"), "%s", r.out);
    run_free(&r);
    r = RUN(NULL, "eig", "--steps", "--format", "json", FIB);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert(strstr(r.out, "\"generator\":\"lambda\",\"eigenspace\":[[\"lambda\",\"1\"]]"), "%s",
              r.out);
    run_free(&r);
    expect_out(RUN(NULL, "eig", "--steps", "--format", "json", "[]"),
               "{\"field\":\"QQ\",\"n\":0,\"krylov\":[],\"minpoly\":[\"1\"],\"factors\":[],"
               "\"diagonalizable\":true}");
}

Test(eig, errors)
{
    expect_fail(RUN(NULL, "eig", "[[1, 2, 3], [4, 5, 6]]"), 2, "square", "2x3");
    expect_fail(RUN(NULL, "eig", "--steps", "[[1, 2, 3], [4, 5, 6]]"), 2, "square", NULL);
    expect_fail(RUN(NULL, "jordan", "[[1, 2]]"), 2, "square", NULL);
    expect_fail(RUN(NULL, "eig"), 2, "eig needs MATRIX", NULL);
    expect_fail(RUN(NULL, "jordan"), 2, "jordan needs MATRIX", NULL);
    expect_fail(RUN(NULL, "eig", FIB, FIB), 2, "too many arguments", NULL);
    expect_fail(RUN(NULL, "jordan", FIB, FIB), 2, "too many arguments", NULL);
    expect_fail(RUN(NULL, "eig", "[[1, 2], [3 4]]"), 2, "line 1, column", NULL);
    expect_fail(RUN(NULL, "jordan", "[[1, 2], [3]]"), 2, "MATRIX", NULL);
    expect_fail(RUN(NULL, "jordan", "--steps", FIB), 2, "jordan does not take --steps", NULL);
    expect_fail(RUN(NULL, "det", "--steps", FIB), 2, "det does not take --steps", NULL);
    expect_fail(RUN(NULL, "eig", "--steps", "--format", "latex", FIB), 2, "not latex", NULL);
    expect_fail(RUN(NULL, "eig", "--steps", "--field", "rr", FIB), 1, "qq", NULL);
    expect_fail(RUN(NULL, "jordan", "--field", "rr", BLOCK), 1, "QQ", NULL);
    expect_fail(RUN(NULL, "eig", "--field", "rr", "[[1, 2], [3, 4], [5, 6]]"), 2, "square", NULL);
    /* --steps is a walk-through for small matrices */
    char big[2048] = "[";
    for (int i = 0; i < 17; i++) {
        strcat(big, i ? ", [" : "[");
        for (int j = 0; j < 17; j++)
            strcat(big, j ? (i == j ? ", 1" : ", 0") : (i == j ? "1" : "0"));
        strcat(big, "]");
    }
    strcat(big, "]");
    expect_fail(RUN(NULL, "eig", "--steps", big), 2, "up to 16x16", "17x17");
}

/* --steps on a 16x16 matrix of 101-digit entries (irreducible χ of degree 16): the eigenspace
 * over Q(λ) was computed a second time by an elimination over Q(λ), which ran for minutes (a
 * 10x10 one 10 s); it is now the spectrum's basis, and the whole walk-through takes well under a
 * second. */
Test(eig, steps_big_entries_irrational, .timeout = 30)
{
    char *text = malloc(16 * 16 * 110 + 64);
    cr_assert_not_null(text);
    size_t len = 0;
    unsigned long x = 12345;
    text[len++] = '[';
    for (int i = 0; i < 16; i++) {
        text[len++] = '[';
        for (int j = 0; j < 16; j++) {
            x = x * 1103515245ul + 12345ul;
            long d = (long)((x >> 16) % 21) - 10;
            int k = (int)((x >> 8) % 10);
            if (d) /* ±(|d| 10^100 + k) */
                len += (size_t)sprintf(text + len, "%s%ld%099d%d", j ? ", " : "", d, 0, k);
            else
                len += (size_t)sprintf(text + len, "%s%d", j ? ", " : "", k - 5);
        }
        len += (size_t)sprintf(text + len, "]%s", i < 15 ? ", " : "]");
    }
    text[len] = '\0';
    run r = axle_run(text, (const char *const[]){"eig", "--steps", "-", NULL});
    free(text);
    cr_assert_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    cr_assert(strstr(r.out, "over Q(lambda)"), "%s", r.out);
    run_free(&r);
}

/* --steps on a 16x16 matrix of 1000-digit entries: the last step's p(A) is beyond
 * AXLE_POLY_MAX_BITS, and that is refused before the Krylov steps (which took 13 s first; now
 * well under a second). No .timeout: Criterion's runner leaks under LeakSanitizer when timed tests
 * overlap in parallel workers, which fails CI's sanitizer pass. */
Test(eig, steps_refused_before_the_work)
{
    char *text = malloc(16 * 16 * 1010 + 64);
    cr_assert_not_null(text);
    size_t len = 0;
    text[len++] = '[';
    for (int i = 0; i < 16; i++) {
        text[len++] = '[';
        for (int j = 0; j < 16; j++)
            len += (size_t)sprintf(text + len, "%s%d%0999d", j ? ", " : "", 1 + (i * 7 + j) % 9,
                                   i == j);
        len += (size_t)sprintf(text + len, "]%s", i < 15 ? ", " : "]");
    }
    text[len] = '\0';
    run r = axle_run(text, (const char *const[]){"eig", "--steps", "-", NULL});
    free(text);
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    cr_assert(strstr(r.err, "AXLE_POLY_MAX_BITS"), "%s", r.err);
    run_free(&r);
}
