package org.ministerial.plot;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ministerial.batch.FigureSchema;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.VarianceSplit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a batch's variance comes from: for each result that varies (an outcome's share, the end round, a reference
 * coalition's emergence and overlap), the share of its variance due to the draws of the uncertain inputs and the
 * share due to the dynamics within a draw, as stacked bars ({@link VarianceSplit}). Only for a batch that drew its
 * inputs with replicated draws.
 */
final class VarianceFigure {
    private VarianceFigure() {
    }

    /** The figure, or null when the batch has no variance split (inputs taken as written, or nothing varies). */
    static Figure of(LabelledBatch b) throws PlotException {
        if (!b.data().runs().header().contains(ResultsSchema.Runs.INPUT_DRAW)) return null;
        VarianceSplit split;
        try {
            split = VarianceSplit.of(b.data().folder().resolve(ResultsSchema.Runs.FILE));
        } catch (IOException | RuntimeException e) {
            throw new PlotException(b.data().folder().resolve(ResultsSchema.Runs.FILE) + ": " + e.getMessage());
        }
        if (split == null) return null;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.VARIANCE_SPLIT_COLUMNS));
        List<String> rare = new ArrayList<>();
        for (Map.Entry<String, VarianceSplit.Part> e : split.parts().entrySet()) {
            VarianceSplit.Part p = e.getValue();
            if (p.constant()) continue;
            // too few runs differ from the rest for the split to mean anything: named in the caption, not drawn
            if (p.rare()) {
                rare.add(e.getKey());
                continue;
            }
            double input = DataTable.rounded(100 * p.inputShare());
            double dynamics = DataTable.rounded(100 - input);
            String label = Labels.measure(e.getKey(), b.data().references());
            data.addValue(input, "input uncertainty", label);
            data.addValue(dynamics, "dynamics", label);
            table.add(e.getKey(), p.total(), p.input(), p.dynamics(), input, dynamics);
        }
        if (data.getColumnCount() == 0) return null;
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, JournalStyle.fill(0));
        renderer.setSeriesPaint(1, JournalStyle.fill(1));
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, java.awt.Color.BLACK);
        renderer.setSeriesOutlinePaint(1, java.awt.Color.BLACK);
        renderer.setSeriesOutlineStroke(0, JournalStyle.OUTLINE_STROKE);
        renderer.setSeriesOutlineStroke(1, JournalStyle.OUTLINE_STROKE);
        CategoryPlot plot = ChartBuilders.categoryPlot(data, "Result", "Share of variance (%)", renderer,
                PlotOrientation.HORIZONTAL);
        ChartBuilders.percentAxis((NumberAxis) plot.getRangeAxis());
        String caption = "Share of each result's variance due to the uncertain inputs ("
                + Labels.count(split.draws(), "draw") + ") and to the dynamics within a draw ("
                + split.runsPerDrawText() + " runs each), " + b.label() + "; one-way random-effects ANOVA "
                + "(Searle, Casella and McCulloch 1992). Results constant over the batch are left out"
                + (rare.isEmpty() ? "." : ", and so " + (rare.size() == 1 ? "is " : "are ") + Labels.list(rare)
                + ", in which fewer than " + VarianceSplit.Part.RARE + " runs differ from the rest, too few to split.");
        return new Figure(FigureSchema.VARIANCE_SPLIT, caption, ChartBuilders.chart(plot, true),
                JournalStyle.COLUMN_WIDTH,
                90 + 22 * data.getColumnCount(), table);
    }
}
