package org.ministerial.scenario;

import ec.util.MersenneTwisterFast;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.InputUncertainty;
import org.ministerial.model.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * All that a scenario leaves uncertain, drawn in a fixed order from one stream: the calibrated parameters first, then
 * the actors' inputs. A posterior's draw takes the stream's first number, so a meeting and its precedent, which draw
 * from streams with the same seed, take the same particle when they name the same posterior: one run, one set of
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

    /**
     * The uncertainty {@code inputs} would be had the scenario been loaded with the {@code held} keys set as well: its
     * posterior no longer draws the parameters they name (parts that then draw nothing dropped, as {@link #of} does).
     */
    static InputUncertainty holding(InputUncertainty inputs, java.util.Set<String> held) {
        if (inputs instanceof ParameterPosterior p) return of(p.holding(held));
        if (!(inputs instanceof ScenarioInputs s)) return inputs;
        InputUncertainty[] parts = new InputUncertainty[s.parts.size()];
        for (int i = 0; i < parts.length; i++)
            parts[i] = s.parts.get(i) instanceof ParameterPosterior p ? p.holding(held) : s.parts.get(i);
        return of(parts);
    }

    @Override
    public boolean varies() {
        return true;
    }

    @Override
    public Draw draw(List<ActorSpec> actors, Parameters parameters, MersenneTwisterFast random) {
        Draw d = new Draw(actors, parameters);
        for (InputUncertainty p : parts) {
            Draw next = p.draw(d.actors(), d.parameters(), random);
            d = new Draw(next.actors(), next.parameters(),
                    next.bilateralAccess() != null ? next.bilateralAccess() : d.bilateralAccess());
        }
        return d;
    }
}
