package org.ministerial.plot;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ministerial.batch.FigureSchema;

import java.util.ArrayList;
import java.util.List;

/**
 * A forest plot of each counterfactual's effect on the share of one outcome (breakdown by default): the difference
 * from the baseline in percentage points with Newcombe's 95% hybrid score interval ({@link Proportion#minus}). The
 * baseline is the first batch; the runs of different batches are independent, as Newcombe's method assumes. The
 * counterfactuals' names wrap at word boundaries on up to {@link #LABEL_LINES} lines, and the figure grows taller to
 * hold them.
 */
final class ForestFigure {
    /**
     * Lines a counterfactual's name may take left of the plot, wrapped at word boundaries ({@link WordWrap}): enough
     * for a long label ("Deep Northern offer without the Singapore issues and no NGO pressure") to be read whole.
     */
    static final int LABEL_LINES = 6;
    /** Points per counterfactual at least, and between the wrapped names of neighbouring ones. */
    private static final double MIN_ROW = 26, ROW_GAP = 6;

    private ForestFigure() {
    }

    static Figure of(List<LabelledBatch> batches, String outcome) throws PlotException {
        if (batches.size() < 2)
            throw new IllegalArgumentException("a forest plot needs a baseline and a counterfactual");
        LabelledBatch base = batches.get(0);
        Proportion p0 = base.data().share(outcome);
        int k = batches.size() - 1;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Interval[][] ci = new Interval[1][k];
        String series = "Difference from " + base.label();
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.FOREST_COLUMNS));
        for (int i = 1; i <= k; i++) {
            LabelledBatch b = batches.get(i);
            Proportion p = b.data().share(outcome);
            double d = DataTable.rounded(100 * (p.share() - p0.share()));
            Interval diff = p.minus(p0).times(100);
            ci[0][i - 1] = new Interval(DataTable.rounded(diff.lower()), DataTable.rounded(diff.upper()));
            data.addValue(d, series, b.label());
            table.add(b.label(), base.label(), outcome, p.count(), p.n(), DataTable.rounded(100 * p.share()),
                    p0.count(), p0.n(), DataTable.rounded(100 * p0.share()), d, ci[0][i - 1].lower(),
                    ci[0][i - 1].upper());
        }
        CategoryPlot plot = ChartBuilders.categoryPlot(data, null, "Difference in " + outcome + " share (pp)",
                new IntervalRenderer(ci, false), PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setMaximumCategoryLabelLines(LABEL_LINES);
        ChartBuilders.referenceLine(plot, 0);
        String caption = "Effect of each counterfactual on the " + outcome + " share: difference from "
                + Labels.theBaseline(base.label()) + " in percentage points (pp), with Newcombe's 95% interval."
                + ResultsData.effectiveRunsNote(batches);
        List<String> labels = new ArrayList<>();
        for (Object key : data.getColumnKeys()) labels.add(key.toString());
        double nameHeight = WrappedLabels.tallest(labels, JournalStyle.TICK_FONT,
                ChartBuilders.LEFT_LABEL_WIDTH_RATIO * JournalStyle.plotWidth(JournalStyle.COLUMN_WIDTH), LABEL_LINES);
        double row = Math.max(MIN_ROW, Math.ceil(nameHeight + ROW_GAP));
        return new Figure(FigureSchema.forest(outcome), caption, ChartBuilders.chart(plot, false),
                JournalStyle.COLUMN_WIDTH, 60 + row * k, table);
    }
}
