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

    @Test
    void twoActorsOnOneIssueSplitTheirCommonGround() {
        // A (ideal 0.8, salience 1) and B (ideal 0.3, salience 1), status quo 0: gains 0.8 - |x - 0.8| and
        // 0.3 - |x - 0.3|. Between the ideals the gains are x and 0.6 - x; log x + log(0.6 - x) peaks at x = 0.3,
        // B's ideal, a kink: right of it B's gain falls as fast as A's rises, and B's is the smaller.
        double[] nbs = NashBargaining.solve(new double[]{0.8, 0.3}, new double[]{1, 1}, 2, 1, new double[]{0.6},
                new boolean[1]);
        assertNotNull(nbs);
        assertEquals(0.3, nbs[0], 1e-12);
    }

    @Test
    void weightedActorsMeetAtASmoothOptimum() {
        // Three actors, one issue: A and B with ideal 1 (salience 1), C with ideal 0.5 and salience 0.5. For x in
        // (0.5, 1) the gains are x, x and 0.5 (0.5 - (x - 0.5)) = 0.5 (1 - x): 2 log x + log(1 - x) peaks where
        // 2 / x = 1 / (1 - x), x = 2/3, between the kinks at 0.5 and 1.
        double[] nbs = NashBargaining.solve(new double[]{1, 1, 0.5}, new double[]{1, 1, 0.5}, 3, 1,
                new double[]{0.5}, new boolean[1]);
        assertNotNull(nbs);
        assertEquals(2.0 / 3, nbs[0], 1e-9);
    }

    @Test
    void symmetricActorsMeetAtTheirIdealsCorner() {
        // A: ideals (1, 0.5), saliences (0.7, 0.3); B the mirror image, (0.5, 1) and (0.3, 0.7). At (1, 1) both gain
        // 0.7; lowering x0 by a and x1 by b changes A's gain by -0.7 a + 0.3 b and B's by 0.3 a - 0.7 b, whose sum
        // (the change of the log product times 0.7) is -0.4 (a + b) < 0, and raising either lowers both gains: the
        // optimum is the corner (1, 1), a kink on both issues.
        double[] nbs = NashBargaining.solve(new double[]{1, 0.5, 0.5, 1}, new double[]{0.7, 0.3, 0.3, 0.7}, 2, 2,
                new double[]{0.5, 0.5}, new boolean[2]);
        assertNotNull(nbs);
        assertEquals(1, nbs[0], 1e-12);
        assertEquals(1, nbs[1], 1e-12);
    }

    @Test
    void optimumAtAKinkIsFoundExactly() {
        // As in the two-actor case, but on issue 0 of two, with a third actor whose kink on issue 1 holds it there:
        // gains (issue 0 of A, B, C; issue 1 only for C): the optimum has x1 = C's ideal 0.4 (C alone cares about
        // issue 1), and x0 = 0.3, B's ideal, as in twoActorsOnOneIssueSplitTheirCommonGround, since C's gain on
        // issue 0 is flat at 0 (salience 0).
        double[] ideal = {0.8, 0.5, 0.3, 0.5, 0.5, 0.4};
        double[] sal = {1, 0, 1, 0, 0, 1};
        double[] nbs = NashBargaining.solve(ideal, sal, 3, 2, new double[]{0.5, 0.5}, new boolean[2]);
        assertNotNull(nbs);
        assertEquals(0.3, nbs[0], 1e-12);
        assertEquals(0.4, nbs[1], 1e-12);
    }

    @Test
    void noTextGivingEveryoneAGainMeansNoSolution() {
        // On one issue, A wants 0 and B wants 1 with status quo 0: B gains x, A gains -x. No x gives both a gain.
        assertNull(NashBargaining.solve(new double[]{0, 1}, new double[]{1, 1}, 2, 1, new double[]{0.5},
                new boolean[1]));
    }

    @Test
    void largeRandomProblemsAreSolvedToTheKinks() {
        // Cancún-sized problems (131 actors, 9 issues, one dropped). At the maximum of the concave, kinked objective
        // no move along an issue raises it; a point 1e-7 off a kink where the optimum lies fails that at a step of
        // 1e-9 already. The solver finishes exactly in all but about one problem in a hundred (otherwise it is
        // within about 1e-7), so most must pass at 1e-9 and all at 1e-3 with a margin that 1e-7 off allows.
        SplittableRandom random = new SplittableRandom(2003);
        int n = 131, k = 9, exact = 0, problems = 20;
        for (int problem = 0; problem < problems; problem++) {
            double[] ideal = new double[n * k], sal = new double[n * k];
            double lean = 0.2 + 0.6 * random.nextDouble();
            for (int i = 0; i < n; i++) {
                double total = 0;
                for (int j = 0; j < k; j++) {
                    ideal[i * k + j] = Math.min(1, Math.max(0, lean + 0.5 * (random.nextDouble() - 0.5)));
                    sal[i * k + j] = random.nextDouble() < 0.05 ? 0 : 0.1 + random.nextDouble();
                    total += sal[i * k + j];
                }
                for (int j = 0; j < k; j++) sal[i * k + j] /= total;
            }
            boolean[] dropped = new boolean[k];
            dropped[problem % k] = true;
            double[] start = new double[k];
            for (int j = 0; j < k; j++) start[j] = random.nextDouble();
            double[] nbs = NashBargaining.solve(ideal, sal, n, k, start, dropped);
            assertNotNull(nbs, "problem " + problem);
            assertEquals(0, nbs[problem % k], "the dropped issue stays at the status quo");
            double best = logNashProduct(ideal, sal, n, k, nbs), rise = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (dropped[j]) continue;
                double[] x = nbs.clone();
                for (double h : new double[]{1e-9, -1e-9, 1e-3, -1e-3}) {
                    x[j] = nbs[j] + h;
                    double change = logNashProduct(ideal, sal, n, k, x) - best;
                    assertTrue(change <= 1e-4, "problem " + problem + ": moving issue " + j + " by " + h
                            + " raises the Nash product by " + change);
                    rise = Math.max(rise, change);
                }
            }
            if (rise <= 1e-12) exact++;
        }
        assertTrue(exact >= problems - 2, exact + " of " + problems + " problems solved to the kinks");
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
