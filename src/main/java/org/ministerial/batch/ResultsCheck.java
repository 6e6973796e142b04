package org.ministerial.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ministerial.batch.ResultsSchema.Rounds;
import org.ministerial.batch.ResultsSchema.Runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that a folder holds the complete, consistent results of one finished batch or sweep before a command that
 * reads it ({@code sensitivity}, {@code plot}, {@code commitments}) draws anything from it: a readable manifest, the
 * whole run list (not one shard), every table ending in a complete row, {@code runs.csv} with exactly the manifest's
 * runs once each and in order, and, for a sweep, each run's factor values those of its design point. What is wrong
 * is a {@link ResultsFolderException} of the form {@code file: what is wrong}.
 */
public final class ResultsCheck {
    private static final CSVFormat WITH_HEADER =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private ResultsCheck() {
    }

    /**
     * A folder that passed.
     *
     * @param manifest its manifest.json
     * @param runs     the runs it holds, as many as the manifest records
     * @param failed   how many of them failed (outcome {@code error}; they have rows only in runs.csv)
     */
    public record Finished(JsonNode manifest, int runs, int failed) {
    }

    /** The folder's manifest and counts, once the folder has passed every check. */
    public static Finished finished(Path folder) throws IOException {
        Path manifestFile = folder.resolve(ResultsSchema.MANIFEST_FILE);
        if (!Files.isDirectory(folder))
            throw new ResultsFolderException(folder + ": no such results folder");
        if (!Files.exists(manifestFile))
            throw new ResultsFolderException(folder + ": no manifest.json, so not a finished results folder (run "
                    + "the same command again to finish it, or merge its shards)");
        JsonNode m = Json.read(manifestFile);
        String shard = m.path(ManifestKeys.SHARD).asText(Shard.ALL.toString());
        if (!shard.equals(Shard.ALL.toString()))
            throw new ResultsFolderException(folder + ": holds shard " + shard + " of a split run, not the whole; "
                    + "merge the shards first (ministerial merge)");
        if (!m.path(ManifestKeys.RUNS).canConvertToInt() || m.path(ManifestKeys.RUNS).asInt() < 0)
            throw new ResultsFolderException(manifestFile + ": has no number of runs");
        int runs = m.path(ManifestKeys.RUNS).asInt();
        Path runsCsv = folder.resolve(Runs.FILE);
        if (!Files.exists(runsCsv)) throw new ResultsFolderException(runsCsv + ": missing");
        for (String table : List.of(Runs.FILE, ResultsSchema.Rounds.FILE, ResultsSchema.Coalitions.FILE,
                ResultsSchema.Rejections.FILE, ResultsSchema.Commitments.FILE, ResultsSchema.Sweeps.DESIGN_FILE))
            TableFiles.checkComplete(folder.resolve(table));
        List<String> factors = new ArrayList<>();
        for (JsonNode f : m.path(ManifestKeys.DESIGN).path(ManifestKeys.Design.FACTORS))
            factors.add(f.path(ManifestKeys.Factor.KEY).asText());
        Path designCsv = folder.resolve(ResultsSchema.Sweeps.DESIGN_FILE);
        List<Map<String, String>> design = factors.isEmpty() || !Files.exists(designCsv)
                ? List.of() : CsvFiles.read(designCsv);
        int seen = 0, failed = 0;
        List<Integer> endRounds = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(runsCsv, StandardCharsets.UTF_8, WITH_HEADER)) {
            if (!parser.getHeaderNames().contains(Runs.RUN))
                throw new ResultsFolderException(runsCsv + ": has no 'run' column, so it is not a runs.csv");
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                int run = integer(r, Runs.RUN, runsCsv, line);
                if (run != seen)
                    throw new ResultsFolderException(runsCsv + ":" + line + ": " + (run < seen
                            ? "run " + run + " appears more than once" : run > seen ? "run " + seen + " is missing"
                            : "") + " (the file holds other rows than its manifest.json describes)");
                if (!design.isEmpty()) {
                    int point = integer(r, Runs.POINT, runsCsv, line);
                    if (point < 0 || point >= design.size())
                        throw new ResultsFolderException(runsCsv + ":" + line + ": design point " + point
                                + " is not in design.csv");
                    for (String k : factors)
                        if (r.isMapped(k) && !r.get(k).equals(design.get(point).getOrDefault(k, r.get(k))))
                            throw new ResultsFolderException(runsCsv + ":" + line + ": " + k + " = " + r.get(k)
                                    + " but design point " + point + " has " + design.get(point).get(k)
                                    + ": these runs are from another sweep");
                }
                boolean error = r.isMapped(Runs.OUTCOME) && r.isSet(Runs.OUTCOME)
                        && r.get(Runs.OUTCOME).equals(Runs.FAILED_OUTCOME);
                if (error) failed++;
                endRounds.add(error || !r.isMapped(Runs.END_ROUND) ? -1 : integer(r, Runs.END_ROUND, runsCsv, line));
                seen++;
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ResultsFolderException(runsCsv + ": unreadable: " + e.getMessage());
        }
        if (seen != runs)
            throw new ResultsFolderException(runsCsv + ": holds " + seen + " runs but manifest.json records " + runs);
        Path roundsCsv = folder.resolve(Rounds.FILE);
        int bad = roundsMismatch(roundsCsv, endRounds);
        if (bad >= 0)
            throw new ResultsFolderException(roundsCsv + ": run " + bad + " has not the "
                    + (endRounds.get(bad) + 1) + " rows its end_round in runs.csv gives (rows are cut, repeated "
                    + "or from another batch)");
        return new Finished(m, runs, failed);
    }

    private static int integer(CSVRecord r, String column, Path file, long line) throws ResultsFolderException {
        if (!r.isMapped(column) || !r.isSet(column))
            throw new ResultsFolderException(file + ":" + line + ": no '" + column + "' cell");
        try {
            return Integer.parseInt(r.get(column));
        } catch (NumberFormatException e) {
            throw new ResultsFolderException(file + ":" + line + ": '" + column + "' should be a whole number, found '"
                    + r.get(column) + "'");
        }
    }

    /**
     * The first run whose rows in {@code rounds.csv} are not one per round from 0 to its end round (none for a
     * failed run, given as -1), or -1 when all are; nothing is checked when the file is absent.
     */
    public static int roundsMismatch(Path rounds, List<Integer> endRounds) throws IOException {
        if (!Files.exists(rounds)) return -1;
        int[] count = new int[endRounds.size()];
        try (CSVParser parser = TableFiles.parse(rounds, WITH_HEADER)) {
            if (!parser.getHeaderNames().contains(Rounds.RUN) || !parser.getHeaderNames().contains(Rounds.ROUND))
                throw new ResultsFolderException(rounds + ": has no 'run' and 'round' columns");
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                int run = integer(r, Rounds.RUN, rounds, line), round = integer(r, Rounds.ROUND, rounds, line);
                if (run < 0 || run >= count.length)
                    throw new ResultsFolderException(rounds + ":" + line + ": run " + run + " is not in runs.csv");
                if (round != count[run]) return run;
                count[run]++;
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ResultsFolderException(rounds + ": unreadable: " + e.getMessage());
        }
        for (int i = 0; i < count.length; i++) if (count[i] != endRounds.get(i) + 1) return i;
        return -1;
    }
}
