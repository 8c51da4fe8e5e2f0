/* Exact roots of polynomials over Q (Axler chapter 4): every root of a few polynomials,
 * shown as a teacher writes them, and exact operations on the golden ratio. */
#include <axle.h>
#include <axle/algebraic.h>
#include <axle/poly.h>
#include <stdio.h>

static int show_roots(const char *text)
{
    axle_poly *p = NULL;
    axle_roots *r = NULL;
    char *s = NULL;
    int rc = 0;
    if (axle_poly_parse(&p, AXLE_QQ, text) || axle_poly_roots(&r, p) ||
        axle_roots_to_string(&s, r, AXLE_FORMAT_UNICODE, 12)) {
        fprintf(stderr, "roots: %s\n", axle_error_message());
        rc = 1;
    } else {
        printf("roots of %s:\n%s\n", text, s);
    }
    axle_free(s);
    axle_roots_free(r);
    axle_poly_free(p);
    return rc;
}

int main(void)
{
    /* (x^2 - 2)(x - 1)(x^2 + 1)... expanded: x^5 - x^4 - x^3 + x^2 - 2x + 2 = (x-1)(x^2-2)(x^2+1)
     */
    if (show_roots("x^5 - x^4 - x^3 + x^2 - 2x + 2") || show_roots("x^3 - 2x - 5") ||
        show_roots("x^6 - 1") || show_roots("1/4 x^4 - x^2 + 1"))
        return 1;

    /* the golden ratio, its inverse and its square root, exactly */
    axle_poly *p = NULL;
    axle_roots *r = NULL;
    axle_algebraic *inv = NULL, *sq = NULL;
    char *a = NULL, *b = NULL, *c = NULL, *j = NULL;
    int rc = 0;
    if (axle_poly_parse(&p, AXLE_QQ, "x^2 - x - 1") || axle_poly_roots(&r, p) ||
        axle_algebraic_inv(&inv, axle_roots_get(r, 1, NULL)) ||
        axle_algebraic_sqrt(&sq, axle_roots_get(r, 1, NULL)) ||
        axle_algebraic_to_string(&a, axle_roots_get(r, 1, NULL), AXLE_FORMAT_UNICODE, 0) ||
        axle_algebraic_to_string(&b, inv, AXLE_FORMAT_UNICODE, 0) ||
        axle_algebraic_to_string(&c, sq, AXLE_FORMAT_UNICODE, 15) ||
        axle_algebraic_to_string(&j, sq, AXLE_FORMAT_JSON, 15)) {
        fprintf(stderr, "roots: %s\n", axle_error_message());
        rc = 1;
    } else {
        printf("phi = %s\n1/phi = %s\nsqrt(phi) = %s\nas JSON: %s\n", a, b, c, j);
    }
    axle_free(a);
    axle_free(b);
    axle_free(c);
    axle_free(j);
    axle_algebraic_free(inv);
    axle_algebraic_free(sq);
    axle_roots_free(r);
    axle_poly_free(p);
    return rc;
}
