package org.ministerial.scenario;

import org.ministerial.model.Issue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code policy_space: {x: AXIS, y: AXIS}}: the axes of the GUI's policy-space display (docs/scenarios.md). An axis is
 * an issue group ({@code x: agriculture}) or a list of issue ids ({@code x: [dom_support, cotton]}). Absent, the
 * axes are {@link PolicySpaceAxes#byDefault}. A name that is neither is reported with its file and line and the
 * name it most likely meant.
 */
final class PolicySpaceSection {
    private static final Set<String> KEYS = Set.of("x", "y");

    private PolicySpaceSection() {
    }

    static PolicySpaceAxes read(Tree.Mapping root, List<Issue> issues, Fields f) {
        if (issues.isEmpty()) return null; // already reported: a scenario needs issues
        Tree node = root.get("policy_space");
        if (node == null) return PolicySpaceAxes.byDefault(issues);
        Tree.Mapping m = f.mapping(node, "'policy_space'");
        if (m == null) return PolicySpaceAxes.byDefault(issues);
        f.onlyKeys(m, "'policy_space'", KEYS);
        PolicySpaceAxes.Axis x = axis(m, "x", issues, f), y = axis(m, "y", issues, f);
        return x == null || y == null ? PolicySpaceAxes.byDefault(issues) : new PolicySpaceAxes(x, y);
    }

    private static PolicySpaceAxes.Axis axis(Tree.Mapping m, String key, List<Issue> issues, Fields f) {
        Tree node = m.get(key);
        String where = "policy_space." + key;
        if (node == null) {
            f.problems().add(m.location(), "'policy_space' needs '" + key + "': an issue group or a list of issue ids");
            return null;
        }
        Set<String> groups = new LinkedHashSet<>(), ids = new LinkedHashSet<>();
        for (Issue i : issues) {
            if (!i.group().isEmpty()) groups.add(i.group());
            ids.add(i.id());
        }
        if (node instanceof Tree.Scalar s) {
            if (groups.contains(s.value())) return PolicySpaceAxes.Axis.ofGroup(s.value(), issues);
            String hint = ids.contains(s.value()) ? " ('" + s.value() + "' is an issue: write [" + s.value() + "])"
                    : near(s.value(), groups);
            f.problems().add(s.location(), where + ": no issue group '" + s.value() + "'" + hint + "; groups: "
                    + (groups.isEmpty() ? "none (list issue ids instead)" : String.join(", ", groups)));
            return null;
        }
        if (!(node instanceof Tree.Sequence)) {
            f.problems().add(node.location(), where + " must be an issue group or a list of issue ids");
            return null;
        }
        List<String> named = f.strings(node, "'" + where + "'");
        if (named.isEmpty()) {
            f.problems().add(node.location(), where + " lists no issue");
            return null;
        }
        Set<String> chosen = new LinkedHashSet<>();
        boolean known = true;
        for (String id : named) {
            if (!ids.contains(id)) {
                f.problems().add(node.location(), where + ": no issue '" + id + "'" + near(id, ids) + "; issues: "
                        + String.join(", ", ids));
                known = false;
            } else if (!chosen.add(id)) {
                f.problems().add(node.location(), where + " names issue '" + id + "' twice");
                known = false;
            }
        }
        if (!known) return null;
        // in the scenario's issue order, as the About tab and the axis labels list them
        List<String> ordered = new ArrayList<>();
        for (String id : ids) if (chosen.contains(id)) ordered.add(id);
        return new PolicySpaceAxes.Axis("", ordered);
    }

    private static String near(String typed, Set<String> known) {
        String near = Spelling.closest(typed, known);
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }
}
