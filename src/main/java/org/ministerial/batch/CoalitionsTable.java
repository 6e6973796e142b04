package org.ministerial.batch;

import org.ministerial.model.GroupSpec;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code coalitions.csv}: who stood with whom at the end of each run, one row per run, coalition and member. The
 * scenario's pre-existing groups are listed for every run next to the emergent coalitions so that the two can be
 * compared with a filter on {@code origin}. Failed runs have no rows.
 */
final class CoalitionsTable extends CsvTable {
    private final NegotiationSpec spec;

    CoalitionsTable(Path target, NegotiationSpec spec) throws IOException {
        super(target);
        this.spec = spec;
        row(List.of("run", "coalition", "member", "origin", "joined_round", "leader"));
    }

    @Override
    void write(CompletedRun run) throws IOException {
        if (run.failed()) return;
        String index = Integer.toString(run.run());
        for (GroupSpec g : spec.groups())
            for (int member : g.members())
                row(List.of(index, g.id(), spec.actors().get(member).code(), "scenario", "0", ""));
        for (RunResult.CoalitionResult c : run.result().coalitions())
            for (RunResult.Member m : c.members())
                row(List.of(index, c.id(), m.code(), "emergent", Integer.toString(m.joinedRound()), c.leader()));
    }
}
