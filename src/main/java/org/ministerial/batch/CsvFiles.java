package org.ministerial.batch;

import org.ministerial.files.CsvWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Small CSV files of a results folder ({@code design.csv}, {@code points.csv}, sensitivity tables) in the same format
 * as the run tables ({@link CsvWriter}), UTF-8, written atomically; read back by
 * {@link org.ministerial.files.CsvReader}.
 */
public final class CsvFiles {
    private CsvFiles() {
    }

    /** Writes a header and rows to {@code target}; the file appears complete or not at all. */
    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        try (AtomicFile file = new AtomicFile(target)) {
            try {
                new CsvWriter(file.writer()).table(header, rows);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " in " + target.getFileName(), e);
            }
            file.writer().flush();
            file.commit();
        }
    }
}
