package org.ministerial.scenario;

import org.ministerial.model.Issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code issues:} the questions on the table, each with an id of lower case letters, digits and _ used once. */
final class IssuesSection {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private IssuesSection() {
    }

    static List<Issue> read(Tree.Mapping root, Fields f) {
        Problems problems = f.problems();
        List<Issue> out = new ArrayList<>();
        if (root.get("issues") == null) problems.add(root.location(), "a scenario needs 'issues'");
        for (Tree t : f.sequence(root.get("issues"), "'issues'")) {
            Tree.Mapping m = f.mapping(t, "an issue");
            if (m == null) continue;
            String id = f.required(m, "id", "an issue");
            f.onlyKeys(m, "an issue", Set.of("id", "name", "group"));
            if (id == null) continue;
            if (!ID.matcher(id).matches())
                problems.add(m.get("id").location(), "issue id '" + id + "' must be lower case letters, digits and _");
            else if (Issue.indexOf(out, id) >= 0) problems.add(m.location(), "issue '" + id + "' appears twice");
            else out.add(new Issue(id, f.string(m, "name", id), f.string(m, "group", "")));
        }
        return out;
    }
}
