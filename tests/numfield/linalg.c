/* Linear algebra over Q(α): eigenvectors as null(A − αI) checked by substitution, RREF and rank
 * against the QQ kernels, rank–nullity and idempotence on random matrices (printed seeds). */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "helpers.h"

/* N = null(A − αI) over Q(α): assert (A − αI) N = 0, N has `dim` columns, its columns are
 * independent (N has rank dim), and axle_nfmatrix_eigenspace(A, α) is N. */
static void check_eigenspace(const axle_matrix *A, const axle_nfelem *alpha, size_t dim)
{
    axle_nfmatrix *S = NULL, *N = NULL, *P = NULL;
    TS_OK(axle_nfmatrix_from_shift(&S, A, alpha));
    TS_OK(axle_nfmatrix_null(&N, S));
    cr_assert_eq(axle_nfmatrix_rows(N), axle_matrix_rows(A));
    cr_assert_eq(axle_nfmatrix_cols(N), dim, "eigenspace of dimension %zu, expected %zu",
                 axle_nfmatrix_cols(N), dim);
    TS_OK(axle_nfmatrix_mul(&P, S, N));
    cr_assert(axle_nfmatrix_is_zero(P), "(A - aI) N != 0");
    size_t r = 0;
    TS_OK(axle_nfmatrix_rank(&r, N));
    cr_assert_eq(r, dim);
    /* the fast path over Q gives the same standard basis */
    axle_nfmatrix *E = NULL;
    TS_OK(axle_nfmatrix_eigenspace(&E, A, alpha));
    cr_assert(axle_nfmatrix_equal(E, N), "axle_nfmatrix_eigenspace differs from null(A - aI)");
    axle_nfmatrix_free(E);
    axle_nfmatrix_free(S);
    axle_nfmatrix_free(N);
    axle_nfmatrix_free(P);
}

Test(numfield_linalg, fibonacci_eigenvector)
{
    axle_numfield *K = tn_field("x^2 - x - 1");
    axle_nfelem *phi = tn_gen(K);
    axle_matrix *A = tn_matrix("[[1, 1], [1, 0]]");
    check_eigenspace(A, phi, 1);
    /* the standard basis vector: free variable x_2 = 1 gives (α, 1) */
    axle_nfmatrix *S = NULL, *N = NULL, *R = NULL;
    TS_OK(axle_nfmatrix_from_shift(&S, A, phi));
    TS_OK(axle_nfmatrix_null(&N, S));
    axle_nfelem *v0 = NULL, *v1 = NULL;
    TS_OK(axle_nfmatrix_get(&v0, N, 0, 0));
    TS_OK(axle_nfmatrix_get(&v1, N, 1, 0));
    cr_assert(axle_nfelem_equal(v0, phi), "got %s", tn_str(v0));
    cr_assert(axle_nfelem_is_one(v1));
    size_t piv[2] = {9, 9}, rank = 9;
    TS_OK(axle_nfmatrix_rref(&R, piv, &rank, S));
    cr_assert_eq(rank, 1);
    cr_assert_eq(piv[0], 0);
    /* the conjugate 1 − α is an eigenvalue too */
    axle_nfelem *one = tn_int(K, 1), *conj = tn_sub(one, phi);
    check_eigenspace(A, conj, 1);
    /* a non-eigenvalue: A − 2I is invertible, so the null space is {0} */
    axle_nfelem *two = tn_int(K, 2);
    check_eigenspace(A, two, 0);
    axle_nfelem *el[] = {phi, v0, v1, one, conj, two};
    for (size_t i = 0; i < sizeof el / sizeof el[0]; i++)
        axle_nfelem_free(el[i]);
    axle_nfmatrix_free(S);
    axle_nfmatrix_free(N);
    axle_nfmatrix_free(R);
    axle_matrix_free(A);
    axle_numfield_unref(K);
}

