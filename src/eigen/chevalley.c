/* The Jordan–Chevalley decomposition A = S + N (LADR 8.B) over an exact field, without the
 * eigenvalues: Newton's iteration on the square-free part s = chi / gcd(chi, chi') of the
 * characteristic polynomial,
 *     S_0 = A,   S_{k+1} = S_k - s(S_k) s'(S_k)^(-1),
 * converges to the semisimple part S (s(S) = 0, so S is diagonalizable over C) in
 * ceil(log2 m) steps, m the largest multiplicity of a root of chi: s(S_k) is divisible by
 * s^(2^k) in the ring Q[A]. This is the classical Newton method for the Jordan–Chevalley
 * decomposition (C. Chevalley; see e.g. D. Couty, J. Esterle, R. Zarouf, "Décomposition
 * effective de Jordan-Chevalley", Gazette des mathématiciens 129 (2011)).
 *
 * Every S_k is a polynomial g_k(A), so the iteration runs on polynomials modulo chi (chi(A) = 0
 * by Cayley–Hamilton): g_0 = x, g_{k+1} = g_k - s(g_k) * (s'(g_k))^(-1) mod chi, where s'(g_k) is
 * invertible modulo chi because g_k = x modulo s and s' has no root in common with chi. Degrees
 * stay below n, and the matrix work is one evaluation S = g(A) (Horner, size-checked by
 * axle_poly_eval_matrix before the first product) and the check S N = N S. The other two
 * properties are proved on the polynomials, exactly: s(g) = 0 mod chi gives s(S) = 0, and
 * (x - g)^n = 0 mod chi gives N^n = 0. */
#include "eigen_internal.h"

/* p(g) mod m by Horner, every step reduced (deg stays below deg m). */
static axle_status compose_mod(axle_poly **out, const axle_poly *p, const axle_poly *g,
                               const axle_poly *m)
{
    *out = NULL;
    axle_poly *r = NULL;
    axle_scalar *lead = NULL;
    long d = axle_poly_degree(p);
    axle_status s = axle_poly_leading(&lead, p);
    if (!s)
        s = axle_poly_constant(&r, lead);
    axle_scalar_free(lead);
    for (long k = d - 1; k >= 0 && !s; k--) {
        axle_poly *t = NULL, *c = NULL, *u = NULL, *v = NULL;
        axle_scalar *a = NULL;
        if (!(s = axle_poly_mul(&t, r, g)) && !(s = axle_poly_coeff(&a, p, (size_t)k)) &&
            !(s = axle_poly_constant(&c, a)) && !(s = axle_poly_add(&u, t, c)) &&
            !(s = axle_poly_divrem(NULL, &v, u, m))) {
            axle_poly_free(r);
            r = v;
        }
        axle_poly_free(t);
        axle_poly_free(c);
        axle_poly_free(u);
        axle_scalar_free(a);
    }
    if (s) {
        axle_poly_free(r);
        return s;
    }
    *out = r;
    return AXLE_OK;
}

/* a b mod m. */
static axle_status mul_mod(axle_poly **out, const axle_poly *a, const axle_poly *b,
                           const axle_poly *m)
{
    *out = NULL;
    axle_poly *t = NULL;
    axle_status s = axle_poly_mul(&t, a, b);
    if (!s)
        s = axle_poly_divrem(NULL, out, t, m);
    axle_poly_free(t);
    return s;
}

/* h^e mod m by binary powering (e >= 1). */
static axle_status pow_mod(axle_poly **out, const axle_poly *h, unsigned long e, const axle_poly *m)
{
    *out = NULL;
    axle_poly *r = NULL, *b = NULL;
    axle_status s = axle_poly_divrem(NULL, &b, h, m);
    if (!s)
        s = axle_poly_monomial(&r, axle_poly_field(h), 0);
    while (!s && e) {
        axle_poly *t = NULL;
        if (e & 1) {
            if (!(s = mul_mod(&t, r, b, m))) {
                axle_poly_free(r);
                r = t;
            }
        }
        e >>= 1;
        if (!s && e && !(s = mul_mod(&t, b, b, m))) {
            axle_poly_free(b);
            b = t;
        }
    }
    axle_poly_free(b);
    if (s) {
        axle_poly_free(r);
        return s;
    }
    *out = r;
    return AXLE_OK;
}

/* The inverse of u modulo m (gcd(u, m) = 1 by the argument above; checked). */
static axle_status inv_mod(axle_poly **out, const axle_poly *u, const axle_poly *m)
{
    *out = NULL;
    axle_poly *g = NULL, *a = NULL;
    axle_status s = axle_poly_xgcd(&g, &a, NULL, u, m);
    if (!s && axle_poly_degree(g) != 0)
        s = ax_error(AXLE_EUNCERTIFIED,
                     "Jordan-Chevalley: s'(S_k) is not invertible modulo the characteristic "
                     "polynomial (gcd of degree %ld); this is a bug",
                     axle_poly_degree(g));
    axle_poly_free(g);
    if (s) {
        axle_poly_free(a);
        return s;
    }
    *out = a;
    return AXLE_OK;
}

