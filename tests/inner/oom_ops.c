/* Out of memory in the inner floor's operators, least squares, factorizations and singular values,
 * over both fields: every call is run with its k-th allocation failing, for k = 1, 2, ... until a
 * run needs no more; each failing run answers AXLE_ENOMEM with its outputs NULL and its plain
 * outputs untouched, or (where a kernel recovers from the failure) the same answer as an
 * undisturbed run; nothing leaks. A call whose undisturbed run is refused on a field (QR and
 * Cholesky over QQ, the exact norm over RR) is skipped there. */
#include <stdio.h>

#include "core/internal.h"
#include "op_helpers.h"

typedef struct fixture {
    axle_space *V, *W;
    axle_matrix *G, *A, *B, *S;
    axle_inner *ip, *ipW;
    axle_map *T, *Sym, *Op;
    axle_vector *w;
    axle_svd *svd; /* of A */
} fixture;

static fixture fixture_new(axle_field F)
{
    fixture x;
    x.V = in_fn(F, 2);
    x.W = in_fn(F, 3);
    x.G = oh_mat(F, "[[2, 1], [1, 2]]");
    x.ip = in_gram(x.V, x.G);
    x.ipW = in_dot(x.W);
    x.A = oh_mat(F, "[[1, 2], [2, 4], [0, 1]]");
    x.B = oh_mat(F, "[[1], [0], [2]]");
    x.S = oh_mat(F, "[[1, -1], [0, 3]]"); /* self-adjoint for G, eigenvalues 1 and 3 */
    x.T = oh_map(x.V, x.W, x.A);
    x.Sym = oh_map(x.V, x.V, x.S);
    axle_matrix *P =
        oh_mat(F, "[[4, -5/2], [0, 9]]"); /* positive for G, root [[2, -1/2], [0, 3]] */
    x.Op = oh_map(x.V, x.V, P);
    axle_matrix_free(P);
    x.w = in_vec(x.W, (long[]){1, -1, 2});
    x.svd = NULL;
    TS_OK(axle_matrix_svd(&x.svd, x.A));
    return x;
}

static void fixture_free(fixture *x)
{
    axle_vector_unref(x->w);
    axle_svd_unref(x->svd);
    axle_map_unref(x->T);
    axle_map_unref(x->Sym);
    axle_map_unref(x->Op);
    axle_inner_unref(x->ip);
    axle_inner_unref(x->ipW);
    axle_matrix_free(x->G);
    axle_matrix_free(x->A);
    axle_matrix_free(x->B);
    axle_matrix_free(x->S);
    axle_space_unref(x->V);
    axle_space_unref(x->W);
}

enum { MATRIX, MAP, SVD };

/* The text of a result of the given kind (freed here); on failure the output must be NULL. */
static axle_status text_of(axle_status s, int kind, void *o, char **text)
{
    if (s) {
        cr_assert_null(o, "failed with its output set");
        return s;
    }
    switch (kind) {
    case MATRIX:
        s = axle_matrix_to_string(text, o, AXLE_FORMAT_TEXT);
        axle_matrix_free(o);
        break;
    case MAP:
        s = axle_map_to_string(text, o, AXLE_FORMAT_TEXT);
        axle_map_unref(o);
        break;
    default:
        s = axle_svd_to_string(text, o, AXLE_FORMAT_JSON);
        axle_svd_unref(o);
    }
    return s;
}

/* A plain answer (a decision, a number) as a new text. */
static axle_status value_text(axle_status s, const char *v, char **text)
{
    if (s)
        return s;
    size_t n = strlen(v) + 1;
    *text = malloc(n);
    cr_assert_not_null(*text);
    memcpy(*text, v, n);
    return AXLE_OK;
}

#define CALLS 24

