package org.ministerial.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.SeedText;
import org.ministerial.batch.ResultsWriter;
import org.ministerial.batch.RunSeeds;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end, on the textbook scenario. */
class MainTest {
    private static final String TEXTBOOK = "scenarios/textbook.yaml";

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int main(String... args) {
        return cli.run(args);
    }

    @Test
    void runOfATwoTierScenarioReportsTheCoreTheAddOnsAndTheBilateralTrack() {
        // most Miami runs end in a flexible deal, some in agreement on the whole text (docs/validation.md): the report
        // of the first flexible run among the first seeds is the one checked
        String text = "";
        for (int seed = 1; seed <= 20 && !text.contains("outcome: flexible"); seed++) {
            out.getBuffer().setLength(0);
            java.nio.file.Path folder = tmp.resolve("miami-" + seed);
            assertEquals(0, main("run", "scenarios/ftaa-miami-2003.yaml", "--seed", Integer.toString(seed), "--out",
                    folder.toString()), err.toString());
            text = out.toString();
            if (text.contains("outcome: flexible"))
                assertTrue(java.nio.file.Files.exists(folder.resolve("commitments.csv.gz")));
        }
        assertTrue(text.contains("outcome: flexible"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("final text") && l.endsWith("  core")), text);
        assertTrue(text.contains("  Market access for goods"), "issues by name:\n" + text);
        assertTrue(text.contains("deeper add-ons taken by"), text);
        // the offers and what became of them: offered = accepted + declined, and every taker is named
        java.util.regex.Matcher offers = java.util.regex.Pattern.compile(
                "bilateral offers from USA to (\\d+) governments, accepted by (\\d+)(: ([A-Z ]+))?(; declined by (\\d+))?")
                .matcher(text);
        assertTrue(offers.find(), text);
        int offered = Integer.parseInt(offers.group(1)), accepted = Integer.parseInt(offers.group(2));
        int declined = offers.group(6) == null ? 0 : Integer.parseInt(offers.group(6));
        assertEquals(offered, accepted + declined, offers.group());
        assertEquals(accepted, offers.group(4) == null ? 0 : offers.group(4).trim().split(" ").length, offers.group());
        assertTrue(offered > 0 && offered < 34, "the USA offers to the governments without an agreement: " + offered);
    }

