/* The exact QQ inner kernels (src/qq/inner.c, src/qq/lstsq.c), white-box through
 * ax_backend_qq.inner: LDLᵀ against determinants of leading blocks and by reconstruction,
 * semidefiniteness against the sign pattern of χ, Gram–Schmidt against the classical formula
 * computed here on mpq_t, least squares against the normal equations and the Penrose conditions,
 * the square-root displays, every error message, inputs unchanged. Random cases from a fixed seed
 * (AXLE_TEST_SEED overrides it). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "helpers.h"
#include "qq/inner.h"

#define K (ax_backend_qq.inner)

static axle_matrix *parse(const char *text)
{
    axle_matrix *A = NULL;
    cr_assert_eq(axle_matrix_parse(&A, AXLE_QQ, text), AXLE_OK, "parse %s", text);
    return A;
}

static axle_scalar *frac(long num, long den)
{
    axle_scalar *c = NULL;
    cr_assert_eq(axle_scalar_from_frac(&c, AXLE_QQ, num, den), AXLE_OK);
    return c;
}

static void get(mpq_t q, const axle_matrix *A, size_t i, size_t j)
{
    cr_assert_eq(axle_matrix_get_mpq(q, A, i, j), AXLE_OK);
}

static void set(axle_matrix *A, size_t i, size_t j, const mpq_t q)
{
    cr_assert_eq(axle_matrix_set_mpq(A, i, j, q), AXLE_OK);
}

static void assert_message(const char *want)
{
    cr_assert_str_eq(axle_error_message(), want);
}

/* L diag(D) Lᵀ. */
static axle_matrix *ldl_product(const axle_matrix *L, const axle_matrix *D)
{
    size_t n = axle_matrix_rows(L);
    axle_matrix *LD = ts_copy(L);
    mpq_t a, d;
    mpq_inits(a, d, NULL);
    for (size_t j = 0; j < n; j++) {
        get(d, D, j, 0);
        for (size_t i = 0; i < n; i++) {
            get(a, LD, i, j);
            mpq_mul(a, a, d);
            set(LD, i, j, a);
        }
    }
    mpq_clears(a, d, NULL);
    axle_matrix *Lt = ts_transpose(L), *P = ts_mul(LD, Lt);
    axle_matrix_free(LD);
    axle_matrix_free(Lt);
    return P;
}

static void assert_unit_lower(const axle_matrix *L)
{
    size_t n = axle_matrix_rows(L);
    for (size_t i = 0; i < n; i++)
        for (size_t j = i; j < n; j++)
            cr_assert(qh_entry_is(L, i, j, i == j, 1), "L(%zu, %zu) is not %d", i, j, i == j);
}

/* A = L D Lᵀ with L unit lower triangular, and D_k = det A_k / det A_{k-1} (leading blocks). */
static void check_ldl(const axle_matrix *A)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *copy = ts_copy(A), *L = NULL, *D = NULL;
    cr_assert_eq(K->ldl(&L, &D, A), AXLE_OK, "%s", axle_error_message());
    cr_assert(axle_matrix_equal(A, copy), "input changed");
    assert_unit_lower(L);
    axle_matrix *P = ldl_product(L, D);
    cr_assert(axle_matrix_equal(P, A), "L D L^T != A");
    mpq_t prev, det, d;
    mpq_inits(prev, det, d, NULL);
    mpq_set_ui(prev, 1, 1);
    for (size_t k = 1; k <= n; k++) {
        axle_matrix *B = NULL;
        axle_scalar *s = NULL;
        cr_assert_eq(ax_matrix_block(&B, A, 0, k, 0, k), AXLE_OK);
        cr_assert_eq(axle_matrix_det(&s, B), AXLE_OK);
        axle_scalar_get_mpq(det, s);
        get(d, D, k - 1, 0);
        cr_assert(mpq_sgn(d) > 0);
        mpq_mul(d, d, prev);
        cr_assert(mpq_equal(d, det), "pivot %zu is not det A_k / det A_{k-1}", k);
        mpq_set(prev, det);
        axle_matrix_free(B);
        axle_scalar_free(s);
    }
    /* L may be left out */
    axle_matrix *D2 = NULL;
    cr_assert_eq(K->ldl(NULL, &D2, A), AXLE_OK);
    cr_assert(axle_matrix_equal(D, D2));
    mpq_clears(prev, det, d, NULL);
    axle_matrix_free(copy);
    axle_matrix_free(L);
    axle_matrix_free(D);
    axle_matrix_free(D2);
    axle_matrix_free(P);
}

/* Bᵀ B + c I: symmetric positive definite for c > 0, semidefinite for c = 0. */
static axle_matrix *gram_plus(const axle_matrix *B, long c)
{
    axle_matrix *Bt = ts_transpose(B), *M = ts_mul(Bt, B);
    size_t n = axle_matrix_rows(M);
    mpq_t a;
    mpq_init(a);
    for (size_t i = 0; i < n; i++) {
        get(a, M, i, i);
        mpz_addmul_ui(mpq_numref(a), mpq_denref(a), (unsigned long)c);
        mpq_canonicalize(a);
        set(M, i, i, a);
    }
    mpq_clear(a);
    axle_matrix_free(Bt);
    return M;
}

Test(qq_inner, ldl_hilbert)
{
    for (size_t n = 1; n <= 16; n++) {
        axle_matrix *H = ts_hilbert(AXLE_QQ, n);
        check_ldl(H);
        axle_matrix_free(H);
    }
    /* the pivots of the Hilbert matrix of order 3: 1, 1/12, 1/180 */
    axle_matrix *H = ts_hilbert(AXLE_QQ, 3), *D = NULL, *L = NULL;
    cr_assert_eq(K->ldl(&L, &D, H), AXLE_OK);
    cr_assert(qh_entry_is(D, 0, 0, 1, 1) && qh_entry_is(D, 1, 0, 1, 12) &&
              qh_entry_is(D, 2, 0, 1, 180));
    cr_assert(qh_entry_is(L, 1, 0, 1, 2) && qh_entry_is(L, 2, 0, 1, 3) &&
              qh_entry_is(L, 2, 1, 1, 1));
    axle_matrix_free(H);
    axle_matrix_free(D);
    axle_matrix_free(L);
}

