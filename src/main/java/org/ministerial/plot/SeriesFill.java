package org.ministerial.plot;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * How the i-th series of bars is filled: a gray, and for the fifth series on a black hatching over it. Journals
 * often print in grayscale, and only about four grays stay apart in print (dark, light, middle, white, the order
 * putting neighbouring series far apart); hatching over the three grays light enough for black lines to show makes
 * three more fills per pattern, {@link #DISTINCT} in all before they repeat. Grays rather than hues, so the figure
 * reads the same in colour, in grayscale and to readers with any colour vision deficiency. A colour-blind-safe
 * palette alone would not do in grayscale print: in Okabe and Ito's eight colours (M. Okabe and K. Ito, "Color
 * Universal Design: how to make figures and presentations that are friendly to colorblind people", 2002) orange and
 * sky blue have nearly the same CIE lightness (71 and 70), and so have vermillion and bluish green (54 and 58).
 *
 * @param fill  the gray of the bar
 * @param hatch the lines drawn over it, in the outline's black
 */
record SeriesFill(Color fill, Hatch hatch) {
    /** The grays of the plain series, as lightness (0 black, 1 white). */
    private static final double[] PLAIN = {0.25, 0.78, 0.52, 1.0};
    /** The grays under hatching: light enough that black lines on them stay visible. */
    private static final double[] HATCHED = {1.0, 0.78, 0.52};
    /** The patterns after plain fills, in order. */
    private static final Hatch[] PATTERNS = {Hatch.DIAGONAL, Hatch.CROSS, Hatch.HORIZONTAL};
    /** How many series get different fills; later series repeat the first ones. */
    static final int DISTINCT = PLAIN.length + HATCHED.length * PATTERNS.length;

    /** The fill of the i-th series (0-based), cycling after {@link #DISTINCT}. */
    static SeriesFill of(int i) {
        int k = Math.floorMod(i, DISTINCT);
        if (k < PLAIN.length) return new SeriesFill(JournalStyle.gray(PLAIN[k]), Hatch.NONE);
        k -= PLAIN.length;
        return new SeriesFill(JournalStyle.gray(HATCHED[k % HATCHED.length]), PATTERNS[k / HATCHED.length]);
    }

    /**
     * The rectangle's outline with the hatch lines inside it, as one shape: filling it fills the rectangle (the open
     * hatch segments enclose nothing), drawing it draws the outline and the hatching. A legend draws its squares
     * exactly so, fill then outline, which is how the hatching reaches the legend without a legend of our own.
     */
    Shape outlined(Rectangle2D r) {
        Path2D.Double p = new Path2D.Double(r);
        p.append(hatch.lines(r), false);
        return p;
    }
}
