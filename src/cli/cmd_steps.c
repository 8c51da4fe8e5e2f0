/* axle eig --steps MATRIX: the route of Linear Algebra Done Right to the eigenvalues, without
 * determinants (Axler 5.22–5.27, 8.B–8.C), shown step by step in text or Unicode over QQ, or
 * given as JSON data (the same steps; docs/reference.md has the object).
 *
 * 1. For v = e1, e2, ...: the Krylov sequence v, Av, A²v, ... up to its first linear dependence,
 *    found as the first non-pivot column of the RREF of [v Av ... Aⁿv]; the coefficients in that
 *    column give Aᵈv as a combination of the earlier vectors, so the minimal polynomial of A at v.
 * 2. p = the lcm of these, until p(A) = 0 (checked): p is the minimal polynomial μ of A.
 * 3. μ factored over Q (axle_poly_factor): its roots are the eigenvalues (5.27).
 * 4. Each eigenspace as a null space: null(A − λI) over Q for a rational λ, over Q(λ) for an
 *    irrational one (the spectrum's basis of null(A − λI) over Q(λ), axle_eigen_eigenspace,
 *    verified by substitution), once per irreducible factor.
 * 5. A defective eigenvalue (geometric < algebraic multiplicity): its Jordan chains of generalized
 *    eigenvectors (axle_eigen_jordan_chains).
 *
 * RR is refused: every step is an exact rank decision (a Krylov dependence, a null space), which
 * over doubles is a judgement with a tolerance; eig without --steps shows LAPACK's answer. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The largest n the walk-through shows (it prints O(n^3) entries). */
#define STEPS_MAX_DIM 16

void cli_put_matrix_block(cli_buf *b, const axle_matrix *M, axle_format fmt, const char *indent)
{
    char *s = NULL;
    if (axle_matrix_to_string(&s, M, fmt)) {
        b->failed = true;
        return;
    }
    if (!strchr(s, '\n')) {
        cli_puts(b, s);
    } else {
        while (b->len > 0 && b->s[b->len - 1] == ' ') /* no blank at the end of the label */
            b->s[--b->len] = '\0';
        for (char *line = s, *end; line; line = end ? end + 1 : NULL) {
            end = strchr(line, '\n');
            if (end)
                *end = '\0';
            cli_printf(b, "\n%s%s", indent, line);
        }
    }
    axle_free(s);
}

/* "A^k v" in fmt: "v", "Av", "A^2 v" (Unicode "A²v"). */
static void put_power_v(cli_buf *b, size_t k, axle_format fmt)
{
    if (k == 0) {
        cli_puts(b, "v");
        return;
    }
    cli_puts(b, "A");
    if (k > 1)
        cli_put_power(b, k, fmt);
    cli_puts(b, k > 1 && fmt == AXLE_FORMAT_TEXT ? " v" : "v");
}

static const char *minus(axle_format fmt)
{
    return fmt == AXLE_FORMAT_UNICODE ? "\u2212" : "-";
}

/* "A^d v = c0 v + c1 Av + ..." from column d of the RREF R (rows 0 .. d-1). */
static axle_status put_dependence(cli_buf *b, const axle_matrix *R, size_t d, axle_format fmt)
{
    put_power_v(b, d, fmt);
    cli_puts(b, " = ");
    bool first = true;
    for (size_t i = 0; i < d; i++) {
        axle_scalar *c = NULL, *a = NULL;
        axle_status s = axle_matrix_get(&c, R, i, d);
        if (s)
            return s;
        int sign = axle_scalar_sign(c);
        if (sign == 0) {
            axle_scalar_free(c);
            continue;
        }
        s = sign < 0 ? axle_scalar_neg(&a, c) : axle_scalar_copy(&a, c);
        axle_scalar_free(c);
        if (s)
            return s;
        if (first)
            cli_puts(b, sign < 0 ? minus(fmt) : "");
        else
            cli_printf(b, " %s ", sign < 0 ? minus(fmt) : "+");
        first = false;
        axle_scalar *one = NULL;
        s = axle_scalar_from_int(&one, AXLE_QQ, 1);
        if (!s && !axle_scalar_equal(a, one)) {
            cli_put_scalar(b, a, fmt);
            cli_puts(b, " ");
        }
        axle_scalar_free(one);
        axle_scalar_free(a);
        if (s)
            return s;
        put_power_v(b, i, fmt);
    }
    if (first)
        cli_puts(b, "0");
    return AXLE_OK;
}

