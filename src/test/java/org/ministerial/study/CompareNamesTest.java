package org.ministerial.study;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.BatchSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareNamesTest {
    @TempDir
    Path tmp;

    /**
     * A counterfactual made by copying a scenario and editing a value keeps the scenario's name: its batch must not
     * land in the baseline's folder (which refused it as another command's results).
     */
    /** A missing or broken counterfactual is found before the baseline's batch runs. */
    @Test
    void everyScenarioIsLoadedBeforeAnyBatchRuns() {
        Path out = tmp.resolve("study");
        StudyRunner runner = new StudyRunner(new BatchSettings(4, 1, 1), out, line -> { });
        assertThrows(org.ministerial.scenario.ScenarioException.class, () -> runner.compare(
                List.of(Path.of("scenarios/textbook.yaml"), tmp.resolve("typo.yaml")), Map.of()));
        assertFalse(Files.exists(out.resolve("textbook")), "the baseline ran before the counterfactual was read");
    }

    @Test
    void scenariosOfOneNameGetTheirOwnRowsAndFolders() throws Exception {
        Path copy = tmp.resolve("copy.yaml");
        Files.writeString(copy, Files.readString(Path.of("scenarios/textbook.yaml")));
        Path out = tmp.resolve("study");
        List<StudyRow> rows = new StudyRunner(new BatchSettings(4, 1, 1), out, line -> { })
                .compare(List.of(Path.of("scenarios/textbook.yaml").toAbsolutePath(), copy), Map.of());
        assertEquals(List.of("textbook", "textbook-2"), rows.stream().map(StudyRow::folder).toList());
        // the rows are labelled as the figures label the batches: the scenario's label, numbered when given twice
        assertEquals(List.of("Textbook", "Textbook (2)"), rows.stream().map(StudyRow::label).toList());
        for (String name : List.of("textbook", "textbook-2"))
            assertTrue(Files.exists(out.resolve(name).resolve("manifest.json")), name);
    }
}
