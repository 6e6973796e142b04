package org.ministerial.sensitivity;

import org.junit.jupiter.api.Test;
import org.ministerial.experiment.SaltelliSample;
import org.ministerial.statistics.Bootstrap;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sobol indices do not depend on the output's mean: an output, the output shifted by a constant and a constant minus
 * the output (a breakdown share and the agreement share 1 - breakdown) apportion the same variance, so their indices
 * must be the same. The first-order estimator of Saltelli et al. (2010), Table 2 (b), gave them only after centring
 * the outputs ({@link SobolIndices}).
 */
class SobolCentringTest {
    private static final int K = 3;
    private static final double[] COEFFICIENTS = {1, 2, 3};

    /** {@code f(A)}, {@code f(B)}, {@code f(AB_i)} of a function on the Saltelli design's unit-cube points. */
    private static SobolIndices sobol(int n, ToDoubleFunction<double[]> f, DoubleUnaryOperator transform) {
        double[][] u = SaltelliSample.points(n, K);
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[K][n];
        for (int j = 0; j < n; j++) {
            fA[j] = transform.applyAsDouble(f.applyAsDouble(u[j * (K + 2)]));
            for (int i = 0; i < K; i++) fAB[i][j] = transform.applyAsDouble(f.applyAsDouble(u[j * (K + 2) + 1 + i]));
            fB[j] = transform.applyAsDouble(f.applyAsDouble(u[j * (K + 2) + K + 1]));
        }
        return new SobolIndices(fA, fB, fAB);
    }

    /** {@code sum a_i x_i}, x uniform on the unit cube: S_i = ST_i = a_i^2 / sum a^2 (no interactions). */
    private static double linear(double[] x) {
        double y = 0;
        for (int i = 0; i < K; i++) y += COEFFICIENTS[i] * x[i];
        return y;
    }

    /** The Ishigami function (a = 7, b = 0.1) on [-pi, pi]^3, as in {@link IshigamiTest}. */
    private static double ishigami(double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) x[i] = -Math.PI + 2 * Math.PI * u[i];
        return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    private static void assertSameIndices(double[] expected, double[] actual, String what) {
        for (int i = 0; i < 2 * K; i++)
            assertEquals(expected[i], actual[i], 1e-9, what + ": " + (i < K ? "S" : "ST") + (i % K + 1));
    }

    @Test
    void shiftingOrNegatingTheOutputLeavesEveryIndexAndIntervalUnchanged() {
        int n = 32;
        for (ToDoubleFunction<double[]> f : List.<ToDoubleFunction<double[]>>of(
                SobolCentringTest::linear, SobolCentringTest::ishigami)) {
            SobolIndices y = sobol(n, f, v -> v);
            double[] base = y.estimate();
            double[][] baseCi = new Bootstrap(200, 0.95, 3).intervals(n, y::estimate);
            for (var t : Map.<String, DoubleUnaryOperator>of("Y + 1000", v -> v + 1000,
                    "1 - Y", v -> 1 - v, "5 - Y", v -> 5 - v, "Y - 40", v -> v - 40).entrySet()) {
                SobolIndices shifted = sobol(n, f, t.getValue());
                assertSameIndices(base, shifted.estimate(), t.getKey());
                double[][] ci = new Bootstrap(200, 0.95, 3).intervals(n, shifted::estimate);
                for (int i = 0; i < 2 * K; i++) {
                    assertEquals(baseCi[i][0], ci[i][0], 1e-9, t.getKey() + " interval low " + i);
                    assertEquals(baseCi[i][1], ci[i][1], 1e-9, t.getKey() + " interval high " + i);
                }
            }
        }
    }

    @Test
    void aLinearModelFarFromZeroGetsItsAnalyticIndices() {
        // S_i = ST_i = a_i^2 / sum a^2 = 1/14, 4/14, 9/14, whatever constant is added; before centring, the
        // first-order estimates of 1000 + sum a_i x_i at N = 256 were off by several units
        double sum = 0;
        for (double a : COEFFICIENTS) sum += a * a;
        for (double offset : new double[] {0, 1000, -1000}) {
            double[] estimate = sobol(256, SobolCentringTest::linear, v -> v + offset).estimate();
            for (int i = 0; i < K; i++) {
                double truth = COEFFICIENTS[i] * COEFFICIENTS[i] / sum;
                assertEquals(truth, estimate[i], 0.03, "S" + (i + 1) + " with offset " + offset);
                assertEquals(truth, estimate[K + i], 0.03, "ST" + (i + 1) + " with offset " + offset);
            }
        }
    }
}
