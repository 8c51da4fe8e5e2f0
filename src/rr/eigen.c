/* The RR eigen kernel: LAPACKE_dsyevd for exactly symmetric input (real eigenvalues ascending,
 * orthonormal eigenvectors), LAPACKE_dgeev otherwise (right eigenvectors, complex conjugate pairs
 * with the positive imaginary part first), on one packed copy of A (LAPACK overwrites its input;
 * dsyevd leaves the eigenvectors in it). Both routines balance or scale A themselves, so no
 * scaling copy is needed, and both are called through LAPACKE's _work interface: the kernel's
 * one pass over A (finiteness, largest entry) replaces LAPACKE's NaN check. Besides LAPACK's
 * O(n^3), the kernel reads A three times (that pass, the symmetry test, the Frobenius norm) and
 * copies it once.
 *
 * Multiplicities are judgements at a documented tolerance (include/axle/eigen.h): entries whose
 * distance is at most tau = AXLE_EIGEN_RR_CLUSTER ||A||_F are linked, and the groups are
 * the connected components (single linkage), found by sorting on the real part and comparing each
 * entry with the following ones whose real part lies within tau: O(n log n) for separated
 * eigenvalues, O(n^2) at worst. alg is the size of an entry's group; geo the numerical rank of
 * the group's eigenvectors, one SVD per group of two or more entries (none for dsyevd, whose
 * vectors are orthonormal: geo = alg). The rank counts singular values above tol sigma_max with
 * tol the larger of the field's tolerance (include/axle/field.h) and AXLE_EIGEN_RR_CLUSTER: the
 * eigenvectors LAPACK finds for a defective eigenvalue of multiplicity m perturbed by rounding
 * differ by angles of the order of the eigenvalues' own spread (about eps^(1/m)), so a group
 * whose eigenvalues are one value to the tolerance counts vectors that are one direction to the
 * same tolerance as one. A complex group's n x m vectors X + iY have the rank of half their real
 * 2n x 2m embedding [X -Y; Y X] (whose singular values are those of X + iY, each twice). */
#include <stdlib.h>
#include <string.h>

#include "eigen_kernel.h"

/* c times the Frobenius norm when the largest magnitude is big: plain squares unless they could
 * overflow or underflow (at most AXLE_MATRIX_MAX_ENTRIES < 2^32 terms below 2^960 each),
 * otherwise scaled by big; c joins before the scale comes back, so that a small c keeps c ||A||_F
 * finite when ||A||_F itself is beyond a double (entries near 1e308). */
static double frobenius_big(const double *a, size_t rows, size_t cols, size_t ld, double big,
                            double c)
{
    if (big == 0.0)
        return 0.0;
    double scale = big > 0x1p480 || big < 0x1p-480 ? big : 1.0;
    double inv = 1.0 / scale, sum = 0.0;
    for (size_t j = 0; j < cols; j++)
        for (size_t i = 0; i < rows; i++) {
            double t = a[i + j * ld] * inv;
            sum += t * t;
        }
    return scale * (c * sqrt(sum));
}

double ax_rr_frobenius(const double *a, size_t rows, size_t cols, size_t ld)
{
    double big = 0.0;
    for (size_t j = 0; j < cols; j++)
        for (size_t i = 0; i < rows; i++)
            if (fabs(a[i + j * ld]) > big)
                big = fabs(a[i + j * ld]);
    return frobenius_big(a, rows, cols, ld, big, 1.0);
}

void ax_rr_spec_vector(const ax_rr_spec *D, size_t k, double *re, double *im)
{
    size_t n = D->n;
    const double *c = D->v + k * n;
    if (D->wi[k] == 0.0) {
        memcpy(re, c, n * sizeof *re);
        memset(im, 0, n * sizeof *im);
    } else if (D->wi[k] > 0.0) {
        memcpy(re, c, n * sizeof *re);
        memcpy(im, c + n, n * sizeof *im);
    } else {
        memcpy(re, c - n, n * sizeof *re);
        for (size_t i = 0; i < n; i++)
            im[i] = -c[i];
    }
}

static void spec_free(void *data)
{
    ax_rr_spec *D = data;
    if (!D)
        return;
    free(D->wr);
    free(D->wi);
    free(D->v);
    free(D);
}

static axle_status spec_vector_double(double *re, double *im, const void *data, size_t k, size_t j)
{
    (void)j; /* one vector per entry: the floor checks j < nvec = 1 */
    ax_rr_spec_vector(data, k, re, im);
    return AXLE_OK;
}

static const ax_spectrum_ops rr_spectrum_ops = {
    .free = spec_free,
    .value_string = ax_rr_eigen_value_string,
    .vectors_string = ax_rr_eigen_vectors_string,
    .vector_double = spec_vector_double,
};

static bool is_symmetric(const axle_matrix *A)
{
    for (size_t j = 0; j < A->cols; j++)
        for (size_t i = 0; i < j; i++)
            if (AX_D(A, i, j) != AX_D(A, j, i))
                return false;
    return true;
}

