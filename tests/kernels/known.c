/* The matrix kernels on small inputs with known answers, over both fields: product, determinant,
 * inverse, rank, RREF with pivots, null space, solve, and the statuses of bad shapes and singular
 * or inconsistent input. Exact over QQ; over RR to a tolerance (small integer inputs are exact in
 * any BLAS, so some RR answers are compared exactly, as said where they are). */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "helpers.h"

#define TOL 1e-12

static axle_matrix *ints(axle_field F, size_t rows, size_t cols, const long *v)
{
    return ts_ints(F, rows, cols, v);
}

static axle_matrix *fracs(axle_field F, size_t rows, size_t cols, const long *num, const long *den)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_fracs(&A, F, rows, cols, num, den));
    return A;
}

/* Assert det A = num/den. */
static void assert_det(const axle_matrix *A, long num, long den)
{
    axle_scalar *d = km_det(A), *w = km_frac(axle_matrix_field(A), num, den);
    km_assert_scalar(d, w, TOL, fmax(1.0, fabs((double)num / (double)den)), "det");
    axle_scalar_free(d);
    axle_scalar_free(w);
}

FIELDS(kernels, mul_known)
{
    const long a[] = {1, 2, 3, 4, 5, 6}, b[] = {7, 8, 9, 10, 11, 12}, w[] = {58, 64, 139, 154};
    const long b2[] = {1, 0, -1, 1, 2, 2}, w2[] = {5, 8, 11, 17};
    axle_matrix *A = ints(*F, 2, 3, a), *B = ints(*F, 3, 2, b), *W = ints(*F, 2, 2, w);
    axle_matrix *B2 = ints(*F, 3, 2, b2), *W2 = ints(*F, 2, 2, w2);
    axle_matrix *C = ts_mul(A, B), *C2 = ts_mul(A, B2);
    /* small integers: every product and partial sum is exact, also in any BLAS kernel */
    cr_assert(axle_matrix_equal(C, W));
    cr_assert(axle_matrix_equal(C2, W2));
    axle_matrix *all[] = {A, B, W, B2, W2, C, C2};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

FIELDS(kernels, det_known_values_and_sign)
{
    const long a[] = {1, 2, 3, 4}, one[] = {-7};
    /* a row swap is needed by partial pivoting: the permutation's sign must be right */
    const long p[] = {0, 1, 0, 0, 0, 1, 1, 0, 0}, q[] = {0, 1, 0, 1, 0, 0, 0, 0, 1};
    const long tn[] = {2, 7, -1, 0, 3, 5, 0, 0, -1}, td[] = {1, 1, 1, 1, 1, 1, 1, 1, 2};
    const long fn[] = {1, -2, 1, 4}, fd[] = {2, 3, 1, 1};
    axle_matrix *A = ints(*F, 2, 2, a), *O = ints(*F, 1, 1, one), *P = ints(*F, 3, 3, p);
    axle_matrix *Q = ints(*F, 3, 3, q), *T = fracs(*F, 3, 3, tn, td), *H = fracs(*F, 2, 2, fn, fd);
    assert_det(A, -2, 1);
    assert_det(O, -7, 1);
    assert_det(P, 1, 1);
    assert_det(Q, -1, 1);
    assert_det(T, -3, 1);
    assert_det(H, 8, 3); /* 1/2 * 4 - (-2/3) * 1 */
    axle_matrix *all[] = {A, O, P, Q, T, H};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

FIELDS(kernels, det_of_singular_is_zero_without_error)
{
    const long z[] = {0, 0, 0, 0}, s[] = {1, 2, 3, 2, 4, 6, 1, 0, 1},
               t[] = {1, 2, 3, 2, 4, 6, 0, 1, 5};
    axle_matrix *Z = ints(*F, 2, 2, z), *S = ints(*F, 3, 3, s), *T = ints(*F, 3, 3, t);
    axle_scalar *d = km_det(Z);
    cr_assert(axle_scalar_is_zero(d), "the zero matrix has det exactly 0");
    axle_scalar_free(d);
    assert_det(S, 0, 1);
    assert_det(T, 0, 1);
    axle_matrix_free(Z);
    axle_matrix_free(S);
    axle_matrix_free(T);
}

FIELDS(kernels, inverse_known)
{
    const long a[] = {4, 7, 2, 6}, wn[] = {3, -7, -1, 2}, wd[] = {5, 10, 5, 5};
    const long b[] = {2, 1, 1, 1}, wb[] = {1, -1, -1, 2}, c[] = {4}, wcn[] = {1}, wcd[] = {4};
    axle_matrix *A = ints(*F, 2, 2, a), *WA = fracs(*F, 2, 2, wn, wd);
    axle_matrix *B = ints(*F, 2, 2, b), *WB = ints(*F, 2, 2, wb);
    axle_matrix *C = ints(*F, 1, 1, c), *WC = fracs(*F, 1, 1, wcn, wcd);
    axle_matrix *X = NULL, *Y = NULL, *Z = NULL, *I = ts_identity(*F, 2);
    TS_OK(axle_matrix_inverse(&X, A));
    TS_OK(axle_matrix_inverse(&Y, B));
    TS_OK(axle_matrix_inverse(&Z, C));
    km_assert_close(X, WA, TOL, "inverse of [[4, 7], [2, 6]]");
    km_assert_product(A, X, I, TOL, "A A^-1 = I");
    km_assert_close(Y, WB, TOL, "inverse of [[2, 1], [1, 1]]");
    km_assert_close(Z, WC, TOL, "inverse of [4]");
    axle_matrix *all[] = {A, WA, B, WB, C, WC, X, Y, Z, I};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

FIELDS(kernels, rank_known)
{
    size_t r = 99;
    axle_matrix *A = km_doubles(*F, 3, 3, (const double[]){1, 2, 3, 4, 5, 6, 7, 8, 9});
    TS_OK(axle_matrix_rank(&r, A));
    cr_assert_eq(r, 2);
    axle_matrix *Z = ts_zero(*F, 2, 3);
    TS_OK(axle_matrix_rank(&r, Z));
    cr_assert_eq(r, 0);
    axle_matrix *W = km_doubles(*F, 2, 4, (const double[]){1, 0, 2, 0, 0, 1, 0, 3});
    TS_OK(axle_matrix_rank(&r, W));
    cr_assert_eq(r, 2);
    axle_matrix *T = km_doubles(*F, 4, 1, (const double[]){0, 1e-300, 0, 0});
    TS_OK(axle_matrix_rank(&r, T));
    cr_assert_eq(r, 1, "a tiny but nonzero column has rank 1 (RR's tolerance is relative)");
    axle_matrix_free(A);
    axle_matrix_free(Z);
    axle_matrix_free(W);
    axle_matrix_free(T);
}

/* rref(A) = W with the given rank and pivots; the pivot columns and the zeros are exact in both
 * fields. */
static void assert_rref(const axle_matrix *A, const axle_matrix *W, size_t rank, const size_t *piv)
{
    axle_matrix *R = NULL;
    size_t p[8] = {9, 9, 9, 9, 9, 9, 9, 9}, r = 99;
    TS_OK(axle_matrix_rref(&R, p, &r, A));
    cr_assert_eq(r, rank);
    for (size_t i = 0; i < rank; i++)
        cr_assert_eq(p[i], piv[i], "pivot %zu is column %zu, not %zu", i, p[i], piv[i]);
    ts_assert_rref_form(R, p, r);
    km_assert_close(R, W, TOL, "rref");
    axle_matrix *R2 = NULL;
    TS_OK(axle_matrix_rref(&R2, NULL, NULL, A));
    km_assert_close(R2, R, TOL, "rref without pivots and rank gives another R");
    axle_matrix_free(R);
    axle_matrix_free(R2);
}

FIELDS(kernels, rref_known)
{
    const long a[] = {1, 2, 1, 4, 2, 4, 0, 6, 3, 6, 1, 10},
               w[] = {1, 2, 0, 3, 0, 0, 1, 1, 0, 0, 0, 0};
    axle_matrix *A = ints(*F, 3, 4, a), *W = ints(*F, 3, 4, w);
    assert_rref(A, W, 2, (const size_t[]){0, 2});
    /* its null space: the free columns 1 and 3 */
    axle_matrix *N = NULL;
    TS_OK(axle_matrix_null(&N, A));
    cr_assert_eq(axle_matrix_cols(N), 2);
    axle_matrix *Z = ts_zero(*F, 3, 2);
    km_assert_product(A, N, Z, TOL, "A N = 0");
    if (*F == AXLE_QQ) { /* QQ's null basis is the standard one, identity on the free variables */
        const long nw[] = {-2, -3, 1, 0, 0, -1, 0, 1};
        axle_matrix *NW = ints(*F, 4, 2, nw);
        cr_assert(axle_matrix_equal(N, NW));
        axle_matrix_free(NW);
    }
    /* [[1/2, 1/3], [1/4, 1/6]] has rank 1: [[1, 2/3], [0, 0]] */
    const long fn[] = {1, 1, 1, 1}, fd[] = {2, 3, 4, 6}, gn[] = {1, 2, 0, 0}, gd[] = {1, 3, 1, 1};
    axle_matrix *Fr = fracs(*F, 2, 2, fn, fd), *G = fracs(*F, 2, 2, gn, gd);
    assert_rref(Fr, G, 1, (const size_t[]){0});
    axle_matrix *all[] = {A, W, N, Z, Fr, G};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

FIELDS(kernels, rref_zero_columns_wide_tall_and_tiny)
{
    const long a[] = {0, 2, 4, 1, 0, 1, 2, 1}, w[] = {0, 1, 2, 0, 0, 0, 0, 1};
    const long b[] = {0, 0, 2, 0, 0, 4}, wb[] = {0, 0, 1, 0, 0, 0};
    const long t[] = {1, 2, 3, 4, 5, 7}, wt[] = {1, 0, 0, 1, 0, 0}, o[] = {-5}, wo[] = {1};
    axle_matrix *A = ints(*F, 2, 4, a), *W = ints(*F, 2, 4, w);
    axle_matrix *B = ints(*F, 2, 3, b), *WB = ints(*F, 2, 3, wb);
    axle_matrix *T = ints(*F, 3, 2, t), *WT = ints(*F, 3, 2, wt);
    axle_matrix *O = ints(*F, 1, 1, o), *WO = ints(*F, 1, 1, wo), *Z = ts_zero(*F, 3, 5);
    assert_rref(A, W, 2, (const size_t[]){1, 3});
    assert_rref(B, WB, 1, (const size_t[]){2});
    assert_rref(O, WO, 1, (const size_t[]){0});
    assert_rref(Z, Z, 0, NULL);
    /* full column rank gives exactly [I; 0] in both fields */
    axle_matrix *R = NULL;
    TS_OK(axle_matrix_rref(&R, NULL, NULL, T));
    cr_assert(axle_matrix_equal(R, WT));
    /* the null spaces of the zero matrix and of a nonzero 1 x 1 */
    axle_matrix *N = NULL, *N1 = NULL, *Z0 = ts_zero(*F, 3, 5);
    TS_OK(axle_matrix_null(&N, Z));
    cr_assert_eq(axle_matrix_cols(N), 5);
    km_assert_product(Z, N, Z0, TOL, "0 N = 0");
    TS_OK(axle_matrix_null(&N1, O));
    cr_assert_eq(axle_matrix_rows(N1), 1);
    cr_assert_eq(axle_matrix_cols(N1), 0);
    if (*F == AXLE_QQ) {
        axle_matrix *I5 = ts_identity(*F, 5);
        cr_assert(axle_matrix_equal(N, I5), "QQ: the null basis of 0 is the standard basis");
        axle_matrix_free(I5);
    }
    axle_matrix *all[] = {A, W, B, WB, T, WT, O, WO, Z, R, N, N1, Z0};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

/* A X = B with the unique solution want (and an n x 0 null space). */
static void assert_unique(const axle_matrix *A, const axle_matrix *B, const axle_matrix *want)
{
    axle_matrix *X = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    km_assert_close(X, want, TOL, "solution");
    cr_assert_eq(axle_matrix_rows(N), axle_matrix_cols(A));
    cr_assert_eq(axle_matrix_cols(N), 0);
    axle_matrix_free(X);
    TS_OK(axle_matrix_solve(&X, NULL, A, B));
    km_assert_product(A, X, B, TOL, "A X = B (without the null space)");
    axle_matrix_free(X);
    axle_matrix_free(N);
}

FIELDS(kernels, solve_known)
{
    const long a[] = {2, 1, -1, -3, -1, 2, -2, 1, 2}, b[] = {8, -11, -3}, x[] = {2, 3, -1};
    const long a2[] = {2, 1, 1, 3}, b2[] = {3, 5}, x2n[] = {4, 7}, x2d[] = {5, 5};
    const long ov[] = {2, 0, 0, 2, 2, 2, 4, -2}, bo[] = {1, -4, -3, 6};
    const long three[] = {3}, m2[] = {-2}, x3n[] = {-2}, x3d[] = {3};
    axle_matrix *A = ints(*F, 3, 3, a), *B = ints(*F, 3, 1, b), *X = ints(*F, 3, 1, x);
    axle_matrix *A2 = ints(*F, 2, 2, a2), *B2 = ints(*F, 2, 1, b2), *X2 = fracs(*F, 2, 1, x2n, x2d);
    /* overdetermined but consistent: 2x = 1, 2y = -4, 2x + 2y = -3, 4x - 2y = 6 */
    const long xon[] = {1, -2}, xod[] = {2, 1};
    axle_matrix *O = ints(*F, 4, 2, ov), *BO = ints(*F, 4, 1, bo), *XO = fracs(*F, 2, 1, xon, xod);
    axle_matrix *T = ints(*F, 1, 1, three), *M = ints(*F, 1, 1, m2),
                *X3 = fracs(*F, 1, 1, x3n, x3d);
    assert_unique(A, B, X);
    assert_unique(A2, B2, X2);
    assert_unique(O, BO, XO);
    assert_unique(T, M, X3);
    /* 0 x = -2 has no solution; 0 x = 0 has x = 0 and the null space F^1 */
    axle_matrix *Z = ts_zero(*F, 1, 1), *S = (axle_matrix *)1, *N = (axle_matrix *)1;
    cr_assert_eq(axle_matrix_solve(&S, &N, Z, M), AXLE_ENOSOLUTION);
    cr_assert_null(S);
    cr_assert_null(N);
    TS_OK(axle_matrix_solve(&S, &N, Z, Z));
    cr_assert(axle_matrix_equal(S, Z));
    cr_assert_eq(axle_matrix_cols(N), 1);
    double n00 = 0;
    TS_OK(axle_matrix_get_double(&n00, N, 0, 0));
    cr_assert_eq(n00, 1.0, "the null basis of 0 x = 0 is (1) in both fields");
    axle_matrix *all[] = {A, B, X, A2, B2, X2, O, BO, XO, T, M, X3, Z, S, N};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
}

FIELDS(kernels, shapes_and_singular_input_are_refused)
{
    axle_matrix *A = ts_zero(*F, 2, 3), *X = (axle_matrix *)1, *N = (axle_matrix *)1;
    axle_scalar *d = (axle_scalar *)1;
    cr_assert_eq(axle_matrix_det(&d, A), AXLE_EDIM);
    cr_assert_null(d);
    cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_EDIM);
    cr_assert_null(X);
    axle_matrix *B = ts_zero(*F, 3, 1);
    cr_assert_eq(axle_matrix_solve(&X, &N, A, B), AXLE_EDIM);
    cr_assert_null(X);
    cr_assert_null(N);
    cr_assert_eq(axle_matrix_mul(&X, A, A), AXLE_EDIM);
    cr_assert_null(X);
    const long s[] = {1, 2, 3, 2, 4, 6, 1, 0, 1};
    axle_matrix *S = ints(*F, 3, 3, s), *Z = ts_zero(*F, 1, 1);
    X = (axle_matrix *)1;
    cr_assert_eq(axle_matrix_inverse(&X, S), AXLE_ESINGULAR);
    cr_assert_null(X);
    cr_assert_eq(axle_error_status(), AXLE_ESINGULAR);
    cr_assert(strstr(axle_error_message(), "singular"), "message: %s", axle_error_message());
    cr_assert_eq(axle_matrix_inverse(&X, Z), AXLE_ESINGULAR);
    cr_assert_null(X);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(S);
    axle_matrix_free(Z);
}

/* Every kernel leaves its inputs untouched and returns fresh matrices. */
FIELDS(kernels, inputs_are_untouched)
{
    ts_rng r = ts_rng_new("kernels::inputs_are_untouched");
    axle_matrix *A = ts_random_frac(&r, *F, 6, 6), *B = ts_random_frac(&r, *F, 6, 2);
    axle_matrix *A0 = ts_copy(A), *B0 = ts_copy(B), *X = NULL, *N = NULL;
    size_t rank = 0, piv[6];
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_rref(&X, piv, &rank, A));
    axle_matrix_free(X);
    TS_OK(axle_matrix_rank(&rank, A));
    TS_OK(axle_matrix_null(&N, A));
    axle_matrix_free(N);
    if (rank == 6) {
        TS_OK(axle_matrix_inverse(&X, A));
        axle_matrix_free(X);
    }
    TS_OK(axle_matrix_det(&d, A));
    axle_scalar_free(d);
    axle_status s = axle_matrix_solve(&X, &N, A, B);
    cr_assert(s == AXLE_OK || s == AXLE_ENOSOLUTION);
    axle_matrix_free(X);
    axle_matrix_free(N);
    X = ts_mul(A, B);
    axle_matrix_free(X);
    cr_assert(axle_matrix_equal(A, A0));
    cr_assert(axle_matrix_equal(B, B0));
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(A0);
    axle_matrix_free(B0);
}
