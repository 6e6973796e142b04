package org.ministerial.scenario;

import org.ministerial.model.DevelopmentStatus;
import org.ministerial.model.Issue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the structural countries table named by {@code countries.table}: one row per country, positions and
 * saliences derived by the preference model, capability from economic size
 * ({@code sqrt(GDP share) x sqrt(trade share)}, normalised to sum to 1; a union member's trade counted without its
 * trade inside the union when {@code capability.intra_union_trade} names the column), then per-country overrides from the
 * optional {@code countries.positions} table, each with its source.
 */
final class CountryTableReader {
    private final List<Issue> issues;
    private final Fields f;

    CountryTableReader(List<Issue> issues, Fields f) {
        this.issues = issues;
        this.f = f;
    }

    /**
     * What the table contributes to a run that draws its inputs: its rows (in table order, as derived from the
     * cells as written), their cells, and the derivation with its model, sources and priors.
     */
    record Inputs(List<CountryRow> rows, List<DerivationRow> cells, PreferenceModel model, TableDerivation derivation,
                  DataSources sources, InputPriors priors) implements java.io.Serializable {
    }

    /** Reads the table into {@code rows}; returns what a drawing run needs, or null when the table is unreadable. */
    Inputs read(Tree.Mapping countries, Map<String, CountryRow> rows, List<Path> inputs) {
        if (!(countries.get("table") instanceof Tree.Scalar ref)) {
            f.problems().add(countries.get("table").location(), "'table' must name a CSV file");
            return null;
        }
        InputTable table;
        try {
            table = InputTable.read(ref, List.of("code", "name"), inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return null;
        }
        DataSources sources = countries.get("sources") instanceof Tree.Scalar s ? DataSources.read(s, table, inputs, f)
                : null;
        if (countries.get("sources") != null && !(countries.get("sources") instanceof Tree.Scalar))
            f.problems().add(countries.get("sources").location(), "'sources' must name a CSV file");
        Tree.Mapping pm = f.mapping(countries.get("preference_model"), "'preference_model'");
        PreferenceModel model = pm == null ? null : PreferenceModel.read(pm, issues, table,
                (column, value) -> unmatchable(sources, column, value), f);
        if (pm == null) f.problems().add(countries.location(), "a countries table needs a 'preference_model'");
        InputPriors priors = pm == null ? InputPriors.NONE : InputPriors.read(pm.get("uncertainty"), f);
        if (priors.data() && sources == null)
            f.problems().add(pm.get("uncertainty").location(), "'data: sources' draws each cell within its range in"
                    + " the table's sources.csv: give 'countries.sources'");
        Tree.Mapping cap = f.mapping(countries.get("capability"), "'capability'");
        f.onlyKeys(cap, "'capability'", java.util.Set.of("gdp", "trade", "intra_union_trade"));
        String gdpColumn = cap == null ? null : f.required(cap, "gdp", "'capability'");
        String tradeColumn = cap == null ? null : f.required(cap, "trade", "'capability'");
        String intraColumn = cap == null ? null : f.string(cap, "intra_union_trade", null);
        if (intraColumn != null && !table.columns().contains(intraColumn))
            f.problems().add(cap.get("intra_union_trade").location(), "column '" + intraColumn + "' is not in "
                    + table.label());
        if (cap == null) f.problems().add(countries.location(), "a countries table needs 'capability: {gdp: ..., trade: ...}'");
        Tree.Mapping exclude = f.mapping(countries.get("exclude_when"), "'exclude_when'");
        // its keys are the table's columns: a misspelt one would exclude nobody, silently
        f.onlyKeys(exclude, "'exclude_when' (the table's columns)", table.columns());
        // and a value no country can have would exclude nobody, as silently
        if (exclude != null)
            for (Map.Entry<String, Tree> e : exclude.entries().entrySet()) {
                String wrong = e.getValue() instanceof Tree.Scalar v && table.columns().contains(e.getKey())
                        ? unmatchable(sources, e.getKey(), v.value()) : null;
                if (wrong != null)
                    f.problems().add(e.getValue().location(), "'exclude_when': " + wrong + ", so it would exclude nobody");
            }
        Tree.Mapping income = f.mapping(countries.get("high_income"), "'high_income'");
        f.onlyKeys(income, "'high_income'", java.util.Set.of("column", "per", "above"));
        String incomeColumn = income == null ? null : f.required(income, "column", "'high_income'");
        String perColumn = income == null ? null : f.string(income, "per", null);
        double incomeAbove = income == null ? Double.POSITIVE_INFINITY : f.number(income, "above", 0, 0, 1e12);

        List<CountryRow> read = new java.util.ArrayList<>();
        List<DerivationRow> cells = new java.util.ArrayList<>();
        for (InputTable.Row r : table.rows()) {
            if (excluded(r, exclude)) continue;
            String code = r.get("code");
            if (!IsoCodes.isCountry(code)) {
                f.problems().add(r.location(), "unknown country code '" + code + "' (expected ISO 3166-1 alpha-3)");
                continue;
            }
            if (rows.containsKey(code)) {
                f.problems().add(r.location(), "country " + code + " appears twice");
                continue;
            }
            CountryRow row = new CountryRow(code, r.location(), issues.size());
            row.name = r.get("name");
            row.status = r.get("status");
            if (!row.status.isEmpty() && !DevelopmentStatus.LABELS.contains(row.status))
                f.problems().add(r.location(), Fields.unknownStatus(row.status));
            row.region = r.get("region");
            row.negotiatesThrough = r.get("negotiates_through");
            row.data = r.values();
            for (String g : r.get("groups").split(";")) if (!g.isBlank()) row.groups.add(g.trim());
            rows.put(code, row);
            read.add(row);
            cells.add(DerivationRow.of(r));
        }
        TableDerivation derivation = new TableDerivation(gdpColumn != null && tradeColumn != null ? gdpColumn : null,
                tradeColumn, intraColumn, incomeColumn, perColumn, incomeAbove);
        derivation.derive(read, cells, model, f);
        if (countries.get("positions") instanceof Tree.Scalar positions) readPositions(positions, rows, inputs);
        return new Inputs(read, cells, model, derivation, sources, priors);
    }

    /**
     * Why a condition {@code column = value} could hold for no country, or null: a value outside what the column may
     * hold, its declared range (sources.csv; {@code 0/1} for a flag) or, for the status, the three statuses. A value
     * the column may hold but this table's rows happen not to (a table cut to some countries) is no typo and is
     * accepted; so is any value of a column with no declared values.
     */
    private static String unmatchable(DataSources sources, String column, String value) {
        if (column.equals("status"))
            return DevelopmentStatus.LABELS.contains(value) ? null
                    : "column 'status' holds one of " + String.join(", ", DevelopmentStatus.LABELS) + ", not '" + value
                    + "'";
        ColumnRange range = sources == null ? null : sources.range(column);
        return range == null ? null : range.check(column, value);
    }

    private boolean excluded(InputTable.Row r, Tree.Mapping exclude) {
        if (exclude == null) return false;
        for (Map.Entry<String, Tree> e : exclude.entries().entrySet())
            if (e.getValue() instanceof Tree.Scalar s && r.get(e.getKey()).equals(s.value())) return true;
        return false;
    }

    /** Per-country, per-issue overrides: {@code code,issue,position,salience,source}; blank cells keep the model's. */
    private void readPositions(Tree.Scalar ref, Map<String, CountryRow> rows, List<Path> inputs) {
        InputTable t;
        try {
            t = InputTable.read(ref, List.of("code", "issue", "position", "salience", "source"), inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return;
        }
        // a second row for the same country and issue would silently replace the first: which value a run used
        // would depend on row order, so it is refused with the line of the first
        Map<String, Integer> firstLine = new java.util.HashMap<>();
        for (InputTable.Row r : t.rows()) {
            CountryRow row = rows.get(r.get("code"));
            int k = Issue.indexOf(issues, r.get("issue"));
            if (row == null)
                f.problems().add(r.location(), "unknown country '" + r.get("code") + "'"
                        + Spelling.didYouMean(r.get("code"), rows.keySet()));
            if (k < 0)
                f.problems().add(r.location(), "unknown issue '" + r.get("issue") + "'"
                        + Spelling.didYouMean(r.get("issue"), Issue.ids(issues)));
            if (r.get("source").isEmpty()) f.problems().add(r.location(), "an override needs its source");
            if (row == null || k < 0) continue;
            Integer earlier = firstLine.putIfAbsent(row.code + " " + issues.get(k).id(), r.location().line());
            if (earlier != null) {
                f.problems().add(r.location(), row.code + " on '" + issues.get(k).id() + "' is already set on line "
                        + earlier + ": one row per country and issue");
                continue;
            }
            if (!r.get("position").isEmpty()) row.position[k] = row.fixedPosition[k] = cell(r, "position");
            if (!r.get("salience").isEmpty()) row.salience[k] = row.fixedSalience[k] = cell(r, "salience");
        }
    }

    private double cell(InputTable.Row r, String column) {
        Double v = Fields.parseNumber(r.get(column));
        if (v == null) {
            // a decimal comma ("0,95", quoted by a spreadsheet) is the usual cause: it is no number, not out of range
            f.problems().add(r.location(), column + " '" + r.get(column) + "' is not a number (write decimals with "
                    + "a point, e.g. 0.95)");
            return 0;
        }
        if (v < 0 || v > 1) {
            f.problems().add(r.location(), column + " '" + r.get(column) + "' is outside [0, 1]");
            return 0;
        }
        return v;
    }
}
