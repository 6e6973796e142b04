package org.ministerial.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealVector;

/**
 * The Nash bargaining solution over the actors of a run: {@code argmax_x sum_i log(U_i(x) - U_i(0))} over texts where
 * every actor gains on the status quo. When no text makes everyone better off the solution is the status quo (no
 * deal), as in Bouet and Laborde (2010) for Cancún.
 *
 * <p>With additive utilities each gain {@code g_i(x) = sum_k s_ik (p_ik - |x_k - p_ik|)} is concave, so the objective
 * is concave, but it has a kink wherever an issue's value meets an actor's ideal point, and the optimum often sits
 * on one. Coordinate ascent, the obvious method, crawls along such kinks (after 20 sweeps it was still up to 0.06
 * from the optimum on Cancún, and missed mutual gains that exist). This solver smooths instead: each
 * {@code |d|} becomes {@code sqrt(d^2 + eps^2)}, which makes the objective smooth and strictly concave, and the
 * smoothed problem is solved by damped Newton steps (Cholesky of the Hessian by commons-math3, Armijo backtracking)
 * for {@code eps} from 1e-2 down to 1e-8, each level starting where the last ended. Smoothing moves each gain by at
 * most {@code eps} times the actor's total salience, so the last level's answer is within about 1e-8 of the kinked
 * optimum. {@code log} is replaced by its tangent below a floor of 1e-6 (1e-3 on the first level), a concave C1
 * extension that pulls the search into the region of mutual gains when it exists.
 *
 * <p>Cost: a few Newton steps per level, each O(N K^2) for N actors and K issues.
 */
public final class NashBargaining {
    private static final double FLOOR = 1e-6;
    /**
     * The floor of the first, coarsest level. From the compromise point hundreds of actors may lose; below the floor
     * the objective is linear and Newton's model of it poor, so a higher floor there reaches the region of mutual
     * gains in far fewer steps. Later levels use {@link #FLOOR}, so the answer is unchanged.
     */
    private static final double FIRST_LEVEL_FLOOR = 1e-3;
    /** Smallest gain every actor must get for a solution to count: below it mutual gains are numerical noise. */
    private static final double MIN_GAIN = 1e-4;
    private static final double FIRST_SMOOTHING = 1e-2;
    private static final double LAST_SMOOTHING = 1e-8;
    private static final double SMOOTHING_FACTOR = 0.1;
    private static final int MAX_NEWTON_STEPS = 60;
    /**
     * The last level ends when the Newton decrement (twice the predicted gain) falls below this; a level before it
     * ends when the decrement falls below its eps, since its answer is only the next level's starting point.
     */
    private static final double DECREMENT_TOLERANCE = 1e-12;
    private static final double ARMIJO = 1e-4;
    private static final double SMALLEST_STEP = 1e-12;
    /** Each backtracking search starts at this multiple of the last accepted step (at most 1). */
    private static final double STEP_GROWTH = 4;

    private NashBargaining() {
    }

    /**
     * @param ideal    ideal points, {@code [i * k + j]}
     * @param salience saliences, same layout
     * @param start    starting text (length k)
     * @param dropped  issues held at the status quo
     * @return the solution, or null when no text gives every actor a gain of at least 1e-4 over the status quo
     */
    public static double[] solve(double[] ideal, double[] salience, int n, int k, double[] start, boolean[] dropped) {
        Problem problem = new Problem(ideal, salience, n, k, dropped);
        double[] x = new double[k];
        for (int j = 0; j < k; j++) x[j] = dropped[j] ? 0 : Math.min(1, Math.max(0, start[j]));
        if (problem.free.length > 0)
            for (double eps = FIRST_SMOOTHING; eps >= LAST_SMOOTHING * 0.5; eps *= SMOOTHING_FACTOR) {
                boolean last = eps * SMOOTHING_FACTOR < LAST_SMOOTHING * 0.5;
                problem.floor = eps == FIRST_SMOOTHING ? FIRST_LEVEL_FLOOR : FLOOR;
                problem.maximise(x, eps, last ? DECREMENT_TOLERANCE : Math.max(DECREMENT_TOLERANCE, eps));
            }
        for (int j = 0; j < k; j++) x[j] = Math.min(1, Math.max(0, x[j]));
        for (int i = 0; i < n; i++) if (problem.exactGain(i, x) < MIN_GAIN) return null;
        return x;
    }

    /**
     * The smoothed objective of one solve and the work arrays its Newton steps reuse. Ideal points and saliences are
     * held issue by issue ({@code [issue * n + actor]}) so that the inner loops run over actors with unit stride,
     * which lets the JIT compiler vectorise the square roots and divisions that dominate the cost.
     */
    private static final class Problem {
        /** Gains are summed in logs of products of this many factors: one logarithm instead of sixteen. */
        private static final int LOG_BATCH = 16;
        private final double[] ideal;
        private final double[] salience;
        private final int n;
        private final int k;
        /** The issues that move (not dropped). */
        final int[] free;
        private final double[] gradient;
        private final double[][] curvature;
        private final double[] trial;
        /** Below this gain the logarithm gives way to its tangent. */
        double floor = FLOOR;
        /** Per actor: its smoothed gain, the objective's first and (minus) second derivative there. */
        private final double[] gain;
        private final double[] first;
        private final double[] second;
        /** Per issue and actor, the smoothed distance from the ideal point. */
        private final double[] distance;
        /** Per free issue and actor, the slope of the actor's gain along the issue. */
        private final double[] slope;

