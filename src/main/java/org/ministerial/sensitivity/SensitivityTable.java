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
