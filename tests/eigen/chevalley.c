/* The Jordan–Chevalley decomposition A = S + N over QQ: S + N = A, S N = N S, N nilpotent
 * (N^n = 0), S diagonalizable over C (its minimal polynomial square-free), exactly, on the
 * classroom cases, random matrices with a known Jordan structure (fixed default seed) and
 * rational entries; S = A for a diagonalizable A, S = λI for a single eigenvalue; either output
 * alone; AXLE_EUNSUPPORTED over RR. */
#include "spectrum_helpers.h"

static void check_jc(const axle_matrix *A, const char *name)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *S = NULL, *N = NULL;
    axle_status s = axle_matrix_jordan_chevalley(&S, &N, A);
    cr_assert_eq(s, AXLE_OK, "%s: %s", name, axle_error_message());
    axle_matrix *sum = NULL, *SN = ts_mul(S, N), *NS = ts_mul(N, S), *Z = ts_zero(AXLE_QQ, n, n);
    TS_OK(axle_matrix_add(&sum, S, N));
    cr_assert(axle_matrix_equal(sum, A), "%s: S + N != A", name);
    cr_assert(axle_matrix_equal(SN, NS), "%s: S N != N S", name);
    axle_matrix *Nn = NULL;
    axle_poly *xn = NULL;
    TS_OK(axle_poly_monomial(&xn, AXLE_QQ, n));
    TS_OK(axle_poly_eval_matrix(&Nn, xn, N));
    cr_assert(axle_matrix_equal(Nn, Z), "%s: N^n != 0", name);
    /* S diagonalizable over C: its minimal polynomial is square-free */
    axle_poly *mu = eg_minpoly(S), *d = NULL, *g = NULL;
    TS_OK(axle_poly_derivative(&d, mu));
    TS_OK(axle_poly_gcd(&g, mu, d));
    cr_assert_eq(axle_poly_degree(g), 0, "%s: S is not semisimple", name);
    /* S and A have the same characteristic polynomial */
    axle_poly *ca = eg_charpoly(A), *cs = eg_charpoly(S);
    cr_assert(axle_poly_equal(ca, cs), "%s: chi_S != chi_A", name);
    /* a diagonalizable A is its own semisimple part */
    axle_eigen *E = eg_eigen(A);
    if (axle_eigen_diagonalizable(E, AXLE_OVER_C))
        cr_assert(axle_matrix_equal(N, Z), "%s: N != 0 for a diagonalizable A", name);
    axle_matrix *S1 = NULL, *N1 = NULL;
    TS_OK(axle_matrix_jordan_chevalley(&S1, NULL, A));
    TS_OK(axle_matrix_jordan_chevalley(NULL, &N1, A));
    cr_assert(axle_matrix_equal(S1, S) && axle_matrix_equal(N1, N), "%s: one output alone", name);
    axle_eigen_unref(E);
    axle_poly_free(mu);
    axle_poly_free(d);
    axle_poly_free(g);
    axle_poly_free(ca);
    axle_poly_free(cs);
    axle_poly_free(xn);
    axle_matrix_free(Nn);
    axle_matrix_free(S1);
    axle_matrix_free(N1);
    axle_matrix_free(sum);
    axle_matrix_free(SN);
    axle_matrix_free(NS);
    axle_matrix_free(Z);
    axle_matrix_free(S);
    axle_matrix_free(N);
}

Test(chevalley, classroom)
{
    for (size_t i = 0; i < EG_NCASES; i++) {
        axle_matrix *A = eg_parse(AXLE_QQ, eg_cases[i].text);
        check_jc(A, eg_cases[i].name);
        axle_matrix_free(A);
    }
}

/* One eigenvalue: S = λ I, N = A − λ I. */
Test(chevalley, single_eigenvalue)
{
    axle_matrix *A = eg_parse(AXLE_QQ, "[[3, 1, 2], [0, 3, 1], [0, 0, 3]]"), *S = NULL, *N = NULL;
    TS_OK(axle_matrix_jordan_chevalley(&S, &N, A));
    axle_matrix *I3 = eg_parse(AXLE_QQ, "[[3, 0, 0], [0, 3, 0], [0, 0, 3]]");
    cr_assert(axle_matrix_equal(S, I3));
    axle_matrix_free(A);
    axle_matrix_free(S);
    axle_matrix_free(N);
    axle_matrix_free(I3);
}

