package org.ministerial.gui;

import org.ministerial.model.Issue;
import org.ministerial.scenario.PolicySpaceAxes;
import org.ministerial.scenario.Scenario;

import java.util.List;

/**
 * The two axes of the policy-space display, as the scenario declares them ({@code policy_space:} in the scenario file,
 * docs/scenarios.md; by default its first two issue groups). Each axis summarises its issues as the salience-weighted
 * mean of positions on them, {@code x = sum_{k in X} s_k q_k / sum_{k in X} s_k}, so a country sits where it stands on
 * the issues it cares about within the axis.
 */
public final class PolicyAxes {
    private final boolean[] onX, onY;
    private final String xName, yName, xLabel, yLabel;

    private PolicyAxes(boolean[] onX, boolean[] onY, String xName, String yName, String xLabel, String yLabel) {
        this.onX = onX;
        this.onY = onY;
        this.xName = xName;
        this.yName = yName;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** The axes a loaded scenario declares (or its default ones). */
    public static PolicyAxes of(Scenario scenario) {
        return of(scenario.spec().issues(), scenario.policySpace());
    }

    /**
     * The axes over a scenario's issues.
     *
     * @throws IllegalArgumentException if an axis names an issue that is not among {@code issues}
     */
    public static PolicyAxes of(List<Issue> issues, PolicySpaceAxes declared) {
        PolicySpaceAxes.Axis x = declared.x(), y = declared.y();
        return new PolicyAxes(members(issues, x), members(issues, y), name(x), name(y), label(x), label(y));
    }

    private static boolean[] members(List<Issue> issues, PolicySpaceAxes.Axis axis) {
        boolean[] in = new boolean[issues.size()];
        for (String id : axis.issues()) {
            int k = Issue.indexOf(issues, id);
            if (k < 0) throw new IllegalArgumentException("the policy space names no issue '" + id + "'");
            in[k] = true;
        }
        return in;
    }

    /** The axis title: {@code agriculture issues} for a group, the issue ids for a list. */
    private static String name(PolicySpaceAxes.Axis axis) {
        return axis.group().isEmpty() ? String.join(", ", axis.issues()) : axis.group() + " issues";
    }

    /** The axis with its issues: {@code agriculture (dom_support, ...)} for a group, the issue ids for a list. */
    private static String label(PolicySpaceAxes.Axis axis) {
        String ids = String.join(", ", axis.issues());
        return axis.group().isEmpty() ? ids : axis.group() + " (" + ids + ")";
    }

    /** Position on the x axis of a position vector under the given saliences, in [0,1]. */
    public double x(double[] position, double[] salience) {
        return composite(onX, position, salience);
    }

    /** Position on the y axis of a position vector under the given saliences, in [0,1]. */
    public double y(double[] position, double[] salience) {
        return composite(onY, position, salience);
    }

    /** Whether issue k counts on the x axis. */
    public boolean onX(int issue) {
        return onX[issue];
    }

    /** Whether issue k counts on the y axis. */
    public boolean onY(int issue) {
        return onY[issue];
    }

    /** Short name of the x axis for its title, e.g. {@code agriculture issues}. */
    public String xName() {
        return xName;
    }

    /** Short name of the y axis. */
    public String yName() {
        return yName;
    }

    /** The x axis: its group and issues, e.g. {@code agriculture (dom_support, ...)}. */
    public String xLabel() {
        return xLabel;
    }

    /** The y axis: its group and issues. */
    public String yLabel() {
        return yLabel;
    }

    /** Salience-weighted mean over the axis' issues; the plain mean when they all have zero salience. */
    private static double composite(boolean[] in, double[] position, double[] salience) {
        double num = 0, den = 0, plain = 0;
        int count = 0;
        for (int k = 0; k < in.length; k++) {
            if (!in[k]) continue;
            num += salience[k] * position[k];
            den += salience[k];
            plain += position[k];
            count++;
        }
        return den > 0 ? num / den : plain / count;
    }
}
