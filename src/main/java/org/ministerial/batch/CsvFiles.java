package org.ministerial.batch;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Small CSV files of a results folder ({@code design.csv}, {@code points.csv}, sensitivity tables) in the same format
 * as the run tables: RFC 4180, {@code \n} line ends, UTF-8, written atomically (read back by
 * {@link org.ministerial.files.CsvReader}).
 */
public final class CsvFiles {
    private CsvFiles() {
    }

    /** Writes a header and rows to {@code target}; the file appears complete or not at all. */
    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        try (AtomicFile file = new AtomicFile(target)) {
            CSVPrinter printer = new CSVPrinter(file.writer(), CsvTable.FORMAT);
            printer.printRecord(header);
            for (List<String> row : rows) {
                if (row.size() != header.size())
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size()
                            + " columns in " + target.getFileName());
                printer.printRecord(row);
            }
            printer.flush();
            file.commit();
        }
    }
}
