package org.ministerial.batch;

import java.util.List;

/**
 * The names of the files written from results rather than by runs: a sensitivity analysis beside a sweep, a study
 * ({@code study}, {@code compare}, {@code robustness}) and a run's network file. Part of the results schema
 * ({@link ResultsSchema}): the one place these names are spelled, for their writers and readers; docs/experiments.md
 * and docs/figures.md describe them for people.
 */
public final class AnalysisSchema {
    private AnalysisSchema() {
    }

    /**
     * A sensitivity analysis: {@code sensitivity.csv} (one row per output and factor: {@link #OUTPUT},
     * {@link #FACTOR}, then the method's columns), {@code sensitivity.md} and {@code sensitivity.json}.
     */
    public static final class Sensitivity {
        public static final String CSV_FILE = "sensitivity.csv";
        public static final String MARKDOWN_FILE = "sensitivity.md";
        public static final String JSON_FILE = "sensitivity.json";
        /** The files written, in order. */
        public static final List<String> FILES = List.of(CSV_FILE, MARKDOWN_FILE, JSON_FILE);
        public static final String OUTPUT = "output", FACTOR = "factor";
        /** The output that, given a reference coalition, is its best Jaccard overlap with an emergent coalition. */
        public static final String COALITION_OVERLAP = "coalition_overlap";
        /** The methods, as {@link #METHOD} names them. */
        public static final String SOBOL = "sobol";
        public static final String MORRIS = "morris";
        /** Sobol indices, first and total order, each with its bootstrap interval. */
        public static final String FIRST = "first";
        public static final String TOTAL = "total";
        public static final List<String> SOBOL_COLUMNS = List.of(FIRST, low(FIRST), high(FIRST), TOTAL, low(TOTAL),
                high(TOTAL));
        /** A sensitivity file written by hand (docs/figures.md): indices by factor under {@code parameters}, as S1, ST. */
        public static final String HAND_PARAMETERS = "parameters", HAND_FIRST = "S1", HAND_TOTAL = "ST";
        /** Morris elementary effects. */
        public static final List<String> MORRIS_COLUMNS = List.of("mu", "mu_star", low("mu_star"), high("mu_star"),
                "sigma", "effects");

        // sensitivity.json: what was analysed, then per output its mean, variance and statistics by factor
        public static final String EXPERIMENT = "experiment", DESIGN = "design", POINTS = "points";
        public static final String REPLICATIONS = "replications", FACTORS = "factors";
        public static final String REFERENCE_COALITION = "reference_coalition", METHOD = "method";
        public static final String BASE_SAMPLES = "base_samples", ESTIMATORS = "estimators";
        public static final String TRAJECTORIES = "trajectories", LEVELS = "levels", EFFECTS = "effects";
        public static final String BOOTSTRAP = "bootstrap", RESAMPLES = "resamples", CONFIDENCE = "confidence";
        public static final String SEED = "seed", INTERVAL = "interval", OUTPUTS = "outputs", MEAN = "mean";
        public static final String VARIANCE = "variance", NOTE = "note", WARNING = "warning";
        /** Sobol indices by factor, or null for an output constant over the design; Morris outputs hold EFFECTS. */
        public static final String INDICES = "indices";

        private Sensitivity() {
        }

        /** The column of a statistic's interval's lower end. */
        public static String low(String statistic) {
            return statistic + "_low";
        }

        /** The column of a statistic's interval's upper end. */
        public static String high(String statistic) {
            return statistic + "_high";
        }

        /** The JSON key of a statistic's interval, {@code [low, high]}. */
        public static String interval(String statistic) {
            return statistic + "_ci";
        }

        /** The statistic whose lower end a column holds, or null when it holds none. */
        public static String lowOf(String column) {
            return column.endsWith(low("")) ? column.substring(0, column.length() - low("").length()) : null;
        }

        /** Whether a column holds the upper end of some statistic's interval. */
        public static boolean isHigh(String column) {
            return column.endsWith(high(""));
        }
    }

    /**
     * A study's {@code study.csv} (and {@code study.md}): one row per variant, {@link #FOLDER}, {@link #LABEL}, {@link #PARAMETER},
     * {@link #VALUE}, {@link #BASELINE_VALUE}, {@link #RUNS}, per outcome its {@link #OUTCOME_PARTS}, {@link #MEAN_END_ROUND}, the reference
     * coalitions' metrics, then per effect its {@link #EFFECT_PARTS}.
     */
    public static final class Study {
        public static final String CSV_FILE = "study.csv";
        public static final String MARKDOWN_FILE = "study.md";
        /** The batch's folder in the study folder (its join key), and its label in the tables and the figures. */
        public static final String FOLDER = "folder", LABEL = "label";
        public static final String PARAMETER = "parameter", VALUE = "value",
                BASELINE_VALUE = "baseline_value", RUNS = "runs";
        public static final List<String> OUTCOME_PARTS = List.of("count", "share", "ci_low", "ci_high");
        public static final String MEAN_END_ROUND = ResultsSchema.Sweeps.MEAN_END_ROUND;
        public static final List<String> EFFECT_PARTS = List.of("effect", "effect_low", "effect_high");

        private Study() {
        }

        /** The column of one part of an outcome's or an effect's figures, e.g. {@code agreement_share}. */
        public static String part(String of, String part) {
            return of + "_" + part;
        }
    }

    /** {@code networks.graphml} ({@code run --graphml}): governments, NGO networks, coalition and pressure ties. */
    public static final class Networks {
        public static final String FILE = "networks.graphml";
        // node data
        public static final String TYPE = "type", NAME = "name", CAPABILITY = "capability", ACCEPTED = "accepted";
        public static final String WALKED_OUT = "walked_out", COALITION = "coalition", ORGANISATIONS = "organisations";
        /** The node {@link #TYPE}s. */
        public static final String GOVERNMENT = "government";
        public static final String NGO_NETWORK = "ngo_network";
        // edge data
        public static final String KIND = "kind", WEIGHT = "weight";
        /** The edge {@link #KIND}s. */
        public static final String COALITION_TIE = "coalition";
        public static final String PRESSURE_TIE = "pressure";

        private Networks() {
        }

        /** The node id of an NGO network, apart from the governments' ids (their codes). */
        public static String networkId(String network) {
            return "network:" + network;
        }
    }
}
