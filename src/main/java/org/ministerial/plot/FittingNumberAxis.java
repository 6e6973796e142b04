package org.ministerial.plot;

import org.jfree.chart.axis.AxisLabelLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A number axis whose label is never cut off by the figure's edge ({@link LabelFit}) and whose tick labels write
 * negative numbers with the minus sign ({@link JournalStyle#TICK_UNITS}). Its three overrides are
 * {@link FittingCategoryAxis}'s: JFreeChart declares the label hooks on each axis class and Java cannot mix one set of
 * overrides into two superclasses, so the work they share lives in {@link LabelPlace} and only the hooks repeat.
 */
final class FittingNumberAxis extends NumberAxis {
    private final transient LabelPlace place = new LabelPlace();

    FittingNumberAxis(String label) {
        super(label);
        setStandardTickUnits(JournalStyle.TICK_UNITS);
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
