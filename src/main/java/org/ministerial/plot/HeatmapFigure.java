package org.ministerial.plot;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.text.TextUtilities;
import org.jfree.ui.RectangleEdge;
import org.ministerial.batch.FigureSchema;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * One outcome's share over two swept parameters as a gray heatmap, each cell printed with its share in percent (so
 * the figure can be read without judging shades). Other swept parameters, if any, are pooled. Cells with no runs are
 * left blank.
 *
 * <p>An axis has a column (or row) per value of its parameter, except for a parameter that a sampling design
 * (latin_hypercube, saltelli) draws from a continuous range: nearly every one of its values is a point of its own,
 * so a cell per value would hold a point or none and the value labels would run together; its range is cut into
 * {@link SweepScale#BINS} equal bins, labelled at their edges ({@link SweepScale}, as the sweep's line figures do).
 * Category names (a {@code scenarios:} sweep's scenarios) wrap within their column ({@link WrappedSymbolAxis}),
 * and a share too wide for its cell is printed smaller; where even the smallest type would not fit, no share is
 * printed and the caption says so.
 */
final class HeatmapFigure {
    /** The smallest type a cell's share is printed in, in points. */
    static final float SMALLEST_LABEL = 5;
    /** The figure's height in points. */
    private static final double HEIGHT = 200;

    private HeatmapFigure() {
    }

    static Figure of(LabelledBatch batch, String px, String py, String outcome, int varying) throws PlotException {
        ResultsData d = batch.data();
        List<Table.Row> rows = d.completed();
        SweepScale xs = SweepScale.of(d, rows, px), ys = SweepScale.of(d, rows, py);
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
                XYTextAnnotation label = new CellLabel(cellLabel(share), xs.at(i), ys.at(j));
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
        String share = Labels.capitalised(outcome) + " share (%)";
        NumberAxis scaleAxis = new NumberAxis(share);
        scaleAxis.setRange(0, 100);
        scaleAxis.setTickUnit(JournalStyle.tickUnit(25));
        PaintScaleLegend legend = ChartBuilders.grayKey(scale, scaleAxis);
        var chart = ChartBuilders.chart(plot, false);
        chart.addSubtitle(legend);
        boolean printed = fit(chart, labels, xs.size());
        if (printed) for (XYTextAnnotation a : labels) plot.addAnnotation(a);
        List<String> binned = new ArrayList<>();
        for (SweepScale s : List.of(xs, ys)) if (s.binned()) binned.add(Labels.parameterWithKey(s.parameter()));
        String caption = Labels.capitalised(outcome) + " share (%) over " + Labels.parameterWithKey(px) + " and "
                + Labels.parameterWithKey(py) + " in "
                + batch.label() + (varying > 2 ? ", pooled over the other swept parameters" : "")
                + (binned.isEmpty() ? "." : "; the design samples " + Labels.list(binned) + " from "
                + (binned.size() == 1 ? "its range, which is" : "their ranges, each") + " cut into " + SweepScale.BINS
                + " equal bins.")
                + (printed ? "" : " The cells are too narrow to print their shares in; the figure's CSV file gives "
                + "them.");
        return new Figure(FigureSchema.SWEEP_HEATMAP, caption, chart, JournalStyle.COLUMN_WIDTH, HEIGHT, table);
    }

    /**
     * Whether every share fits within its cell's width in type of at least {@link #SMALLEST_LABEL} points, with the
     * chart laid out at the figure's size as {@link FigureWriter} lays it out. Where the columns are too many for
     * that (some 15 or more, one holding a "100"), no share is printed: a share printed over its neighbours cannot
     * be read, and a heatmap with some cells printed and others not would look as if those had no runs.
     */
    private static boolean fit(JFreeChart chart, List<XYTextAnnotation> labels, int columns) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, JournalStyle.COLUMN_WIDTH, HEIGHT), info);
            // the type is made small enough to leave a point either side (CellLabel), but at the floor a label
            // may use the whole cell: it still touches no neighbour
            double cell = info.getPlotInfo().getDataArea().getWidth() / columns;
            for (XYTextAnnotation label : labels) {
                Font smallest = label.getFont().deriveFont(SMALLEST_LABEL);
                if (TextUtilities.getTextBounds(label.getText(), g2, g2.getFontMetrics(smallest)).getWidth() > cell)
                    return false;
            }
            return true;
        } finally {
            g2.dispose();
        }
    }

    /**
     * A cell's share, drawn as given when it fits the cell's width and otherwise in type just small enough to fit
     * (not below {@link #SMALLEST_LABEL} points), so that no label spills over its neighbours or is cut off at the
     * plot's edge.
     */
    /**
     * A cell's share in whole percent, halves to the even neighbour as every CSV of the project rounds (12.5 is "12",
     * 13.5 "14"), rather than up as {@code String.format} does.
     */
    static String cellLabel(double sharePct) {
        return new MinusSignFormat(0).format(sharePct);
    }

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
