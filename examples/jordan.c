/* A Jordan form by hand, the way Axler builds it (8.B–8.D), next to axle_matrix_jordan.
 *
 * For each eigenvalue λ of A (the rational roots of χ_A) and N = A − λI:
 *   1. the dimensions d_k = dim null N^k for k = 0, 1, ..., up to the algebraic multiplicity;
 *      d_k − d_(k−1) blocks have size at least k, so the block sizes follow;
 *   2. the chains, longest first: a vector w of null N^k that is independent of null N^(k−1) and
 *      of the chain vectors chosen so far gives the chain N^(k−1) w, ..., N w, w;
 *   3. the chains of all eigenvalues are the columns of P, and P^-1 A P is the Jordan form J.
 * Every step is a call of the matrix API (axle_matrix_null, _rank, _mul, _inverse). Then the same
 * matrix through axle_matrix_jordan: the block structure must agree, and both P^-1 A P are J. */
#include <axle.h>
#include <stdio.h>
#include <stdlib.h>

static void check(axle_status s, const char *what)
{
    if (s) {
        fprintf(stderr, "jordan: %s: %s\n", what, axle_error_message());
        exit(1);
    }
}

static void show(const char *name, const axle_matrix *M)
{
    char *s = NULL;
    check(axle_matrix_to_string(&s, M, AXLE_FORMAT_TEXT), name);
    printf("%s = %s\n", name, s);
    axle_free(s);
}

/* The columns of A followed by those of B (either may be NULL: no columns). */
static axle_matrix *hcat(const axle_matrix *A, const axle_matrix *B, size_t n)
{
    size_t ca = A ? axle_matrix_cols(A) : 0, cb = B ? axle_matrix_cols(B) : 0;
    axle_matrix *M = NULL;
    check(axle_matrix_new(&M, AXLE_QQ, n, ca + cb), "columns");
    for (size_t j = 0; j < ca + cb; j++)
        for (size_t i = 0; i < n; i++) {
            axle_scalar *x = NULL;
            check(axle_matrix_get(&x, j < ca ? A : B, i, j < ca ? j : j - ca), "entry");
            check(axle_matrix_set(M, i, j, x), "entry");
            axle_scalar_free(x);
        }
    return M;
}

/* Column j of M as an n x 1 matrix. */
static axle_matrix *column(const axle_matrix *M, size_t j)
{
    size_t n = axle_matrix_rows(M);
    axle_matrix *v = NULL;
    check(axle_matrix_new(&v, AXLE_QQ, n, 1), "column");
    for (size_t i = 0; i < n; i++) {
        axle_scalar *x = NULL;
        check(axle_matrix_get(&x, M, i, j), "entry");
        check(axle_matrix_set(v, i, 0, x), "entry");
        axle_scalar_free(x);
    }
    return v;
}

static size_t rank_of(const axle_matrix *M)
{
    size_t r = 0;
    if (M && axle_matrix_cols(M) > 0)
        check(axle_matrix_rank(&r, M), "rank");
    return r;
}

/* N^k (k >= 0). */
static axle_matrix *power(const axle_matrix *N, size_t k)
{
    axle_matrix *P = NULL;
    check(axle_matrix_identity(&P, AXLE_QQ, axle_matrix_rows(N)), "I");
    for (size_t i = 0; i < k; i++) {
        axle_matrix *Q = NULL;
        check(axle_matrix_mul(&Q, N, P), "power");
        axle_matrix_free(P);
        P = Q;
    }
    return P;
}

