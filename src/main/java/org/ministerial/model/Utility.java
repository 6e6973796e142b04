package org.ministerial.model;

/**
 * Additive multi-issue utility over flat arrays: {@code U(x) = 1 - sum_k s_k |x_k - p_k|}.
 */
public final class Utility {
    private Utility() {
    }

    /** Utility of text {@code x} for the actor whose positions start at {@code base}. */
    public static double of(double[] x, double[] ideal, double[] salience, int base, int k) {
        double loss = 0;
        for (int j = 0; j < k; j++) loss += salience[base + j] * Math.abs(x[j] - ideal[base + j]);
        return 1 - loss;
    }

    /** Utility of the status quo (every issue at 0). */
    public static double ofStatusQuo(double[] ideal, double[] salience, int base, int k) {
        double loss = 0;
        for (int j = 0; j < k; j++) loss += salience[base + j] * ideal[base + j];
        return 1 - loss;
    }

    /** Utility gain from returning issue {@code j} of text {@code x} to the status quo. */
    public static double gainFromDropping(double[] x, double[] ideal, double[] salience, int base, int j) {
        return salience[base + j] * (Math.abs(x[j] - ideal[base + j]) - ideal[base + j]);
    }
}
