package org.ministerial.study;

import org.ministerial.batch.Batch;
import org.ministerial.batch.BatchSettings;
import org.ministerial.batch.Execution;
import org.ministerial.batch.ProgressListener;
import org.ministerial.batch.ProgressReporter;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.model.Negotiation;
import org.ministerial.batch.Summary;
import org.ministerial.model.Parameter;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;
import org.ministerial.scenario.ScenarioVariants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Studies built from whole batches: scenarios side by side (counterfactual comparison), and one-at-a-time
 * robustness, each calibrated parameter moved by a relative step up and down with the others held (a local,
 * Morris-free screen that answers "is the pattern a knife-edge?"). Every batch keeps its own results folder below
 * the study's, with the same base seed, so rows differ only by what was varied.
 */
public final class StudyRunner {
    private final BatchSettings settings;
    private final Path out;
    private final Consumer<String> log;
    private final java.util.function.Function<String, Execution.ProgressFactory> progress;
    /** What the last one-at-a-time study held in every batch, or null. */
    private String heldNote;

    /**
     * @param settings runs, base seed and threads for every batch
     * @param out      the study folder
     * @param log      receives one line as each batch starts
     */
    public StudyRunner(BatchSettings settings, Path out, Consumer<String> log) {
        this(settings, out, log, name -> (done, total) -> ProgressReporter.of(ProgressListener.NONE));
    }

    /**
     * @param progress the progress display of the batch of each name (its folder below {@code out})
     */
    public StudyRunner(BatchSettings settings, Path out, Consumer<String> log,
                       java.util.function.Function<String, Execution.ProgressFactory> progress) {
        this.settings = settings;
        this.out = out;
        this.log = log;
        this.progress = progress;
    }

    /**
     * One batch per scenario file, in the order given. Every file is loaded before the first batch runs, so that a
     * mistyped or broken counterfactual costs no baseline batch.
     */
    public List<StudyRow> compare(List<Path> scenarios, Map<String, String> overrides)
            throws ScenarioException, IOException, InterruptedException {
        List<Scenario> loaded = new ArrayList<>();
        for (Path file : scenarios) loaded.add(ScenarioLoader.load(file, overrides));
        List<String> baseIssues = issueIds(loaded.get(0));
        for (Scenario s : loaded.subList(1, loaded.size()))
            if (!issueIds(s).equals(baseIssues))
                log.accept("compare: warning: " + s.name() + " negotiates other issues than " + loaded.get(0).name()
                        + " (" + String.join(", ", issueIds(s)) + "): its row is another meeting, not a counterfactual"
                        + " of the baseline, and its effects compare the two meetings");
        List<StudyRow> rows = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>(), labels = new java.util.HashSet<>();
        for (Scenario s : loaded) {
            // a counterfactual made by copying a scenario often keeps its name and label: each batch gets its own
            // folder and row, named as the figures name a label given twice
            String name = s.name();
            for (int k = 2; !names.add(name); k++) name = s.name() + "-" + k;
            String label = s.displayLabel();
            for (int k = 2; !labels.add(label); k++) label = s.displayLabel() + " (" + k + ")";
            rows.add(new StudyRow(label, name, run(s, name)));
        }
        return rows;
    }

    /** What the last {@link #oneAtATime} held in every batch, for the study's table; null when nothing. */
    public String heldNote() {
        return heldNote;
    }

    private static List<String> issueIds(Scenario s) {
        return s.spec().issues().stream().map(org.ministerial.model.Issue::id).toList();
    }

    /**
     * The baseline, then each parameter at {@code (1 - step)} and {@code (1 + step)} times its baseline value
     * (clamped to the parameter's range; whole-number parameters rounded). The parameters studied are held at their
     * written values in the baseline as in every row (a parameter the scenario draws from a posterior is otherwise
     * drawn in the baseline and fixed in the rows, and each row would mix the step with the end of the draw), so a
     * row differs from the baseline by its step alone. The scenario's files are read once: a step's scenario is the
     * baseline's with the one parameter set, as loading it with that {@code --set} gives.
     */
    public List<StudyRow> oneAtATime(Path scenario, Map<String, String> overrides, List<String> parameters,
                                     double step) throws ScenarioException, IOException, InterruptedException {
        // every name is checked before the baseline runs, so that a typo costs no batch
        List<Parameter> defs = new ArrayList<>();
        for (String key : parameters) defs.add(ScenarioVariants.numericParameter(key));
        ScenarioVariants variants = ScenarioVariants.of(scenario, ScenarioLoader::load);
        Scenario written = variants.load(overrides);
        Map<String, String> held = new LinkedHashMap<>(overrides);
        for (Parameter def : defs)
            held.putIfAbsent(def.setKey(), Double.toString(written.spec().parameters().get(def.key())));
        Scenario base = variants.scenario(held);
        if (!held.equals(overrides)) {
            heldNote = "the parameters studied are held at their written values in every batch, the baseline included: "
                    + String.join(", ", held.entrySet().stream().filter(e -> !overrides.containsKey(e.getKey()))
                    .map(e -> e.getKey() + "=" + e.getValue()).toList())
                    + "; the scenario's other uncertain inputs and calibrated parameters are drawn run by run";
            log.accept("robustness: " + heldNote);
        }
        List<StudyRow> rows = new ArrayList<>();
        rows.add(new StudyRow("baseline", "baseline", run(base, "baseline")));
        for (Parameter def : defs) {
            String key = def.key();
            double v0 = base.spec().parameters().get(key);
            for (double factor : new double[]{1 - step, 1 + step}) {
                double v = Math.min(def.max(), Math.max(def.min(), v0 * factor));
                // a whole-number parameter steps to whole numbers, so that the row is named by the value the model runs with
                if (def.kind() == Parameter.Kind.COUNT) v = Math.round(v);
                // 0.55 x 0.8 is 0.44000000000000006 in binary: the step meant 0.44, and the row is named so
                v = new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
                if (v == v0) {
                    // a step from 0, or one clamped back to the range's end, would run the baseline again
                    log.accept("robustness: " + key + " " + (factor < 1 ? "-" : "+")
                            + org.ministerial.batch.Decimals.format(step * 100) + "% of " + v0
                            + (v0 == 0 ? " is 0" : " is outside [" + def.min() + ", " + def.max() + "]")
                            + ": the baseline's own value, left out (set a different baseline value with --set "
                            + def.setKey() + "=...)");
                    continue;
                }
                Map<String, String> o = new LinkedHashMap<>(held);
                o.put(def.setKey(), Double.toString(v));
                String name = key + "=" + v;
                rows.add(new StudyRow(key + " = " + v, key, v, v0, name, run(variants.scenario(o), name)));
            }
        }
        return rows;
    }

    private Summary run(Scenario s, String name) throws IOException, InterruptedException {
        log.accept("study: " + name + " (" + settings.runs() + " runs)");
        Path folder = out.resolve(name);
        Batch.run(s, settings, folder, progress.apply(name), null, Negotiation::runToEnd);
        return Summary.of(folder.resolve(ResultsSchema.Runs.FILE));
    }
}
