/* axle COMMAND [OPTIONS] ARGUMENTS: the arguments, the help text and the dispatch to a command.
 *
 * Exit status: 0 on success; 1 when the answer does not exist (singular matrix, inconsistent
 * system, a zero polynomial to factor) or the computation failed; 2 for a usage error or input the
 * command cannot take (malformed text, a non-square matrix for det or inv, vectors of different
 * lengths, a matrix whose shape does not fit --from and --to). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_head[] =
    "usage: axle COMMAND [--field qq|rr] [--format text|unicode|latex|json] ARGUMENTS\n"
    "\n"
    "Matrices:\n"
    "  rank MATRIX         the rank of MATRIX\n"
    "  det MATRIX          the determinant of a square MATRIX\n"
    "  trace MATRIX        the trace of a square MATRIX (the sum of its diagonal entries)\n"
    "  rref MATRIX         the reduced row echelon form of MATRIX and its pivot columns (from 0)\n"
    "  null MATRIX         a basis of the null space {x : MATRIX x = 0}\n"
    "  inv MATRIX          the inverse of a square MATRIX\n"
    "  solve MATRIX RHS    solve MATRIX x = RHS: one solution and a basis of the null space\n"
    "  charpoly MATRIX     the characteristic polynomial det(x I - MATRIX) of a square MATRIX\n"
    "  minpoly MATRIX      the minimal polynomial of a square MATRIX: the monic p of least degree\n"
    "                      with p(MATRIX) = 0\n"
    "  eig [--steps] MATRIX\n"
    "                      the eigenvalues of a square MATRIX, exactly over qq ((1 + sqrt(5))/2,\n"
    "                      i, root of x^3 - 2x - 5 ~ 2.09), by LAPACK over rr: the characteristic\n"
    "                      and minimal polynomials; each eigenvalue with its algebraic and\n"
    "                      geometric multiplicities, Jordan blocks (qq) and an eigenspace basis;\n"
    "                      whether MATRIX is diagonalizable over Q, R and C. --steps (qq; text,\n"
    "                      unicode or json): the determinant-free route of Linear Algebra Done\n"
    "                      Right: the Krylov sequences v, Av, A^2 v, ... of v = e1, e2, ... to\n"
    "                      their first dependence, the lcm of those minimal polynomials until\n"
    "                      p(A) = 0, its factors, each eigenspace as null(A - lambda I), the\n"
    "                      Jordan chains of a defective eigenvalue\n"
    "  jordan MATRIX       the Jordan form J of a square MATRIX (qq only) and Jordan chains for\n"
    "                      each eigenvalue (over Q(lambda) when the eigenvalue lambda is\n"
    "                      irrational); when every eigenvalue is rational also P with\n"
    "                      P^-1 MATRIX P = J, checked\n"
    "\n"
    "Inner products:\n"
    "  gs [--space Pm] [--interval A,B | --gram MATRIX] V0 V1 ...\n"
    "                      Gram-Schmidt on a linearly independent list: the orthogonal list\n"
    "                      e'_k (exact over qq), the norms squared |e'_k|^2 and the orthonormal\n"
    "                      list e_k = e'_k/|e'_k| (over qq with square roots: sqrt(2)/2). The\n"
    "                      inner product is the dot product, the integral of p q over [A, B] on\n"
    "                      P_m, or the one with Gram matrix MATRIX\n"
    "  proj [--space Pm] [--interval A,B | --gram MATRIX] U0 U1 ... --of V\n"
    "                      the orthogonal projection of V onto U = span(U0, U1, ...), the\n"
    "                      closest vector of U to V, and the distance from V to U\n"
    "  lsq MATRIX RHS      least squares: the x of least norm among those that minimize\n"
    "                      |MATRIX x - RHS|, the residual |MATRIX x - RHS|^2 and the rank\n"
    "  svd MATRIX          the singular values of MATRIX with their multiplicities (exact over\n"
    "                      qq: sqrt(3), (1 + sqrt(5))/2); over rr also the SVD U Sigma V^T\n"
    "\n";
/* (two strings: C11 compilers need not take string literals over 4095 characters) */
static const char usage_tail[] =
    "Linear maps:\n"
    "  map [--from SPACE] [--to SPACE] MATRIX\n"
    "                      the map T(x) = MATRIX x from F^n to F^m (or between the spaces --from\n"
    "                      and --to, MATRIX in their standard bases): M(T), null T and range T\n"
    "                      with their dimensions (rank-nullity), whether T is injective,\n"
    "                      surjective, invertible; for an operator also trace T and det T\n"
    "  map [--from SPACE] [--to SPACE] diff|mulx|transpose|id\n"
    "                      the same for differentiation (from P3 unless --from says otherwise;\n"
    "                      to P2, or --to Pk), multiplication by x (from P3; to P4, or --to Pk),\n"
    "                      transposition (from F2x2) or the identity (on F3)\n"
    "\n"
    "Vector spaces:\n"
    "  span [--space Pm] V0 V1 ...\n"
    "                      whether the list is linearly independent; if not, the first v_j in\n"
    "                      the span of v_0, ..., v_{j-1} and its coefficients (the linear\n"
    "                      dependence lemma); a basis of the span taken from the list; its\n"
    "                      dimension\n"
    "  subspace sum|intersect [--space Pm] U1_VECTORS... --and U2_VECTORS...\n"
    "                      U1 + U2 or U1 n U2 for the spans U1, U2 of two lists: the dimensions\n"
    "                      of U1, U2, U1 + U2 and U1 n U2, and a basis of the result\n"
    "\n"
    "Polynomials:\n"
    "  factor POLY         the factorization of POLY into irreducibles over Q\n"
    "  roots [--digits N] POLY\n"
    "                      every complex root of POLY, exactly, with its multiplicity\n"
    "\n"
    "  help                show this help\n"
    "  version             show the version of axle\n"
    "\n"
    "MATRIX is written as rows of numbers, [[1, -2/3], [0.5, 4]] (integers, fractions p/q,\n"
    "decimals, exponents such as 1e-3). RHS is a vector [5, 6] or a matrix with as many rows as\n"
    "MATRIX. A vector is a tuple (1, -2, 3/4) in F^n or a polynomial such as 1 + x or x - x^2 in\n"
    "P_m (m is the highest degree that appears, or set by --space P3). SPACE is Fn (F^n), Pm\n"
    "(polynomials of degree at most m) or FmxN (m x n matrices): F3, P3, F2x3, over the --field.\n"
    "POLY is a polynomial in x:\n"
    "x^4 - 1, 3/2 x^2 + x, 2*x^3 - 0.5. Any argument can also be @FILE to read it from a file,\n"
    "or - to read it from standard input (for vectors: one vector per line). Quote arguments\n"
    "with blanks; put -- before an argument that starts with '-' followed by a letter (-x).\n"
    "\n"
    "Options:\n"
    "  --field qq|rr      exact rationals (qq, the default) or double precision (rr);\n"
    "                     factor and roots work over qq only\n"
    "  --format FORMAT    text (the default), unicode, latex or json\n"
    "  --space Pm         span, subspace, gs, proj: the vectors are polynomials of degree at\n"
    "                     most m\n"
    "  --interval A,B     gs, proj: the inner product of P_m is the integral of p q from A to B\n"
    "  --gram MATRIX      gs, proj: the inner product <u, v> = u^T MATRIX v (MATRIX symmetric\n"
    "                     and positive definite, in the standard basis)\n"
    "  --of V             proj: the vector to project\n"
    "  --from SPACE       map: the domain\n"
    "  --to SPACE         map: the codomain\n"
    "  --digits N         roots: significant digits of approximate values (default 10)\n"
    "  --steps            eig: show the determinant-free route step by step\n"
    "  --max-input BYTES  the most an @FILE or - argument may hold (default 64M): a number of\n"
    "                     bytes, or of KiB, MiB or GiB with the suffix K, M or G\n"
    "  -h, --help         show this help\n"
    "  --version          show the version of axle\n"
    "\n"
    "Exit status: 0 on success; 1 when the answer does not exist (a singular matrix has no\n"
    "inverse, an inconsistent system has no solution, the zero polynomial has no factorization)\n"
    "or the command does not work over the field; 2 for a usage error or malformed input.\n";

