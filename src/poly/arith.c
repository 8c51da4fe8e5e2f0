/* Polynomial arithmetic (Axler 4.4-4.8): sums, products, powers, division with remainder,
 * derivative, composition, evaluation, written once for both fields: the operands are checked and
 * the size of every result bounded here, before any arithmetic; the arithmetic itself is the
 * field's polynomial kernels (src/backend.h; QQ on integer polynomials in qq/poly.c, RR on
 * doubles in rr/poly.c). */
#include <math.h>

#include "poly/poly_impl.h"

/* The kernels of p's field. */
static const ax_poly_kernels *kernels(const axle_poly *p)
{
    return ax_poly_kernels_of(p->field);
}

/* Validate the output and one operand. */
static axle_status start(axle_poly **out, const axle_poly *p)
{
    AX_OUT(out);
    return ax_poly_check(p, "p");
}

/* Validate the output and two operands of the same field. */
static axle_status start2(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    AX_OUT(out);
    return ax_poly_check2(p, q);
}

static axle_status add_signed(axle_poly **out, const axle_poly *p, const axle_poly *q, int sign)
{
    axle_status s = start2(out, p, q);
    return s ? s : kernels(p)->add(out, p, q, sign);
}

axle_status axle_poly_add(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    return add_signed(out, p, q, 1);
}

axle_status axle_poly_sub(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    return add_signed(out, p, q, -1);
}

/* -p = (-1) p. */
axle_status axle_poly_neg(axle_poly **out, const axle_poly *p)
{
    axle_status s = start(out, p);
    axle_scalar *m = NULL;
    if (s || (s = axle_scalar_from_int(&m, p->field, -1)))
        return s;
    s = kernels(p)->scale(out, m, p);
    axle_scalar_free(m);
    return s;
}

axle_status axle_poly_scale(axle_poly **out, const axle_scalar *c, const axle_poly *p)
{
    axle_status s = start(out, p);
    if (s)
        return s;
    if (!c)
        return ax_error(AXLE_EINVAL, "scalar c is NULL");
    if (c->field != p->field)
        return ax_error(AXLE_EFIELD, "scalar over %s times a polynomial over %s",
                        axle_field_name(c->field), axle_field_name(p->field));
    return kernels(p)->scale(out, c, p);
}

/* ---- size bounds ------------------------------------------------------------------------- */

axle_status ax_psize_check(ax_psize z, const char *what)
{
    if (z.deg > (double)AXLE_POLY_MAX_DEGREE)
        return ax_error(AXLE_ERANGE,
                        "%s would have degree %.0f, above the limit of %ld (AXLE_POLY_MAX_DEGREE)",
                        what, z.deg, AXLE_POLY_MAX_DEGREE);
    /* RR bounds have num = den = 0: within the degree limit they are within this one too */
    double bits = fmin(z.terms, z.deg + 1) * (z.num + z.den + 2);
    if (!(bits <= (double)AXLE_POLY_MAX_BITS))
        return ax_error(AXLE_ERANGE,
                        "%s could need %.3g bits of coefficients, above the limit of %ld bits "
                        "= 8 MiB (AXLE_POLY_MAX_BITS)",
                        what, bits, AXLE_POLY_MAX_BITS);
    return AXLE_OK;
}

/* The bound of a product of polynomials with bounds a, b: |P Q|_1 <= |P|_1 |Q|_1. */
static ax_psize size_mul(ax_psize a, ax_psize b)
{
    return (ax_psize){a.deg + b.deg, a.num + b.num, a.den + b.den, a.terms * b.terms};
}

/* p q for polynomials of the same field (already validated), refused beyond the size limits. */
static axle_status mul(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    if (!p->len || !q->len)
        return ax_poly_alloc(out, p->field, 0);
    const ax_poly_kernels *K = kernels(p);
    ax_psize a, b;
    axle_status s;
    if ((s = K->size(&a, p)) || (s = K->size(&b, q)) ||
        (s = ax_psize_check(size_mul(a, b), "the product")))
        return s;
    return K->mul(out, p, q);
}

