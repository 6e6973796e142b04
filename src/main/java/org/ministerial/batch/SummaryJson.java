package org.ministerial.batch;

import org.ministerial.model.Outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree of {@code summary.json}: the batch at a glance, for reports and for comparing batches without reading
 * {@code runs.csv}. Every outcome appears, even when it never occurred, so consumers need no special cases.
 */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static Map<String, Object> of(String scenario, Summary summary) {
        return of(scenario, summary, null);
    }

    /** The summary of a finished {@code runs.csv}, with its variance split when the batch drew its inputs. */
    public static Map<String, Object> of(String scenario, java.nio.file.Path runsCsv) throws java.io.IOException {
        return of(scenario, Summary.of(runsCsv), VarianceSplit.of(runsCsv));
    }

    /** With the split of the outcome variance into input and dynamics parts, when the batch has one. */
    public static Map<String, Object> of(String scenario, Summary summary, VarianceSplit split) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("scenario", scenario);
        tree.put("runs", summary.runs());
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (Map.Entry<Outcome, Summary.OutcomeShare> e : summary.shares().entrySet()) {
            Summary.OutcomeShare s = e.getValue();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("count", s.count());
            one.put("share", Decimals.round(s.share()));
            one.put("ci95", List.of(Decimals.round(s.lower()), Decimals.round(s.upper())));
            outcomes.put(e.getKey().label(), one);
        }
        tree.put("outcomes", outcomes);
        tree.put("failed", summary.failed());
        tree.put("mean_end_round", Decimals.round(summary.meanEndRound()));
        Map<String, Object> metrics = new LinkedHashMap<>();
        summary.metricMeans().forEach((k, v) -> metrics.put(k, Decimals.round(v)));
        tree.put("mean_metrics", metrics);
        if (split != null) tree.put("variance_split", split.toTree());
        return tree;
    }
}
