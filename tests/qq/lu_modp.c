/* White-box tests of elimination modulo p on BLAS (src/qq/lu_modp.c): the reduction, the chunk
 * bound, and the LU with rank profiles against the scalar Gauss-Jordan ax_modp_rref and
 * ax_modp_det on random, rank-deficient and structured inputs, for small primes (many zero
 * pivots) and primes at the top of the range. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "qq/lu_modp.h"
#include "qq/qq.h"
#include "support.h"

/* chunks: all, all, all, 512, 32 (panels delayed, trailing updates reduced), 8 */
static const uint64_t primes[] = {5, 7, 65521, 8388593, 33554393, 67108859};
#define NPRIMES (sizeof primes / sizeof primes[0])

/* A matrix of residues in [0, p), row-major, and its column-major symmetric copy. */
typedef struct mat {
    size_t m, n;
    uint64_t *u;
    double *d;
} mat;

static mat mat_new(size_t m, size_t n)
{
    mat A = {m, n, calloc(m * n + 1, sizeof(uint64_t)), calloc(m * n + 1, sizeof(double))};
    cr_assert(A.u && A.d);
    return A;
}

static void mat_free(mat *A)
{
    free(A->u);
    free(A->d);
}

static void mat_to_double(mat *A, const ax_dmodp *F)
{
    for (size_t i = 0; i < A->m; i++)
        for (size_t j = 0; j < A->n; j++)
            A->d[i + j * A->m] = ax_dmodp_from_u64(F, A->u[i * A->n + j]);
}

/* The kinds of input. */
enum { RANDOM, LOWRANK, ZEROCOLS, DUPCOLS, PERMUTATION, ZERO, TRIANGULAR, NKINDS };

static mat make(ts_rng *r, int kind, size_t m, size_t n, uint64_t p)
{
    mat A = mat_new(m, n);
    switch (kind) {
    case RANDOM:
        for (size_t k = 0; k < m * n; k++)
            A.u[k] = ts_next(r) % p;
        break;
    case LOWRANK: { /* product of m x k and k x n */
        size_t k = (m < n ? m : n) / 2;
        uint64_t *X = calloc(m * k + 1, 8), *Y = calloc(k * n + 1, 8);
        for (size_t t = 0; t < m * k; t++)
            X[t] = ts_next(r) % p;
        for (size_t t = 0; t < k * n; t++)
            Y[t] = ts_next(r) % p;
        for (size_t i = 0; i < m; i++)
            for (size_t j = 0; j < n; j++) {
                uint64_t s = 0;
                for (size_t t = 0; t < k; t++)
                    s = (s + ax_mulmod(X[i * k + t], Y[t * n + j], p)) % p;
                A.u[i * n + j] = s;
            }
        free(X);
        free(Y);
        break;
    }
    case ZEROCOLS: /* random, with every third column zero */
        for (size_t i = 0; i < m; i++)
            for (size_t j = 0; j < n; j++)
                A.u[i * n + j] = j % 3 == 0 ? 0 : ts_next(r) % p;
        break;
    case DUPCOLS: /* columns repeat in pairs: rank about n / 2 */
        for (size_t i = 0; i < m; i++)
            for (size_t j = 0; j < n; j++)
                A.u[i * n + j] = j % 2 ? A.u[i * n + j - 1] : ts_next(r) % p;
        break;
    case PERMUTATION: /* a shuffled partial identity: every pivot needs a row swap */
    {
        size_t *perm = malloc((m + 1) * sizeof *perm);
        for (size_t i = 0; i < m; i++)
            perm[i] = i;
        ts_shuffle(r, perm, m);
        for (size_t i = 0; i < m && i < n; i++)
            A.u[perm[i] * n + i] = 1 + ts_next(r) % (p - 1);
        free(perm);
        break;
    }
    case ZERO:
        break;
    case TRIANGULAR: /* upper triangular with a zero diagonal entry every fourth */
        for (size_t i = 0; i < m; i++)
            for (size_t j = i; j < n; j++)
                A.u[i * n + j] = (i == j && i % 4 == 1) ? 0 : ts_next(r) % p;
        break;
    }
    return A;
}

