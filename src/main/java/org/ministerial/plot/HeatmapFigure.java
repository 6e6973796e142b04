package org.ministerial.plot;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.text.TextUtilities;
import org.jfree.ui.RectangleEdge;
import org.ministerial.batch.Decimals;
import org.ministerial.batch.FigureSchema;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One outcome's share over two swept parameters as a gray heatmap, each cell printed with its share in percent (so
 * the figure can be read without judging shades). Other swept parameters, if any, are pooled. Cells with no runs are
 * left blank.
 *
 * <p>An axis has a column (or row) per value of its parameter, except for a parameter that a sampling design
 * (latin_hypercube, saltelli) draws from a continuous range: nearly every one of its values is a point of its own,
 * so a cell per value would hold a point or none and the value labels would run together; its range is cut into
 * {@link #BINS} equal bins, labelled at their edges. Category names (a {@code scenarios:} sweep's scenarios) wrap
 * within their column ({@link WrappedSymbolAxis}), and a share too wide for its cell is printed smaller.
 */
final class HeatmapFigure {
    /** Most columns a sampled whole-number parameter gets, one per value, before its range is binned too. */
    static final int MAX_WHOLE_COLUMNS = 10;

    /** Bins of a sampled parameter's range. */
    static final int BINS = 4;
    /** The smallest type a cell's share is printed in, in points. */
    static final float SMALLEST_LABEL = 5;

    private HeatmapFigure() {
    }

    static Figure of(LabelledBatch batch, String px, String py, String outcome, int varying) throws PlotException {
        ResultsData d = batch.data();
        List<Table.Row> rows = d.completed();
        Scale xs = Scale.of(d, rows, px), ys = Scale.of(d, rows, py);
        List<List<List<Table.Row>>> cells = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            List<List<Table.Row>> column = new ArrayList<>();
            for (int j = 0; j < ys.size(); j++) column.add(new ArrayList<>());
            cells.add(column);
        }
        for (Table.Row r : rows)
            cells.get(xs.index(d.runs().text(r, px))).get(ys.index(d.runs().text(r, py))).add(r);
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.SWEEP_HEATMAP_COLUMNS));
        GrayScale scale = new GrayScale(0, 100);
        List<double[]> xyz = new ArrayList<>();
        List<XYTextAnnotation> labels = new ArrayList<>();
        for (int j = 0; j < ys.size(); j++) {
            for (int i = 0; i < xs.size(); i++) {
                List<Table.Row> cell = cells.get(i).get(j);
                if (cell.isEmpty()) continue;
                Proportion p = d.share(cell, outcome);
                double share = DataTable.rounded(100 * p.share());
                Interval w = p.wilson().times(100);
                xyz.add(new double[] {xs.at(i), ys.at(j), share});
                table.add(px, xs.value(i), py, ys.value(j), outcome, p.count(), p.n(), share,
                        DataTable.rounded(w.lower()), DataTable.rounded(w.upper()));
                XYTextAnnotation label = new CellLabel(String.format(Locale.ROOT, "%.0f", share), xs.at(i), ys.at(j));
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
        XYPlot plot = new XYPlot(data, xs.axis(Labels.parameter(px)), ys.axis(Labels.parameter(py)), renderer);
        JournalStyle.plot(plot);
        for (XYTextAnnotation a : labels) plot.addAnnotation(a);
        String share = Labels.capitalised(outcome) + " share (%)";
        NumberAxis scaleAxis = new NumberAxis(share);
        scaleAxis.setRange(0, 100);
        scaleAxis.setTickUnit(JournalStyle.tickUnit(25));
        PaintScaleLegend legend = ChartBuilders.grayKey(scale, scaleAxis);
        var chart = ChartBuilders.chart(plot, false);
        chart.addSubtitle(legend);
        List<String> binned = new ArrayList<>();
        for (Scale s : List.of(xs, ys)) if (s.binned()) binned.add(Labels.parameterWithKey(s.parameter()));
        String caption = Labels.capitalised(outcome) + " share (%) over " + Labels.parameterWithKey(px) + " and "
                + Labels.parameterWithKey(py) + " in "
                + batch.label() + (varying > 2 ? ", pooled over the other swept parameters" : "")
                + (binned.isEmpty() ? "." : "; the design samples " + Labels.list(binned) + " from "
                + (binned.size() == 1 ? "its range, which is" : "their ranges, each") + " cut into " + BINS
                + " equal bins.");
        return new Figure(FigureSchema.SWEEP_HEATMAP, caption, chart, JournalStyle.COLUMN_WIDTH, 200, table);
    }

    /**
     * Where one axis puts a run: in the column of its value, or in the bin of a sampled parameter's range.
     *
     * @param parameter the swept column
     * @param values    its distinct values in natural order (unbinned), or null (binned)
     * @param shown     what the axis shows for each value (unbinned)
     * @param edges     the bins' {@code BINS + 1} edges (binned), or null
     */
    private record Scale(String parameter, List<String> values, List<String> shown, double[] edges) {
        static Scale of(ResultsData d, List<Table.Row> rows, String parameter) {
            List<String> values = SweepCells.values(d.runs(), rows, parameter);
            double[] range = d.sampled().get(parameter);
            // a whole-number factor (integer: true) keeps a column per value while there are few: bins with
            // fractional edges would hold unequal numbers of its values
            if (range == null || values.size() <= BINS || !SweepCells.numeric(values)
                    || values.size() <= MAX_WHOLE_COLUMNS && wholeNumbers(values))
                return new Scale(parameter, values, Labels.values(parameter, values), null);
            double[] edges = new double[BINS + 1];
            for (int k = 0; k <= BINS; k++)
                edges[k] = DataTable.rounded(k == BINS ? range[1] : range[0] + k * (range[1] - range[0]) / BINS);
            return new Scale(parameter, null, null, edges);
        }

        private static boolean wholeNumbers(List<String> values) {
            for (String v : values) {
                double x = Double.parseDouble(v);
                if (x != Math.rint(x)) return false;
            }
            return true;
        }

        boolean binned() {
            return edges != null;
        }

        int size() {
            return binned() ? BINS : values.size();
        }

        /** The column of a value: its bin, [low, high) but the last [low, high]. */
        int index(String value) {
            if (!binned()) return values.indexOf(value);
            double v = Double.parseDouble(value);
            int k = 0;
            while (k < BINS - 1 && v >= edges[k + 1]) k++;
            return k;
        }

        /** The column's centre on the axis: the value's position, or the bin's middle. */
        double at(int i) {
            return binned() ? i + 0.5 : i;
        }

        /** The column in the CSV file: the value, or the bin as an interval. */
        String value(int i) {
            if (!binned()) return values.get(i);
            return "[" + Decimals.format(edges[i]) + ", " + Decimals.format(edges[i + 1]) + (i == BINS - 1 ? "]" : ")");
        }

        ValueAxis axis(String label) {
            if (binned()) {
                // ticks at the bins' edges: the axis runs over bin numbers 0..BINS, each labelled with its edge
                NumberAxis axis = new FittingNumberAxis(label);
                axis.setRange(0, BINS);
                axis.setTickUnit(new NumberTickUnit(1, new EdgeFormat(edges)));
                JournalStyle.axis(axis);
                return axis;
            }
            SymbolAxis axis = SweepCells.numeric(values) ? new FittingSymbolAxis(label, shown)
                    : new WrappedSymbolAxis(label, shown);
            axis.setGridBandsVisible(false);
            axis.setLowerMargin(0);
            axis.setUpperMargin(0);
            JournalStyle.axis(axis);
            return axis;
        }
    }

    /** A bin number's tick label: the edge's value, written as the CSV writes it but with the minus sign. */
    private static final class EdgeFormat extends NumberFormat {
        private final double[] edges;

        EdgeFormat(double[] edges) {
            this.edges = edges.clone();
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            int k = (int) Math.round(number);
            if (k < 0 || k >= edges.length || Math.abs(number - k) > 1e-9) return toAppendTo;
            return toAppendTo.append(Decimals.format(edges[k]).replace('-', MinusSignFormat.MINUS));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }

    /**
     * A cell's share, drawn as given when it fits the cell's width and otherwise in type just small enough to fit
     * (not below {@link #SMALLEST_LABEL} points), so that no label spills over its neighbours or is cut off at the
     * plot's edge.
     */
    private static final class CellLabel extends XYTextAnnotation {
        CellLabel(String text, double x, double y) {
            super(text, x, y);
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            RectangleEdge edge = plot.getDomainAxisEdge();
            double width = Math.abs(domainAxis.valueToJava2D(getX() + 0.5, dataArea, edge)
                    - domainAxis.valueToJava2D(getX() - 0.5, dataArea, edge)) - 2;
            Font font = getFont();
            double text = TextUtilities.getTextBounds(getText(), g2, g2.getFontMetrics(font)).getWidth();
            if (text <= width) {
                super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
                return;
            }
            float size = (float) Math.max(SMALLEST_LABEL, font.getSize2D() * width / text);
            float x = (float) domainAxis.valueToJava2D(getX(), dataArea, edge);
            float y = (float) rangeAxis.valueToJava2D(getY(), dataArea, plot.getRangeAxisEdge());
            g2.setFont(font.deriveFont(size));
            g2.setPaint(getPaint());
            TextUtilities.drawRotatedString(getText(), g2, x, y, getTextAnchor(), getRotationAngle(),
                    getRotationAnchor());
        }
    }
}
