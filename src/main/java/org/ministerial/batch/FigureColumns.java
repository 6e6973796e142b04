package org.ministerial.batch;

import java.util.List;

/**
 * The columns of the CSV written beside each figure ({@code plot}): the numbers the figure draws, one header per
 * kind of figure. Part of the results schema ({@link ResultsSchema}), the one place these names are spelled;
 * docs/figures.md describes each table for people.
 */
public final class FigureColumns {
    // words several figures share: an outcome's count among runs and its share with a 95% interval, in percent
    private static final String RUNS = "runs";
    private static final String OUTCOME = "outcome";
    private static final String COUNT = "count";
    private static final String SHARE_PCT = "share_pct";
    private static final String CI_LOW_PCT = "ci_low_pct";
    private static final String CI_HIGH_PCT = "ci_high_pct";
    private static final String PARAMETER = "parameter";
    private static final String WEIGHT = "weight";

    /** {@code outcomes} and {@code outcomes-compared}: each batch's outcome shares. */
    public static final List<String> OUTCOMES = List.of("batch", OUTCOME, COUNT, RUNS, SHARE_PCT, CI_LOW_PCT,
            CI_HIGH_PCT);
    /** {@code <outcome>-forest}: each counterfactual's difference in an outcome's share from the baseline, in points. */
    public static final List<String> FOREST = List.of("batch", "baseline", OUTCOME, COUNT, RUNS, SHARE_PCT,
            "baseline_count", "baseline_runs", "baseline_share_pct", "difference_pp", "ci_low_pp", "ci_high_pp");
    /** {@code sweep-<parameter>}: an outcome's share at each value of a swept parameter. */
    public static final List<String> SWEEP = List.of(PARAMETER, "value", OUTCOME, COUNT, RUNS, SHARE_PCT, CI_LOW_PCT,
            CI_HIGH_PCT);
    /** {@code sweep-heatmap}: an outcome's share at each pair of values of two swept parameters. */
    public static final List<String> HEATMAP = List.of("x_parameter", "x_value", "y_parameter", "y_value", OUTCOME,
            COUNT, RUNS, SHARE_PCT, CI_LOW_PCT, CI_HIGH_PCT);
    /**
     * {@code trajectories}: per variable of {@code rounds.csv.gz} and round, the mean and central band over runs.
     * {@code runs_in_session} counts the runs still negotiating in that round: its name predates the rule that
     * "round" is the meeting-wide step and "session" the slot in the day, and is kept so as not to change the format.
     */
    public static final List<String> TRAJECTORIES = List.of("variable", ResultsSchema.Rounds.ROUND,
            ResultsSchema.Rounds.DAY, ResultsSchema.Rounds.SESSION, "x", RUNS, "runs_in_session", "mean", "band_low",
            "band_high");
    /** {@code final-text}: per issue, the box plot of the final text over runs. */
    public static final List<String> FINAL_TEXT = List.of("issue", "issue_name", RUNS, "whisker_low", "q1", "median",
            "q3", "whisker_high", "outliers");
    /** {@code coalitions}: how often each actor was in a coalition, and in one with the reference coalition. */
    public static final List<String> COALITIONS = List.of("actor", RUNS, "in_any", "in_any_pct", "with_reference",
            "with_reference_pct", "reference");
    /** {@code variance-split}: each measure's variance split into the inputs' and the dynamics' parts. */
    public static final List<String> VARIANCE = List.of("measure", "variance", "input_component",
            "dynamics_component", "input_pct", "dynamics_pct");
    /** {@code sobol-<output>}: each parameter's first-order and total index with its interval. */
    public static final List<String> SOBOL = List.of("output", PARAMETER, "index", "value", "ci_low", "ci_high");
    /** {@code posterior-<parameter>}: each parameter's weighted histogram against its prior. */
    public static final List<String> POSTERIOR = List.of(PARAMETER, "bin_low", "bin_high", WEIGHT, "density",
            "prior_density");
    /** {@code posterior-pair-<x>-<y>}: each particle's values of two parameters, with its weight. */
    public static final List<String> POSTERIOR_PAIRS = List.of("x_parameter", "y_parameter", "particle", "x", "y",
            WEIGHT);

    private FigureColumns() {
    }

    /** A header as the figure's data table takes it. */
    public static String[] header(List<String> columns) {
        return columns.toArray(String[]::new);
    }
}
