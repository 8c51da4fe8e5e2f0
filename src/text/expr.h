/* The polynomial expression grammar, once for every reader of polynomials (axle_poly_parse, the
 * vectors of P_m(F) in axle_vector_parse, the command's POLY arguments through the library):
 *
 *   sum    := [ '+' | '-' ] term ( ( '+' | '-' ) term )*
 *   term   := factor ( [ '*' | '/' ] factor )*      juxtaposition multiplies before 'x' or '('
 *   factor := atom [ '^' digits ]
 *   atom   := decimal | 'x' | '(' sum ')'
 *
 * with whitespace and unsigned decimals as the lexer reads them (lex.h): "(x^2 + 1)^3",
 * "2x(x - 1)(x + 1/2)", "x^3/6", "(2)x^2". The text becomes a list of nodes, operands before the
 * operation, so that a reader can bound and then evaluate it with loops (poly/io.c); nothing is
 * computed here. Parentheses nest at most AX_EXPR_MAX_DEPTH deep; an exponent above
 * AXLE_POLY_MAX_DEGREE is AXLE_ERANGE. */
#ifndef AX_TEXT_EXPR_H
#define AX_TEXT_EXPR_H

#include "text/lex.h"

#define AX_EXPR_MAX_DEPTH 200

typedef enum {
    AX_EXPR_NUM,
    AX_EXPR_X,
    AX_EXPR_NEG,
    AX_EXPR_ADD,
    AX_EXPR_SUB,
    AX_EXPR_MUL,
    AX_EXPR_DIV,
    AX_EXPR_POW
} ax_expr_kind;

typedef struct ax_expr_node {
    ax_expr_kind kind;
    size_t pos;      /* where the node's text starts (the operator for sums and powers, the
                        divisor for quotients) */
    size_t a, b;     /* operands (node indices), as the kind needs */
    unsigned long e; /* AX_EXPR_POW: the exponent */
    size_t num;      /* AX_EXPR_NUM: index into nums */
} ax_expr_node;

/* The summands at the top level of the expression: where each begins, and its node. */
typedef struct ax_expr_term {
    size_t pos, node;
} ax_expr_term;

typedef struct ax_expr {
    ax_expr_node *nodes; /* the root is nodes[n - 1] */
    size_t n, cap;
    mpq_t *nums; /* the numbers of the text, exactly */
    size_t nn, ncap;
    ax_expr_term *terms;
    size_t nterms, tcap;
    unsigned depth;
} ax_expr;

/* Read one expression at L into E (start from ax_expr E = {0}); L stops, after whitespace, at
 * the first byte that cannot continue it (the caller decides whether that may follow). */
axle_status ax_expr_read(ax_expr *E, ax_lex *L);
void ax_expr_free(ax_expr *E);

#endif
