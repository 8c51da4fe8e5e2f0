/* RR helpers: size narrowing, LAPACKE status mapping, packed copies, and the two factorisations
 * the kernels share (SVD via dgesdd, LU via dgetrf + dgecon). */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "rr.h"

axle_status ax_rr_li_error(size_t v, const char *what)
{
    return ax_error(AXLE_ERANGE, "%s (%zu) is too large for LAPACK's %zu-bit integers", what, v,
                    sizeof(lapack_int) * 8);
}

axle_status ax_rr_info(lapack_int info, const char *routine, const char *what)
{
    if (info == 0)
        return AXLE_OK;
    if (info == LAPACK_WORK_MEMORY_ERROR || info == LAPACK_TRANSPOSE_MEMORY_ERROR)
        return ax_nomem();
    if (info < 0)
        return ax_error(AXLE_EINVAL, "internal error: %s rejected argument %d", routine,
                        (int)-info);
    return ax_error(AXLE_ENOCONV, "%s: %s (info = %d)", routine, what, (int)info);
}

/* The scale exponent for entries whose largest magnitude is big and smallest nonzero magnitude is
 * small (big == 0: all zero); see ax_rr_exponent. */
static int exponent_of(double big, double small, bool centre)
{
    if (big == 0.0)
        return 0;
    int hi, lo;
    frexp(big, &hi);
    frexp(small, &lo);
    if (hi <= AX_RR_SAFE_EXP && (!centre || lo >= -AX_RR_SAFE_EXP))
        return 0; /* already safe: leave A as it is */
    if (!centre)
        return hi;
    int e = (hi + lo) / 2;
    if (hi - e <= AX_RR_SAFE_EXP)
        return e; /* both extremes end up within 2^+-AX_RR_SAFE_EXP */
    /* The spread is too wide for both extremes to be safe. Keep every entry representable
     * instead: shift by the e nearest 0 with 2^(hi - e) <= 2^1000 and 2^(lo - e) >= 2^-1060 (so
     * [[1e300, 0], [0, 1e-320]] keeps its determinant 1e-20); if no shift keeps both, avoid
     * overflow and let the smallest entries underflow. */
    int emin = hi - 1000, emax = lo + 1060;
    if (emin > emax)
        return emin;
    return emin > 0 ? emin : emax < 0 ? emax : 0;
}

int ax_rr_exponent(const axle_matrix *A, bool centre)
{
    double big = 0.0, small = INFINITY;
    for (size_t j = 0; j < A->cols; j++)
        for (size_t i = 0; i < A->rows; i++) {
            double a = fabs(AX_D(A, i, j));
            if (a > big)
                big = a;
            if (a > 0.0 && a < small)
                small = a;
        }
    return exponent_of(big, small, centre);
}

double *ax_rr_copy_scaled(const axle_matrix *A, int e)
{
    size_t n;
    if (!ax_size_mul(&n, A->rows, A->cols)) {
        ax_nomem();
        return NULL;
    }
    double *d = ax_malloc((n ? n : 1) * sizeof *d);
    if (!d) {
        ax_nomem();
        return NULL;
    }
    for (size_t j = 0; j < A->cols; j++) {
        const double *a = A->d + j * A->ld;
        double *o = d + j * A->rows;
        if (e == 0)
            memcpy(o, a, A->rows * sizeof *o);
        else
            for (size_t i = 0; i < A->rows; i++)
                o[i] = ax_rr_pow2(a[i], -e);
    }
    return d;
}

#if defined(__x86_64__) && defined(__GNUC__)
#define AX_RR_AVX2 1
#include <immintrin.h>
/* x * 0 is +-0 for every finite x and NaN for an infinity or a NaN, and a NaN stays in a sum:
 * four independent sums of four lanes, one load, multiply and add per four entries. */
__attribute__((target("avx2"))) static bool all_finite_avx2(const double *x, size_t n)
{
    const __m256d Z = _mm256_setzero_pd();
    __m256d a0 = Z, a1 = Z, a2 = Z, a3 = Z;
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        a0 = _mm256_add_pd(a0, _mm256_mul_pd(_mm256_loadu_pd(x + i), Z));
        a1 = _mm256_add_pd(a1, _mm256_mul_pd(_mm256_loadu_pd(x + i + 4), Z));
        a2 = _mm256_add_pd(a2, _mm256_mul_pd(_mm256_loadu_pd(x + i + 8), Z));
        a3 = _mm256_add_pd(a3, _mm256_mul_pd(_mm256_loadu_pd(x + i + 12), Z));
    }
    double t[4], acc = 0.0;
    _mm256_storeu_pd(t, _mm256_add_pd(_mm256_add_pd(a0, a1), _mm256_add_pd(a2, a3)));
    for (; i < n; i++)
        acc += x[i] * 0.0;
    return acc + (t[0] + t[1]) + (t[2] + t[3]) == 0.0;
}

/* vfpclasspd flags Inf and NaN itself (class bits: quiet NaN 0x01, +Inf 0x08, -Inf 0x10,
 * signalling NaN 0x80) into a mask register; the masks are ORed, with no reduction at the end
 * and the tail in one masked load (no fault past x + n). An 8 x 8 product took 11% less than
 * with the AVX2 check (58 against 65 ns, interleaved, inputs at varying addresses). */
__attribute__((target("avx512f,avx512dq"))) static bool all_finite_avx512(const double *x, size_t n)
{
    __mmask8 bad = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        bad |= _mm512_fpclass_pd_mask(_mm512_loadu_pd(x + i), 0x99);
    if (i < n)
        bad |= _mm512_fpclass_pd_mask(_mm512_maskz_loadu_pd((__mmask8)((1u << (n - i)) - 1), x + i),
                                      0x99);
    return !bad;
}
#endif

