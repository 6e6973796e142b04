package org.ministerial.statistics;


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
        return of(ClusteredShare.independent(count1, n1), ClusteredShare.independent(count0, n0), confidence);
    }

    /**
     * The difference of two shares whose runs may share input draws: each share's Wilson interval is on its effective
     * runs ({@link ClusteredShare}), and Newcombe's interval is built from them.
     *
     * @param share1 the first share (the counterfactual)
     * @param share0 the second (the baseline)
     */
    public static ProportionDifference of(ClusteredShare share1, ClusteredShare share0, double confidence) {
        if (share1.runs() <= 0 || share0.runs() <= 0) return new ProportionDifference(Double.NaN, Double.NaN, Double.NaN);
        double[] w1 = share1.interval(confidence), w0 = share0.interval(confidence);
        double p1 = share1.share(), p0 = share0.share(), d = p1 - p0;
        double below = Math.sqrt(sq(p1 - w1[0]) + sq(w0[1] - p0));
        double above = Math.sqrt(sq(w1[1] - p1) + sq(p0 - w0[0]));
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
