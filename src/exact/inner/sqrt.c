/* The exact positive square root (QQ, LADR 7.36). A positive for G is self-adjoint, hence
 * diagonalizable with real eigenvalues λ >= 0, and √A = p(A) with p interpolating √λ. √A is
 * rational exactly when, for every irreducible factor f of χ(A), the positive square roots of
 * f's roots are the roots of one irreducible g of the same degree: f(x²) = ± g(x) g(-x) with
 * every root of g real and positive (then √λ ∈ Q(λ), the same polynomial in λ for all the
 * conjugates). Otherwise some eigenvalue has a square root outside Q(λ), or conjugate
 * eigenvalues have square roots of different signs there, and √A is irrational (AXLE_EDOMAIN).
 *
 * Writing g(y) = g_e(y²) + y g_o(y²), g(√λ) = 0 gives √λ = q_f(λ) with q_f = -g_e / g_o mod f
 * (g_o is prime to f). Two ways to √A from there (by_horner, by_blocks; the dispatcher takes the
 * first unless it is too large):
 *   - the Chinese remainder theorem over the factors gives one p ∈ Q[x] with p = q_f mod f for
 *     every f, of degree below Σ deg f (the Lagrange interpolant of √λ at the eigenvalues when
 *     they are rational: f = x - λ, g = x - √λ, q_f = √λ), and √A = p(A) by Horner's rule: cheap
 *     for few distinct eigenvalues, whatever the size of A's entries;
 *   - on the invariant subspace W_f = null f(A) (dimension deg f times the multiplicity),
 *     √A g_o(A) = -g_e(A); with Y = [g_o(A) W_f]_f and Z = [-g_e(A) W_f]_f side by side,
 *     √A = Z Y^{-1}: for one factor of high degree, where p's coefficients grow too large.
 * R² = A and G R symmetric are verified before R is returned (R is then positive: its
 * eigenvalues are the positive roots of the g). */
#include <stdlib.h>
#include <string.h>

#include "exact/exact.h"
#include "exact/inner/qi_impl.h"

/* The square root of the eigenvalues of one factor: f, its multiplicity, and g. */
typedef struct root_factor {
    ax_zpoly f, g;
    size_t m;
} root_factor;

/* √T with T in parentheses when it is longer than a letter. */
static const char *open_paren(const char *what)
{
    return strlen(what) > 1 ? "(" : "";
}
static const char *close_paren(const char *what)
{
    return strlen(what) > 1 ? ")" : "";
}

/* The first root of f in the canonical order (real ones ascending first). */
static axle_status first_root(axle_algebraic **out, const ax_zpoly *f)
{
    ax_alist L = {0};
    axle_status s = ax_alg_roots_irreducible(&L, f, 1, false);
    AX_STEP(s, ax_alg_canonical_order(&L));
    if (!s && L.n == 0)
        s = ax_error(AXLE_EUNCERTIFIED, "the exact square root found no root of a factor (a bug)");
    if (!s) {
        *out = L.a[0];
        L.a[0] = NULL;
    }
    ax_alist_clear(&L);
    return s;
}

/* AXLE_EDOMAIN: the eigenvalue (the first root of f) has a square root outside Q(λ), or
 * (conjugates = true) its conjugates' square roots change sign. */