Test(qq_inner, ldl_random_spd)
{
    ts_rng r = ts_rng_new("qq_inner::ldl_random_spd");
    for (size_t t = 0; t < 12; t++) {
        size_t n = 1 + (size_t)ts_range(&r, 0, 9), m = (size_t)ts_range(&r, 1, 12);
        axle_matrix *B =
            t % 2 ? ts_random_frac(&r, AXLE_QQ, m, n) : ts_random_int(&r, AXLE_QQ, m, n, -20, 20);
        axle_matrix *A = gram_plus(B, 1);
        check_ldl(A);
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

Test(qq_inner, ldl_errors)
{
    axle_matrix *L = (axle_matrix *)1, *D = (axle_matrix *)1;
    axle_matrix *A = parse("[[1, 1], [2, 1]]");
    cr_assert_eq(K->ldl(&L, &D, A), AXLE_EDOMAIN);
    assert_message("the matrix is not symmetric: entry (1, 2) is 1 but entry (2, 1) is 2");
    axle_matrix_free(A);
    A = parse("[[4, 0, 1/2], [0, 1, 0], [1/3, 0, 5]]");
    cr_assert_eq(K->ldl(&L, &D, A), AXLE_EDOMAIN);
    assert_message("the matrix is not symmetric: entry (1, 3) is 1/2 but entry (3, 1) is 1/3");
    axle_matrix_free(A);
    A = parse("[[1, 2], [2, 1]]");
    cr_assert_eq(K->ldl(&L, &D, A), AXLE_EDOMAIN);
    assert_message("the matrix is not positive definite: pivot 2 of its LDLᵀ factorization is -3");
    axle_matrix_free(A);
    A = parse("[[2, 1, 1], [1, 1/2, 0], [1, 0, 7]]"); /* semidefinite leading block */
    cr_assert_eq(K->ldl(&L, &D, A), AXLE_EDOMAIN);
    assert_message("the matrix is not positive definite: pivot 2 of its LDLᵀ factorization is 0");
    axle_matrix_free(A);
    A = parse("[[-1/2]]");
    cr_assert_eq(K->ldl(&L, &D, A), AXLE_EDOMAIN);
    assert_message(
        "the matrix is not positive definite: pivot 1 of its LDLᵀ factorization is -1/2");
    axle_matrix_free(A);
    /* outputs untouched on failure (the floor set them to NULL) */
    cr_assert_eq(L, (axle_matrix *)1);
    cr_assert_eq(D, (axle_matrix *)1);
}

/* base^e times the n x n identity. */
static axle_matrix *big_diagonal(size_t n, unsigned long base, unsigned long e)
{
    axle_matrix *A = ts_zero(AXLE_QQ, n, n);
    mpq_t big;
    mpq_init(big);
    mpz_ui_pow_ui(mpq_numref(big), base, e);
    for (size_t i = 0; i < n; i++)
        set(A, i, i, big);
    mpq_clear(big);
    return A;
}

Test(qq_inner, ldl_too_large)
{
    axle_matrix *A = big_diagonal(160, 10, 400);
    axle_matrix *L = NULL, *D = NULL;
    cr_assert_eq(K->ldl(&L, &D, A), AXLE_ERANGE);
    cr_assert(strstr(axle_error_message(), "above the limit of 2^31"), "%s", axle_error_message());
    bool psd;
    cr_assert_eq(ax_qq_semidefinite_ldl(&psd, A), AXLE_ERANGE);
    cr_assert_null(L);
    cr_assert_null(D);
    axle_matrix_free(A);
}

Test(qq_inner, symmetric)
{
    bool out = false;
    axle_matrix *A = parse("[[1, 2/3], [2/3, 5]]");
    cr_assert_eq(K->symmetric(&out, A), AXLE_OK);
    cr_assert(out);
    axle_matrix_free(A);
    A = parse("[[1, 2/3], [2/5, 5]]");
    cr_assert_eq(K->symmetric(&out, A), AXLE_OK);
    cr_assert(!out);
    axle_matrix_free(A);
    A = parse("[[1, 2, 3]]");
    cr_assert_eq(K->symmetric(&out, A), AXLE_OK);
    cr_assert(!out);
    axle_matrix_free(A);
}

/* The reference: a symmetric A (all roots of χ real) is semidefinite iff χ's coefficients
 * alternate in sign, (-1)^(n-k) c_k >= 0 (Descartes' rule is exact for real-rooted χ(-x)). */
static bool psd_by_charpoly(const axle_matrix *A)
{
    axle_poly *chi = NULL;
    cr_assert_eq(axle_matrix_charpoly(&chi, A), AXLE_OK);
    size_t n = axle_matrix_rows(A);
    bool ok = true;
    mpq_t c;
    mpq_init(c);
    for (size_t k = 0; k <= n; k++) {
        axle_poly_coeff_mpq(c, chi, k);
        int sg = mpq_sgn(c) * ((n - k) % 2 ? -1 : 1);
        ok = ok && sg >= 0;
    }
    mpq_clear(c);
    axle_poly_free(chi);
    return ok;
}

/* The kernel's two variants agree (and the dispatcher with them); their answer. */
static bool psd_both(const axle_matrix *A)
{
    bool a = false, b = true, c = false;
    cr_assert_eq(ax_qq_semidefinite_ldl(&a, A), AXLE_OK, "%s", axle_error_message());
    cr_assert_eq(ax_qq_semidefinite_charpoly(&b, A), AXLE_OK, "%s", axle_error_message());
    cr_assert_eq(a, b, "the elimination says %d, the signs of chi %d", a, b);
    cr_assert_eq(K->semidefinite(&c, A), AXLE_OK);
    cr_assert_eq(a, c);
    return a;
}

Test(qq_inner, semidefinite_known)
{
    const char *yes[] = {"[[0]]", "[[1, 1], [1, 1]]", "[[0, 0], [0, 3]]",
                         "[[2, -1, 0], [-1, 2, -1], [0, -1, 2]]",
                         "[[1, 2, 3], [2, 4, 6], [3, 6, 9]]"};
    const char *no[] = {"[[-1/3]]",
                        "[[0, 1], [1, 0]]",
                        "[[1, 2], [2, 1]]",
                        "[[0, 0], [0, -1]]",
                        "[[1, 1, 0], [1, 1, 0], [0, 0, -1/100]]",
                        "[[0, 0, 1], [0, 2, 0], [1, 0, 0]]"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        axle_matrix *A = parse(yes[i]);
        cr_assert(psd_both(A), "%s is semidefinite", yes[i]);
        cr_assert(psd_by_charpoly(A));
        axle_matrix_free(A);
    }
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
        axle_matrix *A = parse(no[i]);
        cr_assert(!psd_both(A), "%s is not semidefinite", no[i]);
        cr_assert(!psd_by_charpoly(A));
        axle_matrix_free(A);
    }
}

/* Bᵀ diag(s) B with s in {-1, 0, 1} (mostly nonnegative): rank-deficient semidefinite matrices,
 * and indefinite ones, decided by both variants and the reference; the last cases are above the
 * dispatcher's crossover. */
Test(qq_inner, semidefinite_random_against_charpoly)
{
    ts_rng r = ts_rng_new("qq_inner::semidefinite_random_against_charpoly");
    size_t yes = 0, no = 0;
    for (size_t t = 0; t < 64; t++) {
        bool large = t >= 60;
        size_t n = large ? AX_QQ_PSD_CHARPOLY_FROM + (size_t)ts_range(&r, 0, 8)
                         : (size_t)ts_range(&r, 1, 7),
               m = large ? n - (size_t)ts_range(&r, 0, 20) : (size_t)ts_range(&r, 1, 8);
        axle_matrix *B =
            t % 3 ? ts_random_int(&r, AXLE_QQ, m, n, -3, 3) : ts_random_frac(&r, AXLE_QQ, m, n);
        axle_matrix *S = ts_zero(AXLE_QQ, m, m);
        for (size_t i = 0; i < m; i++)
            cr_assert_eq(
                axle_matrix_set_frac(S, i, i, ts_range(&r, 0, 5) == 0 ? -1 : ts_range(&r, 0, 2), 1),
                AXLE_OK);
        axle_matrix *Bt = ts_transpose(B), *SB = ts_mul(S, B), *A = ts_mul(Bt, SB);
        axle_matrix *copy = ts_copy(A);
        bool out = psd_both(A);
        cr_assert(axle_matrix_equal(A, copy));
        cr_assert_eq(out, psd_by_charpoly(A), "case %zu", t);
        out ? yes++ : no++;
        axle_matrix_free(B);
        axle_matrix_free(S);
        axle_matrix_free(Bt);
        axle_matrix_free(SB);
        axle_matrix_free(A);
        axle_matrix_free(copy);
    }
    cr_assert(yes >= 10 && no >= 10, "%zu semidefinite, %zu not: both kinds exercised", yes, no);
}

/* ---- Gram–Schmidt ---------------------------------------------------------------------------- */

/* <u, v> = uᵀ G v for columns u of U and v of V (G NULL: the dot product). */
static void ip(mpq_t out, const axle_matrix *G, const axle_matrix *U, size_t a,
               const axle_matrix *V, size_t b)
{
    size_t n = axle_matrix_rows(U);
    mpq_t x, y, t;
    mpq_inits(x, y, t, NULL);
    mpq_set_ui(out, 0, 1);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            if (!G && i != j)
                continue;
            get(x, U, i, a);
            get(y, V, j, b);
            mpq_mul(t, x, y);
            if (G) {
                get(x, G, i, j);
                mpq_mul(t, t, x);
            }
            mpq_add(out, out, t);
        }
    mpq_clears(x, y, t, NULL);
}

