/* The polynomial kernels of the backend (src/backend.h), called through the table as the poly
 * floor calls them: RR results agree with the QQ results converted to double on random integer
 * polynomials, the exact-only entries are where the table says, the size kernel measures as the
 * limits expect, and the generic algorithms of the floor keep their RR overflow messages. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "backend.h"
#include "helpers.h"

/* A polynomial of both fields with the same integer coefficients. */
typedef struct pair {
    axle_poly *q, *r;
} pair;

static pair random_pair(ts_rng *rng, long d, long h)
{
    pair p = {tp_random(rng, AXLE_QQ, d, h), NULL};
    TS_OK(axle_poly_convert(&p.r, p.q, AXLE_RR));
    return p;
}

static void pair_free(pair p)
{
    axle_poly_free(p.q);
    axle_poly_free(p.r);
}

/* Assert the RR result r equals the QQ result q rounded, relative to its size. */
static void agree(axle_poly *q, axle_poly *r, const char *what)
{
    axle_poly *c = NULL;
    TS_OK(axle_poly_convert(&c, q, AXLE_RR));
    cr_assert(tp_rel_diff(c, r) <= 1e-12, "%s: QQ %s, RR %s", what, tp_str(q), tp_str(r));
    axle_poly_free(c);
    axle_poly_free(q);
    axle_poly_free(r);
}

#define KQ ax_poly_kernels_of(AXLE_QQ)
#define KR ax_poly_kernels_of(AXLE_RR)

Test(poly_kernels, table)
{
    const ax_poly_kernels *K[2] = {KQ, KR};
    for (int i = 0; i < 2; i++) {
        cr_assert(K[i]->size && K[i]->add && K[i]->scale && K[i]->mul && K[i]->pow &&
                  K[i]->divrem && K[i]->derivative && K[i]->eval && K[i]->gcd);
        cr_assert_eq(K[i]->content != NULL, K[i]->exact);
    }
    cr_assert(KQ->exact && !KR->exact);
}

Test(poly_kernels, rr_agrees_with_qq)
{
    ts_rng rng = ts_rng_new("poly_kernels/rr_agrees_with_qq");
    for (int t = 0; t < 60; t++) {
        pair a = random_pair(&rng, ts_range(&rng, 0, 8), 9),
             b = random_pair(&rng, ts_range(&rng, 0, 6), 9);
        axle_poly *q, *r, *q2, *r2;
        for (int sign = -1; sign <= 1; sign += 2) {
            TS_OK(KQ->add(&q, a.q, b.q, sign));
            TS_OK(KR->add(&r, a.r, b.r, sign));
            agree(q, r, "add");
        }
        TS_OK(KQ->mul(&q, a.q, b.q));
        TS_OK(KR->mul(&r, a.r, b.r));
        agree(q, r, "mul");
        unsigned long e = (unsigned long)ts_range(&rng, 1, 4);
        TS_OK(KQ->pow(&q, a.q, e));
        TS_OK(KR->pow(&r, a.r, e));
        agree(q, r, "pow");
        TS_OK(KQ->derivative(&q, a.q));
        TS_OK(KR->derivative(&r, a.r));
        agree(q, r, "derivative");
        axle_scalar *cq = NULL, *cr = NULL, *vq = NULL, *vr = NULL;
        long c = ts_range(&rng, -5, 5);
        TS_OK(axle_scalar_from_int(&cq, AXLE_QQ, c));
        TS_OK(axle_scalar_from_int(&cr, AXLE_RR, c));
        TS_OK(KQ->scale(&q, cq, a.q));
        TS_OK(KR->scale(&r, cr, a.r));
        agree(q, r, "scale");
        TS_OK(KQ->eval(&vq, a.q, cq));
        TS_OK(KR->eval(&vr, a.r, cr));
        double want = axle_scalar_to_double(vq);
        cr_assert(fabs(axle_scalar_to_double(vr) - want) <= 1e-12 * fmax(1.0, fabs(want)), "eval");
        axle_scalar_free(cq);
        axle_scalar_free(cr);
        axle_scalar_free(vq);
        axle_scalar_free(vr);
        /* a monic divisor keeps the RR quotient exact in these sizes */
        long mc[5], dm = ts_range(&rng, 1, 4);
        for (long k = 0; k < dm; k++)
            mc[k] = ts_range(&rng, -9, 9);
        mc[dm] = 1;
        pair m = {tp_ints(AXLE_QQ, (size_t)dm + 1, mc), NULL};
        TS_OK(axle_poly_convert(&m.r, m.q, AXLE_RR));
        TS_OK(KQ->divrem(&q, &q2, a.q, m.q));
        TS_OK(KR->divrem(&r, &r2, a.r, m.r));
        agree(q, r, "quotient");
        agree(q2, r2, "remainder");
        pair_free(m);
        pair_free(a);
        pair_free(b);
    }
}

