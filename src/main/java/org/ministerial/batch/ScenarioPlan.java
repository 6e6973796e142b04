package org.ministerial.batch;

import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan of an ordinary batch: {@code runs} replications of one model input, run {@code i} seeded with
 * {@link RunSeeds#seed(long, int) RunSeeds.seed(baseSeed, i)}, every row labelled with the {@code --set} overrides.
 * When the scenario's inputs are uncertain, run {@code i} draws them with
 * {@link RunSeeds#inputSeed(long, int) RunSeeds.inputSeed(baseSeed, i / runsPerDraw)}, and its row says which draw
 * ({@code input_draw}).
 *
 * @param spec      the model input of every run
 * @param runs      number of runs, non-negative
 * @param baseSeed  the batch's base seed
 * @param overrides the overrides, repeated on every row of {@code runs.csv}
 * @param runsPerDraw consecutive runs that share one draw of the uncertain inputs
 * @param draws     the specs of the input draws, each derived once
 */
public record ScenarioPlan(NegotiationSpec spec, int runs, long baseSeed, Map<String, String> overrides,
                           int runsPerDraw, InputDraws draws) implements RunPlan {
    public ScenarioPlan {
        if (runs < 0) throw new IllegalArgumentException("runs must be non-negative: " + runs);
        if (runsPerDraw < 1) throw new IllegalArgumentException("runs per draw must be at least 1: " + runsPerDraw);
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** A plan of {@code runs} runs, {@code runsPerDraw} to an input draw. */
    public ScenarioPlan(NegotiationSpec spec, int runs, long baseSeed, Map<String, String> overrides, int runsPerDraw) {
        this(spec, runs, baseSeed, overrides, runsPerDraw, new InputDraws(spec, baseSeed));
    }

    /** A plan with the default runs per input draw. */
    public ScenarioPlan(NegotiationSpec spec, int runs, long baseSeed, Map<String, String> overrides) {
        this(spec, runs, baseSeed, overrides, BatchSettings.DEFAULT_RUNS_PER_DRAW);
    }

    @Override
    public int size() {
        return runs;
    }

    @Override
    public long seed(int run) {
        return RunSeeds.seed(baseSeed, run);
    }

    @Override
    public List<String> labelHeader() {
        if (!spec.inputsVary()) return List.copyOf(overrides.keySet());
        List<String> header = new java.util.ArrayList<>();
        header.add(ResultsSchema.Runs.INPUT_DRAW);
        header.addAll(overrides.keySet());
        return header;
    }

    @Override
    public List<String> labels(int run) {
        if (!spec.inputsVary()) return List.copyOf(overrides.values());
        List<String> cells = new java.util.ArrayList<>();
        cells.add(Integer.toString(run / runsPerDraw));
        cells.addAll(overrides.values());
        return cells;
    }

    @Override
    public Map<String, NegotiationSpec> scenarios() {
        return Map.of("", spec);
    }

    @Override
    public List<Issue> issues() {
        return spec.issues();
    }

    @Override
    public NegotiationSpec spec(int run) {
        return draws.spec(run / runsPerDraw);
    }
}
