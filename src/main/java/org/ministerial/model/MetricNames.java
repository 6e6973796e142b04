package org.ministerial.model;

import java.util.Locale;

/**
 * Names of the run metrics ({@link RunResult#metrics()}), which become the metric columns of {@code runs.csv}: the
 * model's part of the results schema ({@code org.ministerial.batch.ResultsSchema}), kept in the model because the
 * model names what it measures and knows nothing of files. The builder of a result and every reader use these, so a
 * renamed metric is renamed once; docs/results.md describes each.
 */
public final class MetricNames {
    // the end of the meeting
    public static final String ACCEPTING = "accepting", WALKOUTS = "walkouts", CLOSED_BY_CHAIR = "closed_by_chair";
    public static final String MEAN_UTILITY = "mean_utility", MIN_UTILITY = "min_utility";
    public static final String EMERGENT_COALITIONS = "emergent_coalitions", LARGEST_COALITION = "largest_coalition";
    public static final String MOBILISATION = "mobilisation", PRESSURE = "pressure";
    /** Mean absolute distance of the final text to the salience- and capability-weighted compromise of the opening. */
    public static final String COMPROMISE_DISTANCE = "compromise_distance";
    // with the Nash analysis, with a two-tier deal, after a precedent, with a bilateral track
    public static final String NASH_EXISTS = "nash_exists", NASH_DISTANCE = "nash_distance";
    public static final String ADDON_TAKERS = "addon_takers", COMMITMENT_SPREAD = "commitment_spread";
    public static final String PRECEDENT_AGREEMENT = "precedent_agreement";
    public static final String BILATERAL_ACCEPTED = "bilateral_accepted";
    /** Suffix of a reference coalition's metric: 1 if an emergent coalition held its anchors at the end, else 0. */
    public static final String FOUND_SUFFIX = "_found";
    /** Suffix of a reference coalition's metric: the Jaccard overlap of that coalition with the observed one. */
    public static final String JACCARD_SUFFIX = "_jaccard";

    private MetricNames() {
    }

    /** A two-tier deal's common core on an issue. */
    public static String core(String issueId) {
        return "core_" + issueId;
    }

    /** A metric of the precedent meeting, carried into the result of the meeting that followed it. */
    public static String ofPrecedent(String metric) {
        return "precedent_" + metric;
    }

    /** The key of a reference coalition in metric names: its id in lower case. */
    public static String key(ReferenceCoalition reference) {
        return reference.id().toLowerCase(Locale.ROOT);
    }

    /** Whether the reference coalition keyed {@code key} emerged. */
    public static String found(String key) {
        return key + FOUND_SUFFIX;
    }

    /** The overlap of the reference coalition keyed {@code key} with the observed one. */
    public static String jaccard(String key) {
        return key + JACCARD_SUFFIX;
    }

    /** Whether a metric says if some reference coalition emerged. */
    public static boolean isFound(String metric) {
        return metric.endsWith(FOUND_SUFFIX);
    }

    /** Whether a metric is one of a reference coalition's two. */
    public static boolean isReference(String metric) {
        return isFound(metric) || metric.endsWith(JACCARD_SUFFIX);
    }

    /** The reference key of a metric for which {@link #isFound} holds. */
    public static String keyOfFound(String metric) {
        return metric.substring(0, metric.length() - FOUND_SUFFIX.length());
    }
}
