package org.ministerial.plot;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.ministerial.batch.FigureSchema;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One outcome's share over two swept parameters as a gray heatmap, each cell printed with its share in percent (so
 * the figure can be read without judging shades). Other swept parameters, if any, are pooled. Cells with no runs are
 * left blank.
 */
final class HeatmapFigure {
    private HeatmapFigure() {
    }

    static Figure of(LabelledBatch batch, String px, String py, String outcome, int varying) throws PlotException {
        ResultsData d = batch.data();
        List<Table.Row> rows = d.completed();
        List<String> xs = SweepCells.values(d.runs(), rows, px), ys = SweepCells.values(d.runs(), rows, py);
        Map<String, List<Table.Row>> cells = SweepCells.group(d.runs(), rows, px, py);
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.SWEEP_HEATMAP_COLUMNS));
        GrayScale scale = new GrayScale(0, 100);
        List<double[]> xyz = new ArrayList<>();
        List<XYTextAnnotation> labels = new ArrayList<>();
        for (int j = 0; j < ys.size(); j++) {
            for (int i = 0; i < xs.size(); i++) {
                List<Table.Row> cell = cells.get(xs.get(i) + "\t" + ys.get(j));
                if (cell == null) continue;
                Proportion p = d.share(cell, outcome);
                double share = DataTable.rounded(100 * p.share());
                Interval w = p.wilson().times(100);
                xyz.add(new double[] {i, j, share});
                table.add(px, xs.get(i), py, ys.get(j), outcome, p.count(), p.n(), share,
                        DataTable.rounded(w.lower()), DataTable.rounded(w.upper()));
                XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%.0f", share), i, j);
                label.setFont(JournalStyle.NOTE_FONT);
                label.setPaint(scale.lightness(share) < 0.55 ? Color.WHITE : Color.BLACK);
                labels.add(label);
            }
        }
        double[][] series = new double[3][xyz.size()];
        for (int k = 0; k < xyz.size(); k++) for (int c = 0; c < 3; c++) series[c][k] = xyz.get(k)[c];
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(outcome, series);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, axis(Labels.parameter(px), xs), axis(Labels.parameter(py), ys), renderer);
        JournalStyle.plot(plot);
        for (XYTextAnnotation a : labels) plot.addAnnotation(a);
        String share = Labels.capitalised(outcome) + " share (%)";
        NumberAxis scaleAxis = new NumberAxis(share);
        scaleAxis.setRange(0, 100);
        scaleAxis.setTickUnit(JournalStyle.tickUnit(25));
        PaintScaleLegend legend = ChartBuilders.grayKey(scale, scaleAxis);
        var chart = ChartBuilders.chart(plot, false);
        chart.addSubtitle(legend);
        String caption = Labels.capitalised(outcome) + " share (%) over " + Labels.parameterWithKey(px) + " and "
                + Labels.parameterWithKey(py) + " in "
                + batch.label() + (varying > 2 ? ", pooled over the other swept parameters." : ".");
        return new Figure(FigureSchema.SWEEP_HEATMAP, caption, chart, JournalStyle.COLUMN_WIDTH, 200, table);
    }

    private static SymbolAxis axis(String label, List<String> values) {
        SymbolAxis axis = new SymbolAxis(label, values.toArray(new String[0]));
        axis.setGridBandsVisible(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        JournalStyle.axis(axis);
        return axis;
    }
}
