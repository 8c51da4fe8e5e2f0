/* The QQ backend: every elimination kernel is read off the exact RREF of an integer matrix
 * (echelon.c); det and mul have their own multimodular / integer routes (det.c, mul.c). */
#include "backend.h"
#include "exact/exact.h"
#include "qq.h"

/* The exact echelon form of [A | B] (B NULL: of A; identity: of [A | I]) after clearing
 * denominators row by row. On failure there is nothing to clear. */
static axle_status echelon_of(ax_echelon *E, const axle_matrix *A, const axle_matrix *B,
                              bool identity)
{
    ax_zmat M;
    axle_status s = ax_zmat_from_rows(&M, NULL, A, B, identity);
    if (!s)
        s = ax_echelon_compute(E, &M);
    ax_zmat_clear(&M);
    return s;
}

/* The results are packed matrices (core/internal.h): one block for the entries of, say, an
 * identity, instead of an allocation per entry (building and freeing R was 46% of a 100 x 100
 * RREF). Entry (i, j) of packed X := sign * the echelon's entry (t, k); tmp is scratch. */
static axle_status put(axle_matrix *X, size_t i, size_t j, const ax_echelon *E, size_t t, size_t k,
                       bool negate, mpq_t tmp)
{
    ax_echelon_get(tmp, E, t, k);
    if (negate)
        mpq_neg(tmp, tmp);
    return ax_qq_store(X, i * X->cols + j, tmp);
}

/* Column k of the standard null-space basis from the free column fre[k] (< cols(A)): 1 there,
 * -R[t][fre[k]] at the pivot of row t. */
static axle_status null_vector(axle_matrix *N, const ax_echelon *E, size_t k, mpq_t tmp)
{
    axle_status s = AXLE_OK;
    ax_qq_packed_init_si(N, E->fre[k] * N->cols + k, 1);
    for (size_t t = 0; t < E->rank && !s; t++)
        s = put(N, E->piv[t], k, E, t, k, true, tmp);
    return s;
}

static axle_status qq_rref(axle_matrix **out, size_t *pivots, size_t *rank, const axle_matrix *A)
{
    ax_echelon E;
    axle_status s = echelon_of(&E, A, NULL, false);
    if (s)
        return s;
    axle_matrix *R;
    if (!(s = ax_matrix_alloc_qq_packed(&R, A->rows, A->cols, true))) {
        mpq_t tmp;
        mpq_init(tmp);
        for (size_t t = 0; t < E.rank && !s; t++) {
            ax_qq_packed_init_si(R, t * R->cols + E.piv[t], 1);
            for (size_t k = 0; k < E.nfree && !s; k++)
                s = put(R, t, E.fre[k], &E, t, k, false, tmp);
            if (pivots)
                pivots[t] = E.piv[t];
        }
        mpq_clear(tmp);
        if (s) {
            axle_matrix_free(R);
        } else {
            *rank = E.rank;
            *out = R;
        }
    }
    ax_echelon_clear(&E);
    return s;
}

/* Full rank modulo a prime proves itself (and is the common case); anything less takes the
 * certified route on the cleared integer matrix. */
static axle_status qq_rank(size_t *out, const axle_matrix *A)
{
    size_t mn = A->rows < A->cols ? A->rows : A->cols, r = 0;
    axle_status s = mn ? ax_qq_rank_lower(&r, A) : AXLE_OK;
    if (s || r == mn) {
        if (!s)
            *out = r;
        return s;
    }
    ax_zmat M;
    s = ax_zmat_from_rows(&M, NULL, A, NULL, false);
    if (!s)
        s = ax_zmat_rank(out, &M);
    ax_zmat_clear(&M);
    return s;
}

static axle_status qq_null(axle_matrix **out, const axle_matrix *A)
{
    ax_echelon E;
    axle_status s = echelon_of(&E, A, NULL, false);
    if (s)
        return s;
    axle_matrix *N;
    if (!(s = ax_matrix_alloc_qq_packed(&N, A->cols, E.nfree, true))) {
        mpq_t tmp;
        mpq_init(tmp);
        for (size_t k = 0; k < E.nfree && !s; k++)
            s = null_vector(N, &E, k, tmp);
        mpq_clear(tmp);
        if (s)
            axle_matrix_free(N);
        else
            *out = N;
    }
    ax_echelon_clear(&E);
    return s;
}