/* Call number c, its result as a new text in *text (axle_free()). */
static axle_status call(int c, fixture *x, char **text)
{
    axle_matrix *M = NULL, *M2 = NULL, *M3 = NULL;
    axle_map *T = NULL, *T2 = NULL;
    axle_svd *S = NULL;
    axle_vector *v = NULL;
    axle_gs *L = NULL;
    axle_algebraic *a = NULL;
    bool b = false;
    double d = 7;
    size_t rank = 77;
    char buf[64];
    axle_status s;
    switch (c) {
    case 0:
        s = axle_matrix_lstsq(&M, &rank, &M2, x->A, x->B);
        if (s) {
            cr_assert_null(M2);
            cr_assert_eq(rank, 77);
        }
        axle_matrix_free(M2);
        return text_of(s, MATRIX, M, text);
    case 1:
        s = axle_matrix_pinv(&M, x->A);
        return text_of(s, MATRIX, M, text);
    case 2:
        s = axle_map_lstsq(&v, x->ip, x->ipW, x->T, x->w);
        if (s) {
            cr_assert_null(v);
            return s;
        }
        s = axle_vector_to_string(text, v, AXLE_FORMAT_TEXT);
        axle_vector_unref(v);
        return s;
    case 3:
        s = axle_map_pseudoinverse(&T, x->ip, x->ipW, x->T);
        return text_of(s, MAP, T, text);
    case 4:
        s = axle_map_adjoint(&T, x->ip, x->ipW, x->T);
        return text_of(s, MAP, T, text);
    case 5:
        s = axle_map_is_self_adjoint(&b, x->ip, x->Sym);
        return value_text(s, b ? "yes" : "no", text);
    case 6:
        s = axle_map_is_normal(&b, x->ip, x->Sym);
        return value_text(s, b ? "yes" : "no", text);
    case 7:
        s = axle_map_is_positive(&b, x->ip, x->Op);
        return value_text(s, b ? "yes" : "no", text);
    case 8:
        s = axle_map_is_isometry(&b, x->ip, x->ipW, x->T);
        return value_text(s, b ? "yes" : "no", text);
    case 9:
        s = axle_map_spectral(&L, &M, x->ip, x->Sym);
        if (s) {
            cr_assert_null(L);
            cr_assert_null(M);
            return s;
        }
        s = axle_gs_to_string(text, L, AXLE_FORMAT_TEXT);
        axle_gs_unref(L);
        axle_matrix_free(M);
        return s;
    case 10:
        s = axle_map_sqrt(&T, x->ip, x->Op);
        return text_of(s, MAP, T, text);
    case 11:
        s = axle_map_polar(&T, &T2, x->ip, x->Op);
        if (s)
            cr_assert_null(T2);
        axle_map_unref(T2);
        return text_of(s, MAP, T, text);
    case 12:
        s = axle_matrix_qr(&M, &M2, x->G);
        if (s)
            cr_assert_null(M2);
        axle_matrix_free(M2);
        return text_of(s, MATRIX, M, text);
    case 13:
        s = axle_matrix_qr_orthogonal(&M, &M2, &M3, x->A);
        if (s) {
            cr_assert_null(M2);
            cr_assert_null(M3);
        }
        axle_matrix_free(M2);
        axle_matrix_free(M3);
        return text_of(s, MATRIX, M, text);
    case 14:
        s = axle_matrix_cholesky(&M, x->G);
        return text_of(s, MATRIX, M, text);
    case 15:
        s = axle_matrix_ldl(&M, &M2, x->G);
        if (s)
            cr_assert_null(M2);
        axle_matrix_free(M2);
        return text_of(s, MATRIX, M, text);
    case 16:
        s = axle_matrix_svd(&S, x->A);
        return text_of(s, SVD, S, text);
    case 17:
        s = axle_map_svd(&S, x->ip, x->ipW, x->T);
        return text_of(s, SVD, S, text);
    case 18:
        return axle_svd_value_string(text, x->svd, 0, AXLE_FORMAT_UNICODE);
    case 19:
        return axle_svd_to_string(text, x->svd, AXLE_FORMAT_LATEX);
    case 20:
        s = axle_map_norm(&a, x->ip, x->ipW, x->T);
        if (s) {
            cr_assert_null(a);
            return s;
        }
        s = axle_algebraic_to_string(text, a, AXLE_FORMAT_TEXT, 0);
        axle_algebraic_free(a);
        return s;
    case 21:
        s = axle_map_norm_double(&d, x->ip, x->ipW, x->T);
        if (s)
            cr_assert_eq(d, 7);
        snprintf(buf, sizeof buf, "%.12g", d);
        return value_text(s, buf, text);
    case 22:
        s = axle_map_best_rank(&T, x->ip, x->ipW, x->T, 1);
        return text_of(s, MAP, T, text);
    default:
        s = axle_svd_matrices(&M, &M2, &M3, x->svd);
        if (s) {
            cr_assert_null(M2);
            cr_assert_null(M3);
        }
        axle_matrix_free(M2);
        axle_matrix_free(M3);
        return text_of(s, MATRIX, M, text);
    }
}

FIELDS(inner_ops_oom, every_call)
{
    fixture x = fixture_new(*F);
    for (int c = 0; c < CALLS; c++) {
        char *want = NULL;
        if (call(c, &x, &want) != AXLE_OK) {
            cr_assert_null(want);
            continue; /* refused on this field: nothing to walk */
        }
        for (unsigned long k = 1;; k++) {
            char *got = NULL;
            ax_oom_fail_at(k, false);
            axle_status s = call(c, &x, &got);
            bool fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            if (s == AXLE_OK) {
                cr_assert_str_eq(got, want, "%s: call %d, allocation %lu: a different answer",
                                 axle_field_name(*F), c, k);
                axle_free(got);
                if (!fired)
                    break;
                continue;
            }
            cr_assert(fired, "%s: call %d failed without a failed allocation: %s",
                      axle_field_name(*F), c, axle_error_message());
            cr_assert_eq(s, AXLE_ENOMEM, "%s: call %d, allocation %lu: %s (%s)",
                         axle_field_name(*F), c, k, axle_strerror(s), axle_error_message());
            cr_assert_null(got);
        }
        axle_free(want);
    }
    fixture_free(&x);
    TS_CHECK_NO_LEAKS();
}
