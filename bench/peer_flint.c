/* FLINT as a peer: fmpz_mat for integer matrices (what a FLINT user calls on them), fmpq_mat for
 * rational ones, fmpz_poly for the factorization; least squares by the normal equations
 * (fmpz_mat_solve on A^T A x = A^T b: FLINT has no least-squares routine), Gram–Schmidt by
 * fmpq_mat_gso (the orthogonal, unnormalized columns, as axle's e'_j). */
#define _POSIX_C_SOURCE 200809L
#include <flint/fmpq.h>
#include <flint/fmpq_mat.h>
#include <flint/fmpz_mat.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpz_poly_factor.h>
#include <stdlib.h>

#include "qq.h"

typedef struct fl_ctx {
    bench_ctx base;
    qq_op op;
    bool integral;
    fmpz_mat_t A, B, X;
    fmpz_mat_t At, AtA, AtB; /* least squares: the normal equations */
    fmpq_mat_t QA, QB, QX;
    fmpz_t den;
    fmpq_t q;
    fmpz_poly_t p;
    fmpz_poly_factor_t fac;
} fl_ctx;

static bool fl_supports(qq_op op, bool integral)
{
    switch (op) {
    case QQ_DET:
    case QQ_RANK:
    case QQ_SOLVE:
    case QQ_INV:
        return true;
    case QQ_NULL:
    case QQ_NULL_DEF:
    case QQ_RREF:
    case QQ_MUL:
    case QQ_CHARPOLY:
        return integral;
    case QQ_FACTOR:
    case QQ_GS:
        return true;
    case QQ_LSTSQ:
        return integral;
    default:
        return false;
    }
}

static bench_ctx *fl_load(const qq_input *in)
{
    if (!fl_supports(in->op, in->integral))
        return NULL;
    fl_ctx *c = calloc(1, sizeof *c);
    if (!c)
        exit(1);
    c->op = in->op;
    c->integral = in->integral;
    slong m = (slong)in->m, n = (slong)in->n, bm = (slong)in->bm, bn = (slong)in->bn;
    fmpz_mat_init(c->A, m, n);
    fmpz_mat_init(c->B, bm, bn);
    slong xcols = in->op == QQ_SOLVE || in->op == QQ_LSTSQ || in->op == QQ_MUL ? bn : n;
    fmpz_mat_init(c->X, in->op == QQ_MUL ? m : n, xcols);
    fmpz_mat_init(c->At, n, m);
    fmpz_mat_init(c->AtA, n, n);
    fmpz_mat_init(c->AtB, n, bn);
    fmpq_mat_init(c->QA, m, n);
    fmpq_mat_init(c->QB, bm, bn);
    fmpq_mat_init(c->QX, in->op == QQ_GS ? m : n, in->op == QQ_SOLVE ? bn : n);
    fmpz_init(c->den);
    fmpq_init(c->q);
    fmpz_poly_init(c->p);
    fmpz_poly_factor_init(c->fac);
    for (slong i = 0; i < m; i++)
        for (slong j = 0; j < n; j++) {
            fmpq_set_mpq(fmpq_mat_entry(c->QA, i, j), in->a[i * n + j]);
            if (in->integral)
                fmpz_set_mpz(fmpz_mat_entry(c->A, i, j), mpq_numref(in->a[i * n + j]));
        }
    for (slong i = 0; i < bm; i++)
        for (slong j = 0; j < bn; j++) {
            fmpq_set_mpq(fmpq_mat_entry(c->QB, i, j), in->b[i * bn + j]);
            fmpz_set_mpz(fmpz_mat_entry(c->B, i, j), mpq_numref(in->b[i * bn + j]));
        }
    for (size_t k = 0; k < in->len; k++)
        fmpz_poly_set_coeff_mpz(c->p, (slong)k, in->poly[k]);
    return &c->base;
}

static void fl_free(bench_ctx *b)
{
    fl_ctx *c = (fl_ctx *)b;
    fmpz_mat_clear(c->A);
    fmpz_mat_clear(c->B);
    fmpz_mat_clear(c->X);
    fmpz_mat_clear(c->At);
    fmpz_mat_clear(c->AtA);
    fmpz_mat_clear(c->AtB);
    fmpq_mat_clear(c->QA);
    fmpq_mat_clear(c->QB);
    fmpq_mat_clear(c->QX);
    fmpz_clear(c->den);
    fmpq_clear(c->q);
    fmpz_poly_clear(c->p);
    fmpz_poly_factor_clear(c->fac);
    free(c->base.digest);
    free(c);
}

/* "%Qd %Qd" of X_11 / den and X_mn / den. */
static void digest_corners(fl_ctx *c, const fmpz_mat_t X, const fmpz_t den)
{
    mpq_t u, v;
    mpq_init(u);
    mpq_init(v);
    slong m = fmpz_mat_nrows(X), n = fmpz_mat_ncols(X);
    fmpz_get_mpz(mpq_numref(u), fmpz_mat_entry(X, 0, 0));
    fmpz_get_mpz(mpq_numref(v), fmpz_mat_entry(X, m - 1, n - 1));
    fmpz_get_mpz(mpq_denref(u), den);
    fmpz_get_mpz(mpq_denref(v), den);
    mpq_canonicalize(u);
    mpq_canonicalize(v);
    bench_digest(&c->base, "%Qd %Qd", u, v);
    mpq_clear(u);
    mpq_clear(v);
}

