/* Arithmetic modulo word-size primes: a deterministic prime stream, and Gauss-Jordan elimination
 * and determinants of residue matrices on the word-size module exact/word.h (Shoup's
 * precomputed-quotient products, which need p < 2^63). */
#include <limits.h>

#include "qq.h"

_Static_assert(ULONG_MAX >= UINT64_MAX, "the QQ kernels need a 64-bit unsigned long for GMP");

void ax_primes_init(ax_primes *ps)
{
    ps->next = (UINT64_C(1) << 62) - 1;
}

uint64_t ax_primes_next(ax_primes *ps)
{
    /* There are about 2^61 / 43 primes in (2^61, 2^62): the stream never runs dry in practice. */
    while (!ax_is_prime(ps->next))
        ps->next -= 2;
    uint64_t p = ps->next;
    ps->next -= 2;
    return p;
}

void ax_modp_swap_rows(uint64_t *a, size_t cols, size_t i, size_t k, size_t from)
{
    for (size_t j = from; j < cols; j++) {
        uint64_t t = a[i * cols + j];
        a[i * cols + j] = a[k * cols + j];
        a[k * cols + j] = t;
    }
}

/* row[nz[0..nnz)] -= f * pivrow[nz[..]] modulo p: the update restricted to the nonzero entries
 * of the pivot row. */
static void row_submul_sparse(uint64_t *row, const uint64_t *pivrow, uint64_t f, const size_t *nz,
                              size_t nnz, uint64_t p)
{
    uint64_t fs = ax_shoup(f, p);
    for (size_t t = 0; t < nnz; t++) {
        size_t j = nz[t];
        uint64_t u = ax_mulmod_shoup(f, fs, pivrow[j], p);
        uint64_t v = row[j];
        row[j] = v >= u ? v - u : v - u + p;
    }
}

void ax_modp_rref(uint64_t *a, size_t rows, size_t cols, uint64_t p, size_t *rank, size_t *piv,
                  size_t *perm, uint64_t *det, size_t *nz)
{
    if (perm)
        for (size_t i = 0; i < rows; i++)
            perm[i] = i;
    uint64_t d = 1;
    size_t r = 0;
    /* Invariant: rows r.. are zero in every column before c. */
    for (size_t c = 0; c < cols && r < rows; c++) {
        size_t i = r;
        while (i < rows && a[i * cols + c] == 0)
            i++;
        if (i == rows)
            continue;
        if (i != r) {
            ax_modp_swap_rows(a, cols, i, r, c);
            if (perm) {
                size_t t = perm[i];
                perm[i] = perm[r];
                perm[r] = t;
            }
            d = d ? p - d : 0;
        }
        uint64_t *pr = a + r * cols;
        uint64_t pv = pr[c];
        d = ax_mulmod(d, pv, p);
        if (pv != 1) {
            ax_nvec_scale(pr + c + 1, ax_invmod(pv, p), cols - c - 1, p);
            pr[c] = 1;
        }
        /* A sparse pivot row (the identity block of [A | I] early on) is cheaper by index. */
        size_t nnz = 0;
        for (size_t j = c + 1; j < cols; j++)
            if (pr[j])
                nz[nnz++] = j;
        bool sparse = 4 * nnz < 3 * (cols - c - 1);
        for (size_t k = 0; k < rows; k++) {
            uint64_t *row = a + k * cols;
            if (k == r || row[c] == 0)
                continue;
            if (sparse)
                row_submul_sparse(row, pr, row[c], nz, nnz, p);
            else
                ax_nvec_submul(row + c + 1, pr + c + 1, row[c], cols - c - 1, p);
            row[c] = 0;
        }
        piv[r++] = c;
    }
    *rank = r;
    if (det)
        *det = d;
}

uint64_t ax_modp_det(uint64_t *a, size_t n, uint64_t p)
{
    uint64_t d = 1;
    for (size_t c = 0; c < n; c++) {
        size_t i = c;
        while (i < n && a[i * n + c] == 0)
            i++;
        if (i == n)
            return 0;
        if (i != c) {
            ax_modp_swap_rows(a, n, i, c, c);
            d = p - d;
        }
        uint64_t *pr = a + c * n;
        d = ax_mulmod(d, pr[c], p);
        uint64_t inv = ax_invmod(pr[c], p), invs = ax_shoup(inv, p);
        for (size_t k = c + 1; k < n; k++) {
            uint64_t *row = a + k * n;
            if (row[c] == 0)
                continue;
            ax_nvec_submul(row + c + 1, pr + c + 1, ax_mulmod_shoup(inv, invs, row[c], p),
                           n - c - 1, p);
        }
    }
    return d;
}
