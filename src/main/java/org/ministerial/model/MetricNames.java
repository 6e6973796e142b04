package org.ministerial.model;

import java.util.Locale;

/**
 * Names of the run metrics ({@link RunResult#metrics()}) that code outside the model looks up by name: the two a run
 * reports per reference coalition, and the distance of the final text to the opening compromise. The model names
 * its metrics (they become columns of {@code runs.csv}); readers use these so that a renamed metric is renamed once.
 */
public final class MetricNames {
    /** Mean absolute distance of the final text to the salience- and capability-weighted compromise of the opening. */
    public static final String COMPROMISE_DISTANCE = "compromise_distance";
    /** Suffix of a reference coalition's metric: 1 if an emergent coalition held its anchors at the end, else 0. */
    public static final String FOUND_SUFFIX = "_found";
    /** Suffix of a reference coalition's metric: the Jaccard overlap of that coalition with the observed one. */
    public static final String JACCARD_SUFFIX = "_jaccard";

    private MetricNames() {
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
