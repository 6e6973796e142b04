package org.ministerial.plot;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;

/**
 * A sequential gray scale from near-white (lower bound) to near-black (upper bound), linear in lightness, so that a
 * heatmap reads the same in colour and in grayscale print.
 */
final class GrayScale implements PaintScale {
    private static final double LIGHTEST = 0.96, DARKEST = 0.18;
    private final double lower, upper;

    GrayScale(double lower, double upper) {
        if (!(lower < upper)) throw new IllegalArgumentException("need lower < upper, got " + lower + ", " + upper);
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    /** The lightness (0 black, 1 white) of a value, clamped to the bounds. */
    double lightness(double value) {
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        return LIGHTEST + t * (DARKEST - LIGHTEST);
    }

    @Override
    public Paint getPaint(double value) {
        return JournalStyle.gray(lightness(value));
    }
}
