/* axle charpoly MATRIX and axle minpoly MATRIX: the characteristic polynomial det(x I - A) and the
 * minimal polynomial of a square matrix, in every format. JSON: {"field":"QQ","charpoly":[...]}
 * with the coefficients as strings, highest degree first. */
#include <string.h>

#include "cli.h"

static void put_json_coeffs(cli_buf *b, const axle_poly *p)
{
    long d = axle_poly_degree(p);
    cli_puts(b, "[");
    for (long k = d; k >= 0; k--) {
        axle_scalar *c = NULL;
        if (axle_poly_coeff(&c, p, (size_t)k)) {
            b->failed = true;
            return;
        }
        if (k != d)
            cli_puts(b, ",");
        cli_put_json_string(b, c);
        axle_scalar_free(c);
    }
    cli_puts(b, "]");
}

int cli_read_one_matrix(axle_matrix **A, const cli_options *o)
{
    *A = NULL;
    if (o->nargs < 1)
        return cli_usage("%s needs MATRIX", o->cmd_name);
    if (o->nargs > 1)
        return cli_usage("too many arguments (from '%s' on)", o->args[1]);
    return cli_read_matrix(A, o->field, o->args[0], "MATRIX", false);
}

int cli_eigen_poly(const cli_options *o)
{
    bool chi = strcmp(o->cmd_name, "charpoly") == 0;
    axle_matrix *A = NULL;
    int rc = cli_read_one_matrix(&A, o);
    if (rc)
        return rc;
    axle_poly *p = NULL;
    axle_status s = chi ? axle_matrix_charpoly(&p, A) : axle_matrix_minpoly(&p, A);
    axle_matrix_free(A);
    if (s)
        return cli_failure(o->cmd_name, s);
    cli_buf b = {0};
    if (o->format == AXLE_FORMAT_JSON) {
        cli_printf(&b, "{\"field\":\"%s\",\"%s\":", axle_field_name(o->field), o->cmd_name);
        put_json_coeffs(&b, p);
        cli_puts(&b, "}");
    } else {
        if (o->format == AXLE_FORMAT_LATEX)
            cli_puts(&b, chi ? "\\chi_A(x) = " : "m_A(x) = ");
        else if (o->format == AXLE_FORMAT_UNICODE)
            cli_puts(&b, chi ? "\u03c7(x) = " : "m(x) = ");
        else
            cli_puts(&b, chi ? "charpoly: " : "minpoly: ");
        cli_put_poly(&b, p, o->format);
    }
    axle_poly_free(p);
    return cli_emit(&b, o->cmd_name);
}
