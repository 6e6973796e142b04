package org.ministerial.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ministerial.model.Parameter.COALITIONS_MIN_GRIEVANCE;
import static org.ministerial.model.Parameter.COALITIONS_PEER_RATIO;
import static org.ministerial.model.Parameter.COALITIONS_SIMILARITY;
import static org.ministerial.model.Parameter.NOISE_POSITION;

/**
 * A particle's model input is what loading the scenario with its values gives, and costs no load when the calibrated
 * keys are model parameters.
 */
class CalibrationPlanTest {
    @TempDir
    Path tmp;

    private final List<Map<String, String>> loads = new ArrayList<>();

    private Scenario counted(Path file, Map<String, String> overrides) throws ScenarioException {
        loads.add(overrides);
        return ScenarioLoader.load(file, overrides);
    }

    /**
     * The spec's contents, serialised: its organisations as the list of their specs, without the event selections
     * their layout caches once a run has used them (the plan's probe run fills the base's).
     */
    private static byte[] bytes(NegotiationSpec spec) throws Exception {
        List<Object> parts = new ArrayList<>();
        for (var c : NegotiationSpec.class.getRecordComponents())
            parts.add(c.getName().equals("ngos") ? new ArrayList<>(spec.ngos()) : c.getAccessor().invoke(spec));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(parts);
        }
        return out.toByteArray();
    }

    private void assertLoadedSpec(CalibrationPlan plan, double[] theta) throws Exception {
        NegotiationSpec made = plan.spec(theta);
        NegotiationSpec loaded = ScenarioLoader.load(plan.calibration().scenario(), plan.overrides(theta)).spec();
        for (long seed = 0; seed < 10; seed++)
            assertArrayEquals(bytes(loaded.withInputsDrawn(seed)), bytes(made.withInputsDrawn(seed)));
    }

    @Test
    void aParticleHoldsItsParametersAgainstTheScenariosPosteriorWithoutALoad() throws Exception {
        // Cancún draws the four calibrated parameters from its posterior; a particle's values must be held, not drawn
        Calibration c = CalibrationReader.read(Path.of("experiments/cancun-abc.yaml"));
        CalibrationPlan plan = CalibrationPlan.of(c, Negotiation::runToEnd, this::counted);
        double[] theta = {0.45, 0.05, 0.3, 0.1};
        NegotiationSpec spec = plan.spec(theta);
        for (long seed = 0; seed < 20; seed++) {
            NegotiationSpec drawn = spec.withInputsDrawn(seed);
            assertEquals(0.45, drawn.parameters().get(COALITIONS_SIMILARITY));
            assertEquals(0.05, drawn.parameters().get(COALITIONS_PEER_RATIO));
            assertEquals(0.3, drawn.parameters().get(COALITIONS_MIN_GRIEVANCE));
            assertEquals(0.1, drawn.parameters().get(NOISE_POSITION));
        }
        assertLoadedSpec(plan, theta);
        assertLoadedSpec(plan, new double[]{0.7, 0.25, 0.001, 0});
        assertEquals(List.of(Map.of()), loads, "the scenario is loaded once, with the set: overrides");
    }

    @Test
    void aScenarioKeyIsLoadedForEachValue() throws Exception {
        Path file = Files.writeString(tmp.resolve("cal.yaml"), "scenario: " + Experiments.TEXTBOOK + "\n" + """
                priors:
                  parameters.chair.agenda_power: {min: 0.2, max: 0.9}
                  countries.defaults.reservation: {min: 0, max: 0.3}
                targets:
                  end_round: {observed: 4, scale: 1}
                """);
        CalibrationPlan plan = CalibrationPlan.of(CalibrationReader.read(file), Negotiation::runToEnd,
                this::counted);
        int before = loads.size();
        assertLoadedSpec(plan, new double[]{0.3, 0.1});
        assertLoadedSpec(plan, new double[]{0.6, 0.1});
        assertLoadedSpec(plan, new double[]{0.6, 0.2});
        // two reservations: two loads; the agenda power derives from them
        assertEquals(2, loads.size() - before, loads.toString());
    }
}
