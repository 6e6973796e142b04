package org.ministerial.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.ProgressListener;
import org.ministerial.batch.ProgressReporter;
import org.ministerial.batch.Shard;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ministerial.model.Parameter.CHAIR_AGENDA_POWER;
import static org.ministerial.model.Parameter.COALITIONS_SIMILARITY;

/**
 * A sweep loads a scenario once for all its design points that change only model parameters, and loads a point that
 * changes anything else; either way a run's input, and so every file of the sweep, is what loading each point gives.
 */
class SweepReuseTest {
    private static final Path CANCUN = Path.of("scenarios/cancun-2003.yaml").toAbsolutePath();
    private static final Path NO_COALITIONS = Path.of("scenarios/counterfactuals/no-coalitions.yaml").toAbsolutePath();

    @TempDir
    Path tmp;

    /** Every load, by scenario file name. */
    private final List<String> loads = Collections.synchronizedList(new ArrayList<>());

    private Scenario counted(Path file, Map<String, String> overrides) throws ScenarioException {
        loads.add(file.getFileName().toString());
        return ScenarioLoader.load(file, overrides);
    }

    private Experiment experiment(String yaml) throws Exception {
        Path file = Files.writeString(tmp.resolve("exp.yaml"), yaml.replace("CANCUN", CANCUN.toString())
                .replace("NO_COALITIONS", NO_COALITIONS.toString()));
        return ExperimentReader.read(file);
    }

    private static byte[] bytes(NegotiationSpec spec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(spec);
        }
        return out.toByteArray();
    }

    /** Each point's first two runs have the same input, drawn inputs included, with reuse and with a load a point. */
    private static void assertSameInputs(SweepPlan reused, SweepPlan loaded) throws Exception {
        int r = reused.experiment().replications();
        for (int p = 0; p < reused.points().size(); p++)
            for (int run = p * r; run < p * r + Math.min(2, r); run++)
                assertArrayEquals(bytes(loaded.spec(run)), bytes(reused.spec(run)), "run " + run);
    }

    @Test
    void aParameterOnlySweepLoadsEachScenarioOnce() throws Exception {
        // the shipped factorial varies coalitions.similarity, which Cancún's posterior draws: a point holds it
        Experiment e = ExperimentReader.read(Path.of("experiments/cancun-factorial.yaml"));
        SweepPlan plan = SweepPlan.of(e, this::counted, true);
        for (int run = 0; run < plan.size(); run += 7) {
            NegotiationSpec spec = plan.spec(run);
            Map<String, String> values = plan.point(run).values();
            assertEquals(Double.parseDouble(values.get("parameters.coalitions.similarity")),
                    spec.parameters().get(COALITIONS_SIMILARITY));
            assertEquals(Double.parseDouble(values.get("parameters.chair.agenda_power")), spec.parameters().get(CHAIR_AGENDA_POWER));
        }
        assertEquals(List.of("cancun-2003.yaml"), loads);
        loads.clear();
        SweepPlan loaded = SweepPlan.of(e, this::counted, false);
        assertSameInputs(plan, loaded);
        // without reuse: the base, the first point's check, then every point
        assertEquals(2 + plan.points().size(), loads.size());
    }

    @Test
    void comparedScenariosAreLoadedOnceEach() throws Exception {
        Experiment e = experiment("""
                scenarios: [CANCUN, NO_COALITIONS]
                set: {parameters.analysis.nash: false}
                replications: 2
                parameters:
                  parameters.chair.agenda_power: [0.3, 0.7]
                  parameters.noise.position: [0, 0.1]
                """);
        SweepPlan plan = SweepPlan.of(e, this::counted, true);
        for (int run = 0; run < plan.size(); run++) plan.spec(run);
        assertEquals(List.of("cancun-2003.yaml", "no-coalitions.yaml"), loads);
        assertSameInputs(plan, SweepPlan.of(e, this::counted, false));
    }

    private static final String MIXED = """
            name: mixed
            scenario: CANCUN
            set: {parameters.chair.drop_from: 0.5}
            seed: 7
            replications: 2
            design:
              type: list
              points:
                - {parameters.chair.agenda_power: 0.3}
                - {calendar.days: 4}
                - {parameters.coalitions.similarity: 0.7, parameters.noise.position: 0.02}
                - {countries.defaults.reservation: 0.1, parameters.chair.mediation: 0.2}
                - {countries.defaults.reservation: 0.1, parameters.chair.mediation: 0.4}
                - {parameter_uncertainty: none, parameters.chair.mediation: 0.2}
                - {parameters.chair.patience: 5, parameters.coalitions.enabled: false}
            """;

    @Test
    void aPointThatChangesDataOrStructureIsLoaded() throws Exception {
        Experiment e = experiment(MIXED);
        SweepPlan plan = SweepPlan.of(e, this::counted, true);
        for (int run = 0; run < plan.size(); run++) plan.spec(run);
        // the base; then one load for each other structure: the calendar, the countries' defaults (two points),
        // the posterior switched off
        assertEquals(4, loads.size(), loads.toString());
        assertEquals(4, plan.spec(2).calendar().days());
        assertSameInputs(plan, SweepPlan.of(e, this::counted, false));
    }

    @Test
    void aBadPointFailsAsItsLoadWould() throws Exception {
        Experiment e = experiment("""
                scenario: CANCUN
                design:
                  type: list
                  points:
                    - {parameters.chair.agenda_power: 0.3}
                    - {parameters.chair.drop_issues: maybe}
                """);
        ScenarioException reused = assertThrows(ScenarioException.class,
                () -> SweepPlan.of(e, this::counted, true).spec(1));
        ScenarioException loaded = assertThrows(ScenarioException.class,
                () -> SweepPlan.of(e, this::counted, false).spec(1));
        assertEquals(loaded.problems(), reused.problems());
        assertEquals("--set parameters.chair.drop_issues: parameter 'chair.drop_issues' must be true or false",
                reused.getMessage());
    }

    @Test
    void aMixedSweepWritesTheSameFilesAsOneThatLoadsEveryPoint() throws Exception {
        Experiment e = experiment(MIXED);
        Path reused = tmp.resolve("reused"), loaded = tmp.resolve("loaded");
        for (var folder : Map.of(reused, true, loaded, false).entrySet())
            Sweep.run(SweepPlan.of(e, ScenarioLoader::load, folder.getValue()), Shard.ALL, 2, folder.getKey(),
                    (d, t) -> ProgressReporter.of(ProgressListener.NONE), null, Negotiation::runToEnd);
        SweepTest.assertSameFiles(loaded, reused);
    }
}
