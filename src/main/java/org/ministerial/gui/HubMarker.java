package org.ministerial.gui;

import sim.util.Properties;
import sim.util.Propertied;

/**
 * The organisations of one NGO network (or of none) drawn as one marker: 961 separate organisations would hide the
 * governments they press. Its size follows its membership, its shade its mean mobilisation.
 */
final class HubMarker implements Propertied {
    final int hub;
    final String name;
    final int members;
    private final InspectorRows rows;
    volatile double mobilisation;

    HubMarker(PressureSources sources, int hub) {
        this.hub = hub;
        this.name = sources.name(hub);
        this.members = sources.size(hub);
        rows = new InspectorRows()
                .text("Network", "NGO network, or the organisations in none", () -> name)
                .count("Organisations", "member organisations", () -> members)
                .number("Mean mobilisation", "mean mobilisation of its organisations, in [0,1]",
                        () -> sources.mobilisation(hub))
                .number("Strongest tie", "its largest pressure on one government, summed over issues",
                        () -> sources.strongestFrom(hub));
    }

    void refresh(PressureSources sources) {
        mobilisation = sources.mobilisation(hub);
    }

    @Override
    public Properties properties() {
        return rows;
    }

    @Override
    public String toString() {
        return name + " (" + members + " organisations)";
    }
}
