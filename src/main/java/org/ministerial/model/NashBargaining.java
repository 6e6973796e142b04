package org.ministerial.model;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The Nash bargaining solution over the actors of a run: {@code argmax_x sum_i log(U_i(x) - U_i(0))} over texts where
 * every actor gains on the status quo. When no text makes everyone better off the solution is the status quo (no
 * deal), as in Bouet and Laborde (2010) for Cancún.
 *
 * <p>With additive utilities each gain {@code g_i(x) = sum_k s_ik (p_ik - |x_k - p_ik|)} is concave, so the objective
 * is concave, but it has a kink wherever an issue's value meets an actor's ideal point, and the optimum often sits
 * on one (two coordinates in three on Cancún), where coordinate ascent crawls (after 20 sweeps it was still up to
 * 0.06 from the optimum on Cancún). This solver smooths instead: each {@code |d|} becomes {@code sqrt(d^2 + eps^2)},
 * which makes the objective smooth and strictly concave, solved by damped Newton steps (Cholesky of the Hessian,
 * Armijo backtracking; Nocedal and Wright, Numerical Optimization, 2nd ed., ch. 3) for eps from 3e-2 down by factors
 * of 10, each level starting where the last ended. {@code log} is replaced by its tangent below a floor, eps / 10 but
 * at least 1e-6: a concave C1 extension that draws the search into the region of mutual gains; lowering it with eps,
 * not in one jump, spares the level after a jump a dozen Newton steps.
 *
 * <p>From eps 1e-4 down each level ends with an attempt to finish exactly ({@code Problem.snap}): coordinates within
 * a few eps of an ideal point are put on it, the exact objective is maximised over the others, and the result is
 * kept only if it passes the kinked problem's optimality test (no one-sided derivative is positive). On Cancún it
 * passes at eps 3e-5 or 3e-6 in 99 solves in 100, and is then the optimum to rounding; otherwise the last level,
 * 3e-9, leaves a smoothed answer within about 1e-7 of it (a coordinate whose optimum is a kink stays a few eps off).
 *
 * <p>Cost: a few Newton steps per level, each O(N K^2) for N actors and K issues, with no allocation.
 */
