package org.ministerial.scenario;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario the project ships (the two meetings, the textbook, the counterfactuals and the checks that
 * docs/validation.md and bin/make-validation name) loads as written, and each has a label of its own for the tables
 * and figures that compare it with others.
 */
class ShippedScenariosTest {
    @TestFactory
    Stream<DynamicTest> everyShippedScenarioLoads() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            Scenario s = ScenarioLoader.load(file, Map.of());
            assertFalse(s.spec().issues().isEmpty(), file + " has no issues");
            assertTrue(s.resolved().containsKey("label"), file + " has no label: of its own");
        }));
    }

    @TestFactory
    Stream<DynamicTest> noTwoShippedScenariosShareANameOrALabel() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<Scenario> loaded = new java.util.ArrayList<>();
        for (Path f : files) loaded.add(ScenarioLoader.load(f, Map.of()));
        return Stream.of(DynamicTest.dynamicTest("names", () -> assertEquals(loaded.size(),
                        loaded.stream().map(Scenario::name).distinct().count())),
                DynamicTest.dynamicTest("labels", () -> assertEquals(loaded.size(),
                        loaded.stream().map(Scenario::displayLabel).distinct().count())));
    }
}
