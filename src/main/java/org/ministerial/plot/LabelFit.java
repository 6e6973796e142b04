package org.ministerial.plot;

import org.jfree.chart.axis.Axis;
import org.jfree.text.TextUtilities;
import org.jfree.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Where an axis label centred on the data area would start outside the plot, the centre that keeps it inside.
 * JFreeChart centres an axis label on the data area, not on the figure: in a horizontal bar chart or forest plot the
 * category names take the left part of the plot, the data area is the right part, and a label wider than twice the
 * room right of the data area's centre runs past the figure's edge and is cut off ("Difference in breakdown share
 * (pp" with the closing part clipped). The label stays centred on the data area whenever it fits.
 */
final class LabelFit {
    private LabelFit() {
    }

    /**
     * The label's centre along the axis: {@code centre} if the whole label lies inside {@code plotArea}, else the
     * nearest centre that keeps it inside (its start, when it is longer than the plot).
     *
     * @param centre where JFreeChart would centre the label, along the axis
     */
    static double centre(Axis axis, Graphics2D g2, Rectangle2D plotArea, RectangleEdge edge, double centre) {
        String label = axis.getLabel();
        if (label == null || label.isEmpty() || g2 == null || plotArea == null) return centre;
        // a label along a left or right axis is turned a quarter turn, so its length runs along y
        double half = TextUtilities.getTextBounds(label, g2, g2.getFontMetrics(axis.getLabelFont())).getWidth() / 2;
        boolean across = RectangleEdge.isTopOrBottom(edge);
        double low = (across ? plotArea.getMinX() : plotArea.getMinY()) + half;
        double high = (across ? plotArea.getMaxX() : plotArea.getMaxY()) - half;
        return Math.max(low, Math.min(high, centre));
    }
}
