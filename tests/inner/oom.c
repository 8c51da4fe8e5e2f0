/* Out of memory in the inner floor, over both fields: every public function of inner products,
 * evaluation, Gram–Schmidt, the Riesz representation and projections (also the paths of a
 * standard inner product, which keeps no Gram matrix) is run with its k-th
 * allocation failing, for k = 1, 2, ... until a run needs no more: each failing run answers
 * AXLE_ENOMEM with its output NULL, or (where a kernel recovers from the failure) the same answer
 * as an undisturbed run; nothing leaks. */
#include "core/internal.h"
#include "helpers.h"

typedef struct fixture {
    axle_space *V, *P, *U, *D, *X;
    axle_matrix *G;
    axle_inner *ip, *ipP, *ipd; /* ipd: the dot product on V, G NULL */
    axle_vector *u, *v, *w, *phi, *p[3];
    axle_scalar *a, *b;
    axle_gs *L, *Lp;
} fixture;

static fixture fixture_new(axle_field F)
{
    fixture x;
    x.V = in_fn(F, 3);
    x.P = in_poly(F, 2);
    x.G = ts_ints(F, 3, 3, (long[]){2, 1, 0, 1, 2, 1, 0, 1, 2});
    x.ip = in_gram(x.V, x.G);
    x.ipP = in_integral(x.P, -1, 1);
    x.u = in_vec(x.V, (long[]){1, 2, 0});
    x.v = in_vec(x.V, (long[]){0, 1, -1});
    x.w = in_vec(x.V, (long[]){3, 1, 4});
    const axle_vector *b[2] = {x.u, x.v};
    x.U = NULL;
    TS_OK(axle_space_span(&x.U, x.V, b, 2));
    TS_OK(axle_space_dual(&x.D, x.V));
    x.X = NULL;
    TS_OK(axle_space_product(&x.X, (const axle_space *const[]){x.P, x.U}, 2));
    x.ipd = in_dot(x.V);
    x.phi = in_vec(x.D, (long[]){1, 0, 2});
    x.p[0] = in_parse(x.P, "1");
    x.p[1] = in_parse(x.P, "x");
    x.p[2] = in_parse(x.P, "x^2");
    x.a = in_int(F, -1);
    x.b = in_int(F, 1);
    x.L = NULL;
    TS_OK(axle_inner_gram_schmidt(&x.L, x.ip, b, 2));
    TS_OK(axle_inner_gram_schmidt(&x.Lp, x.ipP, (const axle_vector *const *)x.p, 3));
    return x;
}

static void fixture_free(fixture *x)
{
    axle_gs_unref(x->L);
    axle_gs_unref(x->Lp);
    for (int i = 0; i < 3; i++)
        axle_vector_unref(x->p[i]);
    axle_vector_unref(x->u);
    axle_vector_unref(x->v);
    axle_vector_unref(x->w);
    axle_vector_unref(x->phi);
    axle_scalar_free(x->a);
    axle_scalar_free(x->b);
    axle_inner_unref(x->ip);
    axle_inner_unref(x->ipP);
    axle_inner_unref(x->ipd);
    axle_space_unref(x->X);
    axle_matrix_free(x->G);
    axle_space_unref(x->U);
    axle_space_unref(x->D);
    axle_space_unref(x->P);
    axle_space_unref(x->V);
}

#define CALLS 28

/* Call number c; its pointer output into *o (freed by the caller through the free function set
 * in *kind: 0 inner, 1 scalar, 2 string, 3 gs, 4 vector, 5 space, 6 map, 7 matrix, 8 none). */
