package org.ministerial.experiment;

import org.ministerial.batch.SeedText;
import org.ministerial.files.Problem;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.YamlFiles;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an experiment file's YAML as a tree of nodes that know their line, and collects every problem found while
 * reading it as {@code file:line: message}. Only the composer runs, so YAML tags can never instantiate anything.
 * Experiment files of every kind (sweeps, calibrations) are read through it.
 */
public final class YamlNodes {
    private final String label;
    private final List<Problem> problems = new ArrayList<>();

    public YamlNodes(String label) {
        this.label = label;
    }

    /** The file's top-level mapping. */
    public MappingNode read(Path file) throws ExperimentException {
        Node root;
        try {
            root = YamlFiles.compose(file, label);
        } catch (ScenarioException e) {
            throw new ExperimentException(e.problems());
        }
        if (!(root instanceof MappingNode m))
            throw new ExperimentException(new Problem(label, root == null ? 1 : line(root),
                    "an experiment file is a mapping of keys (name, scenario, parameters, design, ...)"));
        return m;
    }

    public static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    public void problem(Node at, String message) {
        problems.add(new Problem(label, at == null ? 0 : line(at), message));
    }

    /** Throws every problem found so far, if any. */
    public void check() throws ExperimentException {
        if (!problems.isEmpty()) throw new ExperimentException(problems);
    }

    /** A mapping's entries by key, reporting duplicate keys, non-scalar keys and keys outside {@code allowed}. */
    public Map<String, Node> entries(MappingNode m, Set<String> allowed, String where) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), "keys must be plain text");
                continue;
            }
            String key = k.getValue();
            if (allowed != null && !allowed.contains(key))
                problem(k, "unknown key '" + key + "' in " + where + " (expected one of " + String.join(", ",
                        allowed) + ")");
            else if (out.put(key, t.getValueNode()) != null) problem(k, "duplicate key '" + key + "'");
        }
        return out;
    }

    /** A scalar's text, or null (with a problem) if the node is not a scalar. */
    public String text(Node n, String what) {
        if (n instanceof ScalarNode s) return s.getValue();
        problem(n, what + " must be a single value");
        return null;
    }

    /** A list's items, or an empty list (with a problem). */
    public List<Node> items(Node n, String what) {
        if (n instanceof SequenceNode s) return s.getValue();
        problem(n, what + " must be a list, e.g. [a, b]");
        return List.of();
    }

    public MappingNode mapping(Node n, String what) {
        if (n instanceof MappingNode m) return m;
        problem(n, what + " must be a mapping of keys to values");
        return null;
    }

    /** A whole number within [min, max], or {@code fallback} (with a problem). */
    public long integer(Node n, String what, long min, long max, long fallback) {
        String t = text(n, what);
        if (t == null) return fallback;
        try {
            long v = Long.parseLong(t.strip());
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(n, what + " must be a whole number" + (max == Long.MAX_VALUE ? " of at least " + min
                : " between " + min + " and " + max) + ", got '" + t + "'");
        return fallback;
    }

    /**
     * A seed: a whole number, or written as {@code runs.csv} writes seeds ({@code x} and 16 hexadecimal digits,
     * {@link SeedText}), so a run's seed can be copied into an experiment file; {@code fallback} (with a problem)
     * otherwise.
     */
    public long seed(Node n, String what, long fallback) {
        String t = text(n, what);
        if (t == null) return fallback;
        try {
            return SeedText.parse(t);
        } catch (NumberFormatException e) {
            problem(n, what + " must be a whole number, or x and 16 hexadecimal digits as in runs.csv, got '" + t
                    + "'");
            return fallback;
        }
    }

    /** A finite number, or NaN (with a problem). */
    public double number(Node n, String what) {
        String t = text(n, what);
        if (t == null) return Double.NaN;
        try {
            double v = Double.parseDouble(t.strip());
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(n, what + " must be a number, got '" + t + "'");
        return Double.NaN;
    }

    /** A {@code set:} section: dotted keys to values as written, applied to every run like {@code --set}. */
    public Map<String, String> overrides(Node node) {
        Map<String, String> fixed = new java.util.LinkedHashMap<>();
        if (node == null) return fixed;
        MappingNode m = mapping(node, "set");
        if (m == null) return fixed;
        entries(m, null, "set").forEach((key, value) -> {
            String v = text(value, "set: " + key);
            if (v != null) fixed.put(key, v);
        });
        return fixed;
    }

    /** The name a file gives when its {@code name:} is absent: its file name without {@code .yaml}. */
    public static String defaultName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }
}
