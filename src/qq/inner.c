/* The exact QQ inner kernels on Gram matrices: LDLᵀ, symmetry, semidefiniteness and
 * Gram–Schmidt, all from one fraction-free symmetric elimination (Bareiss's, restricted to the
 * lower triangle: every intermediate entry is a minor of the cleared integer matrix, so nothing
 * is a fraction until the pivots are read off), and the square roots of norms squared. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "core/format.h"
#include "qq.h"
#include "qq/inner.h"

/* ---- the fraction-free symmetric elimination --------------------------------------------------
 */

/* Refuse (AXLE_ERANGE) the elimination of the n x n integer N when its estimated cost is above
 * AX_QQ_INNER_MAX_WORK: about n^3/3 products of minors of up to n (bits + log2 n) bits (the
 * Hadamard bound), each at most w^1.6 word operations for w words (Karatsuba / Toom), times
 * `passes` (Gram–Schmidt also eliminates [M | I] and checks the result: 3). */
static axle_status check_work(const ax_zmat *N, const char *what, double passes)
{
    double n = (double)N->rows, bits = (double)ax_zmat_max_bits(N);
    double words = n * (bits + log2(n + 1)) / 64 + 1;
    double work = passes * n * n * n / 3 * pow(words, 1.6);
    if (work > AX_QQ_INNER_MAX_WORK)
        return ax_error(AXLE_ERANGE,
                        "%s of this %zux%zu matrix (entries of up to %.0f bits) would take about "
                        "%.3g word operations, above the limit of 2^31",
                        what, N->rows, N->rows, bits, work);
    return AXLE_OK;
}

/* Fraction-free symmetric elimination without exchanges, on the lower triangle of N, in place,
 * while the pivots stay positive. *stop = the first k whose pivot p_k (N[k][k] when step k is
 * reached: the leading principal minor of order k + 1) is <= 0, or n. For j < *stop: N[j][j] =
 * p_j > 0 and, for i > j, N[i][j] = the minor with L_ij = N[i][j] / p_j in N = L D Lᵀ, D_j =
 * p_j / p_{j-1} (p_{-1} = 1). Bareiss's step a_ij <- (p_k a_ij - a_ik a_jk) / p_{k-1} is exact.
 * X (NULL when not wanted; n x n, the identity on entry) carries the same row operations, as the
 * right half of Bareiss on [N | I]: row j of X ends as p_{j-1} times row j of L^{-1}, an integer
 * row (lower triangular, X[j][j] = p_{j-1}). */
static void bareiss_sym(ax_zmat *N, ax_zmat *X, size_t *stop)
{
    size_t n = N->rows;
    for (size_t k = 0; k < n; k++) {
        if (mpz_sgn(AX_Z(N, k, k)) <= 0) {
            *stop = k;
            return;
        }
        for (size_t i = k + 1; i < n; i++) {
            for (size_t j = k + 1; j <= i; j++) {
                mpz_mul(AX_Z(N, i, j), AX_Z(N, i, j), AX_Z(N, k, k));
                mpz_submul(AX_Z(N, i, j), AX_Z(N, i, k), AX_Z(N, j, k));
                if (k > 0)
                    mpz_divexact(AX_Z(N, i, j), AX_Z(N, i, j), AX_Z(N, k - 1, k - 1));
            }
            /* row i of X is zero strictly between columns k and i, as row k is right of k */
            for (size_t c = 0; X && c <= i; c = c == k ? i : c + 1) {
                mpz_mul(AX_Z(X, i, c), AX_Z(X, i, c), AX_Z(N, k, k));
                if (c <= k)
                    mpz_submul(AX_Z(X, i, c), AX_Z(N, i, k), AX_Z(X, k, c));
                if (k > 0)
                    mpz_divexact(AX_Z(X, i, c), AX_Z(X, i, c), AX_Z(N, k - 1, k - 1));
            }
        }
    }
    *stop = n;
}

/* Pivot k of A = N / d after bareiss_sym: p_k / (p_{k-1} d). */
static void pivot_of(mpq_t q, const ax_zmat *N, const mpz_t d, size_t k)
{
    mpz_set(mpq_numref(q), AX_Z(N, k, k));
    if (k > 0)
        mpz_mul(mpq_denref(q), AX_Z(N, k - 1, k - 1), d);
    else
        mpz_set(mpq_denref(q), d);
    mpq_canonicalize(q);
}