/* Read X (free variables 0) and the null basis off the RREF of [A | B]. */
static axle_status read_solution(axle_matrix **x, axle_matrix **null, const ax_echelon *E,
                                 const axle_matrix *A, const axle_matrix *B)
{
    size_t n = A->cols, nnull = n - E->rank;
    axle_matrix *X = NULL, *N = NULL;
    axle_status s = ax_matrix_alloc_qq_packed(&X, n, B->cols, true);
    if (!s && null)
        s = ax_matrix_alloc_qq_packed(&N, n, nnull, true);
    mpq_t tmp;
    mpq_init(tmp);
    /* The free columns of A come first (fre is increasing), then all columns of B. */
    for (size_t k = nnull; k < E->nfree && !s; k++)
        for (size_t t = 0; t < E->rank && !s; t++)
            s = put(X, E->piv[t], E->fre[k] - n, E, t, k, false, tmp);
    for (size_t k = 0; N && k < nnull && !s; k++)
        s = null_vector(N, E, k, tmp);
    mpq_clear(tmp);
    if (s) {
        axle_matrix_free(X);
        axle_matrix_free(N);
        return s;
    }
    if (N)
        *null = N;
    *x = X;
    return AXLE_OK;
}

/* A square system first tries Dixon p-adic lifting (dixon.c), far cheaper than the RREF of
 * [A | B] when A is nonsingular; anything else (not square, singular, or Dixon declining) is read
 * off the exact RREF of [A | B]. */
static axle_status qq_solve(axle_matrix **x, axle_matrix **null, const axle_matrix *A,
                            const axle_matrix *B)
{
    axle_status s;
    if (A->rows == A->cols) {
        bool done;
        axle_matrix *X, *N = NULL;
        if ((s = ax_qq_dixon(&X, &done, A, B, 0)))
            return s;
        if (done) {
            if (null && (s = ax_matrix_alloc(&N, AXLE_QQ, A->cols, 0))) {
                axle_matrix_free(X);
                return s;
            }
            if (null)
                *null = N;
            *x = X;
            return AXLE_OK;
        }
    }
    ax_echelon E;
    s = echelon_of(&E, A, B, false);
    if (s)
        return s;
    size_t n = A->cols;
    if (E.rank > 0 && E.piv[E.rank - 1] >= n) {
        size_t t = 0;
        while (E.piv[t] < n)
            t++;
        if (B->cols == 1)
            s = ax_error(AXLE_ENOSOLUTION,
                         "the system is inconsistent: row %zu of the reduced system reads 0 = 1",
                         t + 1);
        else
            s = ax_error(AXLE_ENOSOLUTION,
                         "the system is inconsistent: row %zu of the reduced system reads 0 = 1 "
                         "in right-hand side column %zu",
                         t + 1, E.piv[t] - n + 1);
    } else {
        s = read_solution(x, null, &E, A, B);
    }
    ax_echelon_clear(&E);
    return s;
}

/* Up to QQ_INVERSE_RANK_FIRST the exact RREF of [A | I] answers both questions at once: [A | I]
 * has rank n, and its pivots among A's columns number rank A (the separate rank, a BLAS LU modulo
 * a prime, was a third of a 10 x 10 inverse on the word route). Above it the rank comes first:
 * it costs little beside the inverse and refuses a singular matrix before the long elimination. */
#define QQ_INVERSE_RANK_FIRST 32

static axle_status qq_inverse(axle_matrix **out, const axle_matrix *A)
{
    size_t n = A->rows, r = n;
    axle_status s = n > QQ_INVERSE_RANK_FIRST ? qq_rank(&r, A) : AXLE_OK;
    if (s)
        return s;
    if (r < n)
        return ax_error(AXLE_ESINGULAR, "matrix is singular: rank %zu < %zu", r, n);
    ax_echelon E;
    if ((s = echelon_of(&E, A, NULL, true)))
        return s;
    r = 0;
    while (r < E.rank && E.piv[r] < n)
        r++;
    if (r < n) {
        ax_echelon_clear(&E);
        return ax_error(AXLE_ESINGULAR, "matrix is singular: rank %zu < %zu", r, n);
    }
    /* A is invertible, so the pivots of [A | I] are 0..n-1 and its free columns are I's. */
    axle_matrix *X;
    if (!(s = ax_matrix_alloc_qq_packed(&X, n, n, true))) {
        mpq_t tmp;
        mpq_init(tmp);
        for (size_t t = 0; t < n && !s; t++)
            for (size_t k = 0; k < n && !s; k++)
                s = put(X, t, k, &E, t, k, false, tmp);
        mpq_clear(tmp);
        if (s)
            axle_matrix_free(X);
        else
            *out = X;
    }
    ax_echelon_clear(&E);
    return s;
}

