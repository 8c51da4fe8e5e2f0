/* Helpers for the spectrum tests (axle_eigen): the classroom matrices, the generic residual check
 * A v = λ v in complex doubles (both fields), the exact checks over Q(λ) (QQ), and the matching of
 * RR eigenvalues against the exact QQ ones. */
#ifndef AXLE_TEST_EIGEN_SPECTRUM_HELPERS_H
#define AXLE_TEST_EIGEN_SPECTRUM_HELPERS_H

#include <string.h>

#include "helpers.h"

/* A classroom case: the matrix as text and what QQ says about it: the number of distinct complex
 * eigenvalues, the sum of the geometric multiplicities, the largest Jordan block, and
 * diagonalizability over Q, R and C. */
typedef struct eg_case {
    const char *name, *text;
    size_t count, geo, maxblock;
    bool diag[3];
} eg_case;

static const eg_case eg_cases[] = {
    {"rotation", "[[0, -1], [1, 0]]", 2, 2, 1, {false, false, true}},
    {"Fibonacci", "[[1, 1], [1, 0]]", 2, 2, 1, {false, true, true}},
    {"Jordan block", "[[2, 1], [0, 2]]", 1, 1, 2, {false, false, false}},
    {"nilpotent shift", "[[0, 1, 0], [0, 0, 1], [0, 0, 0]]", 1, 1, 3, {false, false, false}},
    {"zero", "[[0, 0], [0, 0]]", 1, 2, 1, {true, true, true}},
    {"identity", "[[1, 0, 0], [0, 1, 0], [0, 0, 1]]", 1, 3, 1, {true, true, true}},
    {"1x1", "[[5]]", 1, 1, 1, {true, true, true}},
    {"4-cycle",
     "[[0, 0, 0, 1], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]",
     4,
     4,
     1,
     {false, false, true}},
    {"x^2 + 1 twice, no blocks",
     "[[0, -1, 0, 0], [1, 0, 0, 0], [0, 0, 0, -1], [0, 0, 1, 0]]",
     2,
     4,
     1,
     {false, false, true}},
    {"x^2 + 1 twice, blocks",
     "[[0, -1, 1, 0], [1, 0, 0, 1], [0, 0, 0, -1], [0, 0, 1, 0]]",
     2,
     2,
     2,
     {false, false, false}},
    {"10^30 entries", "[[1e30, 1], [0, 2]]", 2, 2, 1, {true, true, true}},
    {"rational entries", "[[1/2, 1/3], [1/4, 1/5]]", 2, 2, 1, {false, true, true}},
    {"companion x^3 - 2x - 5", "[[0, 0, 5], [1, 0, 2], [0, 1, 0]]", 3, 3, 1, {false, false, true}},
    {"symmetric, two blocks of 3",
     "[[2, 1, 0], [1, 2, 0], [0, 0, 3]]",
     2,
     3,
     1,
     {true, true, true}},
};
#define EG_NCASES (sizeof eg_cases / sizeof eg_cases[0])

static inline axle_matrix *eg_parse(axle_field F, const char *text)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_parse(&A, F, text));
    return A;
}

static inline axle_eigen *eg_eigen(const axle_matrix *A)
{
    axle_eigen *E = NULL;
    TS_OK(axle_matrix_eigen(&E, A));
    return E;
}

/* max |A v - λ v| over the eigenvectors of every eigenvalue of E, in complex doubles, relative to
 * max(1, ||A||_F) ||v||_inf: small on both fields (QQ's exact vectors rounded). */
static inline double eg_residual(const axle_matrix *A, const axle_eigen *E)
{
    size_t n = axle_matrix_rows(A);
    double *a = calloc(n * n + 1, sizeof *a), *re = calloc(n + 1, sizeof *re),
           *im = calloc(n + 1, sizeof *im), worst = 0.0;
    cr_assert(a && re && im);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            TS_OK(axle_matrix_get_double(&a[i * n + j], A, i, j));
    double scale = fmax(1.0, ts_frob(A));
    for (size_t k = 0; k < axle_eigen_count(E); k++) {
        double lr, li;
        TS_OK(axle_eigen_value_double(&lr, &li, E, k));
        for (size_t j = 0; j < axle_eigen_eigenvector_count(E, k); j++) {
            TS_OK(axle_eigen_eigenvector_double(re, im, E, k, j));
            double vmax = 0.0;
            for (size_t i = 0; i < n; i++)
                vmax = fmax(vmax, hypot(re[i], im[i]));
            cr_assert_gt(vmax, 0.0, "eigenvector %zu of eigenvalue %zu is zero", j, k);
            for (size_t i = 0; i < n; i++) {
                double sr = -(lr * re[i] - li * im[i]), si = -(lr * im[i] + li * re[i]);
                for (size_t t = 0; t < n; t++) {
                    sr += a[i * n + t] * re[t];
                    si += a[i * n + t] * im[t];
                }
                worst = fmax(worst, hypot(sr, si) / (scale * vmax));
            }
        }
    }
    free(a);
    free(re);
    free(im);
    return worst;
}

/* Every RR eigenvalue of Er is matched with an exact one of Eq (each QQ eigenvalue used
 * algebraic-multiplicity times), greedily by distance; the largest distance, relative to
 * max(1, ||A||_F). */
