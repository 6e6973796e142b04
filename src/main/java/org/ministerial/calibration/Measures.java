package org.ministerial.calibration;

import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.model.MetricNames;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.Outcome;
import org.ministerial.model.ReferenceCoalition;
import org.ministerial.model.RunResult;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The measures a target can name, and their value in one run. A particle's simulated value of a measure is its mean
 * over the particle's runs, so:
 * <ul>
 *   <li>{@code <outcome>_share} ({@code agreement_share}, {@code breakdown_share}, {@code flexible_share}): 1 if the
 *       run ended so, else 0, whose mean is the outcome's share (as in {@code sensitivity});</li>
 *   <li>{@code end_round}: the 0-based round the meeting ended in; {@code end_day}: the 1-based day;</li>
 *   <li>any metric of {@code runs.csv}, e.g. {@code g21_found} (whether the reference coalition emerged) and
 *       {@code g21_jaccard} (its overlap with the observed membership; none when it did not emerge).</li>
 * </ul>
 */
final class Measures {
    static final String SHARE = "_share";

    private Measures() {
    }

    /** The value of {@code measure} in one run, NaN when the run does not report it. */
    static double value(String measure, RunResult run) {
        if (measure.equals(Runs.END_ROUND)) return run.endRound();
        if (measure.equals(Runs.END_DAY)) return run.endDay();
        if (measure.endsWith(SHARE)) {
            Outcome o = outcome(measure);
            if (o != null) return run.outcome() == o ? 1 : 0;
        }
        Double v = run.metrics().get(measure);
        return v == null ? Double.NaN : v;
    }

    /** A target's value in one run: the measure, or the target's stand-in when the run has none. */
    static double value(Target target, RunResult run) {
        double v = value(target.measure(), run);
        return Double.isNaN(v) && target.fillsMissing() ? target.missing() : v;
    }

    private static Outcome outcome(String shareMeasure) {
        String name = shareMeasure.substring(0, shareMeasure.length() - SHARE.length());
        for (Outcome o : Outcome.values()) if (o.label().equals(name)) return o;
        return null;
    }

    /**
     * Every measure a run of this scenario reports: the outcome shares, the end round and day, the metrics of a
     * probe run, and the emergence and overlap of each reference coalition (a probe run reports those even when
     * none emerged).
     */
    static Set<String> known(NegotiationSpec spec, RunResult probe) {
        Set<String> known = new LinkedHashSet<>();
        for (Outcome o : Outcome.values()) known.add(o.label() + SHARE);
        known.add(Runs.END_ROUND);
        known.add(Runs.END_DAY);
        if (probe != null) known.addAll(probe.metrics().keySet());
        for (ReferenceCoalition r : spec.references()) {
            known.add(MetricNames.found(MetricNames.key(r)));
            known.add(MetricNames.jaccard(MetricNames.key(r)));
        }
        return known;
    }
}
