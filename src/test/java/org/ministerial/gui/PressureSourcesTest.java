package org.ministerial.gui;

import org.junit.jupiter.api.Test;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hubs' pressures are a decomposition of the model's own: summed over hubs they give every government's pressure
 * on every issue. This also keeps {@link Negotiation#ngoForce} and {@link Negotiation#ngoAttention} in step with the
 * pressure the model applies.
 */
class PressureSourcesTest {

    @Test
    void hubPressuresAddUpToThePressureEachGovernmentFeels() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
        Negotiation model = new Negotiation(8, spec);
        model.start();
        PressureSources sources = new PressureSources(model);
        double largest = 0;
        for (int round = 0; round < 6; round++) {
            model.schedule.step(model);
            sources.update();
            for (int i = 0; i < spec.actors().size(); i++)
                for (int k = 0; k < spec.issues().size(); k++) {
                    double sum = 0;
                    for (int h = 0; h < sources.hubs(); h++) sum += sources.on(h, i, k);
                    assertEquals(model.pressureOn(i, k), sum, 1e-9 * (1 + Math.abs(sum)),
                            "round " + round + ", " + spec.actors().get(i).code() + ", issue " + k);
                    largest = Math.max(largest, Math.abs(sum));
                }
        }
        assertTrue(largest > 0, "Cancún's organisations press governments");
    }

    @Test
    void organisationsInNoNetworkFormTheirOwnHub() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
        Negotiation model = new Negotiation(8, spec);
        model.start();
        PressureSources sources = new PressureSources(model);
        assertEquals(spec.networks().size() + 1, sources.hubs());
        assertEquals(PressureSources.UNAFFILIATED, sources.name(sources.hubs() - 1));
        int members = 0;
        for (int h = 0; h < sources.hubs(); h++) members += sources.size(h);
        int memberships = 0;
        for (var g : spec.ngos()) memberships += Math.max(1, g.networks().length);
        assertEquals(memberships, members);
    }

    @Test
    void theStrongestOrganisationsComeFirst() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
        Negotiation model = new Negotiation(8, spec);
        model.start();
        for (int s = 0; s < 4; s++) model.schedule.step(model);
        PressureSources sources = new PressureSources(model);
        List<String> top = sources.strongestOn(spec.indexOfActor("USA"), 3);
        assertEquals(3, top.size());
        double previous = Double.MAX_VALUE;
        for (String line : top) {
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            assertTrue(value <= previous, top.toString());
            previous = value;
        }
    }
}
