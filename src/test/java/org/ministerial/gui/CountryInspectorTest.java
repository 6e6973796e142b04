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
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertEquals(rounded(c.getReservation()), value(p, "Reservation"));
        assertEquals(rounded(c.getAspiration()), value(p, "Aspiration"));
        assertEquals(rounded(c.getUtility()), value(p, "Utility (evaluated text)"));
        assertEquals(c.getAccepts(), value(p, "Accepts the text"));
        double total = 0;
        for (Country country : model.countries()) total += country.getCapability();
        assertEquals(rounded(100 * c.getCapability() / total), value(p, "Capability (% of all)"));
        for (int k = 0; k < scenario.spec().issues().size(); k++) {
            String id = scenario.spec().issues().get(k).id();
            assertEquals(rounded(c.getStatedPositions()[k]), value(p, id + ": stated"), id);
            assertEquals(rounded(c.getSaliences()[k]), value(p, id + ": salience"), id);
            assertEquals(rounded(c.getIdealPositions()[k]), value(p, id + ": ideal"), id);
            assertEquals(rounded(model.pressureOn(india, k)), value(p, id + ": pressure"), id);
        }
        String coalition = (String) value(p, "Coalition");
        if (model.coalitionOf(india) < 0) assertEquals("none", coalition);
        else assertTrue(coalition.startsWith(c.getCoalition() + " ("), coalition);
        for (String hub : scenario.spec().networks()) assertTrue(names.contains("Pressure from " + hub), hub);
    }

    /** Three decimals, as the inspector shows numbers. */
    private static Double rounded(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Test
    void theInspectorsPositionIsInThePolicySpaceToThreeDecimals() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of());
        NegotiationWithUI gui = new NegotiationWithUI(scenario, 4);
        gui.start();
        for (int s = 0; s < 6; s++) gui.step();
        int india = scenario.spec().indexOfActor("IND");
        Country c = gui.negotiation().countries()[india];
        PolicyAxes axes = PolicyAxes.of(scenario);
        double x = axes.x(c.getStatedPositions(), c.getSaliences()), y = axes.y(c.getStatedPositions(), c.getSaliences());

        PolicyPosition shown = gui.space().positionOf(gui.space().markers[india]);
        assertEquals(rounded(x), shown.x());
        assertEquals(rounded(y), shown.y());
        assertEquals(String.format(java.util.Locale.ROOT, "agriculture issues %.3f, singapore issues %.3f",
                rounded(x), rounded(y)), shown.toString());
        Properties rows = shown.properties();
        assertEquals(rounded(x), value(rows, "agriculture issues"));
        assertEquals(rounded(y), value(rows, "singapore issues"));

        // the text, the NGO networks and the coalitions are placed in the same terms; anything else is not
        assertTrue(gui.space().positionOf(gui.space().textMarker) != null);
        assertTrue(gui.space().positionOf(gui.space().hubMarkers[0]) != null);
        for (Object o : gui.view().layout.getAllObjects())
            if (o instanceof CoalitionMarker coalition) assertTrue(gui.space().positionOf(coalition) != null);
        assertNull(gui.space().positionOf("not a marker"));
    }

    @Test
    void roundingKeepsThreeDecimals() {
        assertEquals(0.582, Rounding.threeDecimals(0.58162));
        assertEquals(0.581, Rounding.threeDecimals(0.58149));
        assertEquals(0.0, Rounding.threeDecimals(0.0004));
        assertEquals(-0.001, Rounding.threeDecimals(-0.0012));
        assertTrue(Double.isNaN(Rounding.threeDecimals(Double.NaN)));
    }

    private static Object value(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return p.getValue(i);
        throw new AssertionError("no row " + name);
    }
}
