/* The QQ workloads: axle's exact kernels against FLINT (fmpz_mat, fmpq_mat, fmpz_poly) and PARI
 * (libpari, one thread); exact eigenvalues and Jordan forms against Calcium; and what exactness
 * costs: axle over QQ against axle over RR on the same teaching-size matrices.
 * Inputs (seeded, identical for every contender): random integers in [-10, 10], Hilbert matrices
 * 1/(i + j - 1), random integers of 100 digits; for the null space an n x (n+1) matrix and the
 * product of n x n/2 and n/2 x n random factors; for the factorization the characteristic
 * polynomial of a random matrix; for the Jordan form P J P^-1 with J made of blocks of sizes
 * 1..3 for eigenvalues in {-2, ..., 2} and P = L U unimodular (L, U unit triangular, entries in
 * [-1, 1]); and for the factorization also Swinnerton-Dyer polynomials, x^n - 1, Wilkinson's
 * polynomial and products of four random factors (polys.c); n is then the degree. */
#define _POSIX_C_SOURCE 200809L
#include "qq.h"
#include "polys.h"

#include <axle.h>
#include <stdlib.h>
#include <string.h>

#ifdef AXLE_BENCH_FLINT
#include <flint/flint.h>
#endif

const char *const qq_op_name[QQ_OPS] = {"det",
                                        "rank",
                                        "null n x (n+1)",
                                        "null rank n/2",
                                        "rref",
                                        "solve",
                                        "inverse",
                                        "product",
                                        "charpoly",
                                        "factor",
                                        "eigen (full spectrum)",
                                        "eigenvalues",
                                        "Jordan form",
                                        "least squares",
                                        "Gram–Schmidt",
                                        "singular values"};

void qq_text_open(qq_text *t)
{
    t->s = NULL;
    t->len = 0;
    t->f = open_memstream(&t->s, &t->len);
    if (!t->f) {
        fprintf(stderr, "axle-bench: out of memory\n");
        exit(1);
    }
}

void qq_text_digest(qq_text *t, bench_ctx *c)
{
    fclose(t->f);
    free(c->digest);
    c->digest = t->s;
}

static int cmp_pair(const void *x, const void *y)
{
    const unsigned long *a = x, *b = y;
    return a[0] != b[0] ? (a[0] > b[0]) - (a[0] < b[0]) : (a[1] > b[1]) - (a[1] < b[1]);
}

void qq_factor_digest(bench_ctx *c, unsigned long (*pairs)[2], size_t k)
{
    qsort(pairs, k, sizeof *pairs, cmp_pair);
    qq_text t;
    qq_text_open(&t);
    for (size_t i = 0; i < k; i++)
        fprintf(t.f, "%s%lu^%lu", i ? " " : "", pairs[i][0], pairs[i][1]);
    qq_text_digest(&t, c);
}

/* ---- axle as a contender ------------------------------------------------------------------ */

typedef struct qq_axle {
    bench_ctx base;
    qq_op op;
    axle_matrix *A, *B;
    axle_poly *p;
    axle_space *V; /* Gram–Schmidt: F^n, its dot product and A's columns */
    axle_inner *ip;
    axle_vector **v;
    size_t nv;
} qq_axle;

static void digest_entries(bench_ctx *c, const axle_matrix *X)
{
    mpq_t u, v;
    mpq_init(u);
    mpq_init(v);
    size_t m = axle_matrix_rows(X), n = axle_matrix_cols(X);
    if (axle_matrix_get_mpq(u, X, 0, 0) || axle_matrix_get_mpq(v, X, m - 1, n - 1))
        bench_fail("entry");
    bench_digest(c, "%Qd %Qd", u, v);
    mpq_clear(u);
    mpq_clear(v);
}

static void digest_poly(bench_ctx *c, const axle_poly *p)
{
    qq_text t;
    qq_text_open(&t);
    mpq_t q;
    mpq_init(q);
    for (long k = 0; k <= axle_poly_degree(p); k++) {
        axle_poly_coeff_mpq(q, p, (size_t)k);
        gmp_fprintf(t.f, "%Qd,", q);
    }
    mpq_clear(q);
    qq_text_digest(&t, c);
}