        Problem(double[] idealByActor, double[] salienceByActor, int n, int k, boolean[] dropped) {
            this.n = n;
            this.k = k;
            ideal = new double[n * k];
            salience = new double[n * k];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < k; j++) {
                    ideal[j * n + i] = idealByActor[i * k + j];
                    salience[j * n + i] = salienceByActor[i * k + j];
                }
            int count = 0;
            for (boolean d : dropped) if (!d) count++;
            free = new int[count];
            for (int j = 0, f = 0; j < k; j++) if (!dropped[j]) free[f++] = j;
            gradient = new double[count];
            curvature = new double[count][count];
            trial = new double[k];
            gain = new double[n];
            first = new double[n];
            second = new double[n];
            distance = new double[k * n];
            slope = new double[count * n];
        }

        /** Damped Newton ascent of the objective smoothed by {@code eps}, from x and into x. */
        void maximise(double[] x, double eps, double tolerance) {
            int f = free.length;
            // far from the optimum, where some actors lose, full Newton steps overshoot for many steps in a row
            double lastStep = 1;
            for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
                double value = differentiate(x, eps);
                double[] direction = newtonDirection();
                double decrement = 0;
                for (int a = 0; a < f; a++) decrement += gradient[a] * direction[a];
                if (!(decrement > tolerance)) return;
                boolean moved = false;
                for (double t = Math.min(1, STEP_GROWTH * lastStep); t >= SMALLEST_STEP; t *= 0.5) {
                    System.arraycopy(x, 0, trial, 0, k);
                    for (int a = 0; a < f; a++) trial[free[a]] += t * direction[a];
                    if (objective(trial, eps) >= value + ARMIJO * t * decrement) {
                        System.arraycopy(trial, 0, x, 0, k);
                        moved = true;
                        lastStep = t;
                        break;
                    }
                }
                if (!moved) return;
            }
        }

        /** Solves {@code (-H) d = gradient}; the gradient itself when -H is not numerically positive definite. */
        private double[] newtonDirection() {
            int f = free.length;
            double largest = 0;
            for (int a = 0; a < f; a++) largest = Math.max(largest, curvature[a][a]);
            double ridge = 1e-12 + 1e-12 * largest;
            for (int a = 0; a < f; a++) curvature[a][a] += ridge;
            try {
                CholeskyDecomposition cholesky = new CholeskyDecomposition(
                        new Array2DRowRealMatrix(curvature, false), 1e-10, 0);
                RealVector d = cholesky.getSolver().solve(new ArrayRealVector(gradient, false));
                return d.toArray();
            } catch (NonPositiveDefiniteMatrixException e) {
                return gradient.clone();
            }
        }

        /** Actor i's exact gain at x. */
        double exactGain(int i, double[] x) {
            double g = 0;
            for (int j = 0; j < k; j++) {
                double p = ideal[j * n + i];
                g += salience[j * n + i] * (p - Math.abs(x[j] - p));
            }
            return g;
        }

        /** Fills {@link #gain} and {@link #distance} at x, every distance smoothed by eps. */
        private void gains(double[] x, double eps) {
            double eps2 = eps * eps;
            java.util.Arrays.fill(gain, 0);
            for (int j = 0; j < k; j++) {
                double xj = x[j];
                int base = j * n;
                for (int i = 0; i < n; i++) {
                    double p = ideal[base + i];
                    double d = xj - p;
                    double r = Math.sqrt(d * d + eps2);
                    distance[base + i] = r;
                    gain[i] += salience[base + i] * (p - r);
                }
            }
        }

        /** The sum of {@code floorLog} over the gains in {@link #gain}. */
        private double sumOfLogs() {
            double sum = 0, product = 1;
            int factors = 0;
            for (int i = 0; i < n; i++) {
                double g = gain[i];
                if (g > floor) {
                    product *= g;
                    if (++factors == LOG_BATCH) {
                        sum += Math.log(product);
                        product = 1;
                        factors = 0;
                    }
                } else {
                    sum += floorLog(g);
                }
            }
            return sum + Math.log(product);
        }

        double objective(double[] x, double eps) {
            gains(x, eps);
            return sumOfLogs();
        }

        /**
         * The smoothed objective at x; fills {@link #gradient} and {@link #curvature} (minus the Hessian) over the
         * free issues.
         */
        double differentiate(double[] x, double eps) {
            int f = free.length;
            double eps2 = eps * eps;
            gains(x, eps);
            double value = sumOfLogs();
            for (int i = 0; i < n; i++) {
                double g = gain[i];
                first[i] = g > floor ? 1 / g : 1 / floor;
                second[i] = g > floor ? first[i] * first[i] : 0;
            }
            for (int a = 0; a < f; a++) {
                int j = free[a];
                int base = j * n, row = a * n;
                double xj = x[j];
                double grad = 0, diagonal = 0;
                for (int i = 0; i < n; i++) {
                    double s = salience[base + i];
                    double inverse = 1 / distance[base + i];
                    double sl = -s * (xj - ideal[base + i]) * inverse;
                    slope[row + i] = sl;
                    grad += first[i] * sl;
                    diagonal += first[i] * s * eps2 * inverse * inverse * inverse;
                }
                gradient[a] = grad;
                curvature[a][a] = diagonal;
            }
            for (int a = 0; a < f; a++)
                for (int b = 0; b <= a; b++) {
                    double c = 0;
                    int ra = a * n, rb = b * n;
                    for (int i = 0; i < n; i++) c += second[i] * slope[ra + i] * slope[rb + i];
                    if (b == a) {
                        curvature[a][a] += c;
                    } else {
                        curvature[a][b] = c;
                        curvature[b][a] = c;
                    }
                }
            return value;
        }

        private double floorLog(double g) {
            return g > floor ? Math.log(g) : Math.log(floor) + (g - floor) / floor;
        }
    }
}
