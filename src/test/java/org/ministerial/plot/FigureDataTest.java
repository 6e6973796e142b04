package org.ministerial.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.BeforeAll;
import org.ministerial.model.Issue;
import org.ministerial.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSV beside each figure holds the numbers of the results it was drawn from: each is recomputed here from
 * {@code runs.csv}, {@code rounds.csv}, {@code coalitions.csv} or the sensitivity file, the way an analyst would.
 */
class FigureDataTest {
    private static final double EPS = 1.5e-6;
    private static final CSVFormat HEADER = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    static Path root;
    static Path base, cf, sweep, sensitivity, out;

    @BeforeAll
    static void plot() throws Exception {
        base = RealResults.batch(root.resolve("base"), RealResults.varied(), 80, 11);
        cf = RealResults.batch(root.resolve("cf"), RealResults.varied("parameters.chair.mediation", "0.6"), 80, 11);
        sweep = RealResults.sweep(root, List.of("0.05", "0.3"), List.of("0", "0.5"), 25);
        sensitivity = RealResults.sensitivity(root);
        out = root.resolve("figures");
        Plotter.plot(List.of(base, cf, sweep, sensitivity), new PlotOptions(out, EnumSet.of(FigureFormat.SVG),
                List.of("base", "cf", "sweep"), "BRA", PlotOptions.DEFAULT_TOP, "breakdown"), "test");
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser p = CSVParser.builder().setReader(org.ministerial.files.CsvReader.text(file)).setFormat(HEADER).get()) {
            return p.getRecords();
        }
    }

    static double num(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    static void near(double expected, double actual, String what) {
        assertEquals(expected, actual, EPS, what);
    }

    private static double[] wilsonPct(int count, int n) {
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(n, count, 0.95);
        return new double[] {100 * ci.getLowerBound(), 100 * ci.getUpperBound()};
    }

    private static Map<String, Integer> outcomeCounts(Path folder) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (CSVRecord r : csv(folder.resolve("runs.csv"))) counts.merge(r.get("outcome"), 1, Integer::sum);
        return counts;
    }

    @Test
    void outcomeSharesAreCountsOfRunsCsvWithWilsonIntervalsMatchingTheSummary() throws Exception {
        Map<String, Integer> counts = outcomeCounts(base);
        int n = csv(base.resolve("runs.csv")).size();
        JsonNode summary = new ObjectMapper().readTree(base.resolve("summary.json").toFile());
        List<CSVRecord> rows = csv(out.resolve("base-outcomes.csv"));
        assertEquals(List.of("agreement", "breakdown", "flexible"), rows.stream().map(r -> r.get("outcome")).toList());
        for (CSVRecord r : rows) {
            int count = counts.getOrDefault(r.get("outcome"), 0);
            assertEquals(count, Integer.parseInt(r.get("count")));
            assertEquals(n, Integer.parseInt(r.get("runs")));
            near(100.0 * count / n, num(r, "share_pct"), "share");
            double[] ci = wilsonPct(count, n);
            near(ci[0], num(r, "ci_low_pct"), "ci low");
            near(ci[1], num(r, "ci_high_pct"), "ci high");
            JsonNode s = summary.path("outcomes").path(r.get("outcome"));
            assertEquals(s.path("ci95").get(0).asDouble() * 100, num(r, "ci_low_pct"), 1e-4);
        }
        assertTrue(counts.getOrDefault("agreement", 0) > 0 && counts.getOrDefault("breakdown", 0) > 0,
                "the fixture should vary: " + counts);
    }

    @Test
    void comparedSharesHoldEveryBatchInOrder() throws Exception {
        List<CSVRecord> rows = csv(out.resolve("outcomes-compared.csv"));
        assertEquals(6, rows.size(), "two batches x three outcomes");
        for (CSVRecord r : rows) {
            Path folder = r.get("batch").equals("base") ? base : cf;
            int count = outcomeCounts(folder).getOrDefault(r.get("outcome"), 0);
            assertEquals(count, Integer.parseInt(r.get("count")), r.get("batch") + " " + r.get("outcome"));
            near(100.0 * count / Integer.parseInt(r.get("runs")), num(r, "share_pct"), "share");
        }
        assertEquals(List.of("base", "base", "base", "cf", "cf", "cf"), rows.stream().map(r -> r.get("batch")).toList());
    }

    @Test
    void forestIsTheDifferenceInBreakdownShareWithNewcombesInterval() throws Exception {
        int n0 = csv(base.resolve("runs.csv")).size(), n1 = csv(cf.resolve("runs.csv")).size();
        int b0 = outcomeCounts(base).getOrDefault("breakdown", 0), b1 = outcomeCounts(cf).getOrDefault("breakdown", 0);
        CSVRecord r = csv(out.resolve("breakdown-forest.csv")).get(0);
        double p0 = (double) b0 / n0, p1 = (double) b1 / n1;
        near(100 * (p1 - p0), num(r, "difference_pp"), "difference");
        double[] w0 = wilsonPct(b0, n0), w1 = wilsonPct(b1, n1);
        double d = 100 * (p1 - p0);
        near(d - Math.hypot(100 * p1 - w1[0], w0[1] - 100 * p0), num(r, "ci_low_pp"), "Newcombe low");
        near(d + Math.hypot(w1[1] - 100 * p1, 100 * p0 - w0[0]), num(r, "ci_high_pp"), "Newcombe high");
        assertEquals("cf", r.get("batch"));
        assertEquals(b1, Integer.parseInt(r.get("count")));
        assertEquals(b0, Integer.parseInt(r.get("baseline_count")));
    }

    @Test
    void trajectoryMeansCarryEndedRunsForward() throws Exception {
        Map<String, TreeMap<Integer, CSVRecord>> byRun = new TreeMap<>();
        for (CSVRecord r : csv(base.resolve("rounds.csv.gz")))
            byRun.computeIfAbsent(r.get("run"), k -> new TreeMap<>()).put(Integer.parseInt(r.get("round")), r);
        int rows = 0;
        for (CSVRecord t : csv(out.resolve("base-trajectories.csv"))) {
            int round = Integer.parseInt(t.get("round"));
            double[] v = new double[byRun.size()];
            int i = 0, active = 0;
            for (TreeMap<Integer, CSVRecord> run : byRun.values()) {
                v[i++] = num(run.floorEntry(round).getValue(), t.get("variable"));
                if (run.lastKey() >= round) active++;
            }
            near(Arrays.stream(v).average().orElseThrow(), num(t, "mean"), t.get("variable") + " mean " + round);
            Arrays.sort(v);
            assertTrue(num(t, "band_low") >= v[0] - EPS && num(t, "band_high") <= v[v.length - 1] + EPS);
            assertEquals(active, Integer.parseInt(t.get("runs_in_round")));
            assertEquals(byRun.size(), Integer.parseInt(t.get("runs")));
            assertEquals(round % 6 + 1, Integer.parseInt(t.get("session")), "textbook has 6 sessions a day");
            rows++;
        }
        int last = byRun.values().stream().mapToInt(TreeMap::lastKey).max().orElseThrow();
        assertEquals(3 * (last + 1), rows, "three variables, every round up to the last");
    }

    @Test
    void coalitionSharesCountEmergentMembershipPerRun() throws Exception {
        Map<String, Set<String>> anyRuns = new HashMap<>(), withBra = new HashMap<>();
        Map<String, Map<String, Set<String>>> coalitions = new HashMap<>();
        for (CSVRecord r : csv(base.resolve("coalitions.csv.gz"))) {
            anyRuns.computeIfAbsent(r.get("member"), k -> new HashSet<>()).add(r.get("run"));
            coalitions.computeIfAbsent(r.get("run"), k -> new HashMap<>())
                    .computeIfAbsent(r.get("coalition"), k -> new HashSet<>()).add(r.get("member"));
        }
        coalitions.forEach((run, cs) -> cs.values().stream().filter(m -> m.contains("BRA"))
                .forEach(m -> m.forEach(a -> withBra.computeIfAbsent(a, k -> new HashSet<>()).add(run))));
        int n = csv(base.resolve("runs.csv")).size();
        List<CSVRecord> rows = csv(out.resolve("base-coalitions.csv"));
        assertEquals(anyRuns.keySet(), new HashSet<>(rows.stream().map(r -> r.get("actor")).toList()));
        double previous = Double.MAX_VALUE;
        for (CSVRecord r : rows) {
            int any = anyRuns.get(r.get("actor")).size();
            int with = withBra.getOrDefault(r.get("actor"), Set.of()).size();
            assertEquals(any, Integer.parseInt(r.get("in_any")), r.get("actor"));
            assertEquals(with, Integer.parseInt(r.get("with_reference")), r.get("actor"));
            near(100.0 * any / n, num(r, "in_any_pct"), "share");
            assertEquals("BRA", r.get("reference"));
            assertTrue(num(r, "in_any_pct") <= previous, "sorted by share");
            previous = num(r, "in_any_pct");
        }
    }

    @Test
    void finalTextBoxesAreQuartilesOfTheTextColumns() throws Exception {
        List<CSVRecord> runs = csv(base.resolve("runs.csv"));
        Map<String, String> names = new HashMap<>();
        for (Issue i : ScenarioLoader.load(Path.of(RealResults.TEXTBOOK), Map.of()).spec().issues())
            names.put(i.id(), i.name());
        for (CSVRecord box : csv(out.resolve("base-final-text.csv"))) {
            assertEquals(names.get(box.get("issue")), box.get("issue_name"), "the scenario's name of the issue");
            double[] v = runs.stream().mapToDouble(r -> num(r, "text_" + box.get("issue"))).sorted().toArray();
            assertEquals(v.length, Integer.parseInt(box.get("runs")));
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            near(median, num(box, "median"), "median of " + box.get("issue"));
            double q1 = num(box, "q1"), q3 = num(box, "q3"), iqr = q3 - q1;
            long below = Arrays.stream(v).filter(x -> x <= q1 + EPS).count();
            assertTrue(below >= v.length / 4 && below <= v.length / 4 + 2, "first quartile");
            List<Double> outliers = new ArrayList<>();
            for (double x : v) if (x < q1 - 1.5 * iqr - EPS || x > q3 + 1.5 * iqr + EPS) outliers.add(x);
            String cell = box.get("outliers");
            assertEquals(outliers.size(), cell.isEmpty() ? 0 : cell.split(";").length, box.get("issue"));
            double inside = Arrays.stream(v).filter(x -> !outliers.contains(x)).max().orElseThrow();
            near(inside, num(box, "whisker_high"), "upper whisker");
        }
    }

    @Test
    void sweepSharesAreCountsPerDesignPoint() throws Exception {
        List<CSVRecord> runs = csv(sweep.resolve("runs.csv"));
        Map<String, int[]> cells = new HashMap<>();
        for (CSVRecord r : runs) {
            int[] c = cells.computeIfAbsent(r.get("parameters.noise.position") + "|"
                    + r.get("parameters.chair.mediation"), k -> new int[2]);
            c[1]++;
            if (r.get("outcome").equals("breakdown")) c[0]++;
        }
        List<CSVRecord> heat = csv(out.resolve("sweep-sweep-heatmap.csv"));
        assertEquals(4, heat.size());
        for (CSVRecord h : heat) {
            int[] c = cells.get(h.get("x_value") + "|" + h.get("y_value"));
            assertEquals(c[0], Integer.parseInt(h.get("count")));
            assertEquals(c[1], Integer.parseInt(h.get("runs")));
            near(100.0 * c[0] / c[1], num(h, "share_pct"), "cell share");
        }
        for (CSVRecord line : csv(out.resolve("sweep-sweep-noise-position.csv"))) {
            int count = 0, n = 0;
            for (CSVRecord r : runs)
                if (r.get("parameters.noise.position").equals(line.get("value"))) {
                    n++;
                    if (r.get("outcome").equals("breakdown")) count++;
                }
            assertEquals(count, Integer.parseInt(line.get("count")));
            assertEquals(n, Integer.parseInt(line.get("runs")));
            double[] ci = wilsonPct(count, n);
            near(ci[0], num(line, "ci_low_pct"), "ci");
        }
    }

    @Test
    void sobolBarsAreTheIndicesOfTheFile() throws Exception {
        JsonNode json = new ObjectMapper().readTree(sensitivity.toFile()).path("outputs");
        List<CSVRecord> rows = csv(out.resolve("sobol-sobol-end-round.csv"));
        assertEquals(4, rows.size());
        for (CSVRecord r : rows) {
            JsonNode p = json.path(r.get("output")).path("parameters").path(r.get("parameter"));
            near(p.path(r.get("index")).asDouble(), num(r, "value"), r.get("parameter"));
            JsonNode ci = p.path(r.get("index") + "_ci");
            if (ci.isMissingNode()) assertEquals("", r.get("ci_low"));
            else near(ci.get(1).asDouble(), num(r, "ci_high"), "ci");
        }
        assertEquals("chair.mediation", rows.get(0).get("parameter"), "sorted by total index");
    }
}
