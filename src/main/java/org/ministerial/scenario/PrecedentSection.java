package org.ministerial.scenario;

import org.ministerial.model.Issue;
import org.ministerial.model.IssueMap;
import org.ministerial.model.NegotiationSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code precedent:} a scenario run first with the same seed, whose end state carries over (docs/scenarios.md;
 * docs/ODD.md 7.10). Either a file, {@code precedent: FILE}, which carries nothing on the issues, or
 * <pre>
 * precedent:
 *   scenario: FILE
 *   issues: {PRECEDENT_ISSUE: OWN_ISSUE, ...}
 * </pre>
 * naming which of the precedent's issues is which of this scenario's ({@code PRECEDENT_ISSUE: none} leaves one
 * unmapped). {@code precedent: none} removes an inherited precedent.
 * Every problem is recorded with its file and line.
 */
final class PrecedentSection {
    private static final Set<String> KEYS = Set.of("scenario", "issues");

    /** The precedent's spec, or null for none. */
    final NegotiationSpec spec;
    /** Which of its issues are which of this scenario's. */
    final IssueMap issues;

    private PrecedentSection(NegotiationSpec spec, IssueMap issues) {
        this.spec = spec;
        this.issues = issues;
    }

    static PrecedentSection read(Tree.Mapping root, List<Issue> own, List<Path> inputs, Problems problems) {
        Tree node = root.get("precedent");
        if (node == null || node instanceof Tree.Scalar none && none.value().equals("none"))
            return new PrecedentSection(null, IssueMap.NONE);
        Tree.Scalar file;
        Tree map = null;
        if (node instanceof Tree.Scalar s) {
            file = s;
        } else if (node instanceof Tree.Mapping m) {
            for (String key : m.entries().keySet())
                if (!KEYS.contains(key))
                    problems.add(m.keyLocation(key), "unknown key '" + key + "' in 'precedent' (scenario, issues)");
            if (m.get("scenario") == null) {
                problems.add(m.location(), "'precedent' needs 'scenario', the file to run first");
                return new PrecedentSection(null, IssueMap.NONE);
            }
            if (!(m.get("scenario") instanceof Tree.Scalar s)) {
                problems.add(m.get("scenario").location(), "'precedent.scenario' must name one scenario file");
                return new PrecedentSection(null, IssueMap.NONE);
            }
            file = s;
            map = m.get("issues");
        } else {
            problems.add(node.location(), "'precedent' must name one scenario file, or be a mapping with 'scenario'"
                    + " and 'issues'");
            return new PrecedentSection(null, IssueMap.NONE);
        }
        NegotiationSpec spec = load(file, inputs, problems);
        return new PrecedentSection(spec, issueMap(map, spec, own, problems));
    }

    private static NegotiationSpec load(Tree.Scalar file, List<Path> inputs, Problems problems) {
        Path path = InputTable.resolve(file);
        if (!path.toFile().isFile()) {
            problems.add(file.location(), "precedent '" + file.value() + "': no such file ("
                    + Resolution.label(path) + ")");
            return null;
        }
        try {
            Scenario s = ScenarioLoader.loadAsPrecedent(path, file.location());
            inputs.addAll(s.inputs());
            return s.spec();
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * {@code issues: {PRECEDENT_ISSUE: OWN_ISSUE}}: each key an issue of the precedent, each value one issue of this
     * scenario, no issue of this scenario named twice. Keys are checked only when the precedent loaded.
     */
    private static IssueMap issueMap(Tree node, NegotiationSpec precedent, List<Issue> own, Problems problems) {
        if (node == null) return IssueMap.NONE;
        if (!(node instanceof Tree.Mapping m)) {
            problems.add(node.location(), "'precedent.issues' must be a mapping of the precedent's issue ids to this"
                    + " scenario's (market_access: agriculture)");
            return IssueMap.NONE;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        Map<String, String> imageOf = new LinkedHashMap<>();
        for (Map.Entry<String, Tree> e : m.entries().entrySet()) {
            String from = e.getKey();
            Tree.Location at = m.keyLocation(from);
            boolean ok = true;
            if (precedent != null && precedent.indexOfIssue(from) < 0) {
                problems.add(at, "precedent issue '" + from + "' is not an issue of " + precedent.name() + " ("
                        + ids(precedent.issues()) + ")");
                ok = false;
            }
            if (!(e.getValue() instanceof Tree.Scalar v)) {
                problems.add(e.getValue().location(), "precedent issue '" + from + "' must map to one issue id of"
                        + " this scenario, not a list or mapping");
                continue;
            }
            String to = v.value();
            if (to.equals("none")) continue; // unmapped: lets a scenario that extends another drop an inherited pair
            if (own.stream().noneMatch(i -> i.id().equals(to))) {
                problems.add(v.location(), "precedent issue '" + from + "' maps to '" + to
                        + "', which is not an issue of this scenario (" + ids(own) + ")");
                continue;
            }
            String earlier = imageOf.putIfAbsent(to, from);
            if (earlier != null) {
                problems.add(v.location(), "issue '" + to + "' is already the image of precedent issue '" + earlier
                        + "': each issue of this scenario takes the shifts of one precedent issue at most");
                continue;
            }
            if (ok) pairs.put(from, to);
        }
        return new IssueMap(pairs);
    }

    private static String ids(List<Issue> issues) {
        return String.join(", ", issues.stream().map(Issue::id).toList());
    }
}
