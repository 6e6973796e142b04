package org.ministerial.scenario;

import org.ministerial.model.Issue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The two axes of the GUI's policy-space display, as a scenario declares them ({@code policy_space:}, see
 * docs/scenarios.md) or by default. Display data, never model input: no run reads it. Each axis is a set of issues,
 * named either by their group or one by one.
 *
 * @param x the horizontal axis
 * @param y the vertical axis
 */
public record PolicySpaceAxes(Axis x, Axis y) {
    public PolicySpaceAxes {
        if (x == null || y == null) throw new IllegalArgumentException("both axes are needed");
    }

    /**
     * One axis.
     *
     * @param group  the issue group it shows, or "" when it lists its issues one by one
     * @param issues the ids of its issues, in the scenario's issue order
     */
    public record Axis(String group, List<String> issues) {
        public Axis {
            group = group == null ? "" : group;
            issues = List.copyOf(issues);
            if (issues.isEmpty()) throw new IllegalArgumentException("an axis needs at least one issue");
        }

        /** Every issue of {@code group}, in issue order. */
        static Axis ofGroup(String group, List<Issue> issues) {
            List<String> ids = new ArrayList<>();
            for (Issue i : issues) if (i.group().equals(group)) ids.add(i.id());
            return new Axis(group, ids);
        }
    }

    /**
     * The axes of a scenario that declares none: its first two issue groups (in the order the issues list them);
     * with fewer than two groups, the first half of its issues across and the second half up (one issue: on both).
     *
     * @throws IllegalArgumentException if there are no issues
     */
    public static PolicySpaceAxes byDefault(List<Issue> issues) {
        if (issues.isEmpty()) throw new IllegalArgumentException("a policy space needs at least one issue");
        Set<String> groups = new LinkedHashSet<>();
        for (Issue i : issues) if (!i.group().isEmpty()) groups.add(i.group());
        if (groups.size() >= 2) {
            List<String> first = new ArrayList<>(groups);
            return new PolicySpaceAxes(Axis.ofGroup(first.get(0), issues), Axis.ofGroup(first.get(1), issues));
        }
        List<String> ids = issues.stream().map(Issue::id).toList();
        int half = Math.max(1, ids.size() / 2);
        List<String> up = ids.size() == 1 ? ids : ids.subList(half, ids.size());
        return new PolicySpaceAxes(new Axis("", ids.subList(0, half)), new Axis("", up));
    }
}
