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
        RunsDigest digest = RunsDigest.of(runsCsv, List.of());
        return of(scenario, digest.summary(), digest.split());
    }

    /** With the split of the outcome variance into input and dynamics parts, when the batch has one. */
    public static Map<String, Object> of(String scenario, Summary summary, VarianceSplit split) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(SummaryKeys.SCENARIO, scenario);
        tree.put(SummaryKeys.RUNS, summary.runs());
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (Map.Entry<Outcome, Summary.OutcomeShare> e : summary.shares().entrySet()) {
            Summary.OutcomeShare s = e.getValue();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(SummaryKeys.COUNT, s.count());
            one.put(SummaryKeys.SHARE, Decimals.round(s.share()));
            one.put(SummaryKeys.CI95, List.of(Decimals.round(s.lower()), Decimals.round(s.upper())));
            if (summary.drawsShared()) one.put(SummaryKeys.EFFECTIVE_RUNS, Decimals.round(s.effectiveRuns()));
            outcomes.put(e.getKey().label(), one);
        }
        tree.put(SummaryKeys.OUTCOMES, outcomes);
        tree.put(SummaryKeys.FAILED, summary.failed());
        tree.put(SummaryKeys.MEAN_END_ROUND, Decimals.round(summary.meanEndRound()));
        Map<String, Object> metrics = new LinkedHashMap<>();
        summary.metricMeans().forEach((k, v) -> metrics.put(k, Decimals.round(v)));
        tree.put(SummaryKeys.MEAN_METRICS, metrics);
        if (split != null) tree.put(SummaryKeys.VARIANCE_SPLIT, split.toTree());
        return tree;
    }
}
