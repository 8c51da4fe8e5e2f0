/* Calcium as a peer: the exact eigenvalues (qqbar_eigenvalues_fmpq_mat, the eigenvalues only, for
 * both axle's eigenvalue rows), the singular values (the same on A^T A, then qqbar_sqrt) and the
 * Jordan form with its transformation (ca_mat_jordan_form, as axle_matrix_jordan gives J and P;
 * only when ca_mat's headers, which need antic's, are installed: libantic-dev). */
#define _POSIX_C_SOURCE 200809L
#include <calcium/qqbar.h>
#ifdef AXLE_BENCH_CALCIUM_JORDAN
#include <calcium/ca_mat.h>
#include <calcium/ca_vec.h>
#endif
#include <flint/fmpq_mat.h>
#include <stdlib.h>
#include <string.h>

#include "qq.h"

typedef struct calcium_ctx {
    bench_ctx base;
    qq_op op;
    slong n;
    fmpq_mat_t Q;
    qqbar_ptr eig;
#ifdef AXLE_BENCH_CALCIUM_JORDAN
    ca_ctx_t ca;
    ca_mat_t A;
#endif
} calcium_ctx;

static bench_ctx *calcium_load(const qq_input *in)
{
#ifdef AXLE_BENCH_CALCIUM_JORDAN
    if (in->op != QQ_EIGEN && in->op != QQ_ROOTS && in->op != QQ_SVD && in->op != QQ_JORDAN)
        return NULL;
#else
    if (in->op != QQ_EIGEN && in->op != QQ_ROOTS && in->op != QQ_SVD)
        return NULL;
#endif
    calcium_ctx *c = calloc(1, sizeof *c);
    if (!c)
        exit(1);
    c->op = in->op;
    c->n = (slong)in->n;
    fmpq_mat_init(c->Q, c->n, c->n);
    for (slong i = 0; i < c->n; i++)
        for (slong j = 0; j < c->n; j++)
            fmpq_set_mpq(fmpq_mat_entry(c->Q, i, j), in->a[i * c->n + j]);
    c->eig = _qqbar_vec_init(c->n);
#ifdef AXLE_BENCH_CALCIUM_JORDAN
    ca_ctx_init(c->ca);
    ca_mat_init(c->A, c->n, c->n, c->ca);
    ca_mat_set_fmpq_mat(c->A, c->Q, c->ca);
#endif
    return &c->base;
}

static void calcium_free(bench_ctx *b)
{
    calcium_ctx *c = (calcium_ctx *)b;
#ifdef AXLE_BENCH_CALCIUM_JORDAN
    ca_mat_clear(c->A, c->ca);
    ca_ctx_clear(c->ca);
#endif
    _qqbar_vec_clear(c->eig, c->n);
    fmpq_mat_clear(c->Q);
    free(c->base.digest);
    free(c);
}

static void calcium_run(void *ctx)
{
    calcium_ctx *c = ctx;
    if (c->op == QQ_SVD) { /* the square roots of the eigenvalues of A^T A */
        fmpq_mat_t T, G;
        fmpq_mat_init(T, c->n, c->n);
        fmpq_mat_init(G, c->n, c->n);
        fmpq_mat_transpose(T, c->Q);
        fmpq_mat_mul(G, T, c->Q);
        qqbar_eigenvalues_fmpq_mat(c->eig, G, 0);
        for (slong i = 0; i < c->n; i++)
            qqbar_sqrt(c->eig + i, c->eig + i);
        fmpq_mat_clear(T);
        fmpq_mat_clear(G);
    } else if (c->op != QQ_JORDAN) {
        qqbar_eigenvalues_fmpq_mat(c->eig, c->Q, 0);
    }
    if (c->op != QQ_JORDAN) {
        if (c->base.check) { /* the number of distinct values among the n listed */
            size_t d = 0;
            for (slong i = 0; i < c->n; i++) {
                slong j = 0;
                while (j < i && !qqbar_equal(c->eig + j, c->eig + i))
                    j++;
                d += j == i;
            }
            bench_digest(&c->base, "%zu", d);
        }
        return;
    }
#ifdef AXLE_BENCH_CALCIUM_JORDAN
    ca_mat_t J, P;
    ca_mat_init(J, c->n, c->n, c->ca);
    ca_mat_init(P, c->n, c->n, c->ca);
    bool ok = ca_mat_jordan_form(J, P, c->A, c->ca);
    if (!ok && c->base.check) { /* Calcium could not decide an equality: the row says so */
        free(c->base.error);
        c->base.error = strdup("ca_mat_jordan_form: Calcium could not decide the Jordan form");
    } else if (!ok) {
        fprintf(stderr, "axle-bench: Calcium could not compute the Jordan form\n");
        exit(1);
    }
    if (ok && c->base.check) {
        ca_vec_t lambda;
        ca_vec_init(lambda, 0, c->ca);
        slong blocks = 0, *bl = malloc((size_t)c->n * sizeof *bl),
              *bs = malloc((size_t)c->n * sizeof *bs);
        if (!bl || !bs || !ca_mat_jordan_blocks(lambda, &blocks, bl, bs, c->A, c->ca)) {
            fprintf(stderr, "axle-bench: Calcium could not compute the Jordan blocks\n");
            exit(1);
        }
        bench_digest(&c->base, "%ld", (long)blocks);
        free(bl);
        free(bs);
        ca_vec_clear(lambda, c->ca);
    }
    ca_mat_clear(J, c->ca);
    ca_mat_clear(P, c->ca);
#endif
}

static const char *calcium_version_string(void)
{
    static char buf[48];
    snprintf(buf, sizeof buf, "Calcium %s", calcium_version());
    return buf;
}

const qq_peer bench_calcium = {"Calcium", calcium_version_string, calcium_load, calcium_run,
                               calcium_free};
