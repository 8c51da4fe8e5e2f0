/* The RR inner kernels (src/rr/inner*.c) called through ax_backend_rr.inner: each kernel's
 * defining identity with a norm-scaled tolerance (L D L^T = A, E^T G E = diag(r), V = E Rp,
 * Q^T Q = I, A = Q R, the Penrose conditions, U Σ V^T = N, S^T G S = G, R^2 = A, ...), closed
 * forms (the pivots of Hilbert matrices, the singular values (1 ± √5)/2 of [[1, 1], [0, 1]],
 * Legendre's orthogonal polynomials), the error paths and their messages, inputs unchanged.
 * Random cases use the fixed default seed of tests/support (AXLE_TEST_SEED overrides it). RR is
 * compared with a tolerance, never byte for byte. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "backend.h"
#include "core/internal.h"
#include "helpers.h"

#define K (ax_backend_rr.inner)
#define TOL 1e-12

/* ---- helpers -------------------------------------------------------------------------------- */

static void free_list(axle_matrix *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        axle_matrix_free(list[i]);
}

/* Free every matrix named (NULL is a no-op). */
#define FREE_ALL(...)                                                                              \
    free_list((axle_matrix *[]){__VA_ARGS__},                                                      \
              sizeof((axle_matrix *[]){__VA_ARGS__}) / sizeof(axle_matrix *))

static axle_matrix *mat(size_t rows, size_t cols, const double *v)
{
    return rr_doubles(rows, cols, v);
}

static axle_scalar *num(double x)
{
    axle_scalar *c = NULL;
    TS_OK(axle_scalar_from_double(&c, AXLE_RR, x));
    return c;
}

/* A diag(d) for the n x 1 d (a new matrix). */
static axle_matrix *scale_cols(const axle_matrix *A, const axle_matrix *d)
{
    axle_matrix *B = ts_copy(A);
    for (size_t j = 0; j < axle_matrix_cols(A); j++)
        for (size_t i = 0; i < axle_matrix_rows(A); i++)
            TS_OK(axle_matrix_set_double(B, i, j, rr_get(A, i, j) * rr_get(d, j, 0)));
    return B;
}

/* A diagonal matrix from the n x 1 d. */
static axle_matrix *diag(const axle_matrix *d)
{
    size_t n = axle_matrix_rows(d);
    axle_matrix *D = ts_zero(AXLE_RR, n, n);
    for (size_t i = 0; i < n; i++)
        TS_OK(axle_matrix_set_double(D, i, i, rr_get(d, i, 0)));
    return D;
}

/* ||X - Y||_F <= tol max(1, ||Y||_F). */
static void assert_near(const axle_matrix *X, const axle_matrix *Y, double tol, const char *what)
{
    cr_assert_eq(axle_matrix_rows(X), axle_matrix_rows(Y), "%s: rows", what);
    cr_assert_eq(axle_matrix_cols(X), axle_matrix_cols(Y), "%s: cols", what);
    axle_matrix *D = ts_sub(X, Y);
    double d = ts_frob(D), scale = fmax(1.0, ts_frob(Y));
    cr_assert_leq(d, tol * scale, "%s: off by %g (scale %g)", what, d, scale);
    axle_matrix_free(D);
}

/* X^T Y */
static axle_matrix *tmul(const axle_matrix *X, const axle_matrix *Y)
{
    axle_matrix *Xt = ts_transpose(X), *P = ts_mul(Xt, Y);
    axle_matrix_free(Xt);
    return P;
}

/* X^T G Y (G NULL: X^T Y) */
static axle_matrix *gform(const axle_matrix *X, const axle_matrix *G, const axle_matrix *Y)
{
    if (!G)
        return tmul(X, Y);
    axle_matrix *GY = ts_mul(G, Y), *P = tmul(X, GY);
    axle_matrix_free(GY);
    return P;
}

/* A random symmetric positive-definite n x n matrix B^T B + I (entries of B in [-3, 3]). */
static axle_matrix *random_spd(ts_rng *r, size_t n)
{
    axle_matrix *B = ts_random_int(r, AXLE_RR, n, n, -3, 3), *G = tmul(B, B);
    for (size_t i = 0; i < n; i++)
        TS_OK(axle_matrix_set_double(G, i, i, rr_get(G, i, i) + 1.0));
    axle_matrix_free(B);
    return G;
}

static void assert_unit_lower(const axle_matrix *L)
{
    size_t n = axle_matrix_rows(L);
    for (size_t i = 0; i < n; i++) {
        cr_assert_eq(rr_get(L, i, i), 1.0);
        for (size_t j = i + 1; j < n; j++)
            cr_assert_eq(rr_get(L, i, j), 0.0, "L(%zu, %zu) above the diagonal", i, j);
    }
}

static void assert_error(axle_status s, axle_status want, const char *needle)
{
    cr_assert_eq(s, want, "status %s, want %s (%s)", axle_strerror(s), axle_strerror(want),
                 axle_error_message());
    cr_assert_not_null(strstr(axle_error_message(), needle), "message \"%s\" lacks \"%s\"",
                       axle_error_message(), needle);
}

/* ---- ldl, cholesky, symmetric, semidefinite ------------------------------------------------- */

/* The pivots of the Hilbert matrix H_k: det H_k / det H_(k-1) = ((k-1)!)^4 / ((2k-2)! (2k-1)!). */
static double hilbert_pivot(size_t k)
{
    double p = 1.0;
    for (size_t i = 1; i < k; i++)
        p *= (double)i * (double)i * (double)i * (double)i;
    for (size_t i = 1; i <= 2 * k - 1; i++)
        p /= (double)i;
    for (size_t i = 1; i <= 2 * k - 2; i++)
        p /= (double)i;
    return p;
}

Test(rr_inner, ldl_hilbert_pivots_closed_form)
{
    for (size_t n = 1; n <= 8; n++) {
        axle_matrix *H = ts_hilbert(AXLE_RR, n), *H0 = ts_copy(H), *L = NULL, *D = NULL;
        TS_OK(K->ldl(&L, &D, H));
        cr_assert(axle_matrix_equal(H, H0), "input changed");
        assert_unit_lower(L);
        for (size_t k = 1; k <= n; k++) {
            double want = hilbert_pivot(k), got = rr_get(D, k - 1, 0);
            /* the pivots are as accurate as cond(H_k) eps allows: 1.5e10 eps at n = 8 */
            cr_assert_leq(fabs(got - want), 1e-5 * want, "n = %zu pivot %zu: %g, want %g", n, k,
                          got, want);
        }
        axle_matrix *LD = scale_cols(L, D), *Lt = ts_transpose(L), *P = ts_mul(LD, Lt);
        assert_near(P, H, 1e-14, "L D L^T = H");
        axle_matrix_free(LD);
        axle_matrix_free(Lt);
        axle_matrix_free(P);
        axle_matrix_free(H);
        axle_matrix_free(H0);
        axle_matrix_free(L);
        axle_matrix_free(D);
    }
}

