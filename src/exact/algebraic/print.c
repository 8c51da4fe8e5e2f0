/* Algebraic numbers as a teacher writes them: rationals, quadratic surds (surd.c), roots of unity
 * as e^(2πi k/n) (unity.c), everything else as "root of p ≈ value" with certain digits
 * (digits.c); plus the JSON object of one root and of a list of roots. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exact/algebraic/alg_impl.h"

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
        ax_buf_put_mpq(&b, a->lo, f);
    } else if (a->p.len == 3) {
        ax_alg_str_quadratic(&b, a, f);
        if (ax_alg_root_of_unity_test(a, &n, &k, &nomem)) {
            ax_buf_puts(&b, " = ");
            ax_alg_str_unity(&b, n, k, f);
        }
        if (nomem)
            s = ax_nomem();
    } else if (ax_alg_root_of_unity_test(a, &n, &k, &nomem)) {
        ax_alg_str_unity(&b, n, k, f);
        ax_buf_puts(&b, approx);
        s = ax_alg_str_value(&b, a, N, f);
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
            s = ax_alg_str_value(&b, a, N, f);
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
        ax_alg_str_z(&b, a->p.c[i]);
        ax_buf_puts(&b, i ? "\"," : "\"");
    }
    ax_buf_puts(&b, "],\"value\":\"");
    ax_buf_puts(&b, v);
    ax_buf_puts(&b, "\",\"re\":");
    ax_buf_put_double(&b, re, AXLE_FORMAT_JSON);
    ax_buf_puts(&b, ",\"im\":");
    ax_buf_put_double(&b, im, AXLE_FORMAT_JSON);
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
        axle_status s = ax_alg_str_part(&b, a, part == 1, digits, AXLE_FORMAT_TEXT);
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
