/* The characteristic polynomial over both fields: known cases (companion, triangular, zero,
 * identity, 1x1, 0x0, Jordan blocks, rational entries, a permutation), Cayley-Hamilton exactly
 * over QQ, the multimodular QQ result against det(x_i I - A) at n + 1 points (a different
 * algorithm: the determinant kernel) on random matrices up to n = 30 and on entries of 10^30, and
 * RR against the exact QQ value. Random tests use a fixed default seed (AXLE_TEST_SEED replays
 * another). */
#include <gmp.h>

#include "helpers.h"

#define TOL 1e-9

static void assert_charpoly(const axle_matrix *A, const axle_poly *want)
{
    axle_poly *p = eg_charpoly(A);
    cr_assert(eg_poly_close(p, want, TOL * 100), "wrong characteristic polynomial");
    axle_poly_free(p);
}

FIELDS(charpoly, companion)
{
    /* The companion matrix of x^4 - 3x^3 + 5x - 7 (ones below the diagonal, last column -c). */
    long c[] = {-7, 5, 0, -3, 1};
    long M[] = {0, 0, 0, 7, 1, 0, 0, -5, 0, 1, 0, 0, 0, 0, 1, 3};
    axle_matrix *A = ts_ints(*F, 4, 4, M);
    axle_poly *want = eg_poly(*F, 5, c);
    assert_charpoly(A, want);
    axle_poly *m = eg_minpoly(A);
    cr_assert(eg_poly_close(m, want, TOL * 100), "a companion matrix is cyclic");
    axle_poly_free(m);
    axle_poly_free(want);
    axle_matrix_free(A);
}

FIELDS(charpoly, triangular)
{
    long M[] = {2, 5, -1, 7, 0, -3, 4, 1, 0, 0, 2, 9, 0, 0, 0, 6};
    axle_matrix *A = ts_ints(*F, 4, 4, M);
    axle_poly *want = eg_from_roots(*F, 4, (long[]){2, -3, 2, 6});
    assert_charpoly(A, want);
    axle_matrix *At = ts_transpose(A);
    assert_charpoly(At, want);
    axle_matrix_free(At);
    axle_poly_free(want);
    axle_matrix_free(A);
}

FIELDS(charpoly, zero_identity_small)
{
    axle_matrix *Z = ts_zero(*F, 3, 3), *I = ts_identity(*F, 3), *E = ts_zero(*F, 0, 0);
    axle_matrix *one = ts_ints(*F, 1, 1, (long[]){-5});
    axle_poly *x3 = eg_poly(*F, 4, (long[]){0, 0, 0, 1});
    axle_poly *i3 = eg_from_roots(*F, 3, (long[]){1, 1, 1});
    axle_poly *c1 = eg_poly(*F, 1, (long[]){1});
    axle_poly *c5 = eg_poly(*F, 2, (long[]){5, 1});
    assert_charpoly(Z, x3);
    assert_charpoly(I, i3);
    assert_charpoly(E, c1);
    assert_charpoly(one, c5);
    axle_poly *p = NULL;
    TS_OK(axle_matrix_charpoly(&p, E));
    cr_assert_eq(axle_poly_degree(p), 0);
    cr_assert_eq(axle_poly_field(p), *F);
    axle_poly_free(p);
    axle_poly_free(x3);
    axle_poly_free(i3);
    axle_poly_free(c1);
    axle_poly_free(c5);
    axle_matrix_free(Z);
    axle_matrix_free(I);
    axle_matrix_free(E);
    axle_matrix_free(one);
}

