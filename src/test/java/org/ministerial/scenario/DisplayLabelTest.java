package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario's {@code label:} (docs/scenarios.md): its own, never its parent's. */
class DisplayLabelTest {
    @TempDir
    Path dir;

    private Path child(String text) throws Exception {
        Path p = dir.resolve("child.yaml");
        Files.writeString(p, "extends: " + Path.of("scenarios/textbook.yaml").toAbsolutePath() + "\nname: child\n" + text);
        return p;
    }

    @Test
    void aScenarioCarriesItsOwnLabelIntoTheResolvedTree() throws Exception {
        Scenario textbook = ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of());
        assertEquals("Textbook", textbook.resolved().get("label"));
        Scenario labelled = ScenarioLoader.load(child("label: Without India\n"), Map.of());
        assertEquals("Without India", labelled.resolved().get("label"));
    }

    @Test
    void aScenarioWithoutALabelIsCalledByItsName() throws Exception {
        assertEquals("Textbook", ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of()).displayLabel());
        assertEquals("Without India", ScenarioLoader.load(child("label: Without India\n"), Map.of()).displayLabel());
        assertEquals("child", ScenarioLoader.load(child(""), Map.of()).displayLabel());
    }

    @Test
    void aChildDoesNotInheritItsParentsLabel() throws Exception {
        Scenario s = ScenarioLoader.load(child(""), Map.of());
        assertFalse(s.resolved().containsKey("label"), String.valueOf(s.resolved().get("label")));
        // everything else is inherited as before
        assertEquals(ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of()).resolved().get("title"),
                s.resolved().get("title"));
    }

    @Test
    void anEmptyOrStructuredLabelIsRefusedWithItsLine() throws Exception {
        ScenarioException blank = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(child("label: \"  \"\n"), Map.of()));
        assertTrue(blank.getMessage().contains("child.yaml:3") && blank.getMessage().contains("'label' must not be empty"),
                blank.getMessage());
        ScenarioException list = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(child("label: [a, b]\n"), Map.of()));
        assertTrue(list.getMessage().contains("'label' must be a single value"), list.getMessage());
    }
}
