package org.ministerial.experiment;

import org.ministerial.scenario.Tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an experiment's {@code design:}: a type name alone ({@code design: factorial}) or a mapping with {@code type:}
 * and the type's options. Without {@code design:} the design is factorial.
 */
final class DesignReader {
    // lists, not Set.of: an error message names them, and Set.of's order changes from one JVM to the next
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "factorial", List.of("type"),
            "list", List.of("type", "points"),
            "latin_hypercube", List.of("type", "samples", "seed"),
            "saltelli", List.of("type", "base_samples"),
            "morris", List.of("type", "trajectories", "levels", "seed"));

    private final ExperimentFields yaml;
    private final long experimentSeed;
    private final List<Tree.Mapping> pointNodes = new ArrayList<>();

    DesignReader(ExperimentFields yaml, long experimentSeed) {
        this.yaml = yaml;
        this.experimentSeed = experimentSeed;
    }

    /**
     * The design, or null after reporting why it cannot be read (so that its parameters are not also reported as
     * unfit for a design the file does not ask for).
     */
    Design design(Tree node, Tree root) {
        if (node == null) return new Design.Factorial();
        if (node instanceof Tree.Scalar s) return byName(s.value(), s, Map.of());
        Tree.Mapping m = yaml.mapping(node, "design");
        if (m == null) return null;
        Map<String, Tree> e = yaml.entries(m, null, "design");
        if (!e.containsKey("type")) {
            yaml.problem(node, "design needs a type: one of " + String.join(", ", types()));
            return null;
        }
        String type = yaml.text(e.get("type"), "design type");
        List<String> allowed = OPTIONS.get(type);
        if (allowed != null)
            for (String k : e.keySet())
                if (!allowed.contains(k)) yaml.problem(node, "a " + type + " design has no option '" + k
                        + "' (it takes " + String.join(", ", allowed) + ")");
        return byName(type, e.get("type"), e);
    }

    private Design byName(String type, Tree at, Map<String, Tree> e) {
        try {
            switch (type == null ? "" : type) {
                case "factorial":
                    return new Design.Factorial();
                case "list":
                    return points(e.get("points"), at);
                case "latin_hypercube":
                    return new Design.LatinHypercube(count(e, "samples", at), seed(e));
                case "saltelli":
                    return new Design.Saltelli(count(e, "base_samples", at));
                case "morris":
                    return new Design.Morris(count(e, "trajectories", at),
                            e.containsKey("levels") ? (int) yaml.integer(e.get("levels"), "levels", 2, 1000, 4) : 4,
                            seed(e));
                default:
                    yaml.problem(at, "unknown design type '" + type + "' (expected one of " + String.join(", ",
                            types()) + ")");
                    return null;
            }
        } catch (IllegalArgumentException ex) {
            yaml.problem(at, "design: " + ex.getMessage());
            return null;
        }
    }

    private int count(Map<String, Tree> e, String key, Tree at) {
        if (!e.containsKey(key)) {
            yaml.problem(at, "this design needs " + key + ":");
            return 2;
        }
        return (int) yaml.integer(e.get(key), key, 1, 10_000_000, 2);
    }

    private long seed(Map<String, Tree> e) {
        return e.containsKey("seed") ? yaml.seed(e.get("seed"), "design seed", 1) : experimentSeed;
    }

    private Design.Explicit points(Tree node, Tree at) {
        if (node == null) {
            yaml.problem(at, "a list design needs points: [{key: value, ...}, ...]");
            return new Design.Explicit(List.of(Map.of()));
        }
        List<Map<String, String>> points = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Tree p : yaml.items(node, "points")) {
            Tree.Mapping m = yaml.mapping(p, "a design point");
            if (m == null) continue;
            Map<String, String> values = new LinkedHashMap<>();
            yaml.entries(m, null, "a design point").forEach((k, v) -> {
                String t = yaml.text(v, k);
                if (t != null) values.put(k, t);
            });
            points.add(values);
            lines.add(m.location().line());
            pointNodes.add(m);
        }
        return points.isEmpty() ? new Design.Explicit(List.of(Map.of())) : new Design.Explicit(points, lines);
    }

    /** The points of a list design as read, for checks of their keys and values; empty for other designs. */
    List<Tree.Mapping> pointNodes() {
        return pointNodes;
    }

    private static List<String> types() {
        return List.of("factorial", "list", "latin_hypercube", "saltelli", "morris");
    }
}
