package org.ministerial.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ministerial.batch.BatchSettings;
import org.ministerial.batch.Shard;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The variance-split figure: drawn for a batch that drew its inputs, absent for one that did not. */
class VarianceFigureTest {
    @TempDir
    Path dir;

    @Test
    void aBatchWithDrawnInputsGetsTheSplitOfEveryResultThatVaries() throws Exception {
        Path folder = dir.resolve("cancun");
        org.ministerial.batch.Batch.execute(ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()),
                new BatchSettings(24, 5, 2, Shard.ALL, false, false, 4), folder, null, null);
        Figure f = VarianceFigure.of(new LabelledBatch("cancun", ResultsData.read(folder)));
        assertNotNull(f);
        assertEquals("variance-split", f.name());
        assertTrue(f.caption().contains("6 draws"), f.caption());
        List<String> measures = f.data().rows().stream().map(r -> r.get(0)).toList();
        assertTrue(measures.contains("end_round"), measures.toString());
        for (List<String> row : f.data().rows())
            assertEquals(100, Double.parseDouble(row.get(4)) + Double.parseDouble(row.get(5)), 1e-6, row.toString());
        // a measure too rare to split is neither drawn nor in the data, and the caption names it
        org.ministerial.batch.VarianceSplit split = org.ministerial.batch.VarianceSplit.of(folder.resolve("runs.csv"));
        List<?> rows = f.chart().getCategoryPlot().getDataset().getColumnKeys();
        int rare = 0;
        for (Map.Entry<String, org.ministerial.batch.VarianceSplit.Part> e : split.parts().entrySet()) {
            if (e.getValue().constant()) continue;
            String label = Labels.measure(e.getKey(), Map.of("g21", "G21"));
            if (e.getValue().rare()) {
                rare++;
                assertFalse(rows.contains(label) || measures.contains(e.getKey()), e.getKey() + " drawn: " + rows);
                assertTrue(f.caption().contains(e.getKey()), f.caption());
            } else {
                assertTrue(rows.contains(label), label + " not in " + rows);
            }
        }
        assertTrue(rare > 0, "the test batch should have a rare outcome: " + split.parts());
        assertTrue(rows.contains("End round"), rows.toString());
        // input_draw labels replications, it is not a design variable to plot against
        assertEquals(List.of(), ResultsData.read(folder).varyingParameters());
    }

    @Test
    void aBatchWithWrittenInputsHasNone() throws Exception {
        Path folder = RealResults.batch(dir.resolve("textbook"), RealResults.varied(), 12, 3);
        assertNull(VarianceFigure.of(new LabelledBatch("textbook", ResultsData.read(folder))));
    }
}
