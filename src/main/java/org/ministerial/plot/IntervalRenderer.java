package org.ministerial.plot;

import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.ui.RectangleEdge;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Bars, or points, with asymmetric interval whiskers, for shares with Wilson intervals, differences with Newcombe
 * intervals and Sobol indices with bootstrap intervals. JFreeChart's own statistical renderers draw only symmetric
 * mean-and-deviation bars; the intervals here come from the caller, indexed like the dataset as
 * {@code [row][column]} (null where there is none).
 */
final class IntervalRenderer extends BarRenderer {
    private final Interval[][] intervals;
    private final boolean bars;
    /** Items drawn hollow (white, dashed outline): estimates the figure marks as unreliable. */
    private boolean[][] hollow = new boolean[0][0];
    /** Interval ends cut at the axis' edge, drawn as arrowheads rather than caps: {@code [row][column][0 low, 1 high]}. */
    private boolean[][][] cut = new boolean[0][0][0];

    /**
     * @param intervals the interval of each item, {@code [row][column]}, null for none
     * @param bars      true to draw bars from zero, false to draw a marker at the value (a dot plot or forest plot)
     */
    IntervalRenderer(Interval[][] intervals, boolean bars) {
        this.intervals = intervals;
        this.bars = bars;
        setBarPainter(new HatchedBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(true);
        setItemMargin(0.08);
        setMaximumBarWidth(0.3);
        for (int i = 0; i < intervals.length; i++) {
            setSeriesPaint(i, SeriesFill.of(i).fill());
            setSeriesOutlinePaint(i, Color.BLACK);
            setSeriesOutlineStroke(i, JournalStyle.OUTLINE_STROKE);
            setSeriesShape(i, JournalStyle.marker(i));
        }
    }

    /** Marks items to draw hollow ({@code [row][column]}). */
    void setHollow(boolean[][] hollow) {
        this.hollow = hollow;
    }

    /** Marks interval ends that were cut at the axis' edge ({@code [row][column][0 low, 1 high]}). */
    void setCut(boolean[][][] cut) {
        this.cut = cut;
    }

    private static boolean at(boolean[][] flags, int row, int column) {
        return row < flags.length && column < flags[row].length && flags[row][column];
    }

    @Override
    public java.awt.Paint getItemPaint(int row, int column) {
        return at(hollow, row, column) ? Color.WHITE : super.getItemPaint(row, column);
    }

    @Override
    public java.awt.Stroke getItemOutlineStroke(int row, int column) {
        return at(hollow, row, column) ? JournalStyle.ZERO_STROKE : super.getItemOutlineStroke(row, column);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        Number value = dataset.getValue(row, column);
        if (value == null) return;
        if (bars) super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        PlotOrientation o = plot.getOrientation();
        double mid = calculateBarW0(plot, o, dataArea, domainAxis, state, row, column) + state.getBarWidth() / 2;
        RectangleEdge edge = plot.getRangeAxisEdge();
        Interval ci = row < intervals.length && column < intervals[row].length ? intervals[row][column] : null;
        g2.setPaint(Color.BLACK);
        g2.setStroke(JournalStyle.ERROR_STROKE);
        if (ci != null) {
            double lo = rangeAxis.valueToJava2D(ci.lower(), dataArea, edge);
            double hi = rangeAxis.valueToJava2D(ci.upper(), dataArea, edge);
            double cap = Math.min(state.getBarWidth() / 4, 2.5);
            boolean[] ends = row < cut.length && column < cut[row].length ? cut[row][column] : new boolean[2];
            g2.draw(line(o, lo, mid, hi, mid));
            double arrow = 3 * Math.signum(hi - lo);
            if (ends[0]) {
                g2.draw(line(o, lo + arrow, mid - cap, lo, mid));
                g2.draw(line(o, lo + arrow, mid + cap, lo, mid));
            } else {
                g2.draw(line(o, lo, mid - cap, lo, mid + cap));
            }
            if (ends[1]) {
                g2.draw(line(o, hi - arrow, mid - cap, hi, mid));
                g2.draw(line(o, hi - arrow, mid + cap, hi, mid));
            } else {
                g2.draw(line(o, hi, mid - cap, hi, mid + cap));
            }
        }
        if (!bars) {
            double v = rangeAxis.valueToJava2D(value.doubleValue(), dataArea, edge);
            double x = o == PlotOrientation.VERTICAL ? mid : v, y = o == PlotOrientation.VERTICAL ? v : mid;
            Shape s = AffineTransform.getTranslateInstance(x, y).createTransformedShape(getSeriesShape(row));
            g2.setPaint(getSeriesPaint(row));
            g2.fill(s);
            g2.setPaint(Color.BLACK);
            g2.setStroke(JournalStyle.OUTLINE_STROKE);
            g2.draw(s);
        }
    }

    /** The legend's square for a series of bars carries the series' hatching, as its bars do. */
    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        LegendItem item = super.getLegendItem(datasetIndex, series);
        if (item != null && bars) item.setShape(SeriesFill.of(series).outlined(item.getShape().getBounds2D()));
        return item;
    }

    /** A line from value {@code v1} to {@code v2} across positions {@code p1}, {@code p2} in data-area coordinates. */
    private static Line2D line(PlotOrientation o, double v1, double p1, double v2, double p2) {
        return o == PlotOrientation.VERTICAL ? new Line2D.Double(p1, v1, p2, v2) : new Line2D.Double(v1, p1, v2, p2);
    }

    /** The values' range widened to hold every interval, so no whisker is cut off by the axis. */
    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range r = super.findRangeBounds(dataset);
        for (Interval[] row : intervals)
            for (Interval ci : row)
                if (ci != null) {
                    r = Range.expandToInclude(r, ci.lower());
                    r = Range.expandToInclude(r, ci.upper());
                }
        return r;
    }
}
