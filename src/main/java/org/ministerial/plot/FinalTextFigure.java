package org.ministerial.plot;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ministerial.batch.Decimals;
import org.ministerial.batch.FigureSchema;
import org.ministerial.batch.ResultsSchema.Runs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The final text on each issue across runs, one Tukey box per issue ({@link BoxStats}), from the {@code text_<issue>}
 * columns of {@code runs.csv} over completed runs. The text is on each issue's [0, 1] scale. Issues are labelled by
 * the names the scenario gives them ({@link ResultsData#issueName}), which also say what 1 means on each scale.
 */
final class FinalTextFigure {
    /**
     * Issue names say what 1 means on their scale, so they are long: they take at most 40% of the width, in up to four
     * lines of 7 pt type (the smallest size journals accept at print size), the scale's note in parentheses on a line
     * of its own, and leave the rest to the data.
     */
    private static final float LABEL_WIDTH_RATIO = 0.4f;
    private static final int LABEL_LINES = 4;
    private static final java.awt.Font LABEL_FONT = JournalStyle.NOTE_FONT;
    /** Room beyond 0 and 1 on the value axis, so that a run at either end of the scale is not drawn on the axis. */
    static final double MARGIN = 0.05;
    /** Points per issue at least, and between the wrapped names of neighbouring issues. */
    private static final double MIN_ROW = 20, ROW_GAP = 6;

    private FinalTextFigure() {
    }

    /** The figure, or null (with a note) if {@code runs.csv} has no text columns. */
    static Figure of(LabelledBatch batch, List<String> notes) throws PlotException {
        ResultsData d = batch.data();
        List<String> issues = new ArrayList<>();
        for (String c : d.runs().header()) if (Runs.isText(c)) issues.add(c.substring(Runs.TEXT_PREFIX.length()));
        List<Table.Row> rows = d.completed();
        if (issues.isEmpty() || rows.isEmpty()) {
            notes.add(batch.label() + ": no final-text figure, no text_ columns or no completed runs");
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<BoxStats> boxes = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.FINAL_TEXT_COLUMNS));
        for (String issue : issues) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) v[i] = d.runs().number(rows.get(i), Runs.text(issue));
            BoxStats b;
            try {
                b = BoxStats.of(v);
            } catch (IllegalArgumentException e) {
                throw new PlotException(d.runs().file() + ": column " + Runs.text(issue) + ": " + e.getMessage(), e);
            }
            boxes.add(b);
            // two issues the scenario gave the same name would fall into one category: the id tells them apart
            String given = d.issueName(issue);
            String name = usedNames.add(given) ? given : given + " (" + issue + ")";
            data.addValue(b.median(), "final text", twoLines(name));
            StringJoiner out = new StringJoiner(";");
            for (double o : b.outliers()) out.add(Decimals.format(o));
            table.add(issue, name, b.n(), b.whiskerLow(), b.q1(), b.median(), b.q3(), b.whiskerHigh(), out.toString());
        }
        CategoryPlot plot = ChartBuilders.categoryPlot(data, null, "Final text (issue scale, 0-1)",
                new BoxRenderer(boxes), PlotOrientation.HORIZONTAL);
        CategoryAxis names = plot.getDomainAxis();
        names.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
        names.setMaximumCategoryLabelLines(LABEL_LINES);
        names.setTickLabelFont(LABEL_FONT);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(-MARGIN, 1 + MARGIN);
        axis.setTickUnit(JournalStyle.tickUnit(0.2));
        String caption = "Final text on each issue across " + Labels.count(rows.size(), "run") + " of " + batch.label()
                + ": median, quartiles, whiskers to 1.5 IQR, outliers as circles.";
        double nameHeight = WrappedLabels.tallest(labels(data), LABEL_FONT,
                LABEL_WIDTH_RATIO * JournalStyle.plotWidth(JournalStyle.COLUMN_WIDTH), LABEL_LINES);
        double row = Math.max(MIN_ROW, nameHeight + ROW_GAP);
        return new Figure(FigureSchema.FINAL_TEXT, caption, ChartBuilders.chart(plot, false), JournalStyle.COLUMN_WIDTH,
                Math.ceil(50 + row * issues.size()), table);
    }

    /** An issue's name with its closing note in parentheses, "(1 = elimination)", on a line of its own. */
    static String twoLines(String name) {
        int open = name.lastIndexOf(" (");
        return open > 0 && name.endsWith(")") ? name.substring(0, open) + "\n" + name.substring(open + 1) : name;
    }

    private static List<String> labels(DefaultCategoryDataset data) {
        List<String> out = new ArrayList<>();
        for (Object key : data.getColumnKeys()) out.add(key.toString());
        return out;
    }
}
