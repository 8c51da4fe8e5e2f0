/* The teaching demo (scripts/demo): classroom matrices over QQ (exact) and RR (doubles), side by
 * side. Rank, reduced row echelon form, null space, determinant, inverse and a linear system. */
#include <axle.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static void die(const char *what)
{
    fprintf(stderr, "tour: %s: %s\n", what, axle_error_message());
    exit(1);
}

static axle_matrix *parse(axle_field F, const char *text)
{
    axle_matrix *A = NULL;
    if (axle_matrix_parse(&A, F, text))
        die("parse");
    return A;
}

static void show_matrix(const char *label, const axle_matrix *A)
{
    char *s = NULL;
    if (axle_matrix_to_string(&s, A, AXLE_FORMAT_UNICODE))
        die("print");
    printf("%s\n%s\n", label, s);
    axle_free(s);
}

static void show_scalar(const char *label, const axle_scalar *x)
{
    char *s = NULL;
    if (axle_scalar_to_string(&s, x, AXLE_FORMAT_UNICODE))
        die("print");
    printf("%s%s\n", label, s);
    axle_free(s);
}

/* Largest |entry| of A N: how well the RR null basis solves A x = 0. */
static double residual(const axle_matrix *A, const axle_matrix *N)
{
    axle_matrix *P = NULL;
    if (axle_matrix_mul(&P, A, N))
        die("multiply");
    double m = 0;
    for (size_t i = 0; i < axle_matrix_rows(P); i++)
        for (size_t j = 0; j < axle_matrix_cols(P); j++) {
            double x = 0;
            if (axle_matrix_get_double(&x, P, i, j))
                die("entry");
            m = fmax(m, fabs(x));
        }
    axle_matrix_free(P);
    return m;
}

/* ‖A‖∞, the largest sum of |entries| along a row. */
static double norm_inf(const axle_matrix *A)
{
    double m = 0;
    for (size_t i = 0; i < axle_matrix_rows(A); i++) {
        double row = 0;
        for (size_t j = 0; j < axle_matrix_cols(A); j++) {
            double x = 0;
            if (axle_matrix_get_double(&x, A, i, j))
                die("entry");
            row += fabs(x);
        }
        m = fmax(m, row);
    }
    return m;
}

/* True when every number within a relative distance err of x rounds to the same `digits`
 * significant digits as x: x is not near a rounding boundary. */
static int rounds_stably(double x, int digits, double err)
{
    double m = fabs(x) * pow(10.0, digits - 1 - floor(log10(fabs(x))));
    return fabs(m - floor(m) - 0.5) > 2 * err * m;
}

/* The RR determinant d of the n×n matrix A (given exactly, with exact determinant x ≠ 0), shown
 * with only the digits the computation guarantees, so every CPU and BLAS prints the same line.
 * LU with partial pivoting returns the exact determinant of A + E with ‖E‖ ≲ n ε ‖A‖ (ε =
 * DBL_EPSILON), and det(A + E) = det A (1 + tr(A⁻¹E) + …), so the relative error is at most about
 * n² κ ε with κ = ‖A‖∞ ‖A⁻¹‖∞, the condition number (taken here from the exact inverse). The
 * last digits of d vary between machines; the ones shown do not: the exact value is checked to be
 * far enough from a rounding boundary, so any d within the bound rounds the same way. */
static void show_rr_det(const char *label, const axle_matrix *A, const axle_scalar *x, double d)
{
    axle_matrix *Ai = NULL;
    if (axle_matrix_inverse(&Ai, A))
        die("inverse");
    double n = (double)axle_matrix_rows(A), kappa = norm_inf(A) * norm_inf(Ai);
    double err = n * n * kappa * DBL_EPSILON, exact = axle_scalar_to_double(x);
    int digits = (int)floor(-log10(err)) - 1;
    if (digits > 15)
        digits = 15;
    while (digits > 1 && !rounds_stably(exact, digits, err))
        digits--;
    printf("%s%#.*g (κ∞ = %.3g, relative error ≲ n²κε ≈ %.0e: %d digits are sure)\n", label, digits,
           d, kappa, err, digits);
    if (!(fabs(d - exact) <= err * fabs(exact)))
        printf("RR: the error %.1e is larger than the bound!\n", fabs(d - exact) / fabs(exact));
    axle_matrix_free(Ai);
}

