package org.ministerial.plot;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.ministerial.batch.FigureSchema;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One outcome's share against one swept parameter, with 95% Wilson intervals: a line over numeric values, points
 * over categorical ones. When other parameters vary too, each point pools the runs over them (a marginal effect). A
 * parameter that the design samples from a continuous range is binned as the heatmap bins it ({@link SweepScale}):
 * a point per bin of its range rather than per value.
 */
final class SweepFigure {
    private SweepFigure() {
    }

    static Figure of(LabelledBatch batch, String parameter, String outcome, int varying) throws PlotException {
        ResultsData d = batch.data();
        List<Table.Row> rows = d.completed();
        SweepScale scale = SweepScale.of(d, rows, parameter);
        if (scale.binned()) return binned(batch, scale, rows, outcome, varying);
        List<String> values = scale.values();
        Map<String, List<Table.Row>> cells = SweepCells.group(d.runs(), rows, parameter);
        String series = outcome + " share";
        String yLabel = yLabel(outcome);
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.SWEEP_COLUMNS));
        boolean numeric = SweepCells.numeric(values);
        YIntervalSeries line = new YIntervalSeries(series);
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        Interval[][] ci = new Interval[1][values.size()];
        List<String> shown = scale.shown();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            Proportion p = d.share(cells.get(v), outcome);
            double share = DataTable.rounded(100 * p.share());
            Interval w = p.wilson().times(100);
            ci[0][i] = new Interval(DataTable.rounded(w.lower()), DataTable.rounded(w.upper()));
            if (numeric) line.add(Double.parseDouble(v), share, ci[0][i].lower(), ci[0][i].upper());
            else points.addValue(share, series, shown.get(i));
            table.add(parameter, v, outcome, p.count(), p.n(), share, ci[0][i].lower(), ci[0][i].upper());
        }
        Plot plot;
        if (numeric) {
            NumberAxis x = new FittingNumberAxis(Labels.parameter(parameter));
            x.setAutoRangeIncludesZero(false);
            // points and their interval caps at the ends of the swept range stand clear of the axis lines
            x.setAutoRangeStickyZero(false); // otherwise a swept value of 0 keeps the axis starting at 0
            x.setLowerMargin(0.06);
            x.setUpperMargin(0.06);
            plot = linePlot(line, x, yLabel);
        } else {
            CategoryPlot cat = ChartBuilders.categoryPlot(points, Labels.parameter(parameter), yLabel, new IntervalRenderer(ci, false),
                    PlotOrientation.VERTICAL);
            ChartBuilders.percentAxis((NumberAxis) cat.getRangeAxis());
            plot = cat;
        }
        String caption = Labels.capitalised(outcome) + " share against " + Labels.parameterWithKey(parameter) + " in " + batch.label()
                + ", with 95% Wilson intervals" + (varying > 1 ? ", pooled over the other swept parameters." : ".");
        return new Figure(name(parameter), caption, ChartBuilders.chart(plot, false), JournalStyle.COLUMN_WIDTH, 180, table);
    }

    /**
     * The share in each bin of a sampled parameter's range ({@link SweepScale}), a point at the bin's centre on an
     * axis labelled at the bins' edges, as the heatmap bins it: a point per sampled value would hold a run or a few
     * each and draw a zig-zag of noise. A bin without runs has no point.
     */
    private static Figure binned(LabelledBatch batch, SweepScale scale, List<Table.Row> rows, String outcome,
                                 int varying) throws PlotException {
        ResultsData d = batch.data();
        String parameter = scale.parameter();
        List<List<Table.Row>> bins = new ArrayList<>();
        for (int k = 0; k < scale.size(); k++) bins.add(new ArrayList<>());
        for (Table.Row r : rows) bins.get(scale.index(d.runs().text(r, parameter))).add(r);
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.SWEEP_COLUMNS));
        YIntervalSeries line = new YIntervalSeries(outcome + " share");
        for (int k = 0; k < bins.size(); k++) {
            if (bins.get(k).isEmpty()) continue;
            Proportion p = d.share(bins.get(k), outcome);
            double share = DataTable.rounded(100 * p.share());
            Interval w = p.wilson().times(100);
            double low = DataTable.rounded(w.lower()), high = DataTable.rounded(w.upper());
            line.add(scale.at(k), share, low, high);
            table.add(parameter, scale.value(k), outcome, p.count(), p.n(), share, low, high);
        }
        Plot plot = linePlot(line, (NumberAxis) scale.axis(Labels.parameter(parameter)), yLabel(outcome));
        String caption = Labels.capitalised(outcome) + " share against " + Labels.parameterWithKey(parameter) + " in "
                + batch.label() + ", with 95% Wilson intervals" + (varying > 1 ? ", pooled over the other swept "
                + "parameters" : "") + "; the design samples it from its range, which is cut into " + SweepScale.BINS
                + " equal bins, each point the runs of one bin, drawn at its centre.";
        return new Figure(name(parameter), caption, ChartBuilders.chart(plot, false), JournalStyle.COLUMN_WIDTH, 180,
                table);
    }

    private static String yLabel(String outcome) {
        return Labels.capitalised(outcome) + " share (%)";
    }

    private static String name(String parameter) {
        return FigureSchema.sweep(FigureNames.slug(parameter.replaceFirst("^parameters\\.", "")));
    }

    /** The line of shares with their intervals over {@code x}, on a 0-100 % axis. */
    private static XYPlot linePlot(YIntervalSeries line, NumberAxis x, String yLabel) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(line);
        NumberAxis y = new FittingNumberAxis(yLabel);
        XYPlot xy = new XYPlot(data, x, y, renderer());
        JournalStyle.plot(xy);
        ChartBuilders.percentAxis(y);
        y.setRange(-4, 104); // a share of 0 or 100 off the frame; the ticks stay 0 to 100
        return xy;
    }

    private static XYErrorRenderer renderer() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setBaseLinesVisible(true);
        r.setBaseShapesVisible(true);
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesStroke(0, JournalStyle.line(0));
        r.setSeriesShape(0, JournalStyle.marker(0));
        r.setErrorPaint(Color.BLACK);
        r.setErrorStroke(JournalStyle.ERROR_STROKE);
        r.setCapLength(4);
        return r;
    }
}
