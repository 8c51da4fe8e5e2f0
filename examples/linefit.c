/* A least-squares line fit, exactly (Axler 6.C), and what chapter 7 says about its matrix.
 *
 * The points (t, y) = (-2, 1), (-1, 1), (0, 2), (1, 3), (2, 3) lie on no line. The line
 * y = c0 + c1 t that comes closest (in the sum of squared errors) solves A c ≈ b with A's rows
 * (1, t) and b the y values: A c is the orthogonal projection of b onto range A (6.61), so the
 * residual b − A c is orthogonal to range A: Aᵀ (b − A c) = 0, checked here exactly. Then A as a
 * map Q² → Q⁵: its adjoint A* (the transpose, for the dot products), the self-adjoint positive
 * operator A*A and its orthonormal eigenbasis (the spectral theorem), the singular values of A as
 * exact square roots, the operator norm, the pseudoinverse A⁺ (A⁺ b is the fit again), the best
 * rank-1 approximation; and the same fit and the SVD over RR, compared with the exact values. */
#include <axle.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static void check(axle_status s, const char *what)
{
    if (s) {
        fprintf(stderr, "linefit: %s: %s\n", what, axle_error_message());
        exit(1);
    }
}

static void print_matrix(const char *label, const axle_matrix *M)
{
    char *s = NULL;
    check(axle_matrix_to_string(&s, M, AXLE_FORMAT_TEXT), label);
    printf("%s%s\n", label, s);
    axle_free(s);
}

static char *entry_string(const axle_matrix *M, size_t i, size_t j)
{
    axle_scalar *x = NULL;
    char *s = NULL;
    check(axle_matrix_get(&x, M, i, j), "entry");
    check(axle_scalar_to_string(&s, x, AXLE_FORMAT_TEXT), "entry");
    axle_scalar_free(x);
    return s;
}