Test(poly_kernels, gcd_of_separated_roots)
{
    ts_rng rng = ts_rng_new("poly_kernels/gcd_of_separated_roots");
    for (int t = 0; t < 30; t++) {
        /* (x - 1)(x - 2) times two coprime products of other integer roots */
        long g[] = {2, -3, 1}, u[] = {-3, 1}, v[] = {4, 1};
        axle_poly *G = tp_ints(AXLE_QQ, 3, g), *U = tp_ints(AXLE_QQ, 2, u),
                  *V = tp_ints(AXLE_QQ, 2, v);
        for (long k = ts_range(&rng, 0, 2); k > 0; k--) {
            axle_poly *w = tp_ints(AXLE_QQ, 2, (long[]){-(5 + k), 1}), *t2 = tp_mul(U, w);
            axle_poly_free(U);
            axle_poly_free(w);
            U = t2;
        }
        axle_poly *A = tp_mul(G, U), *B = tp_mul(G, V), *Ar, *Br, *q, *r;
        TS_OK(axle_poly_convert(&Ar, A, AXLE_RR));
        TS_OK(axle_poly_convert(&Br, B, AXLE_RR));
        TS_OK(KQ->gcd(&q, A, B));
        TS_OK(KR->gcd(&r, Ar, Br));
        cr_assert(axle_poly_equal(q, G), "QQ gcd %s", tp_str(q));
        axle_poly *Gr;
        TS_OK(axle_poly_convert(&Gr, G, AXLE_RR));
        cr_assert(tp_rel_diff(r, Gr) <= 1e-9, "RR gcd %s", tp_str(r));
        axle_poly_free(Gr);
        axle_poly_free(q);
        axle_poly_free(r);
        axle_poly_free(Ar);
        axle_poly_free(Br);
        axle_poly_free(A);
        axle_poly_free(B);
        axle_poly_free(G);
        axle_poly_free(U);
        axle_poly_free(V);
    }
}

/* A divisor whose leading coefficient is tiny makes the monic remainder sequence overflow
 * (1e-300 x + 1 divided by its leading coefficient is x + 1e300, and the next remainder needs
 * 1e600): the RR gcd reports AXLE_ERANGE with a NULL output (it returned the zero polynomial, or
 * a NaN one, for these coprime inputs), or answers with finite coefficients; never 0. */
Test(poly_kernels, rr_gcd_overflow_is_reported)
{
    const char *pairs[][2] = {{"x^2 - 1", "1e-300*x + 1"}, {"1e-300*x + 1", "x^2 - 1"}};
    for (size_t t = 0; t < 2; t++) {
        axle_poly *a = tp_parse(AXLE_RR, pairs[t][0]), *b = tp_parse(AXLE_RR, pairs[t][1]);
        axle_poly *g = NULL;
        axle_status s = axle_poly_gcd(&g, a, b);
        if (s) {
            cr_assert_eq(s, AXLE_ERANGE, "gcd(%s, %s): status %d", pairs[t][0], pairs[t][1], s);
            cr_assert_null(g);
        } else {
            cr_assert_geq(axle_poly_degree(g), 0, "gcd(%s, %s) is the zero polynomial", pairs[t][0],
                          pairs[t][1]);
            for (long k = 0; k <= axle_poly_degree(g); k++) {
                axle_scalar *c = NULL;
                TS_OK(axle_poly_coeff(&c, g, (size_t)k));
                cr_assert(isfinite(axle_scalar_to_double(c)), "gcd(%s, %s) is %s", pairs[t][0],
                          pairs[t][1], tp_str(g));
                axle_scalar_free(c);
            }
        }
        axle_poly_free(g);
        axle_poly_free(a);
        axle_poly_free(b);
    }
}

/* QQ measures p = P / D with P read in place when every denominator is 1, formed otherwise: both
 * routes give the same numerator bound for p and p / 6. */
Test(poly_kernels, size)
{
    long c[] = {-5, 0, 3};
    axle_poly *p = tp_ints(AXLE_QQ, 3, c), *p6, *pr;
    axle_scalar *sixth;
    TS_OK(axle_scalar_from_frac(&sixth, AXLE_QQ, 1, 6));
    TS_OK(axle_poly_scale(&p6, sixth, p));
    TS_OK(axle_poly_convert(&pr, p, AXLE_RR));
    ax_psize a, b, r;
    TS_OK(KQ->size(&a, p));
    TS_OK(KQ->size(&b, p6));
    TS_OK(KR->size(&r, pr));
    cr_assert(a.deg == 2 && a.terms == 2 && a.den == 0 && fabs(a.num - 3) < 1e-12);
    cr_assert(b.deg == 2 && b.terms == 2 && b.num == a.num && fabs(b.den - log2(6)) < 1e-12);
    cr_assert(r.deg == 2 && r.terms == 2 && r.num == 0 && r.den == 0);
    axle_scalar_free(sixth);
    axle_poly_free(p);
    axle_poly_free(p6);
    axle_poly_free(pr);
}

