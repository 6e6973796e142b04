package org.ministerial.plot;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ministerial.batch.FigureSchema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * First-order (S1) and total (ST) Sobol indices of one output as grouped bars with their intervals, parameters sorted
 * by total index so the influential ones come first. A total index well above the first-order one points to
 * interactions.
 */
final class SobolFigure {
    static final String S1 = "First-order (S1)", ST = "Total (ST)";

    private SobolFigure() {
    }

    static Figure of(Sensitivity.Output output) {
        List<Sensitivity.Indices> sorted = new ArrayList<>(output.indices());
        sorted.sort(Comparator.comparingDouble(Sensitivity.Indices::st).reversed()
                .thenComparing(Sensitivity.Indices::parameter));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Interval[][] ci = new Interval[2][sorted.size()];
        DataTable table = new DataTable(FigureSchema.header(FigureSchema.SOBOL_COLUMNS));
        for (int j = 0; j < sorted.size(); j++) {
            Sensitivity.Indices x = sorted.get(j);
            ci[0][j] = rounded(x.s1ci());
            ci[1][j] = rounded(x.stci());
            String label = Labels.parameter(x.parameter());
            if (data.getColumnKeys().contains(label)) label = x.parameter();
            data.addValue(DataTable.rounded(x.s1()), S1, label);
            data.addValue(DataTable.rounded(x.st()), ST, label);
            table.add(output.name(), x.parameter(), "S1", DataTable.rounded(x.s1()), low(ci[0][j]), high(ci[0][j]));
            table.add(output.name(), x.parameter(), "ST", DataTable.rounded(x.st()), low(ci[1][j]), high(ci[1][j]));
        }
        CategoryPlot plot = ChartBuilders.categoryPlot(data, null, "Sobol index (share of variance)",
                new IntervalRenderer(ci, true), PlotOrientation.HORIZONTAL);
        ChartBuilders.referenceLine(plot, 0);
        String caption = "First-order and total Sobol indices of " + Labels.inSentence(Labels.measure(output.name()))
                + " (" + output.name() + ")"
                + " for each parameter, with their intervals as given in the sensitivity file.";
        if (output.warning() != null) caption += " Warning: " + output.warning() + ".";
        return new Figure(FigureSchema.sobol(FigureNames.slug(output.name())), caption, ChartBuilders.chart(plot, true),
                JournalStyle.COLUMN_WIDTH, 80 + 24 * sorted.size(), table);
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
