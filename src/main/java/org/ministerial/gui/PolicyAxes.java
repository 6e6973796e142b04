package org.ministerial.gui;

import org.ministerial.model.Issue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The two axes of the policy-space display. Each axis summarises a group of issues ({@link Issue#group()}) as the
 * salience-weighted mean of positions on them, {@code x = sum_{k in X} s_k q_k / sum_{k in X} s_k}, so a country sits
 * where it stands on the issues it cares about within the group. The x axis is the group {@code agriculture}
 * (agricultural liberalisation), the y axis the group {@code singapore} (commitment on the Singapore issues); a
 * scenario without those groups gets its first two issue groups, or its first two issues.
 */
public final class PolicyAxes {
    /** The group shown on the x axis when a scenario has it. */
    public static final String X_GROUP = "agriculture";
    /** The group shown on the y axis when a scenario has it. */
    public static final String Y_GROUP = "singapore";

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

    /**
     * The axes for a scenario's issues.
     *
     * @throws IllegalArgumentException if there are no issues
     */
    public static PolicyAxes of(List<Issue> issues) {
        if (issues.isEmpty()) throw new IllegalArgumentException("a policy space needs at least one issue");
        Set<String> groups = new LinkedHashSet<>();
        for (Issue i : issues) if (!i.group().isEmpty()) groups.add(i.group());
        List<String> ordered = new ArrayList<>(groups);
        String x = groups.contains(X_GROUP) ? X_GROUP : (ordered.isEmpty() ? null : ordered.get(0));
        String y = groups.contains(Y_GROUP) && !Y_GROUP.equals(x) ? Y_GROUP : null;
        for (String g : ordered) if (y == null && !g.equals(x)) y = g;
        if (x != null && y != null) return new PolicyAxes(members(issues, x), members(issues, y), x + " issues",
                y + " issues", label(issues, x), label(issues, y));
        // fewer than two groups: the first two issues, or one issue on both axes
        boolean[] first = new boolean[issues.size()], second = new boolean[issues.size()];
        first[0] = true;
        second[issues.size() > 1 ? 1 : 0] = true;
        String a = issues.get(0).id(), b = issues.get(issues.size() > 1 ? 1 : 0).id();
        return new PolicyAxes(first, second, a, b, a, b);
    }

    private static boolean[] members(List<Issue> issues, String group) {
        boolean[] in = new boolean[issues.size()];
        for (int k = 0; k < issues.size(); k++) in[k] = issues.get(k).group().equals(group);
        return in;
    }

    private static String label(List<Issue> issues, String group) {
        List<String> ids = new ArrayList<>();
        for (Issue i : issues) if (i.group().equals(group)) ids.add(i.id());
        return group + " (" + String.join(", ", ids) + ")";
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
