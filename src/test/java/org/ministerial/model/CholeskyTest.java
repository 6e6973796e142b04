package org.ministerial.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CholeskyTest {
    @Test
    void solvesSymmetricPositiveDefiniteSystemsWithAKnownSolution() {
        // A = B^T B + I is symmetric positive definite; b = A x for a chosen x, so the solve must return x. The matrix
        // sits in a larger array (stride 9) as the Newton steps hold it, with junk above the diagonal that must not
        // be read.
        SplittableRandom random = new SplittableRandom(5);
        int stride = 9;
        for (int m = 1; m <= stride; m++) {
            double[] b = new double[m * m], a = new double[stride * stride], x = new double[m], rhs = new double[m];
            for (int i = 0; i < m * m; i++) b[i] = random.nextDouble() - 0.5;
            for (int r = 0; r < m; r++) {
                x[r] = random.nextDouble() * 4 - 2;
                for (int c = 0; c < m; c++) {
                    double v = r == c ? 1 : 0;
                    for (int p = 0; p < m; p++) v += b[p * m + r] * b[p * m + c];
                    a[r * stride + c] = c > r ? Double.NaN : v;
                }
            }
            for (int r = 0; r < m; r++)
                for (int c = 0; c < m; c++) rhs[r] += (c > r ? a[c * stride + r] : a[r * stride + c]) * x[c];
            double[] solution = new double[m];
            assertTrue(Cholesky.solve(a, stride, m, rhs, solution, 0));
            assertArrayEquals(x, solution, 1e-10, "size " + m);
        }
    }

    @Test
    void rejectsMatricesThatAreNotPositiveDefinite() {
        double[] indefinite = {1, 0, 2, 1}; // [[1, 2], [2, 1]]: eigenvalues 3 and -1
        assertFalse(Cholesky.solve(indefinite, 2, 2, new double[]{1, 1}, new double[2], 0));
        double[] singular = {1, 0, 1, 1}; // [[1, 1], [1, 1]]: the second pivot is 0 up to rounding
        assertFalse(Cholesky.solve(singular, 2, 2, new double[]{1, 1}, new double[2], 1e-10));
        double[] nearlySingular = {1, 0, 1, 1 + 1e-12};
        assertTrue(Cholesky.solve(nearlySingular.clone(), 2, 2, new double[]{1, 1}, new double[2], 0));
        assertFalse(Cholesky.solve(nearlySingular, 2, 2, new double[]{1, 1}, new double[2], 1e-10));
    }
}
