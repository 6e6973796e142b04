package org.ministerial.plot;

import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.LegendGraphic;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every series of bars up to {@link SeriesFill#DISTINCT} looks different, in its bars and in the legend, in gray. */
class SeriesFillTest {
    /** More series than the example's seven counterfactual batches, and the number the figures promise. */
    private static final int SERIES = 8;

    @Test
    void theFirstSeriesHaveDifferentFillsAndRepeatOnlyAfterAllAreUsed() {
        assertTrue(SeriesFill.DISTINCT >= SERIES, "distinct fills: " + SeriesFill.DISTINCT);
        Set<SeriesFill> seen = new HashSet<>();
        for (int i = 0; i < SeriesFill.DISTINCT; i++) assertTrue(seen.add(SeriesFill.of(i)), "series " + i);
        assertEquals(SeriesFill.of(0), SeriesFill.of(SeriesFill.DISTINCT));
    }

    @Test
    void fillsAreGraysAndHatchingLiesOnGraysLightEnoughForBlackLines() {
        List<Double> plain = new ArrayList<>();
        for (int i = 0; i < SeriesFill.DISTINCT; i++) {
            Color c = SeriesFill.of(i).fill();
            assertTrue(c.getRed() == c.getGreen() && c.getGreen() == c.getBlue(), "a gray prints as itself: " + c);
            double lightness = c.getRed() / 255.0;
            if (SeriesFill.of(i).hatch() == Hatch.NONE) plain.add(lightness);
            else assertTrue(lightness >= 0.5, "black hatching on a dark gray would not show: series " + i);
        }
        for (int a = 0; a < plain.size(); a++)
            for (int b = a + 1; b < plain.size(); b++)
                assertTrue(Math.abs(plain.get(a) - plain.get(b)) >= 0.2, "plain grays too close: " + plain);
    }

    @Test
    void hatchLinesStayInsideTheirRectangle() {
        Rectangle2D r = new Rectangle2D.Double(3, 5, 7, 40);
        for (Hatch h : Hatch.values()) {
            Rectangle2D bounds = h.lines(r).getBounds2D();
            if (h == Hatch.NONE) continue;
            assertTrue(r.getMinX() - 1e-9 <= bounds.getMinX() && bounds.getMaxX() <= r.getMaxX() + 1e-9
                    && r.getMinY() - 1e-9 <= bounds.getMinY() && bounds.getMaxY() <= r.getMaxY() + 1e-9,
                    h + ": " + bounds);
        }
    }

    /** Draws at 4 pixels per point and returns the image's luminance, as a grayscale printer would see it. */
    private static List<Integer> grayscale(int widthPt, int heightPt, Consumer<Graphics2D> draw) {
        BufferedImage image = new BufferedImage(4 * widthPt, 4 * heightPt, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, image.getWidth(), image.getHeight());
        g2.scale(4, 4);
        draw.accept(g2);
        g2.dispose();
        List<Integer> out = new ArrayList<>();
        for (int rgb : image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth())) {
            int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
            out.add((int) Math.round(0.299 * r + 0.587 * g + 0.114 * b));
        }
        return out;
    }

    private static IntervalRenderer barsOf(int series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < series; i++) data.addValue(50, "series " + i, "outcome");
        IntervalRenderer renderer = new IntervalRenderer(ChartBuilders.none(series, 1), true);
        ChartBuilders.categoryPlot(data, "Outcome", "Share of runs (%)", renderer, PlotOrientation.VERTICAL);
        return renderer;
    }

    @Test
    void barsOfEverySeriesLookDifferentInGray() {
        IntervalRenderer renderer = barsOf(SERIES);
        Set<List<Integer>> looks = new HashSet<>();
        for (int i = 0; i < SERIES; i++) {
            int row = i;
            looks.add(grayscale(12, 30, g2 -> renderer.getBarPainter().paintBar(g2, renderer, row, 0,
                    new Rectangle2D.Double(2, 2, 8, 26), RectangleEdge.BOTTOM)));
        }
        assertEquals(SERIES, looks.size(), "bars that look alike");
    }

    @Test
    void legendSquaresOfEverySeriesLookDifferentInGray() {
        IntervalRenderer renderer = barsOf(SERIES);
        CategoryPlot plot = renderer.getPlot();
        Set<List<Integer>> looks = new HashSet<>();
        for (int i = 0; i < SERIES; i++) {
            LegendItem item = plot.getLegendItems().get(i);
            // drawn as the chart's legend draws it: the item's shape, filled and outlined
            LegendGraphic g = new LegendGraphic(item.getShape(), item.getFillPaint());
            g.setShapeOutlineVisible(item.isShapeOutlineVisible());
            g.setOutlinePaint(item.getOutlinePaint());
            g.setOutlineStroke(item.getOutlineStroke());
            looks.add(grayscale(12, 12, g2 -> g.draw(g2, new Rectangle2D.Double(0, 0, 12, 12))));
        }
        assertEquals(SERIES, looks.size(), "legend squares that look alike");
    }
}
