package org.ministerial.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.data.Range;
import org.jfree.text.G2TextMeasurer;
import org.jfree.text.TextBlock;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The height category labels take once wrapped, measured the way the category axes wrap them ({@link WordWrap}: word
 * breaks within a width, at most a number of lines). A figure with long labels, such as issue names, is made tall
 * enough that the wrapped labels of neighbouring categories do not overlap.
 */
final class WrappedLabels {
    private WrappedLabels() {
    }

    /** The height in points of the tallest of {@code labels} wrapped to {@code width} points in {@code maxLines}. */
    static double tallest(Iterable<String> labels, Font font, double width, int maxLines) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            // the metrics every output format lays the chart out with (FigureWriter)
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setFont(font);
            double tallest = 0;
            for (String label : labels) {
                TextBlock block = WordWrap.block(label, font, Color.BLACK, (float) width, maxLines,
                        new G2TextMeasurer(g2));
                tallest = Math.max(tallest, block.calculateDimensions(g2).getHeight());
            }
            return tallest;
        } finally {
            g2.dispose();
        }
    }

    /**
     * {@code label} wrapped at word boundaries within {@code width} points ({@link WordWrap}), its lines joined by
     * line breaks: a legend entry, which JFreeChart draws on one line however long, so that it ran past the
     * figure's edge.
     */
    static String wrapped(String label, Font font, double width) {
        Graphics2D g2 = scratch(font);
        try {
            return String.join("\n", WordWrap.lines(label, width, Integer.MAX_VALUE, new G2TextMeasurer(g2)));
        } finally {
            g2.dispose();
        }
    }

    /** The height in points of the chart's legend laid out across the chart's width, less its padding. */
    static double legendHeight(JFreeChart chart, double width) {
        Graphics2D g2 = scratch(JournalStyle.TICK_FONT);
        try {
            double inside = width - chart.getPadding().getLeft() - chart.getPadding().getRight();
            return chart.getLegend().arrange(g2, new RectangleConstraint(inside, new Range(0, 1e6))).getHeight();
        } finally {
            g2.dispose();
        }
    }

    /** A graphics to measure text with, with the metrics every output format lays the chart out with. */
    private static Graphics2D scratch(Font font) {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setFont(font);
        return g2;
    }
}
