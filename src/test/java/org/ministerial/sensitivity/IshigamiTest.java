package org.ministerial.sensitivity;

import org.ministerial.statistics.Bootstrap;
import org.junit.jupiter.api.Test;
import org.ministerial.experiment.SaltelliSample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Sobol estimators on the Ishigami function, {@code f = sin x1 + a sin^2 x2 + b x3^4 sin x1} on [-pi, pi]^3
 * with a = 7, b = 0.1 (Ishigami and Homma 1990), whose indices are known in closed form (Sobol' and Levitan 1999):
 * V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2, V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V13 = b^2 pi^8 (1/18 - 1/50),
 * so S1 = 0.3139, S2 = 0.4424, S3 = 0, ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
 */
class IshigamiTest {
    private static final double A = 7;
    private static final double B = 0.1;
    /** Base samples N: the design has N (k + 2) = 20,480 points. */
    private static final int N = 4096;
    private static final double TOLERANCE = 0.05;

    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** The analytic indices, computed from the variance decomposition rather than copied. */
    private static double[] analytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = Math.pow(1 + B * pi4 / 5, 2) / 2;
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[] {v1 / v, v2 / v, 0, (v1 + v13) / v, v2 / v, v13 / v};
    }

    @Test
    void analyticValuesAreTheFamiliarOnes() {
        double[] s = analytic();
        assertEquals(0.3139, s[0], 1e-4);
        assertEquals(0.4424, s[1], 1e-4);
        assertEquals(0.5576, s[3], 1e-4);
        assertEquals(0.2437, s[5], 1e-4);
    }

    @Test
    void firstAndTotalIndicesMatchTheAnalyticValuesWithinTolerance() {
        int k = 3;
        double[][] u = SaltelliSample.points(N, k);
        double[] fA = new double[N];
        double[] fB = new double[N];
        double[][] fAB = new double[k][N];
        for (int j = 0; j < N; j++) {
            fA[j] = ishigami(scale(u[j * (k + 2)]));
            for (int i = 0; i < k; i++) fAB[i][j] = ishigami(scale(u[j * (k + 2) + 1 + i]));
            fB[j] = ishigami(scale(u[j * (k + 2) + k + 1]));
        }
        SobolIndices sobol = new SobolIndices(fA, fB, fAB);
        double[] estimate = sobol.estimate();
        double[] truth = analytic();
        double[][] ci = new Bootstrap(500, 0.95, 1).intervals(N, sobol::estimate);
        for (int i = 0; i < 2 * k; i++) {
            String name = (i < k ? "S" : "ST") + (i % k + 1);
            assertEquals(truth[i], estimate[i], TOLERANCE, name);
            assertTrue(ci[i][0] <= estimate[i] && estimate[i] <= ci[i][1], name + " inside its interval");
            assertTrue(ci[i][1] - ci[i][0] < 2 * TOLERANCE, name + " interval narrower than the tolerance band");
        }
    }

    private static double[] scale(double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) x[i] = -Math.PI + 2 * Math.PI * u[i];
        return x;
    }
}
