/* axle internal: the RR spectral kernels (eigen.c, eigen_print.c, eigen_bases.c).
 *
 * The spectrum of an n x n RR matrix keeps LAPACK's arrays as they come: the eigenvalues
 * (wr, wi) and an n x n column-major matrix v of eigenvectors, column k for a real eigenvalue k,
 * and for a conjugate pair k, k + 1 (wi[k] > 0, wr[k + 1] = wr[k], wi[k + 1] = -wi[k]) the real
 * part in column k and the imaginary part in column k + 1: entry k's vector is v_k + i v_(k+1),
 * entry k + 1's its conjugate (dgeev's packing; dsyevd's vectors are all real). */
#ifndef AX_RR_EIGEN_KERNEL_H
#define AX_RR_EIGEN_KERNEL_H

#include "axle/eigen.h"
#include "rr.h"

typedef struct ax_rr_spec {
    size_t n;
    double *wr, *wi; /* n entries each */
    double *v;       /* n x n, leading dimension n */
    bool symmetric;  /* from dsyevd: v is orthogonal */
} ax_rr_spec;

/* Entry k's eigenvector (unit Euclidean norm): n doubles each into re and im. */
void ax_rr_spec_vector(const ax_rr_spec *D, size_t k, double *re, double *im);

/* The Frobenius norm of the rows x cols column-major array a (leading dimension ld), without
 * overflow for finite entries of any size. */
double ax_rr_frobenius(const double *a, size_t rows, size_t cols, size_t ld);

/* The strings of the spectrum ops (eigen_print.c): the semantics of axle_eigen_value_string and
 * axle_eigen_eigenvectors_string on an ax_rr_spec. */
axle_status ax_rr_eigen_value_string(char **out, const void *data, size_t k, axle_format fmt);
axle_status ax_rr_eigen_vectors_string(char **out, const void *data, size_t k, axle_format fmt);
/* The conjugate pair re +- im i in text for messages: "0.5 ± 0.8660254038i", "±1i" when re is 0. */
axle_status ax_rr_pair_string(char **out, double re, double im);

/* The kernels of ax_backend_rr (see src/backend.h). */
axle_status ax_rr_eigen(ax_spectrum **out, const axle_matrix *A, const axle_poly *chi,
                        const axle_poly *mu);
axle_status ax_rr_diagonalize(axle_matrix **P, axle_matrix **D, const axle_matrix *A,
                              const ax_spectrum *S);
axle_status ax_rr_triangularize(axle_matrix **P, axle_matrix **T, const axle_matrix *A,
                                const ax_spectrum *S);
/* schur_complex.c */
axle_status ax_rr_schur_complex(axle_matrix **Qre, axle_matrix **Qim, axle_matrix **Tre,
                                axle_matrix **Tim, const axle_matrix *A);

#endif
