package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Draws a coalition's hub on the network display: a rounded box in its colour with its name and size. */
final class CoalitionPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    private static RoundRectangle2D.Double box(CoalitionMarker hub, Graphics2D g, DrawInfo2D info) {
        String text = hub.toString();
        double w = 8 + (g == null ? 7 * text.length() : g.getFontMetrics(LABEL).stringWidth(text)), h = 18;
        return new RoundRectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h, 8, 8);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        CoalitionMarker hub = (CoalitionMarker) object;
        RoundRectangle2D.Double box = box(hub, g, info);
        Color fill = CoalitionPalette.of(hub.index);
        g.setColor(fill);
        g.fill(box);
        g.setColor(info.selected ? Color.RED : Color.BLACK);
        g.setStroke(new BasicStroke(info.selected ? 2.5f : 1f));
        g.draw(box);
        g.setFont(LABEL);
        g.setColor(CoalitionPalette.luminance(fill) > 0.45 ? Color.BLACK : Color.WHITE);
        g.drawString(hub.toString(), (float) (box.x + 4), (float) (info.draw.y + 4));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        Rectangle2D bounds = box((CoalitionMarker) object, null, range).getBounds2D();
        return bounds.intersects(range.clip);
    }
}
