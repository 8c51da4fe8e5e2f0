/* Exact minimum-norm least squares and the Moore–Penrose pseudoinverse over QQ, on integers.
 * With A = A' / a (a the lcm of A's denominators, A' integral), its rank r and r independent
 * columns and rows (a rank profile modulo a prime that keeps the rank), A' = C A11^{-1} R is a
 * full-rank factorization (C the pivot columns, R the pivot rows, A11 their r x r intersection),
 * and A'⁺ = Rᵀ (R Rᵀ)^{-1} A11 (Cᵀ C)^{-1} Cᵀ = Rᵀ (Cᵀ A' Rᵀ)^{-1} Cᵀ, since Cᵀ A' Rᵀ = (Cᵀ C)
 * A11^{-1} (R Rᵀ): one nonsingular r x r integer system T W = Cᵀ B' with an integer right-hand side
 * (Dixon lifting) between integer products, never Gaussian elimination on mpq_t.
 * With full column rank this is (A'ᵀ A')⁻¹ A'ᵀ, with full row rank A'ᵀ (A' A'ᵀ)⁻¹ (min_norm takes
 * those systems directly, without a profile). Every answer is
 * certified before it is returned: X = Rᵀ W (or A'ᵀ W, or any X when the columns are
 * independent) lies in the row space of A by construction, and the
 * normal equations Aᵀ (A X − B) = 0 are checked exactly (with full rank: the system T W = Y
 * whose solution gives X, checked exactly; see full_rank); together they characterise the
 * minimum-norm least-squares solution. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "qq.h"
#include "qq/inner.h"

/* The largest bits of a numerator plus those of a denominator over the entries of A. */
static double height_bits(const axle_matrix *A)
{
    size_t h = 0;
    for (size_t i = 0; i < A->rows * A->cols; i++) {
        size_t b = mpz_sizeinbase(mpq_numref(A->q[i]), 2) + mpz_sizeinbase(mpq_denref(A->q[i]), 2);
        h = b > h ? b : h;
    }
    return (double)h;
}

/* Refuse (AXLE_ERANGE) a result estimated above AX_QQ_LSTSQ_MAX_BITS: its n k entries are ratios
 * of minors of order up to 2 min(m, n) of matrices like Cᵀ C and Cᵀ B, whose entries have about
 * 2 h_A + h_B + log2 m bits (B NULL: the pseudoinverse, k = m); and a computation estimated above
 * AX_QQ_INNER_MAX_WORK word operations (measured for 40 x 20 with one right-hand side: entries of
 * 2500 bits, 1.5e8, 2.7 s; 5000 bits, 6e8, 8.8 s; 20000 bits, 9.7e9, minutes). */
static axle_status check_size(const axle_matrix *A, const axle_matrix *B)
{
    size_t k = B ? B->cols : A->rows;
    double hb = B ? height_bits(B) : 2;
    double m = (double)A->rows, n = (double)A->cols, mn = m < n ? m : n;
    double ha = height_bits(A), entry = 2 * mn * (2 * ha + hb + log2(m) + 2);
    double bits = n * (double)k * entry;
    if (bits > AX_QQ_LSTSQ_MAX_BITS)
        return ax_error(AXLE_ERANGE,
                        "the exact %s of this %zux%zu matrix could take about %.3g bits, above "
                        "the limit of 2^26",
                        B ? "least-squares solution" : "pseudoinverse", A->rows, A->cols, bits);
    /* Dixon lifting on the r x r system T = Cᵀ A' Rᵀ (entries of about 2 h_A + log2 m bits): one
     * step per 62 bits of a solution entry, each updating the residual with r² products of a word
     * by an entry of T. Small results of big entries pass the size bound but not this one. */
    double work = entry / 62 * mn * mn * fmax(1.0, (2 * ha + log2(m)) / 64);
    if (work > AX_QQ_INNER_MAX_WORK)
        return ax_error(AXLE_ERANGE,
                        "the exact %s of this %zux%zu matrix could take about %.3g word "
                        "operations, above the limit of 2^31",
                        B ? "least-squares solution" : "pseudoinverse", A->rows, A->cols, work);
    return AXLE_OK;
}

/* The normal equations in integers: with A = A' / a, B = B' / b and X = a Z / (b w) for the
 * integral Z = Rᵀ (w W), Aᵀ (A X − B) = 0 reads A'ᵀ (A' Z) = w A'ᵀ B' (B' NULL: the identity).
 * *AZ gets A' Z. */
