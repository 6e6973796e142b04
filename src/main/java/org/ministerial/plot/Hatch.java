package org.ministerial.plot;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Hatching drawn over a fill, so that more series can be told apart than there are grays far enough apart to survive
 * printing (about four). Lines are drawn as geometry, not as a texture, because JFreeSVG and JFreePDF write only
 * plain colours and gradients: a {@code TexturePaint} would be lost in the vector formats.
 */
enum Hatch {
    /** No lines. */
    NONE,
    /** Lines rising to the right at 45 degrees: {@code ////}. */
    DIAGONAL,
    /** Lines rising to the right and to the left: {@code XXXX}. */
    CROSS,
    /** Horizontal lines, parallel to the bars' base in a vertical bar chart. */
    HORIZONTAL;

    /** Distance between neighbouring lines in points: two or three lines across a narrow bar. */
    static final double SPACING = 2.5;

    /**
     * The hatch lines inside {@code r}, as open segments ending on its edges. Filling the segments covers nothing, so
     * a shape made of an outline and these segments fills as the outline alone and strokes as outline plus hatching.
     */
    Path2D lines(Rectangle2D r) {
        Path2D.Double p = new Path2D.Double();
        switch (this) {
            case NONE -> { }
            case DIAGONAL -> family(p, r, 1, -1);
            case CROSS -> {
                family(p, r, 1, -1);
                family(p, r, 1, 1);
            }
            case HORIZONTAL -> family(p, r, 1, 0);
        }
        return p;
    }

    /**
     * Parallel lines of direction {@code (dx, dy)} (y down, as on screen), {@link #SPACING} apart, anchored to the
     * rectangle's lower left corner so that a pattern starts the same way in every bar, each clipped to {@code r}.
     */
    private static void family(Path2D p, Rectangle2D r, double dx, double dy) {
        double length = Math.hypot(dx, dy);
        double ux = dx / length, uy = dy / length, nx = -uy, ny = ux;
        double x0 = r.getMinX(), y0 = r.getMaxY();
        // the range of offsets along the normal that cross the rectangle
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] c : new double[][] {{r.getMinX(), r.getMinY()}, {r.getMaxX(), r.getMinY()},
                {r.getMinX(), r.getMaxY()}, {r.getMaxX(), r.getMaxY()}}) {
            double d = (c[0] - x0) * nx + (c[1] - y0) * ny;
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        double reach = r.getWidth() + r.getHeight();
        for (double d = Math.ceil(lo / SPACING) * SPACING; d <= hi; d += SPACING) {
            // strictly inside: a line through a corner, or along an edge, would only thicken the outline
            if (d <= lo + 1e-9 || d >= hi - 1e-9) continue;
            double[] seg = clip(x0 + d * nx - reach * ux, y0 + d * ny - reach * uy, 2 * reach * ux, 2 * reach * uy, r);
            if (seg == null) continue;
            p.moveTo(seg[0], seg[1]);
            p.lineTo(seg[2], seg[3]);
        }
    }

    /**
     * The part inside {@code r} of the segment from {@code (x, y)} along {@code (vx, vy)} (Liang and Barsky's
     * clipping), or null if it misses the rectangle.
     */
    private static double[] clip(double x, double y, double vx, double vy, Rectangle2D r) {
        double t0 = 0, t1 = 1;
        double[] p = {-vx, vx, -vy, vy};
        double[] q = {x - r.getMinX(), r.getMaxX() - x, y - r.getMinY(), r.getMaxY() - y};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) return null;
                continue;
            }
            double t = q[i] / p[i];
            if (p[i] < 0) t0 = Math.max(t0, t);
            else t1 = Math.min(t1, t);
        }
        if (t0 >= t1) return null;
        return new double[] {x + t0 * vx, y + t0 * vy, x + t1 * vx, y + t1 * vy};
    }
}
