/* What the exact inner kernels of the spectral family share: χ through the charpoly kernel,
 * the rational spectrum of a diagonalizable matrix (rational roots of χ, eigenspaces from the
 * multimodular null space kernel) and the products with a Gram matrix. */
#include <stdlib.h>

#include "exact/exact.h"
#include "exact/inner/qi_impl.h"

void ax_qi_rspec_clear(ax_qi_rspec *R)
{
    for (size_t i = 0; R->lam && i < R->k; i++)
        mpq_clear(R->lam[i]);
    free(R->lam);
    free(R->mult);
    axle_matrix_free(R->E);
    *R = (ax_qi_rspec){0};
}

axle_status ax_qi_charpoly(axle_poly **chi, const axle_matrix *A, const char *what)
{
    if (A->rows > AXLE_EIGEN_MAX_DIM)
        return ax_error(AXLE_ERANGE,
                        "the exact %s of a %zu x %zu matrix is beyond the limit of %d on the "
                        "dimension of exact eigenvalues (AXLE_EIGEN_MAX_DIM)",
                        what, A->rows, A->rows, AXLE_EIGEN_MAX_DIM);
    return ax_backend_qq.charpoly(chi, A);
}

/* R's arrays from the k x 1 matrix of distinct roots and their multiplicities. */
static axle_status fill(ax_qi_rspec *R, const axle_matrix *roots, const unsigned long *mult)
{
    size_t k = roots->rows;
    if (!(R->lam = ax_calloc(k ? k : 1, sizeof *R->lam)) ||
        !(R->mult = ax_calloc(k ? k : 1, sizeof *R->mult)))
        return ax_nomem();
    for (; R->k < k; R->k++) {
        mpq_init(R->lam[R->k]);
        mpq_set(R->lam[R->k], AX_Q(roots, R->k, 0));
        R->mult[R->k] = mult[R->k];
    }
    return AXLE_OK;
}

axle_status ax_qi_values(ax_qi_rspec *R, axle_roots **roots, const axle_matrix *A, const char *what)
{
    *R = (ax_qi_rspec){0};
    *roots = NULL;
    axle_poly *chi = NULL;
    axle_matrix *rat = NULL;
    unsigned long *mult = NULL;
    size_t n = A->rows, total = 0;
    axle_status s = ax_qi_charpoly(&chi, A, what);
    AX_STEP(s, axle_poly_rational_roots(&rat, &mult, chi));
    for (size_t i = 0; !s && i < rat->rows; i++)
        total += mult[i];
    if (!s && total == n) {
        R->n = n;
        s = fill(R, rat, mult);
    } else if (!s) {
        AX_STEP(s, axle_poly_real_roots(roots, chi));
        total = 0;
        for (size_t i = 0; !s && i < axle_roots_count(*roots); i++) {
            unsigned long m = 0;
            (void)axle_roots_get(*roots, i, &m);
            total += m;
        }
        if (!s && total != n)
            s = ax_error(AXLE_EUNCERTIFIED,
                         "the exact %s found %zu real eigenvalues of a %zu x %zu operator that "
                         "should be self-adjoint (a bug)",
                         what, total, n, n);
    }
    if (s) {
        ax_qi_rspec_clear(R);
        axle_roots_free(*roots);
        *roots = NULL;
    }
    axle_poly_free(chi);
    axle_matrix_free(rat);
    axle_free(mult);
    return s;
}

axle_status ax_qi_vectors(ax_qi_rspec *R, const axle_matrix *A, const char *what)
{
    size_t n = R->n;
    /* a null space costs about n^3 times a tenth of the words of its lifted solutions */
    double nn = (double)n, b = (double)ax_backend_qq.product_bits(A, A) / (2 * nn * nn);
    double lift = nn * b / 640, work = (double)R->k * nn * nn * nn * (lift > 1 ? lift : 1);
    if (work > AX_QI_MAX_WORK)
        return ax_error(AXLE_ERANGE,
                        "the exact %s of a %zu x %zu operator with %zu distinct eigenvalues needs "
                        "as many null spaces, about k n³ (n bits(A) / 640) = %.3g operations, more "
                        "than the limit %.3g of the exact inner kernels",
                        what, n, n, R->k, work, AX_QI_MAX_WORK);
    axle_status s = ax_matrix_alloc(&R->E, AXLE_QQ, n, n);
    size_t col = 0;
    for (size_t i = 0; !s && i < R->k; i++) {
        axle_matrix *B = NULL, *W = NULL;
        if (!(s = axle_matrix_copy(&B, A))) {
            for (size_t j = 0; j < n; j++)
                mpq_sub(AX_Q(B, j, j), AX_Q(B, j, j), R->lam[i]);
            s = axle_matrix_null(&W, B);
        }
        if (!s && (W->cols != R->mult[i] || col + W->cols > n))
            s = ax_error(AXLE_EUNCERTIFIED,
                         "the exact %s found an eigenspace of dimension %zu for an eigenvalue of "
                         "multiplicity %zu: the operator is not diagonalizable (a bug)",
                         what, W->cols, R->mult[i]);
        AX_STEP(s, ax_matrix_paste(R->E, 0, col, W));
        if (!s)
            col += W->cols;
        axle_matrix_free(B);
        axle_matrix_free(W);
    }
    if (s) {
        axle_matrix_free(R->E);
        R->E = NULL;
    }
    return s;
}

/* G^{-1} B for the n x n B (G NULL: a copy of B), by the exact solve kernel. */
static axle_status gram_solve(axle_matrix **out, const axle_matrix *G, const axle_matrix *B)
{
    if (!G)
        return axle_matrix_copy(out, B);
    return axle_matrix_solve(out, NULL, G, B);
}

axle_status ax_qi_form(axle_matrix **out, const axle_matrix *X, const axle_matrix *G,
                       const axle_matrix *Y)
{
    axle_matrix *Xt = NULL, *GY = NULL;
    axle_status s = axle_matrix_transpose(&Xt, X);
    if (G)
        AX_STEP(s, axle_matrix_mul(&GY, G, Y));
    AX_STEP(s, axle_matrix_mul(out, Xt, G ? GY : Y));
    axle_matrix_free(Xt);
    axle_matrix_free(GY);
    return s;
}

axle_status ax_qi_gram_product(axle_matrix **out, const axle_matrix *M, const axle_matrix *GV,
                               const axle_matrix *GW)
{
    axle_matrix *F = NULL;
    axle_status s = ax_qi_form(&F, M, GW, M);
    AX_STEP(s, gram_solve(out, GV, F));
    axle_matrix_free(F);
    return s;
}

axle_status ax_qi_square_factors(ax_zlist *L, const ax_zpoly *f)
{
    size_t d = (size_t)ax_zp_deg(f);
    ax_zpoly h;
    ax_zp_init(&h);
    axle_poly *hp = NULL;
    mpq_t unit;
    mpq_init(unit);
    axle_status s = ax_zp_zero(&h, 2 * d + 1);
    for (size_t i = 0; !s && i <= d; i++)
        mpz_set(h.c[2 * i], f->c[i]);
    AX_STEP(s, ax_zp_to_poly(&hp, &h, NULL));
    AX_STEP(s, ax_exact_decompose(unit, L, hp, true, "factorization of f(x²) for a square root"));
    mpq_clear(unit);
    axle_poly_free(hp);
    ax_zp_clear(&h);
    return s;
}
