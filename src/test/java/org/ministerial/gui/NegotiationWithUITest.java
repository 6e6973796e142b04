package org.ministerial.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.RunSeeds;
import org.ministerial.model.Negotiation;
import org.ministerial.model.Parameter;
import org.ministerial.model.Parameters;
import org.ministerial.model.RoundRecord;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioLoader;
import sim.util.Interval;
import sim.util.Properties;
import sim.util.Propertied;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GUI's model side without windows: runs stepped by the GUIState as the Console steps them, the Model tab's
 * parameters reaching the next run, and File &gt; Open continuing a run where it was saved.
 */
class NegotiationWithUITest {
    private static final Path CANCUN = Path.of("scenarios/cancun-2003.yaml");

    @TempDir
    Path tmp;

    private static Scenario cancun() throws Exception {
        return ScenarioLoader.load(CANCUN, Map.of());
    }

    private static void playToEnd(NegotiationWithUI gui) {
        while (gui.step()) {
            // the Console's play loop
        }
    }

    /** The run {@code ministerial run --seed N} makes: run 0 of the batch with base seed N. */
    private static RunResult headless(Scenario scenario, long baseSeed) {
        return Negotiation.runToEnd(scenario.spec().withInputsDrawn(RunSeeds.inputSeed(baseSeed, 0)),
                RunSeeds.seed(baseSeed, 0));
    }

    private static void assertSameRun(RunResult expected, RunResult shown) {
        assertEquals(expected.outcome(), shown.outcome());
        assertEquals(expected.endRound(), shown.endRound());
        assertArrayEquals(expected.finalText(), shown.finalText());
        assertEquals(expected.rejecters(), shown.rejecters());
    }

    @Test
    void aRunSteppedByTheGuiIsTheHeadlessRunOfTheBaseSeed() throws Exception {
        Scenario scenario = cancun();
        NegotiationWithUI gui = new NegotiationWithUI(scenario, 77);
        assertEquals(77, gui.state.seed(), "the Console's seed field shows the base seed");
        gui.start();
        playToEnd(gui);
        assertSameRun(headless(scenario, 77), gui.negotiation().result());
        assertEquals(77, gui.state.seed(), "and still does after Play");
    }

    /** The Console sets the seed it holds on the model, then starts: a seed typed there is a base seed. */
    @Test
    void aSeedTypedInTheConsoleIsABaseSeed() throws Exception {
        Scenario scenario = cancun();
        NegotiationWithUI gui = new NegotiationWithUI(scenario, 77);
        gui.state.setSeed(5);
        gui.start();
        playToEnd(gui);
        assertEquals(RunOfBatch.first(5), gui.run());
        assertSameRun(headless(scenario, 5), gui.negotiation().result());
        assertArrayEquals(scenario.spec().withInputsDrawn(RunSeeds.inputSeed(5, 0)).actors().get(0).ideal(),
                gui.negotiation().getSpec().actors().get(0).ideal(), "inputs drawn as run 0 of --seed 5 draws them");
    }

    /** Before Play the displays hold the run's opening state; drawing it does not change the run Play makes. */
    @Test
    void theOpeningIsShownBeforePlayAndLeavesTheRunAsItIs() throws Exception {
        Scenario scenario = cancun();
        NegotiationWithUI gui = new NegotiationWithUI(scenario, 77);
        gui.showOpening();
        PolicySpace opening = gui.space();
        Negotiation model = gui.negotiation();
        assertEquals(0, model.rounds().size(), "nothing played yet");
        assertEquals(scenario.spec().actors().size(), opening.countries.getAllObjects().numObjs);
        int india = scenario.spec().indexOfActor("IND");
        var c = model.countries()[india];
        assertEquals(PolicySpace.at(opening.axes.x(c.getStatedPositions(), c.getSaliences()),
                        opening.axes.y(c.getStatedPositions(), c.getSaliences())),
                opening.countries.getObjectLocation(opening.markers[india]));
        assertTrue(opening.clock.startsWith("before "), opening.clock);

        gui.start();
        playToEnd(gui);
        assertSameRun(headless(scenario, 77), gui.negotiation().result());
    }

