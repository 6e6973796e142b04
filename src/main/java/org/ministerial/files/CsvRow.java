package org.ministerial.files;

import org.apache.commons.csv.CSVRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of a table read by {@link CsvReader}: its cells by column name and the line it is on, for messages. */
public final class CsvRow {
    private final String file;
    private final int line;
    private final CSVRecord record;

    CsvRow(String file, int line, CSVRecord record) {
        this.file = file;
        this.line = line;
        this.record = record;
    }

    /** The 1-based line of the file the row ends on (its only line, unless a quoted cell holds a line break). */
    public int line() {
        return line;
    }

    /** How many cells the row has. */
    public int size() {
        return record.size();
    }

    /** Whether the table has the column. */
    public boolean has(String column) {
        return record.isMapped(column);
    }

    /** The cell under {@code column}; {@code ""} when the header has no such column or the row stops short of it. */
    public String get(String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    /** The cell at a 0-based position. */
    public String get(int column) {
        return record.get(column);
    }

    /** The cells in file order. */
    public List<String> values() {
        return record.toList();
    }

    /** The cells by column name, in header order ({@code ""} for a cell the row lacks). */
    public Map<String, String> cells() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String column : record.getParser().getHeaderNames()) out.put(column, get(column));
        return out;
    }

    /** A cell that must be a whole number. */
    public int integer(String column) throws CsvFileException {
        String v = get(column);
        if (v.isEmpty()) throw problem("no '" + column + "' cell");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw problem("'" + column + "' should be a whole number, found '" + v + "'");
        }
    }

    /** What is wrong with this row, located at its line. */
    public CsvFileException problem(String message) {
        return new CsvFileException(file, line, message);
    }
}
