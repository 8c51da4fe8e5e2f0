/* Quadratic surds: the roots of an irreducible quadratic as (N ± s√d)/Q with the square factors
 * of the discriminant taken out of the root. */

#include "exact/algebraic/alg_impl.h"

/* disc = s² d with the square factors below 10^4 (and a square cofactor) moved into s. */
static void split_square(mpz_t s, mpz_t d, const mpz_t disc)
{
    mpz_set_ui(s, 1);
    mpz_set(d, disc);
    mpz_t sq, pe;
    mpz_init(sq);
    mpz_init(pe);
    for (unsigned long p = 2; p < 10000; p++) {
        mpz_set_ui(sq, p * p);
        if (mpz_cmpabs(sq, d) > 0)
            break;
        /* all at once: dividing by p^2 one at a time was quadratic in the size of disc */
        mp_bitcnt_t e = mpz_remove(d, d, sq);
        if (e) {
            mpz_ui_pow_ui(pe, p, e);
            mpz_mul(s, s, pe);
        }
    }
    mpz_clear(pe);
    mpz_abs(sq, d);
    if (mpz_cmp_ui(sq, 1) > 0 && mpz_perfect_square_p(sq)) {
        mpz_sqrt(sq, sq);
        mpz_mul(s, s, sq);
        mpz_divexact(d, d, sq);
        mpz_divexact(d, d, sq);
    }
    mpz_clear(sq);
}

/* The root a of the irreducible quadratic c2 x² + c1 x + c0 as (N + σ s√d)/Q (N, s, d, Q
 * initialised by the caller; σ = +1 when *plus): Q = 2 c2, s > 0, disc = s² d. The sign is
 * decided exactly from a's enclosure. */
void ax_alg_quadratic_parts(mpz_t N, mpz_t s, mpz_t d, mpz_t Q, bool *plus, const axle_algebraic *a)
{
    const ax_zpoly *p = &a->p;
    mpz_t D, t;
    mpz_inits(D, t, NULL);
    mpz_mul(D, p->c[1], p->c[1]);
    mpz_mul(t, p->c[2], p->c[0]);
    mpz_submul_ui(D, t, 4);
    split_square(s, d, D);
    mpz_neg(N, p->c[1]);
    mpz_mul_2exp(Q, p->c[2], 1);
    if (a->kind == AX_ALG_COMPLEX) {
        *plus = mpq_sgn(a->im) > 0;
    } else {
        /* the larger root is the + one: compare with the midpoint -c1 / (2 c2) */
        mpq_t m;
        mpq_init(m);
        mpz_set(mpq_numref(m), N);
        mpz_set(mpq_denref(m), Q);
        mpq_canonicalize(m);
        if (mpq_cmp(m, a->lo) <= 0)
            *plus = true;
        else if (mpq_cmp(m, a->hi) >= 0)
            *plus = false;
        else
            *plus = ax_alg_sign_at_q(p, m) == ax_alg_sign_at_q(p, a->lo);
        mpq_clear(m);
    }
    mpz_clears(D, t, NULL);
}

/* The surd form of a root of the irreducible quadratic c2 x² + c1 x + c0. */
void ax_alg_str_quadratic(ax_buf *b, const axle_algebraic *a, axle_format f)
{
    mpz_t s, d, N, Q;
    mpz_inits(s, d, N, Q, NULL);
    bool plus;
    ax_alg_quadratic_parts(N, s, d, Q, &plus, a);
    if (!plus)
        mpz_neg(s, s);
    ax_alg_str_surd_value(b, N, s, d, Q, f);
    mpz_clears(s, d, N, Q, NULL);
}

/* (N0 + R√d0)/Q0 with R != 0, Q0 > 0 and d0 not a square (d0 < 0: a non-real number, printed
 * re + im i), in the display form of quadratic surds. */
void ax_alg_str_surd_value(ax_buf *b, const mpz_t N0, const mpz_t R, const mpz_t d0, const mpz_t Q0,
                           axle_format f)
{
    mpz_t s, d, N, Q, g, t;
    mpz_inits(s, d, N, Q, g, t, NULL);
    mpz_abs(s, R);
    mpz_set(d, d0);
    mpz_set(N, N0);
    mpz_set(Q, Q0);
    bool plus = mpz_sgn(R) > 0;
    if (mpz_sgn(d) > 0) {
        mpz_gcd(g, N, s);
        mpz_gcd(g, g, Q);
        mpz_divexact(N, N, g);
        mpz_divexact(s, s, g);
        mpz_divexact(Q, Q, g);
        bool den = mpz_cmp_ui(Q, 1) != 0;
        if (mpz_sgn(N) == 0) {
            if (!plus)
                ax_buf_puts(b, ax_alg_minus(f));
            if (den && f == AXLE_FORMAT_LATEX)
                ax_buf_puts(b, "\\frac{");
            ax_alg_str_surd(b, s, d, f);
            if (den) {
                ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "}{" : "/");
                ax_alg_str_z(b, Q);
                if (f == AXLE_FORMAT_LATEX)
                    ax_buf_puts(b, "}");
            }
        } else {
            if (den)
                ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "\\frac{" : "(");
            if (mpz_sgn(N) < 0)
                ax_buf_puts(b, ax_alg_minus(f));
            mpz_abs(t, N);
            ax_alg_str_z(b, t);
            ax_buf_puts(b, ax_alg_binop(f, plus));
            ax_alg_str_surd(b, s, d, f);
            if (den) {
                ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "}{" : ")/");
                ax_alg_str_z(b, Q);
                if (f == AXLE_FORMAT_LATEX)
                    ax_buf_puts(b, "}");
            }
        }
    } else {
        mpz_neg(d, d);
        mpq_t re, im;
        mpq_inits(re, im, NULL);
        mpz_set(mpq_numref(re), N);
        mpz_set(mpq_denref(re), Q);
        mpq_canonicalize(re);
        mpz_set(mpq_numref(im), s);
        mpz_set(mpq_denref(im), Q);
        mpq_canonicalize(im);
        if (mpq_sgn(re)) {
            ax_buf_put_mpq(b, re, f);
            ax_buf_puts(b, ax_alg_binop(f, plus));
        } else if (!plus) {
            ax_buf_puts(b, ax_alg_minus(f));
        }
        bool root = mpz_cmp_ui(d, 1) != 0, den = mpz_cmp_ui(mpq_denref(im), 1) != 0;
        mpz_srcptr u = mpq_numref(im);
        if (!den) {
            if (mpz_cmp_ui(u, 1)) {
                ax_alg_str_z(b, u);
                if (f == AXLE_FORMAT_TEXT)
                    ax_buf_puts(b, "*");
            }
            ax_buf_puts(b, "i");
            if (root) {
                if (f == AXLE_FORMAT_TEXT)
                    ax_buf_puts(b, "*");
                mpz_set_ui(t, 1);
                ax_alg_str_surd(b, t, d, f);
            }
        } else {
            ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "\\frac{" : "(");
            if (root)
                ax_alg_str_surd(b, u, d, f);
            else
                ax_alg_str_z(b, u);
            ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "}{" : "/");
            ax_alg_str_z(b, mpq_denref(im));
            ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "}i" : ")i");
        }
        mpq_clears(re, im, NULL);
    }
    mpz_clears(s, d, N, Q, g, t, NULL);
}