/* Column k of M set from the n x 1 matrix w. */
static axle_status set_column(axle_matrix *M, size_t k, const axle_matrix *w)
{
    for (size_t i = 0; i < axle_matrix_rows(w); i++) {
        axle_scalar *x = NULL;
        axle_status s = axle_matrix_get(&x, w, i, 0);
        if (!s)
            s = axle_matrix_set(M, i, k, x);
        axle_scalar_free(x);
        if (s)
            return s;
    }
    return AXLE_OK;
}

/* The first d + 1 columns of M as a new matrix. */
static axle_status first_columns(axle_matrix **out, const axle_matrix *M, size_t d)
{
    size_t n = axle_matrix_rows(M);
    axle_matrix *K = NULL;
    axle_status s = axle_matrix_new(&K, AXLE_QQ, n, d + 1);
    for (size_t i = 0; i < n && !s; i++)
        for (size_t j = 0; j <= d && !s; j++) {
            axle_scalar *x = NULL;
            s = axle_matrix_get(&x, M, i, j);
            if (!s)
                s = axle_matrix_set(K, i, j, x);
            axle_scalar_free(x);
        }
    if (s) {
        axle_matrix_free(K);
        return s;
    }
    *out = K;
    return AXLE_OK;
}

/* Step 1 for v = e_(j+1): the Krylov sequence, its RREF and first dependence; *p gets the
 * minimal polynomial of A at v. */
static axle_status krylov(cli_buf *b, axle_poly **p, const axle_matrix *A, size_t j,
                          axle_format fmt)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *K = NULL, *w = NULL, *R = NULL, *Kd = NULL, *Rd = NULL, *v = NULL;
    size_t *piv = malloc(n * sizeof *piv), rank = 0;
    axle_status s = piv ? axle_matrix_new(&K, AXLE_QQ, n, n + 1) : AXLE_ENOMEM;
    if (!s)
        s = axle_matrix_new(&w, AXLE_QQ, n, 1);
    if (!s)
        s = axle_matrix_set_frac(w, j, 0, 1, 1);
    if (!s)
        s = axle_matrix_copy(&v, w);
    for (size_t k = 0; k <= n && !s; k++) {
        s = set_column(K, k, w);
        axle_matrix *next = NULL;
        if (!s && k < n)
            s = axle_matrix_mul(&next, A, w);
        axle_matrix_free(w);
        w = next;
    }
    if (!s)
        s = axle_matrix_rref(&R, piv, &rank, K);
    /* the columns before the first non-pivot column d are pivots 0 .. d-1: d = rank of them */
    size_t d = 0;
    while (!s && d < rank && piv[d] == d)
        d++;
    if (!s)
        s = first_columns(&Kd, K, d);
    if (!s)
        s = axle_matrix_rref(&Rd, NULL, NULL, Kd);
    if (!s)
        s = axle_matrix_minpoly_vector(p, A, v);
    if (!s && fmt == AXLE_FORMAT_JSON) {
        cli_printf(b, "{\"v\":%zu,\"vectors\":[", j + 1);
        for (size_t k = 0; k <= d; k++) {
            cli_puts(b, k ? "," : "");
            cli_put_column(b, Kd, k, fmt);
        }
        cli_puts(b, "],\"rref\":");
        cli_put_matrix(b, Rd, fmt);
        cli_puts(b, ",\"dependence\":[");
        for (size_t i = 0; i < d && !s; i++) {
            axle_scalar *c = NULL;
            s = axle_matrix_get(&c, Rd, i, d);
            if (!s) {
                cli_puts(b, i ? "," : "");
                cli_put_json_string(b, c);
            }
            axle_scalar_free(c);
        }
        cli_puts(b, "],\"minpoly\":");
        cli_put_poly(b, *p, fmt);
    } else if (!s) {
        cli_printf(b, "v = e%zu: the Krylov sequence v, Av, A", j + 1);
        cli_put_power(b, 2, fmt);
        cli_puts(b, fmt == AXLE_FORMAT_TEXT ? " v" : "v");
        cli_puts(b, ", ... up to its first linear dependence\n");
        for (size_t k = 0; k <= d; k++) {
            cli_puts(b, "  ");
            put_power_v(b, k, fmt);
            cli_puts(b, " = ");
            cli_put_column(b, Kd, k, fmt);
            cli_puts(b, "\n");
        }
        cli_puts(b, "  RREF of (");
        for (size_t k = 0; k <= d; k++) {
            cli_puts(b, k ? " | " : "");
            put_power_v(b, k, fmt);
        }
        cli_puts(b, ") = ");
        cli_put_matrix_block(b, Rd, fmt, "    ");
        cli_printf(b, "\n  column %zu is the first without a pivot: ", d);
        s = put_dependence(b, Rd, d, fmt);
    }
    if (!s && fmt != AXLE_FORMAT_JSON) {
        cli_printf(b, "\n  so the minimal polynomial of A at e%zu is ", j + 1);
        cli_put_poly(b, *p, fmt);
        cli_puts(b, "\n");
    }
    free(piv);
    axle_matrix_free(K);
    axle_matrix_free(w);
    axle_matrix_free(R);
    axle_matrix_free(Kd);
    axle_matrix_free(Rd);
    axle_matrix_free(v);
    return s;
}

