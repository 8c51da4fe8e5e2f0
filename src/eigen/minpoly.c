/* Minimal polynomials by Krylov dependences (Axler 5.22 and 5.24, written once for both fields).
 *
 * The minimal polynomial of A at v is the first linear dependence among v, Av, A²v, ...; that of
 * A is the first dependence among I, A, A², ... as vectors of F^(n×n). Both are one routine: a
 * Krylov sequence X_0, X_1 = A X_0, ... of n x c matrices (c = 1 for a vector, n for the powers),
 * flattened column by column into the columns of K = [vec X_0 | vec X_1 | ... | vec X_m]. The
 * first non-pivot column j of rref(K) is the first X_j in the span of the earlier ones, and its
 * entries are the coefficients: X_j = sum_(t<j) R[t][j] X_t, so p = x^j - sum R[t][j] x^t. The
 * number of columns doubles until a dependence shows, so at most twice the needed work is done.
 *
 * Exact fields: R is exact, so is p. Other fields (RR): each X_k is scaled by its largest entry
 * nu_k before it joins K (so that the RREF's rank decision compares columns of like size), and
 * the coefficients are scaled back: A^j v = sum R[t][j] (nu_(t+1) ... nu_j) A^t v.
 *
 * The minimal polynomial of A: first the dependence at a fixed vector v (entries from a fixed
 * pseudo-random sequence in [-9, 9]); its degree d is at most deg of the minimal polynomial, and
 * when d = n it is the minimal polynomial (it divides it, both monic of degree n); over RR it is
 * then taken from the charpoly kernel, whose coefficients are those of a nearby matrix, where the
 * Krylov ones can be far off. Otherwise the powers of A from I on, whose first dependence is at
 * degree >= d. */
#include <math.h>
#include <stdlib.h>

#include "eigen_internal.h"

typedef struct krylov {
    const axle_matrix *A;
    bool normalise;
    size_t len, cap;
    axle_matrix **X;
    double *nu;  /* X_k = A X_(k-1) / nu[k] (nu[0]: X_0 = x0 / nu[0]) */
    double bits; /* exact fields: the bound on the storage of the products so far */
} krylov;

static void krylov_clear(krylov *K)
{
    for (size_t k = 0; k < K->len; k++)
        axle_matrix_free(K->X[k]);
    free(K->X);
    free(K->nu);
}

/* Scale Y by its largest entry when normalising (Y is consumed; *out the result). */
static axle_status normalise(axle_matrix **out, double *nu, const krylov *K, axle_matrix *Y)
{
    *nu = 1.0;
    *out = Y;
    if (!K->normalise)
        return AXLE_OK;
    double m = 0.0;
    for (size_t i = 0; i < Y->rows; i++)
        for (size_t j = 0; j < Y->cols; j++) {
            double y;
            axle_status s = axle_matrix_get_double(&y, Y, i, j);
            if (s) {
                axle_matrix_free(Y);
                *out = NULL;
                return s;
            }
            m = fmax(m, fabs(y));
        }
    if (m == 0.0 || m == 1.0)
        return AXLE_OK;
    /* 1 / m overflows when m is below 2^-1024 (subnormal entries): then by 2^600 first */
    bool tiny = m < 0x1p-1000;
    axle_scalar *c;
    axle_status s = axle_scalar_from_double(&c, Y->field, tiny ? 0x1p600 : 1.0 / m);
    if (!s) {
        s = axle_matrix_scale(out, c, Y);
        axle_scalar_free(c);
    }
    axle_matrix_free(Y);
    if (s) {
        *out = NULL;
        return s;
    }
    if (tiny) {
        Y = *out;
        *out = NULL;
        if (!(s = axle_scalar_from_double(&c, Y->field, 1.0 / (m * 0x1p600)))) {
            s = axle_matrix_scale(out, c, Y);
            axle_scalar_free(c);
        }
        axle_matrix_free(Y);
        if (s) {
            *out = NULL;
            return s;
        }
    }
    *nu = m;
    return AXLE_OK;
}

/* Append the next X to the sequence (the first call appends X_0 = x0). */
static axle_status krylov_push(krylov *K, const axle_matrix *x0)
{
    if (K->len == K->cap) {
        size_t cap = K->cap ? 2 * K->cap : 8;
        axle_matrix **X = ax_calloc(cap, sizeof *X);
        double *nu = ax_calloc(cap, sizeof *nu);
        if (!X || !nu) {
            free(X);
            free(nu);
            return ax_nomem();
        }
        for (size_t k = 0; k < K->len; k++) {
            X[k] = K->X[k];
            nu[k] = K->nu[k];
        }
        free(K->X);
        free(K->nu);
        K->X = X;
        K->nu = nu;
        K->cap = cap;
    }
    axle_matrix *Y;
    axle_status s;
    if (K->len == 0)
        s = axle_matrix_copy(&Y, x0);
    else {
        const axle_matrix *P = K->X[K->len - 1];
        K->bits += (double)ax_matrix_product_bits(K->A, P);
        if (K->bits > (double)AXLE_POLY_MAX_BITS)
            return ax_error(AXLE_ERANGE,
                            "the Krylov sequence of the minimal polynomial could take more than "
                            "AXLE_POLY_MAX_BITS = %ld bits at power %zu",
                            (long)AXLE_POLY_MAX_BITS, K->len);
        s = axle_matrix_mul(&Y, K->A, P);
    }
    if (s || (s = normalise(&K->X[K->len], &K->nu[K->len], K, Y)))
        return s;
    K->len++;
    return AXLE_OK;
}

