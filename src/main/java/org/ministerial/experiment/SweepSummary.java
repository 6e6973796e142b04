package org.ministerial.experiment;

import org.ministerial.batch.CsvFiles;
import org.ministerial.batch.Decimals;
import org.ministerial.batch.Json;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.RunsCsv;
import org.ministerial.batch.Summary;
import org.ministerial.batch.SummaryJson;
import org.ministerial.batch.SummaryKeys;
import org.ministerial.files.CsvReader;
import org.ministerial.model.Outcome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep's {@code summary.json} and {@code points.csv}: per design point, the outcome shares with 95% Wilson
 * intervals, the mean end round and the mean metrics, computed from {@code design.csv} and {@code runs.csv} alone,
 * so that a resumed or merged sweep gets the same bytes as one run in a go.
 */
public final class SweepSummary {
    private SweepSummary() {
    }

    /**
     * Writes both files into {@code folder}, which holds {@code design.csv} and the finished {@code runs.csv}.
     *
     * @param name         the experiment's name
     * @param design       the design type
     * @param replications runs per point
     */
    public static void write(Path folder, String name, String design, int replications) throws IOException {
        List<Map<String, String>> points = CsvReader.readCells(folder.resolve(ResultsSchema.Sweeps.DESIGN_FILE));
        List<Summary> summaries = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) summaries.add(new Summary());
        Set<String> metrics = new LinkedHashSet<>();
        Summary all = new Summary();
        try (RunsCsv runs = RunsCsv.open(folder.resolve(ResultsSchema.Runs.FILE))) {
            metrics.addAll(runs.metrics());
            for (RunsCsv.Row r : runs) {
                int point = Integer.parseInt(r.get(ResultsSchema.Runs.POINT));
                if (point < 0 || point >= points.size())
                    throw new IOException(folder.resolve(ResultsSchema.Runs.FILE) + ": run " + r.run() + " names design point "
                            + point + ", which design.csv does not have");
                r.addTo(summaries.get(point));
                r.addTo(all);
            }
        }
        List<String> parameters = parameterColumns(folder, design);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(SummaryKeys.EXPERIMENT, name);
        tree.put(SummaryKeys.DESIGN, design);
        tree.put(SummaryKeys.POINTS, points.size());
        tree.put(SummaryKeys.REPLICATIONS, replications);
        tree.put(SummaryKeys.RUNS, all.runs());
        tree.put(SummaryKeys.FAILED, all.failed());
        List<Map<String, Object>> byPoint = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(SummaryKeys.POINT, i);
            if (points.get(i).containsKey(ResultsSchema.Sweeps.SCENARIO))
                one.put(SummaryKeys.SCENARIO, points.get(i).get(ResultsSchema.Sweeps.SCENARIO));
            Map<String, String> values = new LinkedHashMap<>();
            for (String p : parameters) values.put(p, points.get(i).get(p));
            one.put(SummaryKeys.PARAMETERS, values);
            Map<String, Object> s = new LinkedHashMap<>(SummaryJson.of(name, summaries.get(i)));
            s.remove(SummaryKeys.SCENARIO);
            one.putAll(s);
            byPoint.add(one);
        }
        tree.put(SummaryKeys.BY_POINT, byPoint);
        Json.write(folder.resolve(ResultsSchema.SUMMARY_FILE), tree);
        writePoints(folder, points, parameters, summaries, List.copyOf(metrics));
    }

    /** The parameter columns of {@code design.csv}: those after the point, scenario and structure columns. */
    static List<String> parameterColumns(Path folder, String design) throws IOException {
        List<String> header = CsvReader.readHeader(folder.resolve(ResultsSchema.Sweeps.DESIGN_FILE));
        int skip = 1 + (header.contains(ResultsSchema.Sweeps.SCENARIO) ? 1 : 0) + Designs.structureColumns(design).size();
        return List.copyOf(header.subList(Math.min(skip, header.size()), header.size()));
    }

    private static void writePoints(Path folder, List<Map<String, String>> points, List<String> parameters,
                                    List<Summary> summaries, List<String> metrics) throws IOException {
        List<String> header = new ArrayList<>(List.of(ResultsSchema.Sweeps.POINT));
        boolean compare = !points.isEmpty() && points.get(0).containsKey(ResultsSchema.Sweeps.SCENARIO);
        if (compare) header.add(ResultsSchema.Sweeps.SCENARIO);
        header.addAll(parameters);
        header.addAll(List.of(ResultsSchema.Sweeps.RUNS, ResultsSchema.Sweeps.FAILED));
        for (Outcome o : Outcome.values())
            for (String part : ResultsSchema.Sweeps.SHARE_PARTS) header.add(ResultsSchema.Sweeps.share(o.label(), part));
        header.add(ResultsSchema.Sweeps.MEAN_END_ROUND);
        for (String m : metrics) header.add(ResultsSchema.Sweeps.mean(m));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Summary s = summaries.get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i)));
            if (compare) row.add(points.get(i).get(ResultsSchema.Sweeps.SCENARIO));
            for (String p : parameters) row.add(points.get(i).get(p));
            row.add(Integer.toString(s.runs()));
            row.add(Integer.toString(s.failed()));
            for (Outcome o : Outcome.values()) {
                Summary.OutcomeShare share = s.share(o);
                row.add(Decimals.format(share.share()));
                row.add(Decimals.format(share.lower()));
                row.add(Decimals.format(share.upper()));
            }
            row.add(Decimals.format(s.meanEndRound()));
            Map<String, Double> means = s.metricMeans();
            for (String m : metrics) row.add(Decimals.format(means.getOrDefault(m, Double.NaN)));
            rows.add(row);
        }
        CsvFiles.write(folder.resolve(ResultsSchema.Sweeps.POINTS_FILE), header, rows);
    }
}
