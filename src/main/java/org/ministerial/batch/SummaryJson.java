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
        return tree;
    }
}
