package org.ministerial.plot;

import org.jfree.text.G2TextMeasurer;
import org.jfree.text.TextBlock;
import org.jfree.text.TextLine;
import org.jfree.text.TextUtilities;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The height category labels take once JFreeChart wraps them, measured the way its category axis wraps them (word
 * breaks within a width, at most a number of lines). A figure with long labels, such as issue names, is made tall
 * enough that the wrapped labels of neighbouring categories do not overlap.
 */
final class WrappedLabels {
    private WrappedLabels() {
    }

    /**
     * {@code label} broken at word breaks into lines of at most {@code width} points, at most {@code maxLines} of
     * them (the last ending in "..." if cut, as JFreeChart cuts category labels), joined by line breaks: the form a
     * legend, which does not wrap its items itself, draws on several lines.
     */
    static String wrapped(String label, Font font, double width, int maxLines) {
        Graphics2D g2 = scratch(font);
        try {
            TextBlock block = TextUtilities.createTextBlock(label, font, Color.BLACK, (float) width, maxLines,
                    new G2TextMeasurer(g2));
            StringBuilder out = new StringBuilder();
            for (Object line : block.getLines()) {
                if (out.length() > 0) out.append('\n');
                out.append(((TextLine) line).getFirstTextFragment().getText());
            }
            return out.toString();
        } finally {
            g2.dispose();
        }
    }

    private static Graphics2D scratch(Font font) {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        // the metrics every output format lays the chart out with (FigureWriter)
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setFont(font);
        return g2;
    }

    /** The height in points of the tallest of {@code labels} wrapped to {@code width} points in {@code maxLines}. */
    static double tallest(Iterable<String> labels, Font font, double width, int maxLines) {
        Graphics2D g2 = scratch(font);
        try {
            double tallest = 0;
            for (String label : labels) {
                TextBlock block = TextUtilities.createTextBlock(label, font, Color.BLACK, (float) width, maxLines,
                        new G2TextMeasurer(g2));
                tallest = Math.max(tallest, block.calculateDimensions(g2).getHeight());
            }
            return tallest;
        } finally {
            g2.dispose();
        }
    }
}
