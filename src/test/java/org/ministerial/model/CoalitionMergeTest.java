package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two coalitions merge when their leaders are peers and their summed demands are alike (docs/ODD.md 7.7, step 2),
 * worked by hand. The text is held at (0.5, 0.5) (opening text, no agenda power, no mediation); saliences are (0.5,
 * 0.5), so demands are D = 0.5 (p - x). The United States and Brazil (capability 0.4 each) want the text moved a
 * little, 40 degrees either side of the first issue: D = 0.05 (cos 40, +-sin 40); Canada and Argentina (0.1 each)
 * want it moved a lot along the first issue: D = (0.225, 0). Leadership scores c |D| (1 + group degree): 0.4 x 0.05 x
 * (1 + 2/3) = 0.0333 for the two large ones (a tie group with their partner, a plain group with each other), 0.1 x
 * 0.225 x (1 + 1/3) = 0.030 for the small ones, so the large ones found (room for two). Cosines against a threshold
 * of 0.7: the United States with Canada 0.766, with Brazil cos 80 = 0.174. So the United States founds with Canada
 * (its tie partner) and Brazil with Argentina. Summed demands: (0.4 x 0.0383 + 0.1 x 0.225, +-0.4 x 0.0321) =
 * (0.0378, +-0.0129), cosine 0.79 >= 0.7, and the leaders are peers: in the next round the two merge.
 */
class CoalitionMergeTest {
    @TempDir
    Path dir;

    private static final String SCENARIO = """
            name: merge
            issues:
              - {id: first}
              - {id: second}
            calendar: {start: 2003-09-10, days: 1, sessions_per_day: 6}
            countries:
              defaults: {exponent: 1, responsiveness: 0}
              entries:
                - {code: USA, capability: 0.4, position: {first: 0.5766, second: 0.5643}, salience: {first: 0.5, second: 0.5}}
                - {code: BRA, capability: 0.4, position: {first: 0.5766, second: 0.4357}, salience: {first: 0.5, second: 0.5}}
                - {code: CAN, capability: 0.1, position: {first: 0.95, second: 0.5}, salience: {first: 0.5, second: 0.5}}
                - {code: ARG, capability: 0.1, position: {first: 0.95, second: 0.5}, salience: {first: 0.5, second: 0.5}}
            groups:
              - {id: NORTH, ties: true, members: [USA, CAN]}
              - {id: SOUTH, ties: true, members: [BRA, ARG]}
              - {id: BIG, members: [USA, BRA]}
            chair: {agenda: [first, second], green_room: [], opening_text: {first: 0.5, second: 0.5}}
            parameters:
              noise: {position: 0, exponent: 0}
              country: {concession_rate: 0, patience: 1000}
              chair: {agenda_power: 0, mediation: 0, patience: 1000}
              ngo: {enabled: false}
              coalitions: {enabled: true, leader_share: 0.5, similarity: 0.7, peer_ratio: 0.5, min_grievance: 0,
                           status_penalty: 0, group_affinity: 0, initial_cohesion: 1, threat_gain: 0,
                           dispersion_loss: 0}
            """;

    @Test
    void alikeCoalitionsOfPeerLeadersMergeInTheNextSession() throws Exception {
        Path file = dir.resolve("merge.yaml");
        Files.writeString(file, SCENARIO);
        Negotiation model = Negotiation.prepare(ScenarioLoader.load(file, Map.of()).spec(), 1);
        model.start();
        model.schedule.step(model);
        List<Coalition> founded = model.coalitions();
        assertEquals(2, founded.size(), "two coalitions after the first round");
        for (Coalition c : founded) assertEquals(2, c.size());
        model.schedule.step(model);
        List<Coalition> merged = model.coalitions();
        assertEquals(1, merged.size(), "one coalition after the second");
        assertEquals(4, merged.get(0).size());
    }
}