    /** Stop and Play make the same run again: nothing of the last run (its primed generator) leaks into the next. */
    @Test
    void playingAgainMakesTheSameRun() throws Exception {
        NegotiationWithUI gui = new NegotiationWithUI(cancun(), 9);
        gui.start();
        playToEnd(gui);
        List<RoundRecord> first = gui.negotiation().rounds();
        gui.finish();
        gui.start();
        playToEnd(gui);
        List<RoundRecord> second = gui.negotiation().rounds();
        assertEquals(first.size(), second.size());
        for (int r = 0; r < first.size(); r++) assertArrayEquals(first.get(r).text(), second.get(r).text());
    }

    /** A replayed run of a batch is run N of the batch with the seed the Console holds. */
    @Test
    void aReplayedRunKeepsItsPlaceInTheBatch() throws Exception {
        Scenario scenario = cancun();
        NegotiationWithUI gui = new NegotiationWithUI(scenario, new RunOfBatch(7, 5, 2));
        gui.start();
        playToEnd(gui);
        RunResult expected = Negotiation.runToEnd(scenario.spec().withInputsDrawn(RunSeeds.inputSeed(7, 2)),
                RunSeeds.seed(7, 5));
        assertSameRun(expected, gui.negotiation().result());
        assertEquals(7, gui.state.seed());
    }

