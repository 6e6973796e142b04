package org.ministerial.calibration;

import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.RunSeeds;
import org.ministerial.experiment.ExperimentException;
import org.ministerial.files.Problem;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;
import org.ministerial.scenario.ScenarioVariants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A calibration ready to run: its scenario loaded with the fixed {@code set:} overrides, and a way to make the model
 * input of any parameter vector: what loading the scenario with the fixed overrides and the vector's values gives,
 * exactly as a sweep's design point. When every calibrated key is a model parameter ({@code parameters.<name>}) the
 * files are not read again: a particle's input is the base's with those parameters ({@link ScenarioVariants}), held
 * against the scenario's {@code parameter_uncertainty} as a loaded one would hold them; any other key (a path into the
 * scenario) loads the scenario with the overrides.
 *
 * <p>Making the plan checks what can only be checked against the scenario and the model: a scenario key must load
 * (tried at the priors' midpoints), and every target and holdout measure must be one a run reports (tried on one
 * run of the base scenario), so that a typo stops the calibration at once with {@code file:line: message}.
 */
public final class CalibrationPlan {
    private final Calibration calibration;
    private final Scenario base;
    private final ScenarioVariants variants;

    private CalibrationPlan(Calibration calibration, Scenario base, ScenarioVariants variants) {
        this.calibration = calibration;
        this.base = base;
        this.variants = variants;
    }

    /**
     * Loads the scenario and checks the calibration against it and the model.
     *
     * @param model the model the calibration will run (one run is made to learn the measures it reports)
     * @throws ExperimentException listing every problem
     */
    public static CalibrationPlan of(Calibration c, BatchRunner.Model model) throws ExperimentException {
        return of(c, model, ScenarioLoader::load);
    }

    /** As {@link #of(Calibration, BatchRunner.Model)}, loading the scenario with {@code loader}. */
    static CalibrationPlan of(Calibration c, BatchRunner.Model model, ScenarioVariants.Loader loader)
            throws ExperimentException {
        String file = c.file().toString();
        ScenarioVariants variants = ScenarioVariants.of(c.scenario(), loader);
        Scenario base;
        try {
            base = variants.load(c.fixed());
        } catch (ScenarioException e) {
            List<Problem> problems = new ArrayList<>();
            problems.add(new Problem(file, 0, "scenario " + c.label() + " does not load with the set: overrides:"));
            problems.addAll(e.problems());
            throw new ExperimentException(problems);
        }
        CalibrationPlan plan = new CalibrationPlan(c, base, variants);
        double[] middle = c.priors().stream().mapToDouble(p -> p.round((p.lowest() + p.highest()) / 2)).toArray();
        NegotiationSpec probeSpec;
        try {
            probeSpec = plan.spec(middle);
        } catch (ScenarioException e) {
            List<Problem> problems = new ArrayList<>();
            problems.add(new Problem(file, 0, "the scenario does not load with the priors' midpoints "
                    + plan.overrides(middle) + ":"));
            problems.addAll(e.problems());
            throw new ExperimentException(problems);
        }
        RunResult probe;
        try {
            long seed = RunSeeds.seed(c.seed(), 0);
            probe = model.run(probeSpec.withInputsDrawn(RunSeeds.inputSeed(seed, 0)), seed);
        } catch (RuntimeException e) {
            throw new ExperimentException(new Problem(file, 0, "a run at the priors' midpoints fails: " + e));
        }
        Set<String> known = Measures.known(base.spec(), probe);
        List<Problem> problems = new ArrayList<>();
        List<Target> all = new ArrayList<>(c.targets());
        all.addAll(c.holdout());
        for (Target t : all)
            if (!known.contains(t.measure()))
                problems.add(new Problem(file, t.line(), "unknown target measure '" + t.measure() + "' (a run of "
                        + c.label() + " reports: " + String.join(", ", known) + ")"));
        if (!problems.isEmpty()) throw new ExperimentException(problems);
        return plan;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** The scenario as loaded with the fixed overrides (for the manifest and the plan identity). */
    public Scenario base() {
        return base;
    }

    /** The overrides of a parameter vector: the fixed ones, then the calibrated values as written in the files. */
    public Map<String, String> overrides(double[] theta) {
        Map<String, String> all = new LinkedHashMap<>(calibration.fixed());
        for (int i = 0; i < theta.length; i++) {
            Prior p = calibration.priors().get(i);
            all.put(p.key(), p.format(theta[i]));
        }
        return all;
    }

    /**
     * The model input of a parameter vector (before its uncertain inputs are drawn).
     *
     * @throws ScenarioException if the scenario rejects the values
     */
    public NegotiationSpec spec(double[] theta) throws ScenarioException {
        return variants.spec(overrides(theta));
    }
}
