/* Number fields Q(α) = Q[x]/(p): construction (with an irreducibility check), references,
 * queries. */
#include <stdlib.h>
#include <string.h>

#include "exact/numfield/nf_impl.h"
#include "exact/exact.h"

axle_status ax_numfield_check(const axle_numfield *K, const char *what)
{
    if (!K)
        return ax_error(AXLE_EINVAL, "the number field %s is NULL", what);
    return AXLE_OK;
}

axle_status ax_format_check(axle_format fmt)
{
    if (fmt != AXLE_FORMAT_TEXT && fmt != AXLE_FORMAT_UNICODE && fmt != AXLE_FORMAT_LATEX &&
        fmt != AXLE_FORMAT_JSON)
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    return AXLE_OK;
}

static bool name_valid(const char *name)
{
    size_t len = strlen(name);
    if (len == 0 || len > AX_NF_NAME_MAX)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool digit = c >= '0' && c <= '9';
        if (!letter && (i == 0 || (!digit && c != '_')))
            return false;
    }
    return true;
}

/* AXLE_OK when p is irreducible over Q, else AXLE_EDOMAIN naming a factor. */
static axle_status check_irreducible(const axle_poly *p)
{
    mpq_t unit;
    ax_zlist F = {0};
    mpq_init(unit);
    axle_status s = ax_exact_decompose(unit, &F, p, true, "factorization");
    mpq_clear(unit);
    if (s || (F.n == 1 && F.mult[0] == 1)) {
        ax_zlist_clear(&F);
        return s;
    }
    axle_poly *g = NULL;
    char *gs = NULL, *ps = NULL;
    s = ax_zp_to_poly(&g, &F.f[0], NULL);
    AX_STEP(s, axle_poly_to_string(&gs, g, AXLE_FORMAT_TEXT));
    AX_STEP(s, axle_poly_to_string(&ps, p, AXLE_FORMAT_TEXT));
    if (!s)
        s = ax_error(AXLE_EDOMAIN,
                     "the polynomial %s is reducible over Q (it has the factor %s), so "
                     "Q[x]/(p) is not a field; use one of its irreducible factors",
                     ps, gs);
    axle_free(gs);
    axle_free(ps);
    axle_poly_free(g);
    ax_zlist_clear(&F);
    return s;
}

axle_status axle_numfield_new(axle_numfield **out, const axle_poly *p, const char *name)
{
    AX_OUT(out);
    axle_status s;
    if (!p)
        return ax_error(AXLE_EINVAL, "the defining polynomial p is NULL");
    if (axle_poly_field(p) != AXLE_QQ)
        return ax_error(AXLE_EFIELD,
                        "a number field needs a QQ polynomial; this one is over RR (convert it "
                        "with axle_poly_convert)");
    if (name && !name_valid(name))
        return ax_error(AXLE_EINVAL,
                        "the generator name \"%.40s\" is not an ASCII identifier of 1 to %d "
                        "characters (a letter, then letters, digits or '_')",
                        name, AX_NF_NAME_MAX);
    long deg = axle_poly_degree(p);
    if (deg < 1)
        return ax_error(AXLE_EDOMAIN,
                        "the defining polynomial has degree %ld; a number field needs degree >= 1",
                        deg);
    if ((s = check_irreducible(p)))
        return s;

    ax_zpoly z;
    ax_zp_init(&z);
    s = ax_zp_from_qq(&z, NULL, p);
    if (!s) {
        ax_zp_primitive(&z);
        s = ax_numfield_from_irreducible(out, &z, name);
    }
    ax_zp_clear(&z);
    return s;
}

axle_status ax_numfield_from_irreducible(axle_numfield **out, const ax_zpoly *z, const char *name)
{
    *out = NULL;
    size_t n = z->len - 1;
    axle_numfield *K = ax_calloc(1, sizeof *K);
    mpz_t *f = K ? ax_calloc(n + 1, sizeof *f) : NULL;
    if (!f) {
        free(K);
        return ax_nomem();
    }
    for (size_t k = 0; k <= n; k++)
        mpz_init_set(f[k], z->c[k]);
    atomic_init(&K->refs, 1);
    K->n = n;
    K->f = f;
    K->monic = mpz_cmp_ui(f[n], 1) == 0;
    if (name)
        strcpy(K->name, name);
    *out = K;
    return AXLE_OK;
}

axle_status axle_numfield_parse(axle_numfield **out, const char *poly, const char *name)
{
    AX_OUT(out);
    axle_status s;
    if (!poly)
        return ax_error(AXLE_EINVAL, "the polynomial text poly is NULL");
    axle_poly *p;
    if ((s = axle_poly_parse(&p, AXLE_QQ, poly)))
        return s;
    s = axle_numfield_new(out, p, name);
    axle_poly_free(p);
    return s;
}

axle_numfield *axle_numfield_ref(const axle_numfield *K)
{
    axle_numfield *W = (axle_numfield *)K;
    if (W)
        atomic_fetch_add(&W->refs, 1);
    return W;
}

void axle_numfield_unref(const axle_numfield *K)
{
    axle_numfield *W = (axle_numfield *)K;
    if (!W || atomic_fetch_sub(&W->refs, 1) != 1)
        return;
    for (size_t k = 0; k <= W->n; k++)
        mpz_clear(W->f[k]);
    free(W->f);
    free(W);
}

size_t axle_numfield_degree(const axle_numfield *K)
{
    return K ? K->n : 0;
}

axle_status axle_numfield_modulus(axle_poly **out, const axle_numfield *K)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_numfield_check(K, "K")))
        return s;
    mpq_t *c = ax_calloc(K->n + 1, sizeof *c);
    if (!c)
        return ax_nomem();
    for (size_t k = 0; k <= K->n; k++) {
        mpq_init(c[k]);
        mpq_set_z(c[k], K->f[k]);
    }
    s = axle_poly_from_mpq(out, AXLE_QQ, K->n + 1, c);
    for (size_t k = 0; k <= K->n; k++)
        mpq_clear(c[k]);
    free(c);
    return s;
}

bool ax_nf_same(const axle_numfield *K, const axle_numfield *L)
{
    if (K == L)
        return true;
    if (!K || !L || K->n != L->n)
        return false;
    for (size_t k = 0; k <= K->n; k++)
        if (mpz_cmp(K->f[k], L->f[k]) != 0)
            return false;
    return true;
}

bool axle_numfield_equal(const axle_numfield *K, const axle_numfield *L)
{
    return K && L && ax_nf_same(K, L);
}

axle_status ax_nf_check_same(const axle_numfield *K, const axle_numfield *L)
{
    if (ax_nf_same(K, L))
        return AXLE_OK;
    return ax_error(AXLE_EFIELD,
                    "the operands belong to different number fields (defining polynomials of "
                    "degree %zu and %zu with different coefficients)",
                    K->n, L->n);
}
