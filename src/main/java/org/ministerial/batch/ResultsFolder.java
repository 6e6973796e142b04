package org.ministerial.batch;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Results folders. Where a batch's results go by default: {@code <base>/<scenario-name>/<yyyyMMdd-HHmmss>/}, one new
 * folder per batch so that no batch overwrites another; two batches started in the same second get {@code -2},
 * {@code -3}, ... And what every command that writes one ({@code run}, {@code batch}, {@code sweep},
 * {@code calibrate}, {@code merge}) says when the folder it is given holds another command's results, which it
 * refuses rather than overwrite (docs/results.md, "Finished results are kept").
 */
public final class ResultsFolder {
    /** The default base, relative to the working directory. */
    public static final Path DEFAULT_BASE = Path.of("results");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ResultsFolder() {
    }

    /** Creates and returns a new, empty folder for a batch of {@code scenarioName} started at {@code time}. */
    public static Path create(Path base, String scenarioName, LocalDateTime time) throws IOException {
        Path parent = base.resolve(safe(scenarioName));
        Files.createDirectories(parent);
        String stamp = time.format(STAMP);
        for (int attempt = 1; ; attempt++) {
            Path candidate = parent.resolve(attempt == 1 ? stamp : stamp + "-" + attempt);
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier batch in the same second; try the next suffix
            }
        }
    }

    /**
     * Refuses a study's folder ({@code compare}, {@code robustness}: its {@code study.csv} or {@code study.md}) as the
     * folder of one batch, with or without {@code --force}: the batch's files would sit among the study's, whose
     * batches are its subfolders, and the study could no longer be plotted or resumed.
     */
    public static void refuseStudyFolder(Path folder) throws ResultsFolderException {
        for (String name : List.of(AnalysisSchema.Study.CSV_FILE, AnalysisSchema.Study.MARKDOWN_FILE))
            if (Files.exists(folder.resolve(name)))
                throw new ResultsFolderException(folder + " holds the tables of a study (" + name + "): its batches"
                        + " are its subfolders; write to another --out");
    }

    /**
     * Refuses a folder without a manifest that holds files of the names results have ({@code runs.csv},
     * {@code summary.json}, ...): no command of this program left them there, or not finished, so they are the
     * user's (or another program's), and writing would overwrite them.
     */
    public static void refuseForeignTables(Path folder) throws ResultsFolderException {
        if (Files.exists(folder.resolve(ResultsSchema.MANIFEST_FILE))) return;
        List<String> found = new ArrayList<>();
        for (String name : WrittenFiles.NAMES)
            if (!name.equals(WorkingFiles.Progress.FILE) && !name.equals(WorkingFiles.Progress.COMMAND_FILE)
                    && Files.exists(folder.resolve(name)))
                found.add(name);
        if (!found.isEmpty())
            throw new ResultsFolderException(folder + " holds the files " + String.join(", ", found) + " but no manifest.json:"
                    + " not results this program finished, so they would be overwritten; write to another --out, or"
                    + " give --force to replace them");
    }

    /**
     * The refusal of a folder holding the finished results ({@code manifest.json}) of a different command, saying
     * what they are and how to replace them.
     */
    public static ResultsFolderException finishedOfAnother(Path folder) {
        return new ResultsFolderException(folder + " holds the finished results of a different command ("
                + describe(folder) + "); give --force to replace them, or write to another --out");
    }

    /**
     * What a finished folder holds, from its manifest, in a few words: the kind of command and what it ran, then
     * for a batch or sweep its runs, for a calibration its generations and particles, then the base seed and when it
     * finished, e.g. {@code batch of cancun-2003, 20000 runs, seed 1, finished T} or {@code calibration of
     * experiments/cancun-abc.yaml, 6 generations of 1000 particles, seed 2003, finished T}. What the manifest does
     * not say is left out.
     */
    public static String describe(Path folder) {
        JsonNode m;
        try {
            m = Json.read(folder.resolve(ResultsSchema.MANIFEST_FILE));
        } catch (IOException e) {
            return "its manifest.json cannot be read";
        }
        String kind = m.path(ManifestKeys.KIND).asText("");
        List<String> parts = new ArrayList<>();
        String of = m.path(ManifestKeys.SCENARIO_NAME).asText(m.path(ManifestKeys.EXPERIMENT).asText(""));
        parts.add((kind.isEmpty() ? "results" : kind) + (of.isEmpty() ? "" : " of " + of));
        if (kind.equals(ManifestKeys.KIND_CALIBRATION)) {
            int generations = m.path(ManifestKeys.GENERATIONS).asInt(0);
            int particles = m.path(ManifestKeys.SETTINGS).path(SummaryKeys.Abc.PARTICLES).asInt(0);
            if (generations > 0)
                parts.add(count(generations, "generation") + (particles > 0 ? " of " + particles + " particles" : ""));
        } else if (m.path(ManifestKeys.RUNS).canConvertToInt()) {
            parts.add(count(m.path(ManifestKeys.RUNS).asInt(), "run"));
        }
        if (m.hasNonNull(ManifestKeys.BASE_SEED)) parts.add("seed " + m.path(ManifestKeys.BASE_SEED).asText());
        if (m.hasNonNull(ManifestKeys.FINISHED)) parts.add("finished " + m.path(ManifestKeys.FINISHED).asText());
        return String.join(", ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * The refusal of a folder holding the unfinished results of a different command, which only that command can
     * resume: {@code differs} says in what it differs.
     */
    public static ResultsFolderException unfinishedOfAnother(Path folder, String differs) {
        return new ResultsFolderException(folder + " holds the unfinished results of a different command (" + differs
                + "); delete it to start over, or write to another --out");
    }

    /**
     * {@code e} told as a user can act on it when the device is full: {@code FOLDER: no space left on the device while
     * writing WHAT; ADVICE}. Any other exception is returned as it is (one that names its file, a
     * {@link java.nio.file.FileSystemException}, already says where).
     */
    public static IOException explainFullDisk(IOException e, Path folder, String what, String advice) {
        if (e instanceof ResultsFolderException || e instanceof java.nio.file.FileSystemException
                || !String.valueOf(e.getMessage()).contains("No space left")) return e;
        return new ResultsFolderException(folder + ": no space left on the device while writing " + what + "; " + advice);
    }

    /** Whether the folder holds the journal of an unfinished (stopped or running) batch or sweep. */
    public static boolean hasUnfinishedRuns(Path folder) {
        return Files.exists(folder.resolve(WorkingFiles.Progress.FILE));
    }

    /** Whether the folder holds the state of an unfinished (stopped or running) calibration. */
    public static boolean hasUnfinishedCalibration(Path folder) {
        return Files.exists(folder.resolve(WorkingFiles.AbcState.FOLDER).resolve(WorkingFiles.AbcState.JOURNAL_FILE));
    }

    /** Refuses a folder holding an unfinished calibration, for a command that is not that calibration. */
    public static void refuseUnfinishedCalibration(Path folder) throws ResultsFolderException {
        if (hasUnfinishedCalibration(folder))
            throw unfinishedOfAnother(folder, "a calibration, stopped before its last generation");
    }

    /** Refuses a folder holding an unfinished batch or sweep, for a command that is not that batch or sweep. */
    public static void refuseUnfinishedRuns(Path folder) throws ResultsFolderException {
        if (hasUnfinishedRuns(folder))
            throw unfinishedOfAnother(folder, "a batch or sweep, stopped before its last run");
    }

    /** The scenario name as a single, portable path segment. */
    public static String safe(String name) {
        String s = name == null ? "" : name.strip().replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.isEmpty() || s.chars().allMatch(c -> c == '.') ? "scenario" : s;
    }
}