static void print_usage(void)
{
    fputs(usage_head, stdout);
    fputs(usage_tail, stdout);
}

/* Which options a command takes besides --field and --format. */
enum {
    TAKES_SPACE = 1,
    TAKES_DIGITS = 2,
    TAKES_AND = 4,
    TAKES_FROM_TO = 8,
    TAKES_STEPS = 16,
    TAKES_INNER = 32, /* --interval, --gram */
    TAKES_OF = 64
};

static const struct command {
    const char *name;
    int (*run)(const cli_options *o);
    unsigned takes;
} commands[] = {
    {"rank", cli_matrix_command, 0},
    {"det", cli_matrix_command, 0},
    {"trace", cli_matrix_command, 0},
    {"rref", cli_matrix_command, 0},
    {"null", cli_matrix_command, 0},
    {"inv", cli_matrix_command, 0},
    {"solve", cli_matrix_command, 0},
    {"map", cli_map, TAKES_FROM_TO},
    {"span", cli_span, TAKES_SPACE},
    {"subspace", cli_subspace, TAKES_SPACE | TAKES_AND},
    {"charpoly", cli_eigen_poly, 0},
    {"minpoly", cli_eigen_poly, 0},
    {"factor", cli_factor, 0},
    {"roots", cli_roots, TAKES_DIGITS},
    {"eig", cli_eig, TAKES_STEPS},
    {"jordan", cli_jordan, 0},
    {"gs", cli_gs, TAKES_SPACE | TAKES_INNER},
    {"proj", cli_proj, TAKES_SPACE | TAKES_INNER | TAKES_OF},
    {"lsq", cli_lsq, 0},
    {"svd", cli_svd, 0},
};

