package org.ministerial.plot;

import org.jfree.chart.JFreeChart;

/**
 * One figure ready to be written: the chart, its size at print scale, its caption and the numbers it draws.
 *
 * @param name     file name without extension, e.g. {@code outcomes}
 * @param caption  one-line caption for figures.md
 * @param chart    the chart, already styled
 * @param widthPt  width in points (1/72 in); single-column figures are {@value JournalStyle#COLUMN_WIDTH} pt
 * @param heightPt height in points
 * @param data     the numbers drawn, written as {@code name.csv}
 */
public record Figure(String name, String caption, JFreeChart chart, double widthPt, double heightPt,
                     DataTable data) {
    public Figure {
        if (!name.matches("[a-z0-9][a-z0-9._-]*"))
            throw new IllegalArgumentException("figure name must be a lower-case file stem, got '" + name + "'");
        if (!(widthPt > 0 && heightPt > 0))
            throw new IllegalArgumentException("figure size must be positive, got " + widthPt + " x " + heightPt);
    }

    /** The same figure whose table names its batch in a first column ({@link DataTable#ofBatch}). */
    public Figure ofBatch(String label) {
        return new Figure(name, caption, chart, widthPt, heightPt, data.ofBatch(label));
    }

    /** The same figure under another name (e.g. prefixed with its batch). */
    public Figure named(String newName) {
        return new Figure(newName, caption, chart, widthPt, heightPt, data);
    }
}