/* K = [vec X_0 | ... | vec X_(m-1)], each X flattened column by column. */
static axle_status krylov_matrix(axle_matrix **out, const krylov *K, size_t m)
{
    const axle_matrix *X0 = K->X[0];
    size_t n = X0->rows, c = X0->cols;
    axle_status s = ax_matrix_alloc(out, X0->field, n * c, m);
    for (size_t k = 0; k < m && !s; k++)
        for (size_t j = 0; j < c && !s; j++) {
            axle_matrix *col;
            if (!(s = ax_matrix_block(&col, K->X[k], 0, n, j, 1))) {
                s = ax_matrix_paste(*out, j * n, k, col);
                axle_matrix_free(col);
            }
        }
    if (s) {
        axle_matrix_free(*out);
        *out = NULL;
    }
    return s;
}

/* p = x^j - sum_(t<j) R[t][j] (nu_(t+1) ... nu_j) x^t. */
static axle_status dependence_poly(axle_poly **out, const krylov *K, const axle_matrix *R, size_t j)
{
    axle_field F = R->field;
    axle_scalar **c = ax_calloc(j + 1, sizeof *c);
    if (!c)
        return ax_nomem();
    axle_status s = axle_scalar_from_int(&c[j], F, 1);
    for (size_t t = 0; t < j && !s; t++) {
        axle_scalar *r = NULL, *f = NULL, *rf = NULL;
        double ratio = 1.0;
        for (size_t k = t + 1; k <= j; k++)
            ratio *= K->nu[k];
        if (!isfinite(ratio))
            s = ax_error(AXLE_ERANGE,
                         "a coefficient of the minimal polynomial is beyond the range of a double");
        if (!s && !(s = axle_matrix_get(&r, R, t, j))) {
            if (ratio != 1.0 && !(s = axle_scalar_from_double(&f, F, ratio)) &&
                !(s = axle_scalar_mul(&rf, r, f)))
                s = axle_scalar_neg(&c[t], rf);
            else if (ratio == 1.0)
                s = axle_scalar_neg(&c[t], r);
        }
        axle_scalar_free(r);
        axle_scalar_free(f);
        axle_scalar_free(rf);
    }
    if (!s)
        s = axle_poly_from_scalars(out, F, j + 1, (const axle_scalar *const *)c);
    for (size_t t = 0; t <= j; t++)
        axle_scalar_free(c[t]);
    free(c);
    return s;
}

/* The first dependence in the Krylov sequence of A from x0, looked for at degrees lo.. hi (there is
 * none below lo). *out NULL (status AXLE_OK) when none was found up to hi. */
static axle_status krylov_dependence(axle_poly **out, const axle_matrix *A, const axle_matrix *x0,
                                     size_t lo, size_t hi)
{
    *out = NULL;
    krylov K = {.A = A, .normalise = !ax_poly_kernels_of(A->field)->exact};
    size_t *piv = ax_calloc(hi + 1, sizeof *piv);
    axle_status s = piv ? AXLE_OK : ax_nomem();
    size_t m = lo < 1 ? 1 : lo; /* the highest power in K */
    if (m > hi)
        m = hi;
    while (!s) {
        while (!s && K.len < m + 1)
            s = krylov_push(&K, x0);
        axle_matrix *Km = NULL, *R = NULL;
        size_t rank = 0;
        if (!s && !(s = krylov_matrix(&Km, &K, m + 1)))
            s = axle_matrix_rref(&R, piv, &rank, Km);
        axle_matrix_free(Km);
        if (!s && rank < m + 1) {
            size_t j = 0;
            while (j < rank && piv[j] == j)
                j++;
            s = dependence_poly(out, &K, R, j);
            axle_matrix_free(R);
            break;
        }
        axle_matrix_free(R);
        if (s || m >= hi)
            break;
        m = 2 * m < hi ? 2 * m : hi;
    }
    free(piv);
    krylov_clear(&K);
    return s;
}

static axle_status one(axle_poly **out, axle_field F)
{
    return axle_poly_monomial(out, F, 0);
}

