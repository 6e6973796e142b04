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
 * of runs {@code n / design effect}, as complex-survey proportions are (Korn and Graubard, "Confidence intervals for
 * proportions with small expected number of positive counts estimated from survey data", Survey Methodology 24,
 * 1998). Runs that share no draw (inputs taken as written) have design effect 1: Wilson's interval on the runs.
 *
 * @param count        runs in which it happened
 * @param runs         runs counted
 * @param designEffect at least 1
 */
public record ClusteredShare(int count, int runs, double designEffect) {
    public ClusteredShare {
        if (count < 0 || count > runs) throw new IllegalArgumentException("count must be in [0, " + runs + "]: " + count);
        if (!(designEffect >= 1)) throw new IllegalArgumentException("a design effect is at least 1: " + designEffect);
    }

    /** Independent runs: no draw shared. */
    public static ClusteredShare independent(int count, int runs) {
        return new ClusteredShare(count, runs, 1);
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
        double n = effectiveRuns(), p = share(), z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

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
            double sumN2 = 0;
            for (int[] g : byDraw.values()) {
                groups.add(new double[] {g[0], g[1], g[1]});
                sumN2 += (double) g[0] * g[0];
            }
            OneWayAnova anova = OneWayAnova.of(groups);
            double rho = anova == null ? 0 : anova.intraclassCorrelation();
            double m = sumN2 / runs;
            return new ClusteredShare(count, runs, Math.max(1, 1 + (m - 1) * rho));
        }
    }
}
