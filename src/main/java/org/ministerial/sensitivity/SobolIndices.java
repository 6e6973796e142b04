package org.ministerial.sensitivity;

/**
 * First- and total-order Sobol indices from a Saltelli design: the model's outputs on the rows of A, of B and of each
 * AB_i (A with column i from B).
 *
 * <ul>
 *   <li>Variance: {@code V = Var(f(A) ++ f(B))}, over the 2N outputs (as in Saltelli et al. 2010).</li>
 *   <li>First order (Saltelli et al. 2010, Table 2, (b)), on the centred outputs:
 *       {@code S_i = (1/N) sum_j (f(B)_j - m) (f(AB_i)_j - f(A)_j) / V}, with {@code m} the mean of all
 *       {@code (k + 2) N} outputs on A, B and every AB_i. Uncentred, the estimator's expectation is {@code V_i}
 *       whatever the output's mean, but its sampling error grows with the mean (the term {@code m (f(AB_i)_j -
 *       f(A)_j)} averages to zero only as N grows), so an output and {@code c - output} (the agreement and breakdown
 *       shares) got different indices, at small N wildly so. Centred, the indices of {@code Y}, {@code Y + c} and
 *       {@code c - Y} are the same. SALib standardises its outputs before this estimator for the same reason
 *       (SALib.analyze.sobol.analyze: {@code Y = (Y - Y.mean()) / Y.std()}, over all outputs; Herman and Usher 2017,
 *       "SALib: an open-source Python library for sensitivity analysis", J. Open Source Softw. 2(9), 97). Centring
 *       alone suffices here: the indices are ratios to {@code V}.</li>
 *   <li>Total order (Jansen 1999; Saltelli et al. 2010, Table 2, (f)):
 *       {@code ST_i = (1/(2N)) sum_j (f(A)_j - f(AB_i)_j)^2 / V}, a function of differences and so unchanged by
 *       centring; {@code V} is a variance and unchanged too.</li>
 * </ul>
 * Saltelli, Annoni, Azzini, Campolongo, Ratto and Tarantola (2010), "Variance based sensitivity analysis of model
 * output. Design and estimator for the total sensitivity index", Comput. Phys. Commun. 181, 259-270. Jansen (1999),
 * "Analysis of variance designs for model output", Comput. Phys. Commun. 117, 35-43.
 */
public final class SobolIndices {
    private final double[] fA;
    private final double[] fB;
    private final double[][] fAB;

    /**
     * @param fA  outputs on the N rows of A
     * @param fB  outputs on the N rows of B
     * @param fAB {@code fAB[i]}: outputs on the N rows of AB_i
     * @throws IllegalArgumentException if the arrays differ in length, are empty or hold non-finite values
     */
    public SobolIndices(double[] fA, double[] fB, double[][] fAB) {
        int n = fA.length;
        if (n < 2 || fB.length != n) throw new IllegalArgumentException("need N >= 2 outputs on A and on B alike");
        if (fAB.length < 1) throw new IllegalArgumentException("need at least one factor");
        for (double[] ab : fAB) if (ab.length != n) throw new IllegalArgumentException("every AB_i needs N outputs");
        for (double[] arr : new double[][] {fA, fB}) check(arr);
        for (double[] ab : fAB) check(ab);
        this.fA = fA.clone();
        this.fB = fB.clone();
        this.fAB = new double[fAB.length][];
        for (int i = 0; i < fAB.length; i++) this.fAB[i] = fAB[i].clone();
    }

    private static void check(double[] values) {
        for (double v : values) if (!Double.isFinite(v)) throw new IllegalArgumentException("outputs must be finite");
    }

    /** Number of rows N. */
    public int rows() {
        return fA.length;
    }

    /** Number of factors k. */
    public int factors() {
        return fAB.length;
    }

    /**
     * The indices computed on the given rows (all rows for the estimate, a resample for the bootstrap). The centring
     * mean is that of the given rows' outputs, so a bootstrap replicate repeats the whole estimator on its resample.
     *
     * @return {@code [2k + 1]}: the first-order indices, the total-order indices, then the variance; indices are NaN
     * when the variance is zero
     */
    public double[] estimate(int[] rows) {
        int n = rows.length;
        int k = fAB.length;
        double mean = 0;
        for (int j : rows) mean += fA[j] + fB[j];
        double all = mean;
        for (double[] ab : fAB) for (int j : rows) all += ab[j];
        mean /= 2.0 * n;
        all /= (k + 2.0) * n;
        double variance = 0;
        for (int j : rows) variance += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        variance /= 2.0 * n;
        double[] out = new double[2 * k + 1];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                first += (fB[j] - all) * (fAB[i][j] - fA[j]);
                double d = fA[j] - fAB[i][j];
                total += d * d;
            }
            out[i] = variance > 0 ? first / n / variance : Double.NaN;
            out[k + i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        out[2 * k] = variance;
        return out;
    }

    /** The indices on all rows. */
    public double[] estimate() {
        int[] all = new int[fA.length];
        for (int j = 0; j < all.length; j++) all[j] = j;
        return estimate(all);
    }

    /** The mean output over A and B. */
    public double mean() {
        double m = 0;
        for (int j = 0; j < fA.length; j++) m += fA[j] + fB[j];
        return m / (2.0 * fA.length);
    }
}
