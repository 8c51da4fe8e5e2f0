/* Linear maps (LADR chapter 3) with axle: differentiation on P_3 end to end, a map given by a C
 * function, a change of basis.
 *
 * Build: cc maps.c $(pkg-config --cflags --libs axle) -o maps
 * Every answer below is exact (QQ), except the last section, which repeats differentiation over RR
 * and prints only dimensions, so the output is the same on every machine.
 * docs/tutorial/ch03-maps.md walks through this program. */
#include <stdio.h>
#include <stdlib.h>

#include <axle.h>

/* Stop with the error message if a call fails. */
static void check(axle_status s, const char *what)
{
    if (s != AXLE_OK) {
        fprintf(stderr, "%s: %s: %s\n", what, axle_strerror(s), axle_error_message());
        exit(1);
    }
}

static void show_vector(const char *label, const axle_vector *v)
{
    char *text = NULL;
    check(axle_vector_to_string(&text, v, AXLE_FORMAT_TEXT), "print");
    printf("%s%s\n", label, text);
    axle_free(text);
}

static void show_matrix(const char *label, const axle_matrix *A)
{
    char *text = NULL;
    check(axle_matrix_to_string(&text, A, AXLE_FORMAT_TEXT), "print");
    printf("%s%s\n", label, text);
    axle_free(text);
}

static void show_scalar(const char *label, const axle_scalar *x)
{
    char *text = NULL;
    check(axle_scalar_to_string(&text, x, AXLE_FORMAT_TEXT), "print");
    printf("%s%s", label, text);
    axle_free(text);
}

/* "name = span(b_1, ..., b_k) (dimension k)" for a subspace U, its basis as vectors of the
 * ambient space. */
static void show_subspace(const char *name, const axle_space *U)
{
    size_t k = axle_space_dim(U);
    printf("%s = %s", name, k ? "span(" : "{0}");
    for (size_t j = 0; j < k; j++) {
        axle_vector *b = NULL;
        char *text = NULL;
        check(axle_space_basis_vector(&b, U, j), "basis");
        check(axle_vector_to_string(&text, b, AXLE_FORMAT_TEXT), "print");
        printf("%s%s", j ? ", " : "", text);
        axle_free(text);
        axle_vector_unref(b);
    }
    printf("%s (dimension %zu)\n", k ? ")" : "", k);
}

static void show_map(const char *label, const axle_map *T)
{
    char *text = NULL;
    check(axle_map_to_string(&text, T, AXLE_FORMAT_TEXT), "print");
    printf("%s%s\n", label, text);
    axle_free(text);
}

static axle_vector *parse(const axle_space *V, const char *text)
{
    axle_vector *v = NULL;
    check(axle_vector_parse(&v, V, text), text);
    return v;
}

/* Differentiation D : P_3(QQ) -> P_2(QQ), D p = p' (3A): its matrix, null space and range,
 * the fundamental theorem of linear maps (3B), and its dual map D' (3F). */
