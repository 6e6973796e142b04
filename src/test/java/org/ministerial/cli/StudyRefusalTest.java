package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A study refused for its inputs leaves no study folder behind. */
class StudyRefusalTest {
    @TempDir
    Path tmp;

    @Test
    void compareWithAMissingCounterfactualMakesNoFolder() {
        Path out = tmp.resolve("study");
        CliHarness h = new CliHarness();
        assertEquals(1, h.run("compare", "scenarios/textbook.yaml", tmp.resolve("typo.yaml").toString(),
                "--runs", "4", "--out", out.toString()));
        assertTrue(h.err.toString().contains("typo.yaml"), h.err.toString());
        assertFalse(Files.exists(out), "compare left " + out);
    }

    @Test
    void robustnessOfABrokenScenarioMakesNoFolder() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.yaml"), "name: broken\n");
        Path out = tmp.resolve("robust");
        CliHarness h = new CliHarness();
        assertEquals(1, h.run("robustness", broken.toString(), "--parameters", "chair.mediation", "--runs", "4",
                "--out", out.toString()));
        assertFalse(Files.exists(out), "robustness left " + out);
    }
}
