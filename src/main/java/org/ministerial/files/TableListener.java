package org.ministerial.files;

import java.util.List;

/**
 * Sees the header and then each row of a table as another reader reads it: a command that checks a large table
 * before using its rows (plot checks a results folder's rounds table, then draws its trajectories) reads and parses
 * it once.
 */
public interface TableListener {
    /** A listener that ignores what it sees. */
    TableListener NONE = new TableListener() {
        @Override
        public void header(List<String> header) {
        }

        @Override
        public void row(CsvRow row) {
        }
    };

    /** The table's column names, in file order, before any row. */
    void header(List<String> header);

    /** The next row, as the reader read it. */
    void row(CsvRow row);
}
