package org.ministerial.sensitivity;

import java.util.List;

/**
 * The result of a sensitivity analysis, method-neutral, for the report writers: per output, per factor, named
 * statistics; a statistic {@code x} with an interval has companions {@code x_low} and {@code x_high}.
 *
 * @param method  {@code sobol} or {@code morris}
 * @param columns the statistics, in order (e.g. {@code first, first_low, first_high, total, ...})
 * @param outputs one entry per output
 */
public record SensitivityTable(String method, List<String> columns, List<Output> outputs) {
    public SensitivityTable {
        columns = List.copyOf(columns);
        outputs = List.copyOf(outputs);
    }

    /**
     * One output.
     *
     * @param name     the output's name
     * @param mean     its mean over the design's points
     * @param variance its variance over them
     * @param note     why it was not analysed (constant, missing points), or null
     * @param rows     one row per factor (empty when not analysed)
     */
    public record Output(String name, double mean, double variance, String note, List<Row> rows) {
        public Output {
            rows = List.copyOf(rows);
        }

        /**
         * Why this output's Sobol indices cannot be trusted, or null: an estimate outside [-0.1, 1.1] (indices lie
         * in [0, 1]; further out is sampling error, not sensitivity) or a bootstrap interval wider than 1 (it says
         * nothing). Both come from too few base samples for how noisy the output is (Saltelli et al. 2010).
         */
        public String unreliable() {
            for (Row r : rows) {
                double[] v = r.values();
                if (v.length < 6) return null; // Morris effects: no such bounds
                // the message names the index (first- or total-order) and the rule it breaks, so that a reader of
                // an index of -0.122 with a narrow interval learns it is the estimate, not the interval, that fails
                for (int at : new int[] {0, 3}) {
                    String index = "the " + (at == 0 ? "first" : "total") + "-order index of " + r.factor();
                    if (v[at] < -0.1 || v[at] > 1.1)
                        return "unreliable: " + index + " is " + rounded(v[at]) + ", outside [-0.1, 1.1], where no "
                                + "index can lie; use more base_samples or replications";
                    if (v[at + 2] - v[at + 1] > 1)
                        return "unreliable: " + index + " has an interval " + rounded(v[at + 2] - v[at + 1])
                                + " wide (wider than 1, so it says nothing); use more base_samples or replications";
                }
            }
            return null;
        }

        private static double rounded(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    /**
     * One factor's statistics.
     *
     * @param factor the factor's key
     * @param values one value per column
     */
    public record Row(String factor, double[] values) {
        public Row {
            values = values.clone();
        }
    }
}
