package org.ministerial.experiment;

import org.ministerial.model.Parameter;
import org.ministerial.scenario.Tree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads experiment files (docs/experiments.md). Every problem is reported with the file and line, all at once, in a
 * {@link ExperimentException}, so that an author fixes a file in one go.
 */
public final class ExperimentReader {
    private static final Set<String> TOP = new LinkedHashSet<>(List.of("name", "description", "scenario",
            "scenarios", "set", "seed", "replications", "seeds", "parameters", "design", "reference_coalition"));

    private final ExperimentFields yaml;
    private final Path file;

    private ExperimentReader(ExperimentFields yaml) {
        this.yaml = yaml;
        this.file = yaml.file();
    }

    /**
     * Reads and checks an experiment file (but not the scenarios it names; {@link SweepPlan} loads those).
     *
     * @throws ExperimentException listing every problem, each with file and line
     */
    public static Experiment read(Path file) throws ExperimentException {
        return new ExperimentReader(new ExperimentFields(file, TOP, "the experiment")).read();
    }

    private Experiment read() throws ExperimentException {
        Map<String, Tree> top = yaml.top();
        List<String> labels = new ArrayList<>();
        List<Path> scenarios = scenarios(yaml.root(), top, labels);
        Map<String, String> fixed = yaml.fixed();
        long seed = yaml.seed();
        int replications = top.containsKey("replications")
                ? (int) yaml.integer(top.get("replications"), "replications", 1, 1_000_000, 1) : 1;
        Seeds seeds = seeds(top.get("seeds"));
        DesignReader designs = new DesignReader(yaml, seed);
        Design design = designs.design(top.get("design"), yaml.root());
        List<Factor> factors = design instanceof Design.Explicit list
                ? keysOf(list, top.get("parameters"), designs.pointNodes())
                : factors(top.get("parameters"), design);
        for (Factor f : factors)
            if (fixed.containsKey(f.key())) yaml.problem(top.get("set"), "'" + f.key() + "' is both fixed in set:"
                    + " and varied in the design");
        if (design instanceof Design.Saltelli && factors.size() > SaltelliSample.MAX_FACTORS)
            yaml.problem(top.get("parameters"), "a saltelli design takes at most " + SaltelliSample.MAX_FACTORS
                    + " parameters");
        if (scenarios.size() > 1 && (design instanceof Design.Saltelli || design instanceof Design.Morris))
            yaml.problem(top.get("design"), "a " + design.type() + " design analyses one scenario; list the "
                    + "scenarios in separate experiments");
        List<Integer> referenceLines = new ArrayList<>();
        List<String> reference = reference(top.get("reference_coalition"), referenceLines);
        yaml.check();
        java.util.Objects.requireNonNull(design, "a design that cannot be read is a problem reported above");
        return new Experiment(yaml.name(), file, scenarios, labels, top.containsKey("scenarios"), fixed, factors, design,
                replications, seed, seeds, reference, referenceLines);
    }

    private List<Path> scenarios(Tree.Mapping root, Map<String, Tree> top, List<String> labels) {
        List<Tree> nodes;
        if (top.containsKey("scenario") == top.containsKey("scenarios")) {
            yaml.problem(root, "give either scenario: (one file) or scenarios: (a list of files to compare)");
            return List.of();
        }
        nodes = top.containsKey("scenario") ? List.of(top.get("scenario"))
                : yaml.items(top.get("scenarios"), "scenarios");
        if (top.containsKey("scenarios") && nodes.isEmpty()) yaml.problem(top.get("scenarios"), "no scenarios");
        List<Path> paths = new ArrayList<>();
        for (Tree n : nodes) {
            String written = yaml.text(n, "a scenario");
            if (written == null) continue;
            Path p = yaml.scenario(n, written);
            if (labels.contains(written)) yaml.problem(n, "scenario " + written + " is listed twice");
            labels.add(written);
            paths.add(p);
        }
        return paths;
    }

    private Seeds seeds(Tree node) {
        if (node == null) return Seeds.INDEPENDENT;
        String t = yaml.text(node, "seeds");
        for (Seeds s : Seeds.values()) if (s.label().equals(t)) return s;
        if (t != null) yaml.problem(node, "seeds must be independent or common, got '" + t + "'");
        return Seeds.INDEPENDENT;
    }