Test(rr_inner, ldl_random_reconstructs_and_l_is_optional)
{
    ts_rng r = ts_rng_new("rr_inner.ldl_random");
    for (size_t n = 1; n <= 12; n++) {
        axle_matrix *A = random_spd(&r, n), *L = NULL, *D = NULL, *D2 = NULL;
        TS_OK(K->ldl(&L, &D, A));
        assert_unit_lower(L);
        for (size_t k = 0; k < n; k++)
            cr_assert_gt(rr_get(D, k, 0), 0.0);
        axle_matrix *LD = scale_cols(L, D), *Lt = ts_transpose(L), *P = ts_mul(LD, Lt);
        assert_near(P, A, TOL * (double)n, "L D L^T = A");
        TS_OK(K->ldl(NULL, &D2, A));
        assert_near(D2, D, 0.0, "D without L");
        axle_matrix *C = NULL, *Ct = NULL, *CCt = NULL;
        TS_OK(K->cholesky(&C, A));
        for (size_t i = 0; i < n; i++) {
            cr_assert_gt(rr_get(C, i, i), 0.0);
            for (size_t j = i + 1; j < n; j++)
                cr_assert_eq(rr_get(C, i, j), 0.0);
        }
        Ct = ts_transpose(C);
        CCt = ts_mul(C, Ct);
        assert_near(CCt, A, TOL * (double)n, "C C^T = A");
        FREE_ALL(A, L, D, D2, LD, Lt, P, C, Ct, CCt);
    }
}

Test(rr_inner, ldl_scaled_to_the_ends_of_double_range)
{
    for (int e = -1000; e <= 1000; e += 250) {
        double c = ldexp(1.0, e);
        double v[] = {4 * c, 2 * c, 2 * c, 3 * c}; /* L = [[1, 0], [1/2, 1]], D = (4c, 2c) */
        axle_matrix *A = mat(2, 2, v), *L = NULL, *D = NULL;
        TS_OK(K->ldl(&L, &D, A));
        cr_assert_leq(fabs(rr_get(L, 1, 0) - 0.5), 1e-15);
        cr_assert_leq(fabs(rr_get(D, 0, 0) / (4 * c) - 1.0), 1e-15, "e = %d", e);
        cr_assert_leq(fabs(rr_get(D, 1, 0) / (2 * c) - 1.0), 1e-15, "e = %d", e);
        axle_matrix_free(A);
        axle_matrix_free(L);
        axle_matrix_free(D);
    }
}

Test(rr_inner, ldl_asymmetric_names_the_entries)
{
    double v[] = {1, 1, 2, 5};
    axle_matrix *A = mat(2, 2, v), *A0 = ts_copy(A), *L = (axle_matrix *)1, *D = (axle_matrix *)1;
    assert_error(K->ldl(&L, &D, A), AXLE_EDOMAIN,
                 "the matrix is not symmetric: entry (1, 2) is 1 but entry (2, 1) is 2");
    cr_assert_null(L);
    cr_assert_null(D);
    cr_assert(axle_matrix_equal(A, A0));
    axle_matrix *C = (axle_matrix *)1;
    assert_error(K->cholesky(&C, A), AXLE_EDOMAIN, "entry (1, 2) is 1");
    cr_assert_null(C);
    axle_matrix_free(A);
    axle_matrix_free(A0);
}

Test(rr_inner, ldl_not_positive_definite_names_the_pivot)
{
    double indefinite[] = {1, 2, 2, 1}, zero[] = {0, 0, 0, 0},
           third[] = {1, 0, 0, 0, 1, 0, 0, 0, -2};
    axle_matrix *A = mat(2, 2, indefinite), *Z = mat(2, 2, zero), *T = mat(3, 3, third);
    axle_matrix *L = NULL, *D = (axle_matrix *)1;
    assert_error(K->ldl(&L, &D, A), AXLE_EDOMAIN,
                 "the matrix is not positive definite: pivot 2 of its LDL\xe1\xb5\x80 "
                 "factorization is -3");
    cr_assert_null(D);
    assert_error(K->ldl(NULL, &D, Z), AXLE_EDOMAIN,
                 "pivot 1 of its LDL\xe1\xb5\x80 factorization is 0");
    assert_error(K->cholesky(&L, T), AXLE_EDOMAIN,
                 "pivot 3 of its LDL\xe1\xb5\x80 factorization is -2");
    cr_assert_null(L);
    /* a positive pivot at the tolerance: 2^-52 <= 2 eps times the largest pivot 1 */
    double near[] = {1, 1, 1, 1 + 0x1p-52};
    axle_matrix *N = mat(2, 2, near);
    assert_error(K->ldl(NULL, &D, N), AXLE_EDOMAIN, "pivot 2 of its");
    double fine[] = {1, 1, 1, 1 + 0x1p-48};
    axle_matrix *F = mat(2, 2, fine);
    TS_OK(K->ldl(NULL, &D, F));
    cr_assert_leq(fabs(rr_get(D, 1, 0) - 0x1p-48), 1e-3 * 0x1p-48);
    FREE_ALL(A, Z, T, N, F, D);
}

Test(rr_inner, symmetric_at_the_tolerance)
{
    double sym[] = {2, 1, 1, 3}, noise[] = {2, 1, 1 + 0x1p-53, 3}, asym[] = {2, 1, 1.001, 3},
           zero[] = {0, 0, 0, 0};
    const double *cases[] = {sym, noise, asym, zero};
    bool want[] = {true, true, false, true};
    for (size_t c = 0; c < 4; c++) {
        axle_matrix *A = mat(2, 2, cases[c]);
        bool got = !want[c];
        TS_OK(K->symmetric(&got, A));
        cr_assert_eq(got, want[c], "case %zu", c);
        axle_matrix_free(A);
    }
}

Test(rr_inner, semidefinite_by_eigenvalues)
{
    double psd[] = {1, 1, 1, 1}, indef[] = {1, 2, 2, 1}, neg[] = {-1, 0, 0, -1},
           zero[] = {0, 0, 0, 0}, tiny_neg[] = {1, 0, 0, -1e-20};
    const double *cases[] = {psd, indef, neg, zero, tiny_neg};
    bool want[] = {true, false, false, true, true};
    for (size_t c = 0; c < 5; c++) {
        axle_matrix *A = mat(2, 2, cases[c]), *A0 = ts_copy(A);
        bool got = !want[c];
        TS_OK(K->semidefinite(&got, A));
        cr_assert_eq(got, want[c], "case %zu", c);
        cr_assert(axle_matrix_equal(A, A0));
        axle_matrix_free(A);
        axle_matrix_free(A0);
    }
    /* B^T B of rank 2 in dimension 5: semidefinite, not definite */
    ts_rng r = ts_rng_new("rr_inner.semidefinite");
    axle_matrix *B = ts_random_rank(&r, AXLE_RR, 5, 5, 2), *G = tmul(B, B), *D = NULL;
    bool got = false;
    TS_OK(K->semidefinite(&got, G));
    cr_assert(got);
    cr_assert_eq(K->ldl(NULL, &D, G), AXLE_EDOMAIN);
    axle_matrix_free(B);
    axle_matrix_free(G);
}

/* ---- Gram–Schmidt and QR -------------------------------------------------------------------- */

/* E^T G E = diag(r), V = E Rp with Rp unit upper triangular, <v_j, e'_j> > 0. */
static void check_gs(const axle_matrix *G, const axle_matrix *V, const axle_matrix *E,
                     const axle_matrix *rv, const axle_matrix *Rp, double tol)
{
    size_t k = axle_matrix_cols(V);
    cr_assert_eq(axle_matrix_rows(E), axle_matrix_rows(V));
    cr_assert_eq(axle_matrix_cols(E), k);
    cr_assert_eq(axle_matrix_rows(rv), k);
    axle_matrix *EGE = gform(E, G, E), *Dr = diag(rv);
    assert_near(EGE, Dr, tol, "E^T G E = diag(r)");
    for (size_t i = 0; i < k; i++) {
        cr_assert_eq(rr_get(Rp, i, i), 1.0);
        for (size_t j = 0; j < i; j++)
            cr_assert_eq(rr_get(Rp, i, j), 0.0);
    }
    axle_matrix *P = ts_mul(E, Rp);
    assert_near(P, V, tol, "V = E Rp");
    axle_matrix *VGE = gform(V, G, E);
    for (size_t j = 0; j < k; j++)
        cr_assert_gt(rr_get(VGE, j, j), 0.0, "<v_%zu, e'_%zu> > 0", j + 1, j + 1);
    axle_matrix_free(EGE);
    axle_matrix_free(Dr);
    axle_matrix_free(P);
    axle_matrix_free(VGE);
}