/* lcm(p, q) for monic p, q, as a new polynomial. */
static axle_status lcm(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_poly *g = NULL, *pq = NULL, *r = NULL;
    axle_status s = axle_poly_gcd(&g, p, q);
    if (!s)
        s = axle_poly_mul(&pq, p, q);
    if (!s)
        s = axle_poly_divrem(out, &r, pq, g);
    axle_poly_free(g);
    axle_poly_free(pq);
    axle_poly_free(r);
    return s;
}

/* Whether p(A) = 0. */
static axle_status annihilates(bool *yes, const axle_poly *p, const axle_matrix *A)
{
    axle_matrix *M = NULL, *Z = NULL;
    axle_status s = axle_poly_eval_matrix(&M, p, A);
    if (!s)
        s = axle_matrix_new(&Z, AXLE_QQ, axle_matrix_rows(A), axle_matrix_cols(A));
    *yes = !s && axle_matrix_equal(M, Z);
    axle_matrix_free(M);
    axle_matrix_free(Z);
    return s;
}

/* Steps 1 and 2: *mu gets the minimal polynomial of A. */
static axle_status minimal_polynomial(cli_buf *b, axle_poly **mu, const axle_matrix *A,
                                      axle_format fmt)
{
    size_t n = axle_matrix_rows(A);
    axle_poly *p = NULL;
    axle_status s = axle_poly_from_ints(&p, AXLE_QQ, 1, (const long[]){1});
    bool done = false;
    if (!s)
        s = annihilates(&done, p, A);
    bool json = fmt == AXLE_FORMAT_JSON;
    if (json)
        cli_puts(b, "\"krylov\":[");
    for (size_t j = 0; j < n && !s && !done; j++) {
        axle_poly *q = NULL, *l = NULL;
        if (json && j)
            cli_puts(b, ",");
        s = krylov(b, &q, A, j, fmt);
        if (!s)
            s = lcm(&l, p, q);
        axle_poly_free(q);
        if (!s) {
            axle_poly_free(p);
            p = l;
            s = annihilates(&done, p, A);
        }
        if (!s && json) {
            cli_puts(b, ",\"lcm\":");
            cli_put_poly(b, p, fmt);
            cli_printf(b, ",\"annihilates\":%s}", done ? "true" : "false");
        } else if (!s) {
            cli_puts(b, j ? "p = the lcm so far = " : "p = ");
            cli_put_poly(b, p, fmt);
            cli_puts(b, done ? "; p(A) = 0: p is the minimal polynomial of A (5.24)\n\n"
                             : "; p(A) \u2260 0: go on with the next basis vector\n\n");
        }
    }
    if (!s && json) {
        cli_puts(b, "],\"minpoly\":");
        cli_put_poly(b, p, fmt);
    } else if (!s && n == 0) {
        cli_puts(b, "the 0x0 matrix: its minimal polynomial is 1 and it has no eigenvalues");
    }
    if (s) {
        axle_poly_free(p);
        return s;
    }
    *mu = p;
    return AXLE_OK;
}