/* D (n x 1, the pivots) and, when L is not NULL, the unit lower triangular L after a complete
 * bareiss_sym. */
static axle_status read_ldl(axle_matrix **L, axle_matrix **D, const ax_zmat *N, const mpz_t d)
{
    size_t n = N->rows;
    axle_matrix *Lm = NULL, *Dm = NULL;
    axle_status s = ax_matrix_alloc(&Dm, AXLE_QQ, n, 1);
    if (s || (L && (s = ax_matrix_alloc(&Lm, AXLE_QQ, n, n)))) {
        axle_matrix_free(Dm);
        return s;
    }
    for (size_t j = 0; j < n; j++)
        pivot_of(AX_Q(Dm, j, 0), N, d, j);
    for (size_t j = 0; Lm && j < n; j++) {
        mpq_set_ui(AX_Q(Lm, j, j), 1, 1);
        for (size_t i = j + 1; i < n; i++) {
            mpz_set(mpq_numref(AX_Q(Lm, i, j)), AX_Z(N, i, j));
            mpz_set(mpq_denref(AX_Q(Lm, i, j)), AX_Z(N, j, j));
            mpq_canonicalize(AX_Q(Lm, i, j));
        }
    }
    *D = Dm;
    if (L)
        *L = Lm;
    return AXLE_OK;
}

/* ---- symmetry and LDLᵀ ----------------------------------------------------------------------- */

/* The first (i, j), i < j in row-major order, with A_ij != A_ji; false when A is symmetric. */
static bool first_asymmetry(const axle_matrix *A, size_t *pi, size_t *pj)
{
    for (size_t i = 0; i < A->rows; i++)
        for (size_t j = i + 1; j < A->cols; j++)
            if (!mpq_equal(AX_Q(A, i, j), AX_Q(A, j, i))) {
                *pi = i;
                *pj = j;
                return true;
            }
    return false;
}

axle_status ax_qq_symmetric(bool *out, const axle_matrix *A)
{
    size_t i, j;
    *out = A->rows == A->cols && !first_asymmetry(A, &i, &j);
    return AXLE_OK;
}

/* AXLE_EDOMAIN: "the matrix is not symmetric: entry (1, 2) is 1 but entry (2, 1) is 2". */
static axle_status asymmetry_error(const axle_matrix *A, size_t i, size_t j)
{
    ax_buf b = {0};
    char *text;
    ax_buf_printf(&b, "the matrix is not symmetric: entry (%zu, %zu) is ", i + 1, j + 1);
    ax_buf_put_mpq(&b, AX_Q(A, i, j), AXLE_FORMAT_TEXT);
    ax_buf_printf(&b, " but entry (%zu, %zu) is ", j + 1, i + 1);
    ax_buf_put_mpq(&b, AX_Q(A, j, i), AXLE_FORMAT_TEXT);
    if (ax_buf_finish(&b, &text))
        return ax_nomem();
    axle_status s = ax_error(AXLE_EDOMAIN, "%s", text);
    free(text);
    return s;
}

/* AXLE_EDOMAIN: "the matrix is not positive definite: pivot 2 of its LDLᵀ factorization is -3". */
static axle_status pivot_error(const ax_zmat *N, const mpz_t d, size_t k)
{
    mpq_t q;
    mpq_init(q);
    pivot_of(q, N, d, k);
    ax_buf b = {0};
    char *text;
    ax_buf_printf(&b,
                  "the matrix is not positive definite: pivot %zu of its LDL\xe1\xb5\x80 "
                  "factorization is ",
                  k + 1);
    ax_buf_put_mpq(&b, q, AXLE_FORMAT_TEXT);
    mpq_clear(q);
    if (ax_buf_finish(&b, &text))
        return ax_nomem();
    axle_status s = ax_error(AXLE_EDOMAIN, "%s", text);
    free(text);
    return s;
}

/* The common start of ldl and semidefinite: AXLE_EDOMAIN naming the first asymmetric pair, then
 * N = d A in integers (*N holds nothing on failure), refused above the work limit. */
