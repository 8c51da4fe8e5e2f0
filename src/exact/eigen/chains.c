/* The exact spectral kernel, over Q(λ): (A − λI) X with A's denominators cleared, the Jordan
 * chains of one irreducible factor inside its generalized eigenspace, and the verification by
 * substitution of every eigenvector and chain.
 *
 * Chains: let G (n x m) be the standard basis of G(λ) = null (A − λI)^e over K = Q(λ), e the
 * largest block. G(λ) is invariant under N = A − λI, so N G = G C for an m x m nilpotent C, and
 * since G has the identity in its free rows (the last nonzero row of each column), C is N G read
 * in those rows. The chains of C are found by the standard algorithm (e.g. Cohen, A Course in
 * Computational Algebraic Number Theory, 2.4; Axler, LADR 8.C): for each size s from the largest
 * down, extend the images C^(t−s) w of the chains already chosen (t > s) together with
 * null C^(s−1) to a basis of null C^s (one RREF over K picks the new tops w); the chain of w is
 * C^(s−1) w, …, C w, w. The chains of A are G times those of C. Only m x m work runs over K
 * besides the products with G. */
#include <stdlib.h>

#include "exact/eigen/spec_impl.h"

axle_status ax_qs_int_init(ax_qs_int *Z, const axle_matrix *A)
{
    size_t n = A->rows;
    Z->n = n;
    mpz_init_set_ui(Z->den, 1);
    Z->z = ax_calloc(n * n, sizeof *Z->z);
    if (!Z->z) {
        mpz_clear(Z->den);
        return ax_nomem();
    }
    for (size_t i = 0; i < n * n; i++)
        mpz_lcm(Z->den, Z->den, mpq_denref(A->q[i]));
    for (size_t i = 0; i < n * n; i++) {
        mpz_init(Z->z[i]);
        mpz_divexact(Z->z[i], Z->den, mpq_denref(A->q[i]));
        mpz_mul(Z->z[i], Z->z[i], mpq_numref(A->q[i]));
    }
    return AXLE_OK;
}

void ax_qs_int_clear(ax_qs_int *Z)
{
    if (!Z->z)
        return;
    for (size_t i = 0; i < Z->n * Z->n; i++)
        mpz_clear(Z->z[i]);
    free(Z->z);
    Z->z = NULL;
    mpz_clear(Z->den);
}

axle_status ax_qs_shift_apply(axle_nfmatrix **out, const ax_qs_int *Z, const axle_nfmatrix *X)
{
    const axle_numfield *K = X->K;
    size_t n = Z->n, k = X->cols, d = K->n;
    axle_nfmatrix *R = NULL;
    mpz_t *xn = NULL, *acc = NULL, D, t;
    ax_nfv lam = {0}, tmp = {0};
    ax_nfws w = {0};
    axle_status s = ax_nfmatrix_alloc(&R, K, n, k);
    if (s)
        return s;
    mpz_inits(D, t, NULL);
    xn = ax_calloc(n * d, sizeof *xn);
    acc = ax_calloc(d + 1, sizeof *acc);
    if (!xn || !acc || !ax_nfv_init(K, &lam) || !ax_nfv_init(K, &tmp) || !ax_nfws_init(K, &w)) {
        s = ax_nomem();
        goto done;
    }
    for (size_t i = 0; i < n * d; i++)
        mpz_init(xn[i]);
    for (size_t i = 0; i <= d; i++)
        mpz_init(acc[i]);
    /* λ = x mod f */
    mpz_set_ui(acc[0], 0);
    mpz_set_ui(acc[1], 1);
    mpz_set_ui(t, 1);
    ax_nfv_set_zpoly(K, &w, &lam, acc, 2, t);
    for (size_t j = 0; j < k; j++) {
        /* column j = xn / D with integer coordinates */
        mpz_set_ui(D, 1);
        for (size_t l = 0; l < n; l++)
            mpz_lcm(D, D, AX_NFE(X, l, j).den);
        for (size_t l = 0; l < n; l++) {
            const ax_nfv *x = &AX_NFE(X, l, j);
            mpz_divexact(t, D, x->den);
            for (size_t c = 0; c < d; c++)
                mpz_mul(xn[l * d + c], x->c[c], t);
        }
        for (size_t i = 0; i < n; i++) {
            for (size_t c = 0; c < d; c++)
                mpz_set_ui(acc[c], 0);
            for (size_t l = 0; l < n; l++) {
                mpz_srcptr z = Z->z[i * n + l];
                if (!mpz_sgn(z))
                    continue;
                for (size_t c = 0; c < d; c++)
                    mpz_addmul(acc[c], z, xn[l * d + c]);
            }
            mpz_mul(t, D, Z->den);
            ax_nfv *r = &AX_NFE(R, i, j);
            ax_nfv_set_zpoly(K, &w, r, acc, d, t);
            ax_nfv_mul(K, &w, &tmp, &lam, &AX_NFE(X, i, j));
            ax_nfv_sub(K, &w, r, r, &tmp);
        }
    }
done:
    if (xn)
        for (size_t i = 0; i < n * d; i++)
            mpz_clear(xn[i]);
    if (acc)
        for (size_t i = 0; i <= d; i++)
            mpz_clear(acc[i]);
    free(xn);
    free(acc);
    if (lam.c)
        ax_nfv_clear(K, &lam);
    if (tmp.c)
        ax_nfv_clear(K, &tmp);
    ax_nfws_clear(&w);
    mpz_clears(D, t, NULL);
    if (s)
        axle_nfmatrix_free(R);
    else
        *out = R;
    return s;
}

