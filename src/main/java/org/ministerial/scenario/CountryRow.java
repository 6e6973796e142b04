package org.ministerial.scenario;

import java.util.ArrayList;
import java.util.List;

/** One country as read from a table or an inline entry, before unions aggregate member states. */
final class CountryRow {
    final String code;
    final Tree.Location location;
    String name, status = "", region = "", negotiatesThrough = "";
    final List<String> groups = new ArrayList<>();
    double capability = Double.NaN;
    /**
     * Shares of the table's GDP and bargaining trade (for a union member, its trade outside the union), from which
     * capability is computed; NaN for an inline entry.
     */
    double gdpShare = Double.NaN, tradeShare = Double.NaN;
    boolean highIncome;
    /** The row of the structural table, when the country came from one. */
    java.util.Map<String, String> data = java.util.Map.of();
    double[] position, salience;
    Double reservation, exponent, responsiveness;

    CountryRow(String code, Tree.Location location, int issues) {
        this.code = code;
        this.location = location;
        this.name = code;
        this.position = new double[issues];
        this.salience = new double[issues];
    }
}
