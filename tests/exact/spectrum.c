/* White-box tests of the exact spectral kernel (src/exact/eigen/): ax_backend_qq.eigen called
 * directly with χ and μ from axle_matrix_charpoly / axle_matrix_minpoly, on the classroom cases
 * and on random matrices of known Jordan structure (P J P^-1, P unimodular). Every spectrum is
 * checked independently of the kernel's own verification: multiplicities add up to n, Σ λ alg =
 * trace and Π λ^alg = det exactly (through the factors' coefficients), A v = λ v and the chain
 * relations over Q(λ) with the public numfield API, the block sizes, and the QQ bases. */
#include <criterion/criterion.h>
#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "exact/eigen/spec_impl.h"
#include "support.h"

static axle_matrix *parse(const char *text)
{
    axle_matrix *A = NULL;
    cr_assert_eq(axle_matrix_parse(&A, AXLE_QQ, text), AXLE_OK, "parse %s", text);
    return A;
}

static axle_status spectrum(ax_spectrum **S, const axle_matrix *A)
{
    axle_poly *chi = NULL, *mu = NULL;
    cr_assert_eq(axle_matrix_charpoly(&chi, A), AXLE_OK);
    cr_assert_eq(axle_matrix_minpoly(&mu, A), AXLE_OK);
    axle_status s = ax_backend_qq.eigen(S, A, chi, mu);
    /* without μ the kernel finds it from the ranks of f(A)^k: the same structure, and μ itself */
    ax_spectrum *T = NULL;
    axle_status t = ax_backend_qq.eigen(&T, A, chi, NULL);
    cr_assert_eq(t, s, "%s", axle_error_message());
    if (!s) {
        cr_assert(T->mu && !(*S)->mu);
        cr_expect(axle_poly_equal(T->mu, mu));
        cr_assert_eq(T->count, (*S)->count);
        for (size_t k = 0; k < T->count; k++) {
            cr_assert_eq(T->vals[k].nblocks, (*S)->vals[k].nblocks);
            for (size_t b = 0; b < T->vals[k].nblocks; b++)
                cr_expect_eq(T->vals[k].blocks[b], (*S)->vals[k].blocks[b]);
        }
    }
    ax_spectrum_free(T);
    axle_poly_free(chi);
    axle_poly_free(mu);
    return s;
}

static char *str(const ax_spectrum *S, size_t k, bool vectors, axle_format fmt)
{
    char *out = NULL;
    axle_status s = vectors ? S->ops->vectors_string(&out, S->data, k, fmt)
                            : S->ops->value_string(&out, S->data, k, fmt);
    cr_assert_eq(s, AXLE_OK);
    return out;
}

static void expect_str(const ax_spectrum *S, size_t k, bool vectors, axle_format fmt,
                       const char *want)
{
    char *got = str(S, k, vectors, fmt);
    cr_expect_str_eq(got, want, "eigenvalue %zu: %s, want %s", k, got, want);
    axle_free(got);
}

