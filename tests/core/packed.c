/* Packed QQ matrices (core/internal.h): the entries of a packed matrix share one block of limbs and
 * longer values take limbs from the matrix's pool. Every entry reads as a canonical mpq_t; stores
 * of any size land exactly (growing the pool across chunks); the public setters, pasting and
 * unpacking work on packed results; an allocation failure reports AXLE_ENOMEM and leaves the entry
 * (or the matrix) as it was. Run under ASan in CI, where a GMP write or free of a packed limb
 * would be reported. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "support.h"

/* x = (-1)^k (2^bits + k) / (2k + 1), canonical: values from one limb up to many. */
static void value_of(mpq_t x, size_t k, unsigned bits)
{
    mpz_set_ui(mpq_numref(x), 1);
    mpz_mul_2exp(mpq_numref(x), mpq_numref(x), bits);
    mpz_add_ui(mpq_numref(x), mpq_numref(x), (unsigned long)k);
    if (k & 1)
        mpz_neg(mpq_numref(x), mpq_numref(x));
    mpz_set_ui(mpq_denref(x), 2 * (unsigned long)k + 1);
    mpq_canonicalize(x);
}

static void assert_canonical(const mpq_t x)
{
    mpq_t y;
    mpq_init(y);
    mpq_set(y, x);
    mpq_canonicalize(y);
    cr_assert(mpq_equal(x, y) && mpz_sgn(mpq_denref(x)) > 0);
    mpq_clear(y);
}

Test(packed, zero_matrix_reads_as_zero)
{
    axle_matrix *A = NULL;
    TS_OK(ax_matrix_alloc_qq_packed(&A, 7, 5, true));
    cr_assert(A->pool != NULL);
    for (size_t k = 0; k < 35; k++) {
        cr_assert(mpq_sgn(A->q[k]) == 0);
        assert_canonical(A->q[k]);
    }
    axle_matrix *Z = ts_zero(AXLE_QQ, 7, 5);
    cr_assert(axle_matrix_equal(A, Z));
    axle_matrix_free(Z);
    axle_matrix_free(A);
}

Test(packed, stores_of_every_size_are_exact)
{
    /* 40 x 40 values of 1 to 2000 bits: many chunks, the largest above the first chunk's size */
    size_t n = 40;
    axle_matrix *A = NULL;
    TS_OK(ax_matrix_alloc_qq_packed(&A, n, n, true));
    mpq_t x;
    mpq_init(x);
    for (size_t k = 0; k < n * n; k++) {
        value_of(x, k, (unsigned)(k % 9 == 0 ? 2000 + k : 1 + k % 130));
        TS_OK(ax_qq_store(A, k, x));
    }
    /* overwrite: longer, shorter, integer, zero, and an entry stored from itself */
    for (size_t k = 0; k < n * n; k += 3) {
        value_of(x, k + 1, (unsigned)((k * 7) % 300));
        TS_OK(ax_qq_store(A, k, x));
    }
    TS_OK(ax_qq_store_z(A, 1, mpq_numref(A->q[0]), NULL));
    TS_OK(ax_qq_store(A, 2, A->q[2]));
    mpq_set_ui(x, 0, 1);
    TS_OK(ax_qq_store(A, 4, x));
    for (size_t k = 0; k < n * n; k++) {
        mpq_t want;
        mpq_init(want);
        if (k == 1) {
            value_of(want, 1, 0); /* the numerator of entry 0's overwrite (-2/3) */
            mpz_set_ui(mpq_denref(want), 1);
        } else if (k == 4) {
            mpq_set_ui(want, 0, 1);
        } else if (k % 3 == 0) {
            value_of(want, k + 1, (unsigned)((k * 7) % 300));
        } else {
            value_of(want, k, (unsigned)(k % 9 == 0 ? 2000 + k : 1 + k % 130));
        }
        cr_assert(mpq_equal(A->q[k], want), "entry %zu", k);
        assert_canonical(A->q[k]);
        mpq_clear(want);
    }
    /* a copy is an ordinary matrix with the same entries */
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_copy(&C, A));
    cr_assert(C->pool == NULL && axle_matrix_equal(A, C));
    axle_matrix_free(C);
    mpq_clear(x);
    axle_matrix_free(A);
}

