/* Elimination modulo p < 2^26 on floating-point BLAS (see lu_modp.h).
 *
 * The LU is recursive on the columns (Toledo's recursive LU, with the rank deficiency handled as in
 * FFPACK's column-rank-profile-revealing variants): factor the left half, apply its row swaps to
 * the right half, solve U12 = L11^{-1} A12 and update A22 -= L21 U12 (a dgemm), factor A22, apply
 * its swaps to L21, and rotate the pivot columns of A22 next to those of the left half (the
 * non-pivot columns of the left half are zero below its rank, so the rotation keeps L and U in
 * place). Almost all of the n^3 work is in dgemm calls; the base case (a panel of at most LU_NB
 * columns) is a scalar loop on doubles, and a small triangle against many columns is applied as
 * its inverse by one dgemm (leaves of at most 16); reductions are a multiply by 1/p with a
 * correction (measured: 3.5 ns against 92 ns an entry for fmod).
 *
 * Row swaps are kept as LAPACK's ipiv (row k swapped with row ipiv[k] >= k, in order), each
 * applied to the columns it concerns; column moves apply to whole columns (all m rows). */
#include <cblas.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "lu_modp.h"
#include "qq.h"

/* The widest panel factored by the scalar kernel, and the largest triangle solved by one. */
#define LU_NB 16
#define TRSM_NB 16

void ax_dmodp_init(ax_dmodp *F, uint64_t p)
{
    F->p = p;
    F->pd = (double)p;
    F->h = (double)((p - 1) / 2);
    F->pinv = 1.0 / F->pd;
    /* k h^2 + h <= AX_DMODP_EXACT */
    double h = F->h, k = (AX_DMODP_EXACT - h) / (h * h);
    F->chunk = k >= 1e15 ? (size_t)1e15 : (size_t)k;
    if (F->chunk < 1)
        F->chunk = 1;
}

uint64_t ax_dmodp_prime_bound(size_t k)
{
    /* the largest h with k h^2 + h <= AX_DMODP_EXACT (p = 2h + 1), capped at the limit */
    ax_u128 top = (ax_u128)(UINT64_C(1) << 53) - (UINT64_C(1) << 28), kk = k ? k : 1;
    uint64_t h = (uint64_t)sqrt(AX_DMODP_EXACT / (double)kk) + 2;
    while (h > 1 && kk * h * h + h > top)
        h--;
    uint64_t b = 2 * h + 2;
    return b < AX_DMODP_PRIME_LIMIT ? b : AX_DMODP_PRIME_LIMIT;
}

void ax_dmodp_reduce(const ax_dmodp *F, double *x, size_t rows, size_t cols, size_t ld)
{
#ifdef __SSE2__
    /* ax_dmodp_red two at a time, the corrections by masks (the compiler keeps its branches) */
    const __m128d pd = _mm_set1_pd(F->pd), pinv = _mm_set1_pd(F->pinv),
                  magic = _mm_set1_pd(6755399441055744.0), h = _mm_set1_pd(F->h),
                  mh = _mm_set1_pd(-F->h);
#endif
    for (size_t j = 0; j < cols; j++) {
        double *c = x + j * ld;
        size_t i = 0;
#ifdef __SSE2__
        for (; i + 2 <= rows; i += 2) {
            __m128d v = _mm_loadu_pd(c + i);
            __m128d q = _mm_sub_pd(_mm_add_pd(_mm_mul_pd(v, pinv), magic), magic);
            __m128d r = _mm_sub_pd(v, _mm_mul_pd(q, pd));
            r = _mm_sub_pd(r, _mm_and_pd(_mm_cmpgt_pd(r, h), pd));
            r = _mm_add_pd(r, _mm_and_pd(_mm_cmplt_pd(r, mh), pd));
            _mm_storeu_pd(c + i, r);
        }
#endif
        for (; i < rows; i++)
            c[i] = ax_dmodp_red(F, c[i]);
    }
}

