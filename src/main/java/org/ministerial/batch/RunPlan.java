package org.ministerial.batch;

import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.ScenarioException;

import java.util.List;

/**
 * The list of runs a batch or a sweep will make: for each 0-based run index, the model input, the seed and the cells
 * that identify the run in {@code runs.csv}. A plan is pure data, so any run can be made again (after a crash, in
 * another shard, on another machine) and give the same rows.
 *
 * <p>Implementations must be safe to call from several threads.
 */
public interface RunPlan {
    /** Number of runs in the whole plan. */
    int size();

    /** The model seed of run {@code run}. */
    long seed(int run);

    /** Names of the columns between {@code seed} and {@code outcome} in {@code runs.csv}. */
    List<String> labelHeader();

    /** The cells of those columns for run {@code run}. */
    List<String> labels(int run);

    /** The issues of every run, in order: they name the {@code text_} columns. */
    List<Issue> issues();

    /**
     * The model input of run {@code run}.
     *
     * @throws ScenarioException if it cannot be built (the run is then recorded as failed)
     */
    NegotiationSpec spec(int run) throws ScenarioException;

    /**
     * The scenarios of the plan as loaded, before any design point or input draw: what every run starts from (its
     * pre-existing groups, written once in {@code groups.csv}). Keyed by the label {@code runs.csv} gives each
     * scenario; a plan of one scenario has one entry.
     */
    java.util.Map<String, NegotiationSpec> scenarios();
}