FIELDS(charpoly, jordan_and_permutation)
{
    /* J_3(2) (+) J_1(2), conjugated by a unimodular matrix to hide the structure. */
    long J[] = {2, 1, 0, 0, 0, 2, 1, 0, 0, 0, 2, 0, 0, 0, 0, 2};
    long U[] = {1, 2, 0, 1, 0, 1, 3, 0, 0, 0, 1, 1, 0, 0, 0, 1};
    axle_matrix *Jm = ts_ints(*F, 4, 4, J), *Um = ts_ints(*F, 4, 4, U), *Ui = NULL;
    TS_OK(axle_matrix_inverse(&Ui, Um));
    axle_matrix *T1 = ts_mul(Um, Jm), *A = ts_mul(T1, Ui);
    axle_poly *want = eg_from_roots(*F, 4, (long[]){2, 2, 2, 2});
    assert_charpoly(A, want);
    axle_poly_free(want);
    /* The 4-cycle: x^4 - 1. */
    long P[] = {0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
    axle_matrix *Pm = ts_ints(*F, 4, 4, P);
    want = eg_poly(*F, 5, (long[]){-1, 0, 0, 0, 1});
    assert_charpoly(Pm, want);
    axle_poly_free(want);
    axle_matrix_free(Pm);
    axle_matrix_free(T1);
    axle_matrix_free(A);
    axle_matrix_free(Jm);
    axle_matrix_free(Um);
    axle_matrix_free(Ui);
}

FIELDS(charpoly, rational_entries)
{
    /* [[1/2, 1/3], [1/4, 1/5]]: x^2 - 7/10 x + 1/60. */
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_fracs(&A, *F, 2, 2, (long[]){1, 1, 1, 1}, (long[]){2, 3, 4, 5}));
    axle_poly *want = NULL;
    TS_OK(axle_poly_from_fracs(&want, *F, 3, (long[]){1, -7, 1}, (long[]){60, 10, 1}));
    assert_charpoly(A, want);
    axle_poly_free(want);
    axle_matrix_free(A);
}

/* det(x I - A) at x = 0..n equals chi(x): two polynomials of degree n that agree at n + 1 points
 * are equal. The determinant is the matrix kernel's (multimodular or Bareiss elimination), not the
 * Hessenberg recurrence. */
static void assert_against_det(const axle_matrix *A, const axle_poly *chi)
{
    size_t n = axle_matrix_rows(A);
    cr_assert_eq(axle_poly_degree(chi), (long)n);
    for (size_t t = 0; t <= n; t++) {
        axle_matrix *xI = NULL, *D = NULL;
        axle_scalar *x = NULL, *d = NULL, *v = NULL;
        TS_OK(axle_scalar_from_int(&x, AXLE_QQ, (long)t));
        axle_matrix *I = ts_identity(AXLE_QQ, n);
        TS_OK(axle_matrix_scale(&xI, x, I));
        TS_OK(axle_matrix_sub(&D, xI, A));
        TS_OK(axle_matrix_det(&d, D));
        TS_OK(axle_poly_eval(&v, chi, x));
        cr_assert(axle_scalar_equal(d, v), "chi(%zu) != det(%zu I - A)", t, t);
        axle_scalar_free(x);
        axle_scalar_free(d);
        axle_scalar_free(v);
        axle_matrix_free(I);
        axle_matrix_free(xI);
        axle_matrix_free(D);
    }
}

Test(charpoly, qq_random_against_det)
{
    ts_rng r = ts_rng_new("charpoly::qq_random_against_det");
    for (size_t n = 1; n <= 30; n += (n < 8 ? 1 : 7)) {
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        axle_poly *chi = eg_charpoly(A);
        assert_against_det(A, chi);
        if (n <= 12)
            eg_assert_kills(chi, A, 0);
        axle_poly_free(chi);
        axle_matrix_free(A);
    }
}

Test(charpoly, qq_sparse_against_det)
{
    /* Mostly zero 40 x 40 matrices: the Hessenberg reduction modulo the primes below 2^26 (on
     * doubles) meets zero pivots (row and column swaps) and columns already reduced; the third
     * has a nilpotent block and a repeated eigenvalue, the fourth two entries above 2^52. */
    ts_rng r = ts_rng_new("charpoly::qq_sparse_against_det");
    size_t n = 40;
    mpq_t q;
    mpq_init(q);
    for (int k = 0; k < 4; k++) {
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -3, 3);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                if ((i * 7 + j * 3 + (size_t)k) % 5 != 0 || (k == 2 && i < 10 && j <= i)) {
                    mpq_set_si(q, k == 2 && i == j ? 2 : 0, 1);
                    TS_OK(axle_matrix_set_mpq(A, i, j, q));
                }
        if (k == 3) { /* two entries beyond a double's integers: reduced by GMP */
            mpq_set_si(q, 1, 1);
            mpz_mul_2exp(mpq_numref(q), mpq_numref(q), 60);
            mpz_add_ui(mpq_numref(q), mpq_numref(q), 1);
            TS_OK(axle_matrix_set_mpq(A, 0, 1, q));
            mpz_mul_2exp(mpq_numref(q), mpq_numref(q), 10);
            mpz_neg(mpq_numref(q), mpq_numref(q));
            TS_OK(axle_matrix_set_mpq(A, 5, 3, q));
        }
        axle_poly *chi = eg_charpoly(A);
        assert_against_det(A, chi);
        axle_poly_free(chi);
        axle_matrix_free(A);
    }
    mpq_clear(q);
}

