package org.ministerial.gui;

import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/**
 * Draws a negotiating actor as a circle whose area is proportional to its capability: filled in its coalition's
 * colour, or hollow when it is in none; a heavy outline while it accepts the text; crossed out once it has walked
 * out. The largest actors, and any selected one, carry their code.
 */
final class CountryPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Color OUTLINE = new Color(0x202020);
    private static final BasicStroke THIN = new BasicStroke(0.8f), HEAVY = new BasicStroke(2.4f),
            RING = new BasicStroke(1.6f), SELECTED = new BasicStroke(2f);

    private final double maxRadius;
    private final double minPixels;
    private final boolean labels;

    /**
     * @param maxRadius radius of the largest actor in field units
     * @param minPixels smallest radius drawn, so small states stay visible and clickable
     * @param labels    whether the largest actors carry their code
     */
    CountryPortrayal(double maxRadius, double minPixels, boolean labels) {
        this.maxRadius = maxRadius;
        this.minPixels = minPixels;
        this.labels = labels;
    }

    /** Radius on screen in pixels. */
    double radius(CountryMarker m, DrawInfo2D info) {
        return Math.max(minPixels, maxRadius * m.relativeRadius * info.draw.width);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        CountryMarker m = (CountryMarker) object;
        double r = radius(m, info), x = info.draw.x, y = info.draw.y;
        Ellipse2D.Double circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        Color colour = CoalitionPalette.of(m.coalition);
        if (m.coalition >= 0) {
            g.setColor(m.walkedOut ? withAlpha(colour, 70) : withAlpha(colour, 215));
            g.fill(circle);
            g.setColor(OUTLINE);
            g.setStroke(m.accepts ? HEAVY : THIN);
        } else {
            g.setColor(m.accepts ? OUTLINE : CoalitionPalette.NONE);
            g.setStroke(m.accepts ? HEAVY : RING);
        }
        g.draw(circle);
        if (m.walkedOut) {
            g.setColor(OUTLINE);
            g.setStroke(RING);
            g.draw(new Line2D.Double(x - r, y - r, x + r, y + r));
            g.draw(new Line2D.Double(x - r, y + r, x + r, y - r));
        }
        if (info.selected) {
            g.setColor(Color.RED);
            g.setStroke(SELECTED);
            g.draw(new Ellipse2D.Double(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6));
        }
        if ((labels && m.labelled) || info.selected) {
            g.setFont(LABEL);
            g.setColor(Color.BLACK);
            g.drawString(m.code, (float) (x + r + 2), (float) (y + 4));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double r = radius((CountryMarker) object, range);
        return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip);
    }

    /** All rows on one page: MASON 18 pages inspectors of clicked objects at 25 rows. */
    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        if (wrapper == null) return null;
        return new SimpleInspector(wrapper.getObject(), state, null, state.getMaximumPropertiesForInspector());
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
