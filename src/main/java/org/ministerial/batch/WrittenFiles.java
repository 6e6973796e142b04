package org.ministerial.batch;

import org.ministerial.files.CsvReader;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file Ministerial writes into a results folder, whichever command wrote it: the one list of them, made from
 * the results schema's names ({@link ResultsSchema}, {@link AnalysisSchema}, {@link WorkingFiles}, and the figures
 * {@link PlottedFigures} finds through their index). {@code --force} removes them all before it writes the folder
 * anew, so that no file of the replaced results (a sweep's {@code design.csv}, a calibration's
 * {@code posterior.csv}, a sensitivity analysis, figures) is left beside the new ones to be read as theirs. A file
 * the user put there, or a folder of their own, is kept; so are the folders other commands make inside a results
 * folder for results of their own ({@code slurm}'s {@code slurm/} and {@code parts/}).
 */
public final class WrittenFiles {
    /**
     * The names of the files in the folder itself, without their temporary forms ({@code .NAME.tmp}, also removed):
     * the tables of runs (compressed and, as folders written before compression have them, plain), the summary, a
     * sweep's design and points, a calibration's tables, a sensitivity analysis, a run's networks, the journal of
     * an unfinished batch or sweep and its note of the command, and the manifest last, so that a folder whose
     * removal is cut short still reads as finished results and is refused (or removed) again.
     */
    public static final List<String> NAMES = names();

    private WrittenFiles() {
    }

    private static List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (String t : ResultsSchema.TABLES) {
            names.add(t);
            if (t.endsWith(CsvReader.COMPRESSED))
                names.add(t.substring(0, t.length() - CsvReader.COMPRESSED.length()));
        }
        names.add(ResultsSchema.SUMMARY_FILE);
        names.add(ResultsSchema.Sweeps.DESIGN_FILE);
        names.add(ResultsSchema.Sweeps.POINTS_FILE);
        names.add(ResultsSchema.Calibrations.POSTERIOR_FILE);
        names.add(ResultsSchema.Calibrations.PARTICLES_FILE);
        names.add(ResultsSchema.Calibrations.GENERATIONS_FILE);
        names.addAll(AnalysisSchema.Sensitivity.FILES);
        names.add(AnalysisSchema.Networks.FILE);
        names.add(WorkingFiles.Progress.FILE);
        names.add(WorkingFiles.Progress.COMMAND_FILE);
        names.add(ResultsSchema.MANIFEST_FILE);
        return List.copyOf(names);
    }

    /**
     * Removes every file Ministerial wrote into {@code folder} (see the class comment), the manifest last; the
     * folder's lock ({@link WorkingFiles#LOCK_FILE}), held by the caller, stays.
     */
    public static void remove(Path folder) throws IOException {
        PlottedFigures.remove(folder);
        removeCalibrationState(folder);
        for (String name : NAMES) {
            Path file = folder.resolve(name);
            deleteFile(AtomicFile.tempOf(file));
            deleteFile(file);
        }
    }

    private static void removeCalibrationState(Path folder) throws IOException {
        Path state = folder.resolve(WorkingFiles.AbcState.FOLDER);
        if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(state)) {
            s.filter(p -> isCalibrationState(p.getFileName().toString())).forEach(files::add);
        }
        // the journal last, so that a removal cut short still reads as an unfinished calibration
        files.sort((a, b) -> Boolean.compare(isJournal(a), isJournal(b)));
        for (Path f : files) deleteFile(f);
        try {
            Files.deleteIfExists(state);
        } catch (DirectoryNotEmptyException e) {
            // a file the program does not write stays, and with it the folder
        }
    }

    /**
     * Whether a file of {@link WorkingFiles.AbcState#FOLDER} is one a calibration writes there: its journal, a
     * generation's particles or a generation's proposals, or the temporary form of one.
     */
    static boolean isCalibrationState(String name) {
        String plain = name;
        if (plain.startsWith(".") && plain.endsWith(".tmp")) plain = plain.substring(1, plain.length() - 4);
        // generation-12.csv reads as generation-0.csv: the names the state's own methods make
        String shape = plain.replaceAll("-[0-9]+\\.", "-0.");
        return plain.equals(WorkingFiles.AbcState.JOURNAL_FILE)
                || shape.equals(WorkingFiles.AbcState.generationFile(0))
                || shape.equals(WorkingFiles.AbcState.proposalsFile(0));
    }

    private static boolean isJournal(Path file) {
        return file.getFileName().toString().equals(WorkingFiles.AbcState.JOURNAL_FILE);
    }

    /** Deletes a regular file (never a folder of the same name, nor what a link points to). */
    private static void deleteFile(Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file))
            Files.deleteIfExists(file);
    }
}