/* The companion matrix of p has α as an eigenvalue with a one-dimensional eigenspace. */
Test(numfield_linalg, companion_matrices)
{
    for (size_t f = 0; f < tn_moduli_count; f++) {
        axle_numfield *K = tn_field(tn_moduli[f]);
        axle_poly *p = NULL;
        TS_OK(axle_numfield_modulus(&p, K));
        axle_matrix *C = tn_companion(p);
        axle_nfelem *a = tn_gen(K);
        check_eigenspace(C, a, 1);
        axle_matrix *Ct = NULL;
        TS_OK(axle_matrix_transpose(&Ct, C));
        check_eigenspace(Ct, a, 1);
        axle_matrix_free(C);
        axle_matrix_free(Ct);
        axle_poly_free(p);
        axle_nfelem_free(a);
        axle_numfield_unref(K);
    }
}

/* A block matrix with the companion block of p twice and a random rational block, conjugated by
 * a random invertible integer matrix: α's eigenspace has dimension 2 (3 when the random block's
 * characteristic polynomial shares the factor p, which a random block of size 3 cannot, as p has
 * degree >= 4 here). */
Test(numfield_linalg, similar_block_matrices)
{
    ts_rng r = ts_rng_new("numfield_linalg/similar_block_matrices");
    const char *mod[] = {"x^4 - 10x^2 + 1", "x^5 - x - 1", "3x^4 - 6x + 2"};
    for (size_t f = 0; f < sizeof mod / sizeof mod[0]; f++) {
        axle_numfield *K = tn_field(mod[f]);
        axle_poly *p = NULL;
        TS_OK(axle_numfield_modulus(&p, K));
        size_t d = (size_t)axle_poly_degree(p), n = 2 * d + 3;
        axle_matrix *C = tn_companion(p), *B = NULL, *P = NULL, *Pi = NULL, *T = NULL, *A = NULL;
        TS_OK(axle_matrix_new(&B, AXLE_QQ, n, n));
        mpq_t q;
        mpq_init(q);
        for (size_t blk = 0; blk < 2; blk++)
            for (size_t i = 0; i < d; i++)
                for (size_t j = 0; j < d; j++) {
                    TS_OK(axle_matrix_get_mpq(q, C, i, j));
                    TS_OK(axle_matrix_set_mpq(B, blk * d + i, blk * d + j, q));
                }
        for (size_t i = 2 * d; i < n; i++)
            for (size_t j = 2 * d; j < n; j++)
                TS_OK(axle_matrix_set_frac(B, i, j, ts_range(&r, -5, 5), 1));
        mpq_clear(q);
        do {
            axle_matrix_free(P);
            P = ts_random_int(&r, AXLE_QQ, n, n, -2, 2);
        } while (axle_matrix_inverse(&Pi, P) != AXLE_OK);
        TS_OK(axle_matrix_mul(&T, P, B));
        TS_OK(axle_matrix_mul(&A, T, Pi));
        axle_nfelem *a = tn_gen(K);
        check_eigenspace(A, a, 2);
        axle_matrix *M[] = {C, B, P, Pi, T, A};
        for (size_t i = 0; i < sizeof M / sizeof M[0]; i++)
            axle_matrix_free(M[i]);
        axle_poly_free(p);
        axle_nfelem_free(a);
        axle_numfield_unref(K);
    }
}

