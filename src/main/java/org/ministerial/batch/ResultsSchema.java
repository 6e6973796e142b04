package org.ministerial.batch;

import org.ministerial.model.MetricNames;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a results folder's files and of its tables' columns, in the order they are written: the one place
 * they are spelled, so that the tables' writers and every reader (summaries, merge, checks, figures, sensitivity,
 * replay) agree by construction. docs/results.md describes the same columns for people; a change here is a change of
 * the results format and is listed there.
 *
 * <p>Beside it, in this package: the keys of {@code manifest.json} and {@code summary.json} ({@link ManifestKeys},
 * {@link SummaryKeys}), the files made from results ({@link AnalysisSchema}, {@link FigureSchema}) and a running
 * command's journals ({@link WorkingFiles}). Not here: the metric columns of {@code runs.csv}, the keys of the
 * model's {@link org.ministerial.model.RunResult#metrics()}, named by the model (which knows nothing of files).
 */
public final class ResultsSchema {
    /** The summary of outcome shares, written from {@code runs.csv} when the tables are complete. */
    public static final String SUMMARY_FILE = "summary.json";
    /** The manifest: written last, it marks a complete folder. */
    public static final String MANIFEST_FILE = "manifest.json";
    /** The tables of a folder's runs: those of every batch, then those of some plans only. */
    public static final List<String> TABLES = List.of(Runs.FILE, Rounds.FILE, Coalitions.FILE, Rejections.FILE,
            Groups.FILE, Commitments.FILE, Actors.FILE);

    private ResultsSchema() {
    }

    /** Columns whose names end in an issue's id, one per issue in the scenario's order. */
    private static List<String> perIssue(String prefix, List<String> issueIds) {
        List<String> out = new ArrayList<>();
        for (String id : issueIds) out.add(prefix + id);
        return out;
    }

    /** A header: the runs of columns one after the other. */
    @SafeVarargs
    private static List<String> concat(List<String>... runs) {
        List<String> header = new ArrayList<>();
        for (List<String> run : runs) header.addAll(run);
        return header;
    }

    /**
     * {@code runs.csv}: one row per run. Its header is {@code run, seed}, the plan's label columns, {@code outcome},
     * {@link #AFTER_OUTCOME}, the metric columns, one {@code text_<issue>} per issue, {@code error}.
     */
    public static final class Runs {
        public static final String FILE = "runs.csv";
        public static final String RUN = "run", SEED = "seed", OUTCOME = "outcome", END_ROUND = "end_round";
        public static final String END_DAY = "end_day", END_SESSION = "end_session", HINGE_ISSUE = "hinge_issue";
        public static final String REJECTING_COALITIONS = "rejecting_coalitions", TEXT_PREFIX = "text_";
        public static final String ERROR = "error";
        /** The {@code outcome} of a run that failed (its {@code error} column holds why). */
        public static final String FAILED_OUTCOME = "error";
        /** The columns before the plan's labels. */
        public static final List<String> BEFORE_LABELS = List.of(RUN, SEED);
        /** The columns between {@code outcome} and the metrics. */
        public static final List<String> AFTER_OUTCOME = List.of(END_ROUND, END_DAY, END_SESSION, HINGE_ISSUE,
                REJECTING_COALITIONS);

        /** Label column of a batch whose inputs vary: the 0-based draw of the uncertain inputs. */
        public static final String INPUT_DRAW = "input_draw";
        /** Label columns of a sweep: the design point (a row of {@code design.csv}) and its replication. */
        public static final String POINT = "point";
        public static final String REPLICATION = "replication";
        /** Label column of a plan over several scenarios: the scenario's label. */
        public static final String SCENARIO = "scenario";
        /** Label columns of a calibration: the ABC generation and the proposal within it. */
        public static final String GENERATION = "generation";
        public static final String PROPOSAL = "proposal";

        private Runs() {
        }

        /** The final text's column for an issue. */
        public static String text(String issueId) {
            return TEXT_PREFIX + issueId;
        }

        /** The metric columns of a header: those after {@code rejecting_coalitions}, up to the text or error. */
        public static List<String> metrics(List<String> header) {
            int from = header.indexOf(REJECTING_COALITIONS) + 1;
            int to = from;
            while (to < header.size() && !isText(header.get(to)) && !header.get(to).equals(ERROR)) to++;
            return header.subList(from, to);
        }

        /** Whether a column holds the final text on some issue. */
        public static boolean isText(String column) {
            return column.startsWith(TEXT_PREFIX);
        }

        /** The header of a table with these label, metric and issue columns. */
        public static List<String> header(List<String> labels, List<String> metrics, List<String> issueIds) {
            return concat(BEFORE_LABELS, labels, List.of(OUTCOME), AFTER_OUTCOME, metrics,
                    perIssue(TEXT_PREFIX, issueIds), List.of(ERROR));
        }
    }

