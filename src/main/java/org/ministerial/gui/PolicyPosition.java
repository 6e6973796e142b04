package org.ministerial.gui;

import sim.util.Properties;
import sim.util.Propertied;

import java.util.Locale;

/**
 * Where a marker stands in the policy space, in the axes' own terms (0 = status quo, 1 = deepest commitment), to three
 * decimals: what an inspector shows as the position of what was clicked, in place of display coordinates.
 */
final class PolicyPosition implements Propertied {
    private final String xName, yName;
    private final double x, y;

    PolicyPosition(PolicyAxes axes, double x, double y) {
        this.xName = axes.xName();
        this.yName = axes.yName();
        this.x = Rounding.threeDecimals(x);
        this.y = Rounding.threeDecimals(y);
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }

    @Override
    public Properties properties() {
        return new InspectorRows()
                .number(xName, "position on the x axis, salience-weighted (0 = status quo, 1 = deepest)", () -> x)
                .number(yName, "position on the y axis, salience-weighted (0 = status quo, 1 = deepest)", () -> y);
    }

    /** What the inspector's Position line reads, e.g. {@code agriculture issues 0.581, singapore issues 0.438}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.3f, %s %.3f", xName, x, yName, y);
    }
}
