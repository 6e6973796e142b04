package org.ministerial.plot;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CSV file of a results folder read whole, with the line of every row kept so that a bad cell can be reported as
 * {@code file:line: message}. The files are small enough (a few MB for thousands of runs) to hold in memory.
 *
 * @param file   where it was read from, for messages
 * @param header column names in file order
 * @param rows   the data rows
 */
public record Table(Path file, List<String> header, List<Row> rows) {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param line  1-based line of the file the row starts on
     * @param cells the cells by column name
     */
    public record Row(long line, Map<String, String> cells) {
    }

    /** Reads {@code file}; a missing file or malformed CSV is a {@link PlotException} naming the file. */
    public static Table read(Path file) throws PlotException {
        if (!Files.isRegularFile(file)) throw new PlotException(file + ": no such file");
        try (CSVParser parser = org.ministerial.batch.TableFiles.parse(file, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (!r.isConsistent())
                    throw new PlotException(file + ":" + (r.getRecordNumber() + 1) + ": expected " + header.size()
                            + " cells, found " + r.size());
                rows.add(new Row(r.getRecordNumber() + 1, r.toMap()));
            }
            return new Table(file, header, rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new PlotException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    /** Checks that every named column is present. */
    public void require(String... columns) throws PlotException {
        for (String c : columns)
            if (!header.contains(c)) throw new PlotException(file + ":1: missing column '" + c + "'");
    }

    /** The text of a cell ({@code ""} when empty). */
    public String text(Row row, String column) {
        String v = row.cells().get(column);
        return v == null ? "" : v;
    }

    /** A cell as a number; an empty or non-numeric cell is reported with its line. */
    public double number(Row row, String column) throws PlotException {
        String v = text(row, column);
        try {
            return switch (v) {
                case "NaN" -> Double.NaN;
                case "Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(v);
            };
        } catch (NumberFormatException e) {
            throw new PlotException(file + ":" + row.line() + ": column '" + column + "' should be a number, found '"
                    + v + "'");
        }
    }

    /** A cell as a whole number. */
    public int integer(Row row, String column) throws PlotException {
        String v = text(row, column);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new PlotException(file + ":" + row.line() + ": column '" + column + "' should be a whole number, "
                    + "found '" + v + "'");
        }
    }
}