    @Test
    void aSeedBeyondTheConsolesFieldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RunOfBatch.first(1L << 40));
        assertTrue(RunOfBatch.fitsTheConsole(Integer.MIN_VALUE));
        assertFalse(RunOfBatch.fitsTheConsole(Integer.MAX_VALUE + 1L));
    }

    @Test
    void thePolicySpaceHoldsOneMarkerPerActorAndTrailsOnePointPerSession() throws Exception {
        Scenario scenario = cancun();
        NegotiationWithUI gui = new NegotiationWithUI(scenario, 5);
        gui.start();
        playToEnd(gui);
        PolicySpace space = gui.space();
        int actors = scenario.spec().actors().size();
        assertEquals(actors, space.countries.getAllObjects().numObjs);
        Set<Integer> indices = new HashSet<>();
        for (Object o : space.countries.getAllObjects()) indices.add(((CountryMarker) o).index);
        assertEquals(actors, indices.size());
        int rounds = gui.negotiation().rounds().size();
        // the opening position, then one point per round
        for (List<?> trail : space.trails) assertEquals(rounds + 1, trail.size());
        assertEquals(1, space.text.getAllObjects().numObjs);
        assertEquals(scenario.spec().networks().size() + 1, space.hubs.getAllObjects().numObjs, "networks + none");
        assertTrue(space.tieCount() > 0, "organisations press someone by the end of Cancún");
    }

    @Test
    void theNetworkViewPlacesEveryActorOnceAndEveryActiveCoalition() throws Exception {
        NegotiationWithUI gui = new NegotiationWithUI(cancun(), 5);
        gui.start();
        playToEnd(gui);
        NetworkView view = gui.view();
        int countries = 0;
        for (Object o : view.layout.getAllObjects()) if (o instanceof CountryMarker) countries++;
        assertEquals(gui.negotiation().countries().length, countries);
        assertEquals(gui.negotiation().coalitions().size(), view.coalitionsShown());
        int members = 0;
        for (var c : gui.negotiation().coalitions()) members += c.size();
        assertEquals(members, view.membership.getAllNodes().numObjs - view.coalitionsShown());
    }

    @Test
    void theModelTabChangesTheNextRunOnly() throws Exception {
        NegotiationWithUI gui = new NegotiationWithUI(cancun(), 3);
        gui.start();
        Properties tab = ((Propertied) gui.getSimulationInspectedObject()).properties();
        int mediation = indexOf(tab, "chair.mediation"), ngo = indexOf(tab, "ngo.enabled");
        Parameter def = Parameter.byKey("chair.mediation");
        assertEquals(def.min(), ((Interval) tab.getDomain(mediation)).getMin().doubleValue());
        assertEquals(def.max(), ((Interval) tab.getDomain(mediation)).getMax().doubleValue());
        assertTrue(tab.getDescription(mediation).contains("single-text mediation"));
        assertTrue(tab.getDescription(mediation).contains(def.label()));
        assertEquals(Boolean.TYPE, tab.getType(ngo));

        double running = gui.negotiation().getSpec().parameters().get("chair.mediation");
        tab.setValue(mediation, Double.valueOf(0.55));
        tab.setValue(ngo, Boolean.FALSE);
        assertEquals(running, gui.negotiation().getSpec().parameters().get("chair.mediation"),
                "the running run keeps its value");
        gui.finish();
        gui.start();
        assertEquals(0.55, gui.negotiation().getSpec().parameters().get("chair.mediation"));
        assertEquals(0.0, gui.negotiation().getSpec().parameters().get("ngo.enabled"));
    }

    /** Cancún draws the calibrated parameters per run; one set in the Model tab is held, as --set holds it. */
    @Test
    void aParameterSetInTheModelTabIsHeldTheOthersAreEachRunsDraw() throws Exception {
        Scenario scenario = cancun();
        NegotiationWithUI gui = new NegotiationWithUI(scenario, 3);
        ParameterSettings tab = (ParameterSettings) gui.getSimulationInspectedObject();
        tab.set("chair.mediation", 0.55);
        gui.state.setSeed(4);
        gui.start();
        String drawnKey = "coalitions.similarity";
        Parameters drawn = scenario.spec().withInputsDrawn(RunSeeds.inputSeed(4, 0)).parameters();
        assertNotEquals(scenario.spec().withInputsDrawn(RunSeeds.inputSeed(3, 0)).parameters().get(drawnKey),
                drawn.get(drawnKey), "the draws of seeds 3 and 4 differ, or this test shows nothing");
        Parameters used = gui.negotiation().getSpec().parameters();
        assertEquals(0.55, used.get("chair.mediation"));
        assertEquals(drawn.get(drawnKey), used.get(drawnKey));
        assertEquals(used.get(drawnKey), tab.parameters().get(drawnKey), "the tab shows the run's values");
    }

    @Test
    void aValueOutsideItsRangeIsRefused() throws Exception {
        NegotiationWithUI gui = new NegotiationWithUI(cancun(), 3);
        Properties tab = ((Propertied) gui.getSimulationInspectedObject()).properties();
        int mediation = indexOf(tab, "chair.mediation");
        double before = gui.negotiation().getSpec().parameters().get("chair.mediation");
        Object shown = tab.setValue(mediation, Double.valueOf(1.5));
        assertEquals(before, (Double) shown);
        assertEquals(before,
                ((ParameterSettings) gui.getSimulationInspectedObject()).parameters().get("chair.mediation"));
        // the tab says so in its last row, not only on a console nobody watches
        int refused = indexOf(tab, ParameterSettings.REFUSED);
        assertTrue(tab.getValue(refused).toString().contains("chair.mediation"), tab.getValue(refused).toString());
        assertTrue(tab.getValue(refused).toString().contains("1.5"), tab.getValue(refused).toString());
        assertFalse(tab.isReadWrite(refused));
    }

    @Test
    void fileOpenContinuesASavedRunIdentically() throws Exception {
        Scenario scenario = cancun();
        NegotiationWithUI gui = new NegotiationWithUI(scenario, 11);
        gui.start();
        for (int s = 0; s < 5; s++) assertTrue(gui.step());
        File checkpoint = tmp.resolve("cancun.checkpoint").toFile();
        assertTrue(gui.state.writeToCheckpoint(checkpoint) != null, "checkpoint written");
        playToEnd(gui);
        List<RoundRecord> original = gui.negotiation().rounds();

        NegotiationWithUI other = new NegotiationWithUI(scenario, 999);
        other.start();
        other.step();
        assertTrue(other.readNewStateFromCheckpoint(checkpoint));
        assertEquals(5, other.negotiation().rounds().size());
        assertEquals(1, other.space().trails.get(0).size(), "trails restart at the restored round");
        assertTrue(other.negotiation().schedule instanceof CalendarSchedule, "the clock travels with the run");
        playToEnd(other);
        List<RoundRecord> restored = other.negotiation().rounds();
        assertEquals(original.size(), restored.size());
        for (int r = 0; r < original.size(); r++) {
            assertArrayEquals(original.get(r).text(), restored.get(r).text(), "round " + r);
            assertEquals(original.get(r).accepting(), restored.get(r).accepting(), "round " + r);
            assertEquals(original.get(r).meanDistance(), restored.get(r).meanDistance(), "round " + r);
        }
        assertEquals(gui.negotiation().result().outcome(), other.negotiation().result().outcome());
    }

    @Test
    void onlyCheckpointsOfTheSameScenarioOpen() throws Exception {
        NegotiationWithUI gui = new NegotiationWithUI(cancun(), 1);
        Scenario textbook = ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of());
        assertFalse(gui.validSimState(new Negotiation(1, textbook.spec())));
        assertTrue(gui.validSimState(new Negotiation(2, cancun().spec())));
    }

    private static int indexOf(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return i;
        throw new AssertionError("no property " + name);
    }
}
