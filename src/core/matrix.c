/* Dense matrix storage: creation, entry access, copy, equality, conversion between fields. */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

axle_status ax_check_out_named(const void *out, const char *name)
{
    if (!out)
        return ax_error(AXLE_EINVAL, "output argument %s is NULL", name);
    return AXLE_OK;
}

axle_status ax_check_matrix(const axle_matrix *A, const char *what)
{
    if (!A)
        return ax_error(AXLE_EINVAL, "matrix %s is NULL", what);
    return AXLE_OK;
}

axle_status ax_check_same_field(const axle_matrix *A, const axle_matrix *B, const char *a,
                                const char *b)
{
    if (A->field != B->field)
        return ax_error(AXLE_EFIELD, "%s is over %s but %s is over %s", a,
                        axle_field_name(A->field), b, axle_field_name(B->field));
    return AXLE_OK;
}

bool ax_all_finite(const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return false;
    return true;
}

/* The header of an RR matrix, rounded up to 16 bytes: its entries follow in the same block. */
#define AX_MATRIX_HEAD ((sizeof(axle_matrix) + 15) / 16 * 16)
/* The most bytes between an RR matrix's header and its entries: they start at the first 64-byte
 * boundary after it (malloc aligns to 8 at least). OpenBLAS ran dgetri 10-15% faster on a
 * 256 x 256 matrix there than 16, 32 or 48 bytes off it, an 8 x 8 dgemm 4 ns faster. */
#define AX_RR_ALIGN_SLACK 56
/* The entries of the RR matrix whose block starts at A. */
static double *rr_entries(axle_matrix *A)
{
    size_t skip = (size_t)(-((uintptr_t)A + AX_MATRIX_HEAD) & 63);
    return (double *)(void *)((char *)A + AX_MATRIX_HEAD + skip);
}

static axle_status matrix_alloc(axle_matrix **out, axle_field F, size_t rows, size_t cols,
                                bool zero, bool packed)
{
    *out = NULL;
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field value %d", (int)F);
    size_t n, padded; /* padded: the storage of a matrix with at least one row and column */
    if (!ax_size_mul(&n, rows, cols) || !ax_size_mul(&padded, rows ? rows : 1, cols ? cols : 1) ||
        padded > AXLE_MATRIX_MAX_ENTRIES)
        return ax_error(AXLE_ERANGE, "a %zux%zu matrix is too large (at most %u entries)", rows,
                        cols, AXLE_MATRIX_MAX_ENTRIES);
    /* RR: one block, the header then the ld * cols doubles (as the layout promises, even with no
     * rows: ld is then 1), so a small matrix costs one allocation */
    size_t data = 0, bytes = 0; /* (checked: a 32-bit size_t cannot hold every limit) */
    if (F == AXLE_RR && (!ax_size_mul(&data, cols ? (rows ? rows : 1) * cols : 1, sizeof(double)) ||
                         data > SIZE_MAX - AX_MATRIX_HEAD - AX_RR_ALIGN_SLACK))
        return ax_error(AXLE_ERANGE, "a %zux%zu matrix is too large for this machine", rows, cols);
    bytes = AX_MATRIX_HEAD + AX_RR_ALIGN_SLACK + data;
    axle_matrix *A = F == AXLE_QQ ? ax_malloc(sizeof *A)
                     : zero       ? ax_calloc(1, bytes)
                                  : ax_malloc(bytes);
    if (!A)
        return ax_nomem();
    A->field = F;
    A->rows = rows;
    A->cols = cols;
    A->ld = rows ? rows : 1;
    A->q = NULL;
    A->d = NULL;
    A->pool = NULL;
    if (F == AXLE_QQ && !packed) { /* packed: the caller sets up the pool's block */
        /* unset: the caller initialises every entry (one pass that also writes the values) */
        A->q = zero ? ax_calloc(n, sizeof *A->q) : ax_malloc((n ? n : 1) * sizeof *A->q);
        if (!A->q) {
            free(A);
            return ax_nomem();
        }
        for (size_t k = 0; zero && k < n; k++)
            mpq_init(A->q[k]);
    } else if (F == AXLE_RR) {
        A->d = rr_entries(A);
    }
    *out = A;
    return AXLE_OK;
}

