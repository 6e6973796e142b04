package org.ministerial.gui;

import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

import javax.swing.JFrame;
import java.awt.Color;
import java.util.List;

/**
 * The two displays and their layers, in drawing order (MASON draws layers in the order they are attached; each can be
 * hidden from the display's Layers menu). Built once when the Console opens; {@link #show} points the layers at the
 * state of a new or restored run.
 */
final class Displays {
    /** Display sizes in pixels at scale 1 (the fields' aspect ratios). */
    static final int POLICY_WIDTH = 810, POLICY_HEIGHT = 600, NETWORK_WIDTH = 800, NETWORK_HEIGHT = 500;

    final Display2D policy, network;
    final JFrame policyFrame, networkFrame;
    final PolicyPositionPortrayal countries = new PolicyPositionPortrayal();
    private final PolicyAxesLayer axes = new PolicyAxesLayer();
    private final TrailLayer trails = new TrailLayer();
    private final NetworkPortrayal2D ties = new NetworkPortrayal2D();
    private final PolicyPositionPortrayal hubs = new PolicyPositionPortrayal();
    private final PolicyPositionPortrayal text = new PolicyPositionPortrayal();
    private final PolicyLegend legend = new PolicyLegend();
    private final NetworkLegend networkLegend = new NetworkLegend();
    private final NetworkPortrayal2D membership = new NetworkPortrayal2D();
    private final NetworkPortrayal2D networkTies = new NetworkPortrayal2D();
    final PolicyPositionPortrayal layout = new PolicyPositionPortrayal();

    Displays(GUIState gui, String scenario) {
        policy = new ClickToInspectDisplay(POLICY_WIDTH, POLICY_HEIGHT, gui);
        policy.setBackdrop(Color.WHITE);
        policy.attach(axes, "Axes");
        policy.attach(trails, "Trails and ideal points");
        policy.attach(ties, "NGO pressure ties");
        policy.attach(hubs, "NGO networks");
        policy.attach(countries, "Governments");
        policy.attach(text, "Chair's text");
        policy.attach(legend, "Legend");
        policyFrame = policy.createFrame();
        policyFrame.setTitle("Policy space: " + scenario);

        network = new ClickToInspectDisplay(NETWORK_WIDTH, NETWORK_HEIGHT, gui);
        network.setBackdrop(Color.WHITE);
        network.attach(networkLegend, "Headings");
        network.attach(membership, "Coalition membership");
        network.attach(networkTies, "NGO pressure ties");
        network.attach(layout, "Actors, coalitions and NGO networks");
        networkFrame = network.createFrame();
        networkFrame.setTitle("Coalitions and NGO networks: " + scenario);

        countries.setPortrayalForClass(CountryMarker.class,
                new CountryPortrayal(PolicySpace.MAX_RADIUS, 2.5, true));
        text.setPortrayalForClass(TextMarker.class, new TextPortrayal());
        hubs.setPortrayalForClass(HubMarker.class, new HubPortrayal());
        ties.setPortrayalForAll(TiePortrayal.pressure());
        layout.setPortrayalForClass(CountryMarker.class, new CountryPortrayal(0.016, 2.5, false));
        layout.setPortrayalForClass(HubMarker.class, new HubPortrayal());
        layout.setPortrayalForClass(CoalitionMarker.class, new CoalitionPortrayal());
        membership.setPortrayalForAll(TiePortrayal.membership());
        networkTies.setPortrayalForAll(TiePortrayal.pressure());
    }

    /** Points every layer at a run's state and redraws. */
    void show(PolicySpace space, NetworkView view) {
        axes.setField(space);
        trails.setField(space);
        legend.setField(space);
        for (PolicyPositionPortrayal layer : List.of(countries, text, hubs, layout)) layer.setSpace(space);
        countries.setField(space.countries);
        text.setField(space.text);
        hubs.setField(space.hubs);
        SpatialNetwork2D policyTies = new SpatialNetwork2D(space.hubs, space.ties);
        policyTies.setAuxiliaryField(space.countries);
        ties.setField(policyTies);

        networkLegend.setField(view);
        layout.setField(view.layout);
        membership.setField(new SpatialNetwork2D(view.layout, view.membership));
        networkTies.setField(new SpatialNetwork2D(view.layout, space.ties));
        policy.reset();
        network.reset();
        policy.repaint();
        network.repaint();
    }

    /** Closes both windows (when the Console quits). */
    void dispose() {
        policyFrame.dispose();
        networkFrame.dispose();
    }
}
