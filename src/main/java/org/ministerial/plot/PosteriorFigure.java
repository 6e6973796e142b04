package org.ministerial.plot;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.ministerial.batch.FigureSchema;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * The marginal posterior of one calibrated parameter: a histogram of the last generation's particles weighted by
 * their importance weights, as a density over the prior's range, with the uniform prior's density dashed for
 * comparison (a posterior as flat as its prior means the targets say little about the parameter). A whole-number
 * parameter gets one bar per value (up to {@value #BINS}), a continuous one {@value #BINS} equal bins.
 */
final class PosteriorFigure {
    static final int BINS = 20;

    private PosteriorFigure() {
    }

    static Figure of(Posterior posterior, int d) {
        Posterior.Parameter p = posterior.parameters().get(d);
        double lo = p.min(), hi = p.max();
        int bins = BINS;
        if (p.integer()) {
            lo = Math.ceil(p.min()) - 0.5;
            hi = Math.floor(p.max()) + 0.5;
            bins = (int) Math.round(hi - lo);
            if (bins > BINS) bins = BINS;
        }
        double width = (hi - lo) / bins;
        double[] mass = new double[bins];
        double total = 0;
        for (int i = 0; i < posterior.weights().length; i++) {
            double x = posterior.particles()[i][d];
            int b = (int) Math.floor((x - lo) / width);
            mass[Math.max(0, Math.min(bins - 1, b))] += posterior.weights()[i];
            total += posterior.weights()[i];
        }
        double prior = 1 / (hi - lo);
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.POSTERIOR_COLUMNS));
        XYIntervalSeries bars = new XYIntervalSeries("posterior");
        for (int b = 0; b < bins; b++) {
            double from = DataTable.rounded(lo + b * width), to = DataTable.rounded(lo + (b + 1) * width);
            double share = DataTable.rounded(mass[b] / total);
            double density = DataTable.rounded(share / width);
            bars.add((from + to) / 2, from, to, density, density, density);
            table.add(p.key(), from, to, share, density, DataTable.rounded(prior));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        NumberAxis x = PosteriorPairFigure.priorAxis(p);
        NumberAxis y = new FittingNumberAxis("Posterior density");
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesPaint(0, JournalStyle.fill(1));
        renderer.setSeriesOutlinePaint(0, Color.BLACK);
        renderer.setSeriesOutlineStroke(0, JournalStyle.OUTLINE_STROKE);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JournalStyle.plot(plot);
        plot.addRangeMarker(new ValueMarker(prior, Color.BLACK, JournalStyle.ZERO_STROKE));
        LegendItemCollection key = new LegendItemCollection();
        key.add(new LegendItem("Posterior", null, null, null, new Rectangle2D.Double(-4, -4, 8, 8),
                JournalStyle.fill(1), JournalStyle.OUTLINE_STROKE, Color.BLACK));
        key.add(new LegendItem("Uniform prior", null, null, null, new Line2D.Double(-8, 0, 8, 0),
                JournalStyle.ZERO_STROKE, Color.BLACK));
        plot.setFixedLegendItems(key);
        String caption = String.format(Locale.ROOT, "Posterior of %s in calibration %s: the %d particles of the last "
                        + "generation weighted by importance (effective sample size %.0f), as a density over the "
                        + "prior's range (axis: the prior's range and a small margin); dashed, the uniform prior. Posterior mean %s, 95%% credible interval %s.",
                Labels.parameterWithKey(p.key()), posterior.name(), posterior.weights().length, posterior.effectiveSampleSize(),
                number(p.mean()), p.ci() == null ? "-" : "[" + number(p.ci().lower()) + ", " + number(p.ci().upper())
                        + "]");
        String name = FigureSchema.posterior(FigureNames.slug(p.key().replaceFirst("^parameters\\.", "")));
        return new Figure(name, caption, ChartBuilders.chart(plot, true), JournalStyle.COLUMN_WIDTH, 175, table);
    }

    static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3g", v);
    }
}
