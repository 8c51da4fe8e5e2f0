/* The exact singular values (QQ): the square roots of the eigenvalues of T*T.
 *
 * N = M(T*T) = GV^{-1} M^T GW M is computed exactly (integer kernels), χ_N by the multimodular
 * charpoly kernel and factored over Q once. T*T is positive, so every root of χ_N is real and
 * >= 0; that is certified, not assumed. The singular values of a factor f of degree d are the
 * positive real roots of f(x²) (factored once, its real roots isolated exactly by Descartes /
 * Vincent–Collins–Akritas): there must be d of them, whose squares are then d distinct positive
 * roots of f, all of them (f = x gives σ = 0). They are the algebraic numbers √λ that
 * axle_algebraic_sqrt gives, found once per factor instead of once per root. Distinct and
 * decreasing, each has the multiplicity of its factor in χ_N (N is self-adjoint for GV, hence
 * diagonalizable).
 *
 * The top space for j (the sum of the eigenspaces of N for its j largest eigenvalues) exists
 * over Q exactly when the cut after the j-th value with multiplicity falls between distinct
 * values and splits no factor's roots: it is then null g(N), g the product of the factors above
 * the cut, or equivalently range h(N), h the product of the others (N diagonalizable); the
 * smaller of the two degrees is evaluated. Its dimension must be j (AXLE_EUNCERTIFIED
 * otherwise). */
#include <stdlib.h>

#include "exact/exact.h"
#include "exact/inner/qi_impl.h"

typedef struct ax_qsv {
    size_t n, nf, count;
    axle_matrix *N;         /* M(T*T), n x n */
    ax_zpoly *f;            /* nf irreducible factors of χ_N */
    size_t *fm;             /* their multiplicities */
    axle_algebraic **sigma; /* count singular values, decreasing */
    size_t *fac;            /* the factor of each */
} ax_qsv;

static void qsv_free(void *data)
{
    ax_qsv *Q = data;
    if (!Q)
        return;
    for (size_t i = 0; Q->f && i < Q->nf; i++)
        ax_zp_clear(&Q->f[i]);
    for (size_t k = 0; k < Q->count; k++)
        axle_algebraic_free(Q->sigma[k]);
    axle_matrix_free(Q->N);
    free(Q->f);
    free(Q->fm);
    free(Q->sigma);
    free(Q->fac);
    free(Q);
}

static axle_status value_string(char **out, const void *data, size_t k, axle_format fmt)
{
    const ax_qsv *Q = data;
    if (k >= Q->count)
        return ax_error(AXLE_ERANGE, "singular value %zu does not exist: there are %zu", k,
                        Q->count);
    return axle_algebraic_to_string(out, Q->sigma[k], fmt, 0);
}

static axle_status value_exact(axle_algebraic **out, const void *data, size_t k)
{
    const ax_qsv *Q = data;
    if (k >= Q->count)
        return ax_error(AXLE_ERANGE, "singular value %zu does not exist: there are %zu", k,
                        Q->count);
    return axle_algebraic_copy(out, Q->sigma[k]);
}

/* A string for a in Unicode (a fixed text when even that fails: the message is what matters). */
static char *show(const axle_algebraic *a)
{
    char *t = NULL;
    if (axle_algebraic_to_string(&t, a, AXLE_FORMAT_UNICODE, 0))
        return NULL;
    return t;
}

/* AXLE_EDOMAIN: the cut after the j-th singular value splits the multiplicity of value c. */
static axle_status split_value(const ax_qsv *Q, size_t j, size_t c)
{
    const ax_zpoly *f = &Q->f[Q->fac[c]];
    if (f->len == 2 && !mpz_sgn(f->c[0])) /* the factor x: σ = 0 */
        return ax_error(AXLE_EDOMAIN,
                        "σ_%zu = σ_%zu = 0: %zu is beyond the rank %zu of T, and no sum of "
                        "eigenspaces of T*T has dimension %zu (a rank-%zu approximation is T "
                        "itself)",
                        j, j + 1, j, Q->n - Q->fm[Q->fac[c]], j, j);
    char *t = show(Q->sigma[c]);
    axle_status s =
        ax_error(AXLE_EDOMAIN,
                 "the %zu largest singular values are not determined as a space: σ_%zu = σ_%zu = "
                 "%s (a singular value of multiplicity %zu), so the cut splits its eigenspace",
                 j, j, j + 1, t ? t : "?", Q->fm[Q->fac[c]]);
    axle_free(t);
    return s;
}

/* AXLE_EDOMAIN: the cut separates the roots a (above) and b (below) of one irreducible factor. */
static axle_status split_factor(const ax_qsv *Q, size_t j, size_t a, size_t b)
{
    axle_poly *p = NULL;
    char *ta = show(Q->sigma[a]), *tb = show(Q->sigma[b]), *tf = NULL;
    if (!ax_zp_to_poly(&p, &Q->f[Q->fac[a]], NULL) &&
        axle_poly_to_string(&tf, p, AXLE_FORMAT_UNICODE))
        tf = NULL;
    axle_status s = ax_error(AXLE_EDOMAIN,
                             "the sum of the eigenspaces of T*T for its %zu largest eigenvalues is "
                             "not rational: the cut separates the singular values %s and %s, the "
                             "square roots of two roots of the irreducible factor %s of its "
                             "characteristic polynomial",
                             j, ta ? ta : "?", tb ? tb : "?", tf ? tf : "?");
    axle_free(ta);
    axle_free(tb);
    axle_free(tf);
    axle_poly_free(p);
    return s;
}