static axle_status certify(axle_matrix **AZ, const axle_matrix *Ai, const axle_matrix *Z,
                           const mpz_t w, const axle_matrix *Bi)
{
    axle_matrix *At = NULL, *T1 = NULL, *T2 = NULL;
    axle_status s = axle_matrix_transpose(&At, Ai);
    if (!s)
        s = ax_qq_mul(AZ, Ai, Z);
    if (!s)
        s = ax_qq_mul(&T1, At, *AZ);
    if (!s && Bi)
        s = ax_qq_mul(&T2, At, Bi);
    if (!s) {
        const axle_matrix *R = Bi ? T2 : At;
        bool ok = true;
        mpz_t t;
        mpz_init(t);
        for (size_t i = 0; ok && i < T1->rows * T1->cols; i++) {
            mpz_mul(t, mpq_numref(R->q[i]), w);
            ok = mpz_cmp(t, mpq_numref(T1->q[i])) == 0;
        }
        mpz_clear(t);
        if (!ok)
            s = ax_error(AXLE_EUNCERTIFIED, "the least-squares solution failed its exact check "
                                            "(A^T (A x - B) = 0)");
    }
    axle_matrix_free(At);
    axle_matrix_free(T1);
    axle_matrix_free(T2);
    return s;
}

/* M times num / den (integers, den > 0), in place (each entry stored back, so a packed product
 * stays packed). */
static axle_status scale_all(axle_matrix *M, const mpz_t num, const mpz_t den)
{
    bool n1 = mpz_cmp_ui(num, 1) == 0, d1 = mpz_cmp_ui(den, 1) == 0;
    axle_status s = AXLE_OK;
    if (n1 && d1)
        return AXLE_OK;
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < M->rows * M->cols && !s; i++) {
        if (mpz_sgn(mpq_numref(M->q[i])) == 0)
            continue;
        if (!n1)
            mpz_mul(mpq_numref(q), mpq_numref(M->q[i]), num);
        else
            mpz_set(mpq_numref(q), mpq_numref(M->q[i]));
        if (!d1)
            mpz_mul(mpq_denref(q), mpq_denref(M->q[i]), den);
        else
            mpz_set(mpq_denref(q), mpq_denref(M->q[i]));
        mpq_canonicalize(q);
        s = ax_qq_store(M, i, q);
    }
    mpq_clear(q);
    return s;
}

/* *view = A times the lcm of its denominators (an integral matrix), the lcm into den: A itself
 * (*own NULL) when it is integral already, else the new matrix *own. */
static axle_status integral(const axle_matrix **view, axle_matrix **own, mpz_t den,
                            const axle_matrix *A)
{
    mpz_set_ui(den, 1);
    for (size_t i = 0; i < A->rows * A->cols; i++)
        if (mpz_cmp_ui(mpq_denref(A->q[i]), 1) != 0)
            mpz_lcm(den, den, mpq_denref(A->q[i]));
    *own = NULL;
    *view = A;
    if (mpz_cmp_ui(den, 1) == 0)
        return AXLE_OK;
    axle_status s = ax_matrix_alloc(own, AXLE_QQ, A->rows, A->cols);
    for (size_t i = 0; !s && i < A->rows * A->cols; i++) {
        mpz_divexact(mpq_numref((*own)->q[i]), den, mpq_denref(A->q[i]));
        mpz_mul(mpq_numref((*own)->q[i]), mpq_numref((*own)->q[i]), mpq_numref(A->q[i]));
    }
    if (!s)
        *view = *own;
    return s;
}

/* r independent columns (cols) and r independent rows (rows) of the integral m x n matrix A of
 * rank r (certified by the backend's rank): the rank profile of A modulo primes of the stream
 * until one keeps rank r. An r x r minor that is nonzero modulo p is nonzero over Z, so the
 * choice is certified; the values of an exact echelon form (ratios of r x r minors, the
 * expensive part for big entries: 8.5 s for the 20 x 40 transpose of a matrix of 5000-bit
 * entries) are never needed. AXLE_EUNCERTIFIED when AX_QQ_LSTSQ_PRIMES primes in a row all divide
 * every r x r minor. */
