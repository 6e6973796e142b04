package org.ministerial.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The look of every figure: what journals ask of a single-column figure. White background, no title (the caption
 * is in the paper), no grid, frame or shadow, thin black axes with outward ticks, 8-9 pt sans-serif type at the
 * printed size, and series told apart by lightness steps that survive grayscale printing, hatching, black outlines,
 * marker shapes and dash patterns rather than by hue alone (after E. R. Tufte, The Visual Display of Quantitative
 * Information, 1983, on chart junk, and W. S. Cleveland, The Elements of Graphing Data, 1985, on clear data marks).
 *
 * <p>Charts are laid out in points (1/72 in) at their printed size, so font sizes here are the sizes on paper.
 */
public final class JournalStyle {
    /** Width of a single-column figure: 3.5 in. */
    public static final double COLUMN_WIDTH = 252;
    /** Resolution of PNG files. */
    public static final int DPI = 300;

    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 7);
    /** Space between the figure's edge and the chart (top, left, bottom, right): room for the last tick label. */
    static final RectangleInsets CHART_PADDING = new RectangleInsets(4, 2, 2, 6);
    /** Space between the chart's edge and its plot: axes, labels and data. */
    static final RectangleInsets PLOT_INSETS = new RectangleInsets(2, 2, 2, 2);
    static final Stroke AXIS_STROKE = new BasicStroke(0.5f);
    static final Stroke OUTLINE_STROKE = new BasicStroke(0.5f);
    static final Stroke ERROR_STROKE = new BasicStroke(0.6f);
    static final Stroke ZERO_STROKE = new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {2f, 2f}, 0f);

    /** Dash patterns for lines, solid first. */
    private static final float[][] DASHES = {null, {4f, 2f}, {1f, 1.5f}, {5f, 1.5f, 1f, 1.5f}};

    /**
     * The steps a number axis chooses its ticks from (1, 2, 2.5 and 5 times a power of ten, as JFreeChart's own), each
     * written with {@link MinusSignFormat}.
     */
    static final TickUnitSource TICK_UNITS = tickUnits(false);
    /** The steps of an axis of whole numbers (1, 2 and 5 times a power of ten, from 1), likewise written. */
    static final TickUnitSource INTEGER_TICK_UNITS = tickUnits(true);

    private JournalStyle() {
    }

    /** A tick step of {@code size}, its labels written with the minus sign and as many decimals as the step needs. */
    static NumberTickUnit tickUnit(double size) {
        return new NumberTickUnit(size, new MinusSignFormat(MinusSignFormat.decimalsOf(size)));
    }

    private static TickUnitSource tickUnits(boolean integers) {
        TickUnits units = new TickUnits();
        for (int e = integers ? 0 : -8; e <= 9; e++)
            for (double m : integers ? new double[] {1, 2, 5} : new double[] {1, 2, 2.5, 5}) {
                double size = m * Math.pow(10, e);
                units.add(new NumberTickUnit(size, new MinusSignFormat(MinusSignFormat.decimalsOf(size))));
            }
        return units;
    }

    /** Width of the plot (axes, labels and data) in a figure {@code figureWidth} points wide. */
    static double plotWidth(double figureWidth) {
        return figureWidth - CHART_PADDING.getLeft() - CHART_PADDING.getRight() - PLOT_INSETS.getLeft()
                - PLOT_INSETS.getRight();
    }

    static Color gray(double lightness) {
        int v = (int) Math.round(255 * lightness);
        return new Color(v, v, v);
    }

    /** The gray of the i-th series; bars add the series' hatching ({@link SeriesFill}). */
    static Color fill(int i) {
        return SeriesFill.of(i).fill();
    }

    /** Line stroke of the i-th series (cycling dash patterns). */
    static Stroke line(int i) {
        float[] dash = DASHES[i % DASHES.length];
        return dash == null ? new BasicStroke(0.9f)
                : new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    /** Marker of the i-th series: circle, square, triangle, diamond, centred on the origin. */
    static Shape marker(int i) {
        double r = 2.2;
        return switch (i % 4) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r);
            case 2 -> polygon(new double[] {0, r, -r}, new double[] {-r, r * 0.8, r * 0.8});
            default -> polygon(new double[] {0, r, 0, -r}, new double[] {-r, 0, r, 0});
        };
    }

    private static Shape polygon(double[] x, double[] y) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x[0], y[0]);
        for (int i = 1; i < x.length; i++) p.lineTo(x[i], y[i]);
        p.closePath();
        return p;
    }

    /** Applies the chart-level look; call after the plot is styled. */
    static JFreeChart chart(JFreeChart chart) {
        chart.setTitle((String) null);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(CHART_PADDING);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(TICK_FONT);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(1, 2, 1, 6));
        }
        return chart;
    }

    private static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(PLOT_INSETS);
    }

    static void plot(CategoryPlot plot) {
        plot((Plot) plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        axis(plot.getDomainAxis());
        for (int i = 0; i < plot.getRangeAxisCount(); i++) axis(plot.getRangeAxis(i));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickMarksVisible(false);
        categories.setMaximumCategoryLabelLines(3);
    }

    static void plot(XYPlot plot) {
        plot((Plot) plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainZeroBaselineVisible(false);
        plot.setRangeZeroBaselineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (plot.getDomainAxis() != null) axis(plot.getDomainAxis());
        for (int i = 0; i < plot.getRangeAxisCount(); i++) if (plot.getRangeAxis(i) != null) axis(plot.getRangeAxis(i));
    }

    static void axis(Axis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setAxisLineStroke(AXIS_STROKE);
        axis.setTickMarkPaint(Color.BLACK);
        axis.setTickMarkStroke(AXIS_STROKE);
        axis.setTickMarkInsideLength(0);
        axis.setTickMarkOutsideLength(3);
        axis.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
        if (axis instanceof ValueAxis v) {
            v.setMinorTickMarkInsideLength(0);
            v.setMinorTickMarkOutsideLength(1.5f);
        }
    }
}