Test(packed, unpacked_entries_take_gmp_writes)
{
    axle_matrix *A = NULL;
    TS_OK(ax_matrix_alloc_qq_packed(&A, 3, 4, false));
    for (size_t k = 0; k < 12; k++)
        ax_qq_packed_init_si(A, k, (int64_t)k * (k & 1 ? -1 : 1) * INT64_C(1000000007));
    mpq_t big;
    mpq_init(big);
    value_of(big, 5, 700);
    TS_OK(ax_qq_store(A, 7, big));
    axle_matrix *B = NULL;
    TS_OK(axle_matrix_copy(&B, A));
    TS_OK(ax_matrix_qq_unpack(A));
    cr_assert(A->pool == NULL && axle_matrix_equal(A, B));
    TS_OK(ax_matrix_qq_unpack(A));    /* nothing to do */
    for (size_t k = 0; k < 12; k++) { /* GMP grows, swaps and clears them freely now */
        mpq_mul(A->q[k], A->q[k], big);
        mpq_mul(B->q[k], B->q[k], big);
    }
    mpq_swap(A->q[0], big);
    mpq_swap(A->q[0], big);
    cr_assert(axle_matrix_equal(A, B));
    mpq_clear(big);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* The public setters and pasting work on a packed product, with values of any size. */
Test(packed, setters_and_paste_on_a_packed_product)
{
    long a[] = {1, 2, 3, 4}, b[] = {5, 6, 7, 8};
    axle_matrix *A = ts_ints(AXLE_QQ, 2, 2, a), *B = ts_ints(AXLE_QQ, 2, 2, b);
    axle_matrix *P = ts_mul(A, B);
    cr_assert(P->pool != NULL, "a word product is packed");
    mpq_t x, y;
    mpq_inits(x, y, NULL);
    value_of(x, 3, 400);
    TS_OK(axle_matrix_set_mpq(P, 0, 1, x));
    TS_OK(axle_matrix_set_frac(P, 1, 0, -22, 6));
    TS_OK(axle_matrix_set_double(P, 1, 1, 0x1p-70));
    axle_scalar *c = NULL;
    TS_OK(axle_scalar_from_frac(&c, AXLE_QQ, 5, 9));
    TS_OK(axle_matrix_set(P, 0, 0, c));
    axle_scalar_free(c);
    TS_OK(axle_matrix_get_mpq(y, P, 0, 1));
    cr_assert(mpq_equal(x, y));
    TS_OK(axle_matrix_get_mpq(y, P, 1, 0));
    cr_assert(mpq_cmp_si(y, -11, 3) == 0);
    TS_OK(axle_matrix_get_mpq(y, P, 1, 1));
    mpq_set_ui(x, 1, 1);
    mpq_div_2exp(x, x, 70);
    cr_assert(mpq_equal(x, y));
    TS_OK(axle_matrix_get_mpq(y, P, 0, 0));
    cr_assert(mpq_cmp_si(y, 5, 9) == 0);
    /* a block pasted into another packed product */
    axle_matrix *Q = ts_mul(B, A);
    TS_OK(ax_matrix_paste(Q, 0, 0, P));
    cr_assert(axle_matrix_equal(P, Q));
    mpq_clears(x, y, NULL);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(P);
    axle_matrix_free(Q);
}

/* The packed results of the QQ kernels equal what the arithmetic says. */
Test(packed, kernel_results_check_out)
{
    ts_rng r = ts_rng_new("packed::kernel_results_check_out");
    for (int rep = 0; rep < 6; rep++) {
        size_t n = 2 + (size_t)ts_range(&r, 0, 30);
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -50, 50);
        axle_matrix *B = ts_random_frac(&r, AXLE_QQ, n, 2);
        axle_matrix *X = NULL, *N = NULL, *Ai = NULL;
        TS_OK(axle_matrix_solve(&X, &N, A, B)); /* random [-50, 50]: nonsingular in practice */
        cr_assert(axle_matrix_cols(N) == 0);
        axle_matrix *AX = ts_mul(A, X);
        cr_assert(axle_matrix_equal(AX, B));
        TS_OK(axle_matrix_inverse(&Ai, A));
        axle_matrix *I = ts_mul(A, Ai), *Id = ts_identity(AXLE_QQ, n);
        cr_assert(axle_matrix_equal(I, Id));
        axle_matrix *all[] = {A, B, X, N, Ai, AX, I, Id};
        for (size_t k = 0; k < sizeof all / sizeof *all; k++)
            axle_matrix_free(all[k]);
    }
}