/* The independent checks of the top of this file. */
static void check(const ax_spectrum *S, const axle_matrix *A)
{
    const ax_qspec *Q = S->data;
    size_t n = A->rows, sum = 0;
    cr_assert_eq(S->n, n);
    /* Σ λ alg and Π λ^alg through the factors: the roots of f sum to −f_(d−1)/f_d and multiply
     * to (−1)^d f_0/f_d */
    mpq_t tr, det, t;
    mpq_inits(tr, det, t, NULL);
    mpq_set_ui(det, 1, 1);
    for (size_t i = 0; i < Q->nf; i++) {
        const ax_qs_factor *F = &Q->F[i];
        mpz_neg(mpq_numref(t), F->f.c[F->d - 1]);
        mpz_set(mpq_denref(t), F->f.c[F->d]);
        mpq_canonicalize(t);
        for (size_t r = 0; r < F->m; r++)
            mpq_add(tr, tr, t);
        mpz_set(mpq_numref(t), F->f.c[0]);
        if (F->d % 2)
            mpz_neg(mpq_numref(t), mpq_numref(t));
        mpz_set(mpq_denref(t), F->f.c[F->d]);
        mpq_canonicalize(t);
        for (size_t r = 0; r < F->m; r++)
            mpq_mul(det, det, t);
    }
    axle_scalar *str_ = NULL, *sdet = NULL;
    cr_assert_eq(axle_matrix_trace(&str_, A), AXLE_OK);
    cr_assert_eq(axle_matrix_det(&sdet, A), AXLE_OK);
    axle_scalar_get_mpq(t, str_);
    cr_expect(mpq_equal(t, tr), "trace = sum of the eigenvalues");
    axle_scalar_get_mpq(t, sdet);
    cr_expect(mpq_equal(t, det), "det = product of the eigenvalues");
    axle_scalar_free(str_);
    axle_scalar_free(sdet);
    mpq_clears(tr, det, t, NULL);
    for (size_t k = 0; k < S->count; k++) {
        const ax_eigval *v = &S->vals[k];
        sum += v->alg;
        size_t bs = 0;
        cr_expect_eq(v->nblocks, v->geo);
        for (size_t b = 0; b < v->nblocks; b++) {
            bs += v->blocks[b];
            if (b)
                cr_expect_geq(v->blocks[b - 1], v->blocks[b]);
        }
        cr_expect_eq(bs, v->alg, "block sizes add up to the algebraic multiplicity");
        /* A v = λ v and the chains, with the public API */
        axle_nfmatrix *E = NULL, *J = NULL, *N = NULL, *R = NULL, *RJ = NULL;
        axle_nfelem *lam = NULL;
        cr_assert_eq(S->ops->eigenspace_exact(&E, S->data, k), AXLE_OK);
        cr_assert_eq(S->ops->chains_exact(&J, S->data, k), AXLE_OK);
        cr_assert_eq(axle_nfelem_gen(&lam, axle_nfmatrix_field(E)), AXLE_OK);
        cr_assert_eq(axle_nfmatrix_from_shift(&N, A, lam), AXLE_OK);
        cr_assert_eq(axle_nfmatrix_mul(&R, N, E), AXLE_OK);
        cr_expect(axle_nfmatrix_is_zero(R), "A v = λ v");
        cr_expect_eq(axle_nfmatrix_cols(E), v->geo);
        size_t rank = 0;
        cr_assert_eq(axle_nfmatrix_rank(&rank, E), AXLE_OK);
        cr_expect_eq(rank, v->geo);
        cr_assert_eq(axle_nfmatrix_mul(&RJ, N, J), AXLE_OK);
        cr_assert_eq(axle_nfmatrix_rank(&rank, J), AXLE_OK);
        cr_expect_eq(rank, v->alg, "the chains are independent");
        size_t c = 0;
        for (size_t b = 0; b < v->nblocks; b++)
            for (size_t i = 0; i < v->blocks[b]; i++, c++)
                for (size_t r = 0; r < n; r++) {
                    axle_nfelem *x = NULL, *y = NULL;
                    cr_assert_eq(axle_nfmatrix_get(&x, RJ, r, c), AXLE_OK);
                    if (i == 0) {
                        cr_expect(axle_nfelem_is_zero(x), "(A − λI) v_1 = 0");
                    } else {
                        cr_assert_eq(axle_nfmatrix_get(&y, J, r, c - 1), AXLE_OK);
                        cr_expect(axle_nfelem_equal(x, y), "(A − λI) v_(i+1) = v_i");
                    }
                    axle_nfelem_free(x);
                    axle_nfelem_free(y);
                }
        /* the doubles agree with the exact value */
        double *re = calloc(n, sizeof *re), *im = calloc(n, sizeof *im);
        cr_assert_eq(S->ops->vector_double(re, im, S->data, k, 0), AXLE_OK);
        double res = 0, nv = 0, na = 0;
        for (size_t r = 0; r < n; r++) {
            double sr = -(v->re * re[r] - v->im * im[r]), si = -(v->re * im[r] + v->im * re[r]);
            for (size_t c2 = 0; c2 < n; c2++) {
                double a = ax_mpq_get_d(AX_Q(A, r, c2));
                sr += a * re[c2];
                si += a * im[c2];
                na = fmax(na, fabs(a));
            }
            res = fmax(res, hypot(sr, si));
            nv = fmax(nv, hypot(re[r], im[r]));
        }
        cr_expect(nv > 0 && res <= 1e-6 * (na + hypot(v->re, v->im)) * nv,
                  "A v = λ v in doubles: residual %g, |v| %g", res, nv);
        free(re);
        free(im);
        axle_algebraic *a = NULL;
        cr_assert_eq(S->ops->value_exact(&a, S->data, k), AXLE_OK);
        cr_expect_eq(axle_algebraic_is_real(a), v->real);
        axle_algebraic_free(a);
        axle_nfelem_free(lam);
        axle_nfmatrix_free(E);
        axle_nfmatrix_free(J);
        axle_nfmatrix_free(N);
        axle_nfmatrix_free(R);
        axle_nfmatrix_free(RJ);
    }
    /* each factor's conjugates are listed once each: Σ alg over all listed values = n */
    cr_expect_eq(sum, n, "multiplicities add up to n");
}

