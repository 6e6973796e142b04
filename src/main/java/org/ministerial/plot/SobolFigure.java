package org.ministerial.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.ministerial.batch.FigureSchema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * First-order (S1) and total (ST) Sobol indices of one output as grouped bars with their intervals, parameters sorted
 * by total index so the influential ones come first. A total index well above the first-order one points to
 * interactions.
 */
final class SobolFigure {
    static final String S1 = "First-order (S1)", ST = "Total (ST)";

    private SobolFigure() {
    }

    /** The value axis: a share of variance, 0 to 1, with room for estimates a little off it by sampling error. */
    static final double AXIS_LOW = -0.1, AXIS_HIGH = 1.1;
    /** An index whose interval is wider than this is marked unreliable, as {@code ministerial sensitivity} does. */
    static final double UNRELIABLE_WIDTH = 1;

    static Figure of(Sensitivity.Output output) {
        List<Sensitivity.Indices> sorted = new ArrayList<>(output.indices());
        sorted.sort(Comparator.comparingDouble(Sensitivity.Indices::st).reversed()
                .thenComparing(Sensitivity.Indices::parameter));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Interval[][] ci = new Interval[2][sorted.size()];
        boolean[][] hollow = new boolean[2][sorted.size()];
        boolean[][][] cut = new boolean[2][sorted.size()][2];
        List<String> offScale = new ArrayList<>();
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.SOBOL_COLUMNS));
        for (int j = 0; j < sorted.size(); j++) {
            Sensitivity.Indices x = sorted.get(j);
            String label = Labels.parameter(x.parameter());
            if (data.getColumnKeys().contains(label)) label = x.parameter();
            String[] names = {"S1", "ST"};
            double[] values = {x.s1(), x.st()};
            Interval[] intervals = {rounded(x.s1ci()), rounded(x.stci())};
            for (int k = 0; k < 2; k++) {
                double v = DataTable.rounded(values[k]);
                Interval i = intervals[k];
                table.add(output.name(), x.parameter(), names[k], v, low(i), high(i));
                hollow[k][j] = i != null && i.upper() - i.lower() > UNRELIABLE_WIDTH;
                boolean off = v < AXIS_LOW || v > AXIS_HIGH
                        || i != null && (i.lower() < AXIS_LOW || i.upper() > AXIS_HIGH);
                if (off) {
                    offScale.add(names[k] + " of " + Labels.inSentence(label) + " " + number(v)
                            + (i == null ? "" : " [" + number(i.lower()) + ", " + number(i.upper()) + "]"));
                }
                if (i != null) {
                    cut[k][j][0] = i.lower() < AXIS_LOW;
                    cut[k][j][1] = i.upper() > AXIS_HIGH;
                    i = new Interval(clamp(i.lower()), clamp(i.upper()));
                }
                ci[k][j] = i;
                data.addValue(clamp(v), k == 0 ? S1 : ST, label);
            }
        }
        IntervalRenderer renderer = new IntervalRenderer(ci, true);
        renderer.setHollow(hollow);
        renderer.setCut(cut);
        CategoryPlot plot = ChartBuilders.categoryPlot(data, null, "Sobol index (share of variance)", renderer,
                PlotOrientation.HORIZONTAL);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(AXIS_LOW, AXIS_HIGH);
        axis.setTickUnit(JournalStyle.tickUnit(0.2));
        ChartBuilders.referenceLine(plot, 0);
        boolean anyHollow = false;
        for (boolean[] row : hollow) for (boolean h : row) anyHollow |= h;
        List<String> notes = new ArrayList<>();
        if (anyHollow) notes.add("Hollow, dashed: unreliable (interval wider than 1).");
        if (!offScale.isEmpty()) notes.add("Off the scale, drawn to its edge with an arrow: "
                + String.join("; ", offScale) + ".");
        JFreeChart chart = ChartBuilders.chart(plot, true);
        if (!notes.isEmpty()) {
            TextTitle note = new TextTitle(String.join(" ", notes), JournalStyle.NOTE_FONT);
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            note.setTextAlignment(HorizontalAlignment.LEFT);
            note.setMargin(new RectangleInsets(4, 0, 0, 0));
            chart.addSubtitle(note);
        }
        String caption = "First-order and total Sobol indices of " + Labels.inSentence(Labels.measure(output.name()))
                + " (" + output.name() + ") for each parameter, with their intervals as given in the sensitivity file;"
                + " the axis runs from " + AXIS_LOW + " to " + AXIS_HIGH + ", estimates or interval ends beyond it"
                + " end in an arrow at its edge and are given in the figure, and an index whose interval is wider"
                + " than 1 is drawn hollow.";
        if (output.warning() != null) caption += " Warning: " + output.warning() + ".";
        int noteLines = notes.isEmpty() ? 0 : 1 + String.join(" ", notes).length() / 60;
        return new Figure(FigureSchema.sobol(FigureNames.slug(output.name())), caption, chart,
                JournalStyle.COLUMN_WIDTH, 80 + 24 * sorted.size() + 10 * noteLines, table);
    }

    private static double clamp(double v) {
        return Math.max(AXIS_LOW, Math.min(AXIS_HIGH, v));
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains(".") && !s.contains("e")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.startsWith("-") ? MinusSignFormat.MINUS + s.substring(1) : s;
    }

    private static Interval rounded(Interval i) {
        return i == null ? null : new Interval(DataTable.rounded(i.lower()), DataTable.rounded(i.upper()));
    }

    private static Double low(Interval i) {
        return i == null ? null : i.lower();
    }

    private static Double high(Interval i) {
        return i == null ? null : i.upper();
    }
}