/* Allocation failures: the pool cannot grow (the entry stays), unpacking fails (the matrix stays
 * packed and whole), the packed block itself. */
Test(packed, out_of_memory_loses_nothing)
{
    axle_matrix *A = NULL;
    TS_OK(ax_matrix_alloc_qq_packed(&A, 2, 2, true));
    mpq_t x, small;
    mpq_inits(x, small, NULL);
    value_of(x, 1, 5000);
    mpq_set_si(small, -3, 7);
    TS_OK(ax_qq_store(A, 3, small));
    ax_oom_fail_at(1, false);
    cr_assert_eq(ax_qq_store(A, 3, x), AXLE_ENOMEM);
    cr_assert(ax_oom_fired());
    cr_assert(mpq_equal(A->q[3], small));
    ax_oom_fail_at(1, false);
    cr_assert_eq(ax_matrix_qq_unpack(A), AXLE_ENOMEM);
    ax_oom_fail_at(0, false);
    cr_assert(A->pool != NULL && mpq_equal(A->q[3], small) && mpq_sgn(A->q[0]) == 0);
    TS_OK(ax_qq_store(A, 3, x));
    cr_assert(mpq_equal(A->q[3], x));
    axle_matrix_free(A);
    for (unsigned long k = 1; k <= 2; k++) {
        axle_matrix *B = NULL;
        ax_oom_fail_at(k, false);
        cr_assert_eq(ax_matrix_alloc_qq_packed(&B, 3, 3, true), AXLE_ENOMEM);
        cr_assert(B == NULL);
    }
    ax_oom_fail_at(0, false);
    mpq_clears(x, small, NULL);
}

/* A store whose value is read from the entry itself with its parts exchanged: both parts are read
 * before either is written, packed or not, short or long (a long numerator over the entry's own
 * one-limb numerator must not grow the packed denominator with GMP). */
Test(packed, store_of_the_entry_s_own_parts_swapped)
{
    for (int packed = 0; packed < 2; packed++)
        for (unsigned bits = 4; bits <= 600; bits += 596) {
            axle_matrix *A = NULL;
            if (packed)
                TS_OK(ax_matrix_alloc_qq_packed(&A, 1, 2, true));
            else
                TS_OK(ax_matrix_alloc(&A, AXLE_QQ, 1, 2));
            mpq_t x, y, want;
            mpq_inits(x, y, want, NULL);
            mpz_ui_pow_ui(mpq_numref(x), 2, bits); /* x = (2^bits + 1) / 3, canonical */
            mpz_add_ui(mpq_numref(x), mpq_numref(x), 1);
            mpz_set_ui(mpq_denref(x), 3);
            mpz_ui_pow_ui(mpq_numref(y), 2, 601); /* 2^601 + 1, prime to 2^bits + 1 */
            mpz_add_ui(mpq_numref(y), mpq_numref(y), 1);
            TS_OK(ax_qq_store(A, 0, x));
            TS_OK(ax_qq_store(A, 1, x));
            /* the reciprocal: numerator from the denominator and back */
            mpq_inv(want, x);
            TS_OK(ax_qq_store_z(A, 0, mpq_denref(A->q[0]), mpq_numref(A->q[0])));
            cr_assert(mpq_equal(A->q[0], want), "packed %d, %u bits: the reciprocal", packed, bits);
            /* a long numerator over the entry's own numerator */
            mpz_set(mpq_numref(want), mpq_numref(y));
            mpz_set(mpq_denref(want), mpq_numref(x));
            TS_OK(ax_qq_store_z(A, 1, mpq_numref(y), mpq_numref(A->q[1])));
            cr_assert(mpq_equal(A->q[1], want), "packed %d, %u bits: over its own numerator",
                      packed, bits);
            mpq_clears(x, y, want, NULL);
            axle_matrix_free(A);
        }
}

/* ---- packed results through the public API -------------------------------------------------
 * Every kernel result may be packed, so every public function that takes a matrix, or an object
 * built from one (a space's basis from a column space, a map's matrix from a product), must only
 * read it. sweep() runs a wide set of calls on three matrices and renders every status and result;
 * run on packed products (with values longer than a limb, whose limbs come from pool chunks)
 * and on ordinary copies of the same values, the renderings agree, and ASan sees no write, free
 * or swap of a packed limb. */