/* The chains of eigenvalue lambda (multiplicity m), appended to *basis. */
static void chains_by_hand(axle_matrix **basis, const axle_matrix *A, const axle_scalar *lambda,
                           unsigned long m)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *I = NULL, *L = NULL, *N = NULL;
    check(axle_matrix_identity(&I, AXLE_QQ, n), "I");
    check(axle_matrix_scale(&L, lambda, I), "lambda I");
    check(axle_matrix_sub(&N, A, L), "A - lambda I");
    char *ls = NULL;
    check(axle_scalar_to_string(&ls, lambda, AXLE_FORMAT_TEXT), "lambda");

    /* 1. d_k = dim null N^k until it reaches m */
    size_t *d = calloc(m + 2, sizeof *d);
    axle_matrix **kernel = calloc(m + 2, sizeof *kernel);
    if (!d || !kernel)
        exit(1);
    size_t top = 0;
    printf("eigenvalue %s (multiplicity %lu): dim null (A - %sI)^k =", ls, m, ls);
    for (size_t k = 0; k <= m; k++) {
        axle_matrix *Nk = power(N, k);
        check(axle_matrix_null(&kernel[k], Nk), "null N^k");
        axle_matrix_free(Nk);
        d[k] = axle_matrix_cols(kernel[k]);
        printf(" %zu", d[k]);
        top = k;
        if (d[k] == m)
            break;
    }
    printf(" (k = 0 .. %zu)\n", top);

    /* 2. chains, longest first: blocks of size exactly k = (d_k - d_(k-1)) - (d_(k+1) - d_k) */
    axle_matrix *chosen = NULL; /* the chain vectors of this eigenvalue so far */
    for (size_t k = top; k >= 1; k--) {
        size_t above = k < top ? d[k + 1] - d[k] : 0;
        size_t blocks = (d[k] - d[k - 1]) - above;
        for (size_t b = 0; b < blocks; b++) {
            /* a vector w of null N^k independent of null N^(k-1) and the chosen vectors */
            axle_matrix *known = hcat(kernel[k - 1], chosen, n), *w = NULL;
            size_t r = rank_of(known);
            for (size_t j = 0; j < axle_matrix_cols(kernel[k]) && !w; j++) {
                axle_matrix *c = column(kernel[k], j), *t = hcat(known, c, n);
                if (rank_of(t) > r)
                    w = c;
                else
                    axle_matrix_free(c);
                axle_matrix_free(t);
            }
            axle_matrix_free(known);
            if (!w)
                exit(1);
            /* the chain N^(k-1) w, ..., N w, w: v1 is an eigenvector */
            axle_matrix **chain = calloc(k, sizeof *chain);
            if (!chain)
                exit(1);
            chain[k - 1] = w;
            for (size_t i = k - 1; i > 0; i--)
                check(axle_matrix_mul(&chain[i - 1], N, chain[i]), "N v");
            if (k == 1)
                printf("  a block of size 1, an eigenvector:");
            else
                printf("  a block of size %zu, the chain N^%zu w, ..., N w, w:", k, k - 1);
            for (size_t i = 0; i < k; i++) {
                axle_matrix *ch = hcat(chosen, chain[i], n), *bs = NULL;
                printf(i ? ", (" : " (");
                for (size_t r = 0; r < n; r++) {
                    axle_scalar *x = NULL;
                    char *s = NULL;
                    check(axle_matrix_get(&x, chain[i], r, 0), "entry");
                    check(axle_scalar_to_string(&s, x, AXLE_FORMAT_TEXT), "print");
                    printf(r ? ", %s" : "%s", s);
                    axle_free(s);
                    axle_scalar_free(x);
                }
                printf(")");
                axle_matrix_free(chosen);
                chosen = ch;
                bs = hcat(*basis, chain[i], n);
                axle_matrix_free(*basis);
                *basis = bs;
                axle_matrix_free(chain[i]);
            }
            printf("\n");
            free(chain);
        }
    }
    axle_matrix_free(chosen);
    for (size_t k = 0; k <= top; k++)
        axle_matrix_free(kernel[k]);
    free(kernel);
    free(d);
    axle_free(ls);
    axle_matrix_free(I);
    axle_matrix_free(L);
    axle_matrix_free(N);
}

/* P^-1 A P, shown under the name given. */
static axle_matrix *conjugate(const axle_matrix *A, const axle_matrix *P)
{
    axle_matrix *Pi = NULL, *AP = NULL, *J = NULL;
    check(axle_matrix_inverse(&Pi, P), "P^-1");
    check(axle_matrix_mul(&AP, A, P), "A P");
    check(axle_matrix_mul(&J, Pi, AP), "P^-1 A P");
    axle_matrix_free(Pi);
    axle_matrix_free(AP);
    return J;
}

int main(void)
{
    /* χ = (x - 1)(x - 2)(x - 4)^2 with one block of size 2 for 4 */
    axle_matrix *A = NULL;
    check(axle_matrix_parse(&A, AXLE_QQ,
                            "[[5, 4, 2, 1], [0, 1, -1, -1], [-1, -1, 3, 0], [1, 1, -1, 2]]"),
          "A");
    show("A", A);
    axle_poly *chi = NULL;
    char *s = NULL;
    check(axle_matrix_charpoly(&chi, A), "charpoly");
    check(axle_poly_to_string(&s, chi, AXLE_FORMAT_TEXT), "print");
    printf("charpoly: %s\n", s);
    axle_free(s);

    /* by hand: the rational roots lambda of chi in increasing order (axle's order of the
     * eigenvalues too), with their multiplicities, and their chains */
    axle_matrix *roots = NULL, *P = NULL;
    unsigned long *mult = NULL, total = 0;
    check(axle_poly_rational_roots(&roots, &mult, chi), "rational roots");
    for (size_t i = 0; i < axle_matrix_rows(roots); i++) {
        axle_scalar *lambda = NULL;
        check(axle_matrix_get(&lambda, roots, i, 0), "root");
        chains_by_hand(&P, A, lambda, mult[i]);
        total += mult[i];
        axle_scalar_free(lambda);
    }
    axle_free(mult);
    axle_matrix_free(roots);
    if (total != axle_matrix_rows(A)) {
        printf("an eigenvalue is irrational: no Jordan basis over Q\n");
        return 1;
    }
    axle_matrix *J = conjugate(A, P);
    show("by hand: P", P);
    show("by hand: P^-1 A P", J);

    /* the same by axle */
    axle_matrix *J2 = NULL, *P2 = NULL;
    check(axle_matrix_jordan(&J2, &P2, A), "axle_matrix_jordan");
    show("axle_matrix_jordan: J", J2);
    show("axle_matrix_jordan: P", P2);
    axle_matrix *J3 = conjugate(A, P2);
    printf("axle's P^-1 A P = J: %s\n", axle_matrix_equal(J3, J2) ? "yes" : "NO");
    printf("the same Jordan form by hand and by axle: %s\n",
           axle_matrix_equal(J, J2) ? "yes" : "NO");
    int rc = axle_matrix_equal(J3, J2) && axle_matrix_equal(J, J2) ? 0 : 1;

    axle_matrix_free(J);
    axle_matrix_free(J2);
    axle_matrix_free(J3);
    axle_matrix_free(P);
    axle_matrix_free(P2);
    axle_poly_free(chi);
    axle_matrix_free(A);
    return rc;
}