/* Check the LU of A modulo p against the scalar Gauss-Jordan. */
static void check_lu(const mat *A, uint64_t p, const char *what)
{
    size_t m = A->m, n = A->n;
    ax_dmodp F;
    ax_dmodp_init(&F, p);
    mat B = mat_new(m, n);
    for (size_t k = 0; k < m * n; k++)
        B.u[k] = A->u[k];
    mat_to_double(&B, &F);
    size_t rank, *rowperm = calloc(m + 1, sizeof *rowperm),
                 *colperm = calloc(n + 1, sizeof *colperm);
    TS_OK(ax_dmodp_lu(&F, B.d, m, n, m, &rank, rowperm, colperm));

    /* the scalar reference: rank and pivot columns */
    uint64_t *R = calloc(m * n + 1, sizeof *R);
    size_t rrank, *piv = calloc(m + n + 1, sizeof *piv), *nz = calloc(n + 1, sizeof *nz);
    for (size_t k = 0; k < m * n; k++)
        R[k] = A->u[k];
    ax_modp_rref(R, m, n, p, &rrank, piv, NULL, NULL, nz);
    cr_assert_eq(rank, rrank, "%s %zux%zu mod %llu: rank %zu, Gauss-Jordan %zu", what, m, n,
                 (unsigned long long)p, rank, rrank);
    for (size_t k = 0; k < rank; k++)
        cr_assert_eq(colperm[k], piv[k], "%s: pivot column %zu is %zu, Gauss-Jordan %zu", what, k,
                     colperm[k], piv[k]);
    /* permutations are permutations; the non-pivot columns increase */
    bool *seen = calloc(m + n + 1, 1);
    for (size_t i = 0; i < m; i++) {
        cr_assert(rowperm[i] < m && !seen[rowperm[i]]);
        seen[rowperm[i]] = true;
    }
    memset(seen, 0, m + n + 1);
    for (size_t j = 0; j < n; j++) {
        cr_assert(colperm[j] < n && !seen[colperm[j]]);
        seen[colperm[j]] = true;
        if (j > rank)
            cr_assert_lt(colperm[j - 1], colperm[j]);
    }
    free(seen);
    /* the pivot rows are independent */
    for (size_t t = 0; t < rank; t++)
        for (size_t j = 0; j < n; j++)
            R[t * n + j] = A->u[rowperm[t] * n + j];
    ax_modp_rref(R, rank, n, p, &rrank, piv, NULL, NULL, nz);
    cr_assert_eq(rrank, rank, "%s: the pivot rows are dependent", what);
    /* A[rowperm[i]][colperm[j]] = (L U)[i][j], entries in [-h, h], zero trailing block */
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            double v = B.d[i + j * m];
            cr_assert(v >= -F.h && v <= F.h && v == (double)(long long)v);
            if (i >= rank && j >= rank)
                cr_assert_eq(v, 0.0, "%s: trailing entry (%zu, %zu) = %g", what, i, j, v);
            uint64_t s = 0;
            for (size_t k = 0; k < rank && k <= i && k <= j; k++) {
                uint64_t l = k == i ? 1 : ax_dmodp_to_u64(&F, B.d[i + k * m]);
                uint64_t u = ax_dmodp_to_u64(&F, B.d[k + j * m]);
                s = (s + ax_mulmod(l, u, p)) % p;
            }
            cr_assert_eq(s, A->u[rowperm[i] * n + colperm[j]],
                         "%s %zux%zu mod %llu: (LU)[%zu][%zu] = %llu, A = %llu", what, m, n,
                         (unsigned long long)p, i, j, (unsigned long long)s,
                         (unsigned long long)A->u[rowperm[i] * n + colperm[j]]);
        }
    for (size_t k = 0; k < rank; k++)
        cr_assert_neq(B.d[k + k * m], 0.0);
    free(R);
    free(piv);
    free(nz);
    free(rowperm);
    free(colperm);
    mat_free(&B);
}

static const char *kind_names[] = {"random",      "low rank", "zero columns", "duplicate columns",
                                   "permutation", "zero",     "triangular"};

Test(qq_lu_modp, against_gauss_jordan)
{
    ts_rng r = ts_rng_new("qq_lu_modp.against_gauss_jordan");
    const size_t shapes[][2] = {{1, 1},   {1, 7},   {7, 1},   {5, 5},   {16, 16}, {17, 17},
                                {33, 20}, {20, 33}, {40, 40}, {64, 70}, {71, 64}};
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
        for (size_t t = 0; t < NPRIMES; t++)
            for (int kind = 0; kind < NKINDS; kind++) {
                mat A = make(&r, kind, shapes[s][0], shapes[s][1], primes[t]);
                check_lu(&A, primes[t], kind_names[kind]);
                mat_free(&A);
            }
}

/* Large enough for several levels of recursion, chunked products (a prime at the top of the
 * range accumulates only 8 products) and deep triangular solves. */
