/* Polynomials modulo a small prime p (p < 2^20, so a product of residues is below 2^40 and up to
 * 2^24 of them add up without overflow in a uint64_t: convolutions reduce once per coefficient),
 * and the factorization of square-free polynomials modulo p: Berlekamp's below, Cantor–Zassenhaus
 * (end of the file) above AX_BERLEKAMP_MAX_DEGREE.
 *
 * Berlekamp (Knuth TAOCP 4.6.2, Algorithm B; von zur Gathen & Gerhard, Modern Computer Algebra
 * 14.8): the rows x^(i p) mod f of the Frobenius matrix Q are built by multiplying by x, p times
 * per row (cost O(n^2 p), cheap for the small primes used here); the kernel of Q - I has
 * dimension r = the number of irreducible factors; random kernel elements v split f through
 * gcd(f, v^((p-1)/2) - 1) (the Cantor-Zassenhaus splitting step on the Berlekamp algebra). */
#include <stdlib.h>
#include <string.h>

#include "exact/exact.h"

/* Berlekamp's n x n matrix up to this degree (8 MB of words at the limit), Cantor–Zassenhaus
 * (O(n) words) above it. */
#define AX_BERLEKAMP_MAX_DEGREE 1000

void ax_np_init(ax_np *f)
{
    f->c = NULL;
    f->len = 0;
    f->alloc = 0;
}

void ax_np_clear(ax_np *f)
{
    free(f->c);
    ax_np_init(f);
}

axle_status ax_np_fit(ax_np *f, size_t n)
{
    if (n <= f->alloc)
        return AXLE_OK;
    size_t m = f->alloc * 2 > n ? f->alloc * 2 : n;
    uint64_t *c = ax_realloc(f->c, m * sizeof *c);
    if (!c)
        return ax_nomem();
    f->c = c;
    f->alloc = m;
    return AXLE_OK;
}

void ax_np_trim(ax_np *f)
{
    while (f->len && f->c[f->len - 1] == 0)
        f->len--;
}

axle_status ax_np_set(ax_np *r, const ax_np *f)
{
    if (r == f)
        return AXLE_OK;
    axle_status s = ax_np_fit(r, f->len);
    if (s)
        return s;
    if (f->len)
        memcpy(r->c, f->c, f->len * sizeof *f->c);
    r->len = f->len;
    return AXLE_OK;
}

axle_status ax_np_from_zp(ax_np *r, const ax_zpoly *f, uint64_t p)
{
    axle_status s = ax_np_fit(r, f->len);
    if (s)
        return s;
    for (size_t i = 0; i < f->len; i++)
        r->c[i] = mpz_fdiv_ui(f->c[i], (unsigned long)p);
    r->len = f->len;
    ax_np_trim(r);
    return AXLE_OK;
}

axle_status ax_np_mul(ax_np *r, const ax_np *f, const ax_np *g, uint64_t p)
{
    if (!f->len || !g->len) {
        r->len = 0;
        return AXLE_OK;
    }
    size_t n = f->len + g->len - 1;
    uint64_t *t = ax_calloc(n, sizeof *t);
    if (!t)
        return ax_nomem();
    for (size_t i = 0; i < f->len; i++) {
        uint64_t a = f->c[i];
        if (!a)
            continue;
        for (size_t j = 0; j < g->len; j++)
            t[i + j] += a * g->c[j];
        if ((i & 0xfffff) == 0xfffff) /* keep sums below 2^64 for very long inputs */
            for (size_t k = 0; k < n; k++)
                t[k] %= p;
    }
    for (size_t k = 0; k < n; k++)
        t[k] %= p;
    free(r->c);
    r->c = t;
    r->alloc = n;
    r->len = n;
    ax_np_trim(r);
    return AXLE_OK;
}

