package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who commits to what in a two-tier deal (docs/ODD.md 7.6), on the textbook scenario under the flexible rule, worked
 * by hand. Ideal points: USA (0.2, 1.0), BRA (1.0, 0.2), IND (0.6, 0.2) on (tariffs, rules); saliences 0.5 each;
 * capabilities 0.5, 0.25, 0.25; no noise, no concession, no NGOs, so effective ideals and saliences are the inputs.
 * Reservations r = U(0) + rho0: USA 1 - 0.1 - 0.5 = 0.4, BRA 1 - 0.5 - 0.1 + 0.02 = 0.42, IND 1 - 0.3 - 0.1 + rho0.
 */
class TwoTierCommitmentsTest {
    private static final Path TEXTBOOK = Path.of("scenarios/textbook.yaml");

    private static NegotiationSpec flexible(String... overrides) throws Exception {
        Map<String, String> set = new HashMap<>();
        set.put("decision_rule.type", "flexible");
        for (int i = 0; i < overrides.length; i += 2) set.put(overrides[i], overrides[i + 1]);
        return ScenarioLoader.load(TEXTBOOK, set).spec();
    }

    private static NegotiationSpec withTrack(NegotiationSpec base, BilateralTrack track) {
        return base.toBuilder().context(new MeetingContext(null, track)).build();
    }

    /** A model played to its end, its arrays open to the test. */
    private static Negotiation played(NegotiationSpec spec, long seed) {
        Negotiation model = Negotiation.prepare(spec, seed);
        model.start();
        while (!model.isFinished() && model.schedule.step(model)) {
            // one round per step
        }
        return model;
    }

    @Test
    void aGovernmentThatWalkedOutCommitsToNothing() throws Exception {
        // India (rho0 0.2) needs 0.8 and the text (0.5, 0.6) gives it 0.75; with no mediation it expects no better,
        // so its frustration grows by 0.05 a round and reaches a patience of 0.12 in round 2 (as in EndgameTest):
        // it walks out. A flexible meeting goes on: the chair's next text is the compromise of those present,
        // weights c x s: tariffs (0.25 x 0.2 + 0.125 x 1.0) / 0.375 = 0.4667, rules (0.25 x 1.0 + 0.125 x 0.2) /
        // 0.375 = 0.7333. At the deadline both accept it as the core (USA 1 - 0.1333 - 0.1333 = 0.733 >= 0.4, BRA
        // 1 - 0.2667 - 0.2667 = 0.467 >= 0.42): no add-on, since text = core. India's row is the status quo, not
        // the core it never accepted.
        RunResult r = Negotiation.runToEnd(flexible("countries.entries.2.reservation", "0.2",
                "parameters.country.patience", "0.12"), 7);
        assertTrue(r.actors().get(2).walkedOut());
        assertEquals(Outcome.FLEXIBLE, r.outcome());
        double t = 0.175 / 0.375, u = 0.275 / 0.375;
        assertArrayEquals(new double[]{t, u}, r.deal().core(), 1e-9);
        assertArrayEquals(new double[]{t, u, t, u, 0, 0}, r.deal().commitments(), 1e-9);
        assertEquals(0.0, r.metrics().get("addon_takers"));
    }

    @Test
    void anAddOnIsTakenWhenItRaisesUtilityAndRefusedWhenItLowersIt() throws Exception {
        // India's rho0 0.19 (r = 0.79) keeps the whole text (0.5, 0.6) from passing; the core is lowered on 'rules'
        // to 0.5, where India gets 0.8 (TwoTierAndBilateralTest). Add-on on 'rules' at 0.6, over the core's 0.5:
        //   USA (p 1.0):  U(core) = 1 - 0.5 x 0.3 - 0.5 x 0.5 = 0.60; joining: 1 - 0.15 - 0.5 x 0.4 = 0.65: joins;
        //   BRA (p 0.2):  U(core) = 1 - 0.5 x 0.5 - 0.5 x 0.3 = 0.60; joining: 1 - 0.25 - 0.5 x 0.4 = 0.55: refuses;
        //   IND (p 0.2):  U(core) = 1 - 0.5 x 0.1 - 0.5 x 0.3 = 0.80; joining: 0.75: refuses.
        RunResult r = Negotiation.runToEnd(flexible("countries.entries.2.reservation", "0.19"), 11);
        assertEquals(Outcome.FLEXIBLE, r.outcome());
        assertArrayEquals(new double[]{0.5, 0.5}, r.deal().core(), 1e-9);
        assertArrayEquals(new double[]{0.5, 0.6, 0.5, 0.5, 0.5, 0.5}, r.deal().commitments(), 1e-9);
    }

