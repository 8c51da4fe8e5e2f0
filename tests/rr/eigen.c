/* The RR spectral kernels (src/rr/eigen*.c) called directly: eigenvalues and eigenvectors from
 * dsyevd / dgeev checked by A v = λ v (complex arithmetic for conjugate pairs) and against exact
 * values, the multiplicity judgements (Jordan blocks, repeated eigenvalues, identity, zero), the
 * strings, diagonalize and the real Schur form, and the error paths. RR is compared with a
 * tolerance, never byte for byte. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "backend.h"
#include "core/internal.h"
#include "rr/eigen_kernel.h"
#include "helpers.h"

#define TOL 1e-12

/* The RR spectrum of the row-major n x n doubles v, through the kernel with chi and mu from the
 * public polynomials (as the floor calls it). */
static ax_spectrum *spectrum_of(const axle_matrix *A)
{
    axle_poly *chi = NULL, *mu = NULL;
    TS_OK(axle_matrix_charpoly(&chi, A));
    TS_OK(axle_matrix_minpoly(&mu, A));
    ax_spectrum *S = NULL;
    axle_status s = ax_backend_rr.eigen(&S, A, chi, mu);
    cr_assert_eq(s, AXLE_OK, "eigen: %s", axle_error_message());
    cr_assert_not_null(S);
    cr_assert_eq(S->n, axle_matrix_rows(A));
    cr_assert_eq(S->count, axle_matrix_rows(A));
    axle_poly_free(chi);
    axle_poly_free(mu);
    return S;
}

static ax_spectrum *spectrum(size_t n, const double *v, axle_matrix **A)
{
    *A = rr_doubles(n, n, v);
    return spectrum_of(*A);
}

/* ||A v - λ v|| <= TOL max(1, ||A||_F) for every entry, with ||v|| = 1; conjugate pairs in
 * LAPACK's order (positive imaginary part first, the next entry its conjugate). */
static void check_pairs(const axle_matrix *A, const ax_spectrum *S)
{
    size_t n = S->n;
    double re[64], im[64];
    cr_assert_leq(n, 64);
    double scale = fmax(1.0, ts_frob(A));
    for (size_t k = 0; k < n; k++) {
        const ax_eigval *e = &S->vals[k];
        cr_assert_eq(e->nvec, 1);
        cr_assert_eq(e->real, e->im == 0.0);
        cr_assert_eq(e->in_field, e->real);
        cr_assert_eq(e->nblocks, 0);
        cr_assert_null(e->blocks);
        if (e->im > 0.0) {
            cr_assert_lt(k + 1, n);
            cr_assert_eq(S->vals[k + 1].re, e->re);
            cr_assert_eq(S->vals[k + 1].im, -e->im);
        }
        TS_OK(S->ops->vector_double(re, im, S->data, k, 0));
        double norm = 0.0, res = 0.0;
        for (size_t i = 0; i < n; i++) {
            norm += re[i] * re[i] + im[i] * im[i];
            double sr = 0.0, si = 0.0; /* (A v)_i */
            for (size_t j = 0; j < n; j++) {
                sr += rr_get(A, i, j) * re[j];
                si += rr_get(A, i, j) * im[j];
            }
            sr -= e->re * re[i] - e->im * im[i];
            si -= e->re * im[i] + e->im * re[i];
            res += sr * sr + si * si;
        }
        cr_assert_float_eq(norm, 1.0, 1e-12, "entry %zu: |v|^2 = %g", k, norm);
        cr_assert_lt(sqrt(res), TOL * scale, "entry %zu: |A v - l v| = %g", k, sqrt(res));
    }
}

/* The multiset of eigenvalues equals want (re, im pairs) within tol, in LAPACK's order. */
static void check_values(const ax_spectrum *S, const double *want_re, const double *want_im,
                         double tol)
{
    for (size_t k = 0; k < S->count; k++) {
        cr_assert_float_eq(S->vals[k].re, want_re[k], tol, "re %zu: %.17g", k, S->vals[k].re);
        cr_assert_float_eq(S->vals[k].im, want_im[k], tol, "im %zu: %.17g", k, S->vals[k].im);
    }
}

