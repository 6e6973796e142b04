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
 *
 * @param spec      the model input of every run
 * @param runs      number of runs, non-negative
 * @param baseSeed  the batch's base seed
 * @param overrides the overrides, repeated on every row of {@code runs.csv}
 */
public record ScenarioPlan(NegotiationSpec spec, int runs, long baseSeed, Map<String, String> overrides)
        implements RunPlan {
    public ScenarioPlan {
        if (runs < 0) throw new IllegalArgumentException("runs must be non-negative: " + runs);
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
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
        return List.copyOf(overrides.keySet());
    }

    @Override
    public List<String> labels(int run) {
        return List.copyOf(overrides.values());
    }

    @Override
    public List<Issue> issues() {
        return spec.issues();
    }

    @Override
    public NegotiationSpec spec(int run) {
        return spec;
    }
}
