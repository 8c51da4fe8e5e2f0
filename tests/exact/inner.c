/* White-box tests of the exact inner kernels of the spectral family (src/exact/inner/), called
 * through the kernel table (ax_backend_qq.inner): singular values as exact algebraic numbers
 * (classroom matrices, rank-deficient and repeated values, random 6 x 4 integer matrices against
 * LAPACK's dgesdd, non-standard inner products against the trace and determinant of T*T), the
 * top spaces and their refusals, the spectral theorem (orthogonality checked exactly here, not by
 * the kernel's word), the positive square root (√(B²) = B for random positive B, standard and
 * non-standard G) and the polar decomposition (A = S P built from a Cayley isometry and a
 * positive P, recovered exactly). */
#include <criterion/criterion.h>
#include <gmp.h>
#include <lapacke.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "exact/inner/qi_impl.h"
#include "support.h"

static const ax_inner_kernels *K(void)
{
    return ax_backend_qq.inner;
}

static axle_matrix *parse(const char *text)
{
    axle_matrix *A = NULL;
    cr_assert_eq(axle_matrix_parse(&A, AXLE_QQ, text), AXLE_OK, "parse %s", text);
    return A;
}

static ax_svals *svd(const axle_matrix *M, const axle_matrix *GV, const axle_matrix *GW)
{
    ax_svals *S = NULL;
    axle_status s = K()->svd(&S, M, GV, GW);
    cr_assert_eq(s, AXLE_OK, "svd: %s", axle_error_message());
    cr_assert_eq(S->n, axle_matrix_cols(M));
    cr_assert_eq(S->m, axle_matrix_rows(M));
    size_t total = 0;
    for (size_t k = 0; k < S->count; k++) {
        total += S->mult[k];
        cr_assert(S->mult[k] >= 1);
        cr_assert(S->approx[k] >= 0);
        if (k)
            cr_assert(S->approx[k] < S->approx[k - 1], "values decrease");
    }
    cr_assert_eq(total, S->n, "multiplicities add up to n");
    return S;
}

static void expect_value(const ax_svals *S, size_t k, const char *want, size_t mult)
{
    char *t = NULL;
    cr_assert_eq(S->ops->value_string(&t, S->data, k, AXLE_FORMAT_UNICODE), AXLE_OK);
    cr_expect_str_eq(t, want, "value %zu", k);
    cr_expect_eq(S->mult[k], mult, "multiplicity of %s", want);
    axle_free(t);
}

/* σ² exactly: the value squared is rational q (when it is). */
static void expect_square(const ax_svals *S, size_t k, long num, long den)
{
    axle_algebraic *a = NULL, *b = NULL;
    cr_assert_eq(S->ops->value_exact(&a, S->data, k), AXLE_OK);
    cr_assert_eq(axle_algebraic_from_frac(&b, num, den), AXLE_OK);
    axle_algebraic *r = NULL;
    cr_assert_eq(axle_algebraic_sqrt(&r, b), AXLE_OK);
    bool eq = false;
    cr_assert_eq(axle_algebraic_equal(&eq, a, r), AXLE_OK);
    cr_expect(eq, "σ_%zu is √(%ld/%ld)", k, num, den);
    axle_algebraic_free(a);
    axle_algebraic_free(b);
    axle_algebraic_free(r);
}

Test(exact_svd, golden_ratio_pair)
{
    axle_matrix *M = parse("[[1, 1], [0, 1]]");
    ax_svals *S = svd(M, NULL, NULL);
    cr_assert_eq(S->count, 2);
    expect_value(S, 0, "(1 + √5)/2", 1);
    expect_value(S, 1, "(−1 + √5)/2", 1);
    cr_expect(fabs(S->approx[0] - (1 + sqrt(5)) / 2) < 1e-15);
    cr_expect(fabs(S->approx[1] - (sqrt(5) - 1) / 2) < 1e-15);
    /* σ1 σ2 = |det M| = 1, exactly: the product's minimal polynomial is x - 1 */
    axle_algebraic *a = NULL, *b = NULL;
    cr_assert_eq(S->ops->value_exact(&a, S->data, 0), AXLE_OK);
    cr_assert_eq(S->ops->value_exact(&b, S->data, 1), AXLE_OK);
    axle_poly *pa = NULL, *pb = NULL;
    cr_assert_eq(axle_algebraic_minpoly(&pa, a), AXLE_OK);
    cr_assert_eq(axle_algebraic_minpoly(&pb, b), AXLE_OK);
    axle_poly *want_a = NULL, *want_b = NULL;
    cr_assert_eq(axle_poly_parse(&want_a, AXLE_QQ, "x^2 - x - 1"), AXLE_OK);
    cr_assert_eq(axle_poly_parse(&want_b, AXLE_QQ, "x^2 + x - 1"), AXLE_OK);
    cr_expect(axle_poly_equal(pa, want_a));
    cr_expect(axle_poly_equal(pb, want_b));
    axle_algebraic *v = NULL;
    cr_expect_eq(S->ops->value_exact(&v, S->data, 2), AXLE_ERANGE);
    cr_expect_null(v);
    axle_poly_free(pa);
    axle_poly_free(pb);
    axle_poly_free(want_a);
    axle_poly_free(want_b);
    axle_algebraic_free(a);
    axle_algebraic_free(b);
    ax_svals_free(S);
    axle_matrix_free(M);
}

