/* axle map [--from SPACE] [--to SPACE] MATRIX | diff | mulx | transpose | id: a linear map
 * T : V -> W (LADR 3) on one screen: M(T), null T and range T with their dimensions, so that
 * dim V = dim null T + dim range T (the fundamental theorem of linear maps, 3B) can be read off;
 * whether T is injective, surjective and invertible; for an operator trace T and det T. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The largest dimension of a SPACE: the map's matrix has up to its square entries and null T and
 * range T cost a cube, all from a few bytes of command line. */
#define MAX_SPACE_DIM 200

/* A SPACE as written: Fn, Pm (or P_m), FmxN. */
typedef struct space_spec {
    axle_space_kind kind; /* AXLE_SPACE_FN, AXLE_SPACE_POLY or AXLE_SPACE_MATRICES */
    size_t m, n;          /* F^n: n; P_m: m; F^{m,n}: m, n */
} space_spec;

/* Digits at *p into *out, saturated at MAX_SPACE_DIM + 1 (false if there are none); *p moves
 * past them. */
static bool parse_count(const char **p, size_t *out)
{
    size_t v = 0;
    const char *s = *p;
    if (*s < '0' || *s > '9')
        return false;
    for (; *s >= '0' && *s <= '9'; s++)
        if (v <= MAX_SPACE_DIM)
            v = v * 10 + (size_t)(*s - '0');
    *p = s;
    *out = v <= MAX_SPACE_DIM ? v : MAX_SPACE_DIM + 1;
    return true;
}

static size_t spec_dim(const space_spec *sp)
{
    switch (sp->kind) {
    case AXLE_SPACE_POLY:
        return sp->m + 1;
    case AXLE_SPACE_MATRICES:
        return sp->m * sp->n;
    default:
        return sp->n;
    }
}

/* Parse SPACE (the value of `option`, "--from" or "--to") into *sp; CLI_USAGE after a message. */
static int parse_space(space_spec *sp, const char *text, const char *option)
{
    const char *p = text;
    bool ok = false;
    *sp = (space_spec){AXLE_SPACE_FN, 0, 0};
    if (*p == 'P') {
        p += 1 + (p[1] == '_');
        sp->kind = AXLE_SPACE_POLY;
        ok = parse_count(&p, &sp->m);
    } else if (*p == 'F') {
        p++;
        ok = parse_count(&p, &sp->n);
        if (ok && *p == 'x') {
            p++;
            sp->kind = AXLE_SPACE_MATRICES;
            sp->m = sp->n;
            ok = parse_count(&p, &sp->n);
        }
    }
    if (ok && *p == '\0' && spec_dim(sp) <= MAX_SPACE_DIM)
        return CLI_OK;
    if (ok && *p == '\0')
        return cli_usage("%s %s: the dimension is more than this command handles (at most %d)",
                         option, text, MAX_SPACE_DIM);
    return cli_usage("%s: unknown space '%s' (use Fn for F^n, Pm for polynomials of degree at "
                     "most m, FmxN for m x n matrices: F3, P3, F2x3)",
                     option, text);
}

static axle_status make_space(axle_space **out, axle_field F, const space_spec *sp)
{
    switch (sp->kind) {
    case AXLE_SPACE_POLY:
        return axle_space_poly(out, F, sp->m);
    case AXLE_SPACE_MATRICES:
        return axle_space_matrices(out, F, sp->m, sp->n);
    default:
        return axle_space_fn(out, F, sp->n);
    }
}

/* ---- making T ----------------------------------------------------------------------------- */

typedef enum builtin { MAP_DIFF, MAP_MULX, MAP_TRANSPOSE, MAP_ID, MAP_NONE } builtin;

static const struct {
    const char *name;
    const char *default_from; /* the domain without --from */
    axle_space_kind from_kind;
    const char *from_words; /* what --from must be, in a message */
    bool takes_to;          /* the codomain may be chosen with --to */
} builtins[] = {
    {"diff", "P3", AXLE_SPACE_POLY, "polynomials Pm", true},
    {"mulx", "P3", AXLE_SPACE_POLY, "polynomials Pm", true},
    {"transpose", "F2x2", AXLE_SPACE_MATRICES, "matrices FmxN", false},
    {"id", "F3", AXLE_SPACE_FN, "any space", false},
};