static axle_status call(int c, fixture *x, void **o, int *kind)
{
    const axle_vector *pair[2] = {x->u, x->w};
    const axle_inner *both[2] = {x->ip, x->ipP}, *mixed[2] = {x->ipd, x->ipP};
    bool flag;
    double d[3];
    switch (c) {
    case 0:
        *kind = 0;
        return axle_inner_dot((axle_inner **)o, x->U);
    case 1:
        *kind = 0;
        return axle_inner_gram((axle_inner **)o, x->V, x->G);
    case 2:
        *kind = 0;
        return axle_inner_integral((axle_inner **)o, x->P, x->a, x->b);
    case 3:
        *kind = 0;
        return axle_inner_restrict((axle_inner **)o, x->ip, x->U);
    case 4:
        *kind = 0;
        return axle_inner_product((axle_inner **)o, both, 2);
    case 5:
        *kind = 2;
        return axle_inner_to_string((char **)o, x->ipP, AXLE_FORMAT_JSON);
    case 6:
        *kind = 1;
        return axle_inner_apply((axle_scalar **)o, x->ip, x->u, x->w);
    case 7:
        *kind = 2;
        return axle_inner_norm_string((char **)o, x->ip, x->w, AXLE_FORMAT_TEXT);
    case 8:
        *kind = 8;
        return axle_inner_is_orthogonal_list(&flag, x->ip, pair, 2, true);
    case 9:
        *kind = 3;
        return axle_inner_gram_schmidt((axle_gs **)o, x->ip, pair, 2);
    case 10:
        *kind = 3;
        return axle_inner_orthonormal_basis((axle_gs **)o, x->ipP);
    case 11:
        *kind = 2;
        return axle_gs_to_string((char **)o, x->Lp, AXLE_FORMAT_JSON);
    case 12:
        *kind = 2;
        return axle_gs_to_string((char **)o, x->Lp, AXLE_FORMAT_UNICODE);
    case 13:
        *kind = 7;
        return axle_gs_coefficients((axle_matrix **)o, x->L, x->w);
    case 14:
        *kind = 8;
        return axle_gs_orthonormal_double(d, x->L, 1);
    case 15:
        *kind = 4;
        return axle_inner_riesz((axle_vector **)o, x->ip, x->phi);
    case 16:
        *kind = 5;
        return axle_inner_complement((axle_space **)o, x->ip, x->U);
    case 17:
        *kind = 4;
        return axle_inner_project((axle_vector **)o, x->ip, x->U, x->w);
    case 18:
        *kind = 6;
        return axle_inner_projection((axle_map **)o, x->ip, x->U);
    case 19:
        *kind = 1;
        return axle_inner_distance_squared((axle_scalar **)o, x->ip, x->U, x->w);
    case 20:
        *kind = 4;
        return axle_gs_orthogonal((axle_vector **)o, x->L, 1);
    case 21:
        *kind = 7;
        return axle_inner_gram_matrix((axle_matrix **)o, x->ipP);
    /* the paths of a standard inner product (G NULL) */
    case 22:
        *kind = 0; /* the block diagonal of I_3 and U's B^T B */
        return axle_inner_dot((axle_inner **)o, x->X);
    case 23:
        *kind = 0; /* the block diagonal of I_3 and the integral's G */
        return axle_inner_product((axle_inner **)o, mixed, 2);
    case 24:
        *kind = 0; /* B^T B */
        return axle_inner_restrict((axle_inner **)o, x->ipd, x->U);
    case 25:
        *kind = 0; /* the whole space: G stays NULL */
        return axle_inner_restrict((axle_inner **)o, x->ipd, x->V);
    case 26:
        *kind = 2; /* the identity printed */
        return axle_inner_to_string((char **)o, x->ipd, AXLE_FORMAT_JSON);
    default:
        *kind = 7; /* the identity built on demand */
        return axle_inner_gram_matrix((axle_matrix **)o, x->ipd);
    }
}

static void release(void *o, int kind)
{
    switch (kind) {
    case 0:
        axle_inner_unref(o);
        break;
    case 1:
        axle_scalar_free(o);
        break;
    case 2:
        axle_free(o);
        break;
    case 3:
        axle_gs_unref(o);
        break;
    case 4:
        axle_vector_unref(o);
        break;
    case 5:
        axle_space_unref(o);
        break;
    case 6:
        axle_map_unref(o);
        break;
    case 7:
        axle_matrix_free(o);
        break;
    default:
        break;
    }
}

/* A text form of an output, to compare a run that recovered from a failed allocation with an
 * undisturbed one. */
static char *text_of(void *o, int kind)
{
    char *s = NULL;
    axle_matrix *B = NULL;
    switch (kind) {
    case 0:
        TS_OK(axle_inner_to_string(&s, o, AXLE_FORMAT_TEXT));
        break;
    case 1:
        TS_OK(axle_scalar_to_string(&s, o, AXLE_FORMAT_TEXT));
        break;
    case 3:
        TS_OK(axle_gs_to_string(&s, o, AXLE_FORMAT_TEXT));
        break;
    case 4:
        TS_OK(axle_vector_to_string(&s, o, AXLE_FORMAT_TEXT));
        break;
    case 5:
        TS_OK(axle_space_basis(&B, o));
        TS_OK(axle_matrix_to_string(&s, B, AXLE_FORMAT_TEXT));
        axle_matrix_free(B);
        break;
    case 6:
        TS_OK(axle_map_to_string(&s, o, AXLE_FORMAT_TEXT));
        break;
    case 7:
        TS_OK(axle_matrix_to_string(&s, o, AXLE_FORMAT_TEXT));
        break;
    default:
        break;
    }
    return s;
}

FIELDS(inner_oom, every_call)
{
    fixture x = fixture_new(*F);
    for (int c = 0; c < CALLS; c++) {
        void *ref = NULL;
        int kind = 8;
        TS_OK(call(c, &x, &ref, &kind));
        char *want = kind == 2 ? ref : text_of(ref, kind);
        for (unsigned long k = 1;; k++) {
            void *o = NULL;
            ax_oom_fail_at(k, false);
            axle_status s = call(c, &x, &o, &kind);
            bool fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            if (s == AXLE_OK) {
                /* Undisturbed, or a kernel recovered from the failure (the QQ solve does): the
                 * same answer either way. */
                char *got = kind == 2 ? o : text_of(o, kind);
                cr_assert((!got && !want) || (got && want && strcmp(got, want) == 0),
                          "%s: call %d, allocation %lu: a different answer", axle_field_name(*F), c,
                          k);
                if (kind != 2)
                    axle_free(got);
                release(o, kind);
                if (!fired)
                    break;
                continue;
            }
            cr_assert(fired, "%s: call %d failed without a failed allocation: %s",
                      axle_field_name(*F), c, axle_error_message());
            cr_assert_eq(s, AXLE_ENOMEM, "%s: call %d, allocation %lu: %s (%s)",
                         axle_field_name(*F), c, k, axle_strerror(s), axle_error_message());
            cr_assert_null(o, "call %d, allocation %lu: output not NULL", c, k);
        }
        if (kind != 2)
            axle_free(want);
        release(ref, kind);
    }
    fixture_free(&x);
    TS_CHECK_NO_LEAKS();
}
