/* Integer matrices: clearing denominators, residues modulo a prime, the Hadamard bound. */
#include <stdlib.h>

#include "qq.h"

axle_status ax_zmat_init(ax_zmat *M, size_t rows, size_t cols)
{
    size_t n;
    M->rows = rows;
    M->cols = cols;
    M->z = NULL;
    M->view = NULL;
    M->bits = 0;
    if (!ax_size_mul(&n, rows, cols))
        return ax_error(AXLE_ERANGE, "a %zux%zu integer matrix is too large", rows, cols);
    M->z = ax_calloc(n ? n : 1, sizeof *M->z);
    if (!M->z)
        return ax_nomem();
    for (size_t k = 0; k < n; k++)
        mpz_init(M->z[k]);
    return AXLE_OK;
}

void ax_zmat_clear(ax_zmat *M)
{
    if (!M->z)
        return;
    for (size_t i = 0; i < M->rows; i++)
        if (!M->view || !M->view[i])
            for (size_t j = 0; j < M->cols; j++)
                mpz_clear(AX_Z(M, i, j));
    free(M->z);
    free(M->view);
    M->z = NULL;
    M->view = NULL;
}

/* The bit size of a nonzero x from its top limb (what mpz_sizeinbase(x, 2) gives). */
static inline size_t bit_size(mpz_srcptr x)
{
    size_t k = mpz_size(x);
    mp_limb_t top = mpz_getlimbn(x, (mp_size_t)k - 1);
    return k * GMP_NUMB_BITS - (size_t)__builtin_clzll((unsigned long long)top);
}

size_t ax_zmat_bits(const ax_zmat *M)
{
    return M->bits ? M->bits - 1 : ax_zmat_max_bits(M);
}

/* dst = q * l where l is a multiple of den(q) (dst initialised). */
static void scale_entry(mpz_t dst, const mpq_t q, const mpz_t l, mpz_t tmp)
{
    mpz_divexact(tmp, l, mpq_denref(q));
    mpz_mul(dst, mpq_numref(q), tmp);
}

/* The identity block's entries 0 and 1 as views (read only, never cleared). */
static mp_limb_t view_one = 1;
static const mpz_t view_0 = MPZ_ROINIT_N(&view_one, 0), view_1 = MPZ_ROINIT_N(&view_one, 1);

/* dst, not initialised, becomes a read-only view of x's limbs: x's header (size with the sign,
 * limb pointer) with no allocation of its own, as GMP's mpz_roinit_n builds it (x is normalised
 * already), without a function call per entry (3.5% of a 100 x 100 RREF). */
static inline void view_of(mpz_t dst, mpz_srcptr x)
{
    dst[0] = x[0];
    dst->_mp_alloc = 0;
}

/* Whether the rational q is an integer: its denominator is 1 (inline, no call per entry). */
static inline bool is_integer(mpq_srcptr q)
{
    mpz_srcptr d = mpq_denref(q);
    return mpz_size(d) == 1 && mpz_getlimbn(d, 0) == 1;
}