Test(exact_svd, rank_deficient_and_repeated)
{
    axle_matrix *M = parse("[[1, 2], [2, 4], [3, 6]]");
    ax_svals *S = svd(M, NULL, NULL);
    cr_assert_eq(S->count, 2);
    expect_value(S, 0, "√70", 1);
    expect_square(S, 0, 70, 1);
    expect_value(S, 1, "0", 1);
    ax_svals_free(S);
    axle_matrix_free(M);

    M = parse("[[3, 0, 0, 0, 0], [0, -3, 0, 0, 0], [0, 0, 2, 0, 0], [0, 0, 0, 0, 0]]");
    S = svd(M, NULL, NULL);
    cr_assert_eq(S->count, 3);
    expect_value(S, 0, "3", 2);
    expect_value(S, 1, "2", 1);
    expect_value(S, 2, "0", 2);
    char *t = NULL;
    cr_assert_eq(S->ops->value_string(&t, S->data, 0, AXLE_FORMAT_TEXT), AXLE_OK);
    cr_expect_str_eq(t, "3");
    axle_free(t);
    ax_svals_free(S);
    axle_matrix_free(M);

    M = parse("[[1, 1], [1, 1], [1, 1]]"); /* σ = √6, 0 */
    S = svd(M, NULL, NULL);
    expect_value(S, 0, "√6", 1);
    expect_value(S, 1, "0", 1);
    ax_svals_free(S);
    axle_matrix_free(M);

    M = parse("[[0, 0], [0, 0]]");
    S = svd(M, NULL, NULL);
    cr_assert_eq(S->count, 1);
    expect_value(S, 0, "0", 2);
    ax_svals_free(S);
    axle_matrix_free(M);
}

/* The singular values of a QQ matrix by dgesdd (min(m, n) of them, decreasing). */
static void lapack_svals(double *s, const axle_matrix *M)
{
    size_t m = axle_matrix_rows(M), n = axle_matrix_cols(M);
    double *a = malloc(m * n * sizeof *a), *u = NULL, *vt = NULL;
    cr_assert_not_null(a);
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++)
            cr_assert_eq(axle_matrix_get_double(&a[i + j * m], M, i, j), AXLE_OK);
    lapack_int info = LAPACKE_dgesdd(LAPACK_COL_MAJOR, 'N', (lapack_int)m, (lapack_int)n, a,
                                     (lapack_int)m, s, u, 1, vt, 1);
    cr_assert_eq(info, 0);
    free(a);
}

Test(exact_svd, random_against_dgesdd)
{
    ts_rng r = ts_rng_new("exact_svd.random_against_dgesdd");
    for (int t = 0; t < 8; t++) {
        axle_matrix *M =
            t < 6 ? ts_random_int(&r, AXLE_QQ, 6, 4, -5, 5) : ts_random_rank(&r, AXLE_QQ, 6, 4, 2);
        ax_svals *S = svd(M, NULL, NULL);
        double want[4], got[4];
        lapack_svals(want, M);
        size_t i = 0;
        for (size_t k = 0; k < S->count; k++)
            for (size_t c = 0; c < S->mult[k]; c++)
                got[i++] = S->approx[k];
        cr_assert_eq(i, 4);
        for (i = 0; i < 4; i++)
            cr_expect(fabs(got[i] - want[i]) <= 1e-12 * want[0] + 1e-300,
                      "trial %d: σ_%zu = %.17g, dgesdd %.17g", t, i + 1, got[i], want[i]);
        if (t >= 6) {
            cr_expect_eq(S->mult[S->count - 1], 2, "rank 2: zero twice");
            char *z = NULL;
            cr_assert_eq(S->ops->value_string(&z, S->data, S->count - 1, AXLE_FORMAT_UNICODE),
                         AXLE_OK);
            cr_expect_str_eq(z, "0");
            axle_free(z);
        }
        ax_svals_free(S);
        axle_matrix_free(M);
    }
}