/* Step 3: μ factored. */
static void put_factorization(cli_buf *b, const axle_poly *mu, const axle_poly_factors *F,
                              axle_format fmt)
{
    cli_puts(b, fmt == AXLE_FORMAT_UNICODE ? "\u03bc = " : "minimal polynomial = ");
    cli_put_poly(b, mu, fmt);
    size_t k = axle_poly_factors_count(F);
    if (k == 1 && axle_poly_degree(axle_poly_factors_get(F, 0, NULL)) == axle_poly_degree(mu)) {
        cli_puts(b, ", irreducible over Q\n");
    } else {
        cli_puts(b, " = ");
        for (size_t i = 0; i < k; i++) {
            unsigned long m = 0;
            const axle_poly *f = axle_poly_factors_get(F, i, &m);
            bool bare = k == 1 && m == 1;
            cli_puts(b, bare ? "" : "(");
            cli_put_poly(b, f, fmt);
            cli_puts(b, bare ? "" : ")");
            if (m > 1)
                cli_put_power(b, m, fmt);
        }
        cli_puts(b, " over Q\n");
    }
    cli_puts(b, "its roots are the eigenvalues of A (5.27)\n");
}

/* The eigenvalues of E whose minimal polynomial is f (up to a rational factor): their indices in
 * idx (room for count), their number in *m. */
static axle_status roots_of(size_t *idx, size_t *m, const axle_eigen *E, const axle_poly *f)
{
    axle_poly *pf = NULL;
    axle_status s = axle_poly_primitive(&pf, f);
    *m = 0;
    for (size_t k = 0; k < axle_eigen_count(E) && !s; k++) {
        axle_algebraic *a = NULL;
        axle_poly *ma = NULL, *pa = NULL;
        s = axle_eigen_value(&a, E, k);
        if (!s)
            s = axle_algebraic_minpoly(&ma, a);
        if (!s)
            s = axle_poly_primitive(&pa, ma);
        if (!s && axle_poly_equal(pa, pf))
            idx[(*m)++] = k;
        axle_algebraic_free(a);
        axle_poly_free(ma);
        axle_poly_free(pa);
    }
    axle_poly_free(pf);
    return s;
}

/* "A − λI" for λ written value: a rational "A − 2I", "A + 3I", "A − (1/2)I"; the generator of
 * Q(λ) (not rational) "A − λ I". */
static void put_shift(cli_buf *b, const char *value, bool rational, axle_format fmt)
{
    const char *sign = minus(fmt);
    if (!rational) {
        cli_printf(b, "A %s %s I", sign, value);
        return;
    }
    if (value[0] == '-' || strncmp(value, "\u2212", strlen("\u2212")) == 0) {
        sign = "+";
        value += value[0] == '-' ? 1 : strlen("\u2212");
    }
    bool fraction = strchr(value, '/') != NULL;
    if (strcmp(value, "1") == 0)
        value = "";
    cli_printf(b, "A %s %s%s%sI", sign, fraction ? "(" : "", value, fraction ? ")" : "");
}

/* The eigenspace of a rational eigenvalue: null(A − λI) over Q. */
static axle_status rational_eigenspace(cli_buf *b, const axle_matrix *A, const axle_eigen *E,
                                       size_t k, const char *value, axle_format fmt)
{
    axle_algebraic *a = NULL;
    axle_scalar *lambda = NULL;
    axle_matrix *I = NULL, *L = NULL, *S = NULL, *N = NULL;
    mpq_t q;
    mpq_init(q);
    axle_status s = axle_eigen_value(&a, E, k);
    if (!s)
        s = axle_algebraic_get_mpq(q, a);
    if (!s)
        s = axle_scalar_from_mpq(&lambda, AXLE_QQ, q);
    if (!s)
        s = axle_matrix_identity(&I, AXLE_QQ, axle_matrix_rows(A));
    if (!s)
        s = axle_matrix_scale(&L, lambda, I);
    if (!s)
        s = axle_matrix_sub(&S, A, L);
    if (!s)
        s = axle_matrix_null(&N, S);
    if (!s && fmt == AXLE_FORMAT_JSON) {
        cli_puts(b, "\"eigenspace\":[");
        for (size_t j = 0; j < axle_matrix_cols(N); j++) {
            cli_puts(b, j ? "," : "");
            cli_put_column(b, N, j, fmt);
        }
        cli_puts(b, "]");
    } else if (!s) {
        cli_printf(b, "eigenvalue %s: ", value);
        put_shift(b, value, true, fmt);
        cli_puts(b, " = ");
        cli_put_matrix_block(b, S, fmt, "    ");
        cli_printf(b, "\n  E(%s, A) = null(", value);
        put_shift(b, value, true, fmt);
        cli_puts(b, ") = span(");
        for (size_t j = 0; j < axle_matrix_cols(N); j++) {
            cli_puts(b, j ? ", " : "");
            cli_put_column(b, N, j, fmt);
        }
        cli_printf(b, "), dimension %zu\n", axle_matrix_cols(N));
    }
    mpq_clear(q);
    axle_algebraic_free(a);
    axle_scalar_free(lambda);
    axle_matrix_free(I);
    axle_matrix_free(L);
    axle_matrix_free(S);
    axle_matrix_free(N);
    return s;
}

