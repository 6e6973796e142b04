package org.ministerial.calibration;

import org.ministerial.experiment.ExperimentException;
import org.ministerial.experiment.ExperimentFields;
import org.ministerial.experiment.Factor;
import org.ministerial.experiment.FactorReader;
import org.ministerial.model.Parameter;
import org.ministerial.scenario.Tree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads calibration experiment files (docs/experiments.md, "Calibration (ABC)") the way {@code ExperimentReader}
 * reads sweeps: every problem with file and line, all at once, in a {@link ExperimentException}. Whether a target's
 * measure exists is checked later, against a run of the model ({@link CalibrationPlan}).
 */
public final class CalibrationReader {
    private static final Set<String> TOP = new LinkedHashSet<>(List.of("name", "description", "scenario", "set",
            "seed", "priors", "targets", "holdout", "abc"));
    private static final Set<String> TARGET_KEYS = new LinkedHashSet<>(List.of("observed", "scale", "missing"));
    private static final Set<String> ABC_KEYS = new LinkedHashSet<>(List.of("particles", "runs_per_particle",
            "generations", "alpha", "final_tolerance", "max_proposals", "min_acceptance"));

    private final ExperimentFields yaml;

    private CalibrationReader(ExperimentFields yaml) {
        this.yaml = yaml;
    }

    /**
     * Reads and checks a calibration file (but not its scenario; {@link CalibrationPlan} loads that).
     *
     * @throws ExperimentException listing every problem, each with file and line
     */
    public static Calibration read(Path file) throws ExperimentException {
        return new CalibrationReader(new ExperimentFields(file, TOP, "the calibration")).read();
    }

    private Calibration read() throws ExperimentException {
        Map<String, Tree> top = yaml.top();
        Tree.Mapping root = yaml.root();
        if (!top.containsKey("scenario")) yaml.problem(root, "a calibration needs scenario: (the scenario file)");
        String label = top.containsKey("scenario") ? yaml.text(top.get("scenario"), "scenario") : null;
        Path scenario = label == null ? null : yaml.scenario(top.get("scenario"), label);
        Map<String, String> fixed = yaml.fixed();
        long seed = yaml.seed();
        List<Prior> priors = priors(top.get("priors"), root, fixed, top.get("set"));
        List<Target> targets = targets(top.get("targets"), "targets", true);
        if (!top.containsKey("targets")) yaml.problem(root, "a calibration needs targets: (the observed patterns)");
        List<Target> holdout = top.containsKey("holdout") ? targets(top.get("holdout"), "holdout", false) : List.of();
        for (Target h : holdout)
            if (targets.stream().anyMatch(t -> t.measure().equals(h.measure())))
                yaml.problem(top.get("holdout"), "'" + h.measure() + "' is both a target and held out; a holdout "
                        + "pattern is one kept out of the calibration");
        AbcSettings settings = settings(top.get("abc"));
        yaml.check();
        return new Calibration(yaml.name(), yaml.file(), scenario, label, fixed, seed, priors, targets, holdout, settings);
    }

    private List<Prior> priors(Tree node, Tree.Mapping root, Map<String, String> fixed, Tree set) {
        List<Prior> priors = new ArrayList<>();
        if (node == null) {
            yaml.problem(root, "a calibration needs priors: (the calibrated parameters with {min: .., max: ..})");
            return priors;
        }
        Tree.Mapping m = yaml.mapping(node, "priors");
        if (m == null) return priors;
        if (m.entries().isEmpty()) yaml.problem(node, "priors: is empty");
        yaml.entries(m, null, "priors").forEach((key, value) -> {
            Factor f = new FactorReader(yaml).factor(key, value);
            if (f == null) return;
            if (!f.isRange()) {
                yaml.problem(value, key + ": a prior is a range, {min: .., max: ..} (uniform)");
                return;
            }
            if (!(f.min() < f.max())) {
                yaml.problem(value, key + ": a prior's min must be below its max, got min " + f.min() + ", max "
                        + f.max());
                return;
            }
            if (f.integer() && Math.ceil(f.min()) >= Math.floor(f.max())) {
                yaml.problem(value, key + ": an integer prior needs at least two whole numbers between min and max");
                return;
            }
            if (fixed.containsKey(key)) {
                yaml.problem(set, "'" + key + "' is both fixed in set: and calibrated in priors:");
                return;
            }
            if (withinBounds(key, f, value)) priors.add(new Prior(key, f.min(), f.max(), f.integer()));
        });
        return priors;
    }

