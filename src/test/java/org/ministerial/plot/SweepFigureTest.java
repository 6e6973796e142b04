package org.ministerial.plot;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep's line figures bin a parameter that the design samples from a continuous range, as the heatmap does,
 * and keep a point per value of a factorial design (docs/figures.md, "sweep-parameter").
 */
class SweepFigureTest {
    @TempDir
    Path root;

    private Path sweep(String name, String yaml) throws Exception {
        return SweepFolders.sweep(root, name, yaml);
    }

    private Figure figure(Path folder, String name, Path out) throws Exception {
        return SweepFolders.figure(folder, name, "agreement", out);
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    private static int bin(double value, double min, double max) {
        for (int k = 1; k < 4; k++) if (value < min + k * (max - min) / 4) return k - 1;
        return 3;
    }

    @Test
    void aSampledParameterIsDrawnAsOnePointPerBinOfItsRange() throws Exception {
        Path folder = sweep("lhs", """
                scenario: TEXTBOOK
                set: {parameters.noise.position: 0.2}
                replications: 2
                parameters:
                  parameters.chair.agenda_power: {min: 0.2, max: 0.9}
                  parameters.country.concession_rate: {min: 0, max: 0.5}
                design: {type: latin_hypercube, samples: 16, seed: 5}
                """);
        Path out = root.resolve("figures");
        Figure f = figure(folder, "sweep-chair-agenda-power", out);
        List<String> bins = List.of("[0.2, 0.375)", "[0.375, 0.55)", "[0.55, 0.725)", "[0.725, 0.9]");
        // the runs of each bin of the range, counted from runs.csv
        int[] agreed = new int[4], runs = new int[4];
        Set<String> values = new TreeSet<>();
        for (CSVRecord r : csv(folder.resolve("runs.csv"))) {
            if (r.get("outcome").equals("error")) continue;
            values.add(r.get("parameters.chair.agenda_power"));
            int k = bin(Double.parseDouble(r.get("parameters.chair.agenda_power")), 0.2, 0.9);
            runs[k]++;
            if (r.get("outcome").equals("agreement")) agreed[k]++;
        }
        assertEquals(16, values.size(), "the premise: a value per design point");
        List<CSVRecord> rows = csv(out.resolve("sweep-chair-agenda-power.csv"));
        List<String> shownBins = new ArrayList<>();
        for (CSVRecord r : rows) shownBins.add(r.get("value"));
        assertEquals(bins, shownBins);
        for (int k = 0; k < 4; k++) {
            CSVRecord r = rows.get(k);
            assertEquals(agreed[k], Integer.parseInt(r.get("count")), r.toString());
            assertEquals(runs[k], Integer.parseInt(r.get("runs")), r.toString());
            assertEquals(100.0 * agreed[k] / runs[k], Double.parseDouble(r.get("share_pct")), 1e-4, r.toString());
            Interval w = new Proportion(agreed[k], runs[k]).wilson().times(100);
            assertEquals(w.lower(), Double.parseDouble(r.get("ci_low_pct")), 1e-4, r.toString());
            assertEquals(w.upper(), Double.parseDouble(r.get("ci_high_pct")), 1e-4, r.toString());
        }
        // four points, each at the centre of its bin on an axis over the bins
        XYDataset data = ((XYPlot) f.chart().getPlot()).getDataset();
        assertEquals(4, data.getItemCount(0));
        for (int k = 0; k < 4; k++) {
            assertEquals(k + 0.5, data.getXValue(0, k), 1e-12);
            assertEquals(100.0 * agreed[k] / runs[k], data.getYValue(0, k), 1e-4);
        }
        assertTrue(f.caption().contains("cut into 4 equal bins"), f.caption());
        // the axis is labelled at the bins' edges, never with a sampled value
        Set<String> shown = new TreeSet<>(FigureFiles.svgTexts(out.resolve("sweep-chair-agenda-power.svg")));
        for (String edge : List.of("0.2", "0.375", "0.55", "0.725", "0.9"))
            assertTrue(shown.contains(edge), edge + " not in " + shown);
        for (String v : values) assertFalse(shown.contains(v), v + " is a tick label");
        assertEquals(List.of(), FigureFiles.svgTextOutside(out.resolve("sweep-chair-agenda-power.svg")));
    }

    @Test
    void aFactorialDesignKeepsAPointPerValue() throws Exception {
        Path folder = sweep("factorial", """
                scenario: TEXTBOOK
                set: {parameters.noise.position: 0.2}
                replications: 2
                parameters:
                  parameters.chair.agenda_power: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
                """);
        Path out = root.resolve("factorial-figures");
        Figure f = figure(folder, "sweep-chair-agenda-power", out);
        List<String> values = new ArrayList<>();
        for (CSVRecord r : csv(out.resolve("sweep-chair-agenda-power.csv"))) values.add(r.get("value"));
        assertEquals(List.of("0.2", "0.3", "0.4", "0.5", "0.6", "0.7"), values);
        XYDataset data = ((XYPlot) f.chart().getPlot()).getDataset();
        assertEquals(6, data.getItemCount(0));
        assertEquals(0.2, data.getXValue(0, 0), 1e-12);
        assertFalse(f.caption().contains("bins"), f.caption());
    }
}