axle_status ax_np_divrem(ax_np *q, ax_np *r, const ax_np *f, const ax_np *g, uint64_t p)
{
    axle_status s = ax_np_set(r, f);
    if (s)
        return s;
    size_t dg = g->len - 1;
    size_t qlen = r->len >= g->len ? r->len - dg : 0;
    if (q && (s = ax_np_fit(q, qlen)))
        return s;
    uint64_t inv = ax_invmod(g->c[dg], p);
    /* delayed reduction: an entry receives at most one product (below p^2 < 2^40) per quotient
     * coefficient, and is reduced only when it becomes the leading one; below 2^24 quotient
     * coefficients the sums stay below 2^64 */
    bool delay = qlen < ((size_t)1 << 24);
    for (size_t i = qlen; i-- > 0;) {
        uint64_t c = r->c[i + dg] % p * inv % p;
        if (q)
            q->c[i] = c;
        r->c[i + dg] = 0;
        if (!c)
            continue;
        uint64_t m = p - c;
        if (delay)
            for (size_t j = 0; j < dg; j++)
                r->c[i + j] += m * g->c[j];
        else
            for (size_t j = 0; j < dg; j++)
                r->c[i + j] = (r->c[i + j] + m * g->c[j]) % p;
    }
    if (delay)
        for (size_t j = 0; j < dg && j < r->len; j++)
            r->c[j] %= p;
    if (q) {
        q->len = qlen;
        ax_np_trim(q);
    }
    if (r->len > dg)
        r->len = dg;
    ax_np_trim(r);
    return AXLE_OK;
}

void ax_np_make_monic(ax_np *f, uint64_t p)
{
    if (!f->len || f->c[f->len - 1] == 1)
        return;
    uint64_t inv = ax_invmod(f->c[f->len - 1], p);
    for (size_t i = 0; i < f->len; i++)
        f->c[i] = f->c[i] * inv % p;
}

axle_status ax_np_gcd(ax_np *r, const ax_np *f, const ax_np *g, uint64_t p)
{
    ax_np a, b, t;
    ax_np_init(&a);
    ax_np_init(&b);
    ax_np_init(&t);
    axle_status s = ax_np_set(&a, f);
    if (!s)
        s = ax_np_set(&b, g);
    while (!s && b.len) {
        s = ax_np_divrem(NULL, &t, &a, &b, p);
        ax_np x = a;
        a = b;
        b = t;
        t = x;
    }
    if (!s) {
        ax_np_make_monic(&a, p);
        s = ax_np_set(r, &a);
    }
    ax_np_clear(&a);
    ax_np_clear(&b);
    ax_np_clear(&t);
    return s;
}

/* r = a - q b mod p */
static axle_status sub_mul(ax_np *r, const ax_np *a, const ax_np *q, const ax_np *b, uint64_t p)
{
    ax_np m;
    ax_np_init(&m);
    axle_status s = ax_np_mul(&m, q, b, p);
    size_t n = a->len > m.len ? a->len : m.len;
    if (!s)
        s = ax_np_fit(r, n);
    if (!s) {
        for (size_t i = 0; i < n; i++) {
            uint64_t x = i < a->len ? a->c[i] : 0, y = i < m.len ? m.c[i] : 0;
            r->c[i] = (x + p - y) % p;
        }
        r->len = n;
        ax_np_trim(r);
    }
    ax_np_clear(&m);
    return s;
}

axle_status ax_np_xgcd(ax_np *g, ax_np *s, ax_np *t, const ax_np *a, const ax_np *b, uint64_t p)
{
    ax_np r0, r1, s0, s1, t0, t1, q, tmp;
    ax_np *all[] = {&r0, &r1, &s0, &s1, &t0, &t1, &q, &tmp};
    for (size_t i = 0; i < 8; i++)
        ax_np_init(all[i]);
    axle_status st;
    if (!(st = ax_np_set(&r0, a)) && !(st = ax_np_set(&r1, b)) && !(st = ax_np_fit(&s0, 1)))
        st = ax_np_fit(&t1, 1);
    if (!st) {
        s0.c[0] = 1;
        s0.len = 1;
        t1.c[0] = 1;
        t1.len = 1;
    }
    while (!st && r1.len) {
        st = ax_np_divrem(&q, &tmp, &r0, &r1, p);
        ax_np x = r0;
        r0 = r1;
        r1 = tmp;
        tmp = x;
        if (!st)
            st = sub_mul(&tmp, &s0, &q, &s1, p);
        x = s0;
        s0 = s1;
        s1 = tmp;
        tmp = x;
        if (!st)
            st = sub_mul(&tmp, &t0, &q, &t1, p);
        x = t0;
        t0 = t1;
        t1 = tmp;
        tmp = x;
    }
    if (!st && r0.len) {
        uint64_t inv = ax_invmod(r0.c[r0.len - 1], p);
        ax_np *v[3] = {&r0, &s0, &t0};
        for (size_t k = 0; k < 3; k++)
            for (size_t i = 0; i < v[k]->len; i++)
                v[k]->c[i] = v[k]->c[i] * inv % p;
    }
    if (!st && !(st = ax_np_set(g, &r0)) && !(st = ax_np_set(s, &s0)))
        st = ax_np_set(t, &t0);
    for (size_t i = 0; i < 8; i++)
        ax_np_clear(all[i]);
    return st;
}