/* The classical loop e'_k = v_k - Σ_{j<k} <v_k, e'_j>/<e'_j, e'_j> e'_j on mpq_t. */
static axle_matrix *classical_gs(const axle_matrix *G, const axle_matrix *V)
{
    size_t n = axle_matrix_rows(V), k = axle_matrix_cols(V);
    axle_matrix *E = ts_copy(V);
    mpq_t c, rr, x, y;
    mpq_inits(c, rr, x, y, NULL);
    for (size_t col = 0; col < k; col++)
        for (size_t j = 0; j < col; j++) {
            ip(c, G, V, col, E, j);
            ip(rr, G, E, j, E, j);
            mpq_div(c, c, rr);
            for (size_t i = 0; i < n; i++) {
                get(x, E, i, col);
                get(y, E, i, j);
                mpq_mul(y, y, c);
                mpq_sub(x, x, y);
                set(E, i, col, x);
            }
        }
    mpq_clears(c, rr, x, y, NULL);
    return E;
}

static void check_gs(const axle_matrix *G, const axle_matrix *V)
{
    axle_matrix *Gc = G ? ts_copy(G) : NULL, *Vc = ts_copy(V);
    axle_matrix *E = NULL, *r = NULL, *Rp = NULL;
    size_t dep = 77;
    cr_assert_eq(K->gram_schmidt(&E, &r, &Rp, &dep, G, V), AXLE_OK, "%s", axle_error_message());
    cr_assert_eq(dep, 77);
    cr_assert(axle_matrix_equal(V, Vc) && (!G || axle_matrix_equal(G, Gc)), "input changed");
    axle_matrix *W = classical_gs(G, V);
    cr_assert(axle_matrix_equal(E, W), "E differs from the classical Gram-Schmidt");
    size_t k = axle_matrix_cols(V);
    mpq_t q, t;
    mpq_inits(q, t, NULL);
    for (size_t j = 0; j < k; j++) {
        ip(q, G, W, j, W, j);
        get(t, r, j, 0);
        cr_assert(mpq_equal(q, t), "r_%zu", j);
        for (size_t i = 0; i < k; i++)
            cr_assert(qh_entry_is(Rp, j, i, j == i, 1) || i > j, "Rp not unit upper triangular");
    }
    mpq_clears(q, t, NULL);
    axle_matrix *P = ts_mul(E, Rp);
    cr_assert(axle_matrix_equal(P, V), "E R' != V");
    /* Rp may be left out */
    axle_matrix *E2 = NULL, *r2 = NULL;
    cr_assert_eq(K->gram_schmidt(&E2, &r2, NULL, NULL, G, V), AXLE_OK);
    cr_assert(axle_matrix_equal(E2, E) && axle_matrix_equal(r2, r));
    axle_matrix_free(Gc);
    axle_matrix_free(Vc);
    axle_matrix_free(E);
    axle_matrix_free(r);
    axle_matrix_free(Rp);
    axle_matrix_free(W);
    axle_matrix_free(P);
    axle_matrix_free(E2);
    axle_matrix_free(r2);
}

