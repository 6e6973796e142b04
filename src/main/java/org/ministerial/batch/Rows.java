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

    /** Appends a cell to the current row. */
    Rows cell(String value) {
        try {
            csv.cell(value);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return this;
    }

    Rows cell(int value) {
        return cell(Integer.toString(value));
    }

    /** A number as {@link Decimals#format} writes it. */
    Rows number(double value) {
        return cell(Decimals.format(value));
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
