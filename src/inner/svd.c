/* Singular values and the SVD (LADR 7E–7F): the public axle_svd over the `svd` kernel's ax_svals
 * (QQ: exact algebraic numbers √λ of the eigenvalues of T*T; RR: dgesdd, with U, Σ, V^T), its
 * generic accessors and report, the operator norm (the largest singular value, 7.85) and the best
 * rank-k approximation T P_k (7.92), P_k the orthogonal projection onto the span of the top k
 * right singular directions. */
#include <stdlib.h>
#include <string.h>

#include "core/format.h"
#include "inner_internal.h"

/* A zero space answered through the kernel on a zero matrix with one row or column instead of
 * none (its singular values are the zero space's, or none): the values are kept, the count set to
 * what the zero space has, and the kernel's matrices (if it makes any) cut to the true shapes. */
static axle_status zero_space_svals(ax_svals **out, const axle_matrix *M, const axle_matrix *GV,
                                    const axle_matrix *GW, const ax_inner_kernels *K)
{
    size_t m = axle_matrix_rows(M), n = axle_matrix_cols(M);
    axle_field F = axle_matrix_field(M);
    axle_matrix *Z = NULL;
    axle_status s = axle_matrix_new(&Z, F, m ? m : 1, n ? n : 1);
    if (s)
        return s;
    s = K->svd(out, Z, n ? GV : NULL, m ? GW : NULL);
    axle_matrix_free(Z);
    if (s)
        return s;
    ax_svals *S = *out;
    S->m = m;
    S->n = n;
    if (n == 0)
        S->count = 0;
    if (S->U) {
        axle_matrix *U = NULL, *Sigma = NULL, *Vt = NULL;
        if ((!m && (s = axle_matrix_new(&U, F, 0, 0))) || (s = axle_matrix_new(&Sigma, F, m, n)) ||
            (!n && (s = axle_matrix_new(&Vt, F, 0, 0)))) {
            axle_matrix_free(U);
            axle_matrix_free(Sigma);
            ax_svals_free(S);
            *out = NULL;
            return s;
        }
        if (U) {
            axle_matrix_free(S->U);
            S->U = U;
        }
        axle_matrix_free(S->Sigma);
        S->Sigma = Sigma;
        if (Vt) {
            axle_matrix_free(S->Vt);
            S->Vt = Vt;
        }
    }
    return AXLE_OK;
}

/* The singular values of M (m x n) for GV, GW (NULL = identity). */
static axle_status svals_of(ax_svals **out, const axle_matrix *M, const axle_matrix *GV,
                            const axle_matrix *GW)
{
    *out = NULL;
    const ax_inner_kernels *K = ax_inner_kernels_of(axle_matrix_field(M));
    if (axle_matrix_rows(M) == 0 || axle_matrix_cols(M) == 0)
        return zero_space_svals(out, M, GV, GW, K);
    return K->svd(out, M, GV, GW);
}

static axle_status wrap(axle_svd **out, axle_field F, ax_svals *S)
{
    axle_svd *R = ax_calloc(1, sizeof *R);
    if (!R) {
        ax_svals_free(S);
        return ax_nomem();
    }
    atomic_init(&R->refs, 1);
    R->field = F;
    R->S = S;
    *out = R;
    return AXLE_OK;
}

static axle_status svd_of(axle_svd **out, const axle_matrix *M, const axle_matrix *GV,
                          const axle_matrix *GW)
{
    ax_svals *S = NULL;
    axle_status s = svals_of(&S, M, GV, GW);
    return s ? s : wrap(out, axle_matrix_field(M), S);
}

axle_status axle_map_svd(axle_svd **out, const axle_inner *ipV, const axle_inner *ipW,
                         const axle_map *T)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_status s = ax_inner_map_matrix(&M, ipV, ipW, T, "the singular values");
    if (s)
        return s;
    return svd_of(out, M, ax_inner_kernel_gram(ipV), ax_inner_kernel_gram(ipW));
}

axle_status axle_matrix_svd(axle_svd **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s = ax_check_matrix(A, "A");
    return s ? s : svd_of(out, A, NULL, NULL);
}

axle_svd *axle_svd_ref(const axle_svd *S)
{
    axle_svd *R = (axle_svd *)S;
    if (R)
        atomic_fetch_add(&R->refs, 1);
    return R;
}

