package org.ministerial.batch;

import org.ministerial.model.ActorLog;
import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code actors.csv.gz}, written only when asked for ({@code --record actors}): one row per run, round and government
 * with its stated positions, the text it evaluated, whether it accepted it, its utility of it, its reservation, the
 * NGO pressure it received, its coalition and whether it had walked out. Failed runs have no rows.
 *
 * <p>The rows come from the {@link ActorLog} the model filled during the run; a {@link Recording} plan runs the model
 * with one and hands it to the table by way of the run's result, so the table is written on the writer thread, in
 * run order, like every other table (byte-identical for any threads or shards, resumable, merged by {@link Merge}).
 */
final class ActorsTable extends CsvTable {
    /** The {@code --record} value that asks for this table. */
    static final String RECORD = "actors";
    private final Recording recording;

    /** A table for the runs of {@code recording}; {@code keep > 0} continues an unfinished file. */
    ActorsTable(Path target, Recording recording, long keep) throws IOException {
        super(target, keep);
        this.recording = recording;
        if (keep > 0) return;
        row(ResultsSchema.Actors.header(Issue.ids(recording.issues())));
    }

    @Override
    void rows(CompletedRun run, Rows c) {
        if (run.failed()) return;
        ActorLog log = recording.take(run.result());
        if (log == null) throw new IllegalStateException("run " + run.run() + " was not recorded");
        NegotiationSpec spec;
        try {
            spec = recording.spec(run.run());
        } catch (ScenarioException e) {
            throw new IllegalStateException("run " + run.run() + " succeeded, so its scenario loads", e);
        }
        int k = log.issues();
        String[] text = new String[k];
        for (int r = 0; r < log.rounds(); r++) {
            for (int j = 0; j < k; j++) text[j] = Decimals.format(log.text(r, j));
            for (int i = 0; i < log.actors(); i++) {
                c.cell(run.run()).cell(log.round(r)).cell(spec.actors().get(i).code());
                for (int j = 0; j < k; j++) c.number(log.stated(r, i, j));
                for (String t : text) c.cell(t);
                c.cell(log.accepting(r, i) ? "1" : "0");
                c.number(log.utility(r, i)).number(log.reservation(r, i)).number(log.pressure(r, i));
                String coalition = log.coalition(r, i);
                c.cell(coalition == null ? "" : coalition);
                c.cell(log.walkedOut(r, i) ? "1" : "0").end();
            }
        }
    }

    /**
     * A plan whose runs are recorded actor by actor: the same runs as the plan it wraps, made by {@link #model()},
     * which keeps each run's {@link ActorLog} until the table takes it. At most the runs a batch keeps in flight are
     * held at once.
     */
    static final class Recording implements RunPlan {
        private final RunPlan plan;
        private final Map<RunResult, ActorLog> logs = Collections.synchronizedMap(new IdentityHashMap<>());

        Recording(RunPlan plan) {
            this.plan = plan;
        }

        /** The production model, recording every run. */
        BatchRunner.Model model() {
            return (spec, seed) -> {
                ActorLog.Recorded recorded = ActorLog.runToEnd(spec, seed);
                logs.put(recorded.result(), recorded.actors());
                return recorded.result();
            };
        }

        /** The log of the run that gave {@code result}, removed. */
        ActorLog take(RunResult result) {
            return logs.remove(result);
        }

        @Override
        public int size() {
            return plan.size();
        }

        @Override
        public long seed(int run) {
            return plan.seed(run);
        }

        @Override
        public List<String> labelHeader() {
            return plan.labelHeader();
        }

        @Override
        public List<String> labels(int run) {
            return plan.labels(run);
        }

        @Override
        public List<Issue> issues() {
            return plan.issues();
        }

        @Override
        public Map<String, NegotiationSpec> scenarios() {
            return plan.scenarios();
        }

        @Override
        public NegotiationSpec spec(int run) throws ScenarioException {
            return plan.spec(run);
        }
    }
}
