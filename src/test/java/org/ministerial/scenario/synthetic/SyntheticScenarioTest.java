package org.ministerial.scenario.synthetic;

import org.junit.jupiter.api.Test;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.Calendar;
import org.ministerial.model.ChairSpec;
import org.ministerial.model.ConsensusRule;
import org.ministerial.model.GroupSpec;
import org.ministerial.model.Issue;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.NgoSpec;
import org.ministerial.model.Parameters;
import org.ministerial.model.RunResult;
import org.ministerial.model.TimedEvent;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticScenarioTest {

    /** Three actors (one a union), a group, two organisations (one with no home government), a green room. */
    private static NegotiationSpec base() {
        List<Issue> issues = List.of(new Issue("ag", "Agriculture", "agriculture"),
                new Issue("inv", "Investment", "singapore"));
        List<ActorSpec> actors = List.of(
                new ActorSpec("EC", "European Communities", 3.0, new double[] {0.1, 0.95},
                        new double[] {0.6, 0.4}, 0.05, 0.8, 0.5, List.of("FRA", "DEU"), "developed"),
                new ActorSpec("BRA", "Brazil", 1.0, new double[] {0.98, 0.2}, new double[] {0.9, 0.1}, 0, 1, 0.5,
                        List.of(), "developing"),
                new ActorSpec("IND", "India", 1.0, new double[] {0.5, 0.02}, new double[] {0.3, 0.7}, 0, 1.2, 0.5,
                        List.of(), "developing"));
        List<NgoSpec> ngos = List.of(
                new NgoSpec("via", "Via Campesina", 1, true, true, "peasant", "americas", 0.3,
                        new double[] {1, -1}, new int[] {0}),
                new NgoSpec("owinfs", "Our World Is Not For Sale", -1, false, true, "network", "global", 0.5,
                        new double[] {1, -1}, new int[] {0}));
        ChairSpec chair = new ChairSpec("Derbez", new int[] {1, 0}, new boolean[] {true, false, true}, null);
        List<TimedEvent> events = List.of(new TimedEvent.RevisedText(3, "revised draft"));
        return NegotiationSpec.builder().name("mini").issues(issues).actors(actors)
                .groups(List.of(new GroupSpec("G", "Group", new int[] {1, 2}))).networks(List.of("NET")).ngos(ngos)
                .chair(chair).calendar(new Calendar(LocalDate.of(2003, 9, 10), 2, 3)).events(events)
                .rule(new ConsensusRule()).parameters(Parameters.defaults()).build();
    }

    @Test
    void scalesActorsOrganisationsGroupsAndGreenRoomByTheFactor() {
        NegotiationSpec base = base();
        NegotiationSpec s = SyntheticScenario.scaled(base, 4, 7);
        assertEquals(12, s.actors().size());
        assertEquals(8, s.ngos().size());
        assertEquals(1, s.groups().size());
        assertEquals(8, s.groups().get(0).members().length);
        assertEquals(12, s.chair().greenRoom().length);
        assertEquals("mini-x4", s.name());
    }

    @Test
    void keepsIssuesCalendarEventsRuleAndParameters() {
        NegotiationSpec base = base();
        NegotiationSpec s = SyntheticScenario.scaled(base, 3, 7);
        assertEquals(base.issues(), s.issues());
        assertEquals(base.networks(), s.networks());
        assertSame(base.calendar(), s.calendar());
        assertEquals(base.events(), s.events());
        assertSame(base.rule(), s.rule());
        assertSame(base.parameters(), s.parameters());
        assertArrayEquals(base.chair().agenda(), s.chair().agenda());
    }

    @Test
    void firstCopyIsTheOriginalSoFactorOneIsTheBase() {
        NegotiationSpec base = base();
        NegotiationSpec one = SyntheticScenario.scaled(base, 1, 7);
        assertEquals(base.actors(), one.actors());
        assertEquals(base.ngos(), one.ngos());
        assertEquals("mini", one.name());
        NegotiationSpec three = SyntheticScenario.scaled(base, 3, 7);
        assertEquals(base.actors(), three.actors().subList(0, 3));
    }

    @Test
    void cloneCodesCarryTheCopyNumber() {
        NegotiationSpec s = SyntheticScenario.scaled(base(), 3, 7);
        assertEquals(List.of("EC", "BRA", "IND", "EC-2", "BRA-2", "IND-2", "EC-3", "BRA-3", "IND-3"),
                s.actors().stream().map(ActorSpec::code).toList());
        assertEquals(List.of("FRA-3", "DEU-3"), s.actors().get(6).members());
        assertEquals("developed", s.actors().get(6).developmentStatus());
    }

    @Test
    void sameSeedGivesTheSameScenarioAndAnotherSeedAnother() {
        NegotiationSpec a = SyntheticScenario.scaled(base(), 3, 42);
        NegotiationSpec b = SyntheticScenario.scaled(base(), 3, 42);
        NegotiationSpec c = SyntheticScenario.scaled(base(), 3, 43);
        for (int i = 0; i < a.actors().size(); i++) {
            assertArrayEquals(a.actors().get(i).ideal(), b.actors().get(i).ideal());
            assertArrayEquals(a.actors().get(i).salience(), b.actors().get(i).salience());
            assertEquals(a.actors().get(i).capability(), b.actors().get(i).capability());
        }
        assertFalse(Arrays.equals(a.actors().get(4).ideal(), c.actors().get(4).ideal()));
        assertNotEquals(a.actors().get(4).capability(), c.actors().get(4).capability());
    }

    @Test
    void clonesStayInRangeAndEachCopyWeighsTheOriginalTotal() {
        NegotiationSpec base = base();
        // a wide jitter pushes positions against the bounds of [0,1]
        NegotiationSpec s = SyntheticScenario.scaled(base, 20, 3, new Jitter(0.5, 1, 1));
        for (ActorSpec a : s.actors()) {
            assertTrue(a.capability() > 0, a.code());
            double sum = 0;
            for (int j = 0; j < a.ideal().length; j++) {
                assertTrue(a.ideal()[j] >= 0 && a.ideal()[j] <= 1, a.code());
                assertTrue(a.salience()[j] >= 0, a.code());
                sum += a.salience()[j];
            }
            assertEquals(1, sum, 1e-12, a.code());
        }
        for (int copy = 0; copy < 20; copy++) {
            double total = 0;
            for (int i = 0; i < 3; i++) total += s.actors().get(copy * 3 + i).capability();
            assertEquals(5.0, total, 1e-9, "copy " + (copy + 1));
        }
    }

    @Test
    void withoutJitterClonesEqualTheirOriginals() {
        NegotiationSpec s = SyntheticScenario.scaled(base(), 2, 7, Jitter.NONE);
        for (int i = 0; i < 3; i++) {
            ActorSpec original = s.actors().get(i), clone = s.actors().get(3 + i);
            assertArrayEquals(original.ideal(), clone.ideal());
            assertArrayEquals(original.salience(), clone.salience(), 1e-15);
            assertEquals(original.capability(), clone.capability(), 1e-12);
        }
    }

    @Test
    void organisationsKeepTheirHomeInTheirOwnCopy() {
        NegotiationSpec s = SyntheticScenario.scaled(base(), 3, 7);
        NgoSpec via3 = s.ngos().get(4);
        assertEquals("via-3", via3.id());
        assertEquals("BRA-3", s.actors().get(via3.homeActor()).code());
        assertEquals(-1, s.ngos().get(5).homeActor());
        assertArrayEquals(s.ngos().get(0).stance(), via3.stance());
    }

    @Test
    void clonesJoinTheirOriginalsGroupsAndGreenRoom() {
        NegotiationSpec s = SyntheticScenario.scaled(base(), 3, 7);
        List<String> members = Arrays.stream(s.groups().get(0).members())
                .mapToObj(i -> s.actors().get(i).code()).sorted().toList();
        assertEquals(List.of("BRA", "BRA-2", "BRA-3", "IND", "IND-2", "IND-3"), members);
        boolean[] room = s.chair().greenRoom();
        for (int i = 0; i < room.length; i++) {
            String code = s.actors().get(i).code();
            assertEquals(code.startsWith("EC") || code.startsWith("IND"), room[i], code);
        }
    }

    @Test
    void theModelRunsAScaledScenario() {
        RunResult r = Negotiation.runToEnd(SyntheticScenario.scaled(base(), 5, 7), 11);
        assertEquals(15, r.actors().size());
        assertTrue(r.endRound() >= 0 && r.endRound() < 6);
    }

    @Test
    void rejectsFactorsOutOfRangeAndBadJitter() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> SyntheticScenario.scaled(base(), 0, 1));
        assertTrue(zero.getMessage().contains("scale factor"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SyntheticScenario.scaled(base(), 1001, 1));
        IllegalArgumentException jitter = assertThrows(IllegalArgumentException.class,
                () -> new Jitter(-0.1, 0, 0));
        assertTrue(jitter.getMessage().contains("position"), jitter.getMessage());
    }
}