static void differentiation(void)
{
    printf("== D : P_3(QQ) -> P_2(QQ), D p = p'\n");
    axle_space *P3 = NULL, *P2 = NULL;
    check(axle_space_poly(&P3, AXLE_QQ, 3), "P_3");
    check(axle_space_poly(&P2, AXLE_QQ, 2), "P_2");
    axle_map *D = NULL;
    check(axle_map_differentiation(&D, P3, P2), "D");
    show_map("D: ", D);

    axle_vector *p = parse(P3, "x^3 - 2x + 5"), *Dp = NULL;
    check(axle_map_apply(&Dp, D, p), "D p");
    show_vector("D(x^3 - 2x + 5) = ", Dp);

    axle_space *N = NULL, *R = NULL;
    check(axle_map_null(&N, D), "null D");
    check(axle_map_range(&R, D), "range D");
    show_subspace("null D", N);
    show_subspace("range D", R);
    printf("dim P_3 = dim null D + dim range D: %zu = %zu + %zu\n", axle_space_dim(P3),
           axle_space_dim(N), axle_space_dim(R));
    bool injective = false, surjective = false;
    check(axle_map_is_injective(&injective, D), "injective");
    check(axle_map_is_surjective(&surjective, D), "surjective");
    printf("injective: %s, surjective: %s\n", injective ? "yes" : "no", surjective ? "yes" : "no");

    /* The dual map D' : P_2' -> P_3', phi |-> phi o D; in the dual bases M(D') = M(D)^t. */
    axle_map *Dd = NULL;
    check(axle_map_dual(&Dd, D), "D'");
    show_map("D': ", Dd);
    /* phi = evaluation at 1 on P_2; D'(phi) is p |-> p'(1) */
    axle_scalar *one = NULL;
    axle_map *ev = NULL;
    axle_vector *phi = NULL, *Ddphi = NULL;
    check(axle_scalar_from_int(&one, AXLE_QQ, 1), "1");
    check(axle_map_evaluation(&ev, P2, one), "evaluation at 1");
    check(axle_map_to_functional(&phi, ev), "phi");
    check(axle_map_apply(&Ddphi, Dd, phi), "D'(phi)");
    show_vector("phi = evaluation at 1 on P_2: ", phi);
    show_vector("D'(phi) = phi o D, p |-> p'(1): ", Ddphi);
    axle_space *Nd = NULL, *Rd = NULL, *A = NULL;
    bool same = false;
    check(axle_map_null(&Nd, Dd), "null D'");
    check(axle_map_range(&Rd, Dd), "range D'");
    show_subspace("null D'", Nd);
    show_subspace("range D'", Rd);
    /* 3F: M(D') = M(D)^t; null D' = (range D)^0 and range D' = (null D)^0 */
    axle_matrix *M = NULL, *Mt = NULL, *Md = NULL;
    check(axle_map_matrix(&M, D, NULL, 0, NULL, 0), "M(D)");
    check(axle_map_matrix(&Md, Dd, NULL, 0, NULL, 0), "M(D')");
    check(axle_matrix_transpose(&Mt, M), "M(D)^t");
    printf("M(D') = M(D)^t: %s\n", axle_matrix_equal(Md, Mt) ? "yes" : "no");
    check(axle_space_annihilator(&A, R), "(range D)^0");
    check(axle_space_equal(&same, Nd, A), "compare");
    printf("null D' = (range D)^0: %s\n", same ? "yes" : "no");
    axle_space_unref(A);
    check(axle_space_annihilator(&A, N), "(null D)^0");
    check(axle_space_equal(&same, Rd, A), "compare");
    printf("range D' = (null D)^0: %s\n\n", same ? "yes" : "no");
    axle_matrix_free(M);
    axle_matrix_free(Mt);
    axle_matrix_free(Md);

    axle_vector_unref(p);
    axle_vector_unref(Dp);
    axle_vector_unref(phi);
    axle_vector_unref(Ddphi);
    axle_scalar_free(one);
    axle_map_unref(ev);
    axle_map_unref(Dd);
    axle_map_unref(D);
    axle_space *all[] = {P3, P2, N, R, Nd, Rd, A};
    for (size_t i = 0; i < 7; i++)
        axle_space_unref(all[i]);
}

/* The parts T(p) = x p' + p(0) is made of: D : P_3 -> P_2, multiplication by x : P_2 -> P_3 and
 * the constant polynomial 1 of P_3. */
typedef struct parts {
    axle_map *D, *X;
    axle_vector *one;
} parts;

/* T(p) = x p' + p(0), computed from p as a vector of P_3 (p(0) is its constant coefficient). */
static axle_status x_dp_plus_p0(axle_vector **out, const axle_vector *p, void *user)
{
    const parts *t = user;
    axle_vector *dp = NULL, *xdp = NULL, *c = NULL;
    axle_scalar *p0 = NULL;
    axle_status s = axle_map_apply(&dp, t->D, p);
    if (!s)
        s = axle_map_apply(&xdp, t->X, dp);
    if (!s)
        s = axle_vector_coord(&p0, p, 0);
    if (!s)
        s = axle_vector_scale(&c, p0, t->one);
    if (!s)
        s = axle_vector_add(out, xdp, c);
    axle_vector_unref(dp);
    axle_vector_unref(xdp);
    axle_vector_unref(c);
    axle_scalar_free(p0);
    return s;
}

/* A map given by a C function (3A: a map is determined by the images of a basis), an operator
 * with its trace, determinant and inverse. */
static void callback(void)
{
    printf("== T : P_3(QQ) -> P_3(QQ), T p = x p' + p(0), from a C function\n");
    axle_space *P3 = NULL, *P2 = NULL;
    check(axle_space_poly(&P3, AXLE_QQ, 3), "P_3");
    check(axle_space_poly(&P2, AXLE_QQ, 2), "P_2");
    parts t = {NULL, NULL, NULL};
    check(axle_map_differentiation(&t.D, P3, P2), "D");
    check(axle_map_multiply_x(&t.X, P2, P3), "X");
    t.one = parse(P3, "1");
    axle_map *T = NULL, *Tinv = NULL;
    check(axle_map_from_callback(&T, P3, P3, x_dp_plus_p0, &t), "T");
    show_map("T: ", T);
    axle_vector *p = parse(P3, "x^3 + x^2 + 1"), *Tp = NULL;
    check(axle_map_apply(&Tp, T, p), "T p");
    show_vector("T(x^3 + x^2 + 1) = ", Tp);
    axle_scalar *tr = NULL, *det = NULL;
    check(axle_map_trace(&tr, T), "trace");
    check(axle_map_det(&det, T), "det");
    show_scalar("trace T = ", tr);
    show_scalar(", det T = ", det);
    printf("\n");
    check(axle_map_inverse(&Tinv, T), "T^-1");
    show_map("T^-1: ", Tinv);
    printf("\n");
    axle_vector_unref(p);
    axle_vector_unref(Tp);
    axle_vector_unref(t.one);
    axle_scalar_free(tr);
    axle_scalar_free(det);
    axle_map_unref(T);
    axle_map_unref(Tinv);
    axle_map_unref(t.D);
    axle_map_unref(t.X);
    axle_space_unref(P3);
    axle_space_unref(P2);
}