    /** {@code rounds.csv.gz}: one row per run and round. */
    public static final class Rounds {
        public static final String FILE = "rounds.csv.gz";
        public static final String RUN = Runs.RUN;
        /** The 0-based round of the meeting; {@link #DAY} and {@link #SESSION} the slot it was held in. */
        public static final String ROUND = "round";
        public static final String DAY = "day", SESSION = "session";
        /** Named as the model names the same measures of the meeting's end, its metrics in {@code runs.csv}. */
        public static final String ACCEPTING = MetricNames.ACCEPTING, MOBILISATION = MetricNames.MOBILISATION,
                PRESSURE = MetricNames.PRESSURE, LARGEST_COALITION = MetricNames.LARGEST_COALITION;
        public static final String MEAN_DISTANCE = "mean_distance", COALITIONS = "coalitions";
        public static final String IN_COALITIONS = "in_coalitions";
        public static final String WALKED_OUT = "walked_out";

        private Rounds() {
        }

        /** The header for runs on these issues. */
        public static List<String> header(List<String> issueIds) {
            return concat(List.of(RUN, ROUND, DAY, SESSION), perIssue(Runs.TEXT_PREFIX, issueIds),
                    List.of(ACCEPTING, MEAN_DISTANCE, MOBILISATION, PRESSURE, COALITIONS, LARGEST_COALITION,
                            IN_COALITIONS, WALKED_OUT));
        }
    }

    /** {@code coalitions.csv.gz}: one row per run, emergent coalition and member. */
    public static final class Coalitions {
        public static final String FILE = "coalitions.csv.gz";
        public static final String RUN = Runs.RUN, COALITION = "coalition", MEMBER = "member";
        public static final String JOINED_ROUND = "joined_round", LEADER = "leader";
        public static final List<String> HEADER = List.of(RUN, COALITION, MEMBER, JOINED_ROUND, LEADER);
        /**
         * Folders written before {@code groups.csv} have {@code coalitions.csv} with this column, and rows of
         * pre-existing groups as well: only rows whose origin is {@link #EMERGENT} are emergent coalitions.
         */
        public static final String ORIGIN = "origin";
        public static final String EMERGENT = "emergent";

        private Coalitions() {
        }
    }

    /** {@code rejections.csv.gz}: one row per run and actor that did not accept the final text. */
    public static final class Rejections {
        public static final String FILE = "rejections.csv.gz";
        public static final String RUN = Runs.RUN, ACTOR = "actor", HINGE_ISSUE = Runs.HINGE_ISSUE;
        public static final List<String> HEADER = List.of(RUN, ACTOR, HINGE_ISSUE);

        private Rejections() {
        }
    }

    /** {@code groups.csv}: one row per pre-existing group and member, written once per folder. */
    public static final class Groups {
        public static final String FILE = "groups.csv";
        /** First column only when the plan compares several scenarios. */
        public static final String SCENARIO = Runs.SCENARIO;
        public static final String GROUP = "group", NAME = "name", MEMBER = Coalitions.MEMBER, TIES = "ties";

        private Groups() {
        }

        /** The header, with the {@code scenario} column when several scenarios share the folder. */
        public static List<String> header(boolean severalScenarios) {
            return concat(severalScenarios ? List.of(SCENARIO) : List.of(), List.of(GROUP, NAME, MEMBER, TIES));
        }
    }

    /** {@code commitments.csv.gz}: one row per run and actor, for two-tier rules and bilateral tracks. */
    public static final class Commitments {
        public static final String FILE = "commitments.csv.gz";
        public static final String RUN = Runs.RUN, ACTOR = Rejections.ACTOR, ADDONS = "addons";
        /** Whether the actor accepted its bilateral offer; the metric of the same name counts those that did. */
        public static final String BILATERAL_ACCEPTED = MetricNames.BILATERAL_ACCEPTED;
        public static final String DEPTH_PREFIX = "depth_";

        private Commitments() {
        }

        /** Whether a column holds the commitment depth on some issue. */
        public static boolean isDepth(String column) {
            return column.startsWith(DEPTH_PREFIX);
        }

        /** The header for runs on these issues. */
        public static List<String> header(List<String> issueIds) {
            return concat(List.of(RUN, ACTOR, ADDONS, BILATERAL_ACCEPTED), perIssue(DEPTH_PREFIX, issueIds));
        }
    }

    /** {@code actors.csv.gz}, written on request: one row per run, round and government. */
    public static final class Actors {
        public static final String FILE = "actors.csv.gz";
        public static final String RUN = Runs.RUN, ROUND = Rounds.ROUND, ACTOR = Rejections.ACTOR;
        public static final String STATED_PREFIX = "stated_";
        /** Whether the government accepted the text it evaluated in the round (1 or 0). */
        public static final String ACCEPTING = Rounds.ACCEPTING;
        public static final String UTILITY = "utility", RESERVATION = "reservation";
        /** The NGO pressure the government received in the round. */
        public static final String PRESSURE = Rounds.PRESSURE;
        public static final String COALITION = Coalitions.COALITION;
        /** Whether the government had left the meeting (1 or 0). */
        public static final String WALKED_OUT = Rounds.WALKED_OUT;

