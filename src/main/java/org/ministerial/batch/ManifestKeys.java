package org.ministerial.batch;

import java.util.List;

/**
 * The keys of {@code manifest.json} ({@link ResultsSchema#MANIFEST_FILE}), of every kind of results folder, and of
 * the plan identity built from the same words: the one place they are spelled, so that the writers (batch, sweep,
 * calibration, merge) and the readers (resume and completeness checks, replay, figures, sensitivity analysis) agree.
 * Part of the results schema ({@link ResultsSchema}); docs/results.md describes the keys for people.
 *
 * <p>Not here: the keys inside {@code resolved}, which are the scenario's own (docs/scenarios.md).
 */
public final class ManifestKeys {
    // the program that wrote the folder (every kind)
    public static final String PROGRAM = "program", VERSION = "version", GIT_COMMIT = "git_commit", CODE = "code";
    /** What made the folder: one of {@link #KIND_BATCH}, {@link #KIND_SWEEP}, {@link #KIND_CALIBRATION}. */
    public static final String KIND = "kind";
    public static final String KIND_BATCH = "batch", KIND_SWEEP = "sweep", KIND_CALIBRATION = "calibration";

    // what it ran
    public static final String SCENARIO = "scenario", SCENARIO_NAME = "scenario_name", INPUTS = "inputs";
    public static final String OVERRIDES = "overrides", BASE_SEED = "base_seed", RUNS = "runs";
    public static final String INPUT_UNCERTAINTY = "input_uncertainty", RUNS_PER_DRAW = "runs_per_draw";
    /** The optional tables recorded, e.g. {@code actors}. */
    public static final String RECORD = "record";
    /** The plan identity, which a merge and a completeness check compare. */
    public static final String PLAN_ID = "plan_id";
    /** The shard, as {@code i/n}. */
    public static final String SHARD = "shard";
    public static final String RESOLVED = "resolved";

    // how it ran
    public static final String THREADS = "threads", JAVA = "java", STARTED = "started", FINISHED = "finished";
    public static final String RESUMED_AT = "resumed_at";
    /** A merged folder's parts: each part's {@link #FOLDER}, {@link #SHARD} and {@link #EACH_PART}. */
    public static final String MERGED_FROM = "merged_from";
    public static final String FOLDER = "folder";
    /** The keys a merged folder keeps from each part, because they differ between parts. */
    public static final List<String> EACH_PART = List.of(GIT_COMMIT, THREADS, JAVA, STARTED, FINISHED, RESUMED_AT);

    // experiments: sweeps and calibrations
    public static final String EXPERIMENT = "experiment", EXPERIMENT_NAME = "experiment_name", SCENARIOS = "scenarios";
    public static final String SET = "set", DESIGN = "design", POINTS = "points", REPLICATIONS = "replications";
    public static final String SEEDS = "seeds", REFERENCE_COALITION = "reference_coalition", PRIORS = "priors";
    public static final String TARGETS = "targets", HOLDOUT = "holdout", SETTINGS = "settings";
    public static final String GENERATIONS = "generations", STOP = "stop";

    private ManifestKeys() {
    }

    /** A sweep's {@link #DESIGN}: its type, its options and its factors. */
    public static final class Design {
        public static final String TYPE = "type", SAMPLES = "samples", SEED = "seed", BASE_SAMPLES = "base_samples";
        public static final String TRAJECTORIES = "trajectories", LEVELS = "levels", FACTORS = "factors";

        private Design() {
        }
    }

    /** One of a design's {@link Design#FACTORS} or of a calibration's {@link #PRIORS}. */
    public static final class Factor {
        public static final String KEY = "key", MIN = "min", MAX = "max", INTEGER = "integer", VALUES = "values";

        private Factor() {
        }
    }

    /** One of a calibration's {@link #TARGETS} or {@link #HOLDOUT} patterns. */
    public static final class Target {
        public static final String MEASURE = "measure", OBSERVED = "observed", SCALE = "scale", MISSING = "missing";

        private Target() {
        }
    }
}
