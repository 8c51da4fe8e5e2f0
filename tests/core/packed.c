/* Packed QQ matrices (core/internal.h): the entries of a packed matrix share one block of limbs and
 * longer values take limbs from the matrix's pool. Every entry reads as a canonical mpq_t; stores
 * of any size land exactly (growing the pool across chunks); the public setters, pasting and
 * unpacking work on packed results; an allocation failure reports AXLE_ENOMEM and leaves the entry
 * (or the matrix) as it was. Run under ASan in CI, where a GMP write or free of a packed limb
 * would be reported. */
#include <stdlib.h>

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
