package org.ministerial.sensitivity;

import org.ministerial.batch.AnalysisSchema;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.ResultsSchema.Coalitions;
import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.batch.RunsCsv;
import org.ministerial.files.CsvReader;
import org.ministerial.files.CsvRow;
import org.ministerial.model.Outcome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outputs a sensitivity analysis studies, per design point: the mean over the point's completed replications of
 * each per-run output, read from a sweep's {@code runs.csv} (and {@code coalitions.csv.gz}). The outputs are
 * {@code <outcome>_share} (the share of runs ending so: agreement, breakdown, flexible), {@code end_round}, every
 * metric column of {@code runs.csv}, and, given a reference coalition, {@code coalition_overlap}: the largest Jaccard
 * index between the reference's members and an emergent coalition's at the end of the run (0 with none).
 *
 * @param names     output names, in the order above
 * @param means     {@code means[o][p]}: output o's mean at point p, NaN where no replication completed
 * @param completed {@code completed[p]}: completed replications of point p
 */
public record PointOutputs(List<String> names, double[][] means, int[] completed) {
    public static PointOutputs read(Path folder, int points, List<String> reference) throws IOException {
        Map<Integer, Double> overlap = reference.isEmpty() ? Map.of()
                : overlaps(folder.resolve(Coalitions.FILE), Set.copyOf(reference));
        List<String> names = new ArrayList<>();
        for (Outcome o : Outcome.values()) names.add(ResultsSchema.Sweeps.share(o.label()));
        names.add(Runs.END_ROUND);
        double[][] sums = null;
        int[][] counts = null;
        int[] completed = new int[points];
        try (RunsCsv runs = RunsCsv.open(folder.resolve(Runs.FILE))) {
            names.addAll(runs.metrics());
            if (!reference.isEmpty()) names.add(AnalysisSchema.Sensitivity.COALITION_OVERLAP);
            sums = new double[names.size()][points];
            counts = new int[names.size()][points];
            for (RunsCsv.Row r : runs) {
                int p = Integer.parseInt(r.get(Runs.POINT));
                if (p < 0 || p >= points) throw new IOException(folder.resolve(Runs.FILE) + ": run " + r.run()
                        + " names design point " + p + ", which design.csv does not have");
                if (r.failed()) continue;
                completed[p]++;
                double[] values = values(r, names, overlap.getOrDefault(r.run(), 0.0));
                for (int o = 0; o < values.length; o++) {
                    if (!Double.isFinite(values[o])) continue;
                    sums[o][p] += values[o];
                    counts[o][p]++;
                }
            }
        }
        double[][] means = new double[names.size()][points];
        for (int o = 0; o < names.size(); o++)
            for (int p = 0; p < points; p++) means[o][p] = counts[o][p] == 0 ? Double.NaN : sums[o][p] / counts[o][p];
        return new PointOutputs(List.copyOf(names), means, completed);
    }

    private static double[] values(RunsCsv.Row r, List<String> names, double overlap) {
        double[] v = new double[names.size()];
        int at = 0;
        for (Outcome o : Outcome.values()) v[at++] = r.outcome() == o ? 1 : 0;
        v[at++] = r.endRound();
        for (Double m : r.metrics().values()) v[at++] = m == null ? Double.NaN : m;
        if (at < v.length) v[at] = overlap;
        return v;
    }

    /** Per completed run with emergent coalitions, the best Jaccard index of one of them with the reference. */
    private static Map<Integer, Double> overlaps(Path coalitions, Set<String> reference) throws IOException {
        Map<Integer, Double> best = new HashMap<>();
        try (CsvReader in = CsvReader.open(coalitions)) {
            boolean marked = in.header().contains(Coalitions.ORIGIN);
            int run = -1;
            Map<String, Set<String>> members = new LinkedHashMap<>();
            for (CsvRow r; (r = in.next()) != null; ) {
                if (marked && !r.get(Coalitions.ORIGIN).equals(Coalitions.EMERGENT)) continue;
                int thisRun = r.integer(Coalitions.RUN);
                if (thisRun != run) {
                    if (run >= 0) best.put(run, jaccardBest(members, reference));
                    members.clear();
                    run = thisRun;
                }
                members.computeIfAbsent(r.get(Coalitions.COALITION), k -> new HashSet<>())
                        .add(r.get(Coalitions.MEMBER));
            }
            if (run >= 0) best.put(run, jaccardBest(members, reference));
        }
        return best;
    }

    private static double jaccardBest(Map<String, Set<String>> coalitions, Set<String> reference) {
        double best = 0;
        for (Set<String> c : coalitions.values()) {
            Set<String> union = new HashSet<>(c);
            union.addAll(reference);
            Set<String> both = new HashSet<>(c);
            both.retainAll(reference);
            best = Math.max(best, (double) both.size() / union.size());
        }
        return best;
    }
}