typedef struct sweep_log {
    char *s;
    size_t len;
} sweep_log;

static void log_put(sweep_log *L, axle_status st, char *text)
{
    char head[32];
    int h = snprintf(head, sizeof head, "[%d]", (int)st);
    size_t t = text ? strlen(text) : 0;
    L->s = realloc(L->s, L->len + (size_t)h + t + 2);
    cr_assert(L->s);
    memcpy(L->s + L->len, head, (size_t)h);
    if (t)
        memcpy(L->s + L->len + h, text, t);
    L->len += (size_t)h + t;
    L->s[L->len++] = ';';
    L->s[L->len] = 0;
    axle_free(text);
}

static void log_matrix(sweep_log *L, axle_status st, axle_matrix *M)
{
    char *t = NULL;
    if (!st && M)
        TS_OK(axle_matrix_to_string(&t, M, AXLE_FORMAT_TEXT));
    log_put(L, st, t);
    axle_matrix_free(M);
}

#define LOG_OBJ(type, to_string, free_fn)                                                          \
    static void log_##type(sweep_log *L, axle_status st, type *x)                                  \
    {                                                                                              \
        char *t = NULL;                                                                            \
        if (!st && x)                                                                              \
            TS_OK(to_string(&t, x, AXLE_FORMAT_TEXT));                                             \
        log_put(L, st, t);                                                                         \
        free_fn(x);                                                                                \
    }
LOG_OBJ(axle_space, axle_space_to_string, axle_space_unref)
LOG_OBJ(axle_map, axle_map_to_string, axle_map_unref)
LOG_OBJ(axle_poly, axle_poly_to_string, axle_poly_free)
LOG_OBJ(axle_scalar, axle_scalar_to_string, axle_scalar_free)
LOG_OBJ(axle_vector, axle_vector_to_string, axle_vector_unref)
LOG_OBJ(axle_eigen, axle_eigen_to_string, axle_eigen_unref)
LOG_OBJ(axle_gs, axle_gs_to_string, axle_gs_unref)

#define LM(call)                                                                                   \
    do {                                                                                           \
        axle_matrix *o = NULL;                                                                     \
        axle_status st_ = (call);                                                                  \
        log_matrix(&L, st_, o);                                                                    \
    } while (0)
#define LM2(call)                                                                                  \
    do {                                                                                           \
        axle_matrix *o = NULL, *o2 = NULL;                                                         \
        axle_status st_ = (call);                                                                  \
        log_matrix(&L, st_, o);                                                                    \
        log_matrix(&L, st_, o2);                                                                   \
    } while (0)
#define LO(type, call)                                                                             \
    do {                                                                                           \
        type *o = NULL;                                                                            \
        axle_status st_ = (call);                                                                  \
        log_##type(&L, st_, o);                                                                    \
    } while (0)

/* Calls on the invertible X (long entries), the positive definite S, the diagonalizable T with
 * rational eigenvalues (2, 3, 5, 7) and the symmetric positive definite Y with eigenvalues
 * (1, 4, 9, 16). */
