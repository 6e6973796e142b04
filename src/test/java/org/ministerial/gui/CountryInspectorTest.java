package org.ministerial.gui;

import org.junit.jupiter.api.Test;
import org.ministerial.model.Country;
import org.ministerial.model.Negotiation;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioLoader;
import sim.util.Properties;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clicking a country shows its positions and saliences per issue, its thresholds, pressure and coalition. */
class CountryInspectorTest {

    @Test
    void theInspectorShowsEveryIssueAndTheModelsValues() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of());
        NegotiationWithUI gui = new NegotiationWithUI(scenario, 4);
        gui.start();
        for (int s = 0; s < 6; s++) gui.step();
        Negotiation model = gui.negotiation();
        int india = scenario.spec().indexOfActor("IND");
        Country c = model.countries()[india];
        Properties p = gui.space().markers[india].properties();

        Set<String> names = new HashSet<>();
        for (int i = 0; i < p.numProperties(); i++) {
            assertTrue(names.add(p.getName(i)), "unique row " + p.getName(i));
            assertFalse(p.isReadWrite(i), p.getName(i));
            assertFalse(p.getDescription(i).isBlank(), p.getName(i));
        }
        assertEquals("IND", value(p, "Code"));
        assertEquals(c.getReservation(), value(p, "Reservation"));
        assertEquals(c.getAspiration(), value(p, "Aspiration"));
        assertEquals(c.getUtility(), value(p, "Utility (evaluated text)"));
        assertEquals(c.getAccepts(), value(p, "Accepts the text"));
        for (int k = 0; k < scenario.spec().issues().size(); k++) {
            String id = scenario.spec().issues().get(k).id();
            assertEquals(c.getStatedPositions()[k], value(p, id + ": stated"), id);
            assertEquals(c.getSaliences()[k], value(p, id + ": salience"), id);
            assertEquals(c.getIdealPositions()[k], value(p, id + ": ideal"), id);
            assertEquals(model.pressureOn(india, k), value(p, id + ": pressure"), id);
        }
        String coalition = (String) value(p, "Coalition");
        if (model.coalitionOf(india) < 0) assertEquals("none", coalition);
        else assertTrue(coalition.startsWith(c.getCoalition() + " ("), coalition);
        for (String hub : scenario.spec().networks()) assertTrue(names.contains("Pressure from " + hub), hub);
    }

    private static Object value(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return p.getValue(i);
        throw new AssertionError("no row " + name);
    }
}