int ax_rr_simd_limit = 2;

bool ax_rr_all_finite(const double *x, size_t n)
{
#if defined(AX_RR_AVX2)
    if (ax_rr_simd_limit >= 2 && __builtin_cpu_supports("avx512dq"))
        return all_finite_avx512(x, n);
    if (ax_rr_simd_limit >= 1 && n >= 16 && __builtin_cpu_supports("avx2"))
        return all_finite_avx2(x, n);
#endif
#if defined(__SSE2__)
    /* as all_finite_avx2, on two lanes */
    const __m128d Z = _mm_setzero_pd();
    __m128d a0 = Z, a1 = Z, a2 = Z, a3 = Z;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        a0 = _mm_add_pd(a0, _mm_mul_pd(_mm_loadu_pd(x + i), Z));
        a1 = _mm_add_pd(a1, _mm_mul_pd(_mm_loadu_pd(x + i + 2), Z));
        a2 = _mm_add_pd(a2, _mm_mul_pd(_mm_loadu_pd(x + i + 4), Z));
        a3 = _mm_add_pd(a3, _mm_mul_pd(_mm_loadu_pd(x + i + 6), Z));
    }
    double t[2], acc = 0.0;
    _mm_storeu_pd(t, _mm_add_pd(_mm_add_pd(a0, a1), _mm_add_pd(a2, a3)));
    for (; i < n; i++)
        acc += x[i] * 0.0;
    return acc + t[0] + t[1] == 0.0;
#else
    /* (bits & exponent mask) + 2^52 carries into the sign bit exactly when the exponent field is
     * all ones (Inf or NaN). Branch-free, on vectors of two where the compiler has them: the pass
     * costs about what reading x costs. */
    const uint64_t E = 0x7ff0000000000000u, ONE = (uint64_t)1 << 52;
    uint64_t acc = 0;
    size_t i = 0;
#if defined(__GNUC__)
    typedef uint64_t u64x2 __attribute__((vector_size(16)));
    const u64x2 EV = {E, E}, ONEV = {ONE, ONE};
    u64x2 a0 = {0, 0}, a1 = a0, a2 = a0, a3 = a0;
    for (; i + 8 <= n; i += 8) {
        u64x2 b0, b1, b2, b3;
        memcpy(&b0, x + i, sizeof b0);
        memcpy(&b1, x + i + 2, sizeof b1);
        memcpy(&b2, x + i + 4, sizeof b2);
        memcpy(&b3, x + i + 6, sizeof b3);
        a0 |= (b0 & EV) + ONEV;
        a1 |= (b1 & EV) + ONEV;
        a2 |= (b2 & EV) + ONEV;
        a3 |= (b3 & EV) + ONEV;
    }
    a0 |= a1 | a2 | a3;
    acc = a0[0] | a0[1];
#endif
    for (; i < n; i++) {
        uint64_t b;
        memcpy(&b, x + i, sizeof b);
        acc |= (b & E) + ONE;
    }
    return !(acc >> 63);
#endif
}

axle_status ax_rr_check_finite(const axle_matrix *M, const char *what)
{
    for (size_t j = 0; j < M->cols; j++)
        if (!ax_rr_all_finite(M->d + j * M->ld, M->rows))
            return ax_error(AXLE_ERANGE, "%s overflows the range of double", what);
    return AXLE_OK;
}

void ax_rr_svd_free(ax_rr_svd *svd)
{
    free(svd->s);
    free(svd->u);
    free(svd->vt);
    svd->s = svd->u = svd->vt = NULL;
}

static double copy_scan(double *dst, const axle_matrix *A, double *big, double *small);

/* ax_rr_svd_compute (full false) and ax_rr_svd_compute_full (want_vectors and full true). */
static axle_status svd_compute(ax_rr_svd *out, const axle_matrix *A, bool want_vectors, bool full)
{
    size_t m = A->rows, n = A->cols, k = m < n ? m : n;
    *out = (ax_rr_svd){.m = m, .n = n, .k = k, .tol = axle_rr_effective_tolerance(m, n)};
    lapack_int lm = 0, ln = 0;
    axle_status s;
    if ((s = ax_rr_li(&lm, m, "the number of rows")) ||
        (s = ax_rr_li(&ln, n, "the number of columns")))
        return s;
    size_t nn;
    if (want_vectors && (!ax_size_mul(&nn, n, n) || nn > AXLE_MATRIX_MAX_ENTRIES))
        return ax_error(AXLE_ERANGE,
                        "the %zu x %zu matrix of right singular vectors of a %zu x %zu matrix is "
                        "too large (at most %u entries)",
                        n, n, m, n, AXLE_MATRIX_MAX_ENTRIES);
    size_t mm;
    if (full && (!ax_size_mul(&mm, m, m) || mm > AXLE_MATRIX_MAX_ENTRIES))
        return ax_error(AXLE_ERANGE,
                        "the %zu x %zu matrix of left singular vectors of a %zu x %zu matrix is "
                        "too large (at most %u entries)",
                        m, m, m, n, AXLE_MATRIX_MAX_ENTRIES);
    /* the scale and the copy in one pass (the copy is final unless the scale is not 1) */
    double *a = ax_malloc(m * n * sizeof *a), big, small; /* m * n fits: A exists */
    if (!a)
        return ax_nomem();
    copy_scan(a, A, &big, &small);
    out->e = exponent_of(big, small, false);
    if (out->e != 0)
        for (size_t i = 0; i < m * n; i++)
            a[i] = ax_rr_pow2(a[i], -out->e);
    out->s = ax_calloc(k, sizeof *out->s);
    if (want_vectors) {
        /* m*k <= m*n and m*m (checked): no overflow; dgesdd writes all of U and VT (jobz 'S'
         * with m >= n: m x n and n x n; 'A': m x m and n x n), so they are not zeroed first */
        out->u = ax_malloc(m * (full ? m : k) * sizeof *out->u);
        out->vt = ax_malloc(n * n * sizeof *out->vt);
    }
    if (!out->s || (want_vectors && (!out->u || !out->vt))) {
        free(a);
        ax_rr_svd_free(out);
        return ax_nomem();
    }
    /* jobz 'S' gives U m x k and VT k x n; for m < n only 'A' gives the full n x n VT (and then
     * U is m x m = m x k); full asks for 'A' always. */
    char jobz = !want_vectors ? 'N' : (m >= n && !full ? 'S' : 'A');
    lapack_int info =
        LAPACKE_dgesdd(LAPACK_COL_MAJOR, jobz, lm, ln, a, lm, out->s, out->u, lm, out->vt, ln);
    free(a);
    if ((s = ax_rr_info(info, "dgesdd", "the singular value decomposition did not converge"))) {
        ax_rr_svd_free(out);
        return s;
    }
    if (!ax_all_finite(out->s, k)) {
        ax_rr_svd_free(out);
        return ax_error(AXLE_ENOCONV, "dgesdd returned non-finite singular values");
    }
    size_t r = 0;
    if (k > 0 && out->s[0] > 0.0)
        while (r < k && out->s[r] > out->tol * out->s[0])
            r++;
    out->rank = r;
    return AXLE_OK;
}

