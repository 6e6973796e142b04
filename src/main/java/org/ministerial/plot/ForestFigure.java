package org.ministerial.plot;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ministerial.batch.FigureSchema;

import java.util.List;

/**
 * A forest plot of each counterfactual's effect on the share of one outcome (breakdown by default): the difference
 * from the baseline in percentage points with Newcombe's 95% hybrid score interval ({@link Proportion#minus}). The
 * baseline is the first batch; the runs of different batches are independent, as Newcombe's method assumes.
 */
final class ForestFigure {
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
        ChartBuilders.referenceLine(plot, 0);
        String caption = "Effect of each counterfactual on the " + outcome + " share: difference from the baseline ("
                + base.label() + ") in percentage points (pp), with Newcombe's 95% interval.";
        return new Figure(FigureSchema.forest(outcome), caption, ChartBuilders.chart(plot, false),
                JournalStyle.COLUMN_WIDTH,
                60 + 26 * k, table);
    }
}
