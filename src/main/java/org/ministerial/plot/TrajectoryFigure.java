package org.ministerial.plot;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.ministerial.batch.FigureSchema;
import org.ministerial.batch.ResultsSchema.Rounds;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Trajectories over the calendar of one batch, stacked panels sharing a day axis: actors accepting the text, mean
 * distance of stated positions to the text, and NGO mobilisation, each as the mean over runs with the central 95%
 * of runs as a band ({@link Trajectories}). Minor ticks mark the sessions of each day.
 */
final class TrajectoryFigure {
    /** The variables drawn, with their axis labels (units in parentheses). */
    static final Map<String, String> VARIABLES = Map.of(
            Rounds.ACCEPTING, "Accepting (actors)",
            Rounds.MEAN_DISTANCE, "Distance (0-1)",
            Rounds.MOBILISATION, "Mobilisation (0-1)");
    static final List<String> ORDER = List.of(Rounds.ACCEPTING, Rounds.MEAN_DISTANCE, Rounds.MOBILISATION);
    static final String MEAN = "Mean over runs", BAND = "Central 95% of runs";
    /** The columns of the rounds table the figure reads; the rest (the text on each issue...) are not kept. */
    static final List<String> COLUMNS = Stream.concat(
            Stream.of(Rounds.RUN, Rounds.ROUND, Rounds.SESSION), ORDER.stream()).toList();

    private TrajectoryFigure() {
    }

    static Figure of(LabelledBatch batch, Table rounds) throws PlotException {
        List<String> variables = new ArrayList<>();
        for (String v : ORDER) if (rounds.header().contains(v)) variables.add(v);
        if (variables.isEmpty())
            throw new PlotException(rounds.file() + ":1: none of the columns " + ORDER + " to draw");
        Trajectories.Result result = Trajectories.of(rounds, variables, batch.data().sessionsPerDay());
        int perDay = result.sessionsPerDay();
        Map<String, List<Trajectories.Point>> series = result.series();
        boolean oneDay = true;
        for (Trajectories.Point p : series.get(variables.get(0))) oneDay &= p.day() == 1;
        NumberAxis days = new FittingNumberAxis(oneDay ? "Session (one day)"
                : "Day of the meeting (minor ticks: sessions)");
        days.setTickUnit(JournalStyle.tickUnit(1));
        days.setMinorTickCount(oneDay ? 0 : perDay);
        days.setMinorTickMarksVisible(!oneDay && perDay > 1);
        int sessionsPerUnit = oneDay ? 1 : perDay;
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(days);
        plot.setGap(10);
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.TRAJECTORIES_COLUMNS));
        double lastX = 1;
        for (String v : variables) {
            YIntervalSeries s = new YIntervalSeries(v);
            for (Trajectories.Point p : series.get(v)) {
                double x = oneDay ? p.session() : p.x(perDay);
                lastX = Math.max(lastX, x);
                s.add(x, p.mean(), p.band().lower(), p.band().upper());
                table.add(v, p.round(), p.day(), p.session(), x, p.runs(), p.negotiating(), p.mean(),
                        p.band().lower(), p.band().upper());
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(s);
            NumberAxis y = new FittingNumberAxis(VARIABLES.get(v));
            y.setAutoRangeIncludesZero(true);
            y.setRangeType(RangeType.POSITIVE);
            if (Rounds.ACCEPTING.equals(v)) {
                y.setStandardTickUnits(JournalStyle.INTEGER_TICK_UNITS);
                y.setAutoRangeMinimumSize(2);
            } else {
                y.setAutoRangeMinimumSize(0.1);
            }
            XYPlot panel = new XYPlot(data, null, y, renderer());
            JournalStyle.plot(panel);
            plot.add(panel, 1);
        }
        days.setRange(1, Math.max(lastX, 1 + 1.0 / sessionsPerUnit));
        JournalStyle.plot(plot);
        plot.setFixedLegendItems(legend());
        String caption = "Trajectories over the calendar of " + batch.label() + ": mean over "
                + Labels.count(series.get(variables.get(0)).get(0).runs(), "run")
                + " (line) and central 95% of runs (band); "
                + "runs that ended keep their final value.";
        return new Figure(FigureSchema.TRAJECTORIES, caption, ChartBuilders.chart(plot, true),
                JournalStyle.COLUMN_WIDTH,
                90 + 80 * variables.size(), table);
    }

    private static DeviationRenderer renderer() {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesStroke(0, JournalStyle.line(0));
        r.setSeriesFillPaint(0, JournalStyle.gray(0.82));
        r.setAlpha(1f);
        return r;
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(MEAN, null, null, null, new Line2D.Double(-6, 0, 6, 0), JournalStyle.line(0),
                Color.BLACK));
        items.add(new LegendItem(BAND, null, null, null, new Rectangle2D.Double(-5, -3, 10, 6),
                JournalStyle.gray(0.82)));
        return items;
    }
}
