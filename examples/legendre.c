/* The Legendre polynomials by Gram–Schmidt (Axler 6.32 and the example after it). On P_3(R) with
 * <p, q> = ∫_{-1}^{1} p(x) q(x) dx, Gram–Schmidt on 1, x, x², x³ gives, up to scaling, the
 * Legendre polynomials 1, x, (3x² − 1)/2, (5x³ − 3x)/2. Over QQ axle does it exactly: the
 * orthogonal list e'_j and its norms squared are rational, and the orthonormal e_j = e'_j/‖e'_j‖
 * is kept as the exact pair (e'_j, ‖e'_j‖²) and printed with simplified square roots. Then the
 * coordinates of a polynomial by inner products (6.30), the best approximation of x³ by a
 * polynomial of degree at most 2 (6.61), an orthogonal complement (6.46), and the same Gram–Schmidt
 * over RR (Householder QR) compared with the exact values. */
#include <axle.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static void check(axle_status s, const char *what)
{
    if (s) {
        fprintf(stderr, "legendre: %s: %s\n", what, axle_error_message());
        exit(1);
    }
}

/* The integral inner product on P_3 over F, on [-1, 1]. */
static axle_inner *legendre_inner(axle_field F)
{
    axle_space *P3 = NULL;
    axle_scalar *a = NULL, *b = NULL;
    axle_inner *ip = NULL;
    check(axle_space_poly(&P3, F, 3), "P_3");
    check(axle_scalar_from_int(&a, F, -1), "a");
    check(axle_scalar_from_int(&b, F, 1), "b");
    check(axle_inner_integral(&ip, P3, a, b), "inner product");
    axle_scalar_free(a);
    axle_scalar_free(b);
    axle_space_unref(P3);
    return ip;
}

static void print_vector(const char *label, const axle_vector *v)
{
    char *s = NULL;
    check(axle_vector_to_string(&s, v, AXLE_FORMAT_TEXT), label);
    printf("%s%s\n", label, s);
    axle_free(s);
}

static void print_scalar(const char *label, const axle_scalar *x)
{
    char *s = NULL;
    check(axle_scalar_to_string(&s, x, AXLE_FORMAT_TEXT), label);
    printf("%s%s\n", label, s);
    axle_free(s);
}