Test(qq_inner, gs_random_against_classical)
{
    ts_rng r = ts_rng_new("qq_inner::gs_random_against_classical");
    for (size_t t = 0; t < 16; t++) {
        size_t n = (size_t)ts_range(&r, 1, 8), k = (size_t)ts_range(&r, 1, (long)n);
        axle_matrix *V =
            t % 2 ? ts_random_frac(&r, AXLE_QQ, n, k) : ts_random_full_rank(&r, AXLE_QQ, n, k);
        axle_matrix *G = NULL, *B = NULL;
        if (t % 4 >= 2) {
            B = ts_random_frac(&r, AXLE_QQ, n, n);
            G = gram_plus(B, 1);
        }
        size_t rank;
        cr_assert_eq(axle_matrix_rank(&rank, V), AXLE_OK);
        if (rank == k)
            check_gs(G, V);
        axle_matrix_free(V);
        axle_matrix_free(G);
        axle_matrix_free(B);
    }
}

/* 1, x, x² in P₂ with ∫₋₁¹ p q: the Legendre polynomials 1, x, x² − 1/3 and ‖·‖² 2, 2/3, 8/45. */
Test(qq_inner, gs_legendre)
{
    axle_matrix *G = parse("[[2, 0, 2/3], [0, 2/3, 0], [2/3, 0, 2/5]]"),
                *V = ts_identity(AXLE_QQ, 3);
    check_gs(G, V);
    axle_matrix *E = NULL, *r = NULL, *Rp = NULL;
    cr_assert_eq(K->gram_schmidt(&E, &r, &Rp, NULL, G, V), AXLE_OK);
    axle_matrix *We = parse("[[1, 0, -1/3], [0, 1, 0], [0, 0, 1]]"),
                *Wr = parse("[[2], [2/3], [8/45]]");
    cr_assert(axle_matrix_equal(E, We));
    cr_assert(axle_matrix_equal(r, Wr));
    axle_matrix_free(G);
    axle_matrix_free(V);
    axle_matrix_free(E);
    axle_matrix_free(r);
    axle_matrix_free(Rp);
    axle_matrix_free(We);
    axle_matrix_free(Wr);
}

/* Column j of a random independent list replaced by a combination of the earlier ones (or 0):
 * the kernel names j. */
Test(qq_inner, gs_dependent)
{
    const char *msg[] = {"v_1 is the zero vector: the list is linearly dependent",
                         "v_2 is in span(v_1): the list is linearly dependent",
                         "v_3 is in span(v_1, v_2): the list is linearly dependent",
                         "v_4 is in span(v_1, v_2, v_3): the list is linearly dependent",
                         "v_5 is in span(v_1, ..., v_4): the list is linearly dependent"};
    ts_rng r = ts_rng_new("qq_inner::gs_dependent");
    for (size_t j = 0; j < 5; j++)
        for (int withg = 0; withg < 2; withg++) {
            size_t n = 6, k = 6;
            axle_matrix *V = ts_random_full_rank(&r, AXLE_QQ, n, k);
            mpq_t acc, x, c;
            mpq_inits(acc, x, c, NULL);
            for (size_t i = 0; i < n; i++) {
                mpq_set_ui(acc, 0, 1);
                for (size_t l = 0; l < j; l++) {
                    get(x, V, i, l);
                    mpq_set_si(c, (long)l + 2, 3);
                    mpq_mul(x, x, c);
                    mpq_add(acc, acc, x);
                }
                set(V, i, j, acc);
            }
            mpq_clears(acc, x, c, NULL);
            axle_matrix *B = ts_random_frac(&r, AXLE_QQ, n, n), *G = withg ? gram_plus(B, 1) : NULL;
            axle_matrix *E = (axle_matrix *)1, *rr = (axle_matrix *)1, *Rp = (axle_matrix *)1;
            size_t dep = 99;
            cr_assert_eq(K->gram_schmidt(&E, &rr, &Rp, &dep, G, V), AXLE_EDOMAIN);
            cr_assert_eq(dep, j);
            assert_message(msg[j]);
            cr_assert(E == (axle_matrix *)1 && rr == (axle_matrix *)1 && Rp == (axle_matrix *)1);
            axle_matrix_free(V);
            axle_matrix_free(B);
            axle_matrix_free(G);
        }
}

/* ---- least squares and the pseudoinverse ----------------------------------------------------- */

/* The four Penrose conditions for P = A⁺. */
static void assert_penrose(const axle_matrix *A, const axle_matrix *P)
{
    axle_matrix *AP = ts_mul(A, P), *PA = ts_mul(P, A);
    axle_matrix *APA = ts_mul(AP, A), *PAP = ts_mul(PA, P);
    axle_matrix *APt = ts_transpose(AP), *PAt = ts_transpose(PA);
    cr_assert(axle_matrix_equal(APA, A), "A A+ A != A");
    cr_assert(axle_matrix_equal(PAP, P), "A+ A A+ != A+");
    cr_assert(axle_matrix_equal(APt, AP), "A A+ not symmetric");
    cr_assert(axle_matrix_equal(PAt, PA), "A+ A not symmetric");
    axle_matrix_free(AP);
    axle_matrix_free(PA);
    axle_matrix_free(APA);
    axle_matrix_free(PAP);
    axle_matrix_free(APt);
    axle_matrix_free(PAt);
}

/* Σ_i (A X − B)_ij² for each j, compared with the kernel's residual. */
static void assert_residual(const axle_matrix *res, const axle_matrix *A, const axle_matrix *X,
                            const axle_matrix *B)
{
    axle_matrix *AX = ts_mul(A, X), *R = ts_sub(AX, B);
    cr_assert_eq(axle_matrix_rows(res), 1);
    cr_assert_eq(axle_matrix_cols(res), axle_matrix_cols(B));
    mpq_t acc, x, y;
    mpq_inits(acc, x, y, NULL);
    for (size_t j = 0; j < axle_matrix_cols(B); j++) {
        mpq_set_ui(acc, 0, 1);
        for (size_t i = 0; i < axle_matrix_rows(B); i++) {
            get(x, R, i, j);
            mpq_mul(x, x, x);
            mpq_add(acc, acc, x);
        }
        get(y, res, 0, j);
        cr_assert(mpq_equal(acc, y), "residual %zu", j);
    }
    mpq_clears(acc, x, y, NULL);
    axle_matrix_free(AX);
    axle_matrix_free(R);
}

