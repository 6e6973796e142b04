package org.ministerial.experiment;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris's one-factor-at-a-time trajectories on a {@code p}-level grid of the unit cube (Morris 1991,
 * "Factorial sampling plans for preliminary computational experiments", Technometrics 33, 161-174). Each trajectory
 * starts at a random grid point and moves every factor once, in random order, by {@code Delta = p / (2 (p - 1))} in
 * a random direction; the start is drawn where the move stays in [0, 1]. Deterministic for a given seed.
 */
public final class MorrisSample {
    /**
     * One trajectory.
     *
     * @param points    {@code k + 1} points, the start first
     * @param order     {@code order[s]} is the factor moved to reach point {@code s + 1}
     * @param direction {@code direction[i]} is +1 or -1, the sign of factor i's move
     */
    public record Trajectory(double[][] points, int[] order, int[] direction) {
    }

    private MorrisSample() {
    }

    public static Trajectory[] trajectories(int r, int k, int levels, long seed) {
        if (r < 1 || k < 1 || levels < 2 || levels % 2 != 0)
            throw new IllegalArgumentException("need r >= 1, k >= 1 and an even number of levels >= 2");
        RandomGenerator random = new MersenneTwister(seed);
        int half = levels / 2;
        double unit = 1.0 / (levels - 1);
        double delta = half * unit;
        Trajectory[] out = new Trajectory[r];
        for (int t = 0; t < r; t++) {
            int[] direction = new int[k];
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                direction[i] = random.nextBoolean() ? 1 : -1;
                // a +Delta move starts on levels 0 .. p/2-1, a -Delta move on levels p/2 .. p-1
                int level = random.nextInt(half) + (direction[i] > 0 ? 0 : half);
                x[i] = level * unit;
            }
            int[] order = new int[k];
            for (int i = 0; i < k; i++) order[i] = i;
            for (int i = k - 1; i > 0; i--) {
                int swap = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[swap];
                order[swap] = tmp;
            }
            double[][] points = new double[k + 1][];
            points[0] = x.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                x[i] = Math.min(1, Math.max(0, x[i] + direction[i] * delta));
                points[s + 1] = x.clone();
            }
            out[t] = new Trajectory(points, order, direction);
        }
        return out;
    }
}
