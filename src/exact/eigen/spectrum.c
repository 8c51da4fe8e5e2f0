/* The exact spectral kernel (QQ): the spectrum of a rational matrix A from its characteristic
 * polynomial χ and minimal polynomial μ.
 *
 * χ is factored over Q once. Every irreducible factor f (degree d, multiplicity m in χ, e in μ)
 * gives d conjugate eigenvalues (exact algebraic numbers, canonical order of axle_poly_roots) that
 * share everything else:
 *   - the Jordan structure, from ranks over Q: N_k = dim null f(A)^k / d is the number of blocks
 *     of each conjugate counted with min(size, k), so N_k − N_(k−1) blocks have size >= k. With
 *     e = 1 every block has size 1 (N_1 = m), with e = m there is one block; otherwise the ranks
 *     of f(A), …, f(A)^(e−1) (multimodular QQ kernels) decide, and N_e = m;
 *   - one eigenspace basis and one set of Jordan chains over K = Q(λ) = Q[x]/(f), whose
 *     coordinates are polynomials in λ; for the conjugate λ_j they mean λ ↦ λ_j.
 * Eigenvectors: for a simple eigenvalue (m = 1) of degree d > 1, χ = f g with g prime to f, and
 * h(x) = χ(x)/(x − λ) = g(x) q(x), q = f/(x − λ) in K[x]: h(A) w is an eigenvector for every w
 * (A − λI) h(A) = χ(A) = 0), nonzero for some unit vector w because h(A) maps onto E(λ). It costs
 * deg χ − 1 integer matrix-vector products and n d element-by-integer products, instead of an
 * elimination over K. Otherwise the eigenspace is axle_nfmatrix_eigenspace (mostly over Q), and
 * the Jordan chains come from chains.c. Everything is verified by substitution (chains.c) before
 * it is returned: a failed check is AXLE_EUNCERTIFIED, never a wrong answer. */
#include <math.h>
#include <stdlib.h>

#include "exact/eigen/spec_impl.h"

static void factor_clear(ax_qs_factor *F)
{
    ax_zp_clear(&F->f);
    free(F->blocks);
    if (F->J != F->E)
        axle_nfmatrix_free(F->J);
    axle_nfmatrix_free(F->E);
    axle_numfield_unref(F->K);
}

void ax_qs_free(void *data)
{
    ax_qspec *Q = data;
    if (!Q)
        return;
    for (size_t i = 0; Q->F && i < Q->nf; i++)
        factor_clear(&Q->F[i]);
    for (size_t k = 0; Q->val && k < Q->count; k++)
        axle_algebraic_free(Q->val[k]);
    free(Q->F);
    free(Q->val);
    free(Q->fac);
    free(Q);
}

/* The multiplicity e <= m of the primitive f in the primitive mu. */
static axle_status mult_in(size_t *e, const ax_zpoly *mu, const ax_zpoly *f, size_t m)
{
    ax_zpoly q, r;
    ax_zp_init(&q);
    ax_zp_init(&r);
    axle_status s = ax_zp_set(&q, mu);
    *e = 0;
    while (!s && *e < m) {
        bool div = false;
        if ((s = ax_zp_divides(&div, &r, &q, f)) || !div)
            break;
        ax_zpoly t = q;
        q = r;
        r = t;
        (*e)++;
    }
    ax_zp_clear(&q);
    ax_zp_clear(&r);
    return s;
}

static axle_status bad_input(const char *what)
{
    return ax_error(AXLE_EINVAL, "the exact eigen kernel was given %s", what);
}

/* Block sizes of factor F (d, m set; e set, or 0 when μ was not given) from the ranks of
 * f(A)^k. An unknown e is the first k with dim null f(A)^k = d m (e = 1 when m = 1). */