axle_status ax_matrix_alloc(axle_matrix **out, axle_field F, size_t rows, size_t cols)
{
    return matrix_alloc(out, F, rows, cols, true, false);
}

axle_status ax_matrix_alloc_rr_unset(axle_matrix **out, size_t rows, size_t cols)
{
    return matrix_alloc(out, AXLE_RR, rows, cols, false, false);
}

axle_status ax_matrix_alloc_qq_unset(axle_matrix **out, size_t rows, size_t cols)
{
    return matrix_alloc(out, AXLE_QQ, rows, cols, false, false);
}

/* ---- packed QQ storage (internal.h) ---------------------------------------------------------
 * One block: the pool's header, the n mpq_t, then 2n base limbs (entry k's numerator at 2k, its
 * denominator at 2k + 1). Values longer than a limb take limbs from chunks, newest first in a
 * list; nothing is ever returned to a chunk before the matrix is freed (a store that replaces a
 * long value wastes its old limbs, which bounds the waste by what was stored). */
typedef struct ax_limb_chunk {
    struct ax_limb_chunk *next;
    size_t cap, used;
    mp_limb_t limb[];
} ax_limb_chunk;

#define AX_POOL_HEAD ((sizeof(ax_limb_pool) + 15) / 16 * 16)
/* The first chunk's size in limbs; each later chunk doubles, up to AX_POOL_CHUNK_MAX (or the
 * request, if larger). */
#define AX_POOL_CHUNK_MIN 256
#define AX_POOL_CHUNK_MAX ((size_t)1 << 20)

/* k limbs from P's chunks (NULL when out of memory). */
static mp_limb_t *pool_take(ax_limb_pool *P, size_t k)
{
    ax_limb_chunk *c = P->chunks;
    if (!c || c->cap - c->used < k) {
        size_t cap = c ? (c->cap < AX_POOL_CHUNK_MAX ? 2 * c->cap : c->cap) : AX_POOL_CHUNK_MIN;
        if (cap < k)
            cap = k;
        size_t bytes;
        if (!ax_size_mul(&bytes, cap, sizeof(mp_limb_t)) || bytes > SIZE_MAX - sizeof *c ||
            !(c = ax_malloc(sizeof *c + bytes)))
            return NULL;
        c->cap = cap;
        c->used = 0;
        c->next = P->chunks;
        P->chunks = c;
    }
    mp_limb_t *p = c->limb + c->used;
    c->used += k;
    return p;
}

axle_status ax_matrix_alloc_qq_packed(axle_matrix **out, size_t rows, size_t cols, bool zero)
{
    axle_status s = matrix_alloc(out, AXLE_QQ, rows, cols, false, true);
    if (s)
        return s;
    axle_matrix *A = *out;
    /* rows * cols fits (matrix_alloc checked the size limit); the block's bytes may not on a
     * 32-bit size_t */
    size_t n = rows * cols, bytes;
    char *block = NULL;
    if (!ax_size_mul(&bytes, n, sizeof(mpq_t) + 2 * sizeof(mp_limb_t)) ||
        bytes > SIZE_MAX - AX_POOL_HEAD) {
        free(A);
        *out = NULL;
        return ax_error(AXLE_ERANGE, "a %zux%zu matrix is too large for this machine", rows, cols);
    }
    block = ax_malloc(AX_POOL_HEAD + bytes);
    if (!block) {
        free(A);
        *out = NULL;
        return ax_nomem();
    }
    A->pool = (ax_limb_pool *)(void *)block;
    A->pool->chunks = NULL;
    A->q = (mpq_t *)(void *)(block + AX_POOL_HEAD);
    A->pool->base = (mp_limb_t *)(void *)(A->q + n);
    for (size_t k = 0; zero && k < n; k++)
        ax_qq_packed_init_si(A, k, 0);
    return AXLE_OK;
}

size_t ax_matrix_qq_pool_limbs(const axle_matrix *A)
{
    size_t total = 0;
    for (const ax_limb_chunk *c = A->pool ? A->pool->chunks : NULL; c; c = c->next)
        total += c->cap;
    return total;
}

