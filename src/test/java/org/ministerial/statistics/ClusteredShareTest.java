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
    void drawsWhoseRunsAllAgreeCountOnceEach() {
        // four draws of five runs, each draw all 1 or all 0: the intraclass correlation is 1, the design effect
        // 1 + (5 - 1) x 1 = 5, and the twenty runs carry as much as four independent ones
        ClusteredShare s = counted(new int[][] {{1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}, {1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}});
        assertEquals(5, s.designEffect(), 1e-12);
        assertEquals(4, s.effectiveRuns(), 1e-12);
        double[] wide = s.interval(0.95), narrow = ClusteredShare.independent(10, 20).interval(0.95);
        assertTrue(wide[0] < narrow[0] && wide[1] > narrow[1], "wider than on twenty independent runs");
        // Wilson on n = 4, p = 0.5: centre 0.5, half-width z / (1 + z^2/4) sqrt(1/16 + z^2/64)
        double z = 1.959963984540054, half = z / (1 + z * z / 4) * Math.sqrt(0.25 / 4 + z * z / 64);
        assertEquals(0.5 - half, wide[0], 1e-12);
    }

    @Test
    void drawsThatDifferNoMoreThanChanceChangeNothing() {
        // every draw holds the same mix: no draw effect, design effect 1
        ClusteredShare s = counted(new int[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}});
        assertEquals(1, s.designEffect(), 1e-12);
        assertEquals(16, s.effectiveRuns(), 1e-12);
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
