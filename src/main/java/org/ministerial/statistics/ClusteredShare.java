package org.ministerial.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * The share of runs in which something happened (an outcome, a coalition's emergence), when runs come in clusters
 * that share a draw of the uncertain inputs ({@code --runs-per-draw}). Runs of one draw are alike, so a batch of
 * {@code n} runs in draws of {@code m} carries less information than {@code n} independent runs: Kish's design effect
 * {@code 1 + (m - 1) rho} (L. Kish, <i>Survey Sampling</i>, 1965, section 5.4), with {@code rho} the intraclass
 * correlation of the 0/1 values within a draw (its ANOVA estimate, {@link OneWayAnova}; Ridout, Demétrio and Firth,
 * "Estimating intraclass correlation for binary data", Biometrics 55, 1999) and {@code m} the draws' size-weighted
 * mean size {@code sum m_g^2 / n}. The 95% interval is Wilson's score interval (Wilson 1927) on the effective number
 * of runs {@code n / design effect}, shrunk further by Korn and Graubard's degrees-of-freedom factor
 * {@code (z / t_{a-1})^2} for {@code a} draws ("Confidence intervals for proportions with small expected number of
 * positive counts estimated from survey data", Survey Methodology 24, 1998, who apply both to the Clopper-Pearson
 * interval; here to Wilson's, as {@code summary.json} always has), so that few draws give wide intervals. An outcome that never varies, or varies in fewer than {@link #RARE} runs, gives no usable estimate of
 * {@code rho}: it is then taken as 1, each draw counting once. Runs that share no draw (inputs taken as written) have
 * design effect 1: Wilson's interval on the runs.
 *
 * @param count        runs in which it happened
 * @param runs         runs counted
 * @param designEffect at least 1
 * @param draws        the number of input draws the runs came from; 0 when they share none
 */
public record ClusteredShare(int count, int runs, double designEffect, int draws) {
    public ClusteredShare {
        if (count < 0 || count > runs) throw new IllegalArgumentException("count must be in [0, " + runs + "]: " + count);
        if (!(designEffect >= 1)) throw new IllegalArgumentException("a design effect is at least 1: " + designEffect);
    }

    /**
     * Kish's design effect {@code 1 + (m - 1) rho}, at least 1, for groups given as {count, ...}, with {@code m} their
     * size-weighted mean size {@code sum m_g^2 / sum m_g}.
     */
    public static double designEffect(double rho, Iterable<double[]> groups) {
        double sumN2 = 0, n = 0;
        for (double[] g : groups) {
            sumN2 += g[0] * g[0];
            n += g[0];
        }
        return Math.max(1, 1 + (sumN2 / n - 1) * rho);
    }

    /** Independent runs: no draw shared. */
    public static ClusteredShare independent(int count, int runs) {
        return new ClusteredShare(count, runs, 1, 0);
    }

    /** The share, NaN without runs. */
    public double share() {
        return runs == 0 ? Double.NaN : (double) count / runs;
    }

    /** The number of independent runs that would carry as much information. */
    public double effectiveRuns() {
        return runs / designEffect;
    }

    /** Wilson's score interval on the effective runs, {lower, upper}; [0, 1] without runs. */
    public double[] interval(double confidence) {
        if (runs == 0) return new double[] {0, 1};
        double z = new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(
                0.5 + confidence / 2);
        double n = effectiveRuns();
        if (draws >= 2) {
            double t = new org.apache.commons.math3.distribution.TDistribution(draws - 1)
                    .inverseCumulativeProbability(0.5 + confidence / 2);
            n *= (z / t) * (z / t);
        } else if (draws == 1) {
            n = Math.min(n, 1); // one draw: as much as one run on what the draws do
        }
        double p = share(), z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // at a share of 0 or 1 the bound is exactly 0 or 1, whatever the rounding of centre - half leaves
        return new double[] {count == 0 ? 0 : Math.max(0, centre - half), count == runs ? 1 : Math.min(1, centre + half)};
    }

    /**
     * Below this many runs on the rarer side (or with none) the correlation within draws is not estimated: each draw
     * counts once. The same threshold as the variance split's {@code rare} flag.
     */
    public static final int RARE = 10;

    /** Counts 0/1 values draw by draw, then gives their {@link ClusteredShare}. */
    public static final class Counter {
        /** draw -> {runs, ones} */
        private final Map<Integer, int[]> byDraw = new TreeMap<>();
        private int count, runs;
        private boolean clustered;

        /**
         * Counts one run.
         *
         * @param draw its input draw, or -1 when its inputs were not drawn (it shares no draw)
         * @param one  whether it happened in the run
         */
        public void add(int draw, boolean one) {
            runs++;
            if (one) count++;
            if (draw < 0) return;
            clustered = true;
            int[] g = byDraw.computeIfAbsent(draw, d -> new int[2]);
            g[0]++;
            if (one) g[1]++;
        }

        /** Whether any run counted came from an input draw. */
        public boolean clustered() {
            return clustered;
        }

        public ClusteredShare share() {
            if (!clustered) return independent(count, runs);
            java.util.List<double[]> groups = new java.util.ArrayList<>();
            for (int[] g : byDraw.values()) groups.add(new double[] {g[0], g[1], g[1]});
            // the correlation within draws cannot be told from an outcome that never varies, nor reliably from
            // fewer than RARE runs on its rarer side (as the variance split flags them): then each draw counts once,
            // the cautious end, rather than every run
            OneWayAnova anova = OneWayAnova.of(groups);
            boolean unknown = anova == null || Math.min(count, runs - count) < RARE;
            double rho = unknown ? 1 : anova.intraclassCorrelation();
            return new ClusteredShare(count, runs, designEffect(rho, groups), byDraw.size());
        }
    }
}