/* The matrix of D : P_3 -> P_3 in the basis 1, x, x^2/2, x^3/6 (3C): M(D, beta) =
 * C^-1 M(D) C, with the same trace and determinant in every basis. */
static void change_of_basis(void)
{
    printf("== Change of basis: D on P_3(QQ) in the basis 1, x, x^2/2, x^3/6\n");
    axle_space *P3 = NULL;
    check(axle_space_poly(&P3, AXLE_QQ, 3), "P_3");
    axle_map *D = NULL;
    check(axle_map_differentiation(&D, P3, P3), "D");
    axle_vector *beta[] = {parse(P3, "1"), parse(P3, "x"), parse(P3, "1/2 x^2"),
                           parse(P3, "1/6 x^3")};
    const axle_vector *const *b = (const axle_vector *const *)beta;
    axle_matrix *M = NULL, *Mb = NULL, *C = NULL, *Cinv = NULL, *MC = NULL, *CMC = NULL;
    check(axle_map_matrix(&M, D, NULL, 0, NULL, 0), "M(D)");
    check(axle_map_matrix(&Mb, D, b, 4, b, 4), "M(D, beta)");
    show_matrix("M(D)       = ", M);
    show_matrix("M(D, beta) = ", Mb);
    /* C has the coordinates of beta_k in column k */
    check(axle_matrix_new(&C, AXLE_QQ, 4, 4), "C");
    for (size_t k = 0; k < 4; k++)
        for (size_t j = 0; j < 4; j++) {
            axle_scalar *x = NULL;
            check(axle_vector_coord(&x, beta[k], j), "coordinate");
            check(axle_matrix_set(C, j, k, x), "C");
            axle_scalar_free(x);
        }
    check(axle_matrix_inverse(&Cinv, C), "C^-1");
    check(axle_matrix_mul(&MC, M, C), "M C");
    check(axle_matrix_mul(&CMC, Cinv, MC), "C^-1 M C");
    printf("C^-1 M(D) C = M(D, beta): %s\n", axle_matrix_equal(CMC, Mb) ? "yes" : "no");
    axle_scalar *t1 = NULL, *t2 = NULL, *d1 = NULL, *d2 = NULL;
    check(axle_matrix_trace(&t1, M), "trace");
    check(axle_matrix_trace(&t2, Mb), "trace");
    check(axle_matrix_det(&d1, M), "det");
    check(axle_matrix_det(&d2, Mb), "det");
    printf("trace and det in both bases: %s\n\n",
           axle_scalar_equal(t1, t2) && axle_scalar_equal(d1, d2) ? "equal" : "different");
    axle_scalar *all_s[] = {t1, t2, d1, d2};
    for (size_t i = 0; i < 4; i++)
        axle_scalar_free(all_s[i]);
    axle_matrix *all_m[] = {M, Mb, C, Cinv, MC, CMC};
    for (size_t i = 0; i < 6; i++)
        axle_matrix_free(all_m[i]);
    for (size_t i = 0; i < 4; i++)
        axle_vector_unref(beta[i]);
    axle_map_unref(D);
    axle_space_unref(P3);
}

/* The same facts over RR, where rank is decided with a tolerance: only dimensions and yes/no
 * answers are printed, which do not depend on the last bits of the BLAS. */
static void over_rr(void)
{
    printf("== D : P_3(RR) -> P_2(RR) over RR\n");
    axle_space *P3 = NULL;
    check(axle_space_poly(&P3, AXLE_RR, 3), "P_3");
    axle_map *D = NULL;
    check(axle_map_differentiation(&D, P3, NULL), "D");
    size_t rank = 0, nullity = 0;
    bool surjective = false;
    check(axle_map_rank(&rank, D), "rank");
    check(axle_map_nullity(&nullity, D), "nullity");
    check(axle_map_is_surjective(&surjective, D), "surjective");
    printf("dim P_3 = dim null D + dim range D: %zu = %zu + %zu; surjective: %s\n",
           axle_space_dim(P3), nullity, rank, surjective ? "yes" : "no");
    axle_map_unref(D);
    axle_space_unref(P3);
}

int main(void)
{
    differentiation();
    callback();
    change_of_basis();
    over_rr();
    return 0;
}
