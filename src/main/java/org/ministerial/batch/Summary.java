package org.ministerial.batch;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.ministerial.model.Outcome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a batch amounts to: how often each outcome occurred, with a 95% Wilson score interval, and the mean end round
 * and metrics. It is accumulated from the streamed runs (in run-index order, so sums are identical for any number of
 * threads) and read both by {@code summary.json} and by the command line's end-of-batch table.
 *
 * <p>{@code summary.json} is computed from {@code runs.csv} itself ({@link #of(Path)}), so it is the same whether the
 * runs were written in one go, resumed after a crash, or merged from shards; the metric means are therefore means
 * of the values as written (rounded to six places).
 *
 * <p>Shares are taken over the runs that completed; failed runs are counted separately. With no completed run a share
 * is undefined (NaN) and its interval is the uninformative [0, 1].
 */
public final class Summary {
    /** Confidence level of the outcome intervals. */
    public static final double CONFIDENCE = 0.95;

    /**
     * One outcome's frequency.
     *
     * @param count runs that ended so
     * @param share count over completed runs, NaN when none completed
     * @param lower lower bound of the 95% Wilson score interval
     * @param upper upper bound of the 95% Wilson score interval
     */
    public record OutcomeShare(int count, double share, double lower, double upper) {
    }

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final Map<String, double[]> metricSums = new LinkedHashMap<>();
    private int runs;
    private int failed;
    private double endRoundSum, endRoundSumSq;

    public Summary() {
        for (Outcome o : Outcome.values()) counts.put(o, 0);
    }

    /** Counts one run; call in run-index order. */
    public void add(CompletedRun run) {
        if (run.failed()) addFailed();
        else add(run.result().outcome(), run.result().endRound(), run.result().metrics());
    }

    /** Counts one run that failed. */
    public void addFailed() {
        runs++;
        failed++;
    }

    /**
     * Counts one completed run; call in run-index order.
     *
     * @param outcome  how it ended
     * @param endRound the 0-based round it ended in
     * @param metrics  its metrics (null values are skipped)
     */
    public void add(Outcome outcome, int endRound, Map<String, Double> metrics) {
        runs++;
        counts.merge(outcome, 1, Integer::sum);
        endRoundSum += endRound;
        endRoundSumSq += (double) endRound * endRound;
        for (Map.Entry<String, Double> m : metrics.entrySet()) {
            if (m.getValue() == null || m.getValue().isNaN()) continue;
            double[] sum = metricSums.computeIfAbsent(m.getKey(), k -> new double[2]);
            sum[0] += m.getValue();
            sum[1]++;
        }
    }

    /** The summary of a finished {@code runs.csv}, as {@code summary.json} reports it. */
    public static Summary of(Path runsCsv) throws IOException {
        Summary s = new Summary();
        try (RunsCsv rows = RunsCsv.open(runsCsv)) {
            for (RunsCsv.Row r : rows) r.addTo(s);
        }
        return s;
    }

    public int runs() {
        return runs;
    }

    public int failed() {
        return failed;
    }

    public int completed() {
        return runs - failed;
    }

    public OutcomeShare share(Outcome outcome) {
        int n = completed();
        int c = counts.get(outcome);
        if (n == 0) return new OutcomeShare(c, Double.NaN, 0, 1);
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(n, c, CONFIDENCE);
        return new OutcomeShare(c, (double) c / n, ci.getLowerBound(), ci.getUpperBound());
    }

    /** Every outcome, in declaration order, including those that never occurred. */
    public Map<Outcome, OutcomeShare> shares() {
        Map<Outcome, OutcomeShare> all = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) all.put(o, share(o));
        return Collections.unmodifiableMap(all);
    }

    /** Mean 0-based round in which completed runs ended, NaN when none completed. */
    public double meanEndRound() {
        return completed() == 0 ? Double.NaN : endRoundSum / completed();
    }

    /** Sample standard deviation of the end round over completed runs, NaN with fewer than two. */
    public double endRoundSd() {
        int n = completed();
        if (n < 2) return Double.NaN;
        double mean = endRoundSum / n;
        return Math.sqrt(Math.max(0, (endRoundSumSq - n * mean * mean) / (n - 1)));
    }

    /** Mean of each metric over the completed runs that reported it, in the model's order. */
    public Map<String, Double> metricMeans() {
        Map<String, Double> means = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : metricSums.entrySet())
            means.put(e.getKey(), e.getValue()[0] / e.getValue()[1]);
        return Collections.unmodifiableMap(means);
    }
}