static void qq_axle_run(void *ctx)
{
    qq_axle *c = ctx;
    bool check = c->base.check && (!c->A || axle_matrix_field(c->A) == AXLE_QQ);
    axle_matrix *X = NULL, *N = NULL;
    axle_scalar *s = NULL;
    axle_poly *p = NULL;
    axle_poly_factors *f = NULL;
    axle_roots *r = NULL;
    axle_eigen *E = NULL;
    axle_gs *gs = NULL;
    axle_svd *svd = NULL;
    size_t rank = 0;
    axle_status st = AXLE_OK;
    switch (c->op) {
    case QQ_DET:
        st = axle_matrix_det(&s, c->A);
        break;
    case QQ_RANK:
        st = axle_matrix_rank(&rank, c->A);
        break;
    case QQ_NULL:
    case QQ_NULL_DEF:
        st = axle_matrix_null(&N, c->A);
        break;
    case QQ_RREF:
        st = axle_matrix_rref(&X, NULL, &rank, c->A);
        break;
    case QQ_SOLVE:
        st = axle_matrix_solve(&X, &N, c->A, c->B);
        break;
    case QQ_INV:
        st = axle_matrix_inverse(&X, c->A);
        break;
    case QQ_MUL:
        st = axle_matrix_mul(&X, c->A, c->B);
        break;
    case QQ_CHARPOLY:
        st = axle_matrix_charpoly(&p, c->A);
        break;
    case QQ_FACTOR:
        st = axle_poly_factor(&f, c->p);
        break;
    case QQ_EIGEN:
        st = axle_matrix_eigen(&E, c->A);
        break;
    case QQ_ROOTS:
        st = axle_matrix_charpoly(&p, c->A);
        if (!st)
            st = axle_poly_roots(&r, p);
        break;
    case QQ_JORDAN: {
        axle_matrix *P = NULL;
        st = axle_matrix_jordan(&X, &P, c->A);
        axle_matrix_free(P);
        break;
    }
    case QQ_LSTSQ:
        st = axle_matrix_lstsq(&X, &rank, NULL, c->A, c->B);
        break;
    case QQ_GS:
        st = axle_inner_gram_schmidt(&gs, c->ip, (const axle_vector *const *)c->v, c->nv);
        if (!st && check)
            st = axle_gs_norm_squared(&s, gs, c->nv - 1);
        break;
    case QQ_SVD:
        st = axle_matrix_svd(&svd, c->A);
        break;
    case QQ_OPS:
        break;
    }
    if (st) { /* a refusal while checking becomes the row's note; while timing it is fatal */
        bench_refused(&c->base, qq_op_name[c->op]);
        check = false;
    }
    if (check) {
        mpq_t q;
        mpq_init(q);
        switch (c->op) {
        case QQ_DET:
        case QQ_GS:
            axle_scalar_get_mpq(q, s);
            bench_digest(&c->base, "%Qd", q);
            break;
        case QQ_RANK:
        case QQ_RREF:
            bench_digest(&c->base, "%zu", rank);
            break;
        case QQ_NULL:
        case QQ_NULL_DEF:
            bench_digest(&c->base, "%zu", axle_matrix_cols(N));
            break;
        case QQ_SOLVE:
        case QQ_INV:
        case QQ_MUL:
        case QQ_LSTSQ:
            digest_entries(&c->base, X);
            break;
        case QQ_SVD:
            bench_digest(&c->base, "%zu", axle_svd_count(svd));
            break;
        case QQ_CHARPOLY:
            digest_poly(&c->base, p);
            break;
        case QQ_FACTOR: {
            size_t k = axle_poly_factors_count(f);
            unsigned long(*pairs)[2] = malloc((k ? k : 1) * sizeof *pairs);
            if (!pairs)
                exit(1);
            for (size_t i = 0; i < k; i++) {
                pairs[i][0] =
                    (unsigned long)axle_poly_degree(axle_poly_factors_get(f, i, &pairs[i][1]));
            }
            qq_factor_digest(&c->base, pairs, k);
            free(pairs);
            break;
        }
        case QQ_EIGEN:
            bench_digest(&c->base, "%zu", axle_eigen_count(E));
            break;
        case QQ_ROOTS:
            bench_digest(&c->base, "%zu", axle_roots_count(r));
            break;
        case QQ_JORDAN: {
            size_t n = axle_matrix_rows(X), blocks = n;
            for (size_t i = 0; i + 1 < n; i++) {
                if (axle_matrix_get_mpq(q, X, i, i + 1))
                    bench_fail("entry");
                blocks -= mpq_cmp_ui(q, 1, 1) == 0;
            }
            bench_digest(&c->base, "%zu", blocks);
            break;
        }
        case QQ_OPS:
            break;
        }
        mpq_clear(q);
    }
    axle_matrix_free(X);
    axle_matrix_free(N);
    axle_scalar_free(s);
    axle_poly_free(p);
    axle_poly_factors_free(f);
    axle_roots_free(r);
    axle_eigen_unref(E);
    axle_gs_unref(gs);
    axle_svd_unref(svd);
}

