package org.ministerial.batch;

import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.model.MetricNames;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a batch's outcome variance comes from what we do not know about the inputs, and how much from the
 * dynamics of the negotiation. A batch whose inputs are uncertain runs each input draw several times with different
 * dynamics seeds ({@code runs.csv}'s {@code input_draw}), a two-stage nested design; by the law of total variance,
 * {@code Var(Y) = Var(E[Y | inputs]) + E[Var(Y | inputs)]}, and the two terms are the variance components of a one-way
 * random-effects analysis of variance with the draws as groups. They are estimated by the ANOVA (method of moments)
 * estimator for unbalanced groups (Searle, Casella and McCulloch 1992, <i>Variance Components</i>, section 3.5):
 * {@code s2_dynamics = MSW}, {@code s2_input = max(0, (MSB - MSW) / n0)} with
 * {@code n0 = (N - sum n_i^2 / N) / (a - 1)}. The input share is {@code s2_input / (s2_input + s2_dynamics)}: the
 * first-order Sobol index of the input draw as a whole, the rest being the dynamics and their interaction with the
 * inputs (the approach of Iooss and Ribatet 2009 for stochastic simulators).
 *
 * <p>Measures: the share of each outcome (as a 0/1 indicator), the end round, and every reference coalition's
 * emergence ({@code *_found}) and overlap ({@code *_jaccard}). A measure that is constant over the batch has no
 * variance to split ({@link Part#constant()}).
 */
public final class VarianceSplit {
    /**
     * One measure's split.
     *
     * @param total    its variance over the batch's completed runs (the sample variance)
     * @param input    the variance component of the input draws
     * @param dynamics the variance component of the dynamics within a draw
     * @param rare     for a 0/1 measure, whether fewer than {@value #RARE} runs differ from the rest: too few events
     *                 to tell where their variance comes from
     */
    public record Part(double total, double input, double dynamics, boolean rare) {
        /** The input component's share of the two, NaN for a constant measure. */
        public double inputShare() {
            double sum = input + dynamics;
            return sum > 0 ? input / sum : Double.NaN;
        }

        public boolean constant() {
            return !(input + dynamics > 0);
        }

        /** A 0/1 measure with fewer minority runs than this is flagged {@link #rare()}. */
        public static final int RARE = org.ministerial.statistics.ClusteredShare.RARE;
    }

    private final int draws;
    private final double meanRunsPerDraw;
    private final int fewestRunsPerDraw, mostRunsPerDraw;
    private final Map<String, Part> parts;

    private VarianceSplit(int draws, double meanRunsPerDraw, int fewest, int most, Map<String, Part> parts) {
        this.draws = draws;
        this.meanRunsPerDraw = meanRunsPerDraw;
        this.fewestRunsPerDraw = fewest;
        this.mostRunsPerDraw = most;
        this.parts = Collections.unmodifiableMap(parts);
    }

    /** Number of input draws with at least one completed run. */
    public int draws() {
        return draws;
    }

    /** Mean completed runs per draw. */
    public double meanRunsPerDraw() {
        return meanRunsPerDraw;
    }

    /** Fewest completed runs of a draw (fewer than the rest in a batch's last draw, or where runs failed). */
    public int fewestRunsPerDraw() {
        return fewestRunsPerDraw;
    }

    /** Most completed runs of a draw. */
    public int mostRunsPerDraw() {
        return mostRunsPerDraw;
    }

    /** Runs per draw as a report writes it: {@code 5}, or {@code 2 to 5 (mean 4.0)} when the draws differ. */
    public String runsPerDrawText() {
        return fewestRunsPerDraw == mostRunsPerDraw ? Integer.toString(mostRunsPerDraw)
                : String.format(java.util.Locale.ROOT, "%d to %d (mean %.1f)", fewestRunsPerDraw, mostRunsPerDraw,
                meanRunsPerDraw);
    }

    /** Each measure's split, in a fixed order: outcomes, end round, reference columns in file order. */
    public Map<String, Part> parts() {
        return parts;
    }

    /**
     * The split of a finished {@code runs.csv}, or null when it cannot be made: no {@code input_draw} column (inputs
     * taken as written), fewer than two draws, or no draw replicated.
     */
    public static VarianceSplit of(Path runsCsv) throws IOException {
        try (RunsCsv rows = RunsCsv.open(runsCsv)) {
            Collector c = new Collector(rows);
            for (RunsCsv.Row r : rows) c.add(r);
            return c.split();
        }
    }

    /**
     * Gathers the split row by row, so that a reader of {@code runs.csv} that needs more from it ({@link RunsDigest})
     * reads the file once.
     */
    static final class Collector {
        private final boolean drawn;
        private final List<String> measures = new ArrayList<>();
        private final List<Integer> group = new ArrayList<>();
        private final List<double[]> values = new ArrayList<>();

        Collector(RunsCsv rows) {
            drawn = rows.header().contains(Runs.INPUT_DRAW);
            for (org.ministerial.model.Outcome o : org.ministerial.model.Outcome.values()) measures.add(o.label());
            measures.add(Runs.END_ROUND);
            for (String m : rows.metrics()) if (MetricNames.isReference(m)) measures.add(m);
        }

        void add(RunsCsv.Row r) {
            if (!drawn || r.failed()) return;
            double[] v = new double[measures.size()];
            for (int i = 0; i < measures.size(); i++) {
                String m = measures.get(i);
                if (i < org.ministerial.model.Outcome.values().length) v[i] = r.outcome().label().equals(m) ? 1 : 0;
                else if (m.equals(Runs.END_ROUND)) v[i] = r.endRound();
                else {
                    Double x = r.metrics().get(m);
                    v[i] = x == null ? Double.NaN : x;
                }
            }
            group.add(Integer.parseInt(r.get(Runs.INPUT_DRAW)));
            values.add(v);
        }

        /** The split, or null (see {@link #of}). */
        VarianceSplit split() {
            return drawn ? VarianceSplit.split(measures, group, values) : null;
        }
    }

    /**
     * The split of values grouped by draw.
     *
     * @param measures the measures' names
     * @param group    each run's draw
     * @param values   each run's value of every measure (NaN where a run has none: left out of that measure)
     * @return the split, or null with fewer than two draws or no replicated draw
     */
    static VarianceSplit split(List<String> measures, List<Integer> group, List<double[]> values) {
        Map<String, Part> parts = new LinkedHashMap<>();
        int draws = 0, fewest = 0, most = 0;
        double runsPerDraw = 0;
        for (int i = 0; i < measures.size(); i++) {
            Map<Integer, double[]> byDraw = new LinkedHashMap<>(); // draw -> {count, sum, sum of squares}
            for (int r = 0; r < values.size(); r++) {
                double v = values.get(r)[i];
                if (Double.isNaN(v)) continue;
                double[] s = byDraw.computeIfAbsent(group.get(r), g -> new double[3]);
                s[0]++;
                s[1] += v;
                s[2] += v * v;
            }
            Part p = anova(byDraw.values());
            if (p == null && i == 0) return null;
            if (p != null) parts.put(measures.get(i), p);
            if (i == 0) {
                draws = byDraw.size();
                runsPerDraw = values.size() / (double) draws;
                fewest = Integer.MAX_VALUE;
                for (double[] s : byDraw.values()) {
                    fewest = Math.min(fewest, (int) s[0]);
                    most = Math.max(most, (int) s[0]);
                }
            }
        }
        return new VarianceSplit(draws, runsPerDraw, fewest, most, parts);
    }

    private static Part anova(java.util.Collection<double[]> groups) {
        org.ministerial.statistics.OneWayAnova a = org.ministerial.statistics.OneWayAnova.of(groups);
        if (a == null) return null;
        double n = 0, sum = 0, sumSq = 0;
        for (double[] g : groups) {
            n += g[0];
            sum += g[1];
            sumSq += g[2];
        }
        // a 0/1 measure: its sum of squares is its sum; the minority is the smaller of the ones and the zeros
        boolean binary = sum == sumSq;
        boolean rare = binary && Math.min(sum, n - sum) < Part.RARE;
        return new Part(a.total(), a.between(), a.within(), rare);
    }

    /** The tree of {@code summary.json}'s {@code variance_split}. */
    public Map<String, Object> toTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(SummaryKeys.VarianceSplit.METHOD,
                "one-way random-effects ANOVA over input draws (Searle, Casella and McCulloch 1992)");
        tree.put(SummaryKeys.VarianceSplit.INPUT_DRAWS, draws);
        tree.put(SummaryKeys.VarianceSplit.RUNS_PER_DRAW, Decimals.round(meanRunsPerDraw));
        Map<String, Object> measures = new LinkedHashMap<>();
        for (Map.Entry<String, Part> e : parts.entrySet()) {
            Part p = e.getValue();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(SummaryKeys.VarianceSplit.VARIANCE, Decimals.round(p.total()));
            if (p.constant()) {
                one.put(SummaryKeys.VarianceSplit.CONSTANT, true);
            } else {
                one.put(SummaryKeys.VarianceSplit.INPUT, Decimals.round(p.input()));
                one.put(SummaryKeys.VarianceSplit.DYNAMICS, Decimals.round(p.dynamics()));
                one.put(SummaryKeys.VarianceSplit.INPUT_SHARE, Decimals.round(p.inputShare()));
                if (p.rare()) one.put(SummaryKeys.VarianceSplit.RARE, true);
            }
            measures.put(e.getKey(), one);
        }
        tree.put(SummaryKeys.VarianceSplit.MEASURES, measures);
        return tree;
    }
}
