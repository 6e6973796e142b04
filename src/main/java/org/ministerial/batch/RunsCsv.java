package org.ministerial.batch;

import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.files.CsvReader;
import org.ministerial.files.CsvRow;
import org.ministerial.model.Outcome;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code runs.csv} back, row by row, for summaries and analyses computed from the file alone (after a
 * resume, a merge, or on another machine). The metric columns are the ones between {@code rejecting_coalitions} and the
 * first {@code text_} (or {@code error}) column, as {@link RunsTable} writes them.
 */
public final class RunsCsv implements Closeable, Iterable<RunsCsv.Row> {
    /**
     * One row.
     *
     * @param run      the run index
     * @param cells    every cell, by column name
     * @param outcome  how the run ended, or null if it failed
     * @param endRound the 0-based round it ended in (-1 if it failed)
     * @param metrics  the metric cells, parsed (null for an empty cell), in column order
     */
    public record Row(int run, CsvRow cells, Outcome outcome, int endRound, Map<String, Double> metrics) {
        public boolean failed() {
            return outcome == null;
        }

        /** The cell of a column. */
        public String get(String column) {
            return cells.get(column);
        }

        /** Counts this row into a summary. */
        public void addTo(Summary s) {
            if (failed()) {
                s.addFailed();
                return;
            }
            String draw = cells.get(Runs.INPUT_DRAW);
            s.add(outcome, endRound, metrics, draw == null || draw.isEmpty() ? -1 : Integer.parseInt(draw));
        }
    }

    private final Path file;
    private final CsvReader reader;
    private final List<String> metrics;

    private RunsCsv(Path file, CsvReader reader) throws IOException {
        this.file = file;
        this.reader = reader;
        List<String> header = reader.header();
        if (header.indexOf(Runs.RUN) != 0 || !header.contains(Runs.REJECTING_COALITIONS)
                || !header.contains(Runs.OUTCOME) || !header.contains(Runs.END_ROUND))
            throw new IOException(file + " is not a runs.csv of Ministerial (missing run, outcome, end_round or"
                    + " rejecting_coalitions columns)");
        metrics = List.copyOf(Runs.metrics(header));
    }

    public static RunsCsv open(Path file) throws IOException {
        CsvReader reader = CsvReader.open(file);
        try {
            return new RunsCsv(file, reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    public List<String> header() {
        return reader.header();
    }

    /** The metric columns. */
    public List<String> metrics() {
        return metrics;
    }

    /** The rows; a row the file cannot hold (cut, ragged) stops the iteration with an {@link UncheckedIOException}. */
    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            private CsvRow next = read();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) throw new java.util.NoSuchElementException();
                Row r = row(next);
                next = read();
                return r;
            }
        };
    }

    private CsvRow read() {
        try {
            return reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row row(CsvRow r) {
        int run = whole(r, Runs.RUN);
        String outcome = r.get(Runs.OUTCOME);
        if (outcome.equals(Runs.FAILED_OUTCOME)) return new Row(run, r, null, -1, Map.of());
        Outcome o = null;
        for (Outcome known : Outcome.values())
            if (known.label().equals(outcome)) o = known;
        if (o == null)
            throw unreadable(r, Runs.OUTCOME, outcome, "one of " + String.join(", ",
                    java.util.Arrays.stream(Outcome.values()).map(Outcome::label).toList()) + " or " + Runs.FAILED_OUTCOME);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String m : metrics) {
            try {
                values.put(m, Decimals.parse(r.get(m)));
            } catch (IllegalArgumentException e) {
                throw unreadable(r, m, r.get(m), "a number");
            }
        }
        return new Row(run, r, o, whole(r, Runs.END_ROUND), values);
    }

    private int whole(CsvRow r, String column) {
        try {
            return Integer.parseInt(r.get(column));
        } catch (NumberFormatException e) {
            throw unreadable(r, column, r.get(column), "a whole number");
        }
    }

    private IllegalArgumentException unreadable(CsvRow r, String column, String cell, String wanted) {
        return new IllegalArgumentException(file + ":" + r.line() + ": column '" + column + "' holds '" + cell
                + "', not " + wanted);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