static axle_matrix *axle_from(axle_field F, const mpq_t *a, size_t m, size_t n)
{
    axle_matrix *A = NULL;
    if (axle_matrix_new(&A, AXLE_QQ, m, n))
        bench_fail("axle_matrix_new");
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++)
            if (axle_matrix_set_mpq(A, i, j, a[i * n + j]))
                bench_fail("axle_matrix_set_mpq");
    if (F == AXLE_QQ)
        return A;
    axle_matrix *R = NULL;
    if (axle_matrix_convert(&R, A, F))
        bench_fail("axle_matrix_convert");
    axle_matrix_free(A);
    return R;
}

static void axle_load(qq_axle *c, const qq_input *in, axle_field F)
{
    memset(c, 0, sizeof *c);
    c->op = in->op;
    if (in->a)
        c->A = axle_from(F, (const mpq_t *)in->a, in->m, in->n);
    if (in->b)
        c->B = axle_from(F, (const mpq_t *)in->b, in->bm, in->bn);
    if (in->op == QQ_GS) { /* the columns of A as vectors of F^n */
        if (axle_space_fn(&c->V, F, in->m) || axle_inner_dot(&c->ip, c->V))
            bench_fail("axle_inner_dot");
        c->nv = in->n;
        c->v = calloc(in->n, sizeof *c->v);
        axle_matrix *col = NULL;
        if (!c->v || axle_matrix_new(&col, AXLE_QQ, in->m, 1))
            bench_fail("allocation");
        for (size_t j = 0; j < in->n; j++) {
            for (size_t i = 0; i < in->m; i++)
                if (axle_matrix_set_mpq(col, i, 0, in->a[i * in->n + j]))
                    bench_fail("axle_matrix_set_mpq");
            axle_matrix *cf = NULL;
            if (axle_matrix_convert(&cf, col, F) || axle_vector_from_coords(c->v + j, c->V, cf))
                bench_fail("axle_vector_from_coords");
            axle_matrix_free(cf);
        }
        axle_matrix_free(col);
    }
    if (in->poly) {
        mpq_t *q = malloc(in->len * sizeof *q);
        if (!q)
            exit(1);
        for (size_t k = 0; k < in->len; k++) {
            mpq_init(q[k]);
            mpq_set_z(q[k], in->poly[k]);
        }
        if (axle_poly_from_mpq(&c->p, AXLE_QQ, in->len, q))
            bench_fail("axle_poly_from_mpq");
        for (size_t k = 0; k < in->len; k++)
            mpq_clear(q[k]);
        free(q);
    }
}

static void axle_unload(qq_axle *c)
{
    axle_matrix_free(c->A);
    axle_matrix_free(c->B);
    axle_poly_free(c->p);
    for (size_t j = 0; j < c->nv; j++)
        axle_vector_unref(c->v[j]);
    free(c->v);
    axle_inner_unref(c->ip);
    axle_space_unref(c->V);
}

/* ---- inputs ------------------------------------------------------------------------------- */

typedef enum { IN_SMALL, IN_HILBERT, IN_DIGITS } qq_family;
static const char *const family_name[] = {"[-10, 10]", "Hilbert", "100 digits"};

