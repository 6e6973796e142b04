package org.ministerial.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A results table read in run order, one run's rows at a time, for merging. The first column is the run index;
 * rows of one run are consecutive and runs ascend, as every table of a results folder is written.
 */
final class CsvRows implements Closeable {
    private static final CSVFormat WITH_HEADER =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private CSVRecord peeked;

    private CsvRows(Path file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /**
     * Opens a table, refusing one that a writer could not have left: a results table always ends with a line break,
     * so a file that does not was cut mid-row (a copy interrupted, a disk full).
     */
    static CsvRows open(Path file) throws IOException {
        if (!java.nio.file.Files.exists(file)) throw new ResultsFolderException(file + ": missing");
        TableFiles.checkComplete(file);
        try {
            return new CsvRows(file, TableFiles.parse(file, WITH_HEADER));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ResultsFolderException(file + ": not a readable table (" + e.getMessage() + ")");
        }
    }

    List<String> header() {
        return parser.getHeaderNames();
    }

    /** The row of run {@code run}, which must come next. */
    CSVRecord next(int run) throws ResultsFolderException {
        CSVRecord r = peek();
        if (r == null || runOf(r) != run)
            throw new ResultsFolderException(file + ": expected the row of run " + run + " but found "
                    + (r == null ? "the end of the file" : "run " + r.get(0)));
        peeked = null;
        return r;
    }

    /** Every row of run {@code run} (none if it is not next). */
    List<CSVRecord> allOf(int run) throws ResultsFolderException {
        List<CSVRecord> rows = new ArrayList<>();
        for (CSVRecord r = peek(); r != null && runOf(r) == run; r = peek()) {
            rows.add(r);
            peeked = null;
        }
        CSVRecord r = peek();
        if (r != null && runOf(r) < run)
            throw new ResultsFolderException(file + ": run " + r.get(0) + " is out of order");
        return rows;
    }

    /** Checks that every row was taken. */
    void expectEnd() throws ResultsFolderException {
        CSVRecord r = peek();
        if (r != null) throw new ResultsFolderException(file + ": unexpected row of run " + r.get(0));
    }

    private CSVRecord peek() throws ResultsFolderException {
        try {
            if (peeked == null && records.hasNext()) peeked = records.next();
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ResultsFolderException(file + ": cannot be read after line " + parser.getCurrentLineNumber()
                    + " (" + e.getMessage() + ")");
        }
        if (peeked != null && peeked.size() != header().size())
            throw new ResultsFolderException(file + ":" + parser.getCurrentLineNumber() + ": a row of "
                    + peeked.size() + " fields under a header of " + header().size() + " (the file is cut or corrupt)");
        return peeked;
    }

    private int runOf(CSVRecord r) throws ResultsFolderException {
        try {
            return Integer.parseInt(r.get(0));
        } catch (NumberFormatException e) {
            throw new ResultsFolderException(file + ": '" + r.get(0) + "' is not a run index");
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
