package org.ministerial.study;

import org.ministerial.batch.Summary;

/**
 * One batch of a study: what was varied and what came out.
 *
 * @param label     what this row is (a scenario name, or {@code parameter = value})
 * @param parameter the parameter varied, or empty
 * @param value     its value in this row (NaN when none was varied)
 * @param folder    the results folder of the batch
 * @param summary   the batch summary
 */
public record StudyRow(String label, String parameter, double value, String folder, Summary summary) {
}
