package org.ministerial.plot;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.ministerial.batch.FigureSchema;

import java.awt.geom.Ellipse2D;

/**
 * Two calibrated parameters against each other: every particle of the last generation as a dot, darker the heavier
 * its importance weight, over the two priors' ranges. A ridge or a tilt shows parameters the targets identify only
 * together (a trade-off), which marginal histograms hide.
 */
final class PosteriorPairFigure {
    /** Pairwise figures are drawn up to this many parameters (10 figures). */
    static final int MAX_PARAMETERS = 5;

    private PosteriorPairFigure() {
    }

    static Figure of(Posterior posterior, int dx, int dy) {
        Posterior.Parameter px = posterior.parameters().get(dx), py = posterior.parameters().get(dy);
        int n = posterior.weights().length;
        double max = 0;
        for (double w : posterior.weights()) max = Math.max(max, w);
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.POSTERIOR_PAIR_COLUMNS));
        double[][] series = new double[3][n];
        for (int i = 0; i < n; i++) {
            series[0][i] = posterior.particles()[i][dx];
            series[1][i] = posterior.particles()[i][dy];
            series[2][i] = DataTable.rounded(posterior.weights()[i]);
            table.add(px.key(), py.key(), i, series[0][i], series[1][i], series[2][i]);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("particles", series);
        XYShapeRenderer renderer = new XYShapeRenderer();
        // the lightest dot stays visible on white: weight 0 sits a quarter of the scale above its light end
        renderer.setPaintScale(new GrayScale(-0.25 * Math.max(max, 1e-12), Math.max(max, 1e-12)));
        renderer.setBaseShape(new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        renderer.setDrawOutlines(false);
        XYPlot plot = new XYPlot(data, axis(px), axis(py), renderer);
        JournalStyle.plot(plot);
        String caption = "Particles of the last generation of calibration " + posterior.name() + " over "
                + Labels.parameterWithKey(px.key()) + " and " + Labels.parameterWithKey(py.key())
                + ", darker the larger the importance weight; axes span the priors.";
        String name = FigureSchema.posteriorPair(FigureNames.slug(lastSegment(px.key())),
                FigureNames.slug(lastSegment(py.key())));
        return new Figure(name, caption, ChartBuilders.chart(plot, false), JournalStyle.COLUMN_WIDTH, 220, table);
    }

    private static NumberAxis axis(Posterior.Parameter p) {
        NumberAxis a = new FittingNumberAxis(p.key());
        double pad = p.integer() ? 0.5 : 0;
        a.setRange(p.min() - pad, p.max() + pad);
        return a;
    }

    private static String lastSegment(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }
}
