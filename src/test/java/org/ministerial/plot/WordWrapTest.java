package org.ministerial.plot;

import org.jfree.text.G2TextMeasurer;
import org.jfree.text.TextBlock;
import org.jfree.text.TextLine;
import org.jfree.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long labels wrap at word boundaries, and are broken inside a word only where that word alone is wider than the
 * line (docs/figures.md, "Look"): in the forest plot's counterfactual names, in the legend of the compared outcomes
 * and in any category axis.
 */
class WordWrapTest {
    private static final List<String> LONG = List.of(
            "Without the NGO pressure on the developing countries",
            "Deep Northern offer on agriculture and cotton subsidies",
            "Singapore issues dropped from the ministerial text",
            "Qualified majority instead of consensus decision-making",
            "Deep Northern offer without the Singapore issues and no NGO pressure");

    @TempDir
    Path root;

    private static Graphics2D g2() {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g2;
    }

    private static double width(Graphics2D g2, String s) {
        return g2.getFontMetrics(JournalStyle.TICK_FONT).getStringBounds(s, g2).getWidth();
    }

    /** The lines of a text block as drawn (a wrapped line is one fragment). */
    private static List<String> lines(TextBlock block) {
        List<String> out = new ArrayList<>();
        for (Object l : block.getLines()) out.add(((TextLine) l).getFirstTextFragment().getText());
        return out;
    }

    /**
     * Where {@code label} is found as consecutive lines in {@code lines}, each break between them at a space or after
     * a hyphen: the index of its first line, or -1.
     */
    private static int wrappedAt(List<String> lines, String label) {
        for (int start = 0; start < lines.size(); start++) {
            String rest = label;
            int i = start;
            boolean ok = true;
            while (ok && !rest.isEmpty()) {
                if (i >= lines.size() || lines.get(i).isEmpty() || !rest.startsWith(lines.get(i))) {
                    ok = false;
                    break;
                }
                String line = lines.get(i++);
                rest = rest.substring(line.length());
                if (rest.isEmpty()) break;
                if (rest.startsWith(" ")) rest = rest.substring(1);
                else if (!line.endsWith("-")) ok = false; // broken inside a word
            }
            if (ok && rest.isEmpty()) return start;
        }
        return -1;
    }

    private LabelledBatch batch(String label, int breakdowns, int runs) throws Exception {
        return OutcomeOnlyBatches.batch(root, label, breakdowns, runs);
    }

    private List<LabelledBatch> batches() throws Exception {
        List<LabelledBatch> out = new ArrayList<>();
        out.add(batch("Cancún baseline as negotiated in September 2003", 30, 40));
        for (int i = 0; i < LONG.size(); i++) out.add(batch(LONG.get(i), 5 * i, 40));
        return out;
    }

    private static List<String> texts(List<FigureFiles.TextBox> boxes) {
        return boxes.stream().map(FigureFiles.TextBox::text).toList();
    }

    /** Pairs of texts whose boxes overlap by more than a quarter point. */
    private static List<String> overlapping(List<FigureFiles.TextBox> texts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++)
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D a = texts.get(i).box(), b = texts.get(j).box();
                Rectangle2D inner = new Rectangle2D.Double(a.getX() + 0.25, a.getY() + 0.25, a.getWidth() - 0.5,
                        a.getHeight() - 0.5);
                if (inner.intersects(b)) out.add("'" + texts.get(i).text() + "' and '" + texts.get(j).text() + "'");
            }
        return out;
    }

    @Test
    void theForestPlotShowsLongCounterfactualNamesWholeWrappedAtWordBoundaries() throws Exception {
        Figure forest = ForestFigure.of(batches(), "breakdown");
        Path svg = root.resolve("forest.svg");
        FigureWriter.svg(forest, svg);
        List<FigureFiles.TextBox> boxes = FigureFiles.svgTextBoxes(svg);
        List<String> lines = texts(boxes);
        for (String label : LONG) assertTrue(wrappedAt(lines, label) >= 0, label + " not wrapped whole in " + lines);
        for (String line : lines) assertFalse(line.endsWith("..."), "a name cut: " + line);
        assertEquals(List.of(), overlapping(boxes));
        assertEquals(List.of(), FigureFiles.svgTextOutside(svg));
    }

    @Test
    void theComparedOutcomesLegendWrapsLongLabelsInsideTheFigure() throws Exception {
        Figure outcomes = OutcomeFigure.of(batches());
        Path svg = root.resolve("outcomes.svg");
        FigureWriter.svg(outcomes, svg);
        List<FigureFiles.TextBox> boxes = FigureFiles.svgTextBoxes(svg);
        List<String> lines = texts(boxes);
        for (String label : LONG) assertTrue(wrappedAt(lines, label) >= 0, label + " not wrapped whole in " + lines);
        assertEquals(List.of(), FigureFiles.svgTextOutside(svg));
        assertEquals(List.of(), overlapping(boxes));
    }

    @Test
    void aWordThatFitsTheLineOnlyWithoutTheSpaceAfterItTakesALineOfItsOwnWithoutSpaces() {
        Graphics2D g2 = g2();
        g2.setFont(JournalStyle.TICK_FONT);
        // a line just wide enough for "Singapore", not for "Singapore " (JFreeChart measured the word with its space)
        double line = width(g2, "Singapore") + 0.05;
        assertTrue(width(g2, "Singapore ") > line, "the premise");
        String label = "Singapore issues dropped";
        FittingCategoryAxis axis = new FittingCategoryAxis(null);
        axis.setTickLabelFont(JournalStyle.TICK_FONT);
        axis.setMaximumCategoryLabelLines(5);
        List<String> lines = lines(axis.createLabel(label, (float) line, RectangleEdge.LEFT, g2));
        assertEquals(0, wrappedAt(lines, label), lines.toString());
        for (String l : lines) assertFalse(l.endsWith(" "), "a trailing space: '" + l + "'");
    }

    @Test
    void onlyAWordWiderThanTheLineIsBrokenInside() {
        Graphics2D g2 = g2();
        g2.setFont(JournalStyle.TICK_FONT);
        double line = Math.max(width(g2, "offer"), width(g2, "Deep")) + 1;
        assertTrue(width(g2, "Northern") > line && width(g2, "Deep") <= line, "the premise");
        List<String> lines = WordWrap.lines("Deep Northern offer", line, 10, new G2TextMeasurer(g2));
        assertEquals("Deep", lines.get(0));
        assertEquals("offer", lines.get(lines.size() - 1));
        assertEquals("Northern", String.join("", lines.subList(1, lines.size() - 1)));
        for (String l : lines) assertTrue(width(g2, l) <= line, l);
    }

    @Test
    void aTextCutAtItsLastLineEndsInAnEllipsisAfterAWholeWord() {
        Graphics2D g2 = g2();
        g2.setFont(JournalStyle.TICK_FONT);
        double line = 100;
        String label = LONG.get(4);
        List<String> lines = WordWrap.lines(label, line, 2, new G2TextMeasurer(g2));
        assertEquals(2, lines.size());
        String last = lines.get(1);
        assertTrue(last.endsWith("..."), last);
        String kept = String.join(" ", lines).substring(0, String.join(" ", lines).length() - 3);
        assertTrue(label.startsWith(kept) && label.charAt(kept.length()) == ' ', "cut inside a word: " + lines);
        for (String l : lines) assertTrue(width(g2, l) <= line, l);
    }
}