static mpq_t *mpq_array(size_t k)
{
    mpq_t *a = malloc((k ? k : 1) * sizeof *a);
    if (!a) {
        fprintf(stderr, "axle-bench: out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < k; i++)
        mpq_init(a[i]);
    return a;
}

static void mpq_array_free(mpq_t *a, size_t k)
{
    if (!a)
        return;
    for (size_t i = 0; i < k; i++)
        mpq_clear(a[i]);
    free(a);
}

/* A random integer of 100 decimal digits with a random sign. */
static void digits100(mpz_t z)
{
    char buf[102];
    size_t k = 0;
    if (bench_rng() & 1)
        buf[k++] = '-';
    buf[k++] = (char)('1' + bench_rng() % 9);
    for (int d = 1; d < 100; d++)
        buf[k++] = (char)('0' + bench_rng() % 10);
    buf[k] = '\0';
    mpz_set_str(z, buf, 10);
}

static mpq_t *family_matrix(qq_family fam, size_t m, size_t n)
{
    mpq_t *a = mpq_array(m * n);
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            mpq_ptr q = a[i * n + j];
            if (fam == IN_SMALL)
                mpq_set_si(q, bench_rng_range(-10, 10), 1);
            else if (fam == IN_HILBERT)
                mpq_set_ui(q, 1, (unsigned long)(i + j + 1));
            else
                digits100(mpq_numref(q));
        }
    return a;
}

/* A B for integer matrices (m x k times k x n). */
static mpq_t *mpq_product(const mpq_t *A, const mpq_t *B, size_t m, size_t k, size_t n)
{
    mpq_t *C = mpq_array(m * n), t;
    mpq_init(t);
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++)
            for (size_t l = 0; l < k; l++) {
                mpq_mul(t, A[i * k + l], B[l * n + j]);
                mpq_add(C[i * n + j], C[i * n + j], t);
            }
    mpq_clear(t);
    return C;
}

/* P J P^-1 with J of Jordan blocks (sizes 1..3, eigenvalues in -2..2) and P = L U unimodular. */
static mpq_t *jordan_input(size_t n)
{
    mpq_t *J = mpq_array(n * n), *L = mpq_array(n * n), *U = mpq_array(n * n);
    mpq_t *Li = mpq_array(n * n), *Ui = mpq_array(n * n);
    for (size_t i = 0; i < n;) {
        size_t size = (size_t)bench_rng_range(1, 3);
        long lambda = bench_rng_range(-2, 2);
        for (size_t k = 0; k < size && i + k < n; k++) {
            mpq_set_si(J[(i + k) * n + i + k], lambda, 1);
            if (k)
                mpq_set_ui(J[(i + k - 1) * n + i + k], 1, 1);
        }
        i += size;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            if (i == j) {
                mpq_set_ui(L[i * n + j], 1, 1);
                mpq_set_ui(U[i * n + j], 1, 1);
            } else if (i > j) {
                mpq_set_si(L[i * n + j], bench_rng_range(-1, 1), 1);
            } else {
                mpq_set_si(U[i * n + j], bench_rng_range(-1, 1), 1);
            }
        }
    /* inverses of the unit triangular factors by substitution */
    mpq_t t;
    mpq_init(t);
    for (size_t j = 0; j < n; j++) {
        for (size_t i = 0; i < n; i++) { /* L Li = I, column j, forward */
            mpq_set_ui(Li[i * n + j], i == j, 1);
            for (size_t k = 0; k < i; k++) {
                mpq_mul(t, L[i * n + k], Li[k * n + j]);
                mpq_sub(Li[i * n + j], Li[i * n + j], t);
            }
        }
        for (size_t i = n; i-- > 0;) { /* U Ui = I, column j, backward */
            mpq_set_ui(Ui[i * n + j], i == j, 1);
            for (size_t k = i + 1; k < n; k++) {
                mpq_mul(t, U[i * n + k], Ui[k * n + j]);
                mpq_sub(Ui[i * n + j], Ui[i * n + j], t);
            }
        }
    }
    mpq_clear(t);
    mpq_t *P = mpq_product((const mpq_t *)L, (const mpq_t *)U, n, n, n);
    mpq_t *Pi = mpq_product((const mpq_t *)Ui, (const mpq_t *)Li, n, n, n);
    mpq_t *PJ = mpq_product((const mpq_t *)P, (const mpq_t *)J, n, n, n);
    mpq_t *A = mpq_product((const mpq_t *)PJ, (const mpq_t *)Pi, n, n, n);
    mpq_t *parts[] = {J, L, U, Li, Ui, P, Pi, PJ};
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
        mpq_array_free(parts[k], n * n);
    return A;
}