static char *sweep(axle_matrix *const *in)
{
    sweep_log L = {0};
    axle_space *V = NULL;
    axle_inner *dot = NULL;
    TS_OK(axle_space_fn(&V, AXLE_QQ, 4));
    TS_OK(axle_inner_dot(&dot, V));
    long e2[] = {1, 0, 0, 1, 0, 0, 0, 0}, p[] = {3, -1, 0, 2};
    axle_matrix *E2 = ts_ints(AXLE_QQ, 4, 2, e2);
    axle_poly *P = NULL;
    TS_OK(axle_poly_from_ints(&P, AXLE_QQ, 4, p));
    axle_scalar *c = NULL, *lam = NULL;
    TS_OK(axle_scalar_from_frac(&c, AXLE_QQ, -7, 3));
    TS_OK(axle_scalar_from_frac(&lam, AXLE_QQ, 3, 1));
    axle_inner *ipS = NULL;
    TS_OK(axle_inner_gram(&ipS, V, in[1]));
    for (int m = 0; m < 4; m++) {
        const axle_matrix *A = in[m];
        size_t r = 0;
        bool b = false;
        LM(axle_matrix_transpose(&o, A));
        LM(axle_matrix_add(&o, A, A));
        LM(axle_matrix_sub(&o, A, in[(m + 1) % 4]));
        LM(axle_matrix_scale(&o, c, A));
        LM(axle_matrix_mul(&o, A, in[(m + 2) % 4]));
        LM(axle_matrix_rref(&o, NULL, &r, A));
        LM(axle_matrix_null(&o, A));
        LM(axle_matrix_inverse(&o, A));
        LM2(axle_matrix_solve(&o, &o2, A, in[(m + 3) % 4]));
        LM(axle_matrix_convert(&o, A, AXLE_RR));
        LM(axle_poly_eval_matrix(&o, P, A));
        LM2(axle_matrix_lstsq(&o, &r, &o2, A, in[(m + 1) % 4]));
        LM(axle_matrix_pinv(&o, A));
        LM2(axle_matrix_qr(&o, &o2, A));
        LM(axle_matrix_cholesky(&o, A));
        LM2(axle_matrix_ldl(&o, &o2, A));
        LO(axle_scalar, axle_matrix_det(&o, A));
        LO(axle_scalar, axle_matrix_trace(&o, A));
        LO(axle_poly, axle_matrix_charpoly(&o, A));
        LO(axle_poly, axle_matrix_minpoly(&o, A));
        if (m >= 2) {
            LO(axle_eigen, axle_matrix_eigen(&o, A));
            LM2(axle_matrix_diagonalize(&o, &o2, A));
            LM2(axle_matrix_triangularize(&o, &o2, A));
            LM2(axle_matrix_jordan(&o, &o2, A));
            LM2(axle_matrix_jordan_chevalley(&o, &o2, A));
        }
        /* spaces from the columns of A E2 (a packed product) and their bases */
        axle_matrix *AE = NULL, *EA = NULL;
        TS_OK(axle_matrix_mul(&AE, A, E2));
        axle_matrix *E2t = ts_transpose(E2);
        TS_OK(axle_matrix_mul(&EA, E2t, A));
        axle_matrix_free(E2t);
        axle_space *U = NULL, *W = NULL, *R = NULL;
        TS_OK(axle_space_span_coords(&U, V, AE));
        TS_OK(axle_space_equations_coords(&W, V, EA));
        LO(axle_space, axle_space_span_coords(&o, V, A));
        LM(axle_space_basis(&o, U));
        LM(axle_space_basis(&o, W));
        LO(axle_space, axle_space_sum(&o, U, W));
        LO(axle_space, axle_space_intersect(&o, U, W));
        LO(axle_space, axle_space_complement(&o, U));
        LO(axle_space, axle_space_annihilator(&o, W));
        LO(axle_space, axle_space_quotient(&o, U));
        LO(axle_vector, axle_space_basis_vector(&o, U, 1));
        /* maps with matrix A */
        axle_map *T = NULL;
        TS_OK(axle_map_from_matrix(&T, V, V, A));
        LO(axle_map, axle_map_compose(&o, T, T));
        LO(axle_map, axle_map_pow(&o, T, 3));
        LO(axle_map, axle_map_poly(&o, P, T));
        LO(axle_map, axle_map_inverse(&o, T));
        LO(axle_map, axle_map_dual(&o, T));
        LO(axle_map, axle_map_induced(&o, T));
        LO(axle_space, axle_map_null(&o, T));
        LO(axle_space, axle_map_range(&o, T));
        TS_OK(axle_map_range(&R, T));
        LO(axle_map, axle_map_restrict(&o, T, R));
        LO(axle_scalar, axle_map_det(&o, T));
        LO(axle_scalar, axle_map_trace(&o, T));
        if (m >= 2)
            LO(axle_space, axle_map_eigenspace(&o, T, lam));
        axle_vector *v = NULL, *w = NULL;
        TS_OK(axle_space_basis_vector(&v, U, 0));
        LO(axle_vector, axle_map_apply(&o, T, v));
        TS_OK(axle_map_apply(&w, T, v));
        {
            axle_vector *o = NULL, *cert = NULL;
            axle_space *N = NULL;
            axle_status st = axle_map_solve(&o, &N, &cert, T, w);
            log_axle_vector(&L, st, o);
            log_axle_space(&L, st, N);
            axle_vector_unref(cert);
        }
        /* inner products: the Gram matrix S, the dot product */
        const axle_inner *ips[] = {ipS, dot};
        for (int k = 0; k < 2; k++) {
            const axle_inner *ip = ips[k];
            LM(axle_inner_gram_matrix(&o, ip));
            LO(axle_gs, axle_inner_orthonormal_basis(&o, ip));
            const axle_vector *vs[] = {v, w};
            LO(axle_gs, axle_inner_gram_schmidt(&o, ip, vs, 2));
            LO(axle_space, axle_inner_complement(&o, ip, U));
            LO(axle_map, axle_inner_projection(&o, ip, U));
            LO(axle_vector, axle_inner_project(&o, ip, U, w));
            LO(axle_map, axle_map_adjoint(&o, ip, ip, T));
            LO(axle_map, axle_map_pseudoinverse(&o, ip, ip, T));
            LO(axle_vector, axle_map_lstsq(&o, ip, ip, T, w));
            axle_status st = axle_map_is_positive(&b, ip, T);
            log_put(&L, st, NULL);
            if (m == 3 && k == 1) { /* Y is positive for the dot product */
                LO(axle_map, axle_map_sqrt(&o, ip, T));
                axle_gs *G = NULL;
                axle_matrix *vals = NULL;
                st = axle_map_spectral(&G, &vals, ip, T);
                log_axle_gs(&L, st, G);
                log_matrix(&L, st, vals);
                axle_map *Sm = NULL, *Pm = NULL;
                st = axle_map_polar(&Sm, &Pm, ip, T);
                log_axle_map(&L, st, Sm);
                log_axle_map(&L, st, Pm);
            }
        }
        axle_inner *ipU = NULL;
        if (!axle_inner_restrict(&ipU, ipS, U)) {
            LO(axle_gs, axle_inner_orthonormal_basis(&o, ipU));
            axle_inner_unref(ipU);
        }
        axle_vector_unref(v);
        axle_vector_unref(w);
        axle_map_unref(T);
        axle_space_unref(U);
        axle_space_unref(W);
        axle_space_unref(R);
        axle_matrix_free(AE);
        axle_matrix_free(EA);
    }
    axle_inner_unref(ipS);
    axle_inner_unref(dot);
    axle_space_unref(V);
    axle_matrix_free(E2);
    axle_poly_free(P);
    axle_scalar_free(c);
    axle_scalar_free(lam);
    return L.s;
}

