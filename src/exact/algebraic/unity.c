/* Roots of unity: recognising e^(2πi k/n) from the cyclotomic order of the minimal polynomial
 * and a numerical check of the angle, the public query axle_algebraic_root_of_unity, and the
 * e^(2πi k/n) notation. */
#include <math.h>

#include "exact/algebraic/alg_impl.h"

/* As axle_algebraic_root_of_unity; *nomem is set (and the answer false) when an allocation
 * failed, so that a printer can report AXLE_ENOMEM instead of falling back to another form. */
bool ax_alg_root_of_unity_test(const axle_algebraic *a, unsigned long *n, unsigned long *k,
                               bool *nomem)
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
    bool nomem = false, is = ax_alg_root_of_unity_test(a, n, k, &nomem);
    if (nomem)
        return ax_nomem();
    *out = is;
    return AXLE_OK;
}

/* "e^(2πi·k/n)", "exp(2*pi*i*k/n)", "e^{2\pi i \cdot k/n}" (k = 1 left out) */
void ax_alg_str_unity(ax_buf *b, unsigned long n, unsigned long k, axle_format f)
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