/* The input of op at size n from family fam. */
static void input_make(qq_input *in, qq_op op, qq_family fam, size_t n)
{
    memset(in, 0, sizeof *in);
    in->op = op;
    in->m = in->n = n;
    in->integral = fam != IN_HILBERT;
    switch (op) {
    case QQ_NULL:
        in->n = n + 1;
        in->a = family_matrix(fam, n, n + 1);
        break;
    case QQ_NULL_DEF: {
        size_t k = n / 2 ? n / 2 : 1;
        mpq_t *F = family_matrix(fam, n, k), *G = family_matrix(fam, k, n);
        in->a = mpq_product((const mpq_t *)F, (const mpq_t *)G, n, k, n);
        mpq_array_free(F, n * k);
        mpq_array_free(G, k * n);
        break;
    }
    case QQ_SOLVE:
        in->a = family_matrix(fam, n, n);
        in->bm = n;
        in->bn = 1;
        in->b = family_matrix(IN_SMALL, n, 1);
        break;
    case QQ_MUL:
        in->a = family_matrix(fam, n, n);
        in->bm = in->bn = n;
        in->b = family_matrix(fam, n, n);
        break;
    case QQ_FACTOR: {
        mpq_t *a = family_matrix(fam, n, n);
        axle_matrix *A = axle_from(AXLE_QQ, (const mpq_t *)a, n, n);
        axle_poly *p = NULL;
        if (axle_matrix_charpoly(&p, A))
            bench_fail("axle_matrix_charpoly");
        in->len = n + 1;
        in->poly = malloc(in->len * sizeof *in->poly);
        if (!in->poly)
            exit(1);
        mpq_t q;
        mpq_init(q);
        for (size_t k = 0; k < in->len; k++) {
            axle_poly_coeff_mpq(q, p, k);
            mpz_init_set(in->poly[k], mpq_numref(q));
        }
        mpq_clear(q);
        axle_poly_free(p);
        axle_matrix_free(A);
        mpq_array_free(a, n * n);
        in->m = in->n = 0;
        break;
    }
    case QQ_JORDAN:
        in->a = jordan_input(n);
        break;
    case QQ_LSTSQ:
        in->m = 2 * n;
        in->a = family_matrix(fam, 2 * n, n);
        in->bm = 2 * n;
        in->bn = 1;
        in->b = family_matrix(IN_SMALL, 2 * n, 1);
        break;
    default:
        in->a = family_matrix(fam, n, n);
        break;
    }
}

static void input_free(qq_input *in)
{
    mpq_array_free(in->a, in->m * in->n);
    mpq_array_free(in->b, in->bm * in->bn);
    if (in->poly) {
        for (size_t k = 0; k < in->len; k++)
            mpz_clear(in->poly[k]);
        free(in->poly);
    }
}

/* ---- the tables --------------------------------------------------------------------------- */

static const bench_group qq_group = {
    "qq",
    "QQ: axle against FLINT (fmpz_mat, fmpq_mat, fmpz_poly) and PARI (libpari, one thread)",
    "axle / peer",
    3,
    {"axle", "FLINT", "PARI"}};
static const bench_group eigen_group = {
    "eigen",
    "QQ: exact eigenvalues, Jordan forms and singular values against Calcium (qqbar, ca_mat)",
    "axle / Calcium",
    2,
    {"axle", "Calcium"}};
static const bench_group cost_group = {
    "cost",
    "What exactness costs: axle over QQ against axle over RR, the same matrices",
    "QQ / RR",
    2,
    {"axle QQ", "axle RR"}};

