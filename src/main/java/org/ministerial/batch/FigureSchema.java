package org.ministerial.batch;

import java.util.List;

/**
 * The files {@code plot} writes: the figures' folder and index, and per kind of figure its file name (without
 * extension: the same name is the image in each format and, as {@code .csv}, the numbers it draws) and the columns of
 * that CSV. Part of the results schema ({@link ResultsSchema}), the one place these names are spelled;
 * docs/figures.md describes each figure for people.
 */
public final class FigureSchema {
    /** The folder figures are written to, beside the results when no {@code --out} is given. */
    public static final String FOLDER = "figures";
    /** The index of the figures written, with their captions and the command that made them. */
    public static final String INDEX_FILE = "figures.md";
    /**
     * The start of the line of the index that lists one figure's files, each in backquotes: what {@code batch
     * --force} reads to remove the figures of the results it replaces, and nothing else it did not write.
     */
    public static final String INDEX_FILES_ITEM = "- files:";

    // words several tables share: an outcome's count among runs and its share with a 95% interval, in percent
    private static final String RUNS = "runs", OUTCOME = "outcome", COUNT = "count", SHARE_PCT = "share_pct";
    private static final String CI_LOW_PCT = "ci_low_pct", CI_HIGH_PCT = "ci_high_pct", PARAMETER = "parameter";
    private static final String WEIGHT = "weight";
    /** The first column of every table of a batch's figures: the batch's label (a study's {@code label}). */
    public static final String BATCH = "batch";

    /** {@code outcomes} (one batch) or {@code outcomes-compared}: each batch's outcome shares. */
    public static final String OUTCOMES = "outcomes";
    public static final String OUTCOMES_COMPARED = "outcomes-compared";
    public static final List<String> OUTCOMES_COLUMNS = List.of(BATCH, OUTCOME, COUNT, RUNS, SHARE_PCT, CI_LOW_PCT,
            CI_HIGH_PCT);
    /** {@link #forest}: each counterfactual's difference in an outcome's share from the baseline, in points. */
    public static final List<String> FOREST_COLUMNS = List.of(BATCH, "baseline", OUTCOME, COUNT, RUNS, SHARE_PCT,
            "baseline_count", "baseline_runs", "baseline_share_pct", "difference_pp", "ci_low_pp", "ci_high_pp");
    /** {@link #sweep}: an outcome's share at each value of a swept parameter. */
    public static final List<String> SWEEP_COLUMNS = List.of(PARAMETER, "value", OUTCOME, COUNT, RUNS, SHARE_PCT,
            CI_LOW_PCT, CI_HIGH_PCT);
    /** {@code sweep-heatmap}: an outcome's share at each pair of values of two swept parameters. */
    public static final String SWEEP_HEATMAP = "sweep-heatmap";
    public static final List<String> SWEEP_HEATMAP_COLUMNS = List.of("x_parameter", "x_value", "y_parameter",
            "y_value", OUTCOME, COUNT, RUNS, SHARE_PCT, CI_LOW_PCT, CI_HIGH_PCT);
    /**
     * {@code trajectories}: per variable of {@code rounds.csv.gz} and round, the mean and central band over runs.
     * {@code runs_in_round} counts the runs still negotiating in that round (called {@code runs_in_session} before
     * "round" became the meeting-wide step and "session" only the slot in the day; docs/results.md, Format changes).
     */
    public static final String TRAJECTORIES = "trajectories";
    public static final List<String> TRAJECTORIES_COLUMNS = List.of("variable", ResultsSchema.Rounds.ROUND,
            ResultsSchema.Rounds.DAY, ResultsSchema.Rounds.SESSION, "x", RUNS, "runs_in_round", "mean", "band_low",
            "band_high");
    /** {@code final-text}: per issue, the box plot of the final text over runs. */
    public static final String FINAL_TEXT = "final-text";
    public static final List<String> FINAL_TEXT_COLUMNS = List.of("issue", "issue_name", RUNS, "whisker_low", "q1",
            "median", "q3", "whisker_high", "outliers");
    /** {@code coalitions}: how often each actor was in a coalition, and in one with the reference coalition. */
    public static final String COALITIONS = "coalitions";
    public static final List<String> COALITIONS_COLUMNS = List.of("actor", RUNS, "in_any", "in_any_pct",
            "with_reference", "with_reference_pct", "reference");
    /** {@code variance-split}: each measure's variance split into the inputs' and the dynamics' parts. */
    public static final String VARIANCE_SPLIT = "variance-split";
    public static final List<String> VARIANCE_SPLIT_COLUMNS = List.of("measure", "variance", "input_component",
            "dynamics_component", "input_pct", "dynamics_pct");
    /** {@link #sobol}: each parameter's first-order and total index with its interval. */
    public static final List<String> SOBOL_COLUMNS = List.of("output", PARAMETER, "index", "value", "ci_low",
            "ci_high");
    /** {@link #posterior}: a parameter's weighted histogram against its prior. */
    public static final List<String> POSTERIOR_COLUMNS = List.of(PARAMETER, "bin_low", "bin_high", WEIGHT, "density",
            "prior_density");
    /** {@link #posteriorPair}: each particle's values of two parameters, with its weight. */
    public static final List<String> POSTERIOR_PAIR_COLUMNS = List.of("x_parameter", "y_parameter", "particle", "x",
            "y", WEIGHT);

    private FigureSchema() {
    }

    /** The figure of the effect of each counterfactual on an outcome's share. */
    public static String forest(String outcome) {
        return outcome + "-forest";
    }

    /** The figure of a sweep over one parameter ({@code slug}: the parameter's key made fit for a file name). */
    public static String sweep(String slug) {
        return "sweep-" + slug;
    }

    /** The figure of the Sobol indices of one output. */
    public static String sobol(String slug) {
        return "sobol-" + slug;
    }

    /** The figure of one parameter's posterior. */
    public static String posterior(String slug) {
        return "posterior-" + slug;
    }

    /** The figure of the particles over two parameters. */
    public static String posteriorPair(String xSlug, String ySlug) {
        return "posterior-pair-" + xSlug + "-" + ySlug;
    }

    /** The CSV beside a figure, of the numbers it draws. */
    public static String dataFile(String figure) {
        return figure + ".csv";
    }

    /** A header as a figure's data table takes it. */
    public static String[] header(List<String> columns) {
        return columns.toArray(String[]::new);
    }
}
