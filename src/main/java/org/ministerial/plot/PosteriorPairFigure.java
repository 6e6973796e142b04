package org.ministerial.plot;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.ministerial.batch.FigureSchema;

import java.awt.geom.Ellipse2D;

/**
 * Two calibrated parameters against each other: every particle of the last generation as a dot, darker the heavier
 * its importance weight (a key beside the plot reads the shade), over the two priors' ranges. A ridge or a tilt shows
 * parameters the targets identify only together (a trade-off), which marginal histograms hide.
 */
final class PosteriorPairFigure {
    /** Pairwise figures are drawn up to this many parameters (10 figures). */
    static final int MAX_PARAMETERS = 5;

    private PosteriorPairFigure() {
    }

    static Figure of(Posterior posterior, int dx, int dy) {
        Posterior.Parameter px = posterior.parameters().get(dx), py = posterior.parameters().get(dy);
        int n = posterior.weights().length;
        double max = 0, sum = 0;
        for (double w : posterior.weights()) {
            max = Math.max(max, w);
            sum += w;
        }
        double mean = sum > 0 ? sum / n : 1;
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.POSTERIOR_PAIR_COLUMNS));
        double[][] series = new double[3][n];
        double top = Math.max(max / mean, 1e-12);
        for (int i = 0; i < n; i++) {
            series[0][i] = posterior.particles()[i][dx];
            series[1][i] = posterior.particles()[i][dy];
            // shaded by the weight relative to the mean weight (1: an average particle), which the key reads in
            series[2][i] = posterior.weights()[i] / mean;
            table.add(px.key(), py.key(), i, series[0][i], series[1][i], DataTable.rounded(posterior.weights()[i]));
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("particles", series);
        XYShapeRenderer renderer = new XYShapeRenderer();
        // the lightest dot stays visible on white: weight 0 sits a quarter of the scale above its light end
        GrayScale scale = new GrayScale(-0.25 * top, top);
        renderer.setPaintScale(scale);
        renderer.setBaseShape(new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        renderer.setDrawOutlines(false);
        XYPlot plot = new XYPlot(data, priorAxis(px), priorAxis(py), renderer);
        JournalStyle.plot(plot);
        var chart = ChartBuilders.chart(plot, false);
        chart.addSubtitle(weightKey(scale, top));
        String caption = "Particles of the last generation of calibration " + posterior.name() + " over "
                + Labels.parameterWithKey(px.key()) + " and " + Labels.parameterWithKey(py.key())
                + ", darker the larger the importance weight (key: weight over the mean weight, 1 for an average"
                + " particle); axes span the priors.";
        String name = FigureSchema.posteriorPair(FigureNames.slug(lastSegment(px.key())),
                FigureNames.slug(lastSegment(py.key())));
        return new Figure(name, caption, chart, JournalStyle.COLUMN_WIDTH, 220, table);
    }

    /** The key to the dots' shading: a gray strip from weight 0 to the largest, right of the plot. */
    private static PaintScaleLegend weightKey(GrayScale scale, double top) {
        NumberAxis axis = new NumberAxis("Weight (\u00d7 mean)");
        axis.setStandardTickUnits(JournalStyle.TICK_UNITS);
        PaintScaleLegend key = ChartBuilders.grayKey(scale, axis);
        // after the legend, which sets its axis to the scale's range: the key starts at weight 0, not below it
        axis.setRange(0, top);
        return key;
    }

    /**
     * An axis over a parameter's prior: the prior's range with a margin of {@value #MARGIN} of it on each side, so
     * that particles at either bound are drawn whole, and ticks on both bounds where a step of 1, 2, 2.5 or 5 times a
     * power of ten fits the range 3 to 7 times from its lower bound. A whole-number parameter's axis reaches half a
     * unit beyond its bounds.
     */
    static NumberAxis priorAxis(Posterior.Parameter p) {
        NumberAxis a = new FittingNumberAxis(Labels.parameter(p.key()));
        double width = p.max() - p.min();
        double pad = p.integer() ? 0.5 : MARGIN * width;
        a.setRange(p.min() - pad, p.max() + pad);
        NumberTickUnit step = boundTicks(p.min(), p.max());
        if (step != null) a.setTickUnit(step);
        return a;
    }

    /** Margin beyond a prior's bounds, as a share of its range. */
    static final double MARGIN = 0.04;

    /** The largest step with 3 to 7 ticks from {@code min} to {@code max}, both on a tick; null if none fits. */
    static NumberTickUnit boundTicks(double min, double max) {
        double width = max - min;
        if (!(width > 0)) return null;
        for (int e = (int) Math.floor(Math.log10(width)); e >= (int) Math.floor(Math.log10(width)) - 2; e--)
            for (double m : new double[] {5, 2.5, 2, 1}) {
                double step = m * Math.pow(10, e);
                double steps = width / step;
                if (steps < 3 - 1e-9 || steps > 7 + 1e-9) continue;
                if (whole(steps) && whole(min / step)) return JournalStyle.tickUnit(step);
            }
        return null;
    }

    private static boolean whole(double x) {
        return Math.abs(x - Math.rint(x)) < 1e-6;
    }

    private static String lastSegment(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }
}