static axle_status sym_prepare(ax_zmat *N, mpz_t d, const axle_matrix *A, const char *what)
{
    size_t i, j;
    if (first_asymmetry(A, &i, &j))
        return asymmetry_error(A, i, j);
    axle_status s = ax_zmat_from_common(N, d, A);
    if (!s && (s = check_work(N, what, 1)))
        ax_zmat_clear(N);
    return s;
}

axle_status ax_qq_ldl(axle_matrix **L, axle_matrix **D, const axle_matrix *A)
{
    ax_zmat N = {0};
    size_t stop;
    mpz_t d;
    mpz_init(d);
    axle_status s = sym_prepare(&N, d, A, "the LDL\xe1\xb5\x80 factorization");
    if (!s) {
        bareiss_sym(&N, NULL, &stop);
        s = stop < A->rows ? pivot_error(&N, d, stop) : read_ldl(L, D, &N, d);
    }
    ax_zmat_clear(&N);
    mpz_clear(d);
    return s;
}

/* ---- semidefiniteness ----------------------------------------------------------------------- */

/* Swap index a and b of the symmetric N (rows and columns). */
static void sym_swap(ax_zmat *N, size_t a, size_t b)
{
    size_t n = N->rows;
    for (size_t t = 0; t < n; t++)
        mpz_swap(AX_Z(N, a, t), AX_Z(N, b, t));
    for (size_t t = 0; t < n; t++)
        mpz_swap(AX_Z(N, t, a), AX_Z(N, t, b));
}

/* Symmetric fraction-free elimination with diagonal pivoting on the full N: at step k the
 * trailing block is p_{k-1} times the Schur complement of the chosen pivots (p_{k-1} > 0), so it
 * has that complement's signs. A is semidefinite iff each complement is: a negative diagonal
 * entry refutes it, and when every diagonal entry is 0 the block must vanish (a semidefinite
 * matrix with a zero diagonal entry has a zero row there). */
static bool psd_bareiss(ax_zmat *N)
{
    size_t n = N->rows;
    for (size_t k = 0; k < n; k++) {
        size_t q = n;
        for (size_t i = k; i < n; i++) {
            int sg = mpz_sgn(AX_Z(N, i, i));
            if (sg < 0)
                return false;
            if (sg > 0 && q == n)
                q = i;
        }
        if (q == n) {
            for (size_t i = k; i < n; i++)
                for (size_t j = k; j < n; j++)
                    if (mpz_sgn(AX_Z(N, i, j)))
                        return false;
            return true;
        }
        if (q != k)
            sym_swap(N, k, q);
        for (size_t i = k + 1; i < n; i++)
            for (size_t j = k + 1; j <= i; j++) {
                mpz_mul(AX_Z(N, i, j), AX_Z(N, i, j), AX_Z(N, k, k));
                mpz_submul(AX_Z(N, i, j), AX_Z(N, i, k), AX_Z(N, k, j));
                if (k > 0)
                    mpz_divexact(AX_Z(N, i, j), AX_Z(N, i, j), AX_Z(N, k - 1, k - 1));
                if (j < i)
                    mpz_set(AX_Z(N, j, i), AX_Z(N, i, j));
            }
    }
    return true;
}

axle_status ax_qq_semidefinite_ldl(bool *out, const axle_matrix *A)
{
    ax_zmat N = {0};
    mpz_t d;
    mpz_init(d);
    axle_status s = sym_prepare(&N, d, A, "the semidefiniteness test");
    if (!s)
        *out = psd_bareiss(&N);
    ax_zmat_clear(&N);
    mpz_clear(d);
    return s;
}

/* The eigenvalues of a symmetric A are real, so χ = Π (x − λ_i) and its coefficients c_k satisfy
 * (−1)^(n−k) c_k = e_{n−k}(λ) >= 0 when every λ_i >= 0; conversely, weakly alternating signs
 * leave (−1)^n χ(−x) without sign changes, hence (Descartes) χ without negative roots. */
