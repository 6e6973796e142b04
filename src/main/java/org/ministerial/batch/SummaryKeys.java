package org.ministerial.batch;

/**
 * The keys of {@code summary.json} ({@link ResultsSchema#SUMMARY_FILE}) of a batch, a sweep and a calibration: the
 * one place they are spelled, for their writers and for the readers (figures, the calibration's printed tables).
 * Part of the results schema ({@link ResultsSchema}); docs/results.md describes them for people.
 */
public final class SummaryKeys {
    // a batch's (and each sweep point's) summary
    public static final String SCENARIO = "scenario", RUNS = "runs";
    /** Per outcome: its {@link #COUNT}, {@link #SHARE} and {@link #CI95}. */
    public static final String OUTCOMES = "outcomes";
    public static final String COUNT = "count", SHARE = "share";
    /** Per outcome, when runs share input draws: the completed runs over the design effect of the draws. */
    public static final String EFFECTIVE_RUNS = "effective_runs";
    /** A central 95% interval, as a pair {@code [low, high]}. */
    public static final String CI95 = "ci95";
    public static final String FAILED = "failed", MEAN_END_ROUND = ResultsSchema.Sweeps.MEAN_END_ROUND;
    public static final String MEAN_METRICS = "mean_metrics", VARIANCE_SPLIT = "variance_split";

    // a sweep's summary
    public static final String EXPERIMENT = "experiment", DESIGN = "design", POINTS = "points";
    public static final String REPLICATIONS = "replications";
    /** Per design point: its {@link #POINT}, {@link #SCENARIO}, {@link #PARAMETERS}, then a batch's summary. */
    public static final String BY_POINT = "by_point";
    public static final String POINT = "point", PARAMETERS = "parameters";

    private SummaryKeys() {
    }

    /** A batch's {@link #VARIANCE_SPLIT}: the outcome variance split into input and dynamics parts, per measure. */
    public static final class VarianceSplit {
        public static final String METHOD = "method", INPUT_DRAWS = "input_draws", RUNS_PER_DRAW = "runs_per_draw";
        public static final String MEASURES = "measures", VARIANCE = "variance", CONSTANT = "constant", INPUT = "input";
        public static final String DYNAMICS = "dynamics", INPUT_SHARE = "input_share", RARE = "rare";

        private VarianceSplit() {
        }
    }

    /**
     * A calibration's summary: the run of approximate Bayesian computation (ABC), the posterior per parameter and
     * the fit per pattern.
     */
    public static final class Abc {
        public static final String CALIBRATION = "calibration", SCENARIO = SummaryKeys.SCENARIO, SEED = "seed";
        /** The ABC settings, keyed as the calibration file's {@code abc:} keys. */
        public static final String SETTINGS = "settings";
        public static final String GENERATIONS = "generations", STOP = "stop", STOP_REASON = "stop_reason";
        public static final String TOLERANCE = "tolerance", PROPOSALS = "proposals", RUNS = SummaryKeys.RUNS;
        public static final String ESS = "ess";
        /** Per parameter: its {@link #PRIOR} range, {@link #INTEGER}, and the weighted description. */
        public static final String POSTERIOR = "posterior";
        public static final String PRIOR = "prior", INTEGER = "integer";
        /** Per pattern: {@link #OBSERVED}, {@link #SCALE}, {@link #MISSING}, the description, the difference. */
        public static final String TARGETS = "targets";
        public static final String HOLDOUT = "holdout", OBSERVED = "observed", SCALE = "scale", MISSING = "missing";
        public static final String STANDARDISED_DIFFERENCE = "standardised_difference";
        // a weighted sample described
        public static final String MEAN = "mean", SD = "sd", MEDIAN = "median", CI95 = SummaryKeys.CI95;
        // the settings
        public static final String PARTICLES = "particles", RUNS_PER_PARTICLE = "runs_per_particle", ALPHA = "alpha";
        public static final String FINAL_TOLERANCE = "final_tolerance", MAX_PROPOSALS = "max_proposals";
        public static final String MIN_ACCEPTANCE = "min_acceptance";

        private Abc() {
        }
    }
}
