package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bloc behaviour and defection (docs/ODD.md 7.7, step 5), on the textbook scenario with one coalition of all three
 * (the United States founds it in round 0 and recruits both: similarity threshold -1, no penalty). Cohesion is held
 * at its initial value (no threat gain, no dispersion loss). In round 3 the United States accepts (0.65 >= 0.64)
 * and Brazil and India do not (0.55 < 0.652, 0.75 < 0.76): the accepting half of the capability (0.5 of 1, at a bloc
 * threshold of 0.5) carries the bloc. A member whose own verdict differs follows with probability equal to the
 * cohesion, otherwise leaves.
 */
class CoalitionBlocTest {
    @TempDir
    Path dir;

    private RunResult run(double cohesion) throws Exception {
        String yaml = Files.readString(Path.of("scenarios/textbook.yaml"))
                .replace("  coalitions: {enabled: false}", "  coalitions: {enabled: true, leader_share: 0.3, similarity: -1,"
                        + " peer_ratio: 0, min_grievance: 0, status_penalty: 0, group_affinity: 0, threat_gain: 0,"
                        + " dispersion_loss: 0, bloc_threshold: 0.5, initial_cohesion: " + cohesion + "}");
        Path file = dir.resolve("bloc" + cohesion + ".yaml");
        Files.writeString(file, yaml);
        return Negotiation.runToEnd(ScenarioLoader.load(file, Map.of()).spec(), 1);
    }

    @Test
    void aFullyCohesiveBlocFollowsItsAcceptingMajorityOneSessionEarly() throws Exception {
        RunResult r = run(1);
        assertEquals(Outcome.AGREEMENT, r.outcome());
        assertEquals(3, r.endRound(), "Brazil and India follow the bloc in round 3 instead of accepting in 4");
        assertEquals(1, r.coalitions().size());
        assertEquals(3, r.coalitions().get(0).members().size());
    }

    @Test
    void membersOfABlocWithoutCohesionLeaveRatherThanFollow() throws Exception {
        RunResult r = run(0);
        // Brazil and India leave in round 3, the coalition of one dissolves, and they accept on their own in 4
        assertEquals(Outcome.AGREEMENT, r.outcome());
        assertEquals(4, r.endRound());
        assertTrue(r.coalitions().isEmpty(), "no coalition is left at the end");
    }
}