axle_status ax_qq_semidefinite_charpoly(bool *out, const axle_matrix *A)
{
    size_t i, j, n = A->rows;
    if (first_asymmetry(A, &i, &j))
        return asymmetry_error(A, i, j);
    axle_poly *chi = NULL;
    axle_status s = ax_qq_charpoly(&chi, A);
    if (s)
        return s;
    bool ok = true;
    for (size_t k = 0; ok && k < chi->len; k++)
        ok = mpq_sgn(chi->q[k]) * ((n - k) % 2 ? -1 : 1) >= 0;
    axle_poly_free(chi);
    *out = ok;
    return AXLE_OK;
}

axle_status ax_qq_semidefinite(bool *out, const axle_matrix *A)
{
    return A->rows < AX_QQ_PSD_CHARPOLY_FROM ? ax_qq_semidefinite_ldl(out, A)
                                             : ax_qq_semidefinite_charpoly(out, A);
}

/* ---- Gram–Schmidt ------------------------------------------------------------------------------
 */

/* M = Vᵀ G V (G NULL: Vᵀ V), through the integer product kernel. */
static axle_status gram_of(axle_matrix **M, const axle_matrix *G, const axle_matrix *V)
{
    axle_matrix *Vt = NULL, *GV = NULL;
    axle_status s = axle_matrix_transpose(&Vt, V);
    if (!s && G)
        s = ax_qq_mul(&GV, G, V);
    if (!s)
        s = ax_qq_mul(M, Vt, G ? GV : V);
    axle_matrix_free(Vt);
    axle_matrix_free(GV);
    return s;
}

/* The exact certificate of the elimination, in k x k integer products (checking E itself would
 * multiply n-vectors whose denominators grow with j): with Lz the lower triangle of N (Lz_jj =
 * p_j, so L = Lz diag(1/p_j)), X Lz = diag(p_{j-1} p_j) proves X = diag(p_{j-1}) L^{-1}, hence
 * E = V L^{-T} and V = E Lᵀ; X M Xᵀ = diag(p_{j-1} p_j / d) then proves L^{-1} M L^{-T} = D,
 * that is Eᵀ G E = diag(r). */
static axle_status gs_certify(const axle_matrix *Xq, const axle_matrix *Xt, const axle_matrix *Lz,
                              const axle_matrix *M, const mpz_t d)
{
    size_t k = Xq->rows;
    axle_matrix *P = NULL, *XM = NULL, *Q = NULL;
    axle_status s = ax_qq_mul(&P, Xq, Lz);
    if (!s)
        s = ax_qq_mul(&XM, Xq, M);
    if (!s)
        s = ax_qq_mul(&Q, XM, Xt);
    if (!s) {
        mpq_t want;
        mpq_init(want);
        bool ok = true;
        for (size_t i = 0; ok && i < k; i++)
            for (size_t j = 0; ok && j < k; j++) {
                if (i != j) {
                    ok = !mpq_sgn(AX_Q(P, i, j)) && !mpq_sgn(AX_Q(Q, i, j));
                    continue;
                }
                /* p_{i-1} = X_ii, p_i = Lz_ii */
                mpq_mul(want, AX_Q(Xq, i, i), AX_Q(Lz, i, i));
                ok = mpq_equal(AX_Q(P, i, i), want);
                mpz_mul(mpq_denref(want), mpq_denref(want), d);
                mpq_canonicalize(want);
                ok = ok && mpq_equal(AX_Q(Q, i, i), want);
            }
        mpq_clear(want);
        if (!ok)
            s = ax_error(
                AXLE_EUNCERTIFIED,
                "Gram-Schmidt failed its exact check (X L = diag(p), X M X^T = diag(p D))");
    }
    axle_matrix_free(P);
    axle_matrix_free(XM);
    axle_matrix_free(Q);
    return s;
}

/* M = Vᵀ G V = L D Lᵀ (M semidefinite, definite iff the columns are independent; the first zero
 * pivot is the first dependent column) by fraction-free elimination of [M | I], which also gives
 * X = diag(p_{j-1}) L^{-1} in integers; then r = D, Rp = Lᵀ and E = V L^{-T}, column j being
 * (V Xᵀ)_j / p_{j-1} (one integer product). The elimination is certified before returning. */
