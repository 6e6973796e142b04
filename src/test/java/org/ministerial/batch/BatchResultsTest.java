package org.ministerial.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.GroupSpec;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.Outcome;
import org.ministerial.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole batch written to disk and read back: what the files promise in docs/results.md. */
class BatchResultsTest {
    private static final int RUNS = 50;
    private static final long SEED = 2003;

    @TempDir
    Path tmp;

    private Scenario scenario() {
        NegotiationSpec spec = Fixtures.spec(List.of(new GroupSpec("G20", "Group of 20", new int[] {1, 2})));
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("parameters.chair.mediation", "0.3");
        overrides.put("calendar.days", "1");
        return Fixtures.scenario(spec, overrides, List.of());
    }

    private Path batch(Scenario scenario, int threads, String name) throws Exception {
        Path folder = tmp.resolve(name);
        Batch.execute(scenario, new BatchSettings(RUNS, SEED, threads), folder, null, null);
        return folder;
    }

    @Test
    void filesAreByteIdenticalForOneAndTwoThreads() throws Exception {
        Scenario s = scenario();
        Path one = batch(s, 1, "one");
        Path two = batch(s, 2, "two");
        for (String file : List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz", "summary.json"))
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        assertEquals(1, ResultsFiles.json(one.resolve("manifest.json")).get("threads").asInt());
        assertEquals(2, ResultsFiles.json(two.resolve("manifest.json")).get("threads").asInt());
    }

    @Test
    void leavesExactlyTheFiveFilesAndNoTemporaryOnes() throws Exception {
        Path folder = batch(scenario(), 2, "out");
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(Set.copyOf(ResultsWriter.FILES), names);
        }
    }

    @Test
    void summaryCountsAgreeWithRunsCsvAndWilsonIntervals() throws Exception {
        Path folder = batch(scenario(), 2, "out");
        List<CSVRecord> runs = ResultsFiles.csv(folder.resolve("runs.csv"));
        Map<Outcome, Integer> counted = new EnumMap<>(Outcome.class);
        for (CSVRecord r : runs) counted.merge(Outcome.valueOf(r.get("outcome").toUpperCase()), 1, Integer::sum);
        JsonNode summary = ResultsFiles.json(folder.resolve("summary.json"));
        assertEquals("test-meeting", summary.get("scenario").asText());
        assertEquals(RUNS, summary.get("runs").asInt());
        assertEquals(0, summary.get("failed").asInt());
        assertEquals(Outcome.values().length, summary.get("outcomes").size());
        for (Outcome o : Outcome.values()) {
            JsonNode node = summary.get("outcomes").get(o.label());
            int count = counted.getOrDefault(o, 0);
            assertEquals(count, node.get("count").asInt(), o.label());
            assertEquals((double) count / RUNS, node.get("share").asDouble(), 1e-6, o.label());
            ConfidenceInterval ci = new WilsonScoreInterval().createInterval(RUNS, count, 0.95);
            assertEquals(ci.getLowerBound(), node.get("ci95").get(0).asDouble(), 1e-6, o.label());
            assertEquals(ci.getUpperBound(), node.get("ci95").get(1).asDouble(), 1e-6, o.label());
        }
        double meanEnd = runs.stream().mapToInt(r -> Integer.parseInt(r.get("end_round"))).average().orElseThrow();
        assertEquals(meanEnd, summary.get("mean_end_round").asDouble(), 1e-6);
        double meanUtility = runs.stream().mapToDouble(r -> Double.parseDouble(r.get("mean_utility"))).average()
                .orElseThrow();
        assertEquals(meanUtility, summary.get("mean_metrics").get("mean_utility").asDouble(), 1e-5);
    }

    @Test
    void runsCsvHasTheDocumentedColumnsAndSeeds() throws Exception {
        Path folder = batch(scenario(), 2, "out");
        List<String> header = ResultsFiles.header(folder.resolve("runs.csv"));
        assertEquals(List.of("run", "seed", "parameters.chair.mediation", "calendar.days", "outcome", "end_round",
                "end_day", "end_session", "hinge_issue", "rejecting_coalitions"), header.subList(0, 10));
        assertEquals(List.of("text_dom_support", "text_investment", "error"),
                header.subList(header.size() - 3, header.size()));
        List<CSVRecord> runs = ResultsFiles.csv(folder.resolve("runs.csv"));
        Map<String, List<String>> rejected = ResultsFiles.rejecters(folder);
        List<CSVRecord> rejections = ResultsFiles.csv(folder.resolve(ResultsSchema.Rejections.FILE));
        assertEquals(List.of("run", "actor", "hinge_issue"),
                ResultsFiles.header(folder.resolve(ResultsSchema.Rejections.FILE)));
        for (CSVRecord r : rejections)
            assertTrue(Set.of("", "dom_support", "investment").contains(r.get("hinge_issue")), r.toString());
        assertEquals(RUNS, runs.size());
        for (int i = 0; i < RUNS; i++) {
            CSVRecord r = runs.get(i);
            assertEquals(i, Integer.parseInt(r.get("run")));
            assertEquals(RunSeeds.seed(SEED, i), SeedText.parse(r.get("seed")));
            assertEquals("0.3", r.get("parameters.chair.mediation"));
            int round = Integer.parseInt(r.get("end_round"));
            assertEquals(round / 5 + 1, Integer.parseInt(r.get("end_day")));
            assertEquals(round % 5 + 1, Integer.parseInt(r.get("end_session")));
            List<String> rejecters = rejected.getOrDefault(r.get("run"), List.of());
            assertEquals(r.get("outcome").equals("agreement"), rejecters.isEmpty());
        }
    }

