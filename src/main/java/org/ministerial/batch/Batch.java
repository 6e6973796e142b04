package org.ministerial.batch;

import org.ministerial.model.Negotiation;
import org.ministerial.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A whole batch, from scenario to finished results folder: the one entry point the command line (and any other
 * front end) needs. A single run is a batch of one, so {@code run} and {@code batch} produce the same files and
 * {@code run --seed S} reproduces run 0 of {@code batch --seed S}.
 *
 * <p>A batch is resumable ({@link Execution}): started again on the same folder after a crash, it continues where it
 * stopped. With a {@link Shard} it makes only that share of the runs, for a later {@link Merge}.
 */
public final class Batch {
    private Batch() {
    }

    /**
     * Runs the batch and writes its results folder.
     *
     * @param folder   the results folder (created if missing; files of the same names are replaced)
     * @param progress told after each run is written
     * @param observer also sees every run, in order, after it is written (e.g. to print a single run); may be null
     * @return the summary of the batch, read from the finished {@code runs.csv}
     */
    public static Summary execute(Scenario scenario, BatchSettings settings, Path folder, ProgressListener progress,
                                  RunSink observer) throws IOException, InterruptedException {
        return execute(scenario, settings, folder, progress, observer, Negotiation::runToEnd);
    }

    /** As {@link #execute(Scenario, BatchSettings, Path, ProgressListener, RunSink)}, with another model. */
    public static Summary execute(Scenario scenario, BatchSettings settings, Path folder, ProgressListener progress,
                                  RunSink observer, BatchRunner.Model model) throws IOException, InterruptedException {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        run(scenario, settings, folder, (done, total) -> ProgressReporter.of(listener), observer, model);
        return Summary.of(folder.resolve(ResultsSchema.Runs.FILE));
    }

    /**
     * Runs the batch with a progress display made once the number of runs already written (by an interrupted
     * earlier attempt) is known.
     */
    public static Execution.Report run(Scenario scenario, BatchSettings settings, Path folder,
                                       Execution.ProgressFactory progress, RunSink observer, BatchRunner.Model model)
            throws IOException, InterruptedException {
        return runDigested(scenario, settings, folder, progress, observer, model).report();
    }

    /**
     * What a batch that ran hands its caller: the report, and the digest of its {@code runs.csv}, with the means of
     * the final text's columns, read once for {@code summary.json} and the command's own summary; null when the
     * folder was complete already and nothing was read.
     */
    public record Digested(Execution.Report report, RunsDigest digest) {
    }

    /** As {@code run}, with the digest of the finished {@code runs.csv}. */
    public static Digested runDigested(Scenario scenario, BatchSettings settings, Path folder,
                                       Execution.ProgressFactory progress, RunSink observer, BatchRunner.Model model)
            throws IOException, InterruptedException {
        return runDigested(scenario, settings, folder, progress, observer, model, ResultsWriter.COMMIT_MILLIS);
    }

    /** As {@link #run}, committing every {@code commitMillis} (tests commit after every run). */
    static Execution.Report run(Scenario scenario, BatchSettings settings, Path folder,
                                Execution.ProgressFactory progress, RunSink observer, BatchRunner.Model model,
                                long commitMillis) throws IOException, InterruptedException {
        return runDigested(scenario, settings, folder, progress, observer, model, commitMillis).report();
    }

    private static Digested runDigested(Scenario scenario, BatchSettings settings, Path folder,
                                        Execution.ProgressFactory progress, RunSink observer,
                                        BatchRunner.Model model, long commitMillis)
            throws IOException, InterruptedException {
        RunPlan plan = new ScenarioPlan(scenario.spec(), settings.runs(), settings.baseSeed(),
                scenario.overrides(), settings.runsPerDraw());
        if (settings.recordActors()) {
            // the per-actor table needs the model's own log, so a recorded batch runs the production model
            ActorsTable.Recording recording = new ActorsTable.Recording(plan);
            plan = recording;
            model = recording.model();
        }
        CompletableFuture<String> git = BuildInfo.gitCommitInBackground(BuildInfo.home());
        String planId = planId(scenario, settings);
        Execution.Job job = new Execution.Job(plan, settings.shard(), planId, settings.threads(), model,
                settings.resume(), settings.replace());
        RunsDigest[] digest = new RunsDigest[1];
        Execution.Report report = Execution.run(job, folder, progress, observer, (dir, timing) -> {
            digest[0] = RunsDigest.of(dir.resolve(ResultsSchema.Runs.FILE), finalTextColumns(scenario));
            Json.write(dir.resolve(ResultsSchema.SUMMARY_FILE),
                    SummaryJson.of(scenario.name(), digest[0].summary(), digest[0].split()));
            Json.write(dir.resolve(ResultsSchema.MANIFEST_FILE),
                    Manifest.of(scenario, settings, planId, git.join(), timing));
        }, commitMillis);
        return new Digested(report, digest[0]);
    }

    /** The columns of {@code runs.csv} that hold the final text, one per issue. */
    public static List<String> finalTextColumns(Scenario scenario) {
        return scenario.spec().issues().stream().map(i -> ResultsSchema.Runs.text(i.id())).toList();
    }

    /**
     * Everything that determines a batch's files: program, inputs, resolved scenario, overrides, seed, runs, and the
     * optional tables recorded (only when some are, so that the identity of an ordinary batch is unchanged).
     */
    static String planId(Scenario scenario, BatchSettings settings) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>(Manifest.programIdentity());
        tree.put(ManifestKeys.KIND, ManifestKeys.KIND_BATCH);
        tree.put(ManifestKeys.INPUTS, new ArrayList<>(Manifest.inputs(scenario).values()));
        tree.put(ManifestKeys.RESOLVED, scenario.resolved());
        tree.put(ManifestKeys.OVERRIDES, scenario.overrides());
        tree.put(ManifestKeys.BASE_SEED, settings.baseSeed());
        tree.put(ManifestKeys.RUNS, settings.runs());
        if (scenario.spec().inputsVary()) tree.put(ManifestKeys.RUNS_PER_DRAW, settings.runsPerDraw());
        if (settings.recordActors()) tree.put(ManifestKeys.RECORD, List.of(ActorsTable.RECORD));
        return Fingerprints.of(tree);
    }
}