axle_status ax_zmat_from_rows(ax_zmat *M, mpz_t lcm, const axle_matrix *A, const axle_matrix *B,
                              bool identity)
{
    size_t m = A->rows, n = A->cols, nb = identity ? A->rows : B ? B->cols : 0, w, total;
    M->rows = m;
    M->z = NULL;
    M->view = NULL;
    M->bits = 0;
    if (n > SIZE_MAX - nb)
        return ax_error(AXLE_ERANGE, "a system with %zu + %zu columns is too large", n, nb);
    w = M->cols = n + nb;
    if (!ax_size_mul(&total, m, w))
        return ax_error(AXLE_ERANGE, "a %zux%zu integer matrix is too large", m, w);
    M->z = ax_malloc((total ? total : 1) * sizeof *M->z);
    M->view = ax_calloc(m ? m : 1, sizeof *M->view);
    if (!M->z || !M->view) {
        free(M->z);
        free(M->view);
        M->z = NULL;
        M->view = NULL;
        return ax_nomem();
    }
    mpz_t l, tmp;
    mpz_inits(l, tmp, NULL);
    if (lcm)
        mpz_set_ui(lcm, 1);
    size_t bits = 0;
    for (size_t i = 0; i < m; i++) {
        mpz_set_ui(l, 1);
        for (size_t j = 0; j < n; j++)
            if (!is_integer(AX_Q(A, i, j)))
                mpz_lcm(l, l, mpq_denref(AX_Q(A, i, j)));
        if (B && !identity)
            for (size_t j = 0; j < nb; j++)
                if (!is_integer(AX_Q(B, i, j)))
                    mpz_lcm(l, l, mpq_denref(AX_Q(B, i, j)));
        mpz_t *row = M->z + i * w;
        if (mpz_cmp_ui(l, 1) == 0) {
            /* no denominators: the row is the numerators themselves, shared read-only */
            M->view[i] = true;
            for (size_t j = 0; j < n; j++)
                view_of(row[j], mpq_numref(AX_Q(A, i, j)));
            if (identity)
                for (size_t j = 0; j < nb; j++)
                    row[n + j][0] = (j == i ? view_1 : view_0)[0];
            else
                for (size_t j = 0; j < nb; j++)
                    view_of(row[n + j], mpq_numref(AX_Q(B, i, j)));
        } else {
            for (size_t j = 0; j < w; j++)
                mpz_init(row[j]);
            for (size_t j = 0; j < n; j++)
                scale_entry(row[j], AX_Q(A, i, j), l, tmp);
            if (identity)
                mpz_set(row[n + i], l);
            else
                for (size_t j = 0; j < nb; j++)
                    scale_entry(row[n + j], AX_Q(B, i, j), l, tmp);
            if (lcm)
                mpz_mul(lcm, lcm, l);
        }
        for (size_t j = 0; j < w; j++)
            if (mpz_sgn(row[j])) {
                size_t b = bit_size(row[j]);
                bits = b > bits ? b : bits;
            }
    }
    M->bits = bits + 1;
    mpz_clears(l, tmp, NULL);
    return AXLE_OK;
}

void ax_zmat_mod(uint64_t *a, const ax_zmat *M, const size_t *rows, size_t nrows, uint64_t p)
{
    size_t n = M->cols;
    for (size_t t = 0; t < nrows; t++) {
        mpz_t *src = M->z + (rows ? rows[t] : t) * n;
        uint64_t *dst = a + t * n;
        for (size_t j = 0; j < n; j++)
            dst[j] = mpz_fdiv_ui(src[j], p);
    }
}

void ax_zmat_hadamard(mpz_t bound, const ax_zmat *M, const size_t *rows, size_t nrows)
{
    mpz_t s, root, rem;
    mpz_inits(s, root, rem, NULL);
    mpz_set_ui(bound, 1);
    for (size_t t = 0; t < nrows; t++) {
        mpz_t *row = M->z + (rows ? rows[t] : t) * M->cols;
        mpz_set_ui(s, 0);
        for (size_t j = 0; j < M->cols; j++)
            mpz_addmul(s, row[j], row[j]);
        mpz_sqrtrem(root, rem, s);
        if (mpz_sgn(rem))
            mpz_add_ui(root, root, 1);
        mpz_mul(bound, bound, root);
    }
    mpz_clears(s, root, rem, NULL);
}

axle_status ax_zmat_from_common(ax_zmat *M, mpz_t d, const axle_matrix *A)
{
    size_t n = A->rows * A->cols;
    axle_status s = ax_zmat_init(M, A->rows, A->cols);
    if (s)
        return s;
    mpz_set_ui(d, 1);
    for (size_t k = 0; k < n; k++)
        mpz_lcm(d, d, mpq_denref(A->q[k]));
    for (size_t k = 0; k < n; k++) {
        mpz_divexact(M->z[k], d, mpq_denref(A->q[k]));
        mpz_mul(M->z[k], M->z[k], mpq_numref(A->q[k]));
    }
    return AXLE_OK;
}