Test(packed, packed_results_through_the_public_api)
{
    /* X: 1 + 2^100 k / 3 on the diagonal, small fractions elsewhere (long numerators) */
    axle_matrix *X = ts_identity(AXLE_QQ, 4);
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < 4; i++)
        for (size_t j = 0; j < 4; j++) {
            if (i == j) {
                mpz_ui_pow_ui(mpq_numref(q), 2, 100 + 13 * i);
                mpz_add_ui(mpq_numref(q), mpq_numref(q), 1 + i);
                mpz_set_ui(mpq_denref(q), 3);
            } else {
                mpz_set_si(mpq_numref(q), (long)(i * 5 + j) - 7);
                mpz_set_ui(mpq_denref(q), 2 + i + j);
            }
            mpq_canonicalize(q);
            TS_OK(axle_matrix_set_mpq(X, i, j, q));
        }
    mpq_clear(q);
    /* S = X^T X (positive definite); T = Q D Q^-1 and Y = H D^2 H (H a rational reflection) */
    long qv[] = {1, 2, 0, 1, 0, 1, 3, 0, 0, 0, 1, 4, 1, 0, 0, 1};
    long dv[] = {2, 0, 0, 0, 0, 3, 0, 0, 0, 0, 5, 0, 0, 0, 0, 7};
    long d2[] = {1, 0, 0, 0, 0, 4, 0, 0, 0, 0, 9, 0, 0, 0, 0, 16};
    long hn[] = {1, -2, -2, 0, -2, 1, -2, 0, -2, -2, 1, 0, 0, 0, 0, 3}; /* 3 H */
    axle_matrix *Q = ts_ints(AXLE_QQ, 4, 4, qv), *D = ts_ints(AXLE_QQ, 4, 4, dv);
    axle_matrix *D2 = ts_ints(AXLE_QQ, 4, 4, d2), *H = NULL, *Qi = NULL;
    long three[] = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
    TS_OK(axle_matrix_from_fracs(&H, AXLE_QQ, 4, 4, hn, three));
    TS_OK(axle_matrix_inverse(&Qi, Q));
    axle_matrix *Xt = ts_transpose(X), *S = ts_mul(Xt, X);
    axle_matrix *QD = ts_mul(Q, D), *T = ts_mul(QD, Qi);
    axle_matrix *HD = ts_mul(H, D2), *Y = ts_mul(HD, H);
    /* the packed inputs: products by I (X I takes the big-entry route) */
    axle_matrix *I = ts_identity(AXLE_QQ, 4);
    axle_matrix *packed[] = {ts_mul(X, I), S, T, Y};
    axle_matrix *plain[4], *keep[4];
    for (int k = 0; k < 4; k++) {
        cr_assert(packed[k]->pool != NULL, "input %d is packed", k);
        plain[k] = ts_copy(packed[k]);
        keep[k] = ts_copy(packed[k]);
        cr_assert(plain[k]->pool == NULL);
    }
    char *want = sweep(plain), *got = sweep(packed);
    cr_assert(strcmp(want, got) == 0, "packed and plain inputs disagree:\n%s\n%s", got, want);
    for (int k = 0; k < 4; k++)
        cr_assert(axle_matrix_equal(packed[k], keep[k]), "input %d unchanged", k);
    free(want);
    free(got);
    axle_matrix *all[] = {
        X, Q, D, D2,       H,        Qi,       Xt,       QD,      HD,      I,       packed[0],
        S, T, Y, plain[0], plain[1], plain[2], plain[3], keep[0], keep[1], keep[2], keep[3]};
    for (size_t k = 0; k < sizeof all / sizeof *all; k++)
        axle_matrix_free(all[k]);
}