Test(qq_inner, lstsq_full_rank_against_normal_equations)
{
    ts_rng r = ts_rng_new("qq_inner::lstsq_full_rank_against_normal_equations");
    for (size_t t = 0; t < 12; t++) {
        size_t n = (size_t)ts_range(&r, 1, 6), m = n + (size_t)ts_range(&r, 0, 5),
               k = (size_t)ts_range(&r, 1, 3);
        axle_matrix *A =
            t % 2 ? ts_random_full_rank(&r, AXLE_QQ, m, n) : ts_random_frac(&r, AXLE_QQ, m, n);
        axle_matrix *B = ts_random_frac(&r, AXLE_QQ, m, k);
        size_t rank;
        cr_assert_eq(axle_matrix_rank(&rank, A), AXLE_OK);
        if (rank < n) {
            axle_matrix_free(A);
            axle_matrix_free(B);
            continue;
        }
        axle_matrix *Ac = ts_copy(A), *Bc = ts_copy(B);
        axle_matrix *X = NULL, *res = NULL;
        size_t got = 0;
        cr_assert_eq(K->lstsq(&X, &got, &res, A, B), AXLE_OK, "%s", axle_error_message());
        cr_assert(axle_matrix_equal(A, Ac) && axle_matrix_equal(B, Bc), "input changed");
        cr_assert_eq(got, n);
        axle_matrix *At = ts_transpose(A), *AtA = ts_mul(At, A), *AtB = ts_mul(At, B), *Y = NULL;
        cr_assert_eq(axle_matrix_solve(&Y, NULL, AtA, AtB), AXLE_OK);
        cr_assert(axle_matrix_equal(X, Y), "x differs from (A^T A)^-1 A^T B");
        assert_residual(res, A, X, B);
        axle_matrix *X2 = NULL;
        cr_assert_eq(K->lstsq(&X2, NULL, NULL, A, B), AXLE_OK);
        cr_assert(axle_matrix_equal(X, X2));
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(Ac);
        axle_matrix_free(Bc);
        axle_matrix_free(X);
        axle_matrix_free(X2);
        axle_matrix_free(res);
        axle_matrix_free(At);
        axle_matrix_free(AtA);
        axle_matrix_free(AtB);
        axle_matrix_free(Y);
    }
}

/* Rank-deficient A of known rank (wide, tall, square): X = A⁺ B with A⁺ satisfying the Penrose
 * conditions, and the pseudoinverse itself unchanged inputs. */
Test(qq_inner, lstsq_pinv_rank_deficient)
{
    ts_rng r = ts_rng_new("qq_inner::lstsq_pinv_rank_deficient");
    for (size_t t = 0; t < 14; t++) {
        size_t m = (size_t)ts_range(&r, 1, 7), n = (size_t)ts_range(&r, 1, 7);
        size_t mn = m < n ? m : n, rk = (size_t)ts_range(&r, 0, (long)mn);
        axle_matrix *A = ts_random_rank(&r, AXLE_QQ, m, n, rk);
        if (t % 2) { /* fractions: scale the rows */
            axle_matrix *S = ts_random_frac(&r, AXLE_QQ, 1, 1);
            axle_scalar *c = NULL;
            cr_assert_eq(axle_matrix_get(&c, S, 0, 0), AXLE_OK);
            axle_matrix *A2 = NULL;
            if (!axle_scalar_is_zero(c)) {
                cr_assert_eq(axle_matrix_scale(&A2, c, A), AXLE_OK);
                axle_matrix_free(A);
                A = A2;
            }
            axle_scalar_free(c);
            axle_matrix_free(S);
        }
        axle_matrix *B = ts_random_frac(&r, AXLE_QQ, m, 2), *Ac = ts_copy(A);
        axle_matrix *P = NULL, *X = NULL, *res = NULL;
        size_t got = 99;
        cr_assert_eq(K->pinv(&P, A), AXLE_OK, "%s", axle_error_message());
        cr_assert(axle_matrix_equal(A, Ac));
        cr_assert_eq(axle_matrix_rows(P), n);
        cr_assert_eq(axle_matrix_cols(P), m);
        assert_penrose(A, P);
        cr_assert_eq(K->lstsq(&X, &got, &res, A, B), AXLE_OK, "%s", axle_error_message());
        cr_assert_eq(got, rk);
        axle_matrix *PB = ts_mul(P, B);
        cr_assert(axle_matrix_equal(X, PB), "x != A+ B");
        assert_residual(res, A, X, B);
        axle_matrix_free(A);
        axle_matrix_free(Ac);
        axle_matrix_free(B);
        axle_matrix_free(P);
        axle_matrix_free(X);
        axle_matrix_free(res);
        axle_matrix_free(PB);
    }
}

/* Full rank in each shape (tall: independent columns, wide: independent rows, square and
 * invertible): each has its own direct system in the kernel; A⁺ satisfies the Penrose conditions
 * and lstsq gives A⁺ B, for integer and fractional entries. */
Test(qq_inner, lstsq_pinv_full_rank_shapes)
{
    ts_rng r = ts_rng_new("qq_inner::lstsq_pinv_full_rank_shapes");
    const size_t shapes[][2] = {{7, 3}, {3, 7}, {5, 5}, {1, 4}, {4, 1}, {1, 1}};
    for (size_t t = 0; t < 2 * sizeof shapes / sizeof *shapes; t++) {
        size_t m = shapes[t / 2][0], n = shapes[t / 2][1], mn = m < n ? m : n;
        axle_matrix *A =
            t % 2 ? ts_random_rank(&r, AXLE_QQ, m, n, mn) : ts_random_full_rank(&r, AXLE_QQ, m, n);
        if (t % 2) { /* fractions */
            axle_scalar *c = frac(3, 7);
            axle_matrix *A2 = NULL;
            cr_assert_eq(axle_matrix_scale(&A2, c, A), AXLE_OK);
            axle_matrix_free(A);
            A = A2;
            axle_scalar_free(c);
        }
        size_t rank;
        cr_assert_eq(axle_matrix_rank(&rank, A), AXLE_OK);
        cr_assert_eq(rank, mn);
        axle_matrix *B = ts_random_frac(&r, AXLE_QQ, m, 2), *P = NULL, *X = NULL, *res = NULL;
        cr_assert_eq(K->pinv(&P, A), AXLE_OK, "%s", axle_error_message());
        assert_penrose(A, P);
        size_t got = 0;
        cr_assert_eq(K->lstsq(&X, &got, &res, A, B), AXLE_OK, "%s", axle_error_message());
        cr_assert_eq(got, mn);
        axle_matrix *PB = ts_mul(P, B);
        cr_assert(axle_matrix_equal(X, PB), "%zux%zu: x != A+ B", m, n);
        assert_residual(res, A, X, B);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(P);
        axle_matrix_free(X);
        axle_matrix_free(res);
        axle_matrix_free(PB);
    }
}