/* Q (J_3(1) ⊕ J_2(-1) ⊕ [2] ⊕ J_2(x^2 + 1 companion)) Q^-1 and random integer and rational
 * matrices (fixed default seed). */
Test(chevalley, random)
{
    ts_rng r = ts_rng_new("chevalley_random");
    for (int t = 0; t < 10; t++) {
        size_t n = 1 + (size_t)t % 6;
        axle_matrix *A =
            t % 2 ? ts_random_int(&r, AXLE_QQ, n, n, -3, 3) : ts_random_frac(&r, AXLE_QQ, n, n);
        check_jc(A, "random");
        axle_matrix_free(A);
    }
    axle_matrix *B = eg_parse(AXLE_QQ, "[[1, 1, 0, 0, 0, 0, 0, 0, 0], [0, 1, 1, 0, 0, 0, 0, 0, 0],"
                                       " [0, 0, 1, 0, 0, 0, 0, 0, 0], [0, 0, 0, -1, 1, 0, 0, 0, 0],"
                                       " [0, 0, 0, 0, -1, 0, 0, 0, 0], [0, 0, 0, 0, 0, 2, 0, 0, 0],"
                                       " [0, 0, 0, 0, 0, 0, 0, -1, 1], [0, 0, 0, 0, 0, 0, 1, 0, 0],"
                                       " [0, 0, 0, 0, 0, 0, 0, 0, 0]]");
    axle_matrix *Q = ts_random_rank(&r, AXLE_QQ, 9, 9, 9), *Qi = NULL;
    TS_OK(axle_matrix_inverse(&Qi, Q));
    axle_matrix *QB = ts_mul(Q, B), *A = ts_mul(QB, Qi);
    check_jc(A, "conjugated blocks");
    axle_matrix_free(B);
    axle_matrix_free(Q);
    axle_matrix_free(Qi);
    axle_matrix_free(QB);
    axle_matrix_free(A);
}

Test(chevalley, zero_by_zero)
{
    axle_matrix *A = ts_zero(AXLE_QQ, 0, 0), *S = NULL, *N = NULL;
    TS_OK(axle_matrix_jordan_chevalley(&S, &N, A));
    cr_assert_eq(axle_matrix_rows(S), 0);
    cr_assert_eq(axle_matrix_rows(N), 0);
    axle_matrix_free(A);
    axle_matrix_free(S);
    axle_matrix_free(N);
}

Test(chevalley, rr_unsupported)
{
    axle_matrix *A = eg_parse(AXLE_RR, "[[2, 1], [0, 2]]"), *S = (axle_matrix *)1,
                *N = (axle_matrix *)1;
    cr_assert_eq(axle_matrix_jordan_chevalley(&S, &N, A), AXLE_EUNSUPPORTED);
    cr_assert(strstr(axle_error_message(), "compute over QQ"), "%s", axle_error_message());
    cr_assert_null(S);
    cr_assert_null(N);
    axle_matrix_free(A);
}

/* Entries beyond double range: S = A has an entry of 10^400 and N = 0, and the check S N = N S
 * took the exact-dgemm path of the QQ product (k a b = 0 < 2^53) with 10^400 as a double
 * (infinity times 0): GMP raised SIGFPE. */
Test(chevalley, huge_entries)
{
    static const char *cases[] = {"[[1e400, 1], [0, 1]]", "[[1e400, 1], [0, 1e400]]",
                                  "[[1e60000, 1], [0, 1]]"};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        axle_matrix *A = eg_parse(AXLE_QQ, cases[i]);
        check_jc(A, cases[i]);
        axle_matrix_free(A);
    }
    axle_matrix *A = eg_parse(AXLE_QQ, "[[1e400]]"), *Z = ts_zero(AXLE_QQ, 1, 1), *C = NULL;
    TS_OK(axle_matrix_mul(&C, A, Z));
    cr_assert(axle_matrix_equal(C, Z));
    axle_matrix_free(A);
    axle_matrix_free(Z);
    axle_matrix_free(C);
}