Test(rr_inner, gram_schmidt_classical_values)
{
    /* v_1 = (1, 1, 0), v_2 = (1, 0, 1): e'_1 = v_1, r_1 = 2, e'_2 = (1/2, -1/2, 1), r_2 = 3/2 */
    double v[] = {1, 1, 1, 0, 0, 1}, e[] = {1, 0.5, 1, -0.5, 0, 1};
    axle_matrix *V = mat(3, 2, v), *V0 = ts_copy(V), *We = mat(3, 2, e);
    axle_matrix *E = NULL, *rv = NULL, *Rp = NULL;
    size_t dep = 99;
    TS_OK(K->gram_schmidt(&E, &rv, &Rp, &dep, NULL, V));
    cr_assert(axle_matrix_equal(V, V0));
    assert_near(E, We, TOL, "e'");
    cr_assert_leq(fabs(rr_get(rv, 0, 0) - 2.0), TOL);
    cr_assert_leq(fabs(rr_get(rv, 1, 0) - 1.5), TOL);
    cr_assert_leq(fabs(rr_get(Rp, 0, 1) - 0.5), TOL);
    check_gs(NULL, V, E, rv, Rp, TOL);
    axle_matrix *E2 = NULL, *r2 = NULL;
    TS_OK(K->gram_schmidt(&E2, &r2, NULL, NULL, NULL, V));
    assert_near(E2, E, TOL, "E without Rp");
    FREE_ALL(V, V0, We, E, rv, Rp, E2, r2);
}

Test(rr_inner, gram_schmidt_legendre)
{
    /* 1, x, x^2 on P_2 with the integral over [-1, 1]: 1, x, x^2 - 1/3; r = 2, 2/3, 8/45 */
    double g[] = {2, 0, 2.0 / 3, 0, 2.0 / 3, 0, 2.0 / 3, 0, 2.0 / 5};
    double e[] = {1, 0, -1.0 / 3, 0, 1, 0, 0, 0, 1};
    axle_matrix *G = mat(3, 3, g), *G0 = ts_copy(G), *V = ts_identity(AXLE_RR, 3),
                *We = mat(3, 3, e);
    axle_matrix *E = NULL, *rv = NULL, *Rp = NULL;
    TS_OK(K->gram_schmidt(&E, &rv, &Rp, NULL, G, V));
    cr_assert(axle_matrix_equal(G, G0));
    assert_near(E, We, TOL, "Legendre");
    double want[] = {2, 2.0 / 3, 8.0 / 45};
    for (size_t j = 0; j < 3; j++)
        cr_assert_leq(fabs(rr_get(rv, j, 0) - want[j]), TOL);
    check_gs(G, V, E, rv, Rp, TOL);
    FREE_ALL(G, G0, V, We, E, rv, Rp);
}

Test(rr_inner, gram_schmidt_random_with_and_without_gram)
{
    ts_rng r = ts_rng_new("rr_inner.gram_schmidt_random");
    for (size_t n = 1; n <= 10; n++)
        for (size_t k = 1; k <= n; k++) {
            axle_matrix *G = random_spd(&r, n), *V = ts_random_full_rank(&r, AXLE_RR, n, k);
            for (int with_g = 0; with_g < 2; with_g++) {
                axle_matrix *E = NULL, *rv = NULL, *Rp = NULL;
                TS_OK(K->gram_schmidt(&E, &rv, &Rp, NULL, with_g ? G : NULL, V));
                check_gs(with_g ? G : NULL, V, E, rv, Rp, 1e-11 * (double)n);
                axle_matrix_free(E);
                axle_matrix_free(rv);
                axle_matrix_free(Rp);
            }
            axle_matrix_free(G);
            axle_matrix_free(V);
        }
}

Test(rr_inner, gram_schmidt_dependent_list)
{
    double zero_first[] = {0, 1, 0, 2, 0, 3}, multiple[] = {1, 2, 2, 4, 3, 6},
           third[] = {1, 0, 1, 0, 1, 1, 0, 0, 0}, four[] = {1, 0, 0, 2, 0, 1, 0, 3, 0, 0, 1, 4};
    struct {
        size_t n, k;
        const double *v;
        size_t dep;
        const char *msg;
    } cases[] = {
        {3, 2, zero_first, 0, "v_1 is the zero vector: the list is linearly dependent"},
        {3, 2, multiple, 1, "v_2 is in span(v_1): the list is linearly dependent"},
        {3, 3, third, 2, "v_3 is in span(v_1, v_2): the list is linearly dependent"},
        {3, 4, four, 3, "v_4 is in span(v_1, v_2, v_3): the list is linearly dependent"},
    };
    for (size_t c = 0; c < 4; c++) {
        axle_matrix *V = mat(cases[c].n, cases[c].k, cases[c].v), *V0 = ts_copy(V);
        axle_matrix *E = (axle_matrix *)1, *rv = (axle_matrix *)1, *Rp = (axle_matrix *)1;
        size_t dep = 99;
        assert_error(K->gram_schmidt(&E, &rv, &Rp, &dep, NULL, V), AXLE_EDOMAIN, cases[c].msg);
        cr_assert_eq(dep, cases[c].dep, "case %zu: dep %zu", c, dep);
        cr_assert_null(E);
        cr_assert_null(rv);
        cr_assert_null(Rp);
        cr_assert(axle_matrix_equal(V, V0));
        axle_matrix_free(V);
        axle_matrix_free(V0);
    }
    /* dependent to the tolerance, also for a Gram matrix: v_2 = 3 v_1 + 1e-17 e_1 */
    double g[] = {2, 1, 1, 2}, v[] = {1, 3 + 1e-17, 1, 3};
    axle_matrix *G = mat(2, 2, g), *V = mat(2, 2, v), *E = NULL, *rv = NULL;
    size_t dep = 99;
    assert_error(K->gram_schmidt(&E, &rv, NULL, &dep, G, V), AXLE_EDOMAIN, "v_2 is in span(v_1)");
    cr_assert_eq(dep, 1);
    axle_matrix_free(G);
    axle_matrix_free(V);
}

/* A Gram matrix singular in doubles (as the integral's on P_40 is): the kernels that factor it
 * name it, not "the matrix" (the user asked for Gram-Schmidt, singular values, ...) */
Test(rr_inner, singular_gram_named)
{
    double g[] = {1, 1, 1, 1}, v[] = {1, 0, 0, 1};
    axle_matrix *G = mat(2, 2, g), *V = mat(2, 2, v), *E = (axle_matrix *)1, *rv = (axle_matrix *)1;
    size_t dep = 99;
    const char *named = "the inner product's Gram matrix, in double precision, is not positive "
                        "definite: pivot 2";
    assert_error(K->gram_schmidt(&E, &rv, NULL, &dep, G, V), AXLE_EDOMAIN, named);
    cr_assert_null(E);
    cr_assert_null(rv);
    ax_svals *S = (ax_svals *)1;
    assert_error(K->svd(&S, V, G, NULL), AXLE_EDOMAIN, named);
    cr_assert_null(S);
    axle_matrix_free(G);
    axle_matrix_free(V);
}

