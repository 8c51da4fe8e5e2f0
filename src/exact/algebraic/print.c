/* Algebraic numbers as a teacher writes them: rationals, quadratic surds with square factors taken
 * out, roots of unity as e^(2πi k/n), everything else as "root of p ≈ value" with certain digits;
 * plus the JSON object of one root and of a list of roots. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exact/algebraic/alg_impl.h"

static void str_add_z(ax_buf *b, const mpz_t z)
{
    char *t = mpz_get_str(NULL, 10, z);
    if (!t) {
        b->failed = true;
        return;
    }
    ax_buf_puts(b, t);
    void (*freef)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freef);
    freef(t, strlen(t) + 1);
}

/* ---- format pieces ----------------------------------------------------------------------------
 */

static const char *minus(axle_format f)
{
    return f == AXLE_FORMAT_UNICODE ? "\u2212" : "-";
}

static const char *binop(axle_format f, bool plus)
{
    return plus ? " + " : f == AXLE_FORMAT_UNICODE ? " \u2212 " : " - ";
}

/* "-1/2", "−1/2", "-\frac{1}{2}" */
static void str_add_q(ax_buf *b, const mpq_t q, axle_format f)
{
    if (mpq_sgn(q) < 0)
        ax_buf_puts(b, minus(f));
    mpz_t n;
    mpz_init(n);
    mpz_abs(n, mpq_numref(q));
    if (mpz_cmp_ui(mpq_denref(q), 1) == 0) {
        str_add_z(b, n);
    } else if (f == AXLE_FORMAT_LATEX) {
        ax_buf_puts(b, "\\frac{");
        str_add_z(b, n);
        ax_buf_puts(b, "}{");
        str_add_z(b, mpq_denref(q));
        ax_buf_puts(b, "}");
    } else {
        str_add_z(b, n);
        ax_buf_puts(b, "/");
        str_add_z(b, mpq_denref(q));
    }
    mpz_clear(n);
}

/* k·√d ("sqrt(d)", "2*sqrt(d)", "2√d", "2\sqrt{d}"); k = 1 is left out. */
static void str_add_surd(ax_buf *b, const mpz_t k, const mpz_t d, axle_format f)
{
    bool one = mpz_cmp_ui(k, 1) == 0;
    if (!one) {
        str_add_z(b, k);
        if (f == AXLE_FORMAT_TEXT)
            ax_buf_puts(b, "*");
    }
    ax_buf_puts(b, f == AXLE_FORMAT_TEXT ? "sqrt(" : f == AXLE_FORMAT_LATEX ? "\\sqrt{" : "\u221a");
    str_add_z(b, d);
    if (f != AXLE_FORMAT_UNICODE)
        ax_buf_puts(b, f == AXLE_FORMAT_TEXT ? ")" : "}");
}

/* ---- certain decimal digits ----------------------------------------------------------------- */

/* |x| (x != 0) rounded half away from zero to N significant digits: M · 10^(e - N + 1), M with
 * exactly N digits. */
static void round_sig(mpz_t M, long *e, const mpq_t x, unsigned N)
{
    mpq_t a, p;
    mpz_t t;
    mpq_inits(a, p, NULL);
    mpz_init(t);
    mpq_abs(a, x);
    long e10 = (long)floor((double)ax_alg_log2(a) * 0.30102999566398120);
    for (;;) {
        mpz_ui_pow_ui(t, 10, (unsigned long)labs(e10));
        mpq_set_z(p, t);
        if (e10 < 0)
            mpq_inv(p, p);
        if (mpq_cmp(a, p) < 0) {
            e10--;
            continue;
        }
        mpz_mul_ui(mpq_numref(p), mpq_numref(p), 10);
        mpq_canonicalize(p);
        if (mpq_cmp(a, p) >= 0) {
            e10++;
            continue;
        }
        break;
    }
    long sh = (long)N - 1 - e10;
    mpz_ui_pow_ui(t, 10, (unsigned long)labs(sh));
    if (sh >= 0)
        mpz_mul(mpq_numref(a), mpq_numref(a), t);
    else
        mpz_mul(mpq_denref(a), mpq_denref(a), t);
    mpq_canonicalize(a);
    /* floor(a + 1/2) */
    mpz_mul_2exp(t, mpq_numref(a), 1);
    mpz_add(t, t, mpq_denref(a));
    mpz_mul_2exp(M, mpq_denref(a), 1);
    mpz_fdiv_q(M, t, M);
    mpz_ui_pow_ui(t, 10, N);
    if (mpz_cmp(M, t) == 0) {
        mpz_divexact_ui(M, M, 10);
        e10++;
    }
    *e = e10;
    mpq_clears(a, p, NULL);
    mpz_clear(t);
}