axle_status ax_np_derivative(ax_np *r, const ax_np *f, uint64_t p)
{
    if (f->len <= 1) {
        r->len = 0;
        return AXLE_OK;
    }
    ax_np t;
    ax_np_init(&t);
    axle_status s = ax_np_fit(&t, f->len - 1);
    if (s)
        return s;
    for (size_t i = 1; i < f->len; i++)
        t.c[i - 1] = f->c[i] * (i % p) % p;
    t.len = f->len - 1;
    ax_np_trim(&t);
    free(r->c);
    *r = t;
    return AXLE_OK;
}

/* r = a b mod f (f monic). */
static axle_status mulmod(ax_np *r, const ax_np *a, const ax_np *b, const ax_np *f, uint64_t p)
{
    axle_status s = ax_np_mul(r, a, b, p);
    return s ? s : ax_np_divrem(NULL, r, r, f, p);
}

/* r = a^e mod f (f monic, deg f >= 1). */
static axle_status powmod(ax_np *r, const ax_np *a, uint64_t e, const ax_np *f, uint64_t p)
{
    ax_np b, acc;
    ax_np_init(&b);
    ax_np_init(&acc);
    axle_status s = ax_np_divrem(NULL, &b, a, f, p);
    if (!s)
        s = ax_np_fit(&acc, 1);
    if (!s) {
        acc.c[0] = 1;
        acc.len = f->len > 1 ? 1 : 0;
    }
    while (!s && e) {
        if (e & 1)
            s = mulmod(&acc, &acc, &b, f, p);
        e >>= 1;
        if (e && !s)
            s = mulmod(&b, &b, &b, f, p);
    }
    if (!s)
        s = ax_np_set(r, &acc);
    ax_np_clear(&b);
    ax_np_clear(&acc);
    return s;
}

/* The kernel of (Q - I)^T for the Frobenius matrix of monic f of degree n >= 1: a basis of the
 * Berlekamp algebra {v : v^p = v mod f}, as *dim vectors of n residues stored in *basis (row
 * after row; free with free). */
