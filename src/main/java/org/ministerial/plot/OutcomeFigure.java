package org.ministerial.plot;

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
 * {@code summary.json}; every outcome the model defines is drawn, including those that never occurred.
 */
final class OutcomeFigure {
    /** The width of a legend item's text: the column less the chart's padding, the item's square and its gaps. */
    private static final double LEGEND_TEXT_WIDTH = JournalStyle.COLUMN_WIDTH - 36;
    /** Lines a legend item may take, as many as a category label ({@link JournalStyle#plot}). */
    private static final int LEGEND_LINES = 3;

    private OutcomeFigure() {
    }

    private static String legendLabel(String label) {
        return WrappedLabels.wrapped(label, JournalStyle.TICK_FONT, LEGEND_TEXT_WIDTH, LEGEND_LINES);
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
        IntervalRenderer bars = new IntervalRenderer(ci, true);
        // a legend draws each item on one line, cut off at the figure's edge: a long label (a scenario's own, or
        // several --set overrides) is wrapped to the legend's width beforehand, and the figure grows by its lines
        bars.setLegendItemLabelGenerator((dataset, series) -> legendLabel(dataset.getRowKey(series).toString()));
        CategoryPlot plot = ChartBuilders.categoryPlot(data, "Outcome", "Share of runs (%)", bars,
                PlotOrientation.VERTICAL);
        ChartBuilders.percentAxis((NumberAxis) plot.getRangeAxis());
        boolean several = batches.size() > 1;
        String caption = several
                ? "Outcome shares of the baseline (" + batches.get(0).label() + ") and its counterfactuals, with 95% "
                + "Wilson intervals."
                : "Outcome shares over " + Labels.count(batches.get(0).data().completed().size(), "completed run")
                + " of "
                + batches.get(0).label() + ", with 95% Wilson intervals.";
        double oneLine = WrappedLabels.tallest(List.of("Outcome"), JournalStyle.TICK_FONT, LEGEND_TEXT_WIDTH, 1);
        double wrappedLines = 0;
        for (LabelledBatch b : batches)
            wrappedLines += WrappedLabels.tallest(List.of(b.label()), JournalStyle.TICK_FONT,
                    LEGEND_TEXT_WIDTH, LEGEND_LINES) - oneLine;
        int height = several ? 200 + 12 * ((batches.size() + 1) / 2) + (int) Math.ceil(wrappedLines) : 170;
        return new Figure(several ? FigureSchema.OUTCOMES_COMPARED : FigureSchema.OUTCOMES, caption,
                ChartBuilders.chart(plot, several),
                JournalStyle.COLUMN_WIDTH, height, table);
    }
}
