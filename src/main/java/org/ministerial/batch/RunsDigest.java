package org.ministerial.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished batch reports of its {@code runs.csv}, from one reading of it: the outcome summary, the variance
 * split (null when the inputs were not drawn) and the mean of some numeric columns over the completed runs (the final
 * text's, for its comparison with the compromise model). Reading the file once matters at the end of every batch,
 * where the command waits for it.
 */
public record RunsDigest(Summary summary, VarianceSplit split, Map<String, Double> means) {

    /**
     * @param columns the columns to average over the runs that did not fail; a mean is NaN when no run completed or a
     *         completed run's cell is empty
     */
    public static RunsDigest of(Path runsCsv, List<String> columns) throws IOException {
        Summary summary = new Summary();
        double[] sums = new double[columns.size()];
        int completed = 0;
        try (RunsCsv rows = RunsCsv.open(runsCsv)) {
            VarianceSplit.Collector split = new VarianceSplit.Collector(rows);
            for (RunsCsv.Row r : rows) {
                r.addTo(summary);
                split.add(r);
                if (r.failed()) continue;
                completed++;
                for (int j = 0; j < sums.length; j++) {
                    // as written by Decimals (NaN, Inf); an empty cell makes the mean NaN rather than fail the batch,
                    // whose summary.json is made from this digest before its manifest
                    Double v = Decimals.parse(r.get(columns.get(j)));
                    sums[j] += v == null ? Double.NaN : v;
                }
            }
            Map<String, Double> means = new LinkedHashMap<>();
            for (int j = 0; j < sums.length; j++) means.put(columns.get(j), completed == 0 ? Double.NaN : sums[j] / completed);
            return new RunsDigest(summary, split.split(), means);
        }
    }
}
