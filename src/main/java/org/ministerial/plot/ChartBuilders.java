package org.ministerial.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.category.CategoryDataset;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

import java.awt.Color;

/** Small builders shared by the figure kinds, so that every figure is assembled the same way. */
final class ChartBuilders {
    private ChartBuilders() {
    }

    /** The most of the plot's width that category names left of a horizontal category plot may take. */
    static final float LEFT_LABEL_WIDTH_RATIO = 0.4f;

    /** A category plot in the journal style. */
    static CategoryPlot categoryPlot(CategoryDataset data, String categoryLabel, String valueLabel,
                                     CategoryItemRenderer renderer, PlotOrientation orientation) {
        CategoryAxis categories = new FittingCategoryAxis(categoryLabel);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.08);
        categories.setUpperMargin(0.08);
        if (orientation == PlotOrientation.HORIZONTAL)
            categories.setMaximumCategoryLabelWidthRatio(LEFT_LABEL_WIDTH_RATIO);
        NumberAxis values = new FittingNumberAxis(valueLabel);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JournalStyle.plot(plot);
        return plot;
    }

    /** A 0-100 % axis with ticks every 20 and a little room above 100 for whisker caps. */
    static void percentAxis(NumberAxis axis) {
        axis.setRange(0, 104);
        axis.setTickUnit(JournalStyle.tickUnit(20));
    }

    /**
     * The key to a figure's gray shading (the heatmap's shares, the posterior's weights): a strip right of the plot
     * with {@code axis} beside it. The legend sets the axis to the scale's range: a caller that wants another range
     * sets it on the axis afterwards.
     */
    static PaintScaleLegend grayKey(PaintScale scale, NumberAxis axis) {
        JournalStyle.axis(axis);
        PaintScaleLegend key = new PaintScaleLegend(scale, axis);
        key.setPosition(RectangleEdge.RIGHT);
        key.setStripWidth(8);
        key.setStripOutlineVisible(true);
        key.setAxisOffset(2);
        key.setMargin(new RectangleInsets(4, 6, 4, 0));
        key.setBackgroundPaint(Color.WHITE);
        return key;
    }

    /** A dashed reference line at {@code value} on the value axis. */
    static void referenceLine(CategoryPlot plot, double value) {
        ValueMarker zero = new ValueMarker(value, Color.GRAY, JournalStyle.ZERO_STROKE);
        plot.addRangeMarker(zero);
    }

    /** The chart, with a legend only when there is more than one series to tell apart. */
    static JFreeChart chart(Plot plot, boolean legend) {
        return JournalStyle.chart(new JFreeChart(null, JournalStyle.LABEL_FONT, plot, legend));
    }

    /** Intervals for {@code rows} series of {@code columns} items, all null: bars without whiskers. */
    static Interval[][] none(int rows, int columns) {
        return new Interval[rows][columns];
    }
}