public final class NashBargaining {
    /** The floor of the logarithm at a level is eps times this, but at least {@link #FLOOR}. */
    private static final double FLOOR_PER_SMOOTHING = 0.1, FLOOR = 1e-6;
    /** Smallest gain every actor must get for a solution to count: below it mutual gains are numerical noise. */
    private static final double MIN_GAIN = 1e-4;
    private static final double FIRST_SMOOTHING = 3e-2, LAST_SMOOTHING = 3e-9, SMOOTHING_FACTOR = 0.1;
    /** The first level that tries to finish exactly: coarser ones rarely tell neighbouring kinks apart. */
    private static final double FIRST_SNAP = 1e-4, SNAP_RADIUS = 10;
    /**
     * The last level ends when the Newton decrement (twice the predicted gain) falls below this; a level before it
     * ends when the decrement falls below its eps, since its answer is only the next level's starting point.
     */
    private static final double DECREMENT_TOLERANCE = 1e-12;
    /** Exact searches: below POLISH the gain from a step is lost in rounding, so full steps are taken unchecked. */
    private static final double EXACT_TOLERANCE = 1e-26, POLISH = 1e-10;
    /** Newton steps allowed per level, and after snapping (more there means the kinks were guessed wrong). */
    private static final int MAX_NEWTON_STEPS = 60, MAX_EXACT_STEPS = 20;
    /** Backtracking starts at STEP_GROWTH times the last accepted step (at most 1). */
    private static final double ARMIJO = 1e-4, SMALLEST_STEP = 1e-12, STEP_GROWTH = 4;
    /** Optimality test: one-sided derivatives up to this fraction of their terms' sizes; unique optimum: no
     *  Cholesky pivot of the exact Hessian below UNIQUE of its diagonal. */
    private static final double CERTIFICATE_TOLERANCE = 1e-10, UNIQUE = 1e-10;

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
                problem.floor = Math.max(FLOOR, FLOOR_PER_SMOOTHING * eps);
                problem.maximise(x, problem.free, problem.free.length, eps,
                        last ? DECREMENT_TOLERANCE : Math.max(DECREMENT_TOLERANCE, eps), MAX_NEWTON_STEPS);
                if (eps <= FIRST_SNAP && problem.snap(x, eps)) break;
            }
        for (int j = 0; j < k; j++) x[j] = Math.min(1, Math.max(0, x[j]));
        problem.objective(x, 0);
        for (int i = 0; i < n; i++) if (problem.gain[i] < MIN_GAIN) return null;
        return x;
    }

    /**
     * The smoothed objective of one solve and the work arrays its Newton steps reuse (no allocation per step). Ideal
     * points and saliences are held issue by issue ({@code [issue * n + actor]}) so that the inner loops run over
     * actors with unit stride, which lets the JIT compiler vectorise the square roots and divisions.
     */
    private static final class Problem {
        /** Gains are summed in logs of products of this many factors: one logarithm instead of sixteen. */
        private static final int LOG_BATCH = 16;
        private final double[] ideal, salience;
        private final int n, k;
        /** The issues that move (not dropped), and those that move in the current search (a prefix of moving). */
        final int[] free;
        private final int[] moving;
        /** Minus the Hessian over the moving issues, row-major with stride {@code free.length}; factorised in place. */
        private final double[] curvature;
        private final double[] gradient, direction, trial, snapped;
        double floor = FLOOR; // below this gain the logarithm gives way to its tangent
        /** Per actor: its smoothed gain, the objective's first and (minus) second derivative there. */
        final double[] gain, first, second;
        /** Per issue and actor, the smoothed distance from the ideal point. */
        private final double[] distance;
        /** Per moving issue and actor: the slope of the actor's gain, it times the second derivative, the bend. */
        private final double[] slope, weighted, bend;

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
            free = IntStream.range(0, k).filter(j -> !dropped[j]).toArray();
            int count = free.length;
            moving = new int[count];
            curvature = new double[count * count];
            gradient = new double[count];
            direction = new double[count];
            trial = new double[k];
            snapped = new double[k];
            gain = new double[n];
            first = new double[n];
            second = new double[n];
            distance = new double[k * n];
            slope = new double[count * n];
            weighted = new double[count * n];
            bend = new double[count * n];
        }

        /**
         * Damped Newton ascent, from x and into x, of the objective smoothed by eps (exact when 0) over the first m
         * issues of {@code issues}. A failed step is cut to the maximum of the quadratic through the value and slope
         * at 0 and the value at the trial, within [0.1, 0.5] of it (Nocedal and Wright, sec. 3.5): far fewer
         * evaluations than halving when a step must shrink a hundredfold.
         */
        void maximise(double[] x, int[] issues, int m, double eps, double tolerance, int maxSteps) {
            // far from the optimum, where some actors lose, full Newton steps overshoot for many steps in a row
            double lastStep = 1, value = objective(x, eps);
            for (int step = 0; step < maxSteps && m > 0; step++) {
                differentiate(x, issues, m, eps);
                newtonDirection(m);
                double decrement = 0;
                for (int a = 0; a < m; a++) decrement += gradient[a] * direction[a];
                if (!(decrement > tolerance)) return;
                if (eps == 0 && decrement < POLISH) {
                    for (int a = 0; a < m; a++) x[issues[a]] += direction[a];
                    value = objective(x, eps);
                    continue;
                }
                double t = Math.min(1, STEP_GROWTH * lastStep), reached;
                while (true) {
                    System.arraycopy(x, 0, trial, 0, k);
                    for (int a = 0; a < m; a++) trial[issues[a]] += t * direction[a];
                    reached = objective(trial, eps);
                    if (reached >= value + ARMIJO * t * decrement) break;
                    double best = decrement * t * t / (2 * (value + decrement * t - reached));
                    t = best > 0.5 * t ? 0.5 * t : best > 0.1 * t ? best : 0.1 * t;
                    if (t < SMALLEST_STEP) return;
                }
                System.arraycopy(trial, 0, x, 0, k); // gain and distance now hold x
                value = reached;
                lastStep = t;
            }
        }

        /**
         * Tries to finish exactly: puts each free coordinate within {@link #SNAP_RADIUS} eps of an ideal point on the
         * nearest one (smoothing leaves a coordinate whose optimum is a kink a few eps from it), maximises the exact
         * objective over the others, and keeps the result, in x, only if it is the unique maximum.
         */
        boolean snap(double[] x, double eps) {
            System.arraycopy(x, 0, snapped, 0, k);
            int m = 0;
            for (int j : free) {
                double nearest = Double.NaN, gap = SNAP_RADIUS * eps;
                for (int i = 0, base = j * n; i < n; i++) {
                    double d = Math.abs(x[j] - ideal[base + i]);
                    if (salience[base + i] > 0 && d <= gap) {
                        gap = d;
                        nearest = ideal[base + i];
                    }
                }
                if (nearest == nearest) snapped[j] = nearest;
                else moving[m++] = j;
            }
            maximise(snapped, moving, m, 0, EXACT_TOLERANCE, MAX_EXACT_STEPS);
            if (!optimal(snapped)) return false;
            // a singular Hessian over the moving issues means a line of optima: keep the smoothed path's choice
            differentiate(snapped, moving, m, 0);
            if (m > 0 && !Cholesky.solve(curvature, free.length, m, gradient, direction, UNIQUE)) return false;
            System.arraycopy(snapped, 0, x, 0, k);
            return true;
        }

        /**
         * Whether x maximises the exact objective. It is concave, and each gain a sum of functions of one issue, so
         * its derivative along any direction d is {@code sum_j |d_j| D_j(sign d_j)}, where {@code D_j(+1)} and
         * {@code D_j(-1)} are the one-sided derivatives along issue j: x is the maximum when none of them is positive
         * (Rockafellar, Convex Analysis, 1970, thm. 23.2), here up to rounding.
         */
        private boolean optimal(double[] x) {
            objective(x, 0);
            for (int i = 0; i < n; i++) {
                if (!(gain[i] > 0)) return false;
                first[i] = 1 / gain[i];
            }
            for (int j : free) {
                double up = 0, down = 0, scale = 0;
                for (int i = 0, base = j * n; i < n; i++) {
                    double d = x[j] - ideal[base + i], term = first[i] * salience[base + i];
                    up += d >= 0 ? -term : term;
                    down += d <= 0 ? -term : term;
                    scale += term;
                }
                if (Math.max(up, down) > CERTIFICATE_TOLERANCE * scale) return false;
            }
            return true;
        }

        /**
         * Sets {@link #direction} to the solution of {@code (-H) d = gradient} ({@link Cholesky}), after a tiny ridge
         * on the diagonal; to the gradient itself when -H is not numerically positive definite.
         */
        private void newtonDirection(int m) {
            int f = free.length;
            double largest = 0;
            for (int a = 0; a < m; a++) largest = Math.max(largest, curvature[a * f + a]);
            for (int a = 0; a < m; a++) curvature[a * f + a] += 1e-12 + 1e-12 * largest;
            if (!Cholesky.solve(curvature, f, m, gradient, direction, 0)) System.arraycopy(gradient, 0, direction, 0, m);
        }

        /**
         * The objective at x, smoothed by eps; fills {@link #gain} and {@link #distance}. The square roots have a
         * loop of their own: the JIT compiler vectorises it, and not a loop that also updates the gains.
         */
        double objective(double[] x, double eps) {
            double eps2 = eps * eps;
            Arrays.fill(gain, 0);
            for (int j = 0; j < k; j++) {
                double xj = x[j];
                int base = j * n;
                for (int i = 0; i < n; i++) {
                    double d = xj - ideal[base + i];
                    distance[base + i] = Math.sqrt(d * d + eps2); // |d| when eps is 0
                }
                for (int i = 0; i < n; i++) gain[i] += salience[base + i] * (ideal[base + i] - distance[base + i]);
            }
            double sum = 0, product = 1;
            for (int i = 0; i < n; i++) {
                double g = gain[i];
                if (g > floor) product *= g;
                else sum += Math.log(floor) + (g - floor) / floor;
                if (i % LOG_BATCH == LOG_BATCH - 1) {
                    sum += Math.log(product);
                    product = 1;
                }
            }
            return sum + Math.log(product);
        }

        /**
         * Fills {@link #gradient} and {@link #curvature} (minus the Hessian) of the objective smoothed by eps over
         * the first m issues of {@code issues}, at the x whose {@link #objective} was computed last. With eps 0, a
         * moving issue at an actor's ideal point makes the gradient NaN, which ends the search ({@link #maximise}).
         */
        void differentiate(double[] x, int[] issues, int m, double eps) {
            int f = free.length;
            double eps2 = eps * eps;
            for (int i = 0; i < n; i++) {
                double g = gain[i];
                first[i] = g > floor ? 1 / g : 1 / floor;
                second[i] = g > floor ? first[i] * first[i] : 0;
            }
            for (int a = 0; a < m; a++) {
                int j = issues[a], base = j * n, row = a * n;
                double xj = x[j];
                for (int i = 0; i < n; i++) {
                    double inverse = 1 / distance[base + i], s = salience[base + i];
                    slope[row + i] = -s * (xj - ideal[base + i]) * inverse;
                    bend[row + i] = s * eps2 * inverse * inverse * inverse;
                }
                curvature[a * f + a] = Sums.dot(first, 0, bend, row, n);
                gradient[a] = Sums.dot(first, 0, slope, row, n);
                for (int i = 0; i < n; i++) weighted[row + i] = second[i] * slope[row + i];
            }
            for (int a = 0; a < m; a++)
                for (int b = 0; b <= a; b++)
                    curvature[a * f + b] = (b == a ? curvature[a * f + a] : 0)
                            + Sums.dot(weighted, a * n, slope, b * n, n);
        }
    }
}
