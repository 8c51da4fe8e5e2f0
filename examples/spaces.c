/* Vector spaces, lists and subspaces (LADR chapters 1–2, 3E, 3F) with axle.
 *
 * Build: cc spaces.c $(pkg-config --cflags --libs axle) -o spaces
 * Every answer below is exact (QQ), except the last section, which repeats a computation over RR
 * and prints only dimensions, so the output is the same on every machine. */
#include <stdio.h>
#include <stdlib.h>

#include <axle.h>
#include <axle/list.h>
#include <axle/space.h>
#include <axle/vector.h>

/* Stop with the error message if a call fails. */
static void check(axle_status s, const char *what)
{
    if (s != AXLE_OK) {
        fprintf(stderr, "%s: %s: %s\n", what, axle_strerror(s), axle_error_message());
        exit(1);
    }
}

static void show(const char *label, const axle_vector *v, axle_format fmt)
{
    char *text = NULL;
    check(axle_vector_to_string(&text, v, fmt), "print");
    printf("%s%s\n", label, text);
    axle_free(text);
}

static void show_space(const char *label, const axle_space *V)
{
    char *text = NULL;
    check(axle_space_to_string(&text, V, AXLE_FORMAT_TEXT), "name");
    printf("%s%s (dimension %zu)\n", label, text, axle_space_dim(V));
    axle_free(text);
}

static axle_vector *parse(const axle_space *V, const char *text)
{
    axle_vector *v = NULL;
    check(axle_vector_parse(&v, V, text), text);
    return v;
}

static void polynomials(void)
{
    printf("== P_3(QQ): polynomials of degree at most 3\n");
    axle_space *P = NULL;
    check(axle_space_poly(&P, AXLE_QQ, 3), "P_3");
    axle_vector *p = parse(P, "3x^2 - x + 0.5"), *q = parse(P, "x^3 + x"), *sum = NULL;
    check(axle_vector_add(&sum, p, q), "p + q");
    show("p         = ", p, AXLE_FORMAT_TEXT);
    show("p + q     = ", sum, AXLE_FORMAT_TEXT);
    show("unicode   : ", sum, AXLE_FORMAT_UNICODE);
    show("latex     : ", sum, AXLE_FORMAT_LATEX);
    show("json      : ", sum, AXLE_FORMAT_JSON);
    /* coordinates with respect to the basis 1, x - 1, (x - 1)^2, (x - 1)^3 */
    axle_vector *b[] = {parse(P, "1"), parse(P, "x - 1"), parse(P, "x^2 - 2x + 1"),
                        parse(P, "x^3 - 3x^2 + 3x - 1")};
    axle_matrix *c = NULL;
    char *text = NULL;
    check(axle_vector_coords_in(&c, sum, (const axle_vector *const *)b, 4), "coordinates");
    check(axle_matrix_to_string(&text, c, AXLE_FORMAT_TEXT), "print");
    printf("p + q in the basis 1, x-1, (x-1)^2, (x-1)^3: %s\n\n", text);
    axle_free(text);
    axle_matrix_free(c);
    for (size_t i = 0; i < 4; i++)
        axle_vector_unref(b[i]);
    axle_vector_unref(p);
    axle_vector_unref(q);
    axle_vector_unref(sum);
    axle_space_unref(P);
}

static void lists(void)
{
    printf("== Lists in QQ^3 (2A-2C)\n");
    axle_space *V = NULL;
    check(axle_space_fn(&V, AXLE_QQ, 3), "QQ^3");
    axle_vector *v[] = {parse(V, "(1, 2, 3)"), parse(V, "(0, 1, 1)"), parse(V, "(1, 1, 2)"),
                        parse(V, "(0, 0, 1)")};
    const axle_vector *const *list = (const axle_vector *const *)v;
    bool independent = false;
    size_t j = 0, dim = 0, kept[4], count = 0;
    axle_matrix *a = NULL;
    check(axle_list_is_independent(&independent, V, list, 4), "independence");
    check(axle_list_dependence(&j, &a, V, list, 4), "dependence lemma");
    check(axle_list_dim(&dim, V, list, 4), "dimension");
    printf("independent: %s, dim span = %zu\n", independent ? "yes" : "no", dim);
    char *text = NULL;
    check(axle_matrix_to_string(&text, a, AXLE_FORMAT_TEXT), "print");
    printf("linear dependence lemma: v_%zu is in span(v_0..v_%zu), coefficients %s\n", j, j - 1,
           text);
    axle_free(text);
    check(axle_list_reduce_to_basis(kept, &count, V, list, 4), "reduce");
    printf("reduced to a basis (2.30): keep");
    for (size_t i = 0; i < count; i++)
        printf(" v_%zu", kept[i]);
    printf("\n");
    axle_vector *added[3];
    check(axle_list_extend_to_basis(added, &count, V, list, 1), "extend");
    printf("(1, 2, 3) extended to a basis (2.32) with");
    for (size_t i = 0; i < count; i++) {
        show(i ? "                                     and " : " ", added[i], AXLE_FORMAT_TEXT);
        axle_vector_unref(added[i]);
    }
    printf("\n");
    axle_matrix_free(a);
    for (size_t i = 0; i < 4; i++)
        axle_vector_unref(v[i]);
    axle_space_unref(V);
}

