package org.ministerial.scenario;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Scenarios kept between a daemon's commands: reused only while every file they were read from is unchanged. */
class KeptScenariosTest {
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        KeptScenarios.stopKeeping();
    }

    /** A scenario extending a parent in the temporary folder, which itself extends the textbook. */
    private Path child() throws Exception {
        Files.writeString(dir.resolve("parent.yaml"), "extends: " + Path.of("scenarios/textbook.yaml").toAbsolutePath()
                + "\nname: parent\ntitle: Parent one\n");
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: parent.yaml\nname: child\nlabel: Child\n");
        return child;
    }

    @Test
    void aJvmOfItsOwnLoadsEveryTime() throws Exception {
        Path child = child();
        assertNotSame(ScenarioLoader.load(child, Map.of()), ScenarioLoader.load(child, Map.of()));
    }

    @Test
    void aScenarioSeenStableIsKeptFromItsThirdLoad() throws Exception {
        KeptScenarios.keepBetweenCommands();
        Path child = child();
        Scenario first = KeptScenarios.load(child, Map.of());
        Scenario second = KeptScenarios.load(child, Map.of());
        Scenario third = ScenarioLoader.load(child, Map.of());
        assertNotSame(first, second);
        assertSame(second, third);
        assertEquals("Parent one", third.resolved().get("title"));
    }

    @Test
    void aChangeToAnyFileItWasReadFromLoadsItAfresh() throws Exception {
        KeptScenarios.keepBetweenCommands();
        Path child = child();
        for (int i = 0; i < 3; i++) KeptScenarios.load(child, Map.of());
        Scenario kept = KeptScenarios.load(child, Map.of());
        assertSame(kept, KeptScenarios.load(child, Map.of()));

        // the parent, not the file named: same length, and its modification time put back, so only the bytes differ
        Path parent = dir.resolve("parent.yaml");
        FileTime modified = Files.getLastModifiedTime(parent);
        Files.writeString(parent, Files.readString(parent).replace("Parent one", "Parent two"));
        Files.setLastModifiedTime(parent, modified);
        Scenario changed = KeptScenarios.load(child, Map.of());
        assertNotSame(kept, changed);
        assertEquals("Parent two", changed.resolved().get("title"));
        assertEquals("Parent two", KeptScenarios.load(child, Map.of()).resolved().get("title"));
    }

    @Test
    void anEditedTableIsReadAgain() throws Exception {
        KeptScenarios.keepBetweenCommands();
        Path yaml = dir.resolve("cancun-2003.yaml");
        Files.copy(Path.of("scenarios/cancun-2003.yaml"), yaml);
        Path tables = Files.createDirectory(dir.resolve("cancun-2003"));
        try (var files = Files.list(Path.of("scenarios/cancun-2003"))) {
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, tables.resolve(f.getFileName()));
        }
        for (int i = 0; i < 3; i++) KeptScenarios.load(yaml, Map.of());
        Scenario kept = KeptScenarios.load(yaml, Map.of());
        assertSame(kept, KeptScenarios.load(yaml, Map.of()));

        // Brazil's GDP (the seventh column) ten times larger: its capability changes
        Path countries = tables.resolve("countries.csv");
        StringBuilder edited = new StringBuilder();
        for (String line : Files.readAllLines(countries)) {
            if (line.startsWith("BRA,")) {
                String[] cells = line.split(",", 8);
                cells[6] = Double.toString(Double.parseDouble(cells[6]) * 10);
                line = String.join(",", cells);
            }
            edited.append(line).append('\n');
        }
        Files.writeString(countries, edited);
        Scenario changed = KeptScenarios.load(yaml, Map.of());
        double fresh = capability(ScenarioLoader.fresh(yaml, Map.of()), "BRA");
        assertEquals(fresh, capability(changed, "BRA"));
        org.junit.jupiter.api.Assertions.assertNotEquals(capability(kept, "BRA"), fresh);
    }

    private static double capability(Scenario s, String code) {
        return s.spec().actors().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().capability();
    }

    @Test
    void otherOverridesOrTheSameInAnotherOrderAreAnotherScenario() throws Exception {
        KeptScenarios.keepBetweenCommands();
        Path child = child();
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("title", "A");
        ab.put("name", "B");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("name", "B");
        ba.put("title", "A");
        for (int i = 0; i < 3; i++) KeptScenarios.load(child, Map.of());
        for (int i = 0; i < 3; i++) KeptScenarios.load(child, ab);
        Scenario plain = KeptScenarios.load(child, Map.of());
        Scenario withAb = KeptScenarios.load(child, ab);
        assertNotSame(plain, withAb);
        assertEquals("A", withAb.resolved().get("title"));
        assertEquals("Parent one", plain.resolved().get("title"));
        assertNotSame(withAb, KeptScenarios.load(child, ba));
        assertEquals(new LinkedHashMap<>(ba), new LinkedHashMap<>(KeptScenarios.load(child, ba).overrides()));
    }

    @Test
    void aBrokenFileIsReportedEvenAfterTheScenarioWasKept() throws Exception {
        KeptScenarios.keepBetweenCommands();
        Path child = child();
        for (int i = 0; i < 3; i++) KeptScenarios.load(child, Map.of());
        Files.writeString(dir.resolve("parent.yaml"), "extends: nowhere.yaml\n");
        org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> KeptScenarios.load(child, Map.of()));
    }
}
