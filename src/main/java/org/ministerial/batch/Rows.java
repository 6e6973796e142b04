package org.ministerial.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of one run's rows of a table, cell by cell, in the results files' CSV dialect ({@link CsvTable#FORMAT}:
 * commons-csv's minimal quoting, {@code \n} line ends). Built on a worker thread, then handed to the writer as bytes.
 */
final class Rows {
    private final StringBuilder text = new StringBuilder(256);
    private boolean newRow = true;

    /** Appends a cell to the current row. */
    Rows cell(String value) {
        try {
            CsvTable.FORMAT.print(value, text, newRow);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        newRow = false;
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
        text.append('\n');
        newRow = true;
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