static axle_status berlekamp_kernel(uint64_t **basis, size_t *dim, const ax_np *f, uint64_t p)
{
    size_t n = f->len - 1;
    uint64_t *M = ax_calloc(n * n, sizeof *M); /* M[j * n + i] = Q[i][j] - [i == j] */
    uint64_t *row = ax_calloc(n, sizeof *row);
    size_t *pivcol = ax_calloc(n, sizeof *pivcol);
    if (!M || !row || !pivcol) {
        free(M);
        free(row);
        free(pivcol);
        return ax_nomem();
    }
    row[0] = 1; /* x^0 */
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++)
            M[j * n + i] = row[j];
        M[i * n + i] = (M[i * n + i] + p - 1) % p;
        if (i + 1 == n)
            break;
        /* row <- row * x^p mod f, one multiplication by x at a time; the entries only
         * accumulate (at most p < 2^20 additions below 2^40 each) and are reduced once */
        for (uint64_t s = 0; s < p; s++) {
            uint64_t top = row[n - 1] % p;
            memmove(row + 1, row, (n - 1) * sizeof *row);
            row[0] = 0;
            if (top) {
                uint64_t m = p - top;
                for (size_t j = 0; j < n; j++)
                    row[j] += m * f->c[j];
            }
        }
        for (size_t j = 0; j < n; j++)
            row[j] %= p;
    }
    /* reduced row echelon form of M with delayed reduction: the pivot row is reduced into
     * [0, p) and stored as 32-bit words, every other row only accumulates products (each below
     * p^2 < 2^40), so an entry that has received at most n < 2^23 updates stays below 2^63 and is
     * reduced only when it is read as a multiplier or pivot candidate */
    size_t rank = 0;
    bool *is_pivot = (bool *)row; /* reuse: n uint64_t hold n bools */
    memset(is_pivot, 0, n * sizeof *is_pivot);
    uint32_t *prow = ax_calloc(n, sizeof *prow);
    if (!prow) {
        free(M);
        free(row);
        free(pivcol);
        return ax_nomem();
    }
    for (size_t c = 0; c < n && rank < n; c++) {
        size_t piv = rank;
        while (piv < n && (M[piv * n + c] %= p) == 0)
            piv++;
        if (piv == n)
            continue;
        if (piv != rank)
            for (size_t j = 0; j < n; j++) {
                uint64_t t = M[piv * n + j];
                M[piv * n + j] = M[rank * n + j];
                M[rank * n + j] = t;
            }
        uint64_t *pr = M + rank * n;
        uint64_t inv = ax_invmod(pr[c], p);
        for (size_t j = c; j < n; j++) {
            pr[j] = pr[j] % p * inv % p;
            prow[j] = (uint32_t)pr[j];
        }
        for (size_t i = 0; i < n; i++) {
            uint64_t *ri = M + i * n;
            if (i == rank)
                continue;
            uint64_t m = ri[c] % p;
            ri[c] = 0;
            if (!m)
                continue;
            uint32_t mm = (uint32_t)(p - m);
            for (size_t j = c + 1; j < n; j++)
                ri[j] += (uint64_t)mm * prow[j];
        }
        pivcol[rank++] = c;
        is_pivot[c] = true;
    }
    free(prow);
    for (size_t i = 0; i < n * n; i++)
        M[i] %= p;
    size_t d = n - rank;
    uint64_t *B = ax_calloc(d * n, sizeof *B);
    if (!B) {
        free(M);
        free(row);
        free(pivcol);
        return ax_nomem();
    }
    size_t k = 0;
    for (size_t c = 0; c < n; c++) {
        if (is_pivot[c])
            continue;
        /* free variable c = 1: pivot variables are -M[r][c] */
        B[k * n + c] = 1;
        for (size_t r = 0; r < rank; r++)
            B[k * n + pivcol[r]] = (p - M[r * n + c]) % p;
        k++;
    }
    free(M);
    free(row);
    free(pivcol);
    *basis = B;
    *dim = d;
    return AXLE_OK;
}

axle_status ax_np_count_factors_berlekamp(size_t *count, const ax_np *f, uint64_t p)
{
    uint64_t *B;
    *count = 1;
    if (f->len <= 2)
        return AXLE_OK;
    axle_status s = berlekamp_kernel(&B, count, f, p);
    if (!s)
        free(B);
    return s;
}

/* Append g (taking its storage) to the factor list. */
static axle_status push(ax_np **fac, size_t *count, size_t *cap, ax_np *g)
{
    if (*count == *cap) {
        size_t c = *cap ? 2 * *cap : 4;
        ax_np *t = ax_realloc(*fac, c * sizeof *t);
        if (!t)
            return ax_nomem();
        *fac = t;
        *cap = c;
    }
    (*fac)[(*count)++] = *g;
    ax_np_init(g);
    return AXLE_OK;
}

/* Free a factor list and empty it. */
static void free_factors(ax_np **fac, size_t *count)
{
    for (size_t i = 0; i < *count; i++)
        ax_np_clear(&(*fac)[i]);
    free(*fac);
    *fac = NULL;
    *count = 0;
}