axle_status ax_qq_gram_schmidt(axle_matrix **E, axle_matrix **r, axle_matrix **Rp, size_t *dep,
                               const axle_matrix *G, const axle_matrix *V)
{
    size_t k = V->cols, stop;
    axle_matrix *M = NULL, *L = NULL, *D = NULL, *Lt = NULL, *Xq = NULL, *Xt = NULL, *Lz = NULL,
                *Em = NULL;
    ax_zmat N = {0}, X = {0};
    mpz_t d;
    mpz_init(d);
    axle_status s = gram_of(&M, G, V);
    if (s || (s = ax_zmat_from_common(&N, d, M)) || (s = check_work(&N, "Gram-Schmidt", 3)) ||
        (s = ax_zmat_init(&X, k, k)))
        goto done;
    for (size_t j = 0; j < k; j++)
        mpz_set_ui(AX_Z(&X, j, j), 1);
    bareiss_sym(&N, &X, &stop);
    if (stop < k) {
        if (mpz_sgn(AX_Z(&N, stop, stop)) < 0) {
            s = ax_error(AXLE_EDOMAIN, "the Gram matrix is not positive definite");
            goto done;
        }
        if (dep)
            *dep = stop;
        s = ax_inner_dependent_error(stop);
        goto done;
    }
    if ((s = read_ldl(&L, &D, &N, d)) || (s = axle_matrix_transpose(&Lt, L)) ||
        (s = ax_matrix_alloc(&Xq, AXLE_QQ, k, k)) || (s = ax_matrix_alloc(&Lz, AXLE_QQ, k, k)))
        goto done;
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j <= i; j++) {
            mpz_swap(mpq_numref(AX_Q(Xq, i, j)), AX_Z(&X, i, j));
            mpz_set(mpq_numref(AX_Q(Lz, i, j)), AX_Z(&N, i, j));
        }
    /* Em's entries are rewritten in place below: a packed product gets its own limbs first */
    if ((s = axle_matrix_transpose(&Xt, Xq)) || (s = ax_qq_mul(&Em, V, Xt)) ||
        (s = ax_matrix_qq_unpack(Em)))
        goto done;
    for (size_t j = 1; j < k; j++)
        for (size_t i = 0; i < V->rows; i++) {
            mpz_mul(mpq_denref(AX_Q(Em, i, j)), mpq_denref(AX_Q(Em, i, j)), AX_Z(&N, j - 1, j - 1));
            mpq_canonicalize(AX_Q(Em, i, j));
        }
    if ((s = gs_certify(Xq, Xt, Lz, M, d)))
        goto done;
    *E = Em;
    *r = D;
    Em = D = NULL;
    if (Rp) {
        *Rp = Lt;
        Lt = NULL;
    }
done:
    ax_zmat_clear(&N);
    ax_zmat_clear(&X);
    mpz_clear(d);
    axle_matrix_free(M);
    axle_matrix_free(L);
    axle_matrix_free(D);
    axle_matrix_free(Lt);
    axle_matrix_free(Xq);
    axle_matrix_free(Xt);
    axle_matrix_free(Lz);
    axle_matrix_free(Em);
    return s;
}

/* ---- square roots of norms squared ---------------------------------------------------------- */

/* √q for a rational q >= 0 (AXLE_EDOMAIN for q < 0). */
static axle_status sqrt_of(axle_algebraic **out, const mpq_t q)
{
    if (mpq_sgn(q) < 0)
        return ax_error(AXLE_EDOMAIN, "a norm squared cannot be negative");
    axle_algebraic *a = NULL;
    axle_status s = axle_algebraic_from_mpq(&a, q);
    if (!s)
        s = axle_algebraic_sqrt(out, a);
    axle_algebraic_free(a);
    return s;
}

/* The display of √q: axle_algebraic_to_string's, except JSON, which gets the Unicode display as a
 * JSON string ("√6/6" needs no escapes) rather than the algebraic-number object. */
static axle_status sqrt_text(char **out, const mpq_t q, axle_format fmt)
{
    axle_algebraic *a = NULL;
    char *t = NULL;
    axle_status s = sqrt_of(&a, q);
    if (!s)
        s = axle_algebraic_to_string(&t, a, fmt == AXLE_FORMAT_JSON ? AXLE_FORMAT_UNICODE : fmt, 0);
    axle_algebraic_free(a);
    if (s || fmt != AXLE_FORMAT_JSON) {
        *out = t;
        return s;
    }
    ax_buf b = {0};
    ax_buf_printf(&b, "\"%s\"", t);
    axle_free(t);
    return ax_buf_finish(&b, out);
}

