package org.ministerial.cli;

import org.ministerial.batch.ResultsSchema;
import org.ministerial.files.CsvReader;
import org.ministerial.model.Outcome;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-of-sweep table: each design point's parameter values, runs and outcome shares, read from
 * {@code points.csv}. Long designs (sampling designs have hundreds of points) are only counted.
 */
final class PointsTable {
    /** Most points printed. */
    static final int MAX_ROWS = 30;

    private PointsTable() {
    }

    static void print(PrintWriter out, Path folder) throws IOException {
        Path file = folder.resolve(ResultsSchema.Sweeps.POINTS_FILE);
        if (!Files.exists(file)) return;
        List<Map<String, String>> rows = CsvReader.readCells(file);
        if (rows.size() > MAX_ROWS) {
            out.printf("%d design points: see %s%n", rows.size(), file);
            return;
        }
        List<String> header = CsvReader.readHeader(file);
        List<String> columns = new ArrayList<>(header.subList(0, header.indexOf(ResultsSchema.Sweeps.RUNS) + 2));
        for (Outcome o : Outcome.values()) columns.add(ResultsSchema.Sweeps.share(o.label()));
        List<String> head = new ArrayList<>();
        for (String c : columns) head.add(shortName(c));
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, String> r : rows) {
            List<String> line = new ArrayList<>();
            for (String c : columns) line.add(ResultsSchema.Sweeps.isShare(c) ? percent(r.get(c)) : r.get(c));
            cells.add(line);
        }
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = head.get(i).length();
            for (List<String> line : cells) width[i] = Math.max(width[i], line.get(i).length());
        }
        out.println(line(head, width));
        for (List<String> line : cells) out.println(line(line, width));
    }

    /** The last segment of a dotted key, e.g. {@code agenda_power}; outcome shares by outcome. */
    private static String shortName(String column) {
        if (ResultsSchema.Sweeps.isShare(column)) return ResultsSchema.Sweeps.outcomeOfShare(column);
        int dot = column.lastIndexOf('.');
        return dot < 0 ? column : column.substring(dot + 1);
    }

    private static String percent(String share) {
        if (share == null || share.isEmpty() || share.equals("NaN")) return "-";
        return String.format(Locale.ROOT, "%.1f%%", 100 * Double.parseDouble(share));
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append("  ");
            b.append(String.format(Locale.ROOT, "%" + width[i] + "s", cells.get(i)));
        }
        return b.toString();
    }
}
