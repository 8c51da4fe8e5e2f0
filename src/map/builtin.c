/* The built-in maps (LADR 3A, 3E, 3F): identity and zero, differentiation and multiplication by x
 * on P_m(F), transposition on F^{m,n}, evaluation and integration functionals, inclusion of a
 * subspace, the quotient map and the projections of a product. Each is its matrix in the standard
 * bases, filled through the public matrix API (exact on both fields). */
#include <limits.h>
#include <math.h>

#include "map/map_internal.h"

/* V (the parameter `name`) is a space of the given kind. */
static axle_status check_kind(const axle_space *V, const char *name, axle_space_kind kind,
                              const char *what)
{
    axle_status s = ax_check_space(V, name);
    if (s || V->kind == kind)
        return s;
    char *vname = ax_space_name(V);
    s = ax_error(AXLE_EINVAL, "%s needs %s, but %s is %s", what,
                 kind == AXLE_SPACE_POLY       ? "a space of polynomials P_m(F)"
                 : kind == AXLE_SPACE_MATRICES ? "a space of matrices F^{m,n}"
                 : kind == AXLE_SPACE_SUBSPACE ? "a subspace"
                 : kind == AXLE_SPACE_QUOTIENT ? "a quotient space V/U"
                                               : "a product space",
                 name, vname);
    ax_name_free(vname);
    return s;
}

/* A new map V -> W with a zero matrix in *M to fill (V and W checked). */
static axle_status blank(axle_matrix **M, const axle_space *V, const axle_space *W)
{
    axle_status s = ax_map_check_spaces(V, W);
    return s ? s : ax_matrix_alloc(M, V->field, W->dim, V->dim);
}

/* Hand M over as the map V -> W, or free it after a failure s. */
static axle_status finish(axle_map **out, axle_status s, const axle_space *V, const axle_space *W,
                          axle_matrix *M)
{
    if (s) {
        axle_matrix_free(M);
        return s;
    }
    return ax_map_new(out, V, W, M);
}

axle_status axle_map_identity(axle_map **out, const axle_space *V)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *M;
    if ((s = ax_map_check_spaces(V, V)) || (s = axle_matrix_identity(&M, V->field, V->dim)))
        return s;
    return ax_map_new(out, V, V, M);
}

axle_status axle_map_zero(axle_map **out, const axle_space *V, const axle_space *W)
{
    AX_OUT(out);
    axle_matrix *M;
    axle_status s = blank(&M, V, W);
    return s ? s : ax_map_new(out, V, W, M);
}

/* The codomain P_k(F) of a polynomial map on V = P_m(F): W itself, checked to have k >= least,
 * or P_want(F) when W is NULL. A new reference. */
static axle_status poly_target(axle_space **out, const axle_space *V, const axle_space *W,
                               size_t least, size_t want, const char *what)
{
    *out = NULL;
    axle_status s = check_kind(V, "V", AXLE_SPACE_POLY, what);
    if (s)
        return s;
    if (!W)
        return axle_space_poly(out, V->field, want);
    bool ok = W->kind == AXLE_SPACE_POLY && W->field == V->field && W->rows >= least;
    if (!ok) {
        char *a = ax_space_name(V), *b = ax_space_name(W);
        s = ax_error(W->field != V->field ? AXLE_EFIELD : AXLE_EDIM,
                     "%s maps %s into P_k(%s) with k >= %zu, not into %s", what, a,
                     axle_field_name(V->field), least, b);
        ax_name_free(a);
        ax_name_free(b);
        return s;
    }
    *out = axle_space_ref(W);
    return AXLE_OK;
}

axle_status axle_map_differentiation(axle_map **out, const axle_space *V, const axle_space *W)
{
    AX_OUT(out);
    axle_space *T;
    axle_matrix *M = NULL;
    size_t m = V ? V->rows : 0, low = m ? m - 1 : 0;
    axle_status s = poly_target(&T, V, W, low, low, "differentiation");
    if (s || (s = blank(&M, V, T)))
        goto done;
    for (size_t j = 1; j <= m && !s; j++) /* (x^j)' = j x^(j-1) */
        s = axle_matrix_set_frac(M, j - 1, j, (long)j, 1);
    s = finish(out, s, V, T, M);
done:
    axle_space_unref(T);
    return s;
}

