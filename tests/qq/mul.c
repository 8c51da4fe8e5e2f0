/* QQ products against the naive mpq triple loop, on integers, fractions and huge entries, through
 * each path of the integer product. Known products and associativity, in both fields, are in
 * tests/kernels. */
#include <criterion/criterion.h>

#include "helpers.h"
#include "qq/qq.h"

Test(qq_mul, random_against_naive)
{
    ts_rng r = ts_rng_new("qq_mul.random_against_naive");
    for (int rep = 0; rep < 30; rep++) {
        size_t m = (size_t)ts_range(&r, 1, 9), k = (size_t)ts_range(&r, 1, 9);
        size_t n = (size_t)ts_range(&r, 1, 9);
        axle_matrix *A = rep % 3 == 0   ? ts_random_int(&r, AXLE_QQ, m, k, -10, 10)
                         : rep % 3 == 1 ? ts_random_frac(&r, AXLE_QQ, m, k)
                                        : qh_random_huge(&r, m, k, 50);
        axle_matrix *B = rep % 2 ? ts_random_frac(&r, AXLE_QQ, k, n) : qh_random_huge(&r, k, n, 30);
        axle_matrix *C = ts_mul(A, B), *W = qh_naive_mul(A, B);
        cr_assert(axle_matrix_equal(C, W), "A B differs from the naive product (%zux%zux%zu)", m, k,
                  n);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(C);
        axle_matrix_free(W);
    }
}

/* ---- the paths of the integer product (src/qq/mul.c) --------------------------------------
 * After clearing denominators: k a b < 2^53 is one exact dgemm; beyond that, multimodular dgemm
 * with CRT (the inner dimension split into chunks of 512 when longer), or the schoolbook loop
 * for tiny products. Every case is checked against the naive mpq triple loop. */

static void check_product(const axle_matrix *A, const axle_matrix *B, const char *what)
{
    axle_matrix *C = ts_mul(A, B), *W = qh_naive_mul(A, B);
    size_t m = axle_matrix_rows(A), k = axle_matrix_cols(A), n = axle_matrix_cols(B);
    cr_assert(axle_matrix_equal(C, W), "%s: A B differs from the naive product (%zux%zux%zu)", what,
              m, k, n);
    axle_matrix_free(C);
    axle_matrix_free(W);
}

/* Both factors filled with one value (to sit exactly on the 2^53 boundary). */
static axle_matrix *filled(size_t rows, size_t cols, const mpz_t v)
{
    axle_matrix *A = ts_zero(AXLE_QQ, rows, cols);
    mpq_t q;
    mpq_init(q);
    mpq_set_z(q, v);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            TS_OK(axle_matrix_set_mpq(A, i, j, q));
    mpq_clear(q);
    return A;
}

static void zero_row(axle_matrix *A, size_t i, size_t cols)
{
    mpq_t z;
    mpq_init(z);
    for (size_t j = 0; j < cols; j++)
        TS_OK(axle_matrix_set_mpq(A, i, j, z));
    mpq_clear(z);
}

/* Small integers: the single exact dgemm, in all shapes. */
Test(qq_mul, dgemm_path_shapes)
{
    ts_rng r = ts_rng_new("qq_mul.dgemm_path_shapes");
    size_t shapes[][3] = {{1, 1, 1},   {40, 2, 30},  {2, 60, 3},  {1, 50, 1},
                          {50, 1, 40}, {33, 47, 29}, {64, 64, 64}};
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
        size_t m = shapes[s][0], k = shapes[s][1], n = shapes[s][2];
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, m, k, -1000, 1000);
        axle_matrix *B = ts_random_int(&r, AXLE_QQ, k, n, -1000, 1000);
        if (m > 2)
            zero_row(A, m / 2, k);
        check_product(A, B, "dgemm");
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

