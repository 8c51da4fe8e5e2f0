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
        axle_matrix *H = rr_hilbert(AXLE_RR, n), *H0 = ts_copy(H), *L = NULL, *D = NULL;
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
        axle_matrix *list[] = {A, L, D, D2, LD, Lt, P, C, Ct, CCt};
        for (size_t i = 0; i < sizeof list / sizeof *list; i++)
            axle_matrix_free(list[i]);
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
    axle_matrix *list[] = {A, Z, T, N, F, D};
    for (size_t i = 0; i < sizeof list / sizeof *list; i++)
        axle_matrix_free(list[i]);
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
    axle_matrix *list[] = {V, V0, We, E, rv, Rp, E2, r2};
    for (size_t i = 0; i < sizeof list / sizeof *list; i++)
        axle_matrix_free(list[i]);
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
    axle_matrix *list[] = {G, G0, V, We, E, rv, Rp};
    for (size_t i = 0; i < sizeof list / sizeof *list; i++)
        axle_matrix_free(list[i]);
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
            axle_matrix *list[] = {A, A0, Q, R, QtQ, I, QR};
            for (size_t i = 0; i < sizeof list / sizeof *list; i++)
                axle_matrix_free(list[i]);
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
