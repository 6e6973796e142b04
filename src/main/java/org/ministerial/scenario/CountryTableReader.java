package org.ministerial.scenario;

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

    void read(Tree.Mapping countries, Map<String, CountryRow> rows, List<Path> inputs) {
        if (!(countries.get("table") instanceof Tree.Scalar ref)) {
            f.problems().add(countries.get("table").location(), "'table' must name a CSV file");
            return;
        }
        CsvTable table;
        try {
            table = CsvTable.read(ref, List.of("code", "name"), inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return;
        }
        if (countries.get("sources") instanceof Tree.Scalar sources) DataSources.read(sources, table, inputs, f);
        else if (countries.get("sources") != null)
            f.problems().add(countries.get("sources").location(), "'sources' must name a CSV file");
        Tree.Mapping pm = f.mapping(countries.get("preference_model"), "'preference_model'");
        PreferenceModel model = pm == null ? null : PreferenceModel.read(pm, issues, table.columns(), table.label(), f);
        if (pm == null) f.problems().add(countries.location(), "a countries table needs a 'preference_model'");
        Tree.Mapping cap = f.mapping(countries.get("capability"), "'capability'");
        String gdpColumn = cap == null ? null : f.required(cap, "gdp", "'capability'");
        String tradeColumn = cap == null ? null : f.required(cap, "trade", "'capability'");
        String intraColumn = cap == null ? null : f.string(cap, "intra_union_trade", null);
        if (intraColumn != null && !table.columns().contains(intraColumn))
            f.problems().add(cap.get("intra_union_trade").location(), "column '" + intraColumn + "' is not in "
                    + table.label());
        if (cap == null) f.problems().add(countries.location(), "a countries table needs 'capability: {gdp: ..., trade: ...}'");
        Tree.Mapping exclude = f.mapping(countries.get("exclude_when"), "'exclude_when'");
        Tree.Mapping income = f.mapping(countries.get("high_income"), "'high_income'");
        String incomeColumn = income == null ? null : f.required(income, "column", "'high_income'");
        String perColumn = income == null ? null : f.string(income, "per", null);
        double incomeAbove = income == null ? Double.POSITIVE_INFINITY : f.number(income, "above", 0, 0, 1e12);

        double gdpTotal = 0, tradeTotal = 0;
        List<CountryRow> read = new java.util.ArrayList<>();
        double[][] size = new double[table.rows().size()][2];
        for (CsvTable.Row r : table.rows()) {
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
            row.region = r.get("region");
            row.negotiatesThrough = r.get("negotiates_through");
            row.data = r.values();
            for (String g : r.get("groups").split(";")) if (!g.isBlank()) row.groups.add(g.trim());
            if (model != null) {
                double[] x = model.indicators(r, f);
                for (int k = 0; k < issues.size(); k++) {
                    row.position[k] = model.position(k, x);
                    row.salience[k] = model.rawSalience(k, x);
                }
                row.responsiveness = model.responsiveness(x);
            }
            if (incomeColumn != null) {
                Double v = Fields.parseNumber(r.get(incomeColumn));
                Double per = perColumn == null ? Double.valueOf(1) : Fields.parseNumber(r.get(perColumn));
                row.highIncome = v != null && per != null && per > 0 && v / per >= incomeAbove;
            }
            if (gdpColumn != null && tradeColumn != null) {
                double gdp = positive(r, gdpColumn), trade = positive(r, tradeColumn) * outsideUnion(r, intraColumn);
                size[read.size()][0] = gdp;
                size[read.size()][1] = trade;
                gdpTotal += gdp;
                tradeTotal += trade;
            }
            rows.put(code, row);
            read.add(row);
        }
        double capTotal = 0;
        for (int i = 0; i < read.size(); i++)
            capTotal += Math.sqrt(size[i][0] / Math.max(gdpTotal, 1e-300)) * Math.sqrt(size[i][1] / Math.max(tradeTotal, 1e-300));
        for (int i = 0; i < read.size(); i++) {
            CountryRow row = read.get(i);
            row.gdpShare = size[i][0] / Math.max(gdpTotal, 1e-300);
            row.tradeShare = size[i][1] / Math.max(tradeTotal, 1e-300);
            double c = Math.sqrt(row.gdpShare) * Math.sqrt(row.tradeShare);
            row.capability = capTotal > 0 ? Math.max(c / capTotal, 1e-9) : 1.0 / read.size();
        }
        if (countries.get("positions") instanceof Tree.Scalar positions) readPositions(positions, rows, inputs);
    }

    private boolean excluded(CsvTable.Row r, Tree.Mapping exclude) {
        if (exclude == null) return false;
        for (Map.Entry<String, Tree> e : exclude.entries().entrySet())
            if (e.getValue() instanceof Tree.Scalar s && r.get(e.getKey()).equals(s.value())) return true;
        return false;
    }

    /**
     * The part of a union member's trade that is the union's trade with the world: trade among the members of a
     * customs union is internal to the actor that negotiates for them, so it is not bargaining weight at the WTO.
     */
    private double outsideUnion(CsvTable.Row r, String intraColumn) {
        if (intraColumn == null || r.get("negotiates_through").isEmpty()) return 1;
        Double pct = Fields.parseNumber(r.get(intraColumn));
        if (pct == null || pct < 0 || pct > 100) {
            f.problems().add(r.location(), "column '" + intraColumn + "' needs a share in [0, 100] for a member of "
                    + r.get("negotiates_through") + ", not '" + r.get(intraColumn) + "'");
            return 1;
        }
        return 1 - pct / 100;
    }

    private double positive(CsvTable.Row r, String column) {
        Double v = Fields.parseNumber(r.get(column));
        if (v == null || v < 0) {
            f.problems().add(r.location(), "column '" + column + "' needs a non-negative number, not '" + r.get(column) + "'");
            return 0;
        }
        return v;
    }

    /** Per-country, per-issue overrides: {@code code,issue,position,salience,source}; blank cells keep the model's. */
    private void readPositions(Tree.Scalar ref, Map<String, CountryRow> rows, List<Path> inputs) {
        CsvTable t;
        try {
            t = CsvTable.read(ref, List.of("code", "issue", "position", "salience", "source"), inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return;
        }
        for (CsvTable.Row r : t.rows()) {
            CountryRow row = rows.get(r.get("code"));
            int k = indexOf(r.get("issue"));
            if (row == null) f.problems().add(r.location(), "unknown country '" + r.get("code") + "'");
            if (k < 0) f.problems().add(r.location(), "unknown issue '" + r.get("issue") + "'");
            if (r.get("source").isEmpty()) f.problems().add(r.location(), "an override needs its source");
            if (row == null || k < 0) continue;
            if (!r.get("position").isEmpty()) row.position[k] = cell(r, "position");
            if (!r.get("salience").isEmpty()) row.salience[k] = cell(r, "salience");
        }
    }

    private double cell(CsvTable.Row r, String column) {
        Double v = Fields.parseNumber(r.get(column));
        if (v == null || v < 0 || v > 1) {
            f.problems().add(r.location(), column + " '" + r.get(column) + "' is outside [0, 1]");
            return 0;
        }
        return v;
    }

    private int indexOf(String issue) {
        for (int k = 0; k < issues.size(); k++) if (issues.get(k).id().equals(issue)) return k;
        return -1;
    }
}
