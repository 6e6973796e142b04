package org.ministerial.plot;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws one Tukey box per category from precomputed {@link BoxStats}: whiskers, a light box, a heavy median line and
 * every outlier as an open circle. JFreeChart 1.0.19's box renderer recomputes and merges outliers, and draws none
 * in horizontal plots, so the drawing would not match the CSV; this one draws exactly the numbers given.
 */
final class BoxRenderer extends AbstractCategoryItemRenderer {
    private static final BasicStroke MEDIAN_STROKE =
            new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    private final List<BoxStats> boxes;

    /** @param boxes one box per column of the dataset, in column order */
    BoxRenderer(List<BoxStats> boxes) {
        this.boxes = List.copyOf(boxes);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        if (column >= boxes.size()) return;
        BoxStats b = boxes.get(column);
        PlotOrientation o = plot.getOrientation();
        RectangleEdge edge = plot.getRangeAxisEdge();
        double start = domainAxis.getCategoryStart(column, dataset.getColumnCount(), dataArea,
                plot.getDomainAxisEdge());
        double end = domainAxis.getCategoryEnd(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
        double mid = (start + end) / 2, half = Math.min(Math.abs(end - start) * 0.3, 7);
        double q1 = rangeAxis.valueToJava2D(b.q1(), dataArea, edge);
        double q3 = rangeAxis.valueToJava2D(b.q3(), dataArea, edge);
        double lo = rangeAxis.valueToJava2D(b.whiskerLow(), dataArea, edge);
        double hi = rangeAxis.valueToJava2D(b.whiskerHigh(), dataArea, edge);
        double med = rangeAxis.valueToJava2D(b.median(), dataArea, edge);
        g2.setPaint(Color.BLACK);
        g2.setStroke(JournalStyle.OUTLINE_STROKE);
        g2.draw(line(o, lo, mid, q1, mid));
        g2.draw(line(o, hi, mid, q3, mid));
        g2.draw(line(o, lo, mid - half / 2, lo, mid + half / 2));
        g2.draw(line(o, hi, mid - half / 2, hi, mid + half / 2));
        Shape box = o == PlotOrientation.HORIZONTAL
                ? new Rectangle2D.Double(Math.min(q1, q3), mid - half, Math.abs(q3 - q1), 2 * half)
                : new Rectangle2D.Double(mid - half, Math.min(q1, q3), 2 * half, Math.abs(q3 - q1));
        g2.setPaint(JournalStyle.fill(1));
        g2.fill(box);
        g2.setPaint(Color.BLACK);
        g2.draw(box);
        g2.setStroke(MEDIAN_STROKE);
        g2.draw(line(o, med, mid - half, med, mid + half));
        g2.setStroke(JournalStyle.OUTLINE_STROKE);
        double r = 1.3;
        for (double v : b.outliers()) {
            double p = rangeAxis.valueToJava2D(v, dataArea, edge);
            double x = o == PlotOrientation.HORIZONTAL ? p : mid, y = o == PlotOrientation.HORIZONTAL ? mid : p;
            g2.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    private static Line2D line(PlotOrientation o, double v1, double p1, double v2, double p2) {
        return o == PlotOrientation.HORIZONTAL ? new Line2D.Double(v1, p1, v2, p2) : new Line2D.Double(p1, v1, p2, v2);
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range r = null;
        for (BoxStats b : boxes) {
            r = Range.expandToInclude(r, b.min());
            r = Range.expandToInclude(r, b.max());
        }
        return r;
    }
}