void axle_svd_unref(const axle_svd *S)
{
    axle_svd *R = (axle_svd *)S;
    if (!R || atomic_fetch_sub(&R->refs, 1) != 1)
        return;
    ax_svals_free(R->S);
    free(R);
}

axle_field axle_svd_field(const axle_svd *S)
{
    return S ? S->field : AXLE_QQ;
}

size_t axle_svd_count(const axle_svd *S)
{
    return S ? S->S->count : 0;
}

size_t axle_svd_multiplicity(const axle_svd *S, size_t k)
{
    return S && k < S->S->count ? S->S->mult[k] : 0;
}

static axle_status check_S(const axle_svd *S)
{
    return S ? AXLE_OK : ax_error(AXLE_EINVAL, "singular values S is NULL");
}

static axle_status check_k(const axle_svd *S, size_t k)
{
    axle_status s = check_S(S);
    if (s || k < S->S->count)
        return s;
    return ax_error(AXLE_ERANGE, "singular value index %zu out of range: there %s %zu distinct %s",
                    k, S->S->count == 1 ? "is" : "are", S->S->count,
                    ax_plural(S->S->count, "singular value", "singular values"));
}

axle_status axle_svd_value_string(char **out, const axle_svd *S, size_t k, axle_format fmt)
{
    AX_OUT(out);
    axle_status s = check_k(S, k);
    if (s)
        return s;
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    return S->S->ops->value_string(out, S->S->data, k, fmt);
}

axle_status axle_svd_value_double(double *out, const axle_svd *S, size_t k)
{
    axle_status s = ax_check_out(out);
    if (s || (s = check_k(S, k)))
        return s;
    *out = S->S->approx[k];
    return AXLE_OK;
}

/* An exact-only accessor over a field whose kernel has no exact values. */
static axle_status exact_only(const axle_svd *S, const char *fn, const char *instead)
{
    return ax_error(AXLE_EUNSUPPORTED,
                    "%s gives exact algebraic numbers, which singular values over %s are not: use "
                    "%s, or compute them over QQ",
                    fn, axle_field_name(S->field), instead);
}

axle_status axle_svd_value(axle_algebraic **out, const axle_svd *S, size_t k)
{
    AX_OUT(out);
    axle_status s = check_k(S, k);
    if (s)
        return s;
    if (!S->S->ops->value_exact)
        return exact_only(S, "axle_svd_value", "axle_svd_value_string or axle_svd_value_double");
    return S->S->ops->value_exact(out, S->S->data, k);
}

axle_status axle_svd_matrices(axle_matrix **U, axle_matrix **Sigma, axle_matrix **Vt,
                              const axle_svd *S)
{
    if (U)
        *U = NULL;
    if (Sigma)
        *Sigma = NULL;
    if (Vt)
        *Vt = NULL;
    axle_status s = check_S(S);
    if (s)
        return s;
    const ax_svals *V = S->S;
    if (!V->U)
        return ax_error(AXLE_EUNSUPPORTED,
                        "the SVD's matrices U, Sigma, V^T are not available over %s (U and V have "
                        "square roots in general): the singular values are exact (axle_svd_value)",
                        axle_field_name(S->field));
    if ((U && (s = axle_matrix_copy(U, V->U))) ||
        (Sigma && (s = axle_matrix_copy(Sigma, V->Sigma))) ||
        (Vt && (s = axle_matrix_copy(Vt, V->Vt)))) {
        if (U) {
            axle_matrix_free(*U);
            *U = NULL;
        }
        if (Sigma) {
            axle_matrix_free(*Sigma);
            *Sigma = NULL;
        }
    }
    return s;
}

/* ---- the report -------------------------------------------------------------------------------
 */

/* Append value k as `fmt` prints it. */
static axle_status put_value(ax_buf *b, const ax_svals *V, size_t k, axle_format fmt)
{
    char *t = NULL;
    axle_status s = V->ops->value_string(&t, V->data, k, fmt);
    if (!s)
        ax_buf_puts(b, t);
    axle_free(t);
    return s;
}

