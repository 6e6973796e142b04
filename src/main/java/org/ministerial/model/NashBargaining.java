package org.ministerial.model;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BisectionSolver;

/**
 * The Nash bargaining solution over the actors of a run: {@code argmax_x sum_i log(U_i(x) - U_i(0))} over texts where
 * every actor gains on the status quo. When no text makes everyone better off the solution is the status quo (no
 * deal), as in Bouet and Laborde (2010) for Cancún.
 *
 * <p>With additive utilities each gain {@code g_i(x) = sum_k s_ik (p_ik - |x_k - p_ik|)} is concave and separable, so
 * the objective is concave. It is maximised by cyclic coordinate ascent: along one issue the derivative
 * {@code sum_i phi'(g_i) s_ik sign(p_ik - x_k)} is non-increasing (with jumps at the kinks), and its root is found by
 * bisection with commons-math3's {@link BisectionSolver} when the derivative changes sign on [0,1], else at the end
 * where it points (a root-polishing solver such as Brent's assumes continuity). {@code phi} is
 * {@code log} above a small floor and its tangent line below it, a concave C1 extension that pulls the search into
 * the region of mutual gains when it exists. Cost per sweep is O(N K log(1/tol)); no allocation per step.
 */
public final class NashBargaining {
    private static final double FLOOR = 1e-6;
    /** Smallest gain every actor must get for a solution to count: below it mutual gains are numerical noise. */
    private static final double MIN_GAIN = 1e-4;
    private static final double ACCURACY = 1e-5;
    private static final int MAX_EVALUATIONS = 100;
    private static final int MAX_SWEEPS = 20;
    private static final double TOLERANCE = 1e-5;

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
        double[] x = new double[k];
        double[] gain = new double[n];
        BisectionSolver solver = new BisectionSolver(ACCURACY);
        for (int j = 0; j < k; j++) x[j] = dropped[j] ? 0 : Math.min(1, Math.max(0, start[j]));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < k; j++) gain[i] += term(salience[i * k + j], ideal[i * k + j], x[j]);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double moved = 0;
            for (int j = 0; j < k; j++) {
                if (dropped[j]) continue;
                for (int i = 0; i < n; i++) gain[i] -= term(salience[i * k + j], ideal[i * k + j], x[j]);
                final int issue = j;
                UnivariateFunction derivative = v -> slope(ideal, salience, gain, n, k, issue, v);
                double next;
                if (derivative.value(0) <= 0) next = 0;
                else if (derivative.value(1) >= 0) next = 1;
                else next = solver.solve(MAX_EVALUATIONS, derivative, 0, 1);
                moved = Math.max(moved, Math.abs(next - x[j]));
                x[j] = next;
                for (int i = 0; i < n; i++) gain[i] += term(salience[i * k + j], ideal[i * k + j], x[j]);
            }
            if (moved < TOLERANCE) break;
        }
        for (int i = 0; i < n; i++) if (gain[i] < MIN_GAIN) return null;
        return x;
    }

    /** The contribution of one issue to an actor's gain over the status quo. */
    private static double term(double s, double p, double x) {
        return s * (p - Math.abs(x - p));
    }

    /** Derivative of the objective along issue j at value v, with the other issues' gains in {@code rest}. */
    private static double slope(double[] ideal, double[] salience, double[] rest, int n, int k, int j, double v) {
        double d = 0;
        for (int i = 0; i < n; i++) {
            double s = salience[i * k + j], p = ideal[i * k + j];
            if (s == 0) continue;
            double g = rest[i] + term(s, p, v);
            double weight = g > FLOOR ? 1 / g : 1 / FLOOR;
            d += weight * (v < p ? s : -s);
        }
        return d;
    }
}
