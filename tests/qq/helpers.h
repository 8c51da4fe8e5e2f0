/* Helpers shared by the QQ backend tests: independent naive references (mpq elimination and
 * products, written plainly so they can be trusted) and structural checks. */
#ifndef AXLE_TEST_QQ_HELPERS_H
#define AXLE_TEST_QQ_HELPERS_H

#include "support.h"

/* Random matrices whose entries have about `digits` decimal digits (either sign). */
axle_matrix *qh_random_huge(ts_rng *r, size_t rows, size_t cols, unsigned digits);
/* A random n x n matrix that is invertible: a unit lower times a unit upper triangular matrix
 * with small entries, rows then scaled by random nonzero fractions. */
axle_matrix *qh_random_invertible(ts_rng *r, size_t n);

/* det by Gaussian elimination on mpq_t (the slow textbook reference). */
void qh_naive_det(mpq_t out, const axle_matrix *A);
/* The product by the triple loop on mpq_t. */
axle_matrix *qh_naive_mul(const axle_matrix *A, const axle_matrix *B);
/* Entry (i, j) as a double (for messages). */
double qh_entry(const axle_matrix *A, size_t i, size_t j);
/* True when entry (i, j) of A equals num/den. */
bool qh_entry_is(const axle_matrix *A, size_t i, size_t j, long num, long den);

/* The matrix with rows of A permuted by perm and each scaled by a random nonzero fraction. */
axle_matrix *qh_scramble_rows(ts_rng *r, const axle_matrix *A);

#endif