/* P^-1 A P = J exactly, when the kernel gives a basis. */
static axle_status check_jordan(const ax_spectrum *S, const axle_matrix *A, bool diagonal)
{
    axle_matrix *P = NULL, *J = NULL;
    axle_status s =
        diagonal ? ax_backend_qq.diagonalize(&P, &J, A, S) : ax_backend_qq.jordan(&J, &P, A, S);
    if (s) {
        cr_expect_null(P);
        cr_expect_null(J);
        return s;
    }
    axle_matrix *AP = ts_mul(A, P), *PJ = ts_mul(P, J);
    cr_expect(axle_matrix_equal(AP, PJ), "A P = P J");
    for (size_t i = 0; i < axle_matrix_rows(J); i++)
        for (size_t j = 0; j < axle_matrix_cols(J); j++) {
            mpq_srcptr x = AX_Q(J, i, j);
            if (j != i && j != i + 1)
                cr_expect_eq(mpq_sgn(x), 0, "J is bidiagonal");
            if (j == i + 1)
                cr_expect(mpq_sgn(x) == 0 || (!diagonal && mpq_cmp_ui(x, 1, 1) == 0));
        }
    axle_matrix_free(AP);
    axle_matrix_free(PJ);
    axle_matrix_free(P);
    axle_matrix_free(J);
    return AXLE_OK;
}

static ax_spectrum *run(const char *text, axle_matrix **Aout)
{
    axle_matrix *A = parse(text);
    ax_spectrum *S = NULL;
    axle_status s = spectrum(&S, A);
    cr_assert_eq(s, AXLE_OK, "%s: %s", text, axle_error_message());
    check(S, A);
    if (Aout)
        *Aout = A;
    else
        axle_matrix_free(A);
    return S;
}