axle_status ax_np_factor_berlekamp(ax_np **fac, size_t *count, const ax_np *f, uint64_t p,
                                   uint64_t *rng)
{
    size_t n = f->len - 1, r = 1, cap = 0;
    uint64_t *B = NULL;
    *fac = NULL;
    *count = 0;
    ax_np g;
    ax_np_init(&g);
    axle_status s = ax_np_set(&g, f);
    if (!s && n > 1)
        s = berlekamp_kernel(&B, &r, f, p);
    if (s) {
        ax_np_clear(&g);
        return s;
    }
    s = push(fac, count, &cap, &g);
    ax_np_clear(&g); /* emptied by push; still owned here when push failed */
    ax_np v, w, h, quo, rem;
    ax_np_init(&v);
    ax_np_init(&w);
    ax_np_init(&h);
    ax_np_init(&quo);
    ax_np_init(&rem);
    if (!s)
        s = ax_np_fit(&v, n);
    while (!s && *count < r) {
        /* a random element of the Berlekamp algebra */
        for (size_t j = 0; j < n; j++)
            v.c[j] = 0;
        for (size_t k = 0; k < r; k++) {
            uint64_t c = ax_word_rand(rng) % p;
            for (size_t j = 0; j < n; j++)
                v.c[j] = (v.c[j] + c * B[k * n + j]) % p;
        }
        v.len = n;
        ax_np_trim(&v);
        if ((s = powmod(&w, &v, (p - 1) / 2, f, p)))
            break;
        /* w - 1 */
        if (!w.len) {
            if ((s = ax_np_fit(&w, 1)))
                break;
            w.c[0] = 0;
            w.len = 1;
        }
        w.c[0] = (w.c[0] + p - 1) % p;
        ax_np_trim(&w);
        size_t cur = *count;
        for (size_t i = 0; !s && i < cur && *count < r; i++) {
            ax_np *gi = &(*fac)[i];
            if (gi->len <= 2)
                continue;
            if (!(s = ax_np_divrem(NULL, &rem, &w, gi, p)))
                s = ax_np_gcd(&h, gi, &rem, p);
            if (s || h.len <= 1 || h.len == gi->len)
                continue;
            if ((s = ax_np_divrem(&quo, &rem, gi, &h, p)))
                break;
            ax_np_make_monic(&quo, p);
            ax_np t = *gi;
            (*fac)[i] = h; /* the list may move in push: write before pushing */
            ax_np_init(&h);
            s = push(fac, count, &cap, &quo);
            ax_np_clear(&t);
        }
    }
    ax_np_clear(&v);
    ax_np_clear(&w);
    ax_np_clear(&h);
    ax_np_clear(&quo);
    ax_np_clear(&rem);
    free(B);
    if (s)
        free_factors(fac, count);
    return s;
}

/* ---- Cantor–Zassenhaus: distinct-degree, then equal-degree factorization ----------------------
 * (von zur Gathen & Gerhard, Modern Computer Algebra, Algorithms 14.3 and 14.8; Cantor &
 * Zassenhaus, Math. Comp. 36, 1981.) Memory O(n) words against Berlekamp's n^2; time
 * O(n^3 p) for the Frobenius steps below (O(n^3 log p) with large p), without the n x n matrix. */

/* Frobenius steps by substituting x^p cost (p - 1) n^2; by repeated squaring about
 * 2 (log2 p + popcount p) n^2: substitution wins up to here. */
#define AX_FROBENIUS_SUBST_MAX 13

/* r = h^p mod f (f monic). For small p, h^p = h(x^p) (the p-th power is additive modulo p), so
 * the power is a substitution and one reduction. r may alias h. */
static axle_status frobenius(ax_np *r, const ax_np *h, const ax_np *f, uint64_t p)
{
    if (p > AX_FROBENIUS_SUBST_MAX)
        return powmod(r, h, p, f, p);
    if (!h->len) {
        r->len = 0;
        return AXLE_OK;
    }
    ax_np t;
    ax_np_init(&t);
    size_t len = (h->len - 1) * (size_t)p + 1;
    axle_status s = ax_np_fit(&t, len);
    if (!s) {
        memset(t.c, 0, len * sizeof *t.c);
        for (size_t j = 0; j < h->len; j++)
            t.c[j * p] = h->c[j];
        t.len = len;
        s = ax_np_divrem(NULL, r, &t, f, p);
    }
    ax_np_clear(&t);
    return s;
}

