package org.ministerial.plot;

import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.RectangularShape;

/** Flat bars with an outline, as {@link StandardBarPainter} paints them, and the series' {@link Hatch} over them. */
final class HatchedBarPainter extends StandardBarPainter {
    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                         RectangleEdge base) {
        super.paintBar(g2, renderer, row, column, bar, base);
        Hatch hatch = SeriesFill.of(row).hatch();
        if (hatch == Hatch.NONE || bar.getWidth() <= 0 || bar.getHeight() <= 0) return;
        Paint paint = renderer.getItemOutlinePaint(row, column);
        Stroke stroke = renderer.getItemOutlineStroke(row, column);
        if (paint == null || stroke == null) return;
        g2.setPaint(paint);
        g2.setStroke(stroke);
        g2.draw(hatch.lines(bar.getFrame()));
    }
}