    @Test
    void theCommitmentsTableSaysWhoseAreTheBaselineColumns() {
        java.nio.file.Path folder = tmp.resolve("miami");
        assertEquals(0, main("batch", "scenarios/ftaa-miami-2003.yaml", "--runs", "6", "--seed", "2", "--out",
                folder.toString()), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, main("commitments", folder.toString()), err.toString());
        assertTrue(out.toString().startsWith("| country | deep add-ons (share of runs) | bilateral offer accepted |"),
                out.toString());
        out.getBuffer().setLength(0);
        // two folders: the add-on and bilateral columns are the first folder's, the depths one per folder
        assertEquals(0, main("commitments", folder.toString(), folder.toString(), "--label", "base", "--label",
                "again"), err.toString());
        String header = out.toString().lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("| country | deep add-ons: base (share of runs) | bilateral offer accepted: base |"
                + " mean depth: base | mean depth: again |"), header);
    }

    @Test
    void moreCommitmentLabelsThanFoldersIsAUsageError() throws Exception {
        java.nio.file.Path folder = tmp.resolve("miami");
        assertEquals(0, main("batch", "scenarios/ftaa-miami-2003.yaml", "--runs", "4", "--seed", "2", "--out",
                folder.toString()), err.toString());
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        java.nio.file.Path table = tmp.resolve("commitments.md");
        // three labels for one folder headed six columns over rows of four
        assertEquals(2, main("commitments", folder.toString(), "--label", "a", "--label", "b", "--label", "c",
                "--out", table.toString()));
        assertTrue(err.toString().contains("--label given 3 times for 1 results folder: give at most one per folder"),
                err.toString());
        assertTrue(err.toString().contains("see 'bin/ministerial commitments --help'"), err.toString());
        assertEquals("", out.toString());
        assertFalse(java.nio.file.Files.exists(table), "no table is written");
        // one label per folder, or fewer (the rest named by their folders), still make a table
        assertEquals(0, main("commitments", folder.toString(), "--label", "a"), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, main("commitments", folder.toString(), folder.toString(), "--label", "a"), err.toString());
        for (String line : out.toString().lines().filter(l -> l.startsWith("|")).toList())
            assertEquals(out.toString().lines().findFirst().orElseThrow().chars().filter(c -> c == '|').count(),
                    line.chars().filter(c -> c == '|').count(), line);
    }

    @Test
    void aSweepWhoseRunsAllAgreeIsPlottedWithTheDefaultOutcome() throws Exception {
        // every run of the shipped textbook factorial ends in agreement: its breakdown share is 0, not unknown
        java.nio.file.Path folder = tmp.resolve("sweep");
        assertEquals(0, main("sweep", "experiments/textbook-factorial.yaml", "--out", folder.toString()),
                err.toString());
        assertTrue(java.nio.file.Files.readAllLines(folder.resolve("runs.csv")).stream().skip(1)
                .allMatch(l -> l.contains(",agreement,")), "the premise: no breakdown in the sweep");
        assertEquals(0, main("plot", folder.toString()), err.toString());
        List<String> heatmap = java.nio.file.Files.readAllLines(folder.resolve("figures").resolve("sweep-heatmap.csv"));
        List<String> header = List.of(heatmap.get(0).split(","));
        assertTrue(heatmap.size() > 1, heatmap.toString());
        for (String line : heatmap.subList(1, heatmap.size())) {
            String[] cells = line.split(",");
            assertEquals("breakdown", cells[header.indexOf("outcome")], line);
            assertEquals("0", cells[header.indexOf("count")], line);
        }
    }

    @Test
    void versionAndHelpOnEveryCommand() {
        assertEquals(0, main("--version"));
        assertTrue(out.toString().startsWith("ministerial "), out.toString());
        for (String command : List.of("run", "batch", "validate", "sweep", "sensitivity", "slurm", "merge")) {
            assertEquals(0, main(command, "--help"), command);
            assertTrue(out.toString().contains("Usage: ministerial " + command), command);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, main());
        assertEquals(2, main("batch", TEXTBOOK, "--bogus"));
        assertTrue(err.toString().contains("Unknown option: '--bogus'"), err.toString());
        assertEquals(2, main("batch", TEXTBOOK, "--set", "no-equals-sign"));
        assertTrue(err.toString().contains("expected key=value"), err.toString());
        assertEquals(2, main("batch", TEXTBOOK, "--runs", "0"));
        assertEquals(2, main("batch", TEXTBOOK, "--shard", "4/4"));
        assertTrue(err.toString().contains("expected a shard as i/n"), err.toString());
        assertEquals(2, main("merge", "some-part"));
        assertTrue(err.toString().contains("Missing required option: '--out=DIR'"), err.toString());
    }

    @Test
    void validatePrintsOkAndWhatTheScenarioHolds() {
        assertEquals(0, main("validate", TEXTBOOK));
        List<String> lines = out.toString().lines().toList();
        assertEquals("ok", lines.get(0));
        assertTrue(lines.get(1).matches(".*\\d+ issues?, \\d+ actors?, \\d+ NGOs?, \\d+ rounds?"), lines.get(1));
    }

    @Test
    void scenarioProblemsArePrintedOneALineWithoutStackTrace() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "name: bad\nissues: [\n  {id: a\n");
        assertEquals(1, main("validate", bad.toString()));
        assertEquals("", out.toString());
        List<String> lines = err.toString().lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(line.contains("bad.yaml"), line);
            assertFalse(line.startsWith("\tat ") || line.contains("Exception"), line);
        }
        // a --set key the scenario lacks is a mistake on the command line, not in the file
        assertEquals(2, main("validate", TEXTBOOK, "--set", "no_such_section.key=1"));
        assertTrue(err.toString().contains("no_such_section"), err.toString());
    }

    @Test
    void batchWritesTheResultsFolderAndPrintsTheTable() throws IOException {
        Path folder = tmp.resolve("batch");
        assertEquals(0, main("batch", TEXTBOOK, "--runs", "12", "--seed", "5", "--threads", "2",
                "--out", folder.toString(), "--set", "parameters.chair.mediation=0.1"));
        assertEquals(Set.copyOf(ResultsWriter.FILES), fileNames(folder));
        List<CSVRecord> runs = runsCsv(folder);
        assertEquals(12, runs.size());
        assertEquals("0.1", runs.get(0).get("parameters.chair.mediation"));
        String table = out.toString();
        for (String outcome : List.of("agreement", "breakdown", "flexible", "failed")) {
            long count = runs.stream().filter(r -> r.get("outcome").equals(outcome.equals("failed") ? "error"
                    : outcome)).count();
            assertTrue(table.lines().anyMatch(l -> l.matches(outcome + " +" + count + "( .*)?")),
                    outcome + " " + count + " in\n" + table);
        }
        assertTrue(table.contains("results: " + folder), table);
        assertTrue(err.toString().contains("batch: 12/12 runs (100%)"), err.toString());
    }

    @Test
    void shardsOfABatchMergeIntoTheWholeBatch() throws IOException {
        String[] batch = {"batch", TEXTBOOK, "--set", "parameters.noise.position=0.05", "--runs", "30", "--seed", "8"};
        Path whole = tmp.resolve("whole");
        assertEquals(0, main(concat(batch, "--out", whole.toString())));
        for (int i = 0; i < 2; i++)
            assertEquals(0, main(concat(batch, "--shard", i + "/2", "--out", tmp.resolve("part" + i).toString())));
        assertTrue(out.toString().contains("(shard 1/2 of 30)"), out.toString());
        Path merged = tmp.resolve("merged");
        assertEquals(1, main("merge", tmp.resolve("part1").toString(), "--out", merged.toString()));
        assertTrue(err.toString().contains("error: missing shard 0/2 of 2"), err.toString());
        assertEquals(0, main("merge", tmp.resolve("part1").toString(), tmp.resolve("part0").toString(), "--out",
                merged.toString()));
        assertTrue(out.toString().contains("merged 2 shards, 30 runs"), out.toString());
        for (String f : List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz", "summary.json"))
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
        assertEquals(0, main(concat(batch, "--out", whole.toString())));
        assertTrue(out.toString().contains("already complete"), out.toString());
    }

    @Test
    void aMergedBatchSaysWhereItsVarianceComesFromAsTheWholeBatchDoes() throws IOException {
        String[] batch = {"batch", "scenarios/cancun-2003.yaml", "--runs", "12", "--runs-per-draw", "3", "--seed", "4"};
        for (int i = 0; i < 2; i++)
            assertEquals(0, main(concat(batch, "--shard", i + "/2", "--out", tmp.resolve("c" + i).toString())));
        assertEquals(0, main("merge", tmp.resolve("c0").toString(), tmp.resolve("c1").toString(), "--out",
                tmp.resolve("cm").toString()));
        String merged = out.toString().substring(out.toString().indexOf("merged 2 shards"));
        assertTrue(merged.contains("variance from input uncertainty vs dynamics (4 input draws x 3 runs"), merged);
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void runIsRunZeroOfABatchWithTheSameSeed() throws IOException {
        Path folder = tmp.resolve("run");
        assertEquals(0, main("run", TEXTBOOK, "--seed", "5", "--out", folder.toString()));
        List<CSVRecord> runs = runsCsv(folder);
        assertEquals(1, runs.size());
        assertEquals(RunSeeds.seed(5, 0), SeedText.parse(runs.get(0).get("seed")));
        String report = out.toString();
        assertTrue(report.contains("outcome: " + runs.get(0).get("outcome")), report);
        // the report names the end by date and 1-based session, runs.csv by 0-based round, day and session
        int endRound = Integer.parseInt(runs.get(0).get("end_round"));
        assertTrue(report.contains("ended: Wed " + (9 + Integer.parseInt(runs.get(0).get("end_day"))) + " Sep, session "
                + runs.get(0).get("end_session") + " (round " + (endRound + 1) + " of 6)"), report);
        List<String> rejections = org.ministerial.TableText.readLines(folder.resolve("rejections.csv.gz"));
        for (String line : rejections.subList(1, rejections.size()))
            assertTrue(report.contains(line.split(",")[1]), line);
        assertTrue(report.contains("results: " + folder), report);
    }

    @Test
    void seedTakesTheFormRunsCsvWritesAsWellAsADecimal() throws IOException {
        // x910a2dec89025cc1 is the two's complement of -7995527694508729151 in hex
        Path folder = tmp.resolve("hex-seed");
        assertEquals(0, main("batch", TEXTBOOK, "--runs", "2", "--seed", "x910a2dec89025cc1", "--out",
                folder.toString()), err.toString());
        List<CSVRecord> runs = runsCsv(folder);
        for (int i = 0; i < 2; i++)
            assertEquals(SeedText.format(RunSeeds.seed(-7995527694508729151L, i)), runs.get(i).get("seed"));
        assertEquals(2, main("run", TEXTBOOK, "--seed", "x12z"));
        assertTrue(err.toString().contains("not a seed: 'x12z'"), err.toString());
    }

    private static Set<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static List<CSVRecord> runsCsv(Path folder) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(folder.resolve("runs.csv"), StandardCharsets.UTF_8, format)) {
            return p.getRecords();
        }
    }

    @Test
    void aBatchReportsTheMeanFinalTextBesideTheCompromiseModel() {
        // the textbook's compromise of ideal points is (0.5, 0.6) (docs/ODD.md, "Textbook check") and, with no noise
        // and no concession, every run's final text is that compromise
        assertEquals(0, main("batch", TEXTBOOK, "--runs", "5", "--out", tmp.resolve("tb").toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("mean final text:  tariffs 0.50 rules 0.60"), text);
        assertTrue(text.contains("compromise model: tariffs 0.50 rules 0.60 (sum c s p / sum c s, inputs as written)"),
                text);
    }
}
