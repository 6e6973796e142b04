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
    public CsvWriter cell(CharSequence value) throws IOException {
        if (!newRow && (value == null || value.length() == 0)) {
            // an empty cell after the first is nothing between two delimiters (the first would be quoted)
            out.append(',');
        } else if (value != null && leftAsItIs(value)) {
            // the cells of a results table are mostly numbers and codes: appended directly, they cost a tenth of
            // commons-csv's print, which a batch pays for every cell of every run (docs/performance.md)
            if (!newRow) out.append(',');
            out.append(value);
        } else {
            FORMAT.print(value, out, newRow);
        }
        newRow = false;
        return this;
    }

    /**
     * Whether minimal quoting surely leaves {@code value} as it is: a non-empty run of ASCII letters, digits, dots,
     * hyphens and underscores holds no delimiter, quote or line end, and neither starts at or below {@code #} nor ends
     * at or below a space, which are what make commons-csv quote. Anything else goes through commons-csv.
     */
    static boolean leftAsItIs(CharSequence value) {
        int n = value.length();
        if (n == 0) return false;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.'
                    || c == '-' || c == '_';
            if (!plain) return false;
        }
        return true;
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