void ax_dmodp_gemm_sub(const ax_dmodp *F, size_t m, size_t n, size_t k, const double *A, size_t lda,
                       const double *B, size_t ldb, double *C, size_t ldc)
{
    if (m == 0 || n == 0 || k == 0)
        return;
    for (size_t t = 0; t < k; t += F->chunk) {
        size_t len = k - t < F->chunk ? k - t : F->chunk;
        cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, (blasint)m, (blasint)n, (blasint)len,
                    -1.0, A + t * lda, (blasint)lda, B + t, (blasint)ldb, 1.0, C, (blasint)ldc);
        ax_dmodp_reduce(F, C, m, n, ldc);
    }
}

/* The inverse of the residue x != 0 in [-h, h]: extended Euclid on 32-bit words (p < 2^26), whose
 * divisions cost a fraction of ax_invmod's 64-bit ones (those were 17% of a 25 x 25 RREF, an
 * inverse per pivot). The cofactors stay within p in absolute value, so q s1 < 2^52. */
static double inverse(const ax_dmodp *F, double x)
{
    uint32_t r0 = (uint32_t)F->p, r1 = (uint32_t)ax_dmodp_to_u64(F, x);
    int64_t s0 = 0, s1 = 1;
    while (r1) {
        uint32_t q = r0 / r1, t = r0 - q * r1;
        int64_t s2 = s0 - (int64_t)q * s1;
        r0 = r1;
        r1 = t;
        s0 = s1;
        s1 = s2;
    }
    return ax_dmodp_red(F, (double)s0); /* s0 x = gcd = 1 modulo p */
}

/* C -= A B, reduced (ax_dmodp_gemm_sub) unless lazy: then one dgemm, C left unreduced. */
static void gemm_lazy(const ax_dmodp *F, bool lazy, size_t m, size_t n, size_t k, const double *A,
                      size_t lda, const double *B, size_t ldb, double *C, size_t ldc)
{
    if (!lazy) {
        ax_dmodp_gemm_sub(F, m, n, k, A, lda, B, ldb, C, ldc);
    } else if (m && n && k) {
        cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, (blasint)m, (blasint)n, (blasint)k,
                    -1.0, A, (blasint)lda, B, (blasint)ldb, 1.0, C, (blasint)ldc);
    }
}

typedef struct lu_ctx {
    const ax_dmodp *F;
    bool lazy; /* no reduction after the trailing updates (see ax_dmodp_lu) */
    double *a;
    size_t lda, m, n; /* the whole matrix */
    size_t *ipiv;     /* row k was swapped with row ipiv[k] */
    size_t *colperm;  /* NULL or the original column at each position */
} lu_ctx;

/* Apply the swaps ipiv[k0..k1) to the columns [c0, c1). */
static void laswp(lu_ctx *X, size_t k0, size_t k1, size_t c0, size_t c1)
{
    for (size_t c = c0; c < c1; c++) {
        double *col = X->a + c * X->lda;
        for (size_t k = k0; k < k1; k++) {
            size_t i = X->ipiv[k];
            if (i != k) {
                double t = col[k];
                col[k] = col[i];
                col[i] = t;
            }
        }
    }
}

static void swap_cols(lu_ctx *X, size_t c, size_t d)
{
    double *u = X->a + c * X->lda, *v = X->a + d * X->lda;
    for (size_t i = 0; i < X->m; i++) {
        double t = u[i];
        u[i] = v[i];
        v[i] = t;
    }
    if (X->colperm) {
        size_t t = X->colperm[c];
        X->colperm[c] = X->colperm[d];
        X->colperm[d] = t;
    }
}

static void reverse_cols(lu_ctx *X, size_t c0, size_t c1)
{
    while (c1 > c0 + 1) {
        swap_cols(X, c0, c1 - 1);
        c0++;
        c1--;
    }
}

/* Move the columns [mid, c1) in front of [c0, mid), whole columns, keeping both orders. */
static void rotate_cols(lu_ctx *X, size_t c0, size_t mid, size_t c1)
{
    if (mid == c0 || mid == c1)
        return;
    reverse_cols(X, c0, mid);
    reverse_cols(X, mid, c1);
    reverse_cols(X, c0, c1);
}

/* y += a x for the short vectors of the small triangles (at most TRSM_NB entries): a loop the
 * compiler vectorizes, without a BLAS call's fixed cost per column and pivot. */
