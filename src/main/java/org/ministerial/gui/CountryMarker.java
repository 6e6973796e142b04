package org.ministerial.gui;

import org.ministerial.model.Country;
import org.ministerial.model.Negotiation;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * One negotiating actor on a display. It keeps what its portrayal draws (refreshed after every round by
 * {@link PolicySpace#update()}), so painting never reads the model while it steps, and gives the inspector shown when
 * the actor is clicked ({@link CountryInspector}).
 */
final class CountryMarker implements Propertied {
    final int index;
    final String code;
    /** Radius relative to the largest actor: area is proportional to capability. */
    final double relativeRadius;
    /** Whether the code is written beside the marker (the largest actors only, to stay readable). */
    final boolean labelled;
    private final Negotiation model;
    private final Properties properties;

    volatile int coalition = -1;
    volatile boolean accepts, walkedOut;

    CountryMarker(Negotiation model, int index, double relativeRadius, boolean labelled, Properties properties) {
        this.model = model;
        this.index = index;
        this.code = model.countries()[index].getCode();
        this.relativeRadius = relativeRadius;
        this.labelled = labelled;
        this.properties = properties;
    }

    /** Copies the state the portrayals draw. */
    void refresh() {
        Country c = model.countries()[index];
        coalition = model.coalitionOf(index);
        accepts = c.getAccepts();
        walkedOut = c.getWalkedOut();
    }

    @Override
    public Properties properties() {
        return properties;
    }

    @Override
    public String toString() {
        return code + " (" + model.countries()[index].getName() + ")";
    }
}