/* An entry stored again and again as it grows a limb at a time (through the public setter, on a
 * packed product): the pool keeps O(final size) limbs, not the sum of every size stored (2000
 * limbs grown one by one took 2 million limbs, 16 MB, for a 16 KB value). Values stay exact. */
Test(packed, an_entry_growing_limb_by_limb_wastes_little)
{
    long a[] = {1, 2, 3, 4};
    axle_matrix *A = ts_ints(AXLE_QQ, 2, 2, a), *P = ts_mul(A, A);
    cr_assert(P->pool != NULL);
    mpq_t x, y;
    mpq_inits(x, y, NULL);
    size_t top = 2000;
    for (size_t limbs = 1; limbs <= top; limbs++) {
        mpz_set_ui(mpq_numref(x), 1);
        mpz_mul_2exp(mpq_numref(x), mpq_numref(x), 64 * limbs - 1);
        mpz_set_ui(mpq_denref(x), 3);
        TS_OK(axle_matrix_set_mpq(P, 1, 0, x));
    }
    TS_OK(axle_matrix_get_mpq(y, P, 1, 0));
    cr_assert(mpq_equal(x, y));
    TS_OK(axle_matrix_get_mpq(y, P, 0, 1));
    cr_assert(mpq_cmp_si(y, 10, 1) == 0);
    size_t pool = ax_matrix_qq_pool_limbs(P);
    cr_assert(pool <= 8 * top, "%zu pool limbs for a value of %zu", pool, top);
    mpq_clears(x, y, NULL);
    axle_matrix_free(A);
    axle_matrix_free(P);
}

/* axle_matrix_new over QQ is packed: a matrix filled entry by entry through the setters keeps
 * every value, long ones included, and reads back the same after a copy. */
Test(packed, new_matrix_filled_by_setters)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, AXLE_QQ, 9, 7));
    cr_assert(A->pool != NULL);
    mpq_t x, y;
    mpq_inits(x, y, NULL);
    for (size_t k = 0; k < 63; k++) {
        value_of(x, k, (unsigned)(k * 37 % 500));
        TS_OK(axle_matrix_set_mpq(A, k / 7, k % 7, x));
    }
    TS_OK(axle_matrix_set_frac(A, 8, 6, -7, 21));
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_copy(&C, A));
    for (size_t k = 0; k < 62; k++) {
        value_of(x, k, (unsigned)(k * 37 % 500));
        TS_OK(axle_matrix_get_mpq(y, C, k / 7, k % 7));
        cr_assert(mpq_equal(x, y), "entry %zu", k);
    }
    TS_OK(axle_matrix_get_mpq(y, A, 8, 6));
    cr_assert(mpq_cmp_si(y, -1, 3) == 0);
    cr_assert(axle_matrix_equal(A, C));
    mpq_clears(x, y, NULL);
    axle_matrix_free(A);
    axle_matrix_free(C);
}