#define AX_QQ_LSTSQ_PRIMES 32
static axle_status independent(size_t *cols, size_t *rows, const axle_matrix *A, size_t r)
{
    size_t m = A->rows, n = A->cols, mn = m < n ? m : n;
    ax_zmat Z;
    mpz_t d;
    mpz_init(d);
    axle_status s = ax_zmat_from_common(&Z, d, A);
    mpz_clear(d);
    if (s)
        return s;
    uint64_t *a = ax_malloc(m * n * sizeof *a);
    size_t *piv = ax_malloc((mn + m) * sizeof *piv), *perm = piv ? piv + mn : NULL;
    if (!a || !piv) {
        s = ax_nomem();
    } else {
        ax_primes ps;
        ax_primes_init(&ps);
        size_t rank = 0;
        for (size_t t = 0; t < AX_QQ_LSTSQ_PRIMES && rank != r; t++) {
            uint64_t p = ax_primes_next(&ps);
            ax_zmat_mod(a, &Z, NULL, m, p);
            ax_profile_modp(a, m, n, p, &rank, piv, perm);
        }
        if (rank != r) {
            s = ax_error(AXLE_EUNCERTIFIED,
                         "no prime of %d kept the rank %zu of the matrix for least squares",
                         AX_QQ_LSTSQ_PRIMES, r);
        } else {
            memcpy(cols, piv, r * sizeof *cols);
            memcpy(rows, perm, r * sizeof *rows); /* any order: A'⁺ does not depend on it */
        }
    }
    free(a);
    free(piv);
    ax_zmat_clear(&Z);
    return s;
}

/* The rows idx[0..r-1] of A (a new r x cols matrix). */
static axle_status pick_rows(axle_matrix **out, const axle_matrix *A, const size_t *idx, size_t r)
{
    axle_status s = ax_matrix_alloc(out, AXLE_QQ, r, A->cols);
    for (size_t t = 0; !s && t < r; t++)
        for (size_t j = 0; j < A->cols; j++)
            mpq_set(AX_Q(*out, t, j), AX_Q(A, idx[t], j));
    return s;
}

/* Whether the two matrices of the same shape are equal. */
static bool same_entries(const axle_matrix *P, const axle_matrix *Q)
{
    for (size_t i = 0; i < P->rows * P->cols; i++)
        if (!mpq_equal(P->q[i], Q->q[i]))
            return false;
    return true;
}

/* Full rank r = min(m, n) (A' = A a integral, B' = B b integral, b = 1 and B' NULL for the
 * pseudoinverse, whose right-hand side is the identity): one nonsingular system T W = Y, then
 * X = (a / b) L W:
 *   square:           T = A',        Y = B',       L = I  (A⁻¹ B = (a / b) A'⁻¹ B');
 *   independent cols: T = A'ᵀ A',    Y = A'ᵀ B',   L = I  ((AᵀA)⁻¹ AᵀB);
 *   independent rows: T = A' A'ᵀ,    Y = B',       L = A'ᵀ (Aᵀ (AAᵀ)⁻¹ B).
 * Certificate: T W = Y exactly, with T and Y exact products (Dixon lifting's own check of its
 * solution, dixon.c verify, or for small systems its exact fraction-free elimination on words,
 * echelon_small.c, which needs none; after the other solvers, one product of T by W here). Square:
 * A X = B; rows: A X = A' A'ᵀ W a / (a b) = B, and X lies in the row space of A by
 * construction; cols: the normal equations Aᵀ (A X − B) = 0, whose solution is unique. In each
 * case the normal equations hold for X in the row space of A: the minimum-norm least-squares
 * solution. No copy of an integral input, no transposed copy of A', no denominators cleared from
 * W, no rank (2n x n with one right-hand side, release, one BLAS thread: n = 10 0.11 -> 0.033
 * ms, n = 100 14 -> 4.2 ms). *AX (when AX is not NULL) = A X = A' L W / b. done NULL: the rank
 * is known to be full; otherwise a probe: *done false (nothing returned) when Dixon lifting
 * declines T (perhaps singular). */