/* The built-in map `name` (the domain from --from or its default, the codomain from --to where
 * the map allows a choice) into *T; CLI_USAGE after a message. */
static int make_builtin(axle_map **T, const cli_options *o, builtin k)
{
    const char *name = builtins[k].name, *from = o->from ? o->from : builtins[k].default_from;
    space_spec dom, cod;
    int rc = parse_space(&dom, from, "--from");
    if (rc)
        return rc;
    if (k != MAP_ID && dom.kind != builtins[k].from_kind)
        return cli_usage("map %s: --from %s: %s needs %s", name, from, name,
                         builtins[k].from_words);
    if (o->to && !builtins[k].takes_to)
        return cli_usage("map %s: --to: %s fixes the codomain by its domain (leave --to out)", name,
                         name);
    if (o->to && (rc = parse_space(&cod, o->to, "--to")))
        return rc;
    if (o->to && cod.kind != AXLE_SPACE_POLY)
        return cli_usage("map %s: --to %s: %s maps into polynomials Pk", name, o->to, name);
    axle_space *V = NULL, *W = NULL;
    axle_status s = make_space(&V, o->field, &dom);
    if (!s && o->to)
        s = make_space(&W, o->field, &cod);
    if (!s) {
        switch (k) {
        case MAP_DIFF:
            s = axle_map_differentiation(T, V, W);
            break;
        case MAP_MULX:
            s = axle_map_multiply_x(T, V, W);
            break;
        case MAP_TRANSPOSE:
            s = axle_map_transposition(T, V);
            break;
        default:
            s = axle_map_identity(T, V);
            break;
        }
    }
    axle_space_unref(V);
    axle_space_unref(W);
    return s ? cli_failure(o->cmd_name, s) : CLI_OK;
}

/* The dimension a space given by `option` must have, in a message. */
static int shape_mismatch(const char *option, const char *text, size_t dim, const char *side,
                          size_t count)
{
    return cli_usage("map: MATRIX has %zu %s but %s %s has dimension %zu", count, side, option,
                     text, dim);
}

/* T(x) = A x from F^n (or --from) to F^m (or --to); CLI_USAGE after a message. */
static int make_matrix_map(axle_map **T, const cli_options *o, const char *arg)
{
    axle_matrix *A = NULL;
    int rc = cli_read_matrix(&A, o->field, arg, "MATRIX", false);
    if (rc)
        return rc;
    size_t rows = axle_matrix_rows(A), cols = axle_matrix_cols(A);
    space_spec dom = {AXLE_SPACE_FN, 0, cols}, cod = {AXLE_SPACE_FN, 0, rows};
    if (o->from && !(rc = parse_space(&dom, o->from, "--from")) && spec_dim(&dom) != cols)
        rc = shape_mismatch("--from", o->from, spec_dim(&dom), "columns", cols);
    if (!rc && o->to && !(rc = parse_space(&cod, o->to, "--to")) && spec_dim(&cod) != rows)
        rc = shape_mismatch("--to", o->to, spec_dim(&cod), "rows", rows);
    if (rc) {
        axle_matrix_free(A);
        return rc;
    }
    axle_space *V = NULL, *W = NULL;
    axle_status s = make_space(&V, o->field, &dom);
    if (!s)
        s = make_space(&W, o->field, &cod);
    if (!s)
        s = axle_map_from_matrix(T, V, W, A);
    axle_space_unref(V);
    axle_space_unref(W);
    axle_matrix_free(A);
    return s ? cli_failure(o->cmd_name, s) : CLI_OK;
}

/* ---- describing T ------------------------------------------------------------------------- */

/* What T tells about itself. */
typedef struct facts {
    axle_space *null, *range;
    axle_matrix *null_basis, *range_basis; /* in the standard coordinates of V and W */
    size_t rank, nullity;
    bool injective, surjective, invertible, op;
    axle_scalar *trace, *det; /* operators only */
} facts;

static void facts_free(facts *f)
{
    axle_space_unref(f->null);
    axle_space_unref(f->range);
    axle_matrix_free(f->null_basis);
    axle_matrix_free(f->range_basis);
    axle_scalar_free(f->trace);
    axle_scalar_free(f->det);
}