axle_status ax_eigen_check_square(const axle_matrix *A, const char *what)
{
    if (A->rows != A->cols)
        return ax_error(AXLE_EDIM, "%s needs a square matrix, got %zux%zu", what, A->rows, A->cols);
    if (A->rows > AXLE_EIGEN_MAX_DIM)
        return ax_error(AXLE_ERANGE,
                        "%s of a %zux%zu matrix is refused: n is above the limit "
                        "AXLE_EIGEN_MAX_DIM = %d",
                        what, A->rows, A->cols, AXLE_EIGEN_MAX_DIM);
    return AXLE_OK;
}

static axle_status minpoly_vector(axle_poly **out, const axle_matrix *A, const axle_matrix *v)
{
    if (A->rows == 0)
        return one(out, A->field);
    axle_status s = krylov_dependence(out, A, v, 1, A->rows);
    if (!s && !*out) /* cannot happen: n + 1 vectors of F^n are dependent */
        s = ax_error(AXLE_ENOCONV, "no dependence among the Krylov vectors was found");
    return s;
}

/* A fixed vector with entries from a fixed pseudo-random sequence in [-9, 9] (never all zero). */
static axle_status start_vector(axle_matrix **out, axle_field F, size_t n)
{
    long *e = ax_calloc(n, sizeof *e);
    if (!e)
        return ax_nomem();
    uint64_t x = 0x9e3779b97f4a7c15u;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        e[i] = (long)(x % 19) - 9;
    }
    e[0] = e[0] ? e[0] : 1;
    axle_status s = axle_matrix_from_ints(out, F, n, 1, e);
    free(e);
    return s;
}

static axle_status minpoly(axle_poly **out, const axle_matrix *A)
{
    size_t n = A->rows;
    if (n == 0)
        return one(out, A->field);
    axle_matrix *v = NULL, *I = NULL;
    axle_poly *p = NULL;
    axle_status s = start_vector(&v, A->field, n);
    if (!s)
        s = minpoly_vector(&p, A, v);
    axle_matrix_free(v);
    if (!s && axle_poly_degree(p) == (long)n && !ax_poly_kernels_of(A->field)->exact) {
        /* The answer is chi_A. Inexact fields take it from the charpoly kernel (backward
         * stable), not from the Krylov coefficients, which carry the condition of v, Av, ...,
         * A^n v (diag(1, 1 + 1e-10): 7.6e-7 off). */
        axle_poly_free(p);
        return ax_matrix_charpoly(out, A);
    }
    if (s || axle_poly_degree(p) == (long)n) {
        *out = p;
        return s;
    }
    size_t lo = (size_t)axle_poly_degree(p);
    axle_poly_free(p);
    if ((s = axle_matrix_identity(&I, A->field, n)))
        return s;
    s = krylov_dependence(out, A, I, lo, n);
    axle_matrix_free(I);
    /* Only a tolerance decision (RR) can find I, A, ..., A^n independent; Cayley-Hamilton
     * answers then. */
    if (!s && !*out)
        s = ax_matrix_charpoly(out, A);
    return s;
}

axle_status axle_matrix_minpoly(axle_poly **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = ax_eigen_check_square(A, "the minimal polynomial")))
        return s;
    return minpoly(out, A);
}

axle_status axle_matrix_minpoly_vector(axle_poly **out, const axle_matrix *A, const axle_matrix *v)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = ax_check_matrix(v, "v")) ||
        (s = ax_check_same_field(A, v, "A", "v")) ||
        (s = ax_eigen_check_square(A, "the minimal polynomial of a vector")))
        return s;
    if (v->rows != A->rows || v->cols != 1)
        return ax_error(AXLE_EDIM, "v must be a %zux1 column for a %zux%zu matrix, got %zux%zu",
                        A->rows, A->rows, A->cols, v->rows, v->cols);
    return minpoly_vector(out, A, v);
}

axle_status axle_map_minpoly(axle_poly **out, const axle_map *T)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_status s;
    if ((s = ax_eigen_operator_matrix(&M, T, "the minimal polynomial")) ||
        (s = ax_eigen_check_square(M, "the minimal polynomial")))
        return s;
    return minpoly(out, M);
}

axle_status axle_map_minpoly_vector(axle_poly **out, const axle_map *T, const axle_vector *v)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_status s;
    if ((s = ax_eigen_operator_matrix(&M, T, "the minimal polynomial of a vector")) ||
        (s = ax_eigen_check_square(M, "the minimal polynomial of a vector")))
        return s;
    if (!v)
        return ax_error(AXLE_EINVAL, "v is NULL; a vector is required");
    axle_vector *fixed = NULL;
    axle_matrix *c = NULL;
    if ((s = ax_map_vector_in(&fixed, T->V, v, "v")) ||
        (s = axle_vector_coords(&c, fixed ? fixed : v)))
        goto done;
    s = minpoly_vector(out, M, c);
done:
    axle_matrix_free(c);
    axle_vector_unref(fixed);
    return s;
}