static axle_status refuse(const ax_zpoly *f, const char *what, bool conjugates)
{
    axle_algebraic *a = NULL, *r = NULL;
    char *ta = NULL, *tr = NULL;
    int sg = 0;
    axle_status s = first_root(&a, f);
    AX_STEP(s, axle_algebraic_to_string(&ta, a, AXLE_FORMAT_UNICODE, 0));
    if (!s && axle_algebraic_is_real(a) && !(s = axle_algebraic_sign(&sg, a)) && sg < 0)
        s = ax_error(AXLE_EDOMAIN, "%s is not positive: it has the negative eigenvalue %s", what,
                     ta);
    AX_STEP(s, axle_algebraic_sqrt(&r, a));
    AX_STEP(s, axle_algebraic_to_string(&tr, r, AXLE_FORMAT_UNICODE, 0));
    if (!s && conjugates)
        s = ax_error(AXLE_EDOMAIN,
                     "√%s%s%s is not rational: the eigenvalue %s of %s has the square root %s in "
                     "Q(λ), but the same expression gives a negative square root for one of its "
                     "conjugates",
                     open_paren(what), what, close_paren(what), ta, what, tr);
    else if (!s)
        s = ax_error(AXLE_EDOMAIN,
                     "√%s%s%s is not rational: the eigenvalue %s of %s has the irrational square "
                     "root %s",
                     open_paren(what), what, close_paren(what), ta, what, tr);
    axle_algebraic_free(a);
    axle_algebraic_free(r);
    axle_free(ta);
    axle_free(tr);
    return s;
}

/* *ok: every root of g is real and positive (isolated exactly and counted). */
static axle_status all_positive(bool *ok, const ax_zpoly *g)
{
    ax_alist L = {0};
    axle_status s = ax_alg_roots_irreducible(&L, g, 1, true);
    *ok = !s && L.n == (size_t)ax_zp_deg(g);
    for (size_t k = 0; !s && *ok && k < L.n; k++) {
        int sg = 0;
        s = axle_algebraic_sign(&sg, L.a[k]);
        *ok = sg > 0;
    }
    ax_alist_clear(&L);
    return s;
}

/* F->g from F->f: the factor of f(x²) whose roots are the positive square roots of f's. */
static axle_status square_root_factor(root_factor *F, const char *what)
{
    const ax_zpoly *f = &F->f;
    size_t d = (size_t)ax_zp_deg(f);
    axle_status s;
    if (d == 1 && !mpz_sgn(f->c[0])) { /* λ = 0 */
        if (!(s = ax_zp_zero(&F->g, 2)))
            mpz_set_ui(F->g.c[1], 1);
        return s;
    }
    ax_zlist L = {0};
    s = ax_qi_square_factors(&L, f);
    if (!s && L.n == 1 && L.mult[0] == 1) {
        s = refuse(f, what, false);
    } else if (!s && L.n == 2) {
        bool ok = false;
        for (size_t i = 0; i < 2 && !s && !ok; i++)
            if (!(s = all_positive(&ok, &L.f[i])) && ok)
                s = ax_zp_set(&F->g, &L.f[i]);
        if (!s && !ok)
            s = refuse(f, what, true);
    } else if (!s) {
        s = ax_error(AXLE_EUNCERTIFIED,
                     "the exact square root found f(x²) with %zu factors for an irreducible f "
                     "(a bug)",
                     L.n);
    }
    ax_zlist_clear(&L);
    return s;
}

/* The QQ polynomial of the coefficients g[first], g[first + 2], ... (g_e for first = 0, g_o for
 * first = 1). */
static axle_status half(axle_poly **out, const ax_zpoly *g, size_t first)
{
    ax_zpoly h;
    ax_zp_init(&h);
    size_t len = (g->len - first + 1) / 2;
    axle_status s = ax_zp_zero(&h, len ? len : 1);
    for (size_t t = 0; !s && t < len; t++)
        mpz_set(h.c[t], g->c[first + 2 * t]);
    if (!s) {
        ax_zp_trim(&h);
        s = ax_zp_to_poly(out, &h, NULL);
    }
    ax_zp_clear(&h);
    return s;
}

/* *out = a^{-1} b mod f, a prime to f: u a + t f = 1 (the monic gcd) gives a^{-1} = u. */
static axle_status div_mod(axle_poly **out, const axle_poly *a, const axle_poly *b,
                           const axle_poly *f)
{
    axle_poly *g = NULL, *u = NULL, *ub = NULL;
    axle_status s = axle_poly_xgcd(&g, &u, NULL, a, f);
    if (!s && axle_poly_degree(g) != 0)
        s = ax_error(AXLE_EUNCERTIFIED, "the exact square root found g_o not prime to f (a bug)");
    AX_STEP(s, axle_poly_mul(&ub, u, b));
    AX_STEP(s, axle_poly_divrem(NULL, out, ub, f));
    axle_poly_free(g);
    axle_poly_free(u);
    axle_poly_free(ub);
    return s;
}

