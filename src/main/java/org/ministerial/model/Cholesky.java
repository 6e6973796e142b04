package org.ministerial.model;

/**
 * Solves small symmetric positive definite systems in place, without allocating: the Newton steps of
 * {@link NashBargaining} solve one K x K system each (K the number of issues), where a library factorisation
 * allocates a matrix and vectors every time. The algorithm is the textbook one (Golub and Van Loan, Matrix
 * Computations, 4th ed., alg. 4.2.1, then forward and back substitution).
 */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * Solves {@code A x = b} for the m x m matrix A held row-major with row stride {@code stride} in {@code a}, of
     * which only the lower triangle is read; it is overwritten with the factor L ({@code A = L L^T}).
     *
     * @param least the smallest pivot accepted, as a fraction of its diagonal element of A (0: any positive pivot)
     * @return false, leaving x unspecified, when A is not positive definite by that measure
     */
    static boolean solve(double[] a, int stride, int m, double[] b, double[] x, double least) {
        for (int c = 0; c < m; c++)
            for (int r = c; r < m; r++) { // column c of L
                double v = a[r * stride + c];
                for (int p = 0; p < c; p++) v -= a[r * stride + p] * a[c * stride + p];
                if (r == c && !(v > least * a[r * stride + c])) return false;
                a[r * stride + c] = r == c ? Math.sqrt(v) : v / a[c * stride + c];
            }
        for (int r = 0; r < m; r++) { // L y = b
            x[r] = b[r];
            for (int p = 0; p < r; p++) x[r] -= a[r * stride + p] * x[p];
            x[r] /= a[r * stride + r];
        }
        for (int r = m - 1; r >= 0; r--) { // L^T x = y
            for (int p = r + 1; p < m; p++) x[r] -= a[p * stride + r] * x[p];
            x[r] /= a[r * stride + r];
        }
        return true;
    }
}