Test(rr_inner, qr_random_and_tall)
{
    ts_rng r = ts_rng_new("rr_inner.qr");
    for (size_t m = 1; m <= 9; m++)
        for (size_t n = 1; n <= m; n++) {
            axle_matrix *A = ts_random_full_rank(&r, AXLE_RR, m, n), *A0 = ts_copy(A);
            axle_matrix *Q = NULL, *R = NULL;
            TS_OK(K->qr(&Q, &R, A));
            cr_assert(axle_matrix_equal(A, A0));
            cr_assert_eq(axle_matrix_rows(Q), m);
            cr_assert_eq(axle_matrix_cols(Q), n);
            axle_matrix *QtQ = tmul(Q, Q), *I = ts_identity(AXLE_RR, n), *QR = ts_mul(Q, R);
            assert_near(QtQ, I, 1e-14 * (double)m, "Q^T Q = I");
            assert_near(QR, A, 1e-14 * (double)m, "A = Q R");
            for (size_t i = 0; i < n; i++) {
                cr_assert_gt(rr_get(R, i, i), 0.0);
                for (size_t j = 0; j < i; j++)
                    cr_assert_eq(rr_get(R, i, j), 0.0);
            }
            FREE_ALL(A, A0, Q, R, QtQ, I, QR);
        }
}

Test(rr_inner, qr_rank_deficient)
{
    double dep[] = {1, 2, 0, 2, 4, 0, 3, 6, 1}, wide[] = {1, 0, 1, 0, 1, 1}, zero[] = {0, 1, 0, 1};
    struct {
        size_t m, n;
        const double *v;
        const char *msg;
    } cases[] = {
        {3, 3, dep, "column 2 is in the span of the columns before it"},
        {2, 3, wide, "it has only 2 rows"},
        {2, 2, zero, "column 1 is zero"},
    };
    for (size_t c = 0; c < 3; c++) {
        axle_matrix *A = mat(cases[c].m, cases[c].n, cases[c].v), *Q = (axle_matrix *)1,
                    *R = (axle_matrix *)1;
        assert_error(K->qr(&Q, &R, A), AXLE_EDOMAIN, cases[c].msg);
        cr_assert_null(Q);
        cr_assert_null(R);
        axle_matrix_free(A);
    }
}

/* ---- square roots of a norm squared --------------------------------------------------------- */

Test(rr_inner, sqrt_string_normalize_unit_scale)
{
    axle_scalar *two = num(2), *sixteen = num(16), *neg = num(-1), *zero = num(0), *r25 = num(25);
    char *s = NULL;
    TS_OK(K->sqrt_string(&s, two, AXLE_FORMAT_TEXT));
    double want = sqrt(2.0);
    ts_assert_numbers(s, "#", &want, 1, 1e-15);
    free(s);
    TS_OK(K->sqrt_string(&s, sixteen, AXLE_FORMAT_JSON));
    cr_assert_str_eq(s, "4");
    free(s);
    TS_OK(K->sqrt_string(&s, zero, AXLE_FORMAT_TEXT));
    cr_assert_str_eq(s, "0");
    free(s);
    s = (char *)1;
    assert_error(K->sqrt_string(&s, neg, AXLE_FORMAT_TEXT), AXLE_EDOMAIN, "is negative");
    cr_assert_null(s);
    cr_assert_null(K->sqrt_exact);

    double e[] = {3, 4}, u[] = {0.6, 0.8};
    axle_matrix *E = mat(2, 1, e), *E0 = ts_copy(E), *U = mat(2, 1, u), *w = NULL;
    TS_OK(K->normalize(&w, E, r25));
    assert_near(w, U, 1e-15, "e / sqrt(r)");
    axle_matrix_free(w);
    w = NULL;
    s = (char *)1;
    TS_OK(K->unit_scale(&w, &s, E, r25, AXLE_FORMAT_UNICODE));
    cr_assert_null(s);
    assert_near(w, U, 1e-15, "unit_scale");
    axle_matrix_free(w);
    w = (axle_matrix *)1;
    assert_error(K->normalize(&w, E, zero), AXLE_EDOMAIN, "is not positive");
    cr_assert_null(w);
    cr_assert(axle_matrix_equal(E, E0));
    axle_matrix_free(E);
    axle_matrix_free(E0);
    axle_matrix_free(U);
    axle_scalar *list[] = {two, sixteen, neg, zero, r25};
    for (size_t i = 0; i < sizeof list / sizeof *list; i++)
        axle_scalar_free(list[i]);
}

/* ---- least squares and the pseudoinverse ----------------------------------------------------- */

static void check_lstsq(size_t m, size_t n, const double *a, const double *b, const double *x,
                        double res, size_t rank)
{
    axle_matrix *A = mat(m, n, a), *B = mat(m, 1, b), *A0 = ts_copy(A), *B0 = ts_copy(B),
                *Xw = mat(n, 1, x), *X = NULL, *R = NULL;
    size_t r = 99;
    TS_OK(K->lstsq(&X, &r, &R, A, B));
    cr_assert(axle_matrix_equal(A, A0) && axle_matrix_equal(B, B0), "inputs changed");
    assert_near(X, Xw, 1e-13, "x");
    cr_assert_eq(r, rank);
    cr_assert_eq(axle_matrix_rows(R), 1);
    cr_assert_eq(axle_matrix_cols(R), 1);
    cr_assert_leq(fabs(rr_get(R, 0, 0) - res), 1e-13 * fmax(1.0, res), "residual %g, want %g",
                  rr_get(R, 0, 0), res);
    axle_matrix *X2 = NULL;
    TS_OK(K->lstsq(&X2, NULL, NULL, A, B));
    assert_near(X2, X, 0.0, "x without rank and residual");
    FREE_ALL(A, B, A0, B0, Xw, X, R, X2);
}

Test(rr_inner, lstsq_closed_forms)
{
    /* the line through (0, 1), (1, 3), (2, 4), (3, 4): y = 1.5 + x, residual 4 * 0.25 */
    double line[] = {1, 0, 1, 1, 1, 2, 1, 3}, y[] = {1, 3, 4, 4}, c[] = {1.5, 1};
    check_lstsq(4, 2, line, y, c, 1.0, 2);
    /* rank 1: x_1 + x_2 = 2 at minimum norm, residual 1 + 0 + 1 */
    double ones[] = {1, 1, 1, 1, 1, 1}, b3[] = {1, 2, 3}, x11[] = {1, 1};
    check_lstsq(3, 2, ones, b3, x11, 2.0, 1);
    /* underdetermined: the minimum-norm solution of x_1 + x_2 + x_3 = 3 */
    double row[] = {1, 1, 1}, three[] = {3}, x111[] = {1, 1, 1};
    check_lstsq(1, 3, row, three, x111, 0.0, 1);
    /* the zero matrix: x = 0, residual ||b||^2 */
    double z[] = {0, 0, 0, 0}, b2[] = {3, 4}, x00[] = {0, 0};
    check_lstsq(2, 2, z, b2, x00, 25.0, 0);
    /* The residual squared is a sum of squares, not the square of a rounded norm: here x = 0 and
     * every partial sum of 1 + 4 is a small integer, exact in any IEEE order (√5² is not 5). */
    double b12[] = {1, 2};
    axle_matrix *A = mat(2, 2, z), *B = mat(2, 1, b12), *X = NULL, *R = NULL;
    TS_OK(K->lstsq(&X, NULL, &R, A, B));
    cr_assert(rr_get(R, 0, 0) == 5.0, "residual %.17g, want 5", rr_get(R, 0, 0));
    FREE_ALL(A, B, X, R);
}