/* The decimal M · 10^(e - N + 1) with trailing zeros dropped, positional for -5 < e < N as
 * printf's %g does, otherwise scientific ("1.5e+50"; LaTeX "1.5 \cdot 10^{50}"). */
static void str_add_decimal(ax_buf *b, bool neg, const mpz_t M, long e, unsigned N, axle_format f)
{
    char *ds = mpz_get_str(NULL, 10, M);
    if (!ds) {
        b->failed = true;
        return;
    }
    size_t full = strlen(ds), L = full;
    while (L > 1 && ds[L - 1] == '0')
        L--;
    if (neg)
        ax_buf_puts(b, minus(f));
    char one[2] = {0, 0};
    if (e < -4 || e >= (long)N) {
        one[0] = ds[0];
        ax_buf_puts(b, one);
        if (L > 1) {
            ax_buf_puts(b, ".");
            ds[L] = 0;
            ax_buf_puts(b, ds + 1);
        }
        if (f == AXLE_FORMAT_LATEX)
            ax_buf_printf(b, " \\cdot 10^{%ld}", e);
        else
            ax_buf_printf(b, "e%s%02ld", e < 0 ? (f == AXLE_FORMAT_UNICODE ? "\u2212" : "-") : "+",
                          labs(e));
    } else if (e >= 0) {
        for (long i = 0; i <= e; i++) {
            one[0] = (size_t)i < L ? ds[i] : '0';
            ax_buf_puts(b, one);
        }
        if ((size_t)e + 1 < L) {
            ax_buf_puts(b, ".");
            ds[L] = 0;
            ax_buf_puts(b, ds + e + 1);
        }
    } else {
        ax_buf_puts(b, "0.");
        for (long i = 0; i < -e - 1; i++)
            ax_buf_puts(b, "0");
        ds[L] = 0;
        ax_buf_puts(b, ds);
    }
    void (*freef)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freef);
    freef(ds, full + 1);
}

/* The real (im = false) or imaginary part of a with N certain significant digits. */
static axle_status str_add_part(ax_buf *b, const axle_algebraic *a, bool im, unsigned N,
                                axle_format f)
{
    bool zero;
    axle_status s = ax_alg_part_is_zero(&zero, a, im);
    if (s)
        return s;
    if (zero) {
        ax_buf_puts(b, "0");
        return AXLE_OK;
    }
    mpq_t rl, rh, il, ih;
    mpz_t M1, M2;
    mpq_inits(rl, rh, il, ih, NULL);
    mpz_inits(M1, M2, NULL);
    long bits = 16, e1, e2, need = (long)(N * 3.33) + 8, cap = -1;
    /* when the enclosure already shows the part's magnitude, start at the precision it needs
     * rather than 2^-16 absolute (a part near 2^40000 would take 40000 bisection steps) */
    if (a->kind == AX_ALG_COMPLEX) {
        mpq_sub(rl, im ? a->im : a->re, a->rad);
        mpq_add(rh, im ? a->im : a->re, a->rad);
    } else {
        mpq_set(rl, a->lo);
        mpq_set(rh, a->hi);
    }
    if (mpq_sgn(rl) * mpq_sgn(rh) > 0) {
        long m1 = ax_alg_log2(rl), m2 = ax_alg_log2(rh);
        long want = need - (m1 < m2 ? m1 : m2);
        if (want < bits)
            bits = want;
    }
    for (;;) {
        s = ax_alg_box(rl, rh, il, ih, a, bits);
        if (s)
            break;
        mpq_ptr l = im ? il : rl, h = im ? ih : rh;
        if (mpq_sgn(l) * mpq_sgn(h) <= 0 && !mpq_equal(l, h)) {
            bits *= 2; /* the part is nonzero: refine until its sign shows */
            continue;
        }
        long want = need - ax_alg_log2(l);
        if (cap < 0)
            cap = want + 4 * (long)N + 512;
        if (bits < want) {
            bits = want;
            continue;
        }
        round_sig(M1, &e1, l, N);
        round_sig(M2, &e2, h, N);
        if ((e1 == e2 && mpz_cmp(M1, M2) == 0) || bits >= cap) {
            if (e1 != e2 || mpz_cmp(M1, M2) != 0) {
                /* within 10^-(N+100) of a rounding tie: print the centre's rounding */
                mpq_add(l, l, h);
                mpq_div_2exp(l, l, 1);
                round_sig(M1, &e1, l, N);
            }
            str_add_decimal(b, mpq_sgn(l) < 0, M1, e1, N, f);
            break;
        }
        bits += bits / 4 + 16;
    }
    mpq_clears(rl, rh, il, ih, NULL);
    mpz_clears(M1, M2, NULL);
    return s;
}

