package org.ministerial.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ministerial.batch.FigureSchema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Outcome shares (agreement, breakdown, ...) of one batch, or of a baseline and its counterfactuals side by side,
 * as bars with 95% Wilson intervals ({@link Proportion#wilson()}). Shares are of completed runs, as in
 * {@code summary.json}; every outcome the model defines is drawn, including those that never occurred. Batches'
 * labels in the legend wrap at word boundaries, and the figure grows taller to hold them.
 */
final class OutcomeFigure {
    /**
     * Width in points a batch's label may take in the legend: the figure's width less the legend's key box and
     * padding, with a little to spare.
     */
    static final double LEGEND_TEXT_WIDTH = JournalStyle.plotWidth(JournalStyle.COLUMN_WIDTH) - 30;
    /** Height of the figure less its legend, at least, when several batches are compared. */
    private static final double PLOT_HEIGHT = 190;

    private OutcomeFigure() {
    }

    static Figure of(List<LabelledBatch> batches) throws PlotException {
        Set<String> outcomes = new LinkedHashSet<>();
        for (LabelledBatch b : batches) outcomes.addAll(b.data().outcomes());
        List<String> columns = List.copyOf(outcomes);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Interval[][] ci = new Interval[batches.size()][columns.size()];
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.OUTCOMES_COLUMNS));
        for (int i = 0; i < batches.size(); i++) {
            LabelledBatch b = batches.get(i);
            for (int j = 0; j < columns.size(); j++) {
                Proportion p = b.data().share(columns.get(j));
                double share = DataTable.rounded(100 * p.share());
                Interval w = p.wilson().times(100);
                ci[i][j] = new Interval(DataTable.rounded(w.lower()), DataTable.rounded(w.upper()));
                data.addValue(share, b.label(), columns.get(j));
                table.add(b.label(), columns.get(j), p.count(), p.n(), share, ci[i][j].lower(), ci[i][j].upper());
            }
        }
        IntervalRenderer renderer = new IntervalRenderer(ci, true);
        // the batches' labels wrap at word boundaries within the legend rather than run past the figure's edge
        renderer.setLegendItemLabelGenerator((dataset, series) -> WrappedLabels.wrapped(
                dataset.getRowKey(series).toString(), JournalStyle.TICK_FONT, LEGEND_TEXT_WIDTH));
        CategoryPlot plot = ChartBuilders.categoryPlot(data, "Outcome", "Share of runs (%)", renderer,
                PlotOrientation.VERTICAL);
        ChartBuilders.percentAxis((NumberAxis) plot.getRangeAxis());
        boolean several = batches.size() > 1;
        String caption = several
                ? "Outcome shares of " + Labels.theBaseline(batches.get(0).label()) + " and its counterfactuals, with 95% "
                + "Wilson intervals."
                : "Outcome shares over " + Labels.count(batches.get(0).data().completed().size(), "completed run")
                + " of "
                + batches.get(0).label() + ", with 95% Wilson intervals.";
        caption += ResultsData.effectiveRunsNote(batches);
        JFreeChart chart = ChartBuilders.chart(plot, several);
        double height = 170;
        if (several) {
            // room for a legend of long, wrapped labels, the plot keeping its height
            height = Math.max(200 + 12 * ((batches.size() + 1) / 2),
                    Math.ceil(PLOT_HEIGHT + WrappedLabels.legendHeight(chart, JournalStyle.COLUMN_WIDTH)));
        }
        return new Figure(several ? FigureSchema.OUTCOMES_COMPARED : FigureSchema.OUTCOMES, caption, chart,
                JournalStyle.COLUMN_WIDTH, height, table);
    }
}