    @Test
    void anAddOnThatIsOnlyCloserButWorthNothingIsRefused() throws Exception {
        // The same meeting, the deal found again from its end state with the USA's effective salience moved to
        // (1, 0): the text's 0.6 is still closer than the core's 0.5 to its ideal 1.0 on 'rules', but an issue it
        // does not care about adds nothing to its utility (1 - |0.5 - 0.2| = 0.7 either way), so it does not join:
        // distance alone no longer decides.
        Negotiation model = played(flexible("countries.entries.2.reservation", "0.19"), 11);
        model.actors.setSalience(0, 1);
        model.actors.setSalience(1, 0);
        TwoTierDeal deal = TwoTierDeal.find(model);
        assertArrayEquals(new double[]{0.5, 0.5}, deal.core(), 1e-9);
        assertArrayEquals(new double[]{0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, deal.commitments(), 1e-9);
    }

    @Test
    void anExistingFreeTradePartnerTakesTheAddOnItsPartnerDemands() throws Exception {
        // The USA's existing free-trade partners are those its bilateral track makes no offer to. Brazil as one:
        // the USA takes the 'rules' add-on on its own account (above), so Brazil, bound by their agreement at the
        // text's depth on what the USA demands, already lives under 0.6 on 'rules' whether it joins or not
        // (1 - 0.25 - 0.5 x |0.6 - 0.2| = 0.55 both ways): joining costs it nothing, and it joins. Without the
        // agreement it refuses (0.55 < 0.60, above). India, offered a deal (no agreement yet), still refuses.
        NegotiationSpec base = flexible("countries.entries.2.reservation", "0.19");
        RunResult partner = Negotiation.runToEnd(withTrack(base,
                new BilateralTrack(0, new double[3], new boolean[]{false, false, true})), 11);
        assertEquals(Outcome.FLEXIBLE, partner.outcome());
        assertArrayEquals(new double[]{0.5, 0.6, 0.5, 0.6, 0.5, 0.5}, partner.deal().commitments(), 1e-9);
        assertEquals(2.0, partner.metrics().get("addon_takers"));
        RunResult stranger = Negotiation.runToEnd(withTrack(base,
                new BilateralTrack(0, new double[3], new boolean[]{false, true, true})), 11);
        assertArrayEquals(new double[]{0.5, 0.6, 0.5, 0.5, 0.5, 0.5}, stranger.deal().commitments(), 1e-9);
    }

    @Test
    void aPartnerIsNotBoundWhereItsPartnerDemandsNothing() throws Exception {
        // India as the offerer and Brazil its existing partner: India (p 0.2 on 'rules') refuses the 'rules' add-on
        // (0.75 < 0.80), so it demands nothing there and the agreement binds Brazil to nothing on it; Brazil decides
        // on its own account and refuses (0.55 < 0.60). The USA joins on its own account, as before.
        RunResult r = Negotiation.runToEnd(withTrack(flexible("countries.entries.2.reservation", "0.19"),
                new BilateralTrack(2, new double[3], new boolean[]{true, false, false})), 11);
        assertArrayEquals(new double[]{0.5, 0.6, 0.5, 0.5, 0.5, 0.5}, r.deal().commitments(), 1e-9);
    }
}
