/* Clearing denominators (src/qq/zmat.c, white-box through qq.h): rows without denominators are
 * read-only views of the input's numerators, the others computed entries; every entry is checked
 * against l_i times the input, the view flags and the cached bit size against their definitions,
 * and the inputs are compared with copies taken before. The solvers that read such a matrix
 * (Dixon, which exchanges its rows, and the echelon routes) run on mixed inputs. */
#include <criterion/criterion.h>

#include "helpers.h"
#include "qq/qq.h"

/* A rows x cols matrix whose rows alternate between integers (some huge, some zero) and
 * fractions; row i is integral when (i + phase) is even. */
static axle_matrix *mixed(ts_rng *r, size_t rows, size_t cols, unsigned phase)
{
    axle_matrix *A = ts_random_int(r, AXLE_QQ, rows, cols, -9, 9);
    axle_matrix *H = qh_random_huge(r, rows, cols, 40);
    axle_matrix *F = ts_random_frac(r, AXLE_QQ, rows, cols);
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) {
            if ((i + phase) % 2 == 0) {
                if (j % 3 == 1)
                    TS_OK(axle_matrix_get_mpq(q, H, i, j));
                else if (j % 3 == 2)
                    mpq_set_ui(q, 0, 1);
                else
                    continue;
            } else {
                TS_OK(axle_matrix_get_mpq(q, F, i, j));
            }
            TS_OK(axle_matrix_set_mpq(A, i, j, q));
        }
    mpq_clear(q);
    axle_matrix_free(H);
    axle_matrix_free(F);
    return A;
}

/* Entry (i, j) of [A | B] (B NULL with identity: the identity). */
static void input_entry(mpq_t q, const axle_matrix *A, const axle_matrix *B, bool identity,
                        size_t i, size_t j)
{
    size_t n = axle_matrix_cols(A);
    if (j < n)
        TS_OK(axle_matrix_get_mpq(q, A, i, j));
    else if (identity)
        mpq_set_ui(q, j - n == i, 1);
    else
        TS_OK(axle_matrix_get_mpq(q, B, i, j - n));
}

static void check_from_rows(const axle_matrix *A, const axle_matrix *B, bool identity)
{
    axle_matrix *A0 = ts_copy(A), *B0 = B ? ts_copy(B) : NULL;
    ax_zmat M;
    mpz_t lcm, l, prod;
    mpz_inits(lcm, l, prod, NULL);
    TS_OK(ax_zmat_from_rows(&M, lcm, A, B, identity));
    size_t m = axle_matrix_rows(A), w = axle_matrix_cols(A) + (identity ? m
                                                               : B      ? axle_matrix_cols(B)
                                                                        : 0);
    cr_assert_eq(M.rows, m);
    cr_assert_eq(M.cols, w);
    mpq_t q, t;
    mpq_inits(q, t, NULL);
    mpz_set_ui(prod, 1);
    for (size_t i = 0; i < m; i++) {
        mpz_set_ui(l, 1);
        for (size_t j = 0; j < w; j++) {
            input_entry(q, A, B, identity, i, j);
            mpz_lcm(l, l, mpq_denref(q));
        }
        mpz_mul(prod, prod, l);
        cr_assert(M.view != NULL);
        cr_assert_eq(M.view[i], mpz_cmp_ui(l, 1) == 0, "row %zu", i);
        for (size_t j = 0; j < w; j++) {
            input_entry(q, A, B, identity, i, j);
            mpz_set(mpq_numref(t), l);
            mpz_set_ui(mpq_denref(t), 1);
            mpq_mul(t, t, q);
            cr_assert(mpz_cmp_ui(mpq_denref(t), 1) == 0);
            cr_assert(mpz_cmp(mpq_numref(t), AX_Z(&M, i, j)) == 0, "entry (%zu, %zu)", i, j);
        }
    }
    cr_assert(mpz_cmp(prod, lcm) == 0);
    cr_assert_eq(ax_zmat_bits(&M), ax_zmat_max_bits(&M));
    cr_assert_eq(M.bits, ax_zmat_max_bits(&M) + 1);
    ax_zmat_clear(&M);
    cr_assert(axle_matrix_equal(A, A0));
    cr_assert(!B || axle_matrix_equal(B, B0));
    mpq_clears(q, t, NULL);
    mpz_clears(lcm, l, prod, NULL);
    axle_matrix_free(A0);
    axle_matrix_free(B0);
}

Test(zmat, views_of_integer_rows)
{
    ts_rng r = ts_rng_new("zmat.views");
    for (unsigned phase = 0; phase < 2; phase++) {
        axle_matrix *A = mixed(&r, 7, 6, phase), *B = mixed(&r, 7, 3, phase + 1);
        axle_matrix *S = mixed(&r, 6, 6, phase);
        check_from_rows(A, NULL, false);
        check_from_rows(A, B, false);
        check_from_rows(S, NULL, true);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(S);
    }
    /* all integral, all zero, and empty */
    axle_matrix *I = ts_random_int(&r, AXLE_QQ, 5, 5, -3, 3), *Z = ts_zero(AXLE_QQ, 3, 4),
                *E = ts_zero(AXLE_QQ, 0, 3);
    check_from_rows(I, NULL, true);
    check_from_rows(Z, NULL, false);
    check_from_rows(E, NULL, false);
    ax_zmat M;
    TS_OK(ax_zmat_from_rows(&M, NULL, Z, NULL, false));
    cr_assert_eq(ax_zmat_bits(&M), 0);
    ax_zmat_clear(&M);
    axle_matrix_free(I);
    axle_matrix_free(Z);
    axle_matrix_free(E);
}

/* The kernels that read views: Dixon (it reorders the rows, flags with them), the echelon
 * routes, the inverse; the inputs stay as they were. */
Test(zmat, solvers_on_mixed_rows)
{
    ts_rng r = ts_rng_new("zmat.solvers");
    for (unsigned phase = 0; phase < 2; phase++) {
        axle_matrix *A = mixed(&r, 8, 8, phase), *B = mixed(&r, 8, 2, phase);
        axle_matrix *A0 = ts_copy(A), *B0 = ts_copy(B);
        axle_matrix *X = NULL, *Y = NULL, *N = NULL, *Ai = NULL;
        bool done;
        ax_primes ps;
        ax_primes_init(&ps);
        TS_OK(ax_qq_dixon(&X, &done, A, B, ax_primes_next(&ps)));
        cr_assert(done);
        axle_matrix *AX = qh_naive_mul(A, X);
        cr_assert(axle_matrix_equal(AX, B));
        TS_OK(axle_matrix_solve(&Y, &N, A, B));
        cr_assert(axle_matrix_equal(X, Y));
        TS_OK(axle_matrix_inverse(&Ai, A));
        axle_matrix *AAi = qh_naive_mul(A, Ai), *I = ts_identity(AXLE_QQ, 8);
        cr_assert(axle_matrix_equal(AAi, I));
        cr_assert(axle_matrix_equal(A, A0));
        cr_assert(axle_matrix_equal(B, B0));
        axle_matrix *P[] = {A, B, A0, B0, X, Y, N, Ai, AX, AAi, I};
        for (size_t k = 0; k < sizeof P / sizeof *P; k++)
            axle_matrix_free(P[k]);
    }
}
