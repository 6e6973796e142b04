package org.ministerial.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.files.CsvReader;
import org.ministerial.files.CsvRow;
import org.ministerial.files.CsvWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the results folders of the shards of one batch or sweep into the folder a single run would have written.
 * Shard {@code i/n} holds the runs {@code i, i + n, ...}, so the tables are merged by taking run {@code r} from part
 * {@code r mod n}, streaming, in run order. Rows are re-printed in the same CSV format they were written in, which
 * reproduces them byte for byte; {@code runs.csv} takes the header of a part that had a successful run (a part whose
 * runs all failed has no metric columns, and its rows get empty cells there, as a whole run would have written them).
 *
 * <p>The summary and the manifest are the caller's to write afterwards, from the merged {@code runs.csv}: a merged
 * folder then equals the folder of an uninterrupted run in every file but {@code manifest.json}.
 */
public final class Merge {
    /** What makes one part's plan another's, in the manifest's words: the keys whose values differ. */
    static String differences(JsonNode a, JsonNode b) {
        List<String> differ = new ArrayList<>();
        for (String key : List.of(ManifestKeys.SCENARIO, ManifestKeys.EXPERIMENT, ManifestKeys.INPUTS,
                ManifestKeys.OVERRIDES, ManifestKeys.SET, ManifestKeys.BASE_SEED, ManifestKeys.SEEDS, ManifestKeys.RUNS,
                ManifestKeys.RUNS_PER_DRAW, ManifestKeys.DESIGN, ManifestKeys.REPLICATIONS, ManifestKeys.RECORD,
                ManifestKeys.VERSION, ManifestKeys.CODE))
            if (!a.path(key).equals(b.path(key)))
                differ.add(key + " " + brief(a.path(key)) + " against " + brief(b.path(key)));
        return differ.isEmpty() ? "other inputs, seed, design or program version" : String.join("; ", differ);
    }

