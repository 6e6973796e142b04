package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.ministerial.scenario.ScenarioLoader;
import sim.engine.SimState;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MASON checkpoints (the GUI's File > Save and Open): a run written to a checkpoint after some rounds and read back
 * continues exactly as the original does, and both end as a run that was never interrupted.
 */
class CheckpointTest {
    private static final Path CANCUN = Path.of("scenarios/cancun-2003.yaml");

    @Test
    void aRestoredCancunRunContinuesIdentically() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(CANCUN, Map.of()).spec();
        long seed = 20030910;
        Negotiation original = new Negotiation(seed, spec);
        original.start();
        for (int s = 0; s < 4; s++) assertTrue(original.schedule.step(original), "still running at round " + s);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.writeToCheckpoint(bytes);
        Negotiation restored = (Negotiation) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        assertNotSame(original, restored);
        assertEquals(original.getRound(), restored.getRound());

        finish(original);
        finish(restored);
        RunResult uninterrupted = Negotiation.runToEnd(spec, seed);

        assertSameRounds(uninterrupted.rounds(), original.rounds());
        assertSameRounds(original.rounds(), restored.rounds());
        assertEquals(original.result().outcome(), restored.result().outcome());
        assertEquals(original.result().endRound(), restored.result().endRound());
        assertArrayEquals(original.result().finalText(), restored.result().finalText());
        for (int i = 0; i < spec.actors().size(); i++) {
            Country a = original.countries()[i], b = restored.countries()[i];
            assertArrayEquals(a.getStatedPositions(), b.getStatedPositions(), a.getCode());
            assertEquals(a.getCoalition(), b.getCoalition(), a.getCode());
        }
    }

    @Test
    void aCheckpointTakenAfterTheEndStaysFinished() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of()).spec();
        Negotiation done = new Negotiation(3, spec);
        done.start();
        finish(done);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        done.writeToCheckpoint(bytes);
        Negotiation restored = (Negotiation) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(restored.isFinished());
        assertEquals(done.result().outcome(), restored.result().outcome());
        assertSameRounds(done.rounds(), restored.rounds());
    }

    private static void finish(Negotiation model) {
        while (!model.isFinished() && model.schedule.step(model)) {
            // one round per step
        }
    }

    private static void assertSameRounds(List<RoundRecord> expected, List<RoundRecord> actual) {
        assertEquals(expected.size(), actual.size(), "number of rounds");
        for (int r = 0; r < expected.size(); r++) {
            RoundRecord a = expected.get(r), b = actual.get(r);
            String at = "round " + r;
            assertEquals(a.round(), b.round(), at);
            assertArrayEquals(a.text(), b.text(), at);
            assertEquals(a.accepting(), b.accepting(), at);
            assertEquals(a.meanDistance(), b.meanDistance(), at);
            assertEquals(a.mobilisation(), b.mobilisation(), at);
            assertEquals(a.pressure(), b.pressure(), at);
            assertEquals(a.coalitions(), b.coalitions(), at);
            assertEquals(a.largestCoalition(), b.largestCoalition(), at);
            assertEquals(a.inCoalitions(), b.inCoalitions(), at);
            assertEquals(a.walkedOut(), b.walkedOut(), at);
        }
    }
}
