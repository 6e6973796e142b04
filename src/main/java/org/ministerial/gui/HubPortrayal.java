package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws an NGO hub as a square: side growing with the square root of its membership, grey from light (quiet) to
 * dark (fully mobilised), with its name.
 */
final class HubPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.ITALIC, 10);

    static double side(HubMarker hub) {
        return Math.min(26, 6 + 1.2 * Math.sqrt(hub.members));
    }

    /** Grey for a mobilisation in [0,1]: 0 light, 1 near black. */
    static Color shade(double mobilisation) {
        int v = (int) Math.round(225 - 195 * Math.max(0, Math.min(1, mobilisation)));
        return new Color(v, v, v);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        HubMarker hub = (HubMarker) object;
        double s = side(hub);
        Rectangle2D.Double box = new Rectangle2D.Double(info.draw.x - s / 2, info.draw.y - s / 2, s, s);
        g.setColor(shade(hub.mobilisation));
        g.fill(box);
        g.setColor(info.selected ? Color.RED : Color.BLACK);
        g.setStroke(new BasicStroke(info.selected ? 2.5f : 1.2f));
        g.draw(box);
        g.setFont(LABEL);
        g.setColor(Color.BLACK);
        g.drawString(hub.name, (float) (info.draw.x - s / 2), (float) (info.draw.y + s / 2 + 11));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double s = side((HubMarker) object);
        return new Rectangle2D.Double(range.draw.x - s / 2, range.draw.y - s / 2, s, s).intersects(range.clip);
    }
}