static axle_status full_rank(axle_matrix **X, axle_matrix **AX, bool *done, const axle_matrix *Ai,
                             const axle_matrix *Bi, const mpz_t da, const mpz_t db)
{
    size_t m = Ai->rows, n = Ai->cols;
    bool square = m == n, cols = n < m, rows = m < n;
    axle_matrix *T = NULL, *Y = NULL, *W = NULL, *TW = NULL, *Xm = NULL, *AXm = NULL;
    const axle_matrix *Tp = Ai, *Yp = Bi;
    axle_status s = AXLE_OK;
    /* A'ᵀ A', A' A'ᵀ and A'ᵀ B' without a transposed copy of A' (read in place when its entries
     * are words); the pseudoinverse of independent columns needs A'ᵀ itself as Y */
    if (!square && (s = ax_qq_mul_trans(&T, Ai, cols, Ai, rows)))
        goto done;
    if (!square)
        Tp = T;
    if (cols && Bi)
        s = ax_qq_mul_trans(&Y, Ai, true, Bi, false);
    else if (cols)
        s = axle_matrix_transpose(&Y, Ai);
    else if (!Bi)
        s = axle_matrix_identity(&Y, AXLE_QQ, m);
    if (Y)
        Yp = Y;
    /* with done NULL the rank is known to be full; otherwise Dixon's success on T proves it
     * (T nonsingular modulo a prime: rank A = rank T = min(m, n)) and *done false sends the
     * caller to the rank */
    bool ok = true;
    if (s || (done ? (s = ax_qq_dixon(&W, &ok, Tp, Yp, 0))
                   : (s = ax_backend_qq.solve(&W, NULL, Tp, Yp))))
        goto done;
    if (done && !(*done = ok))
        goto done;
    /* Dixon's success includes the exact check T W = Y (dixon.c verify, on the system with each
     * row cleared of denominators; its small systems are solved exactly on words, with no prime,
     * echelon_small.c): the certificate itself, not repeated; the other solvers' results are
     * checked here */
    if (!done && (s = ax_qq_mul(&TW, Tp, W)))
        goto done;
    if (!done && !same_entries(TW, Yp)) {
        s = ax_error(AXLE_EUNCERTIFIED, "the least-squares solution failed its exact check "
                                        "(A^T (A x - B) = 0)");
        goto done;
    }
    if (rows) {
        if ((s = ax_qq_mul_trans(&Xm, Ai, true, W, false)))
            goto done;
    } else {
        Xm = W;
        W = NULL;
    }
    if (AX) {
        mpz_t one;
        mpz_init_set_ui(one, 1);
        if (!(s = ax_qq_mul(&AXm, Ai, Xm)))
            s = scale_all(AXm, one, db);
        mpz_clear(one);
        if (s) {
            axle_matrix_free(AXm);
            goto done;
        }
        *AX = AXm;
    }
    if ((s = scale_all(Xm, da, db))) {
        if (AX) {
            axle_matrix_free(*AX);
            *AX = NULL;
        }
        goto done;
    }
    *X = Xm;
    Xm = NULL;
done:
    axle_matrix_free(T);
    axle_matrix_free(Y);
    axle_matrix_free(W);
    axle_matrix_free(TW);
    axle_matrix_free(Xm);
    return s;
}

