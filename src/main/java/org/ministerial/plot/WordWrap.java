package org.ministerial.plot;

import org.jfree.text.TextBlock;
import org.jfree.text.TextMeasurer;

import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;

/**
 * Text wrapped at word boundaries within a width, for every wrapped label of a figure (category names, scenario names,
 * legend entries). JFreeChart's own wrapping ({@code TextUtilities.createTextBlock}) measures each word with the space
 * after it, so a word that fits but not with its space is broken mid-word ("Singapor" / "e"); it keeps that space at
 * the end of the line, which moves a centred or right-aligned line off its place; and a text cut at the last line
 * loses its last three characters to "...", mid-word ("and no N..."). Here a line breaks at a space, or after a
 * hyphen ("decision-" / "making", "no-ngo-" / "pressure"); a word is broken inside only when it alone is wider
 * than the line; lines carry no trailing space; and a text longer than the lines allowed ends in "..." after the
 * last whole word that leaves room for it. A line break in the text ({@code \n}) always starts a new line.
 */
final class WordWrap {
    static final String ELLIPSIS = "...";

    private WordWrap() {
    }

    /** The text wrapped within {@code width} points, on at most {@code maxLines} lines, as a block of lines. */
    static TextBlock block(String text, Font font, Paint paint, float width, int maxLines, TextMeasurer measurer) {
        TextBlock block = new TextBlock();
        for (String line : lines(text, width, maxLines, measurer)) block.addLine(line, font, paint);
        return block;
    }

    /** The lines of the wrapped text. */
    static List<String> lines(String text, double width, int maxLines, TextMeasurer measurer) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) wrap(paragraph.strip(), width, measurer, lines);
        if (lines.size() <= maxLines) return lines;
        List<String> kept = new ArrayList<>(lines.subList(0, Math.max(1, maxLines)));
        kept.set(kept.size() - 1, cut(kept.get(kept.size() - 1), width, measurer));
        return kept;
    }

    /** Adds the lines of one paragraph (no line breaks in it). */
    private static void wrap(String paragraph, double width, TextMeasurer m, List<String> lines) {
        String line = "";
        for (String word : paragraph.split(" +")) {
            List<String> pieces = pieces(word);
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                // a word follows the line after a space, a piece after a hyphen directly
                String joined = line.isEmpty() ? piece : line + (i == 0 ? " " : "") + piece;
                if (fits(joined, width, m)) {
                    line = joined;
                    continue;
                }
                if (!line.isEmpty()) lines.add(line);
                // only a piece wider than a whole line is broken inside
                while (piece.length() > 1 && !fits(piece, width, m)) {
                    int n = 1;
                    while (n + 1 < piece.length() && fits(piece.substring(0, n + 1), width, m)) n++;
                    lines.add(piece.substring(0, n));
                    piece = piece.substring(n);
                }
                line = piece;
            }
        }
        lines.add(line);
    }

    /** A word split after each hyphen inside it: "no-ngo-pressure" into "no-", "ngo-", "pressure". */
    private static List<String> pieces(String word) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length() - 1; i++)
            if (word.charAt(i) == '-') {
                out.add(word.substring(start, i + 1));
                start = i + 1;
            }
        out.add(word.substring(start));
        return out;
    }

    /** The last line kept of a text that goes on: whole words that leave room for "...", then "...". */
    private static String cut(String line, double width, TextMeasurer m) {
        String s = line;
        while (!s.isEmpty() && !fits(s + ELLIPSIS, width, m)) {
            int at = Math.max(s.lastIndexOf(' '), s.lastIndexOf('-'));
            s = (at > 0 ? s.substring(0, at) : s.substring(0, s.length() - 1)).stripTrailing();
        }
        return s + ELLIPSIS;
    }

    private static boolean fits(String s, double width, TextMeasurer m) {
        return m.getStringWidth(s, 0, s.length()) <= width;
    }
}
