package org.ministerial.study;

import org.ministerial.batch.Summary;

/**
 * One batch of a study: what was varied and what came out.
 *
 * @param label         what this row is, in the tables and the figures: the scenario's display label (its {@code label:},
 *                      else its name), {@code baseline}, or {@code parameter = value}
 * @param parameter     the parameter varied, or empty
 * @param value         its value in this row (NaN when none was varied)
 * @param baselineValue its value in the baseline, which the row's step was taken from (NaN when none was varied)
 * @param folder        the batch's results folder, by its name in the study folder
 * @param summary       the batch summary
 */
public record StudyRow(String label, String parameter, double value, double baselineValue, String folder,
                       Summary summary) {
    /** A row that varies no parameter: a compared scenario, or the baseline. */
    public StudyRow(String label, String folder, Summary summary) {
        this(label, "", Double.NaN, Double.NaN, folder, summary);
    }
}