static axle_status structure(ax_qs_factor *F, const axle_matrix *A)
{
    size_t n = A->rows, d = F->d, m = F->m, e = F->e;
    size_t *N = ax_calloc(m + 2, sizeof *N);
    axle_matrix *B = NULL, *P = NULL;
    axle_poly *fp = NULL;
    axle_status s = AXLE_OK;
    if (!N)
        return ax_nomem();
    if (e == 0 && m == 1)
        e = F->e = 1;
    if (e == 0) {
        if ((s = ax_zp_to_poly(&fp, &F->f, NULL)) || (s = axle_poly_eval_matrix(&B, fp, A)) ||
            (s = axle_matrix_copy(&P, B)))
            goto done;
        for (size_t k = 1; k <= m && !e; k++) {
            size_t r;
            if ((s = axle_matrix_rank(&r, P)))
                goto done;
            if ((n - r) % d || (n - r) / d > m) {
                s = ax_error(AXLE_EUNCERTIFIED,
                             "the exact eigen kernel found dim null f(A)^%zu = %zu for a factor "
                             "of degree %zu and multiplicity %zu (a bug)",
                             k, n - r, d, m);
                goto done;
            }
            N[k] = (n - r) / d;
            if (N[k] == m)
                e = F->e = k;
            else if (k == 1 && N[1] == 1) { /* one block, of size m */
                for (size_t j = 2; j <= m; j++)
                    N[j] = j;
                e = F->e = m;
            } else if (k < m) {
                axle_matrix *T;
                if ((s = axle_matrix_mul(&T, P, B)))
                    goto done;
                axle_matrix_free(P);
                P = T;
            }
        }
        if (!e) {
            s = ax_error(AXLE_EUNCERTIFIED,
                         "the exact eigen kernel found dim null f(A)^%zu below deg f times its "
                         "multiplicity (a bug)",
                         m);
            goto done;
        }
    } else if (e == 1) {
        N[e] = m;
        for (size_t k = 1; k < e; k++)
            N[k] = k;
    } else if (e == m) {
        N[e] = m;
        for (size_t k = 1; k < e; k++)
            N[k] = k;
    } else {
        N[e] = m;
        if ((s = ax_zp_to_poly(&fp, &F->f, NULL)) || (s = axle_poly_eval_matrix(&B, fp, A)) ||
            (s = axle_matrix_copy(&P, B)))
            goto done;
        for (size_t k = 1; k < e; k++) {
            size_t r;
            if ((s = axle_matrix_rank(&r, P)))
                goto done;
            if ((n - r) % d) {
                s = ax_error(AXLE_EUNCERTIFIED,
                             "the exact eigen kernel found dim null f(A)^%zu = "
                             "%zu, not a multiple of deg f = %zu (a bug)",
                             k, n - r, d);
                goto done;
            }
            N[k] = (n - r) / d;
            if (k + 1 < e) {
                axle_matrix *T;
                if ((s = axle_matrix_mul(&T, P, B)))
                    goto done;
                axle_matrix_free(P);
                P = T;
            }
        }
    }
    /* ge(k) = N_k − N_(k−1) blocks of size >= k: positive and nonincreasing */
    for (size_t k = 1; k <= e; k++) {
        size_t gk = N[k] - N[k - 1], gk1 = k < e ? N[k + 1] - N[k] : 0;
        if (N[k] <= N[k - 1] || (k < e && N[k + 1] - N[k] > gk) || gk1 > gk) {
            s = ax_error(AXLE_EUNCERTIFIED,
                         "the exact eigen kernel found inconsistent ranks of f(A)^k (a bug, or "
                         "mu is not the minimal polynomial of A)");
            goto done;
        }
    }
    F->geo = N[1];
    if (!(F->blocks = ax_calloc(F->geo, sizeof *F->blocks))) {
        s = ax_nomem();
        goto done;
    }
    size_t b = 0;
    for (size_t k = e; k >= 1; k--) {
        size_t ge = N[k] - N[k - 1], ge1 = k < e ? N[k + 1] - N[k] : 0;
        for (size_t c = 0; c < ge - ge1 && b < F->geo; c++)
            F->blocks[b++] = k;
    }
done:
    free(N);
    axle_matrix_free(B);
    axle_matrix_free(P);
    axle_poly_free(fp);
    return s;
}