/* The eigenspace of the roots of an irreducible factor of degree >= 2: null(A − λI) over Q(λ),
 * once for all of them (the field's generator stands for any root). The basis is the spectrum's
 * (axle_eigen_eigenspace: from the rational null space of f(A), checked A v = λ v): a second
 * elimination over Q(λ) here (axle_nfmatrix_null) took 10 s for a 10x10 matrix of 100-digit
 * entries and minutes at 16x16, where the spectrum takes well under a second. */
static axle_status irrational_eigenspace(cli_buf *b, const axle_eigen *E, const size_t *idx,
                                         size_t m, const axle_poly *f, axle_format fmt)
{
    axle_nfmatrix *N = NULL;
    axle_nfelem *g = NULL;
    char *name = NULL;
    axle_status s = axle_eigen_eigenspace(&N, E, idx[0]);
    if (!s)
        s = axle_nfelem_gen(&g, axle_nfmatrix_field(N));
    if (!s)
        s = axle_nfelem_to_string(&name, g, fmt == AXLE_FORMAT_JSON ? AXLE_FORMAT_TEXT : fmt);
    bool json = fmt == AXLE_FORMAT_JSON;
    if (!s && json) {
        cli_printf(b, "\"generator\":\"%s\",\"eigenspace\":[", name);
        for (size_t j = 0; j < axle_nfmatrix_cols(N); j++) {
            cli_puts(b, j ? "," : "");
            cli_put_nf_column(b, N, j, fmt);
        }
        cli_puts(b, "]");
    } else if (!s) {
        cli_puts(b, "eigenvalues: the roots of ");
        cli_put_poly(b, f, fmt);
        cli_puts(b, ", ");
        for (size_t i = 0; i < m && !s; i++) {
            char *v = NULL;
            s = axle_eigen_value_string(&v, E, idx[i], fmt);
            if (!s)
                cli_printf(b, "%s%s", i ? ", " : "", v);
            axle_free(v);
        }
    }
    if (!s && !json) {
        cli_printf(b, "\n  over Q(%s), %s any one of them: E(%s, A) = null(", name, name, name);
        put_shift(b, name, false, fmt);
        cli_puts(b, ") = span(");
        for (size_t j = 0; j < axle_nfmatrix_cols(N); j++) {
            cli_puts(b, j ? ", " : "");
            cli_put_nf_column(b, N, j, fmt);
        }
        cli_printf(b, "), dimension %zu each\n", axle_nfmatrix_cols(N));
    }
    axle_free(name);
    axle_nfelem_free(g);
    axle_nfmatrix_free(N);
    return s;
}

