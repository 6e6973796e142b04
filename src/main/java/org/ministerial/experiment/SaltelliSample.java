package org.ministerial.experiment;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The matrices of Saltelli's scheme for first- and total-order Sobol indices (Saltelli 2002; Saltelli et al. 2010,
 * "Variance based sensitivity analysis of model output", Comput. Phys. Commun. 181, 259-270): A and B, N rows each,
 * from one 2k-dimensional Sobol sequence (Sobol' 1967; commons-math3's generator with Joe and Kuo's direction
 * numbers), A taking the first k coordinates and B the last k; the origin, the sequence's first point, is skipped.
 * The model is then evaluated on A, on B and on each AB_i, which is A with column i taken from B.
 *
 * <p>Point order: sample j gives the {@code k + 2} points A_j, AB_j^1, ..., AB_j^k, B_j, so point
 * {@code j (k + 2) + m} is A_j for m = 0, AB_j^m for 1 <= m <= k, and B_j for m = k + 1.
 */
public final class SaltelliSample {
    /** Most factors: commons-math3's Sobol generator has direction numbers for 1000 dimensions. */
    public static final int MAX_FACTORS = 500;

    private SaltelliSample() {
    }

    /** The {@code n (k + 2)} points in the unit cube, in the order above. */
    public static double[][] points(int n, int k) {
        if (n < 1 || k < 1 || k > MAX_FACTORS)
            throw new IllegalArgumentException("need n >= 1 and 1 <= k <= " + MAX_FACTORS + ", got " + n + ", " + k);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[][] out = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(v, 0, a, 0, k);
            System.arraycopy(v, k, b, 0, k);
            int at = j * (k + 2);
            out[at] = a;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out[at + 1 + i] = ab;
            }
            out[at + k + 1] = b;
        }
        return out;
    }
}