/* The value of --name VALUE or --name=VALUE at argv[*i]; NULL if argv[*i] is another option. */
static const char *option_value(int argc, char **argv, int *i, const char *name, bool *missing)
{
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0)
        return NULL;
    if (a[n] == '=')
        return a + n + 1;
    if (a[n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = true;
        return NULL;
    }
    return argv[++*i];
}

/* --max-input BYTES: digits with an optional K, M or G (powers of 1024); false if malformed or out
 * of 1 .. CLI_LARGEST_MAX_INPUT. */
static bool parse_size(const char *v, size_t *out)
{
    size_t n = 0;
    const char *p = v;
    if (*p < '0' || *p > '9')
        return false;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (n > (CLI_LARGEST_MAX_INPUT - (size_t)(*p - '0')) / 10)
            return false;
        n = n * 10 + (size_t)(*p - '0');
    }
    unsigned shift = 0;
    if (*p == 'K' || *p == 'k')
        shift = 10;
    else if (*p == 'M' || *p == 'm')
        shift = 20;
    else if (*p == 'G' || *p == 'g')
        shift = 30;
    if (shift)
        p++;
    if (*p != '\0' || n == 0 || n > CLI_LARGEST_MAX_INPUT >> shift)
        return false;
    *out = n << shift;
    return true;
}

/* Options are "--..." and "-" followed by letters only ("-h"); anything else that starts with '-'
 * is an argument: "-" (standard input), "-x^2 + 2", "-2x + 1". */