/* Composition and p(A) are written once in the floor over the add kernel and the scalar and
 * matrix API; over RR their overflow still names the whole result. */
Test(poly_kernels, rr_overflow_messages)
{
    double big[] = {1e308, 1e308};
    axle_poly *p, *one, *out = NULL;
    TS_OK(axle_poly_from_doubles(&p, AXLE_RR, 2, big));
    TS_OK(axle_poly_monomial(&one, AXLE_RR, 0));
    cr_assert_eq(axle_poly_compose(&out, p, one), AXLE_ERANGE);
    cr_assert_null(out);
    cr_assert_str_eq(axle_error_message(), "p(q(x)) overflows a double");
    axle_matrix *A, *R = NULL;
    TS_OK(axle_matrix_identity(&A, AXLE_RR, 2));
    cr_assert_eq(axle_poly_eval_matrix(&R, p, A), AXLE_ERANGE);
    cr_assert_null(R);
    cr_assert_str_eq(axle_error_message(), "p(A) overflows a double");
    axle_matrix_free(A);
    axle_poly_free(p);
    axle_poly_free(one);
}

/* Every allocation failure in the floor's generic algorithms (and the kernels under them) gives
 * AXLE_ENOMEM with the outputs NULL, and the run after the last failure succeeds; the sanitizer
 * build checks that nothing leaks on the way. */
static axle_status run_generic(int op, axle_field F)
{
    axle_poly *p = NULL, *q = NULL, *r = NULL, *s = NULL, *t = NULL;
    axle_matrix *A = NULL, *R = NULL;
    axle_scalar *c = NULL;
    axle_status st = axle_poly_from_fracs(&p, F, 4, (long[]){1, -2, 0, 3}, (long[]){2, 1, 1, 5});
    if (!st)
        st = axle_poly_from_ints(&q, F, 3, (long[]){-1, 0, 1});
    if (!st && op == 0)
        st = axle_poly_compose(&r, p, q);
    if (!st && op == 1 && !(st = axle_matrix_from_ints(&A, F, 2, 2, (long[]){1, 2, 3, 4})))
        st = axle_poly_eval_matrix(&R, p, A);
    if (!st && op == 2)
        st = axle_poly_xgcd(&r, &s, &t, p, q);
    if (!st && op == 3)
        st = axle_poly_neg(&r, p);
    if (!st && op == 4)
        st = axle_poly_divrem(&r, &s, p, q);
    if (!st && op == 5)
        st = axle_poly_pow(&r, p, 3);
    if (!st && op == 6)
        st = axle_poly_content(&c, p);
    if (st)
        cr_assert(!r && !s && !t && !R && !c, "outputs NULL on failure (op %d)", op);
    axle_poly *all[] = {p, q, r, s, t};
    for (size_t k = 0; k < 5; k++)
        axle_poly_free(all[k]);
    axle_matrix_free(A);
    axle_matrix_free(R);
    axle_scalar_free(c);
    return st;
}

FIELDS(poly_kernels, out_of_memory)
{
    for (int op = 0; op < 7; op++) {
        if (*F == AXLE_RR && (op == 2 || op == 6))
            continue; /* exact-only */
        for (unsigned long k = 1;; k++) {
            ax_oom_fail_at(k, false);
            axle_status st = run_generic(op, *F);
            bool fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            if (!fired) {
                cr_assert_eq(st, AXLE_OK, "op %d: %s", op, axle_error_message());
                break;
            }
            cr_assert(st == AXLE_ENOMEM || st == AXLE_OK, "op %d, allocation %lu: %s", op, k,
                      axle_strerror(st));
        }
    }
    TS_CHECK_NO_LEAKS();
}

/* p(A) over QQ bounds Horner's intermediates before the first product: x^16000 at a 3x3 rational
 * matrix ran for minutes (x^4000: 6.7 s), and is now refused with AXLE_ERANGE and a NULL output;
 * x^200 at the same matrix is still computed. */
Test(poly_kernels, qq_eval_matrix_refuses_huge_horner, .timeout = 20)
{
    axle_matrix *A = NULL, *R = NULL;
    TS_OK(
        axle_matrix_parse(&A, AXLE_QQ, "[[123456789/7, 987654321/11, 3], [5, 6, 7], [8, 9, 10]]"));
    axle_poly *big = tp_parse(AXLE_QQ, "x^16000"), *small = tp_parse(AXLE_QQ, "x^200 - x + 1");
    cr_assert_eq(axle_poly_eval_matrix(&R, big, A), AXLE_ERANGE);
    cr_assert_null(R);
    cr_assert(strstr(axle_error_message(), "AXLE_POLY_MAX_BITS"), "%s", axle_error_message());
    TS_OK(axle_poly_eval_matrix(&R, small, A));
    axle_matrix_free(R);
    axle_poly_free(big);
    axle_poly_free(small);
    axle_matrix_free(A);
}
