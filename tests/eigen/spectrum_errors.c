/* Every error path of the spectrum, the bases, Jordan–Chevalley and the eigenspaces, over both
 * fields: NULL arguments (named), non-square matrices and maps that are not operators, mixed
 * fields, indices out of range ("eigenvalue index 5 out of range: A has 2 eigenvalues"), bad
 * formats and enum values, the exact-only accessors over RR (AXLE_EUNSUPPORTED pointing to QQ),
 * the refusals of the simple forms (AXLE_EDOMAIN naming the obstruction), both outputs NULL, the
 * dimension limit; outputs NULL (or untouched values) after every failure. */
#include <string.h>

#include "spectrum_helpers.h"

FIELDS(spectrum_errors, construction)
{
    axle_eigen *E = (axle_eigen *)1;
    axle_matrix *A = ts_zero(*F, 2, 3);
    eg_assert_fails(axle_matrix_eigen(NULL, A), AXLE_EINVAL, "out");
    eg_assert_fails(axle_matrix_eigen(&E, NULL), AXLE_EINVAL, "A");
    cr_assert_null(E);
    E = (axle_eigen *)1;
    eg_assert_fails(axle_matrix_eigen(&E, A), AXLE_EDIM,
                    "the spectrum needs a square matrix, got 2x3");
    cr_assert_null(E);
    axle_space *V = NULL, *W = NULL;
    axle_map *D = NULL;
    TS_OK(axle_space_poly(&V, *F, 2));
    TS_OK(axle_space_poly(&W, *F, 1));
    TS_OK(axle_map_differentiation(&D, V, W));
    eg_assert_fails(axle_map_eigen(&E, D), AXLE_EDIM, "the spectrum needs an operator");
    eg_assert_fails(axle_map_eigen(&E, NULL), AXLE_EINVAL, "T");
    eg_assert_fails(axle_map_eigen(NULL, D), AXLE_EINVAL, "out");
    cr_assert_null(E);
    axle_map_unref(D);
    axle_space_unref(V);
    axle_space_unref(W);
    axle_matrix_free(A);
}

Test(spectrum_errors, dimension_limit)
{
    size_t n = AXLE_EIGEN_MAX_DIM + 1;
    axle_matrix *A = NULL, *P = NULL, *S = NULL;
    TS_OK(axle_matrix_new(&A, AXLE_RR, n, n));
    axle_eigen *E = NULL;
    eg_assert_fails(axle_matrix_eigen(&E, A), AXLE_ERANGE, "AXLE_EIGEN_MAX_DIM");
    eg_assert_fails(axle_matrix_diagonalize(&P, NULL, A), AXLE_ERANGE, "AXLE_EIGEN_MAX_DIM");
    eg_assert_fails(axle_matrix_jordan_chevalley(&S, NULL, A), AXLE_ERANGE, "AXLE_EIGEN_MAX_DIM");
    cr_assert_null(E);
    cr_assert_null(P);
    cr_assert_null(S);
    axle_matrix_free(A);
}