/* The square-free part chi / gcd(chi, chi') and its derivative. */
static axle_status squarefree_part(axle_poly **sq, axle_poly **dsq, const axle_poly *chi)
{
    *sq = *dsq = NULL;
    axle_poly *d = NULL, *g = NULL;
    axle_status s;
    if (!(s = axle_poly_derivative(&d, chi)) && !(s = axle_poly_gcd(&g, chi, d)) &&
        !(s = axle_poly_divrem(sq, NULL, chi, g)))
        s = axle_poly_derivative(dsq, *sq);
    axle_poly_free(d);
    axle_poly_free(g);
    if (s) {
        axle_poly_free(*sq);
        *sq = NULL;
    }
    return s;
}

/* Newton's iteration: the polynomial g with S = g(A), deg g < n. */
static axle_status newton(axle_poly **out, const axle_poly *chi, size_t n)
{
    *out = NULL;
    axle_poly *sq, *dsq, *x = NULL, *g = NULL;
    axle_status s = squarefree_part(&sq, &dsq, chi);
    if (s)
        return s;
    if (!(s = axle_poly_monomial(&x, axle_poly_field(chi), 1)))
        s = axle_poly_divrem(NULL, &g, x, chi);
    /* s(g_k) = 0 mod chi once 2^k >= the largest multiplicity (<= n) */
    unsigned steps = 0, limit = 1;
    while ((1UL << (limit - 1)) < n && limit < 8 * sizeof(size_t))
        limit++;
    for (;;) {
        axle_poly *r = NULL, *u = NULL, *ui = NULL, *t = NULL, *h = NULL;
        if (s || (s = compose_mod(&r, sq, g, chi)))
            break;
        if (axle_poly_is_zero(r)) {
            axle_poly_free(r);
            break;
        }
        if (steps++ >= limit)
            s = ax_error(AXLE_EUNCERTIFIED,
                         "Jordan-Chevalley: Newton's iteration did not converge in %u steps; this "
                         "is a bug",
                         limit);
        if (!s && !(s = compose_mod(&u, dsq, g, chi)) && !(s = inv_mod(&ui, u, chi)) &&
            !(s = mul_mod(&t, r, ui, chi)) && !(s = axle_poly_sub(&h, g, t))) {
            axle_poly_free(g);
            g = h;
        }
        axle_poly_free(r);
        axle_poly_free(u);
        axle_poly_free(ui);
        axle_poly_free(t);
    }
    /* the certificate of N^n = 0: (x - g)^n = 0 mod chi */
    axle_poly *h = NULL, *p = NULL;
    if (!s && !(s = axle_poly_sub(&h, x, g)) && !(s = pow_mod(&p, h, n, chi)) &&
        !axle_poly_is_zero(p))
        s = ax_error(AXLE_EUNCERTIFIED,
                     "Jordan-Chevalley: the nilpotent part failed its check N^n = 0; this is a "
                     "bug");
    axle_poly_free(h);
    axle_poly_free(p);
    axle_poly_free(sq);
    axle_poly_free(dsq);
    axle_poly_free(x);
    if (s) {
        axle_poly_free(g);
        return s;
    }
    *out = g;
    return AXLE_OK;
}

/* S N = N S, checked on the matrices (the products size-checked first). */
static axle_status check_commute(const axle_matrix *S, const axle_matrix *N)
{
    axle_matrix *SN = NULL, *NS = NULL;
    axle_status s;
    if (!(s = ax_map_check_product(S, N, "S N")) && !(s = axle_matrix_mul(&SN, S, N)) &&
        !(s = axle_matrix_mul(&NS, N, S)) && !axle_matrix_equal(SN, NS))
        s = ax_error(AXLE_EUNCERTIFIED,
                     "Jordan-Chevalley: S and N failed their check S N = N S; this is a bug");
    axle_matrix_free(SN);
    axle_matrix_free(NS);
    return s;
}

axle_status axle_matrix_jordan_chevalley(axle_matrix **S, axle_matrix **N, const axle_matrix *A)
{
    if (S)
        *S = NULL;
    if (N)
        *N = NULL;
    if (!S && !N)
        return ax_error(AXLE_EINVAL,
                        "output arguments S and N are both NULL: ask for at least one");
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) ||
        (s = ax_eigen_check_square(A, "the Jordan-Chevalley decomposition")))
        return s;
    if (!ax_poly_kernels_of(A->field)->exact)
        return ax_error(AXLE_EUNSUPPORTED,
                        "the Jordan-Chevalley decomposition needs exact arithmetic: A is over %s, "
                        "where the nilpotent part is ill-posed; compute over QQ",
                        axle_field_name(A->field));
    if (A->rows == 0) {
        if (S && (s = ax_matrix_alloc(S, A->field, 0, 0)))
            return s;
        if (N && (s = ax_matrix_alloc(N, A->field, 0, 0)) && S) {
            axle_matrix_free(*S);
            *S = NULL;
        }
        return s;
    }
    axle_poly *chi = NULL, *g = NULL;
    axle_matrix *Sm = NULL, *Nm = NULL;
    if (!(s = ax_matrix_charpoly(&chi, A)) && !(s = newton(&g, chi, A->rows)) &&
        !(s = axle_poly_eval_matrix(&Sm, g, A)) && !(s = axle_matrix_sub(&Nm, A, Sm)))
        s = check_commute(Sm, Nm);
    axle_poly_free(chi);
    axle_poly_free(g);
    if (s || !S)
        axle_matrix_free(Sm);
    if (s || !N)
        axle_matrix_free(Nm);
    if (s)
        return s;
    if (S)
        *S = Sm;
    if (N)
        *N = Nm;
    return AXLE_OK;
}
