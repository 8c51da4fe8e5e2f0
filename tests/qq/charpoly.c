/* The QQ characteristic polynomial's doubles path has AVX2 kernels chosen at run time and portable
 * two-wide kernels for other processors: both must give the same exact polynomial, so that the
 * path a machine without AVX2 runs is tested on every machine. The result is also checked
 * against det(t I − A) at integer points (Cayley–Hamilton-free, independent of the kernels). */
#include <criterion/criterion.h>

#include "helpers.h"
#include "qq/qq.h"

/* χ(t) = det(t I − A) at t. */
static void expect_value_at(const axle_poly *chi, const axle_matrix *A, long t)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *I = NULL, *S = NULL;
    axle_scalar *c = NULL, *d = NULL, *v = NULL;
    cr_assert_eq(axle_matrix_identity(&I, AXLE_QQ, n), AXLE_OK);
    cr_assert_eq(axle_scalar_from_int(&c, AXLE_QQ, t), AXLE_OK);
    axle_matrix *tI = NULL;
    cr_assert_eq(axle_matrix_scale(&tI, c, I), AXLE_OK);
    cr_assert_eq(axle_matrix_sub(&S, tI, A), AXLE_OK);
    cr_assert_eq(axle_matrix_det(&d, S), AXLE_OK);
    cr_assert_eq(axle_poly_eval(&v, chi, c), AXLE_OK);
    cr_expect(axle_scalar_equal(d, v), "chi(%ld) differs from det(%ld I - A)", t, t);
    axle_matrix_free(I);
    axle_matrix_free(tI);
    axle_matrix_free(S);
    axle_scalar_free(c);
    axle_scalar_free(d);
    axle_scalar_free(v);
}

Test(qq_charpoly, portable_and_simd_kernels_agree)
{
    ts_rng r = ts_rng_new("qq_charpoly.portable_and_simd_kernels_agree");
    static const size_t sizes[] = {1, 2, 3, 5, 8, 13, 31, 64};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        size_t n = sizes[i];
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        axle_poly *fast = NULL, *portable = NULL;
        ax_qq_charpoly_simd = true;
        cr_assert_eq(ax_qq_charpoly(&fast, A), AXLE_OK, "%s", axle_error_message());
        ax_qq_charpoly_simd = false;
        axle_status s = ax_qq_charpoly(&portable, A);
        ax_qq_charpoly_simd = true;
        cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
        cr_expect(axle_poly_equal(fast, portable), "n = %zu: the kernels disagree", n);
        for (long t = -2; t <= 2; t++)
            expect_value_at(portable, A, t);
        axle_poly_free(fast);
        axle_poly_free(portable);
        axle_matrix_free(A);
    }
}