/* "2.0945514815", "0.309 + 0.951i", "−1.2i" */
static axle_status str_add_value(ax_buf *b, const axle_algebraic *a, unsigned N, axle_format f)
{
    if (a->kind != AX_ALG_COMPLEX)
        return str_add_part(b, a, false, N, f);
    bool rezero;
    axle_status s = ax_alg_part_is_zero(&rezero, a, false);
    if (!s && !rezero) {
        s = str_add_part(b, a, false, N, f);
        ax_buf_puts(b, binop(f, mpq_sgn(a->im) > 0));
    } else if (!s && mpq_sgn(a->im) < 0) {
        ax_buf_puts(b, minus(f));
    }
    if (s)
        return s;
    ax_buf sub = {0};
    s = str_add_part(&sub, a, true, N, f);
    if (!s && !sub.failed) {
        const char *t = sub.p;
        /* drop the sign: it went into the operator */
        if (strncmp(t, "-", 1) == 0)
            t += 1;
        else if (strncmp(t, "\u2212", strlen("\u2212")) == 0)
            t += strlen("\u2212");
        ax_buf_puts(b, t);
        ax_buf_puts(b, "i");
    }
    if (sub.failed)
        b->failed = true;
    free(sub.p);
    return s;
}

/* ---- roots of unity ------------------------------------------------------------------------- */

/* As axle_algebraic_root_of_unity; *nomem is set (and the answer false) when an allocation
 * failed, so that a printer can report AXLE_ENOMEM instead of falling back to another form. */
static bool root_of_unity(const axle_algebraic *a, unsigned long *n, unsigned long *k, bool *nomem)
{
    const ax_zpoly *p = &a->p;
    size_t d = p->len - 1;
    if (d == 1) {
        if (mpz_cmp_ui(p->c[1], 1) || mpz_cmpabs_ui(p->c[0], 1))
            return false;
        bool one = mpz_sgn(p->c[0]) < 0; /* x - 1 */
        if (n)
            *n = one ? 1 : 2;
        if (k)
            *k = one ? 0 : 1;
        return true;
    }
    if (a->unity_n) { /* built as a root of unity: known */
        if (n)
            *n = a->unity_n;
        if (k)
            *k = a->unity_k;
        return true;
    }
    unsigned long found = ax_alg_cyclotomic_order(p, nomem);
    if (!found)
        return false;
    double re, im;
    axle_status s = axle_algebraic_to_double(&re, &im, a);
    if (s) {
        *nomem = s == AXLE_ENOMEM;
        return false;
    }
    const double tau = 6.28318530717958647692;
    double ang = atan2(im, re);
    if (ang < 0)
        ang += tau;
    unsigned long kk = (unsigned long)lround(ang * (double)found / tau) % found;
    double er = cos(tau * (double)kk / (double)found) - re,
           ei = sin(tau * (double)kk / (double)found) - im;
    if (hypot(er, ei) > 1e-6)
        return false;
    if (n)
        *n = found;
    if (k)
        *k = kk;
    return true;
}