/* A X A = A, X A X = X, A X and X A symmetric. */
static void check_penrose(const axle_matrix *A, const axle_matrix *X, double tol)
{
    axle_matrix *AX = ts_mul(A, X), *XA = ts_mul(X, A), *AXA = ts_mul(AX, A), *XAX = ts_mul(XA, X);
    axle_matrix *AXt = ts_transpose(AX), *XAt = ts_transpose(XA);
    double scale = fmax(1.0, ts_frob(A) * ts_frob(X));
    assert_near(AXA, A, tol * scale, "A X A = A");
    assert_near(XAX, X, tol * scale, "X A X = X");
    assert_near(AXt, AX, tol * scale, "A X symmetric");
    assert_near(XAt, XA, tol * scale, "X A symmetric");
    FREE_ALL(AX, XA, AXA, XAX, AXt, XAt);
}

Test(rr_inner, pinv_penrose_and_lstsq_agree)
{
    ts_rng r = ts_rng_new("rr_inner.pinv");
    for (size_t m = 1; m <= 7; m++)
        for (size_t n = 1; n <= 7; n++) {
            size_t mn = m < n ? m : n, rank = (size_t)ts_range(&r, 0, (long)mn);
            axle_matrix *A = ts_random_rank(&r, AXLE_RR, m, n, rank), *A0 = ts_copy(A), *X = NULL;
            TS_OK(K->pinv(&X, A));
            cr_assert(axle_matrix_equal(A, A0));
            cr_assert_eq(axle_matrix_rows(X), n);
            cr_assert_eq(axle_matrix_cols(X), m);
            check_penrose(A, X, 1e-12);
            /* x = A+ B is the minimum-norm least-squares solution */
            axle_matrix *B = ts_random_int(&r, AXLE_RR, m, 2, -5, 5), *x = NULL, *XB = ts_mul(X, B);
            size_t rk = 0;
            TS_OK(K->lstsq(&x, &rk, NULL, A, B));
            cr_assert_eq(rk, rank, "%zu x %zu of rank %zu: dgelsd rank %zu", m, n, rank, rk);
            assert_near(x, XB, 1e-10, "lstsq = pinv B");
            FREE_ALL(A, A0, X, B, x, XB);
        }
}

/* ---- singular values ------------------------------------------------------------------------ */

/* U Σ V^T = N, U and V orthogonal, the multiplicities add up to n. */
static void check_svals(const ax_svals *S, const axle_matrix *N)
{
    size_t m = axle_matrix_rows(N), n = axle_matrix_cols(N), total = 0;
    cr_assert_eq(S->m, m);
    cr_assert_eq(S->n, n);
    for (size_t c = 0; c < S->count; c++) {
        total += S->mult[c];
        cr_assert_geq(S->approx[c], 0.0);
        if (c)
            cr_assert_lt(S->approx[c], S->approx[c - 1]);
    }
    cr_assert_eq(total, n);
    axle_matrix *US = ts_mul(S->U, S->Sigma), *USV = ts_mul(US, S->Vt);
    axle_matrix *UtU = tmul(S->U, S->U), *VVt = tmul(S->Vt, S->Vt);
    axle_matrix *Im = ts_identity(AXLE_RR, m), *In = ts_identity(AXLE_RR, n);
    assert_near(USV, N, 1e-13 * (double)(m + n), "U Sigma V^T = N");
    assert_near(UtU, Im, 1e-13 * (double)m, "U orthogonal");
    assert_near(VVt, In, 1e-13 * (double)n, "V orthogonal");
    FREE_ALL(US, USV, UtU, VVt, Im, In);
}

Test(rr_inner, svd_golden_ratio)
{
    double v[] = {1, 1, 0, 1};
    axle_matrix *M = mat(2, 2, v), *M0 = ts_copy(M);
    ax_svals *S = NULL;
    TS_OK(K->svd(&S, M, NULL, NULL));
    cr_assert(axle_matrix_equal(M, M0));
    cr_assert_eq(S->count, 2);
    cr_assert_eq(S->mult[0], 1);
    cr_assert_eq(S->mult[1], 1);
    double phi = (1 + sqrt(5.0)) / 2;
    cr_assert_leq(fabs(S->approx[0] - phi), 1e-15);
    cr_assert_leq(fabs(S->approx[1] - (phi - 1)), 1e-15);
    check_svals(S, M);
    char *str = NULL;
    TS_OK(S->ops->value_string(&str, S->data, 0, AXLE_FORMAT_TEXT));
    ts_assert_numbers(str, "#", &phi, 1, 1e-15);
    free(str);
    cr_assert_null(S->ops->value_exact);
    /* the top direction: the eigenvector of M^T M for phi^2 */
    axle_matrix *X = NULL;
    TS_OK(S->ops->top_space(&X, S->data, 1));
    cr_assert_eq(axle_matrix_rows(X), 2);
    cr_assert_eq(axle_matrix_cols(X), 1);
    axle_matrix *MtM = tmul(M, M), *MX = ts_mul(MtM, X);
    for (size_t i = 0; i < 2; i++)
        cr_assert_leq(fabs(rr_get(MX, i, 0) - phi * phi * rr_get(X, i, 0)), 1e-14);
    axle_matrix_free(X);
    axle_matrix_free(MtM);
    axle_matrix_free(MX);
    ax_svals_free(S);
    axle_matrix_free(M);
    axle_matrix_free(M0);
}

Test(rr_inner, svd_multiplicities_and_zeros)
{
    struct {
        size_t m, n;
        double v[9];
        size_t count;
        double value[3];
        size_t mult[3];
    } cases[] = {
        {2, 3, {1, 0, 0, 0, 1, 0}, 2, {1, 0}, {2, 1}},          /* m < n: one missing zero */
        {3, 2, {0, 0, 0, 0, 0, 0}, 1, {0}, {2}},                /* the zero matrix */
        {3, 3, {2, 0, 0, 0, 0, 0, 0, 0, 0}, 2, {2, 0}, {1, 2}}, /* rank 1 */
        {3, 3, {0, 0, 3, 0, -3, 0, 3, 0, 0}, 1, {3}, {3}},      /* 3 times an orthogonal map */
        {1, 3, {0, 3, 4}, 2, {5, 0}, {1, 2}},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        axle_matrix *M = mat(cases[c].m, cases[c].n, cases[c].v);
        ax_svals *S = NULL;
        TS_OK(K->svd(&S, M, NULL, NULL));
        cr_assert_eq(S->count, cases[c].count, "case %zu: %zu distinct values", c, S->count);
        for (size_t k = 0; k < S->count; k++) {
            cr_assert_leq(fabs(S->approx[k] - cases[c].value[k]), 1e-14, "case %zu", c);
            cr_assert_eq(S->mult[k], cases[c].mult[k], "case %zu value %zu", c, k);
        }
        check_svals(S, M);
        ax_svals_free(S);
        axle_matrix_free(M);
    }
}

Test(rr_inner, svd_top_space_ties)
{
    axle_matrix *I = ts_identity(AXLE_RR, 3), *X = (axle_matrix *)1;
    ax_svals *S = NULL;
    TS_OK(K->svd(&S, I, NULL, NULL));
    assert_error(S->ops->top_space(&X, S->data, 1), AXLE_EDOMAIN, "do not determine a subspace");
    cr_assert_null(X);
    ax_svals_free(S);
    /* diag(2, 0, 0): the top one is e_1; the top two split the zeros, which is allowed */
    double d[] = {2, 0, 0, 0, 0, 0, 0, 0, 0};
    axle_matrix *D = mat(3, 3, d);
    TS_OK(K->svd(&S, D, NULL, NULL));
    TS_OK(S->ops->top_space(&X, S->data, 1));
    cr_assert_leq(fabs(fabs(rr_get(X, 0, 0)) - 1.0), 1e-15);
    axle_matrix_free(X);
    TS_OK(S->ops->top_space(&X, S->data, 2));
    cr_assert_eq(axle_matrix_cols(X), 2);
    char *str = NULL;
    TS_OK(S->ops->value_string(&str, S->data, 1, AXLE_FORMAT_TEXT));
    cr_assert_str_eq(str, "0");
    free(str);
    axle_matrix_free(X);
    ax_svals_free(S);
    axle_matrix_free(I);
    axle_matrix_free(D);
}

