package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The flexible rule and the bilateral track on the textbook scenario, against values worked by hand.
 *
 * <p>With India's rho0 = 0.19 its reservation is 0.6 + 0.19 = 0.79 while the text (0.5, 0.6) gives it 0.75, so the
 * whole text never passes. At the deadline the core is lowered on 'rules' (India's hinge): at 0.55 India gets
 * 1 - 0.05 - 0.5 * 0.35 = 0.775 < 0.79, at 0.5 it gets 0.8, so the core is (0.5, 0.5), which the USA (0.6 >= 0.4)
 * and Brazil (0.6 >= 0.42) accept too. On 'rules' the text (0.6) is closer than the core to the USA's ideal (1.0), so
 * the USA takes the add-on; Brazil and India (0.2) do not.
 */
class TwoTierAndBilateralTest {
    private static NegotiationSpec textbook(Map<String, String> overrides) throws Exception {
        return ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), overrides).spec();
    }

    @Test
    void flexibleRuleSettlesOnTheCommonCoreWithAnAddOnForTheUsa() throws Exception {
        NegotiationSpec spec = textbook(Map.of("countries.entries.2.reservation", "0.19",
                "decision_rule.type", "flexible"));
        RunResult r = Negotiation.runToEnd(spec, 11);
        assertEquals(Outcome.FLEXIBLE, r.outcome());
        assertEquals(5, r.endRound());
        assertNotNull(r.deal());
        assertArrayEquals(new double[]{0.5, 0.5}, r.deal().core(), 1e-9);
        assertArrayEquals(new double[]{0.5, 0.6, 0.5, 0.5, 0.5, 0.5}, r.deal().commitments(), 1e-9);
        assertEquals(1.0, r.metrics().get("addon_takers"));
    }

    @Test
    void theSameMeetingUnderConsensusBreaksDown() throws Exception {
        RunResult r = Negotiation.runToEnd(textbook(Map.of("countries.entries.2.reservation", "0.19")), 11);
        assertEquals(Outcome.BREAKDOWN, r.outcome());
        assertEquals(null, r.deal());
    }

    @Test
    void aPartnerAcceptsABilateralOfferWorthMoreThanTheRegionalOutcome() throws Exception {
        NegotiationSpec base = textbook(Map.of());
        // Brazil: the USA's ideal (0.2, 1.0) gives it 1 - 0.4 - 0.4 = 0.2; with access worth 0.5 that is 0.7, more
        // than the agreed text's 0.55. India: 1 - 0.2 - 0.4 = 0.4 + 0.1 = 0.5 < 0.75.
        BilateralTrack track = new BilateralTrack(0, new double[]{0, 0.5, 0.1}, new boolean[]{false, true, true});
        NegotiationSpec spec = base.toBuilder().context(new MeetingContext(null, track)).build();
        RunResult r = Negotiation.runToEnd(spec, 3);
        assertEquals(Outcome.AGREEMENT, r.outcome());
        assertEquals("USA", r.bilateral().offerer());
        assertFalse(r.bilateral().accepted()[0]);
        assertTrue(r.bilateral().accepted()[1]);
        assertFalse(r.bilateral().accepted()[2]);
        assertEquals(1.0, r.metrics().get("bilateral_accepted"));
    }

    @Test
    void aPrecedentRunsFirstWithTheSameSeedAndIsRecorded() throws Exception {
        NegotiationSpec first = textbook(Map.of());
        NegotiationSpec second = textbook(Map.of("countries.entries.2.reservation", "0.19"));
        NegotiationSpec chained = second.toBuilder().references(List.of()).context(new MeetingContext(first, null))
                .build();
        RunResult r = Negotiation.runToEnd(chained, 5);
        assertEquals(1.0, r.metrics().get("precedent_agreement"));
        assertEquals(Outcome.BREAKDOWN, r.outcome());
    }
}
