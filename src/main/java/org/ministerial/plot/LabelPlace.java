package org.ministerial.plot;

import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLabelLocation;
import org.jfree.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Supplier;

/**
 * What an axis label's placement needs while it is drawn: JFreeChart asks an axis where its label goes without
 * giving it the graphics and plot area, so the fitting axes keep them here for the length of the drawing.
 */
final class LabelPlace {
    private Graphics2D g2;
    private Rectangle2D plotArea;
    private RectangleEdge edge;

    /** Runs {@code draw} with the drawing's graphics, plot area and edge at hand. */
    <T> T drawing(Graphics2D g2, Rectangle2D plotArea, RectangleEdge edge, Supplier<T> draw) {
        this.g2 = g2;
        this.plotArea = plotArea;
        this.edge = edge;
        try {
            return draw.get();
        } finally {
            this.g2 = null;
            this.plotArea = null;
            this.edge = null;
        }
    }

    /** A centred label's coordinate moved so the label fits ({@link LabelFit}); any other placement as given. */
    double fit(Axis axis, AxisLabelLocation location, double at) {
        return location == AxisLabelLocation.MIDDLE ? LabelFit.centre(axis, g2, plotArea, edge, at) : at;
    }
}