axle_status ax_rr_svd_compute(ax_rr_svd *out, const axle_matrix *A, bool want_vectors)
{
    return svd_compute(out, A, want_vectors, false);
}

axle_status ax_rr_svd_compute_full(ax_rr_svd *out, const axle_matrix *A)
{
    return svd_compute(out, A, true, true);
}

axle_status ax_rr_vt_rows(axle_matrix **out, const ax_rr_svd *svd, size_t first, size_t count)
{
    size_t n = svd->n;
    axle_status s = ax_matrix_alloc(out, AXLE_RR, n, count);
    if (s)
        return s;
    axle_matrix *N = *out;
    for (size_t c = 0; c < count; c++) {
        /* Column c of N is row first + c of VT. Fix the sign so the largest entry is positive. */
        const double *row = svd->vt + (first + c);
        size_t big = 0;
        for (size_t i = 1; i < n; i++)
            if (fabs(row[i * n]) > fabs(row[big * n]))
                big = i;
        double sign = row[big * n] < 0.0 ? -1.0 : 1.0;
        for (size_t i = 0; i < n; i++)
            AX_D(N, i, c) = sign * row[i * n];
    }
    return AXLE_OK;
}

axle_status ax_rr_null_from_svd(axle_matrix **out, const ax_rr_svd *svd)
{
    return ax_rr_vt_rows(out, svd, svd->rank, svd->n - svd->rank);
}

void ax_rr_lu_free(ax_rr_lu *lu)
{
    free(lu->block); /* one block: the factors (when owned), the spare columns, ipiv */
    lu->block = NULL;
    lu->lu = lu->spare = NULL;
    lu->ipiv = NULL;
}

/* The entries i.. rows - 1 of one column of copy_scan, one by one: copied from a to o, their
 * magnitudes added to sum (returned), the largest into *b, the smallest nonzero into *sm (the
 * tail of every vector width). */
static inline double scan_tail(const double *a, double *o, size_t i, size_t rows, double sum,
                               double *b, double *sm)
{
    for (; i < rows; i++) {
        double x = a[i], y = fabs(x);
        o[i] = x;
        sum += y;
        *b = y > *b ? y : *b;
        *sm = y > 0.0 && y < *sm ? y : *sm;
    }
    return sum;
}

#if defined(__SSE2__)
/* copy_scan on SSE2 (every x86-64): maxpd / minpd, zeros turned into +Inf by a mask. GCC's code
 * for the generic compare-and-select below was 3.5 times slower here (68 us against 19 us for a
 * 256 x 256 matrix, whose memcpy takes 9 us). */
static double copy_scan_sse2(double *dst, const axle_matrix *A, double *big, double *small)
{
    const __m128d ABS = _mm_castsi128_pd(_mm_set1_epi64x(INT64_MAX)), ZERO = _mm_setzero_pd();
    const __m128d INF = _mm_set1_pd(INFINITY);
    __m128d bv0 = ZERO, bv1 = ZERO, sv0 = INF, sv1 = INF;
    double b = 0.0, sm = INFINITY, norm = 0.0, t[2];
    for (size_t j = 0; j < A->cols; j++) {
        const double *a = A->d + j * A->ld;
        double *o = dst + j * A->rows, sum;
        size_t i = 0;
        __m128d s0 = ZERO, s1 = ZERO;
        for (; i + 4 <= A->rows; i += 4) {
            __m128d x0 = _mm_loadu_pd(a + i), x1 = _mm_loadu_pd(a + i + 2);
            _mm_storeu_pd(o + i, x0);
            _mm_storeu_pd(o + i + 2, x1);
            x0 = _mm_and_pd(x0, ABS);
            x1 = _mm_and_pd(x1, ABS);
            s0 = _mm_add_pd(s0, x0);
            s1 = _mm_add_pd(s1, x1);
            bv0 = _mm_max_pd(bv0, x0);
            bv1 = _mm_max_pd(bv1, x1);
            sv0 = _mm_min_pd(sv0, _mm_or_pd(x0, _mm_and_pd(_mm_cmpeq_pd(x0, ZERO), INF)));
            sv1 = _mm_min_pd(sv1, _mm_or_pd(x1, _mm_and_pd(_mm_cmpeq_pd(x1, ZERO), INF)));
        }
        _mm_storeu_pd(t, _mm_add_pd(s0, s1));
        sum = t[0] + t[1];
        sum = scan_tail(a, o, i, A->rows, sum, &b, &sm);
        norm = sum > norm ? sum : norm;
    }
    _mm_storeu_pd(t, _mm_max_pd(bv0, bv1));
    *big = fmax(b, fmax(t[0], t[1]));
    _mm_storeu_pd(t, _mm_min_pd(sv0, sv1));
    *small = fmin(sm, fmin(t[0], t[1]));
    return norm;
}
#endif