/* G^-1 X (X with G's rows). */
static axle_matrix *ginv_mul(const axle_matrix *G, const axle_matrix *X)
{
    axle_matrix *Gi = NULL;
    TS_OK(axle_matrix_inverse(&Gi, G));
    axle_matrix *P = ts_mul(Gi, X);
    axle_matrix_free(Gi);
    return P;
}

Test(rr_inner, svd_with_gram_matrices)
{
    ts_rng r = ts_rng_new("rr_inner.svd_gram");
    for (size_t m = 1; m <= 6; m++)
        for (size_t n = 1; n <= 6; n++) {
            axle_matrix *GV = random_spd(&r, n), *GW = random_spd(&r, m);
            axle_matrix *M = ts_random_int(&r, AXLE_RR, m, n, -4, 4);
            /* T*T = GV^-1 M^T GW M */
            axle_matrix *GWM = ts_mul(GW, M), *MtGWM = tmul(M, GWM), *TT = ginv_mul(GV, MtGWM);
            ax_svals *S = NULL;
            TS_OK(K->svd(&S, M, GV, GW));
            size_t total = 0;
            double trace = 0.0, sum = 0.0;
            for (size_t c = 0; c < S->count; c++) {
                total += S->mult[c];
                sum += (double)S->mult[c] * S->approx[c] * S->approx[c];
            }
            for (size_t i = 0; i < n; i++)
                trace += rr_get(TT, i, i);
            cr_assert_eq(total, n);
            cr_assert_leq(fabs(sum - trace), 1e-10 * fmax(1.0, trace), "sum of squares = trace");
            /* the top j directions are eigenvectors of T*T, orthonormal for GV */
            for (size_t j = 1; j < n; j++) {
                axle_matrix *X = NULL;
                if (S->ops->top_space(&X, S->data, j) == AXLE_EDOMAIN)
                    continue; /* a tie: checked elsewhere */
                cr_assert_not_null(X, "%s", axle_error_message());
                axle_matrix *TX = ts_mul(TT, X), *XGX = gform(X, GV, X),
                            *Ij = ts_identity(AXLE_RR, j);
                assert_near(XGX, Ij, 1e-10, "X^T GV X = I");
                for (size_t c = 0; c < j; c++) {
                    double sc = c < m ? rr_get(S->Sigma, c, c) : 0.0, s2 = sc * sc;
                    for (size_t i = 0; i < n; i++)
                        cr_assert_leq(fabs(rr_get(TX, i, c) - s2 * rr_get(X, i, c)),
                                      1e-9 * fmax(1.0, s2), "T*T x = sigma^2 x");
                }
                axle_matrix_free(X);
                axle_matrix_free(TX);
                axle_matrix_free(XGX);
                axle_matrix_free(Ij);
            }
            ax_svals_free(S);
            FREE_ALL(GV, GW, M, GWM, MtGWM, TT);
        }
}

/* ---- the spectral theorem, square roots, polar decomposition -------------------------------- */

/* G X symmetric (to the test's tolerance) and positive semidefinite: its symmetric part plus
 * 1e-10 ||G X|| I is semidefinite for the kernel (which decides at the rounding level). */
static void assert_positive(const axle_matrix *G, const axle_matrix *X, const char *what)
{
    size_t n = axle_matrix_rows(X);
    axle_matrix *GX = G ? ts_mul(G, X) : ts_copy(X), *GXt = ts_transpose(GX), *Sym = NULL;
    double scale = fmax(1.0, ts_frob(GX));
    assert_near(GXt, GX, 1e-11 * (double)n * scale, what);
    TS_OK(axle_matrix_add(&Sym, GX, GXt));
    for (size_t i = 0; i < n; i++)
        TS_OK(axle_matrix_set_double(Sym, i, i, rr_get(Sym, i, i) + 1e-10 * scale));
    bool psd = false;
    TS_OK(K->semidefinite(&psd, Sym));
    cr_assert(psd, "%s: not positive", what);
    axle_matrix_free(GX);
    axle_matrix_free(GXt);
    axle_matrix_free(Sym);
}

/* A random operator self-adjoint for G: G^-1 S with S symmetric (positive definite when spd). */
static axle_matrix *random_self_adjoint(ts_rng *r, const axle_matrix *G, size_t n, bool spd)
{
    axle_matrix *S;
    if (spd)
        S = random_spd(r, n);
    else {
        axle_matrix *B = ts_random_int(r, AXLE_RR, n, n, -5, 5), *Bt = ts_transpose(B);
        TS_OK(axle_matrix_add(&S, B, Bt));
        axle_matrix_free(B);
        axle_matrix_free(Bt);
    }
    if (!G)
        return S;
    axle_matrix *A = ginv_mul(G, S);
    axle_matrix_free(S);
    return A;
}

Test(rr_inner, spectral_closed_form_and_random)
{
    double v[] = {2, 1, 1, 2};
    axle_matrix *A = mat(2, 2, v), *A0 = ts_copy(A), *E = NULL, *rv = NULL, *w = NULL;
    TS_OK(K->spectral(&E, &rv, &w, A, NULL));
    cr_assert(axle_matrix_equal(A, A0));
    cr_assert_leq(fabs(rr_get(w, 0, 0) - 1.0), 1e-15);
    cr_assert_leq(fabs(rr_get(w, 1, 0) - 3.0), 1e-15);
    cr_assert_leq(fabs(fabs(rr_get(E, 0, 1)) - sqrt(0.5)), 1e-15);
    FREE_ALL(A, A0, E, rv, w);

    ts_rng r = ts_rng_new("rr_inner.spectral");
    for (size_t n = 1; n <= 10; n++)
        for (int with_g = 0; with_g < 2; with_g++) {
            axle_matrix *G = with_g ? random_spd(&r, n) : NULL;
            axle_matrix *T = random_self_adjoint(&r, G, n, false);
            TS_OK(K->spectral(&E, &rv, &w, T, G));
            axle_matrix *EGE = gform(E, G, E), *Dr = diag(rv), *I = ts_identity(AXLE_RR, n);
            assert_near(Dr, I, 0.0, "r = 1");
            assert_near(EGE, I, 1e-12 * (double)n, "E^T G E = I");
            axle_matrix *TE = ts_mul(T, E), *ED = scale_cols(E, w);
            assert_near(TE, ED, 1e-11 * (double)n * fmax(1.0, ts_frob(T)), "T E = E diag(w)");
            for (size_t i = 1; i < n; i++)
                cr_assert_leq(rr_get(w, i - 1, 0), rr_get(w, i, 0), "ascending");
            axle_matrix *E2 = NULL;
            TS_OK(K->spectral(&E2, NULL, NULL, T, G));
            assert_near(E2, E, 0.0, "E alone");
            FREE_ALL(G, T, E, rv, w, EGE, Dr, I, TE, ED, E2);
        }
}

