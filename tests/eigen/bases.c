/* Bases in which a matrix is simple, over both fields, on the classroom cases and random
 * matrices with a known Jordan structure (fixed default seed): P^-1 A P = D, T, J reconstructs A
 * (A P = P X exactly over QQ, within a tolerance over RR), P invertible, the simple matrix of its
 * kind; AXLE_EDOMAIN exactly when the basis does not exist over the field; either output alone;
 * the Jordan form AXLE_EUNSUPPORTED over RR. */
#include "spectrum_helpers.h"

/* Whether every eigenvalue of E lies in its field (QQ: rational; RR: real). */
static bool all_in_field(const axle_eigen *E)
{
    for (size_t k = 0; k < axle_eigen_count(E); k++) {
        if (axle_eigen_field(E) == AXLE_RR) {
            if (!axle_eigen_is_real(E, k))
                return false;
            continue;
        }
        axle_algebraic *a = NULL;
        TS_OK(axle_eigen_value(&a, E, k));
        bool q = axle_algebraic_is_rational(a);
        axle_algebraic_free(a);
        if (!q)
            return false;
    }
    return true;
}

/* A P = P X and P invertible: exactly over QQ, within a tolerance over RR. */
static void assert_similar(const axle_matrix *A, const axle_matrix *P, const axle_matrix *X,
                           const char *name)
{
    size_t n = axle_matrix_rows(A), rank = 0;
    cr_assert_eq(axle_matrix_rows(P), n);
    cr_assert_eq(axle_matrix_cols(P), n);
    TS_OK(axle_matrix_rank(&rank, P));
    cr_assert_eq(rank, n, "%s: P is singular", name);
    axle_matrix *AP = ts_mul(A, P), *PX = ts_mul(P, X);
    cr_assert(ts_close(AP, PX, 1e-9 * (double)n), "%s: A P != P X (defect %g)", name,
              ts_defect(A, P, PX));
    axle_matrix_free(AP);
    axle_matrix_free(PX);
}

/* X's entries below the diagonal are zero, and above it too unless `upper` (bidiagonal: only
 * the first superdiagonal, with entries 0 or 1). 0 = diagonal, 1 = upper triangular, 2 =
 * Jordan. Tolerance over RR relative to ||X||. */
static void assert_shape(const axle_matrix *X, int kind, const char *name)
{
    size_t n = axle_matrix_rows(X);
    double tol = axle_matrix_field(X) == AXLE_QQ ? 0.0 : 1e-12 * fmax(1.0, ts_frob(X));
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            double x;
            TS_OK(axle_matrix_get_double(&x, X, i, j));
            if (i > j || (kind == 0 && i != j) || (kind == 2 && j > i + 1))
                cr_assert_leq(fabs(x), tol, "%s: entry (%zu, %zu) = %g", name, i, j, x);
            if (kind == 2 && j == i + 1)
                cr_assert(x == 0.0 || x == 1.0, "%s: superdiagonal %g", name, x);
        }
}

typedef axle_status (*basis_fn)(axle_matrix **, axle_matrix **, const axle_matrix *);

/* One basis function on A: success with the checks when `exists`, else AXLE_EDOMAIN; each
 * output alone gives the same matrix. `jordan` puts the simple matrix first (J, P). */
static void check_basis(basis_fn fn, const axle_matrix *A, bool exists, int kind, bool jordan,
                        const char *name)
{
    axle_matrix *X = NULL, *Y = NULL;
    axle_status s = fn(&X, &Y, A);
    if (!exists) {
        cr_assert_eq(s, AXLE_EDOMAIN, "%s: status %d (%s)", name, s, axle_error_message());
        cr_assert_null(X);
        cr_assert_null(Y);
        return;
    }
    cr_assert_eq(s, AXLE_OK, "%s: %s", name, axle_error_message());
    axle_matrix *P = jordan ? Y : X, *M = jordan ? X : Y;
    assert_shape(M, kind, name);
    assert_similar(A, P, M, name);
    axle_matrix *X1 = NULL, *Y1 = NULL;
    TS_OK(fn(&X1, NULL, A));
    TS_OK(fn(NULL, &Y1, A));
    cr_assert(ts_close(X1, X, 1e-12), "%s: first output alone differs", name);
    cr_assert(ts_close(Y1, Y, 1e-12), "%s: second output alone differs", name);
    axle_matrix_free(X1);
    axle_matrix_free(Y1);
    axle_matrix_free(X);
    axle_matrix_free(Y);
}

