package org.ministerial.plot;

import org.jfree.chart.axis.AxisLabelLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A symbol axis (a heatmap's values at 0, 1, 2, ...) whose label is never cut off by the figure's edge
 * ({@link LabelFit}): a heatmap with many rows is 200 pt tall, and a long parameter label centred beside it ran
 * past the top. Its three overrides are {@link FittingNumberAxis}'s, for the reason given there.
 */
class FittingSymbolAxis extends SymbolAxis {
    private final transient LabelPlace place = new LabelPlace();

    FittingSymbolAxis(String label, List<String> symbols) {
        super(label, symbols.toArray(new String[0]));
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        return place.drawing(g2, plotArea, edge, () -> super.drawLabel(label, g2, plotArea, dataArea, edge, state));
    }

    @Override
    protected double labelLocationX(AxisLabelLocation location, Rectangle2D dataArea) {
        return place.fit(this, location, super.labelLocationX(location, dataArea));
    }

    @Override
    protected double labelLocationY(AxisLabelLocation location, Rectangle2D dataArea) {
        return place.fit(this, location, super.labelLocationY(location, dataArea));
    }
}
