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

class RobustnessStepTest {
    @TempDir
    Path folder;

    /**
     * The model reads chair.patience as a whole number of rounds: a row named 2.4 would run with 2. Steps of a
     * whole-number parameter are rounded so that each row is named by the value the model runs with.
     */
    @Test
    void aWholeNumberParameterStepsToWholeNumbers() throws Exception {
        Path scenario = Path.of("scenarios/textbook.yaml");
        List<StudyRow> rows = new StudyRunner(new BatchSettings(4, 1, 1), folder, line -> { })
                .oneAtATime(scenario, Map.of("parameters.chair.patience", "3"), List.of("chair.patience"), 0.2);
        assertEquals(List.of("baseline", "chair.patience=2.0", "chair.patience=4.0"),
                rows.stream().map(StudyRow::folder).toList());
        assertEquals(2.0, rows.get(1).value());
        assertEquals(4.0, rows.get(2).value());
    }

    @Test
    void aRealParameterKeepsItsStep() throws Exception {
        Path scenario = Path.of("scenarios/textbook.yaml");
        List<StudyRow> rows = new StudyRunner(new BatchSettings(4, 1, 1), folder, line -> { })
                .oneAtATime(scenario, Map.of("parameters.chair.agenda_power", "0.5"), List.of("chair.agenda_power"),
                        0.2);
        assertEquals(List.of("baseline", "chair.agenda_power=0.4", "chair.agenda_power=0.6"),
                rows.stream().map(StudyRow::folder).toList());
        // each step names the baseline value it was taken from, the --set one here; the baseline row varies nothing
        assertEquals(0.5, rows.get(1).baselineValue());
        assertEquals(0.5, rows.get(2).baselineValue());
        assertTrue(Double.isNaN(rows.get(0).baselineValue()));
        List<String> csv = java.util.Arrays.asList(new StudyTable(rows).csv().split("\n"));
        List<String> header = List.of(csv.get(0).split(","));
        int column = header.indexOf("baseline_value");
        assertEquals(header.indexOf("value") + 1, column, csv.get(0));
        assertEquals("", csv.get(1).split(",", -1)[column]);
        assertEquals("0.5", csv.get(2).split(",", -1)[column]);
    }

    /**
     * A parameter the scenario draws from a posterior would be drawn in the baseline and fixed in the rows: the
     * parameters studied are held at their written values in every batch, the baseline included, and the study says
     * so.
     */
    @Test
    void theBaselineHoldsTheParametersStudied() throws Exception {
        Path scenario = Path.of("scenarios/textbook.yaml");
        List<String> log = new java.util.ArrayList<>();
        new StudyRunner(new BatchSettings(4, 1, 1), folder, log::add)
                .oneAtATime(scenario, Map.of(), List.of("chair.agenda_power"), 0.2);
        com.fasterxml.jackson.databind.JsonNode overrides = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(folder.resolve("baseline").resolve("manifest.json").toFile()).path("overrides");
        double written = org.ministerial.scenario.ScenarioLoader.load(scenario, Map.of()).spec().parameters()
                .get("chair.agenda_power");
        assertEquals(written, Double.parseDouble(overrides.path("parameters.chair.agenda_power").asText()), overrides.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("robustness: the parameters studied are held at their written"
                + " values in every batch, the baseline included: parameters.chair.agenda_power=")), log.toString());
    }

    /** The --set spelling names the same parameter, and the rows keep one name for it. */
    @Test
    void theSetSpellingOfAParameterIsAccepted() throws Exception {
        Path scenario = Path.of("scenarios/textbook.yaml");
        List<StudyRow> rows = new StudyRunner(new BatchSettings(4, 1, 1), folder, line -> { })
                .oneAtATime(scenario, Map.of("parameters.chair.agenda_power", "0.5"),
                        List.of("parameters.chair.agenda_power"), 0.2);
        assertEquals(List.of("baseline", "chair.agenda_power=0.4", "chair.agenda_power=0.6"),
                rows.stream().map(StudyRow::folder).toList());
    }

    /** A step that lands on the baseline's value (from 0, or clamped to the range) is left out, and said so. */
    @Test
    void aStepThatRunsTheBaselineAgainIsLeftOut() throws Exception {
        Path scenario = Path.of("scenarios/textbook.yaml");
        List<String> log = new java.util.ArrayList<>();
        List<StudyRow> rows = new StudyRunner(new BatchSettings(4, 1, 1), folder, log::add)
                .oneAtATime(scenario, Map.of("parameters.chair.mediation", "0", "parameters.chair.agenda_power", "1"),
                        List.of("chair.mediation", "chair.agenda_power"), 0.1);
        assertEquals(List.of("baseline", "chair.agenda_power=0.9"), rows.stream().map(StudyRow::folder).toList());
        assertTrue(log.contains("robustness: chair.mediation -10% of 0.0 is 0: the baseline's own value, left out "
                + "(set a different baseline value with --set parameters.chair.mediation=...)"), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("robustness: chair.agenda_power +10% of 1.0 is outside "
                + "[0.0, 1.0]")), log.toString());
    }

    /** A misspelt name is refused with the closest spelling before the baseline batch is run. */
    @Test
    void aMisspeltParameterIsRefusedBeforeAnyRun() throws Exception {
        Path scenario = Path.of("scenarios/textbook.yaml");
        StudyRunner runner = new StudyRunner(new BatchSettings(4, 1, 1), folder, line -> { });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.oneAtATime(scenario,
                Map.of(), List.of("chair.agenda_power", "coalitions.simlarity"), 0.2));
        assertTrue(e.getMessage().startsWith("'coalitions.simlarity' is not a numeric model parameter (did you mean "
                + "'parameters.coalitions.similarity'?)"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("baseline")), "the baseline ran before the names were checked");
    }
}
