package org.ministerial.experiment;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Latin hypercube samples of the unit cube (McKay, Beckman and Conover 1979): each axis is cut into {@code n} equal
 * strata and every stratum of every axis holds exactly one point; the strata of different axes are paired by
 * independent random permutations and each point lies uniformly within its cell. Deterministic for a given seed
 * (Mersenne Twister, Matsumoto and Nishimura 1998).
 */
final class LatinHypercube {
    private LatinHypercube() {
    }

    /**
     * @param n    points, at least 1
     * @param k    dimensions, at least 1
     * @param seed seed of the permutations and of the positions within cells
     * @return {@code n} rows of {@code k} coordinates in [0, 1)
     */
    static double[][] sample(int n, int k, long seed) {
        if (n < 1 || k < 1) throw new IllegalArgumentException("need n >= 1 and k >= 1, got " + n + ", " + k);
        RandomGenerator random = new MersenneTwister(seed);
        double[][] x = new double[n][k];
        int[] strata = new int[n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) strata[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int swap = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[swap];
                strata[swap] = t;
            }
            for (int i = 0; i < n; i++) x[i][j] = (strata[i] + random.nextDouble()) / n;
        }
        return x;
    }
}