static void check_mult(const ax_spectrum *S, size_t k, size_t alg, size_t geo)
{
    cr_assert_eq(S->vals[k].alg, alg, "entry %zu: alg %zu, want %zu", k, S->vals[k].alg, alg);
    cr_assert_eq(S->vals[k].geo, geo, "entry %zu: geo %zu, want %zu", k, S->vals[k].geo, geo);
}

static void check_diag(const ax_spectrum *S, bool q, bool r, bool c)
{
    cr_assert_eq(S->diag[AXLE_OVER_Q], q);
    cr_assert_eq(S->diag[AXLE_OVER_R], r);
    cr_assert_eq(S->diag[AXLE_OVER_C], c);
}

Test(rr_eigen, symmetric_values_ascending_vectors_orthonormal)
{
    double v[] = {2, 1, 0, 1, 2, 1, 0, 1, 2};
    axle_matrix *A;
    ax_spectrum *S = spectrum(3, v, &A);
    double r2 = sqrt(2.0);
    check_values(S, (double[]){2 - r2, 2, 2 + r2}, (double[]){0, 0, 0}, TOL);
    check_pairs(A, S);
    double x[3][3], im[3];
    for (size_t k = 0; k < 3; k++)
        TS_OK(S->ops->vector_double(x[k], im, S->data, k, 0));
    for (size_t a = 0; a < 3; a++)
        for (size_t b = 0; b < 3; b++) {
            double dot = x[a][0] * x[b][0] + x[a][1] * x[b][1] + x[a][2] * x[b][2];
            cr_assert_float_eq(dot, a == b ? 1.0 : 0.0, TOL);
        }
    for (size_t k = 0; k < 3; k++)
        check_mult(S, k, 1, 1);
    check_diag(S, true, true, true);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, fibonacci_golden_ratio)
{
    /* Symmetric: dsyevd, (1 - √5)/2 then (1 + √5)/2. */
    double v[] = {1, 1, 1, 0};
    axle_matrix *A;
    ax_spectrum *S = spectrum(2, v, &A);
    double r5 = sqrt(5.0);
    check_values(S, (double[]){(1 - r5) / 2, (1 + r5) / 2}, (double[]){0, 0}, TOL);
    check_pairs(A, S);
    check_diag(S, true, true, true);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, general_real_spectrum_matches_exact)
{
    /* The companion matrix of (x - 1)(x - 2)(x - 3)(x - 4) = x^4 - 10x^3 + 35x^2 - 50x + 24. */
    double v[] = {0, 0, 0, -24, 1, 0, 0, 50, 0, 1, 0, -35, 0, 0, 1, 10};
    axle_matrix *A;
    ax_spectrum *S = spectrum(4, v, &A);
    check_pairs(A, S);
    double got[4];
    for (size_t k = 0; k < 4; k++) {
        cr_assert(S->vals[k].real);
        got[k] = S->vals[k].re;
        check_mult(S, k, 1, 1);
    }
    /* dgeev's order is its own: sort; the eigenvalues of a companion matrix are ill-conditioned
     * (the condition of the roots of the polynomial), hence the looser tolerance. */
    for (size_t a = 0; a < 4; a++)
        for (size_t b = a + 1; b < 4; b++)
            if (got[b] < got[a]) {
                double t = got[a];
                got[a] = got[b];
                got[b] = t;
            }
    for (size_t k = 0; k < 4; k++)
        cr_assert_float_eq(got[k], (double)(k + 1), 1e-9);
    check_diag(S, true, true, true);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, rotation_has_plus_minus_i)
{
    double v[] = {0, -1, 1, 0};
    axle_matrix *A;
    ax_spectrum *S = spectrum(2, v, &A);
    check_values(S, (double[]){0, 0}, (double[]){1, -1}, TOL);
    check_pairs(A, S);
    cr_assert(!S->vals[0].real);
    cr_assert(!S->vals[0].in_field);
    check_mult(S, 0, 1, 1);
    check_mult(S, 1, 1, 1);
    check_diag(S, false, false, true);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, complex_pair_in_a_larger_matrix)
{
    /* [[0, -1, 0], [1, 0, 0], [1, 2, 3]]: eigenvalues 3 and ±i, complex eigenvectors. */
    double v[] = {0, -1, 0, 1, 0, 0, 1, 2, 3};
    axle_matrix *A;
    ax_spectrum *S = spectrum(3, v, &A);
    check_pairs(A, S);
    size_t real = 0;
    for (size_t k = 0; k < 3; k++) {
        if (S->vals[k].real) {
            cr_assert_float_eq(S->vals[k].re, 3.0, TOL);
            real++;
        } else {
            cr_assert_float_eq(fabs(S->vals[k].im), 1.0, TOL);
            cr_assert_float_eq(S->vals[k].re, 0.0, TOL);
        }
        check_mult(S, k, 1, 1);
    }
    cr_assert_eq(real, 1);
    check_diag(S, false, false, true);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, jordan_block_is_defective)
{
    /* dgeev finds the repeated eigenvalue 2 exactly and two parallel eigenvectors. */
    double v[] = {2, 1, 0, 2};
    axle_matrix *A;
    ax_spectrum *S = spectrum(2, v, &A);
    check_values(S, (double[]){2, 2}, (double[]){0, 0}, TOL);
    check_mult(S, 0, 2, 1);
    check_mult(S, 1, 2, 1);
    check_diag(S, false, false, false);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, hidden_jordan_blocks_are_defective)
{
    /* P J P^-1 for unimodular integer P: rounding splits the eigenvalue into a cluster about
     * eps^(1/m) wide with eigenvectors as close; both are one to the tolerance. */
    /* J_2(3) conjugated by [[1, 1], [1, 2]]: [[2, 1], [-1, 4]]. */
    double v2[] = {2, 1, -1, 4};
    axle_matrix *A;
    ax_spectrum *S = spectrum(2, v2, &A);
    check_mult(S, 0, 2, 1);
    check_diag(S, false, false, false);
    ax_spectrum_free(S);
    axle_matrix_free(A);
    /* J_2(2) with 1e-18 below the diagonal: eigenvalues 2 +- 1e-9 with eigenvectors (1, +-1e-9)
     * normalised, whose smaller singular value 1.4e-9 is far above the field's eps-level rank
     * tolerance; to AXLE_EIGEN_RR_CLUSTER the values and the directions are one. */
    S = spectrum(2, (double[]){2, 1, 1e-18, 2}, &A);
    for (size_t k = 0; k < 2; k++) {
        cr_assert_float_eq(S->vals[k].re, 2.0, 1e-8);
        check_mult(S, k, 2, 1);
    }
    check_diag(S, false, false, false);
    ax_spectrum_free(S);
    axle_matrix_free(A);
    /* J_3(1) itself: dgeev keeps the exact triple eigenvalue and three parallel vectors. */
    S = spectrum(3, (double[]){1, 1, 0, 0, 1, 1, 0, 0, 1}, &A);
    for (size_t k = 0; k < 3; k++) {
        cr_assert_eq(S->vals[k].re, 1.0);
        check_mult(S, k, 3, 1);
    }
    check_diag(S, false, false, false);
    ax_spectrum_free(S);
    axle_matrix_free(A);
    /* J_3(1) conjugated by [[1, 1, 0], [0, 1, 1], [1, 1, 1]] (det 1): rounding spreads the
     * eigenvalue over about eps^(1/3) ||A|| (5e-6 here), which is beyond AXLE_EIGEN_RR_CLUSTER
     * ||A||_F = 2.6e-6: how it is grouped depends on the last bits (the documented limit of RR
     * multiplicities; QQ knows). Only what holds on every machine is checked. */
    S = spectrum(3, (double[]){1, 1, 0, -1, 1, 1, 0, 1, 1}, &A);
    for (size_t k = 0; k < 3; k++) {
        cr_assert_float_eq(S->vals[k].re, 1.0, 1e-4);
        cr_assert_float_eq(S->vals[k].im, 0.0, 1e-4);
        cr_assert_leq(S->vals[k].geo, S->vals[k].alg);
    }
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, repeated_eigenvalue_with_independent_vectors)
{
    /* diag(2, 2, 3) conjugated by [[1, 1, 0], [0, 1, 1], [1, 1, 1]]: not symmetric, the
     * eigenvalue 2 has two independent eigenvectors. */
    double v[] = {2, 0, 0, -1, 2, 1, -1, 0, 3};
    axle_matrix *A;
    ax_spectrum *S = spectrum(3, v, &A);
    check_pairs(A, S);
    for (size_t k = 0; k < 3; k++)
        if (fabs(S->vals[k].re - 2.0) < 1e-6)
            check_mult(S, k, 2, 2);
        else
            check_mult(S, k, 1, 1);
    check_diag(S, true, true, true);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, multiplicities_do_not_depend_on_scale)
{
    /* c diag-like [[1, 1], [0, 2]] has the simple eigenvalues c and 2c, c J_2(1) one double
     * defective one, whatever the scale c (the clustering tolerance is relative to ||A||_F). */
    const double scales[] = {1e-100, 1e-7, 1.0, 1e7, 1e100};
    for (size_t t = 0; t < 5; t++) {
        double c = scales[t];
        axle_matrix *A;
        ax_spectrum *S = spectrum(2, (double[]){c, c, 0, 2 * c}, &A);
        check_pairs(A, S);
        check_mult(S, 0, 1, 1);
        check_mult(S, 1, 1, 1);
        check_diag(S, true, true, true);
        ax_spectrum_free(S);
        axle_matrix_free(A);
        S = spectrum(2, (double[]){c, c, 0, c}, &A);
        check_mult(S, 0, 2, 1);
        check_mult(S, 1, 2, 1);
        check_diag(S, false, false, false);
        ax_spectrum_free(S);
        axle_matrix_free(A);
    }
}

