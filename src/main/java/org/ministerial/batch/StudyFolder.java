package org.ministerial.batch;

import org.ministerial.batch.AnalysisSchema.Study;
import org.ministerial.files.CsvReader;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The folder of a study ({@code compare}, {@code robustness}): a {@code study.csv} and {@code study.md}, and one
 * results folder per batch below it, named in the table's {@code folder} column (docs/results.md).
 */
public final class StudyFolder {
    private StudyFolder() {
    }

    /**
     * One batch of a study.
     *
     * @param folder its results folder
     * @param label  its label in the study's table, or null in a table written before it had a {@code folder} column
     */
    public record Batch(Path folder, String label) {
    }

    /**
     * The batches of a study folder (a {@code study.csv} and no {@code runs.csv}) that hold results, in its table's
     * order, baseline first; empty for any other path. A table written before it had a {@code folder} column named
     * the folder in its {@code label} column.
     */
    public static List<Batch> batches(Path folder) throws ResultsFolderException {
        Path table = folder.resolve(Study.CSV_FILE);
        if (Files.exists(folder.resolve(ResultsSchema.Runs.FILE)) || !Files.isRegularFile(table)) return List.of();
        List<Batch> out = new ArrayList<>();
        try {
            for (Map<String, String> row : CsvReader.readCells(table)) {
                String label = row.getOrDefault(Study.LABEL, "");
                Path batch = folder.resolve(row.getOrDefault(Study.FOLDER, label));
                if (Files.isRegularFile(batch.resolve(ResultsSchema.Runs.FILE)))
                    out.add(new Batch(batch, row.containsKey(Study.FOLDER) ? label : null));
            }
        } catch (IOException | RuntimeException e) {
            throw new ResultsFolderException(table + ": cannot be read (" + e.getMessage() + ")");
        }
        return out;
    }

    /**
     * Removes what the study wrote: each batch's files ({@link WrittenFiles}) and the batch's folder once empty, the
     * figures plotted into the study folder, and its tables. A file of the user's stays, and with it its folder.
     */
    public static void remove(Path folder) throws IOException {
        for (Batch b : batches(folder)) {
            WrittenFiles.remove(b.folder());
            try {
                Files.deleteIfExists(b.folder());
            } catch (DirectoryNotEmptyException e) {
                // a file of the user's stays, and with it the folder
            }
        }
        WrittenFiles.remove(folder);
        for (String name : List.of(Study.CSV_FILE, Study.MARKDOWN_FILE)) Files.deleteIfExists(folder.resolve(name));
    }
}
