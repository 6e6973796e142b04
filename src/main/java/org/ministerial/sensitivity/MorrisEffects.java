package org.ministerial.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Morris's elementary effects (Morris 1991) and their summaries for screening: for factor i, {@code mu} (mean effect),
 * {@code mu*} (mean absolute effect, Campolongo, Cariboni and Saltelli 2007, "An effective screening design for
 * sensitivity analysis of large models", Environ. Model. Softw. 22, 1509-1518) and {@code sigma} (standard deviation
 * of the effects, n - 1 denominator: non-linearity or interactions). An elementary effect is the change in output per
 * unit change of the factor, with factors scaled to [0, 1] over their ranges, so effects of different factors compare.
 */
public final class MorrisEffects {
    /**
     * One trajectory's evaluations.
     *
     * @param outputs the output at each of its {@code k + 1} points
     * @param moved   {@code moved[s]}: the factor that changed between point s and s + 1
     * @param steps   {@code steps[s]}: that factor's change, in units of its range (signed)
     */
    public record Trajectory(double[] outputs, int[] moved, double[] steps) {
    }

    /**
     * One factor's summary.
     *
     * @param mu      mean elementary effect
     * @param muStar  mean absolute elementary effect
     * @param sigma   standard deviation of the effects (NaN with fewer than two)
     * @param effects number of effects
     */
    public record Effect(double mu, double muStar, double sigma, int effects) {
    }

    private final int factors;
    private final List<double[]> effects = new ArrayList<>();

    /**
     * @param factors     number of factors k
     * @param trajectories the evaluations; a step of zero (an integer factor that rounding kept in place) gives no
     *                     effect
     */
    public MorrisEffects(int factors, List<Trajectory> trajectories) {
        if (factors < 1) throw new IllegalArgumentException("need at least one factor");
        if (trajectories.size() < 2) throw new IllegalArgumentException("need at least two trajectories");
        this.factors = factors;
        for (Trajectory t : trajectories) {
            if (t.outputs().length != t.moved().length + 1 || t.moved().length != t.steps().length)
                throw new IllegalArgumentException("a trajectory has one more output than steps");
            double[] e = new double[factors];
            Arrays.fill(e, Double.NaN);
            for (int s = 0; s < t.moved().length; s++) {
                int i = t.moved()[s];
                if (i < 0 || i >= factors) throw new IllegalArgumentException("factor index out of range: " + i);
                if (t.steps()[s] != 0) e[i] = (t.outputs()[s + 1] - t.outputs()[s]) / t.steps()[s];
            }
            effects.add(e);
        }
    }

    public int trajectories() {
        return effects.size();
    }

    /** Every factor's summary over the given trajectories (all of them, or a bootstrap resample). */
    public Effect[] summarise(int[] trajectories) {
        Effect[] out = new Effect[factors];
        for (int i = 0; i < factors; i++) {
            double sum = 0;
            double abs = 0;
            int n = 0;
            for (int t : trajectories) {
                double e = effects.get(t)[i];
                if (Double.isNaN(e)) continue;
                sum += e;
                abs += Math.abs(e);
                n++;
            }
            double mu = n == 0 ? Double.NaN : sum / n;
            double ss = 0;
            for (int t : trajectories) {
                double e = effects.get(t)[i];
                if (!Double.isNaN(e)) ss += (e - mu) * (e - mu);
            }
            out[i] = new Effect(mu, n == 0 ? Double.NaN : abs / n, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), n);
        }
        return out;
    }

    /** Every factor's summary over all trajectories. */
    public Effect[] summarise() {
        int[] all = new int[effects.size()];
        for (int t = 0; t < all.length; t++) all[t] = t;
        return summarise(all);
    }

    /** The mu* values of a resample, for bootstrap intervals. */
    public double[] muStar(int[] trajectories) {
        Effect[] e = summarise(trajectories);
        double[] out = new double[e.length];
        for (int i = 0; i < e.length; i++) out[i] = e[i].muStar();
        return out;
    }
}
