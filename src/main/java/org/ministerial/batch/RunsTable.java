package org.ministerial.batch;

import org.ministerial.model.Issue;
import org.ministerial.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code runs.csv}: one row per run, the table most analyses start from. Between {@code seed} and {@code outcome}
 * come the plan's label columns: a batch's {@code --set} overrides (repeated on every row so that files from
 * different batches can simply be concatenated), a sweep's design point, replication and parameter values.
 *
 * <p>The metric columns are the keys of the first successful run's {@link RunResult#metrics()}; failed runs before
 * it are held back (they are small) until the header is known.
 */
final class RunsTable extends CsvTable {
    private final RunPlan plan;
    private final List<Issue> issues;
    private final List<CompletedRun> heldBack = new ArrayList<>();
    private List<String> metrics;
    /** The metric columns once the header is written, for the workers. */
    private volatile List<String> published;

    /**
     * @param keep    bytes of an unfinished earlier file to keep
     * @param metrics the metric columns of that file's header, or null if it has no header yet
     */
    RunsTable(Path target, RunPlan plan, long keep, List<String> metrics) throws IOException {
        super(target, keep);
        if (keep > 0 && metrics == null) throw new IllegalArgumentException("a continued runs.csv has a header");
        this.plan = plan;
        this.issues = plan.issues();
        this.metrics = metrics == null ? null : List.copyOf(metrics);
        this.published = this.metrics;
    }

    /**
     * A worker encodes a run only once the header is written, since the metric columns are the first successful
     * run's; until then, and for failed runs, the writer thread does.
     */
    @Override
    byte[] encode(CompletedRun run) {
        return published == null || run.failed() ? null : super.encode(run);
    }

    @Override
    void write(CompletedRun run, byte[] encoded) throws IOException {
        if (metrics == null) {
            if (run.failed()) {
                heldBack.add(run);
                return;
            }
            start(List.copyOf(run.result().metrics().keySet()));
        }
        super.write(run, encoded != null ? encoded : super.encode(run));
    }

    /** The metric columns, or null while no run has succeeded. */
    List<String> metrics() {
        return metrics;
    }

    /** Runs accepted but not yet in the file, because the header waits for a successful run. */
    int heldBack() {
        return heldBack.size();
    }

    /** Writes the header (without metric columns if no run succeeded) and any held-back rows. */
    void flushHeldBack() throws IOException {
        if (metrics == null) start(List.of());
    }

    @Override
    void commit() throws IOException {
        flushHeldBack();
        super.commit();
    }

    private void start(List<String> metricKeys) throws IOException {
        metrics = metricKeys;
        row(ResultsSchema.Runs.header(plan.labelHeader(), metrics, Issue.ids(issues)));
        published = metrics;
        for (CompletedRun r : heldBack) super.write(r, super.encode(r));
        heldBack.clear();
    }

    @Override
    void rows(CompletedRun run, Rows c) {
        List<String> columns = published;
        c.cell(run.run());
        c.cell(SeedText.format(run.seed()));
        c.cells(plan.labels(run.run()));
        RunResult r = run.result();
        if (r == null) {
            c.cell(ResultsSchema.Runs.FAILED_OUTCOME);
            int blanks = ResultsSchema.Runs.AFTER_OUTCOME.size() + columns.size() + issues.size();
            for (int i = 0; i < blanks; i++) c.cell("");
            c.cell(run.error()).end();
            return;
        }
        c.cell(r.outcome().label());
        c.cell(r.endRound());
        c.cell(r.endDay());
        c.cell(r.endSessionOfDay());
        c.cell(issueId(r.hingeIssue()));
        c.cell(String.join(";", r.rejectingCoalitions()));
        for (String m : columns) {
            Double v = r.metrics().get(m);
            if (v == null) c.cell("");
            else c.number(v);
        }
        for (int j = 0; j < issues.size(); j++) {
            if (j < r.finalText().length) c.number(r.finalText()[j]);
            else c.cell("");
        }
        c.cell("").end();
    }

    private String issueId(int index) {
        return index < 0 || index >= issues.size() ? "" : issues.get(index).id();
    }
}
