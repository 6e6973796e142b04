package org.ministerial.batch;

import org.ministerial.model.Issue;
import org.ministerial.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

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
    }

    @Override
    void write(CompletedRun run) throws IOException {
        if (metrics == null) {
            if (run.failed()) {
                heldBack.add(run);
                return;
            }
            start(List.copyOf(run.result().metrics().keySet()));
        }
        row(cells(run));
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
        List<String> header = new ArrayList<>(List.of("run", "seed"));
        header.addAll(plan.labelHeader());
        header.addAll(List.of("outcome", "end_round", "end_day", "end_session", "rejecters", "hinge_issue",
                "rejecter_issues", "rejecting_coalitions"));
        header.addAll(metrics);
        for (Issue issue : issues) header.add("text_" + issue.id());
        header.add("error");
        row(header);
        for (CompletedRun r : heldBack) row(cells(r));
        heldBack.clear();
    }

    private List<String> cells(CompletedRun run) {
        List<String> c = new ArrayList<>();
        c.add(Integer.toString(run.run()));
        c.add(Long.toString(run.seed()));
        c.addAll(plan.labels(run.run()));
        RunResult r = run.result();
        if (r == null) {
            c.add("error");
            int blanks = 7 + metrics.size() + issues.size();
            for (int i = 0; i < blanks; i++) c.add("");
            c.add(run.error());
            return c;
        }
        c.add(r.outcome().label());
        c.add(Integer.toString(r.endSession()));
        c.add(Integer.toString(r.endDay()));
        c.add(Integer.toString(r.endSessionOfDay()));
        c.add(String.join(";", r.rejecters()));
        c.add(issueId(r.hingeIssue()));
        c.add(rejecterIssues(r));
        c.add(String.join(";", r.rejectingCoalitions()));
        for (String m : metrics) {
            Double v = r.metrics().get(m);
            c.add(v == null ? "" : Decimals.format(v));
        }
        for (int j = 0; j < issues.size(); j++)
            c.add(j < r.finalText().length ? Decimals.format(r.finalText()[j]) : "");
        c.add("");
        return c;
    }

    private String rejecterIssues(RunResult r) {
        StringJoiner pairs = new StringJoiner(";");
        for (RunResult.ActorResult a : r.actors())
            if (!a.accepted()) pairs.add(a.code() + ":" + issueId(a.hingeIssue()));
        return pairs.toString();
    }

    private String issueId(int index) {
        return index < 0 || index >= issues.size() ? "" : issues.get(index).id();
    }
}