/* The last nonzero row of column j of X (rows(X) when the column is zero). */
static size_t last_nonzero(const axle_nfmatrix *X, size_t j)
{
    for (size_t i = X->rows; i-- > 0;)
        if (!ax_nfv_is_zero(X->K, &AX_NFE(X, i, j)))
            return i;
    return X->rows;
}

static axle_status internal(const char *what)
{
    return ax_error(AXLE_EUNCERTIFIED,
                    "the exact eigen kernel failed its own check (%s); this is a bug in axle, "
                    "please report it with the matrix",
                    what);
}

/* Copy column sj of S into column dj of D (same field and rows). */
static void copy_col(axle_nfmatrix *D, size_t dj, const axle_nfmatrix *S, size_t sj)
{
    for (size_t i = 0; i < D->rows; i++)
        ax_nfv_set(D->K, &AX_NFE(D, i, dj), &AX_NFE(S, i, sj));
}

axle_status ax_qs_chains(axle_nfmatrix **out, const ax_qs_int *Z, const axle_nfmatrix *G,
                         const size_t *blocks, size_t nblocks)
{
    const axle_numfield *K = G->K;
    size_t m = G->cols, e = blocks[0];
    axle_nfmatrix *NG = NULL, *C = NULL, **Cp = NULL, **Ker = NULL, *W = NULL, *X = NULL, *H = NULL,
                  *R = NULL, *col = NULL;
    size_t *fr = NULL, *top = NULL, *piv = NULL, chosen = 0;
    axle_status s = ax_qs_shift_apply(&NG, Z, G);
    if (s)
        return s;
    Cp = ax_calloc(e + 1, sizeof *Cp);
    Ker = ax_calloc(e + 1, sizeof *Ker);
    fr = ax_calloc(m, sizeof *fr);
    top = ax_calloc(nblocks, sizeof *top);
    piv = ax_calloc(m + 1, sizeof *piv);
    if (!Cp || !Ker || !fr || !top || !piv) {
        s = ax_nomem();
        goto done;
    }
    for (size_t j = 0; j < m; j++)
        fr[j] = last_nonzero(G, j);
    if ((s = ax_nfmatrix_alloc(&C, K, m, m)) || (s = ax_nfmatrix_alloc(&Cp[0], K, m, m)) ||
        (s = ax_nfmatrix_alloc(&Ker[0], K, m, 0)) || (s = ax_nfmatrix_alloc(&W, K, m, nblocks)))
        goto done;
    for (size_t i = 0; i < m; i++) {
        ax_nfv_set_si(K, &AX_NFE(Cp[0], i, i), 1);
        for (size_t j = 0; j < m; j++)
            ax_nfv_set(K, &AX_NFE(C, i, j), &AX_NFE(NG, fr[i], j));
    }
    for (size_t p = 1; p <= e; p++)
        if ((s = axle_nfmatrix_mul(&Cp[p], C, Cp[p - 1])) ||
            (s = axle_nfmatrix_null(&Ker[p], Cp[p])))
            goto done;
    for (size_t sz = e; sz >= 1; sz--) {
        size_t cnt = 0;
        for (size_t b = 0; b < nblocks; b++)
            cnt += blocks[b] == sz;
        if (!cnt)
            continue;
        size_t k0 = Ker[sz - 1]->cols, k1 = Ker[sz]->cols, total = k0 + chosen + k1, c = 0;
        if ((s = ax_nfmatrix_alloc(&H, K, m, total)))
            goto done;
        for (size_t j = 0; j < k0; j++)
            copy_col(H, c++, Ker[sz - 1], j);
        for (size_t b = 0; b < chosen; b++) {
            axle_nfmatrix *wb = NULL;
            if ((s = ax_nfmatrix_alloc(&wb, K, m, 1)))
                goto done;
            copy_col(wb, 0, W, b);
            s = axle_nfmatrix_mul(&col, Cp[blocks[b] - sz], wb);
            axle_nfmatrix_free(wb);
            if (s)
                goto done;
            copy_col(H, c++, col, 0);
            axle_nfmatrix_free(col);
            col = NULL;
        }
        for (size_t j = 0; j < k1; j++)
            copy_col(H, c++, Ker[sz], j);
        size_t rank = 0;
        free(piv);
        if (!(piv = ax_calloc(total > m ? total : m, sizeof *piv))) {
            s = ax_nomem();
            goto done;
        }
        if ((s = axle_nfmatrix_rref(&R, piv, &rank, H)))
            goto done;
        size_t got = 0;
        for (size_t r = 0; r < rank; r++) {
            if (piv[r] < k0 + chosen)
                continue;
            if (got < cnt) {
                copy_col(W, chosen + got, Ker[sz], piv[r] - k0 - chosen);
                top[chosen + got] = sz;
            }
            got++;
        }
        if (got != cnt) {
            s = internal("a Jordan chain count");
            goto done;
        }
        chosen += cnt;
        axle_nfmatrix_free(H);
        axle_nfmatrix_free(R);
        H = R = NULL;
    }
    if (chosen != nblocks) {
        s = internal("the number of Jordan chains");
        goto done;
    }
    /* the chains of C: columns C^(t−1) w, …, w per top w */
    if ((s = ax_nfmatrix_alloc(&X, K, m, m)))
        goto done;
    size_t c = 0;
    for (size_t b = 0; b < nblocks; b++) {
        axle_nfmatrix *wb = NULL;
        if ((s = ax_nfmatrix_alloc(&wb, K, m, 1)))
            goto done;
        copy_col(wb, 0, W, b);
        for (size_t i = 1; i <= top[b] && !s; i++) {
            if (c >= m) {
                s = internal("the Jordan chain lengths");
                break;
            }
            if (!(s = axle_nfmatrix_mul(&col, Cp[top[b] - i], wb))) {
                copy_col(X, c++, col, 0);
                axle_nfmatrix_free(col);
                col = NULL;
            }
        }
        axle_nfmatrix_free(wb);
        if (s)
            goto done;
    }
    s = axle_nfmatrix_mul(out, G, X);
done:
    axle_nfmatrix_free(NG);
    axle_nfmatrix_free(C);
    for (size_t p = 0; Cp && p <= e; p++)
        axle_nfmatrix_free(Cp[p]);
    for (size_t p = 0; Ker && p <= e; p++)
        axle_nfmatrix_free(Ker[p]);
    free(Cp);
    free(Ker);
    axle_nfmatrix_free(W);
    axle_nfmatrix_free(X);
    axle_nfmatrix_free(H);
    axle_nfmatrix_free(R);
    axle_nfmatrix_free(col);
    free(fr);
    free(top);
    free(piv);
    return s;
}