/* Divide the column vector E (n x 1) by the content of its coordinates: integral coordinates
 * with no common factor. */
static void scale_content(axle_nfmatrix *E)
{
    const axle_numfield *K = E->K;
    mpz_t g, l;
    mpz_inits(g, l, NULL);
    mpz_set_ui(l, 1);
    for (size_t i = 0; i < E->rows; i++) {
        const ax_nfv *x = &AX_NFE(E, i, 0);
        mpz_lcm(l, l, x->den);
        for (size_t c = 0; c < K->n; c++)
            mpz_gcd(g, g, x->c[c]);
    }
    /* x / (g / l) for every coordinate: canonical again afterwards */
    for (size_t i = 0; i < E->rows && mpz_sgn(g); i++) {
        ax_nfv *x = &AX_NFE(E, i, 0);
        for (size_t c = 0; c < K->n; c++) {
            mpz_mul(x->c[c], x->c[c], l);
            mpz_divexact(x->c[c], x->c[c], g);
        }
        ax_nfv_canonicalize(K, x);
    }
    mpz_clears(g, l, NULL);
}

/* The eigenvector of a simple eigenvalue λ (m = e = 1, d > 1) as h(A) w, in the standard form
 * (last nonzero coordinate 1) for d <= AX_QS_NORMALISE_MAX_DEGREE, otherwise with integral
 * coordinates without common factor. chi: χ as a primitive integer polynomial. */
