package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;
import sim.util.Double2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * Where each actor has been and where it wants to be: its trail of stated positions, one point per round, in its
 * coalition's colour, and its ideal point as a small cross, joined to its current position for the largest actors
 * (drawn for every actor of a large meeting the lines would hide the markers). The text's trail is a dashed black
 * line.
 */
final class TrailLayer extends Overlay<PolicySpace> {
    private static final BasicStroke TRAIL = new BasicStroke(1f), TO_IDEAL = new BasicStroke(0.6f),
            TEXT_TRAIL = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {5f, 4f}, 0f);
    private static final Color IDEAL = new Color(0, 0, 0, 110);

    TrailLayer() {
        super(PolicySpace.WIDTH, PolicySpace.HEIGHT);
    }

    @Override
    void paint(PolicySpace space, Graphics2D g, DrawInfo2D info) {
        for (CountryMarker m : space.markers) {
            List<Double2D> trail = space.trails.get(m.index);
            g.setStroke(TRAIL);
            g.setColor(CountryPortrayal.withAlpha(CoalitionPalette.of(m.coalition), 90));
            g.draw(path(trail, info));
            Double2D ideal = space.ideals[m.index];
            if (ideal == null || trail.isEmpty()) continue;
            double ix = px(info, ideal.x), iy = py(info, ideal.y);
            Double2D now = trail.get(trail.size() - 1);
            g.setColor(IDEAL);
            g.setStroke(TO_IDEAL);
            if (m.labelled) g.draw(new Line2D.Double(px(info, now.x), py(info, now.y), ix, iy));
            g.draw(new Line2D.Double(ix - 3, iy, ix + 3, iy));
            g.draw(new Line2D.Double(ix, iy - 3, ix, iy + 3));
        }
        g.setColor(Color.BLACK);
        g.setStroke(TEXT_TRAIL);
        g.draw(path(space.textTrail, info));
    }

    private Path2D.Double path(List<Double2D> points, DrawInfo2D info) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            double x = px(info, points.get(i).x), y = py(info, points.get(i).y);
            if (i == 0) p.moveTo(x, y);
            else p.lineTo(x, y);
        }
        return p;
    }
}