static bool is_option(const char *a)
{
    if (a[0] != '-' || a[1] == '\0')
        return false;
    if (a[1] == '-')
        return true;
    for (const char *p = a + 1; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            return false;
    return true;
}

/* Parse the arguments into o (o->args has room for argc entries). Returns -1 to go on, or an
 * exit status (after printing help etc.); *cmd gets the command. */
static int parse_args(cli_options *o, const struct command **cmd, int argc, char **argv)
{
    bool only_positional = false;
    const char *name = NULL;
    o->field = AXLE_QQ;
    o->format = AXLE_FORMAT_TEXT;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--and") == 0 || only_positional || !is_option(a)) {
            if (!name)
                name = a;
            else
                o->args[o->nargs++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_positional = true;
            continue;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            print_usage();
            return CLI_OK;
        }
        if (strcmp(a, "--version") == 0) {
            printf("axle %s\n", AXLE_VERSION_STRING);
            return CLI_OK;
        }
        if (strcmp(a, "--steps") == 0) {
            o->steps = true;
            continue;
        }
        bool missing = false;
        const char *v;
        if ((v = option_value(argc, argv, &i, "--field", &missing))) {
            if (axle_field_parse(&o->field, v))
                return cli_usage("unknown field '%s' (use qq or rr)", v);
            o->field_given = true;
        } else if ((v = option_value(argc, argv, &i, "--format", &missing))) {
            if (axle_format_parse(&o->format, v))
                return cli_usage("unknown format '%s' (use text, unicode, latex or json)", v);
        } else if ((v = option_value(argc, argv, &i, "--space", &missing))) {
            o->space = v;
        } else if ((v = option_value(argc, argv, &i, "--digits", &missing))) {
            o->digits = v;
        } else if ((v = option_value(argc, argv, &i, "--from", &missing))) {
            o->from = v;
        } else if ((v = option_value(argc, argv, &i, "--to", &missing))) {
            o->to = v;
        } else if ((v = option_value(argc, argv, &i, "--interval", &missing))) {
            o->interval = v;
        } else if ((v = option_value(argc, argv, &i, "--gram", &missing))) {
            o->gram = v;
        } else if ((v = option_value(argc, argv, &i, "--of", &missing))) {
            o->of = v;
        } else if ((v = option_value(argc, argv, &i, "--max-input", &missing))) {
            size_t bytes;
            if (!parse_size(v, &bytes))
                return cli_usage("--max-input needs a positive size in bytes, optionally with "
                                 "K, M or G (1000, 64K, 64M, 2G), not '%s'",
                                 v);
            cli_set_max_input(bytes);
        } else if (missing) {
            return cli_usage("option '%s' needs a value", a);
        } else if (a[1] != '-') {
            return cli_usage("unknown option '%s' (put -- before an argument that starts with '-')",
                             a);
        } else {
            return cli_usage("unknown option '%s'", a);
        }
    }
    if (!name)
        return cli_usage("%s", "missing COMMAND");
    if (strcmp(name, "help") == 0) {
        print_usage();
        return CLI_OK;
    }
    if (strcmp(name, "version") == 0) {
        printf("axle %s\n", AXLE_VERSION_STRING);
        return CLI_OK;
    }
    size_t k = 0, ncommands = sizeof commands / sizeof commands[0];
    while (k < ncommands && strcmp(name, commands[k].name))
        k++;
    if (k == ncommands)
        return cli_usage("unknown command '%s'", name);
    *cmd = &commands[k];
    o->cmd_name = commands[k].name;
    if (o->space && !(commands[k].takes & TAKES_SPACE))
        return cli_usage("%s does not take --space", name);
    if (o->digits && !(commands[k].takes & TAKES_DIGITS))
        return cli_usage("%s does not take --digits", name);
    if (o->steps && !(commands[k].takes & TAKES_STEPS))
        return cli_usage("%s does not take --steps", name);
    if ((o->interval || o->gram) && !(commands[k].takes & TAKES_INNER))
        return cli_usage("%s does not take %s", name, o->interval ? "--interval" : "--gram");
    if (o->interval && o->gram)
        return cli_usage("%s takes --interval or --gram, not both", name);
    if (o->of && !(commands[k].takes & TAKES_OF))
        return cli_usage("%s does not take --of", name);
    if ((o->from || o->to) && !(commands[k].takes & TAKES_FROM_TO))
        return cli_usage("%s does not take %s", name, o->from ? "--from" : "--to");
    if (!(commands[k].takes & TAKES_AND))
        for (size_t j = 0; j < o->nargs; j++)
            if (strcmp(o->args[j], "--and") == 0)
                return cli_usage("%s does not take --and", name);
    return -1;
}

int main(int argc, char **argv)
{
    cli_options o = {0};
    o.args = malloc((size_t)(argc > 0 ? argc : 1) * sizeof *o.args);
    if (!o.args) {
        fputs("axle: out of memory\n", stderr);
        return CLI_FAILED;
    }
    const struct command *cmd = NULL;
    int rc = parse_args(&o, &cmd, argc, argv);
    if (rc < 0)
        rc = cmd->run(&o);
    free(o.args);
    return rc;
}
