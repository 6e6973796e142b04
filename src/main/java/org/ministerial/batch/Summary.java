package org.ministerial.batch;

import org.ministerial.model.Outcome;
import org.ministerial.statistics.ClusteredShare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a batch amounts to: how often each outcome occurred, with a 95% Wilson score interval on the effective number
 * of runs (runs that share a draw of the uncertain inputs are alike: {@link ClusteredShare}), and the mean end round
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
     * @param lower         lower bound of the 95% Wilson score interval on the effective runs
     * @param upper         upper bound of the 95% Wilson score interval on the effective runs
     * @param effectiveRuns the completed runs divided by the design effect of their input draws (the completed runs
     *                      when the inputs are not drawn)
     */
    public record OutcomeShare(int count, double share, double lower, double upper, double effectiveRuns) {
        static OutcomeShare of(ClusteredShare s) {
            double[] ci = s.interval(CONFIDENCE);
            return new OutcomeShare(s.count(), s.share(), ci[0], ci[1], s.effectiveRuns());
        }
    }

    private final Map<Outcome, ClusteredShare.Counter> byDraw = new EnumMap<>(Outcome.class);
    private final Map<String, double[]> metricSums = new LinkedHashMap<>();
    /** Per 0/1 metric (a reference coalition's emergence), its values counted by draw; others are left out. */
    private final Map<String, ClusteredShare.Counter> metricByDraw = new LinkedHashMap<>();
    private final java.util.Set<String> notBinary = new java.util.HashSet<>();
    /** Per input draw, the end rounds' {count, sum, sum of squares}. */
    private final Map<Integer, double[]> endRoundsByDraw = new java.util.TreeMap<>();
    private int runs;
    private int failed;
    private double endRoundSum, endRoundSumSq;

    public Summary() {
        for (Outcome o : Outcome.values()) {
            byDraw.put(o, new ClusteredShare.Counter());
        }
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
        add(outcome, endRound, metrics, -1);
    }

    /**
     * Counts one completed run whose inputs came from input draw {@code draw} (-1: not drawn); call in run-index
     * order.
     */
    public void add(Outcome outcome, int endRound, Map<String, Double> metrics, int draw) {
        runs++;
        for (Outcome o : Outcome.values()) byDraw.get(o).add(draw, o == outcome);
        if (draw >= 0) {
            double[] g = endRoundsByDraw.computeIfAbsent(draw, d -> new double[3]);
            g[0]++;
            g[1] += endRound;
            g[2] += (double) endRound * endRound;
        }
        endRoundSum += endRound;
        endRoundSumSq += (double) endRound * endRound;
        for (Map.Entry<String, Double> m : metrics.entrySet()) {
            if (m.getValue() == null || m.getValue().isNaN()) continue;
            double[] sum = metricSums.computeIfAbsent(m.getKey(), k -> new double[2]);
            sum[0] += m.getValue();
            sum[1]++;
            double v = m.getValue();
            if (v != 0 && v != 1) notBinary.add(m.getKey());
            else metricByDraw.computeIfAbsent(m.getKey(), k -> new ClusteredShare.Counter()).add(draw, v == 1);
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
        return OutcomeShare.of(clusteredShare(outcome));
    }

    /** An outcome's share with the design effect of the runs' input draws. */
    public ClusteredShare clusteredShare(Outcome outcome) {
        return byDraw.get(outcome).share();
    }

    /** Whether runs share draws of the uncertain inputs, so that intervals are on the effective runs. */
    public boolean drawsShared() {
        return byDraw.get(Outcome.values()[0]).clustered();
    }

    /**
     * The share of the completed runs in which a 0/1 metric (a reference coalition's emergence) was 1, with its design
     * effect; null for a metric no run reported or one that is not 0/1.
     */
    public ClusteredShare metricShare(String key) {
        ClusteredShare.Counter c = metricByDraw.get(key);
        return c == null || notBinary.contains(key) ? null : c.share();
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

    /**
     * The design effect of the input draws on the mean end round, {@code 1 + (m - 1) rho} as for the shares
     * ({@link ClusteredShare}); 1 when the runs share no draw.
     */
    public double endRoundDesignEffect() {
        org.ministerial.statistics.OneWayAnova a = org.ministerial.statistics.OneWayAnova.of(endRoundsByDraw.values());
        return a == null ? 1 : ClusteredShare.designEffect(a.intraclassCorrelation(), endRoundsByDraw.values());
    }

    /** Mean of each metric over the completed runs that reported it, in the model's order. */
    public Map<String, Double> metricMeans() {
        Map<String, Double> means = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : metricSums.entrySet())
            means.put(e.getKey(), e.getValue()[0] / e.getValue()[1]);
        return Collections.unmodifiableMap(means);
    }
}