/* Σ σ² mult = tr N and Π σ^(2 mult) = det N, N = GV^{-1} M^T GW M computed here. */
Test(exact_svd, nonstandard_inner_products)
{
    axle_matrix *M = parse("[[1, 2, 0], [0, 1, -1]]");
    axle_matrix *GV = parse("[[2, 1, 0], [1, 2, 1], [0, 1, 3]]");
    axle_matrix *GW = parse("[[1, 0], [0, 4]]");
    ax_svals *S = svd(M, GV, GW);
    axle_matrix *Mt = ts_transpose(M), *GWM = ts_mul(GW, M), *F = ts_mul(Mt, GWM), *Gi = NULL;
    cr_assert_eq(axle_matrix_inverse(&Gi, GV), AXLE_OK);
    axle_matrix *N = ts_mul(Gi, F);
    axle_scalar *tr = NULL;
    cr_assert_eq(axle_matrix_trace(&tr, N), AXLE_OK);
    double sum = 0;
    for (size_t k = 0; k < S->count; k++)
        sum += (double)S->mult[k] * S->approx[k] * S->approx[k];
    cr_expect(fabs(sum - axle_scalar_to_double(tr)) < 1e-12 * sum);
    /* rank 2 of 3: zero once */
    expect_value(S, S->count - 1, "0", 1);
    /* χ(T*T) = x (7x² − 69x + 44) up to a constant: no rational cut after σ_1 */
    axle_matrix *W = NULL;
    cr_expect_eq(S->ops->top_space(&W, S->data, 1), AXLE_EDOMAIN);
    cr_expect(strstr(axle_error_message(), "7x² − 69x + 44"), "%s", axle_error_message());
    cr_assert_eq(S->ops->top_space(&W, S->data, 2), AXLE_OK, "%s", axle_error_message());
    /* the top space for 2 is range T*T: N W = W C, checked through rank [W | N W] = 2 */
    axle_matrix *NW = ts_mul(N, W), *WNW = NULL;
    size_t rank = 0;
    cr_assert_eq(ax_matrix_hcat(&WNW, W, NW), AXLE_OK);
    cr_assert_eq(axle_matrix_rank(&rank, WNW), AXLE_OK);
    cr_expect_eq(rank, 2);
    axle_matrix_free(NW);
    axle_matrix_free(WNW);
    ax_svals_free(S);
    axle_scalar_free(tr);
    axle_matrix_free(W);
    axle_matrix_free(M);
    axle_matrix_free(GV);
    axle_matrix_free(GW);
    axle_matrix_free(Mt);
    axle_matrix_free(GWM);
    axle_matrix_free(F);
    axle_matrix_free(Gi);
    axle_matrix_free(N);
}

static axle_status top(axle_matrix **W, const char *M, size_t j)
{
    axle_matrix *A = parse(M);
    ax_svals *S = svd(A, NULL, NULL);
    axle_status s = S->ops->top_space(W, S->data, j);
    ax_svals_free(S);
    axle_matrix_free(A);
    return s;
}

/* W's columns span exactly span(e_i : i in idx) (k of them) in F^n. */
static void expect_coordinate_span(const axle_matrix *W, size_t n, const size_t *idx, size_t k)
{
    cr_assert_eq(axle_matrix_rows(W), n);
    cr_assert_eq(axle_matrix_cols(W), k);
    size_t rank = 0;
    cr_assert_eq(axle_matrix_rank(&rank, W), AXLE_OK);
    cr_expect_eq(rank, k);
    for (size_t i = 0; i < n; i++) {
        bool inside = false;
        for (size_t c = 0; c < k; c++)
            inside = inside || idx[c] == i;
        for (size_t c = 0; c < k && !inside; c++) {
            mpq_t q;
            mpq_init(q);
            cr_assert_eq(axle_matrix_get_mpq(q, W, i, c), AXLE_OK);
            cr_expect_eq(mpq_sgn(q), 0, "row %zu of the top space is zero", i);
            mpq_clear(q);
        }
    }
}

/* N = GV^{-1} GW = diag(1/2, 8) for M = I: σ = 2√2, √2/2; the top space is e_2 */
Test(exact_svd, top_space_nonstandard)
{
    axle_matrix *M = parse("[[1, 0], [0, 1]]"), *GV = parse("[[2, 0], [0, 1]]");
    axle_matrix *GW = parse("[[1, 0], [0, 8]]"), *W = NULL;
    ax_svals *S = svd(M, GV, GW);
    expect_value(S, 0, "2√2", 1);
    expect_value(S, 1, "√2/2", 1);
    cr_assert_eq(S->ops->top_space(&W, S->data, 1), AXLE_OK, "%s", axle_error_message());
    expect_coordinate_span(W, 2, (size_t[]){1}, 1);
    axle_matrix_free(W);
    ax_svals_free(S);
    axle_matrix_free(M);
    axle_matrix_free(GV);
    axle_matrix_free(GW);
}