axle_status axle_algebraic_root_of_unity(bool *out, const axle_algebraic *a, unsigned long *n,
                                         unsigned long *k)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    if (!a)
        return ax_error(AXLE_EINVAL, "algebraic number a is NULL");
    bool nomem = false, is = root_of_unity(a, n, k, &nomem);
    if (nomem)
        return ax_nomem();
    *out = is;
    return AXLE_OK;
}

/* "e^(2πi·k/n)", "exp(2*pi*i*k/n)", "e^{2\pi i \cdot k/n}" (k = 1 left out) */
static void str_add_unity(ax_buf *b, unsigned long n, unsigned long k, axle_format f)
{
    if (f == AXLE_FORMAT_TEXT)
        k == 1 ? ax_buf_printf(b, "exp(2*pi*i/%lu)", n)
               : ax_buf_printf(b, "exp(2*pi*i*%lu/%lu)", k, n);
    else if (f == AXLE_FORMAT_LATEX)
        k == 1 ? ax_buf_printf(b, "e^{2\\pi i/%lu}", n)
               : ax_buf_printf(b, "e^{2\\pi i \\cdot %lu/%lu}", k, n);
    else
        k == 1 ? ax_buf_printf(b, "e^(2\u03c0i/%lu)", n)
               : ax_buf_printf(b, "e^(2\u03c0i\u00b7%lu/%lu)", k, n);
}

/* ---- quadratic surds --------------------------------------------------------------------------
 */

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

/* The surd form of a root of the irreducible quadratic c2 x² + c1 x + c0. */
static void str_add_quadratic(ax_buf *b, const axle_algebraic *a, axle_format f)
{
    const ax_zpoly *p = &a->p;
    mpz_t D, s, d, N, Q, g, t;
    mpz_inits(D, s, d, N, Q, g, t, NULL);
    mpz_mul(D, p->c[1], p->c[1]);
    mpz_mul(t, p->c[2], p->c[0]);
    mpz_submul_ui(D, t, 4);
    split_square(s, d, D);
    mpz_neg(N, p->c[1]);
    mpz_mul_2exp(Q, p->c[2], 1);
    bool plus;
    if (a->kind == AX_ALG_COMPLEX) {
        plus = mpq_sgn(a->im) > 0;
    } else {
        /* the larger root is the + one: compare with the midpoint -c1 / (2 c2) */
        mpq_t m;
        mpq_init(m);
        mpz_set(mpq_numref(m), N);
        mpz_set(mpq_denref(m), Q);
        mpq_canonicalize(m);
        if (mpq_cmp(m, a->lo) <= 0)
            plus = true;
        else if (mpq_cmp(m, a->hi) >= 0)
            plus = false;
        else
            plus = ax_alg_sign_at_q(p, m) == ax_alg_sign_at_q(p, a->lo);
        mpq_clear(m);
    }
    if (mpz_sgn(d) > 0) {
        mpz_gcd(g, N, s);
        mpz_gcd(g, g, Q);
        mpz_divexact(N, N, g);
        mpz_divexact(s, s, g);
        mpz_divexact(Q, Q, g);
        bool den = mpz_cmp_ui(Q, 1) != 0;
        if (mpz_sgn(N) == 0) {
            if (!plus)
                ax_buf_puts(b, minus(f));
            if (den && f == AXLE_FORMAT_LATEX)
                ax_buf_puts(b, "\\frac{");
            str_add_surd(b, s, d, f);
            if (den) {
                ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "}{" : "/");
                str_add_z(b, Q);
                if (f == AXLE_FORMAT_LATEX)
                    ax_buf_puts(b, "}");
            }
        } else {
            if (den)
                ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "\\frac{" : "(");
            if (mpz_sgn(N) < 0)
                ax_buf_puts(b, minus(f));
            mpz_abs(t, N);
            str_add_z(b, t);
            ax_buf_puts(b, binop(f, plus));
            str_add_surd(b, s, d, f);
            if (den) {
                ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "}{" : ")/");
                str_add_z(b, Q);
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
            str_add_q(b, re, f);
            ax_buf_puts(b, binop(f, plus));
        } else if (!plus) {
            ax_buf_puts(b, minus(f));
        }
        bool root = mpz_cmp_ui(d, 1) != 0, den = mpz_cmp_ui(mpq_denref(im), 1) != 0;
        mpz_srcptr u = mpq_numref(im);
        if (!den) {
            if (mpz_cmp_ui(u, 1)) {
                str_add_z(b, u);
                if (f == AXLE_FORMAT_TEXT)
                    ax_buf_puts(b, "*");
            }
            ax_buf_puts(b, "i");
            if (root) {
                if (f == AXLE_FORMAT_TEXT)
                    ax_buf_puts(b, "*");
                mpz_set_ui(t, 1);
                str_add_surd(b, t, d, f);
            }
        } else {
            ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "\\frac{" : "(");
            if (root)
                str_add_surd(b, u, d, f);
            else
                str_add_z(b, u);
            ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "}{" : "/");
            str_add_z(b, mpq_denref(im));
            ax_buf_puts(b, f == AXLE_FORMAT_LATEX ? "}i" : ")i");
        }
        mpq_clears(re, im, NULL);
    }
    mpz_clears(D, s, d, N, Q, g, t, NULL);
}

