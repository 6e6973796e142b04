package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

/** Draws the chair's text as a white star with a black outline: unlike any actor's circle, in colour or grey. */
final class TextPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final double OUTER = 13, INNER = 5.5;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    static Path2D.Double star(double x, double y, double outer, double inner) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner, a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            else p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Path2D.Double s = star(info.draw.x, info.draw.y, OUTER, INNER);
        g.setColor(Color.WHITE);
        g.fill(s);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(info.selected ? 3f : 2f));
        g.draw(s);
        g.setFont(LABEL);
        g.drawString("text", (float) (info.draw.x + OUTER + 2), (float) (info.draw.y - 4));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return star(range.draw.x, range.draw.y, OUTER, INNER).intersects(range.clip);
    }
}
