package org.ministerial.plot;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.ministerial.batch.Decimals;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

/**
 * Where a sweep figure puts a run along one swept parameter: at its value, or in the bin of a sampled parameter's
 * range. A parameter that a sampling design (latin_hypercube, saltelli) draws from a continuous range has nearly a
 * value per run, so a point or column per value would hold one design point or none and the value labels would run
 * together; its range is cut into {@link #BINS} equal bins, labelled at their edges. The sweep's line figures and
 * heatmap place runs alike.
 *
 * @param parameter the swept column
 * @param values    its distinct values in natural order (unbinned), or null (binned)
 * @param shown     what the axis shows for each value (unbinned)
 * @param edges     the bins' {@code BINS + 1} edges (binned), or null
 */
record SweepScale(String parameter, List<String> values, List<String> shown, double[] edges) {
    /** Most values a sampled whole-number parameter is shown by, one each, before its range is binned too. */
    static final int MAX_WHOLE_COLUMNS = 10;
    /** Bins of a sampled parameter's range. */
    static final int BINS = 4;

    /** The scale of {@code parameter} over the rows: binned if the design samples it from a continuous range. */
    static SweepScale of(ResultsData d, List<Table.Row> rows, String parameter) {
        List<String> values = SweepCells.values(d.runs(), rows, parameter);
        double[] range = d.sampled().get(parameter);
        // a whole-number factor (integer: true) keeps a column per value while there are few: bins with
        // fractional edges would hold unequal numbers of its values
        if (range == null || values.size() <= BINS || !SweepCells.numeric(values)
                || values.size() <= MAX_WHOLE_COLUMNS && wholeNumbers(values))
            return new SweepScale(parameter, values, Labels.values(parameter, values), null);
        double[] edges = new double[BINS + 1];
        for (int k = 0; k <= BINS; k++)
            edges[k] = DataTable.rounded(k == BINS ? range[1] : range[0] + k * (range[1] - range[0]) / BINS);
        return new SweepScale(parameter, null, null, edges);
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

    /** Values (unbinned) or bins. */
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

    /** The column's centre on {@link #axis}: the value's position, or the bin's middle. */
    double at(int i) {
        return binned() ? i + 0.5 : i;
    }

    /** The column in the CSV file: the value, or the bin as an interval. */
    String value(int i) {
        if (!binned()) return values.get(i);
        return "[" + Decimals.format(edges[i]) + ", " + Decimals.format(edges[i + 1]) + (i == BINS - 1 ? "]" : ")");
    }

    /**
     * An axis with a column per value at 0, 1, 2, ... (named by {@link #shown}), or over bin numbers 0 to
     * {@link #BINS} with a tick labelled by its edge's value at each bin's edge.
     */
    ValueAxis axis(String label) {
        if (binned()) {
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
}
