package org.ministerial.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each cell of a countries table comes from and how uncertain it is: the table's companion
 * {@code sources.csv}, with the columns {@code column, countries, source, uncertainty}. A row whose
 * {@code countries} is {@code *} covers the whole column; a row naming {@code ;}-separated country codes overrides
 * it for those countries (an estimate, or a country the extracted dataset lacks). Every data column of the table
 * needs its {@code *} row, so no value is without a source. The grammar of {@code uncertainty} is
 * {@link Uncertainty}'s. An optional fifth column, {@code range}, declares on a {@code *} row the values the column
 * may hold ({@link ColumnRange}); every cell of the table is checked against it, so a percentage above 100 or a
 * flag written {@code yes} is refused with its line.
 */
public final class DataSources implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Columns that name a row or explain it rather than hold data. */
    static final Set<String> NOT_DATA = Set.of("code", "name", "notes");

    /** One declared source: its text and its uncertainty. */
    public record Source(String text, Uncertainty uncertainty, Tree.Location location) implements java.io.Serializable {
    }

    private final Map<String, Source> byColumn = new LinkedHashMap<>();
    private final Map<String, Map<String, Source>> byCell = new LinkedHashMap<>();
    private final Map<String, ColumnRange> ranges = new LinkedHashMap<>();

    private DataSources() {
    }

    /** The source of one cell: the override naming the country, else the column's. */
    public Source of(String column, String country) {
        Source s = byCell.getOrDefault(column, Map.of()).get(country);
        return s != null ? s : byColumn.get(column);
    }

    /** The values a column may hold, as its {@code *} row declares them, or null when it declares none. */
    ColumnRange range(String column) {
        return ranges.get(column);
    }

    /** The data columns covered, in file order. */
    public Set<String> columns() {
        return java.util.Collections.unmodifiableSet(byColumn.keySet());
    }

    /** Reads a countries table's sources table, with every problem found in either. */
    public static DataSources read(Path table, Path sources) throws ScenarioException {
        Problems problems = new Problems();
        Fields f = new Fields(problems);
        List<Path> inputs = new ArrayList<>();
        Tree.Location here = new Tree.Location(table.toAbsolutePath().toString(), 0);
        InputTable t = InputTable.read(new Tree.Scalar(table.toAbsolutePath().toString(), here), List.of("code"),
                inputs);
        DataSources out = read(new Tree.Scalar(sources.toAbsolutePath().toString(), here), t, inputs, f);
        problems.throwIfAny();
        return out;
    }

    /** Reads and checks a sources table against the countries table it describes. */
    static DataSources read(Tree.Scalar reference, InputTable table, List<Path> inputs, Fields f) {
        DataSources out = new DataSources();
        InputTable t;
        try {
            t = InputTable.read(reference, List.of("column", "countries", "source", "uncertainty"), inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return out;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (InputTable.Row r : table.rows()) codes.add(r.get("code"));
        for (InputTable.Row r : t.rows()) {
            String column = r.get("column"), countries = r.get("countries");
            if (!table.columns().contains(column) || NOT_DATA.contains(column)) {
                f.problems().add(r.location(), "'" + column + "' is not a data column of " + table.label());
                continue;
            }
            if (r.get("source").isEmpty()) f.problems().add(r.location(), "column '" + column + "' needs its source");
            Uncertainty u;
            try {
                u = Uncertainty.parse(r.get("uncertainty"));
            } catch (IllegalArgumentException e) {
                f.problems().add(r.location(), e.getMessage());
                u = new Uncertainty(Uncertainty.Kind.EXACT, 0); // reported; keeps the row from also reading as missing
            }
            Source s = new Source(r.get("source"), u, r.location());
            String range = r.get("range");
            if (!range.isEmpty() && !countries.equals("*")) {
                // a range is a property of the column (what its unit allows), not of one country's estimate
                f.problems().add(r.location(), "column '" + column + "': a range is declared on the column's '*'"
                        + " row, not for some countries");
            } else if (!range.isEmpty()) {
                try {
                    out.ranges.putIfAbsent(column, ColumnRange.parse(range));
                } catch (IllegalArgumentException e) {
                    f.problems().add(r.location(), "column '" + column + "': " + e.getMessage());
                }
            }
            if (countries.equals("*")) {
                if (out.byColumn.putIfAbsent(column, s) != null)
                    f.problems().add(r.location(), "column '" + column + "' has a second '*' row");
                continue;
            }
            Map<String, Source> cells = out.byCell.computeIfAbsent(column, c -> new LinkedHashMap<>());
            for (String code : countries.split(";")) {
                String c = code.trim();
                if (!codes.contains(c))
                    f.problems().add(r.location(), "country '" + c + "' is not in " + table.label());
                else if (cells.putIfAbsent(c, s) != null)
                    f.problems().add(r.location(), "country " + c + " has a second source for '" + column + "'");
            }
        }
        // every row, excluded ones too: their cells are data of the same columns
        for (InputTable.Row row : table.rows())
            for (Map.Entry<String, ColumnRange> e : out.ranges.entrySet()) {
                String wrong = e.getValue().check(e.getKey(), row.get(e.getKey()));
                if (wrong != null) f.problems().add(row.location(), wrong);
            }
        List<String> uncovered = new ArrayList<>();
        for (String c : table.columns()) if (!NOT_DATA.contains(c) && !out.byColumn.containsKey(c)) uncovered.add(c);
        for (String c : out.byCell.keySet())
            if (!out.byColumn.containsKey(c) && !uncovered.contains(c)) uncovered.add(c);
        if (!uncovered.isEmpty())
            f.problems().add(reference.location(), t.label() + " has no '*' row (source and uncertainty) for "
                    + String.join(", ", uncovered));
        return out;
    }
}
