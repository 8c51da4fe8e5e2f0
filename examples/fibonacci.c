/* Fibonacci numbers from eigenvalues (Axler 5, exercise on the Fibonacci sequence): the matrix
 * A = [[1, 1], [1, 0]] sends (F_(n+1), F_n) to (F_(n+2), F_(n+1)), so (F_(n+1), F_n) = A^n (1, 0).
 * Its eigenvalues are φ = (1 + √5)/2 and ψ = (1 − √5)/2, and writing (1, 0) in the eigenvector
 * basis gives Binet's formula F_n = (φ^n − ψ^n)/(φ − ψ). axle finds φ and ψ exactly, and the
 * formula is computed exactly in the number field Q(φ), where ψ = 1 − φ: every F_n comes out a
 * rational number, and the program checks it against the recurrence F_(n+1) = F_n + F_(n-1). */
#include <axle.h>
#include <stdio.h>
#include <stdlib.h>

static void check(axle_status s, const char *what)
{
    if (s) {
        fprintf(stderr, "fibonacci: %s: %s\n", what, axle_error_message());
        exit(1);
    }
}

/* The rational number x of Q(φ) as an integer (Binet's formula gives integers). */
static void nf_to_mpz(mpz_t out, const axle_nfelem *x)
{
    mpq_t q;
    mpq_init(q);
    axle_nfelem_coeff_mpq(q, x, 0);
    mpz_set(out, mpq_numref(q));
    mpq_clear(q);
}

int main(void)
{
    axle_matrix *A = NULL;
    check(axle_matrix_parse(&A, AXLE_QQ, "[[1, 1], [1, 0]]"), "A");

    /* the spectrum of A, exactly */
    axle_eigen *E = NULL;
    check(axle_matrix_eigen(&E, A), "eigenvalues");
    axle_poly *chi = NULL;
    char *s = NULL;
    check(axle_eigen_charpoly(&chi, E), "charpoly");
    check(axle_poly_to_string(&s, chi, AXLE_FORMAT_UNICODE), "print");
    printf("A = [[1, 1], [1, 0]], χ(x) = %s\n", s);
    axle_free(s);
    for (size_t k = 0; k < axle_eigen_count(E); k++) {
        char *v = NULL, *vec = NULL;
        check(axle_eigen_value_string(&v, E, k, AXLE_FORMAT_UNICODE), "eigenvalue");
        check(axle_eigen_eigenvectors_string(&vec, E, k, AXLE_FORMAT_UNICODE), "eigenvector");
        printf("eigenvalue %s, eigenvector %s\n", v, vec);
        axle_free(v);
        axle_free(vec);
    }

    /* Q(φ) from φ's minimal polynomial; ψ = 1 − φ is the other root */
    axle_algebraic *phi = NULL;
    axle_poly *m = NULL;
    axle_numfield *K = NULL;
    check(axle_eigen_value(&phi, E, 1), "phi");
    check(axle_algebraic_minpoly(&m, phi), "minimal polynomial of phi");
    check(axle_numfield_new(&K, m, "phi"), "Q(phi)");
    axle_nfelem *f = NULL, *one = NULL, *g = NULL, *d = NULL;
    check(axle_nfelem_gen(&f, K), "phi");
    check(axle_nfelem_from_int(&one, K, 1), "1");
    check(axle_nfelem_sub(&g, one, f), "psi");
    check(axle_nfelem_sub(&d, f, g), "phi - psi");
    check(axle_nfelem_to_string(&s, g, AXLE_FORMAT_TEXT), "print");
    printf("in Q(phi): psi = %s, ", s);
    axle_free(s);
    check(axle_nfelem_to_string(&s, d, AXLE_FORMAT_TEXT), "print");
    printf("phi - psi = %s (that is, sqrt(5))\n", s);
    axle_free(s);

    /* Binet's formula for n = 0 .. 300 against the recurrence */
    mpz_t a, b, t, binet;
    mpz_inits(a, b, t, binet, NULL);
    mpz_set_ui(a, 0); /* F_n */
    mpz_set_ui(b, 1); /* F_(n+1) */
    int agree = 1;
    printf("F_0 .. F_20 by Binet's formula:");
    for (unsigned long n = 0; n <= 300; n++) {
        axle_nfelem *pn = NULL, *qn = NULL, *diff = NULL, *F = NULL;
        check(axle_nfelem_pow(&pn, f, n), "phi^n");
        check(axle_nfelem_pow(&qn, g, n), "psi^n");
        check(axle_nfelem_sub(&diff, pn, qn), "phi^n - psi^n");
        check(axle_nfelem_div(&F, diff, d), "Binet");
        if (!axle_nfelem_is_rational(F))
            agree = 0;
        nf_to_mpz(binet, F);
        if (mpz_cmp(binet, a) != 0)
            agree = 0;
        if (n <= 20)
            gmp_printf(" %Zd", binet);
        if (n == 100) {
            check(axle_nfelem_to_string(&s, pn, AXLE_FORMAT_TEXT), "print");
            gmp_printf("\nF_100 = %Zd\nphi^100 = %s", binet, s);
            axle_free(s);
        }
        axle_nfelem_free(pn);
        axle_nfelem_free(qn);
        axle_nfelem_free(diff);
        axle_nfelem_free(F);
        mpz_add(t, a, b); /* (F_n, F_(n+1)) -> (F_(n+1), F_(n+2)) */
        mpz_set(a, b);
        mpz_set(b, t);
    }
    printf("\nBinet's formula and the recurrence agree for n = 0 .. 300: %s\n",
           agree ? "yes" : "NO");
    mpz_clears(a, b, t, binet, NULL);

    axle_nfelem_free(f);
    axle_nfelem_free(one);
    axle_nfelem_free(g);
    axle_nfelem_free(d);
    axle_numfield_unref(K);
    axle_poly_free(m);
    axle_algebraic_free(phi);
    axle_poly_free(chi);
    axle_eigen_unref(E);
    axle_matrix_free(A);
    return agree ? 0 : 1;
}