        private Actors() {
        }

        /** The header for runs on these issues. */
        public static List<String> header(List<String> issueIds) {
            return concat(List.of(RUN, ROUND, ACTOR), perIssue(STATED_PREFIX, issueIds),
                    perIssue(Runs.TEXT_PREFIX, issueIds),
                    List.of(ACCEPTING, UTILITY, RESERVATION, PRESSURE, COALITION, WALKED_OUT));
        }
    }

    /**
     * A sweep's {@code design.csv} (one row per design point: {@code point}, {@code scenario} when it compares
     * scenarios, the design's structure columns if it has any, then the parameters) and {@code points.csv} (per
     * point: {@code point}, {@code scenario}, the parameters, {@code runs}, {@code failed}, each outcome's share and
     * interval, {@code mean_end_round}, then the mean of each metric).
     */
    public static final class Sweeps {
        public static final String DESIGN_FILE = "design.csv";
        public static final String POINTS_FILE = "points.csv";
        public static final String POINT = Runs.POINT, SCENARIO = Runs.SCENARIO, RUNS = "runs", FAILED = "failed";
        /** The parts of an outcome's share columns, in order: the share and its 95% interval. */
        public static final List<String> SHARE_PARTS = List.of("share", "low", "high");
        public static final String MEAN_END_ROUND = "mean_" + Runs.END_ROUND;

        /** The structure columns of a Saltelli design: the base sample, its matrix ({@link #MATRIX_A}...), a factor. */
        public static final String SAMPLE = "sample";
        public static final String MATRIX = "matrix", FACTOR = "factor";
        public static final List<String> SALTELLI_STRUCTURE = List.of(SAMPLE, MATRIX, FACTOR);
        /** The matrices of a Saltelli design: A, B, and A with one factor's column from B. */
        public static final String MATRIX_A = "A";
        public static final String MATRIX_B = "B", MATRIX_AB = "AB";
        /** The structure columns of a Morris design: the trajectory, the step, the factor moved and its direction. */
        public static final String TRAJECTORY = "trajectory";
        public static final String STEP = "step", DIRECTION = "direction";
        public static final List<String> MORRIS_STRUCTURE = List.of(TRAJECTORY, STEP, FACTOR, DIRECTION);

        private Sweeps() {
        }

        /** The column of one part ({@link #SHARE_PARTS}) of an outcome's share, e.g. {@code agreement_share}. */
        public static String share(String outcome, String part) {
            return outcome + "_" + part;
        }

        /** The share column of an outcome. */
        public static String share(String outcome) {
            return share(outcome, SHARE_PARTS.get(0));
        }

        /** Whether a column is the share of some outcome. */
        public static boolean isShare(String column) {
            return column.endsWith(share(""));
        }

        /** The outcome whose share a column ({@link #isShare}) holds. */
        public static String outcomeOfShare(String column) {
            return column.substring(0, column.length() - share("").length());
        }

        /** The column of a metric's mean. */
        public static String mean(String metric) {
            return "mean_" + metric;
        }
    }

    /**
     * A calibration's tables: {@code posterior.csv} (the last generation's particles), {@code particles.csv} (every
     * generation's, with a first {@code generation} column) and {@code generations.csv} (one row per generation).
     */
    public static final class Calibrations {
        public static final String POSTERIOR_FILE = "posterior.csv";
        public static final String PARTICLES_FILE = "particles.csv";
        public static final String GENERATIONS_FILE = "generations.csv";
        public static final String GENERATION = Runs.GENERATION, PARTICLE = "particle", PROPOSAL = Runs.PROPOSAL;
        public static final String WEIGHT = "weight", DISTANCE = "distance", TOLERANCE = "tolerance";
        public static final String PROPOSALS = "proposals", ACCEPTED = "accepted", ACCEPTANCE_RATE = "acceptance_rate";
        public static final String ESS = "ess", RUNS = "runs", FAILED_RUNS = "failed_runs";
        public static final List<String> GENERATIONS_HEADER = List.of(GENERATION, TOLERANCE, PROPOSALS, ACCEPTED,
                ACCEPTANCE_RATE, ESS, RUNS, FAILED_RUNS);

        private Calibrations() {
        }

        /**
         * The header of a particle table: the parameters' keys, then the targets' and holdout patterns' measures.
         *
         * @param everyGeneration whether the table holds every generation ({@code particles.csv})
         */
        public static List<String> particleHeader(boolean everyGeneration, List<String> keys, List<String> measures) {
            return concat(everyGeneration ? List.of(GENERATION) : List.of(), List.of(PARTICLE, PROPOSAL), keys,
                    List.of(WEIGHT, DISTANCE), measures);
        }
    }
}
