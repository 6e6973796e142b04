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
 * Pressure moves a government's win-set both ways (docs/ODD.md 7.2; Putnam 1988). In the textbook scenario the
 * opening text asks India for deeper rules (0.6 against its ideal 0.2). One organisation at home in India pressing on
 * rules: for deeper rules it supports what the text asks and India's reservation slack falls below its rho0 of 0;
 * against them it opposes the ask and the slack rises above 0. Responsiveness psi = 1 for India, so the shift is
 * reservation_gain x P~ x (x - p) with P~ of the organisation's sign.
 */
class PressureDirectionTest {
    @TempDir
    Path dir;

    private double indiaSlackAfterOneSession(int stance) throws Exception {
        String yaml = Files.readString(Path.of("scenarios/textbook.yaml"))
                .replace("  ngo: {enabled: false}", "  ngo: {enabled: true}")
                .replace("    - {code: IND, name: India, capability: 0.25, reservation: 0,",
                        "    - {code: IND, name: India, capability: 0.25, reservation: 0, responsiveness: 1,")
                + "\nngos:\n  entries:\n    - {id: IND_GROUP, name: A group at home, home: IND, region: asia, activity: inside,"
                + " sector: development, resources: 1, networks: [], stance: {rules: " + stance + "}}\n";
        Path file = dir.resolve("pressure" + stance + ".yaml");
        Files.writeString(file, yaml);
        Negotiation model = Negotiation.prepare(ScenarioLoader.load(file, Map.of()).spec(), 1);
        model.start();
        model.schedule.step(model);
        assertTrue(Math.abs(model.pressureOn(2, 1)) > 0, "the organisation presses India on rules");
        assertEquals(0, model.pressureOn(0, 1), "and not the United States");
        return model.actors.rho(2);
    }

    @Test
    void supportForWhatTheTextAsksWidensTheWinSetAndOppositionNarrowsIt() throws Exception {
        double supported = indiaSlackAfterOneSession(1), opposed = indiaSlackAfterOneSession(-1);
        assertTrue(supported < 0, "supportive pressure lowers the reservation: " + supported);
        assertTrue(opposed > 0, "opposing pressure raises it: " + opposed);
    }
}
