package org.ministerial.plot;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Axis labels stay centred on the data when they fit and are moved inside the figure when they do not. */
class AxisLabelFitTest {
    @TempDir
    Path root;

    private static double width(NumberAxis axis, Graphics2D g2) {
        return g2.getFontMetrics(axis.getLabelFont()).getStringBounds(axis.getLabel(), g2).getWidth();
    }

    @Test
    void aLabelThatFitsStaysWhereJFreeChartCentresIt() {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        NumberAxis axis = new FittingNumberAxis("Share (%)");
        axis.setLabelFont(JournalStyle.LABEL_FONT);
        Rectangle2D plot = new Rectangle2D.Double(0, 0, 240, 200);
        assertEquals(120, LabelFit.centre(axis, g2, plot, RectangleEdge.BOTTOM, 120), 1e-9);
        assertEquals(100, LabelFit.centre(axis, g2, plot, RectangleEdge.LEFT, 100), 1e-9);
    }

    @Test
    void aLabelThatWouldRunPastAnEdgeEndsAtThatEdge() {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        NumberAxis axis = new FittingNumberAxis("Difference in breakdown share (pp)");
        axis.setLabelFont(JournalStyle.LABEL_FONT);
        double half = width(axis, g2) / 2;
        Rectangle2D plot = new Rectangle2D.Double(10, 20, 240, 200);
        assertEquals(250 - half, LabelFit.centre(axis, g2, plot, RectangleEdge.BOTTOM, 240), 1e-9);
        assertEquals(10 + half, LabelFit.centre(axis, g2, plot, RectangleEdge.BOTTOM, 15), 1e-9);
        // turned a quarter turn along a left axis, the label's length runs along y
        assertEquals(220 - half, LabelFit.centre(axis, g2, plot, RectangleEdge.LEFT, 215), 1e-9);
    }

    private LabelledBatch batch(String label, int breakdowns, int runs) throws Exception {
        return OutcomeOnlyBatches.batch(root, label, breakdowns, runs);
    }

    @Test
    void aLongScenarioLabelInTheComparedOutcomesLegendIsWrappedInsideTheFigure() throws Exception {
        // a researcher's own counterfactual, labelled as its scenario's label: wider than the column
        String longLabel = "Cancún 2003 counterfactual: hard-line India, Mexico in Mercosur, no Oxfam, two-thirds "
                + "majority";
        List<LabelledBatch> batches = List.of(batch("Cancún 2003", 39, 40), batch(longLabel, 10, 40),
                batch("Qualified majority", 12, 40));
        Figure compared = OutcomeFigure.of(batches);
        Path svg = root.resolve("outcomes-compared.svg");
        FigureWriter.svg(compared, svg);
        assertEquals(List.of(), FigureFiles.svgTextOutside(svg));
        String texts = String.join(" ", FigureFiles.svgTexts(svg));
        assertTrue(texts.contains("Cancún 2003 counterfactual") && texts.contains("two-thirds majority"), texts);
        // the label's lines take room of their own: the figure is taller than with short labels only
        Figure shortLabels = OutcomeFigure.of(List.of(batches.get(0), batch("No Oxfam", 10, 40), batches.get(2)));
        assertTrue(compared.heightPt() > shortLabels.heightPt(), compared.heightPt() + " vs " + shortLabels.heightPt());
    }

    @Test
    void theForestPlotsValueLabelIsWhollyInsideTheFigureBesideLongCounterfactualNames() throws Exception {
        // labels as a robustness study names its batches: long enough to take the widest category column, which
        // pushes the data area, and with it the centred value label, to the right
        List<LabelledBatch> batches = new ArrayList<>();
        batches.add(batch("baseline", 30, 40));
        batches.add(batch("coalitions.similarity = 0.472", 25, 40));
        batches.add(batch("country.patience = 0.36", 35, 40));
        Figure forest = ForestFigure.of(batches, "breakdown");
        Path svg = root.resolve("forest.svg");
        FigureWriter.svg(forest, svg);
        assertTrue(FigureFiles.svgTexts(svg).contains("Difference in breakdown share (pp)"));
        assertEquals(List.of(), FigureFiles.svgTextOutside(svg));
    }
}