    /** The varied parameters; with no design (one that could not be read) only their own problems are reported. */
    private List<Factor> factors(Tree node, Design design) {
        List<Factor> factors = new ArrayList<>();
        boolean sampled = !(design instanceof Design.Factorial);
        if (node == null) {
            if (design != null && sampled)
                yaml.problem(yaml.root(), "a " + design.type() + " design needs parameters: with ranges");
            return factors;
        }
        Tree.Mapping m = yaml.mapping(node, "parameters");
        if (m == null) return factors;
        yaml.entries(m, null, "parameters").forEach((key, value) -> {
            Factor f = new FactorReader(yaml).factor(key, value);
            if (f == null) return;
            if (design == null) checkBounds(key, f, value);
            else if (sampled && !f.isRange())
                yaml.problem(value, key + ": a " + design.type() + " design samples ranges; give {min: .., max: ..}");
            else if (!sampled && f.isRange())
                yaml.problem(value, key + ": a factorial design needs values: [...] or from:, to:, step:");
            else if (checkBounds(key, f, value)) factors.add(f);
        });
        if (design != null && sampled && factors.isEmpty() && m.entries().isEmpty())
            yaml.problem(node, "a " + design.type() + " design needs at least one parameter");
        return factors;
    }

    /** Checks a model parameter's values or range against its documented bounds. */
    private boolean checkBounds(String key, Factor f, Tree at) {
        if (!key.startsWith(Parameter.SET_PREFIX)) return true;
        Parameter d = Parameter.bySetKey(key);
        if (d == null) {
            yaml.problem(at, ExperimentFields.unknownParameter(key));
            return false;
        }
        if (d.flag()) return true;
        List<Double> ends = new ArrayList<>();
        if (f.isRange()) ends.addAll(List.of(f.min(), f.max()));
        else for (String v : f.values()) {
            try {
                ends.add(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                yaml.problem(at, key + ": '" + v + "' is not a number");
                return false;
            }
        }
        for (double v : ends)
            if (v < d.min() || v > d.max()) {
                yaml.problem(at, key + ": " + v + " is outside the parameter's range [" + d.min() + ", " + d.max()
                        + "]");
                return false;
            }
        return true;
    }

    /**
     * A list design's factors: the keys its points use, in order of first use. Every point's model parameters must be
     * known, reported at the point's line with the parameter meant; its other keys, paths into the scenario, are
     * checked when {@link SweepPlan} loads the scenario. (A value the scenario rejects fails that point's runs.)
     */
    private List<Factor> keysOf(Design.Explicit list, Tree parameters, List<Tree.Mapping> nodes) {
        if (parameters != null)
            yaml.problem(parameters, "a list design takes its parameters from its points; remove parameters:");
        for (Tree.Mapping m : nodes)
            for (String key : m.entries().keySet())
                if (key.startsWith(Parameter.SET_PREFIX) && Parameter.bySetKey(key) == null)
                    yaml.problem(m.entries().get(key), ExperimentFields.unknownParameter(key));
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Map<String, String> p : list.points())
            p.forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        List<Factor> factors = new ArrayList<>();
        values.forEach((k, v) -> factors.add(Factor.of(k, v)));
        return factors;
    }

    /**
     * The reference coalition's codes, and each one's line into {@code lines}; whether they are actors of the
     * scenarios is checked by {@link SweepPlan}, which loads them.
     */
    private List<String> reference(Tree node, List<Integer> lines) {
        if (node == null) return List.of();
        List<String> codes = new ArrayList<>();
        for (Tree n : yaml.items(node, "reference_coalition")) {
            String t = yaml.text(n, "an actor code");
            if (t == null) continue;
            String code = t.strip().toUpperCase(Locale.ROOT);
            codes.add(code);
            lines.add(n.location().line());
        }
        if (codes.isEmpty() && node instanceof Tree.Sequence) yaml.problem(node, "reference_coalition is empty");
        return codes;
    }
}
