package org.ministerial.experiment;

import org.ministerial.batch.SeedText;
import org.ministerial.files.Problem;
import org.ministerial.model.Parameter;
import org.ministerial.model.Parameters;
import org.ministerial.scenario.Fields;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.Spelling;
import org.ministerial.scenario.Tree;
import org.ministerial.scenario.YamlFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an experiment file of any kind (a sweep, a calibration): the file is read as a scenario is, by
 * {@link YamlFiles} into a {@link Tree} whose nodes know their line, and its values through {@link Fields}, which
 * gathers every problem as {@code file:line: message}; {@link #check()} throws them all at once. Adds what only
 * experiment files have: seeds as {@code runs.csv} writes them, a {@code set:} section, scenario paths relative to
 * the file.
 */
public final class ExperimentFields {
    private final Path file;
    private final Tree.Mapping root;
    private final Fields fields = new Fields();
    private final Map<String, Tree> top;

    /**
     * Reads the file's top-level mapping, whose keys must be among {@code allowed} ({@code kind} names the file's
     * kind in messages: "the experiment").
     *
     * @throws ExperimentException if the file is missing, is not YAML or not a mapping
     */
    public ExperimentFields(Path file, Set<String> allowed, String kind) throws ExperimentException {
        this.file = file;
        Tree tree;
        try {
            tree = YamlFiles.read(file, file.toString());
        } catch (ScenarioException e) {
            throw new ExperimentException(e.problems());
        }
        if (!(tree instanceof Tree.Mapping m))
            throw new ExperimentException(new Problem(file.toString(), tree.location().line(),
                    "an experiment file is a mapping of keys (name, scenario, parameters, design, ...)"));
        root = m;
        top = entries(root, allowed, kind);
    }

    public Path file() {
        return file;
    }

    /** The file's top-level mapping. */
    public Tree.Mapping root() {
        return root;
    }

    /** The top-level entries with an allowed key. */
    public Map<String, Tree> top() {
        return top;
    }

    /** The name the file gives, or its file name without {@code .yaml}. */
    public String name() {
        return top.containsKey("name") ? text(top.get("name"), "name")
                : file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    /** The {@code set:} section's overrides (none without it). */
    public Map<String, String> fixed() {
        return overrides(top.get("set"));
    }

    /** The base seed, {@code seed:} (1 without it). */
    public long seed() {
        return top.containsKey("seed") ? seed(top.get("seed"), "seed", 1) : 1;
    }

    /** A scenario the file names, by a path relative to the file's folder; a missing file is a problem. */
    public Path scenario(Tree node, String written) {
        Path p = file.toAbsolutePath().getParent().resolve(written).normalize();
        if (!Files.isRegularFile(p)) problem(node, "scenario file not found: " + written
                + " (paths are relative to the experiment file's folder)");
        return p;
    }

    public void problem(Tree at, String message) {
        fields.problem(at, message);
    }

    /** Throws every problem found so far, if any. */
    public void check() throws ExperimentException {
        List<Problem> found = fields.found();
        if (!found.isEmpty()) throw new ExperimentException(found);
    }

    /** A mapping's entries by key; with {@code allowed}, other keys are reported (with the key meant) and left out. */
    public Map<String, Tree> entries(Tree.Mapping m, Set<String> allowed, String where) {
        if (allowed == null) return m.entries();
        fields.onlyKeys(m, where, allowed);
        Map<String, Tree> out = new LinkedHashMap<>(m.entries());
        out.keySet().retainAll(allowed);
        return out;
    }

    /** A scalar's text, or null (with a problem) if the node is not a scalar. */
    public String text(Tree n, String what) {
        return fields.text(n, what);
    }

    /** A list's items, or an empty list (with a problem). */
    public List<Tree> items(Tree n, String what) {
        return fields.sequence(n, what);
    }

    public Tree.Mapping mapping(Tree n, String what) {
        return fields.mapping(n, what);
    }

    /** A whole number within [min, max], or {@code fallback} (with a problem). */
    public long integer(Tree n, String what, long min, long max, long fallback) {
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
    public long seed(Tree n, String what, long fallback) {
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
    public double number(Tree n, String what) {
        return fields.number(n, what, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The message for a {@code parameters.<name>} key that names no model parameter, with the parameter most likely
     * meant, spelt as {@code --set} spells it.
     */
    public static String unknownParameter(String key) {
        String near = Spelling.closest(Parameter.bareKey(key),
                Parameters.DEFINITIONS.stream().map(Parameter::key).toList());
        return "unknown parameter '" + key + "'" + (near == null ? "" : " (did you mean '" + Parameter.SET_PREFIX
                + near + "'?)") + " (see the parameter table in docs/ODD.md)";
    }

    /** A {@code set:} section: dotted keys to values as written, applied to every run like {@code --set}. */
    public Map<String, String> overrides(Tree node) {
        Map<String, String> fixed = new LinkedHashMap<>();
        if (node == null) return fixed;
        Tree.Mapping m = mapping(node, "set");
        if (m == null) return fixed;
        m.entries().forEach((key, value) -> {
            String v = text(value, "set: " + key);
            if (v != null) fixed.put(key, v);
        });
        return fixed;
    }
}
