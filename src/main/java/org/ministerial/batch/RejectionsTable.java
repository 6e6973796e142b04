package org.ministerial.batch;

import org.ministerial.model.Issue;
import org.ministerial.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code rejections.csv.gz}: who did not accept the final text of each run and over what, one row per run and
 * rejecting actor (walked-out actors included), in actor order. {@code hinge_issue} is the issue whose removal would
 * help that actor most, empty if no single issue helps. Failed runs have no rows.
 */
final class RejectionsTable extends CsvTable {
    private final List<Issue> issues;

    /** A table for runs on {@code issues}; {@code keep > 0} continues an unfinished file. */
    RejectionsTable(Path target, List<Issue> issues, long keep) throws IOException {
        super(target, keep);
        this.issues = List.copyOf(issues);
        if (keep == 0) row(ResultsSchema.Rejections.HEADER);
    }

    @Override
    void rows(CompletedRun run, Rows c) {
        if (run.failed()) return;
        for (RunResult.ActorResult a : run.result().actors())
            if (!a.accepted()) {
                int hinge = a.hingeIssue();
                c.cell(run.run()).cell(a.code()).cell(hinge < 0 || hinge >= issues.size() ? ""
                        : issues.get(hinge).id()).end();
            }
    }
}