/* AXLE_EDOMAIN naming the first entry of A that is not finite; else *big = max |a_ij|. */
static axle_status scan(const axle_matrix *A, double *big)
{
    double m = 0.0;
    for (size_t j = 0; j < A->cols; j++)
        for (size_t i = 0; i < A->rows; i++) {
            double x = fabs(AX_D(A, i, j));
            if (!(x <= DBL_MAX))
                return ax_error(AXLE_EDOMAIN, "entry (%zu, %zu) of A is not finite", i, j);
            if (x > m)
                m = x;
        }
    *big = m;
    return AXLE_OK;
}

/* dgeev (right eigenvectors into D->v) on a, through the _work interface as above. */
static axle_status geev(ax_rr_spec *D, double *a, lapack_int ln)
{
    double q = 0.0;
    lapack_int lwork;
    lapack_int info = LAPACKE_dgeev_work(LAPACK_COL_MAJOR, 'N', 'V', ln, a, ln, D->wr, D->wi, NULL,
                                         1, D->v, ln, &q, -1);
    if (info)
        return ax_rr_info(info, "dgeev", "the workspace query failed");
    double *work = ax_rr_workspace(q, sizeof *work, &lwork);
    if (!work)
        return ax_nomem();
    axle_status s = ax_rr_info(LAPACKE_dgeev_work(LAPACK_COL_MAJOR, 'N', 'V', ln, a, ln, D->wr,
                                                  D->wi, NULL, 1, D->v, ln, work, lwork),
                               "dgeev", "the QR iteration did not converge");
    free(work);
    return s;
}

/* LAPACK on the packed copy a of A (n x n, consumed: freed or kept as D->v). */
static axle_status decompose(ax_rr_spec *D, double *a, lapack_int ln)
{
    size_t n = D->n;
    axle_status s;
    if (D->symmetric) {
        D->v = a;
        return ax_rr_syevd(a, D->wr, n, true); /* D->wi stays 0 */
    }
    D->v = ax_malloc(n * n * sizeof *D->v);
    if (!D->v) {
        free(a);
        return ax_nomem();
    }
    s = geev(D, a, ln);
    free(a);
    if (s)
        return s;
    for (size_t k = 0; k < n; k++)
        if (D->wi[k] > 0.0) {
            if (k + 1 == n || D->wr[k + 1] != D->wr[k] || D->wi[k + 1] != -D->wi[k])
                return ax_error(AXLE_ENOCONV, "dgeev returned an unpaired complex eigenvalue");
            k++;
        } else if (D->wi[k] < 0.0)
            return ax_error(AXLE_ENOCONV, "dgeev returned an unpaired complex eigenvalue");
    return AXLE_OK;
}

/* ---- multiplicity groups ---- */

typedef struct key {
    double re;
    size_t k;
} key;

static int key_cmp(const void *x, const void *y)
{
    const key *a = x, *b = y;
    return (a->re > b->re) - (a->re < b->re);
}

static size_t find(size_t *parent, size_t k)
{
    while (parent[k] != k) {
        parent[k] = parent[parent[k]];
        k = parent[k];
    }
    return k;
}

/* The numerical rank of the eigenvectors of the entries idx[0 .. m-1] (see the top). */
static axle_status group_rank(size_t *rank, const ax_rr_spec *D, const size_t *idx, size_t m,
                              double *re, double *im)
{
    size_t n = D->n;
    bool cplx = false;
    for (size_t t = 0; t < m; t++)
        cplx |= D->wi[idx[t]] != 0.0;
    size_t rows = cplx ? 2 * n : n, cols = cplx ? 2 * m : m;
    axle_matrix *M;
    axle_status s = ax_matrix_alloc(&M, AXLE_RR, rows, cols);
    if (s)
        return s;
    for (size_t t = 0; t < m; t++) {
        ax_rr_spec_vector(D, idx[t], re, im);
        for (size_t i = 0; i < n; i++) {
            AX_D(M, i, t) = re[i];
            if (cplx) {
                AX_D(M, n + i, t) = im[i];
                AX_D(M, i, m + t) = -im[i];
                AX_D(M, n + i, m + t) = re[i];
            }
        }
    }
    ax_rr_svd svd;
    s = ax_rr_svd_compute(&svd, M, false);
    axle_matrix_free(M);
    if (s)
        return s;
    double tol = fmax(svd.tol, AXLE_EIGEN_RR_CLUSTER) * svd.s[0];
    size_t r = 0;
    while (r < svd.k && svd.s[r] > tol)
        r++;
    ax_rr_svd_free(&svd);
    *rank = cplx ? (r + 1) / 2 : r;
    return AXLE_OK;
}