    private static String brief(JsonNode v) {
        if (v.isMissingNode()) return "(none)";
        String text = v.isValueNode() ? v.asText() : v.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One part.
     *
     * @param folder   its results folder
     * @param manifest its manifest
     * @param shard    which shard it is
     */
    public record Part(Path folder, JsonNode manifest, Shard shard) {
    }

    /**
     * The merged tables.
     *
     * @param parts    the parts in shard order
     * @param runs     runs in the merged folder
     * @param manifest the start of the merged folder's manifest: the first part's, with the shard set to the whole
     *                 run list, the parts listed under {@code merged_from} and this process's times
     */
    public record Merged(List<Part> parts, int runs, Map<String, Object> manifest) {
        public String kind() {
            return parts.get(0).manifest().path(ManifestKeys.KIND).asText("");
        }
    }

    private Merge() {
    }

    /**
     * Checks the parts and writes the merged tables (and copies of {@code copied} files, which must be identical in
     * every part) into {@code out}.
     *
     * @throws ResultsFolderException if a part is unfinished, the parts come from different plans, or shards are
     *                                missing or repeated
     */
    public static Merged merge(List<Path> folders, Path out, List<String> copied) throws IOException {
        return merge(folders, out, copied, true);
    }

    /**
     * As {@link #merge(List, Path, List)}; unless {@code replace}, an {@code out} holding the finished results of
     * another plan is refused rather than overwritten.
     */
    public static Merged merge(List<Path> folders, Path out, List<String> copied, boolean replace)
            throws IOException {
        OffsetDateTime started = OffsetDateTime.now();
        List<Part> parts = check(folders);
        Files.createDirectories(out);
        for (Path f : folders)
            if (Files.isSameFile(f, out)) throw new ResultsFolderException("--out " + out + " is one of the parts");
        // a stopped batch, sweep or calibration in --out is kept for the command that resumes it
        ResultsFolder.refuseUnfinishedRuns(out);
        ResultsFolder.refuseUnfinishedCalibration(out);
        String plan = parts.get(0).manifest().path(ManifestKeys.PLAN_ID).asText();
        if (!replace && Files.exists(out.resolve(ResultsSchema.MANIFEST_FILE))
                && !Execution.isComplete(out, plan, Shard.ALL))
            throw ResultsFolder.finishedOfAnother(out);
        int total = parts.get(0).manifest().path(ManifestKeys.RUNS).asInt();
        // another command's finished results are being replaced: no file of theirs (a sweep's design, a
        // calibration's posterior, figures plotted from them) may be left beside the merged ones to be read as theirs
        if (Files.exists(out.resolve(ResultsSchema.MANIFEST_FILE)) && !Execution.isComplete(out, plan, Shard.ALL))
            WrittenFiles.remove(out);
        Files.deleteIfExists(out.resolve(ResultsSchema.MANIFEST_FILE));
        ResultsWriter.discard(out);
        try {
            writeTables(parts, out, copied, total);
        } catch (IOException | RuntimeException e) {
            // a merge that fails part way (a part's table cut off or corrupt) leaves none of the tables it wrote:
            // tables without a manifest would look like a folder of results whose making was interrupted
            ResultsWriter.discard(out);
            for (String table : tableNames(copied)) Files.deleteIfExists(out.resolve(table));
            throw e;
        }
        return new Merged(parts, total, manifest(parts, started));
    }

    /** Every table and copied file a merge may write, by name. */
    private static List<String> tableNames(List<String> copied) {
        List<String> names = new ArrayList<>(ResultsSchema.TABLES);
        names.addAll(copied);
        return names;
    }

    private static void writeTables(List<Part> parts, Path out, List<String> copied, int total) throws IOException {
        mergeRuns(parts, out.resolve(Runs.FILE), total);
        mergeByRun(parts, out.resolve(ResultsSchema.Rounds.FILE), total);
        List<Integer> endRounds = new ArrayList<>();
        try (RunsCsv runs = RunsCsv.open(out.resolve(Runs.FILE))) {
            for (RunsCsv.Row row : runs) endRounds.add(row.failed() ? -1 : row.endRound());
        }
        int bad = ResultsCheck.roundsMismatch(out.resolve(ResultsSchema.Rounds.FILE), endRounds);
        if (bad >= 0) {
            throw new ResultsFolderException(parts.get(bad % parts.size()).folder().resolve(ResultsSchema.Rounds.FILE)
                    + ": run " + bad + " has not the " + (endRounds.get(bad) + 1) + " rows its end_round gives (rows "
                    + "are missing or repeated); make this part again");
        }
        mergeByRun(parts, out.resolve(ResultsSchema.Coalitions.FILE), total);
        mergeByRun(parts, out.resolve(ResultsSchema.Rejections.FILE), total);
        // tables of some plans only; the parts share a plan identity, which says whether they have them
        for (String optional : List.of(ResultsSchema.Commitments.FILE, ResultsSchema.Actors.FILE))
            if (Files.exists(parts.get(0).folder().resolve(optional))) mergeByRun(parts, out.resolve(optional), total);
            else Files.deleteIfExists(out.resolve(optional));
        copySame(parts, ResultsSchema.Groups.FILE, out);
        for (String name : copied) copySame(parts, name, out);
    }

    /** Reads the parts' manifests and checks that they are the complete shards of one plan. */
    static List<Part> check(List<Path> folders) throws IOException {
        if (folders.isEmpty()) throw new ResultsFolderException("no parts to merge");
        List<Part> parts = new ArrayList<>();
        for (Path f : folders) {
            refuseUnlessFinishedPart(f);
            JsonNode m = Json.read(f.resolve(ResultsSchema.MANIFEST_FILE));
            if (ManifestKeys.KIND_CALIBRATION.equals(m.path(ManifestKeys.KIND).asText()))
                throw new ResultsFolderException(f + " holds the results of a calibration, which has no shards: "
                        + PARTS);
            String shard = m.path(ManifestKeys.SHARD).asText("");
            if (m.path(ManifestKeys.PLAN_ID).asText("").isEmpty() || shard.isEmpty())
                throw new ResultsFolderException(f + " has no plan identity or shard in its manifest.json");
            parts.add(new Part(f, m, Shard.parse(shard)));
        }
        parts.sort(Comparator.comparingInt(p -> p.shard().index()));
        Part first = parts.get(0);
        String plan = first.manifest().path(ManifestKeys.PLAN_ID).asText();
        int n = first.shard().count();
        boolean[] seen = new boolean[n];
        for (Part p : parts) {
            if (!p.manifest().path(ManifestKeys.PLAN_ID).asText().equals(plan))
                throw new ResultsFolderException(p.folder() + " is from a different batch or sweep than "
                        + first.folder() + " (" + differences(first.manifest(), p.manifest()) + ")");
            if (p.shard().count() != n)
                throw new ResultsFolderException(p.folder() + " is shard " + p.shard() + " but " + first.folder()
                        + " is shard " + first.shard() + ": the parts were split differently");
            if (seen[p.shard().index()])
                throw new ResultsFolderException("shard " + p.shard() + " is given twice");
            seen[p.shard().index()] = true;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) if (!seen[i]) missing.add(i + "/" + n);
        if (!missing.isEmpty())
            throw new ResultsFolderException("missing shard" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + " of " + n);
        return parts;
    }

    /** What merge takes, said when it is given something else. */
    private static final String PARTS = "merge takes the results folders of the shards of one batch or sweep "
            + "(--shard i/n)";

    /**
     * Refuses a part that is not a finished results folder, saying what it is instead: nothing at all, a file, a
     * shard that has not finished (stopped or still running: its journal, lock or unpublished tables are there), a
     * calibration under way, a folder whose manifest is missing, or no results folder at all.
     */
    private static void refuseUnlessFinishedPart(Path f) throws ResultsFolderException {
        if (!Files.exists(f)) throw new ResultsFolderException(f + ": no such folder; " + PARTS);
        if (!Files.isDirectory(f))
            throw new ResultsFolderException(f + ": a file, not a results folder; " + PARTS);
        if (ResultsFolder.hasUnfinishedCalibration(f))
            throw new ResultsFolderException(f + " holds a calibration under way, not a shard; " + PARTS);
        boolean journal = ResultsFolder.hasUnfinishedRuns(f);
        boolean manifest = Files.exists(f.resolve(ResultsSchema.MANIFEST_FILE));
        boolean working = Files.exists(f.resolve(WorkingFiles.LOCK_FILE))
                || Files.exists(AtomicFile.tempOf(f.resolve(Runs.FILE)));
        if (journal || (!manifest && working)) {
            java.util.OptionalInt kept = Execution.runsKept(f);
            String command = Execution.noteOf(f);
            throw new ResultsFolderException(f + " is not a finished results folder: its shard has not finished"
                    + (kept.isPresent() ? " (" + kept.getAsInt() + " of its runs are written)" : "")
                    + "; run the same command again to complete it"
                    + (command == null ? "" : ":\n  " + command));
        }
        if (manifest) return;
        if (Files.exists(f.resolve(Runs.FILE)))
            throw new ResultsFolderException(f + " is not a finished results folder (it has " + Runs.FILE
                    + " but no " + ResultsSchema.MANIFEST_FILE + ", which a finished batch or sweep writes last)");
        throw new ResultsFolderException(f + " is not a results folder (no " + ResultsSchema.MANIFEST_FILE + "); "
                + PARTS);
    }

    private static void mergeRuns(List<Part> parts, Path target, int total) throws IOException {
        List<CsvRows> in = open(parts, Runs.FILE);
        try (AtomicFile file = new AtomicFile(target)) {
            List<String> header = runsHeader(parts, in);
            CsvWriter printer = new CsvWriter(file.writer());
            printer.row(header);
            for (int r = 0; r < total; r++) {
                CsvRows part = in.get(r % in.size());
                CsvRow row = part.next(r);
                List<String> cells = new ArrayList<>(header.size());
                for (String column : header) cells.add(row.get(column));
                printer.row(cells);
            }
            for (CsvRows part : in) part.expectEnd();
            file.writer().flush();
            file.commit();
        } finally {
            close(in);
        }
    }

    /** The header of a part with metric columns; the others must be the same without them. */
    private static List<String> runsHeader(List<Part> parts, List<CsvRows> in) throws IOException {
        List<String> widest = in.get(0).header();
        for (CsvRows p : in) if (p.header().size() > widest.size()) widest = p.header();
        List<String> withoutMetrics = new ArrayList<>(widest);
        int from = widest.indexOf(Runs.REJECTING_COALITIONS) + 1;
        withoutMetrics.subList(from, from + Runs.metrics(widest).size()).clear();
        for (int i = 0; i < in.size(); i++) {
            List<String> h = in.get(i).header();
            if (!h.equals(widest) && !h.equals(withoutMetrics))
                throw new ResultsFolderException(parts.get(i).folder() + "/runs.csv has other columns than "
                        + "the other parts");
        }
        return widest;
    }

    /** Tables keyed by run with any number of rows per run ({@code rounds.csv.gz}, {@code coalitions.csv.gz}, ...). */
    private static void mergeByRun(List<Part> parts, Path target, int total) throws IOException {
        String name = target.getFileName().toString();
        List<CsvRows> in = open(parts, name);
        try (AtomicFile file = new AtomicFile(target)) {
            List<String> header = in.get(0).header();
            for (int i = 1; i < in.size(); i++)
                if (!in.get(i).header().equals(header))
                    throw new ResultsFolderException(parts.get(i).folder() + "/" + name
                            + " has other columns than the other parts");
            // run by run, as the batch wrote them: one gzip member per run in a compressed table
            boolean compressed = name.endsWith(CsvReader.COMPRESSED);
            java.io.OutputStream o = file.output();
            o.write(CsvTable.pack(new Rows().row(header), compressed));
            for (int r = 0; r < total; r++) {
                Rows rows = new Rows();
                for (CsvRow row : in.get(r % in.size()).allOf(r)) rows.row(row.values());
                o.write(CsvTable.pack(rows, compressed));
            }
            for (CsvRows part : in) part.expectEnd();
            file.commit();
        } finally {
            close(in);
        }
    }

    private static void copySame(List<Part> parts, String name, Path out) throws IOException {
        Path first = parts.get(0).folder().resolve(name);
        if (!Files.exists(first)) return;
        byte[] bytes = Files.readAllBytes(first);
        for (Part p : parts)
            if (!Arrays.equals(bytes, Files.readAllBytes(p.folder().resolve(name))))
                throw new ResultsFolderException(p.folder() + "/" + name + " differs from " + first);
        try (AtomicFile file = new AtomicFile(out.resolve(name))) {
            file.output().write(bytes);
            file.commit();
        }
    }

    private static Map<String, Object> manifest(List<Part> parts, OffsetDateTime started) {
        Map<String, Object> tree = MAPPER.convertValue(parts.get(0).manifest(),
                new TypeReference<LinkedHashMap<String, Object>>() {
                });
        tree.put(ManifestKeys.SHARD, Shard.ALL.toString());
        tree.put(ManifestKeys.THREADS, null);
        List<Map<String, Object>> from = new ArrayList<>();
        for (Part p : parts) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(ManifestKeys.FOLDER, Fingerprints.displayPath(p.folder()));
            one.put(ManifestKeys.SHARD, p.shard().toString());
            for (String key : ManifestKeys.EACH_PART)
                one.put(key, MAPPER.convertValue(p.manifest().get(key), Object.class));
            from.add(one);
        }
        tree.put(ManifestKeys.STARTED, Manifest.iso(started));
        tree.put(ManifestKeys.FINISHED, Manifest.iso(OffsetDateTime.now()));
        tree.put(ManifestKeys.RESUMED_AT, List.of());
        tree.put(ManifestKeys.MERGED_FROM, from);
        return tree;
    }

    /** Writes the merged folder's manifest, last, with this moment as its finishing time. */
    public static void writeManifest(Path out, Merged merged) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>(merged.manifest());
        tree.put(ManifestKeys.FINISHED, Manifest.iso(OffsetDateTime.now()));
        Json.write(out.resolve(ResultsSchema.MANIFEST_FILE), tree);
    }

    /** Finishes a merged batch: {@code summary.json} from the merged runs, then the manifest. */
    public static void finishBatch(Path out, Merged merged) throws IOException {
        String name = merged.parts().get(0).manifest().path(ManifestKeys.SCENARIO_NAME).asText();
        Json.write(out.resolve(ResultsSchema.SUMMARY_FILE), SummaryJson.of(name, out.resolve(Runs.FILE)));
        writeManifest(out, merged);
    }

    private static List<CsvRows> open(List<Part> parts, String name) throws IOException {
        List<CsvRows> in = new ArrayList<>();
        try {
            for (Part p : parts) in.add(CsvRows.open(p.folder().resolve(name)));
        } catch (IOException | RuntimeException e) {
            close(in);
            throw e;
        }
        return in;
    }

    private static void close(List<CsvRows> in) throws IOException {
        for (CsvRows r : in) r.close();
    }
}
