/* QQ RREF, rank and null space on the inputs that stress the multimodular algorithm (huge
 * entries, larger rank-deficient matrices, primes that divide a minor, sparse rows, extreme
 * shapes): the RREF's defining properties, invariance under row operations, the standard null
 * basis. Known answers and random shapes over both fields are in tests/kernels. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "helpers.h"

typedef struct rref_result {
    axle_matrix *R;
    size_t piv[64];
    size_t rank;
} rref_result;

static rref_result rref_of(const axle_matrix *A)
{
    rref_result res = {0};
    cr_assert_leq(
        axle_matrix_rows(A) < axle_matrix_cols(A) ? axle_matrix_rows(A) : axle_matrix_cols(A), 64);
    TS_OK(axle_matrix_rref(&res.R, res.piv, &res.rank, A));
    cr_assert_eq(axle_matrix_rows(res.R), axle_matrix_rows(A));
    cr_assert_eq(axle_matrix_cols(res.R), axle_matrix_cols(A));
    ts_assert_rref_form(res.R, res.piv, res.rank);
    return res;
}

/* Every row of A is a combination of the rows of R: A = A[:, piv] R[0..rank-1, :]. */
static void assert_same_row_space(const axle_matrix *A, const rref_result *res)
{
    size_t m = axle_matrix_rows(A), n = axle_matrix_cols(A), r = res->rank;
    axle_matrix *C = ts_zero(AXLE_QQ, m, r), *Rt = ts_zero(AXLE_QQ, r, n);
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < m; i++)
        for (size_t t = 0; t < r; t++) {
            TS_OK(axle_matrix_get_mpq(q, A, i, res->piv[t]));
            TS_OK(axle_matrix_set_mpq(C, i, t, q));
        }
    for (size_t t = 0; t < r; t++)
        for (size_t j = 0; j < n; j++) {
            TS_OK(axle_matrix_get_mpq(q, res->R, t, j));
            TS_OK(axle_matrix_set_mpq(Rt, t, j, q));
        }
    mpq_clear(q);
    axle_matrix *P = r ? qh_naive_mul(C, Rt) : ts_zero(AXLE_QQ, m, n);
    cr_assert(axle_matrix_equal(P, A), "A != A[:, pivots] R");
    axle_matrix_free(C);
    axle_matrix_free(Rt);
    axle_matrix_free(P);
}

static axle_matrix *null_of(const axle_matrix *A, size_t rank)
{
    axle_matrix *N = NULL;
    TS_OK(axle_matrix_null(&N, A));
    cr_assert_eq(axle_matrix_rows(N), axle_matrix_cols(A));
    cr_assert_eq(axle_matrix_cols(N), axle_matrix_cols(A) - rank, "rank + nullity != columns");
    axle_matrix *AN = ts_mul(A, N);
    axle_matrix *Z = ts_zero(AXLE_QQ, axle_matrix_rows(A), axle_matrix_cols(N));
    cr_assert(axle_matrix_equal(AN, Z), "A N != 0");
    axle_matrix_free(AN);
    axle_matrix_free(Z);
    return N;
}

/* The full battery on one matrix; returns its rank. */
static size_t check_all(ts_rng *r, const axle_matrix *A)
{
    rref_result res = rref_of(A);
    assert_same_row_space(A, &res);
    size_t rank = 0;
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, res.rank);
    /* idempotent */
    rref_result again = rref_of(res.R);
    cr_assert(axle_matrix_equal(again.R, res.R), "rref(rref(A)) != rref(A)");
    /* unchanged by permuting and scaling rows */
    axle_matrix *S = qh_scramble_rows(r, A);
    rref_result scr = rref_of(S);
    cr_assert(axle_matrix_equal(scr.R, res.R), "rref changes under row operations");
    /* the null basis is the standard one: identity on the free variables */
    axle_matrix *N = null_of(A, rank);
    bool *is_piv = calloc(axle_matrix_cols(A) + 1, sizeof *is_piv);
    for (size_t t = 0; t < rank; t++)
        is_piv[res.piv[t]] = true;
    for (size_t j = 0, k = 0; j < axle_matrix_cols(A); j++) {
        if (is_piv[j])
            continue;
        for (size_t j2 = 0, k2 = 0; j2 < axle_matrix_cols(A); j2++)
            if (!is_piv[j2]) {
                cr_assert(qh_entry_is(N, j2, k, k2 == k, 1), "null basis not standard");
                k2++;
            }
        k++;
    }
    free(is_piv);
    axle_matrix_free(N);
    axle_matrix_free(S);
    axle_matrix_free(scr.R);
    axle_matrix_free(again.R);
    axle_matrix_free(res.R);
    return rank;
}

