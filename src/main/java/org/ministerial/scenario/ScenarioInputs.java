package org.ministerial.scenario;

import ec.util.MersenneTwisterFast;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.InputUncertainty;
import org.ministerial.model.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * All that a scenario leaves uncertain, drawn in a fixed order from one stream: the actors' inputs first, then the
 * calibrated parameters. Parts that draw nothing are left out.
 */
final class ScenarioInputs implements InputUncertainty {
    private static final long serialVersionUID = 1L;
    private final List<InputUncertainty> parts;

    private ScenarioInputs(List<InputUncertainty> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The uncertainty of the given parts (nulls and parts that never vary dropped), or {@link #NONE}. */
    static InputUncertainty of(InputUncertainty... parts) {
        List<InputUncertainty> kept = new ArrayList<>();
        for (InputUncertainty p : parts) if (p != null && p.varies()) kept.add(p);
        return kept.isEmpty() ? NONE : kept.size() == 1 ? kept.get(0) : new ScenarioInputs(kept);
    }

    @Override
    public boolean varies() {
        return true;
    }

    @Override
    public Draw draw(List<ActorSpec> actors, Parameters parameters, MersenneTwisterFast random) {
        Draw d = new Draw(actors, parameters);
        for (InputUncertainty p : parts) d = p.draw(d.actors(), d.parameters(), random);
        return d;
    }
}