/* ---- the display ------------------------------------------------------------------------------
 */

axle_status ax_alg_display(char **out, const axle_algebraic *a, axle_format f, unsigned N)
{
    ax_buf b = {0};
    axle_status s = AXLE_OK;
    const char *approx = f == AXLE_FORMAT_TEXT    ? " ~ "
                         : f == AXLE_FORMAT_LATEX ? " \\approx "
                                                  : " \u2248 ";
    unsigned long n, k;
    bool nomem = false;
    if (a->kind == AX_ALG_RATIONAL) {
        str_add_q(&b, a->lo, f);
    } else if (a->p.len == 3) {
        str_add_quadratic(&b, a, f);
        if (root_of_unity(a, &n, &k, &nomem)) {
            ax_buf_puts(&b, " = ");
            str_add_unity(&b, n, k, f);
        }
        if (nomem)
            s = ax_nomem();
    } else if (root_of_unity(a, &n, &k, &nomem)) {
        str_add_unity(&b, n, k, f);
        ax_buf_puts(&b, approx);
        s = str_add_value(&b, a, N, f);
    } else if (nomem) {
        s = ax_nomem();
    } else {
        axle_poly *p = NULL;
        char *ps = NULL;
        s = ax_zp_to_poly(&p, &a->p, NULL);
        if (!s)
            s = axle_poly_to_string(&ps, p, f);
        if (!s) {
            ax_buf_puts(&b, f == AXLE_FORMAT_LATEX ? "\\text{root of } " : "root of ");
            ax_buf_puts(&b, ps);
            ax_buf_puts(&b, approx);
            s = str_add_value(&b, a, N, f);
        }
        axle_free(ps);
        axle_poly_free(p);
    }
    if (s) {
        free(b.p);
        return s;
    }
    return ax_buf_finish(&b, out);
}

/* The shortest "%.{15,16,17}g" that reads back to x. */
static void str_add_double(ax_buf *b, double x)
{
    char buf[40];
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    ax_buf_puts(b, buf);
}

axle_status ax_alg_json(char **out, const axle_algebraic *a, unsigned N, const unsigned long *mult)
{
    char *v = NULL;
    double re = 0, im = 0;
    axle_status s = ax_alg_display(&v, a, AXLE_FORMAT_UNICODE, N);
    if (!s)
        s = axle_algebraic_to_double(&re, &im, a);
    if (s) {
        axle_free(v);
        return s;
    }
    ax_buf b = {0};
    ax_buf_puts(&b, "{\"minpoly\":[");
    for (size_t i = a->p.len; i-- > 0;) {
        ax_buf_puts(&b, "\"");
        str_add_z(&b, a->p.c[i]);
        ax_buf_puts(&b, i ? "\"," : "\"");
    }
    ax_buf_puts(&b, "],\"value\":\"");
    ax_buf_puts(&b, v);
    ax_buf_puts(&b, "\",\"re\":");
    str_add_double(&b, re);
    ax_buf_puts(&b, ",\"im\":");
    str_add_double(&b, im);
    if (mult)
        ax_buf_printf(&b, ",\"multiplicity\":%lu", *mult);
    ax_buf_puts(&b, "}");
    axle_free(v);
    return ax_buf_finish(&b, out);
}