#if defined(AX_RR_AVX2)
/* copy_scan_sse2 on four lanes: a 256 x 256 matrix 21 -> 14 us (its memcpy: 10 us), 64 x 64
 * 1.49 -> 1.04 us. */
__attribute__((target("avx2"))) static double copy_scan_avx2(double *dst, const axle_matrix *A,
                                                             double *big, double *small)
{
    const __m256d ABS = _mm256_castsi256_pd(_mm256_set1_epi64x(INT64_MAX));
    const __m256d ZERO = _mm256_setzero_pd(), INF = _mm256_set1_pd(INFINITY);
    __m256d bv0 = ZERO, bv1 = ZERO, sv0 = INF, sv1 = INF;
    double b = 0.0, sm = INFINITY, norm = 0.0, t[4];
    for (size_t j = 0; j < A->cols; j++) {
        const double *a = A->d + j * A->ld;
        double *o = dst + j * A->rows, sum;
        size_t i = 0;
        __m256d s0 = ZERO, s1 = ZERO;
        for (; i + 8 <= A->rows; i += 8) {
            __m256d x0 = _mm256_loadu_pd(a + i), x1 = _mm256_loadu_pd(a + i + 4);
            _mm256_storeu_pd(o + i, x0);
            _mm256_storeu_pd(o + i + 4, x1);
            x0 = _mm256_and_pd(x0, ABS);
            x1 = _mm256_and_pd(x1, ABS);
            s0 = _mm256_add_pd(s0, x0);
            s1 = _mm256_add_pd(s1, x1);
            bv0 = _mm256_max_pd(bv0, x0);
            bv1 = _mm256_max_pd(bv1, x1);
            sv0 = _mm256_min_pd(
                sv0, _mm256_or_pd(x0, _mm256_and_pd(_mm256_cmp_pd(x0, ZERO, _CMP_EQ_OQ), INF)));
            sv1 = _mm256_min_pd(
                sv1, _mm256_or_pd(x1, _mm256_and_pd(_mm256_cmp_pd(x1, ZERO, _CMP_EQ_OQ), INF)));
        }
        _mm256_storeu_pd(t, _mm256_add_pd(s0, s1));
        sum = (t[0] + t[1]) + (t[2] + t[3]);
        sum = scan_tail(a, o, i, A->rows, sum, &b, &sm);
        norm = sum > norm ? sum : norm;
    }
    _mm256_storeu_pd(t, _mm256_max_pd(bv0, bv1));
    *big = fmax(fmax(b, fmax(t[0], t[1])), fmax(t[2], t[3]));
    _mm256_storeu_pd(t, _mm256_min_pd(sv0, sv1));
    *small = fmin(fmin(sm, fmin(t[0], t[1])), fmin(t[2], t[3]));
    return norm;
}
#endif

/* dst := the packed copy of A; *big, *small: the largest and the smallest nonzero magnitude
 * (INFINITY if none); returns the 1-norm of A. One pass, so that scaling, the norm and the copy
 * cost what the copy alone costs: AVX2 for columns of 16 and more where the CPU has it (shorter
 * ones were slower: the tail), SSE2 where there is SSE2, otherwise on vectors of two where the
 * compiler has them (compare and select, no branches), then entry by entry. */
