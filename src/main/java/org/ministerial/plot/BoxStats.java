package org.ministerial.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The five numbers and outliers of a Tukey box plot (J. W. Tukey, Exploratory Data Analysis, 1977): quartiles by
 * {@link Quantiles} (Hyndman and Fan's definition 7), whiskers to the most extreme values within 1.5 interquartile
 * ranges of the box, and every value beyond them drawn as an outlier.
 *
 * @param n            number of values
 * @param q1           first quartile
 * @param median       median
 * @param q3           third quartile
 * @param whiskerLow   smallest value {@code >= q1 - 1.5 IQR}
 * @param whiskerHigh  largest value {@code <= q3 + 1.5 IQR}
 * @param outliers     values outside the whiskers, ascending
 */
public record BoxStats(int n, double q1, double median, double q3, double whiskerLow, double whiskerHigh,
                       List<Double> outliers) {
    /** Whisker reach in interquartile ranges. */
    public static final double REACH = 1.5;

    public BoxStats {
        outliers = List.copyOf(outliers);
    }

    /**
     * The box of {@code values}, each first rounded as in the CSV files so that the file and the drawing agree.
     *
     * @throws IllegalArgumentException if there are no values or one is not finite
     */
    public static BoxStats of(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("a box plot needs at least one value");
        double[] x = new double[values.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(values[i])) throw new IllegalArgumentException("value is not finite: " + values[i]);
            x[i] = DataTable.rounded(values[i]);
        }
        double[] s = Quantiles.sorted(x);
        double q1 = DataTable.rounded(Quantiles.of(s, 0.25));
        double q3 = DataTable.rounded(Quantiles.of(s, 0.75));
        double median = DataTable.rounded(Quantiles.of(s, 0.5));
        double fenceLow = q1 - REACH * (q3 - q1), fenceHigh = q3 + REACH * (q3 - q1);
        double low = median, high = median;
        List<Double> out = new ArrayList<>();
        for (double v : s) {
            if (v < fenceLow || v > fenceHigh) out.add(v);
            else {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        return new BoxStats(s.length, q1, median, q3, low, high, out);
    }

    /** Smallest value drawn (whisker or outlier). */
    public double min() {
        return outliers.isEmpty() ? whiskerLow : Math.min(whiskerLow, outliers.get(0));
    }

    /** Largest value drawn. */
    public double max() {
        return outliers.isEmpty() ? whiskerHigh : Math.max(whiskerHigh, outliers.get(outliers.size() - 1));
    }
}
