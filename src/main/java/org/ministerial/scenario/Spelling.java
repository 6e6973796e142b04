package org.ministerial.scenario;

import java.util.Collection;

/** The word a misspelt key (or, on the command line, a misspelt option) most likely meant. */
public final class Spelling {
    /** Edits (insertions, deletions, substitutions) within which a known word counts as meant. */
    private static final int MAX_EDITS = 2;

    private Spelling() {
    }

    /**
     * {@code " (did you mean 'X'?)"} for the known word X closest to {@code typed} (see {@link #closest}), or an empty
     * string when none is close: the end of a message about a name that is none of the known ones.
     */
    public static String didYouMean(String typed, Collection<String> known) {
        String near = closest(typed, known);
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }

    /** The known word closest to {@code typed} within {@value #MAX_EDITS} edits (first of equals), or null. */
    public static String closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String k : new java.util.TreeSet<>(known)) {
            int d = distance(typed, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance, by the two-row dynamic programme (Wagner and Fischer 1974). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1], current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
