package org.ministerial.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.model.Outcome;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code runs.csv} back, row by row, for summaries and analyses computed from the file alone (after a
 * resume, a merge, or on another machine). The metric columns are the ones between {@code rejecting_coalitions} and the
 * first {@code text_} (or {@code error}) column, as {@link RunsTable} writes them.
 */
public final class RunsCsv implements Closeable, Iterable<RunsCsv.Row> {
    private static final CSVFormat WITH_HEADER =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    /**
     * One row.
     *
     * @param run      the run index
     * @param record   every cell, by column name
     * @param outcome  how the run ended, or null if it failed
     * @param endRound the 0-based round it ended in (-1 if it failed)
     * @param metrics  the metric cells, parsed (null for an empty cell), in column order
     */
    public record Row(int run, CSVRecord record, Outcome outcome, int endRound, Map<String, Double> metrics) {
        public boolean failed() {
            return outcome == null;
        }

        /** The cell of a column. */
        public String get(String column) {
            return record.get(column);
        }

        /** Counts this row into a summary. */
        public void addTo(Summary s) {
            if (failed()) s.addFailed();
            else s.add(outcome, endRound, metrics);
        }
    }

    private final Path file;
    private final CSVParser parser;
    private final List<String> metrics;

    private RunsCsv(Path file, CSVParser parser) throws IOException {
        this.file = file;
        this.parser = parser;
        List<String> header = parser.getHeaderNames();
        if (header.indexOf(Runs.RUN) != 0 || !header.contains(Runs.REJECTING_COALITIONS)
                || !header.contains(Runs.OUTCOME) || !header.contains(Runs.END_ROUND))
            throw new IOException(file + " is not a runs.csv of Ministerial (missing run, outcome, end_round or"
                    + " rejecting_coalitions columns)");
        metrics = List.copyOf(Runs.metrics(header));
    }

    public static RunsCsv open(Path file) throws IOException {
        CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, WITH_HEADER);
        try {
            return new RunsCsv(file, parser);
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    public List<String> header() {
        return parser.getHeaderNames();
    }

    /** The metric columns. */
    public List<String> metrics() {
        return metrics;
    }

    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                return row(records.next());
            }
        };
    }

    private Row row(CSVRecord r) {
        try {
            int run = Integer.parseInt(r.get(Runs.RUN));
            String outcome = r.get(Runs.OUTCOME);
            if (outcome.equals(Runs.FAILED_OUTCOME)) return new Row(run, r, null, -1, Map.of());
            Map<String, Double> values = new LinkedHashMap<>();
            for (String m : metrics) values.put(m, Decimals.parse(r.get(m)));
            return new Row(run, r, Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)),
                    Integer.parseInt(r.get(Runs.END_ROUND)), values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ", row " + r.getRecordNumber() + ": unreadable: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
