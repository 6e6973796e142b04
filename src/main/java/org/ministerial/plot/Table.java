package org.ministerial.plot;

import org.ministerial.files.CsvReader;
import org.ministerial.files.CsvRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CSV file of a results folder read whole (by {@link CsvReader}), with the line of every row kept so that a bad
 * cell can be reported as {@code file:line: message}. The files are small enough (a few MB for thousands of runs) to
 * hold in memory.
 *
 * @param file   where it was read from, for messages
 * @param header column names in file order
 * @param rows   the data rows
 */
public record Table(Path file, List<String> header, List<Row> rows) {
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
        try (CsvReader in = CsvReader.open(file)) {
            List<Row> rows = new ArrayList<>();
            for (CsvRow r; (r = in.next()) != null; ) rows.add(new Row(r.line(), r.cells()));
            return new Table(file, in.header(), rows);
        } catch (IOException e) {
            throw new PlotException(e.getMessage(), e);
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