axle_status ax_qq_sqrt_string(char **out, const axle_scalar *r, axle_format fmt)
{
    return sqrt_text(out, r->q, fmt);
}

axle_status ax_qq_sqrt_exact(axle_algebraic **out, const axle_scalar *r)
{
    return sqrt_of(out, r->q);
}

/* Whether q >= 0 is the square of a rational; *root gets its nonnegative square root then. */
static bool rational_sqrt(mpq_t root, const mpq_t q)
{
    if (mpq_sgn(q) < 0 || !mpz_perfect_square_p(mpq_numref(q)) ||
        !mpz_perfect_square_p(mpq_denref(q)))
        return false;
    mpz_sqrt(mpq_numref(root), mpq_numref(q));
    mpz_sqrt(mpq_denref(root), mpq_denref(q));
    return true; /* canonical: the roots of coprime squares are coprime */
}

/* e / c for a nonzero rational c (a new matrix). */
static axle_status divide_by(axle_matrix **out, const axle_matrix *e, const mpq_t c)
{
    axle_status s = ax_matrix_alloc(out, AXLE_QQ, e->rows, e->cols);
    for (size_t i = 0; !s && i < e->rows * e->cols; i++)
        mpq_div((*out)->q[i], e->q[i], c);
    return s;
}

axle_status ax_qq_normalize(axle_matrix **out, const axle_matrix *e, const axle_scalar *r)
{
    if (mpq_sgn(r->q) <= 0)
        return ax_error(AXLE_EDOMAIN, "the norm squared must be positive");
    mpq_t root;
    mpq_init(root);
    axle_status s;
    if (rational_sqrt(root, r->q)) {
        s = divide_by(out, e, root);
    } else {
        ax_buf b = {0};
        char *text;
        ax_buf_puts(&b, "e/\xe2\x88\x9a(");
        ax_buf_put_mpq(&b, r->q, AXLE_FORMAT_TEXT);
        ax_buf_puts(&b, ") is not rational");
        s = ax_buf_finish(&b, &text) ? ax_nomem() : ax_error(AXLE_EDOMAIN, "%s", text);
        free(text);
    }
    mpq_clear(root);
    return s;
}

/* The content of the nonzero rational vector e: gcd of the numerators / lcm of the denominators
 * (positive; e / c is a primitive integer vector). */
static void content_of(mpq_t c, const axle_matrix *e)
{
    mpz_set_ui(mpq_numref(c), 0);
    mpz_set_ui(mpq_denref(c), 1);
    for (size_t i = 0; i < e->rows * e->cols; i++) {
        mpz_gcd(mpq_numref(c), mpq_numref(c), mpq_numref(e->q[i]));
        mpz_lcm(mpq_denref(c), mpq_denref(c), mpq_denref(e->q[i]));
    }
    mpq_canonicalize(c);
}

axle_status ax_qq_unit_scale(axle_matrix **w, char **s, const axle_matrix *e, const axle_scalar *r,
                             axle_format fmt)
{
    if (mpq_sgn(r->q) <= 0)
        return ax_error(AXLE_EDOMAIN, "the norm squared must be positive");
    mpq_t c, t, root;
    mpq_inits(c, t, root, NULL);
    axle_status st;
    *s = NULL;
    content_of(c, e);
    if (mpq_sgn(c) == 0) {
        st = ax_error(AXLE_EDOMAIN, "the vector is 0 but its norm squared is not");
        goto done;
    }
    /* s = c / √r = √(c² / r) */
    mpq_mul(t, c, c);
    mpq_div(t, t, r->q);
    if (rational_sqrt(root, t)) { /* e/√r = (e/c)(c/√r) */
        if (!(st = divide_by(w, e, c)))
            for (size_t i = 0; i < e->rows * e->cols; i++)
                mpq_mul((*w)->q[i], (*w)->q[i], root);
        goto done;
    }
    char *text = NULL;
    if ((st = sqrt_text(&text, t, fmt)))
        goto done;
    if ((st = divide_by(w, e, c))) {
        axle_free(text);
        goto done;
    }
    *s = text;
done:
    mpq_clears(c, t, root, NULL);
    return st;
}