/* Append "name = " and M in `fmt` (JSON: ,"name":M). A matrix of several lines (Unicode's bracket
 * picture) starts on the line after "name =", as axle_map_to_string prints M(T): after the label
 * its first row would stand out of line with the others. */
static axle_status put_matrix(ax_buf *b, const char *name, const axle_matrix *M, axle_format fmt)
{
    char *t = NULL;
    axle_status s = axle_matrix_to_string(&t, M, fmt);
    if (s)
        return s;
    if (fmt == AXLE_FORMAT_JSON)
        ax_buf_printf(b, ",\"%s\":%s", name, t);
    else
        ax_buf_printf(b, "%s%s =%s%s", fmt == AXLE_FORMAT_LATEX ? " \\\\\n" : "\n", name,
                      fmt == AXLE_FORMAT_UNICODE && strchr(t, '\n') ? "\n" : " ", t);
    axle_free(t);
    return AXLE_OK;
}

static axle_status put_json(ax_buf *b, const axle_svd *S)
{
    const ax_svals *V = S->S;
    ax_buf_printf(b, "{\"field\":\"%s\",\"singular_values\":[", axle_field_name(S->field));
    axle_status s = AXLE_OK;
    for (size_t k = 0; k < V->count && !s; k++) {
        ax_buf_puts(b, k ? ",{\"value\":\"" : "{\"value\":\"");
        if ((s = put_value(b, V, k, AXLE_FORMAT_UNICODE)))
            break;
        ax_buf_puts(b, "\",\"approx\":");
        ax_buf_put_double(b, V->approx[k], AXLE_FORMAT_JSON);
        ax_buf_printf(b, ",\"multiplicity\":%zu}", V->mult[k]);
    }
    ax_buf_puts(b, "]");
    if (!s && V->U && !(s = put_matrix(b, "U", V->U, AXLE_FORMAT_JSON)) &&
        !(s = put_matrix(b, "Sigma", V->Sigma, AXLE_FORMAT_JSON)))
        s = put_matrix(b, "Vt", V->Vt, AXLE_FORMAT_JSON);
    ax_buf_puts(b, "}");
    return s;
}

/* Whether "≈ approx" would add nothing to the value string t: t is one number as strtod reads it,
 * or carries its own approximation already ("root of x^4 - 30x^2 + 4 ~ 5.464985704" in every
 * format's words). */
static bool needs_no_approx(const char *t)
{
    char *end = NULL;
    (void)strtod(t, &end);
    return (end != t && *end == '\0') || strstr(t, " ~ ") || strstr(t, "\xe2\x89\x88") ||
           strstr(t, "\\approx");
}

/* "σ₁ = √3 ≈ 1.7320508, multiplicity 1" in the format's words. */
static axle_status put_line(ax_buf *b, const ax_svals *V, size_t k, axle_format fmt)
{
    bool latex = fmt == AXLE_FORMAT_LATEX;
    if (fmt == AXLE_FORMAT_UNICODE) {
        ax_buf_puts(b, "\xcf\x83");
        ax_buf_script(b, k + 1, false);
        ax_buf_puts(b, " = ");
    } else if (latex) {
        ax_buf_printf(b, "\\sigma_{%zu} = ", k + 1);
    } else {
        ax_buf_printf(b, "singular value %zu: ", k + 1);
    }
    char *t = NULL;
    axle_status s = V->ops->value_string(&t, V->data, k, fmt);
    if (s)
        return s;
    ax_buf_puts(b, t);
    if (!needs_no_approx(t))
        ax_buf_printf(b, "%s%.8g",
                      latex                        ? " \\approx "
                      : fmt == AXLE_FORMAT_UNICODE ? " \xe2\x89\x88 "
                                                   : " ~ ",
                      V->approx[k]);
    axle_free(t);
    ax_buf_printf(b, latex ? ", \\text{multiplicity } %zu" : ", multiplicity %zu", V->mult[k]);
    return AXLE_OK;
}