/* r = a - c x^e mod p for a residue c (a may alias r). */
static axle_status sub_monomial(ax_np *r, const ax_np *a, uint64_t c, size_t e, uint64_t p)
{
    size_t n = a->len > e + 1 ? a->len : e + 1;
    axle_status s;
    if ((s = ax_np_set(r, a)) || (s = ax_np_fit(r, n)))
        return s;
    for (size_t i = r->len; i < n; i++)
        r->c[i] = 0;
    r->len = n;
    r->c[e] = (r->c[e] + p - c % p) % p;
    ax_np_trim(r);
    return AXLE_OK;
}

/* A list of monic polynomials modulo p, each with a degree tag. */
typedef struct np_list {
    ax_np *f;
    size_t *d;
    size_t n, cap;
} np_list;

static void np_list_clear(np_list *L)
{
    for (size_t i = 0; i < L->n; i++)
        ax_np_clear(&L->f[i]);
    free(L->f);
    free(L->d);
    L->f = NULL;
    L->d = NULL;
    L->n = L->cap = 0;
}

/* Append g (taking its storage) with tag d. */
static axle_status np_list_push(np_list *L, ax_np *g, size_t d)
{
    if (L->n == L->cap) {
        size_t c = L->cap ? 2 * L->cap : 8;
        ax_np *nf = ax_realloc(L->f, c * sizeof *nf);
        if (!nf)
            return ax_nomem();
        L->f = nf;
        size_t *nd = ax_realloc(L->d, c * sizeof *nd);
        if (!nd)
            return ax_nomem();
        L->d = nd;
        L->cap = c;
    }
    L->f[L->n] = *g;
    L->d[L->n++] = d;
    ax_np_init(g);
    return AXLE_OK;
}

/* Distinct-degree factorization of the square-free monic f (deg >= 1): appends to L the products
 * g_d of all irreducible factors of degree d (tag d), for each d that occurs. g_d is
 * gcd(rest, x^(p^d) - x); once 2d exceeds the degree of what is left, that rest is irreducible. */
static axle_status ddf(np_list *L, const ax_np *f, uint64_t p)
{
    ax_np rest, h, t, g, q;
    ax_np *all[] = {&rest, &h, &t, &g, &q};
    for (size_t i = 0; i < 5; i++)
        ax_np_init(all[i]);
    axle_status s;
    if (!(s = ax_np_set(&rest, f)) && !(s = ax_np_fit(&h, 2))) { /* h = x mod rest */
        h.c[0] = 0;
        h.c[1] = 1;
        h.len = 2;
        s = ax_np_divrem(NULL, &h, &h, &rest, p);
    }
    for (size_t d = 1; !s && 2 * d <= rest.len - 1; d++) {
        if ((s = frobenius(&h, &h, &rest, p)) || (s = sub_monomial(&t, &h, 1, 1, p)) ||
            (s = ax_np_gcd(&g, &rest, &t, p)) || g.len <= 1)
            continue;
        if (!(s = ax_np_divrem(&q, &t, &rest, &g, p)) && !(s = ax_np_set(&rest, &q)) &&
            !(s = ax_np_divrem(NULL, &h, &h, &rest, p)))
            s = np_list_push(L, &g, d);
    }
    if (!s && rest.len > 1)
        s = np_list_push(L, &rest, rest.len - 1);
    for (size_t i = 0; i < 5; i++)
        ax_np_clear(all[i]);
    return s;
}

/* Splits the monic u (deg u = k d, k >= 2, all irreducible factors of degree d) once: w = a
 * nontrivial monic factor. a^((p^d - 1)/2) is 0 or +-1 modulo each irreducible factor, each sign
 * with probability about 1/2, independently; the exponent is (p - 1)/2 (1 + p + ... + p^(d-1)),
 * so the power is built from d - 1 Frobenius steps and one small power. */