Test(qq_lu_modp, larger)
{
    ts_rng r = ts_rng_new("qq_lu_modp.larger");
    for (int kind = 0; kind < NKINDS; kind++) {
        mat A = make(&r, kind, 150, 130, primes[NPRIMES - 1]);
        check_lu(&A, primes[NPRIMES - 1], kind_names[kind]);
        mat_free(&A);
        A = make(&r, kind, 120, 160, 8388593);
        check_lu(&A, 8388593, kind_names[kind]);
        mat_free(&A);
    }
}

/* Few rows and many columns with a prime whose chunk (8) is below the panel width: the trailing
 * updates are left unreduced (min(m, n) <= chunk) while the panels reduce as they go, and a panel
 * must not search for a pivot among unreduced entries (it took a multiple of p as a pivot). */
Test(qq_lu_modp, short_wide_big_prime)
{
    ts_rng r = ts_rng_new("qq_lu_modp.short_wide_big_prime");
    const size_t shapes[][2] = {{2, 40}, {5, 40}, {7, 33}, {8, 50}, {8, 17}, {3, 100}};
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
        for (size_t t = 3; t < NPRIMES; t++)
            for (int kind = 0; kind < NKINDS; kind++)
                for (int rep = 0; rep < 4; rep++) {
                    mat A = make(&r, kind, shapes[s][0], shapes[s][1], primes[t]);
                    check_lu(&A, primes[t], kind_names[kind]);
                    mat_free(&A);
                }
}

/* The largest accumulation the chunk bound allows: for primes from the top of the range down, the
 * n x n matrix A = L U, n = chunk, with every entry of L below the diagonal and of U on and above
 * it equal to h, so that the updates of one entry add up to n products h^2 of one sign. */
Test(qq_lu_modp, extreme_accumulation)
{
    for (size_t t = 2; t <= 64; t += t < 16 ? 1 : 8) {
        uint64_t p = ax_prev_prime(ax_dmodp_prime_bound(t)), h = (p - 1) / 2;
        ax_dmodp F;
        ax_dmodp_init(&F, p);
        size_t n = F.chunk;
        cr_assert_geq(n, t);
        mat A = mat_new(n, n);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++) {
                uint64_t s = 0;
                for (size_t k = 0; k <= i && k <= j; k++)
                    s = (s + (k == i ? h : ax_mulmod(h, h, p))) % p;
                A.u[i * n + j] = s;
            }
        check_lu(&A, p, "extreme");
        mat_free(&A);
    }
}

Test(qq_lu_modp, det_against_scalar)
{
    ts_rng r = ts_rng_new("qq_lu_modp.det_against_scalar");
    for (size_t n = 1; n <= 90; n += 7)
        for (size_t t = 0; t < NPRIMES; t++)
            for (int kind = 0; kind < NKINDS; kind++) {
                uint64_t p = primes[t];
                mat A = make(&r, kind, n, n, p);
                ax_dmodp F;
                ax_dmodp_init(&F, p);
                mat_to_double(&A, &F);
                uint64_t *u = calloc(n * n, sizeof *u);
                memcpy(u, A.u, n * n * sizeof *u);
                uint64_t want = ax_modp_det(u, n, p), got;
                size_t *rowperm = calloc(n, sizeof *rowperm);
                TS_OK(ax_dmodp_det(&got, &F, A.d, n, n, rowperm));
                cr_assert_eq(got, want, "%s n = %zu mod %llu: det %llu, scalar %llu",
                             kind_names[kind], n, (unsigned long long)p, (unsigned long long)got,
                             (unsigned long long)want);
                free(u);
                free(rowperm);
                mat_free(&A);
            }
}

