package org.ministerial.plot;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.FigureSchema;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure kind rendered from real results in PNG, SVG and PDF: the files open, have the stated size and page
 * count, and name their series.
 */
class PlotFiguresTest {
    @TempDir
    static Path root;
    static Path batches, others;
    static Plotter.Report batchReport, otherReport;
    static final String COMMAND = "bin/ministerial plot (test)";

    @BeforeAll
    static void plotRealResults() throws Exception {
        Path base = RealResults.batch(root.resolve("base"), RealResults.varied(), RealResults.RUNS, 7);
        Path mediation = RealResults.batch(root.resolve("med"),
                RealResults.varied("parameters.chair.mediation", "0.5"), RealResults.RUNS, 7);
        Path lowNoise = RealResults.batch(root.resolve("low"),
                RealResults.varied("parameters.noise.position", "0.05"), RealResults.RUNS, 7);
        batches = root.resolve("figures-batches");
        batchReport = Plotter.plot(List.of(base, mediation, lowNoise), new PlotOptions(batches,
                EnumSet.allOf(FigureFormat.class), List.of("baseline", "mediation", "low noise"), null,
                PlotOptions.DEFAULT_TOP, "breakdown"), COMMAND);
        Path sweep = RealResults.sweep(root, List.of("0.05", "0.15", "0.3"), List.of("0", "0.5"), 30);
        others = root.resolve("figures-others");
        otherReport = Plotter.plot(List.of(sweep, RealResults.sensitivity(root)), new PlotOptions(others,
                EnumSet.allOf(FigureFormat.class), List.of(), null, PlotOptions.DEFAULT_TOP, "breakdown"), COMMAND);
    }

    private static List<String> names(Plotter.Report r) {
        List<String> out = new ArrayList<>();
        for (Figure f : r.figures()) out.add(f.name());
        return out;
    }

    @Test
    void drawsEveryFigureKind() {
        List<String> expected = new ArrayList<>();
        for (String b : List.of("baseline", "mediation", "low-noise"))
            for (String kind : List.of("outcomes", "trajectories", "coalitions", "final-text"))
                expected.add(b + "-" + kind);
        expected.addAll(List.of("outcomes-compared", "breakdown-forest"));
        assertEquals(expected, names(batchReport));
        assertEquals(List.of("sweep-sweep-noise-position", "sweep-sweep-chair-mediation", "sweep-sweep-heatmap",
                "sobol-sobol-breakdown-share", "sobol-sobol-end-round"), names(otherReport));
    }

    @Test
    void pngsDecodeAtTheStatedSizeAnd300Dpi() throws Exception {
        for (Path folder : List.of(batches, others)) {
            Map<String, int[]> stated = FigureFiles.statedSizes(folder.resolve(FigureSchema.INDEX_FILE));
            assertEquals(names(folder == batches ? batchReport : otherReport), List.copyOf(stated.keySet()));
            for (Map.Entry<String, int[]> e : stated.entrySet()) {
                FigureFiles.Png png = FigureFiles.png(folder.resolve(e.getKey() + ".png"));
                assertEquals(e.getValue()[0], png.image().getWidth(), e.getKey());
                assertEquals(e.getValue()[1], png.image().getHeight(), e.getKey());
                assertEquals(1050, png.image().getWidth(), "3.5 in at 300 dpi: " + e.getKey());
                assertEquals(11811, png.pixelsPerMetre(), "300 dpi in pixels per metre: " + e.getKey());
            }
        }
    }