/* Entries near DBL_MAX: ||A||_F overflows a double, and the clustering tolerance used to be
 * AXLE_EIGEN_RR_CLUSTER * inf, so 1e308 (1 ± i), two far-apart conjugates, came out as one
 * eigenvalue of algebraic multiplicity 2; an eigenvalue beyond a double (2e308) was
 * AXLE_ENOCONV, as if LAPACK had not converged: now AXLE_ERANGE. */
Test(rr_eigen, entries_near_the_largest_double)
{
    axle_matrix *A = rr_doubles(2, 2, (double[]){1e308, -1e308, 1e308, 1e308});
    ax_spectrum *S = NULL;
    axle_status s = ax_backend_rr.eigen(&S, A, NULL, NULL);
    cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
    check_values(S, (double[]){1e308, 1e308}, (double[]){1e308, -1e308}, 1e294);
    check_mult(S, 0, 1, 1);
    check_mult(S, 1, 1, 1);
    check_diag(S, false, false, true);
    ax_spectrum_free(S);
    axle_matrix_free(A);

    A = rr_doubles(2, 2, (double[]){1e308, 1e308, 1e308, 1e308});
    S = (ax_spectrum *)1;
    s = ax_backend_rr.eigen(&S, A, NULL, NULL);
    cr_assert_eq(s, AXLE_ERANGE, "%d: %s", s, axle_error_message());
    cr_assert_null(S);
    cr_assert(strstr(axle_error_message(), "beyond the range of a double"), "%s",
              axle_error_message());
    axle_matrix_free(A);
}