/* Integral A and B (no denominators to clear: the kernel reads the inputs in place) in each
 * full-rank shape, with the residual, against the normal equations solved independently; the
 * inputs unchanged. */
Test(qq_inner, lstsq_full_rank_integral_inputs)
{
    ts_rng r = ts_rng_new("qq_inner::lstsq_full_rank_integral_inputs");
    const size_t shapes[][2] = {{20, 10}, {10, 20}, {9, 9}, {3, 1}, {1, 3}};
    for (size_t t = 0; t < sizeof shapes / sizeof *shapes; t++) {
        size_t m = shapes[t][0], n = shapes[t][1];
        axle_matrix *A = ts_random_full_rank(&r, AXLE_QQ, m, n);
        axle_matrix *B = ts_random_int(&r, AXLE_QQ, m, 2, -10, 10);
        axle_matrix *Ac = ts_copy(A), *Bc = ts_copy(B), *X = NULL, *res = NULL, *P = NULL;
        size_t got = 0;
        cr_assert_eq(K->lstsq(&X, &got, &res, A, B), AXLE_OK, "%s", axle_error_message());
        cr_assert(axle_matrix_equal(A, Ac) && axle_matrix_equal(B, Bc), "input changed");
        cr_assert_eq(got, m < n ? m : n);
        /* X solves the normal equations and lies in the row space: X = A⁺ B */
        axle_matrix *At = ts_transpose(A), *AtA = ts_mul(At, A), *AtB = ts_mul(At, B);
        axle_matrix *AtAX = ts_mul(AtA, X);
        cr_assert(axle_matrix_equal(AtAX, AtB), "%zux%zu: normal equations", m, n);
        cr_assert_eq(K->pinv(&P, A), AXLE_OK, "%s", axle_error_message());
        assert_penrose(A, P);
        axle_matrix *PB = ts_mul(P, B);
        cr_assert(axle_matrix_equal(X, PB), "%zux%zu: x != A+ B", m, n);
        assert_residual(res, A, X, B);
        axle_matrix *all[] = {A, B, Ac, Bc, X, res, P, At, AtA, AtB, AtAX, PB};
        for (size_t i = 0; i < sizeof all / sizeof *all; i++)
            axle_matrix_free(all[i]);
    }
}

/* A known case: the line through (0, 1), (1, 2), (2, 2): y = 7/6 + x/2, residual 1/6; and the
 * minimum-norm solution of x + y = 2 (x = y = 1). */
Test(qq_inner, lstsq_known)
{
    axle_matrix *A = parse("[[1, 0], [1, 1], [1, 2]]"), *B = parse("[[1], [2], [2]]");
    axle_matrix *X = NULL, *res = NULL, *W = parse("[[7/6], [1/2]]");
    size_t rank;
    cr_assert_eq(K->lstsq(&X, &rank, &res, A, B), AXLE_OK);
    cr_assert(axle_matrix_equal(X, W));
    cr_assert(qh_entry_is(res, 0, 0, 1, 6));
    cr_assert_eq(rank, 2);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(X);
    axle_matrix_free(res);
    axle_matrix_free(W);
    A = parse("[[1, 1]]");
    B = parse("[[2]]");
    W = parse("[[1], [1]]");
    cr_assert_eq(K->lstsq(&X, &rank, &res, A, B), AXLE_OK);
    cr_assert(axle_matrix_equal(X, W));
    cr_assert(qh_entry_is(res, 0, 0, 0, 1));
    cr_assert_eq(rank, 1);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(X);
    axle_matrix_free(res);
    axle_matrix_free(W);
    /* the zero matrix: x = 0, rank 0, residual |B|² */
    A = ts_zero(AXLE_QQ, 2, 3);
    B = parse("[[1, 2], [3, 1/2]]");
    cr_assert_eq(K->lstsq(&X, &rank, &res, A, B), AXLE_OK);
    cr_assert_eq(rank, 0);
    W = ts_zero(AXLE_QQ, 3, 2);
    cr_assert(axle_matrix_equal(X, W));
    cr_assert(qh_entry_is(res, 0, 0, 10, 1) && qh_entry_is(res, 0, 1, 17, 4));
    axle_matrix *P = NULL, *Z = ts_zero(AXLE_QQ, 3, 2);
    cr_assert_eq(K->pinv(&P, A), AXLE_OK);
    cr_assert(axle_matrix_equal(P, Z));
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(X);
    axle_matrix_free(res);
    axle_matrix_free(W);
    axle_matrix_free(P);
    axle_matrix_free(Z);
}

Test(qq_inner, lstsq_pinv_too_large)
{
    axle_matrix *A = big_diagonal(300, 3, 100);
    axle_matrix *P = NULL;
    cr_assert_eq(K->pinv(&P, A), AXLE_ERANGE);
    cr_assert(
        strstr(axle_error_message(), "the exact pseudoinverse of this 300x300 matrix could take"),
        "%s", axle_error_message());
    cr_assert_null(P);
    axle_matrix *B = ts_identity(AXLE_QQ, 300), *B2 = NULL, *X = NULL, *R = NULL;
    TS_OK(ax_matrix_block(&B2, B, 0, 300, 0, 3));
    cr_assert_eq(K->lstsq(&X, NULL, &R, A, B2), AXLE_ERANGE);
    cr_assert(strstr(axle_error_message(),
                     "the exact least-squares solution of this 300x300 matrix could take"),
              "%s", axle_error_message());
    cr_assert(!X && !R);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(B2);
}

/* Small results of big entries: a 40 x 20 matrix of 20000-bit entries passed the size estimate
 * (4.8e7 bits) and its Dixon lifting ran for minutes (5000 bits: 8.8 s, 2500 bits: 2.7 s); the
 * lifting's work (steps times rank² times the words of the system's entries) is now bounded. */