/* The product of the factors with in[i] == want, as a QQ polynomial; *deg its degree. */
static axle_status product(axle_poly **out, size_t *deg, const ax_qsv *Q, const bool *in, bool want)
{
    ax_zpoly r, t;
    ax_zp_init(&r);
    ax_zp_init(&t);
    axle_status s = ax_zp_zero(&r, 1);
    if (!s)
        mpz_set_ui(r.c[0], 1);
    for (size_t i = 0; i < Q->nf && !s; i++)
        if (in[i] == want && !(s = ax_zp_mul(&t, &r, &Q->f[i]))) {
            ax_zpoly u = r;
            r = t;
            t = u;
        }
    if (!s) {
        *deg = r.len - 1;
        s = ax_zp_to_poly(out, &r, NULL);
    }
    ax_zp_clear(&r);
    ax_zp_clear(&t);
    return s;
}

static axle_status top_space(axle_matrix **out, const void *data, size_t j)
{
    AX_OUT(out);
    const ax_qsv *Q = data;
    if (j < 1 || j >= Q->n)
        return ax_error(AXLE_EINVAL, "the top space of T*T needs 1 <= j < %zu, not j = %zu", Q->n,
                        j);
    size_t c = 0, cum = 0;
    while (cum < j)
        cum += Q->fm[Q->fac[c++]];
    if (cum > j)
        return split_value(Q, j, c - 1);
    /* values 0 .. c-1 are above the cut: every factor must lie wholly on one side */
    size_t *above = ax_calloc(Q->nf, sizeof *above), *where = ax_calloc(Q->nf, sizeof *where);
    bool *in = ax_calloc(Q->nf, sizeof *in);
    axle_status s = AXLE_OK;
    if (!above || !where || !in) {
        s = ax_nomem();
        goto done;
    }
    for (size_t k = 0; k < c; k++) {
        above[Q->fac[k]]++;
        where[Q->fac[k]] = k;
    }
    for (size_t k = c; k < Q->count && !s; k++)
        if (above[Q->fac[k]])
            s = split_factor(Q, j, where[Q->fac[k]], k);
    if (s)
        goto done;
    for (size_t i = 0; i < Q->nf; i++)
        in[i] = above[i] > 0;
    axle_poly *g = NULL, *h = NULL;
    axle_matrix *B = NULL, *W = NULL;
    size_t dg = 0, dh = 0;
    s = product(&g, &dg, Q, in, true);
    AX_STEP(s, product(&h, &dh, Q, in, false));
    if (!s && dg <= dh) {
        AX_STEP(s, axle_poly_eval_matrix(&B, g, Q->N));
        AX_STEP(s, axle_matrix_null(&W, B));
    } else {
        AX_STEP(s, axle_poly_eval_matrix(&B, h, Q->N));
        AX_STEP(s, ax_backend_qq.colspace(&W, B));
    }
    if (!s && W->cols != j)
        s = ax_error(AXLE_EUNCERTIFIED,
                     "the exact singular value kernel found a space of dimension %zu for the %zu "
                     "largest eigenvalues of T*T (a bug)",
                     W->cols, j);
    if (!s) {
        *out = W;
        W = NULL;
    }
    axle_poly_free(g);
    axle_poly_free(h);
    axle_matrix_free(B);
    axle_matrix_free(W);
done:
    free(above);
    free(where);
    free(in);
    return s;
}

static const ax_svals_ops qsv_ops = {
    .free = qsv_free,
    .value_string = value_string,
    .value_exact = value_exact,
    .top_space = top_space,
};

/* Q->f, fm from the factorization of χ_N, refused above half of AXLE_ROOTS_MAX_DEGREE (f(x²)
 * is isolated: about 4 s for one factor of degree 100 on a loaded 2-core machine). */
static axle_status factors(ax_qsv *Q, const axle_poly *chi)
{
    ax_zlist L = {0};
    mpq_t unit;
    mpq_init(unit);
    axle_status s = ax_exact_decompose(unit, &L, chi, true,
                                       "factorization of the characteristic polynomial of T*T");
    mpq_clear(unit);
    if (!s && (!(Q->f = ax_calloc(L.n, sizeof *Q->f)) || !(Q->fm = ax_calloc(L.n, sizeof *Q->fm))))
        s = ax_nomem();
    for (size_t i = 0; !s && i < L.n; i++) {
        if (2 * (L.f[i].len - 1) > AXLE_ROOTS_MAX_DEGREE) {
            s = ax_error(AXLE_ERANGE,
                         "exact singular values are limited to irreducible factors of degree %d "
                         "of the characteristic polynomial of T*T (their square roots are roots "
                         "of f(x²), of twice the degree, and exact roots stop at degree %d, "
                         "AXLE_ROOTS_MAX_DEGREE); this one has degree %zu",
                         AXLE_ROOTS_MAX_DEGREE / 2, AXLE_ROOTS_MAX_DEGREE, L.f[i].len - 1);
            break;
        }
        ax_zp_init(&Q->f[i]);
        Q->nf++;
        s = ax_zp_set(&Q->f[i], &L.f[i]);
        Q->fm[i] = L.mult[i];
    }
    ax_zlist_clear(&L);
    return s;
}