Test(rr_inner, sqrt_closed_form_and_random)
{
    double v[] = {5, 4, 4, 5}, root[] = {2, 1, 1, 2};
    axle_matrix *A = mat(2, 2, v), *A0 = ts_copy(A), *Rw = mat(2, 2, root), *R = NULL;
    TS_OK(K->sqrt(&R, A, NULL));
    cr_assert(axle_matrix_equal(A, A0));
    assert_near(R, Rw, 1e-14, "sqrt [[5, 4], [4, 5]]");
    axle_matrix_free(R);
    /* singular: sqrt [[1, 1], [1, 1]] = [[1, 1], [1, 1]] / sqrt 2 */
    double one[] = {1, 1, 1, 1}, h = sqrt(0.5), rone[] = {h, h, h, h};
    axle_matrix *O = mat(2, 2, one), *Ro = mat(2, 2, rone);
    TS_OK(K->sqrt(&R, O, NULL));
    assert_near(R, Ro, 1e-14, "sqrt of a singular positive operator");
    FREE_ALL(A, A0, Rw, R, O, Ro);

    ts_rng r = ts_rng_new("rr_inner.sqrt");
    for (size_t n = 1; n <= 10; n++)
        for (int with_g = 0; with_g < 2; with_g++) {
            axle_matrix *G = with_g ? random_spd(&r, n) : NULL;
            axle_matrix *T = random_self_adjoint(&r, G, n, true), *Q = NULL;
            TS_OK(K->sqrt(&Q, T, G));
            axle_matrix *Q2 = ts_mul(Q, Q);
            assert_near(Q2, T, 1e-11 * (double)n, "R^2 = T");
            assert_positive(G, Q, "R positive for G");
            FREE_ALL(G, T, Q, Q2);
        }
}

Test(rr_inner, polar_closed_form_and_random)
{
    double v[] = {-2, 0, 0, 3}, s[] = {-1, 0, 0, 1}, p[] = {2, 0, 0, 3};
    axle_matrix *A = mat(2, 2, v), *A0 = ts_copy(A), *Sw = mat(2, 2, s), *Pw = mat(2, 2, p);
    axle_matrix *S = NULL, *P = NULL;
    TS_OK(K->polar(&S, &P, A, NULL));
    cr_assert(axle_matrix_equal(A, A0));
    assert_near(S, Sw, 1e-15, "S");
    assert_near(P, Pw, 1e-15, "P");
    axle_matrix *P2 = NULL, *S2 = NULL;
    TS_OK(K->polar(NULL, &P2, A, NULL));
    TS_OK(K->polar(&S2, NULL, A, NULL));
    assert_near(P2, P, 0.0, "P alone");
    assert_near(S2, S, 0.0, "S alone");
    FREE_ALL(A, A0, Sw, Pw, S, P, P2, S2);

    ts_rng r = ts_rng_new("rr_inner.polar");
    for (size_t n = 1; n <= 8; n++)
        for (int kind = 0; kind < 4; kind++) {
            /* with and without G; invertible and singular T */
            axle_matrix *G = kind & 1 ? random_spd(&r, n) : NULL;
            axle_matrix *T = kind & 2 ? ts_random_rank(&r, AXLE_RR, n, n, n / 2)
                                      : ts_random_int(&r, AXLE_RR, n, n, -5, 5);
            TS_OK(K->polar(&S, &P, T, G));
            axle_matrix *SP = ts_mul(S, P), *StGS = gform(S, G, S);
            axle_matrix *Gm = G ? ts_copy(G) : ts_identity(AXLE_RR, n);
            assert_near(SP, T, 1e-11 * (double)n, "S P = T");
            assert_near(StGS, Gm, 1e-11 * (double)n, "S^T G S = G");
            assert_positive(G, P, "P positive for G");
            FREE_ALL(G, T, S, P, SP, StGS, Gm);
        }
}

/* ---- out of memory -------------------------------------------------------------------------- */

/* Kernel c on small inputs; outputs into o[0..2] (matrices), *S, *str. */
static axle_status call_kernel(int c, axle_matrix **o, ax_svals **S, char **str,
                               const axle_matrix *A, const axle_matrix *G, const axle_matrix *V,
                               const axle_matrix *e, const axle_scalar *r)
{
    size_t dep = 0, rank = 0;
    bool b = false;
    switch (c) {
    case 0:
        return K->ldl(&o[0], &o[1], A);
    case 1:
        return K->semidefinite(&b, A);
    case 2:
        return K->gram_schmidt(&o[0], &o[1], &o[2], &dep, G, V);
    case 3:
        return K->lstsq(&o[0], &rank, &o[1], V, A);
    case 4:
        return K->pinv(&o[0], V);
    case 5:
        return K->qr(&o[0], &o[1], V);
    case 6:
        return K->cholesky(&o[0], A);
    case 7:
        return K->svd(S, V, G, A);
    case 8:
        return K->spectral(&o[0], &o[1], &o[2], A, G);
    case 9:
        return K->sqrt(&o[0], A, G);
    case 10:
        return K->polar(&o[0], &o[1], V, G);
    case 11:
        return K->sqrt_string(str, r, AXLE_FORMAT_TEXT);
    case 12:
        return K->normalize(&o[0], e, r);
    default:
        return K->unit_scale(&o[0], str, e, r, AXLE_FORMAT_TEXT);
    }
}

Test(rr_inner, out_of_memory_walk)
{
    double a[] = {4, 1, 0, 1, 3, 1, 0, 1, 2}, g[] = {2, 1, 0, 1, 2, 1, 0, 1, 2},
           v[] = {1, 0, 2, 1, 1, 0, 0, 3, 1};
    axle_matrix *A = mat(3, 3, a), *G = mat(3, 3, g), *V = mat(3, 3, v);
    axle_scalar *r = num(2);
    double ev[] = {1, 0, 1};
    axle_matrix *e = mat(3, 1, ev);
    for (int c = 0; c < 14; c++) {
        for (unsigned long k = 1;; k++) {
            axle_matrix *o[3] = {NULL, NULL, NULL};
            ax_svals *S = NULL;
            char *str = NULL;
            ax_oom_fail_at(k, false);
            axle_status s = call_kernel(c, o, &S, &str, A, G, V, e, r);
            bool fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            if (!fired) {
                cr_assert_eq(s, AXLE_OK, "kernel %d: %s", c, axle_error_message());
                for (int i = 0; i < 3; i++)
                    axle_matrix_free(o[i]);
                ax_svals_free(S);
                free(str);
                break;
            }
            cr_assert_eq(s, AXLE_ENOMEM, "kernel %d, allocation %lu: %s", c, k, axle_strerror(s));
            for (int i = 0; i < 3; i++)
                cr_assert_null(o[i], "kernel %d, allocation %lu: output %d", c, k, i);
            cr_assert_null(S);
            cr_assert_null(str);
        }
    }
    axle_matrix_free(e);
    axle_matrix_free(A);
    axle_matrix_free(G);
    axle_matrix_free(V);
    axle_scalar_free(r);
    TS_CHECK_NO_LEAKS();
}

/* ---- agreement with the exact QQ kernels ---------------------------------------------------- */

/* The same integer problem over both fields: ldl, Gram–Schmidt for a Gram matrix, least squares
 * and the pseudoinverse of rank-deficient matrices, singular values with multiplicities. */
