#include "helpers.h"

#include <criterion/criterion.h>
#include <stdlib.h>

axle_matrix *qh_random_huge(ts_rng *r, size_t rows, size_t cols, unsigned digits)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, AXLE_QQ, rows, cols));
    mpz_t bound, v;
    mpq_t q;
    mpz_inits(bound, v, NULL);
    mpq_init(q);
    mpz_ui_pow_ui(bound, 10, digits);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) {
            mpz_set_ui(v, 0);
            for (unsigned w = 0; w * 19 < digits + 19; w++) {
                mpz_mul_2exp(v, v, 64);
                mpz_add_ui(v, v, (unsigned long)ts_next(r));
            }
            mpz_mod(v, v, bound);
            if (ts_next(r) & 1)
                mpz_neg(v, v);
            mpq_set_z(q, v);
            TS_OK(axle_matrix_set_mpq(A, i, j, q));
        }
    mpz_clears(bound, v, NULL);
    mpq_clear(q);
    return A;
}

axle_matrix *qh_random_invertible(ts_rng *r, size_t n)
{
    axle_matrix *L = ts_identity(AXLE_QQ, n), *U = ts_identity(AXLE_QQ, n);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            long v = ts_range(r, -3, 3);
            if (j < i)
                TS_OK(axle_matrix_set_frac(L, i, j, v, 1));
            else if (j > i)
                TS_OK(axle_matrix_set_frac(U, i, j, v, 1));
        }
    axle_matrix *A = ts_mul(L, U);
    axle_matrix_free(L);
    axle_matrix_free(U);
    axle_matrix *S = qh_scramble_rows(r, A);
    axle_matrix_free(A);
    return S;
}

static void get(mpq_t q, const axle_matrix *A, size_t i, size_t j)
{
    TS_OK(axle_matrix_get_mpq(q, A, i, j));
}

void qh_naive_det(mpq_t out, const axle_matrix *A)
{
    size_t n = axle_matrix_rows(A);
    mpq_t *a = calloc(n * n + 1, sizeof *a);
    mpq_t f;
    mpq_init(f);
    for (size_t k = 0; k < n * n; k++) {
        mpq_init(a[k]);
        get(a[k], A, k / n, k % n);
    }
    mpq_set_ui(out, 1, 1);
    for (size_t c = 0; c < n; c++) {
        size_t p = c;
        while (p < n && mpq_sgn(a[p * n + c]) == 0)
            p++;
        if (p == n) {
            mpq_set_ui(out, 0, 1);
            break;
        }
        if (p != c) {
            for (size_t j = 0; j < n; j++)
                mpq_swap(a[p * n + j], a[c * n + j]);
            mpq_neg(out, out);
        }
        mpq_mul(out, out, a[c * n + c]);
        for (size_t i = c + 1; i < n; i++) {
            mpq_div(f, a[i * n + c], a[c * n + c]);
            for (size_t j = c; j < n; j++) {
                mpq_t t;
                mpq_init(t);
                mpq_mul(t, f, a[c * n + j]);
                mpq_sub(a[i * n + j], a[i * n + j], t);
                mpq_clear(t);
            }
        }
    }
    for (size_t k = 0; k < n * n; k++)
        mpq_clear(a[k]);
    free(a);
    mpq_clear(f);
}

axle_matrix *qh_naive_mul(const axle_matrix *A, const axle_matrix *B)
{
    size_t m = axle_matrix_rows(A), k = axle_matrix_cols(A), n = axle_matrix_cols(B);
    axle_matrix *C = ts_zero(AXLE_QQ, m, n);
    mpq_t s, x, y;
    mpq_inits(s, x, y, NULL);
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            mpq_set_ui(s, 0, 1);
            for (size_t t = 0; t < k; t++) {
                get(x, A, i, t);
                get(y, B, t, j);
                mpq_mul(x, x, y);
                mpq_add(s, s, x);
            }
            TS_OK(axle_matrix_set_mpq(C, i, j, s));
        }
    mpq_clears(s, x, y, NULL);
    return C;
}

double qh_entry(const axle_matrix *A, size_t i, size_t j)
{
    double d = 0;
    TS_OK(axle_matrix_get_double(&d, A, i, j));
    return d;
}

bool qh_entry_is(const axle_matrix *A, size_t i, size_t j, long num, long den)
{
    mpq_t q, w;
    mpq_inits(q, w, NULL);
    get(q, A, i, j);
    mpq_set_si(w, num, (unsigned long)den);
    mpq_canonicalize(w);
    bool eq = mpq_equal(q, w);
    mpq_clears(q, w, NULL);
    return eq;
}

axle_matrix *qh_scramble_rows(ts_rng *r, const axle_matrix *A)
{
    size_t m = axle_matrix_rows(A), n = axle_matrix_cols(A);
    size_t *perm = calloc(m + 1, sizeof *perm);
    cr_assert_not_null(perm);
    ts_shuffle(r, perm, m);
    axle_matrix *S = ts_zero(AXLE_QQ, m, n);
    mpq_t q, c;
    mpq_inits(q, c, NULL);
    for (size_t i = 0; i < m; i++) {
        long num = 0;
        while (num == 0)
            num = ts_range(r, -7, 7);
        mpq_set_si(c, num, (unsigned long)ts_range(r, 1, 5));
        mpq_canonicalize(c);
        for (size_t j = 0; j < n; j++) {
            get(q, A, perm[i], j);
            mpq_mul(q, q, c);
            TS_OK(axle_matrix_set_mpq(S, i, j, q));
        }
    }
    mpq_clears(q, c, NULL);
    free(perm);
    return S;
}