/* Step 5 for eigenvalue k when it is defective: its chains of generalized eigenvectors. */
static axle_status chains(cli_buf *b, const axle_eigen *E, size_t k, axle_format fmt)
{
    size_t a = axle_eigen_algebraic_multiplicity(E, k), g = axle_eigen_geometric_multiplicity(E, k);
    bool json = fmt == AXLE_FORMAT_JSON;
    if (a == g && !json)
        return AXLE_OK;
    size_t *blocks = NULL, nblocks = 0;
    axle_nfmatrix *C = NULL;
    axle_nfelem *gen = NULL;
    char *name = NULL;
    axle_status s = axle_eigen_jordan_blocks(&blocks, &nblocks, E, k);
    if (!s)
        s = axle_eigen_jordan_chains(&C, E, k);
    bool rational = !s && axle_numfield_degree(axle_nfmatrix_field(C)) == 1;
    axle_format nf = json ? AXLE_FORMAT_TEXT : fmt;
    if (!s && rational)
        s = axle_eigen_value_string(&name, E, k, nf);
    else if (!s)
        s = axle_nfelem_gen(&gen, axle_nfmatrix_field(C));
    if (!s && !rational)
        s = axle_nfelem_to_string(&name, gen, nf);
    if (!s && json) {
        cli_printf(b,
                   ",\"algebraic_multiplicity\":%zu,\"geometric_multiplicity\":%zu,"
                   "\"jordan_blocks\":[",
                   a, g);
        for (size_t m = 0; m < nblocks; m++)
            cli_printf(b, m ? ",%zu" : "%zu", blocks[m]);
        cli_puts(b, "],\"chains\":[");
        size_t col = 0;
        for (size_t m = 0; m < nblocks; m++) {
            cli_puts(b, m ? ",[" : "[");
            for (size_t t = 0; t < blocks[m]; t++, col++) {
                cli_puts(b, t ? "," : "");
                cli_put_nf_column(b, C, col, fmt);
            }
            cli_puts(b, "]");
        }
        cli_puts(b, "]");
    } else if (!s) {
        cli_printf(b, "  defective: algebraic multiplicity %zu (dim G(%s, A) = dim null(", a, name);
        put_shift(b, name, rational, fmt);
        cli_printf(b, ")%s) > geometric multiplicity %zu\n  Jordan blocks",
                   fmt == AXLE_FORMAT_UNICODE ? "\u207f" : "^n", g);
        for (size_t m = 0; m < nblocks; m++)
            cli_printf(b, m ? ", %zu" : " %zu", blocks[m]);
        cli_puts(b, fmt == AXLE_FORMAT_UNICODE ? "; chains v\u2081, v\u2082, \u2026 with ("
                                               : "; chains v1, v2, ... with (");
        put_shift(b, name, rational, fmt);
        cli_puts(b, fmt == AXLE_FORMAT_UNICODE ? ")v\u2081 = 0, (" : ")v1 = 0, (");
        put_shift(b, name, rational, fmt);
        cli_puts(b, fmt == AXLE_FORMAT_UNICODE ? ")v\u1d62\u208a\u2081 = v\u1d62:\n"
                                               : ")v(i+1) = vi:\n");
        size_t col = 0;
        for (size_t m = 0; m < nblocks; m++) {
            cli_puts(b, "  chain: ");
            for (size_t t = 0; t < blocks[m]; t++, col++) {
                cli_puts(b, t ? ", " : "");
                cli_put_nf_column(b, C, col, fmt);
            }
            cli_puts(b, "\n");
        }
    }
    axle_free(blocks);
    axle_free(name);
    axle_nfelem_free(gen);
    axle_nfmatrix_free(C);
    return s;
}

