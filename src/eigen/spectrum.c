/* The spectrum as a public object (axle_eigen, include/axle/eigen.h): construction from a square
 * matrix or an operator (the checks, chi and mu here, the rest by the field's eigen kernel of
 * src/backend.h), reference counting, and the accessors. Field-generic: what differs between the
 * fields is read from the kernel's ax_spectrum and reached through its ops; an exact-only op the
 * kernel leaves NULL is answered with AXLE_EUNSUPPORTED. */
#include <stdlib.h>
#include <string.h>

#include "core/format.h"
#include "eigen_internal.h"

axle_status ax_eigen_spectrum(ax_spectrum **S, axle_poly **chi, axle_poly **mu,
                              const axle_matrix *A)
{
    *S = NULL;
    *chi = *mu = NULL;
    axle_status s;
    /* χ only for a kernel that reads it (QQ); otherwise (RR) χ and μ are computed when asked
     * for (axle_eigen_charpoly), so the spectrum costs LAPACK's decomposition and no more, and a
     * χ that overflows a double (det of a 256 x 256 matrix of entries near 10 is about 10^300)
     * does not stop it */
    const ax_backend *B = ax_backend_of(A->field);
    if (B->eigen_reads_chi && (s = ax_matrix_charpoly(chi, A)))
        goto fail;
    if (A->rows == 0) {
        if (*chi && (s = axle_poly_copy(mu, *chi)))
            goto fail;
        ax_spectrum *Z = ax_calloc(1, sizeof *Z);
        if (!Z) {
            s = ax_nomem();
            goto fail;
        }
        Z->diag[AXLE_OVER_Q] = Z->diag[AXLE_OVER_R] = Z->diag[AXLE_OVER_C] = true;
        *S = Z;
        return AXLE_OK;
    }
    if (!B->eigen) {
        s = ax_error(AXLE_EUNSUPPORTED, "the spectrum over %s has no kernel in this build",
                     axle_field_name(A->field));
        goto fail;
    }
    /* μ: the kernel's when it finds it from the spectrum (QQ, from the Jordan structure); χ
     * when every eigenvalue is simple; otherwise the Krylov route of minpoly.c */
    if ((s = B->eigen(S, A, *chi, NULL)))
        goto fail;
    if ((*S)->mu) {
        *mu = (*S)->mu;
        (*S)->mu = NULL;
        return AXLE_OK;
    }
    bool simple = true;
    for (size_t k = 0; k < (*S)->count && simple; k++)
        simple = (*S)->vals[k].alg == 1;
    if (!*chi)
        return AXLE_OK; /* μ on demand too */
    if (!(s = simple ? axle_poly_copy(mu, *chi) : axle_matrix_minpoly(mu, A)))
        return AXLE_OK;
    ax_spectrum_free(*S);
    *S = NULL;
fail:
    axle_poly_free(*chi);
    axle_poly_free(*mu);
    *chi = *mu = NULL;
    return s;
}

static axle_status eigen_new(axle_eigen **out, const axle_matrix *A)
{
    axle_eigen *E = ax_calloc(1, sizeof *E);
    if (!E)
        return ax_nomem();
    axle_status s = ax_eigen_spectrum(&E->S, &E->chi, &E->mu, A);
    if (!s && !E->chi && (s = axle_matrix_copy(&E->A, A)))
        ax_spectrum_free(E->S);
    if (s) {
        free(E);
        return s;
    }
    atomic_init(&E->refs, 1);
    E->field = A->field;
    E->n = A->rows;
    *out = E;
    return AXLE_OK;
}

axle_status axle_matrix_eigen(axle_eigen **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = ax_eigen_check_square(A, "the spectrum")))
        return s;
    return eigen_new(out, A);
}

axle_status axle_map_eigen(axle_eigen **out, const axle_map *T)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_status s;
    if ((s = ax_eigen_operator_matrix(&M, T, "the spectrum")) ||
        (s = ax_eigen_check_square(M, "the spectrum")))
        return s;
    return eigen_new(out, M);
}

axle_eigen *axle_eigen_ref(const axle_eigen *E)
{
    axle_eigen *F = (axle_eigen *)E;
    if (F)
        atomic_fetch_add(&F->refs, 1);
    return F;
}

