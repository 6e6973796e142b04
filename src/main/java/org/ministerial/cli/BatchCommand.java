package org.ministerial.cli;

import org.ministerial.batch.Batch;
import org.ministerial.batch.BatchSettings;
import org.ministerial.batch.ProgressReporter;
import org.ministerial.batch.Summary;
import org.ministerial.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ministerial batch}: many independent runs of one scenario, summarised as outcome frequencies. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a scenario many times on several threads and summarise the outcomes.")
public final class BatchCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    OutputOptions output;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100", description = "runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "base seed; run i uses a seed derived from it (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "K",
            description = "worker threads; results do not depend on it (default: the number of processors, here "
                    + "${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be at least 1, got " + runs);
        if (threads < 1)
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        Scenario loaded = scenario.load();
        Path folder = output.folder(loaded);
        Summary summary;
        try (ProgressReporter progress = ProgressReporter.forBatch(runs, spec.commandLine().getErr())) {
            summary = Batch.execute(loaded, new BatchSettings(runs, seed, threads), folder, progress, null);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("scenario: %s, %d runs, base seed %d%n", loaded.name(), runs, seed);
        SummaryTable.print(out, summary);
        out.println("results: " + folder);
        out.flush();
        return 0;
    }
}