static axle_status simple_vector(axle_nfmatrix **out, const ax_qs_int *Z, const ax_zpoly *chi,
                                 const ax_qs_factor *F)
{
    const axle_numfield *K = F->K;
    size_t n = Z->n, d = F->d;
    ax_zpoly g;
    ax_zp_init(&g);
    ax_nfv *q = NULL, lam = {0}, inv = {0};
    ax_nfws w = {0};
    mpz_t *u = NULL, *y = NULL, *acc = NULL, *qn = NULL, D, t, pw;
    axle_nfmatrix *E = NULL;
    bool div = false;
    size_t deg_g = 0;
    mpz_inits(D, t, pw, NULL);
    axle_status s = ax_zp_divides(&div, &g, chi, &F->f);
    if (s)
        goto done;
    if (!div) {
        s = bad_input("a characteristic polynomial its factor does not divide");
        goto done;
    }
    deg_g = g.len - 1;
    u = ax_calloc(2 * n, sizeof *u);
    y = ax_calloc(n * d, sizeof *y);
    acc = ax_calloc(d + 1, sizeof *acc);
    qn = ax_calloc(d * d, sizeof *qn);
    if (!u || !y || !acc || !qn || !ax_nfv_init_array(K, &q, d) || !ax_nfv_init(K, &lam) ||
        !ax_nfv_init(K, &inv) || !ax_nfws_init(K, &w)) {
        s = ax_nomem();
        goto done;
    }
    for (size_t i = 0; i < 2 * n; i++)
        mpz_init(u[i]);
    for (size_t i = 0; i < n * d; i++)
        mpz_init(y[i]);
    for (size_t i = 0; i <= d; i++)
        mpz_init(acc[i]);
    for (size_t i = 0; i < d * d; i++)
        mpz_init(qn[i]);
    /* q = f / (x − λ): q_(d−1) = f_d, q_(j−1) = f_j + λ q_j; then q_j = qn_j / D */
    mpz_set_ui(acc[0], 0);
    mpz_set_ui(acc[1], 1);
    mpz_set_ui(t, 1);
    ax_nfv_set_zpoly(K, &w, &lam, acc, 2, t);
    ax_nfv_set_si(K, &q[d - 1], 0);
    mpz_set(q[d - 1].c[0], F->f.c[d]);
    for (size_t j = d - 1; j > 0; j--) {
        ax_nfv_mul(K, &w, &q[j - 1], &lam, &q[j]);
        ax_nfv_set_si(K, &inv, 0);
        mpz_set(inv.c[0], F->f.c[j]);
        ax_nfv_add(K, &w, &q[j - 1], &q[j - 1], &inv);
    }
    mpz_set_ui(D, 1);
    for (size_t j = 0; j < d; j++)
        mpz_lcm(D, D, q[j].den);
    for (size_t j = 0; j < d; j++) {
        mpz_divexact(t, D, q[j].den);
        for (size_t c = 0; c < d; c++)
            mpz_mul(qn[j * d + c], q[j].c[c], t);
    }
    if ((s = ax_nfmatrix_alloc(&E, K, n, 1)))
        goto done;
    mpz_t *v = u, *v2 = u + n;
    size_t last = n;
    for (size_t tr = 0; tr < n && last == n; tr++) {
        /* u = den^deg_g g(Z/den) e_tr (homogeneous Horner) */
        for (size_t i = 0; i < n; i++)
            mpz_set_ui(v[i], 0);
        mpz_set(v[tr], g.c[deg_g]);
        mpz_set_ui(pw, 1);
        for (size_t j = deg_g; j-- > 0;) {
            for (size_t i = 0; i < n; i++) {
                mpz_set_ui(v2[i], 0);
                for (size_t l = 0; l < n; l++)
                    mpz_addmul(v2[i], Z->z[i * n + l], v[l]);
            }
            mpz_mul(pw, pw, Z->den);
            mpz_addmul(v2[tr], g.c[j], pw);
            mpz_t *sw = v;
            v = v2;
            v2 = sw;
        }
        /* y_j = den^(d−1−j) Z^j u, j < d */
        for (size_t i = 0; i < n; i++)
            mpz_set(y[i * d], v[i]);
        for (size_t j = 1; j < d; j++)
            for (size_t i = 0; i < n; i++) {
                mpz_set_ui(y[i * d + j], 0);
                for (size_t l = 0; l < n; l++)
                    mpz_addmul(y[i * d + j], Z->z[i * n + l], y[l * d + j - 1]);
            }
        mpz_set_ui(pw, 1);
        for (size_t j = d; j-- > 0;) {
            for (size_t i = 0; i < n; i++)
                mpz_mul(y[i * d + j], y[i * d + j], pw);
            mpz_mul(pw, pw, Z->den);
        }
        /* E_i = sum_j q_j y_j[i] */
        for (size_t i = 0; i < n; i++) {
            for (size_t c = 0; c < d; c++)
                mpz_set_ui(acc[c], 0);
            for (size_t j = 0; j < d; j++) {
                if (!mpz_sgn(y[i * d + j]))
                    continue;
                for (size_t c = 0; c < d; c++)
                    mpz_addmul(acc[c], qn[j * d + c], y[i * d + j]);
            }
            ax_nfv *x = &AX_NFE(E, i, 0);
            for (size_t c = 0; c < d; c++)
                mpz_set(x->c[c], acc[c]);
            mpz_set(x->den, D);
            ax_nfv_canonicalize(K, x);
            if (!ax_nfv_is_zero(K, x))
                last = i;
        }
    }
    if (last == n) {
        s = ax_error(AXLE_EUNCERTIFIED, "the exact eigen kernel found no eigenvector (a bug)");
        goto done;
    }
    /* the standard form (last nonzero coordinate 1) when λ is at most quadratic, where it reads
     * best ((λ, 1) for Fibonacci); above, dividing by an element of degree d would make every
     * coordinate as large as the inverse, so the vector keeps its integral form */
    if (d <= AX_QS_NORMALISE_MAX_DEGREE) {
        if ((s = ax_nfv_inv(K, &inv, &AX_NFE(E, last, 0))))
            goto done;
        for (size_t i = 0; i < n; i++)
            ax_nfv_mul(K, &w, &AX_NFE(E, i, 0), &AX_NFE(E, i, 0), &inv);
    } else {
        scale_content(E);
    }
done:
    if (u)
        for (size_t i = 0; i < 2 * n; i++)
            mpz_clear(u[i]);
    if (y)
        for (size_t i = 0; i < n * d; i++)
            mpz_clear(y[i]);
    if (acc)
        for (size_t i = 0; i <= d; i++)
            mpz_clear(acc[i]);
    if (qn)
        for (size_t i = 0; i < d * d; i++)
            mpz_clear(qn[i]);
    free(u);
    free(y);
    free(acc);
    free(qn);
    if (q)
        ax_nfv_clear_array(K, q, d);
    if (lam.c)
        ax_nfv_clear(K, &lam);
    if (inv.c)
        ax_nfv_clear(K, &inv);
    ax_nfws_clear(&w);
    ax_zp_clear(&g);
    mpz_clears(D, t, pw, NULL);
    if (s)
        axle_nfmatrix_free(E);
    else
        *out = E;
    return s;
}

