package org.ministerial.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.ministerial.batch.ResultsSchema.Rounds;
import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.files.CsvReader;
import org.ministerial.files.CsvRow;
import org.ministerial.files.TableListener;

import java.io.IOException;
import java.io.EOFException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Checks that a folder holds the complete, consistent results of one finished batch or sweep before a command that
 * reads it ({@code sensitivity}, {@code plot}, {@code commitments}) draws anything from it: a readable manifest, the
 * whole run list (not one shard), every table ending in a complete row, {@code runs.csv} with exactly the manifest's
 * runs once each and in order, and, for a sweep, each run's factor values those of its design point. What is wrong
 * is a {@link ResultsFolderException} of the form {@code file: what is wrong}.
 */
public final class ResultsCheck {
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
        return finished(folder, TableListener.NONE);
    }

    /**
     * The folder's manifest and counts, once the folder has passed every check; {@code rounds} sees the header and
     * rows of {@code rounds.csv.gz} as the check reads them (all of them when the folder passes; nothing when the
     * folder has no such file).
     */
    public static Finished finished(Path folder, TableListener rounds) throws IOException {
        Path manifestFile = folder.resolve(ResultsSchema.MANIFEST_FILE);
        if (!Files.isDirectory(folder))
            throw new ResultsFolderException(folder + ": no such results folder");
        Optional<String> stopped = Execution.unfinished(folder);
        if (stopped.isPresent()) throw new ResultsFolderException(stopped.get());
        if (!Files.exists(manifestFile))
            throw new ResultsFolderException(folder + ": no manifest.json, so not a finished results folder (run "
                    + "the same command again to finish it, or merge its shards)");
        JsonNode m = Json.read(manifestFile);
        String shard = m.path(ManifestKeys.SHARD).asText(Shard.ALL.toString());
        if (!shard.equals(Shard.ALL.toString())) {
            // run --replay writes run i of a batch of n as its one-run shard i/n (as would batch --shard i/n)
            if (shard.endsWith("/" + m.path(ManifestKeys.RUNS).asText()))
                throw new ResultsFolderException(folder + ": holds one run, run " + shard.replace("/", " of a batch of ")
                        + " (remade by `run --replay`, or a one-run shard), not a whole batch: such a run is not"
                        + " plotted or analysed on its own (its rows are the same in the batch's folder), so give the"
                        + " folder of the batch it came from (for shards, merge them first with ministerial merge)");
            throw new ResultsFolderException(folder + ": holds shard " + shard + " of a split run, not the whole; "
                    + "merge the shards first (ministerial merge)");
        }
        if (!m.path(ManifestKeys.RUNS).canConvertToInt() || m.path(ManifestKeys.RUNS).asInt() < 0)
            throw new ResultsFolderException(manifestFile + ": has no number of runs");
        int runs = m.path(ManifestKeys.RUNS).asInt();
        Path runsCsv = folder.resolve(Runs.FILE);
        if (!Files.exists(runsCsv)) throw new ResultsFolderException(runsCsv + ": missing");
        for (String table : List.of(Runs.FILE, ResultsSchema.Rounds.FILE, ResultsSchema.Coalitions.FILE,
                ResultsSchema.Rejections.FILE, ResultsSchema.Commitments.FILE, ResultsSchema.Sweeps.DESIGN_FILE))
            checkComplete(folder.resolve(table));
        List<String> factors = new ArrayList<>();
        for (JsonNode f : m.path(ManifestKeys.DESIGN).path(ManifestKeys.Design.FACTORS))
            factors.add(f.path(ManifestKeys.Factor.KEY).asText());
        Path designCsv = folder.resolve(ResultsSchema.Sweeps.DESIGN_FILE);
        List<Map<String, String>> design = factors.isEmpty() || !Files.exists(designCsv)
                ? List.of() : CsvReader.readCells(designCsv);
        int seen = 0, failed = 0;
        List<Integer> endRounds = new ArrayList<>();
        try (CsvReader in = CsvReader.open(runsCsv)) {
            if (!in.header().contains(Runs.RUN))
                throw new ResultsFolderException(runsCsv + ": has no 'run' column, so it is not a runs.csv");
            for (CsvRow r; (r = in.next()) != null; ) {
                int run = r.integer(Runs.RUN);
                if (run != seen)
                    throw r.problem((run < seen ? "run " + run + " appears more than once"
                            : "run " + seen + " is missing")
                            + " (the file holds other rows than its manifest.json describes)");
                if (!design.isEmpty()) {
                    int point = r.integer(Runs.POINT);
                    if (point < 0 || point >= design.size())
                        throw r.problem("design point " + point + " is not in design.csv");
                    for (String k : factors)
                        if (r.has(k) && !r.get(k).equals(design.get(point).getOrDefault(k, r.get(k))))
                            throw r.problem(k + " = " + r.get(k) + " but design point " + point + " has "
                                    + design.get(point).get(k) + ": these runs are from another sweep");
                }
                boolean error = r.get(Runs.OUTCOME).equals(Runs.FAILED_OUTCOME);
                if (error) failed++;
                endRounds.add(error || !r.has(Runs.END_ROUND) ? -1 : r.integer(Runs.END_ROUND));
                seen++;
            }
        }
        if (seen != runs)
            throw new ResultsFolderException(runsCsv + ": holds " + seen + " runs but manifest.json records " + runs);
        Path roundsCsv = folder.resolve(Rounds.FILE);
        int bad = roundsMismatch(roundsCsv, endRounds, rounds);
        if (bad >= 0)
            throw new ResultsFolderException(roundsCsv + ": run " + bad + " has not the "
                    + (endRounds.get(bad) + 1) + " rows its end_round in runs.csv gives (rows are cut, repeated "
                    + "or from another batch)");
        return new Finished(m, runs, failed);
    }

    /**
     * The first run whose rows in {@code rounds.csv} are not one per round from 0 to its end round (none for a
     * failed run, given as -1), or -1 when all are; nothing is checked when the file is absent.
     */
    public static int roundsMismatch(Path rounds, List<Integer> endRounds) throws IOException {
        return roundsMismatch(rounds, endRounds, TableListener.NONE);
    }

    /** {@link #roundsMismatch(Path, List)}, handing each row read to {@code listener}. */
    private static int roundsMismatch(Path rounds, List<Integer> endRounds, TableListener listener)
            throws IOException {
        if (!Files.exists(rounds)) return -1;
        int[] count = new int[endRounds.size()];
        try (CsvReader in = CsvReader.open(rounds)) {
            if (!in.header().contains(Rounds.RUN) || !in.header().contains(Rounds.ROUND))
                throw new ResultsFolderException(rounds + ": has no 'run' and 'round' columns");
            listener.header(in.header());
            for (CsvRow r; (r = in.next()) != null; ) {
                listener.row(r);
                int run = r.integer(Rounds.RUN), round = r.integer(Rounds.ROUND);
                if (run < 0 || run >= count.length) throw r.problem("run " + run + " is not in runs.csv");
                if (round != count[run]) return run;
                count[run]++;
            }
        }
        for (int i = 0; i < count.length; i++) if (count[i] != endRounds.get(i) + 1) return i;
        return -1;
    }

    /**
     * Refuses a table that a writer could not have left: empty, or cut mid-row (a results table always ends with a
     * line break, and a compressed one with a whole gzip member). Nothing is checked when the file is absent.
     */
    public static void checkComplete(Path table) throws IOException {
        if (!Files.exists(table)) return;
        GzipMembers.Ending ending;
        try {
            // a compressed table is walked member by member, which also finds a cut in a member's first bytes
            ending = table.getFileName().toString().endsWith(CsvReader.COMPRESSED) ? GzipMembers.ending(table) : null;
            if (ending == null) ending = textEnding(table);
        } catch (EOFException | ZipException | UncheckedIOException e) {
            throw new ResultsFolderException(table + ": the file is cut off or damaged (" + e.getMessage() + ")");
        }
        if (ending.length() == 0) throw new ResultsFolderException(table + ": is empty (not even a header)");
        if (ending.last() != '\n')
            throw new ResultsFolderException(table + ": the last row is cut off (the file does not end with a "
                    + "line break)");
    }

    /** The length and last character of a table's text, read as its reader reads it. */
    private static GzipMembers.Ending textEnding(Path table) throws IOException {
        int last = -1;
        long length = 0;
        try (Reader in = CsvReader.text(table)) {
            char[] buffer = new char[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                last = buffer[n - 1];
                length += n;
            }
        }
        return new GzipMembers.Ending(length, last);
    }
}