Test(exact_spectrum, rotation)
{
    axle_matrix *A;
    ax_spectrum *S = run("[[0, -1], [1, 0]]", &A);
    cr_assert_eq(S->count, 2);
    expect_str(S, 0, false, AXLE_FORMAT_UNICODE, "i = e^(2πi/4)");
    expect_str(S, 1, false, AXLE_FORMAT_UNICODE, AX_MINUS "i = e^(2πi·3/4)");
    expect_str(S, 0, true, AXLE_FORMAT_UNICODE, "(i, 1)");
    expect_str(S, 1, true, AXLE_FORMAT_UNICODE, "(" AX_MINUS "i, 1)");
    expect_str(S, 1, true, AXLE_FORMAT_JSON, "[[\"" AX_MINUS "i\",\"1\"]]");
    cr_expect(!S->diag[AXLE_OVER_Q] && !S->diag[AXLE_OVER_R] && S->diag[AXLE_OVER_C]);
    cr_expect(!S->vals[0].real && !S->vals[0].in_field);
    cr_expect_float_eq(S->vals[0].im, 1.0, 1e-15);
    double re[2], im[2];
    cr_assert_eq(S->ops->vector_double(re, im, S->data, 1, 0), AXLE_OK);
    cr_expect(re[0] == 0 && im[0] == -1 && re[1] == 1 && im[1] == 0);
    cr_expect_eq(check_jordan(S, A, true), AXLE_EDOMAIN);
    cr_expect(strstr(axle_error_message(), "the eigenvalue i = e^(2πi/4) is not rational"), "%s",
              axle_error_message());
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(exact_spectrum, fibonacci)
{
    ax_spectrum *S = run("[[1, 1], [1, 0]]", NULL);
    cr_assert_eq(S->count, 2);
    expect_str(S, 0, false, AXLE_FORMAT_UNICODE, "(1 " AX_MINUS " √5)/2");
    expect_str(S, 1, false, AXLE_FORMAT_UNICODE, "(1 + √5)/2");
    expect_str(S, 1, true, AXLE_FORMAT_UNICODE, "((1 + √5)/2, 1)");
    expect_str(S, 0, true, AXLE_FORMAT_UNICODE, "((1 " AX_MINUS " √5)/2, 1)");
    expect_str(S, 0, true, AXLE_FORMAT_TEXT, "((1 - sqrt(5))/2, 1)");
    expect_str(S, 1, true, AXLE_FORMAT_LATEX,
               "\\begin{pmatrix} \\frac{1 + \\sqrt{5}}{2} \\\\ 1 \\end{pmatrix}");
    cr_expect(!S->diag[AXLE_OVER_Q] && S->diag[AXLE_OVER_R] && S->diag[AXLE_OVER_C]);
    axle_nfmatrix *E = NULL;
    char *s = NULL;
    cr_assert_eq(S->ops->eigenspace_exact(&E, S->data, 0), AXLE_OK);
    cr_assert_eq(axle_nfmatrix_to_string(&s, E, AXLE_FORMAT_UNICODE), AXLE_OK);
    cr_expect_str_eq(s, "[[λ], [1]]");
    axle_free(s);
    cr_assert_eq(axle_nfmatrix_to_string(&s, E, AXLE_FORMAT_LATEX), AXLE_OK);
    cr_expect(strstr(s, "\\lambda"), "%s", s);
    axle_free(s);
    axle_nfmatrix_free(E);
    ax_spectrum_free(S);
}

Test(exact_spectrum, jordan_block)
{
    axle_matrix *A;
    ax_spectrum *S = run("[[2, 1, 0], [0, 2, 1], [0, 0, 2]]", &A);
    cr_assert_eq(S->count, 1);
    cr_expect_eq(S->vals[0].alg, 3);
    cr_expect_eq(S->vals[0].geo, 1);
    cr_expect_eq(S->vals[0].blocks[0], 3);
    cr_expect(!S->diag[AXLE_OVER_C]);
    cr_expect_eq(check_jordan(S, A, false), AXLE_OK);
    cr_expect_eq(check_jordan(S, A, true), AXLE_EDOMAIN);
    cr_expect(strstr(axle_error_message(), "the eigenvalue 2 has algebraic multiplicity 3 but "
                                           "geometric multiplicity 1"),
              "%s", axle_error_message());
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(exact_spectrum, nilpotent_shift_and_mixed_blocks)
{
    axle_matrix *A;
    ax_spectrum *S = run("[[0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0]]", &A);
    cr_expect_eq(S->vals[0].blocks[0], 4);
    expect_str(S, 0, true, AXLE_FORMAT_UNICODE, "(1, 0, 0, 0)");
    cr_expect_eq(check_jordan(S, A, false), AXLE_OK);
    ax_spectrum_free(S);
    axle_matrix_free(A);
    /* blocks 3, 2, 2, 1 of eigenvalue 5 and 2, 1 of eigenvalue −1, conjugated by a shuffle */
    S = run("[[5,1,0,0,0,0,0,0,0,0,0],[0,5,1,0,0,0,0,0,0,0,0],[0,0,5,0,0,0,0,0,0,0,0],"
            "[0,0,0,5,1,0,0,0,0,0,0],[0,0,0,0,5,0,0,0,0,0,0],[0,0,0,0,0,5,1,0,0,0,0],"
            "[0,0,0,0,0,0,5,0,0,0,0],[0,0,0,0,0,0,0,5,0,0,0],[0,0,0,0,0,0,0,0,-1,1,0],"
            "[0,0,0,0,0,0,0,0,0,-1,0],[0,0,0,0,0,0,0,0,0,0,-1]]",
            &A);
    cr_assert_eq(S->count, 2);
    /* eigenvalues in the canonical order of axle_poly_roots (real ascending): −1, then 5 */
    cr_expect_eq(S->vals[1].geo, 4);
    cr_expect(S->vals[1].blocks[0] == 3 && S->vals[1].blocks[1] == 2 && S->vals[1].blocks[2] == 2 &&
              S->vals[1].blocks[3] == 1);
    cr_expect(S->vals[0].blocks[0] == 2 && S->vals[0].blocks[1] == 1);
    cr_expect_eq(check_jordan(S, A, false), AXLE_OK);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(exact_spectrum, four_cycle)
{
    ax_spectrum *S = run("[[0, 0, 0, 1], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]", NULL);
    cr_assert_eq(S->count, 4);
    /* −1, 1, then the pair ±i (canonical order across the factors x − 1, x + 1, x^2 + 1) */
    expect_str(S, 0, false, AXLE_FORMAT_UNICODE, AX_MINUS "1");
    expect_str(S, 1, false, AXLE_FORMAT_UNICODE, "1");
    expect_str(S, 0, true, AXLE_FORMAT_UNICODE, "(" AX_MINUS "1, 1, " AX_MINUS "1, 1)");
    expect_str(S, 1, true, AXLE_FORMAT_UNICODE, "(1, 1, 1, 1)");
    expect_str(S, 2, true, AXLE_FORMAT_UNICODE, "(" AX_MINUS "i, " AX_MINUS "1, i, 1)");
    cr_expect(S->diag[AXLE_OVER_C] && !S->diag[AXLE_OVER_R]);
    ax_spectrum_free(S);
}

Test(exact_spectrum, symmetric_cubic)
{
    /* χ = (x − 1)(x³ − 6x² + 9x − 3)? any irreducible cubic: check through the properties */
    ax_spectrum *S = run("[[2, 1, 0], [1, 2, 1], [0, 1, 1]]", NULL);
    const ax_qspec *Q = S->data;
    cr_assert_eq(Q->nf, 1);
    cr_expect_eq(Q->F[0].d, 3);
    cr_expect(S->diag[AXLE_OVER_R] && !S->diag[AXLE_OVER_Q]);
    for (size_t k = 0; k < 3; k++)
        cr_expect(S->vals[k].real);
    char *s = str(S, 0, true, AXLE_FORMAT_UNICODE);
    cr_expect(strstr(s, "λ"), "%s", s);
    axle_free(s);
    s = str(S, 0, true, AXLE_FORMAT_TEXT);
    cr_expect(strstr(s, "lambda^2 - 3*lambda"), "%s", s);
    axle_free(s);
    ax_spectrum_free(S);
}

Test(exact_spectrum, repeated_quadratic)
{
    /* two rotations: ±i, each with two blocks of size 1 */
    axle_matrix *A;
    ax_spectrum *S = run("[[0,-1,0,0],[1,0,0,0],[0,0,0,-1],[0,0,1,0]]", &A);
    cr_assert_eq(S->count, 2);
    cr_expect(S->vals[0].alg == 2 && S->vals[0].geo == 2 && S->diag[AXLE_OVER_C]);
    ax_spectrum_free(S);
    axle_matrix_free(A);
    /* [[R, I], [0, R]]: one block of size 2 for each of ±i */
    S = run("[[0,-1,1,0],[1,0,0,1],[0,0,0,-1],[0,0,1,0]]", &A);
    cr_assert_eq(S->count, 2);
    cr_expect(S->vals[0].alg == 2 && S->vals[0].geo == 1 && S->vals[0].blocks[0] == 2);
    cr_expect(!S->diag[AXLE_OVER_C]);
    cr_expect_eq(check_jordan(S, A, false), AXLE_EDOMAIN);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(exact_spectrum, repeated_quadratic_with_mixed_blocks)
{
    /* blocks 2 and 1 for each of ±i (1 < e < m: the ranks of (A^2 + I)^k decide), and one block
     * of size 3 for each of ±√2 */
    ax_spectrum *S = run("[[0,-1,1,0,0,0],[1,0,0,1,0,0],[0,0,0,-1,0,0],[0,0,1,0,0,0],"
                         "[0,0,0,0,0,-1],[0,0,0,0,1,0]]",
                         NULL);
    cr_assert_eq(S->count, 2);
    for (size_t k = 0; k < 2; k++)
        cr_expect(S->vals[k].alg == 3 && S->vals[k].geo == 2 && S->vals[k].blocks[0] == 2 &&
                  S->vals[k].blocks[1] == 1);
    expect_str(S, 0, true, AXLE_FORMAT_UNICODE, "(i, 1, 0, 0, 0, 0), (0, 0, 0, 0, i, 1)");
    ax_spectrum_free(S);
    S = run("[[0,2,1,0,0,0],[1,0,0,1,0,0],[0,0,0,2,1,0],[0,0,1,0,0,1],[0,0,0,0,0,2],[0,0,0,0,1,0]]",
            NULL);
    cr_assert_eq(S->count, 2);
    expect_str(S, 0, false, AXLE_FORMAT_UNICODE, AX_MINUS "√2");
    expect_str(S, 0, true, AXLE_FORMAT_UNICODE, "(" AX_MINUS "√2, 1, 0, 0, 0, 0)");
    cr_expect(S->vals[1].alg == 3 && S->vals[1].geo == 1 && S->vals[1].blocks[0] == 3);
    ax_spectrum_free(S);
}

Test(exact_spectrum, zero_identity_one)
{
    axle_matrix *A;
    ax_spectrum *S = run("[[0, 0, 0], [0, 0, 0], [0, 0, 0]]", &A);
    cr_expect(S->count == 1 && S->vals[0].geo == 3 && S->diag[AXLE_OVER_Q]);
    expect_str(S, 0, true, AXLE_FORMAT_UNICODE, "(1, 0, 0), (0, 1, 0), (0, 0, 1)");
    cr_expect_eq(check_jordan(S, A, true), AXLE_OK);
    ax_spectrum_free(S);
    axle_matrix_free(A);
    S = run("[[1, 0], [0, 1]]", &A);
    cr_expect(S->count == 1 && S->vals[0].geo == 2);
    cr_expect_eq(check_jordan(S, A, true), AXLE_OK);
    ax_spectrum_free(S);
    axle_matrix_free(A);
    S = run("[[-7/3]]", &A);
    expect_str(S, 0, false, AXLE_FORMAT_TEXT, "-7/3");
    expect_str(S, 0, true, AXLE_FORMAT_TEXT, "(1)");
    cr_expect_eq(check_jordan(S, A, true), AXLE_OK);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(exact_spectrum, huge_and_rational_entries)
{
    axle_matrix *A;
    ax_spectrum *S =
        run("[[1000000000000000000000000000000, 1], [0, 1000000000000000000000000000000]]", &A);
    cr_expect(S->vals[0].blocks[0] == 2);
    cr_expect_eq(check_jordan(S, A, false), AXLE_OK);
    ax_spectrum_free(S);
    axle_matrix_free(A);
    S = run("[[1/2, 1/3], [1/5, 1/7]]", &A);
    cr_expect_eq(S->count, 2);
    ax_spectrum_free(S);
    axle_matrix_free(A);
    S = run("[[1000000000000000000000000000000, 2], [3, -1000000000000000000000000000000]]", &A);
    cr_expect_eq(S->count, 2);
    ax_spectrum_free(S);
    axle_matrix_free(A);
}

Test(exact_spectrum, companion)
{
    /* companion matrix of x^5 − x − 1 (irreducible), and of (x^2 + 1)^2 (one block each) */
    ax_spectrum *S = run("[[0,0,0,0,1],[1,0,0,0,1],[0,1,0,0,0],[0,0,1,0,0],[0,0,0,1,0]]", NULL);
    cr_expect_eq(S->count, 5);
    cr_expect(S->diag[AXLE_OVER_C] && !S->diag[AXLE_OVER_R]);
    ax_spectrum_free(S);
    S = run("[[0,0,0,-1],[1,0,0,0],[0,1,0,-2],[0,0,1,0]]", NULL);
    cr_expect(S->count == 2 && S->vals[0].geo == 1 && S->vals[0].blocks[0] == 2);
    ax_spectrum_free(S);
}

/* A J P^-1 with P unimodular (random unit triangular factors) and J of the given blocks: each
 * block is (value, size) for a rational value, or a companion block of x^2 + 1 / x^2 − 2 with
 * identity couplings when marked. */
static axle_matrix *conjugate(ts_rng *r, const axle_matrix *J)
{
    size_t n = axle_matrix_rows(J);
    long *L = calloc(n * n, sizeof *L), *U = calloc(n * n, sizeof *U);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            L[i * n + j] = i == j ? 1 : i > j ? ts_range(r, -2, 2) : 0;
            U[i * n + j] = i == j ? 1 : i < j ? ts_range(r, -2, 2) : 0;
        }
    axle_matrix *Lm = ts_ints(AXLE_QQ, n, n, L), *Um = ts_ints(AXLE_QQ, n, n, U);
    axle_matrix *P = ts_mul(Lm, Um), *Pi = NULL;
    cr_assert_eq(axle_matrix_inverse(&Pi, P), AXLE_OK);
    axle_matrix *PJ = ts_mul(P, J), *A = ts_mul(PJ, Pi);
    axle_matrix_free(Lm);
    axle_matrix_free(Um);
    axle_matrix_free(P);
    axle_matrix_free(Pi);
    axle_matrix_free(PJ);
    free(L);
    free(U);
    return A;
}

Test(exact_spectrum, random_known_jordan_structure)
{
    ts_rng r = ts_rng_new("exact_spectrum/random_known_jordan_structure");
    for (int round = 0; round < 6; round++) {
        /* J: 3 (size 2), 3 (size 1), −1 (size 3), [[R2, I], [0, R2]] for x^2 − 2, a companion of
         * x^2 + 1 */
        size_t n = 12;
        long *j = calloc(n * n, sizeof *j);
        long lam1 = ts_range(&r, -3, 3), lam2 = lam1 + ts_range(&r, 1, 3);
        j[0 * n + 0] = j[1 * n + 1] = j[2 * n + 2] = lam1;
        j[0 * n + 1] = 1;
        for (size_t i = 3; i < 6; i++) {
            j[i * n + i] = lam2;
            if (i > 3)
                j[(i - 1) * n + i] = 1;
        }
        /* x^2 − 2 twice, coupled: rows 6..9 */
        j[6 * n + 7] = 2;
        j[7 * n + 6] = 1;
        j[8 * n + 9] = 2;
        j[9 * n + 8] = 1;
        j[6 * n + 8] = j[7 * n + 9] = round % 2;
        /* x^2 + 1: rows 10, 11 */
        j[10 * n + 11] = -1;
        j[11 * n + 10] = 1;
        axle_matrix *J = ts_ints(AXLE_QQ, n, n, j);
        axle_matrix *A = conjugate(&r, J);
        ax_spectrum *S = NULL;
        cr_assert_eq(spectrum(&S, A), AXLE_OK, "%s", axle_error_message());
        check(S, A);
        cr_assert_eq(S->count, 6);
        const ax_qspec *Q = S->data;
        for (size_t k = 0; k < S->count; k++) {
            const ax_qs_factor *F = &Q->F[Q->fac[k]];
            if (F->d == 1 && S->vals[k].alg == 3 && S->vals[k].geo == 2)
                cr_expect(S->vals[k].blocks[0] == 2 && S->vals[k].blocks[1] == 1);
            else if (F->d == 1)
                cr_expect(S->vals[k].alg == 3 && S->vals[k].geo == 1);
            else if (S->vals[k].real)
                cr_expect(S->vals[k].alg == 2 && S->vals[k].geo == (round % 2 ? 1u : 2u));
            else
                cr_expect(S->vals[k].alg == 1 && S->vals[k].geo == 1);
        }
        cr_expect_eq(check_jordan(S, A, false), AXLE_EDOMAIN);
        ax_spectrum_free(S);
        axle_matrix_free(A);
        axle_matrix_free(J);
        free(j);
    }
}

Test(exact_spectrum, random_rational_jordan_forms)
{
    ts_rng r = ts_rng_new("exact_spectrum/random_rational_jordan_forms");
    for (int round = 0; round < 8; round++) {
        size_t n = 8;
        long *j = calloc(n * n, sizeof *j);
        for (size_t i = 0; i < n; i++) {
            j[i * n + i] = ts_range(&r, -1, 1);
            if (i + 1 < n)
                j[i * n + i + 1] = ts_range(&r, 0, 1);
        }
        /* a superdiagonal 1 between different values is fine: the structure comes out anyway */
        axle_matrix *J = ts_ints(AXLE_QQ, n, n, j);
        axle_matrix *A = conjugate(&r, J);
        ax_spectrum *S = NULL;
        cr_assert_eq(spectrum(&S, A), AXLE_OK, "%s", axle_error_message());
        check(S, A);
        cr_expect_eq(check_jordan(S, A, false), AXLE_OK);
        axle_status d = check_jordan(S, A, true);
        cr_expect_eq(d, S->diag[AXLE_OVER_Q] ? AXLE_OK : AXLE_EDOMAIN);
        ax_spectrum_free(S);
        axle_matrix_free(A);
        axle_matrix_free(J);
        free(j);
    }
}

Test(exact_spectrum, random_integer_matrices)
{
    ts_rng r = ts_rng_new("exact_spectrum/random_integer_matrices");
    for (size_t n = 1; n <= 12; n++) {
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        ax_spectrum *S = NULL;
        cr_assert_eq(spectrum(&S, A), AXLE_OK, "%s", axle_error_message());
        check(S, A);
        ax_spectrum_free(S);
        axle_matrix_free(A);
    }
}

Test(exact_spectrum, bad_input)
{
    axle_matrix *A = parse("[[1, 2], [3, 4]]"), *B = parse("[[1, 2, 3]]");
    axle_poly *chi = NULL, *mu = NULL, *wrong = NULL;
    cr_assert_eq(axle_matrix_charpoly(&chi, A), AXLE_OK);
    cr_assert_eq(axle_matrix_minpoly(&mu, A), AXLE_OK);
    cr_assert_eq(axle_poly_parse(&wrong, AXLE_QQ, "x^2 - 1"), AXLE_OK);
    ax_spectrum *S = (ax_spectrum *)1;
    cr_expect_eq(ax_backend_qq.eigen(NULL, A, chi, mu), AXLE_EINVAL);
    cr_expect_eq(ax_backend_qq.eigen(&S, A, NULL, mu), AXLE_EINVAL);
    cr_expect_null(S);
    cr_expect_eq(ax_backend_qq.eigen(&S, B, chi, mu), AXLE_EDIM);
    cr_expect_eq(ax_backend_qq.eigen(&S, A, wrong, mu), AXLE_EINVAL);
    cr_expect_eq(ax_backend_qq.eigen(&S, A, chi, wrong), AXLE_EINVAL);
    cr_expect(strstr(axle_error_message(), "minimal polynomial"), "%s", axle_error_message());
    cr_expect_null(S);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_poly_free(chi);
    axle_poly_free(mu);
    axle_poly_free(wrong);
}

Test(exact_spectrum, work_limit_refused_before_the_vectors)
{
    /* [[R, I], [0, R]] 20 times (n = 80): the chains of ±i over Q(i) would take about
     * e n^3 d^2 + m^2 n d^3 = 5.1e6 operations, above AX_QS_MAX_WORK */
    size_t k = 20, n = 4 * k;
    long *j = calloc(n * n, sizeof *j);
    for (size_t b = 0; b < k; b++) {
        size_t o = 4 * b;
        j[o * n + o + 1] = j[(o + 2) * n + o + 3] = -1;
        j[(o + 1) * n + o] = j[(o + 3) * n + o + 2] = 1;
        j[o * n + o + 2] = j[(o + 1) * n + o + 3] = 1;
    }
    axle_matrix *A = ts_ints(AXLE_QQ, n, n, j);
    ax_spectrum *S = NULL;
    cr_expect_eq(spectrum(&S, A), AXLE_ERANGE);
    cr_expect_null(S);
    cr_expect(strstr(axle_error_message(), "more than the limit 4e+06"), "%s",
              axle_error_message());
    axle_matrix_free(A);
    free(j);
}

Test(exact_spectrum, rr_input_is_refused)
{
    axle_matrix *A = NULL;
    axle_poly *chi = NULL;
    cr_assert_eq(axle_matrix_parse(&A, AXLE_RR, "[[1, 2], [3, 4]]"), AXLE_OK);
    cr_assert_eq(axle_matrix_charpoly(&chi, A), AXLE_OK);
    ax_spectrum *S = NULL;
    cr_expect_eq(ax_backend_qq.eigen(&S, A, chi, chi), AXLE_EFIELD);
    cr_expect_null(S);
    axle_matrix *P = NULL, *D = NULL;
    cr_expect_eq(ax_backend_qq.diagonalize(&P, &D, A, NULL), AXLE_EINVAL);
    cr_expect(P == NULL && D == NULL);
    axle_matrix_free(A);
    axle_poly_free(chi);
}

/* Every allocation failure of the kernel and its operations is AXLE_ENOMEM with NULL outputs and
 * no leak (ASan build: TS_CHECK_NO_LEAKS). */
static axle_status run_all(const axle_matrix *A, const axle_poly *chi, const axle_poly *mu)
{
    ax_spectrum *S = NULL;
    axle_status s = ax_backend_qq.eigen(&S, A, chi, mu);
    if (s) {
        cr_assert_null(S);
        return s;
    }
    for (size_t k = 0; k < S->count && !s; k++) {
        char *t = NULL;
        axle_nfmatrix *M = NULL;
        axle_algebraic *a = NULL;
        for (int f = 0; f < 4 && !s; f++) {
            if (!(s = S->ops->vectors_string(&t, S->data, k, (axle_format)f)))
                axle_free(t);
            else
                cr_assert_null(t);
            t = NULL;
        }
        if (!s && !(s = S->ops->value_string(&t, S->data, k, AXLE_FORMAT_JSON)))
            axle_free(t);
        if (!s && !(s = S->ops->chains_exact(&M, S->data, k)))
            axle_nfmatrix_free(M);
        if (!s && !(s = S->ops->value_exact(&a, S->data, k)))
            axle_algebraic_free(a);
    }
    axle_matrix *P = NULL, *J = NULL;
    if (!s) {
        axle_status b = ax_backend_qq.jordan(&J, &P, A, S);
        if (b == AXLE_ENOMEM)
            s = b;
        if (b)
            cr_assert(P == NULL && J == NULL);
    }
    axle_matrix_free(P);
    axle_matrix_free(J);
    ax_spectrum_free(S);
    return s;
}

Test(exact_spectrum, out_of_memory)
{
    const char *cases[] = {"[[1, 1], [1, 0]]", "[[0,-1,1,0],[1,0,0,1],[0,0,0,-1],[0,0,1,0]]",
                           "[[2, 1, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0], [0, 0, 0, 3]]",
                           "[[2, 1, 0], [1, 2, 1], [0, 1, 1]]"};
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        axle_matrix *A = parse(cases[c]);
        axle_poly *chi = NULL, *mu = NULL;
        TS_OK(axle_matrix_charpoly(&chi, A));
        TS_OK(axle_matrix_minpoly(&mu, A));
        for (unsigned long k = 1;; k++) {
            ax_oom_fail_at(k, false);
            axle_status st = run_all(A, chi, mu);
            bool fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            if (!fired) {
                cr_assert_eq(st, AXLE_OK, "%s: %s", cases[c], axle_error_message());
                break;
            }
            cr_assert(st == AXLE_ENOMEM || st == AXLE_OK, "%s, allocation %lu: %s (%s)", cases[c],
                      k, axle_strerror(st), axle_error_message());
        }
        axle_poly_free(chi);
        axle_poly_free(mu);
        axle_matrix_free(A);
    }
    TS_CHECK_NO_LEAKS();
}

Test(exact_spectrum, root_degree_limit_refused_before_the_roots)
{
    /* the companion matrix of the irreducible (Eisenstein at 3) x^201 − 3x − 3: a factor above
     * AXLE_ROOTS_MAX_DEGREE, refused after the factorization, before any root or vector */
    size_t n = 201;
    long *v = calloc(n * n, sizeof *v);
    for (size_t i = 1; i < n; i++)
        v[i * n + i - 1] = 1;
    v[0 * n + n - 1] = v[1 * n + n - 1] = 3;
    axle_matrix *A = ts_ints(AXLE_QQ, n, n, v);
    axle_poly *chi = NULL;
    TS_OK(axle_poly_parse(&chi, AXLE_QQ, "x^201 - 3x - 3"));
    ax_spectrum *S = NULL;
    cr_expect_eq(ax_backend_qq.eigen(&S, A, chi, chi), AXLE_ERANGE);
    cr_expect_null(S);
    cr_expect(strstr(axle_error_message(), "degree 200 (AXLE_ROOTS_MAX_DEGREE"), "%s",
              axle_error_message());
    axle_poly_free(chi);
    axle_matrix_free(A);
    free(v);
}