/* The generalized eigenspace null (A − λI)^e over K, standard basis. */
static axle_status generalized(axle_nfmatrix **out, const axle_matrix *A, const ax_qs_factor *F,
                               const axle_nfelem *lam)
{
    axle_status s;
    if (F->d == 1) {
        axle_poly *fp = NULL;
        axle_matrix *B = NULL, *P = NULL, *W = NULL;
        if (!(s = ax_zp_to_poly(&fp, &F->f, NULL)) && !(s = axle_poly_eval_matrix(&B, fp, A)) &&
            !(s = axle_matrix_copy(&P, B))) {
            for (size_t k = 1; k < F->e && !s; k++) {
                axle_matrix *T;
                if (!(s = axle_matrix_mul(&T, P, B))) {
                    axle_matrix_free(P);
                    P = T;
                }
            }
        }
        if (!s && !(s = axle_matrix_null(&W, P)))
            s = axle_nfmatrix_from_matrix(out, F->K, W);
        axle_poly_free(fp);
        axle_matrix_free(B);
        axle_matrix_free(P);
        axle_matrix_free(W);
        return s;
    }
    axle_nfmatrix *N = NULL, *P = NULL;
    if (!(s = axle_nfmatrix_from_shift(&N, A, lam)) && !(s = axle_nfmatrix_copy(&P, N))) {
        for (size_t k = 1; k < F->e && !s; k++) {
            axle_nfmatrix *T;
            if (!(s = axle_nfmatrix_mul(&T, P, N))) {
                axle_nfmatrix_free(P);
                P = T;
            }
        }
    }
    if (!s)
        s = axle_nfmatrix_null(out, P);
    axle_nfmatrix_free(N);
    axle_nfmatrix_free(P);
    return s;
}

/* The eigenspace of a rational eigenvalue: the QQ null space of f(A) = f_1 A + f_0 I (the
 * multimodular kernel), whose standard basis is that of null(A − λI). */
static axle_status rational_eigenspace(axle_nfmatrix **out, const axle_matrix *A,
                                       const ax_qs_factor *F)
{
    axle_poly *fp = NULL;
    axle_matrix *B = NULL, *W = NULL;
    axle_status s;
    if (!(s = ax_zp_to_poly(&fp, &F->f, NULL)) && !(s = axle_poly_eval_matrix(&B, fp, A)) &&
        !(s = axle_matrix_null(&W, B)))
        s = axle_nfmatrix_from_matrix(out, F->K, W);
    axle_poly_free(fp);
    axle_matrix_free(B);
    axle_matrix_free(W);
    return s;
}

