package org.ministerial.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.experiment.ExperimentException;
import org.ministerial.files.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A calibration file is read as a scenario is: misspelt keys named with the key meant, malformed YAML by line. */
class CalibrationKeysTest {
    @TempDir
    Path tmp;

    private List<String> problems(String yaml) throws Exception {
        Path file = Files.writeString(tmp.resolve("cal.yaml"), yaml);
        return assertThrows(ExperimentException.class, () -> CalibrationReader.read(file)).problems().stream()
                .map(Problem::toString).map(p -> p.substring(p.indexOf("cal.yaml"))).toList();
    }

    @Test
    void aMisspeltKeyIsNamedWithTheKeyMeant() throws Exception {
        List<String> p = problems("scenario: s.yaml\nabc: {particle: 10}\n");
        assertEquals("cal.yaml:2: unknown key 'particle' in abc (did you mean 'particles'?); allowed: alpha, "
                + "final_tolerance, generations, max_proposals, min_acceptance, particles, runs_per_particle",
                p.stream().filter(s -> s.contains("particle'")).findFirst().orElse(String.valueOf(p)));
    }

    @Test
    void malformedYamlIsAnExperimentProblemWithItsLine() throws Exception {
        List<String> p = problems("scenario: s.yaml\n\tpriors: x\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("cal.yaml:2: malformed YAML: found character '\\t(TAB)'"), p.toString());
    }
}