static void check_all(const axle_matrix *A, const char *name)
{
    axle_field F = axle_matrix_field(A);
    axle_eigen *E = eg_eigen(A);
    bool in = all_in_field(E);
    bool diag = axle_eigen_diagonalizable(E, F == AXLE_QQ ? AXLE_OVER_Q : AXLE_OVER_R);
    check_basis(axle_matrix_diagonalize, A, diag, 0, false, name);
    check_basis(axle_matrix_triangularize, A, in, 1, false, name);
    if (F == AXLE_QQ) {
        check_basis(axle_matrix_jordan, A, in, 2, true, name);
    } else {
        axle_matrix *J = (axle_matrix *)1, *P = (axle_matrix *)1;
        cr_assert_eq(axle_matrix_jordan(&J, &P, A), AXLE_EUNSUPPORTED);
        cr_assert(strstr(axle_error_message(), "QQ"), "%s", axle_error_message());
        cr_assert_null(J);
        cr_assert_null(P);
    }
    axle_eigen_unref(E);
}

FIELDS(bases, classroom)
{
    for (size_t i = 0; i < EG_NCASES; i++) {
        axle_matrix *A = eg_parse(*F, eg_cases[i].text);
        check_all(A, eg_cases[i].name);
        axle_matrix_free(A);
    }
}

FIELDS(bases, zero_by_zero)
{
    axle_matrix *A = ts_zero(*F, 0, 0), *X = NULL, *Y = NULL;
    TS_OK(axle_matrix_diagonalize(&X, &Y, A));
    cr_assert_eq(axle_matrix_rows(X), 0);
    cr_assert_eq(axle_matrix_cols(Y), 0);
    axle_matrix_free(X);
    axle_matrix_free(Y);
    TS_OK(axle_matrix_triangularize(&X, NULL, A));
    axle_matrix_free(X);
    TS_OK(axle_matrix_jordan(NULL, &Y, A));
    axle_matrix_free(Y);
    axle_matrix_free(A);
}

/* Q J Q^-1 for a block-diagonal J of Jordan blocks with small integer eigenvalues and a random
 * unimodular Q (integer inverse): the Jordan form is J up to the order of the blocks. */
static axle_matrix *known_jordan(ts_rng *r, axle_field F, size_t n)
{
    axle_matrix *J = ts_zero(AXLE_QQ, n, n);
    long lam = ts_range(r, -2, 2);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && ts_range(r, 0, 2) > 0) {
            axle_scalar *one = NULL;
            TS_OK(axle_scalar_from_int(&one, AXLE_QQ, 1));
            TS_OK(axle_matrix_set(J, i - 1, i, one));
            axle_scalar_free(one);
        } else if (i > 0) {
            lam = ts_range(r, -2, 2);
        }
        axle_scalar *l = NULL;
        TS_OK(axle_scalar_from_int(&l, AXLE_QQ, lam));
        TS_OK(axle_matrix_set(J, i, i, l));
        axle_scalar_free(l);
    }
    axle_matrix *Q = ts_random_rank(r, AXLE_QQ, n, n, n), *Qi = NULL;
    TS_OK(axle_matrix_inverse(&Qi, Q));
    axle_matrix *QJ = ts_mul(Q, J), *A = ts_mul(QJ, Qi), *out = NULL;
    TS_OK(axle_matrix_convert(&out, A, F));
    axle_matrix_free(J);
    axle_matrix_free(Q);
    axle_matrix_free(Qi);
    axle_matrix_free(QJ);
    axle_matrix_free(A);
    return out;
}

Test(bases, known_jordan_qq)
{
    ts_rng r = ts_rng_new("bases_known_jordan");
    for (int t = 0; t < 10; t++) {
        axle_matrix *A = known_jordan(&r, AXLE_QQ, 2 + (size_t)t % 5);
        check_all(A, "known Jordan structure");
        axle_matrix_free(A);
    }
}

FIELDS(bases, random)
{
    ts_rng r = ts_rng_new(*F == AXLE_QQ ? "bases_random_qq" : "bases_random_rr");
    for (int t = 0; t < 8; t++) {
        size_t n = 1 + (size_t)t % 5;
        axle_matrix *A = ts_random_int(&r, *F, n, n, -4, 4);
        check_all(A, "random");
        axle_matrix_free(A);
    }
}
