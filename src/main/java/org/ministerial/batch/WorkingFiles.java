package org.ministerial.batch;

import java.util.List;

/**
 * The names of the files a command keeps in a results folder while it works, so that an interrupted command resumes
 * where it stopped (docs/results.md, "Atomic writes and resuming"): the one place they are spelled, for the code that
 * writes them and the resume checks that read them. Part of the results schema ({@link ResultsSchema}). A finished
 * folder holds none of them but, at most, a stale lock.
 */
public final class WorkingFiles {
    /** The lock held by the one command writing a folder. */
    public static final String LOCK_FILE = ".lock";

    private WorkingFiles() {
    }

    /** The journal of a batch or sweep: which runs are committed and how long each table's file then was. */
    public static final class Progress {
        public static final String FILE = ".progress.json";
        public static final String IDENTITY = "identity", COMMITTED = "committed", LENGTHS = "lengths";
        public static final String METRICS = "metrics", COMPLETE = "complete", RESUMED_AT = ManifestKeys.RESUMED_AT;
        /**
         * The command line writing the folder, as a user types it, so that a command that finds the folder
         * unfinished (plot, sensitivity) can say how to resume it.
         */
        public static final String COMMAND_FILE = ".command";

        private Progress() {
        }
    }

    /**
     * The state of a calibration, in its own folder: a journal, each finished generation's particles
     * ({@code generation-<t>.csv}, one row per particle: {@link #GENERATION_COLUMNS}, then per parameter, target and
     * holdout pattern its value), and the proposals evaluated so far in the running generation.
     */
    public static final class AbcState {
        public static final String FOLDER = ".calibration";
        public static final String JOURNAL_FILE = "journal.json";
        public static final String IDENTITY = Progress.IDENTITY, RESUMED_AT = ManifestKeys.RESUMED_AT;
        // the particle's and its generation's figures, named as in the calibration's own tables
        public static final String TOLERANCE = ResultsSchema.Calibrations.TOLERANCE;
        public static final String PROPOSALS = ResultsSchema.Calibrations.PROPOSALS;
        public static final String WEIGHT = ResultsSchema.Calibrations.WEIGHT;
        public static final String DISTANCE = ResultsSchema.Calibrations.DISTANCE;
        public static final String FAILED_RUNS = ResultsSchema.Calibrations.FAILED_RUNS;
        /** The failed runs among all the generation's proposals, and the particle's index among them. */
        public static final String FAILED = "failed", INDEX = "index";
        public static final List<String> GENERATION_COLUMNS = List.of(TOLERANCE, PROPOSALS, FAILED, INDEX, WEIGHT,
                DISTANCE, FAILED_RUNS);
        public static final String THETA_PREFIX = "theta_", TARGET_PREFIX = "target_", HOLDOUT_PREFIX = "holdout_";

        private AbcState() {
        }

        /** The particles of finished generation {@code t}. */
        public static String generationFile(int t) {
            return "generation-" + t + ".csv";
        }

        /** The proposals of running generation {@code t}, appended as they are evaluated. */
        public static String proposalsFile(int t) {
            return "proposals-" + t + ".csv";
        }
    }
}