void axle_eigen_unref(const axle_eigen *E)
{
    axle_eigen *F = (axle_eigen *)E;
    if (!F || atomic_fetch_sub(&F->refs, 1) != 1)
        return;
    axle_poly_free(F->chi);
    axle_poly_free(F->mu);
    axle_matrix_free(F->A);
    ax_spectrum_free(F->S);
    free(F);
}

/* ---- generic queries ---------------------------------------------------------------------- */

axle_field axle_eigen_field(const axle_eigen *E)
{
    return E ? E->field : AXLE_QQ;
}

size_t axle_eigen_dim(const axle_eigen *E)
{
    return E ? E->n : 0;
}

size_t axle_eigen_count(const axle_eigen *E)
{
    return E ? E->S->count : 0;
}

static axle_status check_E(const axle_eigen *E)
{
    return E ? AXLE_OK : ax_error(AXLE_EINVAL, "spectrum E is NULL");
}

/* E not NULL and k a valid eigenvalue index. */
static axle_status check_k(const axle_eigen *E, size_t k)
{
    axle_status s = check_E(E);
    if (s || k < E->S->count)
        return s;
    return ax_error(AXLE_ERANGE, "eigenvalue index %zu out of range: A has %zu %s", k, E->S->count,
                    ax_plural(E->S->count, "eigenvalue", "eigenvalues"));
}

static const ax_eigval *val(const axle_eigen *E, size_t k)
{
    return E && k < E->S->count ? &E->S->vals[k] : NULL;
}

/* An exact-only accessor over a field whose kernel has no exact objects. */
static axle_status exact_only(const axle_eigen *E, const char *fn, const char *instead)
{
    return ax_error(AXLE_EUNSUPPORTED,
                    "%s gives exact objects, which a spectrum over %s does not have: use %s, or "
                    "compute the spectrum over QQ",
                    fn, axle_field_name(E->field), instead);
}

/* χ and μ of a spectrum that was computed without them (E->A kept): computed now, not stored
 * (the object stays immutable); μ = χ when every eigenvalue is simple. */
axle_status ax_eigen_polys(axle_poly **chi, axle_poly **mu, const axle_eigen *E)
{
    if (chi)
        *chi = NULL;
    if (mu)
        *mu = NULL;
    if (E->chi) {
        axle_status s = chi ? axle_poly_copy(chi, E->chi) : AXLE_OK;
        if (!s && mu && (s = axle_poly_copy(mu, E->mu)) && chi) {
            axle_poly_free(*chi);
            *chi = NULL;
        }
        return s;
    }
    bool simple = true;
    for (size_t k = 0; k < E->S->count && simple; k++)
        simple = E->S->vals[k].alg == 1;
    axle_poly *c = NULL;
    axle_status s = AXLE_OK;
    if ((chi || (mu && simple)) && (s = ax_matrix_charpoly(&c, E->A)))
        return s;
    if (mu && (s = simple ? axle_poly_copy(mu, c) : axle_matrix_minpoly(mu, E->A))) {
        axle_poly_free(c);
        return s;
    }
    if (chi)
        *chi = c;
    else
        axle_poly_free(c);
    return AXLE_OK;
}

axle_status axle_eigen_charpoly(axle_poly **out, const axle_eigen *E)
{
    AX_OUT(out);
    axle_status s = check_E(E);
    return s ? s : ax_eigen_polys(out, NULL, E);
}

axle_status axle_eigen_minpoly(axle_poly **out, const axle_eigen *E)
{
    AX_OUT(out);
    axle_status s = check_E(E);
    return s ? s : ax_eigen_polys(NULL, out, E);
}

axle_status axle_eigen_value_string(char **out, const axle_eigen *E, size_t k, axle_format fmt)
{
    AX_OUT(out);
    axle_status s = check_k(E, k);
    if (s)
        return s;
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    return E->S->ops->value_string(out, E->S->data, k, fmt);
}

axle_status axle_eigen_value_double(double *re, double *im, const axle_eigen *E, size_t k)
{
    axle_status s;
    if ((s = ax_check_out(re)) || (s = ax_check_out(im)) || (s = check_k(E, k)))
        return s;
    *re = E->S->vals[k].re;
    *im = E->S->vals[k].im;
    return AXLE_OK;
}