/* The singular values of factor i (f, degree d) appended to L, tagged i + 1: the positive real
 * roots of f(x²) (its factor x for f = x: the value 0). There must be d of them: then f has d
 * distinct positive roots (their squares), all of its roots, which certifies that every
 * eigenvalue of f is real and >= 0. */
static axle_status factor_values(ax_alist *L, const ax_zpoly *f, size_t i)
{
    size_t d = (size_t)ax_zp_deg(f), found = 0;
    if (d == 1 && !mpz_sgn(f->c[0])) {
        mpq_t z;
        mpq_init(z);
        axle_algebraic *a = NULL;
        axle_status s = ax_alg_rational(&a, z);
        mpq_clear(z);
        AX_STEP(s, ax_alist_push(L, a, (unsigned long)i + 1));
        return s;
    }
    ax_zlist F = {0};
    axle_status s = ax_qi_square_factors(&F, f);
    for (size_t j = 0; !s && j < F.n; j++) {
        ax_alist R = {0};
        s = ax_alg_roots_irreducible(&R, &F.f[j], (unsigned long)i + 1, true);
        for (size_t k = 0; !s && k < R.n; k++) {
            int sg = 0;
            if ((s = axle_algebraic_sign(&sg, R.a[k])) || sg <= 0)
                continue;
            found++;
            s = ax_alist_push(L, R.a[k], (unsigned long)i + 1);
            R.a[k] = NULL;
        }
        ax_alist_clear(&R);
    }
    ax_zlist_clear(&F);
    if (!s && found != d)
        s = ax_error(AXLE_EUNCERTIFIED,
                     "T*T has an eigenvalue that is not real and positive: an irreducible factor "
                     "of degree %zu of its characteristic polynomial has %zu positive real roots "
                     "(a bug: T*T is positive)",
                     d, found);
    return s;
}

/* The singular values, certified, decreasing. */
static axle_status values(ax_qsv *Q)
{
    ax_alist L = {0};
    axle_status s = AXLE_OK;
    for (size_t i = 0; i < Q->nf && !s; i++)
        s = factor_values(&L, &Q->f[i], i);
    AX_STEP(s, ax_alg_canonical_order(&L));
    if (!s && (!(Q->sigma = ax_calloc(L.n, sizeof *Q->sigma)) ||
               !(Q->fac = ax_calloc(L.n, sizeof *Q->fac))))
        s = ax_nomem();
    for (size_t k = 0; !s && k < L.n; k++) { /* ascending into decreasing */
        size_t from = L.n - 1 - k;
        Q->sigma[k] = L.a[from];
        Q->fac[k] = L.m[from] - 1; /* the factor's index + 1 rode in the multiplicity */
        L.a[from] = NULL;
        Q->count++;
    }
    ax_alist_clear(&L);
    return s;
}

static axle_status build(ax_svals **out, ax_qsv *Q, size_t m)
{
    ax_svals *S = ax_calloc(1, sizeof *S);
    if (!S || !(S->approx = ax_calloc(Q->count, sizeof *S->approx)) ||
        !(S->mult = ax_calloc(Q->count, sizeof *S->mult))) {
        ax_svals_free(S);
        return ax_nomem();
    }
    S->m = m;
    S->n = Q->n;
    S->count = Q->count;
    axle_status s = AXLE_OK;
    for (size_t k = 0; k < Q->count && !s; k++) {
        S->mult[k] = Q->fm[Q->fac[k]];
        s = axle_algebraic_to_double(&S->approx[k], NULL, Q->sigma[k]);
    }
    if (s) {
        ax_svals_free(S);
        return s;
    }
    S->ops = &qsv_ops;
    S->data = Q;
    *out = S;
    return AXLE_OK;
}

axle_status ax_qq_svd(ax_svals **out, const axle_matrix *M, const axle_matrix *GV,
                      const axle_matrix *GW)
{
    AX_OUT(out);
    ax_qsv *Q = ax_calloc(1, sizeof *Q);
    if (!Q)
        return ax_nomem();
    Q->n = M->cols;
    axle_poly *chi = NULL;
    axle_status s = ax_qi_gram_product(&Q->N, M, GV, GW);
    AX_STEP(s, ax_qi_charpoly(&chi, Q->N, "singular values"));
    AX_STEP(s, factors(Q, chi));
    AX_STEP(s, values(Q));
    axle_poly_free(chi);
    AX_STEP(s, build(out, Q, M->rows));
    if (s)
        qsv_free(Q);
    return s;
}