static double copy_scan(double *dst, const axle_matrix *A, double *big, double *small)
{
#if defined(AX_RR_AVX2)
    if (ax_rr_simd_limit >= 1 && A->rows >= 16 && __builtin_cpu_supports("avx2"))
        return copy_scan_avx2(dst, A, big, small);
#endif
#if defined(__SSE2__)
    return copy_scan_sse2(dst, A, big, small);
#else
    double b = 0.0, sm = INFINITY, norm = 0.0;
#if defined(__GNUC__)
    typedef double f64x2 __attribute__((vector_size(16)));
    typedef int64_t i64x2 __attribute__((vector_size(16)));
    const i64x2 ABS = {INT64_MAX, INT64_MAX};
    const f64x2 ZERO = {0.0, 0.0}, INF = {INFINITY, INFINITY};
    f64x2 bv = ZERO, sv = INF;
#endif
    for (size_t j = 0; j < A->cols; j++) {
        const double *a = A->d + j * A->ld;
        double *o = dst + j * A->rows, sum = 0.0;
        size_t i = 0;
#if defined(__GNUC__)
        f64x2 s0 = ZERO, s1 = ZERO;
        for (; i + 4 <= A->rows; i += 4) {
            f64x2 x0, x1;
            memcpy(&x0, a + i, sizeof x0);
            memcpy(&x1, a + i + 2, sizeof x1);
            memcpy(o + i, &x0, sizeof x0);
            memcpy(o + i + 2, &x1, sizeof x1);
            x0 = (f64x2)((i64x2)x0 & ABS);
            x1 = (f64x2)((i64x2)x1 & ABS);
            s0 += x0;
            s1 += x1;
            i64x2 m0 = x0 > bv;
            bv = (f64x2)(((i64x2)x0 & m0) | ((i64x2)bv & ~m0));
            i64x2 m1 = x1 > bv;
            bv = (f64x2)(((i64x2)x1 & m1) | ((i64x2)bv & ~m1));
            /* zeros count as +Inf for the smallest nonzero */
            x0 = (f64x2)(((i64x2)INF & (x0 == ZERO)) | ((i64x2)x0 & ~(x0 == ZERO)));
            x1 = (f64x2)(((i64x2)INF & (x1 == ZERO)) | ((i64x2)x1 & ~(x1 == ZERO)));
            m0 = x0 < sv;
            sv = (f64x2)(((i64x2)x0 & m0) | ((i64x2)sv & ~m0));
            m1 = x1 < sv;
            sv = (f64x2)(((i64x2)x1 & m1) | ((i64x2)sv & ~m1));
        }
        s0 += s1;
        sum = s0[0] + s0[1];
#endif
        sum = scan_tail(a, o, i, A->rows, sum, &b, &sm);
        norm = sum > norm ? sum : norm;
    }
#if defined(__GNUC__)
    b = fmax(b, fmax(bv[0], bv[1]));
    sm = fmin(sm, fmin(sv[0], sv[1]));
#endif
    *big = b;
    *small = sm;
    return norm;
#endif
}

axle_status ax_rr_lu_compute(ax_rr_lu *out, const axle_matrix *A, double *buf)
{
    size_t n = A->rows, nn = n * n; /* n * n fits: A exists */
    *out = (ax_rr_lu){.n = n, .owned = !buf};
    lapack_int ln = 0;
    axle_status s = ax_rr_li(&ln, n, "the matrix order");
    if (s)
        return s;
    /* One block: the n x n factors (unless in buf) from a 64-byte boundary (dgetrf 2-3% faster
     * at n = 256 than 16 to 48 bytes off it), the two spare columns, then the pivots (doubles
     * keep them aligned). */
    size_t piv_doubles = (n * sizeof(lapack_int) + sizeof(double) - 1) / sizeof(double);
    size_t slack = buf ? 0 : 7; /* doubles: malloc aligns to 8 bytes at least */
    double *block = ax_malloc((slack + (buf ? 0 : nn) + 2 * n + piv_doubles) * sizeof(double));
    out->block = block;
    if (block) {
        double *start = block + (buf ? 0 : (-(uintptr_t)block & 63) / sizeof(double));
        out->lu = buf ? buf : start;
        out->spare = buf ? block : start + nn;
        out->ipiv = (lapack_int *)(out->spare + 2 * n);
    }
    if (!block) {
        ax_rr_lu_free(out);
        return ax_nomem();
    }
    double big, small;
    out->anorm = copy_scan(out->lu, A, &big, &small);
    out->e = exponent_of(big, small, true);
    if (out->e != 0) {
        /* rare: entries near the ends of double range; rescale the copy, then its norm */
        out->anorm = 0.0;
        for (size_t j = 0; j < n; j++) {
            double sum = 0.0;
            for (size_t i = 0; i < n; i++) {
                double *x = &out->lu[i + j * n];
                *x = ax_rr_pow2(*x, -out->e);
                sum += fabs(*x);
            }
            out->anorm = sum > out->anorm ? sum : out->anorm;
        }
        big = ax_rr_pow2(big, -out->e);
    }
    lapack_int info = LAPACKE_dgetrf_work(LAPACK_COL_MAJOR, ln, ln, out->lu, ln, out->ipiv);
    if (info > 0) {
        out->singular = true; /* U(info, info) is exactly zero */
        return AXLE_OK;
    }
    if ((s = ax_rr_info(info, "dgetrf", "LU factorisation failed"))) {
        ax_rr_lu_free(out);
        return s;
    }
    /* With partial pivoting every entry computed during the factorisation is at most
     * 2^(n-1) max |a_ij| in magnitude (Wilkinson's growth bound; rounding adds a factor
     * (1 + O(n eps)), well inside the 8 bits of margin), so the factors can only overflow when
     * that bound reaches double range; only then are they checked. */
    int hi = 0;
    frexp(big, &hi);
    if ((long long)hi + (long long)n + 8 > DBL_MAX_EXP - 1 && !ax_rr_all_finite(out->lu, nn)) {
        ax_rr_lu_free(out);
        return ax_error(AXLE_ERANGE, "the LU factorisation of the matrix overflows double range");
    }
    return AXLE_OK;
}

/* Below this order the estimate is first tried as a proven bound (inverse_norm_bound). */
#define AX_RR_BOUND_MAX 32

/* Below this order the triangular solves are plain loops: a BLAS call (trsm's buffers, its
 * thread checks) costs more than the O(n^2) work. */
#define AX_RR_SMALL 128

/* Up to this many right-hand sides, dgetrs is called column by column: OpenBLAS's trsm on two
 * or three columns takes about 1.5 to 3 times as long as its triangular solves on each. */
#define AX_RR_FEW 4

#if defined(__GNUC__)
typedef double ax_f64x2 __attribute__((vector_size(16)));
#endif