static axle_status find_facts(facts *f, const axle_map *T)
{
    *f = (facts){0};
    axle_status s = axle_map_null(&f->null, T);
    if (!s)
        s = axle_map_range(&f->range, T);
    if (!s)
        s = axle_space_basis(&f->null_basis, f->null);
    if (!s)
        s = axle_space_basis(&f->range_basis, f->range);
    if (!s)
        s = axle_map_rank(&f->rank, T);
    if (!s)
        s = axle_map_nullity(&f->nullity, T);
    if (!s)
        s = axle_map_is_injective(&f->injective, T);
    if (!s)
        s = axle_map_is_surjective(&f->surjective, T);
    if (!s)
        s = axle_map_is_invertible(&f->invertible, T);
    if (!s)
        s = axle_map_is_operator(&f->op, T);
    if (!s && f->op)
        s = axle_map_trace(&f->trace, T);
    if (!s && f->op)
        s = axle_map_det(&f->det, T);
    return s;
}

static void put_matrix_field(cli_buf *b, const axle_map *T)
{
    axle_matrix *M = NULL;
    if (axle_map_matrix(&M, T, NULL, 0, NULL, 0)) {
        b->failed = true;
        return;
    }
    cli_put_matrix(b, M, AXLE_FORMAT_JSON);
    axle_matrix_free(M);
}

static void put_json_basis(cli_buf *b, const axle_matrix *B)
{
    cli_puts(b, "[");
    for (size_t j = 0; j < axle_matrix_cols(B); j++) {
        cli_puts(b, j ? "," : "");
        cli_put_column(b, B, j, AXLE_FORMAT_JSON);
    }
    cli_puts(b, "]");
}

static void put_json(cli_buf *b, const axle_map *T, const facts *f)
{
    cli_printf(b, "{\"field\":\"%s\",\"domain\":", axle_field_name(axle_map_field(T)));
    cli_put_space(b, axle_map_domain(T), AXLE_FORMAT_JSON);
    cli_puts(b, ",\"codomain\":");
    cli_put_space(b, axle_map_codomain(T), AXLE_FORMAT_JSON);
    cli_puts(b, ",\"matrix\":");
    put_matrix_field(b, T);
    cli_printf(b, ",\"rank\":%zu,\"nullity\":%zu,\"null\":", f->rank, f->nullity);
    put_json_basis(b, f->null_basis);
    cli_puts(b, ",\"range\":");
    put_json_basis(b, f->range_basis);
    cli_printf(b, ",\"injective\":%s,\"surjective\":%s,\"invertible\":%s",
               f->injective ? "true" : "false", f->surjective ? "true" : "false",
               f->invertible ? "true" : "false");
    if (f->op) {
        cli_puts(b, ",\"trace\":");
        cli_put_json_string(b, f->trace);
        cli_puts(b, ",\"det\":");
        cli_put_json_string(b, f->det);
    }
    cli_puts(b, "}");
}

/* "null T = span(1, x) (dimension 2)" or "null T = {0} (dimension 0)": U's basis as vectors of
 * its ambient space. A vector that Unicode shows on several lines (a matrix) is written in the
 * one-line text form, so the list stays on one line. */
static axle_status put_subspace(cli_buf *b, const char *name, const axle_space *U, axle_format fmt)
{
    bool latex = fmt == AXLE_FORMAT_LATEX;
    size_t k = axle_space_dim(U);
    cli_printf(b, latex ? "\\operatorname{%s} T = " : "%s T = ", name);
    if (k == 0)
        cli_puts(b, latex ? "\\{0\\}" : "{0}");
    else
        cli_puts(b, latex ? "\\operatorname{span}\\left(" : "span(");
    for (size_t j = 0; j < k; j++) {
        axle_vector *v = NULL;
        char *text = NULL;
        axle_status s = axle_space_basis_vector(&v, U, j);
        if (!s)
            s = axle_vector_to_string(&text, v, fmt);
        if (!s && strchr(text, '\n')) {
            axle_free(text);
            text = NULL;
            s = axle_vector_to_string(&text, v, AXLE_FORMAT_TEXT);
        }
        axle_vector_unref(v);
        if (s)
            return s;
        cli_puts(b, j ? ", " : "");
        cli_puts(b, text);
        axle_free(text);
    }
    if (k)
        cli_puts(b, latex ? "\\right)" : ")");
    cli_printf(b, latex ? " \\quad (\\dim = %zu)\n" : " (dimension %zu)\n", k);
    return AXLE_OK;
}