/* Fractions: denominators cleared per row of A and per column of B, divided back afterwards. */
Test(qq_mul, dgemm_path_fractions)
{
    ts_rng r = ts_rng_new("qq_mul.dgemm_path_fractions");
    for (int rep = 0; rep < 6; rep++) {
        size_t m = (size_t)ts_range(&r, 1, 30), k = (size_t)ts_range(&r, 1, 30);
        size_t n = (size_t)ts_range(&r, 1, 30);
        axle_matrix *A = ts_random_frac(&r, AXLE_QQ, m, k);
        axle_matrix *B =
            rep % 2 ? ts_random_frac(&r, AXLE_QQ, k, n) : ts_random_int(&r, AXLE_QQ, k, n, -50, 50);
        check_product(A, B, "fractions");
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

/* Every dot product is -k 2^50: up to k = 7 (k a b < 2^53) the single dgemm, from k = 8 the
 * multimodular or schoolbook product; both sides of the boundary must be exact. */
Test(qq_mul, boundary_of_exact_dgemm)
{
    mpz_t a, b;
    mpz_inits(a, b, NULL);
    mpz_ui_pow_ui(a, 2, 25);
    mpz_set(b, a);
    mpz_neg(a, a);
    for (size_t k = 6; k <= 10; k++) {
        axle_matrix *A = filled(5, k, a), *B = filled(k, 4, b);
        check_product(A, B, "boundary");
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
    /* odd values near 2^26: products differ from their nearest doubles if not exact */
    mpz_set_ui(a, (1ul << 26) - 1);
    mpz_set_ui(b, (1ul << 26) - 3);
    for (size_t k = 1; k <= 3; k++) {
        axle_matrix *A = filled(30, k, a), *B = filled(k, 30, b);
        check_product(A, B, "boundary near 2^26");
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
    mpz_clears(a, b, NULL);
}

/* Entries of about 2^40 and 10^50: multimodular (with k long enough that the model picks it). */
Test(qq_mul, multimodular_path)
{
    ts_rng r = ts_rng_new("qq_mul.multimodular_path");
    struct {
        size_t m, k, n;
        unsigned da, db;
    } cases[] = {{20, 24, 18, 12, 12}, {10, 160, 10, 50, 50}, {48, 120, 48, 50, 50},
                 {30, 40, 1, 12, 3},   {1, 80, 25, 3, 50},    {25, 30, 25, 12, 12},
                 {8, 100, 8, 50, 12}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        axle_matrix *A = qh_random_huge(&r, cases[c].m, cases[c].k, cases[c].da);
        axle_matrix *B = qh_random_huge(&r, cases[c].k, cases[c].n, cases[c].db);
        if (cases[c].m > 3)
            zero_row(A, 1, cases[c].k);
        check_product(A, B, "multimodular");
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

/* Huge entries over fractions: A' and B' grow by the lcm of each line. */
Test(qq_mul, multimodular_fractions)
{
    ts_rng r = ts_rng_new("qq_mul.multimodular_fractions");
    axle_matrix *A = qh_random_huge(&r, 15, 40, 20), *F = ts_random_frac(&r, AXLE_QQ, 15, 40);
    axle_matrix *B = ts_random_frac(&r, AXLE_QQ, 40, 12), *AF = NULL;
    TS_OK(axle_matrix_add(&AF, A, F));
    check_product(AF, B, "huge fractions");
    axle_matrix_free(A);
    axle_matrix_free(F);
    axle_matrix_free(B);
    axle_matrix_free(AF);
}

/* An inner dimension longer than one chunk (512): the residues are reduced between dgemms. */
Test(qq_mul, multimodular_chunked)
{
    ts_rng r = ts_rng_new("qq_mul.multimodular_chunked");
    axle_matrix *A = qh_random_huge(&r, 16, 1100, 12), *B = qh_random_huge(&r, 1100, 16, 12);
    check_product(A, B, "chunked");
    axle_matrix_free(A);
    axle_matrix_free(B);
    /* the worst case for the reduction: every product the largest possible */
    mpz_t a;
    mpz_init(a);
    mpz_ui_pow_ui(a, 10, 15);
    A = filled(16, 1100, a);
    mpz_neg(a, a);
    B = filled(1100, 16, a);
    check_product(A, B, "chunked, constant");
    mpz_clear(a);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* Tiny products with huge entries (schoolbook), zero factors, and 1x1. */
Test(qq_mul, small_and_zero)
{
    ts_rng r = ts_rng_new("qq_mul.small_and_zero");
    axle_matrix *A = qh_random_huge(&r, 1, 1, 60), *B = qh_random_huge(&r, 1, 1, 60);
    check_product(A, B, "1x1 huge");
    axle_matrix_free(A);
    axle_matrix_free(B);
    A = qh_random_huge(&r, 6, 2, 40);
    B = qh_random_huge(&r, 2, 7, 40);
    check_product(A, B, "outer huge");
    axle_matrix *Z = ts_zero(AXLE_QQ, 7, 5), *ZA = ts_zero(AXLE_QQ, 3, 6);
    check_product(B, Z, "zero right");
    check_product(ZA, A, "zero left");
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(Z);
    axle_matrix_free(ZA);
}

/* ---- the word-size integer path (mul_words): every entry an integer of one limb and
 * k max|A| max|B| < 2^52; the plain loop up to 28^3 multiply-adds, the dgemm above; a fraction,
 * a two-limb entry or a larger bound anywhere sends the product to the general paths. */
Test(qq_mul, word_path_sizes_and_fallbacks)
{
    ts_rng r = ts_rng_new("qq_mul.word_path_sizes_and_fallbacks");
    size_t sizes[][3] = {{1, 1, 1},    {3, 28, 5},  {28, 28, 28}, {28, 29, 28},
                         {29, 28, 29}, {1, 700, 1}, {45, 3, 40},  {64, 1, 64}};
    for (size_t c = 0; c < sizeof sizes / sizeof sizes[0]; c++) {
        size_t m = sizes[c][0], k = sizes[c][1], n = sizes[c][2];
        /* |entries| up to 2^20: k a b close to 2^52 for the longest inner dimensions */
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, m, k, -(1l << 20), 1l << 20);
        axle_matrix *B = ts_random_int(&r, AXLE_QQ, k, n, -(1l << 20), 1l << 20);
        check_product(A, B, "word path");
        /* one fraction in B, then one two-limb entry in A: the general paths */
        mpq_t q;
        mpq_init(q);
        mpq_set_si(q, -7, 3);
        TS_OK(axle_matrix_set_mpq(B, k - 1, n - 1, q));
        check_product(A, B, "word path, a fraction");
        mpz_ui_pow_ui(mpq_numref(q), 3, 50);
        mpz_set_ui(mpq_denref(q), 1);
        TS_OK(axle_matrix_set_mpq(A, 0, k / 2, q));
        check_product(A, B, "word path, a two-limb entry");
        mpq_clear(q);
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}

/* One-limb entries whose doubles are not exact (2^64 - 1, -(2^63 + 1)): only a zero factor keeps
 * them on the word path (the product is then 0); otherwise the bound sends them on. */
Test(qq_mul, word_path_full_limbs)
{
    mpz_t v;
    mpz_init(v);
    mpz_set_ui(v, ~0ul);
    axle_matrix *A = filled(3, 4, v), *Z = ts_zero(AXLE_QQ, 4, 5), *Zl = ts_zero(AXLE_QQ, 2, 3);
    mpz_set_ui(v, 1ul << 63);
    mpz_add_ui(v, v, 1);
    mpz_neg(v, v);
    axle_matrix *B = filled(4, 5, v);
    check_product(A, Z, "full limbs times zero");
    check_product(Zl, A, "zero times full limbs");
    check_product(A, B, "full limbs");
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(Z);
    axle_matrix_free(Zl);
    mpz_clear(v);
}

/* Out of memory at every allocation of the word path with its buffers on the heap (40 x 40) and
 * on the stack (6 x 6): AXLE_ENOMEM and a NULL result, or the right product; nothing leaks. */
Test(qq_mul, word_path_out_of_memory)
{
    ts_rng r = ts_rng_new("qq_mul.word_path_out_of_memory");
    for (size_t n = 6; n <= 40; n += 34) {
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        axle_matrix *B = ts_random_int(&r, AXLE_QQ, n, n, -10, 10), *W = qh_naive_mul(A, B);
        bool fired = true;
        for (unsigned long k = 1; fired && k < 1000; k++) {
            axle_matrix *C = NULL;
            ax_oom_fail_at(k, false);
            axle_status s = axle_matrix_mul(&C, A, B);
            fired = ax_oom_fired();
            ax_oom_fail_at(0, false);
            if (s) {
                cr_assert_eq(s, AXLE_ENOMEM, "n = %zu, allocation %lu: %s", n, k, axle_strerror(s));
                cr_assert_null(C);
                continue;
            }
            cr_assert(axle_matrix_equal(C, W), "n = %zu, allocation %lu: wrong product", n, k);
            axle_matrix_free(C);
        }
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(W);
    }
    TS_CHECK_NO_LEAKS();
}

/* op(A) op(B) with either factor transposed (ax_qq_mul_trans): read in place on the word path
 * (plain loop and dgemm), through transposed copies otherwise; against the naive product of the
 * transposes. */
Test(qq_mul, transposed_factors)
{
    ts_rng r = ts_rng_new("qq_mul.transposed_factors");
    size_t sizes[][3] = {{3, 5, 4}, {1, 7, 1}, {30, 40, 35}, {2, 1, 3}};
    for (size_t c = 0; c < sizeof sizes / sizeof sizes[0]; c++)
        for (int kind = 0; kind < 3; kind++)
            for (int f = 0; f < 4; f++) {
                bool ta = f & 1, tb = f & 2;
                size_t m = sizes[c][0], k = sizes[c][1], n = sizes[c][2];
                axle_matrix *A = ts_random_int(&r, AXLE_QQ, ta ? k : m, ta ? m : k, -99, 99);
                axle_matrix *B = kind == 0
                                     ? ts_random_int(&r, AXLE_QQ, tb ? n : k, tb ? k : n, -99, 99)
                                 : kind == 1 ? ts_random_frac(&r, AXLE_QQ, tb ? n : k, tb ? k : n)
                                             : qh_random_huge(&r, tb ? n : k, tb ? k : n, 30);
                axle_matrix *Ao = ta ? ts_transpose(A) : ts_copy(A);
                axle_matrix *Bo = tb ? ts_transpose(B) : ts_copy(B);
                axle_matrix *W = qh_naive_mul(Ao, Bo), *C = NULL;
                TS_OK(ax_qq_mul_trans(&C, A, ta, B, tb));
                cr_assert(axle_matrix_equal(C, W), "%zux%zux%zu, kind %d, ta %d tb %d", m, k, n,
                          kind, ta, tb);
                axle_matrix *all[] = {A, B, Ao, Bo, W, C};
                for (size_t i = 0; i < sizeof all / sizeof *all; i++)
                    axle_matrix_free(all[i]);
            }
}