static inline void axpy_short(size_t len, double a, const double *x, double *y)
{
    for (size_t i = 0; i < len; i++)
        y[i] += a * x[i];
}

/* Substitution for a small unit lower triangle L (r <= TRSM_NB, r <= chunk): B = L^{-1} B, each
 * entry reduced once when it is final; the others accumulate at most r - 1 <= chunk products
 * (exact). */
static void subst_lower_unit(const ax_dmodp *F, const double *L, size_t ldl, size_t r, double *B,
                             size_t ldb, size_t nb)
{
    for (size_t c = 0; c < nb; c++) {
        double *b = B + c * ldb;
        for (size_t k = 0; k < r; k++) {
            double bk = b[k] = ax_dmodp_red(F, b[k]);
            if (bk != 0 && k + 1 < r)
                axpy_short(r - k - 1, -bk, L + k * ldl + k + 1, b + k + 1);
        }
    }
}

/* The same for a small upper triangle U with nonzero diagonal (back substitution). */
static void subst_upper(const ax_dmodp *F, const double *U, size_t ldu, size_t r, double *B,
                        size_t ldb, size_t nb)
{
    double uinv[TRSM_NB];
    for (size_t k = 0; k < r; k++)
        uinv[k] = inverse(F, U[k + k * ldu]);
    for (size_t c = 0; c < nb; c++) {
        double *b = B + c * ldb;
        for (size_t k = r; k-- > 0;) {
            double bk = b[k] = ax_dmodp_red(F, ax_dmodp_red(F, b[k]) * uinv[k]);
            if (bk != 0 && k > 0)
                axpy_short(k, -bk, U + k * ldu, b);
        }
    }
}

/* A small triangle against many columns (nb >= 2 r): B = X B with X = T^{-1} (the substitution
 * applied to the identity, r^3 / 6 operations), one dgemm of inner dimension r <= chunk (exact on
 * reduced operands) and one reduction, instead of nb substitutions, which run about a flop a
 * cycle (a third of the CRT route's time at n = 100..200). false (B untouched) without memory:
 * the caller substitutes. */
static bool small_trsm_by_inverse(const ax_dmodp *F, bool upper, const double *T, size_t ldt,
                                  size_t r, double *B, size_t ldb, size_t nb)
{
    if (r < 4 || nb < 2 * r)
        return false;
    double *X = ax_malloc((r * r + r * nb) * sizeof *X), *Y = X ? X + r * r : NULL;
    if (!X)
        return false;
    for (size_t c = 0; c < r; c++)
        for (size_t i = 0; i < r; i++)
            X[i + c * r] = i == c;
    if (upper)
        subst_upper(F, T, ldt, r, X, r, r);
    else
        subst_lower_unit(F, T, ldt, r, X, r, r);
    for (size_t c = 0; c < nb; c++)
        for (size_t i = 0; i < r; i++)
            Y[i + c * r] = ax_dmodp_red(F, B[i + c * ldb]);
    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, (blasint)r, (blasint)nb, (blasint)r, 1.0,
                X, (blasint)r, Y, (blasint)r, 0.0, B, (blasint)ldb);
    ax_dmodp_reduce(F, B, r, nb, ldb);
    free(X);
    return true;
}

/* B = L^{-1} B for the r x r unit lower triangle L (ldl) and the r x nb block B (ldb). */
static void trsm_lower_unit(const ax_dmodp *F, bool lazy, const double *L, size_t ldl, size_t r,
                            double *B, size_t ldb, size_t nb)
{
    if (r <= TRSM_NB && r <= F->chunk) {
        if (!small_trsm_by_inverse(F, false, L, ldl, r, B, ldb, nb))
            subst_lower_unit(F, L, ldl, r, B, ldb, nb);
        return;
    }
    size_t r1 = r / 2;
    trsm_lower_unit(F, lazy, L, ldl, r1, B, ldb, nb);
    gemm_lazy(F, lazy, r - r1, nb, r1, L + r1, ldl, B, ldb, B + r1, ldb);
    trsm_lower_unit(F, lazy, L + r1 + r1 * ldl, ldl, r - r1, B + r1, ldb, nb);
}