Test(exact_svd, top_space)
{
    axle_matrix *W = NULL;
    const char *D = "[[1, 0, 0, 0], [0, 3, 0, 0], [0, 0, 0, 0], [0, 0, 0, -3]]";
    cr_assert_eq(top(&W, D, 2), AXLE_OK, "%s", axle_error_message());
    expect_coordinate_span(W, 4, (size_t[]){1, 3}, 2);
    axle_matrix_free(W);
    cr_assert_eq(top(&W, D, 3), AXLE_OK, "%s", axle_error_message());
    expect_coordinate_span(W, 4, (size_t[]){0, 1, 3}, 3);
    axle_matrix_free(W);
    /* σ_1 = σ_2 = 3: the cut splits it */
    cr_expect_eq(top(&W, D, 1), AXLE_EDOMAIN);
    cr_expect_null(W);
    cr_expect(strstr(axle_error_message(), "σ_1 = σ_2 = 3"), "%s", axle_error_message());
    /* beyond the rank: σ_3 = σ_4 = 0 */
    D = "[[1, 0, 0, 0], [0, 3, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]";
    cr_expect_eq(top(&W, D, 3), AXLE_EDOMAIN);
    cr_expect(strstr(axle_error_message(), "σ_3 = σ_4 = 0"), "%s", axle_error_message());
    cr_expect_eq(top(&W, D, 0), AXLE_EINVAL);
    cr_expect_eq(top(&W, D, 4), AXLE_EINVAL);
    /* the golden pair is one irreducible factor of χ(T*T): no rational cut between them; the
     * value 10 above it is cut off cleanly */
    const char *G = "[[1, 1, 0], [0, 1, 0], [0, 0, 10]]";
    cr_assert_eq(top(&W, G, 1), AXLE_OK, "%s", axle_error_message());
    expect_coordinate_span(W, 3, (size_t[]){2}, 1);
    axle_matrix_free(W);
    W = NULL;
    cr_expect_eq(top(&W, G, 2), AXLE_EDOMAIN);
    cr_expect_null(W);
    cr_expect(strstr(axle_error_message(), "(1 + √5)/2") &&
                  strstr(axle_error_message(), "x² − 3x + 1"),
              "%s", axle_error_message());
    /* with the pair on top (a larger one removed from 10 to 1/2): top 2 is rational */
    G = "[[1, 1, 0], [0, 1, 0], [0, 0, 1/5]]";
    cr_assert_eq(top(&W, G, 2), AXLE_OK, "%s", axle_error_message());
    expect_coordinate_span(W, 3, (size_t[]){0, 1}, 2);
    axle_matrix_free(W);
}

/* ---- the spectral theorem -------------------------------------------------------------------- */

/* Check a spectral decomposition independently: A E = E diag(values), E^T G E = diag(r) with
 * r > 0, values ascending and equal (as a multiset) to `want` (sorted ascending). */
static void check_spectral(const axle_matrix *A, const axle_matrix *G, const long *want_num,
                           const long *want_den)
{
    axle_matrix *E = NULL, *r = NULL, *v = NULL;
    axle_status s = K()->spectral(&E, &r, &v, A, G);
    cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
    size_t n = axle_matrix_rows(A);
    axle_matrix *AE = ts_mul(A, E), *ED = ts_copy(E);
    mpq_t q, x, w;
    mpq_inits(q, x, w, NULL);
    for (size_t i = 0; i < n; i++) {
        cr_assert_eq(axle_matrix_get_mpq(q, v, i, 0), AXLE_OK);
        mpq_set_si(w, want_num[i], (unsigned long)want_den[i]);
        mpq_canonicalize(w);
        cr_expect(mpq_equal(q, w), "value %zu", i);
        for (size_t k = 0; k < n; k++) {
            cr_assert_eq(axle_matrix_get_mpq(x, E, k, i), AXLE_OK);
            mpq_mul(x, x, q);
            cr_assert_eq(axle_matrix_set_mpq(ED, k, i, x), AXLE_OK);
        }
    }
    cr_expect(axle_matrix_equal(AE, ED), "A E = E diag(values)");
    axle_matrix *Et = ts_transpose(E), *GE = G ? ts_mul(G, E) : ts_copy(E);
    axle_matrix *F = ts_mul(Et, GE);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            cr_assert_eq(axle_matrix_get_mpq(x, F, i, j), AXLE_OK);
            if (i != j) {
                cr_expect_eq(mpq_sgn(x), 0, "e_%zu ⟂ e_%zu", i + 1, j + 1);
            } else {
                cr_assert_eq(axle_matrix_get_mpq(q, r, i, 0), AXLE_OK);
                cr_expect(mpq_equal(x, q) && mpq_sgn(q) > 0, "r_%zu", i + 1);
            }
        }
    mpq_clears(q, x, w, NULL);
    axle_matrix_free(E);
    axle_matrix_free(r);
    axle_matrix_free(v);
    axle_matrix_free(AE);
    axle_matrix_free(ED);
    axle_matrix_free(Et);
    axle_matrix_free(GE);
    axle_matrix_free(F);
}

static const long ones[6] = {1, 1, 1, 1, 1, 1};

Test(exact_spectral, repeated_rational_eigenvalues)
{
    /* 2I + J (J all ones): 2 three times, 6 once */
    axle_matrix *A = parse("[[3, 1, 1, 1], [1, 3, 1, 1], [1, 1, 3, 1], [1, 1, 1, 3]]");
    check_spectral(A, NULL, (long[]){2, 2, 2, 6}, ones);
    axle_matrix_free(A);
    /* Σ λ h h^T / 4 over the rows h of a Hadamard matrix, λ = 1, 1, 3, 3 */
    A = parse("[[2, 0, -1, 0], [0, 2, 0, -1], [-1, 0, 2, 0], [0, -1, 0, 2]]");
    check_spectral(A, NULL, (long[]){1, 1, 3, 3}, ones);
    axle_matrix_free(A);
    /* rational, non-integral eigenvalues */
    A = parse("[[1/2, 0, 0], [0, 1/3, 0], [0, 0, 1/2]]");
    check_spectral(A, NULL, (long[]){1, 1, 1}, (long[]){3, 2, 2});
    axle_matrix_free(A);
}