/* Room for `size` limbs in a packed entry's x: its own limbs when they suffice, else new ones from
 * the pool (*alloc: how many; NULL when out of memory). An entry outgrowing limbs it took from
 * the pool takes at least twice as many: a value stored again and again as it grows (a limb at a
 * time, say) then leaves O(its final size) unused behind instead of O(size^2). The first growth
 * beyond the base limb takes exactly `size` (a result stored once wastes nothing). */
static mp_limb_t *packed_room(ax_limb_pool *P, mpz_srcptr x, size_t size, int *alloc)
{
    *alloc = x->_mp_alloc;
    if (size <= (size_t)x->_mp_alloc)
        return x->_mp_d;
    size_t have = (size_t)x->_mp_alloc, want = size;
    if (have > 1 && want < 2 * have)
        want = 2 * have < (size_t)INT_MAX ? 2 * have : (size_t)INT_MAX;
    *alloc = (int)want;
    return pool_take(P, want);
}

axle_status ax_qq_store_z(axle_matrix *A, size_t k, mpz_srcptr num, mpz_srcptr den)
{
    mpq_ptr e = A->q[k];
    mpz_ptr en = mpq_numref(e), ed = mpq_denref(e);
    /* num read from the entry's own denominator, or den from its own numerator (a reciprocal,
     * say): the first write would change the second value (and a packed denominator sized for
     * the old one could then be grown by GMP), so the value goes through a copy */
    if (num->_mp_d == ed->_mp_d || (den && den->_mp_d == en->_mp_d)) {
        mpz_t t[2];
        mpz_init_set(t[0], num);
        mpz_init_set(t[1], den ? den : num);
        axle_status s = ax_qq_store_z(A, k, t[0], den ? t[1] : NULL);
        mpz_clears(t[0], t[1], NULL);
        return s;
    }
    if (A->pool) {
        size_t nn = mpz_size(num), nd = den ? mpz_size(den) : 1;
        int an, ad;
        mp_limb_t *pn = packed_room(A->pool, en, nn, &an);
        mp_limb_t *pd = pn ? packed_room(A->pool, ed, nd, &ad) : NULL;
        if (!pn || !pd)
            return ax_nomem();
        /* the new limbs are the entry's from now on: GMP writes within them, never reallocates */
        en->_mp_d = pn;
        en->_mp_alloc = an;
        ed->_mp_d = pd;
        ed->_mp_alloc = ad;
    }
    mpz_set(en, num);
    if (den)
        mpz_set(ed, den);
    else
        mpz_set_ui(ed, 1);
    return AXLE_OK;
}

/* Free a pool block and its chunks. */
static void pool_free(ax_limb_pool *P)
{
    for (ax_limb_chunk *c = P->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(P);
}

axle_status ax_matrix_qq_unpack(axle_matrix *A)
{
    if (!A->pool)
        return AXLE_OK;
    size_t n = A->rows * A->cols;
    mpq_t *q = ax_malloc((n ? n : 1) * sizeof *q);
    if (!q)
        return ax_nomem();
    for (size_t k = 0; k < n; k++) {
        mpz_init_set(mpq_numref(q[k]), mpq_numref(A->q[k]));
        mpz_init_set(mpq_denref(q[k]), mpq_denref(A->q[k]));
    }
    pool_free(A->pool);
    A->pool = NULL;
    A->q = q;
    return AXLE_OK;
}

void axle_matrix_free(axle_matrix *A)
{
    if (!A)
        return;
    if (A->pool) {
        pool_free(A->pool); /* the entries' array is in the pool's block */
    } else if (A->q) {
        size_t n = A->rows * A->cols;
        /* numerators then denominators (as mpq_clear would, per entry): measured faster */
        for (size_t k = 0; k < n; k++)
            mpz_clear(mpq_numref(A->q[k]));
        for (size_t k = 0; k < n; k++)
            mpz_clear(mpq_denref(A->q[k]));
        free(A->q);
    }
    /* RR entries live in the header's block, at most AX_RR_ALIGN_SLACK bytes after the header
     * (QQ: d is NULL, far outside) */
    if ((uintptr_t)A->d - (uintptr_t)A - AX_MATRIX_HEAD > AX_RR_ALIGN_SLACK)
        free(A->d);
    free(A);
}

axle_status axle_matrix_new(axle_matrix **out, axle_field F, size_t rows, size_t cols)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    /* QQ: packed (the user fills it through the setters, which store into it): the entries of a
     * matrix built entry by entry lie in one block instead of 2 rows cols allocations scattered
     * over the heap, which kernels reading it then chase (a 100 x 100 product read its inputs
     * 60% slower when they had been allocated into a fragmented heap). Code inside the library
     * that writes entries with GMP allocates with ax_matrix_alloc. */
    if (F == AXLE_QQ)
        return ax_matrix_alloc_qq_packed(out, rows, cols, true);
    return ax_matrix_alloc(out, F, rows, cols);
}