/* Eigenvectors and Jordan chains of factor F, verified. */
static axle_status vectors(ax_qs_factor *F, const axle_matrix *A, const ax_qs_int *Z,
                           const ax_zpoly *chi)
{
    axle_nfelem *lam = NULL;
    axle_nfmatrix *G = NULL;
    axle_status s = axle_nfelem_gen(&lam, F->K);
    if (s)
        return s;
    if (F->d == 1)
        s = rational_eigenspace(&F->E, A, F);
    else if (F->e == 1 && F->m == 1)
        s = simple_vector(&F->E, Z, chi, F);
    else
        s = axle_nfmatrix_eigenspace(&F->E, A, lam);
    if (!s && F->e == 1) {
        F->J = F->E;
    } else if (!s) {
        if (!(s = generalized(&G, A, F, lam))) {
            if (G->cols != F->m)
                s = ax_error(AXLE_EUNCERTIFIED,
                             "the exact eigen kernel found a generalized eigenspace of dimension "
                             "%zu for an eigenvalue of multiplicity %zu (a bug)",
                             G->cols, F->m);
            else
                s = ax_qs_chains(&F->J, Z, G, F->blocks, F->geo);
        }
    }
    axle_nfmatrix_free(G);
    axle_nfelem_free(lam);
    if (!s)
        s = ax_qs_verify(Z, F);
    return s;
}

/* The bounds of the kernel, checked for every factor before the first root or vector. */
static axle_status limits(const ax_qspec *Q)
{
    double n = (double)Q->n;
    for (size_t i = 0; i < Q->nf; i++) {
        const ax_qs_factor *F = &Q->F[i];
        double d = (double)F->d;
        bool nomem = false;
        if (F->d > AXLE_ROOTS_MAX_DEGREE && !ax_alg_is_binomial(&F->f) &&
            !ax_alg_cyclotomic_order(&F->f, &nomem))
            return nomem ? ax_nomem()
                         : ax_error(AXLE_ERANGE,
                                    "exact eigenvalues are limited to irreducible factors of the "
                                    "characteristic polynomial of degree %d "
                                    "(AXLE_ROOTS_MAX_DEGREE; cyclotomic and binomial factors "
                                    "excepted); this one has degree %zu",
                                    AXLE_ROOTS_MAX_DEGREE, F->d);
        if (F->d > 1 && F->m == 1 && n * d * d > AX_QS_MAX_SIMPLE_WORK)
            return ax_error(AXLE_ERANGE,
                            "exact eigenvectors of a %zu x %zu matrix over Q(λ) of degree %zu "
                            "would take about n d^2 = %.3g operations on elements, more than the "
                            "limit %.3g of the exact eigen kernel",
                            Q->n, Q->n, F->d, n * d * d, AX_QS_MAX_SIMPLE_WORK);
        /* the work over Q(λ) besides the simple case: the eigenspace (axle_nfmatrix_eigenspace,
         * about m^2 n d^3 operations on coordinates) and the chains (powers of A − λI over K,
         * e n^3 d^2; over Q, e m^3 on the m x m restriction) */
        size_t fe = F->e ? F->e : F->m; /* unknown (no μ given): at most m */
        double m = (double)F->m, e = (double)fe, work = 0;
        if (F->d > 1 && F->m > 1)
            work = m * m * n * d * d * d;
        if (F->d > 1 && fe > 1)
            work += e * n * n * n * d * d;
        if (F->d == 1 && fe > 1)
            work = e * m * m * m;
        double limit = F->d == 1 ? AX_QS_MAX_RATIONAL_WORK : AX_QS_MAX_WORK;
        if (work > limit)
            return ax_error(AXLE_ERANGE,
                            "the exact eigenvectors of a %zu x %zu matrix for an eigenvalue of "
                            "degree %zu, multiplicity %zu and largest Jordan block %zu would take "
                            "about %.3g operations on coordinates, more than the limit %.3g of the "
                            "exact eigen kernel",
                            Q->n, Q->n, F->d, F->m, fe, work, limit);
    }
    return AXLE_OK;
}

