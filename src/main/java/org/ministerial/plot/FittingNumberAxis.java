package org.ministerial.plot;

import org.jfree.chart.axis.AxisLabelLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A number axis whose label is never cut off by the figure's edge ({@link LabelFit}). */
final class FittingNumberAxis extends NumberAxis {
    /** The graphics and plot area of the label being drawn: {@link #labelLocationX} is not given them. */
    private transient Graphics2D g2;
    private transient Rectangle2D plotArea;
    private transient RectangleEdge edge;

    FittingNumberAxis(String label) {
        super(label);
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        this.g2 = g2;
        this.plotArea = plotArea;
        this.edge = edge;
        try {
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        } finally {
            this.g2 = null;
            this.plotArea = null;
            this.edge = null;
        }
    }

    @Override
    protected double labelLocationX(AxisLabelLocation location, Rectangle2D dataArea) {
        double x = super.labelLocationX(location, dataArea);
        return location == AxisLabelLocation.MIDDLE ? LabelFit.centre(this, g2, plotArea, edge, x) : x;
    }

    @Override
    protected double labelLocationY(AxisLabelLocation location, Rectangle2D dataArea) {
        double y = super.labelLocationY(location, dataArea);
        return location == AxisLabelLocation.MIDDLE ? LabelFit.centre(this, g2, plotArea, edge, y) : y;
    }
}
