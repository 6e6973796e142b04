package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

import java.awt.Color;

/**
 * Draws ties (pressure, membership) that clicks pass through: a click on a government under a bundle of ties
 * inspects the government, whose inspector already lists the pressure on it from each network.
 */
final class TiePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;

    private TiePortrayal(Color colour) {
        super(colour, colour, null);
    }

    /** Pressure ties: round-ended lines whose width is the tie's share of the strongest tie, up to 7 pixels. */
    static TiePortrayal pressure() {
        TiePortrayal ties = new TiePortrayal(TieColours.PRESSURE);
        ties.setShape(SHAPE_LINE_ROUND_ENDS);
        ties.setAdjustsThickness(true);
        ties.setBaseWidth(7);
        ties.setScaling(NEVER_SCALE);
        return ties;
    }

    /** Membership ties: hairlines from a coalition's hub to each member. */
    static TiePortrayal membership() {
        TiePortrayal ties = new TiePortrayal(TieColours.MEMBERSHIP);
        ties.setShape(SHAPE_THIN_LINE);
        return ties;
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