Test(charpoly, qq_rational_random)
{
    ts_rng r = ts_rng_new("charpoly::qq_rational_random");
    for (size_t n = 1; n <= 7; n++) {
        axle_matrix *A = ts_random_frac(&r, AXLE_QQ, n, n);
        axle_poly *chi = eg_charpoly(A);
        assert_against_det(A, chi);
        eg_assert_kills(chi, A, 0);
        axle_poly_free(chi);
        axle_matrix_free(A);
    }
}

Test(charpoly, qq_huge_entries)
{
    /* Entries of size 10^30 (and one of -10^30 + 7): many primes' worth of coefficients. */
    ts_rng r = ts_rng_new("charpoly::qq_huge_entries");
    size_t n = 6;
    axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -9, 9);
    mpq_t q, big;
    mpq_inits(q, big, NULL);
    mpz_ui_pow_ui(mpq_numref(big), 10, 30);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            TS_OK(axle_matrix_get_mpq(q, A, i, j));
            mpq_mul(q, q, big);
            if (i == j)
                mpz_add_ui(mpq_numref(q), mpq_numref(q), 7);
            TS_OK(axle_matrix_set_mpq(A, i, j, q));
        }
    axle_poly *chi = eg_charpoly(A);
    assert_against_det(A, chi);
    eg_assert_kills(chi, A, 0);
    axle_poly_free(chi);
    axle_matrix_free(A);
    mpq_clears(q, big, NULL);
}

Test(charpoly, rr_agrees_with_qq)
{
    ts_rng r = ts_rng_new("charpoly::rr_agrees_with_qq");
    for (size_t n = 1; n <= 10; n++) {
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10), *B = NULL;
        TS_OK(axle_matrix_convert(&B, A, AXLE_RR));
        axle_poly *pq = eg_charpoly(A), *pr = eg_charpoly(B);
        cr_assert_eq(axle_poly_degree(pr), (long)n);
        /* |c_k error| <= tol * C(n, k) (n |A|)^(n-k): each coefficient is a sum of minors. */
        double a = ts_maxnorm(B) * (double)n, bin = 1.0;
        for (size_t k = n + 1; k-- > 0;) {
            axle_scalar *x = NULL, *y = NULL;
            TS_OK(axle_poly_coeff(&x, pq, k));
            TS_OK(axle_poly_coeff(&y, pr, k));
            double scale = bin * pow(a, (double)(n - k));
            cr_assert_leq(fabs(axle_scalar_to_double(x) - axle_scalar_to_double(y)),
                          1e-12 * scale + 1e-300, "coefficient %zu of a %zux%zu matrix", k, n, n);
            axle_scalar_free(x);
            axle_scalar_free(y);
            bin = bin * (double)(n - (n - k)) / (double)(n - k + 1);
        }
        eg_assert_kills(pr, B, 1e-10);
        axle_poly_free(pq);
        axle_poly_free(pr);
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

Test(charpoly, map_operator)
{
    /* Differentiation on P_3 is nilpotent: chi = x^4 = its minimal polynomial. */
    axle_space *V = NULL;
    axle_map *D = NULL;
    TS_OK(axle_space_poly(&V, AXLE_QQ, 3));
    TS_OK(axle_map_differentiation(&D, V, V));
    axle_poly *p = NULL, *m = NULL, *x4 = eg_poly(AXLE_QQ, 5, (long[]){0, 0, 0, 0, 1});
    TS_OK(axle_map_charpoly(&p, D));
    TS_OK(axle_map_minpoly(&m, D));
    cr_assert(axle_poly_equal(p, x4));
    cr_assert(axle_poly_equal(m, x4));
    axle_poly_free(p);
    axle_poly_free(m);
    axle_poly_free(x4);
    axle_map_unref(D);
    axle_space_unref(V);
}