/* Rank-deficient matrices with 10^50-sized entries: L R with huge L and R. */
Test(qq_rref, huge_entries)
{
    ts_rng r = ts_rng_new("qq_rref.huge_entries");
    for (int rep = 0; rep < 6; rep++) {
        size_t m = (size_t)ts_range(&r, 2, 10), n = (size_t)ts_range(&r, 2, 10);
        size_t k = (size_t)ts_range(&r, 1, (long)(m < n ? m : n));
        axle_matrix *L = qh_random_huge(&r, m, k, 50), *R = qh_random_huge(&r, k, n, 50);
        axle_matrix *A = ts_mul(L, R);
        cr_assert_eq(check_all(&r, A), k);
        axle_matrix *H = qh_random_huge(&r, m, n, 50);
        cr_assert_eq(check_all(&r, H), m < n ? m : n);
        axle_matrix_free(L);
        axle_matrix_free(R);
        axle_matrix_free(A);
        axle_matrix_free(H);
    }
}

/* Bigger rank-deficient matrices exercise the multimodular lifting with many primes. */
Test(qq_rref, larger_rank_deficient)
{
    ts_rng r = ts_rng_new("qq_rref.larger_rank_deficient");
    axle_matrix *A = ts_random_rank(&r, AXLE_QQ, 40, 50, 30);
    cr_assert_eq(check_all(&r, A), 30);
    axle_matrix *B = ts_random_rank(&r, AXLE_QQ, 60, 35, 34);
    cr_assert_eq(check_all(&r, B), 34);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* Entries that share large prime factors near 2^62 (the primes the backend uses) must not fool
 * the modular steps: a matrix singular modulo the first primes but invertible over Q. */
Test(qq_rref, adversarial_primes)
{
    mpz_t p, q;
    mpz_inits(p, q, NULL);
    mpz_set_ui(p, 1);
    mpz_mul_2exp(p, p, 62);
    mpz_set(q, p);
    for (int k = 0; k < 6; k++) {
        do
            mpz_sub_ui(q, q, 1);
        while (!mpz_probab_prime_p(q, 30));
        if (k == 0)
            mpz_set(p, q);
        else
            mpz_mul(p, p, q);
    }
    /* [[1, 1], [1, 1 + P]] with P the product of the six largest primes below 2^62: det P. */
    axle_matrix *A = ts_zero(AXLE_QQ, 2, 2);
    mpq_t e;
    mpq_init(e);
    mpq_set_ui(e, 1, 1);
    TS_OK(axle_matrix_set_mpq(A, 0, 0, e));
    TS_OK(axle_matrix_set_mpq(A, 0, 1, e));
    TS_OK(axle_matrix_set_mpq(A, 1, 0, e));
    mpz_add_ui(mpq_numref(e), p, 1);
    TS_OK(axle_matrix_set_mpq(A, 1, 1, e));
    size_t rank = 0;
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, 2);
    rref_result res = rref_of(A);
    cr_assert_eq(res.rank, 2);
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, A));
    axle_scalar_get_mpq(e, d);
    cr_assert(mpz_cmp(mpq_numref(e), p) == 0);
    /* a 3x3 of rank 2 whose rank modulo those primes is 1 */
    axle_matrix *B = ts_zero(AXLE_QQ, 3, 3);
    mpq_set_ui(e, 1, 1);
    for (size_t i = 0; i < 3; i++)
        TS_OK(axle_matrix_set_mpq(B, i, 0, e));
    TS_OK(axle_matrix_set_mpq(B, 0, 1, e));
    TS_OK(axle_matrix_set_mpq(B, 1, 1, e));
    TS_OK(axle_matrix_set_mpq(B, 2, 1, e));
    mpz_add_ui(mpq_numref(e), p, 1);
    TS_OK(axle_matrix_set_mpq(B, 2, 1, e));
    ts_rng r = ts_rng_new("qq_rref.adversarial_primes");
    cr_assert_eq(check_all(&r, B), 2);
    axle_scalar_free(d);
    mpq_clear(e);
    mpz_clears(p, q, NULL);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(res.R);
}

