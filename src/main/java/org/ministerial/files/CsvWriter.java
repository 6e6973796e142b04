package org.ministerial.files;

import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV the way every table of the tool is written: RFC 4180 with commons-csv's minimal quoting, {@code \n}
 * line ends. Results are compared byte for byte between versions, so this is the one place that decides the bytes;
 * {@link CsvReader} reads them back.
 */
public final class CsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Appendable out;
    private boolean newRow = true;

    /** Writes to {@code out}: a {@link StringBuilder} (never fails) or a {@link Writer}. */
    public CsvWriter(Appendable out) {
        this.out = out;
    }

    /** Appends a cell to the current row; null is an empty cell. */
    public CsvWriter cell(String value) throws IOException {
        FORMAT.print(value, out, newRow);
        newRow = false;
        return this;
    }

    /** Ends the current row. */
    public CsvWriter end() throws IOException {
        out.append('\n');
        newRow = true;
        return this;
    }

    /** A whole row. */
    public CsvWriter row(Iterable<String> cells) throws IOException {
        for (String c : cells) cell(c);
        return end();
    }

    /** A header and rows, each row as wide as the header. */
    public CsvWriter table(List<String> header, List<? extends List<String>> rows) throws IOException {
        row(header);
        for (List<String> r : rows) {
            if (r.size() != header.size())
                throw new IllegalArgumentException("row of " + r.size() + " cells under " + header.size() + " columns");
            row(r);
        }
        return this;
    }

    /** A header and rows as text. */
    public static String text(List<String> header, List<? extends List<String>> rows) {
        StringBuilder b = new StringBuilder();
        try {
            new CsvWriter(b).table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return b.toString();
    }
}
