/* axle svd MATRIX: the singular values of MATRIX (Axler 7.52; exact algebraic numbers over QQ:
 * √3, (1 + √5)/2), in decreasing order with their multiplicities, zeros included; over RR also
 * the SVD U Σ Vᵀ (dgesdd). The report is axle_svd_to_string's, in every format. */
#include "cli.h"

int cli_svd(const cli_options *o)
{
    axle_matrix *A = NULL;
    int rc = cli_read_one_matrix(&A, o);
    if (rc)
        return rc;
    axle_svd *S = NULL;
    char *report = NULL;
    axle_status s = axle_matrix_svd(&S, A);
    if (!s)
        s = axle_svd_to_string(&report, S, o->format);
    axle_svd_unref(S);
    axle_matrix_free(A);
    return cli_emit_report(o, s, report);
}
