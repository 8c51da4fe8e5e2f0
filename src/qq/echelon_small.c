/* Fraction-free Gauss-Jordan on machine words, for the small matrices students type: the same
 * elimination as ax_echelon_fraction_free (ffge.c; Nakos, Turner and Williams, SIGSAM Bull. 31,
 * 1997), on int64 entries with 128-bit intermediates, when Hadamard's bound shows that it cannot
 * overflow. Every entry the elimination holds is, up to sign, a minor of the input (the pivot
 * rows' entries are r x r minors of the pivot rows, the others (r + 1) x (r + 1) minors), so
 * below the product of the rows' Euclidean norms (those below 1 taken as 1); when that product is
 * below 2^61 every entry fits in an int64, each update p b - c e in an int128, and the exact
 * division by the previous pivot d is a product by the inverse of d's odd part modulo 2^128 after
 * a shift (no 128-bit division). A 10 x 11 system with entries in [-10, 10] takes about 1000 such
 * updates, where the multimodular route finds primes, factors, lifts and checks. The result is
 * exact without a certificate: no prime is involved. The code is ours. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "qq.h"
/* The route applies to m x n with m n min(m, n) at most this many updates: beyond it (identity
 * blocks and 0/1 matrices keep the bound small at any size) the multimodular routes win. */
#define SMALL_MAX_WORK 65536.0

static int cmp_desc(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a < b) - (a > b);
}

/* Whether the route applies to M, and how many pivot steps are safe: entries below 2^31, the
 * work below SMALL_MAX_WORK, and the steps s whose results, (s + 1) x (s + 1) minors, are bounded
 * by the product of the s + 1 largest row norms below 2^61 (so a matrix of low rank with larger
 * norms still qualifies: the elimination stops and declines if it needs more steps). */
static axle_status small_steps(bool *applies, size_t *steps, const ax_zmat *M)
{
    size_t m = M->rows, n = M->cols, mn = m < n ? m : n;
    *applies = false;
    *steps = 0;
    if ((double)m * (double)n * (double)mn > SMALL_MAX_WORK || ax_zmat_bits(M) > 31)
        return AXLE_OK;
    double *lg = ax_malloc((m ? m : 1) * sizeof *lg);
    if (!lg)
        return ax_nomem();
    for (size_t i = 0; i < m; i++) {
        ax_u128 s = 0;
        for (size_t j = 0; j < n; j++) {
            int64_t v = mpz_get_si(AX_Z(M, i, j));
            s += (ax_u128)(v * v);
        }
        /* log2 of the norm (1 for a zero row), rounded up well beyond the doubles' error */
        lg[i] = s > 1 ? 0.5 * log2((double)s) + 1e-9 : 0.0;
    }
    qsort(lg, m, sizeof *lg, cmp_desc);
    double sum = 0.0;
    size_t k = 0; /* the product of the k largest norms is below 2^61 */
    while (k < m && sum + lg[k] < 61.0)
        sum += lg[k++];
    /* step s needs s + 1 rows of the bound, or all m */
    *steps = k == m ? mn : k ? k - 1 : 0;
    *applies = k == m || *steps > 0;
    free(lg);
    return AXLE_OK;
}

axle_status ax_echelon_small(ax_echelon *E, bool *done, const ax_zmat *M)
{
    size_t m = M->rows, n = M->cols, mn = m < n ? m : n;
    *done = false;
    size_t steps;
    bool applies;
    axle_status s = small_steps(&applies, &steps, M);
    if (s || !applies)
        return s;
    memset(E, 0, sizeof *E);
    int64_t *b = ax_malloc((m && n ? m * n : 1) * sizeof *b);
    E->piv = ax_calloc(mn ? mn : 1, sizeof *E->piv);
    E->fre = ax_calloc(n ? n : 1, sizeof *E->fre);
    if (!b || !E->piv || !E->fre) {
        free(b);
        free(E->piv);
        free(E->fre);
        return ax_nomem();
    }
    E->rows = m;
    E->cols = n;
    for (size_t k = 0; k < m * n; k++)
        b[k] = mpz_get_si(M->z[k]);
    int64_t d = 1;
    unsigned shift = 0;
    uint64_t dinv = 1;
    size_t r = 0, c;
    for (c = 0; c < n && r < m; c++) {
        size_t i = r;
        while (i < m && b[i * n + c] == 0)
            i++;
        if (i == m) {
            E->fre[E->nfree++] = c;
            continue;
        }
        if (r == steps) { /* a pivot more than the bound allows: decline */
            free(b);
            free(E->piv);
            free(E->fre);
            return AXLE_OK;
        }
        if (i != r)
            for (size_t j = c; j < n; j++) {
                int64_t t = b[i * n + j];
                b[i * n + j] = b[r * n + j];
                b[r * n + j] = t;
            }
        int64_t p = b[r * n + c];
        const int64_t *pr = b + r * n;
        for (i = 0; i < m; i++) {
            if (i == r)
                continue;
            int64_t *row = b + i * n, f = row[c];
            /* rows below r are zero before c; rows above are scaled there by p / d */
            for (size_t j = i > r ? c + 1 : 0; j < n; j++)
                if (j != c)
                    row[j] = ax_bareiss_step(row[j], p, j > c ? f : 0, pr[j], shift, dinv);
            row[c] = 0;
        }
        d = p;
        uint64_t a = p < 0 ? (uint64_t)0 - (uint64_t)p : (uint64_t)p;
        shift = (unsigned)__builtin_ctzll(a);
        dinv = ax_inv_odd((uint64_t)(p >> shift));
        E->piv[r++] = c;
    }
    for (; c < n; c++)
        E->fre[E->nfree++] = c;
    E->rank = r;
    mpz_init_set_si(E->d, r ? d : 1);
    if (r > 0 && E->nfree > 0) {
        E->x = ax_malloc(r * E->nfree * sizeof *E->x);
        if (!E->x) {
            free(b);
            ax_echelon_clear(E);
            return ax_nomem();
        }
        for (size_t t = 0; t < r; t++)
            for (size_t k = 0; k < E->nfree; k++)
                mpz_init_set_si(E->x[t * E->nfree + k], b[t * n + E->fre[k]]);
    }
    free(b);
    *done = true;
    return AXLE_OK;
}