/* y[0..m) -= c x[0..m) */
static inline void axpy_sub(double *restrict y, const double *restrict x, double c, size_t m)
{
    size_t i = 0;
#if defined(__GNUC__)
    const ax_f64x2 cv = {c, c};
    for (; i + 4 <= m; i += 4) {
        ax_f64x2 x0, x1, y0, y1;
        memcpy(&x0, x + i, sizeof x0);
        memcpy(&x1, x + i + 2, sizeof x1);
        memcpy(&y0, y + i, sizeof y0);
        memcpy(&y1, y + i + 2, sizeof y1);
        y0 -= cv * x0;
        y1 -= cv * x1;
        memcpy(y + i, &y0, sizeof y0);
        memcpy(y + i + 2, &y1, sizeof y1);
    }
#endif
    for (; i < m; i++)
        y[i] -= c * x[i];
}

/* sum x[i] y[i] over [0, m) */
static inline double dot(const double *x, const double *y, size_t m)
{
    size_t i = 0;
    double t = 0.0;
#if defined(__GNUC__)
    ax_f64x2 s0 = {0.0, 0.0}, s1 = s0;
    for (; i + 4 <= m; i += 4) {
        ax_f64x2 x0, x1, y0, y1;
        memcpy(&x0, x + i, sizeof x0);
        memcpy(&x1, x + i + 2, sizeof x1);
        memcpy(&y0, y + i, sizeof y0);
        memcpy(&y1, y + i + 2, sizeof y1);
        s0 += x0 * y0;
        s1 += x1 * y1;
    }
    s0 += s1;
    t = s0[0] + s0[1];
#endif
    for (; i < m; i++)
        t += x[i] * y[i];
    return t;
}

/* W := op(A')^-1 W in plain C, op = transpose when trans is 'T'; A' = P^T L U as dgetrf leaves
 * it (ipiv 1-based, row i swapped with ipiv[i] in order). Column-oriented: axpy for A'^-1, dot
 * products for A'^-T, both along the contiguous columns of L and U. */
static void lu_solve_small(const ax_rr_lu *lu, char trans, double *W, size_t k)
{
    size_t n = lu->n;
    const double *a = lu->lu;
    for (size_t c = 0; c < k; c++) {
        double *w = W + c * n;
        if (trans == 'N') {
            for (size_t i = 0; i < n; i++) { /* P */
                size_t p = (size_t)lu->ipiv[i] - 1;
                double t = w[i];
                w[i] = w[p];
                w[p] = t;
            }
            for (size_t j = 0; j + 1 < n; j++) /* L, unit lower */
                axpy_sub(w + j + 1, a + j + 1 + j * n, w[j], n - j - 1);
            for (size_t j = n; j-- > 0;) { /* U */
                w[j] /= a[j + j * n];
                axpy_sub(w, a + j * n, w[j], j);
            }
        } else {
            for (size_t j = 0; j < n; j++) /* U^T, lower */
                w[j] = (w[j] - dot(a + j * n, w, j)) / a[j + j * n];
            for (size_t j = n; j-- > 0;) /* L^T, unit upper */
                w[j] -= dot(a + j + 1 + j * n, w + j + 1, n - j - 1);
            for (size_t i = n; i-- > 0;) { /* P^T */
                size_t p = (size_t)lu->ipiv[i] - 1;
                double t = w[i];
                w[i] = w[p];
                w[p] = t;
            }
        }
    }
}

/* W := op(A')^-1 W for the n x k packed W, op = transpose when trans is 'T'. */
static axle_status lu_solve(const ax_rr_lu *lu, char trans, double *W, size_t k)
{
    if (lu->n < AX_RR_SMALL) {
        lu_solve_small(lu, trans, W, k);
        return AXLE_OK;
    }
    lapack_int n = (lapack_int)lu->n;
    /* dgetrs on a few columns at once (OpenBLAS's trsm) costs more than column by column */
    size_t step = k <= AX_RR_FEW ? 1 : k;
    for (size_t c = 0; c < k; c += step) {
        lapack_int info = LAPACKE_dgetrs_work(LAPACK_COL_MAJOR, trans, n, (lapack_int)step, lu->lu,
                                              n, lu->ipiv, W + c * lu->n, n);
        if (info)
            return ax_rr_info(info, "dgetrs", "solve failed");
    }
    return AXLE_OK;
}

/* dgecon itself: its triangular solves (dlatrs) scale to avoid overflow. */
static axle_status rcond_dgecon(ax_rr_lu *lu)
{
    lapack_int n = (lapack_int)lu->n;
    double *work = ax_calloc(lu->n, 4 * sizeof *work);
    lapack_int *iwork = ax_calloc(lu->n, sizeof *iwork);
    axle_status s = AXLE_OK;
    if (!work || !iwork)
        s = ax_nomem();
    else
        s = ax_rr_info(LAPACKE_dgecon_work(LAPACK_COL_MAJOR, '1', n, lu->lu, n, lu->anorm,
                                           &lu->rcond, work, iwork),
                       "dgecon", "condition estimate failed");
    free(work);
    free(iwork);
    return s;
}

/* An upper bound on ||A'^-1||_1 through the comparison matrices M(T) (|t_ii| on the diagonal,
 * -|t_ij| off it), for which |T^-1| <= M(T)^-1 entrywise when T is triangular:
 * ||A'^-1||_1 = ||U^-1 L^-1 P||_1 <= ||U^-1||_1 ||L^-1||_1, and ||T^-1||_1 <= max(M(T)^-T e).
 * Two triangular solves with nonnegative terms (no cancellation), O(n^2); y has n entries. The
 * second is skipped when ||L^-1||_1 <= 2^(n-1) already gives a reciprocal condition number of at
 * least threshold: the bound returned is then ||U^-1||_1 2^(n-1). */