Test(qq_inner, lstsq_big_entries_too_much_work)
{
    gmp_randstate_t st;
    gmp_randinit_default(st);
    gmp_randseed_ui(st, 20261202);
    axle_matrix *A = ts_zero(AXLE_QQ, 40, 20), *B = ts_zero(AXLE_QQ, 40, 1);
    mpq_t x;
    mpq_init(x);
    for (size_t i = 0; i < 40; i++) {
        for (size_t j = 0; j < 20; j++) {
            mpz_urandomb(mpq_numref(x), st, 20000);
            set(A, i, j, x);
        }
        mpz_urandomb(mpq_numref(x), st, 20000);
        set(B, i, 0, x);
    }
    mpq_clear(x);
    gmp_randclear(st);
    axle_matrix *X = NULL, *R = NULL, *P = NULL;
    cr_assert_eq(K->lstsq(&X, NULL, &R, A, B), AXLE_ERANGE);
    cr_assert(strstr(axle_error_message(), "word operations"), "%s", axle_error_message());
    cr_assert(!X && !R);
    cr_assert_eq(K->pinv(&P, A), AXLE_ERANGE);
    cr_assert_null(P);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* ---- square roots of norms squared ----------------------------------------------------------- */

static void assert_sqrt_string(long num, long den, axle_format fmt, const char *want)
{
    axle_scalar *r = frac(num, den);
    char *s = NULL;
    cr_assert_eq(K->sqrt_string(&s, r, fmt), AXLE_OK, "%s", axle_error_message());
    cr_assert_str_eq(s, want);
    axle_free(s);
    axle_scalar_free(r);
}

Test(qq_inner, sqrt_string)
{
    assert_sqrt_string(2, 3, AXLE_FORMAT_UNICODE, "√6/3");
    assert_sqrt_string(2, 3, AXLE_FORMAT_TEXT, "sqrt(6)/3");
    assert_sqrt_string(2, 3, AXLE_FORMAT_LATEX, "\\frac{\\sqrt{6}}{3}");
    assert_sqrt_string(2, 3, AXLE_FORMAT_JSON, "\"√6/3\"");
    assert_sqrt_string(45, 8, AXLE_FORMAT_UNICODE, "3√10/4");
    assert_sqrt_string(9, 4, AXLE_FORMAT_UNICODE, "3/2");
    assert_sqrt_string(0, 1, AXLE_FORMAT_TEXT, "0");
    axle_scalar *r = frac(-1, 2);
    char *s = NULL;
    cr_assert_eq(K->sqrt_string(&s, r, AXLE_FORMAT_TEXT), AXLE_EDOMAIN);
    cr_assert_null(s);
    axle_scalar_free(r);
}

Test(qq_inner, sqrt_exact)
{
    axle_scalar *r = frac(8, 45);
    axle_algebraic *a = NULL;
    cr_assert_eq(K->sqrt_exact(&a, r), AXLE_OK);
    /* (√(8/45))² = 8/45: the minimal polynomial 45 x² − 8 */
    axle_poly *p = NULL;
    cr_assert_eq(axle_algebraic_minpoly(&p, a), AXLE_OK);
    cr_assert_eq(axle_poly_degree(p), 2);
    mpq_t c;
    mpq_init(c);
    axle_poly_coeff_mpq(c, p, 0);
    cr_assert_eq(mpq_cmp_si(c, -8, 1), 0);
    axle_poly_coeff_mpq(c, p, 1);
    cr_assert_eq(mpq_sgn(c), 0);
    axle_poly_coeff_mpq(c, p, 2);
    cr_assert_eq(mpq_cmp_si(c, 45, 1), 0);
    int sg;
    cr_assert_eq(axle_algebraic_sign(&sg, a), AXLE_OK);
    cr_assert_eq(sg, 1);
    mpq_clear(c);
    axle_poly_free(p);
    axle_algebraic_free(a);
    axle_scalar_free(r);
}

Test(qq_inner, normalize)
{
    axle_matrix *e = parse("[[3], [-3/2], [0]]"), *ec = ts_copy(e), *out = NULL;
    axle_scalar *r = frac(9, 4);
    cr_assert_eq(K->normalize(&out, e, r), AXLE_OK);
    axle_matrix *W = parse("[[2], [-1], [0]]");
    cr_assert(axle_matrix_equal(out, W));
    cr_assert(axle_matrix_equal(e, ec));
    axle_matrix_free(out);
    axle_scalar_free(r);
    out = NULL;
    r = frac(2, 3);
    cr_assert_eq(K->normalize(&out, e, r), AXLE_EDOMAIN);
    assert_message("e/√(2/3) is not rational");
    cr_assert_null(out);
    axle_scalar_free(r);
    r = frac(12, 1);
    cr_assert_eq(K->normalize(&out, e, r), AXLE_EDOMAIN);
    assert_message("e/√(12) is not rational");
    cr_assert_null(out);
    axle_scalar_free(r);
    axle_matrix_free(e);
    axle_matrix_free(ec);
    axle_matrix_free(W);
}

static void check_unit_scale(const char *e_text, long num, long den, const char *w_text,
                             const char *s_want)
{
    axle_matrix *e = parse(e_text), *W = parse(w_text), *w = NULL;
    axle_scalar *r = frac(num, den);
    char *s = (char *)1;
    cr_assert_eq(K->unit_scale(&w, &s, e, r, AXLE_FORMAT_UNICODE), AXLE_OK, "%s",
                 axle_error_message());
    cr_assert(axle_matrix_equal(w, W), "w for %s", e_text);
    if (s_want)
        cr_assert_str_eq(s, s_want);
    else
        cr_assert_null(s);
    axle_free(s);
    axle_matrix_free(e);
    axle_matrix_free(W);
    axle_matrix_free(w);
    axle_scalar_free(r);
}

Test(qq_inner, unit_scale)
{
    check_unit_scale("[[2], [-1], [1]]", 6, 1, "[[2], [-1], [1]]", "√6/6");
    check_unit_scale("[[4], [-2], [2]]", 24, 1, "[[2], [-1], [1]]", "√6/6");
    /* x² − 1/3 with ‖·‖² = 8/45 (∫₋₁¹): √10/4·(3x² − 1) */
    check_unit_scale("[[-1/3], [0], [1]]", 8, 45, "[[-1], [0], [3]]", "√10/4");
    check_unit_scale("[[1/2], [1/2]]", 1, 2, "[[1], [1]]", "√2/2");
    /* c/√r rational: w = e/√r, no scale */
    check_unit_scale("[[3], [4]]", 25, 1, "[[3/5], [4/5]]", NULL);
    check_unit_scale("[[3/2], [2]]", 25, 4, "[[3/5], [4/5]]", NULL);
}

/* ---- out of memory --------------------------------------------------------------------------- */

/* Kernel `which` on fixed inputs; every output it made is freed. */
static axle_status run_kernel(int which, const axle_matrix *A, const axle_matrix *B,
                              const axle_scalar *r, bool *all_null)
{
    axle_matrix *X = NULL, *Y = NULL, *Z = NULL;
    char *s = NULL;
    bool b;
    axle_status st = AXLE_OK;
    switch (which) {
    case 0:
        st = K->ldl(&X, &Y, A);
        break;
    case 1:
        st = ax_qq_semidefinite_ldl(&b, A);
        break;
    case 2:
        st = ax_qq_semidefinite_charpoly(&b, A);
        break;
    case 3:
        st = K->gram_schmidt(&X, &Y, &Z, NULL, A, B);
        break;
    case 4:
        st = K->lstsq(&X, NULL, &Y, B, A);
        break;
    case 5:
        st = K->pinv(&X, B);
        break;
    case 6:
        st = K->sqrt_string(&s, r, AXLE_FORMAT_JSON);
        break;
    case 7:
        st = K->normalize(&X, B, r);
        break;
    default:
        st = K->unit_scale(&X, &s, B, r, AXLE_FORMAT_UNICODE);
        break;
    }
    *all_null = !X && !Y && !Z && !s;
    axle_matrix_free(X);
    axle_matrix_free(Y);
    axle_matrix_free(Z);
    axle_free(s);
    return st;
}

/* The k-th allocation failing, k = 1, 2, ... until a run needs no more: AXLE_ENOMEM with every
 * output NULL, or a recovered run, and the inputs unchanged (leaks are for valgrind to see). */
Test(qq_inner, out_of_memory)
{
    axle_matrix *A = parse("[[2, 1, 0], [1, 2, 1], [0, 1, 2]]"), *Ac = ts_copy(A);
    axle_matrix *B = parse("[[1, 2, 0], [0, 1, 1/2], [1, 0, 3]]"), *Bc = ts_copy(B);
    axle_matrix *e = parse("[[1], [0], [0]]");
    axle_scalar *r = frac(9, 4);
    for (int which = 0; which < 9; which++) {
        bool done = false;
        for (unsigned long k = 1; !done && k < 100000; k++) {
            bool all_null;
            ax_oom_fail_at(k, false);
            axle_status st = run_kernel(which, A, which >= 7 ? e : B, r, &all_null);
            bool fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            if (st == AXLE_OK) {
                /* undisturbed, or a kernel recovered from the failure (the QQ solve falls back
                 * from Dixon lifting to the RREF): the kernels certify what they return */
                done = !fired;
            } else {
                cr_assert_eq(st, AXLE_ENOMEM, "kernel %d, allocation %lu: status %d (%s)", which, k,
                             st, axle_error_message());
                cr_assert(fired);
                cr_assert(all_null, "kernel %d, allocation %lu: an output was set", which, k);
            }
            cr_assert(axle_matrix_equal(A, Ac) && axle_matrix_equal(B, Bc));
        }
        cr_assert(done, "kernel %d never ran to the end", which);
    }
    axle_matrix_free(A);
    axle_matrix_free(Ac);
    axle_matrix_free(B);
    axle_matrix_free(Bc);
    axle_matrix_free(e);
    axle_scalar_free(r);
}

/* Allocation failures through every route of least squares and the pseudoinverse: full rank
 * proved by Dixon (square, independent columns, independent rows; integral inputs read in place,
 * fractions cleared), rank deficiency (the profile, Cᵀ A' Rᵀ by products with transposes, the
 * certificate), and huge entries, where Dixon declines by its cost and the rank comes first.
 * Each run is AXLE_ENOMEM with no output or the undisturbed result; inputs unchanged; no leak. */
Test(qq_inner, lstsq_out_of_memory_routes)
{
    const char *cases[][2] = {
        {"[[1, 2], [3, 4], [5, 7]]", "[[1, 0], [2, 1], [0, 3]]"}, /* columns */
        {"[[1, 2, 3, 4], [0, 1, 1, 2]]", "[[1], [1/2]]"},         /* rows */
        {"[[1, 2, 3], [2, 4, 6], [1, 0, 1], [3, 4, 7]]", "[[1, 1/3], [0, 2], [1, 0], [2, 1]]"},
        {"[[123456789012345678901234567890, 1], [1, 123456789012345678901234567891], [5, 7]]",
         "[[1], [2], [3]]"}, /* huge entries: Dixon declines */
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        axle_matrix *A = parse(cases[c][0]), *B = parse(cases[c][1]);
        axle_matrix *Ac = ts_copy(A), *Bc = ts_copy(B);
        for (int pinv = 0; pinv < 2; pinv++) {
            axle_matrix *want = NULL, *wres = NULL;
            TS_OK(pinv ? K->pinv(&want, A) : K->lstsq(&want, NULL, &wres, A, B));
            bool done = false;
            for (unsigned long k = 1; !done && k < 100000; k++) {
                axle_matrix *X = NULL, *res = NULL;
                ax_oom_fail_at(k, false);
                axle_status st = pinv ? K->pinv(&X, A) : K->lstsq(&X, NULL, &res, A, B);
                bool fired = ax_oom_fired();
                ax_oom_fail_at(0, false);
                if (st == AXLE_OK) {
                    cr_assert(axle_matrix_equal(X, want), "case %zu, allocation %lu", c, k);
                    cr_assert(pinv || axle_matrix_equal(res, wres), "case %zu, allocation %lu", c,
                              k);
                    done = !fired;
                } else {
                    cr_assert_eq(st, AXLE_ENOMEM, "case %zu, allocation %lu: %s", c, k,
                                 axle_error_message());
                    cr_assert(!X && !res, "case %zu, allocation %lu: an output was set", c, k);
                }
                axle_matrix_free(X);
                axle_matrix_free(res);
                cr_assert(axle_matrix_equal(A, Ac) && axle_matrix_equal(B, Bc));
            }
            cr_assert(done, "case %zu never ran to the end", c);
            axle_matrix_free(want);
            axle_matrix_free(wres);
        }
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(Ac);
        axle_matrix_free(Bc);
    }
    TS_CHECK_NO_LEAKS();
}
