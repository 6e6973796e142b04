package org.ministerial.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A civil-society organisation. Its mobilisation follows a threshold model (Granovetter 1978): when the mobilisation
 * of its networks exceeds its threshold it mobilises further; otherwise it slowly demobilises. Events can make it
 * jump.
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
        Negotiation s = model;
        Parameters p = s.params;
        double m = s.mobilisation[index];
        double exposure = s.ngoField.exposure(s.spec().ngos().get(index).networks());
        if (exposure > s.threshold[index]) m += p.growth * (1 - m);
        m -= p.decay * m;
        s.mobilisation[index] = m;
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

    public double getMobilisation() {
        return model.mobilisation[index];
    }

    public double getThreshold() {
        return model.threshold[index];
    }

    public int index() {
        return index;
    }

    @Override
    public String toString() {
        return getId();
    }
}