/* X = A⁺ B (B NULL: A⁺), *rank = rank A, *AX = A X (for the residual; may be NULL). */
static axle_status min_norm(axle_matrix **X, size_t *rank, axle_matrix **AX, const axle_matrix *A,
                            const axle_matrix *B)
{
    size_t m = A->rows, n = A->cols, k = B ? B->cols : m, r = 0;
    axle_status s = check_size(A, B);
    if (s)
        return s;
    size_t mn = m < n ? m : n, *piv = ax_calloc(2 * mn, sizeof *piv), *rowpiv = piv + mn;
    if (!piv)
        return ax_nomem();
    axle_matrix *Aown = NULL, *Bown = NULL, *Zown = NULL, *C = NULL, *Ct = NULL, *R = NULL,
                *CA = NULL, *T = NULL, *Y = NULL, *W = NULL, *Xm = NULL, *AXm = NULL;
    const axle_matrix *Ai = NULL, *Bi = NULL, *Z = NULL;
    mpz_t da, db, dw;
    mpz_inits(da, db, dw, NULL);
    mpz_set_ui(db, 1);
    if ((s = integral(&Ai, &Aown, da, A)) || (B && (s = integral(&Bi, &Bown, db, B))))
        goto done;
    /* full rank, the common case, first: proved by the solve itself, without the rank */
    bool full = false;
    if (mn && (s = full_rank(&Xm, AX ? &AXm : NULL, &full, Ai, Bi, da, db)))
        goto done;
    if (full) {
        r = mn;
        goto out;
    }
    if ((s = ax_backend_qq.rank(&r, Ai)))
        goto done;
    if (r == 0) {
        if (!(s = ax_matrix_alloc(&Xm, AXLE_QQ, n, k)) && AX)
            s = ax_matrix_alloc(&AXm, AXLE_QQ, m, k);
        if (!s)
            goto out;
        goto done;
    }
    if (r == mn) {
        if ((s = full_rank(&Xm, AX ? &AXm : NULL, NULL, Ai, Bi, da, db)))
            goto done;
        goto out;
    }
    /* Rank deficient: X' = A'⁺ B' = Rᵀ T⁻¹ Y with T = Cᵀ A' Rᵀ, Y = Cᵀ B' (B' NULL, the
     * pseudoinverse: Y = Cᵀ). */
    if ((s = independent(piv, rowpiv, Ai, r)) || (s = ax_matrix_pick_cols(&C, Ai, piv, r)) ||
        (s = pick_rows(&R, Ai, rowpiv, r)) || (!B && (s = axle_matrix_transpose(&Ct, C))) ||
        (s = ax_qq_mul_trans(&CA, C, true, Ai, false)) ||
        (s = ax_qq_mul_trans(&T, CA, false, R, true)) ||
        (B && (s = ax_qq_mul_trans(&Y, C, true, Bi, false))) ||
        (s = ax_backend_qq.solve(&W, NULL, T, B ? Y : Ct)))
        goto done;
    /* W = Wn / w with Wn integral; Z = Rᵀ Wn and X = A'⁺ B' a / b = Z a / (b w) */
    if ((s = integral(&Z, &Zown, dw, W)) || (s = ax_qq_mul_trans(&Xm, R, true, Z, false)) ||
        (s = certify(&AXm, Ai, Xm, dw, Bi)))
        goto done;
    mpz_mul(db, db, dw);
    if (AX) {
        mpz_t one;
        mpz_init_set_ui(one, 1);
        s = scale_all(AXm, one, db);
        mpz_clear(one);
    }
    if (s || (s = scale_all(Xm, da, db)))
        goto done;
out:
    *X = Xm;
    Xm = NULL;
    *rank = r;
    if (AX) {
        *AX = AXm;
        AXm = NULL;
    }
done:
    free(piv);
    mpz_clears(da, db, dw, NULL);
    axle_matrix *all[] = {Aown, Bown, Zown, C, Ct, R, CA, T, Y, W, Xm, AXm};
    for (size_t t = 0; t < sizeof all / sizeof *all; t++)
        axle_matrix_free(all[t]);
    return s;
}

/* The 1 x k row of the column sums of squares of A X − B. */
static axle_status residual_of(axle_matrix **out, const axle_matrix *AX, const axle_matrix *B)
{
    axle_status s = ax_matrix_alloc(out, AXLE_QQ, 1, B->cols);
    if (s)
        return s;
    mpq_t t;
    mpq_init(t);
    for (size_t j = 0; j < B->cols; j++)
        for (size_t i = 0; i < B->rows; i++) {
            mpq_sub(t, AX_Q(AX, i, j), AX_Q(B, i, j));
            mpq_mul(t, t, t);
            mpq_add(AX_Q(*out, 0, j), AX_Q(*out, 0, j), t);
        }
    mpq_clear(t);
    return AXLE_OK;
}

axle_status ax_qq_lstsq(axle_matrix **x, size_t *rank, axle_matrix **residual, const axle_matrix *A,
                        const axle_matrix *B)
{
    axle_matrix *X = NULL, *AX = NULL, *res = NULL;
    size_t r;
    axle_status s = min_norm(&X, &r, residual ? &AX : NULL, A, B);
    if (!s && residual)
        s = residual_of(&res, AX, B);
    axle_matrix_free(AX);
    if (s) {
        axle_matrix_free(X);
        return s;
    }
    *x = X;
    if (rank)
        *rank = r;
    if (residual)
        *residual = res;
    return AXLE_OK;
}

axle_status ax_qq_pinv(axle_matrix **out, const axle_matrix *A)
{
    size_t r;
    return min_norm(out, &r, NULL, A, NULL);
}
