/* The rank profile of a residue matrix modulo a word-size prime, and the LU factors of its pivot
 * block for Dixon lifting.
 *
 * ax_profile_modp is plain forward elimination (row echelon, not Gauss-Jordan): about m n r word
 * products for an m x n matrix of rank r against Gauss-Jordan's m n r (every row, above and below
 * the pivot) plus the normalisation, so a third of the work for a square matrix. It keeps the
 * multipliers below the pivots (LAPACK's getrf layout, with column skipping for the echelon
 * shape), so that with the row permutation P and the pivot columns piv:
 *     (P M)[t, :] = sum_{s <= min(t, r - 1)} L[t][s] U[s][:],   L unit lower, U in row echelon
 * form. Restricted to the first r rows and the pivot columns this is B = L_r U_P with B = M[I, piv]
 * the pivot block, L_r unit lower triangular and U_P upper triangular with a nonzero diagonal: the
 * factors of B modulo p come with the profile, and each Dixon step solves with them in 2 r^2
 * products per right-hand side instead of forming B^-1 (2 r^3 more products). */
#include <stdlib.h>

#include "qq.h"

void ax_profile_modp(uint64_t *a, size_t rows, size_t cols, uint64_t p, size_t *rank, size_t *piv,
                     size_t *perm)
{
    for (size_t i = 0; i < rows; i++)
        perm[i] = i;
    size_t r = 0;
    for (size_t c = 0; c < cols && r < rows; c++) {
        size_t i = r;
        while (i < rows && a[i * cols + c] == 0)
            i++;
        if (i == rows)
            continue;
        if (i != r) {
            /* whole rows, multipliers included (they follow their row) */
            ax_modp_swap_rows(a, cols, i, r, 0);
            size_t t = perm[i];
            perm[i] = perm[r];
            perm[r] = t;
        }
        const uint64_t *pr = a + r * cols;
        uint64_t inv = ax_invmod(pr[c], p), invs = ax_shoup(inv, p);
        for (size_t k = r + 1; k < rows; k++) {
            uint64_t *row = a + k * cols;
            if (row[c] == 0)
                continue;
            uint64_t l = ax_mulmod_shoup(inv, invs, row[c], p);
            ax_nvec_submul(row + c + 1, pr + c + 1, l, cols - c - 1, p);
            row[c] = l;
        }
        piv[r++] = c;
    }
    *rank = r;
}

void ax_bfact_clear(ax_bfact *f)
{
    free(f->l);
    f->l = NULL;
}

axle_status ax_bfact_init(ax_bfact *f, const uint64_t *a, size_t cols, size_t r, const size_t *piv,
                          uint64_t p)
{
    f->n = r;
    f->p = p;
    size_t rr;
    if (!ax_size_mul(&rr, r, r) || rr > SIZE_MAX / 4 - r)
        return ax_error(AXLE_ERANGE, "a pivot block of order %zu is too large", r);
    f->l = ax_malloc((4 * rr + 2 * r + 1) * sizeof *f->l);
    if (!f->l)
        return ax_nomem();
    f->ls = f->l + rr;
    f->u = f->ls + rr;
    f->us = f->u + rr;
    f->dinv = f->us + rr;
    f->dinvs = f->dinv + r;
    for (size_t i = 0; i < r; i++)
        for (size_t s = 0; s < r; s++) {
            uint64_t v = a[i * cols + piv[s]];
            bool lower = s < i;
            f->l[i * r + s] = lower ? v : 0;
            f->ls[i * r + s] = lower ? ax_shoup(v, p) : 0;
            f->u[i * r + s] = lower ? 0 : v;
            f->us[i * r + s] = lower ? 0 : ax_shoup(v, p);
        }
    for (size_t i = 0; i < r; i++) {
        f->dinv[i] = ax_invmod(f->u[i * r + i], p);
        f->dinvs[i] = ax_shoup(f->dinv[i], p);
    }
    return AXLE_OK;
}

/* sum_s w[s] y[s * k] modulo p over s in [lo, hi), with Shoup quotients ws. */
static uint64_t dot(const uint64_t *w, const uint64_t *ws, const uint64_t *y, size_t k, size_t lo,
                    size_t hi, uint64_t p)
{
    uint64_t acc = 0;
    for (size_t s = lo; s < hi; s++) {
        acc += ax_mulmod_shoup(w[s], ws[s], y[s * k], p);
        acc = acc >= p ? acc - p : acc;
    }
    return acc;
}

void ax_bfact_solve(const ax_bfact *f, uint64_t *y, size_t k)
{
    size_t n = f->n;
    uint64_t p = f->p;
    /* L z = y (unit lower), then U x = z */
    for (size_t i = 1; i < n; i++) {
        const uint64_t *l = f->l + i * n, *ls = f->ls + i * n;
        uint64_t *yi = y + i * k;
        if (k == 1) {
            uint64_t d = dot(l, ls, y, 1, 0, i, p);
            yi[0] = yi[0] >= d ? yi[0] - d : yi[0] - d + p;
            continue;
        }
        for (size_t s = 0; s < i; s++)
            if (l[s])
                ax_nvec_submul(yi, y + s * k, l[s], k, p);
    }
    for (size_t i = n; i-- > 0;) {
        const uint64_t *u = f->u + i * n, *us = f->us + i * n;
        uint64_t *yi = y + i * k;
        if (k == 1) {
            uint64_t d = dot(u, us, y, 1, i + 1, n, p);
            uint64_t v = yi[0] >= d ? yi[0] - d : yi[0] - d + p;
            yi[0] = ax_mulmod_shoup(f->dinv[i], f->dinvs[i], v, p);
            continue;
        }
        for (size_t s = i + 1; s < n; s++)
            if (u[s])
                ax_nvec_submul(yi, y + s * k, u[s], k, p);
        ax_nvec_scale(yi, f->dinv[i], k, p);
    }
}