/* The scalar kernel on the block of rows [row0, m) and columns [col0, col0 + n). Updates are
 * daxpy calls left unreduced (an entry gets at most one per pivot of the panel, n <= chunk
 * products in all, or min(m, n) <= chunk over the whole LU when X->lazy); a column is reduced when
 * its turn comes, and a pivot row's entry when it is used. */
static size_t lu_base(lu_ctx *X, size_t row0, size_t col0, size_t n)
{
    const ax_dmodp *F = X->F;
    size_t lda = X->lda, m = X->m - row0, r = 0;
    /* lazy (min(m, n) <= chunk): the entries arrive unreduced and must be reduced before a
     * pivot is chosen among them, and delaying is sound as the whole LU stays within the bound */
    bool delay = n <= F->chunk || X->lazy;
    double *a = X->a + row0;
    for (size_t j = 0; j < n && r < m; j++) {
        double *col = a + (col0 + j) * lda;
        if (delay)
            for (size_t k = 0; k < m; k++)
                col[k] = ax_dmodp_red(F, col[k]);
        size_t i = r;
        while (i < m && col[i] == 0)
            i++;
        if (i == m)
            continue;
        X->ipiv[row0 + r] = row0 + i;
        if (i != r)
            for (size_t c = col0; c < col0 + n; c++) {
                double *cc = a + c * lda, t = cc[r];
                cc[r] = cc[i];
                cc[i] = t;
            }
        double inv = inverse(F, col[r]);
        for (size_t k = r + 1; k < m; k++)
            col[k] = ax_dmodp_red(F, col[k] * inv);
        for (size_t c = j + 1; c < n && r + 1 < m; c++) {
            double *cc = a + (col0 + c) * lda, u = cc[r] = ax_dmodp_red(F, cc[r]);
            if (u == 0)
                continue;
            if (delay) {
                cblas_daxpy((blasint)(m - r - 1), -u, col + r + 1, 1, cc + r + 1, 1);
            } else {
                for (size_t k = r + 1; k < m; k++)
                    cc[k] = ax_dmodp_red(F, cc[k] - col[k] * u);
            }
        }
        rotate_cols(X, col0 + r, col0 + j, col0 + j + 1);
        r++;
    }
    /* columns after the last pivot row (r == m) still hold pending updates */
    if (delay)
        for (size_t j = 0; j < n; j++) {
            double *col = a + (col0 + j) * lda;
            for (size_t k = 0; k < m; k++)
                col[k] = ax_dmodp_red(F, col[k]);
        }
    return r;
}

/* Factor the block of rows [row0, m) and columns [col0, col0 + n); returns its rank r. */
static size_t lu_rec(lu_ctx *X, size_t row0, size_t col0, size_t n)
{
    size_t m = X->m - row0, lda = X->lda;
    if (m == 0 || n == 0)
        return 0;
    if (n <= LU_NB)
        return lu_base(X, row0, col0, n);
    size_t n1 = n / 2, n2 = n - n1;
    size_t r1 = lu_rec(X, row0, col0, n1);
    laswp(X, row0, row0 + r1, col0 + n1, col0 + n);
    double *a = X->a;
    if (r1) {
        double *B = a + row0 + (col0 + n1) * lda;
        trsm_lower_unit(X->F, X->lazy, a + row0 + col0 * lda, lda, r1, B, lda, n2);
        gemm_lazy(X->F, X->lazy, m - r1, n2, r1, a + row0 + r1 + col0 * lda, lda, B, lda, B + r1,
                  lda);
    }
    size_t r2 = lu_rec(X, row0 + r1, col0 + n1, n2);
    laswp(X, row0 + r1, row0 + r1 + r2, col0, col0 + r1);
    if (r2)
        rotate_cols(X, col0 + r1, col0 + n1, col0 + n1 + r2);
    return r1 + r2;
}