axle_status axle_matrix_identity(axle_matrix **out, axle_field F, size_t n)
{
    axle_status s = ax_check_out(out);
    if (s || (s = ax_matrix_alloc(out, F, n, n)))
        return s;
    axle_matrix *A = *out;
    for (size_t i = 0; i < n; i++) {
        if (F == AXLE_QQ)
            mpq_set_ui(AX_Q(A, i, i), 1, 1);
        else
            AX_D(A, i, i) = 1.0;
    }
    return AXLE_OK;
}

/* Store a canonical rational into entry (i, j), rounding for RR. */
static axle_status store_mpq(axle_matrix *A, size_t i, size_t j, const mpq_t q)
{
    if (A->field == AXLE_QQ)
        return ax_qq_store(A, i * A->cols + j, q);
    double d = ax_mpq_get_d(q);
    if (!isfinite(d))
        return ax_error(AXLE_ERANGE, "entry (%zu, %zu) is too large for a double", i, j);
    AX_D(A, i, j) = d;
    return AXLE_OK;
}

/* The shared start of the from_* constructors: check the output and the entry arrays (second may
 * be NULL when there is only one), then allocate the zero matrix (size checks included). */
static axle_status from_arrays(axle_matrix **A, axle_matrix **out, axle_field F, size_t rows,
                               size_t cols, const void *first, const void *second, bool two)
{
    AX_OUT(out);
    if (rows && cols && (!first || (two && !second)))
        return ax_error(AXLE_EINVAL, "entry array %s is NULL",
                        first ? "den"
                        : two ? "num"
                              : "entries");
    return ax_matrix_alloc(A, F, rows, cols);
}

axle_status axle_matrix_from_ints(axle_matrix **out, axle_field F, size_t rows, size_t cols,
                                  const long *entries)
{
    axle_matrix *A = NULL;
    axle_status s = from_arrays(&A, out, F, rows, cols, entries, NULL, false);
    if (s)
        return s;
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) {
            long v = entries[i * cols + j];
            if (F == AXLE_QQ)
                mpq_set_si(AX_Q(A, i, j), v, 1);
            else
                AX_D(A, i, j) = (double)v;
        }
    *out = A;
    return AXLE_OK;
}

axle_status axle_matrix_from_fracs(axle_matrix **out, axle_field F, size_t rows, size_t cols,
                                   const long *num, const long *den)
{
    axle_matrix *A = NULL;
    axle_status s = from_arrays(&A, out, F, rows, cols, num, den, true);
    if (s)
        return s;
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < rows && !s; i++)
        for (size_t j = 0; j < cols && !s; j++) {
            if (den[i * cols + j] == 0) {
                s = ax_error(AXLE_EDOMAIN, "entry (%zu, %zu) has a zero denominator", i, j);
                break;
            }
            mpz_set_si(mpq_numref(q), num[i * cols + j]);
            mpz_set_si(mpq_denref(q), den[i * cols + j]);
            mpq_canonicalize(q);
            s = store_mpq(A, i, j, q);
        }
    mpq_clear(q);
    if (s) {
        axle_matrix_free(A);
        return s;
    }
    *out = A;
    return AXLE_OK;
}