Test(rr_inner, agrees_with_qq)
{
    const ax_inner_kernels *Q = ax_backend_qq.inner;
    ts_rng r = ts_rng_new("rr_inner.agrees_with_qq");
    for (size_t n = 1; n <= 6; n++) {
        axle_matrix *Gr = random_spd(&r, n), *Gq = NULL;
        TS_OK(axle_matrix_convert(&Gq, Gr, AXLE_QQ));
        axle_matrix *Lq = NULL, *Dq = NULL, *Lr = NULL, *Dr = NULL;
        TS_OK(Q->ldl(&Lq, &Dq, Gq));
        TS_OK(K->ldl(&Lr, &Dr, Gr));
        cr_assert(ts_agree(Lq, Lr, 1e-12) && ts_agree(Dq, Dr, 1e-12), "ldl, n = %zu", n);

        size_t k = (size_t)ts_range(&r, 1, (long)n);
        axle_matrix *Vq = ts_random_full_rank(&r, AXLE_QQ, n, k), *Vr = rr_from_qq(Vq);
        axle_matrix *Eq = NULL, *rq = NULL, *Pq = NULL, *Er = NULL, *rr = NULL, *Pr = NULL;
        TS_OK(Q->gram_schmidt(&Eq, &rq, &Pq, NULL, Gq, Vq));
        TS_OK(K->gram_schmidt(&Er, &rr, &Pr, NULL, Gr, Vr));
        cr_assert(ts_agree(Eq, Er, 1e-10) && ts_agree(rq, rr, 1e-10) && ts_agree(Pq, Pr, 1e-10),
                  "gram_schmidt, n = %zu, k = %zu", n, k);

        size_t m = (size_t)ts_range(&r, 1, 6),
               rank = (size_t)ts_range(&r, 0, (long)(m < n ? m : n));
        axle_matrix *Aq = ts_random_rank(&r, AXLE_QQ, m, n, rank), *Ar = rr_from_qq(Aq);
        axle_matrix *Bq = ts_random_int(&r, AXLE_QQ, m, 2, -5, 5), *Br = rr_from_qq(Bq);
        axle_matrix *xq = NULL, *xr = NULL, *resq = NULL, *resr = NULL, *pq = NULL, *pr = NULL;
        size_t rkq = 0, rkr = 0;
        TS_OK(Q->lstsq(&xq, &rkq, &resq, Aq, Bq));
        TS_OK(K->lstsq(&xr, &rkr, &resr, Ar, Br));
        cr_assert_eq(rkq, rkr);
        cr_assert(ts_agree(xq, xr, 1e-10) && ts_agree(resq, resr, 1e-10), "lstsq %zu x %zu", m, n);
        TS_OK(Q->pinv(&pq, Aq));
        TS_OK(K->pinv(&pr, Ar));
        cr_assert(ts_agree(pq, pr, 1e-10), "pinv %zu x %zu rank %zu", m, n, rank);

        ax_svals *Sq = NULL, *Sr = NULL;
        TS_OK(Q->svd(&Sq, Aq, NULL, NULL));
        TS_OK(K->svd(&Sr, Ar, NULL, NULL));
        cr_assert_eq(Sq->count, Sr->count, "svd %zu x %zu rank %zu: %zu and %zu values", m, n, rank,
                     Sq->count, Sr->count);
        for (size_t c = 0; c < Sq->count; c++) {
            cr_assert_eq(Sq->mult[c], Sr->mult[c]);
            cr_assert_leq(fabs(Sq->approx[c] - Sr->approx[c]), 1e-12 * fmax(1.0, Sq->approx[0]));
        }
        ax_svals_free(Sq);
        ax_svals_free(Sr);
        FREE_ALL(Gr, Gq, Lq, Dq, Lr, Dr, Vq, Vr, Eq, rq, Pq, Er, rr, Pr, Aq, Ar, Bq, Br, xq, xr,
                 resq, resr, pq, pr);
    }
}

/* ---- the ends of double range -----------------------------------------------------------------
 */

Test(rr_inner, scaled_inputs)
{
    /* Gram–Schmidt, QR, singular values and the polar decomposition are homogeneous: 2^e A
     * gives the scaled answers as long as they are representable */
    double v[] = {3, 1, 4, 1, 5, 9, 2, 6, 5};
    axle_matrix *A = mat(3, 3, v), *E1 = NULL, *r1 = NULL, *Q1 = NULL, *R1 = NULL;
    TS_OK(K->gram_schmidt(&E1, &r1, NULL, NULL, NULL, A));
    TS_OK(K->qr(&Q1, &R1, A));
    ax_svals *S1 = NULL;
    TS_OK(K->svd(&S1, A, NULL, NULL));
    axle_matrix *P1 = NULL;
    TS_OK(K->polar(NULL, &P1, A, NULL));
    int exps[] = {-500, -300, 300, 500};
    for (size_t t = 0; t < 4; t++) {
        int e = exps[t];
        double c = ldexp(1.0, e), w[9];
        for (size_t i = 0; i < 9; i++)
            w[i] = v[i] * c;
        axle_matrix *B = mat(3, 3, w), *E = NULL, *r = NULL, *Q = NULL, *R = NULL, *P = NULL;
        TS_OK(K->gram_schmidt(&E, &r, NULL, NULL, NULL, B));
        for (size_t j = 0; j < 3; j++) {
            cr_assert_leq(fabs(rr_get(r, j, 0) / (rr_get(r1, j, 0) * c * c) - 1.0), 1e-14);
            for (size_t i = 0; i < 3; i++)
                cr_assert_leq(fabs(rr_get(E, i, j) - rr_get(E1, i, j) * c), 1e-12 * c);
        }
        TS_OK(K->qr(&Q, &R, B));
        assert_near(Q, Q1, 1e-14, "Q of a scaled matrix");
        ax_svals *S = NULL;
        TS_OK(K->svd(&S, B, NULL, NULL));
        cr_assert_eq(S->count, S1->count);
        for (size_t k = 0; k < S->count; k++)
            cr_assert_leq(fabs(S->approx[k] / (S1->approx[k] * c) - 1.0), 1e-14);
        TS_OK(K->polar(NULL, &P, B, NULL));
        for (size_t j = 0; j < 3; j++)
            for (size_t i = 0; i < 3; i++)
                cr_assert_leq(fabs(rr_get(P, i, j) / c - rr_get(P1, i, j)), 1e-13 * ts_maxnorm(P1),
                              "P of 2^%d A", e);
        ax_svals_free(S);
        FREE_ALL(B, E, r, Q, R, P);
    }
    /* beyond: ||e'_j||^2 of vectors of size 2^600 overflows, of size 2^-600 underflows */
    for (int sgn = -1; sgn <= 1; sgn += 2) {
        double c = ldexp(1.0, 600 * sgn), w[9];
        for (size_t i = 0; i < 9; i++)
            w[i] = v[i] * c;
        axle_matrix *B = mat(3, 3, w), *E = (axle_matrix *)1, *r = (axle_matrix *)1;
        assert_error(K->gram_schmidt(&E, &r, NULL, NULL, NULL, B), AXLE_ERANGE,
                     sgn < 0 ? "below the normal range" : "overflows");
        cr_assert_null(E);
        cr_assert_null(r);
        axle_matrix_free(B);
    }
    /* with G = 2^-700 I the coordinates L^T v_j = 2^-350 v_j of vectors of size 2^-740 underflow
     * to 0: that is the range of double, not a zero vector or a dependent list */
    double g[] = {0x1p-700, 0, 0, 0, 0x1p-700, 0, 0, 0, 0x1p-700}, w[9];
    for (size_t i = 0; i < 9; i++)
        w[i] = ldexp(v[i], -740);
    axle_matrix *G = mat(3, 3, g), *B = mat(3, 3, w), *E = (axle_matrix *)1, *r = (axle_matrix *)1;
    size_t dep = 99;
    assert_error(K->gram_schmidt(&E, &r, NULL, &dep, G, B), AXLE_ERANGE, "underflow the range");
    cr_assert_null(E);
    cr_assert_null(r);
    FREE_ALL(G, B);
    ax_svals_free(S1);
    FREE_ALL(A, E1, r1, Q1, R1, P1);
}