/* One row: axle and the peers of g (slots 1..) on in. */
static void qq_row_on(const bench_group *g, const qq_peer *const peers[], const qq_input *in,
                      const char *input, size_t n)
{
    qq_axle mine;
    axle_load(&mine, in, AXLE_QQ);
    bench_call calls[BENCH_MAX_CONTENDERS] = {{qq_axle_run, &mine.base, BENCH_RUN}};
    for (int i = 1; i < g->count; i++) {
        calls[i].state = BENCH_ABSENT;
        if (!peers[i - 1])
            continue;
        calls[i].ctx = peers[i - 1]->load(in);
        calls[i].run = peers[i - 1]->run;
        calls[i].state = calls[i].ctx ? BENCH_RUN : BENCH_NONE;
    }
    bench_case(g, qq_op_name[in->op], input, n, calls);
    for (int i = 1; i < g->count; i++)
        if (calls[i].ctx)
            peers[i - 1]->free(calls[i].ctx);
    axle_unload(&mine);
}

static void qq_row(const bench_group *g, const qq_peer *const peers[], qq_op op, qq_family fam,
                   size_t n)
{
    if (!bench_selected(g, qq_op_name[op]))
        return;
    qq_input in;
    input_make(&in, op, fam, n);
    qq_row_on(g, peers, &in,
              op == QQ_JORDAN   ? "P J P^-1"
              : op == QQ_FACTOR ? "charpoly [-10, 10]"
                                : family_name[fam],
              n);
    input_free(&in);
}

/* The factorization of f (taken over), n its size in the table. */
static void factor_row(const qq_peer *const peers[], const char *input, size_t n, bench_poly f)
{
    qq_input in;
    memset(&in, 0, sizeof in);
    in.op = QQ_FACTOR;
    in.integral = true;
    in.len = f.len;
    in.poly = f.c;
    if (bench_selected(&qq_group, qq_op_name[QQ_FACTOR]))
        qq_row_on(&qq_group, peers, &in, input, n);
    bench_poly_free(&f);
}

static void cost_row(qq_op op, size_t n)
{
    if (!bench_selected(&cost_group, qq_op_name[op]))
        return;
    qq_input in;
    input_make(&in, op, IN_SMALL, n);
    qq_axle exact, flt;
    axle_load(&exact, &in, AXLE_QQ);
    axle_load(&flt, &in, AXLE_RR);
    bench_call calls[2] = {{qq_axle_run, &exact.base, BENCH_RUN},
                           {qq_axle_run, &flt.base, BENCH_RUN}};
    bench_case(&cost_group, qq_op_name[op], family_name[IN_SMALL], n, calls);
    axle_unload(&exact);
    axle_unload(&flt);
    input_free(&in);
}

const char *bench_qq_peer_version(const char *peer)
{
    const qq_peer *const all[] = {
#ifdef AXLE_BENCH_FLINT
        &bench_flint,
#endif
#ifdef AXLE_BENCH_PARI
        &bench_pari,
#endif
#ifdef AXLE_BENCH_CALCIUM
        &bench_calcium,
#endif
        NULL};
    for (size_t k = 0; all[k]; k++)
        if (!strcmp(all[k]->name, peer))
            return all[k]->version();
    return NULL;
}