axle_status axle_matrix_from_doubles(axle_matrix **out, axle_field F, size_t rows, size_t cols,
                                     const double *entries)
{
    axle_matrix *A = NULL;
    axle_status s = from_arrays(&A, out, F, rows, cols, entries, NULL, false);
    if (s)
        return s;
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) {
            double v = entries[i * cols + j];
            if (!isfinite(v)) {
                axle_matrix_free(A);
                return ax_error(AXLE_EDOMAIN, "entry (%zu, %zu) is not finite", i, j);
            }
            if (F == AXLE_QQ)
                mpq_set_d(AX_Q(A, i, j), v);
            else
                AX_D(A, i, j) = v;
        }
    *out = A;
    return AXLE_OK;
}

axle_status axle_matrix_copy(axle_matrix **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    axle_matrix *C;
    if ((s = ax_matrix_alloc(&C, A->field, A->rows, A->cols)))
        return s;
    for (size_t i = 0; i < A->rows; i++)
        for (size_t j = 0; j < A->cols; j++) {
            if (A->field == AXLE_QQ)
                mpq_set(AX_Q(C, i, j), AX_Q(A, i, j));
            else
                AX_D(C, i, j) = AX_D(A, i, j);
        }
    *out = C;
    return AXLE_OK;
}

axle_field axle_matrix_field(const axle_matrix *A)
{
    return A ? A->field : AXLE_QQ;
}

size_t axle_matrix_rows(const axle_matrix *A)
{
    return A ? A->rows : 0;
}

size_t axle_matrix_cols(const axle_matrix *A)
{
    return A ? A->cols : 0;
}

static axle_status check_index(const axle_matrix *A, size_t i, size_t j)
{
    axle_status s = ax_check_matrix(A, "A");
    if (s)
        return s;
    if (i >= A->rows || j >= A->cols)
        return ax_error(AXLE_ERANGE, "entry (%zu, %zu) is outside a %zux%zu matrix", i, j, A->rows,
                        A->cols);
    return AXLE_OK;
}

axle_status axle_matrix_get(axle_scalar **out, const axle_matrix *A, size_t i, size_t j)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_index(A, i, j)))
        return s;
    if (A->field == AXLE_QQ)
        return ax_scalar_from_mpq(out, AXLE_QQ, AX_Q(A, i, j));
    return ax_scalar_from_d(out, AX_D(A, i, j));
}

axle_status axle_matrix_set(axle_matrix *A, size_t i, size_t j, const axle_scalar *x)
{
    axle_status s = check_index(A, i, j);
    if (s)
        return s;
    if (!x)
        return ax_error(AXLE_EINVAL, "scalar x is NULL");
    if (x->field != A->field)
        return ax_error(AXLE_EFIELD, "cannot store a %s scalar in a %s matrix",
                        axle_field_name(x->field), axle_field_name(A->field));
    if (A->field == AXLE_QQ)
        return ax_qq_store(A, i * A->cols + j, x->q);
    AX_D(A, i, j) = x->d;
    return AXLE_OK;
}

axle_status axle_matrix_set_frac(axle_matrix *A, size_t i, size_t j, long num, long den)
{
    axle_status s = check_index(A, i, j);
    if (s)
        return s;
    if (den == 0)
        return ax_error(AXLE_EDOMAIN, "fraction %ld/0 has a zero denominator", num);
    mpq_t q;
    mpq_init(q);
    mpz_set_si(mpq_numref(q), num);
    mpz_set_si(mpq_denref(q), den);
    mpq_canonicalize(q);
    s = store_mpq(A, i, j, q);
    mpq_clear(q);
    return s;
}

axle_status axle_matrix_set_double(axle_matrix *A, size_t i, size_t j, double x)
{
    axle_status s = check_index(A, i, j);
    if (s)
        return s;
    if (!isfinite(x))
        return ax_error(AXLE_EDOMAIN, "entry (%zu, %zu) must be finite", i, j);
    if (A->field == AXLE_QQ) {
        mpq_t q;
        mpq_init(q);
        mpq_set_d(q, x);
        s = ax_qq_store(A, i * A->cols + j, q);
        mpq_clear(q);
        return s;
    }
    AX_D(A, i, j) = x;
    return AXLE_OK;
}

