package org.ministerial.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One country as read from a table or an inline entry, before unions aggregate member states. */
final class CountryRow implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
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
    /**
     * Values written for this country over what the table derives (an override with its source, a positions table):
     * NaN where the derived value stands. A run that draws its inputs derives the row again and keeps these.
     */
    final double[] fixedPosition, fixedSalience;
    Double fixedCapability, fixedResponsiveness;

    CountryRow(String code, Tree.Location location, int issues) {
        this.code = code;
        this.location = location;
        this.name = code;
        this.position = new double[issues];
        this.salience = new double[issues];
        this.fixedPosition = nan(issues);
        this.fixedSalience = nan(issues);
    }

    private CountryRow(CountryRow o) {
        this(o.code, o.location, o.position.length);
        name = o.name;
        status = o.status;
        region = o.region;
        negotiatesThrough = o.negotiatesThrough;
        groups.addAll(o.groups);
        capability = o.capability;
        gdpShare = o.gdpShare;
        tradeShare = o.tradeShare;
        highIncome = o.highIncome;
        data = o.data;
        position = o.position.clone();
        salience = o.salience.clone();
        reservation = o.reservation;
        exponent = o.exponent;
        responsiveness = o.responsiveness;
        System.arraycopy(o.fixedPosition, 0, fixedPosition, 0, fixedPosition.length);
        System.arraycopy(o.fixedSalience, 0, fixedSalience, 0, fixedSalience.length);
        fixedCapability = o.fixedCapability;
        fixedResponsiveness = o.fixedResponsiveness;
    }

    CountryRow copy() {
        return new CountryRow(this);
    }

    /** Writes the fixed values over the derived ones. */
    void applyFixed() {
        for (int k = 0; k < position.length; k++) {
            if (!Double.isNaN(fixedPosition[k])) position[k] = fixedPosition[k];
            if (!Double.isNaN(fixedSalience[k])) salience[k] = fixedSalience[k];
        }
        if (fixedCapability != null) capability = fixedCapability;
        if (fixedResponsiveness != null) responsiveness = fixedResponsiveness;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
