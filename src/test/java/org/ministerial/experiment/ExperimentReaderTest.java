package org.ministerial.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.files.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentReaderTest {
    static final Path TEXTBOOK = Path.of("scenarios/textbook.yaml").toAbsolutePath();

    @TempDir
    Path tmp;

    private Path file(String yaml) throws IOException {
        return Files.writeString(tmp.resolve("exp.yaml"), yaml.replace("TEXTBOOK", TEXTBOOK.toString()));
    }

    private List<Problem> problems(String yaml) throws IOException {
        Path f = file(yaml);
        return assertThrows(ExperimentException.class, () -> ExperimentReader.read(f)).problems();
    }

    private static void assertProblem(List<Problem> problems, int line, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains(text)
                        && p.file().endsWith("exp.yaml")),
                "expected line " + line + " '" + text + "' in " + problems);
    }

    @Test
    void readsAFactorialWithListedAndSteppedValues() throws Exception {
        Experiment e = ExperimentReader.read(file("""
                name: small
                scenario: TEXTBOOK
                set: {parameters.noise.position: 0.05}
                seed: 9
                replications: 4
                seeds: common
                parameters:
                  parameters.chair.agenda_power: [0.5, 1]
                  parameters.country.concession_rate: {from: 0.1, to: 0.3, step: 0.1}
                """));
        assertEquals("small", e.name());
        assertEquals(List.of(TEXTBOOK), e.scenarios());
        assertFalse(e.compare());
        assertEquals(Map.of("parameters.noise.position", "0.05"), e.fixed());
        assertEquals(9, e.seed());
        assertEquals(4, e.replications());
        assertEquals(Seeds.COMMON, e.seeds());
        assertInstanceOf(Design.Factorial.class, e.design());
        assertEquals(List.of("0.5", "1"), e.factors().get(0).values());
        assertEquals(List.of("0.1", "0.2", "0.3"), e.factors().get(1).values(), "exact decimal steps");
    }

    @Test
    void aStepThatMissesToIsRefusedNamingTheValuesItWouldGive() throws Exception {
        // it gave 0.2, 0.45, 0.7 and dropped the end the file names
        List<Problem> p = problems("""
                scenario: TEXTBOOK
                parameters:
                  parameters.chair.agenda_power: {from: 0.2, to: 0.9, step: 0.25}
                """);
        assertEquals(1, p.size(), p.toString());
        assertProblem(p, 3, "parameters.chair.agenda_power: step 0.25 from 0.2 does not reach to: 0.9 (it gives 0.2, "
                + "0.45, 0.7); give to: 0.7 or 0.95, or step: 0.35");
        assertProblem(problems("scenario: TEXTBOOK\nparameters: {calendar.days: {from: 1, to: 30, step: 2}}\n"), 2,
                "(it gives 1, 3, 5, ..., 27, 29); give to: 29 or 31");
        // decimal steps are exact: a tenth reaches its end however many are added
        Experiment e = ExperimentReader.read(file("""
                scenario: TEXTBOOK
                parameters:
                  parameters.chair.agenda_power: {from: 0, to: 1, step: 0.1}
                  parameters.coalitions.similarity: {from: 0.6, to: 0.9, step: 0.15}
                  parameters.chair.mediation: {from: 0.3, to: 0.3, step: 0.1}
                """));
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"),
                e.factors().get(0).values());
        assertEquals(List.of("0.6", "0.75", "0.9"), e.factors().get(1).values());
        assertEquals(List.of("0.3"), e.factors().get(2).values());
    }

    @Test
    void aSeedCopiedFromRunsCsvReadsAsTheSameNumberAsItsDecimal() throws Exception {
        // runs.csv writes a seed as x and the 16 hex digits of its two's complement; docs/experiments.md has users
        // copy one into seed: to repeat a run
        assertEquals(-7995527694508729151L,
                ExperimentReader.read(file("scenario: TEXTBOOK\nseed: x910a2dec89025cc1\n")).seed());
        assertEquals(-7995527694508729151L,
                ExperimentReader.read(file("scenario: TEXTBOOK\nseed: -7995527694508729151\n")).seed());
        assertProblem(problems("scenario: TEXTBOOK\nseed: x910a2dec\u00e9\n"), 2, "x and 16 hexadecimal digits");
    }

    @Test
    void readsEverySampledDesignWithItsOptions() throws Exception {
        String ranges = """
                scenario: TEXTBOOK
                parameters:
                  parameters.chair.agenda_power: {min: 0.2, max: 0.8}
                  parameters.chair.patience: {min: 1, max: 6, integer: true}
                """;
        assertEquals(new Design.LatinHypercube(12, 5),
                ExperimentReader.read(file(ranges + "design: {type: latin_hypercube, samples: 12, seed: 5}"))
                        .design());
        assertEquals(new Design.Saltelli(16),
                ExperimentReader.read(file(ranges + "design: {type: saltelli, base_samples: 16}")).design());
        Experiment m = ExperimentReader.read(file(ranges + "seed: 3\ndesign: {type: morris, trajectories: 6}"));
        assertEquals(new Design.Morris(6, 4, 3), m.design(), "levels default to 4, the seed to the experiment's");
        assertTrue(m.factors().get(1).integer());
        assertEquals(0.2, m.factors().get(0).min());
    }

    @Test
    void aListDesignTakesItsKeysFromItsPoints() throws Exception {
        Experiment e = ExperimentReader.read(file("""
                scenario: TEXTBOOK
                design:
                  type: list
                  points:
                    - {parameters.chair.agenda_power: 0.3}
                    - {parameters.chair.agenda_power: 0.6, parameters.chair.mediation: 0.1}
                """));
        assertEquals(List.of("parameters.chair.agenda_power", "parameters.chair.mediation"), e.keys());
    }

    @Test
    void aComparisonListsScenariosRelativeToTheExperimentFile() throws Exception {
        Files.writeString(tmp.resolve("variant.yaml"), "extends: " + TEXTBOOK + "\nname: variant\n");
        Experiment e = ExperimentReader.read(file("scenarios: [TEXTBOOK, variant.yaml]\nreplications: 2\n"));
        assertTrue(e.compare());
        assertEquals(tmp.resolve("variant.yaml").toAbsolutePath().normalize(), e.scenarios().get(1));
        assertEquals("variant.yaml", e.labels().get(1));
    }

    @Test
    void reportsEveryProblemWithItsLine() throws Exception {
        List<Problem> p = problems("""
                scenario: missing.yaml
                replicates: 3
                parameters:
                  parameters.chair.agenda_power: {min: 0, max: 1}
                  parameters.chair.no_such_thing: [1, 2]
                  parameters.chair.mediation: [0.5, 1.5]
                """);
        assertProblem(p, 1, "scenario file not found: missing.yaml");
        assertProblem(p, 2, "unknown key 'replicates'");
        assertProblem(p, 4, "a factorial design needs values");
        assertProblem(p, 5, "unknown parameter 'parameters.chair.no_such_thing'");
        assertProblem(p, 6, "1.5 is outside the parameter's range [0.0, 1.0]");
        // read by the scenario reader's Fields, an experiment file's misspelt key gets the key it most likely meant
        assertProblem(problems("scenario: TEXTBOOK\nreplication: 2\n"), 2,
                "unknown key 'replication' in the experiment (did you mean 'replications'?)");
    }

    @Test
    void aDesignThatCannotBeReadIsTheOnlyProblemReportedOfItsParameters() throws Exception {
        // each range was also reported as 'a factorial design needs values': the design fell back to a factorial
        String ranges = """
                scenario: TEXTBOOK
                parameters:
                  parameters.chair.agenda_power: {min: 0.2, max: 0.8}
                  parameters.chair.mediation: {min: 0, max: 0.5}
                """;
        List<Problem> p = problems(ranges + "design: {type: saltelli, base_samples: 1}\n");
        assertEquals(1, p.size(), p.toString());
        assertProblem(p, 5, "base_samples must be at least 2, got 1");
        p = problems(ranges + "design: {type: morris, trajectories: 1}\n");
        assertEquals(1, p.size(), p.toString());
        assertProblem(p, 5, "trajectories must be at least 2, got 1");
        p = problems(ranges + "design: {type: sobol}\n");
        assertEquals(1, p.size(), p.toString());
        assertProblem(p, 5, "unknown design type 'sobol'");
        p = problems(ranges + "design: {samples: 8}\n");
        assertEquals(1, p.size(), p.toString());
        assertProblem(p, 5, "design needs a type");
        // the parameters' own problems are still reported
        p = problems(ranges.replace("max: 0.5", "max: 5") + "design: {type: saltelli, base_samples: 1}\n");
        assertEquals(2, p.size(), p.toString());
        assertProblem(p, 4, "5.0 is outside the parameter's range [0.0, 1.0]");
    }

    @Test
    void reportsDesignProblems() throws Exception {
        assertProblem(problems("scenario: TEXTBOOK\ndesign: fractional\n"), 2, "unknown design type 'fractional'");
        assertProblem(problems("""
                scenario: TEXTBOOK
                parameters:
                  parameters.chair.agenda_power: [0.5, 1]
                design: {type: saltelli, base_samples: 8}
                """), 3, "a saltelli design samples ranges");
        assertProblem(problems("scenario: TEXTBOOK\ndesign: {type: morris, trajectories: 4, levels: 5}\n"
                + "parameters: {parameters.chair.agenda_power: {min: 0, max: 1}}\n"), 2, "levels must be even");
        assertProblem(problems("scenario: TEXTBOOK\ndesign: {type: latin_hypercube, samples: 4}\n"
                + "parameters: {calendar.days: {min: 1.2, max: 1.8, integer: true}}\n"), 3,
                "no whole number lies between min 1.2 and max 1.8");
        assertProblem(problems("scenario: TEXTBOOK\nscenarios: [TEXTBOOK]\n"), 1, "either scenario:");
        assertProblem(problems("scenario: TEXTBOOK\nseeds: shared\n"), 2, "independent or common");
        assertProblem(problems("scenario: TEXTBOOK\nreplications: 0\n"), 2, "replications must be a whole number");
    }
}