axle_status axle_poly_mul(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s = start2(out, p, q);
    return s ? s : mul(out, p, q);
}

/* The bound of p^e from that of p: |P^e|_1 = |P|_1^e; a monomial stays one term. */
static ax_psize size_pow(ax_psize z, unsigned long e)
{
    double terms = z.terms == 1 ? 1 : z.deg * (double)e + 1;
    return (ax_psize){z.deg * (double)e, z.num * (double)e, z.den * (double)e, terms};
}

axle_status axle_poly_pow(axle_poly **out, const axle_poly *p, unsigned long e)
{
    axle_status s = start(out, p);
    if (s)
        return s;
    if (e == 0)
        return axle_poly_monomial(out, p->field, 0);
    if (p->len == 0)
        return ax_poly_alloc(out, p->field, 0);
    const ax_poly_kernels *K = kernels(p);
    ax_psize z;
    if ((s = K->size(&z, p)) || (s = ax_psize_check(size_pow(z, e), "the power")))
        return s;
    return K->pow(out, p, e);
}

axle_status axle_poly_divrem(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b)
{
    if (q)
        *q = NULL;
    if (r)
        *r = NULL;
    axle_status s = ax_poly_check2(a, b);
    if (s)
        return s;
    if (!b->len)
        return ax_error(AXLE_EDOMAIN, "division by the zero polynomial");
    return kernels(a)->divrem(q, r, a, b);
}

axle_status axle_poly_derivative(axle_poly **out, const axle_poly *p)
{
    axle_status s = start(out, p);
    return s ? s : kernels(p)->derivative(out, p);
}

/* With p = P / Dp, q = Q / Dq and d = deg p: p(q) = sum P_i Q^i Dq^(d-i) / (Dp Dq^d), so
 * log2 |numerator|_1 <= log2 |P|_1 + d max(log2 |Q|_1, log2 Dq). */
static axle_status compose_size_check(const axle_poly *p, const axle_poly *q)
{
    double dp = p->len > 1 ? (double)(p->len - 1) : 0, dq = q->len > 1 ? (double)(q->len - 1) : 0;
    ax_psize z = {dp * dq, 0, 0, dp * dq + 1}, a, b;
    axle_status s;
    const ax_poly_kernels *K = kernels(p);
    if (dp > 0) {
        if ((s = K->size(&a, p)) || (s = K->size(&b, q)))
            return s;
        z.num = a.num + dp * fmax(b.num, b.den);
        z.den = a.den + dp * b.den;
    }
    return ax_psize_check(z, "p(q(x))");
}

/* r + c, for the coefficient c of x^k in p, in place of r; "p(q(x)) overflows" on RR overflow. */
static axle_status add_coeff(axle_poly **r, const axle_poly *p, size_t k)
{
    axle_scalar *c = NULL;
    axle_poly *cp = NULL, *t = NULL;
    axle_status s = axle_poly_coeff(&c, p, k);
    if (!s)
        s = axle_poly_constant(&cp, c);
    if (!s && (s = kernels(p)->add(&t, *r, cp, 1)) == AXLE_ERANGE)
        s = ax_error(AXLE_ERANGE, "p(q(x)) overflows a double");
    axle_scalar_free(c);
    axle_poly_free(cp);
    if (!s) {
        axle_poly_free(*r);
        *r = t;
    }
    return s;
}

axle_status axle_poly_compose(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s = start2(out, p, q);
    if (s)
        return s;
    if ((s = compose_size_check(p, q)))
        return s;
    axle_poly *r;
    if ((s = ax_poly_alloc(&r, p->field, 0)))
        return s;
    /* Horner in q: r = (...(c_n q + c_{n-1}) q + ...) + c_0 */
    for (size_t k = p->len; k-- > 0 && !s;) {
        axle_poly *t;
        if ((s = mul(&t, r, q)))
            break;
        axle_poly_free(r);
        r = t;
        s = add_coeff(&r, p, k);
    }
    if (s) {
        axle_poly_free(r);
        return s;
    }
    *out = r;
    return AXLE_OK;
}

