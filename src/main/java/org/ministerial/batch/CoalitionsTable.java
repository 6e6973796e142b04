package org.ministerial.batch;

import org.ministerial.model.GroupSpec;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code coalitions.csv}: who stood with whom at the end of each run, one row per run, coalition and member. The
 * scenario's pre-existing groups are listed for every run next to the emergent coalitions so that the two can be
 * compared with a filter on {@code origin}. Failed runs have no rows.
 */
final class CoalitionsTable extends CsvTable {
    private final RunPlan plan;

    /** A table for the runs of {@code plan}; {@code keep > 0} continues an unfinished file. */
    CoalitionsTable(Path target, RunPlan plan, long keep) throws IOException {
        super(target, keep);
        this.plan = plan;
        if (keep == 0) row(List.of("run", "coalition", "member", "origin", "joined_round", "leader"));
    }

    @Override
    void write(CompletedRun run) throws IOException {
        if (run.failed()) return;
        String index = Integer.toString(run.run());
        NegotiationSpec spec;
        try {
            spec = plan.spec(run.run());
        } catch (ScenarioException e) {
            throw new IllegalStateException("run " + run.run() + " succeeded, so its scenario loads", e);
        }
        for (GroupSpec g : spec.groups())
            for (int member : g.members())
                row(List.of(index, g.id(), spec.actors().get(member).code(), "scenario", "0", ""));
        for (RunResult.CoalitionResult c : run.result().coalitions())
            for (RunResult.Member m : c.members())
                row(List.of(index, c.id(), m.code(), "emergent", Integer.toString(m.joinedRound()), c.leader()));
    }
}