    @Test
    void roundsCsvHasOneRowPerSessionEndingWithTheFinalText() throws Exception {
        Path folder = batch(scenario(), 2, "out");
        List<CSVRecord> runs = ResultsFiles.csv(folder.resolve("runs.csv"));
        Map<String, List<CSVRecord>> rounds = ResultsFiles.csv(folder.resolve("rounds.csv.gz")).stream()
                .collect(Collectors.groupingBy(r -> r.get("run")));
        for (CSVRecord run : runs) {
            List<CSVRecord> mine = rounds.get(run.get("run"));
            int endRound = Integer.parseInt(run.get("end_round"));
            assertEquals(endRound + 1, mine.size(), "run " + run.get("run"));
            for (int t = 0; t < mine.size(); t++) assertEquals(t, Integer.parseInt(mine.get(t).get("round")));
            CSVRecord last = mine.get(mine.size() - 1);
            assertEquals(run.get("text_dom_support"), last.get("text_dom_support"));
            assertEquals(run.get("text_investment"), last.get("text_investment"));
        }
    }

    @Test
    void groupsCsvHoldsTheScenarioGroupsOnceAndCoalitionsTheEmergentOnes() throws Exception {
        Path folder = batch(scenario(), 2, "out");
        List<String> groups = ResultsFiles.csv(folder.resolve(ResultsSchema.Groups.FILE)).stream()
                .map(r -> r.get("group") + "/" + r.get("member")).toList();
        assertEquals(List.of("G20/BRA", "G20/IND"), groups);
        List<CSVRecord> runs = ResultsFiles.csv(folder.resolve("runs.csv"));
        List<CSVRecord> rows = ResultsFiles.csv(folder.resolve("coalitions.csv.gz"));
        for (CSVRecord run : runs) {
            List<CSVRecord> mine = rows.stream().filter(r -> r.get("run").equals(run.get("run"))).toList();
            long emergent = mine.stream().map(r -> r.get("coalition")).distinct().count();
            assertEquals(Double.parseDouble(run.get("emergent_coalitions")), emergent, "run " + run.get("run"));
        }
    }

    @Test
    void manifestRecordsInputsSeedAndScenario() throws Exception {
        Path input = Files.writeString(tmp.resolve("meeting.yaml"), "name: test-meeting\n");
        Scenario s = Fixtures.scenario(Fixtures.spec(), Map.of("a.b", "1"), List.of(input));
        Path folder = tmp.resolve("out");
        Batch.execute(s, new BatchSettings(3, 9, 1), folder, null, null);
        JsonNode m = ResultsFiles.json(folder.resolve("manifest.json"));
        assertEquals("ministerial", m.get("program").asText());
        assertTrue(m.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"));
        assertEquals(Manifest.sha256(input), m.get("inputs").get(input.toString()).asText());
        assertEquals(64, m.get("inputs").get(input.toString()).asText().length());
        assertEquals("1", m.get("overrides").get("a.b").asText());
        assertEquals(9, m.get("base_seed").asLong());
        assertEquals(3, m.get("runs").asInt());
        assertEquals("test-meeting", m.get("resolved").get("name").asText());
        assertTrue(m.get("started").asText().compareTo(m.get("finished").asText()) <= 0);
    }

    @Test
    void failedRunsAreErrorRowsAndCountedAsFailed() throws Exception {
        Scenario s = Fixtures.scenario();
        Path folder = tmp.resolve("out");
        Set<Long> failing = Set.of(RunSeeds.seed(5, 0), RunSeeds.seed(5, 3));
        Summary summary = Batch.execute(s, new BatchSettings(6, 5, 2), folder, null, null, (spec, seed) -> {
            if (failing.contains(seed)) throw new ArithmeticException("division by zero");
            return Negotiation.runToEnd(spec, seed);
        });
        List<CSVRecord> runs = ResultsFiles.csv(folder.resolve("runs.csv"));
        assertEquals(6, runs.size());
        for (CSVRecord r : runs) {
            boolean failed = failing.contains(SeedText.parse(r.get("seed")));
            assertEquals(failed ? "error" : "", failed ? r.get("outcome") : r.get("error"));
            if (failed) assertEquals("ArithmeticException: division by zero", r.get("error"));
        }
        assertTrue(ResultsFiles.header(folder.resolve("runs.csv")).contains("mean_utility"));
        assertEquals(2, summary.failed());
        assertEquals(2, ResultsFiles.json(folder.resolve("summary.json")).get("failed").asInt());
        assertTrue(ResultsFiles.csv(folder.resolve("rounds.csv.gz")).stream()
                .noneMatch(r -> r.get("run").equals("0") || r.get("run").equals("3")));
    }

    @Test
    void aBatchWhereEveryRunFailsStillWritesEveryFile() throws Exception {
        Path folder = tmp.resolve("out");
        Batch.execute(Fixtures.scenario(), new BatchSettings(4, 1, 2), folder, null, null, (spec, seed) -> {
            throw new IllegalStateException();
        });
        assertEquals(4, ResultsFiles.csv(folder.resolve("runs.csv")).size());
        JsonNode agreement = ResultsFiles.json(folder.resolve("summary.json")).get("outcomes").get("agreement");
        assertEquals(0, agreement.get("count").asInt());
        assertTrue(agreement.get("share").isNull());
        assertEquals(0.0, agreement.get("ci95").get(0).asDouble());
        assertEquals(1.0, agreement.get("ci95").get(1).asDouble());
    }

    @Test
    void anAbortedBatchLeavesNoTemporaryFiles() throws IOException {
        Path folder = tmp.resolve("out");
        try (ResultsWriter out = ResultsWriter.open(folder, Fixtures.scenario())) {
            out.accept(CompletedRun.failure(0, 1, "x"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