static axle_status edf_split(ax_np *w, const ax_np *u, size_t d, uint64_t p, uint64_t *rng)
{
    size_t n = u->len - 1;
    ax_np a, T, acc, b;
    ax_np *all[] = {&a, &T, &acc, &b};
    for (size_t i = 0; i < 4; i++)
        ax_np_init(all[i]);
    axle_status s = ax_np_fit(&a, n);
    bool split = false;
    while (!s && !split) {
        for (size_t j = 0; j < n; j++)
            a.c[j] = ax_word_rand(rng) % p;
        a.len = n;
        ax_np_trim(&a);
        if (a.len <= 1)
            continue;
        if (!(s = ax_np_set(&T, &a)))
            s = ax_np_set(&acc, &a);
        for (size_t i = 1; !s && i < d; i++)
            if (!(s = frobenius(&T, &T, u, p)))
                s = mulmod(&acc, &acc, &T, u, p);
        if (!s && !(s = powmod(&b, &acc, (p - 1) / 2, u, p)) &&
            !(s = sub_monomial(&b, &b, 1, 0, p)))
            s = ax_np_gcd(w, u, &b, p);
        split = !s && w->len > 1 && w->len < u->len;
    }
    for (size_t i = 0; i < 4; i++)
        ax_np_clear(all[i]);
    return s;
}

/* Equal-degree factorization: moves the irreducible factors (degree d) of g into the output list
 * (fac, count, cap). g's storage is taken. */
static axle_status edf(ax_np **fac, size_t *count, size_t *cap, ax_np *g, size_t d, uint64_t p,
                       uint64_t *rng)
{
    np_list todo = {0};
    ax_np w, q, r;
    ax_np_init(&w);
    ax_np_init(&q);
    ax_np_init(&r);
    axle_status s = np_list_push(&todo, g, d);
    while (!s && todo.n) {
        ax_np u = todo.f[--todo.n];
        if (u.len - 1 == d) {
            s = push(fac, count, cap, &u);
            ax_np_clear(&u);
            continue;
        }
        if (!(s = edf_split(&w, &u, d, p, rng)))
            s = ax_np_divrem(&q, &r, &u, &w, p);
        ax_np_clear(&u);
        if (!s && !(s = np_list_push(&todo, &w, d)))
            s = np_list_push(&todo, &q, d);
    }
    np_list_clear(&todo);
    ax_np_clear(&w);
    ax_np_clear(&q);
    ax_np_clear(&r);
    return s;
}

axle_status ax_np_count_factors_cz(size_t *count, const ax_np *f, uint64_t p)
{
    *count = 1;
    if (f->len <= 2)
        return AXLE_OK;
    np_list L = {0};
    axle_status s = ddf(&L, f, p);
    if (!s) {
        *count = 0;
        for (size_t i = 0; i < L.n; i++)
            *count += (L.f[i].len - 1) / L.d[i];
    }
    np_list_clear(&L);
    return s;
}

axle_status ax_np_factor_cz(ax_np **fac, size_t *count, const ax_np *f, uint64_t p, uint64_t *rng)
{
    size_t cap = 0;
    *fac = NULL;
    *count = 0;
    np_list L = {0};
    axle_status s = ddf(&L, f, p);
    for (size_t i = 0; !s && i < L.n; i++)
        s = edf(fac, count, &cap, &L.f[i], L.d[i], p, rng);
    np_list_clear(&L);
    if (s)
        free_factors(fac, count);
    return s;
}

axle_status ax_np_count_factors(size_t *count, const ax_np *f, uint64_t p)
{
    return f->len - 1 <= AX_BERLEKAMP_MAX_DEGREE ? ax_np_count_factors_berlekamp(count, f, p)
                                                 : ax_np_count_factors_cz(count, f, p);
}

axle_status ax_np_factor(ax_np **fac, size_t *count, const ax_np *f, uint64_t p, uint64_t *rng)
{
    return f->len - 1 <= AX_BERLEKAMP_MAX_DEGREE ? ax_np_factor_berlekamp(fac, count, f, p, rng)
                                                 : ax_np_factor_cz(fac, count, f, p, rng);
}