int main(void)
{
    const char *points = "[[1, -2], [1, -1], [1, 0], [1, 1], [1, 2]]";
    const char *values = "[[1], [1], [2], [3], [3]]";
    axle_matrix *A = NULL, *b = NULL;
    check(axle_matrix_parse(&A, AXLE_QQ, points), "A");
    check(axle_matrix_parse(&b, AXLE_QQ, values), "b");

    /* the fit: the minimum-norm least-squares solution, exactly */
    axle_matrix *c = NULL, *res = NULL;
    size_t rank = 0;
    check(axle_matrix_lstsq(&c, &rank, &res, A, b), "least squares");
    char *c0 = entry_string(c, 0, 0), *c1 = entry_string(c, 1, 0), *r2 = entry_string(res, 0, 0);
    printf("the line: y = %s + %s t\n", c0, c1);
    printf("sum of squared errors |A c - b|^2 = %s, rank A = %zu\n", r2, rank);
    axle_free(c0);
    axle_free(c1);
    axle_free(r2);

    /* checked by substitution: the residual is orthogonal to range A */
    axle_matrix *Ac = NULL, *r = NULL, *At = NULL, *Atr = NULL;
    check(axle_matrix_mul(&Ac, A, c), "A c");
    check(axle_matrix_sub(&r, b, Ac), "b - A c");
    check(axle_matrix_transpose(&At, A), "A^T");
    check(axle_matrix_mul(&Atr, At, r), "A^T r");
    print_matrix("residual b - A c = ", r);
    print_matrix("A^T (b - A c) = ", Atr);

    /* A as a map Q^2 -> Q^5 with the dot products; its adjoint is the transpose */
    axle_space *V = NULL, *W = NULL;
    axle_inner *ipV = NULL, *ipW = NULL;
    axle_map *T = NULL, *Tstar = NULL, *TstarT = NULL;
    check(axle_space_fn(&V, AXLE_QQ, 2), "Q^2");
    check(axle_space_fn(&W, AXLE_QQ, 5), "Q^5");
    check(axle_inner_dot(&ipV, V), "dot product");
    check(axle_inner_dot(&ipW, W), "dot product");
    check(axle_map_from_matrix(&T, V, W, A), "T");
    check(axle_map_adjoint(&Tstar, ipV, ipW, T), "adjoint");
    axle_matrix *M = NULL;
    check(axle_map_matrix(&M, Tstar, NULL, 0, NULL, 0), "M(T*)");
    print_matrix("M(A*) = ", M);
    axle_matrix_free(M);

    /* A*A is self-adjoint and positive; the spectral theorem gives an orthonormal eigenbasis */
    check(axle_map_compose(&TstarT, Tstar, T), "A*A");
    bool self_adjoint = false, positive = false;
    check(axle_map_is_self_adjoint(&self_adjoint, ipV, TstarT), "self-adjoint");
    check(axle_map_is_positive(&positive, ipV, TstarT), "positive");
    printf("A*A self-adjoint: %s, positive: %s\n", self_adjoint ? "yes" : "no",
           positive ? "yes" : "no");
    axle_gs *basis = NULL;
    axle_matrix *eigenvalues = NULL;
    check(axle_map_spectral(&basis, &eigenvalues, ipV, TstarT), "spectral theorem");
    for (size_t j = 0; j < axle_gs_count(basis); j++) {
        char *lambda = entry_string(eigenvalues, j, 0), *e = NULL;
        check(axle_gs_orthonormal_string(&e, basis, j, AXLE_FORMAT_TEXT), "eigenvector");
        printf("A*A e = %s e for e = %s\n", lambda, e);
        axle_free(lambda);
        axle_free(e);
    }

    /* the positive square root of A*A: its eigenvalues 5 and 10 are not squares of rationals, so
     * over QQ it is refused, with the reason, rather than rounded */
    axle_map *R = NULL;
    axle_status sq = axle_map_sqrt(&R, ipV, TstarT);
    if (sq == AXLE_EDOMAIN)
        printf("sqrt(A*A) over QQ: %s\n", axle_error_message());
    else
        check(sq, "square root");

    /* the singular values of A: the square roots of the eigenvalues of A*A, exactly */
    axle_svd *S = NULL;
    check(axle_map_svd(&S, ipV, ipW, T), "singular values");
    for (size_t k = 0; k < axle_svd_count(S); k++) {
        char *sigma = NULL;
        check(axle_svd_value_string(&sigma, S, k, AXLE_FORMAT_TEXT), "singular value");
        printf("singular value %s (multiplicity %zu)\n", sigma, axle_svd_multiplicity(S, k));
        axle_free(sigma);
    }
    axle_algebraic *norm = NULL;
    char *ns = NULL;
    check(axle_map_norm(&norm, ipV, ipW, T), "operator norm");
    check(axle_algebraic_to_string(&ns, norm, AXLE_FORMAT_TEXT, 6), "operator norm");
    printf("operator norm |A| = %s\n", ns);
    axle_free(ns);
    axle_algebraic_free(norm);

    /* the pseudoinverse: A+ b is the fit again */
    axle_matrix *Aplus = NULL, *Aplus_b = NULL;
    check(axle_matrix_pinv(&Aplus, A), "pseudoinverse");
    check(axle_matrix_mul(&Aplus_b, Aplus, b), "A+ b");
    print_matrix("A+ = ", Aplus);
    printf("A+ b = c: %s\n", axle_matrix_equal(Aplus_b, c) ? "yes" : "no");

    /* the best approximation of A by a matrix of rank 1 (sigma_1 > sigma_2) */
    axle_map *T1 = NULL;
    check(axle_map_best_rank(&T1, ipV, ipW, T, 1), "best rank 1");
    check(axle_map_matrix(&M, T1, NULL, 0, NULL, 0), "M(T_1)");
    print_matrix("best rank-1 approximation: ", M);
    axle_matrix_free(M);

    /* over RR: dgelsd and dgesdd, compared with the exact values */
    axle_matrix *Ar = NULL, *br = NULL, *cr = NULL;
    check(axle_matrix_parse(&Ar, AXLE_RR, points), "A over RR");
    check(axle_matrix_parse(&br, AXLE_RR, values), "b over RR");
    check(axle_matrix_lstsq(&cr, NULL, NULL, Ar, br), "RR least squares");
    double x0, x1;
    check(axle_matrix_get_double(&x0, cr, 0, 0), "c0");
    check(axle_matrix_get_double(&x1, cr, 1, 0), "c1");
    printf("RR: y = %.6f + %.6f t (rounded to 6 places)\n", x0, x1);
    axle_svd *Sr = NULL;
    axle_matrix *U = NULL, *Sigma = NULL, *Vt = NULL, *US = NULL, *USV = NULL;
    check(axle_matrix_svd(&Sr, Ar), "RR SVD");
    check(axle_svd_matrices(&U, &Sigma, &Vt, Sr), "U, Sigma, V^T");
    check(axle_matrix_mul(&US, U, Sigma), "U Sigma");
    check(axle_matrix_mul(&USV, US, Vt), "U Sigma V^T");
    double worst = 0;
    for (size_t i = 0; i < 5; i++)
        for (size_t j = 0; j < 2; j++) {
            double u, a;
            check(axle_matrix_get_double(&u, USV, i, j), "entry");
            check(axle_matrix_get_double(&a, Ar, i, j), "entry");
            worst = fmax(worst, fabs(u - a));
        }
    printf("RR: U Sigma V^T = A within 1e-12: %s\n", worst < 1e-12 ? "yes" : "no");
    axle_space *R5 = NULL;
    axle_inner *ip5 = NULL;
    axle_map *Umap = NULL;
    bool isometry = false;
    check(axle_space_fn(&R5, AXLE_RR, 5), "R^5");
    check(axle_inner_dot(&ip5, R5), "dot product");
    check(axle_map_from_matrix(&Umap, R5, R5, U), "U");
    check(axle_map_is_isometry(&isometry, ip5, ip5, Umap), "isometry");
    printf("RR: U is an isometry of R^5: %s\n", isometry ? "yes" : "no");
    double gap = 0;
    for (size_t k = 0; k < axle_svd_count(S); k++) {
        double exact, approx;
        check(axle_svd_value_double(&exact, S, k), "sigma");
        check(axle_svd_value_double(&approx, Sr, k), "RR sigma");
        gap = fmax(gap, fabs(exact - approx));
    }
    printf("RR: singular values within 1e-12 of the exact ones: %s\n", gap < 1e-12 ? "yes" : "no");

    axle_matrix *mats[] = {A,       b,  c,  res, Ac, r,     At, Atr, eigenvalues, Aplus,
                           Aplus_b, Ar, br, cr,  U,  Sigma, Vt, US,  USV};
    for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
        axle_matrix_free(mats[i]);
    axle_svd_unref(S);
    axle_svd_unref(Sr);
    axle_gs_unref(basis);
    axle_map_unref(T);
    axle_map_unref(Tstar);
    axle_map_unref(TstarT);
    axle_map_unref(T1);
    axle_map_unref(R);
    axle_map_unref(Umap);
    axle_inner_unref(ip5);
    axle_space_unref(R5);
    axle_inner_unref(ipV);
    axle_inner_unref(ipW);
    axle_space_unref(V);
    axle_space_unref(W);
    return 0;
}
