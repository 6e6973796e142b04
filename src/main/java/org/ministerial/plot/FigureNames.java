package org.ministerial.plot;

import java.util.Locale;

/** File-name stems for figures: lower-case letters, digits and dashes, from labels and parameter names. */
final class FigureNames {
    private static final int MAX = 40;

    private FigureNames() {
    }

    /**
     * {@code "ngo.enabled = false"} becomes {@code "ngo-enabled-false"}; at most {@value #MAX} characters, cut
     * between words where one ends late enough; never empty.
     */
    static String slug(String text) {
        // letters keep their base letter (Cancún -> cancun): accents are marks of their own after decomposition
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            // a long name is cut after its last whole word that fits, unless that leaves less than half of it
            int lastBreak = s.lastIndexOf('-', MAX);
            s = (lastBreak >= MAX / 2 ? s.substring(0, lastBreak) : s.substring(0, MAX)).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }
}