/* Over Q(α), the RREF and rank of a rational matrix are its RREF and rank over Q. */
Test(numfield_linalg, agrees_with_qq)
{
    ts_rng r = ts_rng_new("numfield_linalg/agrees_with_qq");
    axle_numfield *K = tn_field("x^3 - 2");
    for (int rep = 0; rep < 8; rep++) {
        size_t m = (size_t)ts_range(&r, 1, 7), n = (size_t)ts_range(&r, 1, 7);
        size_t k = (size_t)ts_range(&r, 0, m < n ? m : n);
        axle_matrix *A = ts_random_rank(&r, AXLE_QQ, m, n, k), *R = NULL, *Nq = NULL;
        size_t pq[8], pk[8], rq, rk;
        TS_OK(axle_matrix_rref(&R, pq, &rq, A));
        axle_nfmatrix *AK = NULL, *RK = NULL, *RE = NULL, *NK = NULL, *NE = NULL;
        TS_OK(axle_nfmatrix_from_matrix(&AK, K, A));
        TS_OK(axle_nfmatrix_rref(&RK, pk, &rk, AK));
        TS_OK(axle_nfmatrix_from_matrix(&RE, K, R));
        cr_assert_eq(rk, rq);
        for (size_t i = 0; i < rk; i++)
            cr_assert_eq(pk[i], pq[i]);
        cr_assert(axle_nfmatrix_equal(RK, RE), "RREF over Q(a) differs from the one over Q");
        TS_OK(axle_matrix_null(&Nq, A));
        TS_OK(axle_nfmatrix_null(&NK, AK));
        TS_OK(axle_nfmatrix_from_matrix(&NE, K, Nq));
        cr_assert(axle_nfmatrix_equal(NK, NE), "null space over Q(a) differs from the one over Q");
        axle_matrix_free(A);
        axle_matrix_free(R);
        axle_matrix_free(Nq);
        axle_nfmatrix *L[] = {AK, RK, RE, NK, NE};
        for (size_t i = 0; i < sizeof L / sizeof L[0]; i++)
            axle_nfmatrix_free(L[i]);
    }
    axle_numfield_unref(K);
}

/* Random matrices over Q(α) of low rank: M · null(M) = 0, rank + nullity = cols, the RREF is
 * idempotent and has the shape of an RREF. */
Test(numfield_linalg, random_properties)
{
    ts_rng r = ts_rng_new("numfield_linalg/random_properties");
    const char *mod[] = {"x^2 - x - 1", "3x^3 - 6x + 2", "x^6 + x^3 + 1"};
    for (size_t f = 0; f < sizeof mod / sizeof mod[0]; f++) {
        axle_numfield *K = tn_field(mod[f]);
        for (int rep = 0; rep < 3; rep++) {
            size_t m = (size_t)ts_range(&r, 1, 6), n = (size_t)ts_range(&r, 1, 6);
            size_t k = (size_t)ts_range(&r, 0, 3);
            axle_nfmatrix *M = tn_random_matrix(&r, K, m, n, k), *R = NULL, *R2 = NULL, *N = NULL,
                          *P = NULL;
            size_t piv[8], rank = 0, rank2 = 0;
            TS_OK(axle_nfmatrix_rref(&R, piv, &rank, M));
            cr_assert_leq(rank, k);
            TS_OK(axle_nfmatrix_rref(&R2, NULL, &rank2, R));
            cr_assert(axle_nfmatrix_equal(R, R2), "RREF not idempotent");
            cr_assert_eq(rank, rank2);
            for (size_t i = 0; i < rank; i++) {
                if (i)
                    cr_assert_lt(piv[i - 1], piv[i]);
                for (size_t row = 0; row < m; row++) {
                    axle_nfelem *e = NULL;
                    TS_OK(axle_nfmatrix_get(&e, R, row, piv[i]));
                    cr_assert(row == i ? axle_nfelem_is_one(e) : axle_nfelem_is_zero(e));
                    axle_nfelem_free(e);
                }
            }
            TS_OK(axle_nfmatrix_null(&N, M));
            cr_assert_eq(axle_nfmatrix_cols(N) + rank, n);
            TS_OK(axle_nfmatrix_mul(&P, M, N));
            cr_assert(axle_nfmatrix_is_zero(P));
            axle_nfmatrix *L[] = {M, R, R2, N, P};
            for (size_t i = 0; i < sizeof L / sizeof L[0]; i++)
                axle_nfmatrix_free(L[i]);
        }
        axle_numfield_unref(K);
    }
}

