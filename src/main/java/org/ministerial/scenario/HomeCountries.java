package org.ministerial.scenario;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The countries read (excluded rows are not there), by code: where generated organisations find their homes, and the
 * columns that {@code home_weight}, {@code home_when} and {@code stance_by_home} read of a home's row.
 */
final class HomeCountries {
    /** The region of organisations without a regional assignment (the seed table's gap). */
    static final String UNASSIGNED = "unassigned";
    private static final Set<String> ROW_FIELDS = Set.of("code", "name", "region", "status", "groups",
            "negotiates_through");

    private final Map<String, CountryRow> rows;

    HomeCountries(Map<String, CountryRow> rows) {
        this.rows = rows;
    }

    /** The row of a country, or null when it was not read. */
    CountryRow get(String code) {
        return rows.get(code);
    }

    Iterable<CountryRow> rows() {
        return rows.values();
    }

    /** Regions of the countries read, plus {@value #UNASSIGNED}. */
    Set<String> regions() {
        Set<String> out = new TreeSet<>();
        for (CountryRow r : rows.values()) if (!r.region.isEmpty()) out.add(r.region);
        out.add(UNASSIGNED);
        return out;
    }

    /** Columns a condition or weight may read: the row's fields and every column of the countries table. */
    Set<String> columns() {
        Set<String> out = new TreeSet<>(ROW_FIELDS);
        for (CountryRow r : rows.values()) out.addAll(r.data.keySet());
        return out;
    }

    static String value(CountryRow row, String column) {
        return switch (column) {
            case "code" -> row.code;
            case "name" -> row.name;
            case "region" -> row.region;
            case "status" -> row.status;
            case "groups" -> String.join(";", row.groups);
            case "negotiates_through" -> row.negotiatesThrough;
            default -> row.data.get(column);
        };
    }}
