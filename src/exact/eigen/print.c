/* The exact spectrum's operations (ax_spectrum_ops): eigenvalues and eigenspace bases as text,
 * doubles and exact objects. Coordinates live in Q(λ) and are shown for one conjugate: rationals
 * as rationals, over a quadratic λ as surds (N + R√D)/S with the conjugate's sign decided
 * exactly (ax_alg_quadratic_parts), over a field of degree >= 3 as polynomials in λ. */
#include <math.h>
#include <stdlib.h>

#include "core/format.h"
#include "exact/eigen/spec_impl.h"

static axle_status value_string(char **out, const void *data, size_t k, axle_format fmt)
{
    const ax_qspec *Q = data;
    return axle_algebraic_to_string(out, Q->val[k], fmt, 0);
}

/* Coordinate x of factor F at eigenvalue a, in fmt (TEXT, UNICODE or LATEX). */
static axle_status put_coord(ax_buf *b, const ax_qs_factor *F, const axle_algebraic *a,
                             const ax_nfv *x, axle_format fmt)
{
    const axle_numfield *K = F->K;
    bool rational = true;
    for (size_t c = 1; c < K->n; c++)
        rational = rational && !mpz_sgn(x->c[c]);
    if (rational) {
        mpq_t q;
        mpq_init(q);
        mpz_set(mpq_numref(q), x->c[0]);
        mpz_set(mpq_denref(q), x->den);
        ax_buf_put_mpq(b, q, fmt);
        mpq_clear(q);
        return AXLE_OK;
    }
    if (K->n == 2) {
        /* λ = (N + σ s√D)/Q, so x = (c0 + c1 λ)/den = (c0 Q + c1 N + σ c1 s √D) / (den Q) */
        mpz_t N, s, D, Qd, P, R;
        mpz_inits(N, s, D, Qd, P, R, NULL);
        bool plus;
        ax_alg_quadratic_parts(N, s, D, Qd, &plus, a);
        mpz_mul(P, x->c[0], Qd);
        mpz_addmul(P, x->c[1], N);
        mpz_mul(R, x->c[1], s);
        if (!plus)
            mpz_neg(R, R);
        mpz_mul(Qd, Qd, x->den);
        ax_alg_str_surd_value(b, P, R, D, Qd, fmt);
        mpz_clears(N, s, D, Qd, P, R, NULL);
        return AXLE_OK;
    }
    return ax_nfv_put(b, K, x, fmt,
                      fmt == AXLE_FORMAT_UNICODE ? "\xce\xbb"
                      : fmt == AXLE_FORMAT_LATEX ? "\\lambda"
                                                 : "lambda");
}

static axle_status vectors_string(char **out, const void *data, size_t k, axle_format fmt)
{
    const ax_qspec *Q = data;
    const ax_qs_factor *F = &Q->F[Q->fac[k]];
    const axle_algebraic *a = Q->val[k];
    const axle_nfmatrix *E = F->E;
    bool json = fmt == AXLE_FORMAT_JSON, latex = fmt == AXLE_FORMAT_LATEX;
    axle_format cf = json ? AXLE_FORMAT_UNICODE : fmt;
    ax_buf b = {0};
    axle_status s = AXLE_OK;
    if (json)
        ax_buf_puts(&b, "[");
    for (size_t j = 0; j < E->cols && !s; j++) {
        if (j)
            ax_buf_puts(&b, json ? "," : ", ");
        ax_buf_puts(&b, json ? "[" : latex ? "\\begin{pmatrix} " : "(");
        for (size_t i = 0; i < E->rows && !s; i++) {
            if (i)
                ax_buf_puts(&b, json ? "," : latex ? " \\\\ " : ", ");
            if (json)
                ax_buf_puts(&b, "\"");
            s = put_coord(&b, F, a, &AX_NFE(E, i, j), cf);
            if (json)
                ax_buf_puts(&b, "\"");
        }
        ax_buf_puts(&b, json ? "]" : latex ? " \\end{pmatrix}" : ")");
    }
    if (json)
        ax_buf_puts(&b, "]");
    if (s) {
        ax_buf_drop(&b);
        return s;
    }
    return ax_buf_finish(&b, out);
}

static axle_status vector_double(double *re, double *im, const void *data, size_t k, size_t j)
{
    const ax_qspec *Q = data;
    const ax_qs_factor *F = &Q->F[Q->fac[k]];
    const axle_numfield *K = F->K;
    double lr, li;
    axle_status s = axle_algebraic_to_double(&lr, &li, Q->val[k]);
    if (s)
        return s;
    /* an eigenvector's scale is free: when the largest term c λ^i could overflow a double, the
     * whole vector is scaled by a power of 2 */
    double top = 0, ll = log2(fmax(1.0, hypot(lr, li))) * (double)(K->n - 1);
    for (size_t i = 0; i < Q->n; i++) {
        const ax_nfv *x = &AX_NFE(F->E, i, j);
        for (size_t c = 0; c < K->n; c++)
            if (mpz_sgn(x->c[c]))
                top = fmax(top, (double)mpz_sizeinbase(x->c[c], 2) -
                                    (double)mpz_sizeinbase(x->den, 2) + ll);
    }
    unsigned long shift = top > 900 ? (unsigned long)(top - 800) : 0;
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < Q->n; i++) {
        const ax_nfv *x = &AX_NFE(F->E, i, j);
        /* Horner in complex doubles on the coordinates c_c / den */
        double sr = 0, si = 0;
        for (size_t c = K->n; c-- > 0;) {
            mpz_set(mpq_numref(q), x->c[c]);
            mpz_set(mpq_denref(q), x->den);
            mpq_canonicalize(q);
            mpq_div_2exp(q, q, shift);
            double tr = sr * lr - si * li, ti = sr * li + si * lr;
            sr = tr + ax_mpq_get_d(q);
            si = ti;
        }
        re[i] = sr;
        im[i] = si;
    }
    mpq_clear(q);
    return AXLE_OK;
}

static axle_status value_exact(axle_algebraic **out, const void *data, size_t k)
{
    const ax_qspec *Q = data;
    return axle_algebraic_copy(out, Q->val[k]);
}

static axle_status eigenspace_exact(axle_nfmatrix **out, const void *data, size_t k)
{
    const ax_qspec *Q = data;
    return axle_nfmatrix_copy(out, Q->F[Q->fac[k]].E);
}

static axle_status chains_exact(axle_nfmatrix **out, const void *data, size_t k)
{
    const ax_qspec *Q = data;
    return axle_nfmatrix_copy(out, Q->F[Q->fac[k]].J);
}

const ax_spectrum_ops ax_qs_ops = {
    .free = ax_qs_free,
    .value_string = value_string,
    .vectors_string = vectors_string,
    .vector_double = vector_double,
    .value_exact = value_exact,
    .eigenspace_exact = eigenspace_exact,
    .chains_exact = chains_exact,
};