FIELDS(spectrum_errors, accessors)
{
    axle_matrix *A = eg_parse(*F, "[[0, -1], [1, 0]]");
    axle_eigen *E = eg_eigen(A);
    size_t c = axle_eigen_count(E);
    char *s = (char *)1;
    eg_assert_fails(axle_eigen_value_string(&s, E, 5, AXLE_FORMAT_TEXT), AXLE_ERANGE,
                    "eigenvalue index 5 out of range: A has 2 eigenvalues");
    cr_assert_null(s);
    eg_assert_fails(axle_eigen_value_string(&s, E, 0, (axle_format)9), AXLE_EINVAL, "format");
    eg_assert_fails(axle_eigen_eigenvectors_string(&s, E, c, AXLE_FORMAT_TEXT), AXLE_ERANGE,
                    "out of range");
    eg_assert_fails(axle_eigen_eigenvectors_string(&s, E, 0, (axle_format)-1), AXLE_EINVAL,
                    "format");
    eg_assert_fails(axle_eigen_to_string(&s, E, (axle_format)4), AXLE_EINVAL, "format");
    cr_assert_null(s);
    double re = 7, im = 7, vr[2], vi[2];
    eg_assert_fails(axle_eigen_value_double(&re, &im, E, c), AXLE_ERANGE, "out of range");
    cr_assert(re == 7 && im == 7);
    eg_assert_fails(axle_eigen_eigenvector_double(vr, vi, E, c, 0), AXLE_ERANGE,
                    "eigenvalue index");
    eg_assert_fails(axle_eigen_eigenvector_double(vr, vi, E, 0, 1), AXLE_ERANGE,
                    "eigenvector index 1 out of range: eigenvalue 0 has 1 eigenvector");
    size_t *b = (size_t *)1, nb = 7;
    eg_assert_fails(axle_eigen_jordan_blocks(&b, &nb, E, c), AXLE_ERANGE, "out of range");
    cr_assert_null(b);
    cr_assert_eq(nb, 0);
    /* queries out of range give 0 / false */
    cr_assert_eq(axle_eigen_algebraic_multiplicity(E, c), 0);
    cr_assert_eq(axle_eigen_geometric_multiplicity(E, c), 0);
    cr_assert_eq(axle_eigen_eigenvector_count(E, c), 0);
    cr_assert_not(axle_eigen_is_real(E, c));
    cr_assert_not(axle_eigen_diagonalizable(E, (axle_eigen_over)-1));
    cr_assert_not(axle_eigen_diagonalizable(E, (axle_eigen_over)3));
    axle_algebraic *a = (axle_algebraic *)1;
    axle_nfmatrix *M = (axle_nfmatrix *)1;
    eg_assert_fails(axle_eigen_value(&a, E, c), AXLE_ERANGE, "out of range");
    eg_assert_fails(axle_eigen_eigenspace(&M, E, c), AXLE_ERANGE, "out of range");
    cr_assert_null(M);
    M = (axle_nfmatrix *)1;
    eg_assert_fails(axle_eigen_jordan_chains(&M, E, c), AXLE_ERANGE, "out of range");
    cr_assert_null(a);
    cr_assert_null(M);
    if (*F == AXLE_RR) {
        eg_assert_fails(axle_eigen_value(&a, E, 0), AXLE_EUNSUPPORTED,
                        "compute the spectrum over QQ");
        eg_assert_fails(axle_eigen_eigenspace(&M, E, 0), AXLE_EUNSUPPORTED, "over QQ");
        eg_assert_fails(axle_eigen_jordan_chains(&M, E, 0), AXLE_EUNSUPPORTED, "compute over QQ");
        eg_assert_fails(axle_eigen_jordan_blocks(&b, &nb, E, 0), AXLE_EUNSUPPORTED,
                        "the Jordan form of a floating-point matrix is ill-posed");
        cr_assert_null(a);
        cr_assert_null(M);
        cr_assert_null(b);
    }
    axle_eigen_unref(E);
    axle_matrix_free(A);
}

FIELDS(spectrum_errors, bases)
{
    axle_matrix *A = eg_parse(*F, "[[2, 1], [0, 2]]"), *R = ts_zero(*F, 2, 3);
    axle_matrix *P = (axle_matrix *)1, *D = (axle_matrix *)1;
    eg_assert_fails(axle_matrix_diagonalize(NULL, NULL, A), AXLE_EINVAL, "both NULL");
    eg_assert_fails(axle_matrix_triangularize(NULL, NULL, A), AXLE_EINVAL, "both NULL");
    eg_assert_fails(axle_matrix_jordan(NULL, NULL, A), AXLE_EINVAL, "both NULL");
    eg_assert_fails(axle_matrix_jordan_chevalley(NULL, NULL, A), AXLE_EINVAL, "both NULL");
    eg_assert_fails(axle_matrix_diagonalize(&P, &D, NULL), AXLE_EINVAL, "A");
    cr_assert_null(P);
    cr_assert_null(D);
    P = D = (axle_matrix *)1;
    eg_assert_fails(axle_matrix_diagonalize(&P, &D, R), AXLE_EDIM, "square");
    eg_assert_fails(axle_matrix_triangularize(&P, &D, R), AXLE_EDIM, "square");
    eg_assert_fails(axle_matrix_jordan(&P, &D, R), AXLE_EDIM, "square");
    eg_assert_fails(axle_matrix_jordan_chevalley(&P, &D, R), AXLE_EDIM, "square");
    cr_assert_null(P);
    cr_assert_null(D);
    P = D = (axle_matrix *)1;
    eg_assert_fails(axle_matrix_diagonalize(&P, &D, A), AXLE_EDOMAIN, "not diagonalizable");
    cr_assert_null(P);
    cr_assert_null(D);
    axle_matrix *Rot = eg_parse(*F, "[[0, -1], [1, 0]]");
    eg_assert_fails(axle_matrix_diagonalize(&P, &D, Rot), AXLE_EDOMAIN, "i");
    eg_assert_fails(axle_matrix_triangularize(&P, &D, Rot), AXLE_EDOMAIN, "");
    if (*F == AXLE_QQ) {
        eg_assert_fails(axle_matrix_jordan(&P, &D, Rot), AXLE_EDOMAIN, "axle_eigen_jordan_chains");
        axle_matrix *Fib = eg_parse(*F, "[[1, 1], [1, 0]]");
        eg_assert_fails(axle_matrix_diagonalize(&P, &D, Fib), AXLE_EDOMAIN, "not rational");
        axle_matrix_free(Fib);
    } else {
        eg_assert_fails(axle_matrix_jordan(&P, &D, A), AXLE_EUNSUPPORTED, "compute it over QQ");
        eg_assert_fails(axle_matrix_jordan_chevalley(&P, &D, A), AXLE_EUNSUPPORTED, "over QQ");
    }
    cr_assert_null(P);
    cr_assert_null(D);
    axle_matrix_free(Rot);
    axle_matrix_free(A);
    axle_matrix_free(R);
}

