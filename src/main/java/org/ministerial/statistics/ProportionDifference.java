package org.ministerial.statistics;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The difference of two independent proportions, {@code p1 - p0}, with the hybrid score interval of Newcombe (1998,
 * "Interval estimation for the difference between independent proportions", <i>Statistics in Medicine</i> 17,
 * 873-890, method 10), built from each proportion's Wilson score interval: it keeps its coverage near the nominal
 * level where the Wald interval fails, at shares of 0 or 1 and with small counts. Used for a counterfactual's effect
 * against its baseline; batches compared with common seeds are positively correlated, which makes this interval
 * conservative.
 *
 * @param difference {@code p1 - p0}, NaN when either sample is empty
 * @param lower      lower bound
 * @param upper      upper bound
 */
public record ProportionDifference(double difference, double lower, double upper) {
    /**
     * @param count1     successes in the first sample (the counterfactual)
     * @param n1         its size
     * @param count0     successes in the second sample (the baseline)
     * @param n0         its size
     * @param confidence the interval's coverage, in (0, 1)
     */
    public static ProportionDifference of(int count1, int n1, int count0, int n0, double confidence) {
        if (n1 <= 0 || n0 <= 0) return new ProportionDifference(Double.NaN, Double.NaN, Double.NaN);
        WilsonScoreInterval wilson = new WilsonScoreInterval();
        ConfidenceInterval w1 = wilson.createInterval(n1, count1, confidence);
        ConfidenceInterval w0 = wilson.createInterval(n0, count0, confidence);
        double p1 = (double) count1 / n1, p0 = (double) count0 / n0, d = p1 - p0;
        double below = Math.sqrt(sq(p1 - w1.getLowerBound()) + sq(w0.getUpperBound() - p0));
        double above = Math.sqrt(sq(w1.getUpperBound() - p1) + sq(p0 - w0.getLowerBound()));
        return new ProportionDifference(d, d - below, d + above);
    }

    /** Whether the interval excludes no difference. */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }

    private static double sq(double x) {
        return x * x;
    }
}
