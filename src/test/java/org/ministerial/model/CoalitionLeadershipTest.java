package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who founds a coalition, worked by hand (docs/ODD.md 7.7). The textbook's three actors, with Brazil's salience
 * (0.8, 0.2): the opening text is the compromise ((0.05 + 0.2 + 0.075) / 0.575, (0.25 + 0.01 + 0.025) / 0.425) =
 * (0.5652, 0.6706). Demands D = s (p - x): USA (-0.1826, 0.1647), |D| = 0.2459, score 0.5 x 0.2459 = 0.1230; Brazil
 * (0.3478, -0.0941), |D| = 0.3603, score 0.25 x 0.3603 = 0.0901, or 0.1351 with a group shared with India (one of the two
 * others: degree 1/2). With room for one founder (leader_share 0.3 of 3 actors), the United States founds without the tie
 * and Brazil with it, though it has half the United States' capability.
 */
class CoalitionLeadershipTest {
    @TempDir
    Path dir;

    private Negotiation afterFirstSession(boolean tie) throws Exception {
        return afterFirstSession(tie, 0);
    }

    private Negotiation afterFirstSession(boolean tie, double statusPenalty) throws Exception {
        String yaml = Files.readString(Path.of("scenarios/textbook.yaml"))
                .replace("{code: USA, name: United States,", "{code: USA, name: United States, status: developed,")
                .replace("position: {tariffs: 1.0, rules: 0.2}, salience: {tariffs: 0.5, rules: 0.5}",
                        "position: {tariffs: 1.0, rules: 0.2}, salience: {tariffs: 0.8, rules: 0.2}")
                .replace("  coalitions: {enabled: false}", "  coalitions: {enabled: true, leader_share: 0.3, "
                        + "similarity: -1, peer_ratio: 0, min_grievance: 0, status_penalty: " + statusPenalty
                        + ", group_affinity: 0}")
                + (tie ? "\ngroups:\n  - {id: PARTNERS, name: Partners, ties: true, members: [BRA, IND]}\n" : "");
        Path file = dir.resolve((tie ? "tied" : "untied") + statusPenalty + ".yaml");
        Files.writeString(file, yaml);
        Negotiation model = Negotiation.prepare(ScenarioLoader.load(file, Map.of()).spec(), 1);
        model.start();
        model.schedule.step(model);
        return model;
    }

    @Test
    void theLargestStakeNotTheLargestEconomyFoundsWhenTiesCarryIt() throws Exception {
        List<Coalition> untied = afterFirstSession(false).coalitions();
        assertEquals(1, untied.size());
        assertEquals(0, untied.get(0).leader(), "without ties the United States' score 0.1230 beats Brazil's 0.0901");
        List<Coalition> tied = afterFirstSession(true).coalitions();
        assertEquals(1, tied.size());
        assertEquals(1, tied.get(0).leader(), "with the tie Brazil's score 0.1351 beats 0.1230");
        assertEquals(3, tied.get(0).size());
    }

    @Test
    void aNewCoalitionStatesItsFoundersPlatformInItsFirstSession() throws Exception {
        Coalition c = afterFirstSession(true).coalitions().get(0);
        // capability-weighted mean of the three ideals: (0.5 x 0.2 + 0.25 x 1 + 0.25 x 0.6, 0.5 x 1 + 0.25 x 0.2 x 2)
        assertArrayEquals(new double[] {0.5, 0.6}, new double[] {c.platformOn(0), c.platformOn(1)}, 1e-12);
    }

    @Test
    void theNorthSouthPenaltyKeepsTheFurthestSouthernActorOut() throws Exception {
        // the United States (developed) founds; cosines of its demand with Brazil's (0.3478, -0.0941) and India's
        // (0.0174, -0.2353): -0.892 and -0.723. Against a threshold of -1, a penalty of 0.2 keeps Brazil out
        // (-1.092) and lets India in (-0.923); with no penalty both join
        assertEquals(3, afterFirstSession(false, 0).coalitions().get(0).size());
        Coalition c = afterFirstSession(false, 0.2).coalitions().get(0);
        assertEquals(List.of(0, 2), c.members());
    }
}