/* alg, geo and the diagonalizability flags of S from D. */
static axle_status multiplicities(ax_spectrum *S, const ax_rr_spec *D, double tau)
{
    size_t n = D->n;
    key *keys = ax_calloc(n, sizeof *keys);
    size_t *parent = ax_calloc(n, sizeof *parent);
    size_t *members = ax_calloc(n, sizeof *members);
    size_t *start = ax_calloc(n + 1, sizeof *start);
    double *re = ax_calloc(n, sizeof *re), *im = ax_calloc(n, sizeof *im);
    axle_status s = AXLE_OK;
    if (!keys || !parent || !members || !start || !re || !im) {
        s = ax_nomem();
        goto done;
    }
    for (size_t k = 0; k < n; k++) {
        keys[k] = (key){D->wr[k], k};
        parent[k] = k;
    }
    if (!D->symmetric) /* dsyevd's values are already ascending */
        qsort(keys, n, sizeof *keys, key_cmp);
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; b < n && keys[b].re - keys[a].re <= tau; b++) {
            size_t i = keys[a].k, j = keys[b].k;
            if (hypot(D->wr[i] - D->wr[j], D->wi[i] - D->wi[j]) <= tau)
                parent[find(parent, i)] = find(parent, j);
        }
    /* Counting sort of the entries by their root: members[start[r] .. start[r + 1]) is the
     * group of root r. */
    for (size_t k = 0; k < n; k++) {
        parent[k] = find(parent, k);
        start[parent[k] + 1]++;
    }
    for (size_t r = 0; r < n; r++)
        start[r + 1] += start[r];
    for (size_t k = 0; k < n; k++)
        members[start[parent[k]]++] = k;
    for (size_t r = n; r > 0; r--)
        start[r] = start[r - 1];
    start[0] = 0;
    S->diag[AXLE_OVER_C] = true;
    S->diag[AXLE_OVER_R] = true;
    for (size_t r = 0; r < n; r++) {
        size_t m = start[r + 1] - start[r];
        if (m == 0)
            continue;
        const size_t *idx = members + start[r];
        size_t geo = m;
        if (m > 1 && !D->symmetric && (s = group_rank(&geo, D, idx, m, re, im)))
            goto done;
        for (size_t t = 0; t < m; t++) {
            ax_eigval *e = &S->vals[idx[t]];
            e->alg = m;
            e->geo = geo;
        }
        if (geo < m)
            S->diag[AXLE_OVER_C] = false;
    }
    for (size_t k = 0; k < n; k++)
        if (!S->vals[k].real)
            S->diag[AXLE_OVER_R] = false;
    S->diag[AXLE_OVER_R] = S->diag[AXLE_OVER_R] && S->diag[AXLE_OVER_C];
    S->diag[AXLE_OVER_Q] = S->diag[AXLE_OVER_R];
done:
    free(keys);
    free(parent);
    free(members);
    free(start);
    free(re);
    free(im);
    return s;
}

axle_status ax_rr_eigen(ax_spectrum **out, const axle_matrix *A, const axle_poly *chi,
                        const axle_poly *mu)
{
    (void)chi; /* LAPACK works on A itself */
    (void)mu;
    *out = NULL;
    size_t n = A->rows;
    lapack_int ln = 0;
    double big = 0.0;
    axle_status s;
    if ((s = scan(A, &big)) || (s = ax_rr_li(&ln, n, "the dimension")))
        return s;
    ax_rr_spec *D = ax_calloc(1, sizeof *D);
    ax_spectrum *S = ax_calloc(1, sizeof *S);
    if (!D || !S) {
        free(D);
        free(S);
        return ax_nomem();
    }
    *D = (ax_rr_spec){.n = n, .symmetric = is_symmetric(A)};
    *S = (ax_spectrum){.n = n, .count = n, .ops = &rr_spectrum_ops, .data = D};
    D->wr = ax_calloc(n, sizeof *D->wr);
    D->wi = ax_calloc(n, sizeof *D->wi);
    S->vals = ax_calloc(n, sizeof *S->vals);
    double *a = ax_rr_copy_scaled(A, 0);
    if (!D->wr || !D->wi || !S->vals || !a) {
        free(a);
        ax_spectrum_free(S);
        return ax_nomem();
    }
    if ((s = decompose(D, a, ln)))
        goto fail;
    /* A is finite (scan): a non-finite eigenvalue is one beyond a double (|λ| <= ||A||_F, which
     * can exceed DBL_MAX when entries are near it), not a failed iteration */
    if (!ax_all_finite(D->wr, n) || !ax_all_finite(D->wi, n)) {
        s = ax_error(AXLE_ERANGE,
                     "an eigenvalue of A is beyond the range of a double (%s returned a "
                     "non-finite value; the largest entry of A is %g)",
                     D->symmetric ? "dsyevd" : "dgeev", big);
        goto fail;
    }
    for (size_t k = 0; k < n; k++) {
        bool real = D->wi[k] == 0.0;
        S->vals[k] =
            (ax_eigval){.re = D->wr[k], .im = D->wi[k], .real = real, .in_field = real, .nvec = 1};
    }
    /* the tolerance without forming ||A||_F, which overflows for entries near 1e308 (an infinite
     * tolerance made every eigenvalue one) */
    double tau = frobenius_big(A->d, n, n, A->ld, big, AXLE_EIGEN_RR_CLUSTER);
    if ((s = multiplicities(S, D, tau)))
        goto fail;
    *out = S;
    return AXLE_OK;
fail:
    ax_spectrum_free(S);
    return s;
}
