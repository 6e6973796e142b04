package org.ministerial.plot;

/**
 * A results folder with the label its figures show (in legends and on axes).
 *
 * @param label short name, e.g. {@code cancun-2003} or {@code ngo.enabled = false}
 * @param data  the folder's contents
 */
public record LabelledBatch(String label, ResultsData data) {
    public LabelledBatch {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("a batch needs a label");
    }
}
