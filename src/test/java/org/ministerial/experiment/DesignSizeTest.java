package org.ministerial.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A design too large to hold is refused by its size before any point is made. */
class DesignSizeTest {
    @TempDir
    Path tmp;

    private Experiment experiment(String parameters, int replications) throws Exception {
        Path f = Files.writeString(tmp.resolve("e.yaml"), "name: e\nscenario: "
                + Path.of("scenarios/textbook.yaml").toAbsolutePath() + "\nreplications: " + replications
                + "\nparameters:\n" + parameters);
        return ExperimentReader.read(f);
    }

    @Test
    void threeFactorsOf5001ValuesAreRefusedAtOnce() throws Exception {
        Experiment e = experiment("""
                  parameters.chair.agenda_power: {from: 0, to: 1, step: 0.0002}
                  parameters.chair.mediation: {from: 0, to: 1, step: 0.0002}
                  parameters.noise.position: {from: 0, to: 0.2, step: 0.00004}
                """, 1);
        assertEquals(5001.0 * 5001 * 5001, Designs.size(e));
        long start = System.nanoTime();
        ExperimentException x = assertThrows(ExperimentException.class, () -> SweepPlan.of(e));
        assertTrue(x.getMessage().contains("the design makes 1.25e+11 runs"), x.getMessage());
        assertTrue(x.getMessage().contains("e.yaml"), x.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }

    @Test
    void theSizeCountsPointsWithoutMakingThem() throws Exception {
        Experiment e = experiment("""
                  parameters.chair.agenda_power: [0.5, 1]
                  parameters.chair.mediation: [0, 0.5, 1]
                """, 4);
        assertEquals(6.0, Designs.size(e));
        assertEquals(24, SweepPlan.of(e).size());
    }
}
