package org.ministerial.plot;

import org.ministerial.batch.Decimals;
import org.ministerial.files.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a figure draws, written beside it as CSV so that a reviewer can check the figure without the tool.
 * Cells follow the results files' conventions (docs/results.md), written by {@link CsvWriter}, numbers to at most
 * six decimals in plain notation. The figure is drawn from the same rounded numbers, so the file is exact.
 */
public final class DataTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public DataTable(String... header) {
        if (header.length == 0) throw new IllegalArgumentException("a table needs at least one column");
        this.header = List.of(header);
    }

    /**
     * Adds a row; numbers become text by {@link Decimals#format}, other values by {@code toString}, null by an empty
     * cell.
     *
     * @throws IllegalArgumentException if the row has the wrong number of cells
     */
    public DataTable add(Object... cells) {
        if (cells.length != header.size())
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
        List<String> row = new ArrayList<>(cells.length);
        for (Object c : cells) row.add(cell(c));
        rows.add(row);
        return this;
    }

    /** A number as drawn: rounded as in the CSV file. */
    public static double rounded(double value) {
        return Double.isFinite(value) ? Decimals.round(value).doubleValue() : value;
    }

    private static String cell(Object c) {
        if (c == null) return "";
        if (c instanceof Double || c instanceof Float) return Decimals.format(((Number) c).doubleValue());
        return c.toString();
    }

    /**
     * The same table with a first column {@code batch} holding {@code label} in every row, so that the figures of
     * several batches join on it (as the outcome figures' tables, which have it, and a study's {@code label}); the
     * table itself if it has the column already.
     */
    public DataTable ofBatch(String label) {
        if (!header.isEmpty() && header.get(0).equals(org.ministerial.batch.FigureSchema.BATCH)) return this;
        List<String> withBatch = new ArrayList<>(header.size() + 1);
        withBatch.add(org.ministerial.batch.FigureSchema.BATCH);
        withBatch.addAll(header);
        DataTable t = new DataTable(withBatch.toArray(String[]::new));
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>(row.size() + 1);
            r.add(label);
            r.addAll(row);
            t.rows.add(r);
        }
        return t;
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new CsvWriter(w).table(header, rows);
        }
    }
}
