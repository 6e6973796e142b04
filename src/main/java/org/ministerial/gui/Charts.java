package org.ministerial.gui;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.ministerial.model.RoundRecord;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

import java.awt.Color;
import java.util.List;

/**
 * The four time-series charts: governments accepting the text, mean distance of stated positions to the text, NGO
 * mobilisation and coalition sizes, one point per round. They are filled from the model's own round records
 * ({@link org.ministerial.model.Negotiation#rounds()}), so a run opened from a checkpoint shows its whole history,
 * and redrawn at most every {@code interval} rounds (MASON charts cost far more to draw than a round costs to run).
 */
final class Charts {
    final TimeSeriesChartGenerator accepting = chart("Governments accepting the text", "governments");
    final TimeSeriesChartGenerator distance = chart("Mean distance of stated positions to the text",
            "salience-weighted distance");
    final TimeSeriesChartGenerator mobilisation = chart("NGO mobilisation", "mean mobilisation");
    final TimeSeriesChartGenerator coalitions = chart("Coalition sizes", "governments / coalitions");
    private XYSeries acceptingSeries, presentSeries, distanceSeries, mobilisationSeries, largestSeries,
            membersSeries, countSeries;
    private int interval = 1;
    private int lastDrawn;
    /** Increases with every redraw: MASON skips a redraw whose key equals the previous one. */
    private long redraws;

    /**
     * Series colours, in the order series are added to a chart: blue, vermillion and bluish green of the Okabe-Ito
     * palette (M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and presentations that are
     * friendly to colorblind people", 2008, https://jfly.uni-koeln.de/color/), which stay distinct under the common
     * colour-vision deficiencies, unlike MASON's default red, blue and green.
     */
    static final Color[] SERIES_COLOURS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73)};

    private static TimeSeriesChartGenerator chart(String title, String yLabel) {
        TimeSeriesChartGenerator c = new TimeSeriesChartGenerator();
        c.setTitle(title);
        c.setXAxisLabel("round");
        c.setYAxisLabel(yLabel);
        // a round is a whole step: no tick at 2.5
        ((NumberAxis) c.getChart().getXYPlot().getDomainAxis())
                .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return c;
    }

    /** The charts in the order their windows are laid out. */
    List<TimeSeriesChartGenerator> all() {
        return List.of(accepting, distance, mobilisation, coalitions);
    }

    /**
     * Empties the charts for a new run.
     *
     * @param rounds the run's length, which sets how often the charts are redrawn (about 200 times a run at most)
     */
    void reset(int rounds) {
        interval = Math.max(1, (int) Math.ceil(rounds / 200.0));
        lastDrawn = 0;
        for (TimeSeriesChartGenerator c : all()) {
            c.removeAllSeries();
            // the whole meeting from its first round, before any is played
            c.setXAxisRange(1, Math.max(2, rounds));
        }
        acceptingSeries = add(accepting, "accepting");
        presentSeries = add(accepting, "in the room (not walked out)");
        distanceSeries = add(distance, "mean distance");
        mobilisationSeries = add(mobilisation, "mean mobilisation");
        largestSeries = add(coalitions, "largest coalition (members)");
        membersSeries = add(coalitions, "governments in coalitions");
        countSeries = add(coalitions, "coalitions");
    }

    private static XYSeries add(TimeSeriesChartGenerator chart, String name) {
        XYSeries s = new XYSeries(name, false);
        TimeSeriesAttributes look = (TimeSeriesAttributes) chart.addSeries(s, null);
        look.setStrokeColor(SERIES_COLOURS[(chart.getSeriesCount() - 1) % SERIES_COLOURS.length]);
        look.rebuildGraphicsDefinitions();
        return s;
    }

    /**
     * Adds the rounds not yet charted and redraws when {@code interval} rounds have passed or the run is over.
     *
     * @param actors number of negotiating actors (for those still in the room)
     */
    void sync(List<RoundRecord> rounds, int actors, boolean finished) {
        int from = acceptingSeries.getItemCount();
        for (int r = from; r < rounds.size(); r++) {
            RoundRecord rec = rounds.get(r);
            double x = rec.round() + 1;
            acceptingSeries.add(x, rec.accepting(), false);
            presentSeries.add(x, actors - rec.walkedOut(), false);
            distanceSeries.add(x, rec.meanDistance(), false);
            mobilisationSeries.add(x, rec.mobilisation(), false);
            largestSeries.add(x, rec.largestCoalition(), false);
            membersSeries.add(x, rec.inCoalitions(), false);
            countSeries.add(x, rec.coalitions(), false);
        }
        if (rounds.size() - lastDrawn >= interval || (finished && rounds.size() != lastDrawn)) {
            lastDrawn = rounds.size();
            redraws++;
            for (TimeSeriesChartGenerator c : all()) c.updateChartLater(redraws);
        }
    }

    /** Points charted per series (one per round recorded). */
    int points() {
        return acceptingSeries == null ? 0 : acceptingSeries.getItemCount();
    }
}