/* One matrix: the exact story over QQ, then what doubles say. */
static void study(const char *title, const char *text)
{
    printf("━━ %s ━━\n", title);
    axle_matrix *A = parse(AXLE_QQ, text), *R = NULL, *N = NULL;
    show_matrix("A =", A);
    size_t rank = 0, n = axle_matrix_cols(A);
    size_t *piv = calloc(n ? n : 1, sizeof *piv);
    if (!piv || axle_matrix_rref(&R, piv, &rank, A))
        die("rref");
    show_matrix("QQ: reduced row echelon form", R);
    printf("QQ: rank %zu, pivot columns", rank);
    for (size_t k = 0; k < rank; k++)
        printf(" %zu", piv[k]);
    printf("\n");
    if (axle_matrix_null(&N, A))
        die("null");
    if (axle_matrix_cols(N) == 0)
        printf("QQ: null space {0}\n");
    else
        show_matrix("QQ: null space basis (columns)", N);
    axle_scalar *det = NULL;
    if (axle_matrix_rows(A) == n) {
        if (axle_matrix_det(&det, A))
            die("det");
        show_scalar("QQ: det = ", det);
    }

    axle_matrix *B = parse(AXLE_RR, text), *NB = NULL;
    size_t rrank = 0;
    if (axle_matrix_rank(&rrank, B) || axle_matrix_null(&NB, B))
        die("RR rank/null");
    printf("RR: rank %zu, null space of dimension %zu, |A N| <= %s\n", rrank, axle_matrix_cols(NB),
           residual(B, NB) < 1e-12 ? "1e-12" : "(large!)");
    if (axle_matrix_rows(B) == n) {
        axle_scalar *d = NULL;
        if (axle_matrix_det(&d, B))
            die("RR det");
        double dv = axle_scalar_to_double(d);
        if (axle_scalar_is_zero(det))
            printf("RR: |det| %s 1e-12: %s\n", fabs(dv) < 1e-12 ? "<" : ">=",
                   fabs(dv) < 1e-12 ? "numerically singular" : "rounding hides the singularity!");
        else
            show_rr_det("RR: det ≈ ", A, det, dv);
        axle_scalar_free(d);
    }
    axle_scalar_free(det);
    printf("\n");
    free(piv);
    axle_matrix_free(A);
    axle_matrix_free(R);
    axle_matrix_free(N);
    axle_matrix_free(B);
    axle_matrix_free(NB);
}

static void hilbert(void)
{
    printf("━━ The Hilbert matrix H₅ (entries 1/(i + j + 1)): exact vs. floating ━━\n");
    axle_matrix *H = NULL, *Hr = NULL, *Hi = NULL;
    if (axle_matrix_new(&H, AXLE_QQ, 5, 5))
        die("new");
    for (size_t i = 0; i < 5; i++)
        for (size_t j = 0; j < 5; j++)
            if (axle_matrix_set_frac(H, i, j, 1, (long)(i + j + 1)))
                die("set");
    show_matrix("H₅ =", H);
    axle_scalar *d = NULL;
    if (axle_matrix_det(&d, H))
        die("det");
    show_scalar("QQ: det H₅ = ", d);
    if (axle_matrix_inverse(&Hi, H))
        die("inverse");
    show_matrix("QQ: H₅⁻¹ has integer entries", Hi);
    axle_scalar *dr = NULL;
    if (axle_matrix_convert(&Hr, H, AXLE_RR) || axle_matrix_det(&dr, Hr))
        die("RR det");
    show_rr_det("RR: det H₅ ≈ ", H, d, axle_scalar_to_double(dr));
    printf("\n");
    axle_scalar_free(d);
    axle_scalar_free(dr);
    axle_matrix_free(H);
    axle_matrix_free(Hr);
    axle_matrix_free(Hi);
}

static void linear_system(void)
{
    printf("━━ A system with infinitely many solutions ━━\n");
    axle_matrix *A = parse(AXLE_QQ, "[[1, 1, 1], [1, 2, 3]]");
    axle_matrix *b = parse(AXLE_QQ, "[[6], [14]]");
    axle_matrix *x = NULL, *N = NULL;
    show_matrix("A =", A);
    show_matrix("b =", b);
    if (axle_matrix_solve(&x, &N, A, b))
        die("solve");
    show_matrix("QQ: a particular solution of A x = b", x);
    show_matrix("QQ: plus any combination of the null space basis", N);
    axle_matrix *c = parse(AXLE_QQ, "[[6], [7]]"), *y = NULL;
    axle_matrix *A2 = parse(AXLE_QQ, "[[1, 1, 1], [2, 2, 2]]");
    axle_status s = axle_matrix_solve(&y, NULL, A2, c);
    printf("QQ: [[1, 1, 1], [2, 2, 2]] x = (6, 7): %s (%s)\n\n", axle_strerror(s),
           axle_error_message());
    axle_matrix_free(A);
    axle_matrix_free(b);
    axle_matrix_free(x);
    axle_matrix_free(N);
    axle_matrix_free(c);
    axle_matrix_free(A2);
}

int main(void)
{
    printf("axle %s — a tour of exact and floating linear algebra\n\n", AXLE_VERSION_STRING);
    study("A singular 3×3 matrix", "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]");
    study("Decimals are exact in QQ: 0.1 is 1/10", "[[0.1, 0.2], [0.3, 0.4]]");
    study("A 3×5 matrix of rank 2", "[[1, 2, 0, 3, 1], [2, 4, 1, 8, 0], [3, 6, 1, 11, 1]]");
    hilbert();
    linear_system();
    return 0;
}