static double inverse_norm_bound(const ax_rr_lu *lu, double *y, double threshold)
{
    /* Row by row: once y_j is known it is added into the sums of the later unknowns, which do
     * not wait on each other (the dot-product order made every term wait on the previous
     * addition: 125 ns at n = 8). The reciprocals do not depend on the sums: computed off the
     * chain. */
    size_t n = lu->n;
    const double *a = lu->lu;
    double bu = 0.0, bl = 0.0;
    for (size_t j = 0; j < n; j++)
        y[j] = 1.0;
    for (size_t j = 0; j < n; j++) { /* M(U)^T y = e, forward; U(j, i) = a[j + i n] */
        double yj = y[j] * (1.0 / fabs(a[j + j * n]));
        bu = yj > bu ? yj : bu;
        for (size_t i = j + 1; i < n; i++)
            y[i] += fabs(a[j + i * n]) * yj;
    }
    /* |l_ij| <= 1 (partial pivoting), so M(L)^-1 is at most the inverse for l_ij = -1 entrywise,
     * whose 1-norm is 2^(n-1): enough when that clears the threshold, saving the second pass */
    double worst = ldexp(1.0, (int)n - 1);
    if (1.0 / (lu->anorm * bu * worst) >= threshold)
        return bu * worst;
    for (size_t j = 0; j < n; j++)
        y[j] = 1.0;
    for (size_t j = n; j-- > 0;) { /* M(L)^T y = e, backward, unit diagonal; L(j, i) = a[j + i n] */
        double yj = y[j];
        bl = yj > bl ? yj : bl;
        for (size_t i = 0; i < j; i++)
            y[i] += fabs(a[j + i * n]) * yj;
    }
    return bu * bl;
}

/* The Hager-Higham estimator of ||A'^-1||_1 as dgecon runs it (LAPACK's dlacn2, reverse
 * communication), with the solves done by dgetrs on the BLAS triangular solves instead of
 * dgecon's dlatrs, which protects against overflow by scaling column by column and costs several
 * times as much. A non-finite intermediate (possible only for nearly singular matrices) hands
 * the decision to dgecon itself. The estimator always starts with A'^-1 (1, ..., 1)/n and ends
 * with A'^-1 of the alternating vector ((-1)^i (1 + i / (n-1))): both are solved right after
 * the caller's right-hand sides (W's first k columns); x and alt are the 2 n doubles at x. */
static axle_status estimate(ax_rr_lu *lu, double *W, size_t k, double *x)
{
    size_t n = lu->n;
    double *alt = x + n;
    double *v = ax_malloc(n * (sizeof *v + sizeof(lapack_int))); /* v, then isgn */
    if (!v)
        return ax_nomem();
    lapack_int *isgn = (lapack_int *)(v + n);
    lapack_int ln = (lapack_int)n, kase = 0, isave[3] = {0, 0, 0};
    double est = 0.0;
    LAPACK_dlacn2(&ln, v, x, isgn, &est, &kase, isave); /* x = (1, ..., 1)/n, kase 1 */
    double sign = 1.0;
    for (size_t i = 0; i < n; i++, sign = -sign)
        alt[i] = n > 1 ? sign * (1.0 + (double)i / (double)(n - 1)) : 1.0;
    axle_status s = lu_solve(lu, 'N', W, k);
    if (!s)
        s = lu_solve(lu, 'N', x, 2);
    bool finite = ax_rr_all_finite(x, 2 * n);
    while (!s && finite) {
        LAPACK_dlacn2(&ln, v, x, isgn, &est, &kase, isave);
        if (kase == 0)
            break;
        if (kase == 1 && isave[0] == 5) {
            memcpy(x, alt, n * sizeof *x); /* the final step: solved already */
            continue;
        }
        if (!(s = lu_solve(lu, kase == 1 ? 'N' : 'T', x, 1)))
            finite = ax_rr_all_finite(x, n);
    }
    free(v);
    if (s)
        return s;
    if (!finite)
        return rcond_dgecon(lu);
    if (est != 0.0)
        lu->rcond = (1.0 / est) / lu->anorm;
    return AXLE_OK;
}

/* The probe's threshold delta (see ax_rr_lu_solve_rcond): the probe fails to see the smallest
 * singular value within this factor with probability at most sqrt(2) delta. */
#define AX_RR_PROBE_DELTA 0x1p-20

/* A seed from lu's pivots (the diagonal of U, bit for bit, and the row interchanges), O(n): the
 * same matrix gives the same probe in every call (results are reproducible), and a matrix whose
 * smallest left singular vector is orthogonal to its own probe can only be found by a search
 * against this hash (about 1 / (sqrt(2) delta) factorisations), not written down: with one fixed
 * r, I - u u^T for any unit u orthogonal to r was singular and accepted (solve returned a unique
 * solution and no null space, inverse an inverse). */
static uint64_t probe_seed(const ax_rr_lu *lu)
{
    size_t n = lu->n;
    uint64_t h = 0x9e3779b97f4a7c15u ^ (uint64_t)n;
    for (size_t j = 0; j < n; j++) {
        uint64_t b;
        memcpy(&b, &lu->lu[j + j * n], sizeof b);
        h ^= b + ((uint64_t)(int64_t)lu->ipiv[j] << 32);
        h *= 0xbf58476d1ce4e5b9u; /* splitmix64's finaliser, one round per pivot */
        h ^= h >> 31;
    }
    h ^= h >> 30;
    h *= 0x94d049bb133111ebu;
    return h ^ (h >> 31);
}

