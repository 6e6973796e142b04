package org.ministerial.statistics;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Percentile bootstrap confidence intervals (Efron and Tibshirani 1993, ch. 13) for statistics computed on rows that
 * are resampled with replacement: Sobol samples, Morris trajectories. Deterministic for a given seed (Mersenne
 * Twister), so the intervals in a results folder can be reproduced.
 *
 * @param resamples  number of bootstrap resamples, at least 100
 * @param confidence the intervals' coverage, in (0, 1)
 * @param seed       seed of the resampling
 */
public record Bootstrap(int resamples, double confidence, long seed) {
    public Bootstrap {
        if (resamples < 100) throw new IllegalArgumentException("use at least 100 resamples, got " + resamples);
        if (!(confidence > 0 && confidence < 1))
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }

    /**
     * The interval of each statistic.
     *
     * @param rows      number of rows to resample
     * @param statistic the statistics of a resample (an array of row indices, with repeats)
     * @return {@code [statistic][2]}: lower and upper bounds; NaN where a statistic was undefined in every resample
     */
    public double[][] intervals(int rows, Function<int[], double[]> statistic) {
        RandomGenerator random = new MersenneTwister(seed);
        double[][] draws = null;
        int[] sample = new int[rows];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < rows; j++) sample[j] = random.nextInt(rows);
            double[] s = statistic.apply(sample);
            if (draws == null) draws = new double[s.length][resamples];
            for (int i = 0; i < s.length; i++) draws[i][b] = s[i];
        }
        double[][] out = new double[draws.length][];
        for (int i = 0; i < draws.length; i++) out[i] = percentiles(draws[i]);
        return out;
    }

    /** The (1 - c)/2 and (1 + c)/2 quantiles of the finite draws, by linear interpolation between order statistics. */
    private double[] percentiles(double[] draws) {
        double[] finite = Arrays.stream(draws).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) return new double[] {Double.NaN, Double.NaN};
        return new double[] {quantile(finite, (1 - confidence) / 2), quantile(finite, (1 + confidence) / 2)};
    }

    static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }
}