bool axle_eigen_is_real(const axle_eigen *E, size_t k)
{
    const ax_eigval *v = val(E, k);
    return v && v->real;
}

size_t axle_eigen_algebraic_multiplicity(const axle_eigen *E, size_t k)
{
    const ax_eigval *v = val(E, k);
    return v ? v->alg : 0;
}

size_t axle_eigen_geometric_multiplicity(const axle_eigen *E, size_t k)
{
    const ax_eigval *v = val(E, k);
    return v ? v->geo : 0;
}

size_t axle_eigen_eigenvector_count(const axle_eigen *E, size_t k)
{
    const ax_eigval *v = val(E, k);
    return v ? v->nvec : 0;
}

axle_status axle_eigen_jordan_blocks(size_t **sizes, size_t *count, const axle_eigen *E, size_t k)
{
    AX_OUT(sizes);
    axle_status s;
    if ((s = ax_check_out(count)))
        return s;
    *count = 0;
    if ((s = check_k(E, k)))
        return s;
    const ax_eigval *v = &E->S->vals[k];
    if (!v->blocks)
        return ax_error(AXLE_EUNSUPPORTED,
                        "the Jordan form of a floating-point matrix is ill-posed (a perturbation "
                        "of size eps changes its blocks): the spectrum is over %s; compute over "
                        "QQ",
                        axle_field_name(E->field));
    size_t *b = ax_calloc(v->nblocks, sizeof *b);
    if (!b)
        return ax_nomem();
    memcpy(b, v->blocks, v->nblocks * sizeof *b);
    *sizes = b;
    *count = v->nblocks;
    return AXLE_OK;
}

axle_status axle_eigen_eigenvector_double(double *re, double *im, const axle_eigen *E, size_t k,
                                          size_t j)
{
    axle_status s;
    if ((s = ax_check_out(re)) || (s = ax_check_out(im)) || (s = check_k(E, k)))
        return s;
    size_t g = E->S->vals[k].nvec;
    if (j >= g)
        return ax_error(AXLE_ERANGE,
                        "eigenvector index %zu out of range: eigenvalue %zu has %zu %s", j, k, g,
                        ax_plural(g, "eigenvector", "eigenvectors"));
    return E->S->ops->vector_double(re, im, E->S->data, k, j);
}

axle_status axle_eigen_eigenvectors_string(char **out, const axle_eigen *E, size_t k,
                                           axle_format fmt)
{
    AX_OUT(out);
    axle_status s = check_k(E, k);
    if (s)
        return s;
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    return E->S->ops->vectors_string(out, E->S->data, k, fmt);
}

bool axle_eigen_diagonalizable(const axle_eigen *E, axle_eigen_over over)
{
    if (!E || (unsigned)over > (unsigned)AXLE_OVER_C)
        return false;
    return E->S->diag[over];
}

/* ---- exact objects (QQ) --------------------------------------------------------------------- */

axle_status axle_eigen_value(axle_algebraic **out, const axle_eigen *E, size_t k)
{
    AX_OUT(out);
    axle_status s = check_k(E, k);
    if (s)
        return s;
    if (!E->S->ops->value_exact)
        return exact_only(E, "axle_eigen_value", "axle_eigen_value_double or _value_string");
    return E->S->ops->value_exact(out, E->S->data, k);
}

axle_status axle_eigen_eigenspace(axle_nfmatrix **out, const axle_eigen *E, size_t k)
{
    AX_OUT(out);
    axle_status s = check_k(E, k);
    if (s)
        return s;
    if (!E->S->ops->eigenspace_exact)
        return exact_only(E, "axle_eigen_eigenspace",
                          "axle_eigen_eigenvector_double or _eigenvectors_string");
    return E->S->ops->eigenspace_exact(out, E->S->data, k);
}

axle_status axle_eigen_jordan_chains(axle_nfmatrix **out, const axle_eigen *E, size_t k)
{
    AX_OUT(out);
    axle_status s = check_k(E, k);
    if (s)
        return s;
    if (!E->S->ops->chains_exact)
        return ax_error(AXLE_EUNSUPPORTED,
                        "the Jordan chains of a floating-point matrix are ill-posed: the spectrum "
                        "is over %s; compute over QQ",
                        axle_field_name(E->field));
    return E->S->ops->chains_exact(out, E->S->data, k);
}