static void subspaces(axle_field F)
{
    printf("== Subspaces of %s^4 (1C, 2C)\n", axle_field_name(F));
    axle_space *V = NULL, *D = NULL, *U1 = NULL, *U2 = NULL, *S = NULL, *I = NULL, *W = NULL;
    check(axle_space_fn(&V, F, 4), "F^4");
    check(axle_space_dual(&D, V), "dual");
    /* U1 = span((1, 0, 1, 0), (0, 1, 0, 1)); U2 = {x : x_1 + x_2 + x_3 + x_4 = 0} */
    axle_vector *u[] = {parse(V, "(1, 0, 1, 0)"), parse(V, "(0, 1, 0, 1)")};
    axle_vector *phi = parse(D, "(1, 1, 1, 1)");
    check(axle_space_span(&U1, V, (const axle_vector *const *)u, 2), "span");
    check(axle_space_equations(&U2, V, (const axle_vector *const *)&phi, 1), "equations");
    check(axle_space_sum(&S, U1, U2), "sum");
    check(axle_space_intersect(&I, U1, U2), "intersection");
    check(axle_space_complement(&W, U1), "complement");
    printf("dim U1 = %zu, dim U2 = %zu, dim(U1 + U2) = %zu, dim(U1 ∩ U2) = %zu\n",
           axle_space_dim(U1), axle_space_dim(U2), axle_space_dim(S), axle_space_dim(I));
    const axle_space *pair[] = {U1, U2}, *split[] = {U1, W};
    bool direct = false, direct_w = false;
    check(axle_space_is_direct_sum(&direct, pair, 2), "direct sum");
    check(axle_space_is_direct_sum(&direct_w, split, 2), "direct sum");
    printf("U1 + U2 direct: %s; V = U1 ⊕ W for the complement W of dimension %zu: %s\n",
           direct ? "yes" : "no", axle_space_dim(W), direct_w ? "yes" : "no");
    if (F == AXLE_QQ) {
        axle_vector *w = NULL;
        check(axle_space_basis_vector(&w, I, 0), "basis");
        show("U1 ∩ U2 = span of ", w, AXLE_FORMAT_TEXT);
        axle_vector_unref(w);
    }
    printf("\n");
    axle_vector_unref(u[0]);
    axle_vector_unref(u[1]);
    axle_vector_unref(phi);
    axle_space *all[] = {V, D, U1, U2, S, I, W};
    for (size_t i = 0; i < 7; i++)
        axle_space_unref(all[i]);
}

static void quotient_and_dual(void)
{
    printf("== Quotient and dual of QQ^3 (3E, 3F)\n");
    axle_space *V = NULL, *U = NULL, *Q = NULL, *D = NULL, *A = NULL;
    check(axle_space_fn(&V, AXLE_QQ, 3), "QQ^3");
    axle_vector *u = parse(V, "(1, 1, 0)");
    check(axle_space_span(&U, V, (const axle_vector *const *)&u, 1), "span");
    check(axle_space_quotient(&Q, U), "quotient");
    show_space("V/U = ", Q);
    axle_vector *v = parse(V, "(3, 1, 5)"), *w = parse(V, "(2, 0, 5)"), *c = NULL;
    bool same = false;
    check(axle_vector_same_coset(&same, Q, v, w), "coset equality");
    check(axle_vector_coset(&c, Q, v), "coset");
    printf("(3, 1, 5) + U = (2, 0, 5) + U: %s\n", same ? "yes" : "no");
    show("canonical form: ", c, AXLE_FORMAT_TEXT);
    check(axle_space_dual(&D, V), "dual");
    axle_vector *b[] = {parse(V, "(1, 0, 0)"), parse(V, "(1, 1, 0)"), parse(V, "(1, 1, 1)")};
    axle_vector *phi[3];
    check(axle_vector_dual_basis(phi, D, (const axle_vector *const *)b, 3), "dual basis");
    for (size_t i = 0; i < 3; i++) {
        printf("dual basis phi_%zu: ", i);
        show("", phi[i], AXLE_FORMAT_TEXT);
    }
    check(axle_space_annihilator(&A, U), "annihilator");
    printf("dim U⁰ = %zu, basis:\n", axle_space_dim(A));
    for (size_t i = 0; i < axle_space_dim(A); i++) {
        axle_vector *a = NULL;
        check(axle_space_basis_vector(&a, A, i), "basis");
        show("  ", a, AXLE_FORMAT_UNICODE);
        axle_vector_unref(a);
    }
    axle_vector *vs[] = {u, v, w, c, b[0], b[1], b[2], phi[0], phi[1], phi[2]};
    for (size_t i = 0; i < 10; i++)
        axle_vector_unref(vs[i]);
    axle_space *all[] = {V, U, Q, D, A};
    for (size_t i = 0; i < 5; i++)
        axle_space_unref(all[i]);
}

int main(void)
{
    polynomials();
    lists();
    subspaces(AXLE_QQ);
    subspaces(AXLE_RR);
    quotient_and_dual();
    return 0;
}
