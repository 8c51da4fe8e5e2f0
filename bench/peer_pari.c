/* PARI as a peer: libpari initialized once (pari_init_opts, GMP's memory functions left alone,
 * one thread: pari_mt_nbthreads = 1 before pari_mt_init), matrices read from GP notation once
 * and kept as clones; each call what a GP user types: matdet, matrank, matker, matsolve, 1/A
 * (ginv), A*B, charpoly (flag 5, PARI's default), factor; least squares by matsolve(A~*A, A~*b).
 * PARI has no RREF and no Gram–Schmidt over Q. */
#define _POSIX_C_SOURCE 200809L
#include <pari/pari.h>
#include <stdlib.h>

#include "qq.h"

typedef struct pari_ctx {
    bench_ctx base;
    qq_op op;
    GEN A, B, p; /* clones */
} pari_ctx;

static bool pari_started;

static void pari_start(void)
{
    if (pari_started)
        return;
    pari_started = true;
    pari_init_opts(1ul << 27, 0, INIT_DFTm | INIT_noINTGMPm | INIT_noIMTm);
    paristack_setsize(1ul << 27, 1ul << 33); /* the stack may grow to 8 GiB of address space */
    DEBUGMEM = 0;                            /* quietly */
    pari_mt_nbthreads = 1;
    pari_mt_init();
}

/* A clone of the GP matrix [a_11, ..., a_1n; ...] (rows m, columns n, row-major a). */
static GEN read_matrix(const mpq_t *a, size_t m, size_t n)
{
    qq_text t;
    qq_text_open(&t);
    fputc('[', t.f);
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++)
            gmp_fprintf(t.f, "%Qd%s", a[i * n + j], j + 1 < n ? "," : i + 1 < m ? ";" : "]");
    fclose(t.f);
    pari_sp av = avma;
    GEN M = gclone(gp_read_str(t.s));
    set_avma(av);
    free(t.s);
    return M;
}

static bench_ctx *pari_load(const qq_input *in)
{
    if (in->op == QQ_RREF || (in->op >= QQ_EIGEN && in->op != QQ_LSTSQ))
        return NULL;
    pari_start();
    pari_ctx *c = calloc(1, sizeof *c);
    if (!c)
        exit(1);
    c->op = in->op;
    if (in->a)
        c->A = read_matrix((const mpq_t *)in->a, in->m, in->n);
    if (in->b)
        c->B = read_matrix((const mpq_t *)in->b, in->bm, in->bn);
    if (in->poly) {
        qq_text t;
        qq_text_open(&t);
        fputs("Pol([", t.f);
        for (size_t k = in->len; k-- > 0;)
            gmp_fprintf(t.f, "%Zd%s", in->poly[k], k ? "," : "])");
        fclose(t.f);
        pari_sp av = avma;
        c->p = gclone(gp_read_str(t.s));
        set_avma(av);
        free(t.s);
    }
    return &c->base;
}

static void pari_free_ctx(bench_ctx *b)
{
    pari_ctx *c = (pari_ctx *)b;
    if (c->A)
        gunclone(c->A);
    if (c->B)
        gunclone(c->B);
    if (c->p)
        gunclone(c->p);
    free(c->base.digest);
    free(c);
}

/* The digest: the GP strings of x (and y), space separated. */
static void digest_gens(pari_ctx *c, GEN x, GEN y)
{
    char *s = GENtostr(x), *t = y ? GENtostr(y) : NULL;
    bench_digest(&c->base, t ? "%s %s" : "%s", s, t);
    pari_free(s);
    if (t)
        pari_free(t);
}

static void pari_run(void *ctx)
{
    pari_ctx *c = ctx;
    bool check = c->base.check;
    pari_sp av = avma;
    switch (c->op) {
    case QQ_DET: {
        GEN d = det(c->A);
        if (check)
            digest_gens(c, d, NULL);
        break;
    }
    case QQ_RANK: {
        long r = rank(c->A);
        if (check)
            bench_digest(&c->base, "%ld", r);
        break;
    }
    case QQ_NULL:
    case QQ_NULL_DEF: {
        GEN K = ker(c->A);
        if (check)
            bench_digest(&c->base, "%ld", (long)lg(K) - 1);
        break;
    }
    case QQ_SOLVE:
    case QQ_INV:
    case QQ_MUL:
    case QQ_LSTSQ: {
        GEN At = c->op == QQ_LSTSQ ? shallowtrans(c->A) : NULL;
        GEN X = c->op == QQ_LSTSQ   ? gauss(gmul(At, c->A), gmul(At, c->B))
                : c->op == QQ_SOLVE ? gauss(c->A, c->B)
                : c->op == QQ_INV   ? ginv(c->A)
                                    : gmul(c->A, c->B);
        if (check) {
            long m = nbrows(X), n = lg(X) - 1;
            digest_gens(c, gcoeff(X, 1, 1), gcoeff(X, m, n));
        }
        break;
    }
    case QQ_CHARPOLY: {
        GEN p = charpoly0(c->A, 0, 5);
        if (check) {
            qq_text t;
            qq_text_open(&t);
            for (long k = 0; k <= degpol(p); k++) {
                char *s = GENtostr(gel(p, k + 2));
                fprintf(t.f, "%s,", s);
                pari_free(s);
            }
            qq_text_digest(&t, &c->base);
        }
        break;
    }
    case QQ_FACTOR: {
        GEN F = factor(c->p);
        if (check) {
            GEN P = gel(F, 1), E = gel(F, 2);
            size_t k = (size_t)(lg(P) - 1);
            unsigned long(*pairs)[2] = malloc((k + 1) * sizeof *pairs);
            if (!pairs)
                exit(1);
            for (size_t i = 0; i < k; i++) {
                pairs[i][0] = (unsigned long)degpol(gel(P, i + 1));
                pairs[i][1] = (unsigned long)itos(gel(E, i + 1));
            }
            qq_factor_digest(&c->base, pairs, k);
            free(pairs);
        }
        break;
    }
    default:
        break;
    }
    set_avma(av);
}

void bench_pari_close(void)
{
    if (pari_started)
        pari_close();
    pari_started = false;
}

static const char *pari_version_string(void)
{
    static char buf[48];
    snprintf(buf, sizeof buf, "PARI %ld.%ld.%ld", (long)(PARI_VERSION_CODE >> 16),
             (long)((PARI_VERSION_CODE >> 8) & 255), (long)(PARI_VERSION_CODE & 255));
    return buf;
}

const qq_peer bench_pari = {"PARI", pari_version_string, pari_load, pari_run, pari_free_ctx};
