package org.ministerial.statistics;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shares of runs that share input draws: Kish's design effect and Wilson's interval on the effective runs. */
class ClusteredShareTest {
    private static ClusteredShare counted(int[][] draws) {
        ClusteredShare.Counter c = new ClusteredShare.Counter();
        for (int d = 0; d < draws.length; d++)
            for (int one : draws[d]) c.add(d, one == 1);
        return c.share();
    }

    @Test
    void independentRunsGetWilsonsIntervalAsCommonsMathComputesIt() {
        for (int[] nk : new int[][] {{263, 81}, {148, 15}, {20, 0}, {29, 1}, {1000, 989}, {7, 7}}) {
            ConfidenceInterval ci = new WilsonScoreInterval().createInterval(nk[0], nk[1], 0.95);
            double[] mine = ClusteredShare.independent(nk[1], nk[0]).interval(0.95);
            assertEquals(Math.max(0, ci.getLowerBound()), mine[0], 1e-12);
            assertEquals(Math.min(1, ci.getUpperBound()), mine[1], 1e-12);
        }
    }

    @Test
    void aShareOfZeroOrOneHasThatBoundExactly() {
        // a batch whose outcome never occurs must cover a truth of exactly 0, whatever rounding leaves of centre - half
        for (int n : new int[] {7, 50, 100, 1000}) {
            assertEquals(0.0, ClusteredShare.independent(0, n).interval(0.95)[0]);
            assertEquals(1.0, ClusteredShare.independent(n, n).interval(0.95)[1]);
            assertEquals(0.0, new ClusteredShare(0, n, 3.5, 10).interval(0.95)[0]);
        }
    }

    @Test
    void drawsWhoseRunsAllAgreeCountOnceEach() {
        // four draws of five runs, each draw all 1 or all 0: the intraclass correlation is 1, the design effect
        // 1 + (5 - 1) x 1 = 5, and the twenty runs carry as much as four independent ones
        ClusteredShare s = counted(new int[][] {{1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}, {1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}});
        assertEquals(5, s.designEffect(), 1e-12);
        assertEquals(4, s.effectiveRuns(), 1e-12);
        double[] wide = s.interval(0.95), narrow = ClusteredShare.independent(10, 20).interval(0.95);
        assertTrue(wide[0] < narrow[0] && wide[1] > narrow[1], "wider than on twenty independent runs");
        // Wilson at p = 0.5 on the four effective runs shrunk by Korn and Graubard's (z / t_3)^2, four draws:
        // centre 0.5, half-width z / (1 + z^2/n) sqrt(1/(4n) + z^2/(4n^2))
        double z = 1.959963984540054, t3 = 3.182446305284263, n = 4 * (z / t3) * (z / t3);
        double half = z / (1 + z * z / n) * Math.sqrt(0.25 / n + z * z / (4 * n * n));
        assertEquals(0.5 - half, wide[0], 1e-9);
    }

    @Test
    void drawsThatDifferNoMoreThanChanceChangeNothing() {
        // every draw holds the same mix: no draw effect (the ANOVA estimate is negative, taken as 0), design effect 1
        int[][] draws = new int[8][];
        for (int d = 0; d < draws.length; d++) draws[d] = new int[] {1, 0, 1, 0};
        ClusteredShare s = counted(draws);
        assertEquals(1, s.designEffect(), 1e-12);
        assertEquals(32, s.effectiveRuns(), 1e-12);
    }

    @Test
    void oneDrawSaysNoMoreThanOneRunAboutTheDraws() {
        ClusteredShare one = counted(new int[][] {{1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0}});
        double[] ci = one.interval(0.95), asOneRun = ClusteredShare.independent(1, 2).interval(0.95);
        // p = 11/21 on at most one effective run: wider than Wilson's for one run at p = 0.5 shifted, about [0.1, 0.9]
        assertTrue(ci[0] < 0.2 && ci[1] > 0.85, java.util.Arrays.toString(ci) + " vs " + java.util.Arrays.toString(asOneRun));
    }

    @Test
    void anOutcomeTooRareOrConstantToTellCountsEachDrawOnce() {
        // no run, or fewer than ten, on one side: the correlation within draws cannot be estimated, so the cautious
        // end is taken, each draw counting once (here 8 draws of 4)
        int[][] never = new int[8][4];
        assertEquals(4, counted(never).designEffect(), 1e-12);
        assertEquals(8, counted(never).effectiveRuns(), 1e-12);
        int[][] rare = new int[8][4];
        rare[0][0] = 1;
        rare[3][2] = 1;
        assertEquals(4, counted(rare).designEffect(), 1e-12);
    }

    @Test
    void unequalDrawsWeighTheirSizes() {
        // draws of 5, 5 and 2 runs, each all alike: rho = 1 and the size-weighted mean size (25 + 25 + 4) / 12 = 4.5
        ClusteredShare s = counted(new int[][] {{1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}, {1, 1}});
        assertEquals(4.5, s.designEffect(), 1e-12);
    }

    @Test
    void aDifferenceOfClusteredSharesIsWiderThanOfIndependentOnes() {
        ClusteredShare a = counted(new int[][] {{1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}, {1, 1, 1, 1, 1}, {1, 1, 1, 1, 0}});
        ClusteredShare b = counted(new int[][] {{0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {1, 1, 1, 1, 1}, {0, 0, 0, 0, 1}});
        ProportionDifference clustered = ProportionDifference.of(a, b, 0.95);
        ProportionDifference flat = ProportionDifference.of(a.count(), a.runs(), b.count(), b.runs(), 0.95);
        assertEquals(flat.difference(), clustered.difference(), 1e-15);
        assertTrue(clustered.lower() < flat.lower() && clustered.upper() > flat.upper());
    }
}
