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
import java.util.List;
import java.util.Map;

/**
 * One outcome's share against one swept parameter, with 95% Wilson intervals: a line over numeric values, points
 * over categorical ones. When other parameters vary too, each point pools the runs over them (a marginal effect).
 */
final class SweepFigure {
    private SweepFigure() {
    }

    static Figure of(LabelledBatch batch, String parameter, String outcome, int varying) throws PlotException {
        ResultsData d = batch.data();
        List<Table.Row> rows = d.completed();
        List<String> values = SweepCells.values(d.runs(), rows, parameter);
        Map<String, List<Table.Row>> cells = SweepCells.group(d.runs(), rows, parameter);
        String series = outcome + " share";
        String yLabel = Labels.capitalised(outcome) + " share (%)";
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.SWEEP_COLUMNS));
        boolean numeric = SweepCells.numeric(values);
        YIntervalSeries line = new YIntervalSeries(series);
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        Interval[][] ci = new Interval[1][values.size()];
        List<String> shown = Labels.values(parameter, values);
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
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(line);
            NumberAxis x = new FittingNumberAxis(Labels.parameter(parameter));
            x.setAutoRangeIncludesZero(false);
            // points and their interval caps at the ends of the swept range stand clear of the axis lines
            x.setAutoRangeStickyZero(false); // otherwise a swept value of 0 keeps the axis starting at 0
            x.setLowerMargin(0.06);
            x.setUpperMargin(0.06);
            NumberAxis y = new FittingNumberAxis(yLabel);
            XYPlot xy = new XYPlot(data, x, y, renderer());
            JournalStyle.plot(xy);
            ChartBuilders.percentAxis(y);
            y.setRange(-4, 104); // a share of 0 or 100 off the frame; the ticks stay 0 to 100
            plot = xy;
        } else {
            CategoryPlot cat = ChartBuilders.categoryPlot(points, Labels.parameter(parameter), yLabel, new IntervalRenderer(ci, false),
                    PlotOrientation.VERTICAL);
            ChartBuilders.percentAxis((NumberAxis) cat.getRangeAxis());
            plot = cat;
        }
        String caption = Labels.capitalised(outcome) + " share against " + Labels.parameterWithKey(parameter) + " in " + batch.label()
                + ", with 95% Wilson intervals" + (varying > 1 ? ", pooled over the other swept parameters." : ".");
        String name = FigureSchema.sweep(FigureNames.slug(parameter.replaceFirst("^parameters\\.", "")));
        return new Figure(name, caption, ChartBuilders.chart(plot, false), JournalStyle.COLUMN_WIDTH, 180, table);
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