axle_status ax_dmodp_lu(const ax_dmodp *F, double *a, size_t m, size_t n, size_t lda, size_t *rank,
                        size_t *rowperm, size_t *colperm)
{
    size_t *ipiv = ax_malloc((m ? m : 1) * sizeof *ipiv);
    if (!ipiv)
        return ax_nomem();
    if (colperm)
        for (size_t j = 0; j < n; j++)
            colperm[j] = j;
    /* Each entry receives one product per pivot above and to the left of it, at most min(m, n)
     * in all, each of two reduced operands (pivot columns and rows are reduced when their turn
     * comes): within the chunk bound nothing else needs reducing. */
    lu_ctx X = {.F = F,
                .lazy = F->chunk >= (m < n ? m : n),
                .a = a,
                .lda = lda,
                .m = m,
                .n = n,
                .ipiv = ipiv,
                .colperm = colperm};
    size_t r = lu_rec(&X, 0, 0, n);
    if (rowperm) {
        for (size_t i = 0; i < m; i++)
            rowperm[i] = i;
        for (size_t k = 0; k < r; k++) {
            size_t t = rowperm[k];
            rowperm[k] = rowperm[ipiv[k]];
            rowperm[ipiv[k]] = t;
        }
    }
    free(ipiv);
    *rank = r;
    return AXLE_OK;
}

/* The sign of the permutation perm[0..n) (destroyed: cycles are followed and marked). */
static bool perm_odd(size_t *perm, size_t n)
{
    bool odd = false;
    for (size_t i = 0; i < n; i++) {
        if (perm[i] == SIZE_MAX)
            continue;
        size_t len = 0, j = i;
        while (perm[j] != SIZE_MAX) {
            size_t nx = perm[j];
            perm[j] = SIZE_MAX;
            j = nx;
            len++;
        }
        if (len % 2 == 0)
            odd = !odd;
    }
    return odd;
}

axle_status ax_dmodp_lu_det(uint64_t *det, const ax_dmodp *F, const double *a, size_t r, size_t lda,
                            const size_t *rowperm)
{
    uint64_t p = F->p, d = 1;
    for (size_t k = 0; k < r; k++)
        d = ax_mulmod(d, ax_dmodp_to_u64(F, a[k + k * lda]), p);
    /* the sign of the row permutation, from its cycles (on a copy: rowperm is the caller's) */
    size_t *tmp = ax_malloc((r ? r : 1) * sizeof *tmp);
    if (!tmp)
        return ax_nomem();
    for (size_t i = 0; i < r; i++)
        tmp[i] = rowperm[i];
    if (perm_odd(tmp, r) && d)
        d = p - d;
    free(tmp);
    *det = d;
    return AXLE_OK;
}

axle_status ax_dmodp_det(uint64_t *det, const ax_dmodp *F, double *a, size_t n, size_t lda,
                         size_t *rowperm)
{
    size_t r = 0;
    axle_status s = ax_dmodp_lu(F, a, n, n, lda, &r, rowperm, NULL);
    if (s)
        return s;
    *det = 0;
    return r < n ? AXLE_OK : ax_dmodp_lu_det(det, F, a, n, lda, rowperm);
}

void ax_dmodp_pivot_inverses(const ax_dmodp *F, const double *lu, size_t n, size_t lda,
                             double *uinv)
{
    for (size_t k = 0; k < n; k++)
        uinv[k] = inverse(F, lu[k + k * lda]);
}

void ax_dmodp_lu_solve(const ax_dmodp *F, const double *lu, size_t n, size_t lda,
                       const size_t *rowperm, const double *uinv, double *x, const double *b)
{
    for (size_t i = 0; i < n; i++)
        x[i] = b[rowperm[i]];
    /* L y = P b, column by column, reducing only when chunk products have piled up */
    size_t since = 0;
    for (size_t k = 0; k < n; k++) {
        if (++since > F->chunk) {
            ax_dmodp_reduce(F, x + k, n - k, 1, n);
            since = 1;
        }
        double xk = x[k] = ax_dmodp_red(F, x[k]);
        if (xk == 0)
            continue;
        if (k + 1 < n)
            cblas_daxpy((blasint)(n - k - 1), -xk, lu + k * lda + k + 1, 1, x + k + 1, 1);
    }
    /* U x = y */
    since = 0;
    for (size_t k = n; k-- > 0;) {
        if (++since > F->chunk) {
            ax_dmodp_reduce(F, x, k + 1, 1, n);
            since = 1;
        }
        double xk = x[k] = ax_dmodp_red(F, ax_dmodp_red(F, x[k]) * uinv[k]);
        if (xk == 0)
            continue;
        if (k)
            cblas_daxpy((blasint)k, -xk, lu + k * lda, 1, x, 1);
    }
}

