package org.ministerial.batch;

import org.ministerial.files.CsvWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of one run's rows of a table, cell by cell, as {@link CsvWriter} writes every table (commons-csv's minimal
 * quoting, {@code \n} line ends). Built on a worker thread, then handed to the writer as bytes.
 */
final class Rows {
    private final StringBuilder text = new StringBuilder(256);
    private final CsvWriter csv = new CsvWriter(text);
    /** A number's digits before they are appended: no string is made for a number or a count. */
    private final StringBuilder digits = new StringBuilder(24);

    /** Appends a cell to the current row. */
    Rows cell(CharSequence value) {
        try {
            csv.cell(value);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return this;
    }

    Rows cell(int value) {
        digits.setLength(0);
        return cell(digits.append(value));
    }

    /** A number as {@link Decimals#format} writes it. */
    Rows number(double value) {
        digits.setLength(0);
        return cell(Decimals.appendTo(digits, value));
    }

    /** Appends every value as a cell. */
    Rows cells(Iterable<String> values) {
        for (String v : values) cell(v);
        return this;
    }

    /** Ends the current row. */
    Rows end() {
        try {
            csv.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return this;
    }

    /** A whole row. */
    Rows row(Iterable<String> values) {
        return cells(values).end();
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
