package org.ministerial.batch;

import org.ministerial.model.Issue;
import org.ministerial.model.RoundRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code rounds.csv.gz}: the trajectory of every run, one tidy row per run and round, for plots of the text and of
 * mobilisation over time. Failed runs have no rows.
 */
final class RoundsTable extends CsvTable {
    private final int issues;

    /** A table for runs on {@code issues}; {@code keep > 0} continues an unfinished file (its header is written). */
    RoundsTable(Path target, List<Issue> issues, long keep) throws IOException {
        super(target, keep);
        this.issues = issues.size();
        if (keep > 0) return;
        row(ResultsSchema.Rounds.header(Issue.ids(issues)));
    }

    @Override
    void rows(CompletedRun run, Rows c) {
        if (run.failed()) return;
        for (RoundRecord r : run.result().rounds()) {
            c.cell(run.run()).cell(r.round()).cell(r.day()).cell(r.sessionOfDay());
            for (int j = 0; j < issues; j++) {
                if (j < r.text().length) c.number(r.text()[j]);
                else c.cell("");
            }
            c.cell(r.accepting()).number(r.meanDistance()).number(r.mobilisation()).number(r.pressure());
            c.cell(r.coalitions()).cell(r.largestCoalition()).cell(r.inCoalitions()).cell(r.walkedOut()).end();
        }
    }
}
