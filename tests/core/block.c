/* Core's block copies (sub-matrix, chosen columns, concatenation, pasting) over both fields:
 * entries land where they belong, exactly, and bad ranges or shapes are refused with a message. */
#include <string.h>

#include "core/internal.h"
#include "support.h"

/* The rows x cols matrix with entry (i, j) = 10 i + j + 1/(j + 2) (exact in both fields up to
 * RR's rounding of the fraction, which the comparisons reproduce). */
static axle_matrix *numbered(axle_field F, size_t rows, size_t cols, size_t i0, size_t j0)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, F, rows, cols));
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            TS_OK(axle_matrix_set_frac(A, i, j,
                                       (long)(10 * (i + i0) + (j + j0)) * (long)(j + j0 + 2) + 1,
                                       (long)(j + j0 + 2)));
    return A;
}

/* B equals the block of A at (i0, j0) entry by entry (the same rounding in RR: exact equality). */
static void assert_block(const axle_matrix *B, axle_field F, size_t i0, size_t j0)
{
    axle_matrix *E = numbered(F, axle_matrix_rows(B), axle_matrix_cols(B), i0, j0);
    cr_assert(axle_matrix_equal(B, E), "block at (%zu, %zu) differs", i0, j0);
    axle_matrix_free(E);
}

FIELDS(block, sub_matrices_and_columns)
{
    axle_matrix *A = numbered(*F, 4, 5, 0, 0), *B = NULL;
    TS_OK(ax_matrix_block(&B, A, 1, 2, 2, 3));
    cr_assert_eq(axle_matrix_rows(B), 2);
    cr_assert_eq(axle_matrix_cols(B), 3);
    assert_block(B, *F, 1, 2);
    axle_matrix_free(B);
    TS_OK(ax_matrix_block(&B, A, 4, 0, 5, 0)); /* empty blocks at the far corner are fine */
    cr_assert_eq(axle_matrix_rows(B), 0);
    axle_matrix_free(B);
    TS_OK(ax_matrix_block(&B, A, 0, 0, 1, 2)); /* 0 x 2 */
    cr_assert_eq(axle_matrix_cols(B), 2);
    axle_matrix_free(B);

    size_t idx[] = {4, 0, 4};
    TS_OK(ax_matrix_pick_cols(&B, A, idx, 3));
    for (size_t j = 0; j < 3; j++) {
        axle_matrix *C = NULL;
        TS_OK(ax_matrix_block(&C, B, 0, 4, j, 1));
        assert_block(C, *F, 0, idx[j]);
        axle_matrix_free(C);
    }
    axle_matrix_free(B);
    axle_matrix_free(A);
}

FIELDS(block, concatenation_and_paste)
{
    axle_matrix *A = numbered(*F, 3, 5, 0, 0), *L = NULL, *R = NULL, *T = NULL, *D = NULL,
                *C = NULL;
    TS_OK(ax_matrix_block(&L, A, 0, 3, 0, 2));
    TS_OK(ax_matrix_block(&R, A, 0, 3, 2, 3));
    TS_OK(ax_matrix_hcat(&C, L, R));
    cr_assert(axle_matrix_equal(C, A), "[L | R] is A");
    axle_matrix_free(C);
    TS_OK(ax_matrix_block(&T, A, 0, 1, 0, 5));
    TS_OK(ax_matrix_block(&D, A, 1, 2, 0, 5));
    TS_OK(ax_matrix_vcat(&C, T, D));
    cr_assert(axle_matrix_equal(C, A), "[T ; D] is A");
    axle_matrix_free(C);

    TS_OK(axle_matrix_new(&C, *F, 3, 5));
    TS_OK(ax_matrix_paste(C, 0, 2, R));
    TS_OK(ax_matrix_paste(C, 0, 0, L));
    cr_assert(axle_matrix_equal(C, A), "L and R pasted side by side rebuild A");
    axle_matrix_free(C);
    axle_matrix_free(L);
    axle_matrix_free(R);
    axle_matrix_free(T);
    axle_matrix_free(D);
    axle_matrix_free(A);
}

FIELDS(block, refusals)
{
    axle_matrix *A = numbered(*F, 2, 3, 0, 0), *B = (axle_matrix *)1, *O = NULL;
    cr_assert_eq(ax_matrix_block(&B, A, 1, 2, 0, 1), AXLE_ERANGE);
    cr_assert_null(B);
    cr_assert(strstr(axle_error_message(), "does not fit"), "%s", axle_error_message());
    cr_assert_eq(ax_matrix_block(&B, A, 0, 1, (size_t)-1, 2), AXLE_ERANGE, "no wrap-around");
    size_t bad[] = {0, 3};
    cr_assert_eq(ax_matrix_pick_cols(&B, A, bad, 2), AXLE_ERANGE);
    cr_assert_null(B);
    TS_OK(axle_matrix_new(&O, *F, 3, 2));
    cr_assert_eq(ax_matrix_hcat(&B, A, O), AXLE_EDIM);
    cr_assert_null(B);
    cr_assert_eq(ax_matrix_vcat(&B, A, O), AXLE_EDIM);
    cr_assert_eq(ax_matrix_paste(A, 0, 1, O), AXLE_ERANGE);
    axle_matrix_free(O);
    TS_OK(axle_matrix_new(&O, *F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 2, 1));
    cr_assert_eq(ax_matrix_hcat(&B, A, O), AXLE_EFIELD);
    cr_assert_null(B);
    cr_assert_eq(ax_matrix_paste(A, 0, 0, O), AXLE_EFIELD);
    axle_matrix_free(O);
    axle_matrix_free(A);
}