axle_status axle_matrix_get_double(double *out, const axle_matrix *A, size_t i, size_t j)
{
    axle_status s = ax_check_out(out);
    if (s || (s = check_index(A, i, j)))
        return s;
    *out = A->field == AXLE_QQ ? ax_mpq_get_d(AX_Q(A, i, j)) : AX_D(A, i, j);
    return AXLE_OK;
}

axle_status axle_matrix_get_mpq(mpq_t rop, const axle_matrix *A, size_t i, size_t j)
{
    axle_status s = ax_check_out(rop);
    if (s || (s = check_index(A, i, j)))
        return s;
    if (A->field == AXLE_QQ)
        mpq_set(rop, AX_Q(A, i, j));
    else
        mpq_set_d(rop, AX_D(A, i, j));
    return AXLE_OK;
}

axle_status axle_matrix_set_mpq(axle_matrix *A, size_t i, size_t j, const mpq_t q)
{
    axle_status s = check_index(A, i, j);
    if (s)
        return s;
    if (!q)
        return ax_error(AXLE_EINVAL, "rational q is NULL");
    if (mpz_sgn(mpq_denref(q)) <= 0)
        return ax_error(AXLE_EDOMAIN, "rational is not canonical (denominator <= 0)");
    return store_mpq(A, i, j, q);
}

double *axle_matrix_rr_data(axle_matrix *A, size_t *ld)
{
    if (!A || A->field != AXLE_RR)
        return NULL;
    if (ld)
        *ld = A->ld;
    return A->d;
}

const double *axle_matrix_rr_const_data(const axle_matrix *A, size_t *ld)
{
    return axle_matrix_rr_data((axle_matrix *)A, ld);
}

bool axle_matrix_equal(const axle_matrix *A, const axle_matrix *B)
{
    if (!A || !B || A->field != B->field || A->rows != B->rows || A->cols != B->cols)
        return false;
    for (size_t i = 0; i < A->rows; i++)
        for (size_t j = 0; j < A->cols; j++) {
            if (A->field == AXLE_QQ) {
                if (!mpq_equal(AX_Q(A, i, j), AX_Q(B, i, j)))
                    return false;
            } else if (AX_D(A, i, j) != AX_D(B, i, j)) {
                return false;
            }
        }
    return true;
}

axle_status axle_matrix_convert(axle_matrix **out, const axle_matrix *A, axle_field F)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    if (A->field == F)
        return axle_matrix_copy(out, A);
    axle_matrix *C;
    if ((s = ax_matrix_alloc(&C, F, A->rows, A->cols)))
        return s;
    for (size_t i = 0; i < A->rows && !s; i++)
        for (size_t j = 0; j < A->cols && !s; j++) {
            if (F == AXLE_RR)
                s = store_mpq(C, i, j, AX_Q(A, i, j));
            else
                mpq_set_d(AX_Q(C, i, j), AX_D(A, i, j));
        }
    if (s) {
        axle_matrix_free(C);
        return s;
    }
    *out = C;
    return AXLE_OK;
}

axle_status ax_matrix_alloc_rr_small(axle_matrix **out, size_t rows, size_t cols)
{
    /* 1 <= rows, cols <= 2^12: rows * cols is far below the size limit, the bytes fit a 32-bit
     * size_t, and rows is ld */
    if (rows - 1 >= (size_t)1 << 12 || cols - 1 >= (size_t)1 << 12)
        return ax_matrix_alloc_rr_unset(out, rows, cols);
    axle_matrix *A = ax_malloc(AX_MATRIX_HEAD + AX_RR_ALIGN_SLACK + rows * cols * sizeof(double));
    if (!A) {
        *out = NULL;
        return ax_nomem();
    }
    *A =
        (axle_matrix){.field = AXLE_RR, .rows = rows, .cols = cols, .ld = rows, .d = rr_entries(A)};
    *out = A;
    return AXLE_OK;
}
