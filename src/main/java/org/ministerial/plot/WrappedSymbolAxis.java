package org.ministerial.plot;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.text.G2TextMeasurer;
import org.jfree.text.TextBlock;
import org.jfree.text.TextBlockAnchor;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * An axis of named categories at 0, 1, 2, ... (a heatmap's scenarios) whose names wrap, as a category axis's do,
 * instead of being drawn on one line. JFreeChart's {@link SymbolAxis} draws each name on one line centred on its
 * tick and leaves out a name that would overlap the one before: long names ran past the figure's edge and every
 * other name was missing. Here a name below the plot wraps at word boundaries ({@link WordWrap}) within its column's
 * width, on up to {@link #MAX_LINES} lines (the last ending in "..." if it is cut), and a name left of the plot
 * within {@link #LEFT_SHARE} of the plot's width; the axis reserves the room the wrapped names take. Its label fits the figure as its parent's does.
 */
final class WrappedSymbolAxis extends FittingSymbolAxis {
    static final int MAX_LINES = 3;
    /** The most of the plot's width that names left of it may take. */
    static final double LEFT_SHARE = 0.35;

    private final String[] names;
    /** The data area while the axis draws (the columns' width is known then); null while space is reserved. */
    private transient Rectangle2D drawing;

    WrappedSymbolAxis(String label, List<String> names) {
        super(label, names);
        this.names = names.toArray(new String[0]);
    }

    /** Ticks at every category, their names left to {@link #drawTickMarksAndLabels}. */
    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<NumberTick> ticks = new ArrayList<>();
        for (int i = 0; i < names.length; i++)
            ticks.add(new NumberTick(i, "", TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
        return ticks;
    }

    @Override
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
                                               Rectangle2D dataArea, RectangleEdge edge) {
        drawing = dataArea;
        try {
            AxisState state = super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge);
            if (!isTickLabelsVisible()) return state;
            g2.setFont(getTickLabelFont());
            g2.setPaint(getTickLabelPaint());
            RectangleInsets insets = getTickLabelInsets();
            for (int i = 0; i < names.length; i++) {
                double at = valueToJava2D(i, dataArea, edge);
                TextBlock block = block(g2, names[i], plotArea, edge);
                if (RectangleEdge.isTopOrBottom(edge)) {
                    // the block stays inside the plot even when its column is at the edge
                    double half = block.calculateDimensions(g2).getWidth() / 2;
                    double x = Math.max(plotArea.getMinX() + half, Math.min(plotArea.getMaxX() - half, at));
                    if (edge == RectangleEdge.BOTTOM)
                        block.draw(g2, (float) x, (float) (cursor + insets.getTop() + 2), TextBlockAnchor.TOP_CENTER);
                    else
                        block.draw(g2, (float) x, (float) (cursor - insets.getBottom() - 2),
                                TextBlockAnchor.BOTTOM_CENTER);
                } else if (edge == RectangleEdge.LEFT) {
                    block.draw(g2, (float) (cursor - insets.getRight() - 2), (float) at, TextBlockAnchor.CENTER_RIGHT);
                } else {
                    block.draw(g2, (float) (cursor + insets.getLeft() + 2), (float) at, TextBlockAnchor.CENTER_LEFT);
                }
            }
            return state;
        } finally {
            drawing = null;
        }
    }

    /** The height of the tallest wrapped name (names below or above the plot). */
    @Override
    @SuppressWarnings("rawtypes")
    protected double findMaximumTickLabelHeight(List ticks, Graphics2D g2, Rectangle2D drawArea, boolean vertical) {
        RectangleInsets insets = getTickLabelInsets();
        return largest(g2, drawArea, RectangleEdge.BOTTOM, org.jfree.ui.Size2D::getHeight) + insets.getTop()
                + insets.getBottom() + 2;
    }

    /** The width of the widest wrapped name (names left or right of the plot). */
    @Override
    @SuppressWarnings("rawtypes")
    protected double findMaximumTickLabelWidth(List ticks, Graphics2D g2, Rectangle2D drawArea, boolean vertical) {
        RectangleInsets insets = getTickLabelInsets();
        return largest(g2, drawArea, RectangleEdge.LEFT, org.jfree.ui.Size2D::getWidth) + insets.getLeft()
                + insets.getRight() + 2;
    }

    /** The largest extent (height or width) of any wrapped name, as drawn on that edge. */
    private double largest(Graphics2D g2, Rectangle2D drawArea, RectangleEdge edge,
                           java.util.function.ToDoubleFunction<org.jfree.ui.Size2D> extent) {
        g2.setFont(getTickLabelFont());
        double most = 0;
        for (String name : names)
            most = Math.max(most, extent.applyAsDouble(block(g2, name, drawArea, edge).calculateDimensions(g2)));
        return most;
    }

    /**
     * A name wrapped for its place: below or above the plot within a column's width (the data area's width over
     * the columns; while space is reserved, the area offered, which for a plot's domain axis is the data area's
     * width already), left or right of it within {@link #LEFT_SHARE} of the area.
     */
    private TextBlock block(Graphics2D g2, String name, Rectangle2D area, RectangleEdge edge) {
        boolean across = RectangleEdge.isTopOrBottom(edge);
        double width = across ? (drawing != null ? drawing : area).getWidth() / names.length
                : LEFT_SHARE * area.getWidth();
        TextBlock block = WordWrap.block(name, getTickLabelFont(), getTickLabelPaint(), (float) Math.max(1, width - 2),
                MAX_LINES, new G2TextMeasurer(g2));
        block.setLineAlignment(across ? HorizontalAlignment.CENTER
                : edge == RectangleEdge.LEFT ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
        return block;
    }
}