/* Mostly-zero matrices take the sparse row updates of the modular elimination. */
Test(qq_rref, sparse_random)
{
    ts_rng r = ts_rng_new("qq_rref.sparse_random");
    for (int rep = 0; rep < 20; rep++) {
        size_t m = (size_t)ts_range(&r, 1, 14), n = (size_t)ts_range(&r, 1, 14);
        axle_matrix *A = ts_zero(AXLE_QQ, m, n);
        for (size_t i = 0; i < m; i++)
            for (size_t j = 0; j < n; j++)
                if (ts_range(&r, 0, 9) < 2)
                    TS_OK(axle_matrix_set_frac(A, i, j, ts_range(&r, -9, 9), ts_range(&r, 1, 4)));
        check_all(&r, A);
        if (m == n) {
            size_t rank = 0;
            TS_OK(axle_matrix_rank(&rank, A));
            axle_matrix *X = NULL;
            axle_status s = axle_matrix_inverse(&X, A);
            cr_assert_eq(s, rank == n ? AXLE_OK : AXLE_ESINGULAR);
            if (X) {
                axle_matrix *AX = ts_mul(A, X), *I = ts_identity(AXLE_QQ, n);
                cr_assert(axle_matrix_equal(AX, I));
                axle_matrix_free(AX);
                axle_matrix_free(I);
            }
            axle_matrix_free(X);
        }
        axle_matrix_free(A);
    }
}

/* Very tall and very wide matrices, and single rows and columns. */
Test(qq_rref, extreme_shapes)
{
    ts_rng r = ts_rng_new("qq_rref.extreme_shapes");
    size_t shapes[][2] = {{60, 3}, {3, 60}, {1, 25}, {25, 1}, {40, 2}};
    for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++) {
        size_t m = shapes[k][0], n = shapes[k][1], mn = m < n ? m : n;
        axle_matrix *A = ts_random_frac(&r, AXLE_QQ, m, n);
        cr_assert_eq(check_all(&r, A), mn);
        axle_matrix *u = ts_random_int(&r, AXLE_QQ, m, 1, 1, 9);
        axle_matrix *v = ts_random_int(&r, AXLE_QQ, 1, n, -9, -1);
        axle_matrix *S = ts_mul(u, v); /* rank exactly 1: no zero entries */
        cr_assert_eq(check_all(&r, S), 1);
        axle_matrix_free(u);
        axle_matrix_free(v);
        axle_matrix_free(A);
        axle_matrix_free(S);
    }
}

/* det A is the first prime of the backend's stream: modulo it the rank profile is wrong, and the
 * lifting primes must send the computation back to a better first prime instead of waiting for
 * one that reproduces the wrong profile (which used to loop forever). */
Test(rref, first_prime_divides_the_determinant)
{
    const long v[] = {4611686018427387847L, -4611686018427387847L, -9223372036854775694L,
                      4611686018427387847L, -4611686018427387846L, -9223372036854775695L,
                      4611686018427387847L, -4611686018427387850L, -9223372036854775690L};
    axle_matrix *A = NULL, *R = NULL, *I = NULL, *N = NULL;
    TS_OK(axle_matrix_from_ints(&A, AXLE_QQ, 3, 3, v));
    size_t rank = 0, piv[3];
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, 3);
    TS_OK(axle_matrix_rref(&R, piv, &rank, A));
    TS_OK(axle_matrix_identity(&I, AXLE_QQ, 3));
    cr_assert(axle_matrix_equal(R, I));
    TS_OK(axle_matrix_null(&N, A));
    cr_assert_eq(axle_matrix_cols(N), 0);
    axle_matrix_free(A);
    axle_matrix_free(R);
    axle_matrix_free(I);
    axle_matrix_free(N);
}
