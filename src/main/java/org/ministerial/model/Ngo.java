package org.ministerial.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A civil-society organisation. Its mobilisation follows a threshold model (Granovetter 1978): when the mobilisation
 * of its networks exceeds its threshold it mobilises further; otherwise it slowly demobilises. Events can make it
 * jump.
 *
 * <p>Its state lives in the model's arrays and its rule in {@link NgoField#mobilise}, which the round step applies to
 * all organisations in one pass; this object is the organisation as inspectors and observers see it, and stepping it
 * applies the same rule to it alone.
 */
public final class Ngo implements Steppable {
    private static final long serialVersionUID = 1L;
    private final Negotiation model;
    private final int index;

    Ngo(Negotiation model, int index) {
        this.model = model;
        this.index = index;
    }

    @Override
    public void step(SimState state) {
        model.ngoField.mobilise(index);
    }

    public String getId() {
        return model.spec().ngos().get(index).id();
    }

    public String getName() {
        return model.spec().ngos().get(index).name();
    }

    public String getSector() {
        return model.spec().ngos().get(index).sector();
    }

    /** The ISO code of its seat ("" when it has none): a union member's own code, though it presses the union. */
    public String getHome() {
        return model.spec().ngos().get(index).country();
    }

    public String getRegion() {
        return model.spec().ngos().get(index).region();
    }

    public double getMobilisation() {
        return model.mobilisationOf(index);
    }

    public double getThreshold() {
        return model.ngoField.threshold(index);
    }

    public int index() {
        return index;
    }

    @Override
    public String toString() {
        return getId();
    }
}