/* q_f = -g_e / g_o mod f: √λ = q_f(λ) at every root λ of f. */
static axle_status root_poly(axle_poly **q, const root_factor *F, const axle_poly *f)
{
    axle_poly *ge = NULL, *go = NULL, *neg = NULL;
    axle_status s = half(&ge, &F->g, 0);
    AX_STEP(s, half(&go, &F->g, 1));
    AX_STEP(s, axle_poly_neg(&neg, ge));
    AX_STEP(s, div_mod(q, go, neg, f));
    axle_poly_free(ge);
    axle_poly_free(go);
    axle_poly_free(neg);
    return s;
}

/* p with p = q_f mod f for every factor (the Chinese remainder theorem): Σ_f e_f (q_f / e_f mod
 * f) with e_f the product of the other factors, reduced mod the product of all. */
static axle_status interpolate(axle_poly **p, const root_factor *F, size_t nf)
{
    axle_poly **fp = ax_calloc(nf, sizeof *fp), *all = NULL, *sum = NULL;
    if (!fp)
        return ax_nomem();
    axle_status s = axle_poly_from_ints(&all, AXLE_QQ, 1, (long[]){1});
    AX_STEP(s, axle_poly_from_ints(&sum, AXLE_QQ, 0, NULL));
    for (size_t i = 0; !s && i < nf; i++) {
        axle_poly *t = NULL;
        AX_STEP(s, ax_zp_to_poly(&fp[i], &F[i].f, NULL));
        AX_STEP(s, axle_poly_mul(&t, all, fp[i]));
        if (!s) {
            axle_poly_free(all);
            all = t;
        }
    }
    for (size_t i = 0; !s && i < nf; i++) {
        axle_poly *e = NULL, *q = NULL, *c = NULL, *ec = NULL, *t = NULL;
        s = axle_poly_divrem(&e, NULL, all, fp[i]);
        AX_STEP(s, root_poly(&q, &F[i], fp[i]));
        AX_STEP(s, div_mod(&c, e, q, fp[i]));
        AX_STEP(s, axle_poly_mul(&ec, e, c));
        AX_STEP(s, axle_poly_add(&t, sum, ec));
        if (!s) {
            axle_poly_free(sum);
            sum = t;
        }
        axle_poly_free(e);
        axle_poly_free(q);
        axle_poly_free(c);
        axle_poly_free(ec);
    }
    AX_STEP(s, axle_poly_divrem(NULL, p, sum, all));
    for (size_t i = 0; i < nf; i++)
        axle_poly_free(fp[i]);
    free(fp);
    axle_poly_free(all);
    axle_poly_free(sum);
    return s;
}

/* sign · p(A) W, p the polynomial with coefficients g[first], g[first + 2], g[first + 4], ...
 * (the even part g_e of g for first = 0, the odd part g_o for first = 1), by Horner's rule on the
 * block W (deg p products A P of n x k blocks). */
