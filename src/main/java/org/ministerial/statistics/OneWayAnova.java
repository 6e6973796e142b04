package org.ministerial.statistics;

/**
 * The variance components of a one-way random-effects model, estimated by the analysis of variance (Searle, Casella
 * and McCulloch 1992, <i>Variance Components</i>, section 3.5): groups of observations (the runs of one input draw)
 * whose values share a group effect.
 *
 * @param total   the sample variance of all observations
 * @param between the between-group component (the groups' effect), at least 0
 * @param within  the within-group component, at least 0
 */
public record OneWayAnova(double total, double between, double within) {
    /**
     * The components of groups given by their sufficient statistics.
     *
     * @param groups each group's {count, sum, sum of squares}
     * @return the components, or null with fewer than two groups or no replicated observation
     */
    public static OneWayAnova of(Iterable<double[]> groups) {
        double n = 0, sum = 0, sumSq = 0, sumN2 = 0, ssWithin = 0;
        int a = 0;
        for (double[] g : groups) {
            a++;
            n += g[0];
            sum += g[1];
            sumSq += g[2];
            sumN2 += g[0] * g[0];
            ssWithin += g[2] - g[1] * g[1] / g[0];
        }
        if (a < 2 || n - a < 1) return null;
        double mean = sum / n;
        double ssTotal = sumSq - n * mean * mean;
        double ssBetween = ssTotal - ssWithin;
        double msWithin = Math.max(0, ssWithin / (n - a));
        double msBetween = Math.max(0, ssBetween / (a - 1));
        double n0 = (n - sumN2 / n) / (a - 1);
        return new OneWayAnova(Math.max(0, ssTotal / (n - 1)), Math.max(0, (msBetween - msWithin) / n0), msWithin);
    }

    /** The between-group component's share of the two: the intraclass correlation; 0 for a constant measure. */
    public double intraclassCorrelation() {
        double sum = between + within;
        return sum > 0 ? between / sum : 0;
    }
}
