/* Square-free decomposition, complete factorization over Q and rational roots: the public entry
 * points and the factor-list type. The work is the backend's exact polynomial kernels (QQ:
 * src/exact/factor.c); a field without them (RR) answers AXLE_EUNSUPPORTED. */
#include <stdlib.h>

#include "backend.h"

struct axle_poly_factors {
    ax_poly_factor_list L;
};

void axle_poly_factors_free(axle_poly_factors *F)
{
    if (!F)
        return;
    ax_poly_factor_list_clear(&F->L);
    free(F);
}

size_t axle_poly_factors_count(const axle_poly_factors *F)
{
    return F ? F->L.n : 0;
}

const axle_scalar *axle_poly_factors_unit(const axle_poly_factors *F)
{
    return F ? F->L.unit : NULL;
}

const axle_poly *axle_poly_factors_get(const axle_poly_factors *F, size_t i, unsigned long *mult)
{
    if (!F || i >= F->L.n)
        return NULL;
    if (mult)
        *mult = F->L.mult[i];
    return F->L.f[i];
}

/* The backend of p when it has the exact polynomial kernels; else NULL and the status. */
static const ax_backend *exact_backend(axle_status *s, const axle_poly *p, const char *what)
{
    if ((*s = ax_poly_check(p, "p")))
        return NULL;
    const ax_backend *B = ax_backend_of(axle_poly_field(p));
    if (!B->poly_factor) {
        *s = ax_error(AXLE_EUNSUPPORTED, "%s is available over QQ only", what);
        return NULL;
    }
    return B;
}

static axle_status decompose(axle_poly_factors **out, const axle_poly *p, bool full)
{
    AX_OUT(out);
    axle_status s;
    const ax_backend *B =
        exact_backend(&s, p, full ? "factorization" : "square-free decomposition");
    if (!B)
        return s;
    axle_poly_factors *F = ax_calloc(1, sizeof *F);
    if (!F)
        return ax_nomem();
    if ((s = B->poly_factor(&F->L, p, full))) {
        free(F);
        return s;
    }
    *out = F;
    return AXLE_OK;
}

axle_status axle_poly_squarefree(axle_poly_factors **out, const axle_poly *p)
{
    return decompose(out, p, false);
}

axle_status axle_poly_factor(axle_poly_factors **out, const axle_poly *p)
{
    return decompose(out, p, true);
}

axle_status axle_poly_rational_roots(axle_matrix **roots, unsigned long **mult, const axle_poly *p)
{
    if (mult)
        *mult = NULL;
    AX_OUT(roots);
    axle_status s;
    const ax_backend *B = exact_backend(&s, p, "factorization");
    return B ? B->poly_rational_roots(roots, mult, p) : s;
}
