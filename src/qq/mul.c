/* Products over Q on integers: C = A B with the rows of A and the columns of B cleared of
 * denominators (A = Da^-1 A', B = B' Db^-1), C' = A' B' by mpz_addmul, and one canonicalisation
 * per entry: C[i][j] = C'[i][j] / (a_i b_j). Cost: m k n big-integer multiply-adds (zero entries
 * of A skipped) plus m n gcds. */
#include <stdlib.h>

#include "qq.h"

/* Clear the denominators of X along its rows (by_cols false: X' = Dx X) or its columns (X' = X Dx),
 * with l[line] the lcm of the denominators on each line. */
static axle_status clear_lines(ax_zmat *Xz, mpz_t *l, const axle_matrix *X, bool by_cols)
{
    size_t lines = by_cols ? X->cols : X->rows, len = by_cols ? X->rows : X->cols;
    axle_status s = ax_zmat_init(Xz, X->rows, X->cols);
    if (s)
        return s;
    mpz_t tmp;
    mpz_init(tmp);
    for (size_t a = 0; a < lines; a++) {
        mpz_set_ui(l[a], 1);
        for (size_t b = 0; b < len; b++) {
            mpq_srcptr q = by_cols ? AX_Q(X, b, a) : AX_Q(X, a, b);
            if (mpz_cmp_ui(mpq_denref(q), 1) != 0)
                mpz_lcm(l[a], l[a], mpq_denref(q));
        }
        for (size_t b = 0; b < len; b++) {
            size_t i = by_cols ? b : a, j = by_cols ? a : b;
            mpz_divexact(tmp, l[a], mpq_denref(AX_Q(X, i, j)));
            mpz_mul(AX_Z(Xz, i, j), mpq_numref(AX_Q(X, i, j)), tmp);
        }
    }
    mpz_clear(tmp);
    return AXLE_OK;
}

static mpz_t *mpz_array(size_t n)
{
    mpz_t *v = ax_calloc(n ? n : 1, sizeof *v);
    if (v)
        for (size_t k = 0; k < n; k++)
            mpz_init(v[k]);
    return v;
}

static void mpz_array_free(mpz_t *v, size_t n)
{
    if (!v)
        return;
    for (size_t k = 0; k < n; k++)
        mpz_clear(v[k]);
    free(v);
}

axle_status ax_qq_mul(axle_matrix **out, const axle_matrix *A, const axle_matrix *B)
{
    size_t m = A->rows, k = A->cols, n = B->cols;
    ax_zmat Az = {0}, Bz = {0};
    mpz_t *la = mpz_array(m), *lb = mpz_array(n), *acc = mpz_array(n);
    axle_matrix *C = NULL;
    axle_status s = (!la || !lb || !acc) ? ax_nomem() : AXLE_OK;
    if (s || (s = clear_lines(&Az, la, A, false)) || (s = clear_lines(&Bz, lb, B, true)) ||
        (s = ax_matrix_alloc(&C, AXLE_QQ, m, n)))
        goto done;
    for (size_t i = 0; i < m; i++) {
        for (size_t j = 0; j < n; j++)
            mpz_set_ui(acc[j], 0);
        for (size_t t = 0; t < k; t++) {
            mpz_srcptr a = AX_Z(&Az, i, t);
            if (mpz_sgn(a) == 0)
                continue;
            mpz_t *brow = Bz.z + t * n;
            for (size_t j = 0; j < n; j++)
                mpz_addmul(acc[j], a, brow[j]);
        }
        for (size_t j = 0; j < n; j++) {
            mpq_ptr c = AX_Q(C, i, j);
            mpz_swap(mpq_numref(c), acc[j]);
            mpz_mul(mpq_denref(c), la[i], lb[j]);
            mpq_canonicalize(c);
        }
    }
    *out = C;
    C = NULL;
done:
    axle_matrix_free(C);
    ax_zmat_clear(&Az);
    ax_zmat_clear(&Bz);
    mpz_array_free(la, m);
    mpz_array_free(lb, n);
    mpz_array_free(acc, n);
    return s;
}