/* A random G (B^T B + I) and an operator self-adjoint for G with the given eigenvalues:
 * P D P^{-1} with P's columns G-orthogonal (Gram–Schmidt of a random basis). */
static axle_matrix *g_self_adjoint(ts_rng *rng, axle_matrix **G, size_t n, const long *d)
{
    axle_matrix *B = ts_random_int(rng, AXLE_QQ, n, n, -2, 2), *Bt = ts_transpose(B);
    axle_matrix *Id = ts_identity(AXLE_QQ, n), *BtB = ts_mul(Bt, B);
    cr_assert_eq(axle_matrix_add(G, BtB, Id), AXLE_OK);
    axle_matrix *V = ts_random_full_rank(rng, AXLE_QQ, n, n), *P = NULL, *r = NULL, *Pi = NULL;
    cr_assert_eq(K()->gram_schmidt(&P, &r, NULL, NULL, *G, V), AXLE_OK, "%s", axle_error_message());
    axle_matrix *PD = ts_copy(P);
    mpq_t x;
    mpq_init(x);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            cr_assert_eq(axle_matrix_get_mpq(x, P, i, j), AXLE_OK);
            mpz_mul_si(mpq_numref(x), mpq_numref(x), d[j]);
            mpq_canonicalize(x);
            cr_assert_eq(axle_matrix_set_mpq(PD, i, j, x), AXLE_OK);
        }
    mpq_clear(x);
    cr_assert_eq(axle_matrix_inverse(&Pi, P), AXLE_OK);
    axle_matrix *A = ts_mul(PD, Pi);
    axle_matrix_free(B);
    axle_matrix_free(Bt);
    axle_matrix_free(Id);
    axle_matrix_free(BtB);
    axle_matrix_free(V);
    axle_matrix_free(P);
    axle_matrix_free(r);
    axle_matrix_free(Pi);
    axle_matrix_free(PD);
    return A;
}

Test(exact_spectral, nonstandard_inner_product)
{
    ts_rng rng = ts_rng_new("exact_spectral.nonstandard_inner_product");
    for (int t = 0; t < 3; t++) {
        axle_matrix *G = NULL;
        axle_matrix *A = g_self_adjoint(&rng, &G, 5, (long[]){4, -1, 4, 0, -1});
        check_spectral(A, G, (long[]){-1, -1, 0, 4, 4}, ones);
        axle_matrix_free(A);
        axle_matrix_free(G);
    }
}

Test(exact_spectral, irrational_eigenvalue)
{
    axle_matrix *A = parse("[[1, 1, 0], [1, 0, 0], [0, 0, 5]]");
    axle_matrix *E = NULL, *r = NULL, *v = NULL;
    cr_assert_eq(K()->spectral(&E, &r, &v, A, NULL), AXLE_EDOMAIN);
    cr_expect(E == NULL && r == NULL && v == NULL);
    cr_expect_str_eq(axle_error_message(),
                     "the eigenvalue (1 − √5)/2 is irrational: its eigenvectors lie over "
                     "Q((1 − √5)/2); axle_map_eigen has them exactly");
    axle_matrix_free(A);
}

/* ---- the positive square root -----------------------------------------------------------------
 */

Test(exact_sqrt, squares_of_random_positive_matrices)
{
    ts_rng rng = ts_rng_new("exact_sqrt.squares_of_random_positive_matrices");
    for (int t = 0; t < 4; t++) {
        size_t n = 3 + (size_t)t;
        /* B = C^T C + I: symmetric positive definite, integer */
        axle_matrix *C = ts_random_int(&rng, AXLE_QQ, n, n, -3, 3), *Ct = ts_transpose(C);
        axle_matrix *Id = ts_identity(AXLE_QQ, n), *CtC = ts_mul(Ct, C), *B = NULL, *R = NULL;
        cr_assert_eq(axle_matrix_add(&B, CtC, Id), AXLE_OK);
        axle_matrix *A = ts_mul(B, B);
        axle_status s = K()->sqrt(&R, A, NULL);
        if (s == AXLE_EDOMAIN) /* B's eigenvalues irrational: √A = B is still rational */
            cr_assert_fail("√(B²) refused: %s", axle_error_message());
        cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
        cr_expect(axle_matrix_equal(R, B), "√(B²) = B, n = %zu", n);
        /* both variants of the square root (sqrt.c), each on its own */
        for (int m = AX_QI_SQRT_HORNER; m <= AX_QI_SQRT_BLOCKS; m++) {
            axle_matrix *V = NULL;
            s = ax_qi_sqrt_with(&V, A, NULL, "T", (ax_qi_sqrt_method)m);
            cr_assert_eq(s, AXLE_OK, "variant %d: %s", m, axle_error_message());
            cr_expect(axle_matrix_equal(V, B), "variant %d: √(B²) = B, n = %zu", m, n);
            axle_matrix_free(V);
        }
        axle_matrix_free(C);
        axle_matrix_free(Ct);
        axle_matrix_free(Id);
        axle_matrix_free(CtC);
        axle_matrix_free(B);
        axle_matrix_free(A);
        axle_matrix_free(R);
    }
}

