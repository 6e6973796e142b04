package org.ministerial.plot;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics: definition 7 of R. J. Hyndman and Y. Fan,
 * "Sample quantiles in statistical packages", The American Statistician 50 (1996) 361-365, the default of R and of
 * NumPy, so that readers can recompute every band and box from the CSV files with their usual tools.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The {@code p}-quantile of values already sorted ascending: {@code h = (n - 1) p},
     * {@code Q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}.
     *
     * @throws IllegalArgumentException if {@code sorted} is empty or {@code p} is outside [0, 1]
     */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values to take a quantile of");
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) return sorted[sorted.length - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** A sorted copy. */
    public static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** The arithmetic mean; NaN for no values. */
    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return values.length == 0 ? Double.NaN : sum / values.length;
    }
}