void bench_qq(void)
{
    const qq_peer *const peers[2] = {
#ifdef AXLE_BENCH_FLINT
        &bench_flint,
#else
        NULL,
#endif
#ifdef AXLE_BENCH_PARI
        &bench_pari,
#else
        NULL,
#endif
    };
    const qq_peer *const calcium[1] = {
#ifdef AXLE_BENCH_CALCIUM
        &bench_calcium,
#else
        NULL,
#endif
    };
    bool smoke = bench_opt.smoke, quick = bench_opt.quick;
    const size_t full_n[] = {10, 25, 50, 100, 200, 400}, smoke_n[] = {4, 8};
    const size_t *ns = smoke ? smoke_n : full_n;
    size_t count = smoke ? 2 : quick ? 4 : 6;
    const qq_op ops[] = {QQ_DET,   QQ_RANK, QQ_NULL, QQ_NULL_DEF, QQ_RREF,
                         QQ_SOLVE, QQ_INV,  QQ_MUL,  QQ_CHARPOLY, QQ_FACTOR};
    for (size_t o = 0; o < sizeof ops / sizeof *ops; o++)
        for (size_t k = 0; k < count; k++)
            qq_row(&qq_group, peers, ops[o], IN_SMALL, ns[k]);
    const size_t sd_k[] = {3, 4, 5}, cyc_n[] = {60, 120, 210}, wilk_n[] = {10, 20, 40};
    size_t poly_count = smoke ? 1 : quick ? 2 : 3;
    for (size_t k = 0; k < poly_count; k++)
        factor_row(peers, "Swinnerton-Dyer", (size_t)1 << sd_k[k],
                   bench_poly_swinnerton_dyer((int)sd_k[k]));
    for (size_t k = 0; k < poly_count; k++)
        factor_row(peers, "x^n - 1", cyc_n[k], bench_poly_x_n_minus_1(cyc_n[k]));
    for (size_t k = 0; k < poly_count; k++)
        factor_row(peers, "Wilkinson", wilk_n[k], bench_poly_wilkinson(wilk_n[k]));
    for (size_t k = 0; k < poly_count; k++)
        factor_row(peers, "4 random, 20 digits", 4 * 25 << k,
                   bench_poly_random_product(4, 25u << k, 20));
    const qq_op hard_ops[] = {QQ_DET, QQ_RANK, QQ_SOLVE, QQ_INV};
    size_t hard_count = smoke ? 1 : quick ? 2 : 4;
    for (int fam = IN_HILBERT; fam <= IN_DIGITS; fam++)
        for (size_t o = 0; o < sizeof hard_ops / sizeof *hard_ops; o++)
            for (size_t k = 0; k < hard_count; k++)
                qq_row(&qq_group, peers, hard_ops[o], (qq_family)fam, ns[k]);

    /* the inner floor: least squares (the peers solve the normal equations) and Gram–Schmidt
     * (FLINT's fmpq_mat_gso: the same orthogonal, unnormalized vectors) */
    size_t inner_count = smoke ? 1 : quick ? 3 : 5;
    for (size_t k = 0; k < inner_count; k++)
        qq_row(&qq_group, peers, QQ_LSTSQ, IN_SMALL, ns[k]);
    for (size_t k = 0; k < inner_count; k++)
        qq_row(&qq_group, peers, QQ_GS, IN_SMALL, ns[k]);

    const size_t eig_n[] = {10, 20, 40, 60}, jordan_n[] = {6, 10, 16, 24};
    size_t eig_count = smoke ? 1 : quick ? 2 : 4;
    for (size_t k = 0; k < eig_count; k++)
        qq_row(&eigen_group, calcium, QQ_ROOTS, IN_SMALL, smoke ? 4 : eig_n[k]);
    for (size_t k = 0; k < eig_count; k++)
        qq_row(&eigen_group, calcium, QQ_EIGEN, IN_SMALL, smoke ? 4 : eig_n[k]);
    for (size_t k = 0; k < eig_count; k++)
        qq_row(&eigen_group, calcium, QQ_JORDAN, IN_SMALL, smoke ? 4 : jordan_n[k]);
    for (size_t k = 0; k < eig_count; k++)
        qq_row(&eigen_group, calcium, QQ_SVD, IN_SMALL, smoke ? 4 : eig_n[k]);

    const qq_op cost_ops[] = {QQ_DET, QQ_SOLVE, QQ_INV, QQ_RANK, QQ_EIGEN};
    const size_t cost_n[] = {4, 8, 12, 16, 20};
    size_t cost_count = smoke ? 1 : quick ? 3 : 5;
    for (size_t o = 0; o < sizeof cost_ops / sizeof *cost_ops; o++)
        for (size_t k = 0; k < cost_count; k++)
            cost_row(cost_ops[o], cost_n[k]);
#ifdef AXLE_BENCH_PARI
    bench_pari_close();
#endif
#ifdef AXLE_BENCH_FLINT
    flint_cleanup_master();
#endif
}