Test(qq_lu_modp, solve)
{
    ts_rng r = ts_rng_new("qq_lu_modp.solve");
    for (size_t n = 1; n <= 100; n += 11)
        for (size_t t = 2; t < NPRIMES; t++) {
            uint64_t p = primes[t];
            ax_dmodp F;
            ax_dmodp_init(&F, p);
            mat A = make(&r, RANDOM, n, n, p), B = mat_new(n, n);
            memcpy(B.u, A.u, n * n * sizeof *B.u);
            mat_to_double(&B, &F);
            size_t rank, *rowperm = calloc(n, sizeof *rowperm);
            TS_OK(ax_dmodp_lu(&F, B.d, n, n, n, &rank, rowperm, NULL));
            if (rank < n) {
                free(rowperm);
                mat_free(&A);
                mat_free(&B);
                continue;
            }
            double *b = calloc(n, sizeof *b), *x = calloc(n, sizeof *x),
                   *uinv = calloc(n, sizeof *uinv);
            for (size_t i = 0; i < n; i++)
                b[i] = ax_dmodp_from_u64(&F, ts_next(&r) % p);
            ax_dmodp_pivot_inverses(&F, B.d, n, n, uinv);
            ax_dmodp_lu_solve(&F, B.d, n, n, rowperm, uinv, x, b);
            for (size_t i = 0; i < n; i++) {
                uint64_t s = 0;
                for (size_t j = 0; j < n; j++) {
                    cr_assert(x[j] >= -F.h && x[j] <= F.h);
                    s = (s + ax_mulmod(A.u[i * n + j], ax_dmodp_to_u64(&F, x[j]), p)) % p;
                }
                cr_assert_eq(s, ax_dmodp_to_u64(&F, b[i]), "n = %zu mod %llu: row %zu", n,
                             (unsigned long long)p, i);
            }
            free(b);
            free(x);
            free(uinv);
            free(rowperm);
            mat_free(&A);
            mat_free(&B);
        }
}

Test(qq_lu_modp, reduction_and_chunk_bound)
{
    ts_rng r = ts_rng_new("qq_lu_modp.reduction_and_chunk_bound");
    for (size_t t = 0; t < NPRIMES; t++) {
        uint64_t p = primes[t];
        ax_dmodp F;
        ax_dmodp_init(&F, p);
        cr_assert_geq((double)F.chunk * F.h * F.h + F.h, 0);
        cr_assert_leq((double)F.chunk * F.h * F.h + F.h, AX_DMODP_EXACT);
        /* the block reduction (two at a time on SSE2, an odd row count for the scalar tail)
         * agrees with the scalar one on the same values */
        double blk[7 * 3], one[7 * 3];
        for (int k = 0; k < 7 * 3; k++) {
            int64_t x = (int64_t)(ts_next(&r) % (uint64_t)AX_DMODP_EXACT);
            x = k < 4 ? (k % 2 ? -1 : 1) * (int64_t)AX_DMODP_EXACT : k % 2 ? -x : x;
            if (k >= 4 && k < 10)
                x = (k % 2 ? -1 : 1) * ((int64_t)((p - 1) / 2) + (k / 2 - 3)); /* +-h, +-(h+1) */
            blk[k] = (double)x;
            one[k] = ax_dmodp_red(&F, (double)x);
        }
        ax_dmodp_reduce(&F, blk, 7, 3, 7);
        for (int k = 0; k < 7 * 3; k++)
            cr_assert_eq(blk[k], one[k], "block entry %d mod %llu", k, (unsigned long long)p);
        for (int k = 0; k < 20000; k++) {
            /* integral doubles over the whole accepted range, and the edges */
            int64_t x = (int64_t)(ts_next(&r) % (uint64_t)AX_DMODP_EXACT);
            if (k % 2)
                x = -x;
            if (k < 4)
                x = k % 2 ? -(int64_t)AX_DMODP_EXACT : (int64_t)AX_DMODP_EXACT;
            if (k >= 4 && k < 8)
                x = (int64_t)((p - 1) / 2) + (k - 6); /* around h */
            double got = ax_dmodp_red(&F, (double)x);
            int64_t want = x % (int64_t)p;
            if (want > (int64_t)(p - 1) / 2)
                want -= (int64_t)p;
            if (want < -(int64_t)(p - 1) / 2)
                want += (int64_t)p;
            cr_assert_eq(got, (double)want, "%lld mod %llu: %g, want %lld", (long long)x,
                         (unsigned long long)p, got, (long long)want);
        }
    }
    /* the bound for k: every prime below it has chunk >= k */
    for (size_t k = 1; k <= 100000; k *= 7) {
        uint64_t b = ax_dmodp_prime_bound(k);
        uint64_t p = ax_prev_prime(b);
        ax_dmodp F;
        ax_dmodp_init(&F, p);
        cr_assert(F.chunk >= k || b == AX_DMODP_PRIME_LIMIT, "k = %zu: p = %llu has chunk %zu", k,
                  (unsigned long long)p, F.chunk);
        cr_assert_leq(b, AX_DMODP_PRIME_LIMIT);
    }
}

/* B = U^-1 B for upper triangles of every size around the base case and its recursion, each
 * prime (a chunk of 8 products forces the splitting inside gemm_sub), few or many columns: U X = B
 * checked entry by entry in 64-bit arithmetic; and the r x n LU's determinant of its pivot columns
 * against the scalar ax_modp_det of those columns. */
