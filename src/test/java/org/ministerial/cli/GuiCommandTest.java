package org.ministerial.cli;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ministerial gui} without a display (the test JVM is headless): clear messages, never a stack trace. */
class GuiCommandTest {
    private final CliHarness cli = new CliHarness();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int main(String... args) {
        return cli.run(args);
    }

    @Test
    void helpNamesTheOptions() {
        assertEquals(0, main("gui", "--help"));
        for (String option : new String[] {"SCENARIO", "--seed", "--set", "--delay"})
            assertTrue(out.toString().contains(option), option);
    }

    @Test
    void withoutADisplayItSaysSoAfterCheckingTheScenario() {
        assertEquals(1, main("gui", "scenarios/textbook.yaml"));
        assertTrue(err.toString().contains("the GUI needs a display"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aBadScenarioIsReportedFirst() {
        Path missing = Paths.get("scenarios", "no-such-scenario.yaml");
        assertEquals(1, main("gui", missing.toString()));
        assertTrue(err.toString().contains("no-such-scenario.yaml"), err.toString());
        assertFalse(err.toString().contains("the GUI needs a display"), err.toString());
    }

    @Test
    void aSeedTheConsoleCannotHoldIsAUsageError() {
        assertEquals(2, main("gui", "scenarios/textbook.yaml", "--seed", "4294967296"));
        assertTrue(err.toString().contains("does not fit the MASON Console's seed field"), err.toString());
    }

    @Test
    void aNegativeDelayIsAUsageError() {
        assertEquals(2, main("gui", "scenarios/textbook.yaml", "--delay", "-1"));
        assertTrue(err.toString().contains("--delay"), err.toString());
    }
}