    /** A model parameter's prior must lie within the parameter's documented range (docs/ODD.md). */
    private boolean withinBounds(String key, Factor f, Tree at) {
        if (!key.startsWith(Parameter.SET_PREFIX)) return true;
        Parameter d = Parameter.bySetKey(key);
        if (d == null) {
            yaml.problem(at, ExperimentFields.unknownParameter(key));
            return false;
        }
        if (d.flag()) {
            yaml.problem(at, key + " is a switch (true/false); a prior needs a numeric parameter");
            return false;
        }
        if (f.min() < d.min() || f.max() > d.max()) {
            yaml.problem(at, key + ": the prior [" + f.min() + ", " + f.max() + "] leaves the parameter's range ["
                    + d.min() + ", " + d.max() + "]");
            return false;
        }
        return true;
    }

    private List<Target> targets(Tree node, String where, boolean scaleRequired) {
        List<Target> out = new ArrayList<>();
        if (node == null) return out;
        Tree.Mapping m = yaml.mapping(node, where);
        if (m == null) return out;
        if (m.entries().isEmpty()) yaml.problem(node, where + ": is empty");
        yaml.entries(m, null, where).forEach((measure, value) -> {
            if (!measure.matches("[a-z][a-z0-9_]*")) {
                yaml.problem(value, where + ": '" + measure + "' is not a measure name (lower-case letters, digits "
                        + "and _; see docs/experiments.md)");
                return;
            }
            Tree.Mapping t = yaml.mapping(value, measure);
            if (t == null) return;
            Map<String, Tree> e = yaml.entries(t, TARGET_KEYS, measure);
            if (!e.containsKey("observed")) {
                yaml.problem(value, measure + ": needs observed: (the observed value)");
                return;
            }
            double observed = yaml.number(e.get("observed"), measure + ": observed");
            double scale = 1;
            if (e.containsKey("scale")) scale = yaml.number(e.get("scale"), measure + ": scale");
            else if (scaleRequired) {
                yaml.problem(value, measure + ": needs scale: (the tolerance scale of its difference)");
                return;
            }
            double missing = e.containsKey("missing") ? yaml.number(e.get("missing"), measure + ": missing")
                    : Double.NaN;
            if (Double.isNaN(observed) || Double.isNaN(scale) || e.containsKey("missing") && Double.isNaN(missing))
                return;
            if (!(scale > 0)) {
                yaml.problem(e.get("scale"), measure + ": scale must be positive, got " + scale);
                return;
            }
            out.add(new Target(measure, observed, scale, missing, value.location().line()));
        });
        return out;
    }

    private AbcSettings settings(Tree node) {
        Map<String, Tree> e = Map.of();
        if (node != null) {
            Tree.Mapping m = yaml.mapping(node, "abc");
            if (m != null) e = yaml.entries(m, ABC_KEYS, "abc");
        }
        int particles = (int) whole(e, "particles", 2, 1_000_000, AbcSettings.DEFAULT_PARTICLES);
        int runs = (int) whole(e, "runs_per_particle", 1, 1_000_000, 1);
        int generations = (int) whole(e, "generations", 1, 10_000, AbcSettings.DEFAULT_GENERATIONS);
        long defaultProposals = Math.min(Integer.MAX_VALUE,
                (long) particles * AbcSettings.DEFAULT_PROPOSALS_PER_PARTICLE);
        int maxProposals = (int) whole(e, "max_proposals", particles, Integer.MAX_VALUE, defaultProposals);
        double alpha = fraction(e, "alpha", AbcSettings.DEFAULT_ALPHA, false);
        double minAcceptance = fraction(e, "min_acceptance", 0, true);
        double finalTolerance = 0;
        if (e.containsKey("final_tolerance")) {
            finalTolerance = yaml.number(e.get("final_tolerance"), "final_tolerance");
            if (finalTolerance < 0) yaml.problem(e.get("final_tolerance"), "final_tolerance must be at least 0");
            if (!(finalTolerance >= 0)) finalTolerance = 0;
        }
        return new AbcSettings(particles, runs, generations, alpha, finalTolerance, Math.max(maxProposals, particles),
                minAcceptance);
    }

    private long whole(Map<String, Tree> e, String key, long min, long max, long fallback) {
        return e.containsKey(key) ? yaml.integer(e.get(key), key, min, max, fallback) : fallback;
    }

    /** A number in (0, 1), or [0, 1) when {@code zeroAllowed}. */
    private double fraction(Map<String, Tree> e, String key, double fallback, boolean zeroAllowed) {
        if (!e.containsKey(key)) return fallback;
        double v = yaml.number(e.get(key), key);
        if (Double.isNaN(v)) return fallback;
        if (v >= 1 || v < 0 || v == 0 && !zeroAllowed) {
            yaml.problem(e.get(key), key + " must be " + (zeroAllowed ? "at least 0" : "above 0") + " and below 1, got "
                    + v);
            return fallback;
        }
        return v;
    }
}
