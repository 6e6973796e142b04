package org.ministerial.gui;

import org.ministerial.model.Coalition;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state behind the network display: who stands with whom. NGO network hubs in a column on the left; each active
 * coalition as a hub on a ring in the middle with its members around it (largest first, clockwise from the top);
 * governments in no coalition on a grid on the right, largest first. Membership ties join coalition hubs to their
 * members; the pressure ties are those of the {@link PolicySpace}, drawn here between the same markers.
 * Laid out again after every round, because coalitions form, grow, merge and dissolve.
 */
final class NetworkView {
    static final double WIDTH = 1.6, HEIGHT = 1.0;
    private static final double RING_X = 0.66, RING_Y = 0.5, RING = 0.28;
    /** Largest circle of members around a coalition's hub; larger coalitions pack their members closer. */
    private static final double MAX_MEMBER_RADIUS = 0.15;
    private static final double GRID_X = 1.16, GRID_Y = 0.1, GRID_STEP = 0.048;
    private static final int GRID_COLUMNS = 9;
    /** Distance between neighbouring members on a coalition's circle, in field units. */
    private static final double MEMBER_SPACING = 0.019;

    final PolicySpace space;
    final Continuous2D layout = new Continuous2D(0.05, WIDTH, HEIGHT);
    final Network membership = new Network(true);
    private final Map<Integer, CoalitionMarker> coalitionMarkers = new HashMap<>();

    NetworkView(PolicySpace space) {
        this.space = space;
        HubMarker[] hubs = space.hubMarkers;
        for (int h = 0; h < hubs.length; h++)
            layout.setObjectLocation(hubs[h], new Double2D(0.09, 0.14 + 0.76 * (h + 0.5) / hubs.length));
        update();
    }

    /** Lays out the coalitions as they stand now. */
    void update() {
        membership.clear();
        for (CoalitionMarker old : coalitionMarkers.values()) layout.remove(old);
        List<Coalition> active = space.model.coalitions();
        active.sort(Comparator.comparingInt(Coalition::index));
        boolean[] placed = new boolean[space.markers.length];
        for (int c = 0; c < active.size(); c++) {
            Coalition coalition = active.get(c);
            CoalitionMarker hub = coalitionMarkers.computeIfAbsent(coalition.index(),
                    i -> new CoalitionMarker(space.model, coalition));
            hub.size = coalition.size();
            double angle = -Math.PI / 2 + 2 * Math.PI * c / active.size();
            double cx = active.size() == 1 ? RING_X : RING_X + RING * Math.cos(angle);
            double cy = active.size() == 1 ? RING_Y : RING_Y + RING * Math.sin(angle);
            layout.setObjectLocation(hub, new Double2D(cx, cy));
            membership.addNode(hub);
            List<Integer> members = byCapability(coalition.members());
            double radius = Math.min(MAX_MEMBER_RADIUS,
                    Math.max(0.04, members.size() * MEMBER_SPACING / (2 * Math.PI)));
            for (int r = 0; r < members.size(); r++) {
                double a = -Math.PI / 2 + 2 * Math.PI * r / members.size();
                CountryMarker m = space.markers[members.get(r)];
                layout.setObjectLocation(m, new Double2D(cx + radius * Math.cos(a), cy + radius * Math.sin(a)));
                membership.addEdge(hub, m, null);
                placed[m.index] = true;
            }
        }
        List<Integer> unaligned = new ArrayList<>();
        for (int i = 0; i < placed.length; i++) if (!placed[i]) unaligned.add(i);
        unaligned = byCapability(unaligned);
        for (int r = 0; r < unaligned.size(); r++) {
            double x = GRID_X + (r % GRID_COLUMNS) * GRID_STEP, y = GRID_Y + (r / GRID_COLUMNS) * GRID_STEP;
            layout.setObjectLocation(space.markers[unaligned.get(r)], new Double2D(x, y));
        }
    }

    private List<Integer> byCapability(List<Integer> actors) {
        List<Integer> sorted = new ArrayList<>(actors);
        sorted.sort((a, b) -> Double.compare(space.markers[b].relativeRadius, space.markers[a].relativeRadius));
        return sorted;
    }

    /** The coalition hubs on the display now. */
    int coalitionsShown() {
        int count = 0;
        for (CoalitionMarker hub : coalitionMarkers.values()) if (layout.exists(hub)) count++;
        return count;
    }
}
