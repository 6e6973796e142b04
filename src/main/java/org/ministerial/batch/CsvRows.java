package org.ministerial.batch;

import org.ministerial.files.CsvReader;
import org.ministerial.files.CsvRow;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A results table read in run order, one run's rows at a time, for merging. The first column is the run index;
 * rows of one run are consecutive and runs ascend, as every table of a results folder is written.
 */
final class CsvRows implements Closeable {
    private final Path file;
    private final CsvReader reader;
    private CsvRow peeked;

    private CsvRows(Path file, CsvReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /**
     * Opens a table, refusing one that a writer could not have left: a results table always ends with a line break,
     * so a file that does not was cut mid-row (a copy interrupted, a disk full).
     */
    static CsvRows open(Path file) throws IOException {
        if (!Files.exists(file)) throw new ResultsFolderException(file + ": missing");
        ResultsCheck.checkComplete(file);
        return new CsvRows(file, CsvReader.open(file));
    }

    List<String> header() {
        return reader.header();
    }

    /** The row of run {@code run}, which must come next. */
    CsvRow next(int run) throws IOException {
        CsvRow r = peek();
        if (r == null || runOf(r) != run)
            throw new ResultsFolderException(file + ": expected the row of run " + run + " but found "
                    + (r == null ? "the end of the file" : "run " + r.get(0)));
        peeked = null;
        return r;
    }

    /** Every row of run {@code run} (none if it is not next). */
    List<CsvRow> allOf(int run) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow r = peek(); r != null && runOf(r) == run; r = peek()) {
            rows.add(r);
            peeked = null;
        }
        CsvRow r = peek();
        if (r != null && runOf(r) < run)
            throw new ResultsFolderException(file + ": run " + r.get(0) + " is out of order");
        return rows;
    }

    /** Checks that every row was taken. */
    void expectEnd() throws IOException {
        CsvRow r = peek();
        if (r != null) throw new ResultsFolderException(file + ": unexpected row of run " + r.get(0));
    }

    /** The next row, left to be taken; a row of another width than the header's is refused (the file is corrupt). */
    private CsvRow peek() throws IOException {
        if (peeked == null) peeked = reader.next();
        return peeked;
    }

    private int runOf(CsvRow r) throws ResultsFolderException {
        try {
            return Integer.parseInt(r.get(0));
        } catch (NumberFormatException e) {
            throw new ResultsFolderException(file + ":" + r.line() + ": '" + r.get(0) + "' is not a run index");
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