int main(void)
{
    static const char *const monomials[] = {"1", "x", "x^2", "x^3"};
    axle_inner *ip = legendre_inner(AXLE_QQ);
    const axle_space *P3 = axle_inner_space(ip);
    char *desc = NULL;
    check(axle_inner_to_string(&desc, ip, AXLE_FORMAT_TEXT), "description");
    printf("%s\n", desc);
    axle_free(desc);

    /* Gram–Schmidt on 1, x, x^2, x^3 */
    axle_vector *v[4];
    for (size_t j = 0; j < 4; j++)
        check(axle_vector_parse(&v[j], P3, monomials[j]), monomials[j]);
    axle_gs *L = NULL;
    check(axle_inner_gram_schmidt(&L, ip, (const axle_vector *const *)v, 4), "Gram-Schmidt");
    for (size_t j = 0; j < axle_gs_count(L); j++) {
        axle_vector *e = NULL;
        axle_scalar *r = NULL;
        char *unit = NULL;
        check(axle_gs_orthogonal(&e, L, j), "e'_j");
        check(axle_gs_norm_squared(&r, L, j), "r_j");
        check(axle_gs_orthonormal_string(&unit, L, j, AXLE_FORMAT_TEXT), "e_j");
        char *es = NULL, *rs = NULL;
        check(axle_vector_to_string(&es, e, AXLE_FORMAT_TEXT), "e'_j");
        check(axle_scalar_to_string(&rs, r, AXLE_FORMAT_TEXT), "r_j");
        printf("e'_%zu = %s    |e'_%zu|^2 = %s    e_%zu = %s\n", j + 1, es, j + 1, rs, j + 1, unit);
        axle_free(es);
        axle_free(rs);
        axle_free(unit);
        axle_scalar_free(r);
        axle_vector_unref(e);
    }

    /* the orthogonal list really is orthogonal: checked exactly, pair by pair */
    axle_vector *e[4];
    for (size_t j = 0; j < 4; j++)
        check(axle_gs_orthogonal(&e[j], L, j), "e'_j");
    bool orthogonal = false;
    check(axle_inner_is_orthogonal_list(&orthogonal, ip, (const axle_vector *const *)e, 4, false),
          "orthogonality");
    printf("pairwise orthogonal: %s\n", orthogonal ? "yes" : "no");

    /* coordinates by inner products (6.30): p = sum of <p, e'_j>/|e'_j|^2 e'_j */
    axle_vector *p = NULL, *back = NULL;
    axle_matrix *c = NULL;
    check(axle_vector_parse(&p, P3, "x^3 + x^2"), "p");
    check(axle_gs_coefficients(&c, L, p), "coefficients");
    axle_scalar *cj[4];
    for (size_t j = 0; j < 4; j++)
        check(axle_matrix_get(&cj[j], c, j, 0), "coefficient");
    check(axle_vector_lincomb(&back, P3, (const axle_scalar *const *)cj,
                              (const axle_vector *const *)e, 4),
          "combination");
    for (size_t j = 0; j < 4; j++)
        axle_scalar_free(cj[j]);
    char *cs = NULL;
    check(axle_matrix_to_string(&cs, c, AXLE_FORMAT_TEXT), "coefficients");
    bool same = false;
    check(axle_vector_equal(&same, back, p), "compare");
    printf("x^3 + x^2 in the orthogonal basis: coefficients %s, recombined equal: %s\n", cs,
           same ? "yes" : "no");
    axle_free(cs);

    /* the best approximation of x^3 by a polynomial of degree at most 2 (6.61) */
    axle_space *P2 = NULL;
    axle_vector *best = NULL;
    axle_scalar *d2 = NULL;
    check(axle_space_span(&P2, P3, (const axle_vector *const *)v, 3), "span(1, x, x^2)");
    check(axle_inner_project(&best, ip, P2, v[3]), "projection");
    check(axle_inner_distance_squared(&d2, ip, P2, v[3]), "distance");
    print_vector("closest to x^3 in P_2: ", best);
    print_scalar("its distance squared: ", d2);

    /* the orthogonal complement of span(1, x): span(e'_2, e'_3) */
    axle_space *U = NULL, *Uperp = NULL;
    check(axle_space_span(&U, P3, (const axle_vector *const *)v, 2), "span(1, x)");
    check(axle_inner_complement(&Uperp, ip, U), "complement");
    printf("span(1, x) has an orthogonal complement of dimension %zu:\n", axle_space_dim(Uperp));
    for (size_t j = 0; j < axle_space_dim(Uperp); j++) {
        axle_vector *w = NULL;
        check(axle_space_basis_vector(&w, Uperp, j), "basis");
        print_vector("  ", w);
        axle_vector_unref(w);
    }

    /* the same over RR: Householder QR, compared with the exact e_j */
    axle_inner *ipr = legendre_inner(AXLE_RR);
    axle_vector *vr[4];
    for (size_t j = 0; j < 4; j++)
        check(axle_vector_parse(&vr[j], axle_inner_space(ipr), monomials[j]), monomials[j]);
    axle_gs *Lr = NULL;
    check(axle_inner_gram_schmidt(&Lr, ipr, (const axle_vector *const *)vr, 4), "RR Gram-Schmidt");
    double worst = 0, e2[4] = {0, 0, 0, 0};
    for (size_t j = 0; j < 4; j++) {
        double exact[4], approx[4];
        check(axle_gs_orthonormal_double(exact, L, j), "e_j");
        check(axle_gs_orthonormal_double(approx, Lr, j), "RR e_j");
        for (size_t i = 0; i < 4; i++) {
            worst = fmax(worst, fabs(exact[i] - approx[i]));
            if (j == 2)
                e2[i] = approx[i];
        }
    }
    printf("RR: e_3 = %.6f + %.6f x^2 (rounded to 6 places)\n", e2[0], e2[2]);
    printf("RR: every coordinate of e_1 .. e_4 within 1e-12 of the exact value: %s\n",
           worst < 1e-12 ? "yes" : "no");

    for (size_t j = 0; j < 4; j++) {
        axle_vector_unref(v[j]);
        axle_vector_unref(vr[j]);
        axle_vector_unref(e[j]);
    }
    axle_vector_unref(p);
    axle_vector_unref(back);
    axle_matrix_free(c);
    axle_vector_unref(best);
    axle_scalar_free(d2);
    axle_space_unref(P2);
    axle_space_unref(U);
    axle_space_unref(Uperp);
    axle_gs_unref(L);
    axle_gs_unref(Lr);
    axle_inner_unref(ip);
    axle_inner_unref(ipr);
    return 0;
}