Test(exact_sqrt, nonstandard_inner_product)
{
    ts_rng rng = ts_rng_new("exact_sqrt.nonstandard_inner_product");
    axle_matrix *G = NULL, *R = NULL;
    axle_matrix *B = g_self_adjoint(&rng, &G, 4, (long[]){2, 3, 2, 0});
    axle_matrix *A = ts_mul(B, B);
    cr_assert_eq(K()->sqrt(&R, A, G), AXLE_OK, "%s", axle_error_message());
    cr_expect(axle_matrix_equal(R, B), "√(B²) = B for G");
    for (int m = AX_QI_SQRT_HORNER; m <= AX_QI_SQRT_BLOCKS; m++) {
        axle_matrix *V = NULL;
        cr_assert_eq(ax_qi_sqrt_with(&V, A, G, "T", (ax_qi_sqrt_method)m), AXLE_OK, "%s",
                     axle_error_message());
        cr_expect(axle_matrix_equal(V, B), "variant %d", m);
        axle_matrix_free(V);
    }
    axle_matrix_free(R);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(G);
}

Test(exact_sqrt, not_rational)
{
    axle_matrix *A = parse("[[2, 0], [0, 1]]"), *R = NULL;
    cr_assert_eq(K()->sqrt(&R, A, NULL), AXLE_EDOMAIN);
    cr_expect_null(R);
    cr_expect_str_eq(axle_error_message(),
                     "√T is not rational: the eigenvalue 2 of T has the irrational square root √2");
    axle_matrix_free(A);
    A = parse("[[2, 1], [1, 2]]"); /* 1 and 3 */
    cr_assert_eq(K()->sqrt(&R, A, NULL), AXLE_EDOMAIN);
    cr_expect_str_eq(axle_error_message(),
                     "√T is not rational: the eigenvalue 3 of T has the irrational square root √3");
    axle_matrix_free(A);
    A = parse("[[3, 1], [1, 1]]"); /* 2 ± √2, whose square roots are not in Q(√2) */
    cr_assert_eq(K()->sqrt(&R, A, NULL), AXLE_EDOMAIN);
    cr_expect(strstr(axle_error_message(), "the eigenvalue 2 − √2 of T has the irrational square"),
              "%s", axle_error_message());
    axle_matrix_free(A);
    /* (3 ± √5)/2 = φ^±2: √λ = λ - 1 lies in Q(λ), but gives -1/φ at the conjugate */
    A = parse("[[2, 1], [1, 1]]");
    cr_assert_eq(K()->sqrt(&R, A, NULL), AXLE_EDOMAIN);
    cr_expect(strstr(axle_error_message(), "negative square root for one of its conjugates"), "%s",
              axle_error_message());
    axle_matrix_free(A);
    /* its square has the rational root: √([[5, 3], [3, 2]]) = [[2, 1], [1, 1]] */
    A = parse("[[5, 3], [3, 2]]");
    cr_assert_eq(K()->sqrt(&R, A, NULL), AXLE_OK, "%s", axle_error_message());
    axle_matrix *B = parse("[[2, 1], [1, 1]]");
    cr_expect(axle_matrix_equal(R, B));
    axle_matrix_free(B);
    axle_matrix_free(R);
    axle_matrix_free(A);
    /* 9/4 and 4 are squares: √ = diag(3/2, 2) */
    A = parse("[[9/4, 0], [0, 4]]");
    cr_assert_eq(K()->sqrt(&R, A, NULL), AXLE_OK);
    axle_matrix *want = parse("[[3/2, 0], [0, 2]]");
    cr_expect(axle_matrix_equal(R, want));
    axle_matrix_free(want);
    axle_matrix_free(R);
    axle_matrix_free(A);
}

/* ---- the polar decomposition ------------------------------------------------------------------
 */

/* The Cayley transform (Id - K)(Id + K)^{-1} of K = G^{-1} W, W skew-symmetric: an isometry for G
 * (G NULL: the identity). */
static axle_matrix *cayley(const axle_matrix *G, const char *W)
{
    axle_matrix *Wm = parse(W), *Km = NULL, *Ip = NULL, *Im = NULL, *Inv = NULL;
    size_t n = axle_matrix_rows(Wm);
    if (G) {
        cr_assert_eq(axle_matrix_solve(&Km, NULL, G, Wm), AXLE_OK);
    } else {
        Km = ts_copy(Wm);
    }
    axle_matrix *Id = ts_identity(AXLE_QQ, n);
    cr_assert_eq(axle_matrix_add(&Ip, Id, Km), AXLE_OK);
    cr_assert_eq(axle_matrix_sub(&Im, Id, Km), AXLE_OK);
    cr_assert_eq(axle_matrix_inverse(&Inv, Ip), AXLE_OK);
    axle_matrix *S = ts_mul(Im, Inv);
    axle_matrix_free(Wm);
    axle_matrix_free(Km);
    axle_matrix_free(Ip);
    axle_matrix_free(Im);
    axle_matrix_free(Inv);
    axle_matrix_free(Id);
    return S;
}