/* Steps 3 to 5. */
static axle_status eigenspaces(cli_buf *b, const axle_matrix *A, const axle_poly *mu,
                               axle_format fmt)
{
    axle_eigen *E = NULL;
    axle_poly_factors *F = NULL;
    size_t *idx = NULL;
    axle_status s = axle_matrix_eigen(&E, A);
    if (!s)
        s = axle_poly_factor(&F, mu);
    if (!s && !(idx = malloc((axle_eigen_count(E) + 1) * sizeof *idx)))
        s = AXLE_ENOMEM;
    bool json = fmt == AXLE_FORMAT_JSON;
    if (!s && json)
        cli_puts(b, ",\"factors\":[");
    else if (!s)
        put_factorization(b, mu, F, fmt);
    for (size_t i = 0; i < axle_poly_factors_count(F) && !s; i++) {
        unsigned long mult = 0;
        const axle_poly *f = axle_poly_factors_get(F, i, &mult);
        size_t m = 0;
        s = roots_of(idx, &m, E, f);
        if (!s && m == 0)
            s = AXLE_EDOMAIN; /* cannot happen: every root of μ is an eigenvalue */
        if (!s && json) {
            cli_puts(b, i ? ",{\"factor\":" : "{\"factor\":");
            cli_put_poly(b, f, fmt);
            cli_printf(b, ",\"minpoly_multiplicity\":%lu,\"eigenvalues\":[", mult);
            for (size_t r = 0; r < m && !s; r++) {
                char *v = NULL;
                s = axle_eigen_value_string(&v, E, idx[r], AXLE_FORMAT_UNICODE);
                if (!s)
                    cli_printf(b, "%s\"%s\"", r ? "," : "", v);
                axle_free(v);
            }
            cli_puts(b, "],");
        }
        if (!s && axle_poly_degree(f) == 1) {
            char *v = NULL;
            s = axle_eigen_value_string(&v, E, idx[0], fmt);
            if (!s)
                s = rational_eigenspace(b, A, E, idx[0], v, fmt);
            axle_free(v);
        } else if (!s) {
            s = irrational_eigenspace(b, E, idx, m, f, fmt);
        }
        if (!s)
            s = chains(b, E, idx[0], fmt);
        if (!s && json)
            cli_puts(b, "}");
    }
    if (!s && json) {
        cli_printf(b, "],\"diagonalizable\":%s",
                   axle_eigen_diagonalizable(E, AXLE_OVER_C) ? "true" : "false");
    } else if (!s) {
        bool diag = axle_eigen_diagonalizable(E, AXLE_OVER_C);
        cli_printf(b, diag ? "every eigenvalue has as many independent eigenvectors as its "
                             "multiplicity: A is diagonalizable over C"
                           : "A is not diagonalizable: a defective eigenvalue has too few "
                             "eigenvectors (its Jordan chains complete the basis)");
    }
    free(idx);
    axle_poly_factors_free(F);
    axle_eigen_unref(E);
    return s;
}

int cli_eig_steps(const cli_options *o)
{
    if (o->format == AXLE_FORMAT_LATEX)
        return cli_usage("%s", "eig --steps writes text, unicode or json, not latex");
    if (o->field == AXLE_RR) {
        fprintf(stderr, "axle: eig: --steps works over qq only: each step is an exact rank "
                        "decision (a Krylov dependence, a null space); over rr run eig without "
                        "--steps for LAPACK's answer\n");
        return CLI_FAILED;
    }
    axle_matrix *A = NULL;
    int rc = cli_read_one_matrix(&A, o);
    if (rc)
        return rc;
    size_t n = axle_matrix_rows(A);
    axle_poly *mu = NULL;
    axle_status s = AXLE_OK;
    if (n != axle_matrix_cols(A)) /* the library's message for a non-square matrix */
        s = axle_matrix_minpoly(&mu, A);
    if (!s && n > STEPS_MAX_DIM) {
        axle_matrix_free(A);
        fprintf(stderr,
                "axle: eig: --steps shows matrices up to %dx%d (this one is %zux%zu); eig "
                "without --steps takes it\n",
                STEPS_MAX_DIM, STEPS_MAX_DIM, n, n);
        return CLI_USAGE;
    }
    /* The steps end with p(A) for a p of degree up to n, which the library refuses before it
     * computes when its size bound is too large; x^n has the smallest such bound, so trying it
     * first refuses at once what the Krylov steps would otherwise spend seconds on first. */
    if (!s && n > 0) {
        axle_poly *xn = NULL;
        bool zero;
        s = axle_poly_monomial(&xn, AXLE_QQ, n);
        if (!s)
            s = annihilates(&zero, xn, A);
        axle_poly_free(xn);
    }
    bool json = o->format == AXLE_FORMAT_JSON;
    cli_buf b = {0};
    if (!s && json) {
        cli_printf(&b, "{\"field\":\"QQ\",\"n\":%zu,", n);
        s = minimal_polynomial(&b, &mu, A, o->format);
    } else if (!s) {
        cli_puts(&b, "The eigenvalues without determinants (Linear Algebra Done Right, 5.22-5.27 "
                     "and 8.B-8.C), for A = ");
        cli_put_matrix_block(&b, A, o->format, "    ");
        cli_puts(&b, "\n\n");
        s = minimal_polynomial(&b, &mu, A, o->format);
    }
    if (!s && n > 0)
        s = eigenspaces(&b, A, mu, o->format);
    if (!s && json)
        cli_puts(&b, n ? "}" : ",\"factors\":[],\"diagonalizable\":true}");
    axle_poly_free(mu);
    axle_matrix_free(A);
    if (s) {
        free(b.s);
        return cli_failure(o->cmd_name, s);
    }
    return cli_emit(&b, o->cmd_name);
}