static axle_status put_report(ax_buf *b, const axle_svd *S, axle_format fmt)
{
    const ax_svals *V = S->S;
    const char *nl = fmt == AXLE_FORMAT_LATEX ? " \\\\\n" : "\n";
    axle_status s = AXLE_OK;
    for (size_t k = 0; k < V->count && !s; k++) {
        if (k)
            ax_buf_puts(b, nl);
        s = put_line(b, V, k, fmt);
    }
    if (V->count == 0)
        ax_buf_puts(b, fmt == AXLE_FORMAT_LATEX
                           ? "\\text{no singular values (the domain is } \\{0\\})"
                           : "no singular values (the domain is {0})");
    bool latex = fmt == AXLE_FORMAT_LATEX;
    if (!s && V->U && !(s = put_matrix(b, "U", V->U, fmt)) &&
        !(s = put_matrix(b,
                         latex                        ? "\\Sigma"
                         : fmt == AXLE_FORMAT_UNICODE ? "\xce\xa3"
                                                      : "Sigma",
                         V->Sigma, fmt)))
        s = put_matrix(b,
                       latex                        ? "V^T"
                       : fmt == AXLE_FORMAT_UNICODE ? "V\xe1\xb5\x80"
                                                    : "Vt",
                       V->Vt, fmt);
    return s;
}

axle_status axle_svd_to_string(char **out, const axle_svd *S, axle_format fmt)
{
    AX_OUT(out);
    axle_status s = check_S(S);
    if (s)
        return s;
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    ax_buf b = {0};
    s = fmt == AXLE_FORMAT_JSON ? put_json(&b, S) : put_report(&b, S, fmt);
    if (s) {
        ax_buf_drop(&b);
        return s;
    }
    return ax_buf_finish(&b, out);
}

/* ---- the operator norm and the best rank-k approximation ---------------------------------------
 */

axle_status axle_map_norm(axle_algebraic **out, const axle_inner *ipV, const axle_inner *ipW,
                          const axle_map *T)
{
    AX_OUT(out);
    axle_svd *S = NULL;
    axle_status s = axle_map_svd(&S, ipV, ipW, T);
    if (s)
        return s;
    if (!S->S->ops->value_exact)
        s = exact_only(S, "axle_map_norm", "axle_map_norm_double");
    else if (S->S->count == 0)
        s = axle_algebraic_from_frac(out, 0, 1);
    else
        s = S->S->ops->value_exact(out, S->S->data, 0);
    axle_svd_unref(S);
    return s;
}

axle_status axle_map_norm_double(double *out, const axle_inner *ipV, const axle_inner *ipW,
                                 const axle_map *T)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    axle_svd *S = NULL;
    if ((s = axle_map_svd(&S, ipV, ipW, T)))
        return s;
    *out = S->S->count ? S->S->approx[0] : 0.0;
    axle_svd_unref(S);
    return AXLE_OK;
}

/* M P with P the projection (for GV) onto the top-k right singular directions, 1 <= k < n. */
static axle_status truncated(axle_matrix **out, const axle_matrix *M, const axle_matrix *GV,
                             const axle_matrix *GW, size_t k)
{
    ax_svals *S = NULL;
    axle_matrix *B = NULL, *P = NULL;
    axle_status s = svals_of(&S, M, GV, GW);
    if (s)
        return s;
    if (!(s = S->ops->top_space(&B, S->data, k)) && !(s = ax_inner_projection_matrix(&P, B, GV)) &&
        !(s = axle_matrix_mul(out, M, P)))
        ax_map_chop(*out, M, P);
    ax_svals_free(S);
    axle_matrix_free(B);
    axle_matrix_free(P);
    return s;
}

axle_status axle_map_best_rank(axle_map **out, const axle_inner *ipV, const axle_inner *ipW,
                               const axle_map *T, size_t k)
{
    AX_OUT(out);
    const axle_matrix *M;
    size_t rank = 0;
    axle_status s = ax_inner_map_matrix(&M, ipV, ipW, T, "the best rank-k approximation");
    if (s || (s = axle_matrix_rank(&rank, M)))
        return s;
    axle_matrix *R = NULL;
    if (k >= rank)
        s = axle_matrix_copy(&R, M);
    else if (k == 0)
        s = axle_matrix_new(&R, axle_matrix_field(M), axle_matrix_rows(M), axle_matrix_cols(M));
    else
        s = truncated(&R, M, ax_inner_kernel_gram(ipV), ax_inner_kernel_gram(ipW), k);
    if (s)
        return s;
    return ax_map_new(out, T->V, T->W, R);
}