static const char *yes_no(bool x, axle_format fmt)
{
    if (fmt == AXLE_FORMAT_LATEX)
        return x ? "\\text{yes}" : "\\text{no}";
    return x ? "yes" : "no";
}

static axle_status put_human(cli_buf *b, const axle_map *T, const facts *f, axle_format fmt)
{
    bool latex = fmt == AXLE_FORMAT_LATEX;
    static const char *const arrow[] = {" -> ", " \u2192 ", " \\to ", ""};
    const axle_space *V = axle_map_domain(T);
    cli_puts(b, latex ? "T \\colon " : "T: ");
    cli_put_space(b, V, fmt);
    cli_puts(b, arrow[fmt]);
    cli_put_space(b, axle_map_codomain(T), fmt);
    axle_matrix *M = NULL;
    axle_status s = axle_map_matrix(&M, T, NULL, 0, NULL, 0);
    if (s)
        return s;
    if (latex)
        cli_puts(b, "\n\\mathcal{M}(T) = ");
    else
        cli_puts(b, fmt == AXLE_FORMAT_UNICODE ? "\nM(T) =\n" : "\nM(T) = ");
    cli_put_matrix(b, M, fmt);
    axle_matrix_free(M);
    cli_puts(b, "\n");
    if ((s = put_subspace(b, "null", f->null, fmt)) ||
        (s = put_subspace(b, "range", f->range, fmt)))
        return s;
    const char *dim = latex ? "\\dim " : "dim ";
    cli_puts(b, dim);
    cli_put_space(b, V, fmt);
    cli_printf(b, " = %s%s T + %s%s T: %zu = %zu + %zu\n", dim,
               latex ? "\\operatorname{null}" : "null", dim,
               latex ? "\\operatorname{range}" : "range", axle_space_dim(V), f->nullity, f->rank);
    if (latex)
        cli_printf(b, "\\text{injective: } %s, \\text{surjective: } %s, \\text{invertible: } %s",
                   yes_no(f->injective, fmt), yes_no(f->surjective, fmt),
                   yes_no(f->invertible, fmt));
    else
        cli_printf(b, "injective: %s, surjective: %s, invertible: %s", yes_no(f->injective, fmt),
                   yes_no(f->surjective, fmt), yes_no(f->invertible, fmt));
    if (f->op) {
        cli_puts(b, latex ? "\n\\operatorname{tr} T = " : "\ntrace T = ");
        cli_put_scalar(b, f->trace, fmt);
        cli_puts(b, latex ? ", \\quad \\det T = " : ", det T = ");
        cli_put_scalar(b, f->det, fmt);
    }
    return AXLE_OK;
}

/* The built-in named by arg; MAP_NONE for a MATRIX (an argument that does not start with a
 * letter: "[[1, 2]]", "@file", "-"); CLI_USAGE in *rc for an unknown name. */
static builtin find_builtin(const char *arg, int *rc)
{
    *rc = CLI_OK;
    const char *p = arg;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        return MAP_NONE;
    for (size_t k = 0; k < sizeof builtins / sizeof builtins[0]; k++)
        if (strcmp(arg, builtins[k].name) == 0)
            return (builtin)k;
    *rc = cli_usage("map: unknown map '%s' (use diff, mulx, transpose, id, or a MATRIX such as "
                    "[[1, 2], [3, 4]])",
                    arg);
    return MAP_NONE;
}

int cli_map(const cli_options *o)
{
    if (o->nargs == 0)
        return cli_usage("%s", "map needs a MATRIX or one of diff, mulx, transpose, id");
    if (o->nargs > 1)
        return cli_usage("too many arguments (from '%s' on)", o->args[1]);
    int rc;
    builtin k = find_builtin(o->args[0], &rc);
    if (rc)
        return rc;
    axle_map *T = NULL;
    rc = k == MAP_NONE ? make_matrix_map(&T, o, o->args[0]) : make_builtin(&T, o, k);
    if (rc)
        return rc;
    facts f;
    cli_buf b = {0};
    axle_status s = find_facts(&f, T);
    if (!s && o->format == AXLE_FORMAT_JSON)
        put_json(&b, T, &f);
    else if (!s)
        s = put_human(&b, T, &f, o->format);
    facts_free(&f);
    axle_map_unref(T);
    if (s) {
        free(b.s);
        return cli_failure(o->cmd_name, s);
    }
    return cli_emit(&b, o->cmd_name);
}
