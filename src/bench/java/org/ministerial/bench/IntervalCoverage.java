package org.ministerial.bench;

import org.ministerial.batch.RunsCsv;
import org.ministerial.batch.Summary;
import org.ministerial.model.Outcome;
import org.ministerial.statistics.ClusteredShare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How often the batch intervals cover the truth: over independent batches of one scenario (different base seeds),
 * each outcome's and each 0/1 metric's 95% interval, as {@code summary.json} computes it ({@link Summary}, on the
 * effective runs), is checked against the pooled share of all the other batches, and so is Wilson's interval on the
 * runs, for comparison (docs/results.md, summary.json).
 *
 * <pre>
 * for s in $(seq 1001 1100); do bin/ministerial batch scenarios/ftaa-miami-2003.yaml --runs 200 --seed $s --out /tmp/cov/m$s; done
 * java -cp target/benchmarks.jar org.ministerial.bench.IntervalCoverage 200 /tmp/cov/m*
 * </pre>
 * The first argument takes each batch's first runs only (200, 100, 50: fewer input draws).
 */
public final class IntervalCoverage {
    private IntervalCoverage() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: IntervalCoverage FIRST_RUNS FOLDER FOLDER...");
            System.exit(2);
        }
        int first = Integer.parseInt(args[0]);
        List<Summary> batches = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Summary s = new Summary();
            try (RunsCsv rows = RunsCsv.open(Path.of(args[i]).resolve("runs.csv"))) {
                int taken = 0;
                for (RunsCsv.Row r : rows) {
                    if (taken++ == first) break;
                    r.addTo(s);
                }
            }
            batches.add(s);
        }
        Map<String, Function<Summary, ClusteredShare>> measures = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) measures.put(o.label(), s -> s.clusteredShare(o));
        for (String key : batches.get(0).metricMeans().keySet())
            if (batches.stream().allMatch(s -> s.metricShare(key) != null)) measures.put(key, s -> s.metricShare(key));
        System.out.printf("%d batches of their first %d runs%n", batches.size(), first);
        System.out.printf("%-22s %7s %22s %22s%n", "measure", "share", "covered (effective)", "covered (Wilson, runs)");
        for (Map.Entry<String, Function<Summary, ClusteredShare>> m : measures.entrySet()) {
            List<ClusteredShare> shares = batches.stream().map(m.getValue()).toList();
            long count = 0, runs = 0;
            for (ClusteredShare s : shares) {
                count += s.count();
                runs += s.runs();
            }
            int effective = 0, plain = 0;
            for (ClusteredShare s : shares) {
                double truth = (double) (count - s.count()) / (runs - s.runs());
                double[] e = s.interval(Summary.CONFIDENCE);
                double[] w = ClusteredShare.independent(s.count(), s.runs()).interval(Summary.CONFIDENCE);
                if (e[0] <= truth && truth <= e[1]) effective++;
                if (w[0] <= truth && truth <= w[1]) plain++;
            }
            System.out.printf("%-22s %7.3f %17d/%-4d %17d/%-4d%n", m.getKey(), (double) count / runs, effective,
                    shares.size(), plain, shares.size());
        }
    }
}
