package org.ministerial.model;

import java.util.List;
import java.util.Objects;

/**
 * One negotiating issue, scaled to [0,1]: 0 is the status quo (no new commitment), 1 the deepest commitment on the
 * table. Issues are data: a scenario names as many as it needs.
 *
 * @param id    short identifier used in files and on the command line, e.g. {@code dom_support}
 * @param name  human-readable name for tables and figures
 * @param group the family the issue belongs to (for example {@code agriculture} or {@code singapore}); used for the
 *              axes of the policy-space display and for grouped analysis
 */
public record Issue(String id, String name, String group) implements java.io.Serializable {
    public Issue {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        group = group == null ? "" : group;
    }

    /** The position of the issue with {@code id} among {@code issues}, or -1 if none has it. */
    public static int indexOf(List<Issue> issues, String id) {
        for (int k = 0; k < issues.size(); k++) if (issues.get(k).id().equals(id)) return k;
        return -1;
    }

    /** The ids of these issues, in order: the per-issue columns of the results tables end in them. */
    public static List<String> ids(List<Issue> issues) {
        return issues.stream().map(Issue::id).toList();
    }
}
