/* axle factor POLY: the factorization of a polynomial over Q into irreducibles,
 * POLY = content * f_1^{e_1} ... f_k^{e_k} with the f_i primitive integer polynomials with positive
 * leading coefficients (axle_poly_factor: Zassenhaus), ordered by degree and then by coefficients
 * from the highest degree down. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* -1, 0, 1 as p comes before, with, after q: by degree, then by coefficients from the top. */
static int compare(const axle_poly *p, const axle_poly *q)
{
    long dp = axle_poly_degree(p), dq = axle_poly_degree(q);
    if (dp != dq)
        return dp < dq ? -1 : 1;
    mpq_t a, b;
    mpq_inits(a, b, NULL);
    int c = 0;
    for (long k = dp; k >= 0 && c == 0; k--) {
        axle_poly_coeff_mpq(a, p, (size_t)k);
        axle_poly_coeff_mpq(b, q, (size_t)k);
        c = mpq_cmp(a, b);
    }
    mpq_clears(a, b, NULL);
    return (c > 0) - (c < 0);
}

/* The content in front of the factors: nothing for 1, a sign for -1, integers as they are,
 * fractions in parentheses (text, Unicode) so that "(3/2)(x + 1)" reads right. */
static void put_content(cli_buf *b, const axle_scalar *c, axle_format fmt)
{
    mpq_t q;
    mpq_init(q);
    axle_scalar_get_mpq(q, c);
    bool integer = mpz_cmp_ui(mpq_denref(q), 1) == 0;
    if (integer && mpz_cmpabs_ui(mpq_numref(q), 1) == 0) {
        if (mpz_sgn(mpq_numref(q)) < 0)
            cli_puts(b, fmt == AXLE_FORMAT_UNICODE ? "\u2212" : "-");
    } else if (integer || fmt == AXLE_FORMAT_LATEX) {
        cli_put_scalar(b, c, fmt);
    } else {
        cli_puts(b, "(");
        cli_put_scalar(b, c, fmt);
        cli_puts(b, ")");
    }
    mpq_clear(q);
}

static void put_factor(cli_buf *b, const axle_poly *f, unsigned long mult, axle_format fmt)
{
    mpq_t c0;
    mpq_init(c0);
    axle_poly_coeff_mpq(c0, f, 0);
    /* x itself needs no parentheses (primitive with positive leading coefficient: exactly x) */
    bool bare = axle_poly_degree(f) == 1 && mpq_sgn(c0) == 0;
    mpq_clear(c0);
    cli_puts(b, bare ? "" : "(");
    cli_put_poly(b, f, fmt);
    cli_puts(b, bare ? "" : ")");
    if (mult > 1)
        cli_put_power(b, mult, fmt);
}

static void put_answer(cli_buf *b, const axle_poly *p, const axle_poly_factors *F,
                       const size_t *order, axle_format fmt)
{
    size_t k = axle_poly_factors_count(F);
    const axle_scalar *c = axle_poly_factors_unit(F);
    if (fmt == AXLE_FORMAT_JSON) {
        cli_puts(b, "{\"content\":");
        cli_put_scalar(b, c, fmt);
        cli_puts(b, ",\"factors\":[");
        for (size_t i = 0; i < k; i++) {
            unsigned long mult = 0;
            const axle_poly *f = axle_poly_factors_get(F, order[i], &mult);
            cli_puts(b, i ? ",{\"poly\":" : "{\"poly\":");
            cli_put_poly(b, f, fmt);
            cli_printf(b, ",\"multiplicity\":%lu}", mult);
        }
        cli_puts(b, "]}");
        return;
    }
    cli_put_poly(b, p, fmt);
    cli_puts(b, " = ");
    if (k == 0) {
        cli_put_scalar(b, c, fmt);
        return;
    }
    put_content(b, c, fmt);
    for (size_t i = 0; i < k; i++) {
        unsigned long mult = 0;
        const axle_poly *f = axle_poly_factors_get(F, order[i], &mult);
        put_factor(b, f, mult, fmt);
    }
}

int cli_factor(const cli_options *o)
{
    axle_poly *p = NULL;
    int rc = cli_read_nonzero_qq_poly(
        &p, o, "factor", "x^4 - 1",
        "factorization needs --field qq (it factors exactly over the rationals)",
        "the zero polynomial has no factorization into irreducibles");
    if (rc)
        return rc;
    axle_poly_factors *F = NULL;
    axle_status s = axle_poly_factor(&F, p);
    size_t k = s ? 0 : axle_poly_factors_count(F);
    size_t *order = s ? NULL : malloc((k + 1) * sizeof *order);
    if (!s && !order)
        s = AXLE_ENOMEM;
    cli_buf b = {0};
    if (!s) {
        /* insertion sort: factorizations have few factors */
        for (size_t i = 0; i < k; i++) {
            size_t j = i;
            const axle_poly *fi = axle_poly_factors_get(F, i, NULL);
            while (j > 0 && compare(axle_poly_factors_get(F, order[j - 1], NULL), fi) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        put_answer(&b, p, F, order, o->format);
    }
    free(order);
    axle_poly_factors_free(F);
    axle_poly_free(p);
    if (s) {
        free(b.s);
        return cli_failure(o->cmd_name, s);
    }
    return cli_emit(&b, o->cmd_name);
}