axle_status axle_map_multiply_x(axle_map **out, const axle_space *V, const axle_space *W)
{
    AX_OUT(out);
    axle_space *T;
    axle_matrix *M = NULL;
    size_t m = V ? V->rows : 0;
    axle_status s = poly_target(&T, V, W, m + 1, m + 1, "multiplication by x");
    if (s || (s = blank(&M, V, T)))
        goto done;
    for (size_t j = 0; j <= m && !s; j++) /* x x^j = x^(j+1) */
        s = axle_matrix_set_frac(M, j + 1, j, 1, 1);
    s = finish(out, s, V, T, M);
done:
    axle_space_unref(T);
    return s;
}

axle_status axle_map_transposition(axle_map **out, const axle_space *V)
{
    AX_OUT(out);
    axle_space *W = NULL;
    axle_matrix *M = NULL;
    axle_status s;
    if ((s = check_kind(V, "V", AXLE_SPACE_MATRICES, "transposition")) ||
        (s = axle_space_matrices(&W, V->field, V->cols, V->rows)) || (s = blank(&M, V, W)))
        goto done;
    /* E_{i,j} (coordinate i n + j) goes to E_{j,i} of F^{n,m} (coordinate j m + i) */
    for (size_t i = 0; i < V->rows && !s; i++)
        for (size_t j = 0; j < V->cols && !s; j++)
            s = axle_matrix_set_frac(M, j * V->rows + i, i * V->cols + j, 1, 1);
    s = finish(out, s, V, W, M);
done:
    axle_space_unref(W);
    return s;
}

static axle_status check_scalar(const axle_scalar *c, const axle_space *V, const char *what)
{
    if (!c)
        return ax_error(AXLE_EINVAL, "the scalar %s is NULL", what);
    if (axle_scalar_field(c) != V->field)
        return ax_error(AXLE_EFIELD, "the scalar %s is over %s but the space is over %s", what,
                        axle_field_name(axle_scalar_field(c)), axle_field_name(V->field));
    return AXLE_OK;
}

/* The exact row of a functional on P_m holds powers c^1, ..., c^(m+1) (each about j L bits, L =
 * ax_scalar_height_bits summed over the points) and, when integrating, the divisors j + 1: refused
 * over QQ above AXLE_POLY_MAX_BITS in all before anything is computed (doubles do not grow). */
static axle_status check_powers(const axle_space *V, double L, bool integrate, const char *what)
{
    size_t m = V->rows;
    double k = (double)m + 1, bits = L * k * (k + 1) / 2 + (integrate ? k * log2(k) : 0);
    if (!ax_poly_kernels_of(V->field)->exact || bits <= (double)AXLE_POLY_MAX_BITS)
        return AXLE_OK;
    return ax_error(AXLE_ERANGE,
                    "%s on P_%zu is refused: its powers could need about %.3g bits, more than the "
                    "limit AXLE_POLY_MAX_BITS = %ld",
                    what, m, bits, AXLE_POLY_MAX_BITS);
}

/* Row 0 of M, entries j = 0..m: c^j (powers) in *pw, advancing it to c^(m+1). */
static axle_status powers_row(axle_matrix *M, axle_scalar **pw, const axle_scalar *c, size_t m,
                              bool integrate)
{
    axle_status s = AXLE_OK;
    for (size_t j = 0; j <= m + integrate && !s; j++) {
        axle_scalar *next = NULL;
        if (j > 0 && !(s = axle_scalar_mul(&next, pw[0], c))) {
            axle_scalar_free(pw[0]);
            pw[0] = next;
        }
        if (!s && !integrate)
            s = axle_matrix_set(M, 0, j, pw[0]);
        if (!s && integrate && j > 0) /* collect b^j, or subtract a^j, in entry j - 1 */
            s = axle_matrix_set(M, 0, j - 1, pw[0]);
    }
    return s;
}

axle_status axle_map_evaluation(axle_map **out, const axle_space *V, const axle_scalar *c)
{
    AX_OUT(out);
    axle_space *W = NULL;
    axle_matrix *M = NULL;
    axle_scalar *pw = NULL;
    axle_status s;
    if ((s = check_kind(V, "V", AXLE_SPACE_POLY, "the evaluation functional")) ||
        (s = check_scalar(c, V, "c")) ||
        (s = check_powers(V, ax_scalar_height_bits(c), false, "the evaluation functional")) ||
        (s = axle_space_fn(&W, V->field, 1)) || (s = blank(&M, V, W)) ||
        (s = axle_scalar_from_int(&pw, V->field, 1)))
        goto done;
    s = powers_row(M, &pw, c, V->rows, false); /* p(c) = sum a_j c^j */
    s = finish(out, s, V, W, M);
    M = NULL;
done:
    axle_matrix_free(M);
    axle_scalar_free(pw);
    axle_space_unref(W);
    return s;
}

