package org.ministerial.gui;

import org.ministerial.model.ActorSpec;
import org.ministerial.model.Coalition;
import org.ministerial.model.Country;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The state behind the policy-space display, rebuilt for every run: one marker per negotiating actor at its stated
 * position projected on the two {@link PolicyAxes}, the chair's text, one marker per NGO hub at its members' mean
 * stance, and the pressure ties from hubs to the governments they press hardest. It also keeps each actor's trail and
 * ideal point. {@link #update()} runs after every round on the model's thread; portrayals only read.
 *
 * <p>Field coordinates: the unit square of the axes sits at {@code [LEFT, LEFT + 1] x [TOP, TOP + 1]} (y grows
 * downwards on screen, so a position y is drawn at {@code TOP + 1 - y}); the margin on the right holds the legend.
 */
final class PolicySpace {
    static final double LEFT = 0.13, TOP = 0.05, WIDTH = 1.62, HEIGHT = 1.2;
    /** Radius of the largest actor, in field units. */
    static final double MAX_RADIUS = 0.05;
    /** Number of largest actors whose code is written beside their marker. */
    static final int LABELLED = 24;
    /** Ties drawn per hub, strongest first, and the share of the strongest tie below which ties are left out. */
    static final int TIES_PER_HUB = 12;
    static final double TIE_CUTOFF = 0.05;

    final Negotiation model;
    final PolicyAxes axes;
    final PressureSources pressure;
    final Continuous2D countries = new Continuous2D(0.05, WIDTH, HEIGHT);
    final Continuous2D text = new Continuous2D(0.05, WIDTH, HEIGHT);
    final Continuous2D hubs = new Continuous2D(0.05, WIDTH, HEIGHT);
    final Network ties = new Network(true);
    final CountryMarker[] markers;
    final TextMarker textMarker;
    final HubMarker[] hubMarkers;
    /** Projected ideal points, and the trail of stated positions (one point per round), per actor. */
    final Double2D[] ideals;
    final List<List<Double2D>> trails = new ArrayList<>();
    final List<Double2D> textTrail = new ArrayList<>();
    /** The active coalitions at the last update, for the legends. */
    volatile List<CoalitionSummary> coalitions = List.of();
    /** The calendar label of the last session, for the legends. */
    volatile String clock = "";
    private final double[] meetingSalience;
    private int roundsSeen = -1;

    PolicySpace(Negotiation model, PolicyAxes axes, PressureSources pressure) {
        this.model = model;
        this.axes = axes;
        this.pressure = pressure;
        NegotiationSpec spec = model.getSpec();
        int n = spec.actors().size();
        meetingSalience = meanSalience(spec);
        double maxCapability = 0;
        for (ActorSpec a : spec.actors()) maxCapability = Math.max(maxCapability, a.capability());
        double[] sorted = spec.actors().stream().mapToDouble(ActorSpec::capability).sorted().toArray();
        double labelFrom = sorted[Math.max(0, sorted.length - LABELLED)];
        markers = new CountryMarker[n];
        ideals = new Double2D[n];
        for (int i = 0; i < n; i++) {
            double cap = model.countries()[i].getCapability();
            markers[i] = new CountryMarker(model, i, Math.sqrt(cap / maxCapability), cap >= labelFrom,
                    CountryInspector.rows(model, i, axes, pressure));
            trails.add(new ArrayList<>());
        }
        textMarker = new TextMarker(model);
        hubMarkers = new HubMarker[pressure.hubs()];
        for (int h = 0; h < hubMarkers.length; h++) {
            hubMarkers[h] = new HubMarker(pressure, h);
            double[] stance = pressure.meanStance(h);
            for (int k = 0; k < stance.length; k++) stance[k] = (stance[k] + 1) / 2;
            hubs.setObjectLocation(hubMarkers[h], at(axes.x(stance, meetingSalience), axes.y(stance, meetingSalience)));
            ties.addNode(hubMarkers[h]);
        }
        update();
    }

    /** Where a point of the unit policy square lies in field coordinates. */
    static Double2D at(double x, double y) {
        return new Double2D(LEFT + x, TOP + 1 - y);
    }

    /**
     * Where a marker stands in the policy space now: a government at its stated position, the chair's text, an NGO
     * network at its members' mean stance (as drawn here), a coalition at its platform weighted by the meeting's mean
     * saliences; null for anything else.
     */
    PolicyPosition positionOf(Object marker) {
        if (marker instanceof CoalitionMarker c) {
            double[] platform = new double[meetingSalience.length];
            for (int k = 0; k < platform.length; k++) platform[k] = c.coalition.platformOn(k);
            return new PolicyPosition(axes, axes.x(platform, meetingSalience), axes.y(platform, meetingSalience));
        }
        Double2D at = marker instanceof CountryMarker ? countries.getObjectLocation(marker)
                : marker instanceof TextMarker ? text.getObjectLocation(marker)
                : marker instanceof HubMarker ? hubs.getObjectLocation(marker) : null;
        return at == null ? null : new PolicyPosition(axes, at.x - LEFT, TOP + 1 - at.y);
    }

    /** Mean salience of each issue over all actors: the weights for the text and for NGO hubs. */
    private static double[] meanSalience(NegotiationSpec spec) {
        double[] mean = new double[spec.issues().size()];
        for (ActorSpec a : spec.actors())
            for (int k = 0; k < mean.length; k++) mean[k] += a.salience()[k] / spec.actors().size();
        return mean;
    }

    /** Moves every marker to the model's current state and extends the trails once per round. */
    void update() {
        int rounds = model.rounds().size();
        boolean newRound = rounds != roundsSeen;
        roundsSeen = rounds;
        for (CountryMarker marker : markers) {
            Country c = model.countries()[marker.index];
            double[] salience = c.getSaliences();
            Double2D where = at(axes.x(c.getStatedPositions(), salience), axes.y(c.getStatedPositions(), salience));
            countries.setObjectLocation(marker, where);
            ideals[marker.index] = at(axes.x(c.getIdealPositions(), salience), axes.y(c.getIdealPositions(), salience));
            marker.refresh();
            if (newRound) trails.get(marker.index).add(where);
        }
        Double2D t = at(axes.x(model.text(), meetingSalience), axes.y(model.text(), meetingSalience));
        text.setObjectLocation(textMarker, t);
        if (newRound) textTrail.add(t);
        for (HubMarker hub : hubMarkers) hub.refresh(pressure);
        rebuildTies();
        List<CoalitionSummary> active = new ArrayList<>();
        for (Coalition c : model.coalitions()) active.add(new CoalitionSummary(c.index(), c.id(), c.size()));
        coalitions = List.copyOf(active);
        clock = model.schedule.getTimestamp("before the first round", "ended");
    }

    /** Ties from each hub to the governments it presses hardest, with the pressure relative to the strongest tie. */
    private void rebuildTies() {
        ties.removeAllEdges();
        double strongest = pressure.strongest();
        if (strongest <= 0) return;
        Integer[] order = new Integer[markers.length];
        for (HubMarker hub : hubMarkers) {
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(pressure.on(hub.hub, b), pressure.on(hub.hub, a)));
            for (int r = 0; r < Math.min(TIES_PER_HUB, order.length); r++) {
                double share = pressure.on(hub.hub, order[r]) / strongest;
                if (share < TIE_CUTOFF) break;
                ties.addEdge(hub, markers[order[r]], share);
            }
        }
    }

    /** A coalition as the legends list it. */
    record CoalitionSummary(int index, String id, int size) {
    }

    /** Number of ties drawn now. */
    int tieCount() {
        int count = 0;
        for (HubMarker hub : hubMarkers) count += ties.getEdgesOut(hub).numObjs;
        return count;
    }
}
