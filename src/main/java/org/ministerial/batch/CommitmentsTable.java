package org.ministerial.batch;

import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code commitments.csv.gz}, written for scenarios with a two-tier rule or a bilateral track: one row per run and actor
 * with the depth it commits to on each issue (the common core, or the text's depth where it joins an add-on; empty
 * unless the run ended in a two-tier deal), and whether it accepted the bilateral offer (empty when it got none).
 */
final class CommitmentsTable extends CsvTable {
    private final RunPlan plan;

    /** A table for the runs of {@code plan}; {@code keep > 0} continues an unfinished file. */
    CommitmentsTable(Path target, RunPlan plan, long keep) throws IOException {
        super(target, keep);
        this.plan = plan;
        if (keep > 0) return;
        row(ResultsSchema.Commitments.header(Issue.ids(plan.issues())));
    }

    /** Whether the runs of a plan need this table (judged by its first run's scenario). */
    static boolean appliesTo(RunPlan plan) {
        try {
            NegotiationSpec spec = plan.size() == 0 ? null : plan.spec(0);
            return spec != null && (spec.rule().twoTier() || spec.context().bilateral() != null);
        } catch (ScenarioException e) {
            return false;
        }
    }

    @Override
    void rows(CompletedRun run, Rows c) {
        if (run.failed()) return;
        RunResult r = run.result();
        NegotiationSpec spec;
        try {
            spec = plan.spec(run.run());
        } catch (ScenarioException e) {
            throw new IllegalStateException("run " + run.run() + " succeeded, so its scenario loads", e);
        }
        int k = spec.issues().size();
        for (int i = 0; i < spec.actors().size(); i++) {
            c.cell(run.run()).cell(spec.actors().get(i).code());
            int addons = 0;
            if (r.deal() != null)
                for (int j = 0; j < k; j++) if (r.deal().commitments()[i * k + j] > r.deal().core()[j] + 1e-12) addons++;
            c.cell(r.deal() == null ? "" : Integer.toString(addons));
            c.cell(r.bilateral() == null || !r.bilateral().offered()[i] ? "" : (r.bilateral().accepted()[i] ? "1" : "0"));
            for (int j = 0; j < k; j++)
                c.cell(r.deal() == null ? "" : Decimals.format(r.deal().commitments()[i * k + j]));
            c.end();
        }
    }
}