static axle_status certify_fail(const char *what)
{
    return ax_error(AXLE_EUNCERTIFIED,
                    "the exact eigen kernel could not verify %s by substitution; this is a bug "
                    "in axle, please report it with the matrix",
                    what);
}

axle_status ax_qs_verify(const ax_qs_int *Z, const ax_qs_factor *F)
{
    const axle_numfield *K = F->K;
    axle_nfmatrix *R = NULL;
    axle_status s;
    if (F->E->cols != F->geo || F->J->cols != F->m)
        return certify_fail("the number of eigenvectors");
    /* A v = λ v, and independence: distinct last nonzero rows */
    if ((s = ax_qs_shift_apply(&R, Z, F->E)))
        return s;
    bool ok = axle_nfmatrix_is_zero(R);
    axle_nfmatrix_free(R);
    for (size_t j = 0; ok && j < F->geo; j++) {
        size_t r = last_nonzero(F->E, j);
        ok = r < F->E->rows;
        for (size_t i = 0; ok && i < j; i++)
            ok = last_nonzero(F->E, i) < r;
    }
    if (!ok)
        return certify_fail("an eigenvector");
    if (F->J == F->E)
        return AXLE_OK;
    /* (A − λI) v_1 = 0, (A − λI) v_(i+1) = v_i, and full column rank */
    if ((s = ax_qs_shift_apply(&R, Z, F->J)))
        return s;
    size_t c = 0;
    for (size_t b = 0; ok && b < F->geo; b++)
        for (size_t i = 0; ok && i < F->blocks[b]; i++, c++)
            for (size_t r = 0; ok && r < R->rows; r++)
                ok = i == 0 ? ax_nfv_is_zero(K, &AX_NFE(R, r, c))
                            : ax_nfv_equal(K, &AX_NFE(R, r, c), &AX_NFE(F->J, r, c - 1));
    axle_nfmatrix_free(R);
    if (!ok)
        return certify_fail("a Jordan chain relation");
    size_t rank = 0;
    if ((s = axle_nfmatrix_rank(&rank, F->J)))
        return s;
    if (rank != F->m)
        return certify_fail("the independence of the Jordan chains");
    return AXLE_OK;
}
