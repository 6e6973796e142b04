package org.ministerial.plot;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep heatmap stays readable: a sampled design's parameters are binned rather than given a column per value,
 * scenario names wrap inside the figure, and every share fits its cell (docs/figures.md, "sweep-heatmap").
 */
class HeatmapFigureTest {
    @TempDir
    Path root;

    private Path sweep(String name, String yaml) throws Exception {
        return SweepFolders.sweep(root, name, yaml);
    }

    /** The heatmap of a sweep folder, written as SVG and CSV into {@code out}. */
    private Figure heatmap(Path folder, String outcome, Path out) throws Exception {
        return SweepFolders.figure(folder, "sweep-heatmap", outcome, out);
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    /**
     * Pairs of texts on the same line whose boxes overlap (by more than a quarter point): labels that run together,
     * as a row of tick labels did ("0.243750.3750.59375").
     */
    private static List<String> overlapping(List<FigureFiles.TextBox> texts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++)
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D a = texts.get(i).box(), b = texts.get(j).box();
                if (Math.abs(a.getCenterY() - b.getCenterY()) > 1) continue;
                Rectangle2D inner = new Rectangle2D.Double(a.getX() + 0.25, a.getY() + 0.25, a.getWidth() - 0.5,
                        a.getHeight() - 0.5);
                if (inner.intersects(b)) out.add("'" + texts.get(i).text() + "' and '" + texts.get(j).text() + "'");
            }
        return out;
    }

    /** The data area of a figure drawn as FigureWriter draws its SVG. */
    private static Rectangle2D dataArea(Figure f) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        f.chart().draw(new SVGGraphics2D(f.widthPt(), f.heightPt(), SVGUnits.PT),
                new Rectangle2D.Double(0, 0, f.widthPt(), f.heightPt()), info);
        return info.getPlotInfo().getDataArea();
    }

    @Test
    void aLatinHypercubesParametersAreBinnedInFourAndLabelledAtTheBinsEdges() throws Exception {
        Path folder = sweep("lhs", """
                scenario: TEXTBOOK
                set: {parameters.noise.position: 0.1}
                replications: 2
                parameters:
                  parameters.chair.agenda_power: {min: 0.2, max: 0.9}
                  parameters.country.concession_rate: {min: 0, max: 0.5}
                design: {type: latin_hypercube, samples: 12, seed: 3}
                """);
        Path out = root.resolve("lhs-figures");
        Figure f = heatmap(folder, "breakdown", out);
        List<String> xBins = List.of("[0.2, 0.375)", "[0.375, 0.55)", "[0.55, 0.725)", "[0.725, 0.9]");
        List<String> yBins = List.of("[0, 0.125)", "[0.125, 0.25)", "[0.25, 0.375)", "[0.375, 0.5]");
        // each run is counted in the bin its values fall in, and every completed run is counted once
        Map<String, int[]> expected = new HashMap<>();
        for (CSVRecord r : csv(folder.resolve("runs.csv"))) {
            if (r.get("outcome").equals("error")) continue;
            String cell = xBins.get(bin(Double.parseDouble(r.get("parameters.chair.agenda_power")), 0.2, 0.9))
                    + "|" + yBins.get(bin(Double.parseDouble(r.get("parameters.country.concession_rate")), 0, 0.5));
            int[] c = expected.computeIfAbsent(cell, k -> new int[2]);
            c[1]++;
            if (r.get("outcome").equals("breakdown")) c[0]++;
        }
        List<CSVRecord> cells = csv(out.resolve("sweep-heatmap.csv"));
        assertEquals(expected.size(), cells.size());
        for (CSVRecord c : cells) {
            int[] e = expected.get(c.get("x_value") + "|" + c.get("y_value"));
            assertTrue(e != null, "an unexpected cell " + c);
            assertEquals(e[0], Integer.parseInt(c.get("count")), c.toString());
            assertEquals(e[1], Integer.parseInt(c.get("runs")), c.toString());
        }
        assertTrue(f.caption().contains("cut into 4 equal bins"), f.caption());
        Path svg = out.resolve("sweep-heatmap.svg");
        List<FigureFiles.TextBox> texts = FigureFiles.svgTextBoxes(svg);
        Set<String> shown = new TreeSet<>();
        for (FigureFiles.TextBox t : texts) shown.add(t.text());
        for (String edge : List.of("0.2", "0.375", "0.55", "0.725", "0.9", "0", "0.125", "0.25", "0.5"))
            assertTrue(shown.contains(edge), edge + " not in " + shown);
        // no sampled value is a tick label
        for (CSVRecord r : csv(folder.resolve("design.csv")))
            assertFalse(shown.contains(r.get("parameters.chair.agenda_power")), r.toString());
        assertEquals(List.of(), overlapping(texts));
        assertEquals(List.of(), FigureFiles.svgTextOutside(svg));
    }

    /** A sampled whole-number factor with few values keeps a column per value: bins would split them unequally. */
    @Test
    void aSampledWholeNumberParameterKeepsAColumnPerValue() throws Exception {
        Path folder = sweep("lhs-days", """
                scenario: TEXTBOOK
                set: {parameters.noise.position: 0.1}
                parameters:
                  parameters.chair.agenda_power: {min: 0.2, max: 0.9}
                  calendar.sessions_per_day: {min: 1, max: 6, integer: true}
                design: {type: latin_hypercube, samples: 12, seed: 3}
                """);
        Path out = root.resolve("lhs-days-figures");
        Figure f = heatmap(folder, "breakdown", out);
        Set<String> ys = new TreeSet<>();
        for (CSVRecord c : csv(out.resolve("sweep-heatmap.csv")))
            if (c.get("y_parameter").equals("calendar.sessions_per_day")) ys.add(c.get("y_value"));
            else if (c.get("x_parameter").equals("calendar.sessions_per_day")) ys.add(c.get("x_value"));
        assertEquals(Set.of("1", "2", "3", "4", "5", "6"), ys);
        // only the continuous parameter is binned
        assertTrue(f.caption().contains("the design samples chair's agenda power (parameters.chair.agenda_power) from "
                + "its range, which is cut into 4 equal bins"), f.caption());
    }

    private static int bin(double value, double min, double max) {
        for (int k = 1; k < 4; k++) if (value < min + k * (max - min) / 4) return k - 1;
        return 3;
    }

    @Test
    void scenarioNamesWrapInsideTheFigureAndEveryColumnIsNamed() throws Exception {
        Path variants = Files.createDirectories(root.resolve("variants"));
        Files.writeString(variants.resolve("textbook-with-a-slow-chair.yaml"),
                "extends: TEXTBOOK\nname: slow\nparameters: {chair.agenda_power: 0.3}\n".replace("TEXTBOOK", SweepFolders.TEXTBOOK));
        Path folder = sweep("scenarios", """
                scenarios: [TEXTBOOK, variants/textbook-with-a-slow-chair.yaml]
                set: {parameters.noise.position: 0.2}
                replications: 2
                parameters:
                  parameters.country.concession_rate: [0, 0.25]
                """);
        Path out = root.resolve("scenario-figures");
        heatmap(folder, "breakdown", out);
        Path svg = out.resolve("sweep-heatmap.svg");
        List<FigureFiles.TextBox> texts = FigureFiles.svgTextBoxes(svg);
        StringBuilder all = new StringBuilder();
        for (FigureFiles.TextBox t : texts) {
            all.append(t.text());
            assertFalse(t.text().contains("/") || t.text().contains(".yaml"), "a path on the axis: " + t.text());
        }
        // the long name on consecutive lines, the short one whole
        assertTrue(all.toString().contains("textbook-with-a-slow-chair"), all.toString());
        assertTrue(texts.stream().anyMatch(t -> t.text().equals("textbook")), all.toString());
        assertEquals(List.of(), FigureFiles.svgTextOutside(svg));
        assertEquals(List.of(), overlapping(texts));
        // the line figure over scenarios names them alike
        for (String t : FigureFiles.svgTexts(out.resolve("sweep-scenario.svg")))
            assertFalse(t.contains("/") || t.contains(".yaml"), "a path on the axis: " + t);
        // the CSV keeps the scenario as runs.csv writes it
        assertTrue(csv(out.resolve("sweep-heatmap.csv")).stream()
                .anyMatch(r -> r.get("x_value").equals("variants/textbook-with-a-slow-chair.yaml")));
    }

    @Test
    void aShareTooWideForItsCellIsPrintedSmallerInsideIt() throws Exception {
        // the textbook scenario without noise agrees while the chair's mediation is below 0.4: 16 cells of 100%
        Path folder = sweep("narrow", """
                scenario: TEXTBOOK
                parameters:
                  parameters.chair.mediation: {from: 0, to: 0.65, step: 0.05}
                  parameters.country.concession_rate: [0.25, 0.5]
                """);
        Path out = root.resolve("narrow-figures");
        Figure f = heatmap(folder, "agreement", out);
        Rectangle2D data = dataArea(f);
        double cell = data.getWidth() / 14;
        List<FigureFiles.TextBox> hundreds = FigureFiles.svgTextBoxes(out.resolve("sweep-heatmap.svg")).stream()
                .filter(t -> t.text().equals("100") && data.contains(t.box().getCenterX(), t.box().getCenterY()))
                .toList();
        assertTrue(hundreds.size() >= 2, "the premise: cells of 100%");
        for (FigureFiles.TextBox t : hundreds) {
            assertTrue(t.fontSize() < JournalStyle.NOTE_FONT.getSize2D()
                    && t.fontSize() >= HeatmapFigure.SMALLEST_LABEL, "font " + t.fontSize());
            assertTrue(t.box().getWidth() <= cell, t.box().getWidth() + " pt in a cell " + cell + " pt wide");
            assertTrue(t.box().getMinX() >= data.getMinX() && t.box().getMaxX() <= data.getMaxX(),
                    t.box() + " outside the data area " + data);
        }
    }

    @Test
    void sharesThatCannotFitSeventeenColumnsEvenInTheSmallestTypeAreLeftOutAndTheCaptionSaysSo() throws Exception {
        Path folder = sweep("seventeen", """
                scenario: TEXTBOOK
                parameters:
                  parameters.chair.mediation: {from: 0, to: 0.8, step: 0.05}
                  parameters.country.concession_rate: [0.25, 0.5]
                """);
        Path out = root.resolve("seventeen-figures");
        Figure f = heatmap(folder, "agreement", out);
        Set<String> columns = new TreeSet<>();
        boolean hundred = false;
        for (CSVRecord c : csv(out.resolve("sweep-heatmap.csv"))) {
            columns.add(c.get("x_value"));
            hundred |= c.get("share_pct").equals("100");
        }
        assertEquals(17, columns.size(), "the premise: 17 columns");
        assertTrue(hundred, "the premise: a cell of 100%");
        Rectangle2D data = dataArea(f);
        double cell = data.getWidth() / 17;
        // "100" is wider than a column even in 5 pt type: no share is printed over its neighbours
        List<FigureFiles.TextBox> inside = FigureFiles.svgTextBoxes(out.resolve("sweep-heatmap.svg")).stream()
                .filter(t -> data.contains(t.box().getCenterX(), t.box().getCenterY())).toList();
        for (FigureFiles.TextBox t : inside)
            assertTrue(t.box().getWidth() <= cell && t.fontSize() >= HeatmapFigure.SMALLEST_LABEL,
                    "'" + t.text() + "' " + t.box().getWidth() + " pt wide at " + t.fontSize() + " pt in a cell " + cell
                            + " pt wide");
        assertEquals(List.of(), inside.stream().map(FigureFiles.TextBox::text).toList());
        assertTrue(f.caption().contains("too narrow to print their shares"), f.caption());
    }

    @Test
    void aCellsShareIsPrintedInWholePercentWithHalvesToTheEvenNeighbourAsInTheCsvs() {
        assertEquals("12", HeatmapFigure.cellLabel(12.5));
        assertEquals("14", HeatmapFigure.cellLabel(13.5));
        assertEquals("0", HeatmapFigure.cellLabel(0.5));
        assertEquals("88", HeatmapFigure.cellLabel(87.5));
        assertEquals("13", HeatmapFigure.cellLabel(12.500001));
        assertEquals("100", HeatmapFigure.cellLabel(99.6));
        assertEquals("33", HeatmapFigure.cellLabel(33.333333));
    }
}