static void check_polar(const axle_matrix *S0, const axle_matrix *P0, const axle_matrix *G)
{
    axle_matrix *A = ts_mul(S0, P0), *S = NULL, *P = NULL;
    cr_assert_eq(K()->polar(&S, &P, A, G), AXLE_OK, "%s", axle_error_message());
    cr_expect(axle_matrix_equal(S, S0), "S recovered");
    cr_expect(axle_matrix_equal(P, P0), "P recovered");
    /* S^T G S = G, checked here */
    axle_matrix *St = ts_transpose(S), *GS = G ? ts_mul(G, S) : ts_copy(S), *F = ts_mul(St, GS);
    axle_matrix *Id = G ? ts_copy(G) : ts_identity(AXLE_QQ, axle_matrix_rows(S));
    cr_expect(axle_matrix_equal(F, Id), "S is an isometry");
    axle_matrix_free(P);
    cr_assert_eq(K()->polar(NULL, &P, A, G), AXLE_OK);
    cr_expect(axle_matrix_equal(P, P0));
    axle_matrix_free(A);
    axle_matrix_free(S);
    axle_matrix_free(P);
    axle_matrix_free(St);
    axle_matrix_free(GS);
    axle_matrix_free(F);
    axle_matrix_free(Id);
}

Test(exact_polar, standard_and_nonstandard)
{
    axle_matrix *S0 = cayley(NULL, "[[0, 1, -2], [-1, 0, 3], [2, -3, 0]]");
    axle_matrix *P0 = parse("[[5, 2, 0], [2, 2, 0], [0, 0, 4]]"); /* eigenvalues 1, 4, 6: no */
    axle_matrix_free(P0);
    P0 = parse("[[5, 4, 0], [4, 5, 0], [0, 0, 4]]"); /* eigenvalues 1, 9, 4 */
    check_polar(S0, P0, NULL);
    axle_matrix_free(S0);
    axle_matrix_free(P0);

    ts_rng rng = ts_rng_new("exact_polar.standard_and_nonstandard");
    /* P = C^T C + I with irrational eigenvalues: √(T*T) = √(P²) = P is still rational */
    for (int t = 0; t < 3; t++) {
        axle_matrix *C = ts_random_int(&rng, AXLE_QQ, 4, 4, -3, 3), *Ct = ts_transpose(C);
        axle_matrix *CtC = ts_mul(Ct, C), *Id = ts_identity(AXLE_QQ, 4);
        cr_assert_eq(axle_matrix_add(&P0, CtC, Id), AXLE_OK);
        S0 = cayley(NULL, "[[0, 1, -2, 1], [-1, 0, 3, 0], [2, -3, 0, -1], [-1, 0, 1, 0]]");
        check_polar(S0, P0, NULL);
        axle_matrix_free(C);
        axle_matrix_free(Ct);
        axle_matrix_free(CtC);
        axle_matrix_free(Id);
        axle_matrix_free(S0);
        axle_matrix_free(P0);
    }
    axle_matrix *G = NULL;
    P0 = g_self_adjoint(&rng, &G, 3, (long[]){1, 4, 9});
    S0 = cayley(G, "[[0, 2, -1], [-2, 0, 1], [1, -1, 0]]");
    check_polar(S0, P0, G);
    axle_matrix_free(S0);
    axle_matrix_free(P0);
    axle_matrix_free(G);
}

Test(exact_polar, refusals)
{
    axle_matrix *A = parse("[[1, 2], [2, 4]]"), *S = NULL, *P = NULL;
    cr_assert_eq(K()->polar(&S, &P, A, NULL), AXLE_EDOMAIN);
    cr_expect(S == NULL && P == NULL);
    cr_expect(strstr(axle_error_message(), "not unique"), "%s", axle_error_message());
    axle_matrix_free(A);
    /* T*T = [[1, 1], [1, 2]] has irrational eigenvalues */
    A = parse("[[1, 1], [0, 1]]");
    cr_assert_eq(K()->polar(&S, &P, A, NULL), AXLE_EDOMAIN);
    cr_expect(S == NULL && P == NULL);
    cr_expect(strstr(axle_error_message(), "√(T*T) is not rational"), "%s", axle_error_message());
    axle_matrix_free(A);
}

/* ---- work limits and defensive refusals -------------------------------------------------------
 */