void ax_dmodp_trsm_upper(const ax_dmodp *F, const double *U, size_t ldu, size_t r, double *B,
                         size_t ldb, size_t nb)
{
    if (r == 0 || nb == 0)
        return;
    /* small triangles by back substitution, as trsm_lower_unit */
    if (r <= TRSM_NB && r <= F->chunk) {
        if (!small_trsm_by_inverse(F, true, U, ldu, r, B, ldb, nb))
            subst_upper(F, U, ldu, r, B, ldb, nb);
        return;
    }
    /* [U11 U12; 0 U22] [X1; X2] = [B1; B2]: X2 first, then B1 - U12 X2 */
    size_t r1 = r / 2;
    ax_dmodp_trsm_upper(F, U + r1 + r1 * ldu, ldu, r - r1, B + r1, ldb, nb);
    ax_dmodp_gemm_sub(F, r1, nb, r - r1, U + r1 * ldu, ldu, B + r1, ldb, B, ldb);
    ax_dmodp_trsm_upper(F, U, ldu, r1, B, ldb, nb);
}

axle_status ax_dsrc_init(ax_dsrc *S, const ax_zmat *M, const size_t *rows, size_t m, uint64_t bound)
{
    size_t n = M->cols;
    *S = (ax_dsrc){.M = M, .rows = rows, .m = m, .n = n, .next = bound};
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++)
            if (mpz_sizeinbase(AX_Z(M, rows ? rows[i] : i, j), 2) > 52)
                return AXLE_OK;
    if (!(S->exact = ax_malloc((m && n ? m * n : 1) * sizeof *S->exact)))
        return ax_nomem();
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            double v = (double)mpz_get_si(AX_Z(M, rows ? rows[i] : i, j));
            S->exact[i + j * m] = v;
            S->amax = v > S->amax ? v : -v > S->amax ? -v : S->amax;
        }
    return AXLE_OK;
}

/* Remembered answers of ax_prev_prime below 2^32, direct-mapped: n << 32 | p in one atomic word
 * (any thread may read or replace an entry). The callers walk the same primes below the same
 * bounds on every call: Miller-Rabin on the candidates was 5% of a 10 x 10 solve. */
#define PREV_PRIME_SLOTS 256
static _Atomic uint64_t prev_prime_cache[PREV_PRIME_SLOTS];

uint64_t ax_dmodp_prev_prime(uint64_t n)
{
    if (n >> 32)
        return ax_prev_prime(n);
    _Atomic uint64_t *slot = &prev_prime_cache[(n >> 1) % PREV_PRIME_SLOTS];
    uint64_t c = atomic_load_explicit(slot, memory_order_relaxed);
    if (c && c >> 32 == n)
        return c & UINT32_MAX;
    uint64_t p = ax_prev_prime(n);
    atomic_store_explicit(slot, n << 32 | p, memory_order_relaxed);
    return p;
}

bool ax_dsrc_prime(ax_dsrc *S, ax_dmodp *F)
{
    uint64_t p = ax_dmodp_prev_prime(S->next);
    if (p < (UINT64_C(1) << 16))
        return false;
    S->next = p;
    ax_dmodp_init(F, p);
    return true;
}

void ax_dsrc_residues(const ax_dsrc *S, const ax_dmodp *F, double *a)
{
    size_t m = S->m, n = S->n;
    if (S->exact && S->amax <= F->h) { /* the entries are their own residues */
        memcpy(a, S->exact, m * n * sizeof *a);
        return;
    }
    if (S->exact) {
        for (size_t k = 0; k < m * n; k++)
            a[k] = ax_dmodp_red(F, S->exact[k]);
        return;
    }
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++)
            a[i + j * m] =
                ax_dmodp_from_u64(F, mpz_fdiv_ui(AX_Z(S->M, S->rows ? S->rows[i] : i, j), F->p));
}

void ax_dsrc_clear(ax_dsrc *S)
{
    free(S->exact);
    S->exact = NULL;
}
