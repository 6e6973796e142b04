package org.ministerial.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NashBargainingTest {
    @Test
    void exactlyOpposedActorsHaveNoDeal() {
        // A wants issue 0 and dislikes issue 1 as much; B the reverse. Gains 0.5 (x0 - x1) and 0.5 (x1 - x0)
        // cannot both be positive.
        double[] ideal = {1, 0, 0, 1};
        double[] sal = {0.5, 0.5, 0.5, 0.5};
        double[] nbs = NashBargaining.solve(ideal, sal, 2, 2, new double[]{0.5, 0.5}, new boolean[2]);
        assertNull(nbs);
    }

    @Test
    void logRollingDealIsFoundAndMaximisesTheNashProduct() {
        // Actor A cares about issue 0 (salience 0.8), B about issue 1; each is mildly against the other's issue.
        double[] ideal = {1, 0, 0, 1};
        double[] sal = {0.8, 0.2, 0.2, 0.8};
        double[] nbs = NashBargaining.solve(ideal, sal, 2, 2, new double[]{0.5, 0.5}, new boolean[2]);
        assertNotNull(nbs);
        // gains: gA = 0.8 x0 - 0.2 x1, gB = 0.8 x1 - 0.2 x0; by symmetry and monotonicity the optimum is (1, 1)
        assertEquals(1, nbs[0], 1e-3);
        assertEquals(1, nbs[1], 1e-3);
    }

    @Test
    void droppedIssuesStayAtTheStatusQuo() {
        double[] ideal = {0.6, 1, 0.6, 0};
        double[] sal = {0.5, 0.5, 0.5, 0.5};
        double[] nbs = NashBargaining.solve(ideal, sal, 2, 2, new double[]{0.5, 0.5}, new boolean[]{false, true});
        assertNotNull(nbs);
        assertEquals(0, nbs[1]);
        // both want issue 0 at 0.6: gains 0.5 * (0.6 - |x - 0.6|) each, maximised at x = 0.6
        assertEquals(0.6, nbs[0], 1e-3);
    }

    @Test
    void noNearbyTextHasALargerNashProduct() {
        // 40 actors, 4 issues, ideals and saliences drawn at random but with a shared lean so that mutual gains
        // exist; the objective is concave, so a point no small step improves on is the maximum
        SplittableRandom random = new SplittableRandom(11);
        int n = 40, k = 4;
        double[] ideal = new double[n * k], sal = new double[n * k];
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int j = 0; j < k; j++) {
                ideal[i * k + j] = Math.min(1, 0.3 + 0.4 * random.nextDouble());
                sal[i * k + j] = 0.1 + random.nextDouble();
                total += sal[i * k + j];
            }
            for (int j = 0; j < k; j++) sal[i * k + j] /= total;
        }
        double[] nbs = NashBargaining.solve(ideal, sal, n, k, new double[]{0.5, 0.5, 0.5, 0.5}, new boolean[k]);
        assertNotNull(nbs);
        double best = logNashProduct(ideal, sal, n, k, nbs);
        double[] probe = new double[k];
        for (int trial = 0; trial < 2000; trial++) {
            double h = trial < 1000 ? 1e-3 : 1e-5;
            for (int j = 0; j < k; j++) probe[j] = Math.min(1, Math.max(0, nbs[j] + h * (2 * random.nextDouble() - 1)));
            assertTrue(logNashProduct(ideal, sal, n, k, probe) <= best + 1e-9,
                    "a text near the solution has a larger Nash product");
        }
    }

    private static double logNashProduct(double[] ideal, double[] sal, int n, int k, double[] x) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double g = 0;
            for (int j = 0; j < k; j++) g += sal[i * k + j] * (ideal[i * k + j] - Math.abs(x[j] - ideal[i * k + j]));
            sum += Math.log(g);
        }
        return sum;
    }
}