Test(exact_inner, work_limits)
{
    ts_rng rng = ts_rng_new("exact_inner.work_limits");
    /* a factor of degree 101 of χ(T*T): its square roots would need roots of degree 202 */
    axle_matrix *M = ts_random_int(&rng, AXLE_QQ, 101, 101, -3, 3);
    ax_svals *S = NULL;
    cr_expect_eq(K()->svd(&S, M, NULL, NULL), AXLE_ERANGE);
    cr_expect_null(S);
    cr_expect(strstr(axle_error_message(), "AXLE_ROOTS_MAX_DEGREE"), "%s", axle_error_message());
    axle_matrix_free(M);
    /* 101 distinct eigenvalues: 101 null spaces of a 101 x 101 matrix */
    axle_matrix *D = ts_zero(AXLE_QQ, 101, 101);
    for (size_t i = 0; i < 101; i++)
        cr_assert_eq(axle_matrix_set_frac(D, i, i, (long)i, 1), AXLE_OK);
    axle_matrix *E = NULL, *r = NULL, *v = NULL;
    cr_expect_eq(K()->spectral(&E, &r, &v, D, NULL), AXLE_ERANGE);
    cr_expect(E == NULL && r == NULL && v == NULL);
    axle_matrix_free(D);
    /* one irreducible factor of degree about 45 evaluated at a 45 x 45 operator */
    axle_matrix *C = ts_random_int(&rng, AXLE_QQ, 45, 45, -3, 3), *Ct = ts_transpose(C);
    axle_matrix *B = ts_mul(Ct, C), *B2 = ts_mul(B, B), *R = NULL;
    cr_expect_eq(K()->sqrt(&R, B2, NULL), AXLE_ERANGE);
    cr_expect_null(R);
    cr_expect(strstr(axle_error_message(), "more than the limit"), "%s", axle_error_message());
    axle_matrix_free(C);
    axle_matrix_free(Ct);
    axle_matrix_free(B);
    axle_matrix_free(B2);
}

/* The floor checks positivity; the kernel still refuses a negative eigenvalue with a status. */
Test(exact_inner, negative_eigenvalue)
{
    axle_matrix *A = parse("[[-1, 0], [0, 4]]"), *R = NULL;
    cr_assert_eq(K()->sqrt(&R, A, NULL), AXLE_EDOMAIN);
    cr_expect_null(R);
    cr_expect_str_eq(axle_error_message(), "T is not positive: it has the negative eigenvalue −1");
    axle_matrix_free(A);
}

/* ---- out of memory ------------------------------------------------------------------------------
 */

/* One kernel call c on the fixture inputs: AXLE_OK or the failure, outputs NULL on failure. */
static axle_status oom_call(int c, const axle_matrix *const *in)
{
    axle_matrix *X = NULL, *Y = NULL, *Z = NULL;
    axle_status s = AXLE_OK;
    if (c == 0 || c == 1) {
        ax_svals *S = NULL;
        s = K()->svd(&S, in[c], NULL, NULL);
        char *t = NULL;
        if (s)
            cr_assert_null(S);
        if (!s && (s = S->ops->value_string(&t, S->data, 0, AXLE_FORMAT_UNICODE)))
            cr_assert_null(t);
        if (!s && c == 1 && (s = S->ops->top_space(&X, S->data, 1)))
            cr_assert_null(X);
        axle_free(t);
        ax_svals_free(S);
    } else if (c == 2) {
        s = K()->spectral(&X, &Y, &Z, in[2], NULL);
        if (s)
            cr_assert(!X && !Y && !Z);
    } else if (c == 3) {
        s = K()->sqrt(&X, in[3], NULL);
        if (s)
            cr_assert_null(X);
    } else if (c == 5) { /* the other variant of the square root */
        s = ax_qi_sqrt_with(&X, in[3], NULL, "T", AX_QI_SQRT_BLOCKS);
        if (s)
            cr_assert_null(X);
    } else {
        s = K()->polar(&X, &Y, in[4], NULL);
        if (s)
            cr_assert(!X && !Y);
    }
    axle_matrix_free(X);
    axle_matrix_free(Y);
    axle_matrix_free(Z);
    return s;
}

Test(exact_inner, out_of_memory)
{
    axle_matrix *S0 = cayley(NULL, "[[0, 1, -2], [-1, 0, 3], [2, -3, 0]]");
    axle_matrix *P0 = parse("[[5, 4, 0], [4, 5, 0], [0, 0, 4]]");
    axle_matrix *in[5] = {parse("[[1, 1], [0, 1]]"), parse("[[1, 1, 0], [0, 1, 0], [0, 0, 10]]"),
                          parse("[[3, 1, 1], [1, 3, 1], [1, 1, 3]]"), parse("[[5, 3], [3, 2]]"),
                          ts_mul(S0, P0)};
    for (int c = 0; c < 6; c++) {
        axle_matrix *copy = ts_copy(in[c == 5 ? 3 : c]);
        for (unsigned long k = 1;; k++) {
            ax_oom_fail_at(k, false);
            axle_status s = oom_call(c, (const axle_matrix *const *)in);
            bool fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            cr_assert(s == AXLE_OK || s == AXLE_ENOMEM, "call %d, allocation %lu: %s (%s)", c, k,
                      axle_strerror(s), axle_error_message());
            cr_assert(axle_matrix_equal(in[c == 5 ? 3 : c], copy), "input untouched");
            if (!fired) {
                cr_assert_eq(s, AXLE_OK);
                break;
            }
        }
        axle_matrix_free(copy);
    }
    for (int c = 0; c < 5; c++)
        axle_matrix_free(in[c]);
    axle_matrix_free(S0);
    axle_matrix_free(P0);
    TS_CHECK_NO_LEAKS();
}
