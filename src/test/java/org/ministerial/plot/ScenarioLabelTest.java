package org.ministerial.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figures name a batch by its scenario's display label when no --set override tells the batches apart. */
class ScenarioLabelTest {
    @TempDir
    Path dir;

    @Test
    void aBatchIsLabelledByItsScenariosLabelAndByItsOverridesWhenThoseDiffer() throws Exception {
        ResultsData plain = ResultsData.read(RealResults.batch(dir.resolve("a"), Map.of(), 5, 1));
        assertEquals("textbook", plain.scenario());
        assertEquals("Textbook", plain.scenarioLabel());
        assertEquals("Textbook", plain.label(Map.of()));
        ResultsData set = ResultsData.read(RealResults.batch(dir.resolve("b"),
                Map.of("parameters.chair.mediation", "0.2"), 5, 1));
        assertEquals("chair.mediation = 0.2", set.label(Map.of()));
    }
}
