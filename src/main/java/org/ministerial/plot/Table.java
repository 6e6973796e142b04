package org.ministerial.plot;

import org.ministerial.files.CsvReader;
import org.ministerial.files.CsvRow;
import org.ministerial.files.TableListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CSV file of a results folder read whole (by {@link CsvReader}), with the line of every row kept so that a bad
 * cell can be reported as {@code file:line: message}.
 *
 * <p>A large batch's tables hold millions of cells (8,000 Cancún runs: 95,000 rows of 21 columns in the rounds
 * table, 780,000 rows in the coalitions table). Each row is an array of cells rather than a map by column name,
 * and a table may be read with only the columns a figure draws: a map per row, holding every column, filled
 * 700 MB of memory for such a batch, and the collector took a third of the time plotting it.
 */
public final class Table {
    private final Path file;
    private final List<String> header;
    /** The header's columns, to look one up. */
    private final Set<String> names;
    /** The position in {@link Row#cells} of each column read. */
    private final Map<String, Integer> positions;
    private final List<Row> rows;

    private Table(Path file, List<String> header, Map<String, Integer> positions, List<Row> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.names = new HashSet<>(header);
        this.positions = Map.copyOf(positions);
        this.rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param line  1-based line of the file the row ends on
     * @param cells the cells of the columns read, in the order of the table's header
     */
    public record Row(long line, String[] cells) {
    }

    /** Reads {@code file}, every column; a missing file or malformed CSV is a {@link PlotException} naming the file. */
    public static Table read(Path file) throws PlotException {
        return read(file, null);
    }

    /**
     * Reads {@code file}, keeping only the cells of {@code columns} (those of them the file has; null for all). The
     * header is the file's whole header, so {@link #require} still names a missing column.
     */
    public static Table read(Path file, Collection<String> columns) throws PlotException {
        List<Row> rows = new ArrayList<>();
        Table header = scan(file, columns, (table, row) -> rows.add(row));
        return new Table(file, header.header, header.positions, rows);
    }

    /** What is done with each row of a table read row by row. */
    @FunctionalInterface
    public interface RowVisitor {
        void visit(Table table, Row row) throws PlotException;
    }

    /**
     * Reads {@code file} row by row, handing each row, with the cells of {@code columns} (null for all), to
     * {@code visitor}, which can read them through the table it is given; none is kept. Returns the table's header,
     * with no rows: a table of close to a million rows (a large batch's coalitions) counted as it is read takes no
     * memory.
     */
    public static Table scan(Path file, Collection<String> columns, RowVisitor visitor) throws PlotException {
        if (!Files.isRegularFile(file)) throw new PlotException(file + ": no such file");
        try (CsvReader in = CsvReader.open(file)) {
            Layout layout = Layout.of(in.header(), columns);
            Table table = new Table(file, in.header(), layout.positions(), List.of());
            for (CsvRow r; (r = in.next()) != null; ) visitor.visit(table, layout.row(r));
            return table;
        } catch (IOException e) {
            throw new PlotException(e.getMessage(), e);
        }
    }

    /**
     * Which cells of a file's rows are kept.
     *
     * @param positions the position in {@link Row#cells} of each column kept
     * @param kept      the position in the file's rows of each cell kept
     */
    private record Layout(Map<String, Integer> positions, int[] kept) {
        static Layout of(List<String> header, Collection<String> columns) {
            Map<String, Integer> positions = new HashMap<>();
            int[] kept = new int[header.size()];
            for (int i = 0; i < header.size(); i++) {
                if (columns != null && !columns.contains(header.get(i))) continue;
                kept[positions.size()] = i;
                positions.put(header.get(i), positions.size());
            }
            return new Layout(positions, Arrays.copyOf(kept, positions.size()));
        }

        Row row(CsvRow r) {
            String[] cells = new String[kept.length];
            for (int k = 0; k < cells.length; k++) cells[k] = r.get(kept[k]);
            return new Row(r.line(), cells);
        }
    }

    /**
     * A table made of the rows another reader reads ({@link TableListener}): the rounds table as the check of a
     * results folder reads it, so that it is read once.
     */
    public static final class Collector implements TableListener {
        private final Path file;
        private final Collection<String> columns;
        private List<String> header;
        private Layout layout;
        private final List<Row> rows = new ArrayList<>();

        /** Will keep the cells of {@code columns} (null for all) of {@code file}'s rows. */
        public Collector(Path file, Collection<String> columns) {
            this.file = file;
            this.columns = columns;
        }

        @Override
        public void header(List<String> names) {
            header = names;
            layout = Layout.of(names, columns);
        }

        @Override
        public void row(CsvRow row) {
            rows.add(layout.row(row));
        }

        /** The table, or empty if the reader never started on it. */
        public Optional<Table> table() {
            return header == null ? Optional.empty()
                    : Optional.of(new Table(file, header, layout.positions(), rows));
        }
    }

    /** Where the table was read from, for messages. */
    public Path file() {
        return file;
    }

    /** Column names in file order, read or not. */
    public List<String> header() {
        return header;
    }

    /** The data rows. */
    public List<Row> rows() {
        return rows;
    }

    /** Whether the file has the column, read or not. */
    public boolean has(String column) {
        return names.contains(column);
    }

    /** Checks that every named column is present. */
    public void require(String... columns) throws PlotException {
        for (String c : columns)
            if (!names.contains(c)) throw new PlotException(file + ":1: missing column '" + c + "'");
    }

    /** The text of a cell ({@code ""} when empty or when the file has no such column). */
    public String text(Row row, String column) {
        Integer at = positions.get(column);
        if (at != null) return row.cells()[at];
        if (names.contains(column)) throw new IllegalArgumentException(file + ": column '" + column + "' not read");
        return "";
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
