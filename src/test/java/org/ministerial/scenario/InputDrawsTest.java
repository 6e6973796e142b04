package org.ministerial.scenario;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.NegotiationSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-run draws of the uncertain inputs: within their declared ranges, reproducible, and off when switched off. */
class InputDrawsTest {
    private static NegotiationSpec cancun;

    @BeforeAll
    static void load() throws Exception {
        cancun = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
    }

    private static ActorSpec actor(NegotiationSpec spec, String code) {
        return spec.actors().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void oneSeedGivesOneDrawAndAnotherSeedAnother() {
        assertTrue(cancun.inputsVary());
        NegotiationSpec a = cancun.withInputsDrawn(11), again = cancun.withInputsDrawn(11), b = cancun.withInputsDrawn(12);
        for (int i = 0; i < a.actors().size(); i++) {
            assertArrayEquals(a.actors().get(i).ideal(), again.actors().get(i).ideal());
            assertEquals(a.actors().get(i).capability(), again.actors().get(i).capability());
        }
        assertFalse(java.util.Arrays.equals(actor(a, "BRA").ideal(), actor(b, "BRA").ideal()));
        assertNotEquals(actor(a, "GUY").capability(), actor(b, "GUY").capability());
    }

    @Test
    void aDrawKeepsTheActorsTheirOrderAndWhatIsExact() {
        NegotiationSpec drawn = cancun.withInputsDrawn(5);
        assertEquals(cancun.actors().stream().map(ActorSpec::code).toList(),
                drawn.actors().stream().map(ActorSpec::code).toList());
        double total = 0;
        for (int i = 0; i < drawn.actors().size(); i++) {
            ActorSpec was = cancun.actors().get(i), now = drawn.actors().get(i);
            total += now.capability();
            // status and union membership are facts ("exact" in sources.csv): never drawn
            assertEquals(was.developmentStatus(), now.developmentStatus());
            assertEquals(was.members(), now.members());
            double salience = 0;
            for (int k = 0; k < now.ideal().length; k++) {
                assertTrue(now.ideal()[k] >= 0 && now.ideal()[k] <= 1, now.code());
                salience += now.salience()[k];
            }
            assertEquals(1, salience, 1e-9, now.code());
        }
        assertEquals(1, total, 1e-9, "capabilities still sum to 1");
    }

    @Test
    void publishedSizesAreNotDrawnAndHandEnteredOnesStayWithinTheirRange() {
        // the United States' GDP and trade are extracted from the Penn World Table (published): its capability moves
        // only through the renormalisation over all actors (the EC's external trade share is drawn within +-7 points),
        // by far less than the +-25% of the five hand-entered sizes
        double[] us = new double[200], guy = new double[200];
        for (int s = 0; s < us.length; s++) {
            NegotiationSpec d = cancun.withInputsDrawn(1000 + s);
            us[s] = actor(d, "USA").capability() / actor(cancun, "USA").capability();
            guy[s] = actor(d, "GUY").capability() / actor(cancun, "GUY").capability();
        }
        for (int s = 0; s < us.length; s++) {
            assertEquals(1, us[s], 0.03);
            // sqrt(gdp x trade) with each within +-25%: between 0.75 and 1.25, up to the small renormalisation
            assertTrue(guy[s] > 0.74 && guy[s] < 1.26, "GUY ratio " + guy[s]);
        }
        double min = java.util.Arrays.stream(guy).min().orElseThrow(), max = java.util.Arrays.stream(guy).max().orElseThrow();
        assertTrue(max - min > 0.25, "the draws span their range: " + min + ".." + max);
    }

    @Test
    void uncertaintyNoneTakesTheInputsAsWritten() throws Exception {
        NegotiationSpec fixed = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"),
                Map.of("countries.preference_model.uncertainty", "none", "parameter_uncertainty", "none")).spec();
        assertFalse(fixed.inputsVary());
        assertSame(fixed, fixed.withInputsDrawn(3));
        for (int i = 0; i < fixed.actors().size(); i++)
            assertArrayEquals(cancun.actors().get(i).ideal(), fixed.actors().get(i).ideal(),
                    "the written inputs are the centre of the draws");
        // with only the data and coefficients switched off, the calibrated parameters are still drawn
        NegotiationSpec actorsFixed = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"),
                Map.of("countries.preference_model.uncertainty", "none")).spec();
        assertTrue(actorsFixed.inputsVary());
        NegotiationSpec d = actorsFixed.withInputsDrawn(3);
        for (int i = 0; i < d.actors().size(); i++)
            assertArrayEquals(fixed.actors().get(i).ideal(), d.actors().get(i).ideal());
    }

    @Test
    void aPositionWrittenOverTheTableIsKeptInEveryDraw(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path src = Path.of("scenarios/cancun-2003.yaml").toAbsolutePath().getParent();
        String yaml = Files.readString(src.resolve("cancun-2003.yaml")).replace("cancun-2003/", src + "/cancun-2003/")
                .replace("  sources: " + src + "/cancun-2003/sources.csv",
                        "  sources: " + src + "/cancun-2003/sources.csv\n  positions: positions.csv");
        Files.writeString(dir.resolve("s.yaml"), yaml);
        Files.writeString(dir.resolve("positions.csv"), "code,issue,position,salience,source\n"
                + "BRA,investment,0.42,,a test\n");
        NegotiationSpec spec = ScenarioLoader.load(dir.resolve("s.yaml"), Map.of()).spec();
        int investment = List.of("dom_support", "export_subsidies", "market_access", "investment").indexOf("investment");
        for (long seed = 1; seed <= 20; seed++)
            assertEquals(0.42, actor(spec.withInputsDrawn(seed), "BRA").ideal()[investment], 1e-12);
    }

    @Test
    void aMeetingAndItsPrecedentTakeTheSameParticle() throws Exception {
        NegotiationSpec miami = ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"), Map.of()).spec();
        java.util.Set<Double> seen = new java.util.HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            NegotiationSpec d = miami.withInputsDrawn(seed);
            NegotiationSpec precedent = d.context().precedent();
            for (String key : List.of("coalitions.similarity", "coalitions.peer_ratio", "coalitions.min_grievance",
                    "noise.position"))
                assertEquals(d.parameters().get(key), precedent.parameters().get(key), key + ", seed " + seed);
            seen.add(d.parameters().get("coalitions.similarity"));
        }
        assertTrue(seen.size() > 5, "the particle is drawn per run: " + seen);
    }

    @Test
    void theBilateralAccessFollowsTheDrawnData() throws Exception {
        // the shipped market weight is 0 (fitted); with one, the access follows the drawn export share
        Map<String, String> market = Map.of("bilateral.access.market.weight", "0.1");
        NegotiationSpec miami = ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"), market).spec();
        int hnd = miami.indexOfActor("HND"), usa = miami.indexOfActor("USA");
        double written = miami.context().bilateral().access()[hnd];
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (long seed = 1; seed <= 30; seed++) {
            double[] access = miami.withInputsDrawn(seed).context().bilateral().access();
            assertEquals(0, access[usa], "the offerer gains no access to itself");
            min = Math.min(min, access[hnd]);
            max = Math.max(max, access[hnd]);
        }
        // Honduras's export share to the United States is drawn within +-12 points (sources.csv)
        assertTrue(max - min > 0.01, "HND's access moves with its drawn data: " + min + ".." + max);
        assertTrue(min < written && written < max, "the written value is inside the draws: " + written);
        NegotiationSpec fixed = ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"),
                Map.of("countries.preference_model.uncertainty", "none", "bilateral.access.market.weight", "0.1")).spec();
        assertEquals(written, fixed.withInputsDrawn(7).context().bilateral().access()[hnd], 0,
                "without data draws the access is as written");
    }
}
