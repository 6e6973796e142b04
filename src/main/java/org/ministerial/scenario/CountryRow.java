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