static axle_status check_format(axle_format fmt, unsigned *digits)
{
    if (fmt != AXLE_FORMAT_TEXT && fmt != AXLE_FORMAT_UNICODE && fmt != AXLE_FORMAT_LATEX &&
        fmt != AXLE_FORMAT_JSON)
        return ax_error(AXLE_EINVAL, "unknown output format %d", (int)fmt);
    if (*digits > 10000)
        return ax_error(AXLE_ERANGE, "%u digits asked; at most 10000 are printed", *digits);
    if (*digits == 0)
        *digits = 10;
    return AXLE_OK;
}

axle_status axle_algebraic_to_string(char **out, const axle_algebraic *a, axle_format fmt,
                                     unsigned digits)
{
    AX_OUT(out);
    if (!a)
        return ax_error(AXLE_EINVAL, "algebraic number a is NULL");
    axle_status s = check_format(fmt, &digits);
    if (s)
        return s;
    if (fmt == AXLE_FORMAT_JSON)
        return ax_alg_json(out, a, digits, NULL);
    return ax_alg_display(out, a, fmt, digits);
}

axle_status axle_algebraic_to_decimal(char **re, char **im, const axle_algebraic *a,
                                      unsigned digits)
{
    if (re)
        *re = NULL;
    if (im)
        *im = NULL;
    if (!a)
        return ax_error(AXLE_EINVAL, "algebraic number a is NULL");
    if (digits < 1 || digits > 10000)
        return ax_error(AXLE_ERANGE, "%u digits asked; between 1 and 10000 can be printed", digits);
    char **outs[2] = {re, im};
    for (int part = 0; part < 2; part++) {
        if (!outs[part])
            continue;
        ax_buf b = {0};
        axle_status s = str_add_part(&b, a, part == 1, digits, AXLE_FORMAT_TEXT);
        if (!s)
            s = ax_buf_finish(&b, outs[part]);
        else
            free(b.p);
        if (s) {
            if (part && re) {
                axle_free(*re);
                *re = NULL;
            }
            return s;
        }
    }
    return AXLE_OK;
}

axle_status axle_roots_to_string(char **out, const axle_roots *r, axle_format fmt, unsigned digits)
{
    AX_OUT(out);
    if (!r)
        return ax_error(AXLE_EINVAL, "the root list r is NULL");
    axle_status s = check_format(fmt, &digits);
    if (s)
        return s;
    ax_buf b = {0};
    if (fmt == AXLE_FORMAT_JSON)
        ax_buf_puts(&b, "{\"roots\":[");
    for (size_t i = 0; i < r->n && !s; i++) {
        char *t = NULL;
        s = fmt == AXLE_FORMAT_JSON ? ax_alg_json(&t, r->a[i], digits, &r->mult[i])
                                    : ax_alg_display(&t, r->a[i], fmt, digits);
        if (s)
            break;
        if (fmt == AXLE_FORMAT_JSON && i)
            ax_buf_puts(&b, ",");
        ax_buf_puts(&b, t);
        if (fmt != AXLE_FORMAT_JSON) {
            if (r->mult[i] > 1)
                ax_buf_printf(&b, "  (multiplicity %lu)", r->mult[i]);
            ax_buf_puts(&b, "\n");
        }
        axle_free(t);
    }
    if (s) {
        free(b.p);
        return s;
    }
    if (fmt == AXLE_FORMAT_JSON)
        ax_buf_puts(&b, "]}");
    return ax_buf_finish(&b, out);
}