static inline double eg_match(const axle_eigen *Eq, const axle_eigen *Er, const axle_matrix *A)
{
    size_t n = axle_eigen_dim(Eq), m = 0;
    cr_assert_eq(axle_eigen_count(Er), n);
    double *qr = calloc(n + 1, sizeof *qr), *qi = calloc(n + 1, sizeof *qi), worst = 0.0;
    bool *used = calloc(n + 1, sizeof *used);
    cr_assert(qr && qi && used);
    for (size_t k = 0; k < axle_eigen_count(Eq); k++) {
        double r, i;
        TS_OK(axle_eigen_value_double(&r, &i, Eq, k));
        for (size_t t = 0; t < axle_eigen_algebraic_multiplicity(Eq, k); t++, m++) {
            cr_assert_lt(m, n, "algebraic multiplicities add up to more than n");
            qr[m] = r;
            qi[m] = i;
        }
    }
    cr_assert_eq(m, n, "algebraic multiplicities add up to %zu, not n = %zu", m, n);
    for (size_t k = 0; k < n; k++) {
        double r, i, best = INFINITY;
        size_t at = 0;
        TS_OK(axle_eigen_value_double(&r, &i, Er, k));
        for (size_t t = 0; t < n; t++)
            if (!used[t] && hypot(r - qr[t], i - qi[t]) < best) {
                best = hypot(r - qr[t], i - qi[t]);
                at = t;
            }
        used[at] = true;
        worst = fmax(worst, best);
    }
    free(qr);
    free(qi);
    free(used);
    return worst / fmax(1.0, ts_frob(A));
}

/* The largest algebraic multiplicity in E. */
static inline size_t eg_max_alg(const axle_eigen *E)
{
    size_t m = 0;
    for (size_t k = 0; k < axle_eigen_count(E); k++)
        m = m > axle_eigen_algebraic_multiplicity(E, k) ? m
                                                        : axle_eigen_algebraic_multiplicity(E, k);
    return m;
}

/* QQ: (A − λI) X over Q(λ), X with n rows over the field of λ (its generator). */
static inline axle_nfmatrix *eg_shift_times(const axle_matrix *A, const axle_nfmatrix *X)
{
    axle_nfelem *lam = NULL;
    axle_nfmatrix *S = NULL, *R = NULL;
    TS_OK(axle_nfelem_gen(&lam, axle_nfmatrix_field(X)));
    TS_OK(axle_nfmatrix_from_shift(&S, A, lam));
    TS_OK(axle_nfmatrix_mul(&R, S, X));
    axle_nfelem_free(lam);
    axle_nfmatrix_free(S);
    return R;
}

/* Whether column a of M equals column b of N (b == SIZE_MAX: the zero column). */
static inline bool eg_col_equal(const axle_nfmatrix *M, size_t a, const axle_nfmatrix *N, size_t b)
{
    for (size_t i = 0; i < axle_nfmatrix_rows(M); i++) {
        axle_nfelem *x = NULL, *y = NULL;
        TS_OK(axle_nfmatrix_get(&x, M, i, a));
        bool same;
        if (b == SIZE_MAX) {
            same = axle_nfelem_is_zero(x);
        } else {
            TS_OK(axle_nfmatrix_get(&y, N, i, b));
            same = axle_nfelem_equal(x, y);
        }
        axle_nfelem_free(x);
        axle_nfelem_free(y);
        if (!same)
            return false;
    }
    return true;
}

/* QQ, eigenvalue k of E = spectrum of A: A v = λ v exactly for the eigenspace basis (n x geo over
 * Q(λ)), and the Jordan chains: (A − λI) v_1 = 0, (A − λI) v_{i+1} = v_i, block by block. */
static inline void eg_assert_exact(const axle_matrix *A, const axle_eigen *E, size_t k)
{
    size_t n = axle_matrix_rows(A), g = axle_eigen_geometric_multiplicity(E, k),
           a = axle_eigen_algebraic_multiplicity(E, k);
    axle_nfmatrix *V = NULL, *C = NULL;
    TS_OK(axle_eigen_eigenspace(&V, E, k));
    cr_assert_eq(axle_nfmatrix_rows(V), n);
    cr_assert_eq(axle_nfmatrix_cols(V), g);
    size_t rank = 0;
    TS_OK(axle_nfmatrix_rank(&rank, V));
    cr_assert_eq(rank, g, "eigenspace basis of eigenvalue %zu is dependent", k);
    axle_nfmatrix *R = eg_shift_times(A, V);
    cr_assert(axle_nfmatrix_is_zero(R), "A v != λ v for eigenvalue %zu", k);
    axle_nfmatrix_free(R);
    axle_nfmatrix_free(V);

    size_t *blocks = NULL, nb = 0;
    TS_OK(axle_eigen_jordan_blocks(&blocks, &nb, E, k));
    cr_assert_eq(nb, g);
    size_t sum = 0;
    for (size_t b = 0; b < nb; b++) {
        sum += blocks[b];
        cr_assert(b == 0 || blocks[b] <= blocks[b - 1], "block sizes not descending");
    }
    cr_assert_eq(sum, a, "block sizes of eigenvalue %zu add up to %zu, not %zu", k, sum, a);
    TS_OK(axle_eigen_jordan_chains(&C, E, k));
    cr_assert_eq(axle_nfmatrix_rows(C), n);
    cr_assert_eq(axle_nfmatrix_cols(C), a);
    TS_OK(axle_nfmatrix_rank(&rank, C));
    cr_assert_eq(rank, a, "the Jordan chains of eigenvalue %zu are dependent", k);
    R = eg_shift_times(A, C);
    for (size_t b = 0, col = 0; b < nb; b++)
        for (size_t i = 0; i < blocks[b]; i++, col++)
            cr_assert(eg_col_equal(R, col, C, i == 0 ? SIZE_MAX : col - 1),
                      "chain %zu of eigenvalue %zu breaks at vector %zu", b, k, i);
    axle_nfmatrix_free(R);
    axle_nfmatrix_free(C);
    axle_free(blocks);
}

#endif
