package org.ministerial.gui;

import sim.portrayal.LocationWrapper;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * A layer of markers whose inspectors give each marker's position in the policy space ({@link PolicySpace#positionOf})
 * rather than its coordinates on the display, which mean nothing to a reader (on the network display, less than
 * nothing). MASON's inspector shows a clicked object's location through the {@link LocationWrapper} its field
 * portrayal makes; this portrayal makes one that reports the policy position. Markers without one keep MASON's.
 */
final class PolicyPositionPortrayal extends ContinuousPortrayal2D {
    private volatile PolicySpace space;

    /** Positions are read from this run's policy space from now on. */
    void setSpace(PolicySpace space) {
        this.space = space;
    }

    @Override
    public LocationWrapper getWrapper(Object object) {
        LocationWrapper display = super.getWrapper(object);
        return new LocationWrapper(object, null, this) {
            /** The position last reported: MASON rebuilds the position's inspector whenever a new object comes. */
            private PolicyPosition last;

            @Override
            public Object getLocation() {
                PolicyPosition p = position(object);
                if (p == null) return display.getLocation();
                if (last == null || last.x() != p.x() || last.y() != p.y()) last = p;
                return last;
            }

            @Override
            public String getLocationName() {
                PolicyPosition p = position(object);
                return p != null ? p.toString() : display.getLocationName();
            }
        };
    }

    private PolicyPosition position(Object object) {
        PolicySpace s = space;
        return s == null ? null : s.positionOf(object);
    }
}
