/* The values docs/tutorial/ch04.md shows, checked. */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"

Test(poly_tutorial, chapter4)
{
    axle_poly *p = tp_parse(AXLE_QQ, "x^4 - 1"), *q = tp_ints(AXLE_QQ, 3, (long[]){0, 1, 2});
    axle_poly *s = NULL, *r = NULL, *g = NULL, *u = NULL, *v = NULL;
    TS_OK(axle_poly_divrem(&s, &r, p, q));
    cr_assert_str_eq(tp_str(s), "1/2 x^2 - 1/4 x + 1/8");
    cr_assert_str_eq(tp_str(r), "-1/8 x - 1");
    TS_OK(axle_poly_xgcd(&g, &u, &v, p, q));
    cr_assert_str_eq(tp_str(g), "1");
    cr_assert_str_eq(tp_str(u), "2/15 x - 1");
    axle_matrix *A = NULL, *pA = NULL, *Z = NULL;
    TS_OK(axle_matrix_parse(&A, AXLE_QQ, "[[0, -1], [1, 0]]"));
    TS_OK(axle_poly_eval_matrix(&pA, p, A));
    TS_OK(axle_matrix_new(&Z, AXLE_QQ, 2, 2));
    cr_assert(axle_matrix_equal(pA, Z));
    axle_poly *f = tp_parse(AXLE_QQ, "6x^5 + 11x^4 - x^3 + 5x - 6");
    axle_matrix *roots = NULL;
    unsigned long *mult = NULL;
    TS_OK(axle_poly_rational_roots(&roots, &mult, f));
    char *t = NULL;
    TS_OK(axle_matrix_to_string(&t, roots, AXLE_FORMAT_TEXT));
    cr_assert_str_eq(t, "[[-3/2], [2/3]]");
    cr_assert(mult[0] == 1 && mult[1] == 1);
    axle_free(t);
    axle_free(mult);
    axle_poly *all[] = {p, q, s, r, g, u, v, f};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        axle_poly_free(all[i]);
    axle_matrix_free(A);
    axle_matrix_free(pA);
    axle_matrix_free(Z);
    axle_matrix_free(roots);
}