static axle_status apply(axle_matrix **out, const ax_zpoly *g, size_t first, int sign,
                         const axle_matrix *A, const axle_matrix *W)
{
    size_t n = W->rows, k = W->cols;
    axle_matrix *P = NULL;
    axle_status s = ax_matrix_alloc(&P, AXLE_QQ, n, k);
    size_t top = (g->len - 1 - first) / 2; /* the highest term */
    mpq_t c, x;
    mpq_inits(c, x, NULL);
    for (size_t t = top + 1; !s && t-- > 0;) {
        if (t != top) {
            axle_matrix *T = NULL;
            if ((s = axle_matrix_mul(&T, A, P)))
                break;
            axle_matrix_free(P);
            P = T;
            /* P's entries are added to in place: a packed product gets its own limbs first */
            if ((s = ax_matrix_qq_unpack(P)))
                break;
        }
        mpz_set(mpq_numref(c), g->c[first + 2 * t]);
        mpz_set_ui(mpq_denref(c), 1);
        if (sign < 0)
            mpq_neg(c, c);
        for (size_t i = 0; mpq_sgn(c) && i < n; i++)
            for (size_t j = 0; j < k; j++) {
                mpq_mul(x, c, AX_Q(W, i, j));
                mpq_add(AX_Q(P, i, j), AX_Q(P, i, j), x);
            }
    }
    mpq_clears(c, x, NULL);
    if (s) {
        axle_matrix_free(P);
        return s;
    }
    *out = P;
    return AXLE_OK;
}

/* Y and Z of factor F appended at column col: W = null f(A), Y = g_o(A) W, Z = -g_e(A) W. */
static axle_status blocks(axle_matrix *Y, axle_matrix *Z, size_t col, const root_factor *F,
                          const axle_matrix *A)
{
    axle_poly *fp = NULL;
    axle_matrix *B = NULL, *W = NULL, *Yf = NULL, *Zf = NULL;
    size_t dm = (size_t)ax_zp_deg(&F->f) * F->m;
    axle_status s = ax_zp_to_poly(&fp, &F->f, NULL);
    AX_STEP(s, axle_poly_eval_matrix(&B, fp, A));
    AX_STEP(s, axle_matrix_null(&W, B));
    if (!s && (W->cols != dm || col + dm > Y->cols))
        s = ax_error(AXLE_EUNCERTIFIED,
                     "the exact square root found null f(A) of dimension %zu for a factor f of "
                     "degree times multiplicity %zu: the operator is not diagonalizable (a bug)",
                     W->cols, dm);
    AX_STEP(s, apply(&Yf, &F->g, 1, 1, A, W));
    AX_STEP(s, apply(&Zf, &F->g, 0, -1, A, W));
    AX_STEP(s, ax_matrix_paste(Y, 0, col, Yf));
    AX_STEP(s, ax_matrix_paste(Z, 0, col, Zf));
    axle_poly_free(fp);
    axle_matrix_free(B);
    axle_matrix_free(W);
    axle_matrix_free(Yf);
    axle_matrix_free(Zf);
    return s;
}

/* R² = A and G R symmetric, exactly. */
static axle_status verify(const axle_matrix *R, const axle_matrix *A, const axle_matrix *G,
                          const char *what)
{
    axle_matrix *R2 = NULL, *GR = NULL, *GRt = NULL;
    axle_status s = axle_matrix_mul(&R2, R, R);
    AX_STEP(s, G ? axle_matrix_mul(&GR, G, R) : axle_matrix_copy(&GR, R));
    AX_STEP(s, axle_matrix_transpose(&GRt, GR));
    if (!s && !axle_matrix_equal(R2, A))
        s = ax_error(AXLE_EUNCERTIFIED, "the exact square root R of %s failed R² = %s", what, what);
    if (!s && !axle_matrix_equal(GR, GRt))
        s = ax_error(AXLE_EUNCERTIFIED,
                     "the exact square root of %s is not self-adjoint for the inner product", what);
    axle_matrix_free(R2);
    axle_matrix_free(GR);
    axle_matrix_free(GRt);
    return s;
}