/* r: n entries uniform in [-1, 1), from a pseudo-random sequence seeded by probe_seed. */
static void probe_vector(double *r, size_t n, uint64_t st)
{
    for (size_t i = 0; i < n; i++) {
        st = st * 6364136223846793005u + 1442695040888963407u;
        r[i] = (double)(st >> 11) * 0x1p-52 - 1.0;
    }
}

/* ||x||_2 without overflow (x scaled by its largest entry); NaN or Inf if an entry is. */
static double norm2_safe(const double *x, size_t n)
{
    double big = 0.0;
    for (size_t i = 0; i < n; i++)
        big = fabs(x[i]) > big || isnan(x[i]) ? fabs(x[i]) : big;
    if (big == 0.0 || !isfinite(big))
        return big;
    double sum = 0.0, inv = 1.0 / big;
    for (size_t i = 0; i < n; i++) {
        double t = x[i] * inv;
        sum += t * t;
    }
    return big * sqrt(sum);
}

/* ax_rr_lu_solve_rcond with the two spare columns at x (2 n doubles, contiguous); probe: whether
 * the probe may decide. */
static axle_status solve_rcond(ax_rr_lu *lu, double *W, size_t k, double *x, double tol, bool probe)
{
    size_t n = lu->n;
    lu->rcond = 0.0;
    if (lu->singular || lu->anorm == 0.0)
        return AXLE_OK;
    if (n < AX_RR_BOUND_MAX) {
        /* a proof that the reciprocal condition number is at least 16 tol (so dgecon's estimate,
         * which is at least it up to rounding, clears tol): then no estimate is needed */
        double bound = inverse_norm_bound(lu, x, 16.0 * tol);
        double r = 1.0 / (lu->anorm * bound);
        if (r >= 16.0 * tol) {
            lu->rcond = r;
            return lu_solve(lu, 'N', W, k);
        }
    }
    double rootn = sqrt((double)n);
    if (!probe || !(2.0 * tol * rootn <= AX_RR_PROBE_DELTA))
        return estimate(lu, W, k, x); /* a probe could never clear tol (tol = INFINITY: always) */
    /* The probe: rho = ||A'^-1 r||_2 for the pseudo-random r (seeded by A's pivots). With u the
     * left singular vector of A' for its smallest singular value s_n, A'^-1 r has the component (u
     * . r) / s_n, so ||A'^-1||_2 = 1 / s_n <= rho / delta unless |u . r| < delta; for r uniform in
     * the cube
     * [-1, 1]^n and any unit u, u . r has a density at most 1/sqrt(2) (Ball's cube slicing), so
     * that happens with probability at most sqrt(2) delta (about 1.3e-6), for an r drawn
     * independently of A: here a hash of A's pivots stands in for that draw (probe_seed). Then
     * ||A'^-1||_1 <= sqrt(n) ||A'^-1||_2 gives rcond >= delta / (sqrt(n) rho ||A'||_1); when that
     * is at least 2 tol (2: the rounding in the computed rho) the estimate, never below the true
     * reciprocal condition number up to rounding, would clear tol too. One solve more than
     * dgesv, where the estimate costs 3 to 5. */
    probe_vector(x, n, probe_seed(lu));
    axle_status s;
    if ((s = lu_solve(lu, 'N', W, k)) || (s = lu_solve(lu, 'N', x, 1)))
        return s;
    double rho = norm2_safe(x, n);
    if (isfinite(rho) && 2.0 * tol * rootn * rho * lu->anorm <= AX_RR_PROBE_DELTA) {
        lu->rcond = AX_RR_PROBE_DELTA / (rootn * rho * lu->anorm);
        return AXLE_OK;
    }
    return estimate(lu, W, 0, x); /* W is solved: the estimate alone, in the spare columns */
}

axle_status ax_rr_lu_solve_rcond(ax_rr_lu *lu, double *W, size_t k, double tol)
{
    return solve_rcond(lu, W, k, W + k * lu->n, tol, true);
}

axle_status ax_rr_lu_solve_decide(ax_rr_lu *lu, double *W, size_t k, double tol)
{
    return solve_rcond(lu, W, k, lu->spare, tol, true);
}

axle_status ax_rr_lu_decide_estimate(ax_rr_lu *lu, double tol)
{
    return solve_rcond(lu, NULL, 0, lu->spare, tol, false);
}

void *ax_rr_workspace(double q, size_t size, lapack_int *len)
{
    *len = q < 1.0 ? 1 : (lapack_int)q;
    return ax_calloc((size_t)*len, size);
}

axle_status ax_rr_syevd(double *a, double *w, size_t n, bool vectors)
{
    lapack_int ln = (lapack_int)n, iq = 0, lwork, liwork;
    char jobz = vectors ? 'V' : 'N';
    double q = 0.0;
    lapack_int info =
        LAPACKE_dsyevd_work(LAPACK_COL_MAJOR, jobz, 'L', ln, a, ln, w, &q, -1, &iq, -1);
    if (info)
        return ax_rr_info(info, "dsyevd", "the workspace query failed");
    double *work = ax_rr_workspace(q, sizeof *work, &lwork);
    lapack_int *iwork = ax_rr_workspace((double)iq, sizeof *iwork, &liwork);
    axle_status s = AXLE_OK;
    if (!work || !iwork)
        s = ax_nomem();
    else
        s = ax_rr_info(LAPACKE_dsyevd_work(LAPACK_COL_MAJOR, jobz, 'L', ln, a, ln, w, work, lwork,
                                           iwork, liwork),
                       "dsyevd", "the symmetric eigenvalue iteration did not converge");
    free(work);
    free(iwork);
    return s;
}
