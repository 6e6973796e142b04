package org.ministerial.plot;

import org.jfree.chart.axis.AxisLabelLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.text.G2TextMeasurer;
import org.jfree.text.TextBlock;
import org.jfree.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A category axis whose category names wrap at word boundaries ({@link WordWrap}) and whose label is never cut off
 * by the figure's edge ({@link LabelFit}). Its three label overrides are
 * {@link FittingNumberAxis}'s: JFreeChart declares the label hooks on each axis class and Java cannot mix one set of
 * overrides into two superclasses, so the work they share lives in {@link LabelPlace} and only the hooks repeat.
 */
final class FittingCategoryAxis extends CategoryAxis {
    private final transient LabelPlace place = new LabelPlace();

    FittingCategoryAxis(String label) {
        super(label);
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

    /** A category's name wrapped at word boundaries, not mid-word as JFreeChart wraps it ({@link WordWrap}). */
    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        return WordWrap.block(category.toString(), getTickLabelFont(category), getTickLabelPaint(category), width,
                getMaximumCategoryLabelLines(), new G2TextMeasurer(g2));
    }
}