Test(qq_lu_modp, trsm_upper_and_block_det)
{
    ts_rng r = ts_rng_new("qq_lu_modp.trsm_upper_and_block_det");
    size_t sizes[] = {1, 2, 7, 8, 9, 32, 33, 70, 150};
    for (size_t si = 0; si < sizeof sizes / sizeof *sizes; si++)
        for (size_t t = 0; t < NPRIMES; t++) {
            /* few columns (substitution), or at least twice the leaves' 16 rows (their inverse
             * times the block, one dgemm) */
            size_t n = sizes[si], nb = 1 + (size_t)ts_range(&r, 0, 40);
            if (t % 2)
                nb += 2 * (n < 16 ? n : 16);
            uint64_t p = primes[t];
            ax_dmodp F;
            ax_dmodp_init(&F, p);
            double *U = calloc(n * n, sizeof *U), *B = calloc(n * nb, sizeof *B),
                   *X = calloc(n * nb, sizeof *X);
            cr_assert(U && B && X);
            for (size_t j = 0; j < n; j++)
                for (size_t i = 0; i <= j; i++) {
                    uint64_t u = ts_next(&r) % p;
                    U[i + j * n] = ax_dmodp_from_u64(&F, i == j && u == 0 ? 1 : u);
                }
            for (size_t k = 0; k < n * nb; k++)
                X[k] = B[k] = ax_dmodp_from_u64(&F, ts_next(&r) % p);
            ax_dmodp_trsm_upper(&F, U, n, n, X, n, nb);
            for (size_t c = 0; c < nb; c++)
                for (size_t i = 0; i < n; i++) {
                    uint64_t s = 0;
                    for (size_t j = i; j < n; j++) {
                        double x = X[j + c * n];
                        cr_assert(x >= -F.h && x <= F.h);
                        s = (s + ax_mulmod(ax_dmodp_to_u64(&F, U[i + j * n]),
                                           ax_dmodp_to_u64(&F, x), p)) %
                            p;
                    }
                    cr_assert_eq(s, ax_dmodp_to_u64(&F, B[i + c * n]),
                                 "n = %zu mod %llu: row %zu column %zu", n, (unsigned long long)p,
                                 i, c);
                }
            free(U);
            free(B);
            free(X);

            /* an n x (n + 3) matrix (low rank for some): the determinant of its pivot columns */
            size_t w = n + 3;
            mat A = make(&r, si % 2 ? LOWRANK : RANDOM, n, w, p), C = mat_new(n, w);
            memcpy(C.u, A.u, n * w * sizeof *C.u);
            mat_to_double(&C, &F);
            size_t rank, *rowperm = calloc(n, sizeof *rowperm),
                         *colperm = calloc(w, sizeof *colperm);
            TS_OK(ax_dmodp_lu(&F, C.d, n, w, n, &rank, rowperm, colperm));
            if (rank == n) {
                uint64_t det, *S = calloc(n * n, sizeof *S);
                TS_OK(ax_dmodp_lu_det(&det, &F, C.d, n, n, rowperm));
                for (size_t i = 0; i < n; i++)
                    for (size_t j = 0; j < n; j++)
                        S[i * n + j] = A.u[i * w + colperm[j]];
                cr_assert_eq(det, ax_modp_det(S, n, p), "n = %zu mod %llu", n,
                             (unsigned long long)p);
                free(S);
            }
            free(rowperm);
            free(colperm);
            mat_free(&A);
            mat_free(&C);
        }
}

/* The remembered previous primes equal ax_prev_prime's, asked twice (the second from the table),
 * for bounds that share slots, small ones, and one past 2^32 (not remembered). */
Test(lu_modp, prev_prime_cache)
{
    uint64_t ns[] = {3,
                     4,
                     5,
                     100,
                     1000003,
                     UINT64_C(1) << 26,
                     (UINT64_C(1) << 26) + 512,
                     (UINT64_C(1) << 26) + 1024,
                     ax_dmodp_prime_bound(10),
                     UINT64_C(1) << 33};
    for (int round = 0; round < 2; round++)
        for (size_t k = 0; k < sizeof ns / sizeof *ns; k++)
            cr_assert_eq(ax_dmodp_prev_prime(ns[k]), ax_prev_prime(ns[k]), "n = %llu",
                         (unsigned long long)ns[k]);
    for (uint64_t n = 70000000; n > 69990000; n -= 7)
        cr_assert_eq(ax_dmodp_prev_prime(n), ax_prev_prime(n));
}