/* The factors of χ(A), each with its g (AXLE_EDOMAIN when √A is not rational). */
static axle_status factors(root_factor **out, size_t *count, const axle_matrix *A, const char *what)
{
    axle_poly *chi = NULL;
    ax_zlist L = {0};
    mpq_t unit;
    mpq_init(unit);
    *out = NULL;
    *count = 0;
    axle_status s = ax_qi_charpoly(&chi, A, "square root");
    AX_STEP(s, ax_exact_decompose(unit, &L, chi, true,
                                  "factorization of the characteristic polynomial"));
    for (size_t i = 0; !s && i < L.n; i++)
        if (L.f[i].len - 1 > AXLE_ROOTS_MAX_DEGREE)
            s = ax_error(AXLE_ERANGE,
                         "exact square roots are limited to irreducible factors of the "
                         "characteristic polynomial of degree %d (AXLE_ROOTS_MAX_DEGREE); this "
                         "one has degree %zu",
                         AXLE_ROOTS_MAX_DEGREE, L.f[i].len - 1);
    root_factor *F = NULL;
    if (!s && !(F = ax_calloc(L.n, sizeof *F)))
        s = ax_nomem();
    for (size_t i = 0; !s && i < L.n; i++) {
        ax_zp_init(&F[i].f);
        ax_zp_init(&F[i].g);
        (*count)++;
        F[i].m = L.mult[i];
        AX_STEP(s, ax_zp_set(&F[i].f, &L.f[i]));
        AX_STEP(s, square_root_factor(&F[i], what));
    }
    *out = F;
    mpq_clear(unit);
    ax_zlist_clear(&L);
    axle_poly_free(chi);
    return s;
}

/* The cost of p(A) by Horner's rule: deg p products of n x n matrices whose entries grow by the
 * bits of A at each step. *bits: the storage of all the intermediates (the size bound of
 * axle_poly_eval_matrix); *work: about n / 64 word operations per bit of it. */
static void horner_cost(double *bits, double *work, const axle_poly *p, const axle_matrix *A)
{
    double n = (double)A->rows, D = (double)axle_poly_degree(p), pb = 0;
    mpq_t c;
    mpq_init(c);
    for (long k = 0; k <= axle_poly_degree(p); k++) {
        axle_poly_coeff_mpq(c, p, (size_t)k);
        double b = (double)(mpz_sizeinbase(mpq_numref(c), 2) + mpz_sizeinbase(mpq_denref(c), 2));
        pb = b > pb ? b : pb;
    }
    mpq_clear(c);
    double g = (double)ax_backend_qq.product_bits(A, A) / 2;
    *bits = n * n * D * pb + g * D * (D + 1) / 2;
    *work = n * *bits / 64;
}

/* √A = p(A), p the interpolant (AXLE_ERANGE above the work limit or AXLE_POLY_MAX_BITS). */
static axle_status by_horner(axle_matrix **R, const root_factor *F, size_t nf, const axle_matrix *A)
{
    size_t D = 0;
    for (size_t i = 0; i < nf; i++)
        D += (size_t)ax_zp_deg(&F[i].f);
    if (D > AX_QI_HORNER_MAX_DEGREE)
        return ax_error(AXLE_ERANGE,
                        "the exact square root as a polynomial in the operator would have degree "
                        "%zu, above %d (its coefficients and the Horner steps grow with it)",
                        D - 1, AX_QI_HORNER_MAX_DEGREE - 1);
    axle_poly *p = NULL;
    double bits = 0, work = 0;
    axle_status s = interpolate(&p, F, nf);
    if (!s)
        horner_cost(&bits, &work, p, A);
    if (!s && (work > AX_QI_MAX_EVAL_WORK || bits > (double)AXLE_POLY_MAX_BITS))
        s = ax_error(AXLE_ERANGE,
                     "the exact square root of a %zu x %zu operator as a polynomial of degree %ld "
                     "in it would take about %.3g word operations on %.3g bits, more than the "
                     "limits %.3g and %ld bits (AXLE_POLY_MAX_BITS)",
                     A->rows, A->rows, axle_poly_degree(p), work, bits, AX_QI_MAX_EVAL_WORK,
                     AXLE_POLY_MAX_BITS);
    AX_STEP(s, axle_poly_eval_matrix(R, p, A));
    axle_poly_free(p);
    return s;
}

