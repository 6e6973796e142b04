package org.ministerial.cli;

import org.ministerial.batch.Batch;
import org.ministerial.batch.BatchSettings;
import org.ministerial.batch.Execution;
import org.ministerial.batch.ProgramIdentity;
import org.ministerial.batch.ProgressReporter;
import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.batch.RunsDigest;
import org.ministerial.batch.Shard;
import org.ministerial.batch.Summary;
import org.ministerial.model.Negotiation;
import org.ministerial.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ministerial batch}: many independent runs of one scenario, summarised as outcome frequencies. Started again
 * with the same {@code --out} after a crash, it continues where it stopped; {@code --shard i/n} makes one share of the
 * runs, for {@code ministerial merge}.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a scenario many times on several threads and summarise the outcomes.",
                "Run again with the same --out to resume an interrupted batch."})
public final class BatchCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    OutputOptions output;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100", description = "runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", converter = SeedConverter.class,
            description = "base seed, a whole number or x and 16 hex digits as runs.csv writes seeds; run i uses a "
                    + "seed derived from it (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--runs-per-draw", paramLabel = "N", defaultValue = "" + BatchSettings.DEFAULT_RUNS_PER_DRAW,
            description = "consecutive runs that share one draw of the uncertain inputs, so a batch can tell input"
                    + " variance from the dynamics' (default: ${DEFAULT-VALUE}; 1: every run its own draw)")
    int runsPerDraw;

    @Option(names = "--record", paramLabel = "TABLE", split = ",",
            description = "also write an optional table: `actors` writes actors.csv.gz, one row per run, round and "
                    + "government (large: runs x rounds x governments rows)")
    List<String> record = new ArrayList<>();

    @Mixin
    ExecutionOptions execution;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgramIdentity.prepareInBackground();
        if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be at least 1, got " + runs);
        if (runsPerDraw < 1)
            throw new ParameterException(spec.commandLine(), "--runs-per-draw must be at least 1, got " + runsPerDraw);
        boolean actors = recordsActors(spec, record);
        int threads = execution.threads(spec);
        Shard shard = execution.shard;
        CompilerPlan.applyWhereItPays(threads, shard.size(runs));
        Scenario loaded = scenario.load();
        Path folder = output.folder(loaded);
        PrintWriter err = spec.commandLine().getErr();
        Batch.Digested batch;
        try (ResumeHint hint = ResumeHint.install(spec, folder)) {
            BatchSettings settings = new BatchSettings(runs, seed, threads, shard, true, execution.force, runsPerDraw,
                    actors);
            batch = Batch.runDigested(loaded, settings, folder,
                    (done, total) -> {
                        if (done > 0) err.printf("resuming %s: %d of %d runs already written%n", folder, done, total);
                        return hint.follow(ProgressReporter.forTask("batch", done, total, err), total);
                    }, null, Negotiation::runToEnd);
        }
        Execution.Report report = batch.report();
        List<String> textColumns = Batch.finalTextColumns(loaded);
        // read once with summary.json's, unless the folder was complete already
        RunsDigest digest = batch.digest() != null ? batch.digest()
                : RunsDigest.of(folder.resolve(Runs.FILE), textColumns);
        Summary summary = digest.summary();
        PrintWriter out = spec.commandLine().getOut();
        if (report.alreadyComplete()) out.println("already complete: " + folder + " holds this batch's results");
        out.printf("scenario: %s, %d runs%s, base seed %d%n", loaded.name(), summary.runs(),
                shard.whole() ? "" : " (shard " + shard + " of " + runs + ")", seed);
        SummaryTable.print(out, summary);
        SummaryTable.print(out, digest.split(), loaded.spec().inputsVary());
        printCompromise(out, loaded.spec(), textColumns, digest);
        out.println("results: " + folder);
        out.flush();
        return 0;
    }

    /** Whether {@code --record} asks for {@code actors.csv.gz}; any other table name is a command-line mistake. */
    static boolean recordsActors(CommandSpec spec, List<String> record) {
        boolean actors = false;
        for (String table : record) {
            if (!table.equals("actors"))
                throw new ParameterException(spec.commandLine(), "--record takes `actors`, got `" + table + "`");
            actors = true;
        }
        return actors;
    }

    /**
     * The mean final text over the completed runs beside the compromise model's prediction from the inputs as
     * written (the centre of the draws), as bargaining-model studies report them.
     */
    private static void printCompromise(PrintWriter out, org.ministerial.model.NegotiationSpec spec,
                                        List<String> textColumns, RunsDigest digest) {
        if (digest.summary().completed() == 0) return;
        double[] mean = textColumns.stream().mapToDouble(digest.means()::get).toArray();
        out.println(CompromiseText.line("mean final text: ", spec, mean));
        out.println(CompromiseText.line("compromise model:", spec, CompromiseText.of(spec))
                + " (sum c s p / sum c s, inputs as written)");
    }
}
