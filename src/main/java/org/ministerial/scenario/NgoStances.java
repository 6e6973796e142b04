package org.ministerial.scenario;

import org.ministerial.model.Issue;

import java.util.Arrays;
import java.util.List;

/** An organisation's or a sector's stance as written: {@code {issue_id: -1..1, ...}}. */
final class NgoStances {
    private NgoStances() {
    }

    /** A stance mapping of issue ids to -1..1; issues it does not name take {@code missing}. */
    static double[] read(Tree.Mapping s, double missing, List<Issue> issues, Fields f) {
        double[] stance = new double[issues.size()];
        Arrays.fill(stance, missing);
        if (s == null) return stance;
        for (String key : s.entries().keySet())
            if (issues.stream().noneMatch(i -> i.id().equals(key)))
                f.problems().add(s.keyLocation(key), "stance names unknown issue '" + key + "'");
        for (int k = 0; k < issues.size(); k++)
            if (s.get(issues.get(k).id()) != null) stance[k] = f.number(s, issues.get(k).id(), 0, -1, 1);
        return stance;
    }
}