Test(numfield_linalg, entries_and_shapes)
{
    axle_numfield *K = tn_field("x^2 + 1");
    axle_nfmatrix *Z = NULL, *C = NULL, *N = NULL, *R = NULL;
    TS_OK(axle_nfmatrix_new(&Z, K, 2, 3));
    cr_assert(axle_nfmatrix_is_zero(Z));
    cr_assert_eq(axle_nfmatrix_field(Z), K);
    axle_nfelem *i = tn_gen(K);
    TS_OK(axle_nfmatrix_set(Z, 1, 2, i));
    cr_assert(!axle_nfmatrix_is_zero(Z));
    TS_OK(axle_nfmatrix_copy(&C, Z));
    cr_assert(axle_nfmatrix_equal(C, Z));
    size_t rank = 9;
    TS_OK(axle_nfmatrix_rank(&rank, Z));
    cr_assert_eq(rank, 1);
    TS_OK(axle_nfmatrix_null(&N, Z));
    cr_assert_eq(axle_nfmatrix_rows(N), 3);
    cr_assert_eq(axle_nfmatrix_cols(N), 2);
    /* zero-size matrices */
    axle_nfmatrix *E = NULL, *NE = NULL;
    TS_OK(axle_nfmatrix_new(&E, K, 0, 3));
    TS_OK(axle_nfmatrix_rref(&R, NULL, &rank, E));
    cr_assert_eq(rank, 0);
    TS_OK(axle_nfmatrix_null(&NE, E));
    cr_assert_eq(axle_nfmatrix_cols(NE), 3);
    axle_nfmatrix *L[] = {Z, C, N, R, E, NE};
    for (size_t k = 0; k < sizeof L / sizeof L[0]; k++)
        axle_nfmatrix_free(L[k]);
    /* the rotation by 90 degrees has eigenvalue i with eigenvector (i, 1) */
    axle_matrix *A = tn_matrix("[[0, -1], [1, 0]]");
    check_eigenspace(A, i, 1);
    axle_matrix_free(A);
    axle_nfelem_free(i);
    axle_numfield_unref(K);
}

/* Eigenvectors of a 24 x 24 matrix over a field of degree 6 (the size eigenvectors need): the
 * companion block of x^6 + x^3 + 1 and an 18 x 18 random block, conjugated by a random
 * unimodular-ish integer matrix. */
Test(numfield_linalg, moderate_size, .timeout = 120)
{
    ts_rng r = ts_rng_new("numfield_linalg/moderate_size");
    axle_numfield *K = tn_field("x^6 + x^3 + 1");
    axle_poly *p = NULL;
    TS_OK(axle_numfield_modulus(&p, K));
    size_t d = 6, n = 24;
    axle_matrix *C = tn_companion(p), *B = NULL, *P = NULL, *Pi = NULL, *T = NULL, *A = NULL;
    TS_OK(axle_matrix_new(&B, AXLE_QQ, n, n));
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < d; i++)
        for (size_t j = 0; j < d; j++) {
            TS_OK(axle_matrix_get_mpq(q, C, i, j));
            TS_OK(axle_matrix_set_mpq(B, i, j, q));
        }
    mpq_clear(q);
    for (size_t i = d; i < n; i++)
        for (size_t j = d; j < n; j++)
            TS_OK(axle_matrix_set_frac(B, i, j, ts_range(&r, -3, 3), 1));
    do {
        axle_matrix_free(P);
        P = ts_random_int(&r, AXLE_QQ, n, n, -1, 1);
    } while (axle_matrix_inverse(&Pi, P) != AXLE_OK);
    TS_OK(axle_matrix_mul(&T, P, B));
    TS_OK(axle_matrix_mul(&A, T, Pi));
    axle_nfelem *a = tn_gen(K);
    check_eigenspace(A, a, 1);
    axle_matrix *M[] = {C, B, P, Pi, T, A};
    for (size_t i = 0; i < sizeof M / sizeof M[0]; i++)
        axle_matrix_free(M[i]);
    axle_poly_free(p);
    axle_nfelem_free(a);
    axle_numfield_unref(K);
}