/* √A = Z Y^{-1} from the invariant subspaces, AXLE_ERANGE above AX_QI_MAX_WORK (measured on a
 * loaded 2-core machine: one factor of degree 40 at n = 40, Σ (deg f)² n³ = 1.0e8, took 5.6 s;
 * three rational eigenvalues of a 27 x 27 matrix with 3900-bit entries, where the inverse of Y
 * dominates at n⁴ (n bits / 64) = 8.8e8, took 14 s). */
static axle_status by_blocks(axle_matrix **R, const root_factor *F, size_t nf, const axle_matrix *A)
{
    size_t n = A->rows;
    double work = 0, nn = (double)n;
    for (size_t i = 0; i < nf; i++) {
        double d = (double)ax_zp_deg(&F[i].f);
        work += d * d * nn * nn * nn;
    }
    /* and the inverse of Y, whose entries have about n times the bits of A's */
    double b = (double)ax_backend_qq.product_bits(A, A) / (2 * nn * nn), lift = nn * b / 64;
    work += nn * nn * nn * nn * (lift > 1 ? lift : 1) / 4;
    if (work > AX_QI_MAX_WORK)
        return ax_error(AXLE_ERANGE,
                        "the exact square root of a %zu x %zu operator would evaluate its "
                        "characteristic polynomial's factors f at it and invert the result, about "
                        "Σ (deg f)² n³ + n⁴ (n bits(A) / 64) / 4 = %.3g operations, more than the "
                        "limit %.3g of the exact inner kernels",
                        n, n, work, AX_QI_MAX_WORK);
    axle_matrix *Y = NULL, *Z = NULL, *Yi = NULL;
    axle_status s = ax_matrix_alloc(&Y, AXLE_QQ, n, n);
    AX_STEP(s, ax_matrix_alloc(&Z, AXLE_QQ, n, n));
    for (size_t i = 0, col = 0; !s && i < nf; i++) {
        s = blocks(Y, Z, col, &F[i], A);
        col += (size_t)ax_zp_deg(&F[i].f) * F[i].m;
    }
    if (!s && (s = axle_matrix_inverse(&Yi, Y)) == AXLE_ESINGULAR)
        s = ax_error(AXLE_EUNCERTIFIED,
                     "the exact square root found dependent invariant subspaces (a bug)");
    AX_STEP(s, axle_matrix_mul(R, Z, Yi));
    axle_matrix_free(Y);
    axle_matrix_free(Z);
    axle_matrix_free(Yi);
    return s;
}

axle_status ax_qi_sqrt_with(axle_matrix **out, const axle_matrix *A, const axle_matrix *G,
                            const char *what, ax_qi_sqrt_method method)
{
    size_t nf = 0;
    root_factor *F = NULL;
    axle_matrix *R = NULL;
    axle_status s = factors(&F, &nf, A, what);
    if (!s && method != AX_QI_SQRT_BLOCKS) {
        s = by_horner(&R, F, nf, A);
        if (s == AXLE_ERANGE && method == AX_QI_SQRT_AUTO)
            s = AXLE_OK; /* too large as a polynomial: the invariant subspaces instead */
    }
    if (!s && !R)
        s = by_blocks(&R, F, nf, A);
    AX_STEP(s, verify(R, A, G, what));
    for (size_t i = 0; i < nf; i++) {
        ax_zp_clear(&F[i].f);
        ax_zp_clear(&F[i].g);
    }
    free(F);
    if (s) {
        axle_matrix_free(R);
        return s;
    }
    *out = R;
    return AXLE_OK;
}

axle_status ax_qi_sqrt(axle_matrix **out, const axle_matrix *A, const axle_matrix *G,
                       const char *what)
{
    return ax_qi_sqrt_with(out, A, G, what, AX_QI_SQRT_AUTO);
}

axle_status ax_qq_sqrt(axle_matrix **out, const axle_matrix *A, const axle_matrix *G)
{
    AX_OUT(out);
    return ax_qi_sqrt(out, A, G, "T");
}