Test(rr_eigen, identity_zero_and_one_by_one)
{
    axle_matrix *Id = ts_identity(AXLE_RR, 5);
    ax_spectrum *S = spectrum_of(Id);
    for (size_t k = 0; k < 5; k++) {
        cr_assert_float_eq(S->vals[k].re, 1.0, TOL);
        check_mult(S, k, 5, 5);
    }
    check_diag(S, true, true, true);
    ax_spectrum_free(S);
    axle_matrix_free(Id);

    axle_matrix *Z = ts_zero(AXLE_RR, 3, 3);
    S = spectrum_of(Z);
    for (size_t k = 0; k < 3; k++) {
        cr_assert_eq(S->vals[k].re, 0.0);
        check_mult(S, k, 3, 3);
    }
    check_diag(S, true, true, true);
    ax_spectrum_free(S);
    axle_matrix_free(Z);

    axle_matrix *A;
    S = spectrum(1, (double[]){-7.5}, &A);
    check_values(S, (double[]){-7.5}, (double[]){0}, 0.0);
    check_mult(S, 0, 1, 1);
    double re, im;
    TS_OK(S->ops->vector_double(&re, &im, S->data, 0, 0));
    cr_assert_float_eq(fabs(re), 1.0, TOL);
    cr_assert_eq(im, 0.0);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, random_general_matrices)
{
    ts_rng r = ts_rng_new("rr_eigen.random_general_matrices");
    for (int t = 0; t < 20; t++) {
        size_t n = (size_t)ts_range(&r, 1, 12);
        axle_matrix *A = ts_random_int(&r, AXLE_RR, n, n, -10, 10);
        ax_spectrum *S = spectrum_of(A);
        check_pairs(A, S);
        /* trace = Σ λ, and the algebraic multiplicities count each entry once per group. */
        double tr = 0.0, sum = 0.0;
        for (size_t k = 0; k < n; k++) {
            tr += rr_get(A, k, k);
            sum += S->vals[k].re;
            cr_assert_geq(S->vals[k].alg, 1);
            cr_assert_leq(S->vals[k].geo, S->vals[k].alg);
        }
        cr_assert_float_eq(sum, tr, 1e-10 * fmax(1.0, ts_frob(A)));
        ax_spectrum_free(S);
        axle_matrix_free(A);
    }
}