axle_status axle_poly_eval(axle_scalar **out, const axle_poly *p, const axle_scalar *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check(p, "p")))
        return s;
    if (!x)
        return ax_error(AXLE_EINVAL, "scalar x is NULL");
    if (x->field != p->field)
        return ax_error(AXLE_EFIELD, "evaluating a polynomial over %s at a scalar over %s",
                        axle_field_name(p->field), axle_field_name(x->field));
    return kernels(p)->eval(out, p, x);
}

/* R + c I, in place, for the coefficient c of x^k in p; "p(A) overflows" on RR overflow. */
static axle_status add_diagonal(axle_matrix *R, const axle_poly *p, size_t k)
{
    axle_scalar *c = NULL;
    axle_status s = axle_poly_coeff(&c, p, k);
    for (size_t i = 0; !s && i < R->rows; i++) {
        axle_scalar *e = NULL, *t = NULL;
        if (!(s = axle_matrix_get(&e, R, i, i)) && !(s = axle_scalar_add(&t, e, c)))
            s = axle_matrix_set(R, i, i, t);
        else if (s == AXLE_ERANGE)
            s = ax_error(AXLE_ERANGE, "p(A) overflows a double");
        axle_scalar_free(e);
        axle_scalar_free(t);
    }
    axle_scalar_free(c);
    return s;
}

/* The storage of Horner's intermediates for p(A) in all, before any product: the k-th holds n^2
 * entries of at most (bits of p's coefficients) + k g bits, g the growth of one product by A,
 * here half the backend's bound for A A (n^2 (bits N_A + bits d_A + log2(n) / 2); 0 over RR). The
 * cost of Horner grows with this sum (x^16000 at a 3x3 rational matrix ran for minutes). */
static axle_status eval_matrix_size_check(const axle_poly *p, const axle_matrix *A)
{
    ax_psize z;
    axle_status s = kernels(p)->size(&z, p);
    if (s || p->len < 2)
        return s;
    double n2 = (double)A->rows * (double)A->cols, deg = (double)(p->len - 1);
    double g = (double)ax_matrix_product_bits(A, A) / 2;
    double bits = n2 * deg * (z.num + z.den) + g * deg * (deg + 1) / 2;
    if (bits > (double)AXLE_POLY_MAX_BITS)
        return ax_error(AXLE_ERANGE,
                        "p(A) for p of degree %.0f and a %zux%zu A could take %.3g bits in its "
                        "Horner steps, above the limit of %ld bits (AXLE_POLY_MAX_BITS)",
                        deg, A->rows, A->cols, bits, AXLE_POLY_MAX_BITS);
    return AXLE_OK;
}

axle_status axle_poly_eval_matrix(axle_matrix **out, const axle_poly *p, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check(p, "p")) || (s = ax_check_matrix(A, "A")))
        return s;
    if (A->field != p->field)
        return ax_error(AXLE_EFIELD, "evaluating a polynomial over %s at a matrix over %s",
                        axle_field_name(p->field), axle_field_name(A->field));
    if (A->rows != A->cols)
        return ax_error(AXLE_EDIM, "p(A) needs a square matrix, A is %zux%zu", A->rows, A->cols);
    if ((s = eval_matrix_size_check(p, A)))
        return s;
    size_t n = A->rows;
    axle_matrix *R;
    if ((s = ax_matrix_alloc(&R, p->field, n, n)))
        return s;
    /* Horner: R = (...(c_n A + c_{n-1} I) A + ...) + c_0 I, deg p matrix products */
    for (size_t k = p->len; k-- > 0 && !s;) {
        axle_matrix *T;
        if (k + 1 < p->len && !(s = axle_matrix_mul(&T, R, A))) {
            axle_matrix_free(R);
            R = T;
        }
        if (!s)
            s = add_diagonal(R, p, k);
    }
    if (s) {
        axle_matrix_free(R);
        return s;
    }
    *out = R;
    return AXLE_OK;
}