/* The roots of every factor, factor by factor in canonical order. */
static axle_status roots(ax_qspec *Q)
{
    if (!(Q->val = ax_calloc(Q->n, sizeof *Q->val)) || !(Q->fac = ax_calloc(Q->n, sizeof *Q->fac)))
        return ax_nomem();
    /* every factor's roots in one list whose multiplicity slot carries the factor (index + 1),
     * then one sort: the eigenvalues of all factors in the canonical order of axle_poly_roots */
    ax_alist L = {0};
    axle_status s = AXLE_OK;
    for (size_t i = 0; i < Q->nf && !s; i++) {
        size_t before = L.n;
        s = ax_alg_roots_irreducible(&L, &Q->F[i].f, (unsigned long)i + 1, false);
        if (!s && L.n - before != Q->F[i].d)
            s = ax_error(AXLE_EUNCERTIFIED,
                         "the exact eigen kernel found %zu roots of a factor "
                         "of degree %zu (a bug)",
                         L.n - before, Q->F[i].d);
    }
    if (!s)
        s = ax_alg_canonical_order(&L);
    if (s) {
        ax_alist_clear(&L);
        return s;
    }
    for (size_t k = 0; k < L.n; k++) {
        Q->val[Q->count] = L.a[k];
        Q->fac[Q->count++] = L.m[k] - 1;
        L.a[k] = NULL;
    }
    L.n = 0;
    ax_alist_clear(&L);
    return AXLE_OK;
}

static axle_status build(ax_spectrum **out, ax_qspec *Q)
{
    ax_spectrum *S = ax_calloc(1, sizeof *S);
    if (!S || !(S->vals = ax_calloc(Q->count, sizeof *S->vals))) {
        free(S);
        return ax_nomem();
    }
    S->n = Q->n;
    S->count = Q->count;
    S->diag[AXLE_OVER_Q] = S->diag[AXLE_OVER_R] = S->diag[AXLE_OVER_C] = true;
    axle_status s = AXLE_OK;
    for (size_t k = 0; k < Q->count && !s; k++) {
        const ax_qs_factor *F = &Q->F[Q->fac[k]];
        ax_eigval *v = &S->vals[k];
        if ((s = axle_algebraic_to_double(&v->re, &v->im, Q->val[k])))
            break;
        v->real = axle_algebraic_is_real(Q->val[k]);
        v->in_field = F->d == 1;
        v->alg = F->m;
        v->geo = v->nvec = v->nblocks = F->geo;
        if (!(v->blocks = ax_calloc(F->geo, sizeof *v->blocks))) {
            s = ax_nomem();
            break;
        }
        for (size_t b = 0; b < F->geo; b++)
            v->blocks[b] = F->blocks[b];
        if (F->e > 1)
            S->diag[AXLE_OVER_Q] = S->diag[AXLE_OVER_R] = S->diag[AXLE_OVER_C] = false;
        if (!v->real)
            S->diag[AXLE_OVER_Q] = S->diag[AXLE_OVER_R] = false;
        if (!v->in_field)
            S->diag[AXLE_OVER_Q] = false;
    }
    if (s) {
        S->ops = NULL;
        ax_spectrum_free(S);
        return s;
    }
    S->ops = &ax_qs_ops;
    S->data = Q;
    *out = S;
    return AXLE_OK;
}

/* The minimal polynomial from the Jordan structure: the monic multiple of the product of f^e
 * over the factors (e the largest block of f's roots). */
static axle_status minimal(axle_poly **out, const ax_qspec *Q)
{
    ax_zpoly r, t;
    ax_zp_init(&r);
    ax_zp_init(&t);
    axle_status s = ax_zp_zero(&r, 1);
    if (!s)
        mpz_set_ui(r.c[0], 1);
    for (size_t i = 0; i < Q->nf && !s; i++)
        for (size_t k = 0; k < Q->F[i].e && !s; k++)
            if (!(s = ax_zp_mul(&t, &r, &Q->F[i].f))) {
                ax_zpoly u = r;
                r = t;
                t = u;
            }
    if (!s)
        s = ax_zp_to_poly(out, &r, r.c[r.len - 1]);
    ax_zp_clear(&r);
    ax_zp_clear(&t);
    return s;
}