Test(rr_eigen, strings)
{
    /* [[0, -1], [1, 1]]: (1 ± i√3)/2. */
    axle_matrix *A;
    ax_spectrum *S = spectrum(2, (double[]){0, -1, 1, 1}, &A);
    char *s = NULL;
    double h = sqrt(3.0) / 2;
    TS_OK(S->ops->value_string(&s, S->data, 0, AXLE_FORMAT_TEXT));
    ts_assert_numbers(s, "# + #i", (double[]){0.5, h}, 2, 1e-9);
    cr_assert(strstr(s, "0.8660254038"), "%s", s); /* 10 significant digits */
    axle_free(s);
    TS_OK(S->ops->value_string(&s, S->data, 1, AXLE_FORMAT_UNICODE));
    ts_assert_numbers(s, "# \xe2\x88\x92 #i", (double[]){0.5, h}, 2, 1e-9);
    axle_free(s);
    TS_OK(S->ops->value_string(&s, S->data, 1, AXLE_FORMAT_JSON));
    ts_assert_numbers(s, "{\"re\":#,\"im\":#}", (double[]){0.5, -h}, 2, 1e-15);
    axle_free(s);
    TS_OK(S->ops->vectors_string(&s, S->data, 0, AXLE_FORMAT_JSON));
    cr_assert(!strncmp(s, "[[{\"re\":", 8), "%s", s);
    axle_free(s);
    TS_OK(S->ops->vectors_string(&s, S->data, 0, AXLE_FORMAT_TEXT));
    cr_assert(s[0] == '(' && s[strlen(s) - 1] == ')' && strchr(s, 'i'), "%s", s);
    axle_free(s);
    cr_assert_null(S->ops->value_exact);
    cr_assert_null(S->ops->eigenspace_exact);
    cr_assert_null(S->ops->chains_exact);
    ax_spectrum_free(S);
    axle_matrix_free(A);

    S = spectrum(2, (double[]){2, 1, 1, 2}, &A); /* 1, 3; vectors (1, -1)/√2, (1, 1)/√2 */
    TS_OK(S->ops->value_string(&s, S->data, 1, AXLE_FORMAT_TEXT));
    ts_assert_numbers(s, "#", (double[]){3}, 1, 1e-12);
    axle_free(s);
    double r = 1 / sqrt(2.0);
    TS_OK(S->ops->vectors_string(&s, S->data, 1, AXLE_FORMAT_TEXT));
    ts_assert_numbers(s, "(#, #)", (double[]){r, r}, 2, 1e-9);
    axle_free(s);
    TS_OK(S->ops->vectors_string(&s, S->data, 1, AXLE_FORMAT_JSON));
    ts_assert_numbers(s, "[[#,#]]", (double[]){r, r}, 2, 1e-15);
    axle_free(s);
    TS_OK(S->ops->vectors_string(&s, S->data, 1, AXLE_FORMAT_LATEX));
    ts_assert_numbers(s, "\\begin{pmatrix} # \\\\ # \\end{pmatrix}", (double[]){r, r}, 2, 1e-9);
    axle_free(s);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

/* P^-1 A P = D: A P = P D and P invertible. */
static void check_diagonalize(const axle_matrix *A)
{
    ax_spectrum *S = spectrum_of(A);
    axle_matrix *P = NULL, *D = NULL;
    axle_status s = ax_backend_rr.diagonalize(&P, &D, A, S);
    cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
    size_t n = axle_matrix_rows(A);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            if (i != j)
                cr_assert_eq(rr_get(D, i, j), 0.0);
    axle_matrix *PD = ts_mul(P, D);
    cr_assert_lt(ts_defect(A, P, PD), TOL);
    cr_assert_gt(fabs(rr_det(P)), 1e-6);
    axle_matrix_free(PD);
    axle_matrix_free(P);
    /* Either output alone. */
    TS_OK(ax_backend_rr.diagonalize(NULL, &P, A, S));
    cr_assert(ts_close(P, D, 0.0));
    axle_matrix_free(P);
    axle_matrix_free(D);
    ax_spectrum_free(S);
}

Test(rr_eigen, diagonalize_reconstructs)
{
    axle_matrix *A = rr_doubles(3, 3, (double[]){2, 1, 0, 1, 2, 1, 0, 1, 2});
    check_diagonalize(A);
    axle_matrix_free(A);
    A = rr_doubles(3, 3, (double[]){2, 0, 0, -1, 2, 1, -1, 0, 3});
    check_diagonalize(A);
    axle_matrix_free(A);
    A = ts_identity(AXLE_RR, 4);
    check_diagonalize(A);
    axle_matrix_free(A);
}

Test(rr_eigen, diagonalize_checks_the_residual)
{
    /* An eigenvector spoiled behind the kernel's back (as a LAPACK failure would leave it) fails
     * the residual check along the sign vectors: AXLE_ENOCONV, no outputs. */
    axle_matrix *A, *P = (axle_matrix *)1, *D = (axle_matrix *)1;
    ax_spectrum *S = spectrum(3, (double[]){2, 1, 0, 1, 2, 1, 0, 1, 2}, &A);
    ((ax_rr_spec *)S->data)->v[4] += 1e-6;
    axle_status st = ax_backend_rr.diagonalize(&P, &D, A, S);
    cr_assert_eq(st, AXLE_ENOCONV, "%d: %s", st, axle_error_message());
    cr_assert_null(P);
    cr_assert_null(D);
    cr_assert(strstr(axle_error_message(), "dsyevd"), "%s", axle_error_message());
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

static void expect_edomain(axle_status s, axle_matrix *P, axle_matrix *Q, const char *part)
{
    cr_assert_eq(s, AXLE_EDOMAIN, "%d: %s", s, axle_error_message());
    cr_assert_null(P);
    cr_assert_null(Q);
    cr_assert(strstr(axle_error_message(), part), "%s", axle_error_message());
}

Test(rr_eigen, diagonalize_refuses_complex_and_defective)
{
    axle_matrix *A, *P = (axle_matrix *)1, *D = (axle_matrix *)1;
    axle_status st;
    ax_spectrum *S = spectrum(2, (double[]){0, -1, 1, 0}, &A);
    st = ax_backend_rr.diagonalize(&P, &D, A, S);
    expect_edomain(st, P, D, "\xc2\xb1");
    cr_assert(strstr(axle_error_message(), "not real"));
    ax_spectrum_free(S);
    axle_matrix_free(A);
    S = spectrum(2, (double[]){2, 1, 0, 2}, &A);
    st = ax_backend_rr.diagonalize(&P, &D, A, S);
    expect_edomain(st, P, D,
                   "the eigenvalue 2 (algebraic multiplicity 2) has only 1 independent "
                   "eigenvector");
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

/* A = P T P^T with P orthogonal and T upper triangular (exact zeros below the diagonal). */
static void check_schur(const axle_matrix *A)
{
    ax_spectrum *S = spectrum_of(A);
    axle_matrix *P = NULL, *T = NULL;
    axle_status s = ax_backend_rr.triangularize(&P, &T, A, S);
    cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
    size_t n = axle_matrix_rows(A);
    for (size_t j = 0; j < n; j++)
        for (size_t i = j + 1; i < n; i++)
            cr_assert_eq(rr_get(T, i, j), 0.0);
    axle_matrix *Pt = ts_transpose(P), *Id = ts_identity(AXLE_RR, n);
    cr_assert_lt(ts_defect(Pt, P, Id), TOL);
    axle_matrix *PT = ts_mul(P, T);
    cr_assert_lt(ts_defect(A, P, PT), TOL); /* A P = P T */
    axle_matrix_free(PT);
    axle_matrix_free(Pt);
    axle_matrix_free(Id);
    axle_matrix_free(P);
    axle_matrix_free(T);
    /* Without a spectrum, and one output alone. */
    TS_OK(ax_backend_rr.triangularize(NULL, &T, A, NULL));
    axle_matrix_free(T);
    ax_spectrum_free(S);
}

Test(rr_eigen, triangularize_real_schur)
{
    axle_matrix *A =
        rr_doubles(4, 4, (double[]){0, 0, 0, -24, 1, 0, 0, 50, 0, 1, 0, -35, 0, 0, 1, 10});
    check_schur(A);
    axle_matrix_free(A);
    A = rr_doubles(2, 2, (double[]){2, 1, 0, 2}); /* defective: still triangular */
    check_schur(A);
    axle_matrix_free(A);
    ts_rng r = ts_rng_new("rr_eigen.triangularize_real_schur");
    A = ts_random_int(&r, AXLE_RR, 6, 6, -10, 10);
    axle_matrix *At = ts_transpose(A), *B = ts_mul(At, A); /* symmetric: real spectrum */
    check_schur(B);
    axle_matrix_free(A);
    axle_matrix_free(At);
    axle_matrix_free(B);
}

Test(rr_eigen, triangularize_refuses_complex)
{
    axle_matrix *A, *P = (axle_matrix *)1, *T = (axle_matrix *)1;
    axle_status st;
    ax_spectrum *S = spectrum(3, (double[]){0, -1, 0, 1, 0, 0, 1, 2, 3}, &A);
    st = ax_backend_rr.triangularize(&P, &T, A, S);
    expect_edomain(st, P, T, "no upper-triangular basis over RR");
    cr_assert(strstr(axle_error_message(), "\xc2\xb1"), "%s", axle_error_message());
    /* Without the spectrum, dgees finds the 2 x 2 block. */
    P = T = (axle_matrix *)1;
    st = ax_backend_rr.triangularize(&P, &T, A, NULL);
    expect_edomain(st, P, T, "not real");
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(rr_eigen, non_finite_input)
{
    axle_matrix *A = ts_identity(AXLE_RR, 3);
    size_t ld;
    axle_matrix_rr_data(A, &ld)[1 + 2 * ld] = NAN;
    ax_spectrum *S = (ax_spectrum *)1;
    axle_status s = ax_backend_rr.eigen(&S, A, NULL, NULL);
    cr_assert_eq(s, AXLE_EDOMAIN);
    cr_assert_null(S);
    cr_assert(strstr(axle_error_message(), "entry (1, 2)"), "%s", axle_error_message());
    axle_matrix *P = (axle_matrix *)1, *T = (axle_matrix *)1;
    axle_status st = ax_backend_rr.triangularize(&P, &T, A, NULL);
    expect_edomain(st, P, T, "not finite");
    axle_matrix_free(A);
}

Test(rr_eigen, out_of_memory_leaves_nothing)
{
    /* Fail the k-th allocation for every k until the kernels succeed (LAPACKE's own workspace
     * is not hooked): each failure is AXLE_ENOMEM with NULL outputs (ASan checks the leaks). */
    const double v[][9] = {
        {2, 1, 0, 1, 2, 1, 0, 1, 2}, {0, -1, 0, 1, 0, 0, 1, 2, 3}, {2, 0, 0, -1, 2, 1, -1, 0, 3}};
    for (size_t c = 0; c < 3; c++) {
        axle_matrix *A = rr_doubles(3, 3, v[c]);
        for (unsigned long k = 1;; k++) {
            ax_spectrum *S = NULL;
            axle_matrix *P = NULL, *D = NULL;
            ax_oom_fail_at(k, false);
            axle_status s = ax_backend_rr.eigen(&S, A, NULL, NULL);
            if (s)
                cr_assert_null(S);
            else
                s = c == 1 ? ax_backend_rr.triangularize(&P, &D, A, NULL)
                           : ax_backend_rr.diagonalize(&P, &D, A, S);
            bool fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            if (!fired) {
                cr_assert_eq(s, c == 1 ? AXLE_EDOMAIN : AXLE_OK, "%s", axle_error_message());
                ax_spectrum_free(S);
                axle_matrix_free(P);
                axle_matrix_free(D);
                break;
            }
            cr_assert_eq(s, AXLE_ENOMEM, "case %zu, allocation %lu: %d", c, k, s);
            cr_assert_null(P);
            cr_assert_null(D);
            ax_spectrum_free(S);
        }
        axle_matrix_free(A);
    }
}
