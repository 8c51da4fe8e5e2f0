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

/* χ_(A/2)(x) = 2^-n χ_A(2x): the direct path (integer entries below 2^52, no integer matrix)
 * against the integer-matrix path (A/2 has denominators), on both prime paths (n < 8: 62-bit
 * primes; n >= 8: the doubles), and with entries of 52 and 53 bits (the direct path's limit). */
Test(qq_charpoly, direct_and_integer_paths_agree)
{
    ts_rng r = ts_rng_new("qq_charpoly.direct_and_integer_paths_agree");
    static const size_t sizes[] = {1, 2, 5, 7, 8, 12, 30};
    static const long ranges[] = {10, 1L << 40};
    mpq_t a, b, half;
    mpq_inits(a, b, half, NULL);
    mpq_set_ui(half, 1, 2);
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        for (size_t k = 0; k < 3; k++) {
            size_t n = sizes[i];
            axle_matrix *A =
                ts_random_int(&r, AXLE_QQ, n, n, k < 2 ? -ranges[k] : -10, k < 2 ? ranges[k] : 10);
            if (k == 2) { /* one entry of 52 bits, then 53 */
                mpq_t e;
                mpq_init(e);
                mpz_ui_pow_ui(mpq_numref(e), 2, 52);
                mpz_sub_ui(mpq_numref(e), mpq_numref(e), 1);
                TS_OK(axle_matrix_set_mpq(A, 0, n - 1, e));
                mpq_clear(e);
            }
            axle_matrix *Ah = ts_zero(AXLE_QQ, n, n);
            for (size_t x = 0; x < n; x++)
                for (size_t y = 0; y < n; y++) {
                    TS_OK(axle_matrix_get_mpq(a, A, x, y));
                    mpq_mul(a, a, half);
                    TS_OK(axle_matrix_set_mpq(Ah, x, y, a));
                }
            axle_poly *chi = NULL, *chih = NULL;
            TS_OK(ax_qq_charpoly(&chi, A));
            TS_OK(ax_qq_charpoly(&chih, Ah));
            for (size_t c = 0; c <= n; c++) {
                axle_poly_coeff_mpq(a, chi, c);
                axle_poly_coeff_mpq(b, chih, c);
                mpz_mul_2exp(mpq_denref(a), mpq_denref(a), (mp_bitcnt_t)(n - c));
                mpq_canonicalize(a);
                cr_assert(mpq_equal(a, b), "n = %zu, kind %zu: coefficient %zu", n, k, c);
            }
            for (long t = -1; t <= 1; t++)
                expect_value_at(chi, A, t);
            axle_poly_free(chi);
            axle_poly_free(chih);
            axle_matrix_free(A);
            axle_matrix_free(Ah);
        }
    mpq_clears(a, b, half, NULL);
}

/* Matrices whose coefficients reach the row-norm bound: a Sylvester-Hadamard matrix H (rows of
 * norm sqrt(n), H^2 = n I, trace 0) has χ = (x^2 - n)^(n/2), so |c_0| = n^(n/2) is exactly the
 * product of its row norms; and 7 I + (the all-ones matrix) has χ = (x - 7)^(n-1) (x - 7 - n). */
Test(qq_charpoly, bound_attained)
{
    for (size_t n = 2; n <= 64; n *= 2) {
        long *e = calloc(n * n, sizeof *e);
        cr_assert_not_null(e);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                e[i * n + j] = __builtin_popcountll((unsigned long long)(i & j)) % 2 ? -1 : 1;
        axle_matrix *H = NULL;
        TS_OK(axle_matrix_from_ints(&H, AXLE_QQ, n, n, e));
        for (size_t k = 0; k < n * n; k++)
            e[k] = (k % (n + 1) == 0 ? 8 : 1);
        axle_matrix *J = NULL;
        TS_OK(axle_matrix_from_ints(&J, AXLE_QQ, n, n, e));
        free(e);
        axle_poly *chi = NULL, *chj = NULL;
        TS_OK(ax_qq_charpoly(&chi, H));
        TS_OK(ax_qq_charpoly(&chj, J));
        /* (x^2 - n)^(n/2): the coefficient of x^(2m) is C(n/2, m) (-n)^(n/2-m) */
        mpz_t want, bin;
        mpz_inits(want, bin, NULL);
        mpq_t c;
        mpq_init(c);
        for (size_t m = 0; m <= n / 2; m++) {
            mpz_bin_uiui(bin, n / 2, m);
            mpz_ui_pow_ui(want, n, n / 2 - m);
            mpz_mul(want, want, bin);
            if ((n / 2 - m) % 2)
                mpz_neg(want, want);
            axle_poly_coeff_mpq(c, chi, 2 * m);
            cr_assert(mpz_cmp(mpq_numref(c), want) == 0 && mpz_cmp_ui(mpq_denref(c), 1) == 0,
                      "Hadamard n = %zu: coefficient of x^%zu", n, 2 * m);
            if (2 * m + 1 <= n) {
                axle_poly_coeff_mpq(c, chi, 2 * m + 1);
                cr_assert(mpq_sgn(c) == 0);
            }
        }
        mpz_clears(want, bin, NULL);
        mpq_clear(c);
        for (long t = 6; t <= 8; t++)
            expect_value_at(chj, J, t);
        axle_poly_free(chi);
        axle_poly_free(chj);
        axle_matrix_free(H);
        axle_matrix_free(J);
    }
}

/* The 62-bit path (n < 8) past det.c's table of sixteen primes: 100-digit entries need about 35
 * primes, the rest from the prime stream below the table. */
Test(qq_charpoly, many_62_bit_primes)
{
    ts_rng r = ts_rng_new("qq_charpoly.many_62_bit_primes");
    for (size_t n = 1; n <= 6; n += 5) {
        axle_matrix *A = qh_random_huge(&r, n, n, 100);
        axle_poly *chi = NULL;
        TS_OK(ax_qq_charpoly(&chi, A));
        for (long t = -1; t <= 1; t++)
            expect_value_at(chi, A, t);
        axle_poly_free(chi);
        axle_matrix_free(A);
    }
}
