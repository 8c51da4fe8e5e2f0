/* The README's example: an exact determinant and an exact inverse. */
#include <axle.h>
#include <stdio.h>

int main(void)
{
    axle_matrix *A = NULL, *N = NULL;
    axle_scalar *det = NULL;
    char *d = NULL, *n = NULL;
    int rc = 0;
    if (axle_matrix_parse(&A, AXLE_QQ, "[[1, 2, 3], [4, 5, 6], [7, 8, 9.5]]") ||
        axle_matrix_det(&det, A) || axle_scalar_to_string(&d, det, AXLE_FORMAT_TEXT) ||
        axle_matrix_inverse(&N, A) || axle_matrix_to_string(&n, N, AXLE_FORMAT_TEXT)) {
        fprintf(stderr, "axle: %s\n", axle_error_message());
        rc = 1;
    } else {
        printf("det A = %s\ninverse of A = %s\n", d, n);
    }
    axle_free(d);
    axle_free(n);
    axle_scalar_free(det);
    axle_matrix_free(N);
    axle_matrix_free(A);
    return rc;
}
