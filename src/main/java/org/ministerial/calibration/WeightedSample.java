package org.ministerial.calibration;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Summaries of a weighted sample (the particles of a generation with their importance weights): mean, standard
 * deviation and quantiles. Values that are NaN are left out and the other weights renormalised.
 */
final class WeightedSample {
    private final double[] values;
    private final double[] weights;

    WeightedSample(double[] values, double[] weights) {
        if (values.length != weights.length) throw new IllegalArgumentException("one weight per value");
        int n = 0;
        for (double v : values) if (!Double.isNaN(v)) n++;
        this.values = new double[n];
        this.weights = new double[n];
        double sum = 0;
        int at = 0;
        for (int i = 0; i < values.length; i++)
            if (!Double.isNaN(values[i])) {
                this.values[at] = values[i];
                sum += this.weights[at++] = weights[i];
            }
        for (int i = 0; i < n; i++) this.weights[i] /= sum;
    }

    boolean isEmpty() {
        return values.length == 0;
    }

    double mean() {
        if (isEmpty()) return Double.NaN;
        double m = 0;
        for (int i = 0; i < values.length; i++) m += weights[i] * values[i];
        return m;
    }

    /** The weighted standard deviation, {@code sqrt(sum w (x - mean)^2)} with weights summing to 1. */
    double sd() {
        if (isEmpty()) return Double.NaN;
        double m = mean(), v = 0;
        for (int i = 0; i < values.length; i++) v += weights[i] * (values[i] - m) * (values[i] - m);
        return Math.sqrt(v);
    }

    /**
     * The {@code p}-quantile: the smallest value whose cumulative weight reaches {@code p} (the inverse of the
     * weighted empirical distribution function). The central 95% credible interval is {@code [q(0.025), q(0.975)]}.
     */
    double quantile(double p) {
        if (isEmpty()) return Double.NaN;
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double cumulative = 0;
        for (int i : order) {
            cumulative += weights[i];
            if (cumulative >= p - 1e-12) return values[i];
        }
        return values[order[order.length - 1]];
    }
}
