package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.NegotiationSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ministerial.model.Parameter.CHAIR_MEDIATION;
import static org.ministerial.model.Parameter.NOISE_EXPONENT;

/** Calibrated parameters drawn per run from a weighted posterior sample (docs/scenarios.md). */
class ParameterPosteriorTest {
    @TempDir
    Path dir;

    private Path scenario(String posterior) throws Exception {
        Files.writeString(dir.resolve("posterior.csv"), posterior);
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios/textbook.yaml"))
                + "\nparameter_uncertainty: {posterior: posterior.csv}\n");
        return file;
    }

    private static final String TWO = """
            particle,parameters.chair.mediation,parameters.noise.exponent,weight,distance
            0,0.1,0.5,1,0.3
            1,0.4,0.7,3,0.2
            """;

    @Test
    void particlesAreDrawnInProportionToTheirWeights() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(scenario(TWO), Map.of()).spec();
        assertTrue(spec.inputsVary());
        int second = 0, draws = 4000;
        for (int s = 0; s < draws; s++) {
            NegotiationSpec d = spec.withInputsDrawn(s);
            double m = d.parameters().get(CHAIR_MEDIATION);
            assertTrue(m == 0.1 || m == 0.4, "a particle's value: " + m);
            // both parameters come from the same particle
            assertEquals(m == 0.1 ? 0.5 : 0.7, d.parameters().get(NOISE_EXPONENT));
            if (m == 0.4) second++;
        }
        // weight 3 of 4: binomial sd sqrt(4000 x 0.75 x 0.25) = 27 draws, so 0.75 within 0.03 is 4.4 sd
        assertEquals(0.75, second / (double) draws, 0.03);
        assertEquals(spec.withInputsDrawn(7).parameters().get(CHAIR_MEDIATION), spec.withInputsDrawn(7).parameters().get(CHAIR_MEDIATION));
    }

    @Test
    void aParameterTheUserSetsIsHeldNotDrawn() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(scenario(TWO), Map.of("parameters.chair.mediation", "0.25")).spec();
        for (int s = 0; s < 50; s++) {
            NegotiationSpec d = spec.withInputsDrawn(s);
            assertEquals(0.25, d.parameters().get(CHAIR_MEDIATION));
            double e = d.parameters().get(NOISE_EXPONENT);
            assertTrue(e == 0.5 || e == 0.7);
        }
    }

    @Test
    void noneTakesTheWrittenValuesAndBadSamplesAreRefused() throws Exception {
        NegotiationSpec none = ScenarioLoader.load(scenario(TWO), Map.of("parameter_uncertainty", "none")).spec();
        assertFalse(none.inputsVary());
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario("""
                particle,parameters.chair.charisma,parameters.chair.mediation,weight
                0,1,2,-1
                """), Map.of()));
        String m = e.getMessage();
        assertTrue(m.contains("posterior.csv:1: column 'parameters.chair.charisma' is no model parameter"), m);
        assertTrue(m.contains("'parameters.chair.mediation' = '2' is not a value the parameter admits"), m);
        assertTrue(m.contains("weight must be a non-negative number"), m);
    }
}
