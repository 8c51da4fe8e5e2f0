/* The QQ workloads' inputs and the interface of the exact peers (peer_flint.c, peer_pari.c,
 * peer_calcium.c): each peer converts the same input once, outside the timing, into its own types
 * and runs its routine for the operation. */
#ifndef AXLE_BENCH_QQ_H
#define AXLE_BENCH_QQ_H

#include <stdio.h>

#include "suite.h"

typedef enum {
    QQ_DET,
    QQ_RANK,
    QQ_NULL,     /* an n x (n+1) matrix */
    QQ_NULL_DEF, /* the product of n x n/2 and n/2 x n factors */
    QQ_RREF,
    QQ_SOLVE,
    QQ_INV,
    QQ_MUL,
    QQ_CHARPOLY,
    QQ_FACTOR, /* the factorization of a characteristic polynomial */
    QQ_EIGEN,  /* the full spectrum (axle_matrix_eigen) */
    QQ_ROOTS,  /* the eigenvalues: the characteristic polynomial's exact roots */
    QQ_JORDAN,
    QQ_LSTSQ, /* least squares, A 2n x n of full rank, b 2n x 1 */
    QQ_GS,    /* Gram–Schmidt on the n columns of A (the dot product) */
    QQ_SVD,   /* the exact singular values */
    QQ_OPS
} qq_op;

extern const char *const qq_op_name[QQ_OPS];

/* One input, row-major rationals. Digests (the same on every contender): det "%Qd"; rank, rref
 * the rank; null space its dimension; solve x_1 and x_n; inverse X_11 and X_nn; product C_11 and
 * C_nn ("%Qd %Qd"); charpoly the coefficients of det(xI - A), constant first, each followed by
 * ','; factor the factors' "degree^multiplicity" in ascending order, space separated; eigen and
 * roots the number of distinct eigenvalues; jordan the number of Jordan blocks; lstsq as solve;
 * Gram–Schmidt the squared norm of the last orthogonal vector ("%Qd"); SVD the number of distinct
 * singular values. */
typedef struct qq_input {
    qq_op op;
    size_t m, n;
    mpq_t *a; /* A, m x n */
    size_t bm, bn;
    mpq_t *b; /* the right-hand side (solve) or the second factor (product) */
    size_t len;
    mpz_t *poly; /* factor: the polynomial's len coefficients, constant first */
    bool integral;
} qq_input;

typedef struct qq_peer {
    const char *name;
    const char *(*version)(void); /* "FLINT 2.9.0" */
    /* The peer's context for in, or NULL when it has no routine for in->op on such input. */
    bench_ctx *(*load)(const qq_input *in);
    void (*run)(void *ctx);
    void (*free)(bench_ctx *ctx);
} qq_peer;

#ifdef AXLE_BENCH_FLINT
extern const qq_peer bench_flint;
#endif
#ifdef AXLE_BENCH_PARI
extern const qq_peer bench_pari;
/* Ends libpari's session if one was started. */
void bench_pari_close(void);
#endif
#ifdef AXLE_BENCH_CALCIUM
extern const qq_peer bench_calcium;
#endif

/* The factor digest from k (degree, multiplicity) pairs (sorts them). */
void qq_factor_digest(bench_ctx *c, unsigned long (*pairs)[2], size_t k);

/* A string built by appending (open_memstream). */
typedef struct qq_text {
    FILE *f;
    char *s;
    size_t len;
} qq_text;
void qq_text_open(qq_text *t);
/* Closes t and makes its text c's digest. */
void qq_text_digest(qq_text *t, bench_ctx *c);

#endif
