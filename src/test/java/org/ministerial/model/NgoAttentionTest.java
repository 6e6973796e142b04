package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ministerial.model.Parameter.NGO_HOME_ATTENTION;

/**
 * Whom organisations press (docs/ODD.md 7.9): attention A_ji = home_attention [i = home_j] + visibility (c_i / max c)
 * [j outside or homeless]. Inside lobbying reaches the home delegation only; outside activity (protest, parallel
 * fora) raises the issue at home as well and spreads visibility over every delegation by capability.
 */
class NgoAttentionTest {
    @TempDir
    Path dir;

    /**
     * Textbook scenario (capabilities USA 0.5, BRA 0.25, IND 0.25) with one organisation at home in India, resources 1,
     * no network, stance +1 on rules. After one round its mobilisation is 0.1 x (1 - 0.05) = 0.095: its exposure
     * (everyone's mean, 0.1) never exceeds a threshold drawn in [0.1, 0.5]; coordination is 1 without a network. With
     * home_attention 1 and visibility 0.2, outside: India 0.095 (1 + 0.2 x 0.25/0.5) = 0.1045, the United States
     * 0.095 x 0.2 x 1 = 0.019, Brazil 0.095 x 0.2 x 0.5 = 0.0095; inside: India 0.095 and nobody else.
     */
    private Negotiation oneSession(String activity) throws Exception {
        String yaml = Files.readString(Path.of("scenarios/textbook.yaml"))
                .replace("  ngo: {enabled: false}", "  ngo: {enabled: true}")
                + "\nngos:\n  entries:\n    - {id: IND_GROUP, name: A group at home, home: IND, region: asia, activity: "
                + activity + ", sector: peasant, resources: 1, networks: [], stance: {rules: 1}}\n";
        Path file = dir.resolve(activity + ".yaml");
        Files.writeString(file, yaml);
        Negotiation model = Negotiation.prepare(ScenarioLoader.load(file, Map.of()).spec(), 1);
        model.start();
        model.schedule.step(model);
        return model;
    }

    @Test
    void outsideActivityPressesHomeAndSpreadsByCapability() throws Exception {
        Negotiation model = oneSession("outside");
        int usa = model.getSpec().indexOfActor("USA"), bra = model.getSpec().indexOfActor("BRA"),
                ind = model.getSpec().indexOfActor("IND");
        assertEquals(0.095, model.mobilisationOf(0), 1e-12);
        assertEquals(0.1045, model.pressureOn(ind, 1), 1e-12);
        assertEquals(0.019, model.pressureOn(usa, 1), 1e-12);
        assertEquals(0.0095, model.pressureOn(bra, 1), 1e-12);
        assertEquals(0, model.pressureOn(ind, 0), 1e-12);
    }

    @Test
    void insideLobbyingPressesTheHomeDelegationOnly() throws Exception {
        Negotiation model = oneSession("inside");
        int usa = model.getSpec().indexOfActor("USA"), bra = model.getSpec().indexOfActor("BRA"),
                ind = model.getSpec().indexOfActor("IND");
        assertEquals(0.095, model.pressureOn(ind, 1), 1e-12);
        assertEquals(0, model.pressureOn(usa, 1));
        assertEquals(0, model.pressureOn(bra, 1));
    }

    @Test
    void aKoreanFarmOrganisationPressesKoreaMoreThanTheEcOrTheUnitedStates() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
        Negotiation model = new Negotiation(3, spec);
        model.start();
        for (int s = 0; s < 3; s++) model.schedule.step(model);
        int kor = spec.indexOfActor("KOR"), ec = spec.indexOfActor("EC"), usa = spec.indexOfActor("USA");
        double maxC = 0;
        for (ActorSpec a : spec.actors()) maxC = Math.max(maxC, a.capability());
        int farm = 0;
        for (int j = 0; j < spec.ngos().size(); j++) {
            NgoSpec g = spec.ngos().get(j);
            if (!g.country().equals("KOR")) continue;
            double spread = g.outside() ? 0.2 : 0;
            assertEquals(1 + spread * spec.actors().get(kor).capability() / maxC, model.ngoAttention(j, kor), 1e-12,
                    g.id());
            assertEquals(spread * spec.actors().get(ec).capability() / maxC, model.ngoAttention(j, ec), 1e-12, g.id());
            assertEquals(spread * spec.actors().get(usa).capability() / maxC, model.ngoAttention(j, usa), 1e-12,
                    g.id());
            if (!g.sector().equals("peasant") && !g.sector().equals("farm_lobby")) continue;
            farm++;
            // on the issue it cares for most, market access (-1 for both sectors in Korea), its pressure on Korea
            // is larger than on the EC or the United States
            double force = model.ngoForce(j), stance = g.stance()[2];
            assertEquals(-1, stance, g.id());
            double onKorea = Math.abs(force * stance * model.ngoAttention(j, kor));
            assertTrue(onKorea > Math.abs(force * stance * model.ngoAttention(j, ec)), g.id());
            assertTrue(onKorea > Math.abs(force * stance * model.ngoAttention(j, usa)), g.id());
            assertTrue(onKorea > 0, g.id());
        }
        assertEquals(2, farm, "Korea's generated peasant and farm lobby organisations");
    }

    @Test
    void theLeastDevelopedMembersArePressedByTheirOwnOrganisations() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
        Negotiation model = new Negotiation(5, spec);
        model.start();
        for (int s = 0; s < 4; s++) model.schedule.step(model);
        int k = spec.issues().size(), pressed = 0;
        for (int i = 0; i < spec.actors().size(); i++) {
            ActorSpec a = spec.actors().get(i);
            if (!"ldc".equals(a.developmentStatus())) continue;
            double home = 0, spread = 0;
            boolean hasOwn = false;
            for (int q = 0; q < k; q++) {
                double h = 0;
                for (int j = 0; j < spec.ngos().size(); j++)
                    if (spec.ngos().get(j).homeActor() == i) {
                        hasOwn = true;
                        h += model.ngoForce(j) * spec.ngos().get(j).stance()[q] * model.params.get(NGO_HOME_ATTENTION);
                    }
                home += Math.abs(h);
                spread += Math.abs(model.pressureOn(i, q) - h);
            }
            if (!hasOwn) continue;
            pressed++;
            assertTrue(home > 0, a.code());
            // for the small African delegations what their own organisations bring outweighs the visibility spread
            // over them (Bangladesh, a larger delegation with one labour organisation, may see more spread)
            if (!a.code().equals("BGD"))
                assertTrue(home > spread, a.code() + ": from home " + home + ", spread over it " + spread);
        }
        assertEquals(16, pressed, "least-developed members with organisations of their own");
    }
}
