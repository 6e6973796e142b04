package org.ministerial.batch;

import org.ministerial.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code coalitions.csv.gz}: who stood with whom at the end of each run, one row per run, emergent coalition and
 * member. The scenario's pre-existing groups, the same in every run, are in {@link GroupsFile groups.csv}, written
 * once per folder. Failed runs have no rows.
 */
final class CoalitionsTable extends CsvTable {

    /** A table; {@code keep > 0} continues an unfinished file. */
    CoalitionsTable(Path target, long keep) throws IOException {
        super(target, keep);
        if (keep == 0) row(ResultsSchema.Coalitions.HEADER);
    }

    @Override
    void rows(CompletedRun run, Rows c) {
        if (run.failed()) return;
        for (RunResult.CoalitionResult coalition : run.result().coalitions())
            for (RunResult.Member m : coalition.members())
                c.cell(run.run()).cell(coalition.id()).cell(m.code()).cell(m.joinedRound()).cell(coalition.leader())
                        .end();
    }
}
