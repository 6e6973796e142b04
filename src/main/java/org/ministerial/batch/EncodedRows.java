package org.ministerial.batch;

/**
 * One run's rows of each table of a {@link ResultsWriter}, as the bytes the writer appends: made on the worker
 * thread, so that formatting and compression run in parallel and the writer thread only copies bytes.
 */
public final class EncodedRows {
    private final ResultsWriter writer;
    private final byte[][] tables;

    EncodedRows(ResultsWriter writer, byte[][] tables) {
        this.writer = writer;
        this.tables = tables;
    }

    /** The bytes of table {@code t} of {@code writer}, or null when that writer must encode them itself. */
    byte[] table(ResultsWriter writer, int t) {
        return writer == this.writer ? tables[t] : null;
    }
}