static void digest_qcorners(fl_ctx *c, const fmpq_mat_t X)
{
    mpq_t u, v;
    mpq_init(u);
    mpq_init(v);
    slong m = fmpq_mat_nrows(X), n = fmpq_mat_ncols(X);
    fmpq_get_mpq(u, fmpq_mat_entry(X, 0, 0));
    fmpq_get_mpq(v, fmpq_mat_entry(X, m - 1, n - 1));
    bench_digest(&c->base, "%Qd %Qd", u, v);
    mpq_clear(u);
    mpq_clear(v);
}

static void fl_run(void *ctx)
{
    fl_ctx *c = ctx;
    bool z = c->integral, check = c->base.check;
    slong r = 0;
    switch (c->op) {
    case QQ_DET:
        if (z)
            fmpz_mat_det(c->den, c->A);
        else
            fmpq_mat_det(c->q, c->QA);
        if (check) {
            mpq_t u;
            mpq_init(u);
            if (z)
                fmpz_get_mpz(mpq_numref(u), c->den);
            else
                fmpq_get_mpq(u, c->q);
            bench_digest(&c->base, "%Qd", u);
            mpq_clear(u);
        }
        break;
    case QQ_RANK:
        r = z ? fmpz_mat_rank(c->A) : fmpq_mat_rref(c->QX, c->QA);
        if (check)
            bench_digest(&c->base, "%ld", (long)r);
        break;
    case QQ_RREF:
        r = fmpz_mat_rref(c->X, c->den, c->A);
        if (check)
            bench_digest(&c->base, "%ld", (long)r);
        break;
    case QQ_NULL:
    case QQ_NULL_DEF: {
        fmpz_mat_t N;
        fmpz_mat_init(N, fmpz_mat_ncols(c->A), fmpz_mat_ncols(c->A));
        r = fmpz_mat_nullspace(N, c->A);
        fmpz_mat_clear(N);
        if (check)
            bench_digest(&c->base, "%ld", (long)r);
        break;
    }
    case QQ_SOLVE:
        if (z) {
            fmpz_mat_solve(c->X, c->den, c->A, c->B);
            if (check)
                digest_corners(c, c->X, c->den);
        } else {
            fmpq_mat_solve(c->QX, c->QA, c->QB);
            if (check)
                digest_qcorners(c, c->QX);
        }
        break;
    case QQ_INV:
        if (z) {
            fmpz_mat_inv(c->X, c->den, c->A);
            if (check)
                digest_corners(c, c->X, c->den);
        } else {
            fmpq_mat_inv(c->QX, c->QA);
            if (check)
                digest_qcorners(c, c->QX);
        }
        break;
    case QQ_MUL:
        fmpz_mat_mul(c->X, c->A, c->B);
        if (check) {
            fmpz_one(c->den);
            digest_corners(c, c->X, c->den);
        }
        break;
    case QQ_CHARPOLY:
        fmpz_mat_charpoly(c->p, c->A);
        if (check) {
            qq_text t;
            qq_text_open(&t);
            mpz_t v;
            mpz_init(v);
            for (slong k = 0; k <= fmpz_poly_degree(c->p); k++) {
                fmpz_poly_get_coeff_mpz(v, c->p, k);
                gmp_fprintf(t.f, "%Zd,", v);
            }
            mpz_clear(v);
            qq_text_digest(&t, &c->base);
        }
        break;
    case QQ_LSTSQ:
        fmpz_mat_transpose(c->At, c->A);
        fmpz_mat_mul(c->AtA, c->At, c->A);
        fmpz_mat_mul(c->AtB, c->At, c->B);
        fmpz_mat_solve(c->X, c->den, c->AtA, c->AtB);
        if (check)
            digest_corners(c, c->X, c->den);
        break;
    case QQ_GS:
        fmpq_mat_gso(c->QX, c->QA);
        if (check) { /* the squared norm of the last column, summed in locals (GCC's
                      * -Wstringop-overflow misjudged the size of the context's fmpq_t) */
            fmpq_t t, acc;
            fmpq_init(t);
            fmpq_init(acc);
            slong last = fmpq_mat_ncols(c->QX) - 1;
            for (slong i = 0; i < fmpq_mat_nrows(c->QX); i++) {
                fmpq_mul(t, fmpq_mat_entry(c->QX, i, last), fmpq_mat_entry(c->QX, i, last));
                fmpq_add(acc, acc, t);
            }
            mpq_t u;
            mpq_init(u);
            fmpq_get_mpq(u, acc);
            bench_digest(&c->base, "%Qd", u);
            mpq_clear(u);
            fmpq_clear(t);
            fmpq_clear(acc);
        }
        break;
    case QQ_FACTOR:
        fmpz_poly_factor_clear(c->fac); /* a fresh factorization each call, as a caller has */
        fmpz_poly_factor_init(c->fac);
        fmpz_poly_factor(c->fac, c->p);
        if (check) {
            unsigned long(*pairs)[2] = malloc((size_t)(c->fac->num + 1) * sizeof *pairs);
            if (!pairs)
                exit(1);
            for (slong i = 0; i < c->fac->num; i++) {
                pairs[i][0] = (unsigned long)fmpz_poly_degree(c->fac->p + i);
                pairs[i][1] = (unsigned long)c->fac->exp[i];
            }
            qq_factor_digest(&c->base, pairs, (size_t)c->fac->num);
            free(pairs);
        }
        break;
    default:
        break;
    }
}

static const char *fl_version(void)
{
    return "FLINT " FLINT_VERSION;
}

const qq_peer bench_flint = {"FLINT", fl_version, fl_load, fl_run, fl_free};