FIELDS(spectrum_errors, eigenspaces)
{
    axle_space *V = NULL, *W = NULL, *U = (axle_space *)1;
    axle_map *T = NULL, *D = NULL;
    TS_OK(axle_space_fn(&V, *F, 2));
    TS_OK(axle_space_poly(&W, *F, 2));
    TS_OK(axle_map_identity(&T, V));
    TS_OK(axle_map_differentiation(&D, W, NULL));
    axle_scalar *one = NULL, *other = NULL;
    TS_OK(axle_scalar_from_int(&one, *F, 1));
    TS_OK(axle_scalar_from_int(&other, *F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 1));
    eg_assert_fails(axle_map_eigenspace(NULL, T, one), AXLE_EINVAL, "out");
    eg_assert_fails(axle_map_eigenspace(&U, NULL, one), AXLE_EINVAL, "T");
    cr_assert_null(U);
    eg_assert_fails(axle_map_eigenspace(&U, T, NULL), AXLE_EINVAL, "lambda");
    eg_assert_fails(axle_map_generalized_eigenspace(&U, T, NULL), AXLE_EINVAL, "lambda");
    eg_assert_fails(axle_map_eigenspace(&U, T, other), AXLE_EFIELD, "lambda is over");
    eg_assert_fails(axle_map_generalized_eigenspace(&U, T, other), AXLE_EFIELD, "lambda is over");
    eg_assert_fails(axle_map_eigenspace(&U, D, one), AXLE_EDIM,
                    "the eigenspace needs an operator, but T maps P_2");
    eg_assert_fails(axle_map_generalized_eigenspace(&U, D, one), AXLE_EDIM, "needs an operator");
    cr_assert_null(U);
    axle_space **parts = (axle_space **)1;
    size_t k = 7;
    eg_assert_fails(axle_map_primary_decomposition(NULL, &k, T), AXLE_EINVAL, "spaces");
    eg_assert_fails(axle_map_primary_decomposition(&parts, NULL, T), AXLE_EINVAL, "count");
    cr_assert_null(parts);
    eg_assert_fails(axle_map_primary_decomposition(&parts, &k, NULL), AXLE_EINVAL, "T");
    eg_assert_fails(axle_map_primary_decomposition(&parts, &k, D), AXLE_EDIM, "needs an operator");
    cr_assert_null(parts);
    cr_assert_eq(k, 0);
    axle_scalar_free(one);
    axle_scalar_free(other);
    axle_map_unref(T);
    axle_map_unref(D);
    axle_space_unref(V);
    axle_space_unref(W);
}

/* The accessors and string functions on a NULL spectrum. */
Test(spectrum_errors, null_spectrum)
{
    char *s = (char *)1;
    axle_poly *p = (axle_poly *)1;
    eg_assert_fails(axle_eigen_to_string(&s, NULL, AXLE_FORMAT_JSON), AXLE_EINVAL, "spectrum E");
    eg_assert_fails(axle_eigen_value_string(&s, NULL, 0, AXLE_FORMAT_JSON), AXLE_EINVAL, "E");
    eg_assert_fails(axle_eigen_charpoly(&p, NULL), AXLE_EINVAL, "E");
    eg_assert_fails(axle_eigen_minpoly(&p, NULL), AXLE_EINVAL, "E");
    cr_assert_null(s);
    cr_assert_null(p);
    cr_assert_eq(axle_eigen_count(NULL), 0);
    cr_assert_eq(axle_eigen_dim(NULL), 0);
    cr_assert_null(axle_eigen_ref(NULL));
    axle_eigen_unref(NULL);
}
