package org.ministerial.gui;

import java.awt.Color;

/**
 * Colours of coalitions. Six stops of the viridis scale (van der Walt and Smith, 2015), whose lightness rises
 * monotonically, so coalitions stay distinguishable in grayscale print and for colour-blind readers. A coalition
 * keeps its colour for its lifetime (by its index); the order of stops puts the first coalitions far apart in
 * lightness. From the seventh coalition on colours repeat; the legend names each one.
 */
final class CoalitionPalette {
    private static final Color[] STOPS = {
        new Color(0x440154), new Color(0x414487), new Color(0x2A788E),
        new Color(0x22A884), new Color(0x7AD151), new Color(0xFDE725)};
    /** Order in which stops are handed out: the darkest, the lightest, the middle, ... */
    private static final int[] ORDER = {0, 5, 2, 4, 1, 3};

    /** Drawn around actors in no coalition (hollow) and for the text marker's outline. */
    static final Color NONE = new Color(0x6E6E6E);

    private CoalitionPalette() {
    }

    /** The colour of the coalition with this index, or {@link #NONE} for -1. */
    static Color of(int coalition) {
        if (coalition < 0) return NONE;
        return STOPS[ORDER[coalition % ORDER.length]];
    }

    /** Relative luminance of a colour (ITU-R BT.709), in [0,1]. */
    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }

    /** How many coalitions get distinct colours before they repeat. */
    static int distinct() {
        return ORDER.length;
    }
}