/* Exact entries carry no rounding noise: nothing to chop. */
static void qq_chop(axle_matrix *A, double scale)
{
    (void)A;
    (void)scale;
}

/* With A = N / d (d the lcm of the denominators): *num = bits of max |N|, *den = bits of d. */
static void qq_height(size_t *num, size_t *den, const axle_matrix *A)
{
    mpz_t d, t;
    mpz_inits(d, t, NULL);
    mpz_set_ui(d, 1);
    size_t nb = 0;
    for (size_t i = 0; i < A->rows * A->cols; i++)
        mpz_lcm(d, d, mpq_denref(A->q[i]));
    for (size_t i = 0; i < A->rows * A->cols; i++) {
        if (mpz_sgn(mpq_numref(A->q[i])) == 0)
            continue;
        mpz_divexact(t, d, mpq_denref(A->q[i]));
        mpz_mul(t, t, mpq_numref(A->q[i]));
        size_t b = mpz_sizeinbase(t, 2);
        nb = b > nb ? b : nb;
    }
    *num = nb;
    *den = mpz_sizeinbase(d, 2);
    mpz_clears(d, t, NULL);
}

/* rows(A) cols(B) (bits N_A + bits N_B + ceil(log2 k) + bits d_A + bits d_B), saturating. */
static size_t qq_product_bits(const axle_matrix *A, const axle_matrix *B)
{
    size_t na, da, nb, db, lg = 0, entries, total;
    qq_height(&na, &da, A);
    qq_height(&nb, &db, B);
    while (lg < 64 && ((size_t)1 << lg) < A->cols)
        lg++;
    size_t per = na + nb + lg + da + db;
    if (!ax_size_mul(&entries, A->rows, B->cols) || !ax_size_mul(&total, entries, per))
        return SIZE_MAX;
    return total;
}

/* The transposed nonzero rows of rref(A^T): the reduced echelon basis of the column space,
 * unique for the subspace, with entries no larger than the RREF's. */
static axle_status qq_colspace(axle_matrix **out, const axle_matrix *A)
{
    axle_matrix *At = NULL, *R = NULL;
    size_t rank = 0;
    axle_status s;
    *out = NULL;
    if (!(s = axle_matrix_transpose(&At, A)) && !(s = qq_rref(&R, NULL, &rank, At)) &&
        !(s = ax_matrix_alloc_qq_packed(out, A->rows, rank, true)))
        for (size_t k = 0; k < rank && !s; k++)
            for (size_t i = 0; i < A->rows && !s; i++)
                s = ax_qq_store(*out, i * rank + k, AX_Q(R, k, i));
    if (s) {
        axle_matrix_free(*out);
        *out = NULL;
    }
    axle_matrix_free(At);
    axle_matrix_free(R);
    return s;
}

const ax_backend ax_backend_qq = {
    .mul = ax_qq_mul,
    .rref = qq_rref,
    .rank = qq_rank,
    .null = qq_null,
    .solve = qq_solve,
    .inverse = qq_inverse,
    .det = ax_qq_det,
    .chop = qq_chop,
    .colspace = qq_colspace,
    .poly = &ax_poly_qq,
    .inner = &ax_inner_qq,
    .product_bits = qq_product_bits,
    .poly_factor = ax_qq_poly_factor,
    .poly_rational_roots = ax_qq_poly_rational_roots,
    .charpoly = ax_qq_charpoly,
    .eigen_reads_chi = true,
    .triangularize_reads_spectrum = true,
    .eigen = ax_qq_eigen,
    .diagonalize = ax_qq_diagonalize,
    .triangularize = ax_qq_triangularize,
    .jordan = ax_qq_jordan,
};