/* Row 0 of a 1 x (m+1) matrix: t^(j+1) / (j+1) for j = 0..m. */
static axle_status antiderivative_row(axle_matrix **row, const axle_scalar *t, size_t m)
{
    axle_scalar *pw = NULL, *inv = NULL, *q = NULL, *x = NULL;
    axle_status s;
    if ((s = ax_matrix_alloc(row, axle_scalar_field(t), 1, m + 1)) ||
        (s = axle_scalar_from_int(&pw, axle_scalar_field(t), 1)) ||
        (s = powers_row(*row, &pw, t, m, true)))
        goto done;
    for (size_t j = 0; j <= m && !s; j++) {
        if (!(s = axle_matrix_get(&x, *row, 0, j)) &&
            !(s = axle_scalar_from_frac(&inv, axle_scalar_field(t), 1, (long)(j + 1))) &&
            !(s = axle_scalar_mul(&q, x, inv)))
            s = axle_matrix_set(*row, 0, j, q);
        axle_scalar_free(x);
        axle_scalar_free(inv);
        axle_scalar_free(q);
        x = inv = q = NULL;
    }
done:
    axle_scalar_free(pw);
    if (s) {
        axle_matrix_free(*row);
        *row = NULL;
    }
    return s;
}

axle_status axle_map_integration(axle_map **out, const axle_space *V, const axle_scalar *a,
                                 const axle_scalar *b)
{
    AX_OUT(out);
    axle_space *W = NULL;
    axle_matrix *A = NULL, *B = NULL, *M = NULL;
    axle_status s;
    /* integral_a^b x^j dx = (b^(j+1) - a^(j+1)) / (j + 1) */
    if (!(s = check_kind(V, "V", AXLE_SPACE_POLY, "the integration functional")) &&
        (V->rows >= (size_t)LONG_MAX - 1))
        s = ax_error(AXLE_ERANGE, "P_%zu is too large for the integration functional", V->rows);
    if (s || (s = check_scalar(a, V, "a")) || (s = check_scalar(b, V, "b")) ||
        (s = check_powers(V, ax_scalar_height_bits(a) + ax_scalar_height_bits(b), true,
                          "the integration functional")) ||
        (s = axle_space_fn(&W, V->field, 1)) || (s = antiderivative_row(&A, a, V->rows)) ||
        (s = antiderivative_row(&B, b, V->rows)) || (s = axle_matrix_sub(&M, B, A)))
        goto done;
    s = ax_map_new(out, V, W, M);
done:
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_space_unref(W);
    return s;
}

axle_status axle_map_inclusion(axle_map **out, const axle_space *U)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *M;
    if ((s = check_kind(U, "U", AXLE_SPACE_SUBSPACE, "the inclusion map")) ||
        (s = axle_matrix_copy(&M, U->basis)))
        return s;
    return ax_map_new(out, U, U->parent, M);
}

axle_status axle_map_quotient(axle_map **out, const axle_space *Q)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *M;
    if ((s = check_kind(Q, "Q", AXLE_SPACE_QUOTIENT, "the quotient map")) ||
        (s = axle_matrix_copy(&M, Q->project)))
        return s;
    return ax_map_new(out, Q->parent, Q, M);
}

axle_status axle_map_projection(axle_map **out, const axle_space *P, size_t i)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_kind(P, "P", AXLE_SPACE_PRODUCT, "a projection")))
        return s;
    if (i >= P->nparts)
        return ax_error(AXLE_ERANGE, "factor %zu is out of range: the product has %zu %s", i,
                        P->nparts, ax_plural(P->nparts, "factor", "factors"));
    size_t at = 0;
    for (size_t k = 0; k < i; k++)
        at += P->parts[k]->dim;
    const axle_space *Vi = P->parts[i];
    axle_matrix *M;
    if ((s = blank(&M, P, Vi)))
        return s;
    for (size_t r = 0; r < Vi->dim && !s; r++)
        s = axle_matrix_set_frac(M, r, at + r, 1, 1);
    return finish(out, s, P, Vi, M);
}