axle_status ax_qq_eigen(ax_spectrum **out, const axle_matrix *A, const axle_poly *chi,
                        const axle_poly *mu)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    if (!chi)
        return bad_input("a NULL characteristic polynomial");
    if (A->field != AXLE_QQ || axle_poly_field(chi) != AXLE_QQ ||
        (mu && axle_poly_field(mu) != AXLE_QQ))
        return ax_error(AXLE_EFIELD, "the exact eigen kernel needs a QQ matrix and polynomials");
    size_t n = A->rows;
    if (n == 0 || A->cols != n)
        return ax_error(AXLE_EDIM,
                        "the exact eigen kernel needs a square matrix of size >= 1, "
                        "not %zu x %zu",
                        A->rows, A->cols);
    if (axle_poly_degree(chi) != (long)n)
        return bad_input("a characteristic polynomial of the wrong degree");
    if (mu && (axle_poly_is_zero(mu) || axle_poly_degree(mu) < 1 || axle_poly_degree(mu) > (long)n))
        return bad_input("a minimal polynomial of impossible degree");
    ax_qspec *Q = ax_calloc(1, sizeof *Q);
    if (!Q)
        return ax_nomem();
    Q->n = n;
    ax_zlist L = {0};
    ax_zpoly chiz, muz;
    ax_zp_init(&chiz);
    ax_zp_init(&muz);
    ax_qs_int Z = {0};
    mpq_t unit;
    mpq_init(unit);
    s = ax_exact_decompose(unit, &L, chi, true, "factorization of the characteristic polynomial");
    AX_STEP(s, ax_zp_from_qq_primitive(unit, &chiz, chi));
    if (mu)
        AX_STEP(s, ax_zp_from_qq_primitive(unit, &muz, mu));
    mpq_clear(unit);
    if (s)
        goto fail;
    if (!(Q->F = ax_calloc(L.n, sizeof *Q->F))) {
        s = ax_nomem();
        goto fail;
    }
    size_t total = 0;
    for (size_t i = 0; i < L.n; i++) {
        ax_qs_factor *F = &Q->F[i];
        ax_zp_init(&F->f);
        Q->nf++;
        if ((s = ax_zp_set(&F->f, &L.f[i])))
            goto fail;
        F->d = L.f[i].len - 1;
        F->m = L.mult[i];
        total += F->d * F->m;
        if (!mu)
            continue; /* e from the ranks of f(A)^k (structure) */
        if ((s = mult_in(&F->e, &muz, &F->f, F->m)))
            goto fail;
        if (F->e == 0) {
            s = bad_input("a minimal polynomial without a factor of the characteristic one");
            goto fail;
        }
    }
    if (total != n) {
        s = bad_input("a characteristic polynomial whose factors do not add up to n");
        goto fail;
    }
    if ((s = limits(Q)) || (s = roots(Q)) || (s = ax_qs_int_init(&Z, A)))
        goto fail;
    for (size_t i = 0; i < Q->nf; i++) {
        ax_qs_factor *F = &Q->F[i];
        if ((s = structure(F, A)) || (s = ax_numfield_from_irreducible(&F->K, &F->f, "lambda")) ||
            (s = vectors(F, A, &Z, &chiz)))
            goto fail;
    }
    if ((s = build(out, Q)))
        goto fail;
    if (!mu && (s = minimal(&(*out)->mu, Q))) {
        ax_spectrum_free(*out); /* frees Q too */
        *out = NULL;
        ax_zlist_clear(&L);
        ax_zp_clear(&chiz);
        ax_zp_clear(&muz);
        ax_qs_int_clear(&Z);
        return s;
    }
    ax_zlist_clear(&L);
    ax_zp_clear(&chiz);
    ax_zp_clear(&muz);
    ax_qs_int_clear(&Z);
    return AXLE_OK;
fail:
    ax_zlist_clear(&L);
    ax_zp_clear(&chiz);
    ax_zp_clear(&muz);
    ax_qs_int_clear(&Z);
    ax_qs_free(Q);
    return s;
}