    @Test
    void svgsAreWellFormedAndNameTheirSeries() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "baseline-outcomes", List.of("agreement", "breakdown", "flexible", "Share of runs (%)"),
                "baseline-trajectories", List.of(TrajectoryFigure.MEAN, TrajectoryFigure.BAND, "Accepting (actors)",
                        "Distance (0-1)", "Mobilisation (0-1)"),
                // Brazil and India share demands against the text; the United States' are opposite, so it allies with
                // neither (cosine below the similarity threshold of 0) and the figure shows the two
                "baseline-coalitions", List.of("In any emergent coalition", "BRA", "IND"),
                // the issues by the names scenarios/textbook.yaml gives them, not by their ids
                "baseline-final-text", List.of("Tariff cuts", "New rules"),
                "outcomes-compared", List.of("baseline", "mediation", "low noise", "breakdown"),
                "breakdown-forest", List.of("mediation", "low noise"),
                "sweep-sweep-noise-position", List.of("Position noise (SD)", "Breakdown share (%)"),
                "sweep-sweep-heatmap", List.of("Position noise (SD)", "Chair's mediation"),
                "sobol-sobol-breakdown-share", List.of(SobolFigure.S1, SobolFigure.ST, "Position noise (SD)",
                        "Chair's mediation"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Path file = (Files.exists(batches.resolve(e.getKey() + ".svg")) ? batches : others)
                    .resolve(e.getKey() + ".svg");
            String all = String.join("\n", FigureFiles.svgTexts(file));
            for (String s : e.getValue()) assertTrue(all.contains(s), e.getKey() + " lacks '" + s + "' in " + all);
        }
    }

    @Test
    void axesNameParametersByTheirLabelsWhileCaptionsAndDataKeepTheKeys() throws Exception {
        for (String name : List.of("sweep-sweep-noise-position", "sweep-sweep-heatmap", "sobol-sobol-breakdown-share")) {
            String texts = String.join("\n", FigureFiles.svgTexts(others.resolve(name + ".svg")));
            assertFalse(texts.contains("noise.position"), name + " shows a raw key: " + texts);
        }
        Figure sweep = otherReport.figures().stream().filter(f -> f.name().equals("sweep-sweep-noise-position"))
                .findFirst().orElseThrow();
        assertTrue(sweep.caption().contains("position noise (SD; parameters.noise.position)"), sweep.caption());
        assertTrue(Files.readString(others.resolve("sweep-sweep-noise-position.csv"))
                .contains("parameters.noise.position"));
    }

    @Test
    void finalTextNamesIssuesNotIds() throws Exception {
        List<String> texts = FigureFiles.svgTexts(batches.resolve("baseline-final-text.svg"));
        for (String id : List.of("tariffs", "rules"))
            assertTrue(texts.stream().noneMatch(t -> t.equals(id)), id + " in " + texts);
    }

    @Test
    void finalTextLeavesMostOfTheWidthToTheDataWithRoomBeyondBothEnds() {
        Figure f = batchReport.figures().stream().filter(x -> x.name().equals("baseline-final-text")).findFirst()
                .orElseThrow();
        org.jfree.chart.plot.CategoryPlot plot = f.chart().getCategoryPlot();
        org.jfree.chart.axis.ValueAxis scale = plot.getRangeAxis();
        // a run at 0 or 1 is drawn off the axis line: a margin beyond both ends of the issue scale
        assertTrue(scale.getLowerBound() <= -0.04 && scale.getUpperBound() >= 1.04, scale.getRange().toString());
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(10, 10,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        f.chart().draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, f.widthPt(), f.heightPt()), info);
        g2.dispose();
        double data = info.getPlotInfo().getDataArea().getWidth();
        assertTrue(data >= 0.55 * f.widthPt(), "data area " + data + " of " + f.widthPt() + " pt");
        assertEquals("Cotton subsidies\n(1 = elimination)", FinalTextFigure.twoLines("Cotton subsidies (1 = elimination)"));
        assertEquals("Tariff cuts", FinalTextFigure.twoLines("Tariff cuts"));
    }

    @Test
    void everySvgParses() throws Exception {
        for (Plotter.Report r : List.of(batchReport, otherReport))
            for (Figure f : r.figures())
                assertTrue(!FigureFiles.svgTexts(r.folder().resolve(f.name() + ".svg")).isEmpty(), f.name());
    }

    @Test
    void noTextRunsPastAFiguresEdge() throws Exception {
        for (Plotter.Report r : List.of(batchReport, otherReport))
            for (Figure f : r.figures())
                assertEquals(List.of(), FigureFiles.svgTextOutside(r.folder().resolve(f.name() + ".svg")), f.name());
    }

    @Test
    void pdfsHaveOnePage() throws Exception {
        for (Plotter.Report r : List.of(batchReport, otherReport))
            for (Figure f : r.figures())
                assertEquals(1, FigureFiles.pdfPages(r.folder().resolve(f.name() + ".pdf")), f.name());
    }

    @Test
    void pdfsUseNoFontTheyDoNotEmbed() throws Exception {
        for (Plotter.Report r : List.of(batchReport, otherReport))
            for (Figure f : r.figures()) {
                Path pdf = r.folder().resolve(f.name() + ".pdf");
                assertEquals(List.of(), FigureFiles.pdfFontsNotEmbedded(pdf), f.name());
                // text is there, as filled glyph outlines: no text object (BT ... ET) that would need a font
                String content = FigureFiles.pdfContent(pdf);
                assertFalse(Pattern.compile("(^|\\s)BT(\\s|$)").matcher(content).find(), f.name());
                assertTrue(Pattern.compile("(^|\\s)f(\\s|$)").matcher(content).find(), f.name() + ": nothing filled");
            }
    }

    @Test
    void aPdfMadeAgainLaterIsTheSameFile() throws Exception {
        Figure f = batchReport.figures().get(0);
        byte[] first = Files.readAllBytes(batches.resolve(f.name() + ".pdf"));
        // JFreePDF stamps the second of writing: make sure it has changed
        Thread.sleep(1100);
        Path again = root.resolve("again.pdf");
        FigureWriter.pdf(f, again);
        assertArrayEquals(first, Files.readAllBytes(again));
        if (System.getenv("SOURCE_DATE_EPOCH") == null)
            assertTrue(new String(first, StandardCharsets.ISO_8859_1).contains("/CreationDate (D:20000101000000"));
        assertEquals(1, FigureFiles.pdfPages(again));
    }

    @Test
    void indexListsEveryFigureWithCaptionFilesAndCommand() throws Exception {
        String md = Files.readString(batches.resolve(FigureSchema.INDEX_FILE), StandardCharsets.UTF_8);
        for (Figure f : batchReport.figures()) {
            assertTrue(md.contains("## " + f.name() + "\n"), f.name());
            assertTrue(md.contains(f.caption()), f.name());
            assertTrue(md.contains("`" + f.name() + ".pdf`"), f.name());
            assertTrue(Files.exists(batches.resolve(f.name() + ".csv")), f.name());
        }
        assertEquals(batchReport.figures().size(), md.split("- command: `" + COMMAND.replace("(", "\\(")
                .replace(")", "\\)") + "`", -1).length - 1);
    }
}
